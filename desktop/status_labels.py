"""How each progress status is named to people (the codes stay in the data and the JSON)."""

from PySide6.QtCore import QCoreApplication

# English names, for the command line's text output (which is not translated) and as the
# fallback for a code this version does not know.
STATUS_LABELS = {
    "achieved": "Achieved",
    "on_track": "On track",
    "acceleration_needed": "Acceleration needed",
    "limited_progress": "Limited progress",
    "deterioration": "Deterioration",
    "overdue": "Overdue",
    "no_data": "No data since baseline",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusLabels", text)


def status_labels() -> dict[str, str]:
    """Every status code with its name in the current language (built per call: the language
    can change while the application runs)."""
    return {
        "achieved": _tr("Achieved"),
        "on_track": _tr("On track"),
        "acceleration_needed": _tr("Acceleration needed"),
        "limited_progress": _tr("Limited progress"),
        "deterioration": _tr("Deterioration"),
        "overdue": _tr("Overdue"),
        "no_data": _tr("No data since baseline"),
    }


def status_label(code: str) -> str:
    """The name of one status in the current language."""
    return status_labels().get(code) or STATUS_LABELS.get(code, code)
