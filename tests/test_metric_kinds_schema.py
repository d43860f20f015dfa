"""Schema 0010 (issue 17): metric kinds and units, trade quantities, indicator values.

The rules live in the schema itself, so that no path into the file (a service, an import, a
second tool) can store a quantity without its unit or typed values for a trade metric.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from database import open_database
from database.demo import load_demo

DATA_DIR = Path(__file__).resolve().parent / "data"
NOW = "2026-12-07T00:00:00Z"


@pytest.fixture
def store(tmp_path: Path):
    store = open_database(tmp_path / "kinds.sqlite")
    load_demo(store)
    yield store
    store.close()


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _figure(store, n: int, **extra) -> None:
    columns = {"uuid": _uuid(n), "reporter_iso3": "KGZ", "partner_iso3": "BLR", "period": "2023",
               "flow": "export", "product_code": "1001", "value_usd_cents": 100,
               "source": "Test", "created_at": NOW, "updated_at": NOW, **extra}
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    store.conn.execute(f"INSERT INTO trade_figures ({names}) VALUES ({marks})",
                       tuple(columns.values()))


def _indicator(store, unit: str = "units") -> int:
    cursor = store.conn.execute(
        "INSERT INTO metric_definitions (uuid, name, flow, reporter_iso3, partner_iso3, kind, unit,"
        " created_at, updated_at) VALUES (?, 'Joint ventures', 'turnover', 'KGZ', 'BLR',"
        " 'indicator', ?, ?, ?)", (_uuid(900), unit, NOW, NOW))
    return cursor.lastrowid


def test_metrics_stored_before_are_trade_values_in_usd(tmp_path: Path) -> None:
    copy = tmp_path / "released.sqlite"
    shutil.copy(DATA_DIR / "schema_0009.sqlite", copy)
    store = open_database(copy)
    try:
        assert store.conn.execute("SELECT DISTINCT kind, unit FROM metric_definitions"
                                  ).fetchall() == [("trade_value", "USD")]
        assert store.conn.execute("SELECT count(*) FROM trade_figures WHERE quantity IS NOT NULL"
                                  ).fetchone() == (0,)
    finally:
        store.close()


def test_a_trade_value_is_in_usd_and_other_kinds_name_their_unit(store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("UPDATE metric_definitions SET unit = 't'")
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("UPDATE metric_definitions SET kind = 'parcels'")
    store.conn.execute("UPDATE metric_definitions SET kind = 'trade_quantity', unit = 't'")
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("UPDATE metric_definitions SET unit = '  '")


def test_a_quantity_and_its_unit_go_together(store) -> None:
    _figure(store, 801, quantity="50000", quantity_unit="t", net_weight_kg="50000000")
    with pytest.raises(sqlite3.IntegrityError, match="go together"):
        _figure(store, 802, quantity="50000", period="2022")
    with pytest.raises(sqlite3.IntegrityError, match="go together"):
        _figure(store, 803, quantity_unit="t", period="2021")
    with pytest.raises(sqlite3.IntegrityError):
        _figure(store, 804, quantity="-3", quantity_unit="t", period="2020")
    with pytest.raises(sqlite3.IntegrityError, match="go together"):
        store.conn.execute("UPDATE trade_figures SET quantity_unit = NULL WHERE uuid = ?",
                           (_uuid(801),))
    assert store.conn.execute("SELECT quantity, quantity_unit, net_weight_kg FROM trade_figures"
                              " WHERE uuid = ?", (_uuid(801),)).fetchone() == ("50000", "t",
                                                                               "50000000")


def test_values_are_typed_in_only_for_an_indicator_which_keeps_its_kind(store) -> None:
    trade_metric = store.conn.execute("SELECT id FROM metric_definitions").fetchone()[0]
    row = "INSERT INTO indicator_values (uuid, metric_definition_id, period, value, source," \
          " created_at, updated_at) VALUES (?, ?, ?, ?, 'Ministry', ?, ?)"
    with pytest.raises(sqlite3.IntegrityError, match="only for an indicator"):
        store.conn.execute(row, (_uuid(901), trade_metric, "2024", "3", NOW, NOW))
    indicator = _indicator(store)
    store.conn.execute(row, (_uuid(902), indicator, "2024-S1", "4", NOW, NOW))
    with pytest.raises(sqlite3.IntegrityError):  # one value per period and source
        store.conn.execute(row, (_uuid(903), indicator, "2024-S1", "5", NOW, NOW))
    with pytest.raises(sqlite3.IntegrityError):  # a period as trade figures write it
        store.conn.execute(row, (_uuid(904), indicator, "2024-H1", "5", NOW, NOW))
    with pytest.raises(sqlite3.IntegrityError, match="stays an indicator"):
        store.conn.execute("UPDATE metric_definitions SET kind = 'trade_quantity', unit = 't'"
                           " WHERE id = ?", (indicator,))
    store.conn.execute("DELETE FROM metric_definitions WHERE id = ?", (indicator,))
    assert store.conn.execute("SELECT count(*) FROM indicator_values").fetchone() == (0,)
