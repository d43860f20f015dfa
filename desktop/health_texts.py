"""The words for what Check database finds: kinds of problem, severities, records, one-line
findings. QtCore only, so that the command line says them in the chosen language too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from database import health_check as hc


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckDatabaseDialog", text)


def finding_kinds() -> dict[str, str]:
    """What each finding code means, in a few translated words."""
    return {
        hc.INTEGRITY: _tr("Damaged file or index"),
        hc.FOREIGN_KEY: _tr("Broken reference"),
        hc.FULL_TEXT: _tr("Search index out of date"),
        hc.NOT_OUR_FILE: _tr("Not a Commitment Tracker file"),
        hc.SCHEMA_MISSING: _tr("Part of the schema is missing"),
        hc.SCHEMA_CHANGED: _tr("Schema changed by another tool"),
        hc.SCHEMA_EXTRA: _tr("Schema object added by another tool"),
        hc.REQUIRED: _tr("Required value missing"),
        hc.UNKNOWN_VALUE: _tr("Unknown value"),
        hc.RULE: _tr("Rule broken"),
        hc.DUPLICATE: _tr("Duplicate"),
        hc.TARGET_NOT_POSITIVE: _tr("Target not positive"),
        hc.DEADLINE_NOT_AFTER_BASELINE: _tr("Deadline not after the baseline"),
        hc.BASELINE_DATE_MISMATCH: _tr("Baseline date does not match its period"),
        hc.TARGET_EQUALS_BASELINE: _tr("Target equals the baseline"),
        hc.DIRECTION_AGAINST_TARGET: _tr("Direction against the target"),
        hc.UNIT_NOT_METRIC: _tr("Unit is not the metric's currency"),
        hc.BASELINE_DIFFERS_FROM_FIGURES: _tr("Baseline differs from the figures"),
        hc.POSSIBLE_DUPLICATE_PERSON: _tr("Possibly the same person twice"),
        hc.TRADE_VALUE_ABOVE_CEILING: _tr("Trade figure above the ceiling"),
        hc.STALE_SUMMARY: _tr("Trade summary out of date"),
        hc.SUMMARY_SWITCHED_OFF: _tr("Trade summary switched off"),
        hc.SOURCE_CONFLICT: _tr("Sources differ on one figure"),
        hc.UNSTATED_BOTH_SIDES: _tr("Figure stored from both sides"),
        hc.TOO_MANY: _tr("More of the same"),
        hc.CHECK_FAILED: _tr("Check could not finish"),
    }


def severity_text(severity: hc.Severity) -> str:
    """The word for a severity: Error or Warning."""
    return _tr("Error") if severity is hc.Severity.ERROR else _tr("Warning")


def record_text(finding: hc.Finding) -> str:
    """Which record: ``#12``, the summary key, or nothing for a whole table."""
    if finding.record_id is not None:
        return f"#{finding.record_id}"
    return finding.record_key or ""


def finding_line(finding: hc.Finding) -> str:
    """One line for the command line: ``table #id: message``, the kind of problem translated.

    In English the line is the check's own, word for word; in another language the kind of
    problem and the severity come first in that language, then the check's (English) details.
    """
    from desktop.i18n import FALLBACK, current_language

    if current_language() == FALLBACK:
        return finding.line()
    kind = finding_kinds().get(finding.code, finding.code)
    return f"{finding.location()}: {severity_text(finding.severity)} — {kind}: {finding.message}"
