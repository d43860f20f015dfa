"""Reports from the window: the report dialog, the worker thread, progress, Cancel, the files."""

from __future__ import annotations

import os
import stat
import time
import unicodedata
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from report_fixtures import add_portfolio

from database import open_database, queries
from database.demo import load_demo
from desktop.forms.report_dialog import PAGE_SIZE_KEY, ReportDialog, locale_page_size
from desktop.main_window import MainWindow
from desktop.report_worker import (
    COMMITMENT,
    PARTNER,
    PHASE_BUILD,
    PHASE_WRITE,
    PORTFOLIO,
    ReportRequest,
)

DEMO_COMMITMENT = "Raise mutual trade turnover to USD 500 million within five years"
WORKER_TIMEOUT_MS = 120_000


def _open_window(qtbot: QtBot, path: Path) -> MainWindow:
    main = MainWindow(open_database(path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path):
    store = open_database(tmp_path / "demo.sqlite")
    load_demo(store)
    store.close()
    main = _open_window(qtbot, tmp_path / "demo.sqlite")
    yield main
    main.close()
    main.store.close()


@pytest.fixture
def big_window(qtbot: QtBot, tmp_path: Path):
    """A window on eight commitments with plots: seconds of work for the worker."""
    store = open_database(tmp_path / "many.sqlite")
    add_portfolio(store, 8)
    store.close()
    main = _open_window(qtbot, tmp_path / "many.sqlite")
    yield main
    main.close()
    main.store.close()


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    # Qt writes typographic ligatures (ﬁ, ﬀ, ...), which pypdf returns as single characters.
    return unicodedata.normalize("NFKC", text)


def _save_as(monkeypatch: pytest.MonkeyPatch, out: Path) -> list[str]:
    """Answer the save dialog with ``out``; returns the default names it was offered."""
    offered: list[str] = []

    def answer(_parent, _caption, default, _filter):
        offered.append(default)
        return str(out), ""
    monkeypatch.setattr("desktop.main_window.QFileDialog.getSaveFileName", answer)
    return offered


def _report_dialog(window: MainWindow, action_name: str) -> ReportDialog:
    getattr(window, action_name).trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    return dialog


def _wait_for_report(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.active_report is not None
                    and not window.active_report.is_running()
                    and window.active_report.progress is None, timeout=WORKER_TIMEOUT_MS)


def test_partner_briefing_of_belarus_is_written_as_pdf(window: MainWindow, qtbot: QtBot,
                                                       tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "briefing.pdf"
    offered = _save_as(monkeypatch, out)
    dialog = _report_dialog(window, "export_pdf_action")
    qtbot.keyClicks(dialog.kind_combo, "Partner briefing")
    assert dialog.kind_combo.currentText() == "Partner briefing"
    qtbot.keyClicks(dialog.partner_combo, "Belarus")
    assert dialog.partner_combo.currentData() == "BLR"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    _wait_for_report(qtbot, window)
    assert Path(offered[0]).name == "partner-briefing-BLR.pdf"
    text = _pdf_text(out)
    assert DEMO_COMMITMENT in text
    assert "demo.sqlite" in text  # the footer names the database
    assert sorted(p.name for p in tmp_path.iterdir() if "pdf" in p.name) == ["briefing.pdf"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask  # a document, not owner-only
    assert str(out) in window.statusBar().currentMessage()


def test_one_commitment_of_the_commitments_page_is_prefilled(window: MainWindow, qtbot: QtBot,
                                                             tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_page("commitments")
    view = window.lists["commitments"]
    (commitment_id,) = [row["id"] for row in queries.commitments(window.store)]
    first_row = view.table.visualRect(view.proxy.index(0, 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    assert view.current_id() == commitment_id
    out = tmp_path / "one.pdf"
    _save_as(monkeypatch, out)
    dialog = _report_dialog(window, "export_pdf_action")
    assert dialog.kind() == COMMITMENT
    assert dialog.commitment_combo.currentData() == commitment_id
    assert dialog.partner_combo.currentData() == "BLR"  # a switch to the briefing keeps Belarus
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _wait_for_report(qtbot, window)
    from pypdf import PdfReader

    assert len(PdfReader(out).pages) == 1
    assert DEMO_COMMITMENT in _pdf_text(out)


def test_dashboard_partner_filter_and_timeline_partner_prefill_the_dialog(window: MainWindow) -> None:
    window.dashboard.set_partner_filter("BLR")
    dialog = _report_dialog(window, "print_preview_action")
    assert dialog.request() == ReportRequest(PORTFOLIO, partner="BLR",
                                             page_size=dialog.page_size_combo.currentData())
    dialog.reject()
    window.show_page("timeline")
    dialog = _report_dialog(window, "print_action")
    assert dialog.kind() == PARTNER and dialog.partner_combo.currentData() == "BLR"
    dialog.reject()


def test_paper_size_follows_the_locale_and_is_remembered(window: MainWindow, qtbot: QtBot,
                                                        tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader

    assert locale_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "Letter"
    assert locale_page_size(QLocale(QLocale.Language.French, QLocale.Country.Canada)) == "Letter"
    assert locale_page_size(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "A4"
    out = tmp_path / "a4.pdf"
    _save_as(monkeypatch, out)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        dialog = _report_dialog(window, "export_pdf_action")
        assert dialog.page_size_combo.currentText() == "Letter"
        qtbot.keyClicks(dialog.page_size_combo, "A4")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        _wait_for_report(qtbot, window)
        # The next time, A4 is offered again although the locale says Letter.
        dialog = ReportDialog(window.store, ReportRequest(page_size=""), window)
        qtbot.addWidget(dialog)
        assert dialog.page_size_combo.currentText() == "A4"
    finally:
        QLocale.setDefault(previous)
    assert QSettings().value(PAGE_SIZE_KEY) == "A4"
    width_mm = float(PdfReader(out).pages[0].mediabox.width) * 25.4 / 72
    assert round(width_mm) == 210


def test_a_briefing_without_partners_cannot_be_asked_for(qtbot: QtBot, store) -> None:
    dialog = ReportDialog(store, ReportRequest(PARTNER, page_size="A4"))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert "No partner country" in dialog.hint_label.text()
    qtbot.keyClicks(dialog.kind_combo, "Portfolio")
    assert dialog.ok_button.isEnabled() and dialog.hint_label.isHidden()


def test_print_preview_paints_the_report_the_worker_built(window: MainWindow, qtbot: QtBot,
                                                          tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    out = tmp_path / "preview.pdf"
    shown: list[str] = []

    def exec_preview(preview: QPrintPreviewDialog) -> int:
        # Instead of a screen, the preview paints on a PDF printer that can be read back.
        shown.append(preview.objectName())
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        preview.paintRequested.emit(printer)
        return 0
    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_preview)
    dialog = _report_dialog(window, "print_preview_action")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=WORKER_TIMEOUT_MS)
    assert shown == ["reportPreview"]
    text = _pdf_text(out)
    assert "Progress summary" in text and DEMO_COMMITMENT in text
    assert "page 1 of" in text


def test_print_paints_the_printer_in_the_worker(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    out = tmp_path / "printed.pdf"

    def exec_print_dialog(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # "print to file"
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted
    monkeypatch.setattr(QPrintDialog, "exec", exec_print_dialog)
    dialog = _report_dialog(window, "print_action")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _wait_for_report(qtbot, window)
    assert window.active_report.outcome.pages >= 2
    assert DEMO_COMMITMENT in _pdf_text(out)
    assert "printer" in window.statusBar().currentMessage()


@pytest.mark.parametrize("phase", [PHASE_BUILD, PHASE_WRITE],
                         ids=["between-commitments", "while-writing-pages"])
def test_cancel_during_a_long_report_leaves_no_file(big_window: MainWindow, qtbot: QtBot,
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    phase: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "portfolio.pdf"
    _save_as(monkeypatch, out)
    dialog = _report_dialog(big_window, "export_pdf_action")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    run = big_window.active_report
    # Cancel once some commitments are drawn (the bar counts them), or once pages are written.
    qtbot.waitUntil(lambda: run.progress is not None and run.progress.isVisible()
                    and run.phase == phase and run.progress.value() >= 1, timeout=WORKER_TIMEOUT_MS)
    assert run.is_running()
    done_when_cancelled = run.progress.value()
    qtbot.mouseClick(run.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    _wait_for_report(qtbot, big_window)
    assert run.worker.was_cancelled and run.outcome is None
    assert list(folder.iterdir()) == []  # neither the PDF nor a staging or part file
    if phase == PHASE_BUILD:  # the worker stopped at the next commitment, not at the end
        assert done_when_cancelled < 8


def test_the_window_keeps_working_while_the_worker_builds(big_window: MainWindow, qtbot: QtBot,
                                                          tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "portfolio.pdf"
    _save_as(monkeypatch, out)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    dialog = _report_dialog(big_window, "export_pdf_action")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    start = time.perf_counter()
    timer.start()
    _wait_for_report(qtbot, big_window)
    timer.stop()
    elapsed = time.perf_counter() - start
    assert out.exists() and "Commitment 7: raise turnover with UZB" in _pdf_text(out)
    # The event loop ran all along: no gap between timer ticks comes near the time the report
    # took (a report built on the GUI thread would leave one gap as long as the whole build).
    gaps = [later - earlier for earlier, later in pairwise(ticks)]
    assert elapsed > 1.0
    assert len(ticks) > 20
    assert max(gaps) < min(1.0, elapsed / 3)


def test_dashboard_status_filter_carries_into_the_portfolio(window, qtbot: QtBot) -> None:
    from desktop.forms.report_dialog import ReportDialog
    from desktop.reports.progress_report import portfolio_report

    dashboard = window.dashboard
    dashboard.status_filter.setCurrentIndex(dashboard.status_filter.findData("no_data"))
    dialog = ReportDialog(window.store, window.report_prefill(), window, purpose="pdf")
    qtbot.addWidget(dialog)
    assert dialog.status_combo.currentData() == "no_data"
    assert dialog.request().status == "no_data"

    kept = portfolio_report(window.store, database_name="demo", status="no_data")
    none = portfolio_report(window.store, database_name="demo", status="achieved")
    title = "Raise mutual trade turnover to USD 500 million within five years"
    assert title in kept.html and "status No data since baseline" in kept.html
    assert title not in none.html and "No commitments recorded." in none.html


def test_a_pdf_over_the_database_is_refused_in_the_dialog_which_stays_open(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A tester's report: the database chosen in Export PDF's file dialog was refused as "not a
    # .pdf", after the report dialog had closed, so the user had to start again.
    db = window.store.path
    digest = db.read_bytes()
    answers = [str(db)]
    asked: list[str] = []

    def answer(_parent, _caption, default, _filter):
        asked.append(default)
        return answers.pop(0), ""
    monkeypatch.setattr("desktop.main_window.QFileDialog.getSaveFileName", answer)
    dialog = _report_dialog(window, "export_pdf_action")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and window.active_dialog is dialog
    assert window.active_report is None, "no report was started"
    assert dialog.problem_label.isVisible()
    assert "this is the database" in dialog.problem_label.text()
    assert str(db) in dialog.problem_label.text()
    assert db.read_bytes() == digest

    answers.append(str(tmp_path / "summary"))  # another name; without .pdf it gets it
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _wait_for_report(qtbot, window)
    out = tmp_path / "summary.pdf"
    assert DEMO_COMMITMENT in _pdf_text(out)
    assert str(out) in window.statusBar().currentMessage()
    assert Path(asked[0]).name == "progress-summary.pdf"
    assert window.active_dialog is None  # accepted and closed this time
