"""Rules found with the fifteenth round of mainstream layouts: labels written with a hyphen
('T-P (1) ✅ 152', 'S-L❌ 144') and a check or target mark between a target's number and its
price; market-information prices without their colon ('Mark price 148.6', 'Liq. price 134.8')
are no levels; 'position' between a side word and its price ('Open a LONG position in the
a – b zone'); a horizon in brackets after 'Targets' ('Targets (mid/long):') is no side word;
a TradingView interval after a ticker and before a dash ('DOTUSDT.P 5 — SHORT …') is no price;
'3x reward' is no leverage; 'around' after a stop's label gives the stop's price, not an entry;
'Target 2: Aim for … $x' is no empty label."""

from __future__ import annotations

import pytest
from drawn_levels import LEVELS, assert_signal_levels, stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    label=st.sampled_from(["T-P ({i})", "T-P {i}", "T-P{i}"]),
    mark=st.sampled_from(["✅", "✔️", "🎯"]),
    stop_label=st.sampled_from(["S-L❌ ", "S-L ❌ ", "S-L: ❌ ", "S-L: "]),
)
def test_hyphenated_labels_with_marks(
    entry: int,
    steps: list[int],
    scale: int,
    long: bool,
    label: str,
    mark: str,
    stop_label: str,
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 80) / scale
    lines = [f"SOL/USDT {'Buy' if long else 'Sell'} @ {entry / scale:g}"]
    lines += [f"{label.format(i=i)} {mark} {v:g}" for i, v in enumerate(tps, 1)]
    lines.append(f"{stop_label}{stop:g}")
    assert_signal_levels(parse_message("\n".join(lines)), tps, stop, entries=(entry / scale,))


@pytest.mark.parametrize(
    "rows",
    [
        ["Entry price 148.2", "Mark price 148.6", "Liq. price 134.8"],
        ["Mark price 148.6", "Est. liq. price 134.8", "Entry price 148.2"],
        ["Entry price 148.2", "Liquidation 134.8", "Mark price 148.6"],
        ["Entry price 148.2", "Last price 148.9", "Liquidation price 134.8"],
    ],
)
def test_mark_and_liquidation_prices_without_colons_are_no_levels(rows: list[str]) -> None:
    text = "\n".join(
        [
            "Bitget copy trade | SOLUSDT Perpetual | Long 10x",
            *rows,
            "TP 152.3 / 155.1",
            "SL 144.1",
            "Margin 50 USDT (Cross)",
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (148.2,)
    assert parsed.take_profits == (152.3, 155.1)
    assert parsed.stop_loss == 144.1
    assert parsed.leverage == 10


@pytest.mark.parametrize(
    "sentence",
    [
        "Open a LONG position in the 148.2—149.5 zone (20x)",
        "Open LONG position in the $148.2 – $149.5 zone",
        "Open a LONG position between 148.2 and 149.5",
    ],
)
def test_position_between_the_side_word_and_its_prices(sentence: str) -> None:
    parsed = parse_message(f"SIGNAL #SOL/USDT\n\n{sentence}\n\nTP1: 152\nTP2: 155\n\nSL: 144")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (148.2, 149.5)
    assert parsed.take_profits == (152.0, 155.0)
    assert parsed.stop_loss == 144.0


@pytest.mark.parametrize(
    "qualifier", ["(mid/long)", "(long term)", "(short/mid)", "(mid-long)", "(mid / long term)"]
)
def test_a_horizon_in_brackets_after_targets_is_no_side(qualifier: str) -> None:
    text = f"#ORDI SPOT\nEntry range: 33.67 to 34.92\nTargets {qualifier}: 37.7, 40.9\nSL: 30"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is not None and parsed.side.value == "long"
    assert parsed.take_profits == (37.7, 40.9)


@pytest.mark.parametrize("interval", ["5", "15", "240", "1h", "4h"])
@pytest.mark.parametrize("dash", ["—", "–"])
def test_an_alerts_interval_before_a_dash_is_no_price(interval: str, dash: str) -> None:
    text = f"📢 BINANCE:DOTUSDT.P {interval} {dash} SHORT @ 6.813 · TP1 6.744 · SL 6.967"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (6.813,)
    assert parsed.take_profits == (6.744,)
    assert parsed.stop_loss == 6.967


@pytest.mark.parametrize(
    "line, leverage",
    [
        ("Target 1: Approximately 3x reward compared to the risk.", None),
        ("Reward: 2.5x the risk", None),
        ("Leverage: 5x", 5.0),
        ("10x risky", 10.0),
    ],
)
def test_a_reward_in_risks_is_no_leverage(line: str, leverage: float | None) -> None:
    text = f"LINK/USDT short\nEntry: 13.556 - 13.599\nSL: 13.782\nTP1: 13.333\n{line}"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.leverage == leverage


@pytest.mark.parametrize(
    "stop_line",
    [
        "Stop Loss: Place the stop loss just above the last key resistance, around $13.782, to "
        "protect from a deeper squeeze.",
        "Stop Loss: around $13.782",
        "SL: just above resistance, around 13.782",
    ],
)
def test_around_after_a_stop_label_is_the_stops_price(stop_line: str) -> None:
    text = f"LINK/USDT short\nEntry: 13.556 - 13.599\n{stop_line}\nTarget 1: 13.333\nTarget 2: 13.1"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (13.556, 13.599)
    assert parsed.stop_loss == 13.782


def test_a_worded_target_label_after_a_numbered_one_holds_its_value() -> None:
    text = (
        "$TRX/USDT – Short Trade Setup\n\nTrade Plan:\n"
        "Ideal Entry: Open a short position between $0.12635 and $0.12677 on a minor pullback.\n"
        "Stop Loss: Place the stop loss just above the last minor resistance, around $0.12827.\n"
        "Target 1: Set the first target at the recent support near $0.12443.\n"
        "Target 2: Aim for the next support near $0.12248."
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (0.12635, 0.12677)
    assert parsed.take_profits == (0.12443, 0.12248)
    assert parsed.stop_loss == 0.12827


@pytest.mark.parametrize("text", ["TP1:\nSL: 144", "Entry: 148.2\nTarget 2:\nTP3: 155\nSL: 144"])
def test_an_empty_numbered_label_still_goes_to_review(text: str) -> None:
    parsed = parse_message("SOL/USDT LONG\n" + text)
    assert parsed.kind is not MessageKind.SIGNAL
