"""Exports are written whole or not at all, and get ordinary file permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from database.atomic_file import atomic_output


def test_completed_output_replaces_the_target_with_normal_permissions(tmp_path: Path) -> None:
    target = tmp_path / "figures.csv"
    target.write_text("old", encoding="utf-8")
    umask = os.umask(0o022)
    try:
        with atomic_output(target) as temporary:
            temporary.write_text("new", encoding="utf-8")
            assert target.read_text(encoding="utf-8") == "old"  # untouched until complete
    finally:
        os.umask(umask)
    assert target.read_text(encoding="utf-8") == "new"
    # Colleagues on the same workstation can read an exported file, as with any saved document.
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["figures.csv"]


def test_failed_output_leaves_the_old_file_and_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"%PDF old")
    with pytest.raises(RuntimeError), atomic_output(target) as temporary:
        temporary.write_bytes(b"%PDF half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"%PDF old"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]
