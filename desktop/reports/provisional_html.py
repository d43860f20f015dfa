"""The provisional reading of a commitment (a partial year, annualised) as reports print it.

The official status stays with complete years; a report prints the provisional reading beside
it, never instead (database.provisional): "Provisional (H1 2025, run rate): Limited progress —
annualised USD 136.0 m, +2.3 % against the required +29.8 % a year". Every text here is escaped
HTML (source names and periods come from the database).
"""

from __future__ import annotations

from database.provisional import SAME_PERIOD, ProvisionalReading
from database.services.status import CommitmentStatus
from desktop import status_labels as _status_labels
from desktop.period_text import period_label
from desktop.metric_text import sources_label
from desktop.reports.report_html import _tr, e, money, number


def signed_growth(value: float | None) -> str:
    """A yearly growth given as a fraction, with its sign: "+2.3&nbsp;%", "-1.0&nbsp;%"."""
    if value is None:
        return "–"
    digits = number(value * 100, 1, english_grouping=False)
    return f"{'+' if value > 0 else ''}{digits}&nbsp;%"


def _status(reading: ProvisionalReading) -> str:
    return e(_status_labels.status_label(reading.status.value))


def provisional_heading(reading: ProvisionalReading) -> str:
    """"Provisional (H1 2025, run rate)" or "Provisional (H1 2025, same period a year
    earlier)", escaped."""
    period = e(period_label(reading.period))
    if reading.basis == SAME_PERIOD:
        return _tr("Provisional ({0}, same period a year earlier)").format(period)
    return _tr("Provisional ({0}, run rate)").format(period)


def provisional_assessment(status: CommitmentStatus) -> str:
    """"Limited progress — annualised USD 136.0 m, +2.3 % against the required +29.8 % a
    year", escaped; '' without a provisional reading."""
    reading = status.provisional
    if reading is None:
        return ""
    annualised = money(reading.annualised_usd, status.unit)
    if reading.observed_growth is None:
        figures = _tr("annualised {0}; no complete year to compare it with").format(annualised)
    elif status.required_cagr is None:
        figures = _tr("annualised {0}, {1} a year").format(
            annualised, signed_growth(reading.observed_growth))
    else:
        figures = _tr("annualised {0}, {1} against the required {2} a year").format(
            annualised, signed_growth(reading.observed_growth),
            signed_growth(status.required_cagr))
    return f"{_status(reading)} — {figures}"


def provisional_line(status: CommitmentStatus) -> str:
    """The whole reading on one line, escaped: "Provisional (H1 2025, run rate): Limited
    progress — annualised USD 136.0 m, +2.3 % against the required +29.8 % a year"; '' without
    a provisional reading."""
    reading = status.provisional
    if reading is None:
        return ""
    period = e(period_label(reading.period))
    if reading.basis == SAME_PERIOD:
        return _tr("Provisional ({0}, same period a year earlier): {1}").format(
            period, provisional_assessment(status))
    return _tr("Provisional ({0}, run rate): {1}").format(period, provisional_assessment(status))


def provisional_basis(status: CommitmentStatus) -> str:
    """How the annualised value was made, escaped: "USD 68.0 m in H1 2025 × 12 / 6 months (a
    run rate, ignoring seasonality); source: NSC", or "USD 80.0 m in H1 2025: +14.3 % on
    H1 2024 (USD 70.0 m), applied to 2024 (USD 155.7 m); source: NSC"; '' without one."""
    reading = status.provisional
    if reading is None:
        return ""
    value = money(reading.value_usd, status.unit)
    period = e(period_label(reading.period))
    if reading.basis == SAME_PERIOD:
        text = _tr("{0} in {1}: {2} on {3} ({4}), applied to {5} ({6})").format(
            value, period, signed_growth(reading.observed_growth),
            e(period_label(reading.previous_period or "")),
            money(reading.previous_value_usd, status.unit), e(reading.complete_period or ""),
            money(reading.complete_value_usd, status.unit))
    else:
        text = _tr("{0} in {1} × 12 / {2} months (a run rate, ignoring seasonality)").format(
            value, period, reading.month_count)
    if reading.sources:
        text += "; " + e(_tr("source: {0}").format(sources_label(reading.source)))
    return text


def provisional_note(status: CommitmentStatus) -> str:
    """A short note for a status cell, escaped: "Provisional H1 2025: Limited progress"; ''
    without a provisional reading."""
    reading = status.provisional
    if reading is None:
        return ""
    return _tr("Provisional {0}: {1}").format(e(period_label(reading.period)), _status(reading))
