"""Inputs that make the progress method meaningless are refused (issue 14, part 4).

Each rule is held in three places that must agree: the commitment form (typed into like a
user), the service (``create_commitment`` / ``update_commitment``) and the database itself (a
raw INSERT or UPDATE, as another tool would write it). Rows an older version stored before a
rule existed survive the upgrade and are named by ``check``.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from database import Store, ValidationError, open_database
from database.actuals import ANNUAL, ROLLING12, ActualPoint
from database.baseline_figures import BaselineComparison, figure_for_period
from database.clock import new_uuid, utc_now_text
from database.demo import demo_uuid
from database.health_check import (
    BASELINE_DIFFERS_FROM_FIGURES,
    DIRECTION_AGAINST_TARGET,
    TARGET_EQUALS_BASELINE,
    UNIT_NOT_METRIC,
    Severity,
    check_database,
)
from database.services.commitments import CommitmentInput, create_commitment, update_commitment
from database.services.metrics import MetricDefinitionInput, create_metric_definition
from database.services.trade import TradeFigureInput, create_trade_figure
from db_fixtures import count, row
from desktop.forms.commitment_form import CommitmentDialog

DATA_DIR = Path(__file__).resolve().parent / "data"
RELEASED_FILES = sorted(DATA_DIR.glob("schema_*.sqlite"))
# The files of releases before schema 0004, whose rows may break the rules it added.
FILES_BEFORE_THE_RULES = [p for p in RELEASED_FILES if p.name < "schema_0004"]

pytestmark = pytest.mark.usefixtures("en_us_locale")


# -- helpers ------------------------------------------------------------------------------------

def demo_commitment_id(store: Store) -> int:
    return store.conn.execute("SELECT id FROM commitments WHERE uuid = ?",
                              (demo_uuid("commitment:turnover-500m"),)).fetchone()[0]


def commitment_input(**changes: object) -> CommitmentInput:
    values: dict[str, object] = dict(
        title="Raise mutual trade to USD 250 million", partner_iso3="BLR",
        baseline_value="100000000", baseline_period="2024", target_value="250000000",
        deadline="2028-01-30", direction=1)
    values.update(changes)
    return CommitmentInput(**values)  # type: ignore[arg-type]


def raw_insert(conn: sqlite3.Connection, **changes: object) -> None:
    """Insert a commitment with plain SQL, as a tool that knows nothing of the services would."""
    now = utc_now_text()
    values: dict[str, object] = dict(
        uuid=new_uuid(), title="Written by another tool", partner_iso3="BLR",
        baseline_value="100000000", baseline_period="2024", baseline_date="2024-12-31",
        target_value="250000000", deadline="2028-01-30", unit="USD", direction=1,
        created_at=now, updated_at=now)
    values.update(changes)
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.execute(f"INSERT INTO commitments ({columns}) VALUES ({marks})", list(values.values()))


def open_dialog(qtbot: QtBot, store: Store, record_id: int | None = None) -> CommitmentDialog:
    dialog = CommitmentDialog(store, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in a line edit and type over it, as a user would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def fill_valid_commitment(qtbot: QtBot, dialog: CommitmentDialog) -> None:
    qtbot.keyClicks(dialog.title_edit, "Raise mutual trade to USD 250 million")
    qtbot.keyClicks(dialog.partner_combo.lineEdit(), "Belarus (BLR)")
    qtbot.keyClicks(dialog.baseline_edit, "100000000")
    qtbot.keyClicks(dialog.baseline_period_edit, "2024")
    qtbot.keyClicks(dialog.target_edit, "250000000")
    dialog.deadline_edit.set_date(dt.date(2028, 1, 30))


def error_text(dialog: CommitmentDialog, field: str) -> str:
    label = dialog.findChild(QWidget, f"{field}Error")
    return label.text() if label.isVisible() else ""


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# -- 1. direction against the target; 2. a target equal to the baseline --------------------------

TARGET_RULES = [
    # baseline, target, direction, field, code
    ("133000000", "100000000", 1, "direction", "raise_needs_higher_target"),
    ("133000000", "500000000", -1, "direction", "reduce_needs_lower_target"),
    ("133000000", "133000000", 1, "target_value", "target_equals_baseline"),
    ("133000000", "133000000.000", -1, "target_value", "target_equals_baseline"),
    # Exact decimals: a float would call these two equal, and the second one larger.
    ("100000000000.000001", "100000000000.000001", 1, "target_value", "target_equals_baseline"),
    ("100000000000.000002", "100000000000.000001", 1, "direction", "raise_needs_higher_target"),
]


@pytest.mark.parametrize(("baseline", "target", "direction", "field", "code"), TARGET_RULES)
def test_the_service_refuses_a_target_the_direction_cannot_reach(
        store: Store, baseline: str, target: str, direction: int, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        create_commitment(store, commitment_input(baseline_value=baseline, target_value=target,
                                                  direction=direction))
    assert (refused.value.field, refused.value.code) == (field, code)
    assert count(store, "commitments") == 0


@pytest.mark.parametrize(("baseline", "target", "direction", "field", "code"), TARGET_RULES)
def test_an_edit_that_breaks_the_rule_is_refused_and_changes_nothing(
        demo_store: Store, baseline: str, target: str, direction: int, field: str,
        code: str) -> None:
    commitment_id = demo_commitment_id(demo_store)
    before = row(demo_store, "commitments", commitment_id)
    fields = {name: before[name] for name in CommitmentInput.__dataclass_fields__
              if name in before}
    fields.update(baseline_value=baseline, target_value=target, direction=direction)
    with pytest.raises(ValidationError) as refused:
        update_commitment(demo_store, commitment_id, CommitmentInput(**fields))
    assert (refused.value.field, refused.value.code) == (field, code)
    assert row(demo_store, "commitments", commitment_id) == before


@pytest.mark.parametrize(("baseline", "target", "direction", "_field", "_code"), TARGET_RULES)
def test_the_database_refuses_a_target_the_direction_cannot_reach(
        store: Store, baseline: str, target: str, direction: int, _field: str,
        _code: str) -> None:
    with pytest.raises(sqlite3.IntegrityError) as refused:
        raw_insert(store.conn, baseline_value=baseline, target_value=target, direction=direction)
    word = "equals the baseline" if _code == "target_equals_baseline" else "direction"
    assert word in str(refused.value)
    assert count(store, "commitments") == 0


@pytest.mark.parametrize(("baseline", "target", "direction"), [
    ("133000000", "500000000", 1),
    ("133000000", "100000000", -1),
    ("0", "1", 1),  # a first trade house: from nothing to one
    ("5", "0", -1),
    ("007.50", "7.5000001", 1),  # text that is no canonical decimal still compares exactly
    ("100000000000.000001", "100000000000.000002", 1),
    ("9", "10", 1),  # ten is more than nine, although "10" < "9" as text
])
def test_a_reachable_target_is_taken_by_the_service_and_the_database(
        store: Store, baseline: str, target: str, direction: int) -> None:
    create_commitment(store, commitment_input(baseline_value=baseline, target_value=target,
                                              direction=direction))
    raw_insert(store.conn, baseline_value=baseline, target_value=target, direction=direction)
    assert count(store, "commitments") == 2


def test_a_raw_update_that_turns_the_target_against_the_direction_is_refused(
        demo_store: Store) -> None:
    commitment_id = demo_commitment_id(demo_store)
    before = row(demo_store, "commitments", commitment_id)
    for statement in ("UPDATE commitments SET direction = -1",
                      "UPDATE commitments SET target_value = '100000000'",
                      "UPDATE commitments SET target_value = baseline_value",
                      "UPDATE commitments SET baseline_value = '600000000'"):
        with pytest.raises(sqlite3.IntegrityError):
            demo_store.conn.execute(statement)
    assert row(demo_store, "commitments", commitment_id) == before


def test_the_form_explains_the_direction_and_saves_once_it_fits(qtbot: QtBot,
                                                                demo_store: Store) -> None:
    before = count(demo_store, "commitments")
    dialog = open_dialog(qtbot, demo_store)
    fill_valid_commitment(qtbot, dialog)
    assert dialog.save_button.isEnabled()

    replace_text(qtbot, dialog.target_edit, "90000000")
    assert error_text(dialog, "direction") == ("The target is below the baseline: choose "
                                               "“Reduce” as the direction, or correct the target.")
    assert set(dialog.field_errors()) == {"direction"}
    assert not dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    assert count(demo_store, "commitments") == before

    dialog.direction_combo.setFocus()
    qtbot.keyClick(dialog.direction_combo, Qt.Key.Key_Down)  # Reduce (lower is better)
    assert dialog.direction_combo.currentData() == -1
    assert dialog.field_errors() == {}
    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.save_button)
    stored = row(demo_store, "commitments", saved.args[0].record_id)
    assert (stored["baseline_value"], stored["target_value"], stored["direction"]) == (
        "100000000", "90000000", -1)


def test_the_form_refuses_a_target_equal_to_the_baseline(qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store)
    fill_valid_commitment(qtbot, dialog)
    replace_text(qtbot, dialog.target_edit, "100000000.00")
    assert error_text(dialog, "targetValue") == (
        "The target equals the baseline: a commitment raises or reduces a value, so its target "
        "must differ from the baseline.")
    assert set(dialog.field_errors()) == {"targetValue"}
    assert not dialog.save_button.isEnabled()
    # Reduce does not help: an equal target has no direction at all.
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData(-1))
    assert set(dialog.field_errors()) == {"targetValue"}
    replace_text(qtbot, dialog.target_edit, "99000000")
    assert dialog.field_errors() == {}


def test_the_form_says_nothing_about_the_direction_while_a_number_is_unreadable(
        qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store)
    fill_valid_commitment(qtbot, dialog)
    replace_text(qtbot, dialog.target_edit, "abc")
    assert set(dialog.field_errors()) == {"targetValue"}
    assert error_text(dialog, "targetValue") == (
        "Enter a number like 1234.5 (no thousands separators)")


# -- rows stored before the rules existed ------------------------------------------------------

def _legacy_copy(released: Path, tmp_path: Path) -> Path:
    target = tmp_path / released.name
    shutil.copyfile(released, target)
    conn = sqlite3.connect(str(target), isolation_level=None)
    try:
        # The demo commitment turned against itself, and one whose target is its baseline: an
        # older version took both.
        conn.execute("UPDATE commitments SET direction = -1")
        raw_insert(conn, title="Keep turnover", baseline_value="133000000",
                   target_value="133000000")
    finally:
        conn.close()
    return target


@pytest.mark.parametrize("released", FILES_BEFORE_THE_RULES, ids=lambda p: p.name)
def test_an_upgrade_keeps_rows_that_break_the_new_rules_and_check_names_them(
        released: Path, tmp_path: Path) -> None:
    path = _legacy_copy(released, tmp_path)
    store = open_database(path)
    try:
        ids = dict(store.conn.execute("SELECT title, id FROM commitments"))
        assert set(ids) == {"Raise mutual trade turnover to USD 500 million within five years",
                            "Keep turnover"}
        demo_id, equal_id = ids[next(t for t in ids if t != "Keep turnover")], ids["Keep turnover"]
        # A change to another column of such a row is still possible (e.g. its title) ...
        store.conn.execute("UPDATE commitments SET notes = 'to be fixed' WHERE id = ?",
                           (equal_id,))
        # ... but the rule's own columns only change to values that keep it.
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("UPDATE commitments SET target_value = '133000000.0' WHERE id = ?",
                               (equal_id,))
        with pytest.raises(sqlite3.IntegrityError):
            raw_insert(store.conn, target_value="100000000")
    finally:
        store.close()

    report = check_database(path)
    assert not report.healthy
    against = [f for f in report.findings if f.code == DIRECTION_AGAINST_TARGET]
    equal = [f for f in report.findings if f.code == TARGET_EQUALS_BASELINE]
    assert [(f.table, f.record_id, f.severity, f.column) for f in against] == [
        ("commitments", demo_id, Severity.ERROR, "direction")]
    assert against[0].line() == (
        f"commitments #{demo_id}: direction -1 (reduce) but the target 500000000 is above the "
        f"baseline 133000000")
    assert [(f.table, f.record_id, f.severity, f.column) for f in equal] == [
        ("commitments", equal_id, Severity.ERROR, "target_value")]
    assert equal[0].line() == (f"commitments #{equal_id}: the target 133000000 equals the "
                               f"baseline 133000000: there is nothing to raise or reduce")
    assert not any(f.repairable for f in against + equal), "nobody can guess the right value"


# -- 3. a baseline of zero: no compound path ----------------------------------------------------

def test_the_form_says_a_zero_baseline_is_judged_on_the_linear_path(qtbot: QtBot,
                                                                    demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store)
    fill_valid_commitment(qtbot, dialog)
    note = dialog.findChild(QLabel, "baselineNote")
    assert note.textFormat() == Qt.TextFormat.PlainText
    assert not note.isVisible()

    replace_text(qtbot, dialog.baseline_edit, "0")
    assert note.isVisible()
    assert note.text() == ("A baseline of 0 has no growth rate: there is no compound path, so "
                           "progress is judged along the linear path.")
    # A note, not an error: a first trade house or a new export starts from nothing.
    assert dialog.field_errors() == {}
    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.save_button)
    assert row(demo_store, "commitments", saved.args[0].record_id)["baseline_value"] == "0"


def test_the_zero_baseline_note_goes_when_the_baseline_is_not_zero(qtbot: QtBot,
                                                                  demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store)
    fill_valid_commitment(qtbot, dialog)
    replace_text(qtbot, dialog.baseline_edit, "0.000")
    note = dialog.findChild(QLabel, "baselineNote")
    assert note.isVisible()
    replace_text(qtbot, dialog.baseline_edit, "0.001")
    assert not note.isVisible()


# -- 4. the unit comes from the metric ----------------------------------------------------------

def demo_metric_id(store: Store) -> int:
    return store.conn.execute("SELECT id FROM metric_definitions WHERE uuid = ?",
                              (demo_uuid("metric:turnover-kgz-blr"),)).fetchone()[0]


def test_the_service_takes_the_unit_from_the_metric(demo_store: Store) -> None:
    metric = demo_metric_id(demo_store)
    with pytest.raises(ValidationError) as refused:
        create_commitment(demo_store, commitment_input(metric_definition_id=metric,
                                                       unit="tonnes"))
    assert (refused.value.field, refused.value.code) == ("unit", "unit_not_metric")
    assert refused.value.values == {"currency": "USD"}
    # No unit given: the metric's currency is the unit.
    for unit in (None, "", "  "):
        result = create_commitment(demo_store, commitment_input(metric_definition_id=metric,
                                                                unit=unit))
        assert row(demo_store, "commitments", result.record_id)["unit"] == "USD"
    # Without a metric nothing says what the unit is: the commitment's own words count.
    result = create_commitment(demo_store, commitment_input(unit="flights/week"))
    assert row(demo_store, "commitments", result.record_id)["unit"] == "flights/week"


def test_an_edit_cannot_give_a_commitment_another_unit_than_its_metric(demo_store: Store) -> None:
    commitment_id = demo_commitment_id(demo_store)
    before = row(demo_store, "commitments", commitment_id)
    fields = {name: before[name] for name in CommitmentInput.__dataclass_fields__
              if name in before}
    with pytest.raises(ValidationError) as refused:
        update_commitment(demo_store, commitment_id, CommitmentInput(**{**fields,
                                                                       "unit": "USD million"}))
    assert (refused.value.field, refused.value.code) == ("unit", "unit_not_metric")
    assert row(demo_store, "commitments", commitment_id) == before
    # Unlinked from its metric, the commitment may say its unit in its own words.
    update_commitment(demo_store, commitment_id, CommitmentInput(
        **{**fields, "unit": "USD million", "metric_definition_id": None}))
    assert row(demo_store, "commitments", commitment_id)["unit"] == "USD million"


def test_the_database_refuses_a_unit_that_contradicts_the_metric(demo_store: Store) -> None:
    conn = demo_store.conn
    metric = demo_metric_id(demo_store)
    with pytest.raises(sqlite3.IntegrityError) as refused:
        raw_insert(conn, metric_definition_id=metric, unit="tonnes")
    assert "unit" in str(refused.value) and "metric" in str(refused.value)
    raw_insert(conn, metric_definition_id=metric, unit="USD")
    raw_insert(conn, metric_definition_id=None, unit="tonnes")
    commitment_id = demo_commitment_id(demo_store)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE commitments SET unit = 'tonnes' WHERE id = ?", (commitment_id,))
    tonnes = conn.execute("SELECT id FROM commitments WHERE unit = 'tonnes'").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE commitments SET metric_definition_id = ? WHERE id = ?",
                     (metric, tonnes))
    # Nor can the metric's currency move away from the commitments measured with it (today the
    # table's CHECK allows only USD; with the CHECKs ignored the trigger still holds).
    conn.execute("PRAGMA ignore_check_constraints = ON")
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE metric_definitions SET currency = 'EUR' WHERE id = ?", (metric,))
    finally:
        conn.execute("PRAGMA ignore_check_constraints = OFF")
    # Deleting the metric unlinks its commitments (ON DELETE SET NULL); their unit stays.
    conn.execute("DELETE FROM metric_definitions WHERE id = ?", (metric,))
    assert row(demo_store, "commitments", commitment_id)["unit"] == "USD"


def test_the_form_shows_the_metrics_currency_read_only(qtbot: QtBot, demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store)
    fill_valid_commitment(qtbot, dialog)
    assert not dialog.unit_edit.isReadOnly()
    replace_text(qtbot, dialog.unit_edit, "tonnes")

    dialog.metric_combo.setFocus()
    qtbot.keyClicks(dialog.metric_combo, "Kyrgyzstan")
    assert dialog.metric_combo.currentData() == demo_metric_id(demo_store)
    assert dialog.unit_edit.isReadOnly()
    assert dialog.unit_edit.text() == "USD"
    assert dialog.unit_edit.toolTip() == "The unit is the currency of the metric definition."
    qtbot.keyClicks(dialog.unit_edit, "x")  # read-only: typing changes nothing
    assert dialog.unit_edit.text() == "USD"

    # Without the metric the words typed before come back.
    dialog.metric_combo.setCurrentIndex(0)
    assert not dialog.unit_edit.isReadOnly()
    assert dialog.unit_edit.text() == "tonnes"

    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData(demo_metric_id(demo_store)))
    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.save_button)
    stored = row(demo_store, "commitments", saved.args[0].record_id)
    assert (stored["unit"], stored["metric_definition_id"]) == ("USD", demo_metric_id(demo_store))


def test_editing_a_commitment_with_a_metric_shows_its_unit_read_only(qtbot: QtBot,
                                                                     demo_store: Store) -> None:
    dialog = open_dialog(qtbot, demo_store, demo_commitment_id(demo_store))
    assert dialog.unit_edit.isReadOnly() and dialog.unit_edit.text() == "USD"
    assert not dialog.has_unsaved_changes()


@pytest.mark.parametrize("released", FILES_BEFORE_THE_RULES, ids=lambda p: p.name)
def test_an_upgrade_keeps_a_unit_that_contradicts_its_metric_and_check_names_it(
        released: Path, tmp_path: Path) -> None:
    path = tmp_path / released.name
    shutil.copyfile(released, path)
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("UPDATE commitments SET unit = 'USD million'")
        commitment_id = conn.execute("SELECT id FROM commitments").fetchone()[0]
    finally:
        conn.close()
    open_database(path).close()

    findings = [f for f in check_database(path).findings if f.code == UNIT_NOT_METRIC]
    assert [(f.table, f.record_id, f.severity, f.column, f.repairable) for f in findings] == [
        ("commitments", commitment_id, Severity.ERROR, "unit", False)]
    assert findings[0].line() == (f"commitments #{commitment_id}: unit 'USD million' is not the "
                                  f"unit USD of its metric definition #1")


# -- 5. a baseline the metric's own figures contradict ------------------------------------------

def kaz_exports_metric(store: Store) -> int:
    """Kyrgyz exports to Kazakhstan, whose 2023 figure is USD 155.7 million."""
    metric = create_metric_definition(store, MetricDefinitionInput(
        name="Exports to Kazakhstan", flow="export", reporter_iso3="KGZ",
        partner_iso3="KAZ")).record_id
    create_trade_figure(store, TradeFigureInput("KGZ", "KAZ", "2023", "export", "155700000",
                                                source="NSC"))
    return metric


@pytest.mark.parametrize(("baseline", "differs"), [
    (Decimal("133000000"), True),
    (Decimal("154143000"), False),  # exactly 1 % below the figure: still the same number
    (Decimal("154142999.99"), True),
    (Decimal("157257000"), False),  # exactly 1 % above
    (Decimal("157257000.01"), True),
    (Decimal("155700000"), False),
])
def test_more_than_one_percent_apart_is_a_difference(baseline: Decimal, differs: bool) -> None:
    assert BaselineComparison(baseline, Decimal("155700000"), "2023").differs is differs


def test_the_difference_is_said_in_millions_with_the_digits_that_tell_them_apart() -> None:
    assert BaselineComparison(Decimal("133000000"), Decimal("155700000"), "2023").text() == (
        "baseline 133.0 m, the figures give 155.7 m for 2023")
    # One decimal would show 1.0 m twice; the numbers are 2 % apart.
    assert BaselineComparison(Decimal("1000000"), Decimal("1020000"), "2023").text() == (
        "baseline 1.00 m, the figures give 1.02 m for 2023")
    # A baseline typed in millions on a USD metric.
    assert BaselineComparison(Decimal("133"), Decimal("133000000"), "2024").text() == (
        "baseline 0.000133 m, the figures give 133.000000 m for 2024")


def test_the_form_warns_when_the_figures_give_another_baseline(qtbot: QtBot,
                                                              demo_store: Store) -> None:
    metric = kaz_exports_metric(demo_store)
    dialog = open_dialog(qtbot, demo_store)
    fill_valid_commitment(qtbot, dialog)
    replace_text(qtbot, dialog.baseline_period_edit, "2023")
    replace_text(qtbot, dialog.baseline_edit, "133000000")
    note = dialog.findChild(QLabel, "baselineNote")
    assert not note.isVisible(), "no metric, no figures to compare with"

    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData(metric))
    assert note.isVisible()
    assert note.text() == ("Baseline USD 133.0 m, but the figures of the metric give USD 155.7 m "
                           "for 2023 (more than 1 % apart): check the baseline and the metric.")
    # A warning, not an error: the published baseline may be right and the figures revised.
    assert dialog.field_errors() == {} and dialog.save_button.isEnabled()

    replace_text(qtbot, dialog.baseline_edit, "155000000")  # 0.45 % apart
    assert not note.isVisible()
    replace_text(qtbot, dialog.baseline_period_edit, "2022")  # no figures for 2022
    assert not note.isVisible()
    replace_text(qtbot, dialog.baseline_period_edit, "2023")
    replace_text(qtbot, dialog.baseline_edit, "154000000")  # 1.09 % apart
    assert note.isVisible() and "USD 154.0 m" in note.text()
    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.save_button)
    assert row(demo_store, "commitments", saved.args[0].record_id)["baseline_value"] == "154000000"


def test_check_warns_about_a_baseline_the_figures_contradict(demo_store: Store) -> None:
    metric = kaz_exports_metric(demo_store)
    result = create_commitment(demo_store, commitment_input(
        partner_iso3="KAZ", metric_definition_id=metric, baseline_value="133000000",
        baseline_period="2023", target_value="500000000"))
    create_commitment(demo_store, commitment_input(
        title="Close enough", partner_iso3="KAZ", metric_definition_id=metric,
        baseline_value="155000000", baseline_period="2023", target_value="500000000"))
    demo_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    report = check_database(demo_store.path)
    assert report.healthy, "a warning, not an error"
    found = [f for f in report.findings if f.code == BASELINE_DIFFERS_FROM_FIGURES]
    assert [(f.record_id, f.severity, f.column) for f in found] == [
        (result.record_id, Severity.WARNING, "baseline_value")]
    assert found[0].line() == (
        f"commitments #{result.record_id}: warning: baseline 133.0 m, the figures give 155.7 m "
        f"for 2023 (metric definition #{metric}): more than 1 % apart")


def test_a_month_or_quarter_baseline_is_compared_with_the_12_months_to_its_end() -> None:
    series = [ActualPoint("2023", dt.date(2023, 12, 31), Decimal("100"), ANNUAL),
              ActualPoint("2024-06", dt.date(2024, 6, 30), Decimal("120"), ROLLING12)]
    assert figure_for_period(series, "2023") is series[0]
    assert figure_for_period(series, "2024-06") is series[1]
    assert figure_for_period(series, "2024-Q2") is series[1]
    assert figure_for_period(series, "2024") is None
    assert figure_for_period(series, "not a period") is None
    comparison = BaselineComparison(Decimal("133000000"), Decimal("155700000"), "2024-06",
                                    rolling=True)
    assert comparison.text() == ("baseline 133.0 m, the figures give 155.7 m for 12 months to "
                                 "2024-06")
