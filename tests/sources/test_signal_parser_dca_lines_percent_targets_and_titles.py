"""Cards with a DCA line beside the entry, stops told as an invalidation on a close, targets
given as a percentage beside priced ones, entries 'below' / 'over' a price, a chart title's coin,
and embed footers and dates that hold no price."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message


def _signal(text: str):
    parsed = parse_message(text)
    assert parsed.kind == MessageKind.SIGNAL, (text, parsed.reason)
    return parsed


@pytest.mark.parametrize(
    ("text", "side", "entries", "targets", "stop"),
    [
        (
            "$APT — short plan\nEntry: 8.772\nDCA 1 → 8.885 · DCA 2 → 8.972\n"
            "Invalidation: daily close above 9.24\nTP: 8.597 / 8.443",
            "short",
            (8.772, 8.885, 8.972),
            (8.597, 8.443),
            9.24,
        ),
        (
            "Long #INJ\nEntry 21.45\nDCA 1 ➜ 21.1 · DCA 2 ➜ 20.74\nTargets: 22.3, 23.05\nSL 20.2",
            "long",
            (21.45, 21.1, 20.74),
            (22.3, 23.05),
            20.2,
        ),
        (
            "Short $BNB\nEntry: $608.4\nAdd at $615.5 (DCA)\nAdd at $623.6 (DCA)\n"
            "TP: $595.3 / $582.3\nInvalidation — $642.2",
            "short",
            (608.4, 615.5, 623.6),
            (595.3, 582.3),
            642.2,
        ),
        (
            "DOGE/USDT LONG\nEntry: 0.15234\nadd at 0.14981\nTP 0.1561 - 0.1602\nSL 0.1452",
            "long",
            (0.15234, 0.14981),
            (0.1561, 0.1602),
            0.1452,
        ),
        (
            "Short $BTC\nFirst entry: 68,736.9\nTargets: 67,293.6 - 66,179\n"
            "Invalid if 4H closes above 70,847.6",
            "short",
            (68736.9,),
            (67293.6, 66179.0),
            70847.6,
        ),
        (
            "#LINK long\nEntry: 14.82\nTP: 15.3 / 15.9\nInvalid if the daily candle closes "
            "below 14.1",
            "long",
            (14.82,),
            (15.3, 15.9),
            14.1,
        ),
        (
            "LTCUSDT — sell anything over $79.48\nTargets: $77.85 - $76.06\nStop: $81.91",
            "short",
            (79.48,),
            (77.85, 76.06),
            81.91,
        ),
        (
            "$ARB — buy anything under 0.4121\nTP 0.4288 / 0.4405\nSL 0.3986",
            "long",
            (0.4121,),
            (0.4288, 0.4405),
            0.3986,
        ),
    ],
)
def test_dca_lines_invalidations_and_entry_words_read(text, side, entries, targets, stop) -> None:
    parsed = _signal(text)
    assert parsed.side is not None and parsed.side.value == side
    assert parsed.entries == pytest.approx(entries)
    assert parsed.take_profits == pytest.approx(targets)
    assert parsed.stop_loss == pytest.approx(stop)


@pytest.mark.parametrize(
    "text",
    [
        "#ETH — Short\nEntry: 3611.66\nTP1: 3540.48 (+2.0%)\nTP2: +4%\nSL: 3696.02",
        "$NEAR long\nEntry: 5.494\nTP1: 5.602 (+2.0%)\nTarget 2: +4%\nSL: 5.403",
        "SOL/USDT LONG\nEntry: 148.2\nTP1: 152.65\nTP2: 156.1\nTP3 → 8%\nSL: 144.1",
        "ARB/USDT SHORT\nEntry: 0,4121\nTP1: 0,4019\nTP2: ~5,5%\nSL: 0,4233",
    ],
)
def test_a_numbered_target_given_only_as_a_percentage_beside_priced_ones_goes_to_review(
    text: str,
) -> None:
    parsed = parse_message(text)
    assert parsed.kind == MessageKind.NEEDS_REVIEW, parsed
    assert "percentage" in parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        # a share of the position at a target, and the targets' distances repeated
        "SEI/USDT SHORT\nEntry: 0.511\nTP1: 0.5029\nTP2: 0.4955\nSL: 0.5206\n\nPlan:\n"
        "At TP1: close 50%",
        "#SOL LONG\nEntry: 148.2\nTP1: 152.65 (+3.0%)\nTP2: 157.1 (+6.0%)\nSL: 144.1 (-2.8%)",
        "#SOL LONG\nEntry: 148.2\nTP1 → 152.65 | +3.0%\nTP2 → 157.1 | +6.0%\nSL: 144.1",
    ],
)
def test_percentages_beside_prices_or_as_shares_are_read(text: str) -> None:
    _signal(text)


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        (
            "MOODENG daily idea: Trendline break\nPlan: long from $0.17873, stop $0.17189, "
            "targets $0.18341 and $0.18785.\nNot financial advice — DYOR.",
            "MOODENG",
        ),
        (
            "FHE 4H setup — range retest\nI'm looking to short from 0.0734; invalidation above "
            "0.0761; TPs 0.0712 / 0.0695.",
            "FHE",
        ),
    ],
)
def test_a_chart_titles_coin_before_its_timeframe_is_the_symbol(text: str, symbol: str) -> None:
    assert _signal(text).symbol == symbol


@pytest.mark.parametrize(
    "footer",
    ["Apex Calls • Status: Active • Yesterday at 09:05", "Status: Active • Yesterday at 21:47"],
)
def test_an_embed_footers_time_stamp_is_no_recap(footer: str) -> None:
    text = (
        f"🔴 SHORT — ETHUSDT\nEntry Price\n3465.56\nStop Loss\n3589.93\nTP1\n3399.39\n"
        f"TP2\n3340.12\nLeverage\n5x\n{footer}"
    )
    parsed = _signal(text)
    assert parsed.entries == (3465.56,)
    assert parsed.take_profits == (3399.39, 3340.12)
    assert parsed.leverage == 5


def test_a_recap_of_yesterday_still_goes_out_of_the_signal_path() -> None:
    text = "Yesterday's results: SOL +12% ✅\nSOL LONG\nEntry: 148.2\nTP: 152\nSL: 144.1"
    assert parse_message(text).kind != MessageKind.SIGNAL


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Jan", "Feb", "Mar", "Sept", "Oct", "Nov", "Dec", "December"]),
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=2024, max_value=2029),
)
def test_a_month_day_and_year_after_a_comma_hold_no_price(month: str, day: int, year: int) -> None:
    text = (
        f"🗓 {month} {day}, {year} | Call 419\nCoin: #TIA\nPosition: LONG ↗️\nEntry: 10.397\n"
        "Take-Profit: 10.614, 10.791\nStop-Loss: 10.092"
    )
    parsed = _signal(text)
    assert parsed.entries == (10.397,)
    assert parsed.take_profits == (10.614, 10.791)


@pytest.mark.parametrize(
    "text",
    [
        "Waiting for a dip below 0.4121 on $ARB before I post the long.",
        "$ARB: not entering yet, I want it under 0.4121 first. Call comes later.",
        "LTC could see 77.85 if 79.48 holds. Watching for now, no position.",
        "I'd sell anything over 80 on LTC honestly, but no call from me yet.",
    ],
)
def test_waiting_and_watching_stay_out_of_the_signal_path(text: str) -> None:
    assert parse_message(text).kind != MessageKind.SIGNAL, parse_message(text)
