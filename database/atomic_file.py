"""Writing a file all at once: a hidden temporary file beside the target, renamed when complete.

A failure half way (a full disk, a cancel, a crash) never leaves half a file, and a file that
already had the target's name stays as it was. Used by every export: CSV, XLSX, PDF, plots.
It is also where every output is checked against the databases (:mod:`database.output_paths`):
no export replaces a database, its -wal/-shm/lock file or a backup.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from database.output_paths import check_output_path


def _new_file_mode() -> int:
    # mkstemp creates files readable by the owner only; an export is an ordinary document and
    # gets the permissions any new file of this user gets (0666 less the umask).
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _text_name(name: str) -> str:
    """``name`` when it is text; a stand-in when it holds bytes that are not (POSIX file names
    are bytes: Python keeps an undecodable one as surrogates, which Qt's writers cannot take, so
    they would write elsewhere and leave the temporary file empty). Only the final rename,
    done by Python, uses the name as given."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "export"
    return name


@contextlib.contextmanager
def atomic_output(target: str | Path, *, suffix: str = ".part",
                  database: str | Path | None = None) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``, else it is removed.

    The content is flushed to disk before the rename, so after a power cut the target is either
    the old file or the whole new one. Raises :class:`database.output_paths.OutputPathError`
    before writing anything when ``target`` is ``database``, a database this process has
    opened, one of their -wal/-shm/lock files, or a backup.
    """
    target = check_output_path(target, database)
    handle, name = tempfile.mkstemp(prefix=f".{_text_name(target.name)}.", suffix=suffix,
                                    dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        with contextlib.suppress(OSError):  # a file system without modes (FAT) still gets the file
            os.chmod(temporary, _new_file_mode())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
