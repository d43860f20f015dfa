"""Command-line messages in Russian and German; status --json stays the same in every language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

NBSP = "\u00a0"
GOOD = ("reporter,partner,period,flow,product,value_usd,note\n"
        "KGZ,BLR,2024,export,TOTAL,22000000,\n"
        "KGZ,BLR,2024,import,TOTAL,46000000.50,\n")


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    loaded = run_cli("--db", "x.sqlite", "demo", cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    return tmp_path


def test_status_in_russian_on_the_demo(demo: Path) -> None:
    result = run_cli("--lang", "ru", "--db", "x.sqlite", "status", cwd=demo)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("[Нет данных после базового периода] №1 ")
    assert f"цель 500{NBSP}000{NBSP}000 USD к 2030-01-30" in line  # Russian grouping
    assert f"последнее значение 133{NBSP}000{NBSP}000 USD (2024)" in line


def test_status_follows_a_russian_or_german_system_locale(demo: Path) -> None:
    russian = run_cli("--db", "x.sqlite", "status", cwd=demo,
                      env={"LANG": "ru_RU.UTF-8", "LC_ALL": "ru_RU.UTF-8", "LANGUAGE": "ru"})
    assert "[Нет данных после базового периода]" in russian.stdout, russian.stderr
    german = run_cli("--db", "x.sqlite", "status", cwd=demo,
                     env={"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de"})
    assert "Ziel 500.000.000 USD bis 2030-01-30" in german.stdout, german.stderr
    english = run_cli("--lang", "en", "--db", "x.sqlite", "status", cwd=demo,
                      env={"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"})
    assert "target 500,000,000 USD by 2030-01-30; latest 133,000,000 USD (2024)" in \
        english.stdout


def test_status_json_is_the_same_in_every_language(demo: Path) -> None:
    outputs = [run_cli(*lang, "--db", "x.sqlite", "status", "--json", cwd=demo).stdout
               for lang in ((), ("--lang", "ru"), ("--lang", "de"))]
    assert outputs[0] == outputs[1] == outputs[2]
    assert json.loads(outputs[1])[0]["status"] == "no_data"


def test_import_export_and_undo_summaries_in_german(tmp_path: Path) -> None:
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    imported = run_cli("--lang", "de", "--db", "t.sqlite", "import-trade", "good.csv",
                       cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == ("good.csv (simple, usd, utf-8) als Stapel 1 importiert: "
                                       "2 eingefügt, 0 aktualisiert, 0 unverändert.")
    assert "good.csv wird gelesen: 100 %" in imported.stderr
    exported = run_cli("--lang", "de", "--db", "t.sqlite", "export-trade", "out.csv",
                       cwd=tmp_path)
    assert exported.stdout.strip() == "2 Handelszahlen nach out.csv exportiert."
    undone = run_cli("--lang", "de", "--db", "t.sqlite", "undo-import", "1", cwd=tmp_path)
    assert undone.stdout.strip() == ("Importstapel 1 rückgängig gemacht: 2 eingefügte Zahl(en) "
                                     "entfernt, 0 geänderte Zahl(en) wiederhergestellt.")
    again = run_cli("--lang", "de", "--db", "t.sqlite", "undo-import", "1", cwd=tmp_path)
    assert again.returncode == 1
    assert again.stderr.strip() == ("commitment-tracker: Fehler: Dieser Importstapel wurde "
                                    "bereits rückgängig gemacht.")


def test_errors_in_russian_are_one_line(tmp_path: Path) -> None:
    missing = run_cli("--lang", "ru", "--db", str(tmp_path / "nowhere" / "x.sqlite"), "status",
                      cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.strip() == (
        f"commitment-tracker: ошибка: Папка {tmp_path / 'nowhere'} не существует.")
    bad = run_cli("--lang", "ru", "--db", "x.sqlite", "export-trade", "out.csv", "--partner",
                  "XXX", cwd=tmp_path)
    assert bad.stderr.strip() == ("commitment-tracker: ошибка: --partner: Партнёр: неизвестный "
                                  "код страны.")
    (tmp_path / "bad.csv").write_text("reporter,partner,period,flow,product,value_usd\n"
                                      "KGZ,BLR,2024-13,export,TOTAL,1\n"
                                      "KGZ,BLR,2024-14,export,TOTAL,1\n", encoding="utf-8")
    refused = run_cli("--lang", "ru", "--db", "x.sqlite", "import-trade", "bad.csv",
                      cwd=tmp_path)
    assert refused.returncode == 1
    assert "bad.csv: 2 ошибки; ничего не импортировано" in refused.stderr


def test_report_command_refuses_in_the_chosen_language(tmp_path: Path) -> None:
    completed = run_cli("--db", str(tmp_path / "empty.sqlite"), "--lang", "de", "report",
                        "--kind", "partner", "--out", str(tmp_path / "x.pdf"), cwd=tmp_path)
    assert completed.returncode == 1
    assert "--kind partner braucht --partner ISO3" in completed.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_help_in_the_chosen_language(tmp_path: Path) -> None:
    german = run_cli("--lang", "de", "--help", cwd=tmp_path)
    assert german.returncode == 0
    assert "Ohne Unterbefehl startet die Desktop-Anwendung." in german.stdout
    russian = run_cli("report", "--lang=ru", "--help", cwd=tmp_path)
    assert "создаваемый PDF-файл" in russian.stdout
    english = run_cli("--help", cwd=tmp_path, env={"LANG": "C", "LC_ALL": "C"})
    assert "Without a subcommand the desktop application starts." in english.stdout
