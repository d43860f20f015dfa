"""The import-trade, export-trade and undo-import commands: output, messages, exit codes."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from cli_runner import run_cli

HEADER = "reporter,partner,period,flow,product,value_usd,note\n"
GOOD = HEADER + ("KGZ,BLR,2024,export,TOTAL,22000000,\n"
                 "KGZ,BLR,2024,import,TOTAL,46000000.50,\n"
                 "KGZ,BLR,2024-01,import,84,1234.5,=HYPERLINK(\"x\")\n")
ERROR_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?:(?P<column>[^:]+): )?(?P<message>.+)$")


def rows(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT reporter_iso3, partner_iso3, period, flow, product_code,"
                            " value_usd_cents, note FROM trade_figures ORDER BY id").fetchall()
    finally:
        conn.close()


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ERROR_LINE.match(line) and "%" not in line]


def test_import_prints_a_summary_and_progress(tmp_path: Path) -> None:
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    result = run_cli("--db", "t.sqlite", "import-trade", "good.csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("Imported good.csv (simple, usd, utf-8) as batch 1: 3 inserted, "
                                     "0 updated, 0 unchanged.")
    assert "import-trade" not in result.stdout and "reading good.csv: 100 %" in result.stderr
    assert len(rows(tmp_path / "t.sqlite")) == 3
    again = run_cli("import-trade", "good.csv", "--db", "t.sqlite", cwd=tmp_path)
    assert again.returncode == 0
    assert "as batch 2: 0 inserted, 0 updated, 3 unchanged." in again.stdout


def test_invalid_rows_exit_non_zero_with_file_line_column_messages(tmp_path: Path) -> None:
    bad = HEADER + "KGZ,BLR,2024-13,export,TOTAL,1,\nKGZ,XXX,2024,export,TOTAL,abc,\n"
    (tmp_path / "bad.csv").write_text(bad, encoding="utf-8")
    result = run_cli("--db", "t.sqlite", "import-trade", "bad.csv", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert error_lines(result.stderr) == [
        "bad.csv:2: period: '2024-13' is not a period: month must be 01 to 12 (expected YYYY, "
        "YYYY-Sn, YYYY-Qn, YYYY-MM or YYYY-MM/YYYY-MM)",
        "bad.csv:3: partner: 'XXX' is not a known ISO alpha-3 country code",
        "bad.csv:3: value_usd: 'abc' is not a number",
    ]
    assert "3 error(s); nothing was imported" in result.stderr
    assert result.stdout == ""
    assert rows(tmp_path / "t.sqlite") == []


def test_many_errors_are_capped_with_a_count_of_the_rest(tmp_path: Path) -> None:
    body = "".join(f"KGZ,BLR,2024,export,TOTAL,x{i},\n" for i in range(150))
    (tmp_path / "many.csv").write_text(HEADER + body, encoding="utf-8")
    result = run_cli("--db", "t.sqlite", "import-trade", "many.csv", cwd=tmp_path)
    assert result.returncode == 1
    lines = error_lines(result.stderr)
    assert len(lines) == 100 and lines[0] == "many.csv:2: value_usd: 'x0' is not a number"
    assert "… and 50 more" in result.stderr.splitlines()


def test_file_level_problems_and_options(tmp_path: Path) -> None:
    (tmp_path / "semi.csv").write_text(GOOD.replace(",", ";"), encoding="utf-8")
    result = run_cli("--db", "t.sqlite", "import-trade", "semi.csv", "--format", "comtrade", cwd=tmp_path)
    assert result.returncode == 1
    assert error_lines(result.stderr) == [
        "semi.csv:1: missing columns: reporterISO, flowCode, partnerISO, cmdCode, primaryValue"]
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = run_cli("--db", "t.sqlite", "import-trade", "binary.csv", cwd=tmp_path)
    assert result.returncode == 1 and "binary.csv:1: the file holds binary data" in result.stderr
    result = run_cli("--db", "t.sqlite", "import-trade", "nothing.csv", cwd=tmp_path)
    assert result.returncode == 1 and "nothing.csv: no such file" in result.stderr
    result = run_cli("--db", "t.sqlite", "import-trade", "semi.csv", "--format", "excel", cwd=tmp_path)
    assert result.returncode == 2, "argparse refuses an unknown format"

    result = run_cli("--db", "t.sqlite", "import-trade", "semi.csv", "--unit", "thousand-usd",
                     "--dry-run", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("Dry run of semi.csv (simple, thousand-usd, utf-8): 3 would be "
                                     "inserted, 0 updated, 0 unchanged; nothing stored.")
    assert rows(tmp_path / "t.sqlite") == []
    result = run_cli("--db", "t.sqlite", "import-trade", "semi.csv", "--unit", "thousand-usd",
                     cwd=tmp_path)
    assert result.returncode == 0
    assert [r[5] for r in rows(tmp_path / "t.sqlite")] == [2200000000000, 4600000050000, 123450000]


def test_export_with_filters_and_undo(tmp_path: Path) -> None:
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    assert run_cli("--db", "t.sqlite", "import-trade", "good.csv", cwd=tmp_path).returncode == 0
    result = run_cli("export-trade", "out.csv", "--db", "t.sqlite", "--reporter", "KGZ",
                     "--partner", "BLR", "--flow", "import", "--from", "2024-01", "--to", "2024-12",
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Exported 2 trade figure(s) to out.csv."
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines() == [
        "reporter,partner,period,flow,product,value_usd,source,note,reporter_stated,quantity,"
        "quantity_unit,net_weight_kg",
        "KGZ,BLR,2024,import,TOTAL,46000000.50,,,yes,,,",
        "KGZ,BLR,2024-01,import,84,1234.50,,\"'=HYPERLINK(\"\"x\"\")\",yes,,,"]
    result = run_cli("--db", "t.sqlite", "export-trade", "out.xlsx", cwd=tmp_path)
    assert result.returncode == 0 and "Exported 3 trade figure(s)" in result.stdout
    result = run_cli("--db", "t.sqlite", "export-trade", "out.xlsx", "--from", "2024-13", cwd=tmp_path)
    assert result.returncode == 1 and "2024-13" in result.stderr

    result = run_cli("--db", "t.sqlite", "undo-import", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("Undid import batch 1: 3 inserted figure(s) removed, 0 updated "
                                     "figure(s) restored.")
    assert rows(tmp_path / "t.sqlite") == []
    again = run_cli("--db", "t.sqlite", "undo-import", "1", cwd=tmp_path)
    assert again.returncode == 1 and "was undone at" in again.stderr
    missing = run_cli("--db", "t.sqlite", "undo-import", "7", cwd=tmp_path)
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1


PRODUCTS = HEADER + "".join(
    f"KGZ,BLR,2024,{flow},{code},{100 + n},\n"
    for n, code in enumerate(("TOTAL", "27", "2709", "83", "84", "8401", "847130", "85", "8517", "86"))
    for flow in ("export", "import"))


def exported(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == ("reporter,partner,period,flow,product,value_usd,source,note,reporter_stated,"
                        "quantity,quantity_unit,net_weight_kg")
    return sorted((line.split(",")[3], line.split(",")[4]) for line in lines[1:])


def test_export_by_product_group_and_product_code(tmp_path: Path) -> None:
    (tmp_path / "products.csv").write_text(PRODUCTS, encoding="utf-8")
    assert run_cli("--db", "t.sqlite", "import-trade", "products.csv", cwd=tmp_path).returncode == 0
    stored = [(r[3], r[4]) for r in rows(tmp_path / "t.sqlite")]
    result = run_cli("--db", "t.sqlite", "export-trade", "machinery.csv", "--product-group",
                     "machinery", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    expected = sorted(r for r in stored if r[1][:2] in ("84", "85"))
    assert exported(tmp_path / "machinery.csv") == expected and len(expected) == 10
    assert result.stdout.strip() == f"Exported {len(expected)} trade figure(s) to machinery.csv."
    result = run_cli("--db", "t.sqlite", "export-trade", "oil.csv", "--product", "27", "--flow",
                     "export", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert exported(tmp_path / "oil.csv") == [("export", "27"), ("export", "2709")]
    result = run_cli("--db", "t.sqlite", "export-trade", "nuclear.csv", "--product-group",
                     "machinery", "--product", "8401", cwd=tmp_path)
    assert exported(tmp_path / "nuclear.csv") == [("export", "8401"), ("import", "8401")]


def test_a_bad_product_group_or_code_exits_non_zero_naming_the_option(tmp_path: Path) -> None:
    (tmp_path / "products.csv").write_text(PRODUCTS, encoding="utf-8")
    assert run_cli("--db", "t.sqlite", "import-trade", "products.csv", cwd=tmp_path).returncode == 0
    result = run_cli("--db", "t.sqlite", "export-trade", "out.csv", "--product-group", "cars",
                     cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "--product-group" in result.stderr and "'cars'" in result.stderr
    assert "machinery" in result.stderr, "the message lists the groups there are"
    result = run_cli("--db", "t.sqlite", "export-trade", "out.csv", "--product", "27x",
                     cwd=tmp_path)
    assert result.returncode == 1 and "--product:" in result.stderr and "'27x'" in result.stderr
    assert not (tmp_path / "out.csv").exists()
    help_text = run_cli("export-trade", "--help", cwd=tmp_path).stdout
    assert "--product CODE" in help_text and "--product-group KEY" in help_text
    from database.reference import product_groups

    flat = " ".join(help_text.split())
    assert all(key in flat for key in product_groups())
