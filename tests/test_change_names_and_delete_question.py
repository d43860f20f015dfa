"""Undo names and the delete question in the user's language (issue 16; issue 18 item 2).

The database layer names a change by a code and its arguments (never an English sentence); the
desktop words it, again when the language changes. The delete question is worded through the
translation catalogue as a whole and counts, from the database, the records that lose their
link to the deleted ones and those deleted with them.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_fixtures import demo_window, press_ctrl

from database.change_names import DELETE_RECORDS, NEW_RECORD, ChangeName
from database.dependents import dependents
from database.services.commitments import delete_commitments
from database.store import Store
from desktop.main_window import MainWindow
from desktop.texts.change_names import change_name_text

REPO_ROOT = Path(__file__).resolve().parents[1]
TITLE = "Open a joint logistics centre in Brest"
# Words an English undo name starts with: none may start a string the database layer builds.
ENGLISH_VERBS = ("New ", "Edit ", "Delete ", "Add ", "Undo ", "Redo ", "Import ", "Change ",
                 "Complete ", "Reopen ")


class _MarkingCatalogue(QTranslator):
    """A catalogue that wraps every message of ``contexts`` in ⟦…⟧: whatever shows the marks
    went through the translation, and whatever lacks them did not."""

    def __init__(self, *contexts: str) -> None:
        super().__init__()
        self._contexts = contexts

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if context not in self._contexts:
            return ""  # not ours: Qt asks the next catalogue, else keeps the source
        text = source.replace("%n", str(n)) if n >= 0 else source
        return f"⟦{text}⟧"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        # Qt tells the widgets of a language change only when the catalogue is not empty.
        return False


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    with demo_window(qtbot, tmp_path) as main:
        yield main
    QLocale.setDefault(previous)


@pytest.fixture
def marking(qapp: QApplication, qtbot: QtBot) -> Iterator[_MarkingCatalogue]:
    """Install the marking catalogue (as a language change does); removed after the test."""
    catalogue = _MarkingCatalogue("ChangeNames", "DeleteQuestion", "RecordKinds")
    yield catalogue
    qapp.removeTranslator(catalogue)


def _change_language(qapp: QApplication, install: QTranslator | None = None,
                     remove: QTranslator | None = None) -> None:
    """Swap catalogues as Tools > Settings does, and let the LanguageChange events arrive."""
    if remove is not None:
        qapp.removeTranslator(remove)
    if install is not None:
        qapp.installTranslator(install)
    # The events reach the windows, then the windows' children: let every one arrive.
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        qapp.processEvents()


def _count(store: Store, sql: str, *args: object) -> int:
    return store.conn.execute(sql, args).fetchone()[0]


# ----------------------------------------------------------------------- the database layer

def _string_constants(path: Path) -> Iterator[tuple[int, str]]:
    """Every string literal of ``path`` but its docstrings, the literal parts of f-strings
    included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                       ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in docstrings:
            yield node.lineno, node.value


def test_the_database_layer_builds_no_english_undo_names() -> None:
    # The demo's own records ("New joint projects in ...") are data, not names of changes.
    sources = [p for p in sorted((REPO_ROOT / "database").rglob("*.py")) if p.name != "demo.py"]
    offending = [f"{path.relative_to(REPO_ROOT)}:{line}: {text!r}"
                 for path in sources for line, text in _string_constants(path)
                 if text.startswith(ENGLISH_VERBS)]
    assert offending == []


def test_a_change_and_its_inverse_carry_a_change_name(demo_store: Store) -> None:
    commitment_id, title = demo_store.conn.execute(
        "SELECT id, title FROM commitments ORDER BY id").fetchone()
    result = delete_commitments(demo_store, [commitment_id])
    assert result.change.name == ChangeName(DELETE_RECORDS, "commitments", title, 1)
    assert result.undo.name == result.change.name  # undo and redo keep the step's name


def test_change_names_are_worded_through_the_translation(qapp: QApplication,
                                                          marking: _MarkingCatalogue) -> None:
    name = ChangeName(NEW_RECORD, "commitments", TITLE)
    assert change_name_text(name) == f"New commitment “{TITLE}”"
    qapp.installTranslator(marking)
    assert change_name_text(name) == f"⟦New commitment “{TITLE}”⟧"
    assert change_name_text(ChangeName(DELETE_RECORDS, "meetings", count=3)) \
        == "⟦Delete 3 meetings⟧"


# ----------------------------------------------------------------------- through the window

def test_the_undo_action_names_a_new_commitment_in_the_users_language(
        window: MainWindow, qtbot: QtBot, qapp: QApplication,
        marking: _MarkingCatalogue) -> None:
    window.show_page("commitments")
    window.current_list().table.setFocus()
    press_ctrl(qtbot, window, Qt.Key.Key_N)
    form = window.active_dialog
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.title_edit, TITLE)
    qtbot.keyClicks(form.partner_combo.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(form.baseline_edit, "10")
    qtbot.keyClicks(form.baseline_period_edit, "2024")
    qtbot.keyClicks(form.target_edit, "20")
    form.within_spin.setFocus()
    press_ctrl(qtbot, form.within_spin, Qt.Key.Key_A)
    qtbot.keyClicks(form.within_spin, "3")
    qtbot.mouseClick(form.set_deadline_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert _count(window.store, "SELECT count(*) FROM commitments WHERE title = ?", TITLE) == 1
    assert window.undo_action.text() == f"Undo New commitment “{TITLE}”"

    # The language changes while the step is on the stack: its name and the prefix follow.
    _change_language(qapp, install=marking)
    assert window.undo_action.text() == f"⟦Undo ⟦New commitment “{TITLE}”⟧⟧"
    window.undo_action.trigger()
    assert _count(window.store, "SELECT count(*) FROM commitments WHERE title = ?", TITLE) == 0
    assert window.redo_action.text() == f"⟦Redo ⟦New commitment “{TITLE}”⟧⟧"
    assert window.undo_action.text() == "⟦Undo⟧"

    _change_language(qapp, remove=marking)
    assert window.redo_action.text() == f"Redo New commitment “{TITLE}”"
    assert window.undo_action.text() == "Undo"


def _meeting_most_referred_to(store: Store) -> int:
    """The demo meeting that commitments and initiatives name most (counted, not assumed)."""
    return store.conn.execute(
        "SELECT m.id FROM meetings m ORDER BY"
        " (SELECT count(*) FROM commitments c WHERE c.source_meeting_id = m.id)"
        " + (SELECT count(*) FROM initiative_meetings i WHERE i.meeting_id = m.id) DESC, m.id"
    ).fetchone()[0]


def _select_meeting(window: MainWindow, meeting: int) -> None:
    """Show the Meetings page with ``meeting`` selected, as the dashboard's links do."""
    window.navigate_to("meetings", meeting)
    assert window.lists["meetings"].selected_ids() == [meeting]



def test_dependents_count_what_a_meeting_delete_unlinks_and_deletes(demo_store: Store) -> None:
    meeting = _meeting_most_referred_to(demo_store)
    found = dependents(demo_store, "meetings", [meeting])
    unlinked, deleted = dict(found.unlinked), dict(found.deleted)
    assert unlinked["commitments"] == _count(
        demo_store, "SELECT count(*) FROM commitments WHERE source_meeting_id = ?", meeting) > 0
    assert unlinked["initiatives"] == _count(
        demo_store, "SELECT count(DISTINCT initiative_id) FROM initiative_meetings"
        " WHERE meeting_id = ?", meeting) > 0
    assert deleted["meeting_participants"] == _count(
        demo_store, "SELECT count(*) FROM meeting_participants WHERE meeting_id = ?", meeting)
    assert "initiative_meetings" not in deleted  # a link, not a record of its own
    assert "meetings" not in deleted


def test_deleting_a_meeting_names_what_loses_its_link_and_undo_links_it_again(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    store = window.store
    meeting = _meeting_most_referred_to(store)
    commitments = _count(store, "SELECT count(*) FROM commitments WHERE source_meeting_id = ?",
                         meeting)
    initiatives = _count(store, "SELECT count(DISTINCT initiative_id) FROM initiative_meetings"
                                " WHERE meeting_id = ?", meeting)
    participants = _count(store, "SELECT count(*) FROM meeting_participants"
                                 " WHERE meeting_id = ?", meeting)
    assert commitments and initiatives and participants
    questions: list[str] = []
    monkeypatch.setattr(window, "confirm_delete", lambda text: questions.append(text) or True)

    _select_meeting(window, meeting)
    qtbot.keyClick(window.lists["meetings"].table, Qt.Key.Key_Delete)

    assert len(questions) == 1
    question = questions[0]
    assert question.startswith("Delete the meeting “")
    # "(s)" stays in English until a catalogue chooses the plural form, as elsewhere.
    assert f"{commitments} commitment" in question and f"{initiatives} initiative" in question
    assert "will no longer name this meeting." in question
    assert "Deleted with it: " in question and f"{participants} meeting participant" in question
    assert question.endswith("You can undo this (Ctrl+Z).")
    assert _count(store, "SELECT count(*) FROM meetings WHERE id = ?", meeting) == 0
    assert _count(store, "SELECT count(*) FROM commitments WHERE source_meeting_id = ?",
                  meeting) == 0

    press_ctrl(qtbot, window, Qt.Key.Key_Z)
    assert _count(store, "SELECT count(*) FROM commitments WHERE source_meeting_id = ?",
                  meeting) == commitments
    assert _count(store, "SELECT count(DISTINCT initiative_id) FROM initiative_meetings"
                         " WHERE meeting_id = ?", meeting) == initiatives


def test_every_sentence_of_the_delete_question_goes_through_the_translation(
        window: MainWindow, qtbot: QtBot, qapp: QApplication, marking: _MarkingCatalogue,
        monkeypatch: pytest.MonkeyPatch) -> None:
    questions: list[str] = []
    monkeypatch.setattr(window, "confirm_delete", lambda text: questions.append(text) or False)
    meeting = _meeting_most_referred_to(window.store)
    _change_language(qapp, install=marking)
    _select_meeting(window, meeting)
    qtbot.keyClick(window.lists["meetings"].table, Qt.Key.Key_Delete)
    assert len(questions) == 1
    lines = questions[0].splitlines()
    assert len(lines) == 4  # the question, who loses the link, what goes too, undo
    assert all(line.startswith("⟦") and line.endswith("⟧") for line in lines), lines
    # The meeting as the list names it goes through the catalogue too (quotes, date format).
    assert "⟦“{0}” ({1})⟧" not in lines[0] and "⟦“" in lines[0]
