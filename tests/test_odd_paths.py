"""Paths a person can give that are not what the program expects: each is handled or refused
with a message that says what is actually wrong."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crash_support import child_env
from database import open_database
from database.demo import load_demo

REPO_ROOT = Path(__file__).resolve().parents[1]


def _cli(*args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    """The command line with arguments given as bytes, as a shell passes a file name."""
    argv = [os.fsencode(a) if isinstance(a, str) else a for a in args]
    return subprocess.run([os.fsencode(sys.executable), b"-m", b"desktop", *argv], cwd=REPO_ROOT,
                          env={**child_env(), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"},
                          capture_output=True, timeout=300)


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    store = open_database(path)
    load_demo(store)
    store.close()
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="file names are bytes on POSIX only")
def test_a_report_to_a_file_name_that_is_not_utf8_is_the_whole_pdf(demo_file: Path) -> None:
    out = os.fsencode(demo_file.parent) + b"/r\xe9port.pdf"
    done = _cli(b"--db", os.fsencode(demo_file), b"report", b"--out", out)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    with open(out, "rb") as written:
        assert written.read(5) == b"%PDF-"
    assert os.path.getsize(out) > 10_000
    # Nothing left behind: no temporary file under another spelling of the name.
    assert sorted(os.listdir(os.fsencode(demo_file.parent))) == sorted(
        [b"demo.sqlite", b"r\xe9port.pdf"] + [n for n in os.listdir(os.fsencode(demo_file.parent))
                                             if n.startswith(b"demo.sqlite-")])


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_a_device_as_the_database_is_refused_as_not_a_file(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    done = _cli("--db", device, "status")
    assert done.returncode == 1
    message = done.stderr.decode("utf-8", "replace")
    assert "not a regular file" in message and device in message
    assert "disk" not in message and "saved" not in message
