"""Translated messages for the domain's error codes (the domain never writes UI prose)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from database import ValidationError

FIELD_LABELS = {
    "title": "Title",
    "name": "Name",
    "meeting_date": "Date",
    "place": "Place",
    "forum": "Forum / event",
    "source_url": "Source URL",
    "partner_iso3": "Partner country",
    "country_iso3": "Country",
    "countries": "Partner countries",
    "participants": "Participants",
    "baseline_value": "Baseline value",
    "baseline_period": "Baseline period",
    "target_value": "Target value",
    "deadline": "Deadline",
    "unit": "Unit / currency",
    "direction": "Direction",
    "start_date": "Start",
    "end_date": "End",
    "due_date": "Due",
    "done_date": "Done on",
    "revision_date": "Date",
    "note_date": "Date",
    "status": "Status",
    "milestones": "Milestones",
    "positions": "Positions",
    "home_country": "Home country",
    "default_currency": "Default currency",
    "value_usd": "Value (USD)",
    "period": "Period",
}

_MESSAGES = {
    "required": "{field} is required.",
    "negative": "{field} must not be negative.",
    "not_number": "{field} must be a number.",
    "invalid_date": "{field} is not a valid date.",
    "year_out_of_range": "{field}: the year must be between 1900 and 2100.",
    "invalid_period": "{field} must be a period: YYYY, YYYY-MM or YYYY-Qn.",
    "deadline_before_baseline": "{field} must come after the end of the baseline period.",
    "before_start": "{field} must not be before the start.",
    "unknown_country": "{field}: unknown country code.",
    "invalid_url": "{field} must start with http:// or https://.",
    "duplicate": "{field}: this entry already exists.",
    "in_use": "{detail}",
    "too_long": "{field} is too long.",
    "too_precise": "{field} has more decimals than allowed.",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorMessages", text)


def field_label(name: str) -> str:
    """The translated label of a field name used by the services."""
    return _tr(FIELD_LABELS.get(name, name.replace("_", " ").capitalize()))


def validation_message(error: ValidationError) -> str:
    """A sentence naming the field (and row) for a ValidationError."""
    parts = error.field.split(".")
    field = field_label(parts[-1]) if len(parts) > 1 else field_label(parts[0])
    if len(parts) > 1:
        field = f"{field_label(parts[0])}: {field}"
    if error.row is not None:
        field = _tr("{0}, row {1}").format(field, error.row)
    template = _MESSAGES.get(error.code)
    if template is None:
        return f"{field}: {error.detail}"
    return _tr(template).format(field=field, detail=error.detail)
