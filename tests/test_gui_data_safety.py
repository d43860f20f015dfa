"""Data safety in the window: the writer lock and read-only mode, a damaged file at start,
backups (now, automatic, at close, restore) and Check database with Repair."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

import pytest
from db_fixtures import table_dump
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from database import open_database
from database.backups import backup_now, list_backups
from database.demo import load_demo
from database.errors import CorruptDatabaseError
from database.lock import DatabaseLockedError, acquire_writer_lock
from database.trade_io import import_trade
from desktop.forms.check_database_dialog import (
    COL_KIND,
    COL_MESSAGE,
    COL_RECORD,
    COL_SEVERITY,
    COL_TABLE,
)
from desktop.forms.database_problem_dialogs import (
    CorruptDatabaseDialog,
    LockedDatabaseQuestion,
)
from desktop.forms.restore_dialog import COL_FIRST_COUNT, COL_REASON, RestoreDialog
from desktop.main_window import PAGES, TRADE_PAGE, MainWindow
from desktop.opening import GUI_BUSY_TIMEOUT_MS, open_gui_store

SIMPLE_CSV = ("reporter,partner,period,flow,product,value_usd,source,note\n"
              "KGZ,BLR,2023,export,TOTAL,1000,test,\n")

# What stays usable in read-only mode: it reads, copies or goes elsewhere, never writes the file.
READ_ONLY_ALLOWED = {
    "newDatabaseAction", "openAction", "exportListAction", "exportTradeAction",
    "printPreviewAction", "printAction", "exportPdfAction", "backupNowAction", "quitAction",
    "historyAction", "findAction", "refreshAction", "settingsAction", "aboutAction",
    "checkDatabaseAction",
}
# Must be off in read-only mode, whatever page is shown.
WRITE_ACTIONS = {"newAction", "editAction", "deleteAction", "importTradeAction", "undoAction",
                 "redoAction", "restoreAction"}


@pytest.fixture(autouse=True)
def _no_demo_question(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "ask_load_demo", lambda self: False)


def _demo_file(path: Path, *, with_batch: bool = False) -> Path:
    store = open_database(path)
    try:
        load_demo(store)
        if with_batch:
            csv = path.with_name("figures.csv")
            csv.write_text(SIMPLE_CSV, encoding="utf-8")
            import_trade(store, csv)
    finally:
        store.close()
    for backup in list_backups(path, with_counts=False):
        backup.path.unlink()  # the import's pre-import backup: tests start without backups
    return path


def _dump(path: Path) -> dict:
    conn = sqlite3.connect(str(path))
    try:
        return table_dump(conn, exclude=())
    finally:
        conn.close()


def _window(qtbot: QtBot, store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _close(window: MainWindow) -> None:
    window.close()
    window.store.close()


def _damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[3 * 4096:6 * 4096] = bytes(3 * 4096)
    path.write_bytes(bytes(data))
    return bytes(data)


def _click_on_next_message_box(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    """Click the button ``button_text`` of the next modal message box; record its text."""
    def run() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, run)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, run)


# ----------------------------------------------------------------------------- lock, read-only

def test_a_locked_file_names_its_holder_and_opens_read_only(qtbot: QtBot, tmp_path: Path) -> None:
    db = _demo_file(tmp_path / "shared.sqlite")
    other = acquire_writer_lock(db)  # another instance has it open for writing
    try:
        seen: list[str] = []
        _click_on_next_message_box(qtbot, "Open read-only", seen)
        store = open_gui_store(db)
        assert store is not None and store.read_only
        holder = other.holder
        [text] = seen
        assert str(db) in text
        assert f"{holder.user} on {holder.host} (process {holder.pid}) since " in text
        assert store.writer_lock is None

        window = _window(qtbot, store)
        assert "(read-only)" in window.windowTitle()
        assert window.read_only_label.isVisible()
        assert window.read_only_label.text().startswith("Read-only: open for writing by ")
        assert holder.user in window.read_only_label.text()
        _close(window)
    finally:
        other.release()


def test_a_locked_file_can_be_left_alone(qtbot: QtBot, tmp_path: Path) -> None:
    db = _demo_file(tmp_path / "shared.sqlite")
    with acquire_writer_lock(db):
        seen: list[str] = []
        _click_on_next_message_box(qtbot, "Quit", seen)
        assert open_gui_store(db) is None
        assert len(seen) == 1


def test_the_window_holds_the_writer_lock_of_its_file_and_gives_it_up_on_switching(
        qtbot: QtBot, tmp_path: Path) -> None:
    first = _demo_file(tmp_path / "first.sqlite")
    second = tmp_path / "second.sqlite"
    store = open_gui_store(first)
    assert store is not None and not store.read_only and store.writer_lock is not None
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == GUI_BUSY_TIMEOUT_MS
    window = _window(qtbot, store)
    with pytest.raises(DatabaseLockedError):
        acquire_writer_lock(first)
    assert window.switch_database(second)
    acquire_writer_lock(first).release()  # free again
    with pytest.raises(DatabaseLockedError):
        acquire_writer_lock(second)
    _close(window)
    acquire_writer_lock(second).release()


def test_switching_to_a_locked_file_offers_read_only_or_cancel(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = _demo_file(tmp_path / "mine.sqlite")
    theirs = _demo_file(tmp_path / "theirs.sqlite")
    window = _window(qtbot, open_gui_store(mine))
    answers: list[str] = []
    monkeypatch.setattr(LockedDatabaseQuestion, "ask",
                        classmethod(lambda cls, parent, error, at_start: answers.pop(0)))
    with acquire_writer_lock(theirs):
        answers.append(LockedDatabaseQuestion.QUIT)
        assert not window.switch_database(theirs)
        assert window.store.path == mine and not window.store.read_only
        answers.append(LockedDatabaseQuestion.OPEN_READ_ONLY)
        assert window.switch_database(theirs)
        assert window.store.path == theirs and window.store.read_only
        window.show_page("meetings")
        assert not window.new_action.isEnabled()
    assert window.switch_database(mine)
    window.show_page("meetings")
    assert window.new_action.isEnabled() and not window.read_only_label.isVisible()
    _close(window)


def test_read_only_mode_disables_every_write_action(qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    db = _demo_file(tmp_path / "shared.sqlite", with_batch=True)
    before = _dump(db)
    monkeypatch.setattr(LockedDatabaseQuestion, "ask", classmethod(
        lambda cls, parent, error, at_start: LockedDatabaseQuestion.OPEN_READ_ONLY))
    with acquire_writer_lock(db):
        window = _window(qtbot, open_gui_store(db))
        actions = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
        assert WRITE_ACTIONS <= set(actions), "an action of the audit was renamed"
        for page in PAGES:
            window.show_page(page)
            view = window.current_list()
            if view is not None and view.model.rowCount():
                view.table.selectRow(0)
            enabled = {name for name, action in actions.items() if action.isEnabled()
                       and not name.startswith("page_")}
            assert not enabled & WRITE_ACTIONS, (page, enabled & WRITE_ACTIONS)
            assert enabled <= READ_ONLY_ALLOWED, (page, enabled - READ_ONLY_ALLOWED)

        # Keys that bypass the actions are refused with a message.
        window.show_page("meetings")
        meetings = window.lists["meetings"]
        meetings.table.selectRow(0)
        meetings.table.setFocus()
        qtbot.keyClick(meetings.table, Qt.Key.Key_Return)
        assert window.active_dialog is None
        assert "read-only" in window.statusBar().currentMessage()
        window.statusBar().clearMessage()
        monkeypatch.setattr(window, "confirm_delete", lambda text: pytest.fail("asked to delete"))
        qtbot.keyClick(meetings.table, Qt.Key.Key_Delete)
        assert "read-only" in window.statusBar().currentMessage()

        # The Trade page: its buttons, Ctrl+V and the import history's undo.
        window.show_page(TRADE_PAGE)
        trade = window.trade_view()
        trade.table.selectRow(0)
        for button in (trade.new_button, trade.edit_button, trade.delete_button,
                       trade.paste_button, trade.import_button):
            assert not button.isEnabled(), button.objectName()
        assert trade.export_button.isEnabled()
        said: list[str] = []
        monkeypatch.setattr(trade, "show_message", said.append)
        QApplication.clipboard().setText("KGZ\tBLR\t2022\texport\tTOTAL\t5\n")
        trade.table.setFocus()
        qtbot.keyClick(trade.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert trade.active_dialog is None and said and "read-only" in said[0]
        history = trade.show_history()
        assert history.batches, "the file has an import batch"
        history.select_batch(history.batches[0].id)
        assert not history.undo_button.isEnabled()

        # Settings: the language stays the user's to change; the database's settings do not.
        window.settings_action.trigger()
        settings = window.active_dialog
        assert not settings.home_combo.isEnabled() and not settings.currency_combo.isEnabled()
        assert settings.language_combo.isEnabled()
        settings.reject()

        # Restore refuses; a check runs but offers no repair.
        window.show_restore_dialog()
        assert "read-only" in window.statusBar().currentMessage()
        check = window.check_database()
        assert check is not None and not check.repair_button.isEnabled()
        check.reject()
        _close(window)
    assert _dump(db) == before


# ----------------------------------------------------------------------------- damaged at start

def test_a_damaged_file_offers_its_newest_good_backup_and_keeps_the_damaged_file(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "commitments.sqlite"
    store = open_database(db)
    load_demo(store)
    good = backup_now(store, reason="manual")
    store.close()
    damaged = _damage(db)
    with pytest.raises(CorruptDatabaseError):
        open_database(db)

    shown: list[CorruptDatabaseDialog] = []

    def answer(cls, parent, error, backup, *, at_start):
        dialog = cls(error, backup, parent, at_start=at_start)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        assert str(db) in dialog.explanation.text() and "never overwrites" in dialog.explanation.text()
        text = dialog.backup_label.text()
        created = good.created.astimezone()
        assert f"{created:%H:%M:%S}" in text and str(created.year) in text
        assert "Meetings: 3" in text and "Commitments: 1" in text
        assert dialog.restore_button.isEnabled()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return dialog.choice

    monkeypatch.setattr(CorruptDatabaseDialog, "ask", classmethod(answer))
    restored = open_gui_store(db)
    assert len(shown) == 1
    assert restored is not None and not restored.read_only and restored.writer_lock is not None
    try:
        assert restored.conn.execute("SELECT count(*) FROM commitments").fetchone()[0] == 1
    finally:
        restored.close()
    kept = [p for p in (db.parent / "backups").iterdir() if p.name.endswith("-damaged.sqlite")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_a_damaged_file_without_backups_can_be_checked_left_or_swapped_for_another(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _demo_file(tmp_path / "commitments.sqlite")
    damaged = _damage(db)
    other = _demo_file(tmp_path / "other.sqlite")
    checked: list[list[tuple[str, ...]]] = []

    def record_check(dialog) -> int:
        rows = [tuple(dialog.table.item(r, c).text() for c in range(dialog.table.columnCount()))
                for r in range(dialog.table.rowCount())]
        checked.append(rows)
        return 0

    monkeypatch.setattr("desktop.forms.check_database_dialog.CheckDatabaseDialog.exec",
                        record_check)
    answers = ["check", "quit"]

    def answer(cls, parent, error, backup, *, at_start):
        dialog = cls(error, backup, parent, at_start=at_start)
        qtbot.addWidget(dialog)
        assert backup is None and not dialog.restore_button.isEnabled()
        assert dialog.backup_label.text() == "No good backup of this database was found."
        step = answers.pop(0)
        if step == "check":
            qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
        elif step == "other":
            monkeypatch.setattr(dialog, "choose_other_file", lambda: other)
            qtbot.mouseClick(dialog.open_other_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
        return dialog.choice

    monkeypatch.setattr(CorruptDatabaseDialog, "ask", classmethod(answer))
    assert open_gui_store(db) is None
    [rows] = checked
    assert rows and all(row[COL_SEVERITY] == "Error" for row in rows)
    assert any("restore a backup" in row[COL_MESSAGE] for row in rows)

    answers[:] = ["other"]
    store = open_gui_store(db)
    assert store is not None and store.path == other
    store.close()
    assert db.read_bytes() == damaged, "the damaged file is never written"


# ----------------------------------------------------------------------------- backups

def test_backup_now_names_its_file_in_the_status_bar(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, open_gui_store(_demo_file(tmp_path / "c.sqlite")))
    window.backup_now_action.trigger()
    [info] = list_backups(window.store.path)
    assert info.reason == "manual" and info.counts["meetings"] == 3
    assert window.statusBar().currentMessage() == f"Backed up to {info.path}"
    _close(window)


def test_a_slow_backup_runs_off_the_gui_thread_behind_a_progress_dialog(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import itertools

    from database import backups

    window = _window(qtbot, open_gui_store(_demo_file(tmp_path / "c.sqlite")))
    real_backup_file = backups.backup_file
    threads: list[object] = []

    def slow_backup_file(*args, **kwargs):
        # What a million-row file costs: seconds in the backup API.
        threads.append(QThread.currentThread())
        time.sleep(1.5)
        return real_backup_file(*args, **kwargs)

    monkeypatch.setattr(backups, "backup_file", slow_backup_file)
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    heartbeat.start(20)
    dialogs: list[str] = []
    probe = QTimer()
    probe.timeout.connect(lambda: dialogs.extend(
        w.labelText() for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()))
    probe.start(100)
    started = time.monotonic()
    info = window.backup_now()
    took = time.monotonic() - started
    heartbeat.stop()
    probe.stop()

    assert info is not None and info.reason == "manual" and took >= 1.5
    assert threads and threads[0] is not window.thread(), "the backup ran on the GUI thread"
    longest = max(b - a for a, b in itertools.pairwise(ticks))
    assert longest < 0.5, f"the window froze for {longest:.2f} s"
    assert "Backing up c.sqlite…" in dialogs
    _close(window)


def _add_person(window: MainWindow, name: str) -> None:
    from database.services.people import create_person

    window.record_result(create_person(window.store, name=name))


def test_automatic_backups_follow_changes_at_most_every_30_minutes_and_at_close(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, open_gui_store(_demo_file(tmp_path / "c.sqlite")))
    path = window.store.path
    assert not window.auto_backup.check(), "nothing changed: nothing to back up"
    _add_person(window, "Changed once")
    assert window.auto_backup.changed_since is not None
    assert window.auto_backup.check()
    qtbot.waitUntil(lambda: not window.auto_backup.running, timeout=10000)
    assert [b.reason for b in list_backups(path)] == ["auto"]
    assert "Backed up automatically to " in window.statusBar().currentMessage()
    assert window.auto_backup.changed_since is None

    _add_person(window, "Changed again")
    assert not window.auto_backup.check(), "the last backup is younger than 30 minutes"
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=31)
    # Backup names have whole seconds; rotation cannot order two taken in the same second.
    time.sleep(1.0 - dt.datetime.now().microsecond / 1e6)
    assert window.auto_backup.check(now=later)
    qtbot.waitUntil(lambda: not window.auto_backup.running, timeout=10000)
    # Rotation keeps the newest automatic backup of the day: the one with the second change.
    [auto] = list_backups(path)
    assert auto.reason == "auto" and "Changed again" in _people(auto.path)

    _add_person(window, "Changed before closing")
    time.sleep(1.0 - dt.datetime.now().microsecond / 1e6)  # see above: not the same second
    _close(window)
    newest = list_backups(path)[0]
    assert newest.reason == "close"
    assert "Changed before closing" in _people(newest.path)


def _people(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return [r[0] for r in conn.execute("SELECT name FROM people")]
    finally:
        conn.close()


def test_closing_without_changes_takes_no_backup(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, open_gui_store(_demo_file(tmp_path / "c.sqlite")))
    path = window.store.path
    _close(window)
    assert list_backups(path) == []


def test_restore_lists_backups_backs_up_first_and_clears_the_undo_history(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, open_gui_store(_demo_file(tmp_path / "c.sqlite")))
    path = window.store.path
    lock = window.store.writer_lock
    window.backup_now()
    window.show_page("meetings")
    meetings = window.lists["meetings"]
    monkeypatch.setattr(window, "confirm_delete", lambda text: True)
    window.delete_records("meetings", [meetings.model.row_dict(0)["id"]])
    assert meetings.model.rowCount() == 2 and window.undo_stack.count() == 1

    questions: list[str] = []

    def choose(cls, db_path, parent, *, can_restore):
        dialog = cls(db_path, parent, can_restore=can_restore)
        qtbot.addWidget(dialog)
        dialog.wait_for_counts()
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, COL_REASON).text() == "Backup now"
        assert dialog.table.item(0, COL_FIRST_COUNT).text() == "3"  # meetings
        monkeypatch.setattr(dialog, "confirm_restore",
                            lambda info: questions.append(str(info.path)) or True)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return dialog.chosen()

    monkeypatch.setattr(RestoreDialog, "ask", classmethod(choose))
    window.restore_action.trigger()

    assert len(questions) == 1, "asked once"
    assert meetings.model.rowCount() == 3
    assert window.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert window.store.writer_lock is lock and lock.held
    with pytest.raises(DatabaseLockedError):
        acquire_writer_lock(path)
    assert window.store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == GUI_BUSY_TIMEOUT_MS
    safety = [b for b in list_backups(path) if b.reason == "pre-restore"]
    assert len(safety) == 1 and safety[0].counts["meetings"] == 2
    assert "Restored" in window.statusBar().currentMessage()
    assert str(safety[0].path) in window.statusBar().currentMessage()
    # The window writes to the restored file as usual.
    _add_person(window, "After the restore")
    _close(window)


def test_a_restore_that_fails_leaves_the_window_on_the_file_as_it_was(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, open_gui_store(_demo_file(tmp_path / "c.sqlite")))
    lock = window.store.writer_lock
    bad = window.backup_now().path
    _damage(bad)
    _add_person(window, "Not yet in a backup")
    before = table_dump(window.store, exclude=())
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)

    assert not window.restore_backup_file(bad)

    assert len(shown) == 1 and shown[0].startswith("The backup was not restored: ")
    assert str(bad) in shown[0]
    assert table_dump(window.store, exclude=()) == before
    assert window.store.writer_lock is lock and lock.held and not window.store.read_only
    assert window.auto_backup.changed_since is not None, "the change still awaits a backup"
    _add_person(window, "Written after the failed restore")
    _close(window)


def test_the_restore_dialog_says_when_there_are_no_backups(qtbot: QtBot, tmp_path: Path) -> None:
    db = _demo_file(tmp_path / "c.sqlite")
    dialog = RestoreDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert dialog.empty_label.text() == "There are no backups of this database yet."
    dialog.reject()


# ----------------------------------------------------------------------------- check and repair

def test_check_database_lists_an_orphan_and_a_stale_summary_and_repairs_them(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _demo_file(tmp_path / "c.sqlite")
    conn = sqlite3.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    meeting, participants = conn.execute(
        "SELECT meeting_id, count(*) FROM meeting_participants GROUP BY meeting_id LIMIT 1"
    ).fetchone()
    conn.execute("DELETE FROM meetings WHERE id = ?", (meeting,))  # children left behind
    # A sum no figure gives (the demo's press figures name no reporter, so make no sums).
    conn.execute("INSERT INTO trade_totals (reporter_iso3, partner_iso3, period, flow, chapter, source,"
                 " level, value_usd_cents, figure_count)"
                 " VALUES ('KGZ', 'BLR', '2023', 'export', 'TOTAL', 'NSC', 0, 100, 1)")
    conn.close()

    window = _window(qtbot, open_gui_store(db))
    _add_person(window, "An undo step")
    window.check_database_action.trigger()
    dialog = window.check_dialog
    assert dialog is not None and dialog.isVisible()
    rows = [tuple(dialog.table.item(r, c).text() for c in range(5))
            for r in range(dialog.table.rowCount())]
    orphans = [r for r in rows if r[COL_KIND] == "Broken reference"]
    assert len(orphans) >= participants
    assert all(r[COL_SEVERITY] == "Error" and r[COL_RECORD].startswith("#") for r in orphans)
    assert any(r[COL_TABLE] == "Meeting participant (meeting_participants)" for r in orphans)
    assert any(r[COL_KIND] == "Trade summary out of date" and "trade_totals" in r[COL_TABLE]
               for r in rows)
    assert "can be repaired safely" in dialog.summary.text()
    assert dialog.repair_button.isEnabled()

    asked: list[int] = []
    monkeypatch.setattr(dialog, "confirm_repair", lambda count: asked.append(count) or True)
    qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)

    assert asked == [len(rows)]
    assert dialog.table.rowCount() == 0
    assert dialog.summary.text() == f"{db}: no problems found."
    assert "pre-repair" in dialog.result_label.text()
    assert [b.reason for b in list_backups(db)] == ["pre-repair"]
    assert window.undo_stack.count() == 0, "the repair changed rows under the undo steps"
    assert not dialog.repair_button.isEnabled()
    dialog.accept()
    _close(window)


def test_a_healthy_file_checks_clean(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, open_gui_store(_demo_file(tmp_path / "c.sqlite")))
    dialog = window.check_database()
    assert dialog.table.rowCount() == 0
    assert dialog.summary.text().endswith(": no problems found.")
    assert not dialog.repair_button.isEnabled()
    dialog.accept()
    _close(window)

