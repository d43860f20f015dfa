"""The domain's error codes and database file errors, said in the interface language."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from database import ValidationError, open_database
from database.demo import load_demo
from database.errors import (
    CorruptDatabaseError,
    DatabaseFileError,
    MissingFolderError,
    NotADatabaseError,
    NotFoundError,
)
from database.lock import DatabaseLockedError
from desktop import i18n
from desktop.error_messages import (
    _message_templates,
    database_error_message,
    error_message,
    validation_message,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
CYRILLIC = {chr(c) for c in range(0x0400, 0x0500)}


@pytest.fixture
def switch_language(qapp) -> Iterator[Callable[[str], None]]:
    """Install a language for the test; English (and the previous locale) again afterwards."""
    previous = QLocale()

    def switch(code: str) -> None:
        i18n.install_language(qapp, code)
        QApplication.processEvents()

    yield switch
    i18n.install_language(qapp, "en")
    QApplication.processEvents()
    QLocale.setDefault(previous)


def _raised_codes() -> set[str]:
    """Every literal error code of a ``ValidationError(field, "code", …)`` in ``database``."""
    codes: set[str] = set()
    for path in (REPO_ROOT / "database").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "ValidationError" and len(node.args) >= 2):
                code = node.args[1]
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    codes.add(code.value)
                elif isinstance(code, ast.IfExp):  # "before_start" if … else "deadline_…"
                    codes.update(n.value for n in (code.body, code.orelse)
                                 if isinstance(n, ast.Constant))
    return codes


def test_every_code_the_database_raises_has_a_message() -> None:
    codes = _raised_codes()
    assert {"required", "duplicate", "changed_since", "invalid_choice"} <= codes  # found them
    templates = _message_templates()
    assert sorted(codes - set(templates)) == []


@pytest.mark.parametrize("code", ["ru", "de"])
def test_every_message_is_translated(switch_language, code: str) -> None:
    english = {key: validation_message(ValidationError(key.split(":")[0] if ":" in key
                                                       else "title", key.split(":")[-1],
                                                       "an English detail"))
               for key in _message_templates()}
    switch_language(code)
    for key, text in english.items():
        field = key.split(":")[0] if ":" in key else "title"
        translated = validation_message(ValidationError(field, key.split(":")[-1],
                                                        "an English detail"))
        assert translated != text, key
        assert "English detail" not in translated, key
        if code == "ru":
            assert CYRILLIC & set(translated), (key, translated)


def test_an_unknown_code_falls_back_to_the_english_detail(switch_language) -> None:
    switch_language("ru")
    message = validation_message(ValidationError("period", "brand_new_code", "odd value"))
    assert message == "Период: odd value"


def test_file_errors_name_the_file_in_the_language(switch_language, tmp_path: Path) -> None:
    path = tmp_path / "data" / "x.sqlite"
    english = database_error_message(NotADatabaseError(path, "not an SQLite database"))
    assert english == f"{path} is not a Commitment Tracker database."
    switch_language("de")
    assert database_error_message(MissingFolderError(path, "the folder … does not exist")) == (
        f"Der Ordner {path.parent} existiert nicht.")
    switch_language("ru")
    assert database_error_message(NotADatabaseError(path, "x")) == (
        f"{path} не является базой данных Commitment Tracker.")
    assert database_error_message(DatabaseLockedError(path, None)) == (
        f"{path} открыт для записи в другой программе.")
    # Kinds whose reason varies keep it as a detail (English: the file's own words).
    damaged = database_error_message(CorruptDatabaseError(path, "row 5 missing from index"))
    assert damaged.startswith(f"{path} повреждён.") and "row 5 missing from index" in damaged
    other = database_error_message(DatabaseFileError(path, "something new"))
    assert str(path) in other and "something new" in other and CYRILLIC & set(other)
    assert CYRILLIC & set(error_message(NotFoundError("meetings", 7)))


# ----------------------------------------------------------------------------- in Russian forms

@pytest.fixture
def demo(tmp_path: Path):
    store = open_database(tmp_path / "t.sqlite")
    load_demo(store)
    yield store
    store.close()


def test_a_russian_form_explains_a_duplicate_in_russian(qtbot: QtBot, demo,
                                                        switch_language) -> None:
    from desktop.forms.trade_figure_form import TradeFigureDialog

    switch_language("ru")
    dialog = TradeFigureDialog(demo)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.partner.lineEdit(), "BLR")
    qtbot.keyClicks(dialog.period, "2024")
    dialog.flow.setCurrentIndex(dialog.flow.findData("turnover"))
    qtbot.keyClicks(dialog.value, "1")
    qtbot.keyClicks(dialog.source, "24.kg, 29 September 2025")  # the demo's figure for 2024
    before = demo.conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert demo.conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0] == before
    assert dialog.fields["period"].error_label.text() == (
        "Данные для этой отчитывающейся страны, партнёра, периода, потока, товара и источника "
        "уже есть.")


def test_a_russian_form_explains_a_name_taken_meanwhile(qtbot: QtBot, demo,
                                                         switch_language) -> None:
    from database.services.metrics import (
        MetricDefinitionInput,
        create_metric_definition,
    )
    from desktop.forms.metric_definition_form import MetricDefinitionDialog

    switch_language("ru")
    dialog = MetricDefinitionDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Turnover, mirror")
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "BLR")
    create_metric_definition(demo, MetricDefinitionInput(
        name="Turnover, mirror", flow="turnover", reporter_iso3="BLR", partner_iso3="KGZ"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value is None
    assert dialog.fields["name"].error_label.text() == "Имя: такая запись уже существует."


def test_a_german_form_on_a_read_only_file_says_so_in_german(qtbot: QtBot, demo, tmp_path: Path,
                                                             switch_language) -> None:
    from desktop.forms.organisation_form import OrganisationDialog

    demo.close()
    store = open_database(tmp_path / "t.sqlite", read_only=True)
    try:
        switch_language("de")
        dialog = OrganisationDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.fields["name"].widget, "Ministry of Economy")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.result_value is None
        text = dialog.general_error.text()
        assert text.startswith(f"{store.path} kann nur gelesen werden: nichts wurde gespeichert.")
    finally:
        store.close()

