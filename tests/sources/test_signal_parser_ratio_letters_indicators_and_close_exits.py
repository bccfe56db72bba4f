"""A risk/reward ratio written "RR", "RRR" or "Reward/Risk", a bare "t:" for the targets in a
one-liner, a "PROFIT LEVELS" heading, an exit on a candle's close as the stop, a "Limit:" after a
bar, indicator lines between a card's levels ("Supertrend:", "MACD hist: -0.014"), and a setup
announced for a later post."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind

COINS = [
    ("SOL", 148.2, 2),
    ("LINK", 14.852, 3),
    ("XRP", 0.5231, 4),
    ("1000PEPE", 0.0081234, 7),
    ("BTC", 63450.5, 1),
]


def _p(value: float, dec: int) -> str:
    return f"{value:.{dec}f}"


def _levels(price: float, dec: int, long: bool = True) -> tuple[float, float, float]:
    sign = 1 if long else -1
    return (
        round(price * (1 + sign * 0.02), dec),
        round(price * (1 + sign * 0.04), dec),
        round(price * (1 - sign * 0.02), dec),
    )


@pytest.mark.parametrize(("coin", "price", "dec"), COINS)
@pytest.mark.parametrize(
    "ratio", ["RR = 2.4", "RRR 2.1", "Reward/Risk: 3.1", "Reward:Risk 2.5", "RR 1:3", "rr: 2"]
)
@pytest.mark.parametrize("at", [1, 2, 5])
def test_a_ratio_in_letters_is_no_price(
    coin: str, price: float, dec: int, ratio: str, at: int
) -> None:
    tp1, tp2, sl = _levels(price, dec)
    lines = [
        f"#{coin} LONG",
        f"Entry: {_p(price, dec)}",
        f"TP: {_p(tp1, dec)} / {_p(tp2, dec)}",
        f"SL: {_p(sl, dec)}",
    ]
    lines.insert(at, ratio)
    parsed = parse_message("\n".join(lines))
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (price,)
    assert parsed.take_profits == (tp1, tp2)
    assert parsed.stop_loss == sl


@pytest.mark.parametrize(
    "text",
    [
        "currently waiting, sorry, nothing tomorrow either",
        "Current price 148.2, error margin is wide",
    ],
)
def test_words_holding_rr_are_no_ratio(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(("coin", "price", "dec"), COINS)
@pytest.mark.parametrize("long", [True, False])
@pytest.mark.parametrize("sep", [" | ", " · ", ", "])
@pytest.mark.parametrize("stop", ["inv", "sl", "stp"])
def test_a_bare_t_with_its_colon_is_the_targets(
    coin: str, price: float, dec: int, long: bool, sep: str, stop: str
) -> None:
    tp1, tp2, sl = _levels(price, dec, long)
    side = "long" if long else "short"
    parts = [f"${coin} {side}", f"e: {_p(price, dec)}", f"t: {_p(tp1, dec)} / {_p(tp2, dec)}"]
    parts.append(f"{stop}: {_p(sl, dec)}")
    parsed = parse_message(sep.join(parts) if sep != " | " else " | ".join(parts))
    if sep != " | ":
        # (after a "·" or a comma the letter opens no field the typing rewrite knows: whatever
        # the reading, no target may be taken for an entry)
        assert parsed.kind is not MessageKind.SIGNAL or parsed.take_profits == (tp1, tp2)
        return
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (price,)
    assert parsed.take_profits == (tp1, tp2)
    assert parsed.stop_loss == sl


@pytest.mark.parametrize(("coin", "price", "dec"), COINS)
@pytest.mark.parametrize("heading", ["PROFIT LEVELS", "Profit levels:", "Profit Levels ⤵️"])
@pytest.mark.parametrize("mark", ["({i}) ", "#{i} ", "T{i} ➔ "])
def test_a_profit_levels_heading_names_the_targets(
    coin: str, price: float, dec: int, heading: str, mark: str
) -> None:
    tp1, tp2, sl = _levels(price, dec, long=False)
    low = round(price * 0.997, dec)
    text = "\n".join(
        [
            f"📍 Coin: #{coin}/USDT",
            "Trade Type: SHORT",
            "",
            "ENTRY RANGE",
            f"{_p(low, dec)} - {_p(price, dec)}",
            "",
            heading,
            mark.format(i=1) + _p(tp1, dec),
            mark.format(i=2) + _p(tp2, dec),
            "",
            "STOP LEVEL",
            _p(sl, dec),
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (low, price)
    assert parsed.take_profits == (tp1, tp2)
    assert parsed.stop_loss == sl


@pytest.mark.parametrize(
    "text",
    [
        "Profit levels look fine on SOL, 150 next",
        "profit levels were hit all week, well done everyone",
    ],
)
def test_profit_levels_in_a_sentence_is_no_label(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(("coin", "price", "dec"), COINS)
@pytest.mark.parametrize("long", [True, False])
@pytest.mark.parametrize(
    "exit_line",
    [
        "Exit if 3D closes {w} {s}",
        "Exit if the daily closes {w} {s}",
        "exit on a 4H close {w} {s}",
        "Exit if the 12H candle closes {w} {s}",
    ],
)
def test_an_exit_on_a_close_is_the_stop(
    coin: str, price: float, dec: int, long: bool, exit_line: str
) -> None:
    tp1, tp2, sl = _levels(price, dec, long)
    word = "below" if long else "above"
    text = "\n".join(
        [
            f"#{coin} swing {'long' if long else 'short'}",
            f"Entry: {_p(price, dec)}",
            f"Targets: {_p(tp1, dec)}, {_p(tp2, dec)}",
            exit_line.format(w=word, s=_p(sl, dec)),
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (tp1, tp2)
    assert parsed.stop_loss == sl


@pytest.mark.parametrize(("coin", "price", "dec"), COINS)
@pytest.mark.parametrize("long", [True, False])
def test_market_then_limit_after_a_bar_is_a_ladder_from_the_market_price(
    coin: str, price: float, dec: int, long: bool
) -> None:
    tp1, tp2, sl = _levels(price, dec, long)
    add = round(price * (0.99 if long else 1.01), dec)
    sl = round(add * (0.98 if long else 1.02), dec)
    text = "\n".join(
        [
            f"#{coin}/USDT {'LONG' if long else 'SHORT'}",
            f"Entry: Market ({_p(price, dec)}) | Limit: {_p(add, dec)}",
            f"TP: {_p(tp1, dec)} / {_p(tp2, dec)}",
            f"SL: {_p(sl, dec)}",
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (price, add)
    assert parsed.stop_loss == sl


@pytest.mark.parametrize(("coin", "price", "dec"), COINS)
@pytest.mark.parametrize(
    "indicator",
    [
        "Supertrend: {v}",
        "SuperTrend: {v}",
        "MACD hist: -0.014",
        "MACD: -0.3",
        "Funding: -0.012%",
        "VWAP: {v}",
        "BB upper: {v}",
        "EMA 50: {v}",
    ],
)
def test_an_indicator_line_between_the_levels_is_no_level(
    coin: str, price: float, dec: int, indicator: str
) -> None:
    tp1, tp2, sl = _levels(price, dec, long=False)
    value = _p(round(price * 1.006, dec), dec)
    text = "\n".join(
        [
            f"**{coin}USDT** · SHORT",
            f"Entry: {_p(price, dec)}",
            indicator.format(v=value),
            f"TP1: {_p(tp1, dec)}",
            f"TP2: {_p(tp2, dec)}",
            f"SL: {_p(sl, dec)}",
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (price,)
    assert parsed.take_profits == (tp1, tp2)
    assert parsed.stop_loss == sl


@pytest.mark.parametrize(
    "text",
    [
        "Entry: -0.0123\nTP: 0.0130\n#SOL LONG",
        "#SOL LONG\nEntry: 148.2\nTP: -152.3\nSL: 145.1",
    ],
)
def test_a_negative_level_still_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "#SOL swing long\nWaiting for a daily close above 152.3. Entries will be posted after "
        "the close.",
        "📆 Swing trade: LINK (Short)\nWaiting for a 4H close below 14.1. Levels will be shared "
        "here.",
        "ETH long soon, I'll post the entries when 3,400 breaks",
    ],
)
def test_a_setup_announced_for_later_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "#SOL LONG\nSL: 140.5\nEntries will be posted after the close.",
        "#SOL LONG\nEntry: 148.2\nTargets will be posted later\nSL: 145.1",
    ],
)
def test_a_later_post_beside_a_level_is_no_talk(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL


@settings(max_examples=60, deadline=None)
@given(
    ratio=st.floats(min_value=1.0, max_value=9.9).map(lambda v: round(v, 1)),
    label=st.sampled_from(["RR", "RRR", "rr", "Reward/Risk", "Reward to risk"]),
    sep=st.sampled_from([" ", ": ", " = ", "="]),
)
def test_no_ratio_figure_is_ever_an_entry(ratio: float, label: str, sep: str) -> None:
    text = f"#LINK SHORT\nEntry: 14.852\n{label}{sep}{ratio}\nTP: 14.5 / 14.2\nSL: 15.1"
    parsed = parse_message(text)
    assert ratio not in parsed.entries
    assert ratio not in parsed.take_profits
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.entries == (14.852,)
