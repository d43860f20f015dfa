"""The services: what each create/update/delete stores, its audit trail, undo and redo, and the
rules that refuse bad input (with the database CHECKs behind them)."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from database import NotFoundError, ValidationError
from database.services.base import apply_inverse as undo
from database.services.commitments import (
    CommitmentInput,
    ProgressNoteInput,
    RevisionInput,
    create_commitment,
    create_progress_note,
    create_revision,
    deadline_after,
    delete_commitments,
    update_commitment,
    update_progress_note,
    update_revision,
)
from database.services.initiatives import (
    InitiativeInput,
    MilestoneInput,
    create_initiative,
    delete_initiatives,
    set_milestone_done,
    update_initiative,
)
from database.services.meetings import (
    MeetingInput,
    ParticipantInput,
    create_meeting,
    delete_meetings,
    update_meeting,
)
from database.services.metrics import (
    MetricDefinitionInput,
    create_metric_definition,
    delete_metric_definitions,
    update_metric_definition,
)
from database.services.people import (
    PositionInput,
    create_organisation,
    create_person,
    delete_organisations,
    delete_people,
    update_organisation,
    update_person,
)
from database.services.settings import get_setting, set_default_currency, set_home_country
from database.services.trade import (
    TradeFigureInput,
    create_trade_figure,
    delete_trade_figures,
    update_trade_figure,
)
from db_fixtures import count, row, table_dump

TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
LATER = "2031-05-06T07:08:09Z"


# --- helpers -----------------------------------------------------------------------------------

def last_audit_id(store) -> int:
    return store.conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


def audit_since(store, audit_id: int) -> list[dict[str, Any]]:
    cursor = store.conn.execute(
        "SELECT action, table_name, record_id, record_uuid, field, old_value, new_value, at, who"
        " FROM audit_log WHERE id > ? ORDER BY id", (audit_id,))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def assert_new_record(store, table: str, record_id: int) -> dict[str, Any]:
    record = row(store, table, record_id)
    assert len(record["uuid"]) == 36
    assert TIMESTAMP.match(record["created_at"]), record["created_at"]
    assert record["updated_at"] == record["created_at"]
    return record


def assert_undo_and_redo(store, result, before, after) -> None:
    """Undo brings back exactly ``before``, redoing that brings back exactly ``after``."""
    assert table_dump(store) == after
    redo = undo(store, result.undo)
    assert table_dump(store) == before, "undo must restore the state before the action"
    undo(store, redo.undo)
    assert table_dump(store) == after, "redo must restore the state after the action"


def later_clock(monkeypatch) -> None:
    """Make every write from now on happen at LATER (timestamps are whole seconds)."""
    monkeypatch.setattr("database.operations.utc_now_text", lambda: LATER)


def first_position(store, person_id: int) -> int:
    return store.conn.execute("SELECT id FROM positions WHERE person_id = ? ORDER BY id",
                              (person_id,)).fetchone()[0]


def commitment_input(**changes: Any) -> CommitmentInput:
    values: dict[str, Any] = dict(
        title="Raise mutual trade turnover to USD 500 million within five years",
        partner_iso3="BLR", baseline_value="133000000", baseline_period="2024",
        target_value="500000000", deadline=date(2030, 1, 30))
    values.update(changes)
    return CommitmentInput(**values)


@pytest.fixture
def world(store):
    """A small but realistic database built through the services (two of most kinds of record)."""
    w = SimpleNamespace(store=store)
    w.cabinet = create_organisation(store, name="Cabinet of Ministers of the Kyrgyz Republic",
                                    kind="government", country_iso3="KGZ").record_id
    w.council = create_organisation(store, name="Council of Ministers of the Republic of Belarus",
                                    kind="government", country_iso3="BLR").record_id
    w.kasymaliev = create_person(
        store, name="Adylbek Kasymaliev", native_name="Адылбек Касымалиев", country_iso3="KGZ",
        positions=[PositionInput("Chairman of the Cabinet of Ministers", organisation_id=w.cabinet,
                                 country_iso3="KGZ")]).record_id
    w.golovchenko = create_person(
        store, name="Roman Golovchenko", country_iso3="BLR",
        positions=[PositionInput("Prime Minister of the Republic of Belarus",
                                 organisation_id=w.council, country_iso3="BLR")]).record_id
    w.japarov = create_person(store, name="Sadyr Japarov", country_iso3="KGZ").record_id
    w.bishkek = create_meeting(store, MeetingInput(
        title="12th meeting of the Intergovernmental Commission", meeting_date="2024-11-28",
        place="Bishkek", countries=["KGZ", "BLR"], topics=["Trade"])).record_id
    w.almaty = create_meeting(store, MeetingInput(
        title="Kasymaliev – Golovchenko talks", meeting_date=date(2025, 1, 30), place="Almaty",
        forum="Eurasian Intergovernmental Council", countries=["KGZ", "BLR"],
        participants=[ParticipantInput(w.kasymaliev,
                                       position_id=first_position(store, w.kasymaliev)),
                      ParticipantInput(w.golovchenko, position_title="Prime Minister")],
        topics=["Trade", "Agriculture", "Investment and industry"])).record_id
    w.metric = create_metric_definition(store, MetricDefinitionInput(
        name="Kyrgyzstan–Belarus turnover", flow="turnover", reporter_iso3="KGZ",
        partner_iso3="BLR")).record_id
    w.earlier = create_commitment(store, commitment_input(
        title="USD 500 million within three years", deadline=date(2027, 11, 28),
        source_meeting_id=w.bishkek)).record_id
    w.commitment = create_commitment(store, commitment_input(
        metric_definition_id=w.metric, source_meeting_id=w.almaty)).record_id
    w.revision = create_revision(store, RevisionInput(
        commitment_id=w.commitment, revision_date="2025-09-29", kind="reaffirmed",
        meeting_id=w.almaty)).record_id
    w.note = create_progress_note(store, ProgressNoteInput(
        note_date="2025-09-29", commitment_id=w.commitment,
        text="January–June 2025 turnover USD 68 million.")).record_id
    w.agro = create_initiative(store, InitiativeInput(
        title="Technology exchange in the agro-industrial sector", partner_iso3="BLR",
        status="agreed", start_date="2025-01-30", meeting_ids=[w.almaty],
        commitment_ids=[w.commitment],
        milestones=[MilestoneInput("Working group set up", due_date="2025-06-30")])).record_id
    w.visit = create_initiative(store, InitiativeInput(
        title="Official visit to Belarus", partner_iso3="BLR", status="in_progress",
        meeting_ids=[w.bishkek, w.almaty], commitment_ids=[w.earlier, w.commitment],
        milestones=[MilestoneInput("Invitation extended", done=True, done_date="2025-01-30"),
                    MilestoneInput("Visit to Minsk", due_date="2025-12-31")])).record_id
    w.figure = create_trade_figure(store, TradeFigureInput(
        "KGZ", "BLR", "2024", "turnover", "133000000", source="24.kg")).record_id
    return w


# --- people and organisations ------------------------------------------------------------------

def test_create_person_with_positions(world):
    s = world.store
    before, audit = table_dump(s), last_audit_id(s)
    result = create_person(s, name="  Alexander Turchin ", native_name="Александр Турчин",
                           country_iso3="blr", positions=[
                               PositionInput("First Deputy Prime Minister", start_date="2024-01-01",
                                             end_date=date(2025, 4, 9)),
                               PositionInput("Prime Minister of the Republic of Belarus",
                                             organisation_id=world.council,
                                             start_date="2025-04-10")])
    person = assert_new_record(s, "people", result.record_id)
    assert (person["name"], person["native_name"], person["country_iso3"]) == (
        "Alexander Turchin", "Александр Турчин", "BLR")
    positions = s.conn.execute(
        "SELECT title, organisation_id, start_date, end_date FROM positions WHERE person_id = ?"
        " ORDER BY id", (result.record_id,)).fetchall()
    assert positions == [("First Deputy Prime Minister", None, "2024-01-01", "2025-04-09"),
                         ("Prime Minister of the Republic of Belarus", world.council,
                          "2025-04-10", None)]
    inserted = audit_since(s, audit)
    assert {(a["action"], a["table_name"]) for a in inserted} == {("insert", "people"),
                                                                   ("insert", "positions")}
    assert len({(a["table_name"], a["record_id"]) for a in inserted}) == 3
    # Each inserted field is in the log with its new value.
    assert {(a["field"], a["old_value"], a["new_value"]) for a in inserted
            if a["table_name"] == "people"} >= {("name", None, "Alexander Turchin"),
                                                ("country_iso3", None, "BLR")}
    assert {a["record_uuid"] for a in inserted if a["table_name"] == "people"} == {person["uuid"]}
    assert_undo_and_redo(s, result, before, table_dump(s))


def test_update_person_audits_each_changed_field(world, monkeypatch):
    s = world.store
    old = row(s, "people", world.golovchenko)
    before, audit = table_dump(s), last_audit_id(s)
    later_clock(monkeypatch)
    result = update_person(s, world.golovchenko, name="Roman Golovchenko",
                           native_name="Роман Головченко", country_iso3="BLR",
                           notes="Prime Minister until April 2025",
                           positions=[PositionInput("Prime Minister of the Republic of Belarus",
                                                    organisation_id=world.council,
                                                    end_date="2025-04-09")])
    new = row(s, "people", world.golovchenko)
    assert new["native_name"] == "Роман Головченко"
    assert new["notes"] == "Prime Minister until April 2025"
    assert (new["uuid"], new["created_at"]) == (old["uuid"], old["created_at"])
    assert new["updated_at"] == LATER
    assert s.conn.execute("SELECT end_date FROM positions WHERE person_id = ?",
                          (world.golovchenko,)).fetchall() == [("2025-04-09",)]
    updates = [(a["field"], a["old_value"], a["new_value"]) for a in audit_since(s, audit)
               if a["action"] == "update"]
    assert sorted(updates, key=str) == sorted([("native_name", None, "Роман Головченко"),
                                               ("notes", None, "Prime Minister until April 2025")],
                                              key=str)
    assert all(a["at"] == LATER and a["record_uuid"] == old["uuid"]
               for a in audit_since(s, audit) if a["table_name"] == "people")
    assert_undo_and_redo(s, result, before, table_dump(s))


def test_update_without_changes_writes_no_audit(world):
    s = world.store
    before, audit = table_dump(s), last_audit_id(s)
    update_organisation(s, world.cabinet, name="Cabinet of Ministers of the Kyrgyz Republic",
                        kind="government", country_iso3="KGZ")
    assert table_dump(s) == before
    assert audit_since(s, audit) == []


def test_organisation_create_update_undo_redo(world, monkeypatch):
    s = world.store
    before = table_dump(s)
    created = create_organisation(s, name="Eurasian Intergovernmental Council",
                                  short_name="EIC", kind="international")
    record = assert_new_record(s, "organisations", created.record_id)
    assert (record["name"], record["short_name"], record["kind"], record["country_iso3"]) == (
        "Eurasian Intergovernmental Council", "EIC", "international", None)
    assert_undo_and_redo(s, created, before, table_dump(s))

    before, audit = table_dump(s), last_audit_id(s)
    later_clock(monkeypatch)
    updated = update_organisation(s, created.record_id, name="Eurasian Intergovernmental Council",
                                  short_name="EAEU IGC", kind="international")
    assert row(s, "organisations", created.record_id)["short_name"] == "EAEU IGC"
    assert [(a["field"], a["old_value"], a["new_value"]) for a in audit_since(s, audit)] == [
        ("short_name", "EIC", "EAEU IGC")]
    assert_undo_and_redo(s, updated, before, table_dump(s))


def test_person_who_took_part_in_a_meeting_cannot_be_deleted(world):
    s = world.store
    before, audit = table_dump(s), last_audit_id(s)
    with pytest.raises(ValidationError) as info:
        delete_people(s, [world.japarov, world.golovchenko])
    assert info.value.field == "person"
    assert info.value.code == "in_use"
    assert "Roman Golovchenko" in str(info.value)
    assert table_dump(s) == before, "not even the other person is deleted"
    assert audit_since(s, audit) == []


def test_delete_person_with_positions_and_undo(world):
    s = world.store
    turchin = create_person(s, name="Alexander Turchin", positions=[
        PositionInput("Prime Minister", organisation_id=world.council)]).record_id
    before = table_dump(s)
    result = delete_people(s, [turchin])
    assert count(s, "people", "id = ?", (turchin,)) == 0
    assert count(s, "positions", "person_id = ?", (turchin,)) == 0
    assert_undo_and_redo(s, result, before, table_dump(s))


def test_delete_organisation_unlinks_positions_and_undo_relinks(world):
    s = world.store
    position = first_position(s, world.golovchenko)
    before = table_dump(s)
    result = delete_organisations(s, [world.council])
    assert row(s, "positions", position)["organisation_id"] is None
    assert row(s, "positions", position)["title"] == "Prime Minister of the Republic of Belarus"
    assert_undo_and_redo(s, result, before, table_dump(s))
    undo(s, result.undo)
    assert row(s, "positions", position)["organisation_id"] == world.council


# --- meetings ----------------------------------------------------------------------------------

def test_meeting_in_fixture_stored_with_countries_participants_topics(world):
    s = world.store
    meeting = assert_new_record(s, "meetings", world.almaty)
    assert (meeting["meeting_date"], meeting["place"], meeting["forum"]) == (
        "2025-01-30", "Almaty", "Eurasian Intergovernmental Council")
    assert [r[0] for r in s.conn.execute(
        "SELECT country_iso3 FROM meeting_countries WHERE meeting_id = ? ORDER BY id",
        (world.almaty,))] == ["KGZ", "BLR"]
    participants = s.conn.execute(
        "SELECT person_id, position_id, position_title FROM meeting_participants"
        " WHERE meeting_id = ? ORDER BY id", (world.almaty,)).fetchall()
    assert participants == [
        (world.kasymaliev, first_position(s, world.kasymaliev),
         "Chairman of the Cabinet of Ministers"),  # title taken from the position
        (world.golovchenko, None, "Prime Minister")]
    topics = s.conn.execute(
        "SELECT t.name FROM meeting_topics mt JOIN topics t ON t.id = mt.topic_id"
        " WHERE mt.meeting_id = ? ORDER BY mt.id", (world.almaty,)).fetchall()
    assert topics == [("Trade",), ("Agriculture",), ("Investment and industry",)]
    assert count(s, "topics") == 3, "'Trade' from the Bishkek meeting is reused, not duplicated"


def test_create_meeting_undo_removes_new_topics_and_redo_restores(world):
    s = world.store
    before, audit = table_dump(s), last_audit_id(s)
    result = create_meeting(s, MeetingInput(
        title="Official visit to Minsk", meeting_date="2025-09-29", place="Minsk",
        countries=["kgz", "BLR", "KGZ"],
        participants=[ParticipantInput(world.kasymaliev, position_title="Chairman")],
        topics=["trade", "Roadmap 2030", "roadmap 2030"],
        source_url="https://24.kg/english/"))
    meeting = assert_new_record(s, "meetings", result.record_id)
    assert meeting["source_url"] == "https://24.kg/english/"
    assert count(s, "meeting_countries", "meeting_id = ?", (result.record_id,)) == 2
    assert count(s, "meeting_topics", "meeting_id = ?", (result.record_id,)) == 2
    assert [r[0] for r in s.conn.execute("SELECT name FROM topics ORDER BY id")] == [
        "Trade", "Agriculture", "Investment and industry", "Roadmap 2030"]
    assert {a["table_name"] for a in audit_since(s, audit)} == {
        "topics", "meetings", "meeting_countries", "meeting_participants", "meeting_topics"}
    assert result.change.touches("meetings", "topics")
    assert_undo_and_redo(s, result, before, table_dump(s))


def test_update_meeting_replaces_children_and_undo_redo(world, monkeypatch):
    s = world.store
    before, audit = table_dump(s), last_audit_id(s)
    later_clock(monkeypatch)
    result = update_meeting(s, world.almaty, MeetingInput(
        title="Kasymaliev – Golovchenko talks", meeting_date="2025-01-30",
        place="Almaty, Kazakhstan", forum="Eurasian Intergovernmental Council",
        countries=["KGZ", "BLR"],
        participants=[ParticipantInput(world.kasymaliev, position_title="Chairman")],
        topics=["Trade", "Energy"]))
    meeting = row(s, "meetings", world.almaty)
    assert (meeting["place"], meeting["updated_at"]) == ("Almaty, Kazakhstan", LATER)
    assert s.conn.execute("SELECT person_id, position_title FROM meeting_participants"
                          " WHERE meeting_id = ?", (world.almaty,)).fetchall() == [
        (world.kasymaliev, "Chairman")]
    assert [r[0] for r in s.conn.execute(
        "SELECT t.name FROM meeting_topics mt JOIN topics t ON t.id = mt.topic_id"
        " WHERE mt.meeting_id = ? ORDER BY mt.id", (world.almaty,))] == ["Trade", "Energy"]
    assert ("place", "Almaty", "Almaty, Kazakhstan") in [
        (a["field"], a["old_value"], a["new_value"]) for a in audit_since(s, audit)
        if a["action"] == "update"]
    assert_undo_and_redo(s, result, before, table_dump(s))


def test_delete_meeting_and_undo_brings_back_participants_and_links(world):
    s = world.store
    participants_before = s.conn.execute(
        "SELECT id, uuid, person_id, position_id, position_title FROM meeting_participants"
        " WHERE meeting_id = ? ORDER BY id", (world.almaty,)).fetchall()
    meeting_before = row(s, "meetings", world.almaty)
    assert len(participants_before) == 2
    before = table_dump(s)

    result = delete_meetings(s, [world.almaty])
    assert count(s, "meetings", "id = ?", (world.almaty,)) == 0
    assert count(s, "meeting_participants", "meeting_id = ?", (world.almaty,)) == 0
    assert count(s, "meeting_topics", "meeting_id = ?", (world.almaty,)) == 0
    assert row(s, "commitments", world.commitment)["source_meeting_id"] is None
    assert row(s, "commitment_revisions", world.revision)["meeting_id"] is None
    assert count(s, "commitments") == 2, "commitments citing the meeting are kept"
    # Other meetings' rows are untouched.
    assert table_dump(s)["meeting_countries"] == [
        r for r in before["meeting_countries"] if r[2] != world.almaty]
    after = table_dump(s)

    redo = undo(s, result.undo)
    assert row(s, "meetings", world.almaty) == meeting_before
    assert s.conn.execute(
        "SELECT id, uuid, person_id, position_id, position_title FROM meeting_participants"
        " WHERE meeting_id = ? ORDER BY id", (world.almaty,)).fetchall() == participants_before
    assert count(s, "meeting_topics", "meeting_id = ?", (world.almaty,)) == 3
    assert row(s, "commitments", world.commitment)["source_meeting_id"] == world.almaty
    assert row(s, "commitment_revisions", world.revision)["meeting_id"] == world.almaty
    assert table_dump(s) == before
    undo(s, redo.undo)
    assert table_dump(s) == after


def test_delete_meeting_change_names_only_what_was_deleted(world):
    s = world.store
    minsk = create_meeting(s, MeetingInput(
        title="Official visit", meeting_date="2025-09-29", countries=["KGZ", "BLR"],
        participants=[ParticipantInput(world.kasymaliev)])).record_id
    minsk_participants = s.conn.execute(
        "SELECT * FROM meeting_participants WHERE meeting_id = ?", (minsk,)).fetchall()
    result = delete_meetings(s, [world.almaty])
    assert s.conn.execute("SELECT * FROM meeting_participants WHERE meeting_id = ?",
                          (minsk,)).fetchall() == minsk_participants
    deleted_participants = set(result.change.ids.get("meeting_participants", ()))
    assert deleted_participants.isdisjoint({r[0] for r in minsk_participants})
    deleted_audit = {r[0] for r in s.conn.execute(
        "SELECT record_id FROM audit_log WHERE action = 'delete'"
        " AND table_name = 'meeting_participants'")}
    assert deleted_audit.isdisjoint({r[0] for r in minsk_participants}), \
        "the audit log must not record deletions that did not happen"


# --- commitments, revisions, progress notes ----------------------------------------------------

def test_create_commitment_stores_exact_values(world):
    s = world.store
    before = table_dump(s)
    result = create_commitment(s, commitment_input(
        title="Raise agro-food exports", baseline_value=12345678.9, baseline_period="2024-Q4",
        target_value="25000000.50", deadline="2027-12-31", unit="USD", direction=1,
        metric_definition_id=world.metric, source_meeting_id=world.almaty,
        quote="  Die Parteien waren sich einig ...  "))
    record = assert_new_record(s, "commitments", result.record_id)
    assert record["baseline_value"] == "12345678.9"
    assert record["target_value"] == "25000000.5"
    assert record["baseline_period"] == "2024-Q4"
    assert record["baseline_date"] == "2024-12-31"
    assert record["deadline"] == "2027-12-31"
    assert record["quote"] == "Die Parteien waren sich einig ..."
    assert record["source_meeting_id"] == world.almaty
    assert_undo_and_redo(s, result, before, table_dump(s))


def test_update_commitment_audits_target_and_undo_redo(world, monkeypatch):
    s = world.store
    uuid = row(s, "commitments", world.commitment)["uuid"]
    before, audit = table_dump(s), last_audit_id(s)
    later_clock(monkeypatch)
    result = update_commitment(s, world.commitment, commitment_input(
        target_value="600000000", deadline="2030-12-31", metric_definition_id=world.metric,
        source_meeting_id=world.almaty))
    record = row(s, "commitments", world.commitment)
    assert (record["target_value"], record["deadline"], record["updated_at"]) == (
        "600000000", "2030-12-31", LATER)
    changes = sorted((a["field"], a["old_value"], a["new_value"], a["record_uuid"], a["action"])
                     for a in audit_since(s, audit))
    assert changes == [("deadline", "2030-01-30", "2030-12-31", uuid, "update"),
                       ("target_value", "500000000", "600000000", uuid, "update")]
    assert_undo_and_redo(s, result, before, table_dump(s))


def test_undo_and_redo_are_themselves_audited(world):
    s = world.store
    audit = last_audit_id(s)
    result = update_commitment(s, world.commitment, commitment_input(
        target_value="450000000", metric_definition_id=world.metric,
        source_meeting_id=world.almaty))
    undo(s, result.undo)
    trail = [(a["field"], a["old_value"], a["new_value"]) for a in audit_since(s, audit)
             if a["field"] == "target_value"]
    assert trail == [("target_value", "500000000", "450000000"),
                     ("target_value", "450000000", "500000000")]


def test_delete_three_commitments_in_one_call_and_undo(world):
    s = world.store
    third = create_commitment(s, commitment_input(title="Double machinery exports",
                                                  baseline_value="10", target_value="20")).record_id
    create_progress_note(s, ProgressNoteInput(note_date="2025-10-01", commitment_id=world.earlier,
                                              text="Superseded by the Almaty goal."))
    before = table_dump(s)
    ids = [world.earlier, world.commitment, third]
    result = delete_commitments(s, ids)
    assert count(s, "commitments") == 0
    assert count(s, "commitment_revisions") == 0
    assert count(s, "progress_notes") == 0
    assert count(s, "initiative_commitments") == 0
    assert count(s, "initiatives") == 2, "initiatives stay, only their links go"
    after = table_dump(s)
    redo = undo(s, result.undo)
    assert [r[0] for r in s.conn.execute("SELECT id FROM commitments ORDER BY id")] == sorted(ids)
    assert table_dump(s) == before
    undo(s, redo.undo)
    assert table_dump(s) == after


def test_revision_create_update_undo_redo(world, monkeypatch):
    s = world.store
    before = table_dump(s)
    created = create_revision(s, RevisionInput(
        commitment_id=world.commitment, revision_date=date(2026, 2, 1), kind="changed",
        target_value="550000000", note="Target raised"))
    record = assert_new_record(s, "commitment_revisions", created.record_id)
    assert (record["kind"], record["target_value"], record["deadline"], record["revision_date"]) \
        == ("changed", "550000000", None, "2026-02-01")
    assert_undo_and_redo(s, created, before, table_dump(s))

    before, audit = table_dump(s), last_audit_id(s)
    later_clock(monkeypatch)
    updated = update_revision(s, created.record_id, RevisionInput(
        commitment_id=world.commitment, revision_date="2026-02-01", kind="changed",
        target_value="550000000", deadline="2031-01-30", note="Target raised, deadline moved"))
    assert sorted((a["field"], a["old_value"], a["new_value"]) for a in audit_since(s, audit)) == [
        ("deadline", None, "2031-01-30"), ("note", "Target raised", "Target raised, deadline moved")]
    assert_undo_and_redo(s, updated, before, table_dump(s))


def test_progress_note_create_update_undo_redo(world, monkeypatch):
    s = world.store
    before = table_dump(s)
    created = create_progress_note(s, ProgressNoteInput(
        note_date="2025-11-01", initiative_id=world.agro, text="Working group met in Bishkek.",
        source_url="https://example.org/news"))
    record = assert_new_record(s, "progress_notes", created.record_id)
    assert (record["initiative_id"], record["commitment_id"], record["text"]) == (
        world.agro, None, "Working group met in Bishkek.")
    assert_undo_and_redo(s, created, before, table_dump(s))

    before, audit = table_dump(s), last_audit_id(s)
    later_clock(monkeypatch)
    updated = update_progress_note(s, created.record_id, ProgressNoteInput(
        note_date="2025-11-02", initiative_id=world.agro, text="Working group met in Bishkek.",
        source_url="https://example.org/news"))
    assert [(a["field"], a["old_value"], a["new_value"]) for a in audit_since(s, audit)] == [
        ("note_date", "2025-11-01", "2025-11-02")]
    assert_undo_and_redo(s, updated, before, table_dump(s))


# --- initiatives -------------------------------------------------------------------------------

def test_create_initiative_with_milestones_and_links(world):
    s = world.store
    before = table_dump(s)
    result = create_initiative(s, InitiativeInput(
        title="New joint projects in machine building", partner_iso3="BLR",
        sector="Machine building", status="agreed", owner="Ministry of Economy",
        start_date="2025-01-30", due_date="2027-12-31",
        meeting_ids=[world.almaty, world.almaty], commitment_ids=[world.commitment],
        milestones=[MilestoneInput("Feasibility study", due_date="2025-12-31"),
                    MilestoneInput("Assembly plant opened", done=True, done_date="2026-05-01")]))
    record = assert_new_record(s, "initiatives", result.record_id)
    assert (record["status"], record["sector"], record["due_date"]) == (
        "agreed", "Machine building", "2027-12-31")
    assert s.conn.execute("SELECT meeting_id FROM initiative_meetings WHERE initiative_id = ?",
                          (result.record_id,)).fetchall() == [(world.almaty,)]
    assert s.conn.execute("SELECT commitment_id FROM initiative_commitments"
                          " WHERE initiative_id = ?", (result.record_id,)).fetchall() == [
        (world.commitment,)]
    assert s.conn.execute(
        "SELECT title, due_date, done, done_date, sort_order FROM milestones"
        " WHERE initiative_id = ? ORDER BY sort_order", (result.record_id,)).fetchall() == [
        ("Feasibility study", "2025-12-31", 0, None, 1),
        ("Assembly plant opened", None, 1, "2026-05-01", 2)]
    assert_undo_and_redo(s, result, before, table_dump(s))


def test_update_initiative_and_tick_milestone(world, monkeypatch):
    s = world.store
    before, audit = table_dump(s), last_audit_id(s)
    later_clock(monkeypatch)
    updated = update_initiative(s, world.agro, InitiativeInput(
        title="Technology exchange in the agro-industrial sector", partner_iso3="BLR",
        status="in_progress", start_date="2025-01-30", meeting_ids=[world.almaty, world.bishkek],
        commitment_ids=[],
        milestones=[MilestoneInput("Working group set up", due_date="2025-06-30"),
                    MilestoneInput("First seed trial", due_date="2026-04-30")]))
    assert row(s, "initiatives", world.agro)["status"] == "in_progress"
    assert ("status", "agreed", "in_progress") in [
        (a["field"], a["old_value"], a["new_value"]) for a in audit_since(s, audit)]
    assert count(s, "initiative_commitments", "initiative_id = ?", (world.agro,)) == 0
    assert count(s, "initiative_meetings", "initiative_id = ?", (world.agro,)) == 2
    assert count(s, "milestones", "initiative_id = ?", (world.agro,)) == 2
    assert_undo_and_redo(s, updated, before, table_dump(s))

    milestone = s.conn.execute("SELECT id FROM milestones WHERE initiative_id = ? ORDER BY id",
                               (world.agro,)).fetchone()[0]
    before, audit = table_dump(s), last_audit_id(s)
    ticked = set_milestone_done(s, milestone, done=True, done_date="2025-07-01")
    assert (row(s, "milestones", milestone)["done"], row(s, "milestones", milestone)["done_date"]) \
        == (1, "2025-07-01")
    assert sorted((a["field"], a["old_value"], a["new_value"]) for a in audit_since(s, audit)) == [
        ("done", "0", "1"), ("done_date", None, "2025-07-01")]
    assert_undo_and_redo(s, ticked, before, table_dump(s))


# --- metric definitions, trade figures, settings -----------------------------------------------

def test_metric_definition_create_update_undo_redo(world, monkeypatch):
    s = world.store
    before = table_dump(s)
    created = create_metric_definition(s, MetricDefinitionInput(
        name="Agro-food exports to Belarus", flow="export", reporter_iso3="KGZ",
        partner_iso3="BLR", product_scope="hs_chapters", product_codes=" 01-24, 30 "))
    record = assert_new_record(s, "metric_definitions", created.record_id)
    assert (record["flow"], record["product_scope"], record["product_codes"], record["currency"]) \
        == ("export", "hs_chapters", "01-24,30", "USD")
    assert_undo_and_redo(s, created, before, table_dump(s))

    before, audit = table_dump(s), last_audit_id(s)
    later_clock(monkeypatch)
    updated = update_metric_definition(s, created.record_id, MetricDefinitionInput(
        name="Agro-food exports to Belarus", flow="export", reporter_iso3="KGZ",
        partner_iso3="BLR", product_scope="product_group", product_codes="agri_food",
        period_basis="rolling12"))
    assert sorted((a["field"], a["old_value"], a["new_value"]) for a in audit_since(s, audit)) == [
        ("period_basis", "annual", "rolling12"), ("product_codes", "01-24,30", "agri_food"),
        ("product_scope", "hs_chapters", "product_group")]
    assert_undo_and_redo(s, updated, before, table_dump(s))


def test_trade_figure_create_update_undo_redo(world, monkeypatch):
    s = world.store
    before = table_dump(s)
    created = create_trade_figure(s, TradeFigureInput(
        "KGZ", "BLR", "2025-06", "Export", "22000000.05", source="24.kg"))
    record = assert_new_record(s, "trade_figures", created.record_id)
    assert (record["flow"], record["period"], record["product_code"], record["value_usd_cents"]) \
        == ("export", "2025-06", "TOTAL", 2_200_000_005)
    assert_undo_and_redo(s, created, before, table_dump(s))

    before, audit = table_dump(s), last_audit_id(s)
    later_clock(monkeypatch)
    updated = update_trade_figure(s, created.record_id, TradeFigureInput(
        "KGZ", "BLR", "2025-06", "export", "22500000", source="24.kg"))
    assert row(s, "trade_figures", created.record_id)["value_usd_cents"] == 2_250_000_000
    assert [(a["field"], a["old_value"], a["new_value"]) for a in audit_since(s, audit)] == [
        ("value_usd_cents", "2200000005", "2250000000")]
    assert_undo_and_redo(s, updated, before, table_dump(s))


def test_same_trade_figure_twice_is_refused(world):
    s = world.store
    before = table_dump(s)
    with pytest.raises(ValidationError) as info:
        create_trade_figure(s, TradeFigureInput("KGZ", "BLR", "2024", "turnover", "1",
                                                source="24.kg"))
    assert (info.value.field, info.value.code) == ("period", "duplicate")
    assert table_dump(s) == before


def test_settings_create_update_undo_redo(store, monkeypatch):
    before = table_dump(store)
    created = set_home_country(store, "kgz")
    assert get_setting(store, "home_country") == "KGZ"
    assert_undo_and_redo(store, created, before, table_dump(store))

    before, audit = table_dump(store), last_audit_id(store)
    later_clock(monkeypatch)
    changed = set_home_country(store, "BLR")
    assert get_setting(store, "home_country") == "BLR"
    assert [(a["field"], a["old_value"], a["new_value"]) for a in audit_since(store, audit)] == [
        ("value", "KGZ", "BLR")]
    assert count(store, "settings", "key = 'home_country'") == 1
    assert_undo_and_redo(store, changed, before, table_dump(store))

    same = set_default_currency(store, " usd ")
    assert get_setting(store, "default_currency") == "USD"
    assert same.change.tables == frozenset({"settings"})


# --- deletes of every kind restore exactly -----------------------------------------------------

DELETES = {
    "trade_figures": lambda w: delete_trade_figures(w.store, [w.figure]),
    "metric_definitions": lambda w: delete_metric_definitions(w.store, [w.metric]),
    "initiatives": lambda w: delete_initiatives(w.store, [w.visit]),
    "commitments": lambda w: delete_commitments(w.store, [w.commitment]),
    "meetings": lambda w: delete_meetings(w.store, [w.bishkek]),
}


@pytest.mark.parametrize("kind", sorted(DELETES))
def test_delete_then_undo_restores_exactly(world, kind):
    s = world.store
    before = table_dump(s)
    result = DELETES[kind](world)
    after = table_dump(s)
    assert len(after[kind]) == len(before[kind]) - 1
    integrity = s.conn.execute("PRAGMA foreign_key_check").fetchall()
    assert integrity == []
    assert_undo_and_redo(s, result, before, after)


def test_delete_of_a_missing_record_names_it(world):
    with pytest.raises(NotFoundError) as info:
        delete_trade_figures(world.store, [world.figure + 100])
    assert info.value.table == "trade_figures"


# --- bad input is refused, naming the field, and nothing is stored -----------------------------

BAD_INPUT = [
    ("negative target", "target_value", "negative",
     lambda w: create_commitment(w.store, commitment_input(target_value="-5"))),
    ("deadline before baseline", "deadline", "deadline_before_baseline",
     lambda w: create_commitment(w.store, commitment_input(deadline="2024-06-30"))),
    ("deadline on the baseline's last day", "deadline", "deadline_before_baseline",
     lambda w: create_commitment(w.store, commitment_input(deadline="2024-12-31"))),
    ("unknown partner", "partner_iso3", "unknown_country",
     lambda w: create_commitment(w.store, commitment_input(partner_iso3="XYZ"))),
    ("aggregate as partner", "partner_iso3", "unknown_country",
     lambda w: create_commitment(w.store, commitment_input(partner_iso3="W00"))),
    ("impossible deadline", "deadline", "invalid_date",
     lambda w: create_commitment(w.store, commitment_input(deadline="2025-02-30"))),
    ("month 13 as baseline period", "baseline_period", "invalid_period",
     lambda w: create_commitment(w.store, commitment_input(baseline_period="2024-13"))),
    ("target is not a number", "target_value", "not_number",
     lambda w: create_commitment(w.store, commitment_input(target_value="500 Mio"))),
    ("empty title", "title", "required",
     lambda w: create_commitment(w.store, commitment_input(title="   "))),
    ("update with negative baseline", "baseline_value", "negative",
     lambda w: update_commitment(w.store, w.commitment, commitment_input(baseline_value="-1"))),
    ("impossible meeting date", "meeting_date", "invalid_date",
     lambda w: create_meeting(w.store, MeetingInput(title="Talks", meeting_date="2025-02-30"))),
    ("unknown country in a meeting", "countries", "unknown_country",
     lambda w: create_meeting(w.store, MeetingInput(title="Talks", meeting_date="2025-02-01",
                                                    countries=["KGZ", "XYZ"]))),
    ("same participant twice", "participants", "duplicate",
     lambda w: create_meeting(w.store, MeetingInput(
         title="Talks", meeting_date="2025-02-01",
         participants=[ParticipantInput(w.japarov), ParticipantInput(w.japarov)]))),
    ("position of another person", "participants.position_id", "wrong_person",
     lambda w: create_meeting(w.store, MeetingInput(
         title="Talks", meeting_date="2025-02-01",
         participants=[ParticipantInput(w.japarov,
                                        position_id=first_position(w.store, w.golovchenko))]))),
    ("not a web address", "source_url", "invalid_url",
     lambda w: create_meeting(w.store, MeetingInput(title="Talks", meeting_date="2025-02-01",
                                                    source_url="file:///etc/passwd"))),
    ("update meeting with a bad country", "countries", "unknown_country",
     lambda w: update_meeting(w.store, w.almaty, MeetingInput(
         title="Talks", meeting_date="2025-01-30", countries=["KGZ", "XYZ"],
         participants=[ParticipantInput(w.kasymaliev)], topics=["Energy"]))),
    ("month 13 as trade period", "period", "invalid_period",
     lambda w: create_trade_figure(w.store, TradeFigureInput("KGZ", "BLR", "2024-13", "export",
                                                             "1"))),
    ("negative trade value", "value_usd", "negative",
     lambda w: create_trade_figure(w.store, TradeFigureInput("KGZ", "BLR", "2025", "export",
                                                             "-1"))),
    ("fraction of a cent", "value_usd", "too_precise",
     lambda w: create_trade_figure(w.store, TradeFigureInput("KGZ", "BLR", "2025", "export",
                                                             "0.001"))),
    ("trade with oneself", "partner_iso3", "same_as_reporter",
     lambda w: create_trade_figure(w.store, TradeFigureInput("KGZ", "KGZ", "2025", "export",
                                                             "1"))),
    ("unknown reporter", "reporter_iso3", "unknown_country",
     lambda w: create_trade_figure(w.store, TradeFigureInput("XYZ", "BLR", "2025", "export",
                                                             "1"))),
    ("bad HS code", "product_code", "invalid_product",
     lambda w: create_trade_figure(w.store, TradeFigureInput("KGZ", "BLR", "2025", "export",
                                                             "1", product_code="123"))),
    ("position ends before it starts", "positions.end_date", "before_start",
     lambda w: create_person(w.store, name="Someone", positions=[
         PositionInput("Minister", start_date="2025-01-01", end_date="2024-12-31")])),
    ("update person with an impossible date", "positions.start_date", "invalid_date",
     lambda w: update_person(w.store, w.golovchenko, name="Roman Golovchenko",
                             positions=[PositionInput("Prime Minister", start_date="2025-02-30")])),
    ("initiative due before start", "due_date", "before_start",
     lambda w: create_initiative(w.store, InitiativeInput(
         title="Plan", partner_iso3="BLR", start_date="2025-05-01", due_date="2025-04-30"))),
    ("unknown initiative status", "status", "invalid_choice",
     lambda w: create_initiative(w.store, InitiativeInput(title="Plan", partner_iso3="BLR",
                                                          status="done"))),
    ("link to a missing meeting", "meeting_id", "unknown_record",
     lambda w: create_initiative(w.store, InitiativeInput(title="Plan", partner_iso3="BLR",
                                                          meeting_ids=[999]))),
    ("note with two parents", "initiative_id", "one_parent",
     lambda w: create_progress_note(w.store, ProgressNoteInput(
         note_date="2025-01-01", text="x", initiative_id=w.agro, commitment_id=w.commitment))),
    ("changed revision without a change", "target_value", "required",
     lambda w: create_revision(w.store, RevisionInput(commitment_id=w.commitment,
                                                      revision_date="2025-09-29",
                                                      kind="changed"))),
    ("metric between a country and itself", "partner_iso3", "same_as_reporter",
     lambda w: create_metric_definition(w.store, MetricDefinitionInput(
         name="Nonsense", flow="export", reporter_iso3="KGZ", partner_iso3="KGZ"))),
    ("metric with bad chapters", "product_codes", "invalid_chapters",
     lambda w: create_metric_definition(w.store, MetricDefinitionInput(
         name="Bad", flow="export", reporter_iso3="KGZ", partner_iso3="BLR",
         product_scope="hs_chapters", product_codes="01-99"))),
    ("duplicate metric name", "name", "duplicate",
     lambda w: create_metric_definition(w.store, MetricDefinitionInput(
         name="Kyrgyzstan–Belarus turnover", flow="export", reporter_iso3="KGZ",
         partner_iso3="BLR"))),
    ("unknown home country", "home_country", "unknown_country",
     lambda w: set_home_country(w.store, "XYZ")),
    ("unsupported currency", "default_currency", "invalid_choice",
     lambda w: set_default_currency(w.store, "EUR")),
]


@pytest.mark.parametrize("field,code,action", [b[1:] for b in BAD_INPUT],
                         ids=[b[0] for b in BAD_INPUT])
def test_bad_input_is_refused_naming_the_field_and_nothing_is_stored(world, field, code, action):
    s = world.store
    before = table_dump(s, exclude=())
    with pytest.raises(ValidationError) as info:
        action(world)
    assert info.value.field == field
    assert info.value.code == code
    assert field in str(info.value), "the message names the field"
    assert info.value.detail
    assert table_dump(s, exclude=()) == before
    assert not s.conn.in_transaction


@pytest.mark.parametrize("field,action", [
    ("deadline", lambda w: create_commitment(w.store, commitment_input(deadline="3025-01-30"))),
    ("meeting_date", lambda w: create_meeting(w.store, MeetingInput(title="Talks",
                                                                    meeting_date="0999-12-31"))),
    ("revision_date", lambda w: create_revision(w.store, RevisionInput(
        commitment_id=w.commitment, revision_date="3025-09-29"))),
], ids=["deadline typed 3025", "meeting in 999", "revision typed 3025"])
def test_year_out_of_range_is_a_validation_error_not_a_database_error(world, field, action):
    # A typo such as 3025 for 2025 must come back as a message on the field, not as an
    # sqlite3.IntegrityError from the CHECK that only allows the years 1000-2999.
    s = world.store
    before = table_dump(s, exclude=())
    with pytest.raises(ValidationError) as info:
        action(world)
    assert info.value.field == field
    assert table_dump(s, exclude=()) == before


@pytest.mark.parametrize("field", ["target_value", "baseline_value"])
def test_negative_zero_is_not_a_database_error(world, field):
    # "-0" is not negative, so it passes the rule; it must then be stored as plain "0" (or be
    # refused with a message), never reach the CHECK as "-0" and fail there.
    s = world.store
    before = table_dump(s, exclude=())
    # A target of zero lies below the baseline: only a commitment to reduce can have it.
    direction = -1 if field == "target_value" else 1
    try:
        result = create_commitment(s, commitment_input(**{field: "-0.00"}, direction=direction))
    except ValidationError as exc:
        assert exc.field == field
        assert table_dump(s, exclude=()) == before
    else:
        assert row(s, "commitments", result.record_id)[field] == "0"


def test_row_number_is_given_for_a_bad_row_in_a_list(world):
    with pytest.raises(ValidationError) as info:
        create_meeting(world.store, MeetingInput(title="Talks", meeting_date="2025-02-01",
                                                 countries=["KGZ", "BLR", "XYZ"]))
    assert info.value.row == 3
    assert "row 3" in str(info.value)


# --- the database enforces the rules too --------------------------------------------------------

RAW_VIOLATIONS = {
    "negative target": ("INSERT INTO commitments (uuid, title, partner_iso3, baseline_value,"
                        " baseline_period, baseline_date, target_value, deadline, created_at,"
                        " updated_at) VALUES (?, 't', 'BLR', '133000000', '2024', '2024-12-31',"
                        " '-5', '2030-01-30', 'x', 'x')"),
    "target with an exponent": ("INSERT INTO commitments (uuid, title, partner_iso3,"
                                " baseline_value, baseline_period, baseline_date, target_value,"
                                " deadline, created_at, updated_at) VALUES (?, 't', 'BLR',"
                                " '133000000', '2024', '2024-12-31', '5e8', '2030-01-30', 'x',"
                                " 'x')"),
    "deadline before baseline": ("INSERT INTO commitments (uuid, title, partner_iso3,"
                                 " baseline_value, baseline_period, baseline_date, target_value,"
                                 " deadline, created_at, updated_at) VALUES (?, 't', 'BLR', '1',"
                                 " '2024', '2024-12-31', '5', '2024-06-30', 'x', 'x')"),
    "unknown partner": ("INSERT INTO commitments (uuid, title, partner_iso3, baseline_value,"
                        " baseline_period, baseline_date, target_value, deadline, created_at,"
                        " updated_at) VALUES (?, 't', 'XYZ', '1', '2024', '2024-12-31', '5',"
                        " '2030-01-30', 'x', 'x')"),
    "impossible meeting date": ("INSERT INTO meetings (uuid, title, meeting_date, created_at,"
                                " updated_at) VALUES (?, 't', '2025-02-30', 'x', 'x')"),
    "trade value in float dollars": ("INSERT INTO trade_figures (uuid, reporter_iso3,"
                                     " partner_iso3, period, flow, product_code, value_usd_cents,"
                                     " created_at, updated_at) VALUES (?, 'KGZ', 'BLR', '2025',"
                                     " 'export', 'TOTAL', 12.5, 'x', 'x')"),
    "month 13": ("INSERT INTO trade_figures (uuid, reporter_iso3, partner_iso3, period, flow,"
                 " product_code, value_usd_cents, created_at, updated_at) VALUES (?, 'KGZ', 'BLR',"
                 " '2024-13', 'export', 'TOTAL', 1, 'x', 'x')"),
    "short uuid": None,
}


@pytest.mark.parametrize("case", sorted(RAW_VIOLATIONS))
def test_database_checks_back_the_rules(store, case):
    before = table_dump(store, exclude=())
    sql = RAW_VIOLATIONS[case]
    uuid = "0123456789abcdef0123456789abcdef0123"
    if sql is None:  # the uuid rule itself
        sql = ("INSERT INTO topics (uuid, name, created_at, updated_at)"
               " VALUES (?, 'Energy', 'x', 'x')")
        uuid = "too-short"
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(sql, (uuid,))
    assert table_dump(store, exclude=()) == before


# --- dates of "within N years" ------------------------------------------------------------------

def test_deadline_after_clamps_to_the_end_of_the_month():
    assert deadline_after(date(2025, 1, 31), months=1) == date(2025, 2, 28)
    assert deadline_after(date(2024, 1, 31), months=1) == date(2024, 2, 29)
    assert deadline_after(date(2024, 2, 29), years=1) == date(2025, 2, 28)
    assert deadline_after(date(2025, 11, 30), months=3) == date(2026, 2, 28)


def test_within_five_years_of_the_almaty_meeting():
    assert deadline_after(date(2025, 1, 30), years=5) == date(2030, 1, 30)
    assert deadline_after(date(2024, 11, 28), years=3) == date(2027, 11, 28)


def test_deadline_after_refuses_going_back():
    with pytest.raises(ValueError):
        deadline_after(date(2025, 1, 30), years=-1)


def test_editing_a_persons_positions_keeps_the_meetings_link(demo_store) -> None:
    from database.services.people import PositionInput, update_person

    s = demo_store
    person_id, position_id = s.conn.execute(
        "SELECT p.id, ps.id FROM people p JOIN positions ps ON ps.person_id = p.id"
        " WHERE p.name = 'Roman Golovchenko'").fetchone()
    linked = s.conn.execute("SELECT count(*) FROM meeting_participants WHERE position_id = ?",
                            (position_id,)).fetchone()[0]
    assert linked == 1
    result = update_person(s, person_id, name="Roman Golovchenko", country_iso3="BLR",
                           positions=[PositionInput("Prime Minister of the Republic of Belarus",
                                                    country_iso3="BLR", start_date="2020-06-04",
                                                    end_date="2025-03-27", id=position_id),
                                      PositionInput("Ambassador", country_iso3="BLR")])
    assert s.conn.execute("SELECT start_date, end_date FROM positions WHERE id = ?",
                          (position_id,)).fetchone() == ("2020-06-04", "2025-03-27")
    assert s.conn.execute("SELECT count(*) FROM meeting_participants WHERE position_id = ?",
                          (position_id,)).fetchone()[0] == 1
    assert s.conn.execute("SELECT count(*) FROM positions WHERE person_id = ?",
                          (person_id,)).fetchone()[0] == 2
    undo(s, result.undo)
    assert s.conn.execute("SELECT start_date FROM positions WHERE id = ?",
                          (position_id,)).fetchone() == (None,)
    assert s.conn.execute("SELECT count(*) FROM positions WHERE person_id = ?",
                          (person_id,)).fetchone()[0] == 1


def test_services_refuse_control_characters_that_the_forms_refuse(store) -> None:
    """A script or import calling the services cannot store what a form would refuse."""
    from database.errors import ValidationError
    from database.services.meetings import MeetingInput, create_meeting

    with pytest.raises(ValidationError) as refused:
        create_meeting(store, MeetingInput(title="Talks\x00 in Almaty", meeting_date="2025-01-30"))
    assert (refused.value.field, refused.value.code) == ("title", "control_character")
    with pytest.raises(ValidationError) as refused:
        create_meeting(store, MeetingInput(title="Talks", meeting_date="2025-01-30",
                                           summary="First line\nsecond\x1b[31m line"))
    assert refused.value.field == "summary"
    assert store.conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
    # Tab and line breaks stay allowed where a text spans lines.
    create_meeting(store, MeetingInput(title="Talks", meeting_date="2025-01-30",
                                       summary="First line\r\n\tsecond line"))
    assert store.conn.execute("SELECT summary FROM meetings").fetchone()[0] == "First line\r\n\tsecond line"
