"""The data-safety subcommands of ``commitment-tracker``: backup, restore and check.

Registered by :func:`desktop.cli.build_parser` through :func:`add_commands`, run through
:func:`run`. Kept apart from ``cli.py`` so that each group of commands stays small. The work is
done by :mod:`database.backups`, :mod:`database.health_check` and :mod:`database.lock`; this
module only parses, calls and prints.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from database.health_check import HealthReport

DatabaseOption = Callable[..., None]
COMMANDS = ("backup", "restore", "check")
# How the main tables are named in messages (the order of database.backups.MAIN_TABLES).
_COUNT_NAMES = {"meetings": "meeting(s)", "commitments": "commitment(s)",
                "initiatives": "initiative(s)", "trade_figures": "trade figure(s)"}


def add_commands(commands: argparse._SubParsersAction, database_option: DatabaseOption) -> None:
    """Add the data-safety subcommands to ``commands``."""
    backup = commands.add_parser(
        "backup", help="back the database up (SQLite backup API, checked) into the backup folder "
                       "beside it, then rotate old backups; or to FILE")
    database_option(backup, default=argparse.SUPPRESS)
    backup.add_argument("--to", metavar="FILE", default=None,
                        help="write the backup to FILE instead (FILE must not exist yet)")

    restore = commands.add_parser(
        "restore", help="replace the database with a backup; the current file is backed up first")
    database_option(restore, default=argparse.SUPPRESS)
    restore.add_argument("file", metavar="FILE", help="the backup to restore")

    check = commands.add_parser(
        "check", help="check the database in depth (integrity, references, the application's "
                      "rules, summaries); exit status 0 only when it is healthy")
    database_option(check, default=argparse.SUPPRESS)
    check.add_argument("--repair", action="store_true",
                       help="repair what can be repaired safely (after a backup), then check again")
    check.add_argument("--json", action="store_true", help="print machine-readable JSON")


def run(args: argparse.Namespace, database_path: Callable[[argparse.Namespace], Path]) -> int | None:
    """Run ``args.command`` when it is one of ours; None otherwise.

    ``database_path(args)`` is the database the command works on (``--db``, the environment or
    the default file).
    """
    if args.command == "backup":
        return _backup(args, database_path(args))
    if args.command == "restore":
        return _restore(args, database_path(args))
    if args.command == "check":
        return _check(args, database_path(args))
    return None


def _counts_text(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{counts[table]} {name}" for table, name in _COUNT_NAMES.items()
                     if table in counts)


def _backup(args: argparse.Namespace, db_path: Path) -> int:
    from database.backups import (
        DEFAULT_RETENTION,
        MANUAL,
        backup_file,
        rotate,
        write_backup,
    )

    if args.to:
        info = write_backup(db_path, Path(args.to))
        print(f"Backed up {db_path} to {info.path} ({_counts_text(info.counts)}; checked).")
        return 0
    info = backup_file(db_path, reason=MANUAL, retention=None)
    print(f"Backed up {db_path} to {info.path} ({_counts_text(info.counts)}; checked).")
    removed = rotate(info.path.parent, DEFAULT_RETENTION.keep_daily, DEFAULT_RETENTION.keep_weekly,
                     DEFAULT_RETENTION.keep_monthly, stem=db_path.stem)
    if removed:
        print(f"Removed {len(removed)} old backup(s) (keeping the newest of each of the last "
              f"{DEFAULT_RETENTION.keep_daily} days, {DEFAULT_RETENTION.keep_weekly} weeks and "
              f"{DEFAULT_RETENTION.keep_monthly} months).")
    return 0


def _restore(args: argparse.Namespace, db_path: Path) -> int:
    from database.backups import restore_backup

    result = restore_backup(db_path, Path(args.file))
    if result.safety_backup is not None:
        print(f"Backed up the current database to {result.safety_backup.path}.")
    if result.damaged_copy is not None:
        print(f"The current database was damaged; it was moved unchanged to {result.damaged_copy}.")
    print(f"Restored {db_path} from {result.restored_from} ({_counts_text(result.counts)}).")
    return 0


def _check(args: argparse.Namespace, db_path: Path) -> int:
    from database.health_check import check_database, repair

    report = check_database(db_path)
    output: dict[str, object] = {"check": report.as_json()}
    if not args.json:
        _print_report(report, repair_hint=not args.repair)
    final = report
    if args.repair and report.repairable:
        result = repair(db_path, report.findings)
        output["repair"] = result.as_json()
        if not args.json:
            if result.refused:
                print(f"Nothing repaired: {result.refused}.")
            else:
                if result.backup is not None:
                    print(f"Backed up to {result.backup.path} before repairing.")
                for finding in result.repaired:
                    print(f"repaired: {finding.line()}")
        if result.repaired:
            final = check_database(db_path)
            output["after_repair"] = final.as_json()
            if not args.json:
                print("After the repair:")
                _print_report(final, repair_hint=False)
    if args.json:
        output["healthy"] = final.healthy
        print(json.dumps(output, indent=2, ensure_ascii=False))
    return 0 if final.healthy else 1


def _print_report(report: HealthReport, *, repair_hint: bool) -> None:
    for finding in report.findings:
        suffix = " (repairable)" if finding.repairable else ""
        print(finding.line() + suffix)
    if not report.findings:
        print(f"{report.path}: no problems found.")
        return
    errors, warnings = len(report.errors), len(report.warnings)
    repairable = len(report.repairable)
    summary = f"{report.path}: {errors} problem(s), {warnings} warning(s)"
    if repairable and repair_hint:
        summary += f"; {repairable} can be repaired safely with --repair"
    print(summary + ".")
