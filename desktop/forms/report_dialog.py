"""The report dialog: which progress report to print or export, for whom, on which paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from database import queries
from database.output_paths import OutputPathError, check_output_path
from database.services.timeline import timeline_partners
from database.store import Store
from desktop.icons import status_icon
from desktop.reference_names import localized_pairs
from desktop.report_worker import (
    COMMITMENT,
    PARTNER,
    PORTFOLIO,
    ReportRequest,
    default_file_name,
)
from desktop.status_labels import status_labels

PAGE_SIZE_KEY = "reports/page_size"
PAGE_SIZES = ("A4", "Letter")
# Where Letter is the paper in the printer tray; everywhere else it is A4.
LETTER_TERRITORIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada)
PURPOSES = ("preview", "print", "pdf")


def locale_page_size(locale: QLocale | None = None) -> str:
    """The paper size of ``locale`` (the default locale if None): Letter for the US and Canada."""
    return "Letter" if (locale or QLocale()).territory() in LETTER_TERRITORIES else "A4"


class ReportDialog(QDialog):
    """Chooses a portfolio summary, a partner briefing or one commitment, and the paper size.

    ``prefill`` carries what the window shows (the dashboard's partner filter, the selected
    commitment, the timeline's partner). The paper size is remembered between runs; the first
    default follows the locale. :meth:`request` gives the choice once accepted.

    For a PDF, the dialog asks for the file when accepted (starting in ``folder``) and stays
    open, saying why, when the file may not be written (the database, a backup, not a .pdf):
    the user picks another name without choosing the report again. ``out_path`` is the file.
    """

    def __init__(self, store: Store, prefill: ReportRequest | None = None, parent: QWidget | None = None,
                 *, purpose: str = "pdf", folder: str | Path | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.purpose = purpose if purpose in PURPOSES else "pdf"
        self.folder = Path(folder) if folder else store.path.parent
        self.out_path: Path | None = None  # the PDF to write, once accepted
        self._commitment_partners: dict[int, str] = {}
        self._build_ui()
        self._fill()
        self._connect()
        self.retranslate_ui()
        self._load(prefill or ReportRequest(page_size=""))
        self._update_state()

    # ----------------------------------------------------------------- building
    def _build_ui(self) -> None:
        self.setObjectName("reportDialog")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("reportKind")
        for kind in (PORTFOLIO, PARTNER, COMMITMENT):
            self.kind_combo.addItem("", kind)
        self.partner_combo = QComboBox(self)
        self.partner_combo.setObjectName("reportPartner")
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("reportStatus")
        self.status_combo.addItem("", None)  # "All statuses"
        for code in status_labels():
            self.status_combo.addItem(status_icon(code), "", code)
        self.commitment_combo = QComboBox(self)
        self.commitment_combo.setObjectName("reportCommitment")
        # Titles can be long; the combo stays as wide as the dialog and elides in the list.
        self.commitment_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.commitment_combo.setMinimumContentsLength(40)
        self.page_size_combo = QComboBox(self)
        self.page_size_combo.setObjectName("reportPageSize")
        for size in PAGE_SIZES:
            self.page_size_combo.addItem(size, size)

        self.form = QFormLayout()
        self.kind_label = QLabel(self)
        self.partner_label = QLabel(self)
        self.status_label = QLabel(self)
        self.commitment_label = QLabel(self)
        self.page_size_label = QLabel(self)
        for label, field in ((self.kind_label, self.kind_combo),
                             (self.partner_label, self.partner_combo),
                             (self.status_label, self.status_combo),
                             (self.commitment_label, self.commitment_combo),
                             (self.page_size_label, self.page_size_combo)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("reportHint")
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)
        # Why the chosen PDF file was refused (the dialog stays open for another name).
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("reportProblem")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b71c1c;")
        self.problem_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        # Partners that meetings, commitments or initiatives involve (the home country is not one).
        self.partner_combo.addItem("", None)  # "All partners": the portfolio without a filter
        # Named and sorted in the interface language ("Беларусь (BLR)" in Russian).
        for iso3, name in localized_pairs(timeline_partners(self.store)):
            self.partner_combo.addItem(f"{name} ({iso3})", iso3)
        for row in queries.commitments(self.store):
            self.commitment_combo.addItem(f"{row['title']} ({row['partner_iso3']})", row["id"])
            # The combo elides long titles; the tooltip shows the whole one.
            self.commitment_combo.setItemData(self.commitment_combo.count() - 1, row["title"],
                                              Qt.ItemDataRole.ToolTipRole)
            self._commitment_partners[row["id"]] = row["partner_iso3"]

    def _connect(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.partner_combo.currentIndexChanged.connect(self._update_state)
        self.status_combo.currentIndexChanged.connect(self._update_state)
        self.commitment_combo.currentIndexChanged.connect(self._update_state)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        titles = {"preview": self.tr("Print preview"), "print": self.tr("Print"),
                  "pdf": self.tr("Export PDF")}
        actions = {"preview": self.tr("&Preview…"), "print": self.tr("&Print…"),
                   "pdf": self.tr("&Export…")}
        self.setWindowTitle(titles[self.purpose])
        self.ok_button.setText(actions[self.purpose])
        self.kind_label.setText(self.tr("&Report:"))
        self.partner_label.setText(self.tr("P&artner:"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for row in range(1, self.status_combo.count()):
            self.status_combo.setItemText(row, status_labels()[self.status_combo.itemData(row)])
        self.commitment_label.setText(self.tr("&Commitment:"))
        self.page_size_label.setText(self.tr("Paper &size:"))
        kinds = {PORTFOLIO: self.tr("Portfolio summary"), PARTNER: self.tr("Partner briefing"),
                 COMMITMENT: self.tr("One commitment")}
        for row in range(self.kind_combo.count()):
            self.kind_combo.setItemText(row, kinds[self.kind_combo.itemData(row)])
        self.partner_combo.setItemText(0, self.tr("All partners"))
        self.kind_combo.setToolTip(self.tr(
            "Portfolio summary: every commitment with its plot and sources. Partner briefing: "
            "everything about one partner for the next meeting. One commitment: one page."))
        self._update_state()

    # ----------------------------------------------------------------- state
    def _load(self, prefill: ReportRequest) -> None:
        kind_index = self.kind_combo.findData(prefill.kind)
        self.kind_combo.setCurrentIndex(max(0, kind_index))
        if prefill.commitment_id is not None:
            index = self.commitment_combo.findData(prefill.commitment_id)
            if index >= 0:
                self.commitment_combo.setCurrentIndex(index)
        partner = prefill.partner
        if partner is None and prefill.kind == COMMITMENT and prefill.commitment_id is not None:
            # Switching from one commitment to its partner's briefing keeps the same subject.
            partner = self._commitment_partners.get(prefill.commitment_id)
        if partner is not None and (index := self.partner_combo.findData(partner)) >= 0:
            self.partner_combo.setCurrentIndex(index)
        elif prefill.kind == PARTNER and self.partner_combo.count() > 1:
            self.partner_combo.setCurrentIndex(1)
        if prefill.status is not None:
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(prefill.status)))
        size = prefill.page_size or str(QSettings().value(PAGE_SIZE_KEY, locale_page_size()))
        self.page_size_combo.setCurrentIndex(max(0, self.page_size_combo.findData(size)))

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        if (self.kind() == PARTNER and self.partner_combo.currentData() is None
                and self.partner_combo.count() > 1):
            # A briefing is always about one partner: offer the first rather than none.
            self.partner_combo.setCurrentIndex(1)
        self._update_state()

    def _update_state(self) -> None:
        kind = self.kind()
        self.partner_combo.setEnabled(kind in (PORTFOLIO, PARTNER))
        self.status_combo.setEnabled(kind == PORTFOLIO)
        self.commitment_combo.setEnabled(kind == COMMITMENT)
        hint = ""
        if kind == PARTNER and self.partner_combo.currentData() is None:
            hint = (self.tr("No partner country occurs in the meetings or commitments yet.")
                    if self.partner_combo.count() <= 1 else self.tr("Choose the partner."))
        elif kind == COMMITMENT and self.commitment_combo.currentData() is None:
            hint = self.tr("There are no commitments to report on yet.")
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self.ok_button.setEnabled(not hint)

    def kind(self) -> str:
        """The chosen report kind (PORTFOLIO, PARTNER or COMMITMENT)."""
        return self.kind_combo.currentData()

    def request(self) -> ReportRequest:
        """The report chosen: kind, partner or commitment, paper size."""
        kind = self.kind()
        return ReportRequest(
            kind=kind,
            partner=self.partner_combo.currentData() if kind in (PORTFOLIO, PARTNER) else None,
            commitment_id=self.commitment_combo.currentData() if kind == COMMITMENT else None,
            page_size=self.page_size_combo.currentData(),
            status=self.status_combo.currentData() if kind == PORTFOLIO else None)

    def ask_save_path(self, default: Path) -> Path | None:
        """Ask where to write the PDF (None if the user cancelled)."""
        file_name, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), str(default),
                                                   self.tr("PDF files (*.pdf)"))
        return Path(file_name) if file_name else None

    def _choose_pdf(self) -> Path | None:
        """The PDF file to write, asked for and checked; None (the reason shown) if refused."""
        chosen = self.ask_save_path(self.folder / default_file_name(self.request()))
        if chosen is None:
            return None
        out = chosen if chosen.suffix else chosen.with_suffix(".pdf")
        try:
            # The worker checks again; checked here, a refusal leaves the choice in place.
            check_output_path(out, self.store.path, pdf=True)
        except OutputPathError as exc:
            from desktop.error_messages import error_message

            self.problem_label.setText(f"{error_message(exc)}\n{out}")
            self.problem_label.show()
            return None
        self.problem_label.clear()
        self.problem_label.hide()
        return out

    def accept(self) -> None:
        """Remember the paper size and close (QDialog override); refused while invalid.

        For a PDF, the file is asked for first; the dialog stays open if none is chosen or the
        one chosen may not be written.
        """
        if not self.ok_button.isEnabled():
            return  # Enter in a combo must not slip past the check
        if self.purpose == "pdf":
            out = self._choose_pdf()
            if out is None:
                return
            self.out_path = out
        QSettings().setValue(PAGE_SIZE_KEY, self.page_size_combo.currentData())
        super().accept()
