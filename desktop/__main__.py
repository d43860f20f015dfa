"""``python -m desktop``: the same entry point as the ``commitment-tracker`` command."""

import sys

from desktop.cli import main

sys.exit(main())
