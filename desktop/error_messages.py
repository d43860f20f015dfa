"""Translated messages for the domain's errors (the domain never writes UI prose).

``database`` raises ``ValidationError(field, code, detail)``: every code it can raise has a
sentence here, with the field's label filled in; an unknown code falls back to the English
``detail``. Errors about the database file (``DatabaseFileError`` and its kinds) are named by
their class; :func:`error_message` turns any of the package's errors into one translated text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from database import ValidationError
from database.errors import DatabaseFileError, NotFoundError, StaleUndoError
from database.periods import PeriodError


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorMessages", text)


def field_labels() -> dict[str, str]:
    """The services' field names with their labels in the current language."""
    return {
        "title": _tr("Title"),
        "name": _tr("Name"),
        "meeting_date": _tr("Date"),
        "place": _tr("Place"),
        "forum": _tr("Forum / event"),
        "source_url": _tr("Source URL"),
        "partner_iso3": _tr("Partner country"),
        "country_iso3": _tr("Country"),
        "countries": _tr("Partner countries"),
        "participants": _tr("Participants"),
        "baseline_value": _tr("Baseline value"),
        "baseline_period": _tr("Baseline period"),
        "target_value": _tr("Target value"),
        "deadline": _tr("Deadline"),
        "unit": _tr("Unit / currency"),
        "indicator_values": _tr("Values"),
        "value": _tr("Value"),
        "direction": _tr("Direction"),
        "start_date": _tr("Start"),
        "end_date": _tr("End"),
        "due_date": _tr("Due"),
        "done_date": _tr("Done on"),
        "revision_date": _tr("Date"),
        "note_date": _tr("Date"),
        "status": _tr("Status"),
        "milestones": _tr("Milestones"),
        "positions": _tr("Positions"),
        "home_country": _tr("Home country"),
        "default_currency": _tr("Default currency"),
        "value_usd": _tr("Value (USD)"),
        "period": _tr("Period"),
        "description": _tr("Description"),
        "short_name": _tr("Short name"),
        "native_name": _tr("Name in the original language"),
        "kind": _tr("Kind"),
        "classification": _tr("Classification"),
        "organisation_id": _tr("Organisation"),
        "person_id": _tr("Person"),
        "person": _tr("Person"),
        "position_id": _tr("Position"),
        "position_title": _tr("Position"),
        "meeting_id": _tr("Meeting"),
        "source_meeting_id": _tr("Source meeting"),
        "commitment_id": _tr("Commitment"),
        "initiative_id": _tr("Initiative"),
        "metric_definition_id": _tr("Metric definition"),
        "metric_description": _tr("Metric"),
        "responsible_body": _tr("Responsible body"),
        "quote": _tr("Verbatim quote"),
        "source_text": _tr("Verbatim source text"),
        "source_citation": _tr("Source citation"),
        "summary": _tr("Summary"),
        "topics": _tr("Topics"),
        "sector": _tr("Sector"),
        "owner": _tr("Owner"),
        "note": _tr("Note"),
        "notes": _tr("Notes"),
        "text": _tr("Text"),
        "reporter_iso3": _tr("Reporter"),
        "reporter": _tr("Reporter"),
        "partner": _tr("Partner"),
        "flow": _tr("Flow"),
        "product_code": _tr("Product code"),
        "product": _tr("Product code"),
        "product_scope": _tr("Products"),
        "product_codes": _tr("Products"),
        "product_group": _tr("Product group"),
        "period_basis": _tr("Period basis"),
        "period_from": _tr("First period"),
        "period_to": _tr("Last period"),
        "source": _tr("Source"),
        "figures": _tr("Trade figures"),
        "batch": _tr("Import batch"),
        "mapping": _tr("Column mapping"),
        "format": _tr("File layout"),
        "encoding": _tr("Encoding"),
        "delimiter": _tr("Delimiter"),
        "header_row": _tr("Header row"),
        "out_path": _tr("File"),
        "selection": _tr("Selection"),
    }


def _message_templates() -> dict[str, str]:
    """Each error code's sentence in the current language; ``{field}`` is filled in.

    A key ``"field:code"`` words a code differently for one field. ``{detail}`` (the English
    detail) is used only where the detail is the user's own text, never for prose.
    """
    return {
        "required": _tr("{field} is required."),
        "negative": _tr("{field} must not be negative."),
        "not_number": _tr("{field} must be a number."),
        "invalid_date": _tr("{field} is not a valid date."),
        "year_out_of_range": _tr("{field}: the year must be between 1900 and 2100."),
        "invalid_period": _tr("{field} must be a period: YYYY, YYYY-Sn (half-year), YYYY-Qn, "
                              "YYYY-MM or YYYY-MM/YYYY-MM (months within one year)."),
        "baseline_not_whole_period": _tr("{field} must be a year, a quarter or a month "
                                         "(YYYY, YYYY-Qn or YYYY-MM)."),
        "deadline_before_baseline": _tr("{field} must come after the end of the baseline "
                                        "period."),
        "before_start": _tr("{field} must not be before the start."),
        # A commitment's target against its baseline and direction (the progress method's rules).
        "target_equals_baseline": _tr("The target equals the baseline: a commitment raises or "
                                      "reduces a value, so its target must differ from the "
                                      "baseline."),
        "raise_needs_higher_target": _tr("The target is below the baseline: choose “Reduce” as "
                                         "the direction, or correct the target."),
        "reduce_needs_lower_target": _tr("The target is above the baseline: choose “Raise” as "
                                         "the direction, or correct the target."),
        # A revised target against the commitment's baseline and direction.
        "revised_target_equals_baseline": _tr("{field}: the new target equals the baseline "
                                              "({baseline}); a commitment raises or reduces a "
                                              "value."),
        "revised_target_below_baseline": _tr("{field}: the new target is below the baseline "
                                             "({baseline}) of a commitment to raise the value."),
        "revised_target_above_baseline": _tr("{field}: the new target is above the baseline "
                                             "({baseline}) of a commitment to reduce the value."),
        "unit_not_metric": _tr("{field} must be the unit of the metric definition "
                               "({currency})."),
        "unit_not_usd": _tr("{field}: a trade value is in USD."),
        "not_quantity_unit": _tr("{field} must be a quantity unit such as t, kg, u or l."),
        "has_indicator_values": _tr("A metric with values typed in stays an indicator: delete "
                                    "its values first."),
        "not_an_indicator": _tr("Values are typed in only for an indicator."),
        "duplicate_period": _tr("{field}: this period has a value from this source in row "
                                "{first_row} already."),
        "unknown_country": _tr("{field}: unknown country code."),
        "invalid_url": _tr("{field} must start with http:// or https://."),
        "duplicate": _tr("{field}: this entry already exists."),
        "too_long": _tr("{field} is too long."),
        "too_precise": _tr("{field} has more decimals than allowed."),
        "too_large": _tr("{field} is too large."),
        "above_ceiling": _tr("{field} is above the largest value a figure may have "
                             "(USD 1,000,000,000,000,000)."),
        "sum_too_large": _tr("{field}: the figures of this chapter would add up to more than "
                             "the database can hold."),
        "not_text": _tr("{field} must be text."),
        "control_character": _tr("{field}: remove the control character {code} (character "
                                 "{position}): it cannot be stored."),
        "invalid_choice": _tr("{field}: choose one of the values offered."),
        "invalid_reference": _tr("{field}: choose a record from the list."),
        "unknown_record": _tr("{field}: the chosen record no longer exists."),
        "same_as_reporter": _tr("{field} must differ from the reporting country."),
        "partner:same_as_reporter": _tr("Choose two different countries."),
        "invalid_product": _tr("{field} must be TOTAL or an HS code of 2 to 10 digits."),
        "product:invalid_product": _tr("{field} must be TOTAL or the start of an HS code, "
                                       "e.g. 27 or 2709."),
        "invalid_chapters": _tr("{field}: list HS chapters between 01 and 97, e.g. 01-24,30."),
        "unknown_group": _tr("{field}: choose a product group from the list."),
        "wrong_person": _tr("{field}: this position belongs to another person."),
        "one_parent": _tr("A note belongs to exactly one initiative or one commitment."),
        "empty": _tr("{field}: there is nothing to store."),
        "selection:empty": _tr("Nothing is selected."),
        "figures:empty": _tr("There are no trade figures to add."),
        "in_use": _tr("{field} is still in use and cannot be deleted."),
        "person:in_use": _tr("A person who took part in meetings cannot be deleted; remove them "
                             "from those meetings first."),
        "participants:duplicate": _tr("{field}: the same person is listed twice."),
        "period:duplicate": _tr("A figure for this reporter, partner, period, flow, product and "
                                "source already exists."),
        # A figure whose reporter is not stated is one fact whichever side tells it.
        "duplicate_other_side": _tr("{field}: this source's figure is already recorded, told "
                                    "from the partner's side (reporter not stated). A figure "
                                    "published for a country pair is stored only once: edit "
                                    "that one instead."),
        "already_undone": _tr("This import batch has already been undone."),
        "not_undone": _tr("This import batch is in place; there is nothing to redo."),
        "redo_unavailable": _tr("This import was undone elsewhere and cannot be redone here; "
                                "import the file again."),
        "changed_since": _tr("Figures of this import batch were changed after the import; "
                             "undoing it would lose those changes."),
        "invalid_mapping": _tr("The column mapping is incomplete: every required column needs "
                               "a column of the file."),
        "invalid_format": _tr("{field}: the file name must end in .csv or .xlsx."),
        "missing_folder": _tr("{field}: the folder does not exist."),
        # database.output_paths: an output file that would replace a database or a backup.
        "database_file": _tr("{field}: this is the database (or a file SQLite keeps beside it); "
                             "choose another file."),
        "backup_file": _tr("{field}: this is a backup of a database; choose another file."),
        "not_pdf": _tr("{field}: a report is a PDF file; the file name must end in .pdf."),
    }


def field_label(name: str) -> str:
    """The translated label of a field name used by the services."""
    # A name this version has no label for is still shown readably (untranslated).
    return field_labels().get(name) or name.replace("_", " ").capitalize()


def validation_message(error: ValidationError) -> str:
    """A sentence naming the field (and row) for a ValidationError."""
    parts = error.field.split(".")
    field = field_label(parts[-1]) if len(parts) > 1 else field_label(parts[0])
    if len(parts) > 1:
        field = f"{field_label(parts[0])}: {field}"
    if error.row is not None:
        field = _tr("{0}, row {1}").format(field, error.row)
    templates = _message_templates()
    template = templates.get(f"{parts[0]}:{error.code}") or templates.get(error.code)
    if template is None:
        return f"{field}: {error.detail}"
    return template.format_map(_Arguments(field=field, detail=error.detail, **error.values))


class _Arguments(dict):
    """A template's arguments; one the error did not bring shows as "…" rather than failing."""

    def __missing__(self, key: str) -> str:
        return "…"


def _class_names(error: BaseException) -> list[str]:
    # By name rather than by import: kinds of file error added later (or defined in modules
    # loaded on first use, such as database.lock) are recognised without importing them here.
    return [cls.__name__ for cls in type(error).__mro__]


def database_error_message(error: DatabaseFileError) -> str:
    """A translated sentence for a problem with the database file, naming the file.

    The kind of problem (a missing folder, a file that is no database, a full disk, a lock held
    by another program, …) is said in the current language; where the kind alone does not say
    enough, the English reason follows as a detail.
    """
    path = str(error.path)
    details = _tr("Details: {0}").format(error.reason)
    for name in _class_names(error):
        if name == "MissingFolderError":
            return _tr("The folder {0} does not exist.").format(str(error.path.parent))
        if name == "NotADatabaseError":
            return _tr("{0} is not a Commitment Tracker database.").format(path)
        if name == "CorruptDatabaseError":
            return _tr("{0} is damaged.").format(path) + "\n" + details
        if name == "DatabaseLockedError":
            holder = getattr(error, "holder", None)
            if holder is None:
                return _tr("{0} is open for writing in another program.").format(path)
            return _tr("{0} is open for writing by {1}.").format(path, holder.describe())
        if name == "DatabaseBusyError":
            return _tr("{0} is busy: another program is writing to it. Nothing was saved; try "
                       "again.").format(path)
        if name == "DiskFullError":
            return _tr("The disk holding {0} is full. Nothing was saved.").format(path)
        if name == "DiskIOError":
            return _tr("{0} could not be read or written (disk error). Nothing was saved."
                       ).format(path)
        if name == "ReadOnlyDatabaseError":
            return _tr("{0} can only be read: nothing was saved.").format(path) + "\n" + details
        if name == "BackupError":
            return _tr("The backup {0} could not be made.").format(path) + "\n" + details
    return _tr("{0} cannot be used.").format(path) + "\n" + details


def error_message(error: BaseException) -> str:
    """A translated text for any error the database package raises on purpose.

    ValidationErrors name their field, file errors their file; a record deleted meanwhile and a
    malformed period have their own sentences. Anything else keeps its own (English) text.
    """
    if isinstance(error, ValidationError):
        return validation_message(error)
    if isinstance(error, DatabaseFileError):
        return database_error_message(error)
    if isinstance(error, StaleUndoError):
        return stale_undo_message(error)
    if isinstance(error, NotFoundError):
        return _tr("The record no longer exists: it was deleted, perhaps in another window.")
    if isinstance(error, PeriodError):
        return _tr("{0} is not a period: write YYYY, YYYY-Sn (half-year), YYYY-Qn, YYYY-MM or "
                   "YYYY-MM/YYYY-MM (months within one year).").format(str(error.text))
    return str(error)


def stale_undo_message(error: StaleUndoError) -> str:
    """A translated sentence for a step refused because a record changed since, naming it."""
    record = record_name(error.table, error.row)
    if error.context == "import":
        texts = {
            StaleUndoError.CHANGED: _tr("{0} was changed by hand after the import. Undoing the "
                                        "import would lose that change, so nothing was changed."),
            StaleUndoError.DELETED: _tr("{0} was deleted after the import, so the import can no "
                                        "longer be undone as a whole. Nothing was changed."),
        }
    elif error.context == "import_redo":
        texts = {
            StaleUndoError.CHANGED: _tr("{0} was changed after the import was undone. Redoing "
                                        "the import would overwrite that change, so nothing was "
                                        "changed."),
            StaleUndoError.DELETED: _tr("{0} was deleted after the import was undone, so the "
                                        "import cannot be redone. Nothing was changed."),
            StaleUndoError.EXISTS: _tr("{0} was added after the import was undone. Redoing the "
                                       "import would overwrite it, so nothing was changed."),
        }
    else:
        texts = {
            StaleUndoError.CHANGED: _tr("{0} was changed after this step (an import, another "
                                        "program). Undoing or redoing the step now would "
                                        "overwrite that change, so nothing was changed; the "
                                        "step stays in the undo history."),
            StaleUndoError.DELETED: _tr("{0} was deleted after this step, so the step cannot be "
                                        "undone or redone now. Nothing was changed; the step "
                                        "stays in the undo history."),
            StaleUndoError.EXISTS: _tr("{0} was added again after this step (an import, another "
                                       "program). Undoing or redoing the step now would "
                                       "overwrite it, so nothing was changed; the step stays in "
                                       "the undo history."),
        }
    template = texts.get(error.reason) or texts[StaleUndoError.CHANGED]
    return template.format(record)


def record_name(table: str, row: Mapping[str, Any]) -> str:
    """A record as the user knows it: its kind and what the lists show (``Trade figure KGZ→BLR
    2024 export``); a record without a name of its own by its kind and number."""
    from database.errors import record_label

    kinds = _record_kind_names()
    kind = kinds.get(table) or table.replace("_", " ")
    label = ""
    try:
        from desktop.record_kinds import record_kinds

        listed = record_kinds().get(table)
        if listed is not None:
            label = listed.describe(dict(row))
    except (KeyError, TypeError, ValueError):
        label = ""  # a row without the fields the list names it by
    label = label or record_label(table, row)
    if not label:
        return _tr("{0} no. {1}").format(kind, row.get("id", "?"))
    return _tr("{0} {1}").format(kind, label)


def _record_kind_names() -> dict[str, str]:
    """Each table's record in words, starting a sentence (record_kinds has the listed ones)."""
    return {
        "meetings": _tr("Meeting"),
        "commitments": _tr("Commitment"),
        "initiatives": _tr("Initiative"),
        "metric_definitions": _tr("Metric definition"),
        "trade_figures": _tr("Trade figure"),
        "people": _tr("Person"),
        "organisations": _tr("Organisation"),
        "positions": _tr("Position"),
        "milestones": _tr("Milestone"),
        "commitment_revisions": _tr("Revision"),
        "progress_notes": _tr("Progress note"),
        "meeting_participants": _tr("Meeting participant"),
        "meeting_countries": _tr("Meeting country"),
        "meeting_topics": _tr("Meeting topic"),
        "topics": _tr("Topic"),
        "initiative_meetings": _tr("Link of an initiative to a meeting"),
        "initiative_commitments": _tr("Link of an initiative to a commitment"),
        "settings": _tr("Setting"),
        "import_batches": _tr("Import batch"),
        "import_mappings": _tr("Column mapping"),
        "countries": _tr("Country"),
    }
