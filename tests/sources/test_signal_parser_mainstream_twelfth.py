"""Rules found with the twelfth round of mainstream layouts (docs/signal-parsing.md): a target's
number followed by "at" or "@" and its price ('Take profit 1 at 0.4201', 'Target 2 @ 152.3'),
and an entry zone whose two prices are joined by an underscore ('Entry Zone: 2.6683_2.5742')."""

from __future__ import annotations

import pytest
from drawn_levels import LEVELS, assert_signal_levels, stepped_levels
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    label=st.sampled_from(["Take profit", "Target", "TP", "Take Profit"]),
    joint=st.sampled_from([" at ", " @ ", " at $"]),
)
def test_a_numbered_target_then_at_reads_the_price_not_the_number(
    entry: int, steps: list[int], scale: int, long: bool, label: str, joint: str
) -> None:
    assume(entry % scale)  # a whole entry in brackets, "(@ 10)", is read otherwise
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 80) / scale
    lines = [f"{'BUY' if long else 'SELL'} SOLUSDT (@ {entry / scale:g})"]
    lines += [f"{label} {i}{joint}{v:g}" for i, v in enumerate(tps, 1)]
    lines.append(f"Stop loss at {stop:g}")
    assert_signal_levels(parse_message("\n".join(lines)), tps, stop, entries=(entry / scale,))


@pytest.mark.parametrize(
    ("zone", "entries"),
    [
        ("2.6683_2.5742", (2.5742, 2.6683)),
        ("0.022658_0.023252", (0.022658, 0.023252)),
        ("0.076 _ 0.070", (0.07, 0.076)),
    ],
)
def test_an_underscore_between_two_prices_is_a_zone(zone: str, entries: tuple[float, ...]) -> None:
    lo, hi = entries
    long = zone.startswith(f"{hi:g}")
    tp = hi * 1.05 if long else lo * 0.95
    stop = lo * 0.9 if long else hi * 1.1
    text = (
        f"{'LONG' if long else 'SHORT'} SIGNAL\nPAIR: WIF / USDT\nLeverage: 20x\n"
        f"Entry Zone: {zone}\nTargets: {tp:.4f}\nStop-Loss: {stop:.4f}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == entries


@pytest.mark.parametrize(
    "text",
    [
        "Long SOL_USDT 148.2\nTP 152.3\nSL 144.1",  # an underscore inside a pair stays
        "Long SOL 148.2\nTP 152.3\nSL 144.1\nstrategy_v2_10",
    ],
)
def test_an_underscore_inside_a_word_is_no_zone(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.entries == (148.2,)
    assert parsed.take_profits == (152.3,)
