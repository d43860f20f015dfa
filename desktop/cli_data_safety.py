"""The data-safety subcommands of ``commitment-tracker``: backup, restore and check.

Registered by :func:`desktop.cli.build_parser` through :func:`add_commands`, run through
:func:`run`. Kept apart from ``cli.py`` so that each group of commands stays small.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

DatabaseOption = Callable[..., None]


def add_commands(commands: argparse._SubParsersAction, database_option: DatabaseOption) -> None:
    """Add the data-safety subcommands to ``commands``."""


def run(args: argparse.Namespace) -> int | None:
    """Run ``args.command`` when it is one of ours; None otherwise."""
    return None
