"""Problems of a trade import and of a pasted block in Russian and German: every code the core
can give has a template; the import preview, the paste preview and import-trade word them in the
language; English stays the core's own text."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_runner import run_cli
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from database import open_database
from database.demo import load_demo
from database.trade_io import ImportOptions, preview
from database.trade_paste import PasteError
from desktop import i18n
from desktop.import_messages import (
    paste_error_message,
    row_error_line,
    row_error_message,
    templates,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
HEADER = "reporter,partner,period,flow,product,value_usd,source,note\n"
# One problem per line (line numbers 2..): the kinds of cell problem a file can have.
BAD_ROWS = [
    ("KGZ,BLR,2024-13,export,TOTAL,10,S,", "period", "period_month"),
    ("KGZ,BLR,2024-Q5,export,TOTAL,10,S,", "period", "period_quarter"),
    ("KGZ,BLR,1800,export,TOTAL,10,S,", "period", "period_year"),
    ("KGZ,BLR,24/05,export,TOTAL,10,S,", "period", "invalid_period"),
    ("KGZ,BLR,,export,TOTAL,10,S,", "period", "period_required"),
    ("XXX,BLR,2024,export,TOTAL,10,S,", "reporter", "unknown_country"),
    ("W00,BLR,2024,export,TOTAL,10,S,", "reporter", "aggregate_reporter"),
    (",BLR,2024,export,TOTAL,10,S,", "reporter", "reporter_required"),
    ("KGZ,,2024,export,TOTAL,10,S,", "partner", "partner_required"),
    ("KGZ,KGZ,2024,export,TOTAL,10,S,", "partner", "same_as_reporter"),
    ("KGZ,BLR,2024,smuggling,TOTAL,10,S,", "flow", "invalid_flow"),
    ("KGZ,BLR,2024,,TOTAL,10,S,", "flow", "flow_required"),
    ("KGZ,BLR,2024,export,401,10,S,", "product", "product_leading_zero"),
    ("KGZ,BLR,2024,export,ABC,10,S,", "product", "invalid_product"),
    ("KGZ,BLR,2024,export,,10,S,", "product", "product_required"),
    ("KGZ,BLR,2024,export,TOTAL,-5,S,", "value_usd", "negative"),
    ("KGZ,BLR,2024,export,TOTAL,\"1,5\",S,", "value_usd", "not_number_comma"),
    ("KGZ,BLR,2024,export,TOTAL,abc,S,", "value_usd", "not_number"),
    ("KGZ,BLR,2024,export,TOTAL,1.234,S,", "value_usd", "too_many_decimals"),
    ("KGZ,BLR,2024,export,TOTAL,1e30,S,", "value_usd", "too_large"),
    ("KGZ,BLR,2024,export,TOTAL,,S,", "value_usd", "value_required"),
    ("KGZ,BLR,2024,export,TOTAL,10,S,note,extra", "column 9", "too_many_cells"),
]


def _results(expression: ast.expr) -> list[str]:
    """The string literals an expression can evaluate to (through ``a if test else b``)."""
    if isinstance(expression, ast.Constant) and isinstance(expression.value, str):
        return [expression.value]
    if isinstance(expression, ast.IfExp):
        return _results(expression.body) + _results(expression.orelse)
    return []  # a code handed on (``code=problem.code``): written where it was made


def _codes_in_source(folder: Path) -> dict[str, str]:
    """Every problem code written in ``folder``'s modules (the string literals given as
    ``code=`` to any call), with the file:line of its first use."""
    codes: dict[str, str] = {}
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            for keyword in node.keywords:
                if keyword.arg != "code":
                    continue
                for code in _results(keyword.value):
                    codes.setdefault(code, f"{path.name}:{node.lineno}")
    return codes


def _paste_codes() -> set[str]:
    """The codes of database.trade_paste: PasteError's fourth argument, the code given to
    CellProblem, and what _problem_code answers."""
    tree = ast.parse((REPO_ROOT / "database" / "trade_paste.py").read_text(encoding="utf-8"))
    codes: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            position = {"PasteError": 3, "CellProblem": 1}.get(node.func.id)
            if position is not None and len(node.args) > position:
                argument = node.args[position]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    codes.add(argument.value)
        if isinstance(node, ast.FunctionDef) and node.name == "_problem_code":
            codes |= {part.value for part in ast.walk(node) if isinstance(part, ast.Constant)
                      and isinstance(part.value, str) and part.value.isidentifier()
                      and part.value not in ("reporter", "partner", "period", "flow", "product")}
    return codes


@pytest.fixture
def language(qapp) -> Iterator[callable]:
    previous = QLocale()

    def install(code: str) -> None:
        i18n.install_language(qapp, code)

    yield install
    i18n.install_language(qapp, "en")
    QApplication.processEvents()
    QLocale.setDefault(previous)


# ----------------------------------------------------------------------------- the templates

def test_every_code_of_the_trade_import_has_a_template() -> None:
    codes = _codes_in_source(REPO_ROOT / "database" / "trade_io")
    assert len(codes) >= 50  # the scan found the import's problems, not a fraction of them
    assert {"period_month", "negative", "missing_columns", "xlsx_unreadable"} <= set(codes)
    missing = {code: where for code, where in codes.items() if code not in templates()}
    assert not missing, f"codes without a template in desktop/import_messages.py: {missing}"


def test_every_code_of_a_pasted_block_has_a_template() -> None:
    codes = _paste_codes()
    assert {"group_separator", "exists", "duplicate_in_block", "invalid"} <= codes
    # "invalid" is a source or note that is too long; it is worded as such.
    missing = sorted(code for code in codes - {"invalid"} if code not in templates())
    assert not missing


def test_no_row_error_is_created_without_a_code() -> None:
    """Every RowError(...) in the import gives its code (a problem never reaches the user as
    English only)."""
    for path in sorted((REPO_ROOT / "database" / "trade_io").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "RowError"):
                assert any(k.arg == "code" for k in node.keywords), f"{path.name}:{node.lineno}"


@pytest.mark.parametrize("code", ["ru", "de"])
def test_each_problem_of_a_bad_file_reads_in_the_language(tmp_path: Path, language,
                                                         code: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "\n".join(row for row, _column, _code in BAD_ROWS) + "\n",
                    encoding="utf-8")
    found = preview(path, ImportOptions())
    got = [(e.line, e.column, e.code) for e in found.errors]
    assert got == [(line, column, problem)
                   for line, (_row, column, problem) in enumerate(BAD_ROWS, start=2)]
    english = [row_error_message(e) for e in found.errors]
    assert english == [e.message for e in found.errors]  # English: the core's text as it is
    language(code)
    for error in found.errors:
        shown = row_error_message(error)
        assert shown != error.message, (error.code, shown)  # a template, not the English
        assert "{" not in shown  # every placeholder filled
    by_code = {e.code: row_error_message(e) for e in found.errors}
    if code == "ru":
        assert by_code["period_month"] == "«2024-13» — не период: месяц должен быть от 01 до 12"
        assert by_code["period_year"] == "«1800» — не период: год должен быть от 1900 до 2100"
    else:
        assert by_code["negative"] == "„-5“ ist negativ; Handelswerte dürfen nicht negativ sein"


def test_file_level_problems_read_in_the_language(tmp_path: Path, language) -> None:
    (tmp_path / "semicolons.csv").write_text(
        "reporter;partner;period;flow;product;value_usd\nKGZ;BLR;2024;export;TOTAL;1\n",
        encoding="utf-8")
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    wrong = preview(tmp_path / "semicolons.csv", ImportOptions(delimiter=","))
    empty = preview(tmp_path / "empty.csv", ImportOptions())
    missing = preview(tmp_path / "nowhere.csv", ImportOptions())
    assert [e.code for e in wrong.errors] == ["missing_columns_delimiter"]
    language("de")
    assert row_error_message(wrong.errors[0]).startswith("fehlende Spalten: ")
    assert "Semikolon „;“" in row_error_message(wrong.errors[0])
    assert row_error_message(empty.errors[0]) == "die Datei ist leer: keine Kopfzeile und keine Daten"
    assert row_error_line(missing.errors[0], "nowhere.csv") == (
        "nowhere.csv: die Datei existiert nicht")


def test_the_paste_templates_fill_their_values(language) -> None:
    source = PasteError(2, 6, "source", "invalid", "x" * 1001, "the source is longer than 1000 "
                                                             "characters")
    separator = PasteError(1, 5, "value_usd", "group_separator", "1.234,5", "…")
    missing = PasteError(0, -1, "partner", "missing_column", "", "…")
    assert paste_error_message(separator, ",").startswith("“1.234,5” holds a thousands separator")
    language("ru")
    assert paste_error_message(source) == "источник длиннее 1\u00a0000 символов"
    assert paste_error_message(separator, ",") == (
        "«1.234,5» содержит разделитель разрядов; запишите число без группировки, с «.» или «,» "
        "в качестве десятичного разделителя")
    assert paste_error_message(missing) == "нет столбца «partner»"


# ----------------------------------------------------------------------------- where they show

@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, language):
    from desktop.main_window import MainWindow

    store = open_database(tmp_path / "demo.sqlite")
    load_demo(store)
    main = MainWindow(store)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.show_page("trade_figures")
    yield main
    language("en")
    main.close()
    main.store.close()


def test_the_import_preview_shows_a_bad_period_in_russian(window, qtbot: QtBot, language,
                                                         tmp_path: Path) -> None:
    from desktop.forms.trade_import_dialog import TradeImportDialog

    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "KGZ,BLR,2024-12,export,TOTAL,10,S,\n"
                             "KGZ,BLR,2024-13,export,TOTAL,10,S,\n", encoding="utf-8")
    language("ru")
    window.import_trade_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, TradeImportDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
        dialog.set_file(path)
    assert dialog.error_texts() == [
        "Строка 3, столбец «period»: «2024-13» — не период: месяц должен быть от 01 до 12"]
    # The file's own row shows the same message on the marked cell.
    marked = [dialog.raw_table.item(r, c).toolTip()
              for r in range(dialog.raw_table.rowCount())
              for c in range(dialog.raw_table.columnCount())
              if dialog.raw_table.item(r, c).toolTip()]
    assert len(marked) == 1 and "месяц должен быть от 01 до 12" in marked[0]
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_the_paste_preview_marks_a_cell_in_german(window, qtbot: QtBot, language) -> None:
    language("de")
    dialog = window.trade_view().paste_text("KGZ\tBLR\t2025-04\texport\tTOTAL\t-12\tNSC\n")
    assert [e.code for e in dialog.block.errors] == ["negative"]
    assert dialog.cell_errors(1, 5) == "„-12“ ist negativ; Handelswerte dürfen nicht negativ sein"
    assert dialog.error_messages()[0].endswith(
        "„-12“ ist negativ; Handelswerte dürfen nicht negativ sein")
    dialog.reject()


def test_import_trade_prints_a_negative_value_in_german(tmp_path: Path) -> None:
    (tmp_path / "bad.csv").write_text(HEADER + "KGZ,BLR,2024,export,TOTAL,-5,S,\n",
                                      encoding="utf-8")
    german = run_cli("--lang", "de", "--db", "t.sqlite", "import-trade", "bad.csv", cwd=tmp_path)
    assert german.returncode == 1
    assert ("bad.csv:2: value_usd: „-5“ ist negativ; Handelswerte dürfen nicht negativ sein"
            in german.stderr.splitlines())
    english = run_cli("--lang", "en", "--db", "t.sqlite", "import-trade", "bad.csv", cwd=tmp_path)
    assert english.returncode == 1
    assert ("bad.csv:2: value_usd: '-5' is negative; trade values must not be negative"
            in english.stderr.splitlines())
