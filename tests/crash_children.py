"""Child processes for the crash and bad-input tests: ``python tests/crash_children.py COMMAND ...``.

Each command does one thing a real user session does (save meetings, hold the write lock, write
a lot, open files of unknown origin, migrate) through the application's own code, and reports
progress on standard output one line at a time, so that the test in the parent can kill it at a
chosen moment (``SIGKILL``) or limit what it may write (``RLIMIT_FSIZE``) and then judge the
file it leaves behind.

Commands:

- ``meetings DB COUNT``: a burst of meeting saves with participants (create, and every second
  step an edit that replaces the participants); prints ``created I`` / ``edited I`` after each
  committed call.
- ``hold-lock DB SECONDS``: take the write lock (``BEGIN IMMEDIATE``) the way another program
  would, insert one person, print ``holding``, keep the lock for SECONDS, commit, print
  ``committed``.
- ``big-write DB KILOBYTES``: one service call writing a meeting whose verbatim source text is
  KILOBYTES long; prints ``saved ID`` or ``error TYPE: MESSAGE`` (exit status 1) — what the
  application would show its user.
- ``open-files``: read database paths from standard input, one a line; for each, print one JSON
  line with what ``open_database`` did (opened after quick_check, or refused with which error).
- ``migrate DB``: open (and so migrate) DB; prints ``migrated`` when done.
- ``limit-file-size BYTES PROGRAM ARGS...``: run PROGRAM with ``RLIMIT_FSIZE`` set to BYTES and
  ``SIGXFSZ`` ignored: a write beyond BYTES then fails with EFBIG, as on a full disk.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from database import open_database
from database.errors import CommitmentTrackerError, DatabaseFileError

# People the burst picks participants from: created by the test before the child starts.
BURST_PEOPLE = 8
BURST_PARTICIPANTS = 4  # a created meeting has 4 participants ...
EDITED_PARTICIPANTS = 3  # ... an edited one 3 others


def burst_title(index: int, edited: bool) -> str:
    """The title of burst meeting ``index`` before and after its edit."""
    return f"Burst meeting {index}" + (" (edited)" if edited else "")


def burst_participants(people: list[int], index: int, edited: bool) -> list[int]:
    """The person ids burst meeting ``index`` lists, before or after its edit."""
    if edited:
        return [people[(index + BURST_PARTICIPANTS + k) % len(people)] for k in range(EDITED_PARTICIPANTS)]
    return [people[(index + k) % len(people)] for k in range(BURST_PARTICIPANTS)]


def burst_people(conn: sqlite3.Connection) -> list[int]:
    """The ids of the people prepared for the burst, in order."""
    return [r[0] for r in conn.execute(
        "SELECT id FROM people WHERE name LIKE 'Burst person %' ORDER BY id")]


def _meetings(db: str, count: int) -> int:
    from database.services.meetings import (
        MeetingInput,
        ParticipantInput,
        create_meeting,
        update_meeting,
    )

    store = open_database(db)
    people = burst_people(store.conn)
    assert len(people) == BURST_PEOPLE, people

    def data(index: int, edited: bool) -> MeetingInput:
        return MeetingInput(
            title=burst_title(index, edited), meeting_date="2025-01-30", place="Almaty",
            countries=["BLR"], topics=["Trade", f"Burst topic {index % 5}"],
            participants=[ParticipantInput(person_id=p, position_title="Delegate")
                          for p in burst_participants(people, index, edited)])

    print("ready", flush=True)
    ids: dict[int, int] = {}
    for index in range(count):
        ids[index] = create_meeting(store, data(index, False)).record_id
        print("created", index, flush=True)
        if index % 2:
            update_meeting(store, ids[index - 1], data(index - 1, True))
            print("edited", index - 1, flush=True)
    store.close()
    print("finished", flush=True)
    return 0


def _hold_lock(db: str, seconds: float) -> int:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO people (uuid, name, created_at, updated_at)"
        " VALUES ('00000000-0000-4000-8000-000000000001', 'Written by the lock holder',"
        " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
    print("holding", flush=True)
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()
    print("committed", flush=True)
    return 0


def _big_write(db: str, kilobytes: int) -> int:
    from database.services.meetings import MeetingInput, create_meeting

    try:
        store = open_database(db)
        text = "".join(f"Paragraph {i}: the parties agreed to raise mutual trade turnover. "
                       for i in range(kilobytes * 1024 // 64))[:kilobytes * 1024]
        result = create_meeting(store, MeetingInput(
            title="A meeting with a long verbatim record", meeting_date="2025-01-30",
            source_text=text, summary=text[:90_000]))
        store.close()
    except (CommitmentTrackerError, sqlite3.Error, OSError) as exc:
        # What the application shows: the error's type and its one-line message.
        print(f"error {type(exc).__name__}: {exc}", flush=True)
        return 1
    print("saved", result.record_id, flush=True)
    return 0


def _open_one(path: str) -> dict[str, object]:
    started = time.monotonic()
    try:
        store = open_database(path)
    except DatabaseFileError as exc:
        return {"outcome": "refused", "type": type(exc).__name__, "message": str(exc),
                "seconds": time.monotonic() - started}
    except BaseException as exc:  # noqa: BLE001 - the test reports any other escape as a failure
        return {"outcome": "escaped", "type": type(exc).__name__, "message": str(exc),
                "traceback": traceback.format_exc(), "seconds": time.monotonic() - started}
    seconds = time.monotonic() - started
    rows, read_errors, view_errors = 0, [], []
    try:
        check = [r[0] for r in store.conn.execute("PRAGMA quick_check")]
        objects = store.conn.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view')"
            " AND name NOT LIKE 'sqlite_%'").fetchall()
        for kind, name in objects:
            # Every row and column, as the application's lists would read them.
            try:
                rows += len(store.conn.execute(f"SELECT * FROM [{name}]").fetchall())
            except (sqlite3.Error, UnicodeDecodeError) as exc:
                # A flipped bit inside text (a value, or a name in a view's SQL that then comes
                # back in SQLite's error message) is not UTF-8 any more: Python's sqlite3 raises
                # UnicodeDecodeError instead of an sqlite3.Error for some of these.
                (view_errors if kind == "view" else read_errors).append(
                    f"{name}: {type(exc).__name__}: {exc}")
    finally:
        store.close()
    return {"outcome": "opened", "quick_check": check, "rows": rows, "read_errors": read_errors,
            "view_errors": view_errors, "read_only": store.read_only, "seconds": seconds}


def _open_files() -> int:
    print("ready", flush=True)
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        result = _open_one(path)
        result["path"] = path
        print(json.dumps(result), flush=True)
    return 0


def _migrate(db: str) -> int:
    store = open_database(db)
    print("migrated", store.schema_migrations()[-1], flush=True)
    store.close()
    return 0


def _limit_file_size(limit: int, program: list[str]) -> int:
    import os
    import resource
    import signal

    # Ignored, the signal no longer kills the writer: write() returns EFBIG and SQLite has to
    # cope with it the way it copes with a full disk.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    os.execv(program[0], program)
    return 127  # execv does not return


def main(argv: list[str]) -> int:
    """Run the command named by ``argv[0]`` (see the module docstring)."""
    command, args = argv[0], argv[1:]
    if command == "limit-file-size":
        return _limit_file_size(int(args[0]), args[1:])
    if command == "meetings":
        return _meetings(args[0], int(args[1]))
    if command == "hold-lock":
        return _hold_lock(args[0], float(args[1]))
    if command == "big-write":
        return _big_write(args[0], int(args[1]))
    if command == "open-files":
        return _open_files()
    if command == "migrate":
        return _migrate(args[0])
    raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
