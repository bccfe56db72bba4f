"""A zone after "now" or "here" is a limit zone stored low to high, one price after "now" stays
a market entry, talk with "now" and a range stays talk; "Profit" before a chain of arrowed
prices labels the targets; a last target written round reads unless the message ends on a
price that may be cut inside it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop"),
    [
        (
            "LINK BUY\nLINK buy now @14.91-14.86\nsl: 14.52\ntp1: 15.08\ntp2: 15.27",
            (14.86, 14.91),
            (15.08, 15.27),
            14.52,
        ),
        (
            "DOGE short now 0.12412-0.12451\nSL 0.12801\nTP 0.12288 / 0.12105",
            (0.12412, 0.12451),
            (0.12288, 0.12105),
            0.12801,
        ),
        (
            "#AVAX\nLong here @ 35.44 - 35.31\nsl: 34.62\ntp1: 35.9\ntp2: 36.4",
            (35.31, 35.44),
            (35.9, 36.4),
            34.62,
        ),
        (
            "BNB/USDT LONG 📣\nEntry now 581.5-583.9\nStop: 569.2\nTarget 1: 590.1\nTarget 2: 598",
            (581.5, 583.9),
            (590.1, 598.0),
            569.2,
        ),
        (
            "XRP BUY NOW AROUND 0.5241-0.5229\nSL: 0.5102\nTP1: 0.5311\nTP2: 0.5388",
            (0.5229, 0.5241),
            (0.5311, 0.5388),
            0.5102,
        ),
        (
            "ARB sell now @1.1172/1.1203\nsl: 1.1488\ntp1: 1.1012\ntp2: 1.0874",
            (1.1172, 1.1203),
            (1.1012, 1.0874),
            1.1488,
        ),
        (
            "$SOL long now @ 147.62-148.05 | SL 143.9 | TP 150.1, 152.4",
            (147.62, 148.05),
            (150.1, 152.4),
            143.9,
        ),
    ],
)
def test_zone_after_now_is_a_limit_zone(
    text: str, entries: tuple[float, float], targets: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.order_type == "limit"
    assert parsed.entries == entries
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        "ETH BUY\nETH buy now @3412.5\nsl: 3360\ntp1: 3450\ntp2: 3490",
        "DOT long now @ 6.421, sl 6.25, tp 6.52 / 6.61",
        "ETH long now at 3410\nsl 3380\ntp 3450",
    ],
)
def test_one_price_after_now_stays_a_market_entry(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.order_type == "market"


@pytest.mark.parametrize(
    "text",
    [
        "BTC ranging now 63-64k, patience until it picks a side",
        "SOL now 147.2-149.8 chop, waiting for a break before anything",
        "ETH stuck now between 3401.5-3422.1, no trade for us today",
        "📊 Results now in: ADA long from 0.4511-0.4533 +5.2% ✅, BTC short +2.6% ✅ — 2/2 so far",
        "Volume is thin now, LINK between 14.81-14.93 since Asia open. No calls until NY",
    ],
)
def test_talk_with_now_and_a_range_stays_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed.reason


@pytest.mark.parametrize(
    ("text", "entries", "targets"),
    [
        (
            "#DOT/USDT LONG\n🎫 Entry ➤ 6.412\n💸 Profit ➤ 6.498 ➤ 6.577 ➤ 6.661\n"
            "🧯 Stoploss ➤ 6.21\n🎚 Leverage ➤ 10x",
            (6.412,),
            (6.498, 6.577, 6.661),
        ),
        (
            "ADA SHORT\nEntry → 0.4521\nProfits → 0.4466 → 0.4409\nStop → 0.4688",
            (0.4521,),
            (0.4466, 0.4409),
        ),
        (
            "BTC LONG\nEntry ➜ 63,410\nProfit ➜ 64,100 ➜ 64,900\nSL ➜ 62,200",
            (63410.0,),
            (64100.0, 64900.0),
        ),
    ],
)
def test_profit_before_arrowed_prices_labels_the_targets(
    text: str, entries: tuple[float, ...], targets: tuple[float, ...]
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == entries
    assert parsed.take_profits == targets


@pytest.mark.parametrize(
    "text",
    [
        "#APE/USDT Take-Profit target 2 ✅\nProfit: 69.8204% 📈\nPeriod: 11 Hours 49 Minutes ⏰",
        "Closed ETH with profit 589.20$ ✅",
    ],
)
def test_profit_results_are_no_target_lines(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Long BRETT at 0.048182 stop 0.046256 target 0.0497, 5x", (0.0497,)),
        ("DIA long 0.7225, tp 0.7302 / 0.75 🎯, sl 0.7033", (0.7302, 0.75)),
        ("#API3 LONG\nEntry: 1.535\nTP1: 1.5503\nTP2: 1.58\nSL: 1.4867", (1.5503, 1.58)),
    ],
)
def test_round_last_target_with_text_after_reads(text: str, targets: tuple[float, ...]) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == targets


@pytest.mark.parametrize(
    "text",
    [
        "Short 1000SHIB at 0.022519 stop 0.023079 target 0.022",
        "Long NEIRO at 0.0014211 stop 0.0013801 target 0.001",
    ],
)
def test_message_ending_on_a_target_three_decimals_short_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW


@given(
    low=st.integers(min_value=10_000, max_value=99_000),
    width=st.integers(min_value=5, max_value=400),
    high_first=st.booleans(),
    sep=st.sampled_from(["-", " - ", "/", "–"]),
    lead=st.sampled_from(["buy now @", "long now ", "long here @ ", "BUY NOW AROUND "]),
)
def test_any_zone_after_now_is_stored_low_to_high(
    low: int, width: int, high_first: bool, sep: str, lead: str
) -> None:
    lo, hi = low / 10_000, (low + width) / 10_000
    a, b = (hi, lo) if high_first else (lo, hi)
    stop, tp = round(lo * 0.96, 4), round(hi * 1.03, 4)
    text = f"XRP {lead}{a:.4f}{sep}{b:.4f}\nsl: {stop:.4f}\ntp1: {tp:.4f}"
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL or (
        parsed.order_type == "limit" and parsed.entries == (lo, hi)
    ), text
