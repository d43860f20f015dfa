"""Commitments (quantified targets), their revisions at later meetings, and progress notes."""

from __future__ import annotations

import calendar
import datetime as _dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from database import change_names
from database import validation as v
from database.errors import ValidationError
from database.operations import InsertRows, Operation, new_row
from database.periods import parse_period
from database.services.base import (
    Result, child_rows, create_record, delete_records, fetch_row, next_id, run, sync_children,
    update_record, update_steps,
)
from database.store import Store

DIRECTIONS = (1, -1)
REVISION_KINDS = ("reaffirmed", "changed")


@dataclass(frozen=True)
class CommitmentInput:
    """Every field of the commitment form."""

    title: str
    partner_iso3: str
    baseline_value: Any
    baseline_period: str
    target_value: Any
    deadline: Any
    # With a metric definition the unit is the metric's (None or "" takes it); see commitment_unit.
    unit: str | None = "USD"
    direction: int = 1
    metric_definition_id: int | None = None
    metric_description: str | None = None
    source_meeting_id: int | None = None
    responsible_body: str | None = None
    quote: str | None = None
    notes: str | None = None
    # Kept in the form and saved with the commitment, as one step: None leaves the stored ones
    # as they are; a list becomes the commitment's revisions (notes) — entries with an ``id``
    # update that stored row, the others are added, stored rows not listed are deleted.
    revisions: Sequence[RevisionInput] | None = None
    progress_notes: Sequence[ProgressNoteInput] | None = None


def deadline_after(start: _dt.date, *, years: int = 0, months: int = 0) -> _dt.date:
    """The date ``years`` and ``months`` after ``start`` ("within five years of the meeting").

    The day is kept, or clamped to the month's last day (31 January + 1 month = 28/29 February).
    """
    if years < 0 or months < 0:
        raise ValueError("years and months must not be negative")
    month_index = start.month - 1 + months + 12 * years
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return _dt.date(year, month, day)


def check_target_direction(*, baseline: Decimal, target: Decimal, direction: int) -> None:
    """Refuse a target that the commitment's direction cannot reach.

    A commitment raises (direction 1) or reduces (−1) a value, so its target lies above or
    below the baseline. A target equal to the baseline is refused rather than read as "keep
    the value": no growth is required, so the Open SDG ratio (observed over required growth)
    does not exist and no status could be given. Decimals compare exactly. Raises
    ``ValidationError`` on ``target_value`` (equal) or ``direction`` (against the target).
    """
    if target == baseline:
        raise ValidationError("target_value", "target_equals_baseline",
                              f"the target {target} equals the baseline {baseline}: a "
                              f"commitment raises or reduces a value")
    if direction == 1 and target < baseline:
        raise ValidationError("direction", "raise_needs_higher_target",
                              f"the target {target} is below the baseline {baseline}, so the "
                              f"direction must be -1 (reduce)")
    if direction == -1 and target > baseline:
        raise ValidationError("direction", "reduce_needs_lower_target",
                              f"the target {target} is above the baseline {baseline}, so the "
                              f"direction must be 1 (raise)")


def commitment_unit(store: Store, metric_id: int | None, unit: Any) -> str:
    """The unit a commitment is stored with.

    Measured by a metric definition, the unit is the metric's (USD for a trade value, a
    quantity unit for a trade quantity, an indicator's own unit): a unit given that says
    otherwise ("tonnes" on a USD trade metric) is refused with code ``unit_not_metric``, and
    none given takes the metric's. Without a metric nothing says what the values count, so the
    unit given is required as the commitment's own words.
    """
    if metric_id is None:
        return v.required_text("unit", unit, max_length=40)
    metric_unit = str(store.conn.execute("SELECT unit FROM metric_definitions WHERE id = ?",
                                         (metric_id,)).fetchone()[0])
    text = v.optional_text("unit", unit, max_length=40)
    if text is not None and text.casefold() != metric_unit.casefold():
        raise ValidationError("unit", "unit_not_metric",
                              f"the unit '{text}' is not the unit {metric_unit} of the metric "
                              f"definition", values={"currency": metric_unit})
    return metric_unit


def _clean(store: Store, data: CommitmentInput) -> dict[str, Any]:
    baseline_period = v.period_text("baseline_period", data.baseline_period, partial_spans=False)
    baseline_date = parse_period(baseline_period).end_date.isoformat()
    deadline = v.iso_date("deadline", data.deadline)
    if deadline <= baseline_date:
        raise ValidationError("deadline", "deadline_before_baseline",
                              f"the deadline {deadline} must come after the end of the baseline "
                              f"period {baseline_period} ({baseline_date})")
    if data.direction not in DIRECTIONS:
        raise ValidationError("direction", "invalid_choice", "direction must be 1 (raise) or -1 (reduce)")
    baseline = v.decimal_value("baseline_value", data.baseline_value)
    target = v.decimal_value("target_value", data.target_value)
    assert baseline is not None and target is not None  # required, so never None
    check_target_direction(baseline=baseline, target=target, direction=int(data.direction))
    metric_id = v.record_id(store, "metric_definition_id", "metric_definitions",
                            data.metric_definition_id)
    return {
        "title": v.required_text("title", data.title, max_length=500),
        "partner_iso3": v.country_code(store, "partner_iso3", data.partner_iso3),
        "baseline_value": v.decimal_text(baseline),
        "baseline_period": baseline_period,
        "baseline_date": baseline_date,
        "target_value": v.decimal_text(target),
        "deadline": deadline,
        "unit": commitment_unit(store, metric_id, data.unit),
        "direction": int(data.direction),
        "metric_definition_id": metric_id,
        "metric_description": v.optional_text("metric_description", data.metric_description),
        "source_meeting_id": v.record_id(store, "source_meeting_id", "meetings",
                                         data.source_meeting_id),
        "responsible_body": v.optional_text("responsible_body", data.responsible_body, max_length=500),
        "quote": v.optional_text("quote", data.quote),
        "notes": v.optional_text("notes", data.notes),
    }


def _child_rows(store: Store, data: CommitmentInput, values: dict[str, Any]
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The revisions and progress notes given with the commitment (its cleaned ``values``),
    validated (rows name the field "revisions.<column>" / "progress_notes.<column>" and their
    1-based row)."""
    revisions: list[dict[str, Any]] = []
    for index, revision in enumerate(data.revisions or (), start=1):
        try:
            revisions.append({"id": revision.id,
                              **_clean_revision_fields(store, revision, values)})
        except ValidationError as exc:
            raise ValidationError(f"revisions.{exc.field}", exc.code, exc.detail,
                                  row=index) from None
    return revisions, clean_progress_notes(data.progress_notes)


def create_commitment(store: Store, data: CommitmentInput) -> Result:
    """Record a quantified commitment, with the revisions and progress notes given with it."""
    if data.revisions is None and data.progress_notes is None:
        return create_record(store, "commitments", lambda: _clean(store, data),
                             lambda values: change_names.new_record("commitments", values["title"]))

    def build() -> tuple[Operation, int]:
        values = _clean(store, data)
        revisions, notes = _child_rows(store, data, values)
        commitment_id = next_id(store, "commitments")
        rows = [("commitments", new_row("commitments", values, record_id=commitment_id))]
        rows += child_rows("commitment_revisions", "commitment_id", commitment_id,
                           [_without_id(r) for r in revisions],
                           next_id(store, "commitment_revisions"))
        rows += child_rows("progress_notes", "commitment_id", commitment_id,
                           [_without_id(n) for n in notes], next_id(store, "progress_notes"))
        return InsertRows(tuple(rows), name=change_names.new_record("commitments", values["title"])), \
            commitment_id
    return run(store, build)


def update_commitment(store: Store, commitment_id: int, data: CommitmentInput) -> Result:
    """Change a commitment's fields and, when given, its revisions and progress notes: all in one
    transaction and one undo step."""
    if data.revisions is None and data.progress_notes is None:
        return update_record(
            store, "commitments", commitment_id,
            lambda: _kept_revisions_fit(store, commitment_id, _clean(store, data)),
            lambda values: change_names.edit_record("commitments", values["title"]))

    def build() -> tuple[Operation, int]:
        fetch_row(store, "commitments", commitment_id)
        values = _clean(store, data)
        if data.revisions is None:
            _kept_revisions_fit(store, commitment_id, values)
        revisions, notes = _child_rows(store, data, values)
        children: list[Operation] = []
        if data.revisions is not None:
            children += sync_children(store, "commitment_revisions", "commitment_id",
                                      commitment_id, revisions)
        if data.progress_notes is not None:
            children += sync_children(store, "progress_notes", "commitment_id", commitment_id,
                                      notes)
        return update_steps("commitments", commitment_id, values, children,
                            change_names.edit_record("commitments", values["title"])), commitment_id
    return run(store, build)


def _kept_revisions_fit(store: Store, commitment_id: int, values: dict[str, Any]
                        ) -> dict[str, Any]:
    """``values`` if the commitment's stored revisions still fit its new baseline and direction
    (a changed baseline must not leave a revised target it cannot reach); else the first that
    does not is refused, naming its row among the revisions."""
    rows = store.conn.execute(
        "SELECT target_value FROM commitment_revisions WHERE commitment_id = ? ORDER BY"
        " revision_date, id", (commitment_id,)).fetchall()
    for index, (target,) in enumerate(rows, start=1):
        if target is None:
            continue
        try:
            check_revised_target(baseline=Decimal(values["baseline_value"]),
                                 target=Decimal(target), direction=values["direction"])
        except ValidationError as exc:
            raise ValidationError(f"revisions.{exc.field}", exc.code, exc.detail, row=index,
                                  values=exc.values) from None
    return values


def _without_id(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "id"}


def delete_commitments(store: Store, commitment_ids: Sequence[int]) -> Result:
    """Delete commitments with their revisions and notes (undo brings them back)."""
    title = (fetch_row(store, "commitments", commitment_ids[0])["title"]
             if len(commitment_ids) == 1 else "")
    return delete_records(store, "commitments", list(commitment_ids),
                          change_names.delete_records("commitments", len(commitment_ids), title))


@dataclass(frozen=True)
class RevisionInput:
    """A later meeting reaffirming or changing a commitment.

    Given with the commitment (``CommitmentInput.revisions``), ``commitment_id`` is not used
    (it may be None for a commitment not stored yet) and ``id`` names the stored revision the
    entry updates (None: a new one).
    """

    commitment_id: int | None
    revision_date: Any
    kind: str = "reaffirmed"
    meeting_id: int | None = None
    target_value: Any = None
    deadline: Any = None
    note: str | None = None
    quote: str | None = None
    id: int | None = None


def _clean_revision(store: Store, data: RevisionInput) -> dict[str, Any]:
    commitment_id = v.record_id(store, "commitment_id", "commitments", data.commitment_id,
                                required=True)
    commitment = fetch_row(store, "commitments", commitment_id)
    return {"commitment_id": commitment_id,
            **_clean_revision_fields(store, data, commitment)}


def check_revised_target(*, baseline: Decimal, target: Decimal, direction: int) -> None:
    """Refuse a revised target that the commitment's direction cannot reach (the rule of
    :func:`check_target_direction`, said of the revision's own target: its direction is the
    commitment's and cannot be changed there). ``ValidationError`` on ``target_value``."""
    shown = {"baseline": v.decimal_text(baseline)}
    if target == baseline:
        raise ValidationError("target_value", "revised_target_equals_baseline",
                              f"the new target {target} equals the baseline {baseline}: a "
                              f"commitment raises or reduces a value", values=shown)
    if direction == 1 and target < baseline:
        raise ValidationError("target_value", "revised_target_below_baseline",
                              f"the new target {target} is below the baseline {baseline} of a "
                              f"commitment to raise the value", values=shown)
    if direction == -1 and target > baseline:
        raise ValidationError("target_value", "revised_target_above_baseline",
                              f"the new target {target} is above the baseline {baseline} of a "
                              f"commitment to reduce the value", values=shown)


def _clean_revision_fields(store: Store, data: RevisionInput, commitment: Mapping[str, Any]
                           ) -> dict[str, Any]:
    """A revision's own columns, its deadline checked against the commitment's baseline date
    and its target against the commitment's baseline and direction."""
    baseline_date = commitment["baseline_date"]
    kind = v.choice("kind", data.kind, REVISION_KINDS)
    target_number = v.decimal_value("target_value", data.target_value, required=False)
    target = v.decimal_text(target_number)
    deadline = v.iso_date("deadline", data.deadline, required=False)
    if kind == "changed" and target is None and deadline is None:
        raise ValidationError("target_value", "required",
                              "a changed commitment needs a new target value or a new deadline")
    if target_number is not None and commitment["direction"] in DIRECTIONS:
        check_revised_target(baseline=Decimal(commitment["baseline_value"]),
                             target=target_number, direction=int(commitment["direction"]))
    if deadline is not None and deadline <= baseline_date:
        raise ValidationError("deadline", "deadline_before_baseline",
                              f"the new deadline must come after the baseline ({baseline_date})")
    return {
        "meeting_id": v.record_id(store, "meeting_id", "meetings", data.meeting_id),
        "revision_date": v.iso_date("revision_date", data.revision_date),
        "kind": kind,
        "target_value": target,
        "deadline": deadline,
        "note": v.optional_text("note", data.note),
        "quote": v.optional_text("quote", data.quote),
    }


def create_revision(store: Store, data: RevisionInput) -> Result:
    """Record that a later meeting reaffirmed or changed a commitment."""
    return create_record(store, "commitment_revisions", lambda: _clean_revision(store, data),
                         lambda values: change_names.new_record("commitment_revisions"))


def update_revision(store: Store, revision_id: int, data: RevisionInput) -> Result:
    """Change a recorded revision."""
    return update_record(store, "commitment_revisions", revision_id,
                         lambda: _clean_revision(store, data),
                         lambda values: change_names.edit_record("commitment_revisions"))


def delete_revisions(store: Store, revision_ids: Sequence[int]) -> Result:
    """Delete revisions."""
    return delete_records(store, "commitment_revisions", list(revision_ids),
                          change_names.delete_records("commitment_revisions", len(revision_ids)))


@dataclass(frozen=True)
class ProgressNoteInput:
    """A dated note on exactly one initiative or one commitment.

    Given with its commitment or initiative (their ``progress_notes``), the parent ids are not
    used and ``id`` names the stored note the entry updates (None: a new one).
    """

    note_date: Any
    text: str
    initiative_id: int | None = None
    commitment_id: int | None = None
    source_citation: str | None = None
    source_url: str | None = None
    id: int | None = None


def _clean_note(store: Store, data: ProgressNoteInput) -> dict[str, Any]:
    initiative_id = v.record_id(store, "initiative_id", "initiatives", data.initiative_id)
    commitment_id = v.record_id(store, "commitment_id", "commitments", data.commitment_id)
    if (initiative_id is None) == (commitment_id is None):
        raise ValidationError("initiative_id", "one_parent",
                              "a note belongs to exactly one initiative or one commitment")
    return {**_clean_note_fields(data), "initiative_id": initiative_id,
            "commitment_id": commitment_id}


def _clean_note_fields(data: ProgressNoteInput) -> dict[str, Any]:
    """A note's own columns (not which record it belongs to)."""
    return {
        "note_date": v.iso_date("note_date", data.note_date),
        "text": v.required_text("text", data.text, max_length=100_000),
        "source_citation": v.optional_text("source_citation", data.source_citation),
        "source_url": v.url("source_url", data.source_url),
    }


def clean_progress_notes(notes: Sequence[ProgressNoteInput] | None) -> list[dict[str, Any]]:
    """Progress notes given with their commitment or initiative, validated; an error names the
    field "progress_notes.<column>" and the note's 1-based row."""
    rows: list[dict[str, Any]] = []
    for index, note in enumerate(notes or (), start=1):
        try:
            rows.append({"id": note.id, **_clean_note_fields(note)})
        except ValidationError as exc:
            raise ValidationError(f"progress_notes.{exc.field}", exc.code, exc.detail,
                                  row=index) from None
    return rows


def create_progress_note(store: Store, data: ProgressNoteInput) -> Result:
    """Add a dated entry to an initiative's or a commitment's progress log."""
    return create_record(store, "progress_notes", lambda: _clean_note(store, data),
                         lambda values: change_names.new_record("progress_notes"))


def update_progress_note(store: Store, note_id: int, data: ProgressNoteInput) -> Result:
    """Change a progress note."""
    return update_record(store, "progress_notes", note_id, lambda: _clean_note(store, data),
                         lambda values: change_names.edit_record("progress_notes"))


def delete_progress_notes(store: Store, note_ids: Sequence[int]) -> Result:
    """Delete progress notes."""
    return delete_records(store, "progress_notes", list(note_ids),
                          change_names.delete_records("progress_notes", len(note_ids)))
