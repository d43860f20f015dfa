"""The ``commitment-tracker`` command: the GUI by default, and subcommands for scripts."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from database import CommitmentTrackerError, __version__, open_database
from database.errors import ReadOnlyDatabaseError
from database.output_paths import check_output_path, is_database_file
from desktop import cli_data_safety
from desktop.paths import default_database_path, ensure_default_folder

if TYPE_CHECKING:
    from database.store import Store
    from database.trade_io import ImportOptions, ImportResult

PROGRAM = "commitment-tracker"
MAX_PRINTED_ERRORS = 100  # import-trade prints at most this many problems, then "… and N more"
# Commands whose messages are translated; report and the window install the language themselves
# (they need a QGuiApplication, which must be the first Qt application of the process).
TRANSLATED_COMMANDS = ("demo", "status", "import-trade", "export-trade", "undo-import",
                       *cli_data_safety.COMMANDS)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Cli", text, None, n)


def _install_cli_language(requested: str | None) -> str:
    """Translate this command's messages: ``--lang``, else the saved choice, else the system's.

    QtCore only (no display needed). English installs nothing, so English output stays exactly
    as scripts know it.
    """
    from desktop.i18n import FALLBACK, install_language, startup_language

    code = startup_language(requested)
    if code == FALLBACK:
        return code
    # Translators need an application object; a command has none of its own yet.
    app = QCoreApplication.instance() or QCoreApplication([PROGRAM])
    return install_language(app, code)


def _english() -> bool:
    from desktop.i18n import FALLBACK, current_language

    return current_language() == FALLBACK


def _amount(value: object, unit: str = "USD") -> str:
    """An amount in full: "500,000,000" in English (as before), the locale's grouping otherwise;
    whole US dollars, another unit with the decimals it has, at most two ("72.5" %, "0.25" t)."""
    from desktop.formatting import format_number, is_money, unit_decimals

    decimals = 0 if is_money(unit) else unit_decimals(value)
    if _english():
        return f"{float(value):,.{decimals}f}"  # type: ignore[arg-type]
    return format_number(value, decimals)


def _error_text(exc: BaseException) -> str:
    """An error for stderr: the precise English text, or its translation in ru/de."""
    if _english() or not isinstance(exc, CommitmentTrackerError):
        return str(exc)
    from desktop.error_messages import error_message

    return error_message(exc)


class CommandError(Exception):
    """A failure to report on one line of stderr."""


def _database_option(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument("--db", metavar="PATH", default=default,
                        help=_tr("database file (default: commitments.sqlite in the application data "
                             "folder; the environment variable COMMITMENT_TRACKER_DB overrides it)"))


def _language_option(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument("--lang", choices=("en", "ru", "de"), default=default,
                        help=_tr("language of the window and of reports (default: the one chosen in "
                             "Tools > Settings, else the system's, else English)"))


def _encoding_option(text: str) -> str:
    """``--encoding``: auto or a text encoding (not rot13, idna, base64, ...)."""
    from database.trade_io.encodings import check_encoding_name

    try:
        return text if text.lower() == "auto" else check_encoding_name(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_tr("'{0}' is not a text encoding a table is written in "
                                             "(e.g. utf-8, cp1251, cp1252)").format(text)) from None


def _delimiter_option(text: str) -> str:
    """``--delimiter``: one character (or tab) that is not the quote, a line break or part of
    a value."""
    from database.trade_io.readers import check_delimiter

    try:
        return check_delimiter(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_tr("{0} cannot be the delimiter: give one character "
                                             "that is not the quote, a line break, a letter, a "
                                             "digit, '.', '-' or '+' (or 'tab')").format(
                                                 repr(text))) from None


def _batch_number(text: str) -> int:
    """``BATCH_ID``: a whole number from 1 to the largest SQLite can store."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= 2**63 - 1:
        raise argparse.ArgumentTypeError(_tr("'{0}' is not a batch number").format(text))
    return number


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; ``--db`` is accepted before or after the subcommand."""
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description=_tr("Track bilateral intergovernmental commitments, initiatives and trade figures. "
                    "Without a subcommand the desktop application starts."),
    )
    _database_option(parser, default=None)
    _language_option(parser, default=None)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help=_tr("check the installation on a temporary database (migrate, load the "
                             "demo, compute status, draw a plot, write a PDF) and exit"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help=_tr("load the Kyrgyzstan–Belarus reference case"))
    _database_option(demo, default=argparse.SUPPRESS)

    status = commands.add_parser("status", help=_tr("show where every commitment stands"))
    _database_option(status, default=argparse.SUPPRESS)
    status.add_argument("--json", action="store_true", help=_tr("print machine-readable JSON"))

    imports = commands.add_parser(
        "import-trade", help=_tr("import trade figures from a CSV or XLSX file (one batch, all or nothing)"))
    _database_option(imports, default=argparse.SUPPRESS)
    imports.add_argument("file", metavar="FILE", help=_tr("the CSV or XLSX file"))
    imports.add_argument("--format", default="auto",
                         choices=("auto", "simple", "comtrade", "comtrade-legacy"),
                         help=_tr("layout of the file (default: found from the header; a column "
                              "mapping saved for the header is used too)"))
    imports.add_argument("--unit", choices=("usd", "thousand-usd"), default=None,
                         help=_tr("unit of the values (default: what the header says, else usd)"))
    imports.add_argument("--dry-run", action="store_true",
                         help=_tr("check everything and show what would change; store nothing"))
    imports.add_argument("--encoding", default="auto", type=_encoding_option,
                         help=_tr("text encoding of a CSV file (default: detected; e.g. utf-8, cp1251)"))
    imports.add_argument("--delimiter", default=None, type=_delimiter_option,
                         help=_tr("delimiter of a CSV file (default: detected among , ; tab |; "
                              "write 'tab' for a tab)"))
    imports.add_argument("--sheet", default=None, help=_tr("XLSX sheet name or number (default: the "
                                                       "first with a recognised header)"))
    imports.add_argument("--header-row", type=int, default=None, metavar="N",
                         help=_tr("line or sheet row of the header (default: found below title rows)"))
    imports.add_argument("--source", default="",
                         help=_tr("source recorded for rows without a source column"))

    exports = commands.add_parser("export-trade",
                                  help=_tr("export trade figures to CSV (UTF-8 with BOM) or XLSX"))
    _database_option(exports, default=argparse.SUPPRESS)
    exports.add_argument("out", metavar="OUT", help=_tr("the file to write: OUT.csv or OUT.xlsx"))
    exports.add_argument("--reporter", metavar="ISO3", help=_tr("only this reporter"))
    exports.add_argument("--partner", metavar="ISO3", help=_tr("only this partner"))
    exports.add_argument("--flow", choices=("export", "import", "re-export", "re-import", "turnover"),
                         help=_tr("only this flow"))
    exports.add_argument("--from", dest="period_from", metavar="PERIOD",
                         help=_tr("first period: YYYY, YYYY-Sn (half-year), YYYY-Qn, YYYY-MM or "
                                  "YYYY-MM/YYYY-MM (months within one year)"))
    exports.add_argument("--to", dest="period_to", metavar="PERIOD",
                         help=_tr("last period (the same forms); a figure is exported when its "
                                  "whole period lies within --from and --to"))
    exports.add_argument("--product", metavar="CODE",
                         help=_tr("TOTAL or the start of an HS code, e.g. 27 or 2709"))
    exports.add_argument("--product-group", metavar="KEY",
                         help=_tr("only the HS codes of this product group's chapters (never "
                                  "TOTAL): {0}").format(", ".join(_product_group_keys())))

    report = commands.add_parser("report", help=_tr("write a printable progress report as PDF"))
    _database_option(report, default=argparse.SUPPRESS)
    _language_option(report, default=argparse.SUPPRESS)
    report.add_argument("--out", metavar="FILE.pdf", required=True, help=_tr("the PDF file to write"))
    report.add_argument("--kind", choices=("portfolio", "partner", "commitment"),
                        default="portfolio",
                        help=_tr("portfolio summary (default), partner briefing (needs --partner), or "
                                 "one commitment on one page (needs --commitment)"))
    report.add_argument("--partner", metavar="ISO3", help=_tr("the partner (with --kind partner)"))
    from database.progress import ProgressStatus  # the status codes of `status --json`

    report.add_argument("--status", choices=[s.value for s in ProgressStatus], default=None,
                        help=_tr("only the commitments in this status (with --kind portfolio)"))
    report.add_argument("--commitment", metavar="ID", type=int,
                        help=_tr("the commitment (with --kind commitment)"))
    report.add_argument("--page-size", choices=("A4", "Letter"), default="A4",
                        help=_tr("paper size (default: A4)"))

    undo = commands.add_parser("undo-import", help=_tr("undo an import batch as a whole"))
    _database_option(undo, default=argparse.SUPPRESS)
    undo.add_argument("batch_id", metavar="BATCH_ID", type=_batch_number, help=_tr("the batch number "
                                                                     "import-trade printed"))
    cli_data_safety.add_commands(commands, _database_option)
    return parser


def _database_path(args: argparse.Namespace) -> Path:
    if args.db:
        return Path(args.db).expanduser()
    path = default_database_path()
    ensure_default_folder(path)
    return path


def _open_for_writing(path: Path) -> Store:
    """The store of a command that writes, holding the writer lock (one writer per file).

    Raises :class:`database.lock.DatabaseLockedError` naming the holder, before anything is
    written, while the window or another command has the file open for writing.
    """
    return open_database(path, writer_lock=True)


def _open_for_reading(path: Path) -> Store:
    """The store of a command that only reads: a read-only connection, usable beside a window.

    A file that does not exist yet or needs a schema upgrade cannot be read as it is: creating
    or upgrading it is a write, so it happens under the writer lock like any other write (and
    is refused, naming the holder, while another program holds the lock). The locked store is
    then used for the reading as well.
    """
    if path.exists():
        try:
            return open_database(path, read_only=True)
        except ReadOnlyDatabaseError:
            if not os.access(path.parent, os.W_OK):
                raise  # nothing can be upgraded (nor locked) in a folder we may not write
            # it needs a schema upgrade: a write
    return _open_for_writing(path)


def _command_demo(args: argparse.Namespace) -> int:
    from database.demo import load_demo

    store = _open_for_writing(_database_path(args))
    try:
        report = load_demo(store)
    finally:
        store.close()
    if report.already_loaded:
        print(_tr("The example data were already in {0}; nothing added.").format(store.path))
    else:
        print(_tr("Loaded the example data into {0} (%n records).", report.created).format(
            store.path))
    return 0


def _command_status(args: argparse.Namespace) -> int:
    from database.services.status import all_statuses
    from desktop.status_labels import status_label

    store = _open_for_reading(_database_path(args))
    try:
        statuses = all_statuses(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps([s.as_json() for s in statuses], indent=2, ensure_ascii=False))
        return 0
    if not statuses:
        print(_tr("No commitments recorded."))
    for s in statuses:
        # A rolling sum says so: "(2025-06)" alone would read as that month's figure.
        period = (s.latest_period if s.latest_basis != "rolling12"
                  else _tr("12 months to {0}").format(s.latest_period))
        latest = _tr("no actual yet") if s.latest_value is None else (
            _tr("latest {0} {1} ({2})").format(_amount(s.latest_value, s.unit), s.unit, period))
        line = _tr("[{0}] #{1} {2} — {3}, target {4} {5} by {6}; {7}").format(
            status_label(s.status.value), s.id, s.title, s.partner, _amount(s.target_value, s.unit),
            s.unit, s.deadline.isoformat(), latest)
        if s.provisional is not None:
            # Beside the official status, never instead of it (database.provisional).
            line += _provisional_phrase(s.provisional, s.unit)
        print(line)
    return 0


def _provisional_phrase(reading, unit: str) -> str:
    """"; provisional 2025-S1 (run rate 136,000,000 USD a year): Limited progress"."""
    from database.provisional import SAME_PERIOD
    from desktop.status_labels import status_label

    basis = (_tr("same period of the previous year: {0} {1} a year") if reading.basis == SAME_PERIOD
             else _tr("run rate: {0} {1} a year")).format(_amount(reading.annualised_usd, unit), unit)
    return _tr("; provisional {0} ({1}): {2}").format(reading.period, basis,
                                                      status_label(reading.status.value))


class _ProgressPrinter:
    """Progress of a long command on stderr: a rewritten line on a terminal, else every 10 %."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.tty = sys.stderr.isatty()
        self.last_time = 0.0
        self.last_step = -1

    def __call__(self, done: int, total: int) -> bool:
        percent = int(done * 100 / total) if total else 0
        now = time.monotonic()
        if self.tty:
            if now - self.last_time >= 0.2 or percent == 100:
                self.last_time = now
                print(f"\r{PROGRAM}: {self.label}: {percent:3d} %", end="", file=sys.stderr, flush=True)
        elif percent // 10 != self.last_step:
            self.last_step = percent // 10
            print(f"{PROGRAM}: {self.label}: {percent} %", file=sys.stderr, flush=True)
        return True

    def finish(self) -> None:
        if self.tty and self.last_time:
            print(file=sys.stderr)


def _command_import_trade(args: argparse.Namespace) -> int:
    from database.trade_io import ImportOptions

    path = Path(args.file)
    if not path.is_file():
        raise CommandError((_tr("{0}: not a regular file (a folder, pipe or device)")
                            if path.exists() else _tr("{0}: no such file")).format(path))
    db_path = _database_path(args)
    if is_database_file(path, db_path):
        # Reading it would open and close the file this process has an SQLite connection to,
        # which drops the process's locks on it (and the import would make no sense anyway).
        raise CommandError(_tr("{0}: this is the database itself (or a file SQLite keeps beside "
                               "it), not a file to import").format(path))
    delimiter = "\t" if args.delimiter in ("tab", "\\t") else args.delimiter
    options = ImportOptions(format=args.format, unit=args.unit, dry_run=args.dry_run,
                            encoding=args.encoding, delimiter=delimiter, sheet=args.sheet,
                            header_row=args.header_row, source=args.source)
    progress = _ProgressPrinter(_tr("reading {0}").format(path.name))
    with contextlib.ExitStack() as stack:
        if args.dry_run:
            store = stack.enter_context(_dry_run_copy(db_path))
        else:
            store = _open_for_writing(db_path)
            stack.callback(store.close)
        result = _run_import(store, path, options, progress)
    if result is None:
        return 1
    progress.finish()
    layout = f"{result.format}, {result.unit}" + (f", {result.encoding}" if result.encoding else "")
    counts = _tr("{0} inserted, {1} updated, {2} unchanged").format(
        result.inserted, result.updated, result.unchanged)
    if result.dry_run:
        counts = _tr("{0} would be inserted, {1} updated, {2} unchanged").format(
            result.inserted, result.updated, result.unchanged)
    if result.skipped:
        counts += _tr(", {0} skipped (breakdowns)").format(result.skipped)
    if result.rounded:
        counts += _tr(", {0} rounded to cents").format(result.rounded)
    if result.dry_run:
        print(_tr("Dry run of {0} ({1}): {2}; nothing stored.").format(result.file_name, layout,
                                                                       counts))
    else:
        print(_tr("Imported {0} ({1}) as batch {2}: {3}.").format(result.file_name, layout,
                                                                  result.batch_id, counts))
    return 0


def _run_import(store: Store, path: Path, options: ImportOptions,
                progress: _ProgressPrinter) -> ImportResult | None:
    """Import (or rehearse) ``path``; None after listing the problems of an invalid file."""
    from database.trade_io import ImportValidationError, import_trade

    try:
        return import_trade(store, path, options, progress)
    except ImportValidationError as exc:
        from desktop.import_messages import row_error_line

        progress.finish()
        for error in exc.errors[:MAX_PRINTED_ERRORS]:
            # FILE:LINE: column: message, the message in the language (English as the core wrote it).
            print(row_error_line(error, str(path)), file=sys.stderr)
        if exc.error_count > MAX_PRINTED_ERRORS:
            print(_tr("… and %n more", exc.error_count - MAX_PRINTED_ERRORS), file=sys.stderr)
        print(f"{PROGRAM}: {path}: "
              + _tr("%n error(s); nothing was imported", exc.error_count), file=sys.stderr)
        return None


@contextlib.contextmanager
def _dry_run_copy(db_path: Path) -> Iterator[Store]:
    """A private copy of the database for ``import-trade --dry-run``; deleted afterwards.

    A dry run goes through the whole import inside a transaction that it rolls back. On the
    database itself that is a write (SQLite's write lock for as long as the import reads the
    file, blocking the window's saves); on a copy it needs neither the writer lock nor any
    write to the database, so it runs beside a window like the other reading commands.
    """
    source = _open_for_reading(db_path)
    with tempfile.TemporaryDirectory(prefix="commitment-tracker-dry-run-") as folder:
        copy_path = Path(folder) / db_path.name
        try:
            copy = sqlite3.connect(str(copy_path))
            try:
                source.conn.backup(copy)  # the backup API: a consistent snapshot
            finally:
                copy.close()
        finally:
            source.close()
        # Checked already as the database was opened; the copy is this process's alone, so it
        # needs no writer lock of its own.
        store = open_database(copy_path, integrity_check=False)
        if store.read_only:  # e.g. written by a newer version: say so of the database itself
            store.close()
            raise ReadOnlyDatabaseError(db_path, store.read_only_reason)
        try:
            yield store
        finally:
            store.close()


def _product_group_keys() -> list[str]:
    """The keys ``--product-group`` accepts, from the shipped reference data."""
    from database.reference import product_groups

    return list(product_groups())


# The export-trade option behind each field a ValidationError of the exporter names.
_EXPORT_OPTIONS = {"out_path": "OUT", "reporter": "--reporter", "partner": "--partner",
                   "flow": "--flow", "period_from": "--from", "period_to": "--to",
                   "product": "--product", "product_group": "--product-group"}


def _command_export_trade(args: argparse.Namespace) -> int:
    from database.errors import ValidationError
    from database.trade_io import TradeFilters, export_trade

    filters = TradeFilters(reporter=args.reporter, partner=args.partner, flow=args.flow,
                           period_from=args.period_from, period_to=args.period_to,
                           product=args.product, product_group=args.product_group)
    path = _database_path(args)
    check_output_path(args.out, path)  # named in full, before the database is even opened
    store = _open_for_reading(path)
    try:
        count = export_trade(store, args.out, filters)
    except ValidationError as exc:
        detail = exc.detail
        if not _english():
            from desktop.error_messages import validation_message

            detail = validation_message(exc)
        if exc.field == "product_group":
            detail += _tr(" (one of: {0})").format(", ".join(_product_group_keys()))
        raise CommandError(f"{_EXPORT_OPTIONS.get(exc.field, exc.field)}: {detail}") from None
    finally:
        store.close()
    print(_tr("Exported %n trade figure(s) to {0}.", count).format(args.out))
    return 0


def _command_report(args: argparse.Namespace) -> int:
    import os

    # Qt needs a platform to paint fonts; without a display the offscreen one serves.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from desktop.reports.progress_report import (
        commitment_report,
        partner_briefing,
        portfolio_report,
        write_report_pdf,
    )

    app = QGuiApplication.instance() or QGuiApplication([PROGRAM])
    from desktop.i18n import install_language, startup_language

    install_language(app, startup_language(args.lang))  # the report's words, numbers and dates
    # Checked once the language is in: these messages are said in it too.
    if args.kind == "partner" and not args.partner:
        raise CommandError(_tr("--kind partner needs --partner ISO3"))
    if args.kind == "commitment" and args.commitment is None:
        raise CommandError(_tr("--kind commitment needs --commitment ID"))
    out = Path(args.out)
    path = _database_path(args)
    # A PDF written over the database (or any file not meant as a PDF) destroys it.
    check_output_path(out, path, pdf=True)
    if not out.parent.is_dir():
        raise CommandError(_tr("{0}: no such folder").format(out.parent))
    store = _open_for_reading(path)
    try:
        if args.kind == "commitment":
            report = commitment_report(store, args.commitment, database_name=path.name)
        elif args.kind == "partner":
            report = partner_briefing(store, args.partner, database_name=path.name)
        else:
            report = portfolio_report(store, database_name=path.name, status=args.status)
    finally:
        store.close()
    write_report_pdf(report, out, database_name=path.name, page_size=args.page_size)
    print(_tr("Wrote {0}.").format(out))
    return 0


def _command_undo_import(args: argparse.Namespace) -> int:
    from database.trade_io import undo_import_batch

    store = _open_for_writing(_database_path(args))
    try:
        result = undo_import_batch(store, args.batch_id)
    finally:
        store.close()
    print(_tr("Undid import batch {0}: {1} inserted figure(s) removed, {2} updated figure(s) "
              "restored.").format(result.batch_id, result.deleted, result.restored))
    return 0


def _run(args: argparse.Namespace) -> int:
    if args.self_test:
        from desktop.self_test import run_self_test

        return run_self_test()
    if args.command == "demo":
        return _command_demo(args)
    if args.command == "status":
        return _command_status(args)
    if args.command == "import-trade":
        return _command_import_trade(args)
    if args.command == "export-trade":
        return _command_export_trade(args)
    if args.command == "report":
        return _command_report(args)
    if args.command == "undo-import":
        return _command_undo_import(args)
    handled = cli_data_safety.run(args, _database_path)
    if handled is not None:
        return handled
    from desktop.app import run_gui

    return run_gui(_database_path(args), language=args.lang)


def _help_language(argv: Sequence[str]) -> str | None:
    """``--lang X`` (or ``--lang=X``) from a command line that asks for help, before parsing."""
    for position, word in enumerate(argv):
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
        if word == "--lang" and position + 1 < len(argv):
            return argv[position + 1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv``, run, and turn expected failures into one line on stderr."""
    words = list(sys.argv[1:] if argv is None else argv)
    if "-h" in words or "--help" in words:
        # The help texts are built with the parser: its language must be in first. Help exits
        # right after, so no window is started on this application object.
        _install_cli_language(_help_language(words))
    args = build_parser().parse_args(argv)
    if args.command in TRANSLATED_COMMANDS and not args.self_test:
        _install_cli_language(args.lang)
    try:
        return _run(args)
    except (CommitmentTrackerError, CommandError, OSError, sqlite3.Error) as exc:
        print(f"{PROGRAM}: " + _tr("error: {0}").format(_error_text(exc)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROGRAM}: " + _tr("interrupted"), file=sys.stderr)
        return 130
