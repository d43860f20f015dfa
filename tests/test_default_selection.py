"""The README's test command collects behaviour tests only: benchmarks run by their own command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def _collected(*args: str) -> list[str]:
    done = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q",
                           "-p", "no:cacheprovider", *args],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return [line for line in done.stdout.splitlines() if "::" in line]


def test_the_default_run_collects_no_benchmark() -> None:
    collected = _collected()
    assert len(collected) > 500  # the whole suite, not an empty selection
    assert not [test for test in collected if "benchmarks/" in test]


def test_the_benchmark_command_collects_the_benchmarks() -> None:
    collected = _collected("tests/benchmarks", "--benchmarks")
    assert collected and all(test.startswith("tests/benchmarks/") for test in collected)
    assert any("report" in test for test in collected)
