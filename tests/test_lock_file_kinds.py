"""A lock file that is not an ordinary file (a symbolic link, a folder, a named pipe) is refused
with a message naming it: never followed, never truncated, never waited on.

Through the real path: a writing command (``demo``) run as a subprocess.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest
from cli_runner import run_cli

from database import open_database
from database.demo import load_demo
from database.errors import DatabaseFileError
from database.lock import acquire_writer_lock, lock_path_for, read_lock_holder

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links and named pipes")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "commitments.sqlite"
    store = open_database(path)
    load_demo(store)
    store.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(result, lock: Path, kind: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "Errno" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert str(lock) in line and kind in line, line


def test_a_lock_file_that_links_to_another_database_leaves_it_untouched(db, tmp_path):
    other = tmp_path / "other.sqlite"
    store = open_database(other)
    load_demo(store)
    store.close()
    digest = _digest(other)
    lock = lock_path_for(db)
    lock.symlink_to(other)
    result = run_cli("--db", str(db), "demo", cwd=tmp_path, timeout=60)
    _refused(result, lock, "symbolic link")
    assert _digest(other) == digest, "the link's target was truncated"
    assert lock.is_symlink()


def test_a_dangling_link_as_lock_file_creates_nothing(db, tmp_path):
    lock = lock_path_for(db)
    lock.symlink_to(tmp_path / "elsewhere.txt")
    result = run_cli("--db", str(db), "demo", cwd=tmp_path, timeout=60)
    _refused(result, lock, "symbolic link")
    assert not (tmp_path / "elsewhere.txt").exists()


def test_a_folder_as_lock_file_is_named(db, tmp_path):
    lock = lock_path_for(db)
    lock.mkdir()
    result = run_cli("--db", str(db), "demo", cwd=tmp_path, timeout=60)
    _refused(result, lock, "folder")


def test_a_named_pipe_as_lock_file_is_named_and_never_waited_on(db, tmp_path):
    lock = lock_path_for(db)
    os.mkfifo(lock)
    result = run_cli("--db", str(db), "demo", cwd=tmp_path, timeout=60)
    _refused(result, lock, "named pipe")


def test_reading_the_holder_never_follows_or_waits(db, tmp_path):
    lock = lock_path_for(db)
    os.mkfifo(lock)
    read: list[object] = []
    # In a daemon thread: opening a pipe for reading waits for a writer, forever.
    reader = threading.Thread(target=lambda: read.append(read_lock_holder(lock)), daemon=True)
    reader.start()
    reader.join(timeout=30)
    assert read == [None], "reading the holder waited on a named pipe"
    with pytest.raises(DatabaseFileError) as caught:
        acquire_writer_lock(db)
    assert caught.value.path == lock


@pytest.mark.parametrize("kind", ["symbolic link", "folder", "named pipe"])
def test_taking_the_lock_refuses_a_lock_file_that_is_not_an_ordinary_file(db, tmp_path, kind):
    lock = lock_path_for(db)
    other = tmp_path / "other.txt"
    other.write_text("not a lock file", encoding="utf-8")
    if kind == "symbolic link":
        lock.symlink_to(other)
    elif kind == "folder":
        lock.mkdir()
    else:
        os.mkfifo(lock)
    with pytest.raises(DatabaseFileError) as caught:
        acquire_writer_lock(db)
    assert caught.value.path == lock and kind in str(caught.value)
    assert other.read_text(encoding="utf-8") == "not a lock file"
    assert os.path.lexists(lock), "the odd file is left for the user to look at"
