"""A database on a network share opens read-only (issue 12, part 7).

SQLite's write-ahead log needs the shared memory of one computer and POSIX locks on network
file systems are unreliable, so a file on NFS, SMB/CIFS, 9p, FUSE, … is only read unless the
user sets ``COMMITMENT_TRACKER_ALLOW_NETWORK_SHARE=1``. The file system type is injected: by
replacing :func:`database.file_systems.file_system_type` in this process, by the testing variable
``COMMITMENT_TRACKER_TEST_NETWORK_FS`` in a subprocess.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

import pytest
from cli_runner import run_cli
from db_fixtures import table_dump
from pytestqt.qtbot import QtBot

from database import file_systems, open_database
from database.demo import load_demo
from database.errors import DatabaseFileError, ReadOnlyDatabaseError
from database.file_systems import (
    ALLOW_NETWORK_SHARE_VARIABLE,
    TEST_NETWORK_FS_VARIABLE,
    file_system_type,
    is_network_file_system,
    is_unc_path,
    linux_type_name,
    mountinfo_type,
    network_file_system,
    network_share_allowed,
    network_share_reason,
)

REMOTE = ["nfs", "nfs4", "cifs", "smb2", "smb3", "smbfs", "9p", "fuse", "fuse.sshfs",
          "fuse.gvfsd-fuse", "ceph", "afs", "coda", "glusterfs", "lustre", "vboxsf", "virtiofs",
          "afpfs", "webdav", "NFS", "network drive", "unc path"]
LOCAL = ["ext4", "tmpfs", "btrfs", "xfs", "overlay", "zfs", "vfat", "apfs", "hfs", "ntfs",
         "fuseblk", "unknown", "0x12345678", ""]


@pytest.fixture(autouse=True)
def _no_override(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own environment must not decide these tests."""
    monkeypatch.delenv(ALLOW_NETWORK_SHARE_VARIABLE, raising=False)
    monkeypatch.delenv(TEST_NETWORK_FS_VARIABLE, raising=False)


def _pretend(monkeypatch: pytest.MonkeyPatch, type_name: str) -> None:
    monkeypatch.setattr(file_systems, "file_system_type", lambda path: type_name)


def _digest(path: Path) -> str:
    # Only ever on a file this process has no connection to (GUIDE §4).
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _empty_database(path: Path) -> Path:
    store = open_database(path)
    store.close()
    return path


def _dump(path: Path) -> dict:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return table_dump(conn, exclude=())
    finally:
        conn.close()


# ----------------------------------------------------------------------------- which file system


@pytest.mark.parametrize("type_name", REMOTE)
def test_network_file_system_types_are_remote(type_name: str) -> None:
    assert is_network_file_system(type_name)


@pytest.mark.parametrize("type_name", LOCAL)
def test_local_file_system_types_are_local(type_name: str) -> None:
    assert not is_network_file_system(type_name)


@pytest.mark.parametrize(("magic", "name"), [
    (0x6969, "nfs"), (0x517B, "smbfs"), (0xFF534D42, "cifs"), (0xFE534D42, "smb2"),
    (0x01021997, "9p"), (0x65735546, "fuse"), (0x00C36400, "ceph"), (0x73757245, "coda"),
    (0xEF53, "ext4"), (0x01021994, "tmpfs"), (0x9123683E, "btrfs"), (0x58465342, "xfs"),
    # A 32-bit f_type is signed on some platforms: CIFS then arrives negative.
    (0xFF534D42 - (1 << 32), "cifs"),
])
def test_statfs_magic_numbers_are_named(magic: int, name: str) -> None:
    assert linux_type_name(magic) == name


def test_an_unknown_magic_number_is_local_and_named_by_its_number() -> None:
    name = linux_type_name(0x12345678)
    assert name == "0x12345678" and not is_network_file_system(name)


@pytest.mark.parametrize("type_name", ["nfs", "cifs", "smb2", "9p", "fuse"])
def test_an_injected_network_type_marks_the_file_and_a_new_files_folder(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, type_name: str) -> None:
    existing = _empty_database(tmp_path / "there.sqlite")
    _pretend(monkeypatch, type_name)
    assert network_file_system(existing) == type_name
    assert network_file_system(tmp_path / "not-yet.sqlite") == type_name
    reason = network_share_reason(existing)
    assert reason is not None and f"network share ({type_name})" in reason


@pytest.mark.parametrize("type_name", ["ext4", "tmpfs", "btrfs"])
def test_an_injected_local_type_is_not_a_network_share(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, type_name: str) -> None:
    _pretend(monkeypatch, type_name)
    assert network_file_system(tmp_path / "x.sqlite") is None
    assert network_share_reason(tmp_path / "x.sqlite") is None


def test_the_real_file_system_of_the_tmp_folder_is_local(tmp_path: Path) -> None:
    name = file_system_type(tmp_path)
    assert name and not is_network_file_system(name), name
    assert network_file_system(tmp_path / "new.sqlite") is None
    if sys.platform.startswith("linux"):
        # statfs answered (a name from the magic number, not the "unknown" of a failure), and
        # the /proc/self/mountinfo fallback agrees that the folder is local.
        assert name != "unknown"
        fallback = mountinfo_type(tmp_path)
        assert fallback is not None and not is_network_file_system(fallback), fallback


MOUNTINFO = r"""22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
30 22 0:40 / /mnt/team\040share rw,relatime shared:7 - cifs //server/team rw,vers=3.1.1
31 22 0:41 / /mnt/team rw,relatime shared:8 - nfs4 server:/team rw
32 22 0:42 / /home/me/remote rw,nosuid shared:9 - fuse.sshfs me@host:/data rw
33 22 8:2 / /media/windows rw,relatime shared:10 - fuseblk /dev/sda2 rw
34 22 0:43 / /srv rw shared:11 - ext4 /dev/sdb1 rw
35 34 0:44 / /srv rw shared:12 - nfs server:/srv rw
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/mnt/team share/db.sqlite", "cifs"),     # an escaped space in the mount point
    ("/mnt/team/db.sqlite", "nfs4"),           # /mnt/team is not a prefix of /mnt/team share
    ("/mnt/teamwork/db.sqlite", "ext4"),       # nor is /mnt/team of /mnt/teamwork
    ("/home/me/remote/x/db.sqlite", "fuse.sshfs"),
    ("/media/windows/db.sqlite", "fuseblk"),
    ("/srv/db.sqlite", "nfs"),                 # the later mount over /srv hides the first
    ("/home/me/db.sqlite", "ext4"),
])
def test_mountinfo_names_the_innermost_mount(path: str, expected: str) -> None:
    assert mountinfo_type(Path(path), MOUNTINFO, resolve=False) == expected


@pytest.mark.parametrize(("text", "unc"), [
    (r"\\server\share\db.sqlite", True),
    ("//server/share/db.sqlite", True),
    (r"\\?\UNC\server\share\db.sqlite", True),
    (r"\\?\C:\Users\me\db.sqlite", False),
    (r"\\.\PhysicalDrive0", False),
    (r"C:\Users\me\db.sqlite", False),
    ("/home/me/db.sqlite", False),
])
def test_unc_paths_are_recognised(text: str, unc: bool) -> None:
    assert is_unc_path(text) is unc


def test_the_testing_variable_can_only_pretend_a_network_share(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(TEST_NETWORK_FS_VARIABLE, "nfs")
    assert file_system_type(tmp_path) == "nfs"
    # A local name is ignored: the testing hook can never make a real network share look local
    # (only the documented override lets such a file be written).
    monkeypatch.setattr(file_systems, "detected_file_system_type", lambda path: "cifs")
    monkeypatch.setenv(TEST_NETWORK_FS_VARIABLE, "ext4")
    assert file_system_type(tmp_path) == "cifs"


@pytest.mark.parametrize(("value", "allowed"), [
    ("1", True), ("yes", True), ("TRUE", True), ("on", True),
    ("0", False), ("", False), ("no", False), ("nfs", False),
])
def test_the_override_takes_a_clear_yes(monkeypatch: pytest.MonkeyPatch, value: str,
                                        allowed: bool) -> None:
    monkeypatch.setenv(ALLOW_NETWORK_SHARE_VARIABLE, value)
    assert network_share_allowed() is allowed


# ----------------------------------------------------------------------------- the store


def test_a_database_on_a_network_share_opens_read_only_and_says_why(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = _empty_database(tmp_path / "shared.sqlite")
    before = _digest(path)
    _pretend(monkeypatch, "nfs")

    store = open_database(path, writer_lock=True)
    try:
        assert store.read_only
        reason = store.read_only_reason
        assert "network share (nfs)" in reason
        assert "local disk" in reason and ALLOW_NETWORK_SHARE_VARIABLE in reason
        assert store.writer_lock is None  # a read-only store keeps no writer lock
        with pytest.raises(ReadOnlyDatabaseError) as refused:
            with store.write():
                store.conn.execute("CREATE TABLE t (x)")
        assert "network share (nfs)" in str(refused.value)
    finally:
        store.close()
    assert _digest(path) == before


def test_asking_for_read_only_on_a_network_share_says_it_is_a_share(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = _empty_database(tmp_path / "shared.sqlite")
    _pretend(monkeypatch, "cifs")
    store = open_database(path, read_only=True)
    try:
        assert store.read_only and "network share (cifs)" in store.read_only_reason
    finally:
        store.close()


def test_a_new_database_on_a_network_share_is_refused_and_not_created(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _pretend(monkeypatch, "smb2")
    path = tmp_path / "new.sqlite"
    with pytest.raises(DatabaseFileError) as refused:
        open_database(path, writer_lock=True)
    assert "cannot create" in str(refused.value) and "network share (smb2)" in str(refused.value)
    assert not path.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("new.sqlite")) in (
        [], ["new.sqlite.lock"])  # the writer lock file may stay; the database is not made


def test_the_override_opens_a_network_share_for_writing(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _pretend(monkeypatch, "nfs")
    monkeypatch.setenv(ALLOW_NETWORK_SHARE_VARIABLE, "1")
    store = open_database(tmp_path / "shared.sqlite", writer_lock=True)
    try:
        assert not store.read_only and store.read_only_reason == ""
        load_demo(store)
    finally:
        store.close()


# ----------------------------------------------------------------------------- command line


def test_a_cli_write_on_a_network_share_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    path = _empty_database(tmp_path / "shared.sqlite")
    before = _dump(path)
    digest = _digest(path)
    hook = {TEST_NETWORK_FS_VARIABLE: "nfs"}

    result = run_cli("--db", str(path), "demo", cwd=tmp_path, env=hook)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "network share (nfs)" in result.stderr, result.stderr
    assert ALLOW_NETWORK_SHARE_VARIABLE in result.stderr
    assert _digest(path) == digest and _dump(path) == before

    new = tmp_path / "new.sqlite"
    created = run_cli("--db", str(new), "demo", cwd=tmp_path, env=hook)
    assert created.returncode == 1 and "network share (nfs)" in created.stderr, created.stderr
    assert not new.exists()

    # The documented override lets the same command write (so the hook was what refused it).
    allowed = run_cli("--db", str(path), "demo", cwd=tmp_path,
                      env={**hook, ALLOW_NETWORK_SHARE_VARIABLE: "1"})
    assert allowed.returncode == 0, allowed.stderr
    assert _dump(path) != before


# ----------------------------------------------------------------------------- the window


def test_the_window_opens_a_network_share_read_only_and_says_why_once(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from desktop import opening
    from desktop.main_window import MainWindow

    path = tmp_path / "shared.sqlite"
    store = open_database(path)
    load_demo(store)
    store.close()
    digest = _digest(path)
    _pretend(monkeypatch, "fuse")
    monkeypatch.setattr(MainWindow, "ask_load_demo", lambda self: False)
    told: list[str] = []
    monkeypatch.setattr(opening, "report_read_only", lambda parent, text: told.append(text))
    monkeypatch.setattr(opening, "report_error",
                        lambda parent, text: pytest.fail(f"refused: {text}"))

    store = opening.open_gui_store(path)
    assert store is not None and store.read_only
    assert len(told) == 1
    assert "network share" in told[0] and "network share (fuse)" in told[0]
    assert ALLOW_NETWORK_SHARE_VARIABLE in told[0]

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert "(read-only)" in window.windowTitle()
        assert window.read_only_label.isVisible()
        assert window.read_only_label.text().startswith(
            "Read-only: the database is on a network share (fuse)")
        assert not window.new_action.isEnabled()
        assert len(told) == 1  # said once when opening, not again by the window
    finally:
        window.close()
        window.store.close()
    assert _digest(path) == digest


def test_a_new_database_on_a_network_share_is_refused_in_the_window(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from desktop import opening

    _pretend(monkeypatch, "9p")
    refused: list[str] = []
    monkeypatch.setattr(opening, "report_error", lambda parent, text: refused.append(text))
    path = tmp_path / "new.sqlite"
    assert opening.open_gui_store(path) is None
    assert len(refused) == 1 and "network share (9p)" in refused[0]
    assert not path.exists()
