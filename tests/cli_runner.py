"""Run the ``commitment-tracker`` command in a subprocess, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``python -m desktop ARGS`` with the repository importable and no display needed."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(REPO_ROOT), *filter(None, [environment.get("PYTHONPATH")])])
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=timeout)
