"""The partner briefing: meetings, open commitments, initiatives, trade structure, mirror gaps."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from cli_runner import run_cli
from report_data import (
    HOSTILE,
    ON,
    PRINTED,
    add_partner_case,
    compact,
    pdf_bodies,
    pdf_pages,
    rows_on_one_page,
)

from database import open_database, queries
from database.errors import NotFoundError
from database.reference import hs_chapters
from database.services.commitments import CommitmentInput, update_commitment
from database.services.settings import set_home_country
from database.services.trade_structure import trade_structure
from database.store import Store
from database.trade_queries import mirror_comparison
from desktop.reports.partner_briefing import STRUCTURE_SIZE_INCHES
from desktop.reports.progress_report import (
    commitment_report,
    partner_briefing,
    portfolio_report,
    write_report_pdf,
)
from desktop.status_labels import STATUS_LABELS

BRIEFING_HEADER = "Commitment Status Latest Target Deadline Progress"


def _briefing_pdf(store: Store, out: Path, partner: str = "BLR") -> Path:
    report = partner_briefing(store, partner, database_name="t.sqlite", printed_on=PRINTED,
                              today=ON)
    return write_report_pdf(report, out, database_name="t.sqlite", printed_on=PRINTED)


def _between(text: str, start: str, end: str) -> str:
    return text[text.index(start):text.index(end, text.index(start))]


def _millions(cents: int | None) -> str:
    return "–" if cents is None else f"{cents / 100_000_000:,.1f}"


def _gap(gap: Decimal | None) -> str:
    if gap is None:
        return "–"
    return f"{'+' if gap > 0 else '−' if gap < 0 else '±'}{abs(gap):,.1f} %"


def test_briefing_holds_the_partners_meetings_commitments_and_initiatives(
        qapp, store: Store, tmp_path: Path) -> None:
    case = add_partner_case(store, tmp_path)
    text = " ".join(pdf_pages(_briefing_pdf(store, tmp_path / "b.pdf")))
    assert "Partner briefing: Belarus (BLR)" in text
    assert "Database: t.sqlite" in text and "Date: 2026-03-02" in text and "partner BLR" in text

    meetings = _between(text, "Recent meetings", "Open commitments")
    # The ten most recent, newest first; the two oldest are counted, not listed.
    positions = [meetings.index(title + " ") for title in case.meeting_titles[:10]]
    assert positions == sorted(positions)
    assert all(title + " " not in meetings for title in case.meeting_titles[10:])
    assert "Earlier meetings not listed: 2." in meetings
    assert case.other_meeting not in text  # Uzbekistan only
    assert "Aida Minister — Minister of Economy" in meetings  # the position held then
    assert "Boris Deputy — Deputy Prime Minister" in meetings
    assert "Minsk, Intergovernmental commission" in meetings
    assert "Trade; Topic 12" in meetings

    commitments = _between(text, "Open commitments", "Initiatives")
    assert all(compact(title) in compact(commitments) for title in case.open_titles)
    assert case.achieved_title not in text and "Achieved commitments not listed: 1." in text
    assert "Raise turnover with Uzbekistan" not in text

    overdue = _between(text, "Overdue milestones", "All initiatives")
    days = (ON - date(2025, 12, 1)).days
    assert compact(f"{case.overdue_milestone} 2025-12-01 {days} days") in compact(overdue)
    assert "Joint venture for tractor assembly" in overdue
    assert case.closed_milestone not in overdue  # its initiative was cancelled
    everything = _between(text, "All initiatives", "Trade structure")
    assert compact(f"OVERDUE: {case.overdue_milestone}") in compact(everything)
    assert compact("✓ Feasibility study (2025-06-01)") in compact(everything)
    assert "In progress" in everything and "Cancelled" in everything


def test_briefing_shows_the_trade_structure_plot_and_top_products(qapp, store: Store,
                                                                  tmp_path: Path) -> None:
    from pypdf import PdfReader

    add_partner_case(store, tmp_path)
    out = _briefing_pdf(store, tmp_path / "b.pdf")
    images = [image for page in PdfReader(out).pages for image in page.images]
    assert len(images) == 1  # the trade structure plot, nothing else
    assert images[0].image.size[0] >= STRUCTURE_SIZE_INCHES[0] * 200  # at least 200 dpi
    text = " ".join(pdf_pages(out))
    structure = trade_structure(store, "BLR", reporter="KGZ")
    assert f"Top products in {structure.latest_year}" in text
    top = _between(text, f"Top products in {structure.latest_year}", "Mirror-figure gaps")
    for product in structure.top_products:
        row = (f"{product.chapter} {hs_chapters()[product.chapter]} "
               f"USD {float(product.exports_usd) / 1e6:,.1f} m "
               f"USD {float(product.imports_usd) / 1e6:,.1f} m {product.share * 100:.1f} %")
        assert compact(row) in compact(top)


def test_briefing_lists_mirror_figure_gaps_newest_first(qapp, store: Store, tmp_path: Path) -> None:
    add_partner_case(store, tmp_path)
    text = " ".join(pdf_pages(_briefing_pdf(store, tmp_path / "b.pdf")))
    gaps = compact(text[text.index("Mirror-figure gaps"):])
    rows = mirror_comparison(store, home="KGZ", partner="BLR", yearly=True)
    assert [r.period for r in rows] == ["2021", "2022", "2023", "2024"]
    found = []
    for row in rows:
        cells = [row.period]
        for flow in ("exports", "imports", "turnover"):
            cells += [_millions(getattr(row, f"ours_{flow}")),
                      _millions(getattr(row, f"theirs_{flow}")), _gap(row.gap(flow))]
        found.append(gaps.index(compact(" ".join(cells))))
    assert found == sorted(found, reverse=True)  # newest first
    assert "+10.0%" in gaps  # Belarus reports 10 % more imports from us than our exports


def test_sections_without_data_say_so_in_one_line(qapp, store: Store, tmp_path: Path) -> None:
    lines = [line for body in pdf_bodies(_briefing_pdf(store, tmp_path / "empty.pdf"))
             for line in body]
    for expected in ("No meetings with Belarus recorded.", "No open commitments with Belarus.",
                     "No initiatives with Belarus recorded."):
        assert expected in lines
    assert any(line.startswith("No home country is set") for line in lines)

    set_home_country(store, "KGZ")
    from pypdf import PdfReader

    out = _briefing_pdf(store, tmp_path / "home.pdf")
    text = " ".join(pdf_pages(out))
    assert ("No chapter-level trade figures recorded for Belarus in Kyrgyzstan's statistics"
            in text)
    assert "No mirror figures: neither KGZ nor BLR reports trade with the other." in text
    assert sum(len(page.images) for page in PdfReader(out).pages) == 0


def test_an_unknown_partner_is_refused(qapp, store: Store, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        partner_briefing(store, "XXX", database_name="t.sqlite")
    store.close()
    result = run_cli("--db", str(store.path), "report", "--out", "b.pdf", "--kind", "partner",
                     "--partner", "XXX", cwd=tmp_path)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "XXX" in result.stderr
    assert not (tmp_path / "b.pdf").exists()


def test_briefing_command_shows_the_statuses_of_status_json(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    store = open_database(db)
    case = add_partner_case(store, tmp_path)
    store.close()
    status = run_cli("--db", str(db), "status", "--json", cwd=tmp_path)
    assert status.returncode == 0, status.stderr
    records = [r for r in json.loads(status.stdout) if r["partner"] == "BLR"]
    result = run_cli("--db", str(db), "report", "--out", "b.pdf", "--kind", "partner",
                     "--partner", "blr", "--page-size", "Letter", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(tmp_path / "b.pdf")
    open_ones = [r for r in records if r["status"] != "achieved"]
    assert {r["title"] for r in open_ones} >= set(case.open_titles)
    rows = [(r["title"], STATUS_LABELS[r["status"]],
             "–" if r["progress_pct"] is None else f"{r['progress_pct']:.1f} %",
             r["deadline"]) for r in open_ones]
    assert rows_on_one_page(pages, BRIEFING_HEADER, rows) == []
    for record in records:
        if record["status"] == "achieved":
            assert record["title"] not in " ".join(pages)


def _rename(store: Store, commitment_id: int, title: str) -> None:
    row = queries.commitment_detail(store, commitment_id)
    fields = {name: row[name] for name in CommitmentInput.__dataclass_fields__ if name != "title"}
    update_commitment(store, commitment_id, CommitmentInput(title=title, **fields))


def test_a_hostile_title_is_printed_literally_in_every_kind_of_report(
        qapp, store: Store, tmp_path: Path) -> None:
    case = add_partner_case(store, tmp_path)
    commitment_id = store.conn.execute("SELECT id FROM commitments WHERE title = ?",
                                       (case.open_titles[0],)).fetchone()[0]
    _rename(store, commitment_id, HOSTILE)
    reports = {
        "portfolio": portfolio_report(store, database_name="t.sqlite", today=ON),
        "commitment": commitment_report(store, commitment_id, database_name="t.sqlite", today=ON),
        "partner": partner_briefing(store, "BLR", database_name="t.sqlite", today=ON),
    }
    for kind, report in reports.items():
        assert HOSTILE not in report.html, kind
        assert "&lt;img src=&quot;file:///etc/hostname&quot;&gt;" in report.html, kind
        text = " ".join(pdf_pages(write_report_pdf(report, tmp_path / f"{kind}.pdf",
                                                   database_name="t.sqlite")))
        if kind == "partner":
            # Only in the commitments table, where the cell wraps it: compare without spaces.
            assert compact(HOSTILE) in compact(text), kind
        else:
            assert HOSTILE in text, kind  # the section heading, on one line
        # Only the plots the report drew itself are embedded.
        assert all(name.startswith("report-plot://") for name in report.images), kind
