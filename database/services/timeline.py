"""The dated events of one partner country: meetings, commitments, revisions and milestones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from database.services.settings import home_country
from database.store import Store


class EventKind(str, Enum):
    """What happened on a timeline date; the values are stable codes, the UI names them."""

    MEETING = "meeting"
    COMMITMENT_MADE = "commitment_made"
    COMMITMENT_DEADLINE = "commitment_deadline"
    REVISION = "revision"
    MILESTONE = "milestone"
    INITIATIVE_DUE = "initiative_due"


@dataclass(frozen=True)
class TimelineEvent:
    """One dated event and the record it belongs to (so a view can open that record).

    ``detail`` carries a code a view translates: the revision kind (reaffirmed/changed) or, for
    milestones, "done" or "open".
    """

    when: date
    kind: EventKind
    title: str
    record_kind: str  # the list that opens the record: meetings, commitments or initiatives
    record_id: int
    detail: str = ""


def _rows(store: Store, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    cursor = store.conn.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, values)) for values in cursor.fetchall()]


def partner_timeline(store: Store, partner_iso3: str) -> list[TimelineEvent]:
    """Every dated event with ``partner_iso3``, oldest first.

    Meetings count when the partner took part; commitments, their revisions and initiatives
    when they are with that partner. A commitment appears twice: when it was made (the date of
    its source meeting, if one is recorded) and at its deadline. A milestone stands at the day
    it was done, else at its due date; milestones with neither are left out (no date to draw).
    """
    events: list[TimelineEvent] = []
    for row in _rows(store, """
            SELECT m.id, m.meeting_date, m.title FROM meetings m
            WHERE EXISTS (SELECT 1 FROM meeting_countries mc
                          WHERE mc.meeting_id = m.id AND mc.country_iso3 = ?)""",
                     (partner_iso3,)):
        events.append(TimelineEvent(date.fromisoformat(row["meeting_date"]), EventKind.MEETING,
                                    row["title"], "meetings", row["id"]))
    for row in _rows(store, """
            SELECT c.id, c.title, c.deadline, m.meeting_date AS made_on FROM commitments c
            LEFT JOIN meetings m ON m.id = c.source_meeting_id
            WHERE c.partner_iso3 = ?""", (partner_iso3,)):
        if row["made_on"]:
            events.append(TimelineEvent(date.fromisoformat(row["made_on"]),
                                        EventKind.COMMITMENT_MADE, row["title"], "commitments",
                                        row["id"]))
        events.append(TimelineEvent(date.fromisoformat(row["deadline"]),
                                    EventKind.COMMITMENT_DEADLINE, row["title"], "commitments",
                                    row["id"]))
    for row in _rows(store, """
            SELECT r.revision_date, r.kind, c.id AS commitment_id, c.title FROM commitment_revisions r
            JOIN commitments c ON c.id = r.commitment_id WHERE c.partner_iso3 = ?""",
                     (partner_iso3,)):
        events.append(TimelineEvent(date.fromisoformat(row["revision_date"]), EventKind.REVISION,
                                    row["title"], "commitments", row["commitment_id"],
                                    row["kind"]))
    for row in _rows(store, """
            SELECT ms.title, ms.due_date, ms.done, ms.done_date, i.id AS initiative_id
            FROM milestones ms JOIN initiatives i ON i.id = ms.initiative_id
            WHERE i.partner_iso3 = ?""", (partner_iso3,)):
        when = row["done_date"] if row["done"] and row["done_date"] else row["due_date"]
        if when:
            events.append(TimelineEvent(date.fromisoformat(when), EventKind.MILESTONE,
                                        row["title"], "initiatives", row["initiative_id"],
                                        "done" if row["done"] else "open"))
    for row in _rows(store, """
            SELECT id, title, due_date FROM initiatives
            WHERE partner_iso3 = ? AND due_date IS NOT NULL""", (partner_iso3,)):
        events.append(TimelineEvent(date.fromisoformat(row["due_date"]), EventKind.INITIATIVE_DUE,
                                    row["title"], "initiatives", row["id"]))
    order = list(EventKind)
    return sorted(events, key=lambda e: (e.when, order.index(e.kind), e.record_id, e.title))


def timeline_partners(store: Store) -> list[tuple[str, str]]:
    """(iso3, name) of every country some meeting, commitment or initiative involves, by name.

    The home country is left out when other countries exist: every meeting involves it, so its
    timeline would be everything at once rather than one partner's.
    """
    rows = store.conn.execute("""
        SELECT c.iso3, c.name FROM countries c WHERE c.iso3 IN (
            SELECT country_iso3 FROM meeting_countries
            UNION SELECT partner_iso3 FROM commitments
            UNION SELECT partner_iso3 FROM initiatives)
        ORDER BY c.name""").fetchall()
    home = home_country(store)
    partners = [(iso3, name) for iso3, name in rows if iso3 != home]
    return partners or [(iso3, name) for iso3, name in rows]
