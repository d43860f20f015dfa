"""Reports in Russian and German: status names, numbers, dates and country names in the language;
English reports exactly as before (the figures of ``status --json``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from database.reference import localized_country_name
from desktop import i18n
from desktop.cli import main

EXPECTED = {
    "ru": {"status": "Нет данных после базового периода", "target": "USD 500,0 млн",
           "deadline": "30.01.2030", "belarus": "Беларусь", "kyrgyzstan": "Кыргызстан",
           "briefing": "Справка по партнёру: Беларусь (BLR)",
           "quote": "«Die Parteien waren sich einig", "million": "USD 1 040,0 млн",
           "section": "Партнёр: Беларусь · Обязательство №1"},
    "de": {"status": "Keine Daten seit dem Ausgangswert", "target": "500,0 Mio. USD",
           "deadline": "30.01.2030", "belarus": "Belarus", "kyrgyzstan": "Kirgisistan",
           "briefing": "Partnerbriefing: Belarus (BLR)",
           "quote": "„Die Parteien waren sich einig", "million": "1.040,0 Mio. USD",
           "section": "Partner: Belarus · Verpflichtung Nr. 1"},
}


@pytest.fixture
def english_afterwards(qapp) -> Iterator[QApplication]:
    previous = QLocale()
    yield qapp
    i18n.install_language(qapp, "en")
    QLocale.setDefault(previous)


@pytest.fixture
def demo_database(tmp_path: Path, english_afterwards) -> Path:
    database = tmp_path / "demo.sqlite"
    assert main(["--db", str(database), "demo"]) == 0
    return database


def _pdf_text(path: Path) -> str:
    """The text of all pages, whitespace normalised (non-breaking spaces included) and pypdf's
    ligatures undone."""
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    text = text.replace("ﬁ", "fi").replace("ﬀ", "ff").replace("ﬃ", "ffi").replace("ﬂ", "fl")
    return " ".join(text.split())


def _squeezed(text: str) -> str:
    # pypdf sometimes puts a space after "(" or splits a word at a line end of a table cell.
    return "".join(text.split())


def _report(database: Path, out: Path, *args: str) -> str:
    assert main(["--db", str(database), "report", "--out", str(out), *args]) == 0
    return _pdf_text(out)


@pytest.mark.parametrize("code", ["ru", "de"])
def test_the_portfolio_speaks_the_language(demo_database: Path, tmp_path: Path,
                                            code: str) -> None:
    expected = EXPECTED[code]
    text = _report(demo_database, tmp_path / f"portfolio-{code}.pdf", "--lang", code)
    assert expected["status"] in text
    assert "No data since baseline" not in text
    assert expected["target"] in text  # the locale's decimal separator, the unit its way
    assert "500.0" not in text
    assert expected["deadline"] in text and "2030-01-30" not in text
    # The metric line names the countries in the language, from the reference list.
    assert localized_country_name("BLR", code) == expected["belarus"]
    assert localized_country_name("KGZ", code) == expected["kyrgyzstan"] != "Kyrgyzstan"
    assert expected["belarus"] in text and expected["kyrgyzstan"] in text
    assert "as reported by" not in text
    assert expected["section"] in text  # the partner by name, as the dashboard shows it
    assert _squeezed(expected["quote"]) in _squeezed(text)  # the language's quotation marks


@pytest.mark.parametrize("code", ["ru", "de"])
def test_the_partner_briefing_speaks_the_language(demo_database: Path, tmp_path: Path,
                                                  code: str) -> None:
    expected = EXPECTED[code]
    text = _report(demo_database, tmp_path / f"briefing-{code}.pdf", "--lang", code,
                   "--kind", "partner", "--partner", "BLR")
    assert _squeezed(expected["briefing"]) in _squeezed(text)  # title, header and cover
    assert expected["status"] in text
    assert expected["target"] in text and expected["deadline"] in text
    assert "133,0" in text  # the mirror-figure table too
    assert "133.0" not in text


def test_english_reports_print_what_status_json_gives(demo_database: Path, tmp_path: Path,
                                                      capsys) -> None:
    from desktop.status_labels import STATUS_LABELS

    capsys.readouterr()
    assert main(["--db", str(demo_database), "--lang", "en", "status", "--json"]) == 0
    (status,) = json.loads(capsys.readouterr().out)
    text = _report(demo_database, tmp_path / "portfolio-en.pdf", "--lang", "en")
    assert status["metric"] in text
    assert STATUS_LABELS[status["status"]] in text
    assert f"USD {status['target_value'] / 1e6:,.1f} m by {status['deadline']}" in text
    assert f"USD {status['baseline_value'] / 1e6:,.1f} m ({status['baseline_period']})" in text
    assert f"{status['progress_pct']:.1f} %" in text
    assert f"{status['required_cagr'] * 100:.1f} %" in text
    assert f"Days left {status['days_left']}" in text
    assert f"Partner: {status['partner']} · Commitment #{status['id']}" in text
    assert _squeezed("“Die Parteien waren sich einig") in _squeezed(text)
    briefing = _report(demo_database, tmp_path / "briefing-en.pdf", "--lang", "en",
                       "--kind", "partner", "--partner", "BLR")
    assert "Partner briefing: Belarus (BLR)" in briefing
    assert f"USD {status['target_value'] / 1e6:,.1f} m" in briefing


@pytest.mark.parametrize("code", ["en", "ru", "de"])
def test_money_keeps_the_language_grouping_and_never_breaks(english_afterwards,
                                                            code: str) -> None:
    from desktop.reports.report_html import day, growth, money

    i18n.install_language(english_afterwards, code)
    shown = money(1_040_000_000).replace("&nbsp;", " ")
    if code == "en":
        assert shown == "USD 1,040.0 m"
        assert day(date(2030, 1, 30)) == "2030-01-30"
        assert growth(0.2977) == "29.8&nbsp;%"
    else:
        assert shown.replace("\u00a0", " ") == EXPECTED[code]["million"]
        assert day(date(2030, 1, 30)) == "30.01.2030"
        assert growth(0.2977) == "29,8&nbsp;%"
    assert " " not in money(1_040_000_000)  # no breakable space inside one value


@pytest.mark.parametrize("code", ["ru", "de"])
def test_the_self_test_summary_speaks_the_language(demo_store, english_afterwards,
                                                   code: str) -> None:
    from database.services.status import all_statuses
    from desktop.reports.status_summary import status_summary_html

    i18n.install_language(english_afterwards, code)
    html = status_summary_html(all_statuses(demo_store), database_name="demo.sqlite",
                               printed_on=date(2026, 3, 1))
    assert EXPECTED[code]["status"] in html
    assert "01.03.2026" in html and "500,0" in html
    assert EXPECTED[code]["kyrgyzstan"] in html


@pytest.mark.parametrize(("code", "mark"), [("ru", "(отчитывающаяся страна не указана)"),
                                            ("de", "(Meldeland nicht angegeben)")])
def test_the_source_of_a_figure_without_a_stated_reporter_is_marked_in_the_language(
        demo_store, english_afterwards, code: str, mark: str) -> None:
    from database.services.status import all_statuses
    from desktop.reports.provisional_html import provisional_basis
    from desktop.reports.report_html import latest_source_note

    i18n.install_language(english_afterwards, code)
    [status] = all_statuses(demo_store, on=date(2026, 3, 1))

    # The demo's 2024 and January–June 2025 figures (24.kg) name no reporter.
    assert f"24.kg, 29 September 2025 {mark}" in latest_source_note(status)
    assert f"24.kg, 29 September 2025 {mark}" in provisional_basis(status)
    assert "reporter not stated" not in latest_source_note(status) + provisional_basis(status)
