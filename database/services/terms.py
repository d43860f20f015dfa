"""The target and deadline of a commitment in force on a given day, after its revisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from database import progress
from database.store import Store


@dataclass(frozen=True)
class CommitmentTerms:
    """What a commitment is judged against on one day, and what it promised first.

    ``target_value`` and ``deadline`` are those in force: the commitment's own, as changed by
    every revision of kind "changed" dated on or before the day (in date order; a revision
    that gives only a new target keeps the deadline in force before it, and the other way
    round). ``revised_at`` is the date of the last such revision, None when none is in force.
    ``stages`` are the same terms for the required path (money as floats).
    """

    target_value: Decimal
    deadline: date
    original_target_value: Decimal
    original_deadline: date
    revised_at: date | None
    stages: tuple[progress.PathStage, ...]

    @property
    def revised(self) -> bool:
        """Whether a revision in force changed the target or the deadline the commitment first
        had (a "changed" revision that restated them changes nothing worth showing)."""
        return (self.target_value, self.deadline) != (self.original_target_value,
                                                      self.original_deadline)


def terms_in_force(store: Store, commitment: dict[str, Any], *, on: date) -> CommitmentTerms:
    """The terms of one commitment row (as read from ``commitments``) in force on ``on``.

    A revision is in force from its own date (``revision_date``, which the form takes from the
    meeting where it was agreed), so a status computed for an earlier day ignores it.
    Reaffirmations never change the terms, even if they repeat figures.
    """
    target = Decimal(commitment["target_value"])
    deadline = date.fromisoformat(commitment["deadline"])
    original_target, original_deadline = target, deadline
    stages = [progress.PathStage(date.fromisoformat(commitment["baseline_date"]), float(target),
                                 deadline)]
    revised_at: date | None = None
    # Text dates in ISO form compare as dates; ties on one day are taken in the order entered.
    rows = store.conn.execute(
        "SELECT revision_date, target_value, deadline FROM commitment_revisions"
        " WHERE commitment_id = ? AND kind = 'changed' AND revision_date <= ?"
        " ORDER BY revision_date, id", (commitment["id"], on.isoformat()))
    for when, new_target, new_deadline in rows:
        if new_target is not None:
            target = Decimal(new_target)
        if new_deadline is not None:
            deadline = date.fromisoformat(new_deadline)
        revised_at = date.fromisoformat(when)
        stages.append(progress.PathStage(revised_at, float(target), deadline))
    return CommitmentTerms(target, deadline, original_target, original_deadline, revised_at,
                           tuple(stages))
