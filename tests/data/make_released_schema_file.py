"""Write ``tests/data/schema_NNNN.sqlite`` for a schema step when it is first released.

Run once per release, from the repository root: ``python tests/data/make_released_schema_file.py``.
Never run it again for an old step: the file stands for databases users already have.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from database import open_database  # noqa: E402
from database.demo import load_demo  # noqa: E402
from database.migrations import SCHEMA_VERSION  # noqa: E402


def main() -> None:
    """Create the file for the newest schema step with the demo data loaded."""
    step = SCHEMA_VERSION.split("_")[0]
    path = Path(__file__).resolve().parent / f"schema_{step}.sqlite"
    if path.exists():
        raise SystemExit(f"{path} exists: released schema files are never regenerated")
    store = open_database(path)
    load_demo(store)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal/-shm beside it
    conn.execute("VACUUM")
    conn.close()
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
