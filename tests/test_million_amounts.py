"""Amounts printed in millions never read "0.0 m" for a small non-zero amount (issue 14, part 6)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.formatting import format_money_millions, millions_decimals


@pytest.mark.parametrize(("millions", "decimals"), [
    (0, 1), (133.0, 1), (0.05, 1), (-0.05, 1), (0.049, 3), (0.04, 3), (0.012, 3),
    (0.0004, 5), (0.000001, 6), (0.0000001, 6)])
def test_small_amounts_get_enough_decimals(millions: float, decimals: int) -> None:
    assert millions_decimals(millions) == decimals


def test_format_money_millions_never_prints_a_small_amount_as_zero(en_us_locale) -> None:
    assert format_money_millions(133_000_000) == "133.0"
    assert format_money_millions(0) == "0.0"
    assert format_money_millions(40_000) == "0.040"
    assert format_money_millions(Decimal("12345")) == "0.012"
    assert format_money_millions(-40_000) == "-0.040"
    assert format_money_millions(1) == "0.000001"
    assert format_money_millions(50_000) == "0.1"  # 0.05 rounds up: one decimal is enough


def test_reports_print_small_amounts_with_enough_precision() -> None:
    from desktop.reports.report_html import millions, money
    from desktop.reports.status_summary import _money

    assert money(40_000).replace("&nbsp;", " ") == "USD 0.040 m"
    assert money(133_000_000).replace("&nbsp;", " ") == "USD 133.0 m"
    assert millions(4_000_000) == "0.040"  # cents
    assert _money(12_345) == "0.012"
