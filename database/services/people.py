"""People and the positions they hold over time; organisations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from database import change_names
from database import validation as v
from database.errors import ValidationError
from database.operations import InsertRows, new_row
from database.services.base import (
    Result, child_rows, create_record, delete_records, fetch_row, next_id, run, sync_children,
    update_record, update_steps,
)
from database.store import Store

ORGANISATION_KINDS = ("government", "ministry", "agency", "commission", "company",
                      "international", "other")


@dataclass(frozen=True)
class PositionInput:
    """A position a person holds or held (e.g. Prime Minister of Belarus, 2020-06-04 to 2025-03-27)."""

    title: str
    organisation_id: int | None = None
    country_iso3: str | None = None
    start_date: Any = None
    end_date: Any = None
    # The id of a position already stored: it is updated in place, so meetings keep the link.
    id: int | None = None


def _clean_person(store: Store, name: Any, native_name: Any, country_iso3: Any,
                  notes: Any) -> dict[str, Any]:
    return {
        "name": v.required_text("name", name, max_length=300),
        "native_name": v.optional_text("native_name", native_name, max_length=300),
        "country_iso3": v.country_code(store, "country_iso3", country_iso3, required=False),
        "notes": v.optional_text("notes", notes),
    }


def _clean_positions(store: Store, positions: Sequence[PositionInput]) -> list[dict[str, Any]]:
    rows = []
    for index, p in enumerate(positions, start=1):
        try:
            start = v.iso_date("start_date", p.start_date, required=False)
            end = v.iso_date("end_date", p.end_date, required=False)
            v.date_order("start_date", start, "end_date", end)
            rows.append({
                "id": p.id,
                "title": v.required_text("title", p.title, max_length=300),
                "organisation_id": v.record_id(store, "organisation_id", "organisations",
                                               p.organisation_id),
                "country_iso3": v.country_code(store, "country_iso3", p.country_iso3, required=False),
                "start_date": start,
                "end_date": end,
            })
        except ValidationError as exc:
            raise ValidationError(f"positions.{exc.field}", exc.code, exc.detail, row=index) from None
    return rows


def create_person(store: Store, *, name: str, native_name: str | None = None,
                  country_iso3: str | None = None, notes: str | None = None,
                  positions: Sequence[PositionInput] = ()) -> Result:
    """Create a person with the positions they held."""
    def build():
        values = _clean_person(store, name, native_name, country_iso3, notes)
        person_id = next_id(store, "people")
        rows = [("people", new_row("people", values, record_id=person_id))]
        new_positions = [{k: v for k, v in row.items() if k != "id"}
                         for row in _clean_positions(store, positions)]
        rows += child_rows("positions", "person_id", person_id, new_positions,
                           next_id(store, "positions"))
        return InsertRows(tuple(rows), name=change_names.new_record("people", values["name"])), \
            person_id
    return run(store, build)


def update_person(store: Store, person_id: int, *, name: str, native_name: str | None = None,
                  country_iso3: str | None = None, notes: str | None = None,
                  positions: Sequence[PositionInput] | None = None) -> Result:
    """Change a person; ``positions`` (if given) becomes the list of positions held.

    Positions carrying their ``id`` are updated in place; those left out are deleted.
    """
    def build():
        fetch_row(store, "people", person_id)
        values = _clean_person(store, name, native_name, country_iso3, notes)
        children = []
        if positions is not None:
            children = sync_children(store, "positions", "person_id", person_id,
                                     _clean_positions(store, positions))
        return update_steps("people", person_id, values, children,
                            change_names.edit_record("people", values["name"])), person_id
    return run(store, build)


def delete_people(store: Store, person_ids: Sequence[int]) -> Result:
    """Delete people who took part in no meeting (their positions go with them)."""
    with store.write():  # the check and the delete see the same state
        for person_id in person_ids:
            person = fetch_row(store, "people", person_id)
            count = store.conn.execute(
                "SELECT count(*) FROM meeting_participants WHERE person_id = ?", (person_id,)
            ).fetchone()[0]
            if count:
                raise ValidationError("person", "in_use",
                                      f"{person['name']} took part in {count} meeting(s); "
                                      "remove them from those meetings first")
        return delete_records(store, "people", list(person_ids),
                              _delete_name(store, "people", person_ids))


def _delete_name(store: Store, table: str, ids: Sequence[int]) -> change_names.ChangeName:
    """The name of deleting ``ids`` of ``table`` (naming the record when it is one)."""
    name = str(fetch_row(store, table, ids[0])["name"]) if len(ids) == 1 else ""
    return change_names.delete_records(table, len(ids), name)


def _clean_organisation(store: Store, *, name: Any, short_name: Any, kind: Any,
                        country_iso3: Any, notes: Any) -> dict[str, Any]:
    return {
        "name": v.required_text("name", name, max_length=300),
        "short_name": v.optional_text("short_name", short_name, max_length=100),
        "kind": v.choice("kind", kind or "government", ORGANISATION_KINDS),
        "country_iso3": v.country_code(store, "country_iso3", country_iso3, required=False),
        "notes": v.optional_text("notes", notes),
    }


def create_organisation(store: Store, *, name: str, short_name: str | None = None,
                        kind: str = "government", country_iso3: str | None = None,
                        notes: str | None = None) -> Result:
    """Create an organisation (ministry, agency, commission...)."""
    return create_record(
        store, "organisations",
        lambda: _clean_organisation(store, name=name, short_name=short_name, kind=kind,
                                    country_iso3=country_iso3, notes=notes),
        lambda values: change_names.new_record("organisations", values["name"]))


def update_organisation(store: Store, organisation_id: int, *, name: str,
                        short_name: str | None = None, kind: str = "government",
                        country_iso3: str | None = None, notes: str | None = None) -> Result:
    """Change an organisation."""
    return update_record(
        store, "organisations", organisation_id,
        lambda: _clean_organisation(store, name=name, short_name=short_name, kind=kind,
                                    country_iso3=country_iso3, notes=notes),
        lambda values: change_names.edit_record("organisations", values["name"]))


def delete_organisations(store: Store, organisation_ids: Sequence[int]) -> Result:
    """Delete organisations; positions that named them keep their title without the link."""
    return delete_records(store, "organisations", list(organisation_ids),
                          _delete_name(store, "organisations", organisation_ids))

