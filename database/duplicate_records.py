"""Records a new entry may repeat: people of the same name, meetings on the same day and place,
commitments of the same title.

The forms ask these while the user types (a notice, never a refusal: two people may share a
name), and ``check`` (:mod:`database.health_check`) uses the same rule, :func:`comparable_text`,
to find people recorded twice.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass

from database.store import Store


def comparable_text(text: str | None) -> str:
    """The form in which two names (or titles, places) count as the same: surrounding white
    space dropped and case ignored.

    ``casefold`` rather than SQLite's ``lower()``, which folds ASCII letters only: "Алмаз" and
    "АЛМАЗ" are the same name too.
    """
    return (text or "").strip().casefold()


@dataclass(frozen=True)
class ExistingRecord:
    """A stored record the typed values repeat: its id, its name or title, and what else tells
    it apart: ``detail`` (a person's latest position, a meeting's place, a commitment's partner
    country) and ``date`` (a meeting's date, a commitment's deadline; ISO)."""

    id: int
    name: str
    detail: str = ""
    date: str = ""


def same_name_groups(rows: Iterable[tuple[int, str | None, str | None]]) -> list[list[int]]:
    """Ids of people recorded more than once: (id, name, country) rows grouped by comparable
    name and country; each group sorted, groups in the order of their first id.

    Names that are empty once trimmed are left out: they are missing, not repeated.
    """
    groups: dict[tuple[str, str], list[int]] = {}
    for record_id, name, country in rows:
        key = comparable_text(None if name is None else str(name))  # a foreign file's odd type
        if key:
            groups.setdefault((key, country or ""), []).append(int(record_id))
    found = [sorted(ids) for ids in groups.values() if len(ids) > 1]
    return sorted(found, key=lambda ids: ids[0])


def people_named(store: Store, name: str, exclude_id: int | None = None) -> list[ExistingRecord]:
    """People whose name is ``name`` (by :func:`comparable_text`), except ``exclude_id`` (the
    person being edited), each with their latest position; by id."""
    key = comparable_text(name)
    if not key:
        return []
    # Case folding beyond ASCII is Python's, so the names are compared here; a people table
    # holds hundreds of rows, read in well under a millisecond.
    ids = [record_id for record_id, stored in store.conn.execute("SELECT id, name FROM people")
           if record_id != exclude_id and comparable_text(stored) == key]
    found = []
    for record_id in sorted(ids):
        stored_name, position = store.conn.execute(
            "SELECT p.name, (SELECT title FROM positions WHERE person_id = p.id"
            " ORDER BY coalesce(start_date, '') DESC, id DESC LIMIT 1)"
            " FROM people p WHERE p.id = ?", (record_id,)).fetchone()
        found.append(ExistingRecord(record_id, stored_name, position or ""))
    return found


def meetings_at(store: Store, meeting_date: _dt.date | str | None, place: str,
                exclude_id: int | None = None) -> list[ExistingRecord]:
    """Meetings held on ``meeting_date`` at ``place`` (by :func:`comparable_text`), except
    ``exclude_id``; by id. Without a date or a place nothing is found: several meetings a day
    are common, so the day alone says nothing."""
    key = comparable_text(place)
    if meeting_date is None or not key:
        return []
    day = meeting_date.isoformat() if isinstance(meeting_date, _dt.date) else str(meeting_date)
    rows = store.conn.execute(  # idx_meetings_date: a lookup, not a scan
        "SELECT id, title, place FROM meetings WHERE meeting_date = ? ORDER BY id", (day,))
    return [ExistingRecord(record_id, title, stored_place, day)
            for record_id, title, stored_place in rows
            if record_id != exclude_id and comparable_text(stored_place) == key]


def commitments_titled(store: Store, title: str,
                       exclude_id: int | None = None) -> list[ExistingRecord]:
    """Commitments whose title is ``title`` (by :func:`comparable_text`), except
    ``exclude_id``, each with its partner country and deadline; by id."""
    key = comparable_text(title)
    if not key:
        return []
    ids = [record_id for record_id, stored in store.conn.execute("SELECT id, title FROM commitments")
           if record_id != exclude_id and comparable_text(stored) == key]
    found = []
    for record_id in sorted(ids):
        stored, partner, deadline = store.conn.execute(
            "SELECT c.title, coalesce(k.name, c.partner_iso3), c.deadline FROM commitments c"
            " LEFT JOIN countries k ON k.iso3 = c.partner_iso3 WHERE c.id = ?",
            (record_id,)).fetchone()
        found.append(ExistingRecord(record_id, stored, partner, deadline))
    return found
