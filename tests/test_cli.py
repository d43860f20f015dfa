"""The command line: demo, status --json, self-test, version, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_cli

STATUS_FIELDS = {
    "id", "title", "partner", "baseline_value", "baseline_period", "target_value", "deadline",
    "latest_value", "latest_period", "progress_pct", "observed_cagr", "required_cagr",
    "required_cagr_from_now", "projected_value", "status",
}
STATUS_VALUES = {"achieved", "on_track", "acceleration_needed", "limited_progress",
                 "deterioration", "overdue", "no_data"}


def _assert_one_line_error(result, *must_contain: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for text in must_contain:
        assert text in lines[0]


def test_demo_then_status_json_shows_the_turnover_commitment(tmp_path: Path) -> None:
    loaded = run_cli("--db", "x.sqlite", "demo", cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    result = run_cli("--db", "x.sqlite", "status", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) == 1
    record = records[0]
    assert STATUS_FIELDS <= set(record)
    assert record["partner"] == "BLR"
    assert record["target_value"] == 500_000_000
    assert record["baseline_value"] == 133_000_000 and record["baseline_period"] == "2024"
    # "within five years" of the Almaty meeting on 2025-01-30
    assert record["deadline"] == "2030-01-30"
    assert record["status"] in STATUS_VALUES
    # The only published annual actual is the baseline year itself: no observed growth yet.
    assert record["status"] == "no_data"
    assert record["observed_cagr"] is None
    assert abs(record["required_cagr"] - ((500 / 133) ** (365.25 / 1856) - 1)) < 1e-9
    assert record["progress_pct"] == 26.6


def test_loading_the_demo_twice_adds_nothing(tmp_path: Path) -> None:
    assert run_cli("--db", "x.sqlite", "demo", cwd=tmp_path).returncode == 0
    second = run_cli("demo", "--db", "x.sqlite", cwd=tmp_path)
    assert second.returncode == 0
    assert "nothing added" in second.stdout
    records = json.loads(run_cli("--db", "x.sqlite", "status", "--json", cwd=tmp_path).stdout)
    assert len(records) == 1


def test_environment_variable_chooses_the_database(tmp_path: Path) -> None:
    target = tmp_path / "from-env.sqlite"
    result = run_cli("demo", cwd=tmp_path, env={"COMMITMENT_TRACKER_DB": str(target)})
    assert result.returncode == 0, result.stderr
    assert target.exists()
    assert str(target) in result.stdout


def test_default_database_lives_in_the_local_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = run_cli("demo", cwd=tmp_path, env={"HOME": str(home),
                                                "XDG_DATA_HOME": str(home / "data")})
    assert result.returncode == 0, result.stderr
    created = list((home / "data").rglob("commitments.sqlite"))
    assert len(created) == 1
    assert "Commitment Tracker" in str(created[0])


def test_missing_folder_is_one_clear_line(tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path / "no-such-folder" / "x.sqlite"), "status", cwd=tmp_path)
    _assert_one_line_error(result, "no-such-folder", "does not exist")


def test_foreign_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.sqlite"
    foreign.write_text("minutes of the meeting\n", encoding="utf-8")
    before = foreign.read_bytes()
    result = run_cli("--db", str(foreign), "status", cwd=tmp_path)
    _assert_one_line_error(result, "notes.sqlite", "not an SQLite database")
    assert foreign.read_bytes() == before
    assert not (tmp_path / "notes.sqlite-wal").exists()


def test_plain_status_lists_the_commitment(tmp_path: Path) -> None:
    run_cli("--db", "x.sqlite", "demo", cwd=tmp_path)
    result = run_cli("--db", "x.sqlite", "status", cwd=tmp_path)
    assert result.returncode == 0
    assert "USD 500 million" in result.stdout
    assert "No data since baseline" in result.stdout


def test_version(tmp_path: Path) -> None:
    from database import __version__

    result = run_cli("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"commitment-tracker {__version__}"


def test_self_test_passes_and_reports_each_step(tmp_path: Path) -> None:
    result = run_cli("--self-test", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    for step in ("migrate", "demo", "status", "plot", "pdf"):
        assert f"ok    {step}" in result.stdout
    assert "self-test passed" in result.stdout
    assert list(tmp_path.iterdir()) == []  # the temporary database was not left behind here
