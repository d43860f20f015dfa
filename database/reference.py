"""Reference tables shipped in ``resources/reference``: HS chapters and product groups."""

from __future__ import annotations

import csv
from functools import cache
from typing import Any

from resources import resource_path


def _read(name: str) -> list[dict[str, str]]:
    with resource_path("reference", name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def hs_chapters() -> dict[str, str]:
    """HS chapter code (``"01"``..``"97"``) to its name."""
    return {row["chapter"]: row["name"] for row in _read("hs_chapters.csv")}


@cache
def product_groups() -> dict[str, dict[str, Any]]:
    """Product group code to ``{"name": ..., "chapters": [two-digit codes]}``."""
    groups: dict[str, dict[str, Any]] = {}
    for row in _read("product_groups.csv"):
        chapters: list[str] = []
        for part in row["chapters"].split(","):
            first, _, last = part.strip().partition("-")
            chapters.extend(f"{n:02d}" for n in range(int(first), int(last or first) + 1))
        groups[row["group"]] = {"name": row["name"], "chapters": chapters}
    return groups
