"""The ``database`` package stays free of Qt, plotting and the desktop layer.

The command line and the worker processes import it without a display; the GUI depends on it,
never the other way round.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DATABASE_DIR = REPO_ROOT / "database"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "matplotlib", "desktop")

IMPORT_EVERYTHING = r"""
import importlib, json, pkgutil, sys
import database
names = ["database"]
for info in pkgutil.walk_packages(database.__path__, "database."):
    importlib.import_module(info.name)
    names.append(info.name)
print(json.dumps({"imported": names, "modules": sorted(sys.modules)}))
"""


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_importing_every_database_module_loads_no_gui_code():
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    env.pop("QT_API", None)
    result = subprocess.run([sys.executable, "-c", IMPORT_EVERYTHING], cwd=REPO_ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    expected = {_module_name(p) for p in DATABASE_DIR.rglob("*.py")}
    assert expected <= set(report["imported"]), "every module was imported"
    loaded = report["modules"]
    offending = [m for m in loaded if m.split(".")[0] in FORBIDDEN]
    assert offending == []
    assert "PySide6" not in loaded and "matplotlib" not in loaded
    assert not [m for m in loaded if m.startswith("desktop")]


IMPORT_LINE = re.compile(
    r"^\s*(?:from\s+(?P<from>[\w.]+)\s+import\b|import\s+(?P<names>[\w.]+(?:\s*,\s*[\w.]+)*))",
    re.MULTILINE)


def test_no_database_source_file_imports_gui_code():
    offending = []
    files = sorted(DATABASE_DIR.rglob("*.py"))
    assert len(files) > 10
    for path in files:
        source = path.read_text(encoding="utf-8")
        for match in IMPORT_LINE.finditer(source):
            modules = [match.group("from")] if match.group("from") else [
                n.strip() for n in match.group("names").split(",")]
            for module in modules:
                if module.split(".")[0] in FORBIDDEN:
                    offending.append(f"{path.relative_to(REPO_ROOT)}: {match.group(0).strip()}")
        for dynamic in re.findall(r"import_module\(\s*['\"]([\w.]+)", source):
            if dynamic.split(".")[0] in FORBIDDEN:
                offending.append(f"{path.relative_to(REPO_ROOT)}: import_module({dynamic!r})")
    assert offending == []


def test_the_import_check_would_notice_a_gui_import():
    # Guard against a regular expression that matches nothing.
    sample = "from PySide6.QtCore import Qt\nimport os, matplotlib.pyplot\nfrom desktop import app\n"
    found = []
    for match in IMPORT_LINE.finditer(sample):
        modules = [match.group("from")] if match.group("from") else [
            n.strip() for n in match.group("names").split(",")]
        found += [m for m in modules if m.split(".")[0] in FORBIDDEN]
    assert found == ["PySide6.QtCore", "matplotlib.pyplot", "desktop"]
