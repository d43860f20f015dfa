"""Exports are written atomically: an export that fails half way leaves an existing file of the
same name exactly as it was, and no partial or temporary file behind."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from database import open_database
from database.demo import load_demo
from database.trade_io import export_trade
from desktop.main_window import MainWindow

PREVIOUS = b"the previous export, which must survive\n"


def _disk_full() -> OSError:
    return OSError(errno.ENOSPC, "No space left on device")


def _leftovers(folder: Path, target: Path) -> list[Path]:
    """Files beside ``target`` other than the target itself (temporary files of the export)."""
    return [p for p in folder.iterdir() if p != target and target.name in p.name]


@pytest.fixture
def demo_store(tmp_path: Path):
    store = open_database(tmp_path / "demo.sqlite")
    load_demo(store)
    yield store
    store.close()


def test_a_list_export_failing_half_way_keeps_the_previous_file(
        qtbot: QtBot, demo_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    target = out_folder / "meetings.csv"
    target.write_bytes(PREVIOUS)
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    monkeypatch.setattr(MainWindow, "ask_load_demo", lambda self: False)
    monkeypatch.setattr("desktop.main_window.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr("desktop.main_window.QMessageBox.critical",
                        lambda parent, title, text: shown.append(text))
    from desktop import csv_export

    real_cell = csv_export._cell
    calls = []

    def cell_then_full_disk(*args):
        calls.append(args)
        if len(calls) > 10:  # some rows are written, then the disk is full
            raise _disk_full()
        return real_cell(*args)

    monkeypatch.setattr(csv_export, "_cell", cell_then_full_disk)
    window.show_page("meetings")
    window.export_list_action.trigger()

    assert len(calls) > 10, "the export got under way before it failed"
    assert shown and "No space left on device" in shown[0]
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(out_folder, target) == []
    window.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_trade_export_failing_half_way_keeps_the_previous_file(
        demo_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    from database.trade_io import exporter

    target = tmp_path / f"figures{suffix}"
    target.write_bytes(PREVIOUS)
    monkeypatch.setattr(exporter, "_PROGRESS_EVERY", 1)
    rows_seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        rows_seen.append(done)
        if done == 2:
            raise _disk_full()
        return True

    with pytest.raises(OSError, match="No space left"):
        export_trade(demo_store, target, progress=progress)
    assert rows_seen == [1, 2]
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(tmp_path, target) == []
    # The same export without the failure replaces the file completely.
    assert export_trade(demo_store, target) == 8  # the demo's eight figures
    assert target.read_bytes() != PREVIOUS


def test_a_pdf_report_failing_half_way_keeps_the_previous_file(qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.reports.progress_report import write_report_pdf

    class HalfAReport:
        """Enough of a report to start the PDF, not enough to paint it."""

        title = "Progress summary"

    target = tmp_path / "summary.pdf"
    target.write_bytes(PREVIOUS)
    with pytest.raises(AttributeError):
        write_report_pdf(HalfAReport(), target, database_name="demo.sqlite")
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(tmp_path, target) == []


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_a_plot_save_failing_half_way_keeps_the_previous_file(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    from desktop.plots.plot_widget import PlotWidget

    widget = PlotWidget()
    qtbot.addWidget(widget)
    widget.figure.add_subplot().plot([2023, 2024, 2025], [133, 150, 170])
    target = tmp_path / f"plot{suffix}"
    target.write_bytes(PREVIOUS)
    real_savefig = widget.figure.savefig

    def half_then_full_disk(fname, **kwargs):
        with open(fname, "wb") as f:
            f.write(b"half a drawing")
        raise _disk_full()

    monkeypatch.setattr(widget.figure, "savefig", half_then_full_disk)
    with pytest.raises(OSError, match="No space left"):
        widget.save_to(target)
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(tmp_path, target) == []

    monkeypatch.setattr(widget.figure, "savefig", real_savefig)
    saved: list[str] = []
    widget.saved.connect(saved.append)
    assert widget.save_to(target) == target
    assert saved == [str(target)]
    assert target.read_bytes() != PREVIOUS and target.stat().st_size > 100
