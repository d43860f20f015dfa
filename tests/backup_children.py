"""Child processes for the backup-naming tests: ``python tests/backup_children.py COMMAND ...``.

Commands:

- ``backup DB REASON STAMP``: back DB up with :func:`database.backups.backup_file` (the folder's
  rotation included) at the clock time STAMP (``YYYYMMDDTHHMMSSZ``, so that several children
  take their backup "in the same second" for certain). The backup stops once its copy is
  written, before the copy's check: it prints ``copied`` and waits for a line on standard
  input (the test starts another child, or kills this one, at that point). Then it prints
  ``done PATH`` or ``error TYPE: MESSAGE`` (exit status 1).
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import database.backups as backups  # noqa: E402
from database.errors import CommitmentTrackerError  # noqa: E402


def _backup(db: str, reason: str, stamp: str) -> int:
    fixed = _dt.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=_dt.UTC)
    backups._now = lambda: fixed  # type: ignore[assignment]  # the clock is the one seam
    check = backups._structural_problems

    def pause_then_check(conn: sqlite3.Connection) -> list[str]:
        print("copied", flush=True)
        sys.stdin.readline()
        return check(conn)

    backups._structural_problems = pause_then_check  # type: ignore[assignment]
    try:
        info = backups.backup_file(db, reason=reason)
    except (CommitmentTrackerError, sqlite3.Error, OSError) as exc:
        print(f"error {type(exc).__name__}: {exc}", flush=True)
        return 1
    print("done", info.path, flush=True)
    return 0


def main(argv: list[str]) -> int:
    """Run the command named by ``argv[0]`` (see the module docstring)."""
    command, args = argv[0], argv[1:]
    if command == "backup":
        return _backup(args[0], args[1], args[2])
    raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
