"""Translated messages for the domain's error codes (the domain never writes UI prose)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from database import ValidationError


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
    }


def _message_templates() -> dict[str, str]:
    """Each error code's sentence in the current language; {field} and {detail} are filled in."""
    return {
        "required": _tr("{field} is required."),
        "negative": _tr("{field} must not be negative."),
        "not_number": _tr("{field} must be a number."),
        "invalid_date": _tr("{field} is not a valid date."),
        "year_out_of_range": _tr("{field}: the year must be between 1900 and 2100."),
        "invalid_period": _tr("{field} must be a period: YYYY, YYYY-MM or YYYY-Qn."),
        "deadline_before_baseline": _tr("{field} must come after the end of the baseline "
                                        "period."),
        "before_start": _tr("{field} must not be before the start."),
        "unknown_country": _tr("{field}: unknown country code."),
        "invalid_url": _tr("{field} must start with http:// or https://."),
        "duplicate": _tr("{field}: this entry already exists."),
        "in_use": "{detail}",
        "too_long": _tr("{field} is too long."),
        "too_precise": _tr("{field} has more decimals than allowed."),
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
    template = _message_templates().get(error.code)
    if template is None:
        return f"{field}: {error.detail}"
    return template.format(field=field, detail=error.detail)
