"""The data-safety subcommands of ``commitment-tracker``: backup, restore and check.

Registered by :func:`desktop.cli.build_parser` through :func:`add_commands`, run through
:func:`run`. Kept apart from ``cli.py`` so that each group of commands stays small. The work is
done by :mod:`database.backups`, :mod:`database.health_check` and :mod:`database.lock`; this
module only parses, calls and prints.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from database.errors import CommitmentTrackerError

if TYPE_CHECKING:
    from database.health_check import HealthReport
    from database.lock import WriterLock

DatabaseOption = Callable[..., None]
COMMANDS = ("backup", "restore", "check")


def _tr(text: str, n: int = -1) -> str:
    # The command line installs the translator of --lang (desktop.cli); English is the text.
    return QCoreApplication.translate("CliDataSafety", text, None, n)


def _count_text(table: str, count: int) -> str:
    """A count of records of a main table in words ("3 meeting(s)")."""
    texts = {"meetings": _tr("%n meeting(s)", count), "commitments": _tr("%n commitment(s)", count),
             "initiatives": _tr("%n initiative(s)", count),
             "trade_figures": _tr("%n trade figure(s)", count)}
    return texts[table]


# The main tables in the order of database.backups.MAIN_TABLES.
_COUNTED = ("meetings", "commitments", "initiatives", "trade_figures")


def add_commands(commands: argparse._SubParsersAction, database_option: DatabaseOption) -> None:
    """Add the data-safety subcommands to ``commands``."""
    backup = commands.add_parser(
        "backup", help=_tr("back the database up (SQLite backup API, checked) into the backup folder "
                       "beside it, then rotate old backups; or to FILE"))
    database_option(backup, default=argparse.SUPPRESS)
    backup.add_argument("--to", metavar="FILE", default=None,
                        help=_tr("write the backup to FILE instead (FILE must not exist yet)"))
    keep_help = {
        "daily": _tr("rotation keeps the newest backup of each of the last N days (default: as "
                     "saved for the backup folder, else 7); the choice is saved for the folder"),
        "weekly": _tr("rotation keeps the newest backup of each of the last N weeks (default: as "
                      "saved for the backup folder, else 4); the choice is saved for the folder"),
        "monthly": _tr("rotation keeps the newest backup of each of the last N months (default: "
                       "as saved for the backup folder, else 12); the choice is saved for the "
                       "folder"),
    }
    for unit, text in keep_help.items():
        backup.add_argument(f"--keep-{unit}", type=int, metavar="N", default=None, help=text)

    restore = commands.add_parser(
        "restore", help=_tr("replace the database with a backup; the current file is backed up first"))
    database_option(restore, default=argparse.SUPPRESS)
    restore.add_argument("file", metavar="FILE", help=_tr("the backup to restore"))

    check = commands.add_parser(
        "check", help=_tr("check the database in depth (integrity, references, the application's "
                      "rules, summaries); exit status 0 only when it is healthy"))
    database_option(check, default=argparse.SUPPRESS)
    check.add_argument("--repair", action="store_true",
                       help=_tr("repair what can be repaired safely (after a backup), then check again"))
    check.add_argument("--json", action="store_true", help=_tr("print machine-readable JSON"))


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
    return ", ".join(_count_text(table, counts[table]) for table in _COUNTED if table in counts)


def _backup(args: argparse.Namespace, db_path: Path) -> int:
    from database.backups import (
        MANUAL,
        MAX_KEEP,
        SAFETY_KEEP_COUNT,
        SAFETY_KEEP_DAYS,
        RetentionPolicy,
        backup_file,
        backup_folder_for,
        folder_retention,
        rotate,
        save_folder_retention,
        write_backup,
    )

    if args.to:
        info = write_backup(db_path, Path(args.to))
        print(_tr("Backed up {0} to {1} ({2}; checked).").format(
            db_path, info.path, _counts_text(info.counts)))
        return 0
    folder = backup_folder_for(db_path)
    policy = folder_retention(folder)
    chosen = RetentionPolicy(*(policy_value if given is None else given for given, policy_value in (
        (args.keep_daily, policy.keep_daily), (args.keep_weekly, policy.keep_weekly),
        (args.keep_monthly, policy.keep_monthly))))
    if chosen != policy:
        try:
            save_folder_retention(folder, chosen)
        except ValueError:
            raise CommandLineError(_tr("--keep-daily, --keep-weekly and --keep-monthly take a "
                                       "number from 1 to {0}").format(MAX_KEEP)) from None
    info = backup_file(db_path, reason=MANUAL, retention=None)
    print(_tr("Backed up {0} to {1} ({2}; checked).").format(
        db_path, info.path, _counts_text(info.counts)))
    removed = rotate(info.path.parent, chosen.keep_daily, chosen.keep_weekly, chosen.keep_monthly,
                     stem=db_path.stem)
    if removed:
        print(_tr("Removed %n old backup(s) (keeping the newest of each of the last {0} days, "
                  "{1} weeks and {2} months; backups made with Backup now or this command and "
                  "copies taken before an import, restore or repair are kept at least {3} days "
                  "and the last {4} of each kind).", len(removed)).format(
            chosen.keep_daily, chosen.keep_weekly, chosen.keep_monthly, SAFETY_KEEP_DAYS,
            SAFETY_KEEP_COUNT))
    return 0


class CommandLineError(CommitmentTrackerError):
    """A wrong option value, said in one line (the command line prints it as an error)."""


def _restore(args: argparse.Namespace, db_path: Path) -> int:
    from database.backups import BackupInfo, RestoreInterrupted, restore_backup

    def saved(safety: BackupInfo | None, damaged: Path | None) -> None:
        # At once, before the copy-in: whatever happens next, the way back is on the screen.
        if safety is not None:
            print(_tr("Backed up the current database to {0}.").format(safety.path), flush=True)
        if damaged is not None:
            print(_tr("The current database was damaged; it was moved unchanged to {0}.").format(
                damaged), flush=True)

    source = Path(args.file)
    try:
        result = restore_backup(db_path, source, on_saved=saved)
    except RestoreInterrupted as stopped:
        _say_interrupted(db_path, source, replaced=stopped.replaced,
                         safety=stopped.safety_backup.path if stopped.safety_backup else None)
        return 130
    try:
        print(_tr("Restored {0} from {1} ({2}).").format(db_path, result.restored_from,
                                                         _counts_text(result.counts)))
    except KeyboardInterrupt:
        _say_interrupted(db_path, source, replaced=True,
                         safety=result.safety_backup.path if result.safety_backup else None)
        return 130
    return 0


def _say_interrupted(db_path: Path, source: Path, *, replaced: bool, safety: Path | None) -> None:
    """What Ctrl+C left: the database replaced by the backup, or as it was; and the way back."""
    if replaced:
        text = _tr("Interrupted after the restore: {0} was replaced by the backup {1}.").format(
            db_path, source)
    else:
        text = _tr("Interrupted: nothing was restored; {0} was left as it was.").format(db_path)
    if safety is not None:
        text += " " + _tr("The state before the restore is kept in {0}.").format(safety)
    print(text, file=sys.stderr, flush=True)


def _check(args: argparse.Namespace, db_path: Path) -> int:
    if not args.repair:
        return _check_and_repair(args, db_path, None)
    from database.lock import acquire_writer_lock

    # The lock before the check: the findings repaired are those of the file as it is while
    # nobody else can change it, not as it was before another writer's last transaction.
    with acquire_writer_lock(db_path) as lock:
        return _check_and_repair(args, db_path, lock)


def _check_and_repair(args: argparse.Namespace, db_path: Path, lock: WriterLock | None) -> int:
    from database.health_check import check_database, repair
    from desktop.health_texts import finding_line

    report = check_database(db_path)
    output: dict[str, object] = {"check": report.as_json()}
    if not args.json:
        _print_report(report, repair_hint=not args.repair)
    final = report
    if args.repair and report.repairable:
        result = repair(db_path, report.findings, lock=lock)
        output["repair"] = result.as_json()
        if not args.json:
            if result.refused:
                print(_tr("Nothing repaired: {0}.").format(result.refused))
            else:
                if result.backup is not None:
                    print(_tr("Backed up to {0} before repairing.").format(result.backup.path))
                for finding in result.repaired:
                    print(_tr("repaired: {0}").format(finding_line(finding)))
        if result.repaired:
            final = check_database(db_path)
            output["after_repair"] = final.as_json()
            if not args.json:
                print(_tr("After the repair:"))
                _print_report(final, repair_hint=False)
    if args.json:
        output["healthy"] = final.healthy
        print(json.dumps(output, indent=2, ensure_ascii=False))
    return 0 if final.healthy else 1


def _print_report(report: HealthReport, *, repair_hint: bool) -> None:
    from desktop.health_texts import finding_line

    for finding in report.findings:
        suffix = _tr(" (repairable)") if finding.repairable else ""
        print(finding_line(finding) + suffix)
    if not report.findings:
        print(_tr("{0}: no problems found.").format(report.path))
        return
    errors, warnings = len(report.errors), len(report.warnings)
    repairable = len(report.repairable)
    summary = _tr("{0}: %n problem(s)", errors).format(report.path)
    summary += _tr(", %n warning(s)", warnings)
    if repairable and repair_hint:
        summary += _tr("; %n can be repaired safely with --repair", repairable)
    print(summary + ".")
