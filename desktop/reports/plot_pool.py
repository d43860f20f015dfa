"""Drawing the commitment plots of a long report on several processor cores at once.

matplotlib draws about four plots a second on one core and holds the GIL while it does, so a
fifty-commitment portfolio spent most of its time drawing, one plot after the other. Plots are
independent of each other: worker processes (as many as there are cores, at most
``MAX_WORKERS``), each with its own read-only connection to the database file and the same
language and locale as the report, draw them at the same time. Short reports, and a store whose
state another process cannot see (an open transaction, no file), are drawn here in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from pathlib import Path

from database.store import Store

# Below this many plots, starting workers (about a second each) costs more than it saves.
PARALLEL_FROM = 8
MAX_WORKERS = 4

PlotProgress = Callable[[int, int], None]

_worker_store: Store | None = None
_worker_app = None  # the worker's QCoreApplication: translators need one


def _start_worker(db_path: str, language: str, locale_name: str) -> None:
    """Set up a worker process: Qt translation and locale as in the report, a read-only store."""
    global _worker_store, _worker_app
    from PySide6.QtCore import QCoreApplication, QLocale

    from database import open_database
    from desktop.i18n import install_language

    _worker_app = QCoreApplication.instance() or QCoreApplication(["commitment-tracker-plots"])
    install_language(_worker_app, language)
    QLocale.setDefault(QLocale(locale_name))
    _worker_store = open_database(Path(db_path), read_only=True, migrate=False,
                                  integrity_check=False)


def _draw(commitment_id: int, today: date | None, dpi: int) -> tuple[int, bytes]:
    from desktop.reports.progress_report import plot_png

    assert _worker_store is not None
    return commitment_id, plot_png(_worker_store, commitment_id, today=today, dpi=dpi)


def _workers_for(store: Store, count: int) -> int:
    """How many worker processes to use for ``count`` plots (0: draw them here)."""
    cores = os.cpu_count() or 1
    if count < PARALLEL_FROM or cores < 2 or store.conn.in_transaction:
        return 0
    if not Path(store.path).is_file():
        return 0
    return min(cores, MAX_WORKERS)


def draw_commitment_plots(store: Store, commitment_ids: list[int], *, today: date | None,
                          dpi: int, progress: PlotProgress | None = None) -> dict[int, bytes]:
    """The PNG of each commitment's plot, by id; ``progress(done, total)`` as plots are ready.

    ``progress`` may raise to stop: plots not yet started are cancelled and the exception goes
    on to the caller.
    """
    from desktop.reports.progress_report import plot_png

    total = len(commitment_ids)
    workers = _workers_for(store, total)
    images: dict[int, bytes] = {}
    if not workers:
        for done, commitment_id in enumerate(commitment_ids, start=1):
            images[commitment_id] = plot_png(store, commitment_id, today=today, dpi=dpi)
            if progress is not None:
                progress(done, total)
        return images

    from PySide6.QtCore import QLocale

    from desktop.i18n import current_language

    # "spawn": a fresh interpreter per worker; forking a process that runs Qt threads is unsafe.
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                   initializer=_start_worker,
                                   initargs=(str(store.path), current_language(), QLocale().name()))
    waiting = deque(commitment_ids)
    pending: set[Future] = set()

    def hand_out() -> None:
        # A few plots per worker at a time, so that this process can still take some.
        while waiting and len(pending) < 2 * workers:
            pending.add(executor.submit(_draw, waiting.popleft(), today, dpi))

    def collect(finished: set[Future]) -> None:
        for future in finished:
            commitment_id, png = future.result()
            images[commitment_id] = png

    try:
        hand_out()
        while pending or waiting:
            if waiting and len(images) == 0:
                # The workers are still starting (about a second): draw one here meanwhile,
                # from the end of the list.
                commitment_id = waiting.pop()
                images[commitment_id] = plot_png(store, commitment_id, today=today, dpi=dpi)
                finished, pending = wait(pending, timeout=0)
            else:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            collect(finished)
            hand_out()
            if progress is not None:
                progress(len(images), total)
    except (BrokenProcessPool, OSError):
        # A worker could not start or died (no room for another process, a program that cannot
        # be imported again): the report is still made, with the rest drawn here.
        executor.shutdown(wait=True, cancel_futures=True)
        for commitment_id in commitment_ids:
            if commitment_id not in images:
                images[commitment_id] = plot_png(store, commitment_id, today=today, dpi=dpi)
                if progress is not None:
                    progress(len(images), total)
        return images
    except BaseException:
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    executor.shutdown(wait=True)
    return images
