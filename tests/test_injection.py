"""Injection: user text never turns into a spreadsheet formula, and never into rendered markup.

Spreadsheet: hypothesis draws text starting with ``= + - @``, tab or CR for every free-text
column of the trade export (source, note) and of the list exports; no CSV cell may start with a
formula character unless prefixed, no XLSX cell may be a formula, numbers stay numbers, and
export → import gives back the exact text.

HTML: every free-text field of meetings, commitments, initiatives and people holds markup with
an image pointing at a local file; the dashboard, the lists, the timeline, the forms (labels,
tooltips, items) and the portfolio PDF must show it as the literal text.
"""

from __future__ import annotations

import csv
import sqlite3
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from crash_support import figure
from hypothesis import given, settings
from hypothesis import strategies as st

from database import Store, open_database
from database.demo import load_demo
from database.spreadsheet_safety import FORMULA_TRIGGERS
from database.trade_io.errors import ImportValidationError
from database.validation import control_character_problem
from database.trade_io import export_trade, import_trade

# --- spreadsheet injection ---------------------------------------------------------------------

# Stored text never starts or ends with white space (services and the import strip it) and
# holds no control character (every way in refuses them, issue 13); a formula prefix, tab and
# CR included, is put in front of that.
_BODY = st.text(st.characters(blacklist_categories=("Cs", "Cc")),
                min_size=1, max_size=30).map(str.strip).filter(bool)
DANGEROUS = st.builds(lambda prefix, body: prefix + body, st.sampled_from(FORMULA_TRIGGERS), _BODY)
ANY_TEXT = st.one_of(DANGEROUS, _BODY, st.builds(lambda body: "'" + body, DANGEROUS))


@st.composite
def figure_rows(draw: st.DrawFn) -> list[tuple[str, int, str, str | None]]:
    """(period, cents, source, note) rows; at least one has a dangerous source and note."""
    count = draw(st.integers(1, 4))
    rows = []
    for number in range(count):
        source = draw(DANGEROUS if number == 0 else ANY_TEXT)
        note = draw(DANGEROUS if number == 0 else st.one_of(st.none(), ANY_TEXT))
        cents = draw(st.integers(0, 10**14))
        rows.append((f"{2001 + number}", cents, source, note))
    return rows


@pytest.fixture(scope="module")
def trade_stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Store]]:
    """A database to export from and one to import into, reused by every example."""
    folder = tmp_path_factory.mktemp("stores")
    source, target = open_database(folder / "source.sqlite"), open_database(folder / "target.sqlite")
    yield source, target
    source.close()
    target.close()


def _clear(store: Store) -> None:
    with store.write():
        store.conn.execute("DELETE FROM trade_figures")
        store.conn.execute("DELETE FROM import_batch_previous")
        store.conn.execute("DELETE FROM import_batches")


def _store_rows(store: Store, rows: list[tuple[str, int, str, str | None]]) -> None:
    # Written directly: the export must be safe for any text in the file, including text that
    # another tool or an older version wrote (a leading tab, which our services strip).
    _clear(store)
    with store.write():
        store.conn.executemany(
            "INSERT INTO trade_figures (uuid, reporter_iso3, partner_iso3, period, flow, product_code,"
            " value_usd_cents, source, note, created_at, updated_at)"
            " VALUES (?, 'KGZ', 'BLR', ?, 'export', 'TOTAL', ?, ?, ?, '2026-01-01T00:00:00Z',"
            " '2026-01-01T00:00:00Z')",
            [(str(uuid.uuid4()), period, cents, source, note) for period, cents, source, note in rows])


def _imported(store: Store, path: Path) -> list[tuple[str, int, str, str | None]]:
    _clear(store)
    import_trade(store, path)
    return store.conn.execute(
        "SELECT period, value_usd_cents, source, note FROM trade_figures ORDER BY period").fetchall()


def _csv_problems(path: Path, rows: list[tuple[str, int, str, str | None]]) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    problems = []
    for line, cells in enumerate(table[1:], start=2):
        for column, cell in zip(table[0], cells):
            if cell.startswith(FORMULA_TRIGGERS):
                problems.append(f"line {line} {column}: {cell!r} starts with a formula character")
        _period, cents, _source, _note = rows[line - 2]
        if Decimal(cells[5]) * 100 != cents or not cells[5].replace(".", "").isdigit():
            problems.append(f"line {line}: value {cells[5]!r} is not the number {cents / 100}")
    return problems


def _xlsx_problems(path: Path, rows: list[tuple[str, int, str, str | None]]) -> list[str]:
    from openpyxl import load_workbook

    from database.trade_io.readers import cell_text

    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    problems = []
    for row_number, cells in enumerate(sheet.iter_rows(min_row=2), start=2):
        for cell in cells:
            if cell.data_type == "f":
                problems.append(f"{cell.coordinate}: a formula {cell.value!r}")
        value = cells[5]
        cents = rows[row_number - 2][1]
        if value.data_type != "n" or Decimal(str(value.value)) * 100 != cents:
            problems.append(f"{value.coordinate}: {value.value!r} ({value.data_type}) is not the number {cents / 100}")
        # A spreadsheet shows _xHHHH_ as the character it stands for (XML holds no controls).
        shown = tuple(cell_text(c.value) if c.value is not None else None for c in cells[6:8])
        if shown != rows[row_number - 2][2:]:
            problems.append(f"row {row_number}: text {shown!r} changed")
    workbook.close()
    return problems


def test_trade_export_never_writes_a_formula_and_round_trips_the_text(
        trade_stores: tuple[Store, Store], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target = trade_stores
    out_csv, out_xlsx = tmp_path / "figures.csv", tmp_path / "figures.xlsx"
    seen = {"examples": 0, "rows": 0, "dangerous": 0, "prefixed": 0, "refused": 0}

    @settings(max_examples=100, deadline=None, database=None)
    @given(rows=figure_rows())
    def check(rows: list[tuple[str, int, str, str | None]]) -> None:
        _store_rows(source, rows)
        assert export_trade(source, out_csv) == len(rows)
        assert export_trade(source, out_xlsx) == len(rows)

        assert _csv_problems(out_csv, rows) == []
        assert _xlsx_problems(out_xlsx, rows) == []
        # The import strips white space around a cell, as the forms do: the CSV's apostrophe
        # keeps a leading tab or CR (which only another tool can have stored), XLSX does not.
        # A source is one line: a tab or CR kept in it is refused by the import, naming the
        # column, never stored otherwise.
        stripped = [(period, cents, text.strip(), note.strip() if note else None)
                    for period, cents, text, note in rows]
        # (A tab or CR is refused where it stands, at the edge too: the rule is the text as given.)
        storable = all(control_character_problem(text, multiline=False) is None
                       for _period, _cents, text, _note in rows)
        for out, expected in ((out_csv, rows), (out_xlsx, stripped)):
            if storable:
                assert _imported(target, out) == expected, f"{out.name} -> import changed the text"
            else:
                with pytest.raises(ImportValidationError) as refused:
                    _imported(target, out)
                assert ": source: " in str(refused.value)
                seen["refused"] += 1
        seen["examples"] += 1
        seen["rows"] += len(rows)
        texts = [t for _p, _c, text, note in rows for t in (text, note) if t]
        seen["dangerous"] += sum(t.startswith(FORMULA_TRIGGERS) for t in texts)
        with out_csv.open(encoding="utf-8-sig", newline="") as f:
            seen["prefixed"] += sum(c.startswith("'") for cells in csv.reader(f) for c in cells[6:])

    check()
    figure(capsys, f"trade export: {seen['examples']} hypothesis examples, {seen['rows']} figures, "
                   f"{seen['dangerous']} source/note texts starting with = + - @ tab or CR; "
                   f"CSV cells prefixed with ': {seen['prefixed']}, CSV cells starting with a formula "
                   f"character: 0, XLSX formula cells: 0, values not numbers: 0, round trips "
                   f"changed: 0, re-imports refused for a tab or CR in a source: {seen['refused']}")


LIST_TEXTS = ['=HYPERLINK("http://evil.example","x")', "+1+2", "-3-4", "@SUM(A1:A9)",
              "\t=1+1", "\r=2+2", "'=quoted already"]


def test_every_list_export_neutralises_formulas(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.main_window import MainWindow, page_of

    store = open_database(tmp_path / "lists.sqlite")
    load_demo(store)
    poisoned = _poison_text_columns(store, LIST_TEXTS)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    exported: dict[str, int] = {}
    problems: list[str] = []
    try:
        for key in ("meetings", "commitments", "metric_definitions", "initiatives", "people",
                    "organisations"):
            window.show_page(page_of(key))
            view = window.lists[key]
            view.table.setFocus()
            for column in range(view.model.columnCount()):
                view.set_column_visible(column, True)
            out = tmp_path / f"{key}.csv"
            monkeypatch.setattr("desktop.main_window.QFileDialog.getSaveFileName",
                                lambda *args, out=out, **kwargs: (str(out), ""))
            monkeypatch.setattr(window, "current_list", lambda view=view: view)
            window.export_list_action.trigger()
            with out.open(encoding="utf-8-sig", newline="") as f:
                table = list(csv.reader(f))
            exported[key] = sum(1 for cells in table[1:] for cell in cells if cell.startswith("'"))
            for line, cells in enumerate(table, start=1):
                for column, cell in zip(table[0], cells):
                    if cell.startswith(FORMULA_TRIGGERS):
                        problems.append(f"{key}.csv line {line} {column}: {cell!r}")
    finally:
        window.close()
        store.close()
    figure(capsys, f"list CSV exports with formula-like text in {len(poisoned)} text columns: "
                   + ", ".join(f"{key} {n} cells prefixed" for key, n in exported.items())
                   + f"; {len(problems)} cells starting with a formula character")
    assert problems == [], problems
    assert all(exported.values()), exported


# --- HTML injection ----------------------------------------------------------------------------

MARKUP = '<b>bold</b><img src="file:///etc/hostname">'

# Columns that hold codes, dates, ids or choices, not free text (their CHECKs refuse markup).
_NOT_FREE_TEXT = ("uuid", "created_at", "updated_at", "status", "kind", "flow", "direction")


def _text_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [name for _cid, name, kind, *_rest in conn.execute(f"PRAGMA table_info([{table}])")
            if kind.upper() == "TEXT" and name not in _NOT_FREE_TEXT
            and not name.endswith(("_iso3", "_at", "_date", "_period", "_id"))]


POISONED_TABLES = ("meetings", "meeting_participants", "topics", "commitments",
                   "commitment_revisions", "metric_definitions", "initiatives", "milestones",
                   "progress_notes", "people", "positions", "organisations")


def _poison_text_columns(store: Store, texts: list[str]) -> list[str]:
    """Put ``texts`` (in turn, row by row) into every free-text column that takes any text."""
    poisoned = []
    for table in POISONED_TABLES:
        for column in _text_columns(store.conn, table):
            value_sql = "? || ' ' || id" if column in ("title", "name") else "?"
            if column.endswith("url"):
                value_sql = "'https://example.org/' || ?"
            try:
                with store.write():
                    for row_number, (row_id,) in enumerate(store.conn.execute(
                            f"SELECT id FROM [{table}] ORDER BY id").fetchall()):
                        store.conn.execute(f"UPDATE [{table}] SET [{column}] = {value_sql}"
                                           " WHERE id = ?", (texts[row_number % len(texts)], row_id))
            except sqlite3.IntegrityError:
                continue  # a CHECK says this column is not free text
            poisoned.append(f"{table}.{column}")
    return poisoned


def _rendered(text: str, text_format: object) -> str:
    """What a label (or a tooltip, which is AutoText) with this text shows on screen."""
    from PySide6.QtGui import Qt, QTextDocument  # QtGui's Qt carries mightBeRichText

    if text_format == Qt.TextFormat.PlainText or (
            text_format == Qt.TextFormat.AutoText and not Qt.mightBeRichText(text)):
        return text
    document = QTextDocument()
    if text_format == Qt.TextFormat.MarkdownText:
        document.setMarkdown(text)
    else:
        document.setHtml(text)
    return document.toPlainText()


class MarkupAudit:
    """Walks widgets and counts every place that shows the markup, and every place that renders it."""

    def __init__(self) -> None:
        self.checked: dict[str, int] = {}
        self.problems: list[str] = []

    def _check(self, kind: str, raw: object, text_format: object, where: str) -> None:
        if not isinstance(raw, str) or "bold" not in raw:
            return
        self.checked[kind] = self.checked.get(kind, 0) + 1
        shown = _rendered(raw, text_format)
        if MARKUP not in shown:
            self.problems.append(f"{where}: {kind} {raw[:120]!r} is shown as {shown[:80]!r}")

    def _model(self, view, where: str) -> None:
        from PySide6.QtCore import (
            QAbstractListModel,
            QAbstractTableModel,
            QModelIndex,
            Qt,
        )

        model = view.model()
        if model is None:
            return
        flat = isinstance(model, (QAbstractListModel, QAbstractTableModel))
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            # List and table models hide the parent-taking overloads in PySide6.
            columns = 1 if isinstance(model, QAbstractListModel) else (
                model.columnCount() if flat else model.columnCount(parent))
            for row in range(min(model.rowCount() if flat else model.rowCount(parent), 500)):
                for column in range(columns):
                    index = model.index(row, column, parent)
                    # Item views paint DisplayRole as plain text; tooltips are AutoText.
                    self._check("cell", index.data(Qt.ItemDataRole.DisplayRole),
                                Qt.TextFormat.PlainText, where)
                    self._check("cell tooltip", index.data(Qt.ItemDataRole.ToolTipRole),
                                Qt.TextFormat.AutoText, where)
                    if not flat and column == 0 and model.hasChildren(index):
                        pending.append(index)

    def widget(self, root, where: str) -> None:
        """Audit ``root`` and every widget below it, visible or not (hidden tabs too)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import (
            QAbstractItemView,
            QLabel,
            QLineEdit,
            QPlainTextEdit,
            QTextEdit,
            QWidget,
        )

        for widget in [root, *root.findChildren(QWidget)]:
            name = f"{where}/{type(widget).__name__}:{widget.objectName() or '?'}"
            if isinstance(widget, QLabel):
                self._check("label", widget.text(), widget.textFormat(), name)
            self._check("tooltip", widget.toolTip(), Qt.TextFormat.AutoText, name)
            if isinstance(widget, QAbstractItemView):
                self._model(widget, name)
            elif isinstance(widget, QTextEdit):
                self._check("text box", widget.toPlainText(), Qt.TextFormat.PlainText, name)
            elif isinstance(widget, QLineEdit) and widget.maxLength() < len(MARKUP):
                continue  # a short field (a unit): the service refuses text this long anyway
            elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
                text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
                self._check("field", text, Qt.TextFormat.PlainText, name)


@pytest.fixture
def markup_store(tmp_path: Path) -> Iterator[tuple[Store, list[str]]]:
    """The demo with the markup in every free-text column that takes text."""
    store = open_database(tmp_path / "markup.sqlite")
    load_demo(store)
    poisoned = _poison_text_columns(store, [MARKUP])
    yield store, poisoned
    store.close()


def test_markup_in_every_text_field_is_shown_literally_on_screen(
        qtbot, markup_store: tuple[Store, list[str]], capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.main_window import PAGES, MainWindow

    store, poisoned = markup_store
    assert {"meetings.title", "commitments.title", "initiatives.title", "people.name"} <= set(poisoned)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    audit = MarkupAudit()
    forms = 0
    try:
        for page in PAGES:
            window.show_page(page)
            QApplication.processEvents()
            audit.widget(window, page)
        # The dashboard's selected commitment: its plot view and details.
        window.show_page(PAGES[0])
        window.dashboard.table.selectRow(0)
        QApplication.processEvents()
        audit.widget(window, "dashboard with a commitment selected")
        for key in ("meetings", "commitments", "initiatives", "people", "organisations",
                    "metric_definitions"):
            for (record_id,) in store.conn.execute(f"SELECT id FROM [{key}] ORDER BY id LIMIT 2"):
                dialog = window._open_form(key, record_id)
                if dialog is None:
                    continue
                qtbot.waitExposed(dialog)
                audit.widget(dialog, f"{key} form {record_id}")
                forms += 1
                dialog.reject()
                QApplication.processEvents()
    finally:
        window.close()
    figure(capsys, f"markup {MARKUP!r} in {len(poisoned)} text columns; {forms} forms opened; "
                   f"places showing it: " + ", ".join(f"{n} {kind}s" for kind, n in sorted(audit.checked.items()))
                   + f"; rendered as markup instead of text: {len(audit.problems)}")
    places = sorted({problem.split(": ")[0].split("/", 1)[1] + " " + problem.split(": ")[1].split(" '")[0]
                     for problem in audit.problems})
    if places:
        figure(capsys, "where markup is rendered: " + "; ".join(places))
    assert audit.problems == [], audit.problems[:5]
    assert audit.checked.get("label", 0) and audit.checked.get("cell", 0) and audit.checked.get("field", 0)
    assert Qt.TextFormat.PlainText  # the audit above compares against plain-text rendering


def test_markup_in_every_text_field_is_printed_literally_in_the_portfolio_pdf(
        qapp, markup_store: tuple[Store, list[str]], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    from desktop.reports.progress_report import portfolio_report, write_report_pdf

    store, _poisoned = markup_store
    report = portfolio_report(store, database_name="markup.sqlite")
    out = write_report_pdf(report, tmp_path / "portfolio.pdf", database_name="markup.sqlite")
    reader = PdfReader(out)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    # pypdf returns typographic ligatures (the "fi" of "file") as one character; narrow table
    # cells wrap the text, so compare without white space.
    for ligature, letters in (("ﬁ", "fi"), ("ﬀ", "ff"), ("ﬃ", "ffi"), ("ﬂ", "fl")):
        text = text.replace(ligature, letters)
    compact = text.replace(" ", "")
    literal = MARKUP.replace(" ", "")
    images = sum(len(page.images) for page in reader.pages)
    plots = store.conn.execute("SELECT count(*) FROM commitments").fetchone()[0]
    shown = compact.count(literal)
    figure(capsys, f"portfolio PDF: the markup printed literally {shown} times on {len(reader.pages)} "
                   f"pages; 'bold' without its tags: {compact.count('bold') - shown}; images "
                   f"{images} (plots: {plots})")
    assert shown >= 3, "title, meeting and initiative texts at least"
    assert compact.count("bold") == shown, "every occurrence keeps its tags"
    assert images == plots, "no image but the plots: the file:/// image was not loaded"
