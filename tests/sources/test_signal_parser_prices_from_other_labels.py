"""A card that lost a field's line is never copied with a price of another line in that field,
nor read as an update of an open trade.

``borrowed_prices``: a price standing on a line labelled by another field, an indicator, a
level's name, a wall or a ladder's average is not placed in the missing field by position.
``cards_missing_fields``: a scalp's exit card with a line gone, a stop line's candle close, a
card's own plan for its stop and take-profit lines ticked as the card's icon are no update.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        # the stop line gone: an indicator's price under the reasons is no stop
        (
            "#AVAX SHORT\nEntry: 36.25\nTargets: 35.7, 35.1\n\nWhy:\n- 200 EMA at 36.93\n"
            "- funding 0.01%",
            "no stop",
        ),
        ("🔴 ARB SHORT\nEntry: 1.2355\nTargets: 1.2045, 1.1808\n\n▫️ 200 EMA at 1.2614", ""),
        # the entry line gone: a stop's, a target's, an average's or a level's price is no entry
        ("#DOT LONG\nStops: 6.615 (4H close)\nTargets: 7.12 / 7.40\nx10", "no entry price"),
        ("ORDI SHORT scalp\nOut: 35.12\nStop: 36.05", "no entry price"),
        ("$ATOM LONG\nØ 8.214\nTP1: 8.44\nTP2: 8.61\nStop: 7.98", "no entry price"),
        ("#NEAR LONG\n(avg 5.471)\nTP1: 5.62\nSL: 5.288", ""),
        ("$SEI LONG\navg entry ~0.4518\nTP1: 0.4601\nSL: 0.437", "no entry price"),
        ("#LTC SHORT\nAverage price if all fill: 84.27\nTP: 82.05\nStop: 87.58", ""),
        (
            "Quick look at OP 👀 the support at 2.219 is holding.\nTP1: 2.27\nSL: 2.18",
            "no entry price",
        ),
        ("Dutch #LINK SHORT\nDoel: 0,12421\nStoploss: 0,13083", "no entry price"),
        # the stop line gone from a sell-then-buy-back plan: its targets are no long's entries
        ("ADA/USDT plan\nSelling: 0.4642 - 0.4679\nBuying back: 0.4567, 0.4506", "no entry price"),
    ],
)
def test_price_of_another_line_is_not_the_missing_field(text: str, missing: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed
    assert missing in parsed.reason, parsed.reason


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        # a scalp's exit card with its entry, or its side, gone: no close of an open trade
        ("⚡ SCALP #ARB\nExit 1.2405\nStop 1.2211\nx20", "no entry price"),
        ("⏱ Scalp\n#BNB LONG\nClose at 576.4\nInvalid: 562.8\nLev 20x", "no entry price"),
        ("OP SHORT scalp\nEntry 2.4448\nClose at 2.4306\nLev 15x", "no stop"),
        # a stop taken on a candle's close is no close
        (
            "#LINK — khareedo\nEntry (Buy): 14.52 ke qareeb\n"
            "SL: 14.1 ke neeche close ho to nikal jana",
            "no targets",
        ),
        # ticks as the targets' icon under a side and an entry: no board of hits
        ("BUY SOLUSDT\n📍 148.2\n✅ Take profit 1: 150.1\n✅ Take profit 2: 152.3", "no stop"),
        ("SELL APT/USDT\n📍 8.1\n✅ TP 1: 8.03\n✅ TP 2: 7.96", "no stop"),
        # the card's own plan for its stop
        ("#SCALP #ARB\nBuy: 1.2405\nSL: 1.2211\nMove SL to entry after T1 ✅", "no targets"),
    ],
)
def test_card_with_a_line_cut_is_no_update(text: str, missing: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed
    assert missing in parsed.reason, parsed.reason


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop"),
    [
        # the commentary beside every labelled field: read as written
        (
            "#AVAX SHORT\nEntry: 36.25\nTargets: 35.7, 35.1\nSL: 36.71\n\nWhy this trade:\n"
            "- 200 EMA at 36.93\n- funding 0.01%",
            (36.25,),
            (35.7, 35.1),
            36.71,
        ),
        (
            "$NEAR LONG\nEntry: 5.412\nTP1: 5.55\nSL: 5.288\n"
            "Next resistance after that sits at 5.61, we'll see.",
            (5.412,),
            (5.55,),
            5.288,
        ),
        # a position's average fill is its entry; a ladder keeps its orders beside its average
        (
            "OKX Copy Trade\nTRXUSDT · Perpetual · Long 20x\nAvg. entry price: 0.12959\n"
            "TP / SL: 0.13345 / 0.12581",
            (0.12959,),
            (0.13345,),
            0.12581,
        ),
        (
            "$ATOM LONG\nBuys: 8.3 / 8.2 / 8.1 (avg ~8.2)\nTP1: 8.44\nStop: 7.98",
            (8.3, 8.2, 8.1),
            (8.44,),
            7.98,
        ),
        # a block's rows under headings that name their field
        (
            "#AXS/USDT\nSignal Type: Regular (Short)\n\nEntry Zone Targets:\nTarget 1: 6.912\n\n"
            "Exit Targets:\nTarget 1: 6.771\nTarget 2: 6.65\n\nStop Targets:\nTarget 1: 7.104",
            (6.912,),
            (6.771, 6.65),
            7.104,
        ),
        # the word after its price, joined labels, a scalp's exit with its entry
        (
            "SUIUSDT short\n0.9522 entry, 0.9368 / 0.9235 targets, 0.9777 invalidation",
            (0.9522,),
            (0.9368, 0.9235),
            0.9777,
        ),
        ("⚡ SCALP #ARB\nLong 1.2304\nExit 1.2405\nStop 1.2211\nx20", (1.2304,), (1.2405,), 1.2211),
        (
            "BUY SOLUSDT\n📍 148.2\n✅ Take profit 1: 150.1\n✅ Take profit 2: 152.3\n"
            "🛑 Stop: 145.9",
            (148.2,),
            (150.1, 152.3),
            145.9,
        ),
        (
            "#DOT LONG\nEntry: 6.95\nStops: 6.615 (4H close)\nTargets: 7.12 / 7.40",
            (6.95,),
            (7.12, 7.4),
            6.615,
        ),
        (
            "XRP/USDT plan\nSelling: 0.5287 - 0.5329\nBuying back: 0.5202, 0.5118\nStop: 0.5411",
            (0.5287, 0.5329),
            (0.5202, 0.5118),
            0.5411,
        ),
    ],
)
def test_real_cards_read_as_written(
    text: str, entries: tuple[float, ...], targets: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert tuple(parsed.entries) == entries
    assert tuple(parsed.take_profits) == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        "SOL update 👇\n✅ TP1\n✅ TP2\n🔒 SL → entry",
        "BNBUSDT 🚀\n✅ TP1 — 636.3\n✅ TP2 — 626.9\n🔲 TP3 — 611.4",
        "#SUI\nTP1 hit ✅\nMove SL to entry",
        "#OP\nClosed at 2.4606 ✅ +1.2%",
        "💎 SMALL WIN - AUTO EXIT\n\nSymbol: BTCUSDT\nEntry: 68,999.6\nExit: 67,577.7\n"
        "Profit: +5.68%",
        "#ETH SHORT\nSL hit, closed at 3,050 ❌",
    ],
)
def test_updates_stay_updates(text: str) -> None:
    assert parse_message(text).kind is MessageKind.FOLLOW_UP


_COINS = st.sampled_from(["SOL", "AVAX", "LINK", "INJ", "ARB", "TIA"])
_COMMENTS = st.sampled_from(
    ["- 200 EMA at {p}", "Next resistance after that sits at {p}.", "Massive ask wall at {p}"]
)


@settings(max_examples=60, deadline=None)
@given(
    coin=_COINS,
    comment=_COMMENTS,
    entry=st.integers(min_value=1000, max_value=90000),
    decimals=st.integers(min_value=1, max_value=4),
)
def test_commentary_price_is_never_the_missing_stop(
    coin: str, comment: str, entry: int, decimals: int
) -> None:
    """A short's card with its stop line gone and a commentary price above its entry: never a
    signal whose stop is the commentary's price."""
    scale = 10**decimals
    e = entry / scale
    t1, t2 = (entry * 0.98) / scale, (entry * 0.96) / scale
    above = (entry * 1.02) / scale
    text = (
        f"#{coin} SHORT\nEntry: {e:.{decimals}f}\n"
        f"Targets: {t1:.{decimals}f}, {t2:.{decimals}f}\n\n"
        + comment.format(p=f"{above:.{decimals}f}")
    )
    parsed = parse_message(text)
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.stop_loss is None or abs(parsed.stop_loss - above) > 1e-9, text
    assert parsed.kind is not MessageKind.FOLLOW_UP


@pytest.mark.parametrize(
    "text",
    [
        "#SOL\nVente (SHORT) entre 1,0000 et 1,0100\nTP1: 0,9800\nTP2: 0,9600\nStop: 1,0300",
        "#ADA LONG\nEntry: 2\nTP1: 2.2\nTP2: 2.4\nSL: 1.8",
    ],
)
def test_a_number_glued_to_a_label_is_no_price_of_its_line(text: str) -> None:
    """ "TP1:" / "TP2:" hold the label's number, not a price 1 or 2: an entry of 1 or 2 is not
    taken from those lines."""
    assert parse_message(text).kind is MessageKind.SIGNAL
