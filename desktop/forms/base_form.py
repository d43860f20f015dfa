"""The form dialog every record editor builds on: fields, errors beside them, Save when valid."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from database import CommitmentTrackerError, ValidationError
from database.services.base import Result
from database.store import Store
from desktop.error_messages import validation_message

INVALID_STYLE = "border: 1px solid #c62828; background: #fff4f4;"


class FormField:
    """One labelled input, its error label, and the check that says what is wrong with it."""

    def __init__(self, name: str, label: QLabel, widget: QWidget, error_label: QLabel,
                 check: Callable[[], str] | None) -> None:
        self.name = name
        self.label = label
        self.widget = widget
        self.error_label = error_label
        self.check = check
        self.server_error = ""

    def show_error(self, text: str) -> None:
        """Mark the field and explain beside it (empty text clears)."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.widget.setProperty("invalid", bool(text))
        self.widget.setStyleSheet(INVALID_STYLE if text else "")
        self.widget.setToolTip(text)


class FormDialog(QDialog):
    """A record editor: subclasses add fields and implement ``submit()``.

    Every edit re-runs the field checks; Save is enabled only when all pass. On Save the service
    is called; a ValidationError it raises is shown beside the field it names and the dialog
    stays open with nothing stored. ``saved`` carries the service Result.
    """

    saved = Signal(object)  # database.services.base.Result

    def __init__(self, store: Store, record_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.record_id = record_id
        self.result_value: Result | None = None
        self.fields: dict[str, FormField] = {}
        self.setSizeGripEnabled(True)
        self._outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._outer.addLayout(self.form)
        self.general_error = QLabel()
        self.general_error.setTextFormat(Qt.TextFormat.PlainText)
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.setObjectName("generalError")
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, *extra: QWidget) -> None:
        """Place widgets below the form, then the error line and the buttons; run the checks."""
        for widget in extra:
            self._outer.addWidget(widget)
        self._outer.addWidget(self.general_error)
        self._outer.addWidget(self.buttons)
        self.revalidate()

    def tr_(self, text: str) -> str:
        """Translate in this dialog's context."""
        return QCoreApplication.translate(type(self).__name__, text)

    def add_field(self, name: str, label_text: str, widget: QWidget,
                  check: Callable[[], str] | None = None) -> FormField:
        """Add a labelled row with an error label beneath the input.

        ``check`` returns the error text for the current input ('' when fine). The label is a
        buddy of the widget, so its mnemonic (&Title) moves the focus there.
        """
        label = QLabel(label_text)
        label.setBuddy(widget)
        error_label = QLabel()
        error_label.setObjectName(f"{name}Error")
        error_label.setTextFormat(Qt.TextFormat.PlainText)
        error_label.setWordWrap(True)
        error_label.setStyleSheet("color: #c62828; font-size: 9pt;")
        error_label.hide()
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error_label)
        widget.setObjectName(widget.objectName() or name)
        self.form.addRow(label, container)
        field = FormField(name, label, widget, error_label, check)
        self.fields[name] = field
        return field

    def field_errors(self) -> dict[str, str]:
        """The current error text of every field that has one."""
        errors = {}
        for name, field in self.fields.items():
            text = field.check() if field.check else ""
            text = text or field.server_error
            if text:
                errors[name] = text
        errors.update({k: v for k, v in self.cross_field_errors().items() if v})
        return errors

    def cross_field_errors(self) -> dict[str, str]:
        """Rules spanning several fields (e.g. the deadline after the baseline); override."""
        return {}

    def revalidate(self) -> None:
        """Re-run every check, mark fields, enable Save only when the form is valid."""
        errors = self.field_errors()
        for name, field in self.fields.items():
            field.show_error(errors.get(name, ""))
        self.save_button.setEnabled(not errors)

    def on_edited(self) -> None:
        """Connect every input's change signal here: clears stale service errors, re-checks."""
        for field in self.fields.values():
            field.server_error = ""
        self.general_error.hide()
        self.revalidate()

    def submit(self) -> Result:
        """Call the service with the form's values; override."""
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        self.revalidate()
        if not self.save_button.isEnabled():
            return
        try:
            result = self.submit()
        except ValidationError as exc:
            self.show_validation_error(exc)
            return
        except CommitmentTrackerError as exc:
            self.general_error.setText(str(exc))
            self.general_error.show()
            return
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def show_validation_error(self, error: ValidationError) -> None:
        """Put a service's ValidationError beside the field it names (or below the form)."""
        message = validation_message(error)
        name = error.field.split(".")[0]
        field = self.fields.get(name) or self.fields.get(self.field_aliases().get(name, ""))
        if field is None:
            self.general_error.setText(message)
            self.general_error.show()
            return
        field.server_error = message
        self.revalidate()
        field.widget.setFocus()

    def field_aliases(self) -> dict[str, str]:
        """Service field names that map to a differently named form field; override."""
        return {}
