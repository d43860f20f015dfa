"""The ``commitment-tracker`` command: the GUI by default, and subcommands for scripts."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from database import CommitmentTrackerError, __version__, open_database
from desktop.paths import default_database_path, ensure_default_folder

PROGRAM = "commitment-tracker"


class CommandError(Exception):
    """A failure to report on one line of stderr."""


def _database_option(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument("--db", metavar="PATH", default=default,
                        help="database file (default: commitments.sqlite in the application data "
                             "folder; the environment variable COMMITMENT_TRACKER_DB overrides it)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; ``--db`` is accepted before or after the subcommand."""
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description="Track bilateral intergovernmental commitments, initiatives and trade figures. "
                    "Without a subcommand the desktop application starts.",
    )
    _database_option(parser, default=None)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check the installation on a temporary database (migrate, load the "
                             "demo, compute status, draw a plot, write a PDF) and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="load the Kyrgyzstan–Belarus reference case")
    _database_option(demo, default=argparse.SUPPRESS)

    status = commands.add_parser("status", help="show where every commitment stands")
    _database_option(status, default=argparse.SUPPRESS)
    status.add_argument("--json", action="store_true", help="print machine-readable JSON")
    return parser


def _database_path(args: argparse.Namespace) -> Path:
    if args.db:
        return Path(args.db).expanduser()
    path = default_database_path()
    ensure_default_folder(path)
    return path


def _command_demo(args: argparse.Namespace) -> int:
    from database.demo import load_demo

    store = open_database(_database_path(args))
    try:
        report = load_demo(store)
    finally:
        store.close()
    if report.already_loaded:
        print(f"The example data were already in {store.path}; nothing added.")
    else:
        print(f"Loaded the example data into {store.path} ({report.created} records).")
    return 0


def _command_status(args: argparse.Namespace) -> int:
    from database.services.status import all_statuses
    from desktop.status_labels import STATUS_LABELS

    store = open_database(_database_path(args))
    try:
        statuses = all_statuses(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps([s.as_json() for s in statuses], indent=2, ensure_ascii=False))
        return 0
    if not statuses:
        print("No commitments recorded.")
    for s in statuses:
        latest = "no actual yet" if s.latest_value is None else (
            f"latest {float(s.latest_value):,.0f} {s.unit} ({s.latest_period})")
        print(f"[{STATUS_LABELS[s.status.value]}] #{s.id} {s.title} — {s.partner}, target "
              f"{float(s.target_value):,.0f} {s.unit} by {s.deadline.isoformat()}; {latest}")
    return 0


def _run(args: argparse.Namespace) -> int:
    if args.self_test:
        from desktop.self_test import run_self_test

        return run_self_test()
    if args.command == "demo":
        return _command_demo(args)
    if args.command == "status":
        return _command_status(args)
    from desktop.app import run_gui

    return run_gui(_database_path(args))


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv``, run, and turn expected failures into one line on stderr."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except (CommitmentTrackerError, CommandError, OSError, sqlite3.Error) as exc:
        print(f"{PROGRAM}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROGRAM}: interrupted", file=sys.stderr)
        return 130
