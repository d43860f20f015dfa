"""Country, HS chapter and product group names in English, Russian and German, in the widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QCollator, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from database import queries, reference
from database.services.settings import set_home_country
from database.store import Store
from desktop import i18n
from desktop.widgets.country_picker import CountryComboBox, CountryListPicker

CYRILLIC = {chr(c) for c in range(0x0400, 0x0500)}


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key. QTest's keyClicks aborts on characters beyond Latin-1, so each
    character is sent as the key event a keyboard layout would produce for it."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


@pytest.fixture
def switch_language(qapp) -> Iterator[Callable[[str], None]]:
    """Install a language for the test; English (and the previous locale) again afterwards."""
    previous = QLocale()

    def switch(code: str) -> None:
        i18n.install_language(qapp, code)
        QApplication.processEvents()

    yield switch
    i18n.install_language(qapp, "en")
    QApplication.processEvents()
    QLocale.setDefault(previous)


# ----------------------------------------------------------------------------- the reference data

def test_every_country_has_a_russian_and_a_german_name() -> None:
    english = reference.country_names("en")
    russian = reference.country_names("ru")
    german = reference.country_names("de")
    assert len(english) == 249 + 2  # ISO 3166-1 and the Comtrade aggregates W00, S19
    assert set(russian) == set(german) == set(english)
    for code in english:
        assert CYRILLIC & set(russian[code]), (code, russian[code])
        assert german[code] and not CYRILLIC & set(german[code]), (code, german[code])
    # The official short names the ministries use, not transliterations of the English ones.
    assert [reference.localized_country_name(c, "ru") for c in ("KGZ", "BLR", "KAZ", "MDA")] == [
        "Кыргызстан", "Беларусь", "Казахстан", "Молдова"]
    assert [reference.localized_country_name(c, "de") for c in ("KGZ", "BLR", "KAZ", "DEU")] == [
        "Kirgisistan", "Belarus", "Kasachstan", "Deutschland"]
    assert reference.localized_country_name("w00", "ru_RU") == "Мир"
    assert reference.localized_country_name("KGZ", "fr") == "Kyrgyzstan"  # not ours: English
    assert reference.localized_country_name("XXX", "ru") is None


def test_every_hs_chapter_and_product_group_has_a_russian_and_a_german_name() -> None:
    chapters = reference.hs_chapters()
    assert len(chapters) == 97
    for code, english in chapters.items():
        russian, german = reference.chapter_name(code, "ru"), reference.chapter_name(code, "de")
        assert reference.chapter_name(code, "en") == english
        assert russian and CYRILLIC & set(russian), code
        assert german and german != english and not CYRILLIC & set(german), code
    assert reference.chapter_name("2709", "ru") == reference.chapter_name("27", "ru")
    assert reference.chapter_name("27", "ru").startswith("Топливо минеральное, нефть")
    assert reference.chapter_name("87", "de").startswith("Zugmaschinen, Kraftwagen")
    assert reference.chapter_name("98", "de") is None
    for key in reference.product_groups():
        assert CYRILLIC & set(reference.product_group_name(key, "ru")), key
        assert reference.product_group_name(key, "de") != reference.product_group_name(key, "en")
    assert reference.product_group_name("metals", "de") == "Unedle Metalle"


# ----------------------------------------------------------------------------- in the widgets

def _items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _collated(texts: list[str]) -> bool:
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return all(collator.compare(a, b) <= 0 for a, b in pairwise(texts))


def test_country_combo_names_and_sorts_in_the_language(qtbot: QtBot, store: Store,
                                                       switch_language) -> None:
    switch_language("ru")
    combo = CountryComboBox()
    qtbot.addWidget(combo)
    combo.set_countries(queries.countries(store))  # the stored English names
    items = _items(combo)
    assert items[0] == "Австралия (AUS)" and "Кыргызстан (KGZ)" in items
    assert _collated(items)
    type_text(combo.lineEdit(), "Кыргызстан")
    assert combo.iso3() == "KGZ"
    combo.setEditText("")
    qtbot.keyClicks(combo.lineEdit(), "Kyrgyzstan")  # the English name still finds it
    assert combo.iso3() == "KGZ"

    # A change of language relabels and re-sorts at once; the chosen country stays chosen.
    switch_language("de")
    assert combo.iso3() == "KGZ" and combo.currentText() == "Kirgisistan (KGZ)"
    items = _items(combo)
    assert items[:3] == ["Afghanistan (AFG)", "Ägypten (EGY)", "Ålandinseln (ALA)"]
    assert _collated(items)


def test_country_list_keeps_its_countries_and_renames_them(qtbot: QtBot, store: Store,
                                                           switch_language) -> None:
    picker = CountryListPicker()
    qtbot.addWidget(picker)
    picker.set_countries(queries.countries(store))
    picker.set_iso3_list(["KGZ", "BLR"])
    assert [picker.list_widget.item(i).text() for i in range(2)] == [
        "Kyrgyzstan (KGZ)", "Belarus (BLR)"]
    switch_language("ru")
    assert picker.iso3_list() == ["KGZ", "BLR"]
    assert [picker.list_widget.item(i).text() for i in range(2)] == [
        "Кыргызстан (KGZ)", "Беларусь (BLR)"]


def test_dashboard_partner_filter_in_russian_and_german(qtbot: QtBot, demo_store: Store,
                                                        switch_language) -> None:
    from desktop.models.commitment_status_model import COL_PARTNER
    from desktop.views.dashboard_view import DashboardView

    switch_language("ru")
    view = DashboardView()
    qtbot.addWidget(view)
    view.refresh(demo_store)
    assert _items(view.partner_filter)[1:] == ["Беларусь (BLR)"]
    view.partner_filter.setCurrentIndex(1)
    model = view.table.model()
    assert "Беларусь" in model.index(0, COL_PARTNER).data(Qt.ItemDataRole.ToolTipRole)
    switch_language("de")
    assert _items(view.partner_filter)[1:] == ["Belarus (BLR)"]
    assert view.partner_filter.currentData() == "BLR"  # the filter chosen is kept


def test_trade_structure_names_chapters_groups_and_countries_in_german(
        qtbot: QtBot, store: Store, switch_language) -> None:
    from test_trade_structure import M, _insert

    from desktop.plots.trade_structure_plot import legend_name
    from desktop.views.trade_structure_view import COL_NAME, TradeStructureView

    set_home_country(store, "KGZ")
    _insert(store, [("KGZ", "KAZ", "2023", "export", "30", 60 * M),
                    ("KGZ", "KAZ", "2023", "import", "72", 10 * M),
                    ("KGZ", "UZB", "2023", "export", "01", 5 * M)])
    switch_language("de")
    view = TradeStructureView(store)
    qtbot.addWidget(view)
    assert _items(view.partner_combo) == ["Kasachstan (KAZ)", "Usbekistan (UZB)"]
    assert view.partner() == "KAZ"
    names = [view.top_table.item(r, COL_NAME).text() for r in range(view.top_table.rowCount())]
    assert names == ["Pharmazeutische Erzeugnisse", "Eisen und Stahl"]
    title = view.plot.figure.get_suptitle()
    assert "Kirgisistan" in title and "Kasachstan" in title
    assert legend_name("pharma") == "Pharmazeutische Erzeugnisse"
    switch_language("ru")
    assert _items(view.partner_combo) == ["Казахстан (KAZ)", "Узбекистан (UZB)"]
    assert view.top_table.item(1, COL_NAME).text() == "Черные металлы"
    title = view.plot.figure.get_suptitle()
    assert "Кыргызстан" in title and "Казахстан" in title


def test_record_kinds_have_a_plural_for_sentences(switch_language) -> None:
    from desktop.record_kinds import record_kinds

    kinds = record_kinds()
    assert all(k.plural_in_text == k.plural.lower() for k in kinds.values())  # English
    switch_language("de")
    kinds = record_kinds()
    # German nouns keep their capital inside a sentence: "Diese 3 Einträge (Treffen) löschen?"
    assert kinds["meetings"].plural_in_text == "Treffen"
    assert all(k.plural_in_text[0].isupper() for k in kinds.values())
    switch_language("ru")
    assert record_kinds()["meetings"].plural_in_text == "встречи"


def test_metric_descriptions_read_in_the_language(demo_store: Store, switch_language) -> None:
    from database.metric_text import describe_metric as english_description
    from database.services.status import all_statuses
    from desktop.metric_text import describe_metric

    status = all_statuses(demo_store)[0]
    row = status.metric_row
    assert row is not None and "metric_row" not in status.as_json()  # not in status --json
    # In English the interface says exactly what the database and the reports say.
    assert describe_metric(row) == english_description(row, reference.country_names("en"))
    assert describe_metric(row) == status.metric
    switch_language("ru")
    # The demo's metric also counts figures published without a stated reporter.
    assert describe_metric(row) == ("Товарооборот (экспорт + импорт), партнёр: Беларусь; "
                                    "все товары; по данным: Кыргызстан; долл. США, годовые данные; "
                                    "затем данные, опубликованные без указания отчитывающейся "
                                    "страны")
    switch_language("de")
    group = dict(row, product_scope="product_group", product_codes="machinery",
                 period_basis="rolling12", flow="export")
    assert describe_metric(group) == ("Ausfuhren nach Belarus, Maschinen und elektrische "
                                      "Ausrüstungen, gemeldet von Kirgisistan; USD, gleitende "
                                      "12 Monate; danach Zahlen, die ohne Angabe des Meldelands "
                                      "veröffentlicht wurden")
