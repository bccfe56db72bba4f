"""The positions and orders tables show a trailing stop where it stands and the units each
resting take-profit closes (the card and the Portfolio window share these tables)."""

from __future__ import annotations

from dataclasses import replace

from test_card_positions import by_header, ladder_copy

from tradermanager.domain.number_text import price
from tradermanager.ui.portfolio.positions_table import (
    ORDER_HEADERS,
    POSITION_HEADERS,
    order_rows,
    position_row,
)


def trailing_ladder():
    """The ladder copy (0.1 BTC left after target 1) trailing at 40,950, the two targets left
    closing 0.05 BTC each."""
    return replace(ladder_copy(), trailing_stop=40_950.0, target_quantities=(0.0, 0.05, 0.05))


def test_the_position_row_shows_the_trailing_level_and_each_targets_units():
    row = position_row(trailing_ladder())
    cell = lambda name: by_header(row, POSITION_HEADERS, name)  # noqa: E731
    assert cell("Stop") == "38,000.00" and cell("Trailing stop") == "40,950.00"
    assert cell("Targets") == f"✓41,000.00 / 42,000.00 ×{price(0.05)} / 43,000.00 ×{price(0.05)}"
    assert by_header(position_row(ladder_copy()), POSITION_HEADERS, "Trailing stop") == "—"


def test_the_orders_table_rests_the_trailing_stop_and_the_targets_with_their_units():
    rows = [[c.text for c in r] for r in order_rows([trailing_ladder()])]
    col = {name: i for i, name in enumerate(ORDER_HEADERS)}
    resting = [r for r in rows if r[col["Status"]] == "open"]
    assert [(r[col["Order"]], r[col["Price"]], r[col["Quantity"]]) for r in resting] == [
        ("stop (market)", "38,000.00", price(0.1)),
        ("trailing stop (market)", "40,950.00", price(0.1)),
        ("take-profit (limit)", "42,000.00", price(0.05)),
        ("take-profit (limit)", "43,000.00", price(0.05)),
    ]
