"""Parent-side helpers of the crash and bad-input tests: start a child, kill it, judge the file.

The children are the application itself (``python -m desktop ...``) or the commands of
``tests/crash_children.py``; see that module for what each one does.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
CHILDREN = Path(__file__).resolve().parent / "crash_children.py"


def child_env() -> dict[str, str]:
    """The environment of a child: the repository importable, Qt offscreen, no default database."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env.pop("COMMITMENT_TRACKER_DB", None)
    return env


def start(args: Sequence[str], *, cli: bool = False, stdin: int | None = None,
          file_size_limit: int | None = None) -> subprocess.Popen[str]:
    """Start ``python -m desktop ARGS`` (``cli``) or ``python tests/crash_children.py ARGS``.

    ``file_size_limit`` runs the child under ``RLIMIT_FSIZE`` of that many bytes with
    ``SIGXFSZ`` ignored, so that a write beyond it fails with EFBIG like on a full disk.
    """
    command = [sys.executable, "-m", "desktop", *args] if cli else [sys.executable, str(CHILDREN), *args]
    if file_size_limit is not None:
        # The limit is set by a small launcher that then execs the child (rlimits and ignored
        # signals survive exec), not by preexec_fn, which is unsafe in a threaded parent.
        command = [sys.executable, str(CHILDREN), "limit-file-size", str(file_size_limit), *command]
    return subprocess.Popen(command, cwd=REPO_ROOT, env=child_env(), stdin=stdin,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill(proc: subprocess.Popen[str]) -> tuple[bool, str, str]:
    """SIGKILL ``proc`` (if it still runs); return (was it killed, its stdout, its stderr)."""
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    if killed and proc.returncode != -signal.SIGKILL:
        killed = False  # it finished on its own between poll() and kill()
    return killed, out, err


def copy_database(source: Path, target: Path) -> Path:
    """Copy a closed database file (no -wal beside it) for one trial."""
    assert not Path(str(source) + "-wal").exists(), "the template must be a closed, single file"
    shutil.copyfile(source, target)
    return target


def check_file(path: Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    """``integrity_check`` rows and ``foreign_key_check`` rows, read as a fresh program would.

    Opening the file after a kill is what recovers it (SQLite rolls back what the WAL holds
    without a commit), so this is exactly what the next start of the application sees.
    """
    conn = sqlite3.connect(str(path))
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    return integrity, foreign


def wal_size(path: Path) -> int:
    """Bytes in the -wal file beside ``path`` (0 when there is none)."""
    try:
        return Path(str(path) + "-wal").stat().st_size
    except FileNotFoundError:
        return 0


def figure(capsys: pytest.CaptureFixture[str], text: str) -> None:
    """Show a measured figure in every run (``-s`` or not): straight to the terminal."""
    with capsys.disabled():
        print(f"\n[figure] {text}", flush=True)
