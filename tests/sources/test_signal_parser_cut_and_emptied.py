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
    assert "cut short or a level is missing" in parsed.reason


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


CHATTER = (
    "Reminder: move your SL to entry on the old BTC trade if you are still in",
    "Yesterday's ETH call hit TP2 ✅ congrats to everyone who took it",
    "BNB trade from Monday closed in profit 🔥",
)
SIGNALS = (
    ("short ada @ 0.4647\ntp 0.4592\nsl 0.4841 10x", "ADA"),
    ("long xrp 0.5066 sl 0.4918 tp 0.5152 20x", "XRP"),
    ("@everyone\nSEI | Short 🔴\n**Entry:** 0.471\n**Stop Loss:** 0.4883\n**TP1:** 0.4639", "SEI"),
    ("#SUIUSDT\nPasukan 1.0921\nLayunin 1.1033\nLayunin 1.1335\nHinto 1.051", "SUI"),
    (
        "<:ltc:6224605547533962348> **LTC** SHORT — details:\n> **LTC/USDT** SHORT\n"
        "> Entry: 76.44\n> TP1: 75.19\n> SL: 79.11",
        "LTC",
    ),
    (
        "#DIAUSDT\nKuingia: 0.7681\nLengo 1: 0.7826 (+1.9%)\nLengo 2: 0.7853 (+2.2%)\n"
        "Hasara: 0.7514 (-2.2%)",
        "DIA",
    ),
)


@pytest.mark.parametrize("chatter", CHATTER)
@pytest.mark.parametrize(("signal", "coin"), SIGNALS)
@pytest.mark.parametrize("above", [True, False])
def test_chatter_about_another_trade_beside_a_signal(
    chatter: str, signal: str, coin: str, above: bool
) -> None:
    """A line of channel talk with an update's words about another coin's trade, above or
    under a signal: the signal (of its own coin) or review — never that coin's levels under
    the other coin, never the talk's update applied to the signal's coin, never talk."""
    text = f"{chatter}\n\n{signal}" if above else f"{signal}\n\n{chatter}"
    parsed = parse_message(text)
    assert parsed.kind in (MessageKind.SIGNAL, MessageKind.NEEDS_REVIEW), parsed.reason
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.symbol == coin


@pytest.mark.parametrize(
    "text",
    [
        "⚡⚡ #BTC/USDT ⚡⚡\nSignal Type: Regular (Short)\nLeverage: Cross (3X)\n\n"
        "Entry Targets:\n1) 65013.9\n2) 65404\n2) 65404\n3) 65794.1\n\n"
        "Take-Profit Targets:\n1) 64346.1\n2) 62313.6\n\nStop Targets:\n1) 67767.9",
        "#1INCHUSDT LONG 🟢\n\n➡️ Entry: $0.3908…$0.3928\n\n⬇️ Targets ⬇️\n$0.3976\n$0.4028\n"
        "$0.4028\n\n🚫 Stop: $0.3816",
        "Taking a short on $DOT at 6.586. First target 6.471, second 6.33. Stop loss 6.886.\n"
        "Taking a short on $DOT at 6.586. First target 6.471, second 6.33. Stop loss 6.886.",
    ],
)
def test_a_line_of_levels_written_twice_goes_to_review(text: str) -> None:
    """A paste or forward glitch: copied, the plan would hold a level twice."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.entries, parsed.take_profits)
    # (a sentence's ordinal targets, "First target a, second b", read twice come back out of
    # order before the repetition is looked for: the reason lists them, a, b, a, b)
    assert "written twice" in parsed.reason or "not in order" in parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        # the coin line lost: a word in capitals that is no coin must not stand in for it
        "Entry: 0.045875\nTP1: 0.045225\nStop: 0.048109\nRSI(14): 71\nVolume: 7.1B",
        "**SIZE: 0.5-1%**\n**SIDE:** __LONG📈__\n**📍ENTRY:** `0.4341`\n**✖️SL:** `0.4285`\n"
        "**TP1:** `0.4383`",
        "Entry          80.59\nTP 1           79.56   RR 1:0.6\nInvalidation   82.22",
        "@EVERYONE\n**ENTRY:** 0.0015081\n**STOP LOSS:** 0.0015325\n**TP1:** 0.0014856",
        # ordinals read as targets from a table flattened to one line
        "📊 SIGNAL #5504 | │ Pair │ 1INCHUSDT │ | │ Side │ LONG │ | │ Entry │ 0.4036 │ | "
        "│ Target 1 │ 0.4102 │ | │ Target 2 │ 0.4155 │ | │ Stop Loss │ 0.3949 │",
    ],
)
def test_no_signal_is_copied_on_a_word_that_is_no_coin_or_a_number_that_is_no_price(
    text: str,
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL, (parsed.symbol, parsed.take_profits)


def test_a_mention_in_capitals_is_no_coin() -> None:
    parsed = parse_message(
        "@EVERYONE\nNEIRO | SHORT 🔴\n**ENTRY:** 0.0015081\n**STOP LOSS:** 0.0015325\n"
        "**TP1:** 0.0014856"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == "NEIRO"


@pytest.mark.parametrize(
    "text",
    [
        "LINK long entry 14.594 tp 14.763",
        "#SOL/USDT LONG\nEntry: 148.2\nTargets: 152.45",
        "SHORT #DOGE 📉 Entry 0.13297 • TP1 0.13137 •",
    ],
)
def test_a_list_cut_after_its_first_target_goes_to_review(text: str) -> None:
    """Nothing tells a list cut after its first target from a one-target signal, but one
    target with no stop and the text ending on it is seldom meant: review."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed.take_profits
    assert "cut short" in parsed.reason


def test_one_target_with_a_stop_or_words_after_it_is_a_signal() -> None:
    for text in (
        "LINK long entry 14.594 tp 14.763 sl 14.2",
        "#SOL/USDT LONG\nEntry: 148.2\nTarget: 152.45\nStop: 144.1",
    ):
        parsed = parse_message(text)
        assert parsed.kind is MessageKind.SIGNAL, parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        "#1MBABYDOGE/USDT — LONG\n💠 0.0019577\n💰 0.0019771\n🧯 \n⚙️ 5x",
        "#LQTYUSDT\nEntry: 0.2755 - 0.2772\nTargets:\n• \n• 0.2855\n• 0.2946\nStop: 0.2678",
    ],
)
def test_an_icon_or_bullet_left_without_its_price_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed.take_profits
    assert "no price after it" in parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        # a stop left out above a management block that names a target
        "#BTC/USDT LONG\nEntry: 58,892.4\nTP1: 59,750.6\nTP2: 60,813.5\nSL:\n\nManagement 👇\n"
        "At TP1: close half and set SL to BE",
        # the first of numbered side-word entries left out
        "NEAR/USDT SHORT ladder\nShort 1:\nShort 2: 5.534\nShort 3: 5.599\nTarget 1: 5.337\n"
        "SL: 5.762",
        "TURBO DCA ladder\nBuy 1:\nBuy 2: 0.0063636\nBuy 3: 0.0062379\nSell #1: 0.0068588\n"
        "Sell #2: 0.007147\nInvalidation: 0.0057996",
        # an icon of the target list left without its price under the list's label
        "⚡️⚡️ #ORDI/USDT ⚡️⚡️\nShort📉 x10\n\nEntry: 38.93\n\nTake-Profit:\n🥉 \n"
        "🥈 38.16 (20% of profit)\n🥇 37.67 (32% of profit)\n\nStop - 39.77",
    ],
)
def test_more_levels_left_out_go_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.entries, parsed.take_profits)
    assert "cut short or a level is missing" in parsed.reason


def test_a_whole_price_first_in_a_list_is_no_ordinal() -> None:
    """'Take Profit 6, 6.125, 6.257' with the colon left out: 6 is the first target."""
    parsed = parse_message(
        "Pair: DOTUSDT\nSide: Long\nEntry 5.886\nTake Profit 6, 6.125, 6.257\nStop Loss 5.708"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (6.0, 6.125, 6.257)


@pytest.mark.parametrize(
    "text",
    [
        "FHE/USDT SHORT\nEntry:\n-0.0728\nTake profit:\n-\n-0.07047\n-0.06956\nStop:\n-0.07425",
        "1000BONK/USDT LONG ⚡️\nEntry:\n-$\n-$0.025452\nTargets:\n-$0.026008\n-$0.026385\n"
        "Stop:\n-$0.024984",
        "🔴 SHORT XRPUSDT\n\nFirst entry:\nSecond entry: 0.4835\n\nTargets: 0.47 - 0.4626\n"
        "Stop: 0.4945",
    ],
)
def test_a_dash_bullet_or_an_ordinal_entry_left_empty_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.entries, parsed.take_profits)
    assert "cut short or a level is missing" in parsed.reason
