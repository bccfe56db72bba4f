"""A market entry written with the price area it fills is a market order without entry
prices: the area says where the market stands, it is no limit order (such posts were copied
as limit ranges). A price written first with CMP as its note stays a limit at that price."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, parse_message

AREA_LINES = [
    "{purchase} {lo}–{hi} (market)",
    "Entry: market (≈ {lo}–{hi})",
    "Entry: Market price (around {lo})",
    "{buy} now at market, around {lo}",
    "Entry: CMP ({lo} - {hi})",
    "Enter at market ~{lo}",
    "Entry: {lo} - {hi} (market order)",
    "{ru} по рынку ({lo}–{hi})",
]


@settings(max_examples=150, deadline=None)
@given(
    line=st.sampled_from(AREA_LINES),
    price=st.floats(0.0001, 90_000),
    long=st.booleans(),
    side_word=st.booleans(),
)
def test_a_market_entry_with_its_area_has_no_entry_prices(
    line: str, price: float, long: bool, side_word: bool
) -> None:
    sign = 1 if long else -1
    digits = 8 if price < 1 else 4 if price < 100 else 2

    def w(v: float) -> str:
        return f"{v:.{digits}f}"

    lo, hi = price, price * 1.003
    tps = [price * (1 + sign * 0.03), price * (1 + sign * 0.06)]
    sl = price * (1 - sign * 0.04)
    head = f"#ETH/USDT {'LONG' if long else 'SHORT'}" if side_word else "#ETH/USDT"
    text = "\n".join(
        [
            head,
            line.format(
                lo=w(lo),
                hi=w(hi),
                buy="Buy" if long else "Sell",
                purchase="Purchase" if long else "Sale",
                ru="Покупка" if long else "Продажа",
            ),
            "Targets: " + " / ".join(w(v) for v in tps),
            f"Stop: {w(sl)}",
        ]
    )
    parsed = parse_message(text)
    assert (parsed.kind, parsed.order_type, parsed.entries) == (MessageKind.SIGNAL, "market", ()), (
        text
    )
    assert parsed.side is (Side.LONG if long else Side.SHORT)
    assert parsed.take_profits == tuple(float(w(v)) for v in tps)


@pytest.mark.parametrize(
    ("line", "order_type", "entries"),
    [
        ("Entry: 148.2 (CMP)", "limit", (148.2,)),  # CMP says what the price is
        ("Entry: CMP 148.2", "limit", (148.2,)),  # "CMP: price": an entry at that price
        ("Entry: 148.2 (market)", "market", ()),
        ("Entry: market", "market", ()),
    ],
)
def test_cmp_after_a_price_is_its_note_and_market_after_it_an_order(line, order_type, entries):
    parsed = parse_message(f"#SOL/USDT LONG\n{line}\nTP 152\nSL 144")
    assert (parsed.kind, parsed.order_type, parsed.entries) == (
        MessageKind.SIGNAL,
        order_type,
        entries,
    )


def test_targets_are_checked_against_the_area_of_a_market_entry():
    parsed = parse_message("#SOL/USDT LONG\nEntry: market (≈ 148.2–148.6)\nTP 140\nSL 150")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "Take-profit 1" in parsed.reason


def test_a_long_now_with_an_entry_label_is_still_a_limit():
    parsed = parse_message("BTC LONG NOW\nEntry: 63450\nTP 64200\nSL 62800")
    assert (parsed.order_type, parsed.entries) == ("limit", (63450.0,))
