"""After File > Restore a backup the whole window shows the restored file (a tester's report):
status bar counts, the Trade table and the Import history — also when an import-history row was
selected and the restored file has fewer imports — and a message says what was restored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from database import open_database
from database.backups import list_backups
from database.demo import load_demo
from database.trade_io.batches import list_import_batches
from desktop.forms.restore_dialog import COL_REASON, RestoreDialog
from desktop.forms.trade_import_dialog import TradeImportDialog
from desktop.main_window import MainWindow
from desktop.opening import open_gui_store

FIGURES_CSV = ("reporter,partner,period,flow,product,value_usd,source\n"
               "KGZ,BLR,2025-01,export,TOTAL,3500000.25,NSC\n"
               "KGZ,BLR,2025-01,import,TOTAL,7100000,NSC\n"
               "BLR,KGZ,2025-01,export,TOTAL,7400000,Belstat\n")


@pytest.fixture(autouse=True)
def _no_demo_question(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "ask_load_demo", lambda self: False)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, en_us_locale) -> Iterator[MainWindow]:
    db = tmp_path / "trial.sqlite"
    store = open_database(db)
    load_demo(store)
    store.close()
    main = MainWindow(open_gui_store(db))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    main.store.close()


def _import_through_the_dialog(window: MainWindow, qtbot: QtBot, csv_file: Path) -> None:
    window.import_trade_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, TradeImportDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000) as preview:
        dialog.set_file(csv_file)
    assert preview.args[0].ok
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["imported"]
    dialog.close()


def _click_row(qtbot: QtBot, table, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _restore_through_the_dialog(window: MainWindow, qtbot: QtBot,
                                monkeypatch: pytest.MonkeyPatch, backup: Path) -> None:
    """File > Restore a backup: click the row of ``backup``, Restore, and Yes."""
    def ask(cls, db_path, parent, *, can_restore):
        dialog = cls(db_path, parent, can_restore=can_restore)
        qtbot.addWidget(dialog)
        dialog.wait_for_counts()
        [row] = [r for r, info in enumerate(dialog.backups) if info.path == backup]
        assert dialog.table.item(row, COL_REASON).text() == "Backup now"
        _click_row(qtbot, dialog.table, row)
        monkeypatch.setattr(dialog, "confirm_restore", lambda info: True)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return dialog.chosen()

    monkeypatch.setattr(RestoreDialog, "ask", classmethod(ask))
    window.restore_action.trigger()


def test_restoring_an_older_backup_with_an_import_selected_shows_the_restored_file(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    # The older state: the demo's 8 trade figures and no imports.
    window.backup_now_action.trigger()
    [older] = [b.path for b in list_backups(window.store.path) if b.reason == "manual"]

    window.show_page("trade_figures")
    view = window.trade_view()
    csv_file = tmp_path / "kgz-blr-2025.csv"
    csv_file.write_text(FIGURES_CSV, encoding="utf-8-sig")
    _import_through_the_dialog(window, qtbot, csv_file)
    history = view.show_history()
    assert history.table.rowCount() == 1
    _click_row(qtbot, history.table, 0)
    assert history.selected_batch() is not None and history.undo_button.isEnabled()
    assert "Trade figures: 11" in window.counts_label.text()  # the demo's 8 and 3 imported

    _restore_through_the_dialog(window, qtbot, monkeypatch, older)

    assert errors == []
    assert list_import_batches(window.store) == []
    assert "Trade figures: 8" in window.counts_label.text()
    assert view.model.rowCount() == 8
    assert history.table.rowCount() == 0 and history.selected_batch() is None
    assert history.status_label.text().startswith("No imports yet.")
    assert not history.undo_button.isEnabled()
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Restored {window.store.path} from {older}")
    assert "Trade figures: 8" in message and "Meetings: 3" in message
    assert "The previous state is kept in " in message

    # The toolbar's Refresh works on the restored file as well.
    window.refresh_action.trigger()
    assert errors == [] and "Trade figures: 8" in window.counts_label.text()


def test_a_page_that_fails_to_refresh_leaves_the_rest_of_the_window_up_to_date(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.views.trade_view import TradeView

    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    window.backup_now_action.trigger()
    [older] = [b.path for b in list_backups(window.store.path) if b.reason == "manual"]
    window.show_page("trade_figures")
    csv_file = tmp_path / "kgz-blr-2025.csv"
    csv_file.write_text(FIGURES_CSV, encoding="utf-8-sig")
    _import_through_the_dialog(window, qtbot, csv_file)
    window.show_page("meetings")
    meetings = window.lists["meetings"]
    monkeypatch.setattr(window, "confirm_delete", lambda text: True)
    window.delete_records("meetings", [meetings.model.row_dict(0)["id"]])
    assert meetings.model.rowCount() == 2

    def broken(self, store):
        raise RuntimeError("the trade page broke")
    monkeypatch.setattr(TradeView, "set_store", broken)
    _restore_through_the_dialog(window, qtbot, monkeypatch, older)

    # Every other page and the status bar show the restored file; the failure is said once.
    assert meetings.model.rowCount() == 3
    assert "Meetings: 3" in window.counts_label.text()
    assert "Trade figures: 8" in window.counts_label.text()
    [error] = errors
    assert "Trade" in error and "the trade page broke" in error
    assert window.statusBar().currentMessage().startswith(f"Restored {window.store.path}")


def test_backup_now_keeps_the_backup_restored_from_and_says_what_rotation_removed(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from database import backups
    from database.backups import (
        RetentionPolicy,
        backup_file_name,
        backup_folder_for,
        save_folder_retention,
    )

    path = window.store.path
    folder = backup_folder_for(path)
    folder.mkdir()
    save_folder_retention(folder, RetentionPolicy(1, 1, 1))
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    # Automatic backups of the three days before: the policy keeps the newest only.
    autos = [folder / backup_file_name(path, now - dt.timedelta(days=d), "auto") for d in (1, 2, 3)]
    for auto in autos:
        auto.write_bytes(b"SQLite format 3\x00")
    monkeypatch.setattr(window, "show_error", lambda text: pytest.fail(text))

    window.backup_now_action.trigger()
    [first] = [b.path for b in list_backups(path) if b.reason == "manual"]
    assert [a.exists() for a in autos] == [True, False, False]
    assert window.statusBar().currentMessage().startswith(
        f"Backed up to {first}. Rotation removed 2 older backup(s) ")

    _restore_through_the_dialog(window, qtbot, monkeypatch, first)
    # A second Backup now, later the same day: the first one (just restored from) stays.
    monkeypatch.setattr(backups, "_now", lambda: now + dt.timedelta(seconds=5))
    window.backup_now_action.trigger()
    manual = [b.path for b in list_backups(path) if b.reason == "manual"]
    assert len(manual) == 2 and first in manual
    [second] = [p for p in manual if p != first]
    assert window.statusBar().currentMessage() == f"Backed up to {second}"
