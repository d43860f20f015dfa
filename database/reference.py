"""Reference tables shipped in ``resources/reference``: HS chapters and product groups."""

from __future__ import annotations

import csv
import re
from functools import cache
from typing import Any

from resources import resource_path


_CHAPTER_LIST = re.compile(r"^\d{2}(-\d{2})?(,\d{2}(-\d{2})?)*$")


def parse_chapter_ranges(text: str) -> list[str]:
    """Expand ``"01-24,30"`` into the two-digit chapter codes it names; ValueError if malformed."""
    compact = text.replace(" ", "")
    if not _CHAPTER_LIST.match(compact):
        raise ValueError(f"'{text}' is not a list of HS chapters such as 01-24,30")
    chapters: list[str] = []
    for part in compact.split(","):
        first, _, last = part.partition("-")
        low, high = int(first), int(last or first)
        if not (1 <= low <= high <= 97):
            raise ValueError(f"'{part}' is not a range of HS chapters between 01 and 97")
        chapters.extend(f"{n:02d}" for n in range(low, high + 1))
    return sorted(set(chapters))


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
        groups[row["group"]] = {"name": row["name"], "chapters": parse_chapter_ranges(row["chapters"])}
    return groups
