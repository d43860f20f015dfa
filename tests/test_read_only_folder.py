"""A database in a folder nobody may write (issue 13): reading works, or the message says why.

SQLite (wal.html, "Read-Only Databases"): a WAL-mode database opens read-only only if its -shm
and -wal files exist or can be created, or it is opened ``immutable``. Without a -wal beside it
the file alone is the whole database, so it is read with ``immutable=1``; with a -wal but no -shm
the message says exactly that. The suite runs as root, for whom permissions do not apply: the
real case runs the command as ``nobody`` (setpriv); the in-process tests fake the permissions.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from database import DatabaseFileError, open_database
from database.demo import load_demo
from database.health_check import check_database

REPO_ROOT = Path(__file__).resolve().parent.parent
NOBODY = 65534
WAL_MESSAGE = ("the folder is read-only and the database's -wal file holds changes not yet in "
               "the file; open it where you may write, or ask the owner to close the program "
               "writing it")


def _demo_file(path: Path) -> None:
    store = open_database(path)
    load_demo(store)
    store.close()
    assert not Path(f"{path}-wal").exists()


# --- in-process: os.access and SQLite's refusal faked --------------------------------------


class _RefusingConnection:
    """A read-only connection as SQLite gives it in a read-only folder without -wal and -shm:
    it opens, and the first read fails (SQLite cannot create the -shm)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, *args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    def close(self) -> None:
        self._conn.close()

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


@pytest.fixture
def read_only_folder(tmp_path, monkeypatch):
    """A demo database whose folder (and file) this process may not write, as far as the code
    can tell: os.access says so and SQLite behaves as it would there."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "commitments.sqlite"
    _demo_file(path)
    real_access, real_connect = os.access, sqlite3.connect

    def access(target, mode, *args, **kwargs):
        if mode & os.W_OK and Path(target).resolve() in (folder.resolve(), path.resolve()):
            return False
        return real_access(target, mode, *args, **kwargs)

    uris: list[str] = []

    def connect(database, *args, **kwargs):
        text = str(database)
        if str(path.resolve()) not in text and str(path) not in text:
            return real_connect(database, *args, **kwargs)
        uris.append(text)
        if not kwargs.get("uri") or "mode=ro" not in text:
            # A writable connection: SQLite cannot create the -wal/-shm files.
            conn = real_connect(path.resolve().as_uri() + "?mode=ro", *args,
                                **{**kwargs, "uri": True})
            return _RefusingConnection(conn)
        conn = real_connect(database, *args, **kwargs)
        if "immutable=1" in text:
            return conn
        return _RefusingConnection(conn)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(sqlite3, "connect", connect)
    return path, uris


def test_a_database_in_a_read_only_folder_opens_immutable(read_only_folder):
    path, uris = read_only_folder
    store = open_database(path, read_only=True)
    try:
        assert store.read_only
        assert store.read_only_reason == "its folder is read-only"
        assert store.conn.execute("SELECT count(*) FROM commitments").fetchone()[0] > 0
    finally:
        store.close()
    assert any("immutable=1" in uri for uri in uris)


def test_a_database_in_a_read_only_folder_opens_for_the_window_read_only(read_only_folder):
    path, _ = read_only_folder
    store = open_database(path)
    try:
        assert store.read_only
        assert store.read_only_reason == "its folder is read-only"
        assert store.conn.execute("SELECT count(*) FROM commitments").fetchone()[0] > 0
    finally:
        store.close()


def test_check_reads_a_database_in_a_read_only_folder(read_only_folder):
    path, _ = read_only_folder
    report = check_database(path)
    texts = [f.message for f in report.findings]
    assert not report.errors, texts
    assert not any("not a Commitment Tracker database" in text for text in texts)


def test_a_wal_without_shm_in_a_read_only_folder_is_named(read_only_folder):
    path, _ = read_only_folder
    Path(f"{path}-wal").write_bytes(b"\0" * 4096)  # changes not yet in the file
    with pytest.raises(DatabaseFileError) as raised:
        open_database(path, read_only=True)
    assert WAL_MESSAGE in str(raised.value)
    with pytest.raises(DatabaseFileError) as raised:
        check_database(path)
    assert WAL_MESSAGE in str(raised.value)


# --- the real thing: the commands run as nobody ---------------------------------------------


def _can_drop_privileges() -> str:
    """Why the commands cannot run as nobody here ("" when they can)."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return "setpriv (util-linux) is not installed"
    if os.geteuid() != 0:
        return "the tests do not run as root, so setpriv may not switch to nobody"
    probe = subprocess.run([setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                            "--", sys.executable, "-c", "import database"],
                           env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
                           capture_output=True, text=True, cwd="/")
    if probe.returncode != 0:
        return f"nobody cannot run the application's python: {probe.stderr.strip()[-200:]}"
    return ""


@pytest.fixture
def nobody_folder(tmp_path_factory):
    """A demo database in a folder under /tmp that nobody may read but not write."""
    reason = _can_drop_privileges()
    if reason:
        pytest.skip(reason)
    base = tmp_path_factory.mktemp("read-only-folder")
    os.chmod(base, 0o755)
    for parent in base.parents:
        if parent == Path("/tmp") or not str(parent).startswith("/tmp"):
            break
        os.chmod(parent, os.stat(parent).st_mode | 0o005)
    home = base / "home"
    home.mkdir()
    os.chmod(home, 0o777)
    folder = base / "shared"
    folder.mkdir()
    path = folder / "commitments.sqlite"
    _demo_file(path)
    os.chmod(path, 0o444)
    os.chmod(folder, 0o555)
    yield path, home
    os.chmod(folder, 0o755)


def _run_as_nobody(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(REPO_ROOT),
           "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home),
           "XDG_DATA_HOME": str(home), "XDG_CACHE_HOME": str(home),
           "XDG_RUNTIME_DIR": str(home), "LANG": "C.UTF-8"}
    return subprocess.run([shutil.which("setpriv"), f"--reuid={NOBODY}", f"--regid={NOBODY}",
                           "--clear-groups", "--", sys.executable, "-m", "desktop", *args],
                          env=env, cwd="/", capture_output=True, text=True, timeout=120)


def test_status_and_check_read_a_database_in_a_read_only_folder(nobody_folder):
    path, home = nobody_folder
    status = _run_as_nobody(home, "--db", str(path), "status")
    assert status.returncode == 0, status.stderr
    assert "#1" in status.stdout
    check = _run_as_nobody(home, "--db", str(path), "check")
    assert "not a Commitment Tracker database" not in check.stdout + check.stderr
    assert check.returncode == 0, check.stdout + check.stderr
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()


def test_status_and_check_name_a_wal_they_cannot_read(nobody_folder):
    path, home = nobody_folder
    folder = path.parent
    os.chmod(folder, 0o755)
    # A writer killed mid-way: its changes sit in the -wal, and no -shm is left.
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE commitments SET title = title || ' (changed)' WHERE id = 1")
    wal = Path(f"{path}-wal").read_bytes()
    assert wal
    conn.close()
    Path(f"{path}-wal").write_bytes(wal)
    Path(f"{path}-shm").unlink(missing_ok=True)
    os.chmod(f"{path}-wal", 0o444)
    os.chmod(folder, 0o555)
    for command in ("status", "check"):
        result = _run_as_nobody(home, "--db", str(path), command)
        output = result.stdout + result.stderr
        assert result.returncode != 0, output
        assert WAL_MESSAGE in output, output
        assert "not a Commitment Tracker database" not in output
        assert "nothing was saved" not in output


def test_reading_command_names_the_read_only_folder_instead_of_upgrading(read_only_folder,
                                                                         monkeypatch):
    """A file needing a schema upgrade cannot be upgraded (nor its writer lock created) in a
    read-only folder: the reading command says why instead of failing on the lock file."""
    from database import ReadOnlyDatabaseError
    from desktop import cli

    path, _ = read_only_folder

    def needs_upgrade(target, **kwargs):
        assert kwargs.get("read_only") and "writer_lock" not in kwargs
        raise ReadOnlyDatabaseError(target, "needs a schema upgrade but its folder is read-only")

    monkeypatch.setattr(cli, "open_database", needs_upgrade)
    with pytest.raises(ReadOnlyDatabaseError, match="its folder is read-only"):
        cli._open_for_reading(path)
