"""Trade structure: sums by product group and year on hand-made figures, the bars, the Structure tab."""

from __future__ import annotations

from decimal import Decimal

import pytest
from matplotlib.figure import Figure
from pytestqt.qtbot import QtBot

from database.clock import utc_now_text
from database.operations import Change
from database.services.settings import set_home_country
from database.services.trade_structure import (
    structure_partners,
    trade_structure,
    year_periods,
)
from database.store import Store
from desktop.plots.trade_structure_plot import GID_PREFIX, draw_trade_structure
from desktop.views.trade_view import TAB_STRUCTURE, TradeView
from desktop.views.trade_structure_view import COL_CHAPTER, COL_SHARE, COL_TOTAL

M = 100_000_000  # cents in USD 1 million


def _insert(store: Store, rows: list[tuple[str, str, str, str, str, int]]) -> None:
    """(reporter, partner, period, flow, product, cents) figures, through the summary triggers."""
    now = utc_now_text()
    with store.write():
        start = store.conn.execute("SELECT coalesce(max(id), 0) FROM trade_figures").fetchone()[0]
        store.conn.executemany(
            "INSERT INTO trade_figures (uuid, reporter_iso3, partner_iso3, period, flow,"
            " product_code, value_usd_cents, source, note, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 'test', NULL, ?, ?)",
            [(f"00000000-0000-4000-8000-{start + i:012d}", *row, now, now)
             for i, row in enumerate(rows, start=1)])


@pytest.fixture
def structure_store(store: Store) -> Store:
    """KGZ's figures with KAZ: 2022 annual, 2023 monthly, 2024 incomplete; noise to ignore."""
    set_home_country(store, "KGZ")
    rows = [
        # 2022, annual: chapters 01 and 02 are both agri-food; 0101 is a line of chapter 01
        # (the summary takes chapter 01 at its 2-digit level, so it is not added twice).
        ("KGZ", "KAZ", "2022", "export", "01", 100 * M),
        ("KGZ", "KAZ", "2022", "export", "0101", 40 * M),
        ("KGZ", "KAZ", "2022", "export", "02", 50 * M),
        ("KGZ", "KAZ", "2022", "export", "84", 30 * M),
        ("KGZ", "KAZ", "2022", "export", "TOTAL", 999 * M),  # reported total: not a group
        ("KGZ", "KAZ", "2022", "import", "27", 200 * M),
        ("KGZ", "KAZ", "2022", "import", "85", 20 * M),
        # Another reporter's statistics and another partner: never mixed in.
        ("KAZ", "KGZ", "2022", "export", "01", 7 * M),
        ("KGZ", "UZB", "2022", "export", "01", 9 * M),
    ]
    for month in range(1, 13):
        rows.append(("KGZ", "KAZ", f"2023-{month:02d}", "export", "01", 1 * M))
        rows.append(("KGZ", "KAZ", f"2023-{month:02d}", "import", "30", 5 * M))
        if month <= 6:  # metals only half the year: the other months are zeros, not a gap
            rows.append(("KGZ", "KAZ", f"2023-{month:02d}", "export", "72", 2 * M))
        if month <= 11:  # 2024 has 11 months: incomplete, left out
            rows.append(("KGZ", "KAZ", f"2024-{month:02d}", "export", "01", 3 * M))
    _insert(store, rows)
    return store


def test_year_periods_follow_the_yearly_values_rule() -> None:
    periods = ["2020", "2020-01", *[f"2021-{m:02d}" for m in range(1, 13)],
               "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1"]
    assert year_periods(periods) == {
        2020: ["2020"], 2021: [f"2021-{m:02d}" for m in range(1, 13)],
        2022: ["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"]}


def test_groups_sum_chapters_per_complete_year(structure_store: Store) -> None:
    data = trade_structure(structure_store, "KAZ")
    assert (data.reporter_iso3, data.partner_iso3) == ("KGZ", "KAZ")
    assert data.years == [2022, 2023] and data.latest_year == 2023
    assert data.groups == ["agri_food", "mineral", "pharma", "metals", "machinery"]
    usd = lambda millions: Decimal(millions * 1_000_000)  # noqa: E731
    assert data.values["export"] == {
        "agri_food": {2022: usd(150), 2023: usd(12)},  # 100 + 50; 12 x 1
        "machinery": {2022: usd(30)},
        "metals": {2023: usd(12)},  # 6 x 2
    }
    assert data.values["import"] == {
        "mineral": {2022: usd(200)}, "machinery": {2022: usd(20)}, "pharma": {2023: usd(60)}}
    assert data.year_total("export", 2022) == usd(180)
    assert data.value("import", "metals", 2023) == 0


def test_top_products_of_the_latest_year_with_shares(structure_store: Store) -> None:
    top = trade_structure(structure_store, "KAZ").top_products
    assert [(p.chapter, p.group) for p in top] == [("30", "pharma"), ("01", "agri_food"),
                                                  ("72", "metals")]
    assert [(p.exports_usd, p.imports_usd) for p in top] == [
        (Decimal(0), Decimal(60_000_000)), (Decimal(12_000_000), Decimal(0)),
        (Decimal(12_000_000), Decimal(0))]
    assert [p.share for p in top] == pytest.approx([60 / 84, 12 / 84, 12 / 84])
    assert top[0].name and top[0].turnover_usd == Decimal(60_000_000)
    assert len(trade_structure(structure_store, "KAZ", top=2).top_products) == 2


def test_partners_and_other_reporters(structure_store: Store) -> None:
    assert [iso3 for iso3, _ in structure_partners(structure_store)] == ["KAZ", "UZB"]
    mirror = trade_structure(structure_store, "KGZ", reporter="KAZ")
    assert mirror.values["export"] == {"agri_food": {2022: Decimal(7_000_000)}}
    assert trade_structure(structure_store, "TJK").is_empty


def test_bars_read_back_equal_the_data(structure_store: Store) -> None:
    data = trade_structure(structure_store, "KAZ")
    figure = Figure()
    containers = draw_trade_structure(figure, data)
    assert set(containers) == {(f, g) for f in ("export", "import") for g in data.groups}
    for (flow, group), container in containers.items():
        assert {patch.get_gid() for patch in container.patches} == {f"{GID_PREFIX}{flow}_{group}"}
        heights = [patch.get_height() for patch in container.patches]
        assert heights == pytest.approx(
            [float(data.value(flow, group, y)) / 1e6 for y in data.years])
    # Stacked: the top of each year's column is the year's total.
    for flow in ("export", "import"):
        last = containers[(flow, data.groups[-1])].patches
        tops = [p.get_y() + p.get_height() for p in last]
        assert tops == pytest.approx([float(data.year_total(flow, y)) / 1e6 for y in data.years])
    texts = [figure._suptitle.get_text(), figure.axes[0].get_xlabel()]
    assert "Kazakhstan" in texts[0] and "Kyrgyz" in texts[0]
    assert "Kyrgyz" in texts[1]
    assert figure.legends and len(figure.legends[0].get_texts()) == len(data.groups)


def test_empty_structure_draws_a_message(structure_store: Store) -> None:
    figure = Figure()
    assert draw_trade_structure(figure, trade_structure(structure_store, "TJK")) == {}
    assert "No complete year" in figure.axes[0].texts[0].get_text()


def test_structure_tab_shows_plot_and_top_products(qtbot: QtBot, structure_store: Store,
                                                   en_us_locale) -> None:
    page = TradeView(structure_store)
    qtbot.addWidget(page)
    assert page.structure is None  # built only when its tab is opened
    view = page.show_structure()
    assert page.tabs.currentIndex() == TAB_STRUCTURE and view is not None
    assert view.partner() == "KAZ"
    table = view.top_table
    assert [table.item(r, COL_CHAPTER).text() for r in range(table.rowCount())] == ["30", "01", "72"]
    assert table.item(0, COL_TOTAL).text() == "60.0"
    assert table.item(0, COL_SHARE).text() == "71.4 %"
    # Issue 14.6: the column says what the share is of (the turnover with the partner that year).
    assert table.horizontalHeaderItem(COL_SHARE).text() == "Share of 2023 turnover with KAZ"
    assert view.containers[("import", "pharma")].patches[1].get_height() == pytest.approx(60)
    assert view.set_partner("UZB") and view.top_table.rowCount() == 1

    # A new figure reaches the tab through the page's hub handler.
    view.set_partner("KAZ")
    _insert(structure_store, [("KGZ", "KAZ", "2023", "export", "84", 100 * M)])
    page.on_records_changed(Change(frozenset({"trade_figures"})))
    assert view.top_table.item(0, COL_CHAPTER).text() == "84"
