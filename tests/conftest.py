"""Test set-up: offscreen Qt before anything imports it, QSettings and data folders in tmp."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_API", "pyside6")  # matplotlib must never pick another Qt binding
os.environ.pop("COMMITMENT_TRACKER_DB", None)

import pytest  # noqa: E402
# The database fixtures (db_path, store, demo_store) are shared by every test module.
from db_fixtures import db_path, demo_store, store  # noqa: E402,F401

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))


@pytest.fixture
def en_us_locale():
    """Deterministic number and date formats: en_US ("," groups, "." decimals, M/d/yyyy)."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings and the default data folder out of the real home directory."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    try:
        from PySide6.QtCore import QSettings, QStandardPaths
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        return
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "settings"))


@pytest.fixture(autouse=True)
def _forms_discard_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A form closed with unsaved changes asks "Discard your changes?" in a modal box that no
    test answers (a closing test would hang): the answer is "discard" unless a test patches
    ``DiscardChangesQuestion.ask`` itself (pytest-qt, note_dialogs)."""
    from desktop.forms.base_form import DiscardChangesQuestion

    monkeypatch.setattr(DiscardChangesQuestion, "ask", classmethod(lambda cls, parent: True))


@pytest.fixture(autouse=True)
def _modifier_keys_let_go() -> Iterator[None]:
    """After a test, let go of Ctrl, Shift and Alt if a simulated key press left them held.

    Qt keeps the modifiers of the last key event: a test ending on Ctrl+Z leaves Ctrl "held", and
    in the next test a row selected in code is toggled instead of selected (and a key press
    carries Ctrl). A user's hand leaves the keys; the tests' simulated hand must too.
    """
    yield
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QWidget
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        return
    if QApplication.instance() is None or QGuiApplication.keyboardModifiers() == (
            Qt.KeyboardModifier.NoModifier):
        return
    target = QWidget()
    for modifier, key in ((Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Control),
                          (Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Shift),
                          (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Alt)):
        if QGuiApplication.keyboardModifiers() & modifier:
            QTest.keyRelease(target, key)
    target.deleteLater()


# Benchmarks print timings and guard against regressions with wide margins; a busy machine can
# still miss them, so the README's test command never collects them. They run by their own
# command: `.venv/bin/python -m pytest tests/benchmarks --benchmarks -s`.
BENCHMARK_FOLDER = Path(__file__).resolve().parent / "benchmarks"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--benchmarks", action="store_true", default=False,
                     help="collect the benchmarks in tests/benchmarks (not part of the default run)")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path == BENCHMARK_FOLDER and not config.getoption("--benchmarks"):
        return True
    return None
