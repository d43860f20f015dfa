"""Which source of a trade figure a metric prefers: national statistics first, compilations after.

Two sources reporting the same reporter, partner, period, flow and product are two estimates of
one fact, never parts of a whole. A metric definition therefore orders the sources
(``metric_definitions.source_preference``, a JSON list; NULL for the default order) and each
fact is taken from the first source of that order that reports it.

The default order, used when a metric states none and for the sources a stated order does not
name (so a source imported later is never silently left out):

1. the reporter's own national statistics: every source that is not a known international
   compiler, alphabetically (ignoring letter case);
2. figures without a source (typed in without one);
3. the international compilers (``resources/reference/international_sources.csv``: UN Comtrade,
   ITC Trade Map, WITS, IMF DOTS, CEPII BACI), in the order of that list;
4. figures published for the country pair without a stated reporter, when the metric counts
   them at all (``metric_definitions.use_unstated_reporter``; database.unstated_figures). Each
   source of such figures is a source of its own, named by :func:`unstated_source`, so it is
   never merged with the same source's figures that do name their reporter.

A source is an international compilation when its free text matches one of the list's patterns
(``"UN Comtrade"``, ``"Comtrade bulk"``, ``"IMF Direction of Trade Statistics"``); any other
text (``"NSC"``, ``"National Statistical Committee of the Kyrgyz Republic"``, ``"Belstat"``)
counts as national statistics. Figures are never summed across sources.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Iterable, Sequence
from functools import cache

from resources import resource_path

# How the name of a source of figures without a stated reporter ends (:func:`unstated_source`).
UNSTATED_MARK = "(reporter not stated)"

# Sources of one fact whose values differ by more than this (in % of the smaller value, or of
# the value a metric takes) are reported: by `check`, and on the dashboard.
DIFFERENCE_THRESHOLD_PCT = 1.0


@cache
def _compilers() -> tuple[tuple[str, re.Pattern[str]], ...]:
    with resource_path("reference", "international_sources.csv").open(
            encoding="utf-8", newline="") as f:
        return tuple((row["name"], re.compile(row["pattern"], re.IGNORECASE))
                     for row in csv.DictReader(f))


def international_compilers() -> list[str]:
    """The names of the known international compilers, most preferred first."""
    return [name for name, _pattern in _compilers()]


def _compiler_rank(source: str) -> int | None:
    """The position of the compiler ``source`` names in the reference list, None if none."""
    for rank, (_name, pattern) in enumerate(_compilers()):
        if pattern.search(source):
            return rank
    return None


def is_international_source(source: str) -> bool:
    """Whether ``source`` names a known international compiler (not the reporter's statistics)."""
    return _compiler_rank(source) is not None


def unstated_source(source: str) -> str:
    """The name under which a metric counts ``source``'s figures whose reporter is not stated."""
    return f"{source} {UNSTATED_MARK}" if source.strip() else UNSTATED_MARK


def is_unstated_source(name: str) -> bool:
    """Whether ``name`` (from :func:`unstated_source`) stands for figures of no stated reporter."""
    return name.endswith(UNSTATED_MARK)


def published_source(name: str) -> str:
    """The source text as stored of a name from :func:`unstated_source` (others unchanged)."""
    if not is_unstated_source(name):
        return name
    return name[:-len(UNSTATED_MARK)].rstrip()


@cache
def _default_key(source: str) -> tuple[int, int, str, str]:
    if is_unstated_source(source):
        return (3, 0, source.casefold(), source)
    rank = _compiler_rank(source)
    if rank is not None:
        return (2, rank, source.casefold(), source)
    if not source.strip():
        return (1, 0, "", source)
    return (0, 0, source.casefold(), source)


def default_source_order(sources: Iterable[str]) -> list[str]:
    """``sources`` in the default order: national statistics, unnamed, international compilers."""
    return sorted(set(sources), key=_default_key)


def source_order(preference: Sequence[str] | None, sources: Iterable[str]) -> list[str]:
    """``sources`` ordered by a metric's ``preference`` (those it names, in its order), then the
    rest in the default order. Sources the preference names but ``sources`` lacks are left out."""
    present = set(sources)
    first = [s for s in dict.fromkeys(preference or ()) if s in present]
    return first + default_source_order(present.difference(first))


def parse_preference(text: str | None) -> list[str] | None:
    """The stored preference (JSON list of source names) as a list; None for the default order.

    A value that is not a JSON list of texts (written by another tool) counts as the default,
    so a metric always has an actual rather than an error.
    """
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        return None
    return value or None


def preference_text(preference: Sequence[str] | None) -> str | None:
    """What the database stores for ``preference``: a JSON list, or None for the default."""
    if not preference:
        return None
    return json.dumps(list(dict.fromkeys(preference)), ensure_ascii=False)


def difference_pct(value: float, other: float) -> float:
    """How far ``other`` lies from ``value``, in % of ``value``; infinite when ``value`` is 0 and
    ``other`` is not (no percentage says how far that is), 0 when both are 0."""
    if value == 0:
        return 0.0 if other == 0 else math.inf
    return abs(other - value) / abs(value) * 100
