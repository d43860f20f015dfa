"""Paths that would destroy a database: no output file is ever written over the database, its
-wal/-shm/lock file or a backup; a report must be a .pdf; a file to import must not be the
database itself.

The commands run as a user runs them (a subprocess); the window's writers (list CSV export,
trade export, PDF report, plot Save as) run in the window and must say no in their dialog.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from cli_runner import run_cli

from database import open_database
from database.backups import backup_file, list_backups
from database.demo import load_demo
from database.lock import lock_path_for
from database.output_paths import OutputPathError, check_output_path


def _demo(path: Path) -> Path:
    store = open_database(path)
    load_demo(store)
    store.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _quick_check(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check")]
    finally:
        conn.close()


def _one_line_error(result, *must_contain: str) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    for text in must_contain:
        assert text in line, line
    return line


# --- the rule --------------------------------------------------------------------------------


def test_the_rule_names_the_database_its_own_files_and_backups(tmp_path):
    db = _demo(tmp_path / "commitments.sqlite")
    info = backup_file(db)
    for refused in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-journal"),
                    lock_path_for(db), info.path, Path(f"{info.path}-wal"),
                    tmp_path / "commitments.before-0003-20260101T000000Z.sqlite",
                    tmp_path / "sub" / ".." / "commitments.sqlite"):
        with pytest.raises(OutputPathError) as caught:
            check_output_path(refused, db)
        assert str(refused) in str(caught.value)
    assert check_output_path(tmp_path / "report.pdf", db) == tmp_path / "report.pdf"
    with pytest.raises(OutputPathError):
        check_output_path(tmp_path / "report.sqlite", db, pdf=True)
    check_output_path(tmp_path / "report.PDF", db, pdf=True)



def test_a_report_over_the_database_or_a_backup_is_refused_as_such_not_as_a_non_pdf(tmp_path):
    # A tester's report: trial.sqlite (the database) chosen as the PDF was refused with "the
    # file name must end in .pdf" rather than "this is the database".
    db = _demo(tmp_path / "trial.sqlite")
    info = backup_file(db)
    for refused, code, words in ((db, "database_file", "this is the database"),
                                 (Path(f"{db}-wal"), "database_file", "this is the database"),
                                 (info.path, "backup_file", "this is a backup")):
        with pytest.raises(OutputPathError) as caught:
            check_output_path(refused, db, pdf=True)
        assert caught.value.code == code and words in str(caught.value)
    with pytest.raises(OutputPathError) as caught:
        check_output_path(tmp_path / "notes.txt", db, pdf=True)
    assert caught.value.code == "not_pdf"

def test_a_hard_link_or_a_symbolic_link_to_the_database_is_the_database(tmp_path):
    db = _demo(tmp_path / "commitments.sqlite")
    (tmp_path / "hard.pdf").hardlink_to(db)
    (tmp_path / "soft.pdf").symlink_to(db)
    for refused in (tmp_path / "hard.pdf", tmp_path / "soft.pdf"):
        with pytest.raises(OutputPathError):
            check_output_path(refused, db)


def test_a_database_this_process_opened_is_protected_without_being_named(tmp_path):
    db = tmp_path / "figures.pdf"  # an odd name, but a database all the same
    store = open_database(db)
    store.close()
    with pytest.raises(OutputPathError):
        check_output_path(db)


# --- the commands ----------------------------------------------------------------------------


@pytest.mark.parametrize("out", ["commitments.sqlite", "notes.txt"])
def test_report_refuses_the_database_and_anything_but_a_pdf(tmp_path, out):
    db = _demo(tmp_path / "commitments.sqlite")
    digest = _digest(db)
    result = run_cli("--db", str(db), "report", "--out", out, cwd=tmp_path)
    _one_line_error(result, out)
    assert _digest(db) == digest and _quick_check(db) == ["ok"]
    assert not (tmp_path / "notes.txt").exists()
    assert list_backups(db, with_counts=False) == []


def test_report_refuses_a_database_named_like_a_pdf(tmp_path):
    db = _demo(tmp_path / "minutes.pdf")
    digest = _digest(db)
    result = run_cli("--db", str(db), "report", "--out", str(db), cwd=tmp_path)
    _one_line_error(result, str(db), "database")
    assert _digest(db) == digest


def test_export_trade_refuses_the_database(tmp_path):
    db = _demo(tmp_path / "figures.csv")
    digest = _digest(db)
    result = run_cli("--db", str(db), "export-trade", str(db), cwd=tmp_path)
    _one_line_error(result, str(db), "database")
    assert _digest(db) == digest


@pytest.mark.parametrize("target", ["commitments.sqlite-wal", "commitments.sqlite-shm",
                                    "commitments.sqlite.lock",
                                    "backups/commitments-20260101T000000Z-manual.sqlite"])
def test_backup_to_refuses_the_files_of_the_database_and_backup_names(tmp_path, target):
    db = _demo(tmp_path / "commitments.sqlite")
    (tmp_path / "backups").mkdir()
    digest = _digest(db)
    result = run_cli("--db", str(db), "backup", "--to", target, cwd=tmp_path)
    _one_line_error(result, target)
    assert not (tmp_path / target).exists()
    assert _digest(db) == digest
    # ... and the database still opens as it was (no stray -wal, no lock file that is a copy).
    assert run_cli("--db", str(db), "status", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_import_trade_refuses_the_database_itself(tmp_path, suffix):
    db = _demo(tmp_path / "commitments.sqlite")
    source = Path(f"{db}{suffix}")
    if suffix:
        source.write_bytes(b"reporter,partner,period,flow,product,value_usd\n")
    digest = _digest(db)
    result = run_cli("--db", str(db), "import-trade", str(source), cwd=tmp_path)
    _one_line_error(result, str(source), "database")
    assert _digest(db) == digest
    assert list_backups(db, with_counts=False) == [], "refused before the pre-import backup"


# --- the window ------------------------------------------------------------------------------


@pytest.fixture
def refused_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes the window shows (recorded instead of shown)."""
    shown: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        shown.append(text)

    for where in ("desktop.main_window.QMessageBox", "desktop.plots.plot_widget.QMessageBox",
                  "desktop.forms.trade_export.QMessageBox", "desktop.report_worker.QMessageBox"):
        monkeypatch.setattr(f"{where}.warning", record, raising=False)
        monkeypatch.setattr(f"{where}.critical", record, raising=False)
    return shown


def test_the_window_refuses_to_export_a_list_over_its_database(qtbot, tmp_path, monkeypatch,
                                                               refused_messages):
    from window_fixtures import demo_window

    with demo_window(qtbot, tmp_path, "meetings.csv") as window:
        db = window.store.path
        window.show_page("meetings")
        digest = _digest(db)
        monkeypatch.setattr("desktop.main_window.QFileDialog.getSaveFileName",
                            lambda *a, **k: (str(db), ""))
        window.export_current_list()
        assert _digest(db) == digest
        [message] = refused_messages
        assert str(db) in message and "database" in message


def test_the_trade_export_refuses_the_database(qtbot, tmp_path, refused_messages):
    from database.trade_queries import TradeFilter
    from desktop.forms.trade_export import TradeExport
    from window_fixtures import demo_window

    with demo_window(qtbot, tmp_path, "trade.xlsx") as window:
        db = window.store.path
        digest = _digest(db)
        export = TradeExport(window.store, TradeFilter(), window)
        with qtbot.waitSignal(export.finished, timeout=30_000) as finished:
            export.run(db)
        assert export.wait()
        assert finished.args == ["", 0]
        assert _digest(db) == digest
        [message] = refused_messages
        assert str(db) in message and "database" in message


@pytest.mark.parametrize("name", ["report.pdf", "notes.txt"])
def test_the_report_refuses_the_database_and_anything_but_a_pdf(qtbot, tmp_path, refused_messages,
                                                                 name):
    from desktop.report_worker import PORTFOLIO, ReportRequest, ReportRun
    from window_fixtures import demo_window

    with demo_window(qtbot, tmp_path, "report.pdf") as window:
        db = window.store.path
        out = tmp_path / name
        if not out.exists():
            out.write_text("the minister's notes", encoding="utf-8")
        digest, db_digest = _digest(out), _digest(db)
        run = ReportRun(window.store, ReportRequest(PORTFOLIO, page_size="A4"), window, out=out)
        with qtbot.waitSignal(run.finished, timeout=60_000) as finished:
            run.start()
        assert run.wait()
        assert finished.args == [None]
        assert _digest(out) == digest and _digest(db) == db_digest
        [message] = refused_messages
        assert str(out) in message


def test_the_plot_refuses_to_save_over_the_database(qtbot, tmp_path, monkeypatch,
                                                    refused_messages):
    from PySide6.QtCore import Qt

    from database.demo import demo_uuid
    from desktop.views.commitment_plot_view import CommitmentPlotView

    store = open_database(tmp_path / "plot.svg")
    try:
        load_demo(store)
        view = CommitmentPlotView()
        qtbot.addWidget(view)
        commitment = store.conn.execute("SELECT id FROM commitments WHERE uuid = ?",
                                        (demo_uuid("commitment:turnover-500m"),)).fetchone()[0]
        view.show_commitment(store, commitment)
        digest = _digest(store.path)
        monkeypatch.setattr(view.plot, "ask_save_path", lambda: store.path)
        saved: list[str] = []
        view.plot.saved.connect(saved.append)
        qtbot.mouseClick(view.plot.save_button, Qt.MouseButton.LeftButton)
        assert saved == [] and _digest(store.path) == digest
        [message] = refused_messages
        assert str(store.path) in message and "database" in message
    finally:
        store.close()
