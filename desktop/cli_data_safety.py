"""The data-safety subcommands of ``commitment-tracker``: backup, restore and check.

Registered by :func:`desktop.cli.build_parser` through :func:`add_commands`, run through
:func:`run`. Kept apart from ``cli.py`` so that each group of commands stays small.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

DatabaseOption = Callable[..., None]


def add_commands(commands: argparse._SubParsersAction, database_option: DatabaseOption) -> None:
    """Add the data-safety subcommands to ``commands``."""


def run(args: argparse.Namespace, database_path: Callable[[argparse.Namespace], Path]) -> int | None:
    """Run ``args.command`` when it is one of ours; None otherwise.

    ``database_path(args)`` is the database the command works on (``--db``, the environment or
    the default file).
    """
    return None
