"""What a partner briefing and the report sections read: meetings, initiatives, figure sources, gaps.

Read-only queries for the printed reports (no Qt): the meetings held with a partner, its
initiatives with overdue milestones, the sources of the trade figures behind a commitment's
actual values, and the mirror-figure gaps of the home country and the partner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from database.clock import today as _today
from database.errors import NotFoundError
from database.periods import parse_period
from database.reference import parse_chapter_ranges, product_groups
from database.services.settings import home_country
from database.store import Store
from database.trade_queries import MirrorRow, mirror_comparison

CLOSED_INITIATIVE_STATUSES = ("completed", "cancelled")
DEFAULT_MIRROR_ROWS = 10


def partner_name(store: Store, iso3: str) -> str:
    """The country's name; NotFoundError when ``iso3`` is no country of the reference table."""
    row = store.conn.execute("SELECT name FROM countries WHERE iso3 = ?",
                             (iso3.strip().upper(),)).fetchone()
    if row is None:
        raise NotFoundError("countries", iso3)
    return row[0]


# --- meetings -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Participant:
    """A person at a meeting, with the position held then (None when not recorded)."""

    name: str
    position: str | None
    country_iso3: str | None


@dataclass(frozen=True)
class BriefingMeeting:
    """A meeting with a partner: when, where, which forum, who took part, what was discussed."""

    id: int
    meeting_date: date
    title: str
    place: str | None
    forum: str | None
    countries: list[str] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


def partner_meetings(store: Store, partner_iso3: str, *,
                     limit: int | None = None) -> list[BriefingMeeting]:
    """Meetings that ``partner_iso3`` took part in, newest first (at most ``limit``)."""
    rows = store.conn.execute(
        "SELECT m.id, m.meeting_date, m.title, m.place, m.forum FROM meetings m"
        " WHERE EXISTS (SELECT 1 FROM meeting_countries mc WHERE mc.meeting_id = m.id"
        " AND mc.country_iso3 = ?) ORDER BY m.meeting_date DESC, m.id DESC LIMIT ?",
        (partner_iso3, -1 if limit is None else limit)).fetchall()
    meetings = []
    for meeting_id, day, title, place, forum in rows:
        countries = [r[0] for r in store.conn.execute(
            "SELECT country_iso3 FROM meeting_countries WHERE meeting_id = ? ORDER BY id",
            (meeting_id,))]
        # The position kept as text at the meeting wins: titles change, the record should not.
        participants = [Participant(*r) for r in store.conn.execute(
            "SELECT p.name, coalesce(mp.position_title, pos.title), p.country_iso3"
            " FROM meeting_participants mp JOIN people p ON p.id = mp.person_id"
            " LEFT JOIN positions pos ON pos.id = mp.position_id"
            " WHERE mp.meeting_id = ? ORDER BY mp.id", (meeting_id,))]
        topics = [r[0] for r in store.conn.execute(
            "SELECT t.name FROM meeting_topics mt JOIN topics t ON t.id = mt.topic_id"
            " WHERE mt.meeting_id = ? ORDER BY mt.id", (meeting_id,))]
        meetings.append(BriefingMeeting(meeting_id, date.fromisoformat(day), title, place, forum,
                                        countries, participants, topics))
    return meetings


def count_partner_meetings(store: Store, partner_iso3: str) -> int:
    """How many meetings ``partner_iso3`` took part in."""
    return store.conn.execute(
        "SELECT count(DISTINCT meeting_id) FROM meeting_countries WHERE country_iso3 = ?",
        (partner_iso3,)).fetchone()[0]


# --- initiatives ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class BriefingMilestone:
    """A milestone; ``overdue`` when its due date has passed, it is not done and its initiative
    is still open (the dashboard's agenda uses the same rule)."""

    title: str
    due_date: date | None
    done: bool
    done_date: date | None
    overdue: bool
    days_overdue: int = 0


@dataclass(frozen=True)
class BriefingInitiative:
    """An initiative with a partner and its milestones."""

    id: int
    title: str
    sector: str | None
    status: str
    owner: str | None
    due_date: date | None
    overdue: bool
    milestones: list[BriefingMilestone] = field(default_factory=list)

    @property
    def is_open(self) -> bool:
        """Neither completed nor cancelled."""
        return self.status not in CLOSED_INITIATIVE_STATUSES

    @property
    def overdue_milestones(self) -> list[BriefingMilestone]:
        """The milestones whose due date has passed without being done."""
        return [m for m in self.milestones if m.overdue]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def partner_initiatives(store: Store, partner_iso3: str, *,
                        today: date | None = None) -> list[BriefingInitiative]:
    """Initiatives with ``partner_iso3``: open ones first (by due date), then closed ones."""
    day = today or _today()
    rows = store.conn.execute(
        "SELECT id, title, sector, status, owner, due_date FROM initiatives WHERE partner_iso3 = ?"
        " ORDER BY status IN ('completed', 'cancelled'), due_date IS NULL, due_date, id",
        (partner_iso3,)).fetchall()
    initiatives = []
    for initiative_id, title, sector, status, owner, due in rows:
        is_open = status not in CLOSED_INITIATIVE_STATUSES
        milestones = []
        for m_title, m_due, done, done_date in store.conn.execute(
                "SELECT title, due_date, done, done_date FROM milestones WHERE initiative_id = ?"
                " ORDER BY sort_order, id", (initiative_id,)):
            due_day = _day(m_due)
            overdue = bool(is_open and not done and due_day is not None and due_day < day)
            milestones.append(BriefingMilestone(
                m_title, due_day, bool(done), _day(done_date), overdue,
                (day - due_day).days if overdue and due_day else 0))
        due_day = _day(due)
        initiatives.append(BriefingInitiative(
            initiative_id, title, sector, status, owner, due_day,
            bool(is_open and due_day is not None and due_day < day), milestones))
    return initiatives


# --- sources of a commitment's actual values ------------------------------------------------------

@dataclass(frozen=True)
class FigureSource:
    """Trade figures of one source (and import file) that went into a commitment's actuals.

    ``file_name`` is the import batch's file, None for figures typed or pasted in.
    ``reporter_stated`` is False for figures published for the country pair without saying
    whose statistics they are: ``source`` is then the source text as stored, and a report cites
    it as that source "(reporter not stated)", never as the same source's stated figures.
    """

    source: str
    file_name: str | None
    figure_count: int
    first_period: str
    last_period: str
    reporter_stated: bool = True


def _metric_chapters(metric: dict[str, Any]) -> list[str] | None:
    """The chapters a metric sums (None: the all-goods TOTAL rows), as database.actuals reads them."""
    if metric["product_scope"] == "all":
        return None
    if metric["product_scope"] == "hs_chapters":
        return list(parse_chapter_ranges(metric["product_codes"]))
    return list(product_groups()[metric["product_codes"]]["chapters"])


def _period_order(text: str) -> tuple[date, int]:
    period = parse_period(text)
    return period.end_date, -len(text)


def actual_sources(store: Store, commitment_id: int) -> list[FigureSource] | None:
    """The sources of the trade figures that make up a commitment's actual values.

    Counts, per source and import file, the figures summed into the actual series: the reported
    TOTAL rows for all goods, else each chapter's rows at the code level the summary takes
    (so 6-digit lines under a reported chapter are not counted), only for the periods, flows
    and sources the series takes (one fact, one value: a source whose figures were not taken
    for a period is not counted for it). Figures without a stated reporter that the metric
    counts are a source of their own (``reporter_stated`` False), never merged with the same
    source's stated figures. None when the commitment has no metric definition;
    NotFoundError when it does not exist. Most figures first.
    """
    # The figures are found by database.services.provenance, which builds on this module's
    # helpers (so it is imported here, not at the top).
    from database.services.provenance import commitment_sources

    found = commitment_sources(store, commitment_id)
    return None if found is None else found.counted


# --- mirror-figure gaps ---------------------------------------------------------------------------

@dataclass(frozen=True)
class MirrorGaps:
    """Our figures and the partner's for the pair, newest period first.

    ``yearly`` says the rows are complete years (else the periods as reported, used when no
    complete year is known); ``total_rows`` how many periods there are before ``rows`` was cut.
    """

    home_iso3: str
    partner_iso3: str
    yearly: bool
    rows: list[MirrorRow]
    total_rows: int


def partner_mirror_gaps(store: Store, partner_iso3: str, *, home: str | None = None,
                        limit: int = DEFAULT_MIRROR_ROWS) -> MirrorGaps | None:
    """Mirror figures of the home country (default: the settings') and ``partner_iso3``.

    Complete years when any are known, else the periods as reported; all goods. None when no
    home country is set or it is the partner itself.
    """
    home = (home or home_country(store) or "").strip().upper()
    partner = partner_iso3.strip().upper()
    if not home or home == partner:
        return None
    rows = mirror_comparison(store, home=home, partner=partner, yearly=True)
    yearly = bool(rows)
    if not rows:
        rows = mirror_comparison(store, home=home, partner=partner)
    rows.reverse()
    return MirrorGaps(home, partner, yearly, rows[:limit], len(rows))


def product_filter(chapters: list[str] | None) -> tuple[str, list[Any]]:
    """SQL condition on ``f.product_code`` (and its parameters) for the figures a metric sums:
    the TOTAL rows (``chapters`` None) or the HS lines of the given 2-digit chapters."""
    if chapters is None:
        return "f.product_code = 'TOTAL'", []
    return (f"f.product_code <> 'TOTAL' AND substr(f.product_code, 1, 2) IN"
            f" ({', '.join('?' for _ in chapters)})", list(chapters))
