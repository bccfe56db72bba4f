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
        # an underscore inside a word stays: no range read from "v1.5_2.0"
        "Long SOL 148.2\nTP 152.3\nSL 144.1\nbuild v1.5_2.0",
        "Long SOL 148.2\nTP 152.3\nSL 144.1\nstrategy_v2_10",
    ],
)
def test_an_underscore_inside_a_word_is_no_zone(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.entries == (148.2,)
    assert parsed.take_profits == (152.3,)


@pytest.mark.parametrize(
    ("line", "entries"),
    [
        ("Buy zone 148.2 - 146.4 | avg ≈ 147.3", (146.4, 148.2)),
        ("Entry: 146.5 – 148.2 (avg 147.3)", (146.5, 148.2)),
        ("Entry: 146.5 – 148.2, average entry 147.35", (146.5, 148.2)),
        ("Entries: 148.2, 147.3, 146.4 → avg 147.3", (148.2, 147.3, 146.4)),
    ],
)
def test_an_average_noted_after_the_entries_is_no_entry(
    line: str, entries: tuple[float, ...]
) -> None:
    parsed = parse_message(f"SOL/USDT LONG\n{line}\nTargets: 152.3 / 156.1\nSL: 143.2")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == entries


@pytest.mark.parametrize(
    "text",
    [
        # an average outside the prices before it is left to be read (and questioned)
        "SOL/USDT LONG\nEntry: 146.5 – 148.2 avg 150.3\nTargets: 152.3 / 156.1\nSL: 143.2",
        # an average on a line of its own is read as before
        "SOL/USDT LONG\nEntry zone: 146.5 – 148.2\nAverage entry: 147.3\nTP: 152.3\nSL: 143.2",
    ],
)
def test_an_average_outside_the_zone_or_alone_is_not_dropped(text: str) -> None:
    from tradermanager.sources.signal_parser.average_notes import without_average_notes

    line = text.split("\n")[1] + "\n" + text.split("\n")[2]
    assert without_average_notes(line) == line


@settings(max_examples=40, deadline=None)
@given(
    **LEVELS,
    label=st.sampled_from(["Ent", "Ent.", "Ent:"]),
    stop_label=st.sampled_from(["Stp", "Stp:", "SL:"]),
)
def test_clipped_entry_and_stop_labels_read_their_prices(
    entry: int, steps: list[int], scale: int, long: bool, label: str, stop_label: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 80) / scale
    text = "\n".join(
        [
            "Pair: SOLUSDT",
            f"Dir: {'Long' if long else 'Short'}",
            f"{label} {entry / scale:g}",
            "Tgts: " + ", ".join(f"{v:g}" for v in tps),
            f"{stop_label} {stop:g}",
            "Lev: 10x",
        ]
    )
    assert_signal_levels(parse_message(text), tps, stop, entries=(entry / scale,))
