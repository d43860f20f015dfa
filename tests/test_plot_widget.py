"""The plot widget: embedded canvas with toolbar, and Save as PNG, SVG or PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from database.demo import demo_uuid
from desktop.plots.plot_widget import PlotWidget
from desktop.views.commitment_plot_view import CommitmentPlotView, file_name_for

MAGIC = {".png": b"\x89PNG", ".pdf": b"%PDF", ".svg": b"<?xml"}


@pytest.fixture
def plot_view(qtbot: QtBot, demo_store) -> CommitmentPlotView:
    view = CommitmentPlotView()
    qtbot.addWidget(view)
    commitment = demo_store.conn.execute("SELECT id FROM commitments WHERE uuid = ?",
                                         (demo_uuid("commitment:turnover-500m"),)).fetchone()[0]
    view.show_commitment(demo_store, commitment)
    return view


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_saving_writes_each_format(plot_view: CommitmentPlotView, tmp_path: Path, suffix: str) -> None:
    path = plot_view.plot.save_to(tmp_path / f"plot{suffix}")
    data = path.read_bytes()
    assert data.startswith(MAGIC[suffix])
    if suffix == ".svg":
        # The saved drawing carries the definition of the metric, as every plot must.
        assert "as reported by Kyrgyzstan" in data.decode("utf-8")


def test_an_unknown_suffix_is_refused(plot_view: CommitmentPlotView, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        plot_view.plot.save_to(tmp_path / "plot.jpeg")
    assert not (tmp_path / "plot.jpeg").exists()


def test_save_as_button_asks_and_writes(plot_view: CommitmentPlotView, qtbot: QtBot, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "chosen.pdf"
    monkeypatch.setattr(plot_view.plot, "ask_save_path", lambda: target)
    with qtbot.waitSignal(plot_view.plot.saved) as saved:
        qtbot.mouseClick(plot_view.plot.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    assert plot_view.plot.suggested_name == (
        "raise-mutual-trade-turnover-to-usd-500-million-within-five-years")


def test_the_toolbar_has_navigation_but_not_a_second_save(qtbot: QtBot) -> None:
    widget = PlotWidget()
    qtbot.addWidget(widget)
    texts = [action.text() for action in widget.toolbar.actions()]
    assert "Pan" in texts and "Zoom" in texts and "Home" in texts
    assert "Save" not in texts
    assert type(widget.canvas).__module__.startswith("matplotlib.backends.backend_qt")


def test_no_commitment_shows_a_hint_and_a_deleted_one_clears(plot_view: CommitmentPlotView,
                                                             demo_store) -> None:
    assert plot_view.axes is not None
    plot_view.show_commitment(demo_store, None)
    assert plot_view.axes is None
    assert "Select a commitment" in plot_view.plot.figure.texts[0].get_text()
    plot_view.show_commitment(demo_store, 999)  # no such commitment: nothing to draw
    assert plot_view.commitment_id is None and plot_view.axes is None


def test_file_names_are_safe() -> None:
    assert file_name_for("Raise <trade> / exports: 2030!") == "raise-trade-exports-2030"
    assert file_name_for("***") == "commitment"
