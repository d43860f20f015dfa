"""Generate a realistic simple-format trade CSV for benchmarks: ``python trade_data.py OUT.csv [ROWS]``.

The file looks like a national statistics office's monthly foreign-trade table: one reporter
(Kyrgyzstan) trading with ~180 partners, month after month from January 2015, exports and
imports, by HS chapter (01-97), each (partner, month, flow) closed by its TOTAL row (the sum of
its chapters). Large partners trade in most chapters, small ones in a few; values are spread
over several orders of magnitude, in USD with cents; a few rows carry a source and a note
(with commas and quotes, so the CSV needs quoting). Rows come in publication order: period,
partner, flow, chapter. The same seed gives the same file.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
REPORTER = "KGZ"
HEADER = ("reporter", "partner", "period", "flow", "product", "value_usd", "source", "note")


def _codes(name: str, column: str) -> list[str]:
    with (REPO_ROOT / "resources" / "reference" / name).open(encoding="utf-8", newline="") as f:
        return [row[column] for row in csv.DictReader(f)]


def generate_simple_csv(path: str | Path, rows: int, *, seed: int = 2025, partners: int = 180) -> int:
    """Write ``rows`` data rows to ``path``; return the number of bytes written."""
    rng = random.Random(seed)
    countries = [c for c in _codes("countries.csv", "iso3") if c != REPORTER]
    chosen = rng.sample(countries, min(partners, len(countries)))
    # Partner size: how many chapters it trades in and how large its flows are.
    sizes = {p: rng.paretovariate(1.2) for p in chosen}
    chapters = _codes("hs_chapters.csv", "chapter")
    written = 0
    path = Path(path)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        year, month = 2015, 1
        while written < rows:
            period = f"{year:04d}-{month:02d}"
            for partner in chosen:
                size = sizes[partner]
                breadth = max(1, min(len(chapters), int(5 * size)))
                for flow in ("export", "import"):
                    traded = sorted(rng.sample(chapters, rng.randint(max(1, breadth // 2), breadth)))
                    total = 0
                    for chapter in traded:
                        cents = int(rng.lognormvariate(10, 2.5) * size * 100) + 1
                        total += cents
                        source, note = "", ""
                        if rng.random() < 0.01:
                            source, note = "NSC", f'revised, "preliminary" {period}'
                        writer.writerow((REPORTER, partner, period, flow, chapter,
                                         f"{cents // 100}.{cents % 100:02d}", source, note))
                        written += 1
                        if written == rows:
                            return f.tell()
                    writer.writerow((REPORTER, partner, period, flow, "TOTAL",
                                     f"{total // 100}.{total % 100:02d}", "", ""))
                    written += 1
                    if written == rows:
                        return f.tell()
            month += 1
            if month == 13:
                year, month = year + 1, 1
                if year > 2100:
                    raise ValueError("too many rows for distinct monthly periods")
    return path.stat().st_size


if __name__ == "__main__":
    target = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    size = generate_simple_csv(target, count)
    print(f"wrote {count} rows ({size / 1e6:.1f} MB) to {target}")
