"""Check database: every finding names table and record; safe repairs after a backup.

Our own writes cannot break the rules (the schema enforces them), so each test makes the kind of
damage another tool could leave — with CHECKs ignored, foreign keys off, or the schema rewritten —
on a copy of the demo database.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from db_fixtures import integrity_ok

from database import NotADatabaseError, open_database
from database.backups import list_backups
from database.demo import load_demo
from database.services.trade import TradeFigureInput, create_trade_figures
from database.health_check import (
    BASELINE_DATE_MISMATCH,
    DEADLINE_NOT_AFTER_BASELINE,
    DUPLICATE,
    FOREIGN_KEY,
    FULL_TEXT,
    INTEGRITY,
    REQUIRED,
    RULE,
    SCHEMA_CHANGED,
    SCHEMA_EXTRA,
    SCHEMA_MISSING,
    STALE_SUMMARY,
    SUMMARY_SWITCHED_OFF,
    TARGET_NOT_POSITIVE,
    UNKNOWN_VALUE,
    Finding,
    Severity,
    check_constraints,
    check_database,
    repair,
)
from database.lock import DatabaseLockedError, acquire_writer_lock


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, closed and checkpointed; tests work on copies."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    store = open_database(path)
    load_demo(store)
    # The demo's press figures name no reporter, so they make no summary sums: two figures of
    # national statistics give the summary something to check.
    create_trade_figures(store, [
        TradeFigureInput("KGZ", "BLR", "2023", "export", "41000000.50", source="NSC"),
        TradeFigureInput("KGZ", "BLR", "2023", "import", "98000000", source="NSC")])
    store.close()
    return path


@pytest.fixture
def copy(demo_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "commitments.sqlite"
    shutil.copyfile(demo_file, target)
    return target


def _edit(path: Path, *statements: str, pragmas: tuple[str, ...] = ()) -> None:
    """Change the file as another tool would: plain sqlite3, our rules not applied."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        for pragma in pragmas:
            conn.execute(pragma)
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _by_code(findings: tuple[Finding, ...] | list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_demo_database_is_healthy_and_checking_writes_nothing(copy: Path) -> None:
    before = copy.read_bytes()
    report = check_database(copy)
    assert report.findings == () and report.healthy
    assert copy.read_bytes() == before
    # A read-only connection to a WAL file leaves an empty -wal (and its -shm index) behind.
    wal = copy.with_name(copy.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert not (copy.parent / "backups").exists()


@pytest.mark.parametrize("released", sorted((Path(__file__).parent / "data").glob("schema_*.sqlite")))
def test_every_released_schema_file_is_healthy_as_it_is(released: Path, tmp_path: Path) -> None:
    """An older file is checked against the application's schema at its own level."""
    target = tmp_path / released.name
    shutil.copyfile(released, target)
    assert check_database(target).findings == ()


def test_unknown_statuses_and_broken_rules_name_table_record_and_value(copy: Path) -> None:
    initiative, uuid = _rows(copy, "SELECT id, uuid FROM initiatives ORDER BY id LIMIT 1")[0]
    figure = _rows(copy, "SELECT id FROM trade_figures ORDER BY id LIMIT 1")[0][0]
    _edit(copy,
          f"UPDATE initiatives SET status = 'paused' WHERE id = {initiative}",
          f"UPDATE trade_figures SET period = '2024-13', flow = 'smuggling' WHERE id = {figure}",
          "UPDATE commitments SET target_value = '-5'",
          pragmas=("PRAGMA ignore_check_constraints = ON",))

    report = check_database(copy)

    assert not report.healthy
    unknown = {(f.table, f.record_id, f.column): f for f in _by_code(report.findings, UNKNOWN_VALUE)}
    status = unknown[("initiatives", initiative, "status")]
    assert status.record_uuid == uuid and status.severity is Severity.ERROR
    assert status.line() == (f"initiatives #{initiative}: status 'paused' is not one of: proposed, "
                             "agreed, in_progress, completed, stalled, cancelled")
    assert "'smuggling'" in unknown[("trade_figures", figure, "flow")].message
    rules = {(f.table, f.record_id, f.column) for f in _by_code(report.findings, RULE)}
    assert ("trade_figures", figure, "period") in rules
    assert ("commitments", 1, "target_value") in rules
    assert not any(f.repairable for f in report.findings), "nobody can guess the right value"


def test_commitment_rules_deadline_baseline_and_zero_target(copy: Path) -> None:
    # A target of zero needs direction -1 (reduce): the database refuses it with "raise".
    _edit(copy, "UPDATE commitments SET deadline = '2020-01-01', target_value = '0',"
                " direction = -1",
          pragmas=("PRAGMA ignore_check_constraints = ON",))
    report = check_database(copy)
    deadline = _by_code(report.findings, DEADLINE_NOT_AFTER_BASELINE)
    assert [(f.table, f.record_id) for f in deadline] == [("commitments", 1)]
    assert "2020-01-01" in deadline[0].message and "2024-12-31" in deadline[0].message
    # The table's own CHECK says the same; it is reported once, by the clearer rule.
    assert not [f for f in _by_code(report.findings, RULE) if "deadline" in f.message]
    zero = _by_code(report.findings, TARGET_NOT_POSITIVE)
    assert [(f.record_id, f.severity) for f in zero] == [(1, Severity.WARNING)]


def test_a_baseline_date_that_does_not_match_its_period_is_recomputed(copy: Path) -> None:
    _edit(copy, "UPDATE commitments SET baseline_date = '2024-06-30'")
    report = check_database(copy)
    [finding] = _by_code(report.findings, BASELINE_DATE_MISMATCH)
    assert finding.line() == ("commitments #1: baseline_date '2024-06-30' is not the last day of "
                              "the baseline period 2024 (2024-12-31)")
    result = repair(copy, report.findings)
    assert result.repaired == (finding,)
    assert _rows(copy, "SELECT baseline_date FROM commitments") == [("2024-12-31",)]
    assert check_database(copy).healthy
    # The repair is in the history like any change.
    assert _rows(copy, "SELECT action, field, old_value, new_value FROM audit_log"
                       " WHERE table_name = 'commitments' ORDER BY id DESC LIMIT 1") == [
        ("update", "baseline_date", "2024-06-30", "2024-12-31")]


def test_orphans_are_removed_or_unlinked_as_their_foreign_key_says(copy: Path) -> None:
    meeting = _rows(copy, "SELECT meeting_id FROM meeting_countries ORDER BY id LIMIT 1")[0][0]
    children = _rows(copy, f"SELECT 'meeting_countries', id FROM meeting_countries WHERE meeting_id"
                           f" = {meeting} UNION ALL SELECT 'meeting_participants', id FROM"
                           f" meeting_participants WHERE meeting_id = {meeting}")
    assert children
    _edit(copy, f"DELETE FROM meetings WHERE id = {meeting}", "DELETE FROM metric_definitions",
          "DELETE FROM countries WHERE iso3 = 'RUS'",
          "INSERT INTO trade_figures (uuid, reporter_iso3, partner_iso3, period, flow,"
          " product_code, value_usd_cents, created_at, updated_at) VALUES"
          " ('00000000-0000-4000-8000-000000000001', 'KGZ', 'RUS', '2024', 'export', 'TOTAL', 1,"
          " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
          pragmas=("PRAGMA foreign_keys = OFF",))
    figure = _rows(copy, "SELECT id FROM trade_figures WHERE partner_iso3 = 'RUS'")[0][0]

    report = check_database(copy)
    orphans = _by_code(report.findings, FOREIGN_KEY)
    by_row = {(f.table, f.record_id): f for f in orphans}
    for table, rowid in children:
        assert by_row[(table, rowid)].repair == "delete_orphan"
        assert by_row[(table, rowid)].line().startswith(f"{table} #{rowid}: meeting_id {meeting} ")
    assert by_row[("commitments", 1)].repair == "clear_reference"
    unrepairable = by_row[("trade_figures", figure)]
    assert unrepairable.repair is None and "'RUS'" in unrepairable.message

    result = repair(copy, report.findings)

    assert result.backup is not None and result.backup.reason == "pre-repair"
    assert result.backup.path in [b.path for b in list_backups(copy)]
    # The backup is the file as it was before the repair.
    assert len(_rows(result.backup.path, "PRAGMA foreign_key_check")) == len(orphans)
    assert unrepairable in result.not_repaired
    assert set(result.repaired) == {f for f in orphans if f.repairable}
    after = check_database(copy)
    assert [(f.table, f.record_id) for f in after.findings] == [("trade_figures", figure)]
    assert _rows(copy, "SELECT metric_definition_id FROM commitments") == [(None,)]
    assert _rows(copy, f"SELECT count(*) FROM meeting_countries WHERE meeting_id = {meeting}") == [(0,)]
    assert _rows(copy, "SELECT count(*) FROM trade_figures WHERE partner_iso3 = 'RUS'") == [(1,)]
    deleted = _rows(copy, "SELECT DISTINCT table_name, record_id FROM audit_log"
                          " WHERE action = 'delete' AND who <> '' ORDER BY 1, 2")
    assert set(children) <= set(deleted)


def test_a_column_whose_not_null_another_tool_dropped_is_still_required(copy: Path) -> None:
    _edit(copy, "UPDATE sqlite_master SET sql = replace(sql, 'title TEXT NOT NULL CHECK',"
                " 'title TEXT CHECK') WHERE name = 'meetings'",
          pragmas=("PRAGMA writable_schema = ON",))
    _edit(copy, "UPDATE meetings SET title = NULL WHERE id = 2")
    report = check_database(copy)
    [required] = _by_code(report.findings, REQUIRED)
    assert required.line() == "meetings #2: title is empty"
    [changed] = _by_code(report.findings, SCHEMA_CHANGED)
    assert changed.table == "meetings" and changed.severity is Severity.WARNING


def test_duplicate_natural_keys_in_a_table_rebuilt_without_its_unique_rule(copy: Path) -> None:
    columns = ", ".join(r[1] for r in _rows(copy, "PRAGMA table_info(trade_figures)"))
    _edit(copy,
          "BEGIN",
          f"CREATE TABLE rebuilt (id INTEGER PRIMARY KEY, {columns.replace('id, ', '', 1)})",
          "INSERT INTO rebuilt SELECT * FROM trade_figures",
          "DROP TABLE trade_figures",
          "ALTER TABLE rebuilt RENAME TO trade_figures",
          "INSERT INTO trade_figures (uuid, reporter_iso3, partner_iso3, period, flow,"
          " product_code, classification, value_usd_cents, source, created_at, updated_at,"
          " reporter_stated)"
          " SELECT '00000000-0000-4000-8000-000000000002', reporter_iso3, partner_iso3, period,"
          " flow, product_code, classification, 5, source, created_at, updated_at, 1"
          " FROM trade_figures WHERE reporter_stated = 1 ORDER BY id LIMIT 1",
          "COMMIT",
          pragmas=("PRAGMA foreign_keys = OFF",))
    first, copied = _rows(copy, "SELECT min(id), max(id) FROM trade_figures"
                                " WHERE reporter_stated = 1")[0]

    report = check_database(copy)

    [duplicate] = _by_code(report.findings, DUPLICATE)
    assert (duplicate.table, duplicate.record_id) == ("trade_figures", copied)
    assert duplicate.record_uuid == "00000000-0000-4000-8000-000000000002"
    assert duplicate.message.startswith(f"duplicate of #{first}: the same reporter_iso3, "
                                        "partner_iso3, period, flow, product_code, source")
    missing = {f.target for f in _by_code(report.findings, SCHEMA_MISSING)}
    assert {"idx_trade_partner", "trade_totals_after_insert"} <= missing
    assert _by_code(report.findings, STALE_SUMMARY), "the new row never reached the summary"

    result = repair(copy, report.findings)

    assert duplicate in result.not_repaired
    after = check_database(copy)
    assert {f.code for f in after.findings} == {DUPLICATE, SCHEMA_CHANGED}
    names = {r[0] for r in _rows(copy, "SELECT name FROM sqlite_master WHERE tbl_name ="
                                       " 'trade_figures'")}
    assert {"idx_trade_partner", "trade_totals_after_insert", "trade_totals_after_update"} <= names


def test_stale_summary_and_switched_off_triggers_are_rebuilt(copy: Path) -> None:
    summary = "SELECT * FROM trade_totals ORDER BY reporter_iso3, partner_iso3, period, flow, chapter"
    good = _rows(copy, summary)
    _edit(copy,
          "UPDATE trade_totals SET value_usd_cents = value_usd_cents + 100"
          " WHERE rowid = (SELECT min(rowid) FROM trade_totals)",
          "DELETE FROM trade_totals WHERE rowid = (SELECT max(rowid) FROM trade_totals)",
          "INSERT INTO trade_totals VALUES ('KGZ', 'UZB', '2020', 'export', 'TOTAL', '', 0, 5, 1)",
          "UPDATE trade_totals_control SET deferred = 1")
    report = check_database(copy)
    stale = _by_code(report.findings, STALE_SUMMARY)
    assert len(stale) == 3 and all(f.table == "trade_totals" and f.repairable for f in stale)
    messages = " | ".join(f.line() for f in stale)
    assert "trade_totals (KGZ UZB 2020 export TOTAL): the sum USD 0.05 is left over" in messages
    assert "is missing" in messages and "is stale" in messages
    assert _by_code(report.findings, SUMMARY_SWITCHED_OFF)

    result = repair(copy, report.findings)

    assert len(result.repaired) == 4 and not result.not_repaired
    assert _rows(copy, summary) == good
    assert _rows(copy, "SELECT deferred FROM trade_totals_control") == [(0,)]
    assert check_database(copy).healthy


def test_a_damaged_index_is_rebuilt(copy: Path) -> None:
    # Another tool rewrote the index definition but not its contents.
    _edit(copy, "UPDATE sqlite_master SET sql = 'CREATE INDEX idx_meetings_date ON meetings (title)'"
                " WHERE name = 'idx_meetings_date'", pragmas=("PRAGMA writable_schema = ON",))
    report = check_database(copy)
    index = _by_code(report.findings, INTEGRITY)
    assert index and all(f.table == "meetings" and f.repairable for f in index)
    assert any(f.record_id is not None and f.line().startswith(f"meetings #{f.record_id}: ")
               for f in index)
    result = repair(copy, report.findings)
    assert not result.not_repaired
    assert check_database(copy).findings == ()
    assert integrity_ok(copy) == (["ok"], [])


def test_a_foreign_full_text_index_is_an_error_removed_with_its_shadow_tables(copy: Path) -> None:
    _edit(copy,
          "CREATE VIRTUAL TABLE meeting_search USING fts5(title, content='meetings',"
          " content_rowid='id')",
          "INSERT INTO meeting_search (meeting_search) VALUES ('rebuild')")
    report = check_database(copy)
    [extra] = report.findings
    assert extra.code == SCHEMA_EXTRA and extra.target == "meeting_search"
    assert extra.severity is Severity.ERROR and extra.repairable
    assert not _by_code(report.findings, FULL_TEXT), "its shadow tables are part of it"
    result = repair(copy, report.findings)
    assert result.repaired == (extra,) and not result.not_repaired
    assert check_database(copy).findings == ()
    assert _rows(copy, "SELECT name FROM sqlite_master WHERE name LIKE 'meeting_search%'") == []


def test_a_trigger_added_by_another_tool_is_an_error_and_removed_by_the_repair(copy: Path) -> None:
    _edit(copy, "CREATE TRIGGER sneaky AFTER INSERT ON meetings BEGIN"
                " DELETE FROM commitments; END")
    report = check_database(copy)
    [extra] = _by_code(report.findings, SCHEMA_EXTRA)
    assert extra.table == "meetings" and "sneaky" in extra.message
    assert extra.severity is Severity.ERROR and extra.repairable and not report.healthy
    result = repair(copy, report.findings)
    assert result.repaired == (extra,)
    assert _rows(copy, "SELECT name FROM sqlite_master WHERE name = 'sneaky'") == []
    assert check_database(copy).findings == ()


def test_a_damaged_file_is_reported_and_never_repaired_in_place(copy: Path) -> None:
    data = bytearray(copy.read_bytes())
    data[3 * 4096:6 * 4096] = bytes(3 * 4096)
    copy.write_bytes(bytes(data))
    report = check_database(copy)
    assert not report.healthy
    assert all(f.severity is Severity.ERROR for f in report.findings)
    assert any("restore a backup" in f.message for f in report.findings)
    result = repair(copy, report.findings)
    assert result.refused and "restore a backup" in result.refused
    assert result.backup is None and copy.read_bytes() == bytes(data)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database", encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        check_database(text)


def test_an_sqlite_file_of_another_application_is_not_healthy(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite"
    _edit(foreign, "CREATE TABLE things (x)")
    [finding] = check_database(foreign).findings
    assert finding.code == "not_our_file" and finding.severity is Severity.ERROR


def test_repair_needs_the_writer_lock(copy: Path) -> None:
    _edit(copy, "UPDATE trade_totals SET value_usd_cents = 1")
    report = check_database(copy)
    lock = acquire_writer_lock(copy)
    try:
        with pytest.raises(DatabaseLockedError):
            repair(copy, report.findings)
        assert list_backups(copy) == []
        result = repair(copy, report.findings, lock=lock)  # the GUI passes its own lock
        assert result.repaired
    finally:
        lock.release()


def test_check_constraints_are_read_from_the_table_definition() -> None:
    sql = """CREATE TABLE t (
        id INTEGER PRIMARY KEY,
        "odd name" TEXT CHECK ("odd name" <> 'x, y'),  -- a comment with CHECK (1 = 0)
        kind TEXT NOT NULL DEFAULT 'a' CHECK (kind IN ('a', 'b')) /* CHECK (no) */,
        note TEXT DEFAULT 'CHECK (fake)',
        CONSTRAINT sane CHECK (length(kind) > 0 AND (kind <> 'c')),
        CHECK (id > 0)
    )"""
    assert check_constraints(sql) == [
        ("odd name", "\"odd name\" <> 'x, y'"),
        ("kind", "kind IN ('a', 'b')"),
        (None, "length(kind) > 0 AND (kind <> 'c')"),
        (None, "id > 0"),
    ]


def test_findings_are_one_line_each(copy: Path) -> None:
    _edit(copy, "UPDATE initiatives SET status = 'paused\nwith a newline'",
          pragmas=("PRAGMA ignore_check_constraints = ON",))
    for finding in check_database(copy).findings:
        assert "\n" not in finding.line()

