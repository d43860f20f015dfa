"""``python -m desktop``: the same entry point as the ``commitment-tracker`` command."""

import sys

from desktop.cli import main

if __name__ == "__main__":  # not when a worker process of the report's plot pool imports it
    sys.exit(main())
