"""The writer of the soak test: ``python tests/soak_children.py writer DB INTERVAL BACKUP_EVERY``.

It does what an open window does to its database for as long as it lives: it holds the
writer lock (``open_database(..., writer_lock=True)``), saves a meeting every INTERVAL seconds
through the meeting service, and after every BACKUP_EVERY saves takes an automatic backup on a
thread of its own, exactly as :class:`desktop.auto_backup.AutoBackup` does
(``backup_file(path, reason=AUTOMATIC)`` beside the open store). After each save has committed
it prints ``saved TITLE`` — the acknowledgement a user sees when the form closes — so that the
parent can kill it at any moment and then ask whether every acknowledged save survived.

It prints ``ready`` once the lock is held and ``backup OK|FAILED ...`` after each backup.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from database import open_database  # noqa: E402
from database.backups import AUTOMATIC, backup_file  # noqa: E402
from database.errors import CommitmentTrackerError  # noqa: E402


def soak_title(index: int) -> str:
    """The title of the writer's meeting number ``index``."""
    return f"Soak meeting {index}"


def _writer(db: str, interval: float, backup_every: int) -> int:
    from database.services.meetings import MeetingInput, create_meeting

    store = open_database(db, writer_lock=True)
    print("ready", flush=True)
    backups: list[threading.Thread] = []

    def backup() -> None:
        try:
            info = backup_file(db, reason=AUTOMATIC)
        except (CommitmentTrackerError, OSError) as exc:
            print(f"backup FAILED {type(exc).__name__}: {exc}", flush=True)
        else:
            print(f"backup OK {info.path.name}", flush=True)

    index = 0
    while True:
        title = soak_title(index)
        try:
            create_meeting(store, MeetingInput(title=title, meeting_date="2025-01-30",
                                               place="Almaty", countries=["BLR"]))
        except CommitmentTrackerError as exc:
            # A save refused (e.g. busy for longer than the timeout) is not acknowledged: the
            # window would keep the form open with the message.
            print(f"refused {title}: {type(exc).__name__}: {exc}", flush=True)
        else:
            print(f"saved {title}", flush=True)
        index += 1
        if backup_every and index % backup_every == 0 and not any(t.is_alive() for t in backups):
            thread = threading.Thread(target=backup, daemon=True)
            thread.start()
            backups.append(thread)
        time.sleep(interval)


def main(argv: list[str]) -> int:
    """Run the command named by ``argv[0]`` (see the module docstring)."""
    command, args = argv[0], argv[1:]
    if command == "writer":
        return _writer(args[0], float(args[1]), int(args[2]))
    raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
