"""Figures whose reporter is not stated (issue 14, part 7).

Press releases quote "turnover about USD 133 million in 2024" without saying whose statistics.
Such a figure is recorded "as published, reporter not stated" for the country pair: it is its
own series, a metric counts it only when the metric says so (and then as a source of its own,
after the reporter's own sources), and it is never merged with either reporter's series. Every
expectation below is worked out by hand.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cli_runner import run_cli
from database import Store, open_database
from database.actuals import metric_actuals
from database.demo import (
    SOURCE_24KG, SOURCE_BELTA, SOURCE_RADIO_BELARUS, SOURCE_TREND, load_demo,
)
from database.errors import ValidationError
from database.health_check import Severity, check_database
from database.services.commitments import CommitmentInput, create_commitment
from database.services.metrics import (
    MetricDefinitionInput,
    create_metric_definition,
    update_metric_definition,
)
from database.services.status import commitment_status
from database.services.trade import TradeFigureInput, create_trade_figure, update_trade_figure
from database.sources import unstated_source
from db_fixtures import row

NSC = "National Statistical Committee of the Kyrgyz Republic"
PRESS = "24.kg, 29 September 2025"
ON = date(2025, 9, 1)
DATA_DIR = Path(__file__).resolve().parent / "data"


def add(store: Store, period: str, flow: str, usd: str, source: str, *, stated: bool = True,
        reporter: str = "KGZ", partner: str = "BLR", product: str = "TOTAL") -> int:
    return create_trade_figure(store, TradeFigureInput(
        reporter, partner, period, flow, usd, product_code=product, source=source,
        reporter_stated=stated)).record_id


def metric(store: Store, **changes: object) -> dict:
    values = {"name": "Turnover KGZ-BLR", "flow": "turnover", "reporter_iso3": "KGZ",
              "partner_iso3": "BLR", **changes}
    metric_id = create_metric_definition(store, MetricDefinitionInput(**values)).record_id
    return row(store, "metric_definitions", metric_id)


def values(points) -> list[tuple[str, Decimal, tuple[str, ...]]]:
    return [(p.period, p.value_usd, p.sources) for p in points]


def test_a_metric_that_does_not_count_them_shows_them_apart(store: Store) -> None:
    add(store, "2023", "turnover", "150000000", NSC)
    add(store, "2024", "turnover", "133000000", PRESS, stated=False)

    actuals = metric_actuals(store, metric(store))

    # The reporter's series has 2023 only: the press figure is nobody's statistics.
    assert values(actuals.series) == [("2023", Decimal(150000000), (NSC,))]
    assert actuals.sources == [NSC]
    [apart] = actuals.unstated
    assert apart.source == f"{PRESS} (reporter not stated)"
    assert values(apart.points) == [("2024", Decimal(133000000), (apart.source,))]


def test_a_metric_that_counts_them_takes_them_after_its_reporters_own_sources(
        store: Store) -> None:
    add(store, "2023", "turnover", "150000000", NSC)
    add(store, "2023", "turnover", "140000000", PRESS, stated=False)
    add(store, "2024", "turnover", "133000000", PRESS, stated=False)
    counting = metric(store, use_unstated_reporter=True)

    actuals = metric_actuals(store, counting)

    press = unstated_source(PRESS)
    # 2023: the Kyrgyz statistics win; 2024: only the press figure has the fact.
    assert values(actuals.series) == [("2023", Decimal(150000000), (NSC,)),
                                      ("2024", Decimal(133000000), (press,))]
    assert actuals.sources == [NSC, press]
    assert actuals.unstated == []
    # The press figure's own 2023 value is kept as its own series where it differs.
    [other] = actuals.other_sources
    assert (other.source, values(other.points)) == (press, [("2023", Decimal(140000000),
                                                             (press,))])
    status = commitment_status(store, create_and_get(store, counting["id"]), on=ON)
    assert (status.latest_value, status.latest_source) == (Decimal(133000000), press)


def create_and_get(store: Store, metric_id: int) -> dict:
    commitment_id = create_commitment(store, CommitmentInput(
        title="Raise turnover with Belarus", partner_iso3="BLR", baseline_value="150000000",
        baseline_period="2023", target_value="300000000", deadline="2028-12-31",
        metric_definition_id=metric_id)).record_id
    return row(store, "commitments", commitment_id)


def test_its_preference_can_put_them_first(store: Store) -> None:
    add(store, "2023", "turnover", "150000000", NSC)
    add(store, "2023", "turnover", "140000000", PRESS, stated=False)
    counting = metric(store, use_unstated_reporter=True,
                      source_preference=(unstated_source(PRESS), NSC))

    assert values(metric_actuals(store, counting).series) == [
        ("2023", Decimal(140000000), (unstated_source(PRESS),))]


def test_a_stated_and_an_unstated_figure_of_one_source_are_two_series(store: Store) -> None:
    # The same outlet once names the Kyrgyz statistics and once does not: two series, never
    # one sum (2023 would read 290 m if they were merged).
    add(store, "2023", "turnover", "150000000", PRESS)
    add(store, "2023", "export", "140000000", PRESS, stated=False)
    add(store, "2023", "import", "0.5", PRESS, stated=False)
    counting = metric(store, use_unstated_reporter=True)

    actuals = metric_actuals(store, counting)

    assert values(actuals.series) == [("2023", Decimal(150000000), (PRESS,))]
    [other] = actuals.other_sources
    assert values(other.points) == [("2023", Decimal("140000000.5"), (unstated_source(PRESS),))]
    # The summary holds the reporter's own figure only.
    assert store.conn.execute(
        "SELECT flow, source, value_usd_cents FROM trade_totals").fetchall() == [
        ("turnover", PRESS, 15000000000)]


def test_a_figure_told_from_the_partners_side_is_the_same_pair(store: Store) -> None:
    # "Belarus exported USD 40 m to Kyrgyzstan" is Kyrgyzstan's import, whoever counted it.
    add(store, "2024", "export", "40000000", PRESS, stated=False, reporter="BLR", partner="KGZ")
    add(store, "2024", "export", "20000000", PRESS, stated=False)
    imports = metric(store, name="Imports", flow="import", use_unstated_reporter=True)
    turnover = metric(store, use_unstated_reporter=True)

    assert values(metric_actuals(store, imports).series) == [
        ("2024", Decimal(40000000), (unstated_source(PRESS),))]
    assert values(metric_actuals(store, turnover).series) == [
        ("2024", Decimal(60000000), (unstated_source(PRESS),))]
    # Nobody's statistics are no one's mirror.
    assert metric_actuals(store, turnover, mirror=True).series == []


def test_one_sources_figure_is_stored_once_whichever_side_tells_it(store: Store) -> None:
    add(store, "2024", "export", "40000000", PRESS, stated=False, reporter="BLR", partner="KGZ")

    with pytest.raises(ValidationError) as refused:
        add(store, "2024", "import", "40000000", PRESS, stated=False)
    assert (refused.value.field, refused.value.code) == ("period", "duplicate_other_side")
    # Another tool meets the same rule in the file itself.
    with pytest.raises(sqlite3.IntegrityError, match="already stored from the other side"):
        store.conn.execute(
            "INSERT INTO trade_figures (uuid, reporter_iso3, partner_iso3, period, flow,"
            " product_code, value_usd_cents, source, reporter_stated, created_at, updated_at)"
            " VALUES ('00000000-0000-4000-8000-000000000009', 'KGZ', 'BLR', '2024', 'import',"
            " 'TOTAL', 1, ?, 0, 'x', 'x')", (PRESS,))
    # A stated figure of the same fact is another series and is accepted.
    add(store, "2024", "import", "38000000", PRESS)
    assert store.conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0] == 2


def test_marking_a_figure_unstated_takes_it_out_of_its_reporters_sums(store: Store) -> None:
    figure = add(store, "2024", "turnover", "133000000", PRESS)
    assert store.conn.execute("SELECT count(*) FROM trade_totals").fetchone()[0] == 1

    update_trade_figure(store, figure, TradeFigureInput(
        "KGZ", "BLR", "2024", "turnover", "133000000", source=PRESS, reporter_stated=False))

    assert store.conn.execute("SELECT count(*) FROM trade_totals").fetchone()[0] == 0
    assert metric_actuals(store, metric(store)).series == []
    report = check_database(store.path)
    assert not [f for f in report.findings if f.severity is Severity.ERROR]


def test_the_demo_attributes_each_figure_only_as_far_as_its_source_does(store: Store) -> None:
    load_demo(store)

    stored = store.conn.execute(
        "SELECT reporter_iso3, period, flow, source, reporter_stated FROM trade_figures"
        " ORDER BY period, reporter_iso3, flow").fetchall()
    assert stored == [
        ("BLR", "2019", "turnover", SOURCE_RADIO_BELARUS, 0),
        ("BLR", "2020", "turnover", SOURCE_RADIO_BELARUS, 0),
        ("KGZ", "2024", "turnover", SOURCE_24KG, 0),
        # The Kyrgyz government names the Kyrgyz figure, BelTA the Belarusian one.
        ("BLR", "2024-01/2024-09", "turnover", SOURCE_BELTA, 1),
        ("KGZ", "2024-01/2024-09", "turnover", SOURCE_TREND, 1),
        ("KGZ", "2025-S1", "export", SOURCE_24KG, 0),
        ("KGZ", "2025-S1", "import", SOURCE_24KG, 0),
        ("KGZ", "2025-S1", "turnover", SOURCE_24KG, 0)]
    # Its metric says it counts them; the status names them as published.
    [commitment] = store.conn.execute("SELECT id FROM commitments").fetchall()
    status = commitment_status(store, row(store, "commitments", commitment[0]), on=ON)
    assert (status.latest_value, status.latest_source) == (
        Decimal(133000000), f"{SOURCE_24KG} (reporter not stated)")
    # Neither country's own series holds them; the two stated spans are in their reporters'.
    assert store.conn.execute("SELECT reporter_iso3, period, source FROM trade_totals"
                              " ORDER BY reporter_iso3").fetchall() == [
        ("BLR", "2024-01/2024-09", SOURCE_BELTA), ("KGZ", "2024-01/2024-09", SOURCE_TREND)]


def test_switching_a_metric_off_them_leaves_their_series_apart(store: Store) -> None:
    counting = metric(store, use_unstated_reporter=True)
    add(store, "2024", "turnover", "133000000", PRESS, stated=False)
    assert [p.period for p in metric_actuals(store, counting).series] == ["2024"]

    update_metric_definition(store, counting["id"], MetricDefinitionInput(
        name="Turnover KGZ-BLR", flow="turnover", reporter_iso3="KGZ", partner_iso3="BLR"))

    changed = row(store, "metric_definitions", counting["id"])
    actuals = metric_actuals(store, changed)
    assert actuals.series == [] and [s.source for s in actuals.unstated] == [
        unstated_source(PRESS)]


def test_status_json_of_the_demo_names_the_figure_as_published(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    assert run_cli("--db", str(path), "demo", cwd=tmp_path).returncode == 0

    result = run_cli("--db", str(path), "status", "--json", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    [entry] = json.loads(result.stdout)
    assert entry["latest_value"] == 133000000
    assert entry["latest_source"] == f"{SOURCE_24KG} (reporter not stated)"


def test_a_file_of_the_release_before_keeps_every_figure_stated(tmp_path: Path) -> None:
    path = tmp_path / "schema_0005.sqlite"
    shutil.copyfile(DATA_DIR / "schema_0005.sqlite", path)
    conn = sqlite3.connect(path)
    cursor = conn.execute("SELECT * FROM trade_figures ORDER BY id")
    columns = ", ".join(d[0] for d in cursor.description)
    figures = cursor.fetchall()
    totals = conn.execute("SELECT * FROM trade_totals ORDER BY 1, 2, 3, 4, 5, 6").fetchall()
    conn.close()

    store = open_database(path)
    try:
        assert "0006_reporter_not_stated" in store.schema_migrations()
        stored = store.conn.execute(f"SELECT {columns} FROM trade_figures ORDER BY id").fetchall()
        assert stored == figures
        assert store.conn.execute("SELECT DISTINCT reporter_stated FROM trade_figures"
                                  ).fetchall() == [(1,)]
        # That release's figures named their reporter: its summary is unchanged.
        assert store.conn.execute(
            "SELECT * FROM trade_totals ORDER BY 1, 2, 3, 4, 5, 6").fetchall() == totals
        assert {r[0] for r in store.conn.execute(
            "SELECT use_unstated_reporter FROM metric_definitions")} == {0}
    finally:
        store.close()
    assert not [f for f in check_database(path).findings if f.severity is Severity.ERROR]


def test_a_batch_telling_one_fact_from_both_sides_is_refused_naming_the_row(store: Store) -> None:
    from database.services.trade import create_trade_figures

    with pytest.raises(ValidationError) as refused:
        create_trade_figures(store, [
            TradeFigureInput("KGZ", "BLR", "2024", "export", "22000000", source=PRESS,
                             reporter_stated=False),
            TradeFigureInput("BLR", "KGZ", "2024", "import", "22000000", source=PRESS,
                             reporter_stated=False)])

    assert (refused.value.code, refused.value.row) == ("duplicate_other_side", 2)
    assert store.conn.execute("SELECT count(*) FROM trade_figures").fetchone()[0] == 0
