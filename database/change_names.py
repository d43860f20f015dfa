"""The names of changes (what an undo step did), as codes with arguments, never as sentences.

The database layer cannot know the user's language, so a change is named by a
:class:`ChangeName`: a code saying what was done and the arguments a sentence needs (the kind of
record as its table name, the record's title as the user typed it, a count). The desktop words
it in the user's language (``desktop.texts.change_names``), again after a language change.
"""

from __future__ import annotations

from dataclasses import dataclass

# What was done. ``kind`` is the table of the records (e.g. "commitments").
NEW_RECORD = "new_record"            # kind, title (may be ""), count (several added at once)
EDIT_RECORD = "edit_record"          # kind, title (may be "")
DELETE_RECORDS = "delete_records"    # kind, count, title (when one record, else "")
COMPLETE_MILESTONE = "complete_milestone"  # title
REOPEN_MILESTONE = "reopen_milestone"      # title
SET_HOME_COUNTRY = "set_home_country"
SET_DEFAULT_CURRENCY = "set_default_currency"
CHANGE_SETTINGS = "change_settings"  # several settings in one step
IMPORT_FILE = "import_file"          # title: the file's name
UNDO_IMPORT = "undo_import"          # title: the file's name
REDO_IMPORT = "redo_import"          # title: the file's name

CODES = frozenset({NEW_RECORD, EDIT_RECORD, DELETE_RECORDS, COMPLETE_MILESTONE, REOPEN_MILESTONE,
                   SET_HOME_COUNTRY, SET_DEFAULT_CURRENCY, CHANGE_SETTINGS, IMPORT_FILE,
                   UNDO_IMPORT, REDO_IMPORT})


@dataclass(frozen=True)
class ChangeName:
    """What a change did, for the undo/redo menu: a code from :data:`CODES` and its arguments."""

    code: str
    kind: str = ""
    title: str = ""
    count: int = 1

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown change name code {self.code!r}")


def new_record(kind: str, title: str = "", count: int = 1) -> ChangeName:
    """The name of adding ``count`` records of table ``kind`` (the one's title if one)."""
    return ChangeName(NEW_RECORD, kind, title, count)


def edit_record(kind: str, title: str = "") -> ChangeName:
    """The name of editing one record of table ``kind``."""
    return ChangeName(EDIT_RECORD, kind, title)


def delete_records(kind: str, count: int, title: str = "") -> ChangeName:
    """The name of deleting ``count`` records of table ``kind`` (``title`` names a single one)."""
    return ChangeName(DELETE_RECORDS, kind, title if count == 1 else "", count)
