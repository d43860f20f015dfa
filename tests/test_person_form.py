"""The person and organisation editors driven like a user, checked against the database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from database.store import Store
from db_fixtures import count
from desktop.forms.organisation_form import OrganisationDialog
from desktop.forms.person_form import PersonDialog


def open_dialog(qtbot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.objectName() or button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_person_with_two_positions(qtbot, demo_store: Store) -> None:
    before = {t: count(demo_store, t) for t in ("people", "positions")}
    dialog = open_dialog(qtbot, PersonDialog(demo_store))
    assert dialog.windowTitle() == "New person"
    saved = []
    dialog.saved.connect(saved.append)
    name_error = dialog.findChild(QWidget, "nameError")
    assert not dialog.save_button.isEnabled() and name_error.text() == "Name is required."

    qtbot.keyClicks(dialog.name_edit, "Daniyar Amangeldiev")
    # QTest types Latin-1 only (other characters abort); Cyrillic comes as a paste would.
    dialog.native_name_edit.insert("Данияр Амангельдиев")
    qtbot.keyClicks(dialog.country_combo.lineEdit(), "KGZ")
    click(qtbot, dialog.add_position_button)
    first = dialog.position_rows[0]
    assert QApplication.focusWidget() is first.title or not dialog.isActiveWindow()
    qtbot.keyClicks(first.title, "Minister of Economy and Commerce")
    first.organisation.setCurrentIndex(first.organisation.findText(
        "Cabinet of Ministers of the Kyrgyz Republic"))
    qtbot.keyClicks(first.country.lineEdit(), "KGZ")
    first.start.set_date(dt.date(2021, 10, 13))
    first.end.set_date(dt.date(2024, 12, 31))

    click(qtbot, dialog.add_position_button)
    second = dialog.position_rows[1]
    qtbot.keyClicks(second.title, "First Deputy Chairman of the Cabinet of Ministers")
    second.start.set_date(dt.date(2025, 2, 1))
    second.end.set_date(dt.date(2025, 1, 1))  # before the start

    error = dialog.findChild(QWidget, "positionsError")
    assert error.isVisible()
    assert "row 2" in error.text() and "row 1" not in error.text()
    assert "before the start" in error.text()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not saved
    assert {t: count(demo_store, t) for t in ("people", "positions")} == before

    second.end.set_date(None)  # still in office
    assert not error.isVisible() and dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    assert len(saved) == 1
    person_id = saved[0].record_id
    assert demo_store.conn.execute(
        "SELECT name, native_name, country_iso3 FROM people WHERE id = ?", (person_id,)
    ).fetchone() == ("Daniyar Amangeldiev", "Данияр Амангельдиев", "KGZ")
    cabinet = demo_store.conn.execute(
        "SELECT id FROM organisations WHERE name = 'Cabinet of Ministers of the Kyrgyz Republic'"
    ).fetchone()[0]
    assert demo_store.conn.execute(
        "SELECT title, organisation_id, country_iso3, start_date, end_date FROM positions"
        " WHERE person_id = ? ORDER BY id", (person_id,)).fetchall() == [
        ("Minister of Economy and Commerce", cabinet, "KGZ", "2021-10-13", "2024-12-31"),
        ("First Deputy Chairman of the Cabinet of Ministers", None, None, "2025-02-01", None),
    ]


def test_position_row_errors_name_their_row(qtbot, store: Store) -> None:
    dialog = open_dialog(qtbot, PersonDialog(store, name="Someone"))
    assert dialog.name_edit.text() == "Someone"
    click(qtbot, dialog.add_position_button)
    error = dialog.findChild(QWidget, "positionsError")
    assert error.text() == "Positions: Title, row 1 is required."
    qtbot.keyClicks(dialog.position_rows[0].title, "Minister")
    qtbot.keyClicks(dialog.position_rows[0].country.lineEdit(), "Narnia")
    assert "row 1" in error.text() and "Country" in error.text()
    assert not dialog.save_button.isEnabled()
    # Removing the row with the focus removes the problem.
    dialog.position_rows[0].title.setFocus()
    dialog.positions_table.selectRow(0)
    click(qtbot, dialog.remove_position_button)
    assert dialog.position_rows == [] and dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    assert count(store, "people") == 1 and count(store, "positions") == 0


def test_edit_person_keeps_meeting_positions_when_positions_untouched(qtbot, demo_store: Store) -> None:
    golovchenko = demo_store.conn.execute(
        "SELECT id FROM people WHERE name = 'Roman Golovchenko'").fetchone()[0]
    links = "SELECT position_id FROM meeting_participants WHERE person_id = ?"
    before = demo_store.conn.execute(links, (golovchenko,)).fetchall()
    assert before and all(row[0] is not None for row in before)
    dialog = open_dialog(qtbot, PersonDialog(demo_store, golovchenko))
    assert dialog.windowTitle() == "Edit person – Roman Golovchenko"
    assert dialog.position_rows[0].title.text() == "Prime Minister of the Republic of Belarus"
    assert dialog.position_rows[0].country.iso3() == "BLR"
    dialog.notes_edit.setFocus()
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.notes_edit, " Checked.")
    click(qtbot, dialog.save_button)
    assert demo_store.conn.execute(links, (golovchenko,)).fetchall() == before
    assert demo_store.conn.execute("SELECT notes FROM people WHERE id = ?",
                                   (golovchenko,)).fetchone()[0].endswith("Checked.")


def test_edit_a_position_in_place_keeps_its_meetings(qtbot, demo_store: Store) -> None:
    golovchenko = demo_store.conn.execute(
        "SELECT id FROM people WHERE name = 'Roman Golovchenko'").fetchone()[0]
    links = "SELECT position_id FROM meeting_participants WHERE person_id = ?"
    before = demo_store.conn.execute(links, (golovchenko,)).fetchall()
    position_id = before[0][0]
    dialog = open_dialog(qtbot, PersonDialog(demo_store, golovchenko))
    title = dialog.position_rows[0].title
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (until 2025)")
    click(qtbot, dialog.save_button)
    assert demo_store.conn.execute(links, (golovchenko,)).fetchall() == before
    assert demo_store.conn.execute("SELECT title FROM positions WHERE id = ?", (position_id,)
                                   ).fetchone() == ("Prime Minister of the Republic of Belarus"
                                                    " (until 2025)",)


def test_error_look_stays_on_the_marked_widget(qtbot, store: Store) -> None:
    dialog = open_dialog(qtbot, PersonDialog(store, name="Someone"))
    click(qtbot, dialog.add_position_button)
    row = dialog.position_rows[0]
    qtbot.keyClicks(row.title, "Minister")
    row.start.set_date(dt.date(2025, 2, 1))
    row.end.set_date(dt.date(2025, 1, 1))
    table = dialog.positions_table
    # The table is marked by its own name, so the cell widgets keep their own look ...
    assert table.styleSheet().startswith(f"#{table.objectName()} {{")
    assert row.organisation.styleSheet() == "" and row.start.date_edit.styleSheet() == ""
    # ... and a composite marks its input part, not the check box beside it.
    assert row.end.date_edit.styleSheet().startswith(f"#{row.end.date_edit.objectName()} {{")
    assert row.end.enabled_check.styleSheet() == ""
    row.end.set_date(None)
    assert table.styleSheet() == "" and row.end.date_edit.styleSheet() == ""


def test_person_tab_order(qtbot, store: Store) -> None:
    dialog = open_dialog(qtbot, PersonDialog(store))
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClicks(dialog.name_edit, "Someone")
    click(qtbot, dialog.add_position_button)
    row = dialog.position_rows[0]
    qtbot.keyClicks(row.title, "Minister")  # so that Save takes part
    dialog.name_edit.setFocus()
    expected = [dialog.native_name_edit, dialog.country_combo, dialog.notes_edit,
                dialog.positions_table, row.title, row.organisation, row.country,
                row.start.enabled_check, row.end.enabled_check, dialog.add_position_button,
                dialog.remove_position_button, dialog.save_button]
    seen = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected


def test_person_html_name_shown_literally(qtbot, store: Store) -> None:
    dialog = open_dialog(qtbot, PersonDialog(store, name="<b>Bold</b>"))
    click(qtbot, dialog.save_button)
    person_id = store.conn.execute("SELECT id FROM people").fetchone()[0]
    dialog = open_dialog(qtbot, PersonDialog(store, person_id))
    assert dialog.windowTitle() == "Edit person – <b>Bold</b>"
    assert dialog.name_edit.text() == "<b>Bold</b>"


def test_organisation_dialog(qtbot, store: Store) -> None:
    dialog = open_dialog(qtbot, OrganisationDialog(store))
    assert dialog.windowTitle() == "New organisation"
    assert not dialog.save_button.isEnabled()
    assert [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())][:2] == [
        "Government", "Ministry"]
    qtbot.keyClicks(dialog.name_edit, "Ministry of Economy and Commerce")
    qtbot.keyClicks(dialog.short_name_edit, "MinEcon")
    dialog.kind_combo.setFocus()
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)
    assert dialog.kind_combo.currentData() == "ministry"
    qtbot.keyClicks(dialog.country_combo.lineEdit(), "Atlantis")
    assert dialog.findChild(QWidget, "country_iso3Error").isVisible()
    assert not dialog.save_button.isEnabled()
    dialog.country_combo.lineEdit().clear()
    qtbot.keyClicks(dialog.country_combo.lineEdit(), "kgz")
    click(qtbot, dialog.save_button)
    row = store.conn.execute(
        "SELECT id, name, short_name, kind, country_iso3 FROM organisations").fetchone()
    assert row[1:] == ("Ministry of Economy and Commerce", "MinEcon", "ministry", "KGZ")

    dialog = open_dialog(qtbot, OrganisationDialog(store, row[0]))
    assert dialog.windowTitle() == "Edit organisation – Ministry of Economy and Commerce"
    assert dialog.kind_combo.currentData() == "ministry" and dialog.country_combo.iso3() == "KGZ"
    dialog.short_name_edit.clear()
    click(qtbot, dialog.save_button)
    assert store.conn.execute("SELECT short_name FROM organisations").fetchone() == (None,)
