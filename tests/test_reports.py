"""Printable progress reports: PDF text, escaping, page sizes, footers and the report command."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from cli_runner import run_cli

from database.store import Store
from desktop.reports.progress_report import (
    PORTFOLIO_TITLE,
    commitment_report,
    portfolio_report,
    write_report_pdf,
)

TITLE = "Raise mutual trade turnover to USD 500 million within five years"
QUOTE_START = "Die Parteien waren sich einig"
METRIC = "Turnover (exports + imports) with Belarus, all goods, as reported by Kyrgyzstan"
HOSTILE = '<img src="file:///etc/passwd"> <b>x</b>'
PRINTED = date(2026, 3, 1)
MM_PER_POINT = 25.4 / 72


def _pages(path: Path) -> list[str]:
    """The text of every page, whitespace normalised (pypdf splits lines where the layout does)."""
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _normalised(text: str) -> str:
    # pypdf returns typographic ligatures (ﬁ, ﬀ) as single characters.
    return text.replace("ﬁ", "fi").replace("ﬀ", "ff").replace("ﬃ", "ffi").replace("ﬂ", "fl")


def _write_portfolio(store: Store, out: Path, **kwargs) -> Path:
    report = portfolio_report(store, database_name="demo.sqlite", printed_on=PRINTED)
    return write_report_pdf(report, out, database_name="demo.sqlite", printed_on=PRINTED, **kwargs)


def test_portfolio_pdf_names_title_status_metric_quote_and_footers(
        qapp, demo_store: Store, tmp_path: Path) -> None:
    from database.services.status import all_statuses
    from desktop.status_labels import STATUS_LABELS

    out = _write_portfolio(demo_store, tmp_path / "portfolio.pdf")
    pages = [_normalised(p) for p in _pages(out)]
    text = " ".join(pages)
    (status,) = all_statuses(demo_store)
    assert PORTFOLIO_TITLE in text
    assert TITLE in text
    assert STATUS_LABELS[status.status.value] in text
    assert METRIC in text
    assert QUOTE_START in text
    assert "demo.sqlite" in text and "2026-03-01" in text
    assert len(pages) >= 2  # the cover and table, then the commitment's own section
    for number, page in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in page
        assert PORTFOLIO_TITLE in page  # the header
    assert not list(tmp_path.glob(".*.part"))


def test_plots_are_embedded_at_200_dpi_or_more(qapp, demo_store: Store, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = _write_portfolio(demo_store, tmp_path / "portfolio.pdf")
    images = [image for page in PdfReader(out).pages for image in page.images]
    assert len(images) == 1  # one plot per commitment, nothing else
    width_px = images[0].image.size[0]
    assert width_px >= 7 * 200


def test_database_values_are_escaped_and_no_file_is_loaded(qapp, demo_store: Store,
                                                            tmp_path: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from desktop.reports.progress_report import _document

    demo_store.conn.execute("UPDATE commitments SET title = ? WHERE id = 1", (HOSTILE,))
    report = portfolio_report(demo_store, database_name="<b>db</b>", printed_on=PRINTED)
    assert HOSTILE not in report.html
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in report.html
    assert "&lt;b&gt;db&lt;/b&gt;" in report.html
    out = write_report_pdf(report, tmp_path / "hostile.pdf", database_name="x.sqlite")
    text = _normalised(" ".join(_pages(out)))
    assert HOSTILE in text  # the section heading, on one line
    # In the narrow status table cell the title wraps, so compare without white space there.
    # Table, heading, and the appendix's heading of the figures behind its key figures.
    assert text.replace(" ", "").count(HOSTILE.replace(" ", "")) == 3
    from pypdf import PdfReader

    assert sum(len(page.images) for page in PdfReader(out).pages) == 1  # only the plot
    document = _document(report)
    loaded = document.resource(QTextDocument.ResourceType.ImageResource,
                               QUrl("file:///etc/passwd"))
    assert loaded is None


@pytest.mark.parametrize(("page_size", "width_mm", "height_mm"),
                         [("A4", 210, 297), ("Letter", 215.9, 279.4)])
def test_page_size_is_a4_or_letter(qapp, demo_store: Store, tmp_path: Path, page_size: str,
                                   width_mm: float, height_mm: float) -> None:
    from pypdf import PdfReader

    out = _write_portfolio(demo_store, tmp_path / f"{page_size}.pdf", page_size=page_size)
    for page in PdfReader(out).pages:
        assert float(page.mediabox.width) * MM_PER_POINT == pytest.approx(width_mm, abs=1)
        assert float(page.mediabox.height) * MM_PER_POINT == pytest.approx(height_mm, abs=1)


def test_an_unknown_page_size_is_refused(qapp, demo_store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        _write_portfolio(demo_store, tmp_path / "x.pdf", page_size="A3")
    assert not list(tmp_path.glob("*.pdf*")) and not list(tmp_path.glob(".*.part"))


def test_one_commitment_fits_one_page(qapp, demo_store: Store, tmp_path: Path) -> None:
    report = commitment_report(demo_store, 1, database_name="demo.sqlite", printed_on=PRINTED)
    out = write_report_pdf(report, tmp_path / "one.pdf", database_name="demo.sqlite")
    pages = [_normalised(p) for p in _pages(out)]
    assert len(pages) == 1
    assert TITLE in pages[0] and QUOTE_START in pages[0] and "page 1 of 1" in pages[0]


def test_report_command_writes_the_pdf(tmp_path: Path) -> None:
    assert run_cli("--db", "x.sqlite", "demo", cwd=tmp_path).returncode == 0
    result = run_cli("report", "--db", "x.sqlite", "--out", "r.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = _normalised(" ".join(_pages(tmp_path / "r.pdf")))
    assert TITLE in text and "x.sqlite" in text
    assert re.search(r"page 1 of \d+", text)
    assert not list(tmp_path.glob(".*.part"))

    partner = run_cli("--db", "x.sqlite", "report", "--out", "p.pdf", "--kind", "partner",
                      "--partner", "blr", "--page-size", "Letter", cwd=tmp_path)
    assert partner.returncode == 0, partner.stderr
    briefing = _normalised(" ".join(_pages(tmp_path / "p.pdf")))
    assert "Partner briefing: Belarus (BLR)" in briefing
    assert "Recent meetings" in briefing and "Kasymaliev – Golovchenko talks" in briefing


def test_report_command_errors_are_one_line(tmp_path: Path) -> None:
    assert run_cli("--db", "x.sqlite", "demo", cwd=tmp_path).returncode == 0
    for args in (["--kind", "commitment", "--commitment", "999"], ["--kind", "commitment"],
                 ["--kind", "partner"]):
        result = run_cli("--db", "x.sqlite", "report", "--out", "r.pdf", *args, cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not (tmp_path / "r.pdf").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_print_path_paints_on_a_printer(qapp, demo_store: Store, tmp_path: Path) -> None:
    """Print and print preview paint on a QPrinter; a PDF-printing printer shows the same pages."""
    from PySide6.QtPrintSupport import QPrinter

    from desktop.reports.progress_report import configure_page, paint_report

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    configure_page(printer, "Letter")
    report = portfolio_report(demo_store, database_name="demo.sqlite", printed_on=PRINTED)
    pages = paint_report(report, printer, database_name="demo.sqlite", printed_on=PRINTED)
    del printer
    text = _normalised(" ".join(_pages(tmp_path / "printed.pdf")))
    assert TITLE in text and f"page {pages} of {pages}" in text


def test_report_builders_tell_their_progress_and_stop_when_told(qapp, demo_store: Store) -> None:
    from desktop.reports.progress_report import partner_briefing

    calls: list[tuple[int, int]] = []
    portfolio_report(demo_store, database_name="d", progress=lambda *step: calls.append(step))
    assert calls == [(0, 1), (1, 1)]  # the demo has one commitment
    calls.clear()
    partner_briefing(demo_store, "BLR", database_name="d", progress=lambda *s: calls.append(s))
    assert calls[0] == (0, calls[0][1]) and calls[-1] == (calls[0][1], calls[0][1])
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done:
            raise Cancelled

    with pytest.raises(Cancelled):
        partner_briefing(demo_store, "BLR", database_name="d", progress=cancel)
