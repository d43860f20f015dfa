"""Undo, redo and undo-import never overwrite a change they did not make (issue 12, part 3).

Every undo (or redo) step knows the state it left its rows in and refuses, naming the record,
when a row is no longer that way; nothing is written and the step stays on the stack. An
import done in the window is one step on the same stack, and the Import history shares it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from db_fixtures import table_dump
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from window_fixtures import demo_window

from database import Store, open_database
from database import errors
from database.errors import ValidationError
from database.operations import UpdateRow, apply
from database.services.base import apply_inverse
from database.services.trade import (
    TradeFigureInput,
    create_trade_figure,
    delete_trade_figures,
    update_trade_figure,
)
from database.trade_io import get_import_batch, import_trade, undo_import_batch
from desktop.error_messages import error_message
from desktop.forms.trade_import_dialog import TradeImportDialog
from desktop.main_window import MainWindow

HEADER = "reporter,partner,period,flow,product,value_usd,source\n"
FIGURE = "KGZ→BLR 2024 export"
FIGURE_TABLES = ("trade_figures", "trade_totals", "import_batch_previous")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, en_us_locale) -> Iterator[MainWindow]:
    with demo_window(qtbot, tmp_path) as main:
        main.show_page("trade_figures")
        yield main


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the window's warning boxes (the hub's failures end up there)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


def _csv(folder: Path, name: str, export_usd: str, import_usd: str = "500") -> Path:
    path = folder / name
    path.write_text(f"{HEADER}KGZ,BLR,2024,export,TOTAL,{export_usd},NSC\n"
                    f"KGZ,BLR,2024,import,TOTAL,{import_usd},NSC\n", encoding="utf-8")
    return path


def _cents(store: Store) -> int | None:
    """The value of KGZ→BLR 2024 export (source NSC), or None when there is none."""
    found = store.conn.execute(
        "SELECT value_usd_cents FROM trade_figures WHERE reporter_iso3 = 'KGZ' AND"
        " partner_iso3 = 'BLR' AND period = '2024' AND flow = 'export' AND source = 'NSC'"
    ).fetchone()
    return None if found is None else found[0]


def _figures(store: Store) -> dict[str, list[tuple]]:
    dump = table_dump(store)
    return {t: sorted(dump[t]) for t in FIGURE_TABLES}


def _type_figure(window: MainWindow, qtbot: QtBot, value: str) -> int:
    """New trade figure KGZ→BLR 2024 export, typed into the form as a user would."""
    window.trade_view().new_button.click()
    dialog = window.active_dialog
    qtbot.keyClicks(dialog.partner.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(dialog.period, "2024")
    dialog.flow.setCurrentIndex(dialog.flow.findData("export"))
    qtbot.keyClicks(dialog.value, value)
    qtbot.keyClicks(dialog.source, "NSC")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return window.store.conn.execute("SELECT max(id) FROM trade_figures").fetchone()[0]


def _edit_figure(window: MainWindow, qtbot: QtBot, figure_id: int, value: str) -> None:
    """Open the figure's form from the Trade page (Enter) and type a new value."""
    view = window.trade_view()
    assert view.select_id(figure_id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = window.active_dialog
    assert dialog.record_id == figure_id
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, value)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _import_in_window(window: MainWindow, qtbot: QtBot, path: Path) -> int:
    """File > Import trade figures: preview ``path`` and import it; returns the batch id."""
    window.import_trade_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, TradeImportDialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000) as preview:
        dialog.set_file(path)
    assert preview.args[0].ok
    with qtbot.waitSignal(dialog.import_finished, timeout=30_000) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] == "imported"
    batch_id = dialog.result.batch_id
    dialog.close()
    return batch_id


def _import_elsewhere(store: Store, path: Path) -> int:
    """An import the window's undo stack knows nothing of: another program on the same file."""
    other = open_database(store.path, integrity_check=False)
    try:
        return import_trade(other, path).batch_id
    finally:
        other.close()


def _back_in_window(window: MainWindow, qtbot: QtBot) -> None:
    # The offscreen platform does not give the window its focus back when a dialog closes, as
    # a desktop does; without an active window a shortcut reaches nobody.
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def _ctrl_z(window: MainWindow, qtbot: QtBot) -> None:
    _back_in_window(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _ctrl_shift_z(window: MainWindow, qtbot: QtBot) -> None:
    _back_in_window(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def _refused(window: MainWindow, qtbot: QtBot, warnings: list[str], index: int) -> str:
    """Wait until the refusal is shown and the stack is back at ``index``; return the text."""
    qtbot.waitUntil(lambda: bool(warnings) and window.undo_stack.index() == index, timeout=3000)
    qtbot.wait(20)  # the stack stays where it is once put back
    assert window.undo_stack.index() == index
    return warnings[-1]


def _undo_in_history(window: MainWindow, qtbot: QtBot, batch_id: int,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Select the batch in Trade > Import history and click Undo import (answering Yes)."""
    history = window.trade_view().show_history()
    monkeypatch.setattr(history, "confirm_undo", lambda _text: True)
    row = next(r for r, b in enumerate(history.batches) if b.id == batch_id)
    cell = history.table.visualRect(history.table.model().index(row, 0)).center()
    qtbot.mouseClick(history.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert history.selected_batch().id == batch_id
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)


# --- the reported defect: Ctrl+Z after an import ------------------------------------------------

def test_ctrl_z_refuses_to_delete_a_typed_figure_that_an_import_changed(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, warnings: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    figure_id = _type_figure(window, qtbot, "1000")
    assert _cents(window.store) == 100_000 and window.undo_stack.index() == 1
    batch_id = _import_elsewhere(window.store, _csv(tmp_path, "kgz.csv", "2000"))
    assert _cents(window.store) == 200_000

    _ctrl_z(window, qtbot)  # would delete the figure the import set to 2,000
    message = _refused(window, qtbot, warnings, 1)
    assert FIGURE in message
    assert _cents(window.store) == 200_000, "the imported value is kept"
    assert window.undo_stack.canUndo(), "the step stays on the stack"

    # undo-import still works: the figure gets the typed 1,000 back...
    _undo_in_history(window, qtbot, batch_id, monkeypatch)
    assert get_import_batch(window.store, batch_id).undone
    assert _cents(window.store) == 100_000
    # ...and now the typed step fits again: Ctrl+Z removes the figure as typed.
    warnings.clear()
    _ctrl_z(window, qtbot)
    assert not warnings
    assert window.store.conn.execute("SELECT count(*) FROM trade_figures WHERE id = ?",
                                     (figure_id,)).fetchone()[0] == 0
    assert window.undo_stack.index() == 0


def test_an_import_in_the_window_is_one_undo_step(window: MainWindow, qtbot: QtBot,
                                                  tmp_path: Path, warnings: list[str]) -> None:
    _type_figure(window, qtbot, "1000")
    typed = _figures(window.store)
    batch_id = _import_in_window(window, qtbot, _csv(tmp_path, "kgz.csv", "2000"))
    imported = _figures(window.store)
    assert _cents(window.store) == 200_000
    assert window.undo_stack.count() == 2 and window.undo_stack.index() == 2
    assert "kgz.csv" in window.undo_action.text()

    _ctrl_z(window, qtbot)  # the import as a whole: 1,000 back, the imported figure gone
    assert _figures(window.store) == typed
    assert get_import_batch(window.store, batch_id).undone
    history = window.trade_view().show_history()
    assert history.table.item(0, 9).text().startswith("Undone")

    _ctrl_shift_z(window, qtbot)  # redo: the same figures again, with their ids and uuids
    assert _figures(window.store) == imported
    assert not get_import_batch(window.store, batch_id).undone
    assert history.table.item(0, 9).text() == "Imported"

    _ctrl_z(window, qtbot)
    _ctrl_z(window, qtbot)
    assert _cents(window.store) is None and window.undo_stack.index() == 0
    _ctrl_shift_z(window, qtbot)
    _ctrl_shift_z(window, qtbot)
    assert _figures(window.store) == imported
    assert not warnings
    # The batch can still be undone from the command line's library call afterwards.
    undone = undo_import_batch(window.store, batch_id)
    assert (undone.deleted, undone.restored) == (1, 1)
    assert _figures(window.store) == typed


def test_undo_import_in_the_history_is_the_stack_step_when_it_is_the_last_one(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, warnings: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    figure_id = _type_figure(window, qtbot, "1000")
    batch_id = _import_in_window(window, qtbot, _csv(tmp_path, "kgz.csv", "2000"))
    imported = _figures(window.store)

    _undo_in_history(window, qtbot, batch_id, monkeypatch)
    assert _cents(window.store) == 100_000 and get_import_batch(window.store, batch_id).undone
    # It was the stack's step: Ctrl+Shift+Z redoes it, and the next Ctrl+Z is the typed figure.
    assert window.undo_stack.index() == 1 and window.undo_stack.canRedo()
    _ctrl_z(window, qtbot)
    assert window.store.conn.execute("SELECT count(*) FROM trade_figures WHERE id = ?",
                                     (figure_id,)).fetchone()[0] == 0
    _ctrl_shift_z(window, qtbot)
    _ctrl_shift_z(window, qtbot)
    assert _figures(window.store) == imported
    assert not get_import_batch(window.store, batch_id).undone
    assert not warnings


def test_undo_import_in_the_history_of_an_earlier_step_is_not_undone_twice(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, warnings: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    batch_id = _import_in_window(window, qtbot, _csv(tmp_path, "kgz.csv", "2000"))
    window.trade_view().new_button.click()  # a later step: a figure of another period
    dialog = window.active_dialog
    qtbot.keyClicks(dialog.partner.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(dialog.period, "2023")
    dialog.flow.setCurrentIndex(dialog.flow.findData("export"))
    qtbot.keyClicks(dialog.value, "10")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert window.undo_stack.index() == 2

    _undo_in_history(window, qtbot, batch_id, monkeypatch)  # not the last step: the library undoes it
    assert get_import_batch(window.store, batch_id).undone and _cents(window.store) is None
    after_history = _figures(window.store)
    _ctrl_z(window, qtbot)  # the typed 2023 figure
    assert window.store.conn.execute(
        "SELECT count(*) FROM trade_figures WHERE period = '2023'").fetchone()[0] == 0
    without_typed = _figures(window.store)
    assert without_typed != after_history
    _ctrl_z(window, qtbot)  # the import: already undone, so nothing is undone a second time
    qtbot.waitUntil(lambda: bool(warnings), timeout=3000)
    assert "already been undone" in warnings[-1]
    assert _figures(window.store) == without_typed
    assert not window.undo_stack.canUndo()


# --- redo after a change from elsewhere -----------------------------------------------------------

def test_redo_of_an_edit_is_refused_after_an_outside_change(
        window: MainWindow, qtbot: QtBot, warnings: list[str]) -> None:
    figure_id = _type_figure(window, qtbot, "1000")
    _edit_figure(window, qtbot, figure_id, "1500")
    assert _cents(window.store) == 150_000
    _ctrl_z(window, qtbot)
    assert _cents(window.store) == 100_000
    other = open_database(window.store.path, integrity_check=False)
    try:
        update_trade_figure(other, figure_id, TradeFigureInput("KGZ", "BLR", "2024", "export",
                                                               "1200", source="NSC"))
    finally:
        other.close()

    _ctrl_shift_z(window, qtbot)  # would overwrite the 1,200 typed elsewhere
    assert FIGURE in _refused(window, qtbot, warnings, 1)
    assert _cents(window.store) == 120_000
    assert window.undo_stack.canRedo(), "the step stays on the stack"


def test_redo_of_a_new_figure_is_refused_when_an_import_added_it_meanwhile(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, warnings: list[str]) -> None:
    _type_figure(window, qtbot, "1000")
    _ctrl_z(window, qtbot)
    assert _cents(window.store) is None
    _import_elsewhere(window.store, _csv(tmp_path, "kgz.csv", "2000"))

    _ctrl_shift_z(window, qtbot)  # the same figure is there again, from the import
    assert FIGURE in _refused(window, qtbot, warnings, 0)
    assert _cents(window.store) == 200_000
    assert window.undo_stack.canRedo()


def test_edit_then_delete_then_undo_and_redo_still_work(
        window: MainWindow, qtbot: QtBot, warnings: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window, "confirm_delete", lambda _text: True)
    before = _figures(window.store)
    figure_id = _type_figure(window, qtbot, "1000")
    typed = _figures(window.store)
    _edit_figure(window, qtbot, figure_id, "1500")
    edited = _figures(window.store)
    view = window.trade_view()
    view.select_id(figure_id, clear_filter=True)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert _cents(window.store) is None and window.undo_stack.index() == 3

    _ctrl_z(window, qtbot)
    assert _figures(window.store) == edited
    _ctrl_z(window, qtbot)
    assert _figures(window.store) == typed
    _ctrl_z(window, qtbot)
    assert _figures(window.store) == before
    for _ in range(3):
        _ctrl_shift_z(window, qtbot)
    assert _cents(window.store) is None and window.undo_stack.index() == 3
    _ctrl_z(window, qtbot)
    assert _figures(window.store) == edited
    assert not warnings


# --- the library: what the window and the command line share ----------------------------------

def test_a_stale_inverse_raises_a_typed_error_and_writes_nothing(demo_store: Store) -> None:
    created = create_trade_figure(demo_store, TradeFigureInput("KGZ", "BLR", "2024", "export",
                                                               "1000", source="NSC"))
    edited = update_trade_figure(demo_store, created.record_id, TradeFigureInput(
        "KGZ", "BLR", "2024", "export", "1500", source="NSC"))
    demo_store.conn.execute("UPDATE trade_figures SET note = 'by another tool' WHERE id = ?",
                            (created.record_id,))
    before = table_dump(demo_store, exclude=())
    for inverse in (edited.undo, created.undo):
        with pytest.raises(errors.StaleUndoError) as info:
            apply_inverse(demo_store, inverse)
        assert (info.value.table, info.value.record_id) == ("trade_figures", created.record_id)
        assert FIGURE in str(info.value)
        assert table_dump(demo_store, exclude=()) == before
    # A forward update (no expected state) is not checked: services validate their own input.
    # It puts the row back exactly as the edit left it (its time too: a new second would be a
    # change of its own), after which the undo applies.
    left_at = demo_store.conn.execute("SELECT updated_at FROM trade_figures WHERE id = ?",
                                      (created.record_id,)).fetchone()[0]
    apply(demo_store, UpdateRow("trade_figures", created.record_id,
                                {"note": None, "updated_at": left_at}))
    apply_inverse(demo_store, edited.undo)
    assert _cents(demo_store) == 100_000


def test_undo_import_names_a_figure_edited_by_hand_and_changes_nothing(
        demo_store: Store, tmp_path: Path) -> None:
    batch_id = import_trade(demo_store, _csv(tmp_path, "kgz.csv", "2000")).batch_id
    figure_id = demo_store.conn.execute(
        "SELECT id FROM trade_figures WHERE import_batch_id = ? AND flow = 'export'",
        (batch_id,)).fetchone()[0]
    update_trade_figure(demo_store, figure_id, TradeFigureInput("KGZ", "BLR", "2024", "export",
                                                                "2100", source="NSC"))
    before = table_dump(demo_store, exclude=())
    with pytest.raises(errors.StaleUndoError) as info:
        undo_import_batch(demo_store, batch_id)
    assert (info.value.table, info.value.record_id) == ("trade_figures", figure_id)
    assert FIGURE in str(info.value) and "edited by hand" in str(info.value)
    assert FIGURE in error_message(info.value)
    assert table_dump(demo_store, exclude=()) == before


def test_undo_import_names_a_figure_deleted_by_hand(demo_store: Store, tmp_path: Path) -> None:
    batch_id = import_trade(demo_store, _csv(tmp_path, "kgz.csv", "2000")).batch_id
    figure_id = demo_store.conn.execute(
        "SELECT id FROM trade_figures WHERE import_batch_id = ? AND flow = 'export'",
        (batch_id,)).fetchone()[0]
    delete_trade_figures(demo_store, [figure_id])
    with pytest.raises(errors.StaleUndoError) as info:
        undo_import_batch(demo_store, batch_id)
    assert (info.value.table, info.value.record_id, info.value.reason) == (
        "trade_figures", figure_id, "deleted")
    assert FIGURE in str(info.value)


def test_undo_import_works_after_an_edit_that_was_undone_again(
        demo_store: Store, tmp_path: Path) -> None:
    create_trade_figure(demo_store, TradeFigureInput("KGZ", "BLR", "2024", "export", "1000",
                                                     source="NSC"))
    typed = table_dump(demo_store)["trade_figures"]
    batch_id = import_trade(demo_store, _csv(tmp_path, "kgz.csv", "2000")).batch_id
    figure_id = demo_store.conn.execute(
        "SELECT id FROM trade_figures WHERE import_batch_id = ? AND flow = 'export'",
        (batch_id,)).fetchone()[0]
    edit = update_trade_figure(demo_store, figure_id, TradeFigureInput(
        "KGZ", "BLR", "2024", "export", "2100", source="NSC"))
    apply_inverse(demo_store, edit.undo)  # the figure is again what the import left
    undone = undo_import_batch(demo_store, batch_id)
    assert (undone.deleted, undone.restored) == (1, 1)
    assert table_dump(demo_store)["trade_figures"] == typed


def test_a_later_batch_still_has_to_be_undone_first(demo_store: Store, tmp_path: Path) -> None:
    first = import_trade(demo_store, _csv(tmp_path, "a.csv", "2000")).batch_id
    second = import_trade(demo_store, _csv(tmp_path, "b.csv", "3000")).batch_id
    with pytest.raises(ValidationError) as info:
        undo_import_batch(demo_store, first)
    assert info.value.code == "changed_since" and f"later batch(es) {second}" in str(info.value)


def test_the_undo_import_command_names_the_figure_edited_by_hand(tmp_path: Path) -> None:
    from cli_runner import run_cli

    _csv(tmp_path, "kgz.csv", "2000")
    assert run_cli("--db", "t.sqlite", "import-trade", "kgz.csv", cwd=tmp_path).returncode == 0
    store = open_database(tmp_path / "t.sqlite")
    try:
        figure_id = store.conn.execute(
            "SELECT id FROM trade_figures WHERE flow = 'export'").fetchone()[0]
        update_trade_figure(store, figure_id, TradeFigureInput("KGZ", "BLR", "2024", "export",
                                                               "2100", source="NSC"))
        before = table_dump(store, exclude=())
    finally:
        store.close()
    refused = run_cli("--db", "t.sqlite", "undo-import", "1", cwd=tmp_path)
    assert refused.returncode == 1
    assert FIGURE in refused.stderr and "edited by hand" in refused.stderr
    store = open_database(tmp_path / "t.sqlite")
    try:
        assert table_dump(store, exclude=()) == before
    finally:
        store.close()


def test_redo_of_an_import_is_refused_when_its_figures_changed_after_the_undo(
        demo_store: Store, tmp_path: Path) -> None:
    from database.trade_io.batches import redo_import_batch

    create_trade_figure(demo_store, TradeFigureInput("KGZ", "BLR", "2024", "export", "1000",
                                                     source="NSC"))
    batch_id = import_trade(demo_store, _csv(tmp_path, "kgz.csv", "2000")).batch_id
    imported = table_dump(demo_store)
    undo_import_batch(demo_store, batch_id, keep_for_redo=True)
    typed_id = demo_store.conn.execute("SELECT max(id) FROM trade_figures").fetchone()[0]

    # The figure the batch had updated was edited after the undo: the redo would overwrite it.
    edit = update_trade_figure(demo_store, typed_id, TradeFigureInput(
        "KGZ", "BLR", "2024", "export", "1100", source="NSC"))
    before = table_dump(demo_store, exclude=())
    with pytest.raises(errors.StaleUndoError) as info:
        redo_import_batch(demo_store, batch_id)
    assert (info.value.record_id, info.value.reason) == (typed_id, "changed")
    assert FIGURE in str(info.value)
    assert table_dump(demo_store, exclude=()) == before
    apply_inverse(demo_store, edit.undo)

    # The figure the batch had inserted was typed in again meanwhile.
    again = create_trade_figure(demo_store, TradeFigureInput("KGZ", "BLR", "2024", "import",
                                                             "7", source="NSC"))
    with pytest.raises(errors.StaleUndoError) as info:
        redo_import_batch(demo_store, batch_id)
    assert (info.value.record_id, info.value.reason) == (again.record_id, "exists")
    apply_inverse(demo_store, again.undo)

    redone = redo_import_batch(demo_store, batch_id)
    assert (redone.inserted, redone.updated) == (1, 1)
    # trade_totals is compared as a set: recomputed sums come back in another rowid order.
    assert {t: sorted(rows) for t, rows in table_dump(demo_store).items()
            if t != "import_batches"} == {t: sorted(rows) for t, rows in imported.items()
                                          if t != "import_batches"}
    # Undone by the command line (no redo kept): a redo has nothing to work from.
    undo_import_batch(demo_store, batch_id)
    with pytest.raises(ValidationError) as refused:
        redo_import_batch(demo_store, batch_id)
    assert refused.value.code == "redo_unavailable"
