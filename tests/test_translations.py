"""Russian and German: complete .ts files, current .qm files, and the window switching language."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from database import open_database
from database.demo import load_demo
from desktop import i18n
from desktop.formatting import format_number

REPO_ROOT = Path(__file__).resolve().parent.parent


def _load_tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", REPO_ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(scope="module")
def extracted():
    return tool.extract()


# ----------------------------------------------------------------------------- the catalogues

def test_the_source_has_only_literal_messages(extracted) -> None:
    _messages, warnings = extracted
    assert not warnings, "strings that cannot be translated:\n" + "\n".join(map(str, warnings))


@pytest.mark.parametrize("code", sorted(tool.LANGUAGES))
def test_every_message_is_in_the_ts_file_and_translated(extracted, code: str) -> None:
    messages, _warnings = extracted
    report = tool.check(messages, code)
    assert report.total > 500  # the extractor found the interface, not a fraction of it
    shown = lambda keys: [f"{k.context}: {k.source!r}" for k in keys[:10]]
    assert not report.missing, f"run tools/update_translations.py: {shown(report.missing)}"
    assert not report.unfinished, f"translate: {shown(report.unfinished)}"
    assert not report.broken, report.broken[:10]


@pytest.mark.parametrize("code", sorted(tool.LANGUAGES))
def test_placeholders_accelerators_and_ellipses_survive_translation(code: str) -> None:
    messages = tool.read_ts(tool.ts_path(code))
    compared = 0
    for key, message in messages.items():
        if message.type == "vanished":
            continue
        for text in message.texts():
            wanted = [p for p in tool.placeholders(key.source) if not (key.numerus and p == "%n")]
            got = [p for p in tool.placeholders(text) if not (key.numerus and p == "%n")]
            assert got == wanted, (key.context, key.source, text)
            assert tool.accelerators(text) == tool.accelerators(key.source), (key.source, text)
            assert text.endswith("…") == key.source.endswith("…"), (key.source, text)
            compared += 1
    # Every message in use was compared (each plural form too); vanished ones are not in use.
    assert compared >= sum(1 for m in messages.values() if m.type != "vanished")
    if code == "ru":  # three plural forms: 1 обязательство, 2 обязательства, 5 обязательств
        numerus = [m for k, m in messages.items() if k.numerus]
        assert numerus and all(len(m.numerus_forms) == 3 for m in numerus)


def test_the_check_notices_a_broken_placeholder() -> None:
    key = tool.MessageKey("Ctx", "Imported {0} rows from %1")
    message = tool.TsMessage(key, "Импортировано строк: {1} из %1", type="")
    assert tool.problems(message)
    message.translation = "Импортировано строк: {0} из %1"
    assert not tool.problems(message)
    assert tool.problems(tool.TsMessage(tool.MessageKey("C", "&Save"), "Сохранить", type=""))


@pytest.mark.parametrize("code", sorted(tool.LANGUAGES))
def test_each_qm_is_built_from_the_current_ts(code: str, tmp_path: Path) -> None:
    ts = tool.ts_path(code)
    shipped = ts.with_suffix(".qm")
    assert shipped.exists(), f"{shipped.name} missing: run tools/update_translations.py"
    rebuilt = tmp_path / shipped.name
    tool.build_qm(ts, rebuilt)
    assert rebuilt.read_bytes() == shipped.read_bytes(), (
        f"{shipped.name} is stale: run tools/update_translations.py")


def test_the_extractor_reads_our_helper_forms(tmp_path: Path) -> None:
    source = tmp_path / "desktop" / "sample.py"
    source.parent.mkdir()
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text, n=-1):\n"
        "    return QCoreApplication.translate('Sample', text, None, n)\n"
        "class Dialog:\n"
        "    def tr_(self, text):\n"
        "        return text\n"
        "    def build(self, count, name):\n"
        "        tr = self.tr_\n"
        "        tr('&Title')\n"
        "        self.tr('Cancel', 'button')\n"
        "        _tr('%n rows', count)\n"
        "        _tr('Imported ' 'all')\n"
        "        QCoreApplication.translate('Other', 'Direct')\n"
        "        _tr(f'Hello {name}')\n",
        encoding="utf-8")
    messages, warnings = tool.extract(tmp_path)
    keys = {(k.context, k.source, k.comment, k.numerus) for k in messages}
    assert keys == {("Dialog", "&Title", "", False), ("Dialog", "Cancel", "button", False),
                    ("Sample", "%n rows", "", True), ("Sample", "Imported all", "", False),
                    ("Other", "Direct", "", False)}
    assert [(w.path, w.line) for w in warnings] == [("desktop/sample.py", 14)]


def test_the_extractor_follows_a_helper_imported_from_another_module(tmp_path: Path) -> None:
    package = tmp_path / "desktop"
    package.mkdir()
    (package / "texts.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Reports', text)\n", encoding="utf-8")
    (package / "report.py").write_text(
        "from desktop.texts import _tr\n"
        "from desktop.texts import _tr as translated\n"
        "HEADING = _tr('Key figures')\n"
        "OTHER = translated('Sources')\n", encoding="utf-8")
    messages, _warnings = tool.extract(tmp_path)
    assert {(k.context, k.source) for k in messages} == {("Reports", "Key figures"),
                                                         ("Reports", "Sources")}


# ----------------------------------------------------------------------------- at run time

@pytest.fixture
def english_afterwards(qapp) -> Iterator[QApplication]:
    previous = QLocale()
    yield qapp
    i18n.install_language(qapp, "en")
    QApplication.processEvents()
    QLocale.setDefault(previous)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, english_afterwards):
    from desktop.main_window import MainWindow

    store = open_database(tmp_path / "demo.sqlite")
    load_demo(store)
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    # Back to English while the store is open: every page retranslates from its data.
    i18n.install_language(english_afterwards, "en")
    QApplication.processEvents()
    main.close()
    main.store.close()


def _answer_the_message_box(seen: dict[str, str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen["text"] = box.text()
    seen["cancel"] = box.button(QMessageBox.StandardButton.Cancel).text()
    box.button(QMessageBox.StandardButton.Cancel).click()


EXPECTED = {
    "ru": {"file": "&Файл", "help": "&Справка", "dashboard": "Обзор", "meetings": "Встречи",
           "dialog": "Новая встреча", "title": "&Название", "save": "Сохранить",
           "cancel": "Отмена", "delete": "Удалить запись", "undo": "Это можно отменить",
           "status": "Нет данных после базового периода", "header": "Обязательство",
           "provisional": "Предварительно (1-е полугодие 2025): Ограниченный прогресс",
           "locale": "ru_RU"},
    "de": {"file": "&Datei", "help": "&Hilfe", "dashboard": "Übersicht", "meetings": "Treffen",
           "dialog": "Neues Treffen", "title": "&Titel", "save": "Speichern",
           "cancel": "Abbrechen", "delete": "löschen?", "undo": "rückgängig machen",
           "status": "Keine Daten seit dem Ausgangswert", "header": "Verpflichtung",
           "provisional": "Vorläufig (1. Halbjahr 2025): Begrenzter Fortschritt",
           "locale": "de_DE"},
}


@pytest.mark.parametrize("code", ["ru", "de"])
def test_the_window_an_open_form_and_a_question_switch_language(window, qtbot: QtBot,
                                                                  code: str) -> None:
    from desktop.models.commitment_status_model import COL_STATUS

    expected = EXPECTED[code]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Meetings
    window.new_record()
    dialog = window.active_dialog
    assert dialog.windowTitle() == "New meeting"

    i18n.install_language(QApplication.instance(), code)
    qtbot.waitUntil(lambda: window.file_menu.title() == expected["file"])

    assert window.help_menu.title() == expected["help"]
    assert window.navigation.item(0).text() == expected["dashboard"]
    assert window.navigation.item(2).text() == expected["meetings"]
    model = window.dashboard.table.model()
    # The official status, then the provisional reading of the demo's H1 2025 figures.
    assert model.index(0, COL_STATUS).data() == f"{expected['status']}\n{expected['provisional']}"
    assert model.headerData(0, Qt.Orientation.Horizontal) == expected["header"]
    assert window.lists["meetings"].model.headerData(
        0, Qt.Orientation.Horizontal) != "Date"  # the list's columns were renamed too
    # The form that was already open follows, Qt's own button texts included (qtbase_*.qm).
    assert dialog.windowTitle() == expected["dialog"]
    assert dialog.fields["title"].label.text() == expected["title"]
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text() == expected["save"]
    assert dialog.buttons.button(
        QDialogButtonBox.StandardButton.Cancel).text() == expected["cancel"]
    dialog.reject()

    # Deleting asks in the chosen language, with Qt's buttons translated as well.
    view = window.lists["meetings"]
    view.table.selectRow(0)
    seen: dict[str, str] = {}
    QTimer.singleShot(0, lambda: _answer_the_message_box(seen))
    window.delete_selected()
    assert expected["delete"] in seen["text"] and expected["undo"] in seen["text"]
    assert seen["cancel"] == expected["cancel"]
    assert view.model.rowCount() == 3  # cancelled: nothing deleted
    assert QLocale().name() == expected["locale"]


@pytest.mark.parametrize(("code", "number"), [("ru", "1\u00a0234,5"), ("de", "1.234,5")])
def test_numbers_follow_the_language(english_afterwards, code: str, number: str) -> None:
    i18n.install_language(english_afterwards, code)
    assert format_number(1234.5, 1) == number
    assert i18n.current_language() == code
    i18n.install_language(english_afterwards, "en")
    # English writes a decimal point (grouping depends on the system's English variant).
    assert format_number(1234.5, 1).endswith(".5")
    assert QLocale().language() in (QLocale.Language.English, QLocale.Language.C)


def test_the_language_comes_from_the_option_else_the_settings_else_the_system(
        english_afterwards) -> None:
    assert i18n.available_languages() == ["en", "ru", "de"]
    assert i18n.startup_language() == i18n.system_language()
    i18n.save_language("de")
    assert i18n.startup_language() == "de"
    assert i18n.startup_language("ru") == "ru"
    assert i18n.startup_language("xx") == "de"  # unknown: not ours, so the saved one
    with pytest.raises(ValueError):
        i18n.save_language("fr")


def test_choosing_a_language_in_settings_applies_it_at_once(window, qtbot: QtBot) -> None:
    window.open_settings()
    dialog = window.active_dialog
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Русский", "Deutsch"]
    combo.setCurrentIndex(combo.findData("ru"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Файл")
    assert i18n.saved_language() == "ru"
    assert i18n.current_language() == "ru"
    assert QLocale().name() == "ru_RU"


def test_qt_ships_its_own_translations() -> None:
    folder = Path(i18n.qt_translations_dir())
    for code in ("ru", "de"):
        assert (folder / f"qtbase_{code}.qm").exists()


def test_the_report_command_writes_in_the_chosen_language(tmp_path: Path,
                                                          english_afterwards) -> None:
    from pypdf import PdfReader

    from desktop.cli import main

    database = tmp_path / "x.sqlite"
    assert main(["--db", str(database), "demo"]) == 0
    out = tmp_path / "r.pdf"
    assert main(["--db", str(database), "report", "--out", str(out), "--lang", "de"]) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Seite 1 von" in text and "Zielwert" in text
    assert "page 1 of" not in text
