"""The example data: the Kyrgyzstan–Belarus reference case, loaded idempotently and as published."""

from __future__ import annotations

from database.demo import ALMATY_MEETING_DATE, demo_uuid, load_demo
from database.services.settings import home_country, set_home_country
from db_fixtures import count, table_dump, user_tables
from resources import resource_path


def almaty(store) -> dict:
    cursor = store.conn.execute("SELECT * FROM meetings WHERE uuid = ?",
                                (demo_uuid("meeting:almaty-2025"),))
    found = cursor.fetchone()
    assert found is not None
    return dict(zip([d[0] for d in cursor.description], found))


def test_loading_twice_creates_nothing_the_second_time(store):
    first = load_demo(store)
    assert first.created > 0 and not first.already_loaded
    counts = {t: count(store, t) for t in user_tables(store.conn)}
    before = table_dump(store)
    second = load_demo(store)
    assert second.created == 0
    assert second.already_loaded
    assert second.reused == first.created
    assert {t: count(store, t) for t in user_tables(store.conn)} == counts
    assert table_dump(store) == before


def test_almaty_meeting(demo_store):
    meeting = almaty(demo_store)
    assert meeting["place"] == "Almaty"
    assert meeting["forum"] == "Eurasian Intergovernmental Council"
    assert meeting["meeting_date"] == "2025-01-30" == ALMATY_MEETING_DATE.isoformat()
    assert meeting["source_citation"]
    countries = [r[0] for r in demo_store.conn.execute(
        "SELECT country_iso3 FROM meeting_countries WHERE meeting_id = ? ORDER BY id",
        (meeting["id"],))]
    assert sorted(countries) == ["BLR", "KGZ"]


def test_almaty_participants_with_their_positions(demo_store):
    participants = demo_store.conn.execute(
        "SELECT p.name, p.native_name, mp.position_title, pos.title, pos.person_id = p.id"
        " FROM meeting_participants mp JOIN people p ON p.id = mp.person_id"
        " LEFT JOIN positions pos ON pos.id = mp.position_id"
        " WHERE mp.meeting_id = ? ORDER BY mp.id", (almaty(demo_store)["id"],)).fetchall()
    assert [p[0] for p in participants] == ["Adylbek Kasymaliev", "Roman Golovchenko"]
    assert [p[2] for p in participants] == [
        "Chairman of the Cabinet of Ministers of the Kyrgyz Republic",
        "Prime Minister of the Republic of Belarus"]
    for _name, _native, title, position_title, own_position in participants:
        assert title == position_title and own_position == 1
    assert participants[1][1] == "Роман Головченко"


def test_machine_translation_error_is_never_a_name(demo_store):
    names = [r[0] for r in demo_store.conn.execute(
        "SELECT name FROM people UNION ALL SELECT coalesce(native_name, '') FROM people"
        " UNION ALL SELECT coalesce(position_title, '') FROM meeting_participants")]
    assert not [n for n in names if "Röm" in n]
    assert "Roman Golovchenko" in names


def test_almaty_source_text_is_kept_verbatim(demo_store):
    meeting = almaty(demo_store)
    published = resource_path("demo", "almaty_2025_press_release_de.txt").read_text(
        encoding="utf-8").strip()
    assert meeting["source_text"] == published
    # The machine translation's errors are part of the source and are kept as published.
    assert "Römischen Golovchenko" in meeting["source_text"]
    assert "Kasymalliev" in meeting["source_text"]


def test_almaty_topics(demo_store):
    topics = [r[0] for r in demo_store.conn.execute(
        "SELECT t.name FROM meeting_topics mt JOIN topics t ON t.id = mt.topic_id"
        " WHERE mt.meeting_id = ? ORDER BY mt.id", (almaty(demo_store)["id"],))]
    assert topics == ["Trade and economic relations", "Agriculture", "Investment and industry"]


def test_commitment_cites_almaty_and_its_reaffirmation(demo_store):
    commitment = demo_store.conn.execute(
        "SELECT id, source_meeting_id, target_value, baseline_value, baseline_period, deadline,"
        " partner_iso3, quote FROM commitments WHERE uuid = ?",
        (demo_uuid("commitment:turnover-500m"),)).fetchone()
    cid, source, target, baseline, period, deadline, partner, quote = commitment
    assert source == almaty(demo_store)["id"]
    assert (target, baseline, period, deadline, partner) == (
        "500000000", "133000000", "2024", "2030-01-30", "BLR")
    assert quote in almaty(demo_store)["source_text"], "the quote is from the source"
    revisions = demo_store.conn.execute(
        "SELECT r.revision_date, r.kind, m.place FROM commitment_revisions r"
        " LEFT JOIN meetings m ON m.id = r.meeting_id WHERE r.commitment_id = ?",
        (cid,)).fetchall()
    assert ("2025-09-29", "reaffirmed", "Minsk") in revisions


def test_initiatives_agreed_in_almaty(demo_store):
    titles = [r[0].lower() for r in demo_store.conn.execute("SELECT title FROM initiatives")]
    for words in ("agro-industrial", "processing industry", "machine building", "official visit"):
        assert any(words in t for t in titles), words
    linked = demo_store.conn.execute(
        "SELECT count(DISTINCT initiative_id) FROM initiative_meetings WHERE meeting_id = ?",
        (almaty(demo_store)["id"],)).fetchone()[0]
    assert linked == 4


def test_every_trade_figure_names_its_source(demo_store):
    assert count(demo_store, "trade_figures") == 8
    assert count(demo_store, "trade_figures", "trim(source) = ''") == 0


def test_home_country_is_kyrgyzstan(demo_store):
    assert home_country(demo_store) == "KGZ"


def test_demo_respects_a_home_country_already_set(store):
    set_home_country(store, "BLR")
    load_demo(store)
    assert home_country(store) == "BLR"


def test_demo_file_is_consistent(demo_store):
    assert demo_store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert demo_store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_audit_log_names_the_demo_records_by_their_uuid(demo_store):
    # The audit trail must find a record by its uuid: every logged insert of a demo record
    # names the uuid the record has (the demo's fixed uuids), not a uuid it never kept.
    mismatched = demo_store.conn.execute("""
        SELECT a.table_name, a.record_id, a.record_uuid
        FROM audit_log a
        WHERE a.action = 'insert' AND a.table_name IN ('commitments', 'meetings', 'people')
    """).fetchall()
    assert mismatched, "the demo's inserts are audited"
    wrong = []
    for table, record_id, record_uuid in mismatched:
        current = demo_store.conn.execute(f"SELECT uuid FROM [{table}] WHERE id = ?",
                                          (record_id,)).fetchone()[0]
        if current != record_uuid:
            wrong.append((table, record_id, record_uuid, current))
    assert wrong == []
