"""Read-only queries behind the lists and forms: plain dicts, one query per list."""

from __future__ import annotations

from typing import Any

from database.errors import NotFoundError
from database.store import Store

Row = dict[str, Any]


def _rows(store: Store, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
    cursor = store.conn.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, values)) for values in cursor.fetchall()]


def _one(store: Store, table: str, record_id: int, sql: str) -> Row:
    """The single row ``sql`` (with one ``?`` for the id) finds, or NotFoundError."""
    rows = _rows(store, sql, (record_id,))
    if not rows:
        raise NotFoundError(table, record_id)
    return rows[0]


def countries(store: Store, *, include_aggregates: bool = False) -> list[tuple[str, str]]:
    """(iso3, name) pairs sorted by name, for pickers."""
    return [tuple(r) for r in store.conn.execute(  # type: ignore[misc]
        "SELECT iso3, name FROM countries WHERE is_aggregate = 0 OR ? ORDER BY name",
        (1 if include_aggregates else 0,))]


def meetings(store: Store) -> list[Row]:
    """Meetings, newest first, with their countries, participant and commitment counts."""
    return _rows(store, """
        SELECT m.id, m.meeting_date, m.title, m.place, m.forum, m.source_citation,
               (SELECT group_concat(country_iso3, ', ') FROM
                   (SELECT country_iso3 FROM meeting_countries WHERE meeting_id = m.id
                    ORDER BY id)) AS countries,
               (SELECT count(*) FROM meeting_participants WHERE meeting_id = m.id) AS participants,
               (SELECT count(*) FROM commitments WHERE source_meeting_id = m.id) AS commitments
        FROM meetings m ORDER BY m.meeting_date DESC, m.id DESC""")


def meeting_detail(store: Store, meeting_id: int) -> Row:
    """One meeting with countries, participants (with names) and topic names."""
    (meeting,) = _rows(store, "SELECT * FROM meetings WHERE id = ?", (meeting_id,))
    meeting["countries"] = [r[0] for r in store.conn.execute(
        "SELECT country_iso3 FROM meeting_countries WHERE meeting_id = ? ORDER BY id", (meeting_id,))]
    meeting["participants"] = _rows(store, """
        SELECT mp.person_id, p.name, mp.position_id, mp.position_title
        FROM meeting_participants mp JOIN people p ON p.id = mp.person_id
        WHERE mp.meeting_id = ? ORDER BY mp.id""", (meeting_id,))
    meeting["topics"] = [r[0] for r in store.conn.execute(
        "SELECT t.name FROM meeting_topics mt JOIN topics t ON t.id = mt.topic_id"
        " WHERE mt.meeting_id = ? ORDER BY mt.id", (meeting_id,))]
    return meeting


def meeting_outcomes(store: Store, meeting_id: int) -> dict[str, list[Row]]:
    """What a meeting produced: commitments made, revisions, initiatives linked."""
    return {
        "commitments": _rows(store, "SELECT id, title, deadline FROM commitments"
                                    " WHERE source_meeting_id = ? ORDER BY id", (meeting_id,)),
        "revisions": _rows(store, """
            SELECT r.id, r.commitment_id, c.title, r.kind, r.revision_date
            FROM commitment_revisions r JOIN commitments c ON c.id = r.commitment_id
            WHERE r.meeting_id = ? ORDER BY r.revision_date""", (meeting_id,)),
        "initiatives": _rows(store, """
            SELECT i.id, i.title, i.status FROM initiative_meetings im
            JOIN initiatives i ON i.id = im.initiative_id WHERE im.meeting_id = ?
            ORDER BY i.id""", (meeting_id,)),
    }


def places(store: Store) -> list[str]:
    """Places used before, for completion."""
    return [r[0] for r in store.conn.execute(
        "SELECT DISTINCT place FROM meetings WHERE place IS NOT NULL ORDER BY place")]


def forums(store: Store) -> list[str]:
    """Forums and events used before, for completion."""
    return [r[0] for r in store.conn.execute(
        "SELECT DISTINCT forum FROM meetings WHERE forum IS NOT NULL ORDER BY forum")]


def topics(store: Store) -> list[str]:
    """Every topic name."""
    return [r[0] for r in store.conn.execute("SELECT name FROM topics ORDER BY name")]


def sectors(store: Store) -> list[str]:
    """Initiative sectors used before, for completion."""
    return [r[0] for r in store.conn.execute(
        "SELECT DISTINCT sector FROM initiatives WHERE sector IS NOT NULL ORDER BY sector")]


def people(store: Store) -> list[Row]:
    """People with their latest position."""
    return _rows(store, """
        SELECT p.id, p.name, p.native_name, p.country_iso3,
               (SELECT title FROM positions WHERE person_id = p.id
                ORDER BY coalesce(start_date, '') DESC, id DESC LIMIT 1) AS position,
               (SELECT count(*) FROM meeting_participants WHERE person_id = p.id) AS meetings
        FROM people p ORDER BY p.name""")


def person_detail(store: Store, person_id: int) -> Row:
    """One person with every position held."""
    (person,) = _rows(store, "SELECT * FROM people WHERE id = ?", (person_id,))
    person["positions"] = _rows(store, """
        SELECT ps.*, o.name AS organisation FROM positions ps
        LEFT JOIN organisations o ON o.id = ps.organisation_id
        WHERE ps.person_id = ? ORDER BY coalesce(ps.start_date, ''), ps.id""", (person_id,))
    return person


def positions_of(store: Store, person_id: int) -> list[Row]:
    """Positions a person held, for the "position held then" choice."""
    return _rows(store, "SELECT id, title, start_date, end_date FROM positions WHERE person_id = ?"
                        " ORDER BY coalesce(start_date, '') DESC, id DESC", (person_id,))


def organisations(store: Store) -> list[Row]:
    """Organisations with their country."""
    return _rows(store, "SELECT id, name, short_name, kind, country_iso3, notes FROM organisations"
                        " ORDER BY name")


def organisation_detail(store: Store, organisation_id: int) -> Row:
    """One organisation as stored."""
    return _one(store, "organisations", organisation_id,
                "SELECT * FROM organisations WHERE id = ?")


def commitments(store: Store) -> list[Row]:
    """Commitments with their source meeting."""
    return _rows(store, """
        SELECT c.id, c.title, c.partner_iso3, c.baseline_value, c.baseline_period,
               c.target_value, c.deadline, c.unit, c.direction, c.responsible_body,
               m.title AS source_meeting, m.meeting_date AS source_meeting_date,
               (SELECT count(*) FROM commitment_revisions WHERE commitment_id = c.id) AS revisions
        FROM commitments c LEFT JOIN meetings m ON m.id = c.source_meeting_id
        ORDER BY c.deadline, c.id""")


def commitment_detail(store: Store, commitment_id: int) -> Row:
    """One commitment with its revisions, progress notes, initiatives and meetings.

    The progress notes are listed under "progress_notes"; "notes" is the commitment's own column.
    """
    (commitment,) = _rows(store, "SELECT * FROM commitments WHERE id = ?", (commitment_id,))
    commitment["revisions"] = _rows(store, """
        SELECT r.*, m.title AS meeting FROM commitment_revisions r
        LEFT JOIN meetings m ON m.id = r.meeting_id
        WHERE r.commitment_id = ? ORDER BY r.revision_date, r.id""", (commitment_id,))
    commitment["progress_notes"] = _rows(
        store, "SELECT * FROM progress_notes WHERE commitment_id = ? ORDER BY note_date, id",
        (commitment_id,))
    commitment["initiatives"] = _rows(store, """
        SELECT i.id, i.title, i.status FROM initiative_commitments ic
        JOIN initiatives i ON i.id = ic.initiative_id WHERE ic.commitment_id = ? ORDER BY i.id""",
                                      (commitment_id,))
    commitment["meetings"] = _rows(store, """
        SELECT id, title, meeting_date FROM meetings WHERE id = ?
        UNION SELECT m.id, m.title, m.meeting_date FROM commitment_revisions r
              JOIN meetings m ON m.id = r.meeting_id WHERE r.commitment_id = ?
        ORDER BY meeting_date""", (commitment["source_meeting_id"], commitment_id))
    return commitment


def revision(store: Store, revision_id: int) -> Row:
    """One revision of a commitment, with the title of its meeting ("meeting")."""
    return _one(store, "commitment_revisions", revision_id, """
        SELECT r.*, m.title AS meeting FROM commitment_revisions r
        LEFT JOIN meetings m ON m.id = r.meeting_id WHERE r.id = ?""")


def progress_note(store: Store, note_id: int) -> Row:
    """One progress note (of a commitment or an initiative) as stored."""
    return _one(store, "progress_notes", note_id, "SELECT * FROM progress_notes WHERE id = ?")


def initiatives(store: Store) -> list[Row]:
    """Initiatives with milestone progress."""
    return _rows(store, """
        SELECT i.id, i.title, i.sector, i.partner_iso3, i.status, i.owner, i.start_date, i.due_date,
               (SELECT count(*) FROM milestones WHERE initiative_id = i.id) AS milestones,
               (SELECT count(*) FROM milestones WHERE initiative_id = i.id AND done = 1) AS done
        FROM initiatives i ORDER BY i.id""")


def initiative_detail(store: Store, initiative_id: int) -> Row:
    """One initiative with milestones, progress notes ("progress_notes") and linked meetings and
    commitments."""
    (initiative,) = _rows(store, "SELECT * FROM initiatives WHERE id = ?", (initiative_id,))
    initiative["milestones"] = _rows(store, "SELECT * FROM milestones WHERE initiative_id = ?"
                                            " ORDER BY sort_order, id", (initiative_id,))
    initiative["progress_notes"] = _rows(
        store, "SELECT * FROM progress_notes WHERE initiative_id = ? ORDER BY note_date, id",
        (initiative_id,))
    initiative["meeting_ids"] = [r[0] for r in store.conn.execute(
        "SELECT meeting_id FROM initiative_meetings WHERE initiative_id = ? ORDER BY id",
        (initiative_id,))]
    initiative["commitment_ids"] = [r[0] for r in store.conn.execute(
        "SELECT commitment_id FROM initiative_commitments WHERE initiative_id = ? ORDER BY id",
        (initiative_id,))]
    return initiative


def metric_definitions(store: Store) -> list[Row]:
    """Metric definitions by name."""
    return _rows(store, "SELECT * FROM metric_definitions ORDER BY name")


def trade_figures(store: Store, *, limit: int = 10_000) -> list[Row]:
    """The most recent trade figures (the windowed million-row view comes with the trade issue)."""
    return _rows(store, """
        SELECT id, reporter_iso3, partner_iso3, period, flow, product_code, value_usd_cents,
               source, note FROM trade_figures ORDER BY period DESC, id DESC LIMIT ?""", (limit,))


def record_counts(store: Store) -> dict[str, int]:
    """How many records of each kind the status bar reports."""
    tables = ("meetings", "commitments", "initiatives", "people", "organisations", "trade_figures")
    return {t: store.conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}


def is_empty(store: Store) -> bool:
    """True if the analyst has recorded nothing yet (reference data do not count)."""
    return all(count == 0 for count in record_counts(store).values())


def milestones_due(store: Store, *, today: str, within_days: int = 90) -> list[Row]:
    """Open milestones overdue or due within ``within_days`` of ``today`` (ISO date), by due date."""
    return _rows(store, """
        SELECT ms.id, ms.title, ms.due_date, i.id AS initiative_id, i.title AS initiative,
               i.partner_iso3, ms.due_date < ? AS overdue
        FROM milestones ms JOIN initiatives i ON i.id = ms.initiative_id
        WHERE ms.done = 0 AND ms.due_date IS NOT NULL AND ms.due_date <= date(?, ?)
          AND i.status NOT IN ('completed', 'cancelled')
        ORDER BY ms.due_date, ms.id""", (today, today, f"+{int(within_days)} days"))


def trade_figure(store: Store, figure_id: int) -> Row:
    """One trade figure as stored."""
    (row,) = _rows(store, "SELECT * FROM trade_figures WHERE id = ?", (figure_id,))
    return row


# --- progress: metric definitions list, agenda, timeline (issue 5) ------------------------------

def metric_definition_list(store: Store) -> list[Row]:
    """Metric definitions by name, with how many commitments measure their actual with each."""
    return _rows(store, """
        SELECT m.id, m.name, m.flow, m.reporter_iso3, m.partner_iso3, m.product_scope,
               m.product_codes, m.period_basis, m.currency, m.kind, m.unit, m.description,
               (SELECT count(*) FROM commitments WHERE metric_definition_id = m.id) AS commitments
        FROM metric_definitions m ORDER BY m.name""")


def metric_definition_users(store: Store, metric_id: int) -> list[Row]:
    """The commitments whose actual a metric definition defines (editing it changes them all)."""
    return _rows(store, "SELECT id, title FROM commitments WHERE metric_definition_id = ?"
                        " ORDER BY id", (metric_id,))


def initiatives_due(store: Store, *, today: str, within_days: int = 90) -> list[Row]:
    """Open initiatives overdue or due within ``within_days`` of ``today`` (ISO date)."""
    return _rows(store, """
        SELECT id, title, due_date, partner_iso3, due_date < ? AS overdue FROM initiatives
        WHERE due_date IS NOT NULL AND due_date <= date(?, ?)
          AND status NOT IN ('completed', 'cancelled')
        ORDER BY due_date, id""", (today, today, f"+{int(within_days)} days"))
