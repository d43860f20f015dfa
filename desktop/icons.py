"""Icons shipped in ``resources/icons`` (no theme lookups, nothing downloaded)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from resources import resource_path


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def status_icon(status: str) -> QIcon:
    """The icon for a progress status code (a distinct shape per status, not colour alone)."""
    return icon(f"status_{status}")
