"""300 damaged or hostile database files: each is opened after quick_check or refused, never a
crash or a hang.

The files start from a demo database and are damaged the ways files arrive damaged: bytes
flipped, cut off at a random length, a wrong header or wrong header fields, and a schema that
tries to run code (views, triggers, checks and indexes calling ``load_extension`` or a function
the application does not have). A child process opens them one after the other with
``open_database`` (5 s allowed per file; a child that dies or hangs is replaced) and, when a file
opens, runs quick_check and reads every table and view.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import select
import shutil
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from crash_support import figure, start

from database import open_database
from database.demo import load_demo

OPEN_TIMEOUT = 5.0
SCHEMA_0001 = Path(__file__).resolve().parent / "data" / "schema_0001.sqlite"
FLIPS, TRUNCATIONS, HEADERS, HEADER_FIELDS, HOSTILE = 110, 100, 30, 30, 30
TOTAL = FLIPS + TRUNCATIONS + HEADERS + HEADER_FIELDS + HOSTILE
assert TOTAL == 300

# Schema objects that try to run code when the file is opened, migrated or read. Views and
# triggers are created by SQL (SQLite checks their functions only when they run).
HOSTILE_VIEWS = (
    "CREATE VIEW evil_extension AS SELECT load_extension('/tmp/libevil.so') AS x",
    "CREATE VIEW evil_function AS SELECT application_secret(name) AS x FROM people",
    "CREATE VIEW evil_nested AS SELECT (SELECT application_secret(title) FROM meetings) AS x",
)
HOSTILE_TRIGGERS = (
    ("CREATE TRIGGER evil_on_person AFTER INSERT ON people BEGIN"
    " SELECT load_extension('/tmp/libevil.so'); END"),
    ("CREATE TRIGGER evil_on_migration AFTER INSERT ON _sqlite_migrations BEGIN"
    " SELECT application_secret(NEW.name); END"),
    ("CREATE TRIGGER evil_on_setting AFTER UPDATE ON settings BEGIN"
    " SELECT load_extension('/tmp/libevil.so', 'entry'); END"),
)
# What SQLite refuses to create without the function is created harmless and then rewritten in
# sqlite_master (``writable_schema``), as a hostile tool would: the pages stay valid, the
# definition calls what it should not.
RAW_SCHEMA = (
    ("CREATE INDEX evil_index ON people (name)",
     "CREATE INDEX evil_index ON people (application_secret(name))"),
    ("CREATE TABLE evil_table (x TEXT)",
     "CREATE TABLE evil_table (x TEXT CHECK (load_extension('/tmp/libevil.so') IS NULL))"),
    ("CREATE TABLE evil_generated (x TEXT, y TEXT)",
     "CREATE TABLE evil_generated (x TEXT, y TEXT GENERATED ALWAYS AS (application_secret(x)))"),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed demo database: a single file in WAL mode, as the application leaves it."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    store = open_database(path)
    load_demo(store)
    store.close()
    return path


def _flip(data: bytearray, rng: random.Random) -> str:
    region = rng.choice(("header", "schema page", "anywhere"))
    end = {"header": 100, "schema page": 4096, "anywhere": len(data)}[region]
    flips = rng.choice((1, 2, 8, 64))
    for _ in range(flips):
        data[rng.randrange(end)] ^= 1 << rng.randrange(8)
    return f"flip {flips} bit(s) in the {region}"


def _truncate(data: bytearray, rng: random.Random) -> str:
    if rng.random() < 0.3:
        length = rng.randrange(len(data) // 4096) * 4096  # at a page boundary
    else:
        length = rng.randrange(len(data))
    del data[length:]
    return f"truncate to {length} bytes"


def _wrong_header(data: bytearray, rng: random.Random) -> str:
    kind = rng.choice(("garbage", "sqlite 2", "zeros", "text", "zip", "one byte off"))
    header = {
        "garbage": bytes(rng.randrange(256) for _ in range(16)),
        "sqlite 2": b"** This file contains an SQLite 2.1 database **"[:16],
        "zeros": bytes(16),
        "text": b"reporter,partner",
        "zip": b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\x00\x00",
        "one byte off": b"SQLite format 3\x01",
    }[kind]
    data[:16] = header
    return f"wrong header ({kind})"


# Offsets and sizes of header fields SQLite reads before anything else (fileformat2.html).
HEADER_FIELD_OFFSETS = {
    "page size": (16, 2), "write version": (18, 1), "read version": (19, 1),
    "reserved space": (20, 1), "payload fractions": (21, 3), "page count": (28, 4),
    "freelist trunk": (32, 4), "schema cookie": (40, 4), "schema format": (44, 4),
    "text encoding": (56, 4), "user version": (60, 4), "vacuum mode": (64, 4),
}


def _header_field(data: bytearray, rng: random.Random) -> str:
    name = rng.choice(sorted(HEADER_FIELD_OFFSETS))
    offset, size = HEADER_FIELD_OFFSETS[name]
    value = rng.choice((0, 1, 2, 3, 5, 255, (1 << (8 * size)) - 1, rng.randrange(1 << (8 * size))))
    data[offset:offset + size] = value.to_bytes(size, "big")
    return f"header field {name} = {value}"


def _hostile(path: Path, number: int) -> str:
    """Add hostile schema objects to the database at ``path`` (chosen by ``number``)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        # Numbers 0, 3, 6, ... are the files with a pending migration; each of them gets
        # another view and trigger, so the trigger on _sqlite_migrations meets a migration.
        chosen = [HOSTILE_VIEWS[(number // 3) % len(HOSTILE_VIEWS)],
                  HOSTILE_TRIGGERS[(number // 3) % len(HOSTILE_TRIGGERS)]]
        for statement in chosen:
            conn.execute(statement)
        what = [statement.split(" AS ")[0].split(" BEGIN")[0] for statement in chosen]
        if number % 2:
            harmless, hostile = RAW_SCHEMA[(number // 2) % len(RAW_SCHEMA)]
            conn.execute(harmless)
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE sql = ?", (hostile, harmless))
            conn.execute("PRAGMA writable_schema = OFF")
            what.append(hostile)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return "hostile schema: " + "; ".join(what)


def _make_files(template: Path, folder: Path, rng: random.Random) -> list[tuple[Path, str, str]]:
    """(path, kind, what was done) for every mutated file."""
    # Most start from a file as this version leaves it (WAL); every fourth from the released
    # schema-0001 file (rollback journal, migration pending), so that a damaged file in that
    # mode shows whether opening writes to it before refusing it.
    originals = (template.read_bytes(), SCHEMA_0001.read_bytes())
    files: list[tuple[Path, str, str]] = []
    plan = ([("flip", _flip)] * FLIPS + [("truncation", _truncate)] * TRUNCATIONS
            + [("wrong header", _wrong_header)] * HEADERS + [("header field", _header_field)] * HEADER_FIELDS)
    for number, (kind, mutate) in enumerate(plan):
        old = number % 4 == 3
        data = bytearray(originals[old])
        what = mutate(data, rng) + (" of a schema-0001 file" if old else "")
        path = folder / f"{number:03d}.sqlite"
        path.write_bytes(bytes(data))
        files.append((path, kind, what))
    for number in range(HOSTILE):
        path = folder / f"{len(files):03d}.sqlite"
        # Every third one is a released schema-0001 file: opening it migrates, which writes
        # and so fires triggers (the one on _sqlite_migrations among them).
        pending = number % 3 == 0
        shutil.copyfile(SCHEMA_0001 if pending else template, path)
        what = _hostile(path, number)
        files.append((path, "hostile schema", what + ("; migration pending" if pending else "")))
    return files


class OpenWorker:
    """A child that opens one file per request; replaced when it dies or hangs."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[str] | None = None
        self.started = 0

    def _ensure(self) -> subprocess.Popen[str]:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = start(["open-files"], stdin=subprocess.PIPE)
            self.started += 1
            assert self._line(30.0) == "ready"
        return self.proc

    def _line(self, timeout: float) -> str | None:
        assert self.proc is not None and self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            return None
        return self.proc.stdout.readline().strip()

    def open(self, path: Path) -> dict[str, object]:
        """What opening ``path`` did; ``outcome`` is hang or crash when the child failed."""
        proc = self._ensure()
        assert proc.stdin is not None
        proc.stdin.write(f"{path}\n")
        proc.stdin.flush()
        started = time.monotonic()
        line = self._line(OPEN_TIMEOUT)
        if line is None:
            self.close()
            return {"outcome": "hang", "seconds": time.monotonic() - started}
        if not line:  # end of output: the child died
            proc.wait(timeout=10)
            stderr = proc.stderr.read() if proc.stderr else ""
            return {"outcome": "crash", "returncode": proc.returncode, "stderr": stderr[-500:]}
        return json.loads(line)

    def close(self) -> None:
        """Stop the child (killed if it still runs)."""
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.communicate(timeout=10)
            self.proc = None


# Header bytes that opening a sound file for writing changes: the journal mode (18-19, switched
# to WAL), the change counter (24-27) and the version stamps (92-99).
_OPEN_STAMPS = (range(18, 20), range(24, 28), range(92, 100))


def _digest(path: Path, *, ignore_stamps: bool = False) -> str:
    if not path.exists():
        return "missing"
    data = bytearray(path.read_bytes())
    if ignore_stamps:
        for stamp in _OPEN_STAMPS:
            for offset in stamp:
                if offset < len(data):
                    data[offset] = 0
    return hashlib.sha256(bytes(data)).hexdigest()


def test_300_mutated_files_are_opened_after_quick_check_or_refused(
        tmp_path: Path, template: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = int(os.environ.get("CRASH_TRIAL_SEED", time.time_ns() % 1_000_000))
    figure(capsys, f"mutated files: seed {seed} (CRASH_TRIAL_SEED={seed} replays it)")
    files = _make_files(template, tmp_path, random.Random(seed))

    worker = OpenWorker()
    outcomes: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {}
    reasons: Counter[str] = Counter()
    failures: list[str] = []
    changed_refused: list[str] = []
    slowest = 0.0
    unreadable_text = hostile_views = stamped_refused = 0
    try:
        for path, kind, what in files:
            before, before_pages = _digest(path), _digest(path, ignore_stamps=True)
            result = worker.open(path)
            outcome = str(result["outcome"])
            outcomes[outcome] += 1
            by_kind.setdefault(kind, Counter())[outcome] += 1
            slowest = max(slowest, float(result.get("seconds", 0.0)))
            where = f"{path.name} ({what})"
            if outcome == "refused":
                message = str(result["message"])
                reasons[f"{result['type']}: {message.split(': ', 1)[-1][:60]}"] += 1
                if str(path) not in message:
                    failures.append(f"{where}: the message does not name the file: {message}")
                # A damaged file is refused before anything writes to it; a sound file whose
                # migration failed had its journal mode switched, and nothing else.
                if _digest(path, ignore_stamps=True) != before_pages:
                    changed_refused.append(where)
                elif _digest(path) != before:
                    stamped_refused += 1
            elif outcome == "opened":
                if result["quick_check"] != ["ok"]:
                    failures.append(f"{where}: opened, then quick_check {result['quick_check']}")
                # quick_check checks structure, not text: a flipped bit inside a text value
                # leaves bytes that are not UTF-8, which Python refuses to decode when the row
                # is read. Counted; any other failure to read a table is a finding.
                undecodable = [e for e in result["read_errors"]
                               if "Could not decode to UTF-8" in e or "UnicodeDecodeError" in e]
                if undecodable:
                    unreadable_text += 1
                if len(undecodable) != len(result["read_errors"]):
                    failures.append(f"{where}: opened, but reading failed: {result['read_errors']}")
                hostile_views += len(result["view_errors"])
                ran = [e for e in result["view_errors"]
                       if not any(w in e for w in ("unsafe use of", "no such function", "not authorized",
                                                   "Could not decode"))]
                if ran:
                    failures.append(f"{where}: a view failed in an unexpected way: {ran}")
            else:
                failures.append(f"{where}: {outcome} {json.dumps(result)[:1500]}")
    finally:
        worker.close()

    figure(capsys, f"{TOTAL} mutated files: {outcomes['opened']} opened (quick_check ok), "
                   f"{outcomes['refused']} refused with a DatabaseFileError, "
                   f"{TOTAL - outcomes['opened'] - outcomes['refused']} other (crash, hang, "
                   f"escaped exception); slowest open {slowest:.2f} s; "
                   f"{worker.started} worker process(es)")
    figure(capsys, "by kind: " + "; ".join(
        f"{kind}: {counts['opened']} opened / {counts['refused']} refused"
        for kind, counts in by_kind.items()))
    figure(capsys, "refusals: " + "; ".join(f"{n}x {reason}" for reason, n in reasons.most_common(8)))
    figure(capsys, f"refused files whose pages the attempt to open them changed: "
                   f"{len(changed_refused)} ({stamped_refused} had their header switched to WAL by a "
                   f"migration that failed and was rolled back); "
                   f"opened files with a text value that is not UTF-8 (a row Python cannot read): "
                   f"{unreadable_text}; hostile views refused when read: {hostile_views}")
    assert failures == [], failures
    assert outcomes["opened"] + outcomes["refused"] == TOTAL
    assert changed_refused == [], changed_refused


def test_hostile_views_and_triggers_run_no_code(tmp_path: Path, template: Path) -> None:
    """A file whose schema calls load_extension or unknown functions opens, but none of it runs:
    reading the view fails with a clear SQLite error and writing through the trigger is refused."""
    from database.services.people import create_person

    path = tmp_path / "hostile.sqlite"
    shutil.copyfile(template, path)
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute(HOSTILE_VIEWS[0])  # load_extension in a view
    conn.execute(HOSTILE_TRIGGERS[0])  # load_extension in a trigger on people
    conn.close()
    store = open_database(path)
    try:
        with pytest.raises(sqlite3.OperationalError) as info:
            store.conn.execute("SELECT * FROM evil_extension").fetchall()
        assert "unsafe use of load_extension" in str(info.value) or "not authorized" in str(info.value)
        with pytest.raises(sqlite3.OperationalError) as info:
            create_person(store, name="Nobody")
        assert "load_extension" in str(info.value) or "not authorized" in str(info.value)
        assert store.conn.execute("SELECT count(*) FROM people WHERE name = 'Nobody'").fetchone() == (0,)
        assert not store.conn.in_transaction
    finally:
        store.close()
