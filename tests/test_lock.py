"""One writer per database file: a second instance learns who holds the file; a lock left by a
killed process is taken over."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from database import open_database
from database.clock import current_user
from database.lock import (
    DatabaseLockedError,
    acquire_writer_lock,
    lock_path_for,
)

REPO_ROOT = Path(__file__).resolve().parents[1]

# Holds the writer lock the way the application does (a store opened for writing) until killed
# or told to quit on stdin.
HOLDER = r"""
import sys
from database import open_database
store = open_database(sys.argv[1], writer_lock=True)
print("ready", flush=True)
sys.stdin.readline()
store.close()
print("closed", flush=True)
"""


def _start_holder(path: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=REPO_ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    line = proc.stdout.readline().strip()
    if line != "ready":
        proc.kill()
        pytest.fail(f"the holder did not start: {proc.stderr.read()}")
    return proc


def test_second_process_is_told_who_holds_the_file_and_takes_over_after_kill_9(db_path):
    holder = _start_holder(db_path)
    try:
        with pytest.raises(DatabaseLockedError) as caught:
            acquire_writer_lock(db_path)
        error = caught.value
        assert error.holder is not None
        assert error.holder.pid == holder.pid
        assert error.holder.user == current_user()
        assert error.holder.host == socket.gethostname()
        assert error.holder.started.endswith("Z")
        # The message names the file, the user, the machine and the process, for the dialog.
        message = str(error)
        assert str(db_path) in message
        assert current_user() in message and str(holder.pid) in message
        # Opening for writing is refused the same way; reading stays possible.
        with pytest.raises(DatabaseLockedError):
            open_database(db_path, writer_lock=True)
        reader = open_database(db_path, read_only=True)
        assert reader.read_only
        assert reader.conn.execute("SELECT count(*) FROM countries").fetchone()[0] > 0
        reader.close()
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)
        holder.stdout.close()
        holder.stderr.close()
        holder.stdin.close()
    assert holder.returncode == -signal.SIGKILL
    # The killed process left its lock file behind, naming itself ...
    stale = json.loads(lock_path_for(db_path).read_text(encoding="utf-8"))
    assert stale["pid"] == holder.pid
    # ... and the OS released its lock: we take over and the file names us now.
    store = open_database(db_path, writer_lock=True)
    try:
        assert store.writer_lock is not None and store.writer_lock.held
        now = json.loads(lock_path_for(db_path).read_text(encoding="utf-8"))
        assert now["pid"] == os.getpid()
        assert set(now) == {"pid", "host", "user", "started"}
    finally:
        store.close()
    assert not lock_path_for(db_path).exists(), "a clean close removes the lock file"


def test_closing_the_store_lets_the_next_instance_in(db_path):
    holder = _start_holder(db_path)
    try:
        with pytest.raises(DatabaseLockedError):
            acquire_writer_lock(db_path)
        holder.stdin.write("quit\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "closed"
        assert holder.wait(timeout=10) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=10)
        for stream in (holder.stdin, holder.stdout, holder.stderr):
            stream.close()
    with acquire_writer_lock(db_path) as lock:
        assert lock.held
    assert not lock.held


def test_the_same_file_cannot_be_opened_for_writing_twice_in_one_process(db_path):
    first = open_database(db_path, writer_lock=True)
    try:
        with pytest.raises(DatabaseLockedError) as caught:
            open_database(db_path, writer_lock=True)
        assert caught.value.holder is not None and caught.value.holder.pid == os.getpid()
        # Another path to the same file (through a symlink) is the same file.
        link = db_path.with_name("link.sqlite")
        link.symlink_to(db_path)
        with pytest.raises(DatabaseLockedError):
            acquire_writer_lock(link)
    finally:
        first.close()
    second = open_database(db_path, writer_lock=True)
    second.close()


def test_a_lock_file_without_an_os_lock_is_stale_and_overwritten(db_path):
    """E.g. copied from another machine, or left by a crash: only the OS lock counts."""
    lock_file = lock_path_for(db_path)
    lock_file.write_text(json.dumps({"pid": 1, "host": "elsewhere", "user": "colleague",
                                     "started": "2026-01-01T08:00:00Z"}), encoding="utf-8")
    lock = acquire_writer_lock(db_path)
    try:
        recorded = json.loads(lock_file.read_text(encoding="utf-8"))
        assert recorded["pid"] == os.getpid() and recorded["user"] == current_user()
    finally:
        lock.release()
    lock.release()  # releasing twice is harmless


def test_garbage_in_the_lock_file_still_gives_a_clear_error(db_path):
    lock = acquire_writer_lock(db_path)
    try:
        lock_path_for(db_path).write_bytes(b"\x00not json")
        with pytest.raises(DatabaseLockedError) as caught:
            acquire_writer_lock(db_path)
        assert caught.value.holder is None
        assert "open for writing in another program" in str(caught.value)
    finally:
        lock.release()


def test_a_store_that_opens_read_only_does_not_keep_the_lock(db_path):
    """A file from a newer version opens read-only: nobody writes, so nobody holds the lock."""
    import sqlite3

    from database.migrations import MIGRATION_SET

    open_database(db_path).close()
    conn = sqlite3.connect(str(db_path))
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES (?, '9999_future', '2031-01-01 00:00:00+00:00')", (MIGRATION_SET,))
    conn.commit()
    conn.close()
    store = open_database(db_path, writer_lock=True)
    try:
        assert store.read_only and "newer version" in store.read_only_reason
        assert store.writer_lock is None
        other = acquire_writer_lock(db_path)  # free for whoever upgrades and writes
        other.release()
    finally:
        store.close()


def test_a_missing_folder_is_named(tmp_path):
    from database import MissingFolderError

    with pytest.raises(MissingFolderError) as caught:
        acquire_writer_lock(tmp_path / "nowhere" / "t.sqlite")
    assert "nowhere" in str(caught.value)
