"""Where an output file may go: never over a database, its own files, or a backup.

Every file the application writes for the user (a PDF report, a CSV or XLSX export, a backup
to a chosen file, a saved plot) passes :func:`check_output_path` before anything is written.
It refuses the database itself (also through a hard or symbolic link), the files SQLite and
the writer lock keep beside it (``-wal``, ``-shm``, ``-journal``, ``.lock``) and anything named
like a backup. A PDF written over a database destroys it, and a stray ``-wal`` or lock file
beside a closed database is read by the next program that opens it.

The database is either named by the caller or known because this process has opened it:
:func:`database.store.open_database` calls :func:`remember_database`, so a writer that knows no
database (the plot widget's Save as) is still checked against every database the process has
worked with. :func:`database.atomic_file.atomic_output`, which every export goes through, calls
the check, so a writer cannot forget it.

Only ``os.stat`` is used on the database (never ``open``): closing a descriptor of a file this
process has an SQLite connection to would drop the process's locks on it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path

from database.errors import ValidationError

# Files SQLite and the writer lock keep beside a database, by the suffix added to its name.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
PDF_SUFFIX = ".pdf"

_remembered: set[Path] = set()
_remembered_lock = threading.Lock()  # workers open databases from their own threads


class OutputPathError(ValidationError):
    """An output file would replace a database, one of its own files or a backup.

    ``path`` is the refused file; ``field`` is ``out_path`` and ``code`` one of
    ``database_file``, ``backup_file`` or ``not_pdf`` (for translated messages), ``detail``
    an English sentence.
    """

    def __init__(self, path: str | Path, code: str, detail: str) -> None:
        self.path = Path(path)
        super().__init__("out_path", code, detail)

    def __str__(self) -> str:
        return f"{self.path}: {self.detail}"


def remember_database(path: str | Path) -> None:
    """Protect ``path`` (a database this process opens) from every later output of the process.

    Never forgotten: a file the process has closed, e.g. after switching databases, is still a
    database that an export must not replace.
    """
    with _remembered_lock:
        _remembered.add(_absolute(path))


def database_files(database: str | Path) -> list[Path]:
    """The database and the files kept beside it (-wal, -shm, -journal, the writer lock).

    Both the name as given and the one with symbolic links resolved: SQLite and the writer lock
    put their files beside the resolved file.
    """
    from database.lock import LOCK_SUFFIX

    given = _absolute(database)
    files: list[Path] = []
    for base in dict.fromkeys((given, given.resolve())):
        files.append(base)
        files.extend(base.with_name(base.name + suffix)
                     for suffix in (*COMPANION_SUFFIXES, LOCK_SUFFIX))
    return files


def is_database_file(path: str | Path, database: str | Path) -> bool:
    """True if ``path`` is ``database`` or one of the files kept beside it (see above)."""
    return _is_file_of(path, [database])


def is_backup_name(path: str | Path) -> bool:
    """True if the file's name is that of a backup (or of its -wal/-shm/-journal)."""
    from database.backups import _MIGRATION_NAME, _NAME

    name = Path(path).name
    for suffix in COMPANION_SUFFIXES:
        name = name.removesuffix(suffix)
    return bool(_NAME.match(name) or _MIGRATION_NAME.match(name))


def check_output_path(target: str | Path, database: str | Path | None = None, *,
                      pdf: bool = False) -> Path:
    """Return ``target`` if an output file may be written there; raise :class:`OutputPathError`.

    Refused: ``database`` (if given) and every database this process has opened, each with the
    files beside it; anything named like a backup; with ``pdf``, a name not ending in ``.pdf``
    (a report is a PDF, and the suffix keeps a report off a database file of another name).
    The database and backup rules are checked first: the database chosen as a report's file is
    refused as the database, the more important reason, not as a name without ``.pdf``.
    """
    target = Path(target)
    if _is_file_of(target, _databases(database)):
        raise OutputPathError(target, "database_file",
                                  "this is the database (or a file SQLite keeps beside it); "
                                  "choose another file")
    if is_backup_name(target) or is_backup_name(_resolved(target)):
        raise OutputPathError(target, "backup_file", "this is a backup of a database; choose "
                                                     "another file")
    if pdf and target.suffix.lower() != PDF_SUFFIX:
        raise OutputPathError(target, "not_pdf",
                              "a report is a PDF file: the file name must end in .pdf")
    return target


def _databases(database: str | Path | None) -> Iterable[Path]:
    with _remembered_lock:
        known = set(_remembered)
    if database is not None:
        known.add(_absolute(database))
    return sorted(known)


def _absolute(path: str | Path) -> Path:
    # abspath, not Path.absolute(): "folder/../db.sqlite" must compare equal to "db.sqlite".
    return Path(os.path.abspath(Path(path).expanduser()))


def _resolved(path: str | Path) -> Path:
    return _absolute(path).resolve()


def _key(path: Path) -> str:
    return os.path.normcase(str(path))


def _is_file_of(path: str | Path, databases: Iterable[str | Path]) -> bool:
    """True if ``path`` names one of the ``databases`` or a file beside one: by name (symbolic
    links resolved, letter case as the system compares it) or, when ``path`` exists, by device
    and inode (hard links, case-insensitive file systems)."""
    given = _absolute(path)
    names = {_key(given), _key(_resolved(given))}
    try:
        existing = os.stat(given)  # os.stat only: never opens the file
    except OSError:
        existing = None  # a new file: its name is all there is to compare
    for database in databases:
        for own in database_files(database):
            if _key(own) in names:
                return True
            if existing is not None:
                try:
                    if os.path.samestat(existing, os.stat(own)):
                        return True
                except OSError:
                    continue
    return False
