"""Rules found with the thirteenth round of mainstream layouts (docs/signal-parsing.md): a
target's number followed by a bullet glyph standing for the colon ('Target 1 ● 150.07',
'TP 2 ▸ 148.03', 'Target 3 ▪️ 146.34'); a perpetual venue's 'Limit 148.2' line as the entry;
'book profit at' / 'booking at' as the targets' label."""

from __future__ import annotations

import pytest
from drawn_levels import LEVELS, assert_signal_levels, stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind

GLYPHS = ["●", "•", "∙", "▸", "►", "➤", "▪️", "⇒"]


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    label=st.sampled_from(["Target", "TP", "Take profit", "Target"]),
    glyph=st.sampled_from(GLYPHS),
)
def test_a_numbered_target_then_a_glyph_reads_the_price_not_the_number(
    entry: int, steps: list[int], scale: int, long: bool, label: str, glyph: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 80) / scale
    lines = [f"SOL {'BUY' if long else 'SELL'}", f"Entry {glyph} {entry / scale:g}"]
    lines += [f"{label} {i} {glyph} {v:g}" for i, v in enumerate(tps, 1)]
    lines.append(f"SL {glyph} {stop:g}")
    assert_signal_levels(parse_message("\n".join(lines)), tps, stop, entries=(entry / scale,))


@pytest.mark.parametrize("glyph", GLYPHS)
def test_glyph_separated_card_under_an_at_zone(glyph: str) -> None:
    text = (
        f"SOL Short\nSHORT @ 152.01 - 152.98\nStoploss {glyph} 157.5\n"
        f"Target 1 {glyph} 150.07\nTarget 2 {glyph} 148.03\nTarget 3 {glyph} 146.34"
    )
    parsed = parse_message(text)
    assert parsed.entries == (152.01, 152.98)
    assert parsed.take_profits == (150.07, 148.03, 146.34)
    assert parsed.stop_loss == 157.5


@pytest.mark.parametrize(
    "head",
    [
        "Long SOL-PERP on Hyperliquid",
        "SOL-USDT-SWAP LONG (OKX) 🟢",
        "SOL LONG — Drift",
        "Bybit: Long SOL",
    ],
)
@pytest.mark.parametrize(
    "line", ["Limit 148.2", "Limit: 148.2", "Limit @ $148.2", "Limit order 148.2"]
)
def test_a_limit_line_under_a_venue_header_is_the_entry(head: str, line: str) -> None:
    parsed = parse_message(f"{head}\n{line}\nTP 150.5 / 152.8\nSL 143.9\nLev 5x")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (148.2,)
    assert parsed.take_profits == (150.5, 152.8)
    assert parsed.stop_loss == 143.9


@pytest.mark.parametrize(
    ("text", "entries", "take_profits"),
    [
        # an order's type inside another label stays that label's
        (
            "DOGEUSDT Perp\nSell Limit: 0.11686\nTake Profit Limit: 0.11519, 0.11337\n"
            "SL (market): 0.11891",
            (0.11686,),
            (0.11519, 0.11337),
        ),
        ("SELL LIMIT ETHUSDT @ 3412\nTP 3380\nSL 3450", (3412.0,), (3380.0,)),
        # a ladder's sized orders under their heading
        (
            "$LTC SHORT 10x\nEntries:\nLimit 85.86 for $200\nLimit 86.38 for $500\n"
            "TP: 84.12 / 83.18\nSL: 88.54",
            (85.86, 86.38),
            (84.12, 83.18),
        ),
    ],
)
def test_limit_inside_other_labels_and_ladders_reads_as_before(
    text: str, entries: tuple[float, ...], take_profits: tuple[float, ...]
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == entries
    assert parsed.take_profits == take_profits


@pytest.mark.parametrize(
    "text",
    [
        "SOL long from 148.2\nBook profit at 150.5 and 152.8\nCut loss at 143.9",
        "Buying $SOL at 148.2\nBook profit at 150.5 and 152.8\nStop loss at 143.9",
        "Buying SOL at 148.2, booking at 150.5 / 152.8, stop 143.9",
        "Long SOL from 148.2\nCut loss at 143.9\nBooking profits at 150.5 and 152.8",
    ],
)
def test_booking_profit_at_names_the_targets(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (148.2,)
    assert parsed.take_profits == (150.5, 152.8)
    assert parsed.stop_loss == 143.9


@pytest.mark.parametrize("text", ["Book profit at 611.5", "Book profits at 611.5 on $BNB ✅"])
def test_a_lone_booking_line_is_never_a_signal(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    ("lines", "take_profits"),
    [
        (["Take Profit 1 151.05", "Take Profit 2 148.17"], (151.05, 148.17)),
        (["Target 1 151.05", "", "Target 2 148.17", "", "Target 3 146.2"], (151.05, 148.17, 146.2)),
        (["TP 1 151.05", "TP 2 149.5"], (151.05, 149.5)),
    ],
)
def test_numbered_targets_a_space_before_three_whole_digits(
    lines: list[str], take_profits: tuple[float, ...]
) -> None:
    text = "\n".join(["#SOL /USDT", "Sell below 153.9", *lines, "Stop Loss 156.45"])
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == take_profits


def test_one_number_a_space_before_three_digits_alone_is_not_taken_for_an_ordinal() -> None:
    # "Cele 3 720,58": one section, the number may be a thousands group — never "3" dropped
    # for a price of 720.58
    parsed = parse_message("ETH SHORT\nWejście: 3 812,40\nCele 3 720,58\nSL: 3 880")
    assert 720.58 not in parsed.take_profits
