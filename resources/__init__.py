"""Files the application ships: icons, reference tables, style sheets, translations, templates."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource file, e.g. ``resource_path("icons", "app.svg")``.

    Raises FileNotFoundError naming the file when it is not part of the installation, so a
    broken package fails loudly instead of showing blank icons.
    """
    path = RESOURCES_DIR.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource missing from the installation: {path}")
    return path
