"""A reusable plot area: a matplotlib figure, its navigation toolbar and "Save as…".

matplotlib takes about half a second to import, so this module imports it only when a widget is
created: the window opens first, and the cost is paid when a plot is first shown.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QSize, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from database.atomic_file import atomic_output
from database.errors import CommitmentTrackerError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# The formats offered by Save as…, by file suffix.
SAVE_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
PNG_DPI = 150  # sharper than the screen, still small enough to paste into a report
LAST_FOLDER_KEY = "plots/last_folder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlotWidget", text)


def _import_matplotlib_qt():
    """The Qt canvas and toolbar classes, with matplotlib bound to PySide6.

    PySide6 is already imported and QT_API names it, so a PyQt installed beside it on a
    workstation is never loaded into the same process.
    """
    os.environ.setdefault("QT_API", "pyside6")
    from matplotlib.backends.backend_qtagg import (
        FigureCanvasQTAgg,
        NavigationToolbar2QT,
    )
    from matplotlib.figure import Figure

    class ToolbarWithoutSave(NavigationToolbar2QT):
        """matplotlib's toolbar minus its own save button: "Save as…" beside it offers our formats."""

        toolitems: ClassVar[list] = [item for item in NavigationToolbar2QT.toolitems
                                     if item[0] != "Save"]

    return Figure, FigureCanvasQTAgg, ToolbarWithoutSave


class PlotWidget(QWidget):
    """A figure on a canvas with pan/zoom toolbar and Save as PNG, SVG or PDF.

    Owners draw on :attr:`figure` and call :meth:`redraw`. ``suggested_name`` is the file name
    Save as… proposes. ``saved`` carries the path of a written file.
    """

    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, figure_size: tuple[float, float] = (8, 4.5)) -> None:
        super().__init__(parent)
        figure_class, canvas_class, toolbar_class = _import_matplotlib_qt()
        self.figure: Figure = figure_class(figsize=figure_size, dpi=100)
        self.canvas = canvas_class(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(QSize(320, 220))
        self.toolbar = toolbar_class(self.canvas, self)
        self.toolbar.setIconSize(QSize(18, 18))
        self.suggested_name = "plot"
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePlotButton")
        self._build_ui()
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.retranslate_ui()

    def _build_ui(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.toolbar)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)

    def retranslate_ui(self) -> None:
        """Set the user-visible strings."""
        self.save_button.setText(_tr("&Save as…"))
        self.save_button.setToolTip(_tr("Save the plot as a PNG image, an SVG drawing or a PDF"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def redraw(self) -> None:
        """Repaint after drawing on the figure, once the event loop is idle."""
        self.canvas.draw_idle()

    def save_to(self, path: Path) -> Path:
        """Write the figure to ``path``; its suffix (.png, .svg or .pdf) picks the format.

        Raises ValueError for another suffix and OSError if the file cannot be written.
        """
        path = Path(path)
        file_format = SAVE_FORMATS.get(path.suffix.lower())
        if file_format is None:
            raise ValueError(f"{path.suffix or path.name!r} is not one of "
                             f"{', '.join(SAVE_FORMATS)}")
        # Drawn into a hidden file beside the target and renamed when complete: a failure half
        # way (a full disk, a figure that cannot be drawn) never leaves half a file, and an
        # existing file of that name stays as it was.
        with atomic_output(path) as temporary:
            self.figure.savefig(temporary, format=file_format,
                                dpi=PNG_DPI if file_format == "png" else "figure")
        self.saved.emit(str(path))
        return path

    def ask_save_path(self) -> Path | None:
        """Ask where to save (tests replace this); the chosen filter's suffix is added if missing."""
        settings = QSettings()
        folder = str(settings.value(LAST_FOLDER_KEY, str(Path.home())))
        filters = {_tr("PNG image (*.png)"): ".png", _tr("SVG drawing (*.svg)"): ".svg",
                   _tr("PDF document (*.pdf)"): ".pdf"}
        file_name, chosen = QFileDialog.getSaveFileName(
            self, _tr("Save plot"), str(Path(folder) / f"{self.suggested_name}.png"),
            ";;".join(filters))
        if not file_name:
            return None
        path = Path(file_name)
        if path.suffix.lower() not in SAVE_FORMATS:
            path = path.with_name(path.name + filters.get(chosen, ".png"))
        settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        return path

    def _on_save_button_clicked(self) -> None:
        path = self.ask_save_path()
        if path is None:
            return
        try:
            self.save_to(path)
        # CommitmentTrackerError: the file is a database, one of its files or a backup.
        except (OSError, ValueError, CommitmentTrackerError) as exc:
            QMessageBox.warning(self, _tr("Save plot"),
                                _tr("The plot could not be saved:\n{0}").format(str(exc)))
