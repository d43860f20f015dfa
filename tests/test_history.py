"""The audit log read back: a record's history (with its parts) and the filtered change log."""

from __future__ import annotations

from datetime import date, timedelta

from database.services.base import apply_inverse as undo
from database.services.history import (
    ChangeLogFilter,
    audit_users,
    change_count,
    change_log,
    record_history,
    record_label,
)
from database.services.meetings import (
    MeetingInput,
    create_meeting,
    delete_meetings,
    update_meeting,
)


def _meeting(store, title: str = "Council in Almaty", **changes) -> MeetingInput:
    values = dict(title=title, meeting_date=date(2025, 1, 30), place="Almaty",
                  forum="Eurasian Intergovernmental Council", countries=("BLR",),
                  topics=("trade turnover",))
    values.update(changes)
    return MeetingInput(**values)


def test_record_history_lists_fields_old_and_new_values_with_user(store):
    created = create_meeting(store, _meeting(store))
    update_meeting(store, created.record_id, _meeting(store, place="Astana"))

    history = record_history(store, "meetings", created.record_id, include_children=False)
    place = [(e.action, e.old_value, e.new_value) for e in history if e.field == "place"]
    assert place == [("update", "Almaty", "Astana"), ("insert", None, "Almaty")]  # newest first
    assert all(e.who and e.at for e in history)
    assert {e.record_id for e in history} == {created.record_id}


def test_record_history_includes_parts_of_the_record_even_when_deleted(store):
    created = create_meeting(store, _meeting(store))
    update_meeting(store, created.record_id, _meeting(store, countries=("KAZ",)))

    history = record_history(store, "meetings", created.record_id)
    countries = [(e.action, e.old_value, e.new_value) for e in history
                 if e.table_name == "meeting_countries" and e.field == "country_iso3"]
    # The link to Belarus was replaced by one to Kazakhstan: both show, the removed one as a delete.
    assert ("delete", "BLR", None) in countries
    assert ("insert", None, "KAZ") in countries


def test_deleted_record_keeps_its_history_and_label(store):
    created = create_meeting(store, _meeting(store, title="Minsk visit"))
    delete_meetings(store, [created.record_id])

    history = record_history(store, "meetings", created.record_id, include_children=False)
    assert history[0].action == "delete"
    assert ("title", "Minsk visit", None) in [(e.field, e.old_value, e.new_value) for e in history]
    assert record_label(store, "meetings", created.record_id) == "Minsk visit"


def test_undo_is_logged_as_changes_too(store):
    created = create_meeting(store, _meeting(store))
    changed = update_meeting(store, created.record_id, _meeting(store, place="Astana"))
    undo(store, changed.undo)
    places = [(e.old_value, e.new_value) for e in
              record_history(store, "meetings", created.record_id, include_children=False)
              if e.field == "place"]
    assert places[0] == ("Astana", "Almaty")


def test_change_log_filters_by_table_user_text_and_days(store):
    first = create_meeting(store, _meeting(store, title="Council in Almaty"))
    create_meeting(store, _meeting(store, title="Commission in Bishkek", place="Bishkek"))

    everything = change_count(store)
    assert everything == len(change_log(store, limit=10_000))
    meetings_only = change_log(store, ChangeLogFilter(table_name="meetings"))
    assert meetings_only and {e.table_name for e in meetings_only} == {"meetings"}
    bishkek = change_log(store, ChangeLogFilter(text="Bishkek"))
    assert bishkek and all("Bishkek" in (e.new_value or "") for e in bishkek)
    assert change_log(store, ChangeLogFilter(text="100%_not_there")) == []

    user = audit_users(store)
    assert len(user) == 1
    assert change_count(store, ChangeLogFilter(who=user[0])) == everything
    assert change_count(store, ChangeLogFilter(who="somebody else")) == 0

    today = date.today()
    assert change_count(store, ChangeLogFilter(since=today, until=today)) == everything
    assert change_count(store, ChangeLogFilter(until=today - timedelta(days=1))) == 0
    assert change_count(store, ChangeLogFilter(action="update")) == 0
    assert record_label(store, "meetings", first.record_id) == "Council in Almaty"


def test_change_log_pages_newest_first(store):
    for number in range(3):
        create_meeting(store, _meeting(store, title=f"Meeting {number}"))
    first_page = change_log(store, limit=5)
    second_page = change_log(store, limit=5, offset=5)
    ids = [e.id for e in first_page + second_page]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 10
