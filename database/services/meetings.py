"""Meetings: when and where, who took part in which position, topics, and the source."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from database import change_names
from database import validation as v
from database.errors import ValidationError
from database.operations import InsertRows, Operation, new_row
from database.services.base import (
    Result, child_rows, delete_records, fetch_row, next_id, replace_children, run, update_steps,
)
from database.store import Store


@dataclass(frozen=True)
class ParticipantInput:
    """A person at a meeting and the position they held then."""

    person_id: int
    position_title: str | None = None
    position_id: int | None = None


@dataclass(frozen=True)
class MeetingInput:
    """Every field of the meeting form."""

    title: str
    meeting_date: Any
    place: str | None = None
    forum: str | None = None
    summary: str | None = None
    source_citation: str | None = None
    source_url: str | None = None
    source_text: str | None = None
    countries: Sequence[str] = ()
    participants: Sequence[ParticipantInput] = ()
    topics: Sequence[str] = ()


def _clean(store: Store, data: MeetingInput) -> dict[str, Any]:
    return {
        "title": v.required_text("title", data.title, max_length=500),
        "meeting_date": v.iso_date("meeting_date", data.meeting_date),
        "place": v.optional_text("place", data.place, max_length=300),
        "forum": v.optional_text("forum", data.forum, max_length=300),
        "summary": v.optional_text("summary", data.summary),
        "source_citation": v.optional_text("source_citation", data.source_citation, max_length=2000),
        "source_url": v.url("source_url", data.source_url),
        "source_text": v.optional_text("source_text", data.source_text, max_length=1_000_000),
    }


def _countries(store: Store, codes: Sequence[str]) -> list[dict[str, Any]]:
    cleaned: list[str] = []
    for index, code in enumerate(codes, start=1):
        try:
            iso3 = v.country_code(store, "countries", code)
        except ValidationError as exc:
            raise ValidationError("countries", exc.code, exc.detail, row=index) from None
        if iso3 not in cleaned:
            cleaned.append(iso3)
    return [{"country_iso3": c} for c in cleaned]


def _participants(store: Store, participants: Sequence[ParticipantInput]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[int] = set()
    for index, p in enumerate(participants, start=1):
        try:
            person_id = v.record_id(store, "person_id", "people", p.person_id, required=True)
            position_id = v.record_id(store, "position_id", "positions", p.position_id)
            title = v.optional_text("position_title", p.position_title, max_length=300)
            if position_id is not None:
                position = fetch_row(store, "positions", position_id)
                if position["person_id"] != person_id:
                    raise ValidationError("position_id", "wrong_person",
                                          "the position belongs to another person")
                title = title or position["title"]
        except ValidationError as exc:
            raise ValidationError(f"participants.{exc.field}", exc.code, exc.detail,
                                  row=index) from None
        if person_id in seen:
            raise ValidationError("participants", "duplicate",
                                  "the same person is listed twice", row=index)
        seen.add(person_id)
        rows.append({"person_id": person_id, "position_id": position_id, "position_title": title})
    return rows


def _topic_steps(store: Store, names: Sequence[str]) -> tuple[list[Operation], list[dict[str, Any]]]:
    """Insert unknown topics; return the steps and the meeting_topics rows."""
    steps: list[Operation] = []
    links: list[dict[str, Any]] = []
    new_topic_id = next_id(store, "topics")
    created: dict[str, int] = {}
    for index, name in enumerate(names, start=1):
        try:
            text = v.required_text("topics", name, max_length=200)
        except ValidationError as exc:
            raise ValidationError("topics", exc.code, exc.detail, row=index) from None
        found = store.conn.execute("SELECT id FROM topics WHERE name = ? COLLATE NOCASE",
                                   (text,)).fetchone()
        topic_id = found[0] if found else created.get(text.casefold())
        if topic_id is None:
            topic_id = new_topic_id
            new_topic_id += 1
            created[text.casefold()] = topic_id
            steps.append(InsertRows((("topics", new_row("topics", {"name": text},
                                                          record_id=topic_id)),)))
        if all(link["topic_id"] != topic_id for link in links):
            links.append({"topic_id": topic_id})
    return steps, links


def create_meeting(store: Store, data: MeetingInput) -> Result:
    """Record a meeting with its partner countries, participants and topics."""
    def build():
        values = _clean(store, data)
        countries = _countries(store, data.countries)
        participants = _participants(store, data.participants)
        topic_steps, topic_links = _topic_steps(store, data.topics)
        meeting_id = next_id(store, "meetings")
        rows = [("meetings", new_row("meetings", values, record_id=meeting_id))]
        rows += child_rows("meeting_countries", "meeting_id", meeting_id, countries,
                           next_id(store, "meeting_countries"))
        rows += child_rows("meeting_participants", "meeting_id", meeting_id, participants,
                           next_id(store, "meeting_participants"))
        rows += child_rows("meeting_topics", "meeting_id", meeting_id, topic_links,
                           next_id(store, "meeting_topics"))
        name = change_names.new_record("meetings", values["title"])
        from database.operations import Sequence_
        return Sequence_((*topic_steps, InsertRows(tuple(rows), name=name)), name), meeting_id
    return run(store, build)


def update_meeting(store: Store, meeting_id: int, data: MeetingInput) -> Result:
    """Change a meeting; its countries, participants and topics are replaced by ``data``'s."""
    def build():
        fetch_row(store, "meetings", meeting_id)
        values = _clean(store, data)
        topic_steps, topic_links = _topic_steps(store, data.topics)
        children: list[Operation] = [*topic_steps]
        children += replace_children(store, "meeting_countries", "meeting_id", meeting_id,
                                     _countries(store, data.countries))
        children += replace_children(store, "meeting_participants", "meeting_id", meeting_id,
                                     _participants(store, data.participants))
        children += replace_children(store, "meeting_topics", "meeting_id", meeting_id, topic_links)
        return update_steps("meetings", meeting_id, values, children,
                            change_names.edit_record("meetings", values["title"])), meeting_id
    return run(store, build)


def delete_meetings(store: Store, meeting_ids: Sequence[int]) -> Result:
    """Delete meetings; commitments and revisions that cite them keep existing without the link."""
    title = fetch_row(store, "meetings", meeting_ids[0])["title"] if len(meeting_ids) == 1 else ""
    return delete_records(store, "meetings", list(meeting_ids),
                          change_names.delete_records("meetings", len(meeting_ids), title))
