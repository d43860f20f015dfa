"""The trade_totals summary equals a direct grouping of trade_figures after every kind of write."""

from __future__ import annotations

import shutil
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from database import open_database
from database.errors import StaleUndoError, ValidationError
from database.operations import apply
from database.services.trade import (
    TradeFigureInput,
    create_trade_figure,
    delete_trade_figures,
    update_trade_figure,
)
from database.trade_io import ImportValidationError, import_trade, rebuild_trade_totals, undo_import_batch
from database.trade_io.summary import chapter_of, period_flow_sums
from db_fixtures import db_path, store  # noqa: F401  (fixtures)

DATA_DIR = Path(__file__).resolve().parent / "data"
HEADER = "reporter,partner,period,flow,product,value_usd,source\n"


def expected_totals(conn: sqlite3.Connection) -> set[tuple]:
    """The summary computed the slow, obvious way from every figure: each source apart."""
    groups: dict[tuple, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for reporter, partner, period, flow, code, source, cents in conn.execute(
            "SELECT reporter_iso3, partner_iso3, period, flow, product_code, source,"
            " value_usd_cents FROM trade_figures"):
        level = 0 if code == "TOTAL" else len(code)
        groups[(reporter, partner, period, flow, chapter_of(code), source)][level].append(cents)
    result = set()
    for key, levels in groups.items():
        level = min(levels)
        result.add((*key, level, sum(levels[level]), len(levels[level])))
    return result


def stored_totals(conn: sqlite3.Connection) -> set[tuple]:
    rows = conn.execute("SELECT reporter_iso3, partner_iso3, period, flow, chapter, source,"
                        " level, value_usd_cents, figure_count FROM trade_totals").fetchall()
    assert len(rows) == len(set(rows))
    return set(rows)


def assert_current(store) -> None:
    assert stored_totals(store.conn) == expected_totals(store.conn)
    assert store.conn.execute("SELECT deferred FROM trade_totals_control").fetchone() == (0,)


def add(store, code: str, usd: str, *, period="2024", flow="export", source="", partner="BLR"):
    return create_trade_figure(store, TradeFigureInput("KGZ", partner, period, flow, usd,
                                                       product_code=code, source=source)).record_id


def total(store, chapter: str, *, period="2024", flow="export", partner="BLR", source=""):
    row = store.conn.execute(
        "SELECT level, value_usd_cents, figure_count FROM trade_totals WHERE reporter_iso3 = 'KGZ'"
        " AND partner_iso3 = ? AND period = ? AND flow = ? AND chapter = ? AND source = ?",
        (partner, period, flow, chapter, source)).fetchone()
    return row


def test_a_chapter_is_summed_at_one_code_level(store):
    add(store, "0101", "10")
    add(store, "010121", "1")
    add(store, "0102", "5")
    assert total(store, "01") == (4, 1500, 2), "4-digit rows when there is no 2-digit row"
    chapter_row = add(store, "01", "100")
    assert total(store, "01") == (2, 10000, 1), "the 2-digit row wins over its own breakdown"
    add(store, "0101", "9", source="other source")
    add(store, "01", "7", source="other source")
    assert total(store, "01") == (2, 10000, 1), "figures of different sources are never summed"
    assert total(store, "01", source="other source") == (2, 700, 1), "each source at its level"
    delete_trade_figures(store, [chapter_row])
    assert total(store, "01") == (4, 1500, 2)
    add(store, "TOTAL", "1000")
    add(store, "84", "50")
    assert total(store, "TOTAL") == (0, 100000, 1), "TOTAL is kept apart from the chapters"
    assert total(store, "84") == (2, 5000, 1)
    assert_current(store)
    sums = period_flow_sums(store, reporter="KGZ", partner="BLR", flows=["export"], chapters=["01", "84"])
    assert sorted(sums) == [("2024", "export", "", 6500), ("2024", "export", "other source", 700)]
    assert period_flow_sums(store, reporter="KGZ", partner="BLR", flows=["export"], chapters=None) == [
        ("2024", "export", "", 100000)]


def test_updates_that_move_a_figure_keep_both_sums_current(store):
    figure = add(store, "0101", "10")
    add(store, "0102", "5")
    update_trade_figure(store, figure, TradeFigureInput("KGZ", "KAZ", "2023", "import", "3",
                                                        product_code="8701"))
    assert total(store, "01") == (4, 500, 1)
    assert total(store, "87", period="2023", flow="import", partner="KAZ") == (4, 300, 1)
    assert_current(store)


def test_undo_of_a_service_change_keeps_the_summary_current(store):
    result = create_trade_figure(store, TradeFigureInput("KGZ", "BLR", "2024", "export", "10"))
    assert total(store, "TOTAL") == (0, 1000, 1)
    apply(store, result.undo)
    assert total(store, "TOTAL") is None
    assert_current(store)


def test_a_failed_import_leaves_the_summary_and_its_switch_alone(store, tmp_path):
    add(store, "TOTAL", "10")
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "KGZ,BLR,2024,export,TOTAL,5,x\nKGZ,BLR,2024-13,export,TOTAL,1,\n")
    before = stored_totals(store.conn)
    with pytest.raises(ImportValidationError):
        import_trade(store, path)
    assert stored_totals(store.conn) == before
    assert_current(store)


def test_migrating_a_released_file_fills_the_summary(tmp_path):
    path = tmp_path / "schema_0001.sqlite"
    shutil.copyfile(DATA_DIR / "schema_0001.sqlite", path)
    migrated = open_database(path)
    try:
        assert migrated.conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0] > 0
        assert_current(migrated)
        rebuild_trade_totals(migrated)
        assert_current(migrated)
    finally:
        migrated.close()


# --- random writes of every kind ---------------------------------------------------------------

CODES = ["TOTAL", "01", "0101", "010121", "0102", "02", "0201", "84", "8401", "840110"]
PARTNERS = ["BLR", "KAZ", "W00"]
PERIODS = ["2023", "2024", "2024-01"]
FLOWS = ["export", "import"]
FIGURE = st.tuples(st.sampled_from(PARTNERS), st.sampled_from(PERIODS), st.sampled_from(FLOWS),
                   st.sampled_from(CODES), st.integers(0, 10**6), st.sampled_from(["", "NSC"]))
OPERATION = st.one_of(
    st.tuples(st.just("create"), FIGURE),
    st.tuples(st.just("update"), st.integers(0, 50), FIGURE),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("import"), st.lists(FIGURE, min_size=1, max_size=12,
                                          unique_by=lambda f: (f[0], f[1], f[2], f[3], f[5]))),
    st.tuples(st.just("undo"), st.integers(0, 5)),
)


def _figure_input(figure) -> TradeFigureInput:
    partner, period, flow, code, cents, source = figure
    return TradeFigureInput("KGZ", partner, period, flow, f"{cents / 100:.2f}", product_code=code,
                            source=source)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=st.lists(OPERATION, min_size=1, max_size=12))
def test_summary_equals_a_direct_grouping_after_random_writes(store, tmp_path, operations):
    for number, operation in enumerate(operations):
        ids = [r[0] for r in store.conn.execute("SELECT id FROM trade_figures ORDER BY id")]
        kind = operation[0]
        try:
            if kind == "create":
                create_trade_figure(store, _figure_input(operation[1]))
            elif kind == "update" and ids:
                update_trade_figure(store, ids[operation[1] % len(ids)], _figure_input(operation[2]))
            elif kind == "delete" and ids:
                delete_trade_figures(store, [ids[operation[1] % len(ids)]])
            elif kind == "import":
                path = tmp_path / f"import-{number}.csv"
                path.write_text(HEADER + "".join(
                    f"KGZ,{p},{period},{flow},{code},{cents // 100}.{cents % 100:02d},{source}\n"
                    for p, period, flow, code, cents, source in operation[1]), encoding="utf-8")
                import_trade(store, path)
            elif kind == "undo":
                batches = [r[0] for r in store.conn.execute(
                    "SELECT id FROM import_batches WHERE undone_at IS NULL ORDER BY id DESC")]
                if batches:
                    undo_import_batch(store, batches[operation[1] % len(batches)])
        except (ValidationError, StaleUndoError):
            pass  # a duplicate figure or a batch changed since: refused, nothing written
        assert_current(store)
