"""``--self-test``: prove the installation works end to end on a temporary database."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path


def run_self_test(out=sys.stdout) -> int:
    """Migrate, load the demo, compute status, draw a plot and write a PDF; 0 if all worked."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="commitment-tracker-self-test-") as folder:
        folder_path = Path(folder)
        state: dict = {}

        def step(name: str, action: Callable[[], str]) -> None:
            nonlocal failures
            try:
                detail = action()
                print(f"ok    {name}: {detail}", file=out)
            except Exception:  # the self-test reports every failure instead of stopping
                failures += 1
                print(f"FAIL  {name}", file=out)
                traceback.print_exc(file=out)

        def migrate() -> str:
            from database import open_database
            # Like every writer, under the writer lock (the file is new, so it is free).
            state["store"] = open_database(folder_path / "self-test.sqlite", writer_lock=True)
            return ", ".join(state["store"].schema_migrations())

        def demo() -> str:
            from database.demo import load_demo
            return f"{load_demo(state['store']).created} records"

        def status() -> str:
            from database.services.status import all_statuses
            state["statuses"] = all_statuses(state["store"])
            if not state["statuses"]:
                raise RuntimeError("no commitment in the demo data")
            return ", ".join(f"#{s.id} {s.status.value}" for s in state["statuses"])

        def plot() -> str:
            from matplotlib.backends.backend_agg import FigureCanvasAgg
            from matplotlib.figure import Figure

            from database.services.plot_data import commitment_plot_data
            from desktop.plots.commitment_plot import draw_commitment_plot

            figure = Figure(figsize=(8, 5), dpi=100)
            FigureCanvasAgg(figure)
            draw_commitment_plot(figure, commitment_plot_data(state["store"], state["statuses"][0].id))
            png = folder_path / "plot.png"
            figure.savefig(png)
            return f"{png.stat().st_size} bytes PNG"

        def pdf() -> str:
            from PySide6.QtGui import QGuiApplication

            from desktop.reports.status_summary import status_summary_html, write_pdf

            _app = QGuiApplication.instance() or QGuiApplication(["commitment-tracker"])
            html_text = status_summary_html(state["statuses"], database_name="self-test.sqlite",
                                            printed_on=date.today())
            path = write_pdf(html_text, folder_path / "summary.pdf")
            if not path.read_bytes().startswith(b"%PDF"):
                raise RuntimeError("the PDF file has no PDF header")
            return f"{path.stat().st_size} bytes PDF"

        for name, action in [("migrate", migrate), ("demo", demo), ("status", status),
                             ("plot", plot), ("pdf", pdf)]:
            step(name, action)
        if "store" in state:
            state["store"].close()
    print("self-test passed" if failures == 0 else f"self-test FAILED ({failures} step(s))", file=out)
    return 0 if failures == 0 else 1
