"""The plots of a long report, drawn by worker processes: the same pictures, in the language of
the report, with progress, and a Cancel that stops them."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PIL import Image

from database import open_database
from desktop.reports import plot_pool
from desktop.reports.plot_pool import PARALLEL_FROM, draw_commitment_plots
from desktop.reports.progress_report import plot_png
from desktop.reports.report_html import PLOT_DPI

sys.path.insert(0, str(Path(__file__).parent))
from report_fixtures import add_portfolio  # noqa: E402


@pytest.fixture
def portfolio(tmp_path: Path):
    store = open_database(tmp_path / "portfolio.sqlite")
    ids = add_portfolio(store, PARALLEL_FROM + 1)
    yield store, ids
    store.close()


def _pixels(png: bytes) -> tuple[tuple[int, int], bytes]:
    image = Image.open(io.BytesIO(png))
    return image.size, image.convert("RGB").tobytes()


def test_workers_draw_the_same_plots_as_this_process(portfolio, monkeypatch) -> None:
    store, ids = portfolio
    started = []
    real_start = plot_pool.ProcessPoolExecutor

    def counting(*args, **kwargs):
        started.append(kwargs.get("max_workers"))
        return real_start(*args, **kwargs)

    monkeypatch.setattr(plot_pool, "ProcessPoolExecutor", counting)
    monkeypatch.setattr(plot_pool.os, "cpu_count", lambda: 2)
    progress: list[tuple[int, int]] = []
    images = draw_commitment_plots(store, ids, today=None, dpi=PLOT_DPI,
                                   progress=lambda done, total: progress.append((done, total)))

    assert started == [2]  # drawn by two worker processes, not here
    assert sorted(images) == sorted(ids)
    assert progress[-1] == (len(ids), len(ids))
    assert [done for done, _total in progress] == sorted(done for done, _total in progress)
    for commitment_id in (ids[0], ids[-1]):
        assert _pixels(images[commitment_id]) == _pixels(plot_png(store, commitment_id))
    width, _height = Image.open(io.BytesIO(images[ids[0]])).size
    assert width >= 7.0 * 200  # at least 200 dpi at the report's plot width


def test_a_short_report_is_drawn_here(portfolio, monkeypatch) -> None:
    store, ids = portfolio
    monkeypatch.setattr(plot_pool, "ProcessPoolExecutor",
                        lambda *a, **k: pytest.fail("no worker for a few plots"))
    images = draw_commitment_plots(store, ids[:3], today=None, dpi=PLOT_DPI)
    assert sorted(images) == sorted(ids[:3])


def test_cancel_from_progress_stops_the_workers(portfolio, monkeypatch) -> None:
    store, ids = portfolio
    monkeypatch.setattr(plot_pool.os, "cpu_count", lambda: 2)

    def cancel(done: int, _total: int) -> None:
        if done >= 1:
            raise InterruptedError("cancelled")

    with pytest.raises(InterruptedError):
        draw_commitment_plots(store, ids, today=None, dpi=PLOT_DPI, progress=cancel)


def test_workers_draw_in_the_language_of_the_report(portfolio, monkeypatch, qapp) -> None:
    from desktop.i18n import install_language

    store, ids = portfolio
    monkeypatch.setattr(plot_pool.os, "cpu_count", lambda: 2)
    english = plot_png(store, ids[0])
    install_language(qapp, "ru")
    try:
        images = draw_commitment_plots(store, ids, today=None, dpi=PLOT_DPI)
        russian_here = plot_png(store, ids[0])
    finally:
        install_language(qapp, "en")
    assert _pixels(russian_here) != _pixels(english)  # the legend and axis texts differ
    assert _pixels(images[ids[0]]) == _pixels(russian_here)


def test_a_worker_that_dies_leaves_the_plots_to_this_process(portfolio, monkeypatch) -> None:
    store, ids = portfolio
    monkeypatch.setattr(plot_pool.os, "cpu_count", lambda: 2)
    # A worker that cannot open the database dies in its initializer: the pool breaks.
    monkeypatch.setattr(plot_pool, "_start_worker", _die)
    images = draw_commitment_plots(store, ids, today=None, dpi=PLOT_DPI)
    assert sorted(images) == sorted(ids)
    assert _pixels(images[ids[1]]) == _pixels(plot_png(store, ids[1]))


def _die(*_args) -> None:
    import os as _os

    _os._exit(3)
