"""Pagination of long reports: table rows stay whole, headings stay with their text, page sizes.

The reports are long (40 commitments, several pages of status table, sections that run over a
page) and read back with pypdf page by page. Each test also writes the same report with the
pagination rules switched off, to show that the data does produce split rows and lonely
headings there; the PDF as written must have none.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from report_data import (
    ON,
    PRINTED,
    add_commitments,
    add_partner_case,
    pdf_bodies,
    pdf_pages,
    rows_on_one_page,
)

from database.services.status import all_statuses
from database.store import Store
from desktop.reports import report_paint
from desktop.reports.progress_report import (
    PLOT_SIZE_INCHES,
    partner_briefing,
    portfolio_report,
    write_report_pdf,
)
from desktop.status_labels import STATUS_LABELS

MM_PER_POINT = 25.4 / 72
COUNT = 40
STATUS_HEADER = "Commitment Partner Status Latest Target Deadline Progress"
BRIEFING_HEADER = "Commitment Status Latest Target Deadline Progress"
SECTION_HEADINGS = {"Key figures", "Metric", "Initiatives", "Meetings", "Revisions",
                    "Sources of the trade figures"}
BRIEFING_HEADINGS = {"Recent meetings", "Open commitments", "Initiatives", "Overdue milestones",
                     "All initiatives", "Trade structure", "Top products in 2024",
                     "Mirror-figure gaps"}


@pytest.fixture
def blank_plots(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plots as a blank image of the same printed size: the layout is the same, and fast."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (70, 36), "white").save(buffer, format="png")
    png = buffer.getvalue()
    monkeypatch.setattr("desktop.reports.progress_report.plot_png", lambda *a, **k: png)
    assert PLOT_SIZE_INCHES  # the <img> tag, not the image, sets the printed size


def _money(value: object) -> str:
    return f"USD {float(value) / 1_000_000:,.1f} m"


def _headings_ending_pages(path: Path, headings: set[str]) -> list[tuple[int, str]]:
    """(page, heading) for every page whose last line of text is a heading."""
    return [(number, body[-1]) for number, body in enumerate(pdf_bodies(path), start=1)
            if body and body[-1] in headings]


def _write(report, out: Path, page_size: str = "A4") -> Path:
    return write_report_pdf(report, out, database_name="many.sqlite", page_size=page_size,
                            printed_on=PRINTED)


@pytest.mark.parametrize(("page_size", "width_mm", "height_mm"),
                         [("A4", 210, 297), ("Letter", 215.9, 279.4)])
def test_long_portfolio_keeps_rows_whole_and_headings_with_their_text(
        qapp, store: Store, tmp_path: Path, blank_plots, monkeypatch: pytest.MonkeyPatch,
        page_size: str, width_mm: float, height_mm: float) -> None:
    from pypdf import PdfReader

    add_commitments(store, COUNT)
    statuses = all_statuses(store, on=ON)
    report = portfolio_report(store, database_name="many.sqlite", printed_on=PRINTED, today=ON)
    rows = [(s.title, s.partner, STATUS_LABELS[s.status.value], _money(s.target_value),
             s.deadline.isoformat()) for s in statuses]

    with monkeypatch.context() as off:
        off.setattr(report_paint, "MAX_PAGINATION_PASSES", 0)
        raw = _write(report, tmp_path / "raw.pdf", page_size)
    # Laid out without the rules, the data does split rows and (on Letter) end pages with headings.
    assert rows_on_one_page(pdf_pages(raw), STATUS_HEADER, rows)
    assert _headings_ending_pages(raw, SECTION_HEADINGS) or page_size == "A4"

    out = _write(report, tmp_path / "portfolio.pdf", page_size)
    pages = pdf_pages(out)
    assert rows_on_one_page(pages, STATUS_HEADER, rows) == []
    assert _headings_ending_pages(out, SECTION_HEADINGS) == []
    # The status table runs over several pages, each starting with the header row.
    assert sum(STATUS_HEADER in page for page in pages) >= 3
    # Page count: the table pages, then one or two pages per commitment.
    assert COUNT + 3 <= len(pages) <= 2 * COUNT + 6
    for number, page in enumerate(pages, start=1):
        assert page.endswith(f"page {number} of {len(pages)}")
    for page in PdfReader(out).pages:
        assert float(page.mediabox.width) * MM_PER_POINT == pytest.approx(width_mm, abs=1)
        assert float(page.mediabox.height) * MM_PER_POINT == pytest.approx(height_mm, abs=1)


def test_long_partner_briefing_keeps_rows_whole_and_headings_with_their_text(
        qapp, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = add_partner_case(store, tmp_path)
    add_commitments(store, COUNT)
    statuses = [s for s in all_statuses(store, on=ON, partner="BLR")
                if s.status.value != "achieved"]
    rows = [(s.title, STATUS_LABELS[s.status.value], _money(s.target_value),
             s.deadline.isoformat()) for s in statuses]
    report = partner_briefing(store, "BLR", database_name="many.sqlite", printed_on=PRINTED,
                              today=ON)

    with monkeypatch.context() as off:
        off.setattr(report_paint, "MAX_PAGINATION_PASSES", 0)
        raw = _write(report, tmp_path / "raw.pdf")
    assert rows_on_one_page(pdf_pages(raw), BRIEFING_HEADER, rows)
    assert _headings_ending_pages(raw, BRIEFING_HEADINGS)

    out = _write(report, tmp_path / "briefing.pdf")
    pages = pdf_pages(out)
    assert len(statuses) == COUNT + len(case.open_titles)
    assert rows_on_one_page(pages, BRIEFING_HEADER, rows) == []
    assert _headings_ending_pages(out, BRIEFING_HEADINGS) == []
    assert 4 <= len(pages) <= 12
    # The meetings table: each meeting's date and title on one page.
    meeting_rows = [(title,) for title in case.meeting_titles[:10]]
    assert rows_on_one_page(pages, "Date Meeting, place, forum", meeting_rows) == []
