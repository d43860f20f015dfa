"""Issue 16 in Russian and German, through the real window.

The undo step of a new commitment, the delete question of a meeting (with the plural forms of
what loses its link, counted from the database), the money echo under a trade figure's value,
the sidebar and the report dialog's partner names: every word in the interface language.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from window_fixtures import demo_window_in, press_ctrl

from database.store import Store
from desktop.formatting import format_date, plain_tooltip
from desktop.forms.commitment_form import CommitmentDialog
from desktop.forms.report_dialog import ReportDialog
from desktop.forms.trade_figure_form import TradeFigureDialog
from desktop.main_window import MainWindow

LANGUAGES = ("ru", "de")
# A commitment titled in the language itself, so that any English left is ours, not the user's.
TITLES = {"ru": "Открыть совместный логистический центр в Бресте",
          "de": "Ein gemeinsames Logistikzentrum in Brest eröffnen"}
# English words of the interface that must not show in a translated undo text or question.
ENGLISH = re.compile(r"\b(New|Edit|Delete|Add|Undo|Redo|Change|commitments?|initiatives?|"
                     r"meetings?|participants?|will|no longer|name|this|these|with|and|You|can|"
                     r"million|billion|record)\b")
SIDEBAR = {
    "ru": ["Обзор", "Хронология", "Встречи", "Обязательства и показатели", "Инициативы",
           "Торговля", "Персоны и организации", "Журнал изменений"],
    "de": ["Übersicht", "Zeitleiste", "Treffen", "Verpflichtungen und Kennzahlen", "Initiativen",
           "Handel", "Personen und Organisationen", "Änderungsprotokoll"],
}


def plural(code: str, n: int, forms: tuple[str, ...]) -> str:
    """The plural form Qt chooses for ``n`` (Russian: one, few, many; German: one, other)."""
    if code == "de":
        return forms[0] if n == 1 else forms[1]
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


@pytest.fixture(params=LANGUAGES)
def code(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, code: str) -> Iterator[MainWindow]:
    """The demo database's window, started in ``code`` as ``--lang`` starts it."""
    with demo_window_in(qtbot, tmp_path, code) as main:
        yield main


def _count(store: Store, sql: str, *args: object) -> int:
    return store.conn.execute(sql, args).fetchone()[0]


def _type(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest's keyClicks knows only ASCII; these are Cyrillic and
    umlauts)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))



# ----------------------------------------------------------------------------- undo

def test_the_undo_step_of_a_new_commitment_is_named_in_the_language(
        window: MainWindow, qtbot: QtBot, code: str) -> None:
    title = TITLES[code]
    window.show_page("commitments")
    window.current_list().table.setFocus()
    press_ctrl(qtbot, window, Qt.Key.Key_N)
    form = window.active_dialog
    assert isinstance(form, CommitmentDialog) and form.isVisible()
    _type(form.title_edit, title)
    qtbot.keyClicks(form.partner_combo.lineEdit(), "BLR")
    qtbot.keyClicks(form.baseline_edit, "10")
    qtbot.keyClicks(form.baseline_period_edit, "2024")
    qtbot.keyClicks(form.target_edit, "20")
    form.within_spin.setFocus()
    press_ctrl(qtbot, form.within_spin, Qt.Key.Key_A)
    qtbot.keyClicks(form.within_spin, "3")
    qtbot.mouseClick(form.set_deadline_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert _count(window.store, "SELECT count(*) FROM commitments WHERE title = ?", title) == 1

    undo_text = {"ru": f"Отменить создание обязательства «{title}»",
                 "de": f"Rückgängig: Neue Verpflichtung „{title}“"}[code]
    assert window.undo_action.text() == undo_text
    assert not ENGLISH.search(undo_text)
    # The Edit menu shows that very action; the toolbar says the verb, its tooltip the step.
    entries = [a.text() for a in window.edit_menu.actions() if not a.isSeparator()]
    assert entries[0] == undo_text
    assert window.edit_menu.title() == {"ru": "&Изменить", "de": "&Bearbeiten"}[code]
    assert window.undo_tool_action.text() == {"ru": "Отменить", "de": "Rückgängig"}[code]
    assert window.undo_tool_action.toolTip() == plain_tooltip(undo_text)

    press_ctrl(qtbot, window, Qt.Key.Key_Z)
    assert _count(window.store, "SELECT count(*) FROM commitments WHERE title = ?", title) == 0
    assert window.redo_action.text() == {
        "ru": f"Повторить создание обязательства «{title}»",
        "de": f"Wiederherstellen: Neue Verpflichtung „{title}“"}[code]


# ----------------------------------------------------------------------------- delete question

def _meeting_most_referred_to(store: Store) -> int:
    return store.conn.execute(
        "SELECT m.id FROM meetings m ORDER BY"
        " (SELECT count(*) FROM commitments c WHERE c.source_meeting_id = m.id)"
        " + (SELECT count(*) FROM initiative_meetings i WHERE i.meeting_id = m.id) DESC, m.id"
    ).fetchone()[0]


def _answer_cancel(seen: dict[str, str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen["title"] = box.windowTitle()
    seen["text"] = box.text()
    seen["yes"] = box.button(QMessageBox.StandardButton.Yes).text()
    seen["cancel"] = box.button(QMessageBox.StandardButton.Cancel).text()
    box.button(QMessageBox.StandardButton.Cancel).click()


def test_the_delete_question_of_a_meeting_is_worded_in_the_language(
        window: MainWindow, qtbot: QtBot, code: str) -> None:
    store = window.store
    meeting = _meeting_most_referred_to(store)
    title, date = store.conn.execute("SELECT title, meeting_date FROM meetings WHERE id = ?",
                                     (meeting,)).fetchone()
    commitments = _count(store, "SELECT count(*) FROM commitments WHERE source_meeting_id = ?",
                         meeting)
    initiatives = _count(store, "SELECT count(DISTINCT initiative_id) FROM initiative_meetings"
                                " WHERE meeting_id = ?", meeting)
    participants = _count(store, "SELECT count(*) FROM meeting_participants"
                                 " WHERE meeting_id = ?", meeting)
    assert commitments and initiatives and participants

    window.navigate_to("meetings", meeting)
    assert window.lists["meetings"].selected_ids() == [meeting]
    seen: dict[str, str] = {}
    QTimer.singleShot(0, lambda: _answer_cancel(seen))
    window.delete_selected()
    lines = seen["text"].splitlines()
    assert len(lines) == 4, lines

    linked = commitments + initiatives
    if code == "ru":
        unlinked = (f"{commitments} " + plural(code, commitments, (
            "обязательство", "обязательства", "обязательств"))
            + f" и {initiatives} " + plural(code, initiatives, (
                "инициатива", "инициативы", "инициатив")))
        verb = plural(code, linked, ("будет", "будут", "будут"))
        assert lines == [
            f"Удалить запись о встрече «{title}» ({format_date(date)})?",
            f"{unlinked} больше не {verb} ссылаться на эту встречу.",
            lines[2],
            "Это можно отменить (Ctrl+Z).",
        ]
        assert lines[2].startswith("Также будут удалены: ")
        assert f"{participants} " + plural(code, participants, (
            "участник встречи", "участника встречи", "участников встречи")) in lines[2]
        assert (seen["title"], seen["yes"], seen["cancel"]) == ("Удаление", "&Да", "Отмена")
    else:
        unlinked = (f"{commitments} " + plural(code, commitments,
                                                ("Verpflichtung", "Verpflichtungen"))
                    + f" und {initiatives} " + plural(code, initiatives,
                                                      ("Initiative", "Initiativen")))
        verb = plural(code, linked, ("verweist", "verweisen"))
        assert lines == [
            f"Das Treffen „{title}“ ({format_date(date)}) löschen?",
            f"{unlinked} {verb} dann nicht mehr auf dieses Treffen.",
            lines[2],
            "Sie können dies rückgängig machen (Strg+Z).",
        ]
        assert lines[2].startswith("Ebenfalls gelöscht werden: ")
        assert f"{participants} Teilnehmer des Treffens" in lines[2]
        assert (seen["title"], seen["yes"], seen["cancel"]) == ("Löschen", "&Ja", "Abbrechen")
    # The meeting's title is the user's (English demo data): look at the sentences around it.
    assert not ENGLISH.search(seen["text"].replace(title, "")), seen["text"]
    assert "(s)" not in seen["text"]
    assert _count(store, "SELECT count(*) FROM meetings WHERE id = ?", meeting) == 1  # cancelled


# ----------------------------------------------------------------------------- money echo

def test_the_money_echo_of_a_trade_figure_reads_in_the_language(
        window: MainWindow, qtbot: QtBot, code: str) -> None:
    window.show_page("trade_figures")
    window.new_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, TradeFigureDialog)
    qtbot.keyClicks(dialog.value, "22000000")
    expected = {"ru": "= 22,0 млн долл. США", "de": "= 22,0 Mio. USD"}[code]
    assert dialog.value_echo.text() == expected
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value, "4100000000")
    assert dialog.value_echo.text() == {"ru": "= 4,10 млрд долл. США", "de": "= 4,10 Mrd. USD"}[code]
    dialog.done(0)


# ----------------------------------------------------------------------------- sidebar, report

def test_the_sidebar_has_no_ampersand_and_the_report_names_partners_in_the_language(
        window: MainWindow, code: str) -> None:
    navigation = window.navigation
    names = [navigation.item(row).text() for row in range(navigation.count())]
    assert names == SIDEBAR[code]
    assert not any("&" in name for name in names)

    # A second partner whose German name differs from the English one (Belarus is "Belarus").
    store = window.store
    with store.write():
        store.conn.execute(
            "INSERT INTO meeting_countries (uuid, meeting_id, country_iso3, created_at,"
            " updated_at) VALUES (?, 1, 'KAZ', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
            (str(uuid.uuid4()),))
    window.export_pdf_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    combo = dialog.partner_combo
    partners = [combo.itemText(i) for i in range(1, combo.count())]
    assert partners == {"ru": ["Беларусь (BLR)", "Казахстан (KAZ)"],
                        "de": ["Belarus (BLR)", "Kasachstan (KAZ)"]}[code]
    assert combo.itemText(0) not in ("", "All partners")
    dialog.reject()
