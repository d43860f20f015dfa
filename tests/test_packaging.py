"""The wheel ships resources/, and a normal (non-editable) install finds them at run time."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # No build isolation: the test extra brings setuptools, so this works offline.
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
         "--wheel-dir", str(out), str(REPO_ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel_file,) = out.glob("commitment_tracker-*.whl")
    return wheel_file


def test_wheel_contains_resources_and_packages(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in ("resources/__init__.py", "resources/icons/app.svg",
                     "resources/icons/status_no_data.svg", "resources/reference/countries.csv",
                     "resources/reference/hs_chapters.csv",
                     "resources/demo/almaty_2025_press_release_de.txt",
                     "resources/translations/commitment_tracker_ru.qm",
                     "resources/translations/commitment_tracker_de.qm",
                     "database/migrations/schema_0001.sql", "desktop/cli.py"):
        assert expected in names, f"{expected} missing from {wheel.name}"
    assert not any(name.startswith("tests/") for name in names)


def test_installed_copy_finds_its_resources_outside_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet",
                                "--target", str(target), str(wheel)],
                               capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr
    script = (
        "import database, resources, sys\n"
        "from pathlib import Path\n"
        f"assert Path(resources.__file__).is_relative_to({str(target)!r}), resources.__file__\n"
        "from database import open_database\n"
        "from database.demo import load_demo\n"
        "store = open_database(Path(sys.argv[1]))\n"
        "print(load_demo(store).created)\n"
        "print(store.conn.execute('select count(*) from countries').fetchone()[0])\n"
    )
    environment = {**os.environ, "PYTHONPATH": str(target)}
    # Run from an empty folder so the repository cannot shadow the installed copy.
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "x.sqlite")],
                            cwd=tmp_path, env=environment, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    created, countries = (int(n) for n in result.stdout.split())
    assert created > 20
    assert countries > 240
