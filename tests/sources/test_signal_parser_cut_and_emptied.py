"""Messages that must never be copied wrong or dropped: rewritten, cut or emptied signals.

Each test states what a safe reading is: the same signal, or review — never another signal,
never talk.
"""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import MessageKind, parse_message


@pytest.mark.parametrize(
    ("text", "entry", "targets", "stop"),
    [
        (
            "Pereche: ADA/USDT\nDirecție: LONG\nIntrare 6,215\nȚinte 6,342 / 6,488\n"
            "Stop loss 6,021\nLevier 10x",
            6.215,
            (6.342, 6.488),
            6.021,
        ),
        (
            "#LINKUSDT SAT 🔴\nAlım 14,412\nKâr al 14,208 - 13,975\nZarar durdur 14,736\n"
            "Kaldıraç 5x",
            14.412,
            (14.208, 13.975),
            14.736,
        ),
    ],
)
def test_a_leverage_label_without_its_colon_still_names_the_decimal_comma(
    text: str, entry: float, targets: tuple[float, ...], stop: float
) -> None:
    """ "Levier 10x", "Kaldıraç 5x": the leverage read takes the label word with it, but the
    word still tells the message's language — "6,215" is 6.215, not 6,215."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (entry,)
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        # a stop label over a line that is no key ("Lev x25", a note)
        "BNB/USDT SHORT\nEntry: 604.2\nTargets: 598.4\nStop:\nLev x25",
        "#WIF — spot\nBid zone: 2.312 - 2.3592\nSell: 2.5951 / 2.831\nStop loss:\nLow cap ⚠️",
        # markup around the label, a spoiler whose value was cut
        "**LONG** `SOLUSDT`\n**Entry**\n150.22 - 150.97\n**Take Profit**\n152.45 / 154.81\n"
        "**Stop Loss**\n||\n**Leverage**\n10x",
        # a numbered target among priced ones; an icon label; a note before the colon
        "🪙 #SOL/USDT\n📊 LONG 🟢\n💸 Entry: 153.09\n🎯 TPs:\n✅ TP-1: 154.93\n✅ TP-2:\n"
        "✅ TP-3: 159.21\n❌ StopLoss: 148.5",
        "📈 $XRP LONG @ 0.5022\n🎯 0.5121 / 0.5185\n🛑 \n⚡ 15x",
        "$TIA plan\nSPOT: buy 9.291\nFUTURES: long 9.291, 3x\nTargets (both):\nSL (both): 8.826",
        "ETH SHORT\nGiriş (Entry): 3428.5\nHedef (TP): 3366.55, 3347.1\nStop (SL):\nKaldıraç: 20x",
        # one entry of two left out: the other is no entry of its own
        "$LINK — Long\nEntry 1:\nEntry 2: 14.498 (50%)\nTargets: 15.135, 15.464\nStop: 14.136",
        # an emptied entry label, the entry read from elsewhere: a current price, commentary
        "#BNBUSDT LONG\nCurrent price: 577.9\nEntry:\nTP: 585.9 / 595.2\nSL: 562.8",
        "TURBO held the $0.0055519 level twice today.\n\nLONG TURBO\nEntry:\n"
        "TP: $0.005715 / $0.0058406\nSL: $0.0054632",
        # the same target label over each target, the first left empty
        "ORDI SELL @ 37.74\nTP:\nTP: 37.01\nTP: 36.91\nSL: 38.19",
        # a level under a word no lexicon knows, left empty between labelled prices
        "🚨 NOVA OPERAÇÃO\nMoeda: #BNB/USDT\nDireção: COMPRA 🟢\nPreço de entrada: 623.2\n"
        "Realizações:\nStop: 604.9\nAlavancagem: 15x",
        "#DOGEUSDT Soting\nKirish: 0.12882\nMaqsad 1:\nMaqsad 2: 0.1244\nStop: 0.13414",
        "#DIAUSDT SHORT\nఎంట్రీ: 0.7779\nలక్ష్యం: 0.7688 - 0.7493\nస్టాప్ లాస్:\nx20",
    ],
)
def test_a_level_label_left_empty_goes_to_review(text: str) -> None:
    """Copied as it reads, the signal would trade without the level, or with a price read
    from elsewhere in its place."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.kind, parsed.entries)
    assert "no value after it" in parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        # a card whose take-profit was left out reads as too little for a signal: no close
        "Signal #3372 | 🔴 SHORT | BINANCE FUTURES\nAsset: ADAUSDT\nOrder: Limit 0.4297\n"
        "Take-Profit:\nStop-Loss: 0.4396\nMargin: 2% | Leverage: Isolated 20x",
        "Long limit on XRPUSDT at 0.5432 (wick fill)\nStop:\nLeverage 10-20x\n"
        "Order stays open for 24h, cancel if not filled.",
    ],
)
def test_a_signal_with_a_level_left_empty_is_no_follow_up(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.kind, parsed.action)


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop"),
    [
        # the signal written twice: the other copy holds the level
        (
            "#LINKUSDT SHORT\nEntry:\nTargets: 15.225 / 14.881\nStop Loss: 15.613\n———\n"
            "#LINKUSDT ШОРТ\nВход: 15.38\nЦели: 15.225 / 14.881\nСтоп: 15.613",
            (15.38,),
            (15.225, 14.881),
            15.613,
        ),
        # headings over labels of their own kind, in capitals or under other words
        (
            "✅ TRADE PLAN (SHORT SETUP) — TRXUSDT\n🟢 ENTRY ZONES:\nInitial Entry (1% capital): "
            "0.113 USDT\n🔴 STOP LOSS:\nStop Loss: 0.12635 USDT\n🎯 TAKE PROFIT TARGETS:\n"
            "TP1: 0.10927 USDT\nTP2: 0.10554 USDT",
            (0.113,),
            (0.10927, 0.10554),
            0.12635,
        ),
        (
            "#ADAUSDT LONG\nEntry: 0.4512\nTargets:\nTP1: 0.4601\nTP2: 0.4688\nStop loss:\n0.4388",
            (0.4512,),
            (0.4601, 0.4688),
            0.4388,
        ),
        # a stop label named in a sentence under the levels
        (
            "✳️ API3/USDT SHORT SETUP\nEntry: 1.3862\nTP1: 1.3721\nSL: 1.4561\n"
            "Trail the stop after TP2.",
            (1.3862,),
            (1.3721,),
            1.4561,
        ),
    ],
)
def test_a_label_with_its_value_elsewhere_is_read(
    text: str, entries: tuple[float, ...], targets: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == (entries, targets, stop)
