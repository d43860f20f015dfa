"""The question asked before records are deleted: what goes, what loses its link, what goes too."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from database.dependents import Dependents

MAX_LISTED = 10  # records named one per line; the rest are counted


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("DeleteQuestion", text, None, n)


def delete_question(kind: str, described: Sequence[str], total: int,
                    dependents: Dependents) -> str:
    """The whole question for deleting ``total`` records of table ``kind``.

    ``described`` names (some of) them as the lists show them; ``dependents`` counts the
    records that lose their link to them and those deleted with them.
    """
    one = total == 1 and len(described) == 1
    lines = [_what_text(kind, described[0]) if one else _what_many_text(kind, total, described)]
    if dependents.unlinked:
        lines.append(_unlinked_text(kind, dependents.unlinked, one=one))
    if dependents.deleted:
        deleted = _joined(dependents.deleted)
        lines.append(_tr("Deleted with it: {0}.").format(deleted) if one
                     else _tr("Deleted with them: {0}.").format(deleted))
    lines.append(_tr("You can undo this (Ctrl+Z)."))
    return "\n".join(lines)


def _what_text(kind: str, described: str) -> str:
    texts = {
        "meetings": lambda: _tr("Delete the meeting {0}?"),
        "commitments": lambda: _tr("Delete the commitment {0}?"),
        "initiatives": lambda: _tr("Delete the initiative {0}?"),
        "trade_figures": lambda: _tr("Delete the trade figure {0}?"),
        "people": lambda: _tr("Delete the person {0}?"),
        "organisations": lambda: _tr("Delete the organisation {0}?"),
        "metric_definitions": lambda: _tr("Delete the metric definition {0}?"),
    }
    return texts.get(kind, lambda: _tr("Delete {0}?"))().format(described)


def _what_many_text(kind: str, total: int, described: Sequence[str]) -> str:
    texts = {
        "meetings": lambda: _tr("Delete these %n meetings?", total),
        "commitments": lambda: _tr("Delete these %n commitments?", total),
        "initiatives": lambda: _tr("Delete these %n initiatives?", total),
        "trade_figures": lambda: _tr("Delete these %n trade figures?", total),
        "people": lambda: _tr("Delete these %n people?", total),
        "organisations": lambda: _tr("Delete these %n organisations?", total),
        "metric_definitions": lambda: _tr("Delete these %n metric definitions?", total),
    }
    lines = [texts.get(kind, lambda: _tr("Delete these %n records?", total))()]
    lines += [f"• {text}" for text in described[:MAX_LISTED]]
    if total > MAX_LISTED:
        lines.append(_tr("… and %n more", total - MAX_LISTED))
    return "\n".join(lines)


def _unlinked_text(kind: str, unlinked: Sequence[tuple[str, int]], *, one: bool) -> str:
    """"2 commitments and 1 initiative will no longer name this meeting." The count of the
    records goes along, so that a translation can make the verb agree."""
    listed, n = _joined(unlinked), sum(count for _table, count in unlinked)
    if one:
        texts = {
            "meetings": lambda: _tr("{0} will no longer name this meeting.", n),
            "commitments": lambda: _tr("{0} will no longer name this commitment.", n),
            "initiatives": lambda: _tr("{0} will no longer name this initiative.", n),
            "people": lambda: _tr("{0} will no longer name this person.", n),
            "organisations": lambda: _tr("{0} will no longer name this organisation.", n),
            "metric_definitions": lambda: _tr("{0} will no longer use this metric definition.",
                                              n),
        }
        return texts.get(kind, lambda: _tr("{0} will no longer name this record.", n))() \
            .format(listed)
    texts = {
        "meetings": lambda: _tr("{0} will no longer name these meetings.", n),
        "commitments": lambda: _tr("{0} will no longer name these commitments.", n),
        "initiatives": lambda: _tr("{0} will no longer name these initiatives.", n),
        "people": lambda: _tr("{0} will no longer name these people.", n),
        "organisations": lambda: _tr("{0} will no longer name these organisations.", n),
        "metric_definitions": lambda: _tr("{0} will no longer use these metric definitions.", n),
    }
    return texts.get(kind, lambda: _tr("{0} will no longer name these records.", n))() \
        .format(listed)


def _counted(table: str, count: int) -> str:
    """``count`` records of ``table`` ("2 commitments")."""
    texts = {
        "meetings": lambda: _tr("%n meeting(s)", count),
        "commitments": lambda: _tr("%n commitment(s)", count),
        "initiatives": lambda: _tr("%n initiative(s)", count),
        "commitment_revisions": lambda: _tr("%n revision(s)", count),
        "progress_notes": lambda: _tr("%n progress note(s)", count),
        "milestones": lambda: _tr("%n milestone(s)", count),
        "meeting_participants": lambda: _tr("%n meeting participant(s)", count),
        "meeting_countries": lambda: _tr("%n partner country(s)", count),
        "meeting_topics": lambda: _tr("%n topic(s)", count),
        "positions": lambda: _tr("%n position(s)", count),
        "trade_figures": lambda: _tr("%n trade figure(s)", count),
        "people": lambda: _tr("%n person(s)", count),
    }
    return texts.get(table, lambda: _tr("%n other record(s)", count))()


def _joined(counts: Sequence[tuple[str, int]]) -> str:
    """"2 commitments, 1 revision and 1 initiative"."""
    parts = [_counted(table, count) for table, count in counts]
    if len(parts) == 1:
        return parts[0]
    return _tr("{0} and {1}").format(", ".join(parts[:-1]), parts[-1])
