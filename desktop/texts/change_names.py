"""The undo/redo menu's wording: a :class:`~database.change_names.ChangeName` in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from database import change_names as codes
from database.change_names import ChangeName
from desktop.period_text import period_label


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ChangeNames", text, None, n)


def change_name_text(name: ChangeName | None) -> str:
    """What the change named ``name`` did, as the Undo and Redo actions show it."""
    if name is None:
        return _tr("Change")
    if name.code == codes.NEW_RECORD:
        return _new_text(name)
    if name.code == codes.EDIT_RECORD:
        return _edit_text(name)
    if name.code == codes.DELETE_RECORDS:
        return _delete_text(name)
    return _other_text(name)


def undo_action_text(step_text: str) -> str:
    """The Undo action's text for the next step to undo ('' when there is none)."""
    return _tr("Undo {0}").format(step_text) if step_text else _tr("Undo")


def redo_action_text(step_text: str) -> str:
    """The Redo action's text for the next step to redo ('' when there is none)."""
    return _tr("Redo {0}").format(step_text) if step_text else _tr("Redo")


# One whole sentence per kind of record, so that a translation can decline the noun.
def _new_text(name: ChangeName) -> str:
    kind, title = name.kind, name.title
    if kind == "trade_figures":
        if name.count > 1:
            return _tr("Add %n trade figures", name.count)
        return _tr("New trade figure {0}").format(period_label(title)) if title \
            else _tr("New trade figure")
    texts = {
        "meetings": lambda: _tr("New meeting “{0}”"),
        "commitments": lambda: _tr("New commitment “{0}”"),
        "initiatives": lambda: _tr("New initiative “{0}”"),
        "people": lambda: _tr("New person “{0}”"),
        "organisations": lambda: _tr("New organisation “{0}”"),
        "metric_definitions": lambda: _tr("New metric “{0}”"),
        "commitment_revisions": lambda: _tr("New revision"),
        "progress_notes": lambda: _tr("New progress note"),
    }
    return texts.get(kind, lambda: _tr("New record “{0}”"))().format(title)


def _edit_text(name: ChangeName) -> str:
    kind, title = name.kind, name.title
    if kind == "trade_figures":
        return _tr("Edit trade figure {0}").format(period_label(title)) if title \
            else _tr("Edit trade figure")
    texts = {
        "meetings": lambda: _tr("Edit meeting “{0}”"),
        "commitments": lambda: _tr("Edit commitment “{0}”"),
        "initiatives": lambda: _tr("Edit initiative “{0}”"),
        "people": lambda: _tr("Edit person “{0}”"),
        "organisations": lambda: _tr("Edit organisation “{0}”"),
        "metric_definitions": lambda: _tr("Edit metric “{0}”"),
        "commitment_revisions": lambda: _tr("Edit revision"),
        "progress_notes": lambda: _tr("Edit progress note"),
    }
    return texts.get(kind, lambda: _tr("Edit record “{0}”"))().format(title)


def _delete_text(name: ChangeName) -> str:
    kind, count = name.kind, name.count
    if count == 1:
        return _delete_one_text(kind, name.title)
    texts = {
        "meetings": lambda: _tr("Delete %n meetings", count),
        "commitments": lambda: _tr("Delete %n commitments", count),
        "initiatives": lambda: _tr("Delete %n initiatives", count),
        "people": lambda: _tr("Delete %n people", count),
        "organisations": lambda: _tr("Delete %n organisations", count),
        "metric_definitions": lambda: _tr("Delete %n metric definitions", count),
        "trade_figures": lambda: _tr("Delete %n trade figures", count),
        "commitment_revisions": lambda: _tr("Delete %n revisions", count),
        "progress_notes": lambda: _tr("Delete %n progress notes", count),
    }
    return texts.get(kind, lambda: _tr("Delete %n records", count))()


def _delete_one_text(kind: str, title: str) -> str:
    untitled = {
        "trade_figures": lambda: _tr("Delete trade figure"),
        "commitment_revisions": lambda: _tr("Delete revision"),
        "progress_notes": lambda: _tr("Delete progress note"),
    }
    if kind in untitled:
        return untitled[kind]()
    texts = {
        "meetings": lambda: _tr("Delete meeting “{0}”"),
        "commitments": lambda: _tr("Delete commitment “{0}”"),
        "initiatives": lambda: _tr("Delete initiative “{0}”"),
        "people": lambda: _tr("Delete person “{0}”"),
        "organisations": lambda: _tr("Delete organisation “{0}”"),
        "metric_definitions": lambda: _tr("Delete metric “{0}”"),
    }
    return texts.get(kind, lambda: _tr("Delete record “{0}”"))().format(title)


def _other_text(name: ChangeName) -> str:
    texts = {
        codes.COMPLETE_MILESTONE: lambda: _tr("Complete milestone “{0}”"),
        codes.REOPEN_MILESTONE: lambda: _tr("Reopen milestone “{0}”"),
        codes.SET_HOME_COUNTRY: lambda: _tr("Change home country"),
        codes.SET_DEFAULT_CURRENCY: lambda: _tr("Change default currency"),
        codes.CHANGE_SETTINGS: lambda: _tr("Change settings"),
        codes.IMPORT_FILE: lambda: _tr("Import {0}"),
        codes.UNDO_IMPORT: lambda: _tr("Undo import of {0}"),
        codes.REDO_IMPORT: lambda: _tr("Redo import of {0}"),
    }
    return texts.get(name.code, lambda: _tr("Change"))().format(name.title)
