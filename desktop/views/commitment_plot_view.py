"""The progress plot of one commitment, with the linear/compound required-path switch."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from database import NotFoundError
from database.clock import today
from database.progress import PathKind
from database.services.plot_data import CommitmentPlotData, commitment_plot_data
from database.store import Store
from desktop.plots.plot_widget import PlotWidget

PATH_KIND_KEY = "plots/required_path"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CommitmentPlotView", text)


FILE_NAME_LENGTH = 80


def file_name_for(title: str) -> str:
    """A file name proposed for a saved plot: the title's words, lower case, joined by hyphens.

    Whole words only, up to :data:`FILE_NAME_LENGTH` characters; no character a file system or
    shell could stumble over.
    """
    name = ""
    for word in re.findall(r"\w+", title.lower()):
        candidate = f"{name}-{word}" if name else word
        if len(candidate) > FILE_NAME_LENGTH:
            break
        name = candidate
    return name or "commitment"


class CommitmentPlotView(QWidget):
    """Shows one commitment's plot; redraws from the database on :meth:`refresh`.

    The linear/compound choice redraws from the data already read (no query) and is remembered
    for the next start.
    """

    path_kind_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commitment_id: int | None = None
        self.data: CommitmentPlotData | None = None
        self.axes = None
        self._build_ui()
        self._connect()
        self.retranslate_ui()
        stored = str(QSettings().value(PATH_KIND_KEY, PathKind.LINEAR.value))
        self.set_path_kind(PathKind(stored) if stored in {k.value for k in PathKind}
                           else PathKind.LINEAR)

    def _build_ui(self) -> None:
        self.setObjectName("commitmentPlotView")
        self.path_label = QLabel()
        self.linear_button = QRadioButton()
        self.linear_button.setObjectName("linearPathButton")
        self.compound_button = QRadioButton()
        self.compound_button.setObjectName("compoundPathButton")
        self.path_group = QButtonGroup(self)
        self.path_group.addButton(self.linear_button)
        self.path_group.addButton(self.compound_button)
        self.message = QLabel()
        self.message.setObjectName("plotMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.plot = PlotWidget(self)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.path_label)
        controls.addWidget(self.linear_button)
        controls.addWidget(self.compound_button)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(self.plot, 1)

    def _connect(self) -> None:
        self.linear_button.toggled.connect(self._on_path_button_toggled)
        self.compound_button.toggled.connect(self._on_path_button_toggled)
        # Title, subtitle and caption wrap to the canvas width, and a narrow canvas puts the
        # legend under the axes: a resize lays them out again.
        self.plot.canvas.mpl_connect("resize_event", lambda _event: self._on_canvas_resized())

    def retranslate_ui(self) -> None:
        """Set the user-visible strings."""
        self.path_label.setText(_tr("Required path:"))
        self.linear_button.setText(_tr("&Linear"))
        self.linear_button.setToolTip(_tr("The same amount of growth every year"))
        self.compound_button.setText(_tr("C&ompound"))
        self.compound_button.setToolTip(_tr("The same growth rate every year"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._draw()  # the plot's title, legend and axis labels are words too
        super().changeEvent(event)

    def path_kind(self) -> PathKind:
        """The required path drawn now."""
        return PathKind.COMPOUND if self.compound_button.isChecked() else PathKind.LINEAR

    def set_path_kind(self, kind: PathKind) -> None:
        """Draw the linear or the compound required path."""
        button = self.compound_button if kind is PathKind.COMPOUND else self.linear_button
        button.setChecked(True)

    def show_commitment(self, store: Store, commitment_id: int | None) -> None:
        """Plot ``commitment_id`` (None clears the plot)."""
        self.commitment_id = commitment_id
        self.refresh(store)

    def refresh(self, store: Store) -> None:
        """Read the shown commitment's series again and redraw (after data changed)."""
        self.data = None
        self.message.hide()
        if self.commitment_id is not None:
            try:
                # The day the plot marks as today is the day whose terms (revised target and
                # deadline, required path) and status it draws.
                self.data = commitment_plot_data(store, self.commitment_id, on=today())
            except NotFoundError:
                # Deleted meanwhile (or by an undo): nothing to draw, and no error to report.
                self.commitment_id = None
            except ValueError as exc:
                # A stored series that the progress maths rejects (e.g. a deadline not after the
                # baseline in an old file) should not take the dashboard down with it.
                self.message.setText(_tr("This commitment cannot be plotted: {0}").format(str(exc)))
                self.message.show()
        self._draw()

    def _draw(self) -> None:
        from desktop.plots.commitment_plot import draw_commitment_plot

        figure = self.plot.figure
        if self.data is None:
            figure.clear()
            figure.text(0.5, 0.5, _tr("Select a commitment to see its progress."),
                        ha="center", va="center", fontsize=10, color="#616161", wrap=True)
            self.axes = None
        else:
            self.axes = draw_commitment_plot(figure, self.data, path_kind=self.path_kind(),
                                             today=today())
            self.plot.suggested_name = file_name_for(self.data.title)
        self.plot.redraw()

    def _on_canvas_resized(self) -> None:
        if self.data is not None:
            self._draw()

    def _on_path_button_toggled(self, checked: bool) -> None:
        if not checked:
            return  # the other button's "checked" signal does the work, once
        QSettings().setValue(PATH_KIND_KEY, self.path_kind().value)
        self.path_kind_changed.emit(self.path_kind().value)
        self._draw()
