"""Tools > Check database: the findings of :func:`database.health_check.check_database`, and Repair.

The check reads the whole file (seconds for a million trade figures), so it runs in a worker
behind a progress dialog with Cancel. The findings are listed with their severity, what kind of
problem each is, the table and record it concerns and the check's own description. Repair fixes
the findings that have a safe repair after one question; the core backs the file up first and
repairs in one transaction. The file is checked again afterwards.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database import health_check as hc
from desktop.error_messages import error_message
from desktop.health_texts import finding_kinds, record_text, severity_text
from desktop.models.history_model import table_labels
from desktop.safety_workers import run_in_worker

if TYPE_CHECKING:
    from database.lock import WriterLock

COL_SEVERITY, COL_KIND, COL_TABLE, COL_RECORD, COL_MESSAGE = range(5)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckDatabaseDialog", text)


class CheckDatabaseDialog(QDialog):
    """Checks ``db_path`` and lists what it found; repairs what can be repaired safely.

    ``lock`` is the caller's writer lock of the file (the window's), handed to the repair;
    without it the repair takes the lock itself. ``can_repair`` is False in read-only mode.
    ``repaired(RepairResult)`` is emitted after a repair changed the file.
    """

    repaired = Signal(object)  # database.health_check.RepairResult

    def __init__(self, db_path: Path, parent: QWidget | None = None, *, can_repair: bool = True,
                 lock: WriterLock | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.can_repair = can_repair
        self.lock = lock
        self.report: hc.HealthReport | None = None
        self.last_repair: hc.RepairResult | None = None
        self.error = ""
        self._build_ui()
        self._connect()
        self.retranslate_ui()

    def _build_ui(self) -> None:
        self.setObjectName("checkDatabaseDialog")
        self.resize(980, 460)
        self.summary = QLabel(objectName="checkSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # file names, messages: user data
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("findingsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.result_label = QLabel(objectName="repairResult")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.repair_button = QPushButton(objectName="repairButton")
        self.check_again_button = QPushButton(objectName="checkAgainButton")
        self.buttons.addButton(self.repair_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.check_again_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.repair_button.clicked.connect(self.repair_findings)
        self.check_again_button.clicked.connect(self.run_check)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(_tr("Check database"))
        self.table.setHorizontalHeaderLabels(
            [_tr("Severity"), _tr("Problem"), _tr("Table"), _tr("Record"), _tr("Details")])
        self.repair_button.setText(_tr("&Repair…"))
        self.check_again_button.setText(_tr("Check &again"))
        if not self.can_repair:
            self.repair_button.setToolTip(_tr("The database is open read-only"))
        self._show_report()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- checking ---------------------------------------------------------------------------------

    def run_check(self) -> hc.HealthReport | None:
        """Check the file in a worker (progress, Cancel); show and return the report."""
        path = self.db_path
        outcome = run_in_worker(self.parentWidget() if not self.isVisible() else self,
                                _tr("Checking {0}…").format(path.name),
                                lambda: hc.check_database(path), cancellable=True)
        if outcome.cancelled:
            return None
        if outcome.error is not None:
            self.report, self.error = None, error_message(outcome.error)
        else:
            self.report, self.error = outcome.value, ""
        self._show_report()
        return self.report

    def _show_report(self) -> None:
        report = self.report
        findings = report.findings if report is not None else ()
        kinds = finding_kinds()
        tables = table_labels()
        self.table.setRowCount(len(findings))
        for row, finding in enumerate(findings):
            table = tables.get(finding.table or "", finding.table or _tr("(whole file)"))
            if finding.table and table != finding.table:
                table = f"{table} ({finding.table})"
            cells = (severity_text(finding.severity), kinds.get(finding.code, finding.code), table,
                     record_text(finding), finding.message)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == COL_MESSAGE:
                    item.setToolTip(finding.line())
                if column == COL_KIND and finding.repairable:
                    item.setToolTip(_tr("Can be repaired safely"))
                self.table.setItem(row, column, item)
        for column in range(COL_MESSAGE):
            self.table.resizeColumnToContents(column)
        self.summary.setText(self._summary_text())
        self.repair_button.setEnabled(self.can_repair and report is not None
                                      and bool(report.repairable))

    def _summary_text(self) -> str:
        if self.error:
            return _tr("{0} could not be checked: {1}").format(str(self.db_path), self.error)
        report = self.report
        if report is None:
            return _tr("{0} has not been checked yet.").format(str(self.db_path))
        if not report.findings:
            return _tr("{0}: no problems found.").format(str(report.path))
        text = _tr("{0}: {1} problem(s), {2} warning(s).").format(
            str(report.path), len(report.errors), len(report.warnings))
        repairable = len(report.repairable)
        if repairable:
            text += " " + _tr("{0} can be repaired safely (a backup is taken first).").format(
                repairable)
        elif report.errors:
            text += " " + _tr("None can be repaired in place; restore a backup (File > Restore).")
        return text

    # -- repairing --------------------------------------------------------------------------------

    def confirm_repair(self, count: int) -> bool:
        """Ask once before repairing (tests replace this)."""
        answer = QMessageBox.question(
            self, _tr("Repair"),
            _tr("Repair {0} finding(s)? The database is backed up first; orphan rows are "
                "removed or unlinked, summaries and indexes rebuilt.").format(count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def repair_findings(self) -> hc.RepairResult | None:
        """Repair the repairable findings after a question, then check again."""
        report = self.report
        if not self.can_repair or report is None or not report.repairable:
            return None
        if not self.confirm_repair(len(report.repairable)):
            return None
        path, findings, lock = self.db_path, report.findings, self.lock
        outcome = run_in_worker(self, _tr("Repairing {0}…").format(path.name),
                                lambda: hc.repair(path, findings, lock=lock))
        if outcome.error is not None:
            self._show_result(_tr("Nothing was repaired: {0}").format(error_message(outcome.error)))
            return None
        result: hc.RepairResult = outcome.value
        self.last_repair = result
        if result.refused:
            self._show_result(_tr("Nothing was repaired: {0}").format(result.refused))
            return result
        text = _tr("Repaired {0} finding(s).").format(len(result.repaired))
        if result.backup is not None:
            text += " " + _tr("The file as it was is kept in {0}.").format(str(result.backup.path))
        self._show_result(text)
        if result.repaired:
            self.repaired.emit(result)
        self.run_check()
        return result

    def _show_result(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()
