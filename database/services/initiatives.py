"""Initiatives: sector, status, owner, dates, links to meetings and commitments, milestones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from database import change_names
from database import validation as v
from database.errors import ValidationError
from database.operations import InsertRows, Operation, new_row
from database.services.base import (
    Result, child_rows, delete_records, fetch_row, next_id, replace_children, run, sync_children,
    update_steps,
)
from database.services.commitments import ProgressNoteInput, clean_progress_notes
from database.store import Store

INITIATIVE_STATUSES = ("proposed", "agreed", "in_progress", "completed", "stalled", "cancelled")


@dataclass(frozen=True)
class MilestoneInput:
    """One milestone of an initiative."""

    title: str
    due_date: Any = None
    done: bool = False
    done_date: Any = None


@dataclass(frozen=True)
class InitiativeInput:
    """Every field of the initiative form."""

    title: str
    partner_iso3: str
    sector: str | None = None
    status: str = "proposed"
    owner: str | None = None
    start_date: Any = None
    due_date: Any = None
    description: str | None = None
    meeting_ids: Sequence[int] = ()
    commitment_ids: Sequence[int] = ()
    milestones: Sequence[MilestoneInput] = field(default_factory=tuple)
    # The progress log, kept in the form and saved with the initiative as one step: None leaves
    # the stored notes as they are; a list becomes the log (entries with an ``id`` update that
    # note, the others are added, stored notes not listed are deleted).
    progress_notes: Sequence[ProgressNoteInput] | None = None


def _clean(store: Store, data: InitiativeInput) -> dict[str, Any]:
    start = v.iso_date("start_date", data.start_date, required=False)
    due = v.iso_date("due_date", data.due_date, required=False)
    v.date_order("start_date", start, "due_date", due)
    return {
        "title": v.required_text("title", data.title, max_length=500),
        "partner_iso3": v.country_code(store, "partner_iso3", data.partner_iso3),
        "sector": v.optional_text("sector", data.sector, max_length=200),
        "status": v.choice("status", data.status, INITIATIVE_STATUSES),
        "owner": v.optional_text("owner", data.owner, max_length=500),
        "start_date": start,
        "due_date": due,
        "description": v.optional_text("description", data.description),
    }


def _links(store: Store, column: str, table: str, ids: Sequence[int]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for index, record_id in enumerate(dict.fromkeys(ids), start=1):
        try:
            rows.append({column: v.record_id(store, column, table, record_id, required=True)})
        except ValidationError as exc:
            raise ValidationError(column, exc.code, exc.detail, row=index) from None
    return rows


def _milestones(milestones: Sequence[MilestoneInput]) -> list[dict[str, Any]]:
    rows = []
    for index, m in enumerate(milestones, start=1):
        try:
            done_date = v.iso_date("done_date", m.done_date, required=False)
            rows.append({
                "title": v.required_text("title", m.title, max_length=500),
                "due_date": v.iso_date("due_date", m.due_date, required=False),
                "done": 1 if m.done else 0,
                "done_date": done_date if m.done else None,
                "sort_order": index,
            })
        except ValidationError as exc:
            raise ValidationError(f"milestones.{exc.field}", exc.code, exc.detail, row=index) from None
    return rows


def create_initiative(store: Store, data: InitiativeInput) -> Result:
    """Record an initiative with its links and milestones."""
    def build():
        values = _clean(store, data)
        initiative_id = next_id(store, "initiatives")
        rows = [("initiatives", new_row("initiatives", values, record_id=initiative_id))]
        rows += child_rows("initiative_meetings", "initiative_id", initiative_id,
                           _links(store, "meeting_id", "meetings", data.meeting_ids),
                           next_id(store, "initiative_meetings"))
        rows += child_rows("initiative_commitments", "initiative_id", initiative_id,
                           _links(store, "commitment_id", "commitments", data.commitment_ids),
                           next_id(store, "initiative_commitments"))
        rows += child_rows("milestones", "initiative_id", initiative_id,
                           _milestones(data.milestones), next_id(store, "milestones"))
        notes = [{k: v for k, v in note.items() if k != "id"}
                 for note in clean_progress_notes(data.progress_notes)]
        rows += child_rows("progress_notes", "initiative_id", initiative_id, notes,
                           next_id(store, "progress_notes"))
        return InsertRows(tuple(rows), name=change_names.new_record("initiatives", values["title"])), \
            initiative_id
    return run(store, build)


def update_initiative(store: Store, initiative_id: int, data: InitiativeInput) -> Result:
    """Change an initiative; its links and milestones are replaced by ``data``'s."""
    def build():
        fetch_row(store, "initiatives", initiative_id)
        values = _clean(store, data)
        children: list[Operation] = []
        # Links are a set (ticks in a list): their order is no change.
        children += replace_children(store, "initiative_meetings", "initiative_id", initiative_id,
                                     _links(store, "meeting_id", "meetings", data.meeting_ids),
                                     ordered=False)
        children += replace_children(store, "initiative_commitments", "initiative_id",
                                     initiative_id,
                                     _links(store, "commitment_id", "commitments",
                                            data.commitment_ids), ordered=False)
        children += replace_children(store, "milestones", "initiative_id", initiative_id,
                                     _milestones(data.milestones))
        if data.progress_notes is not None:
            children += sync_children(store, "progress_notes", "initiative_id", initiative_id,
                                      clean_progress_notes(data.progress_notes))
        return update_steps("initiatives", initiative_id, values, children,
                            change_names.edit_record("initiatives", values["title"])), initiative_id
    return run(store, build)


def delete_initiatives(store: Store, initiative_ids: Sequence[int]) -> Result:
    """Delete initiatives with their milestones and progress log."""
    title = (fetch_row(store, "initiatives", initiative_ids[0])["title"]
             if len(initiative_ids) == 1 else "")
    return delete_records(store, "initiatives", list(initiative_ids),
                          change_names.delete_records("initiatives", len(initiative_ids), title))


def set_milestone_done(store: Store, milestone_id: int, *, done: bool, done_date: Any = None) -> Result:
    """Tick (or untick) one milestone."""
    def build():
        milestone = fetch_row(store, "milestones", milestone_id)
        when = v.iso_date("done_date", done_date, required=False) if done else None
        values = {"done": 1 if done else 0, "done_date": when}
        code = change_names.COMPLETE_MILESTONE if done else change_names.REOPEN_MILESTONE
        name = change_names.ChangeName(code, "milestones", milestone["title"])
        return update_steps("milestones", milestone_id, values, name=name), milestone_id
    return run(store, build)
