"""Talk that carries a coin, a side and prices: a sample of the signal format, another trader's
position told (a whale tracker's post), a past call recalled on one line, options, ETF-flow and
prediction-market data, a question asking the others for a target with the price now, a member's
question about their own trade. None is copied; the calls told beside such words still read, and
what cannot be told goes to review."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.asked_levels import asks_for_target
from tradermanager.sources.signal_parser.market_data import _DATA, MARKET_DATA_HINT
from tradermanager.sources.signal_parser.past_calls import _PAST, PAST_HINT
from tradermanager.sources.signal_parser.sample_cards import _GUIDE, _SAMPLE, SAMPLE_HINT
from tradermanager.sources.signal_parser.whale_positions import _WHO, WHALE_HINT

TALK = [
    # samples of the format
    "📚 How to read our signals\nPair: LINK/USDT\nDirection: LONG\nEntry: 14.85 - 14.76\n"
    "TP1: 15.12\nTP2: 15.4\nSL: 14.3\nLeverage: 5x\n(example only, not a trade)",
    "Template for our format (save it):\nCOIN: AVAX\nSIDE: SHORT\nENTRY: 35,20\nSL: 36,10\n"
    "TP: 34,50, 33,90\n↑ sample values, not a signal",
    "Copier tip 🤖 try this dummy signal in a private chat first:\nDOT LONG Entry 6.42 TP 6.61 "
    "SL 6.2\nIf the bot opens it there, you're ready.",
    "Every card looks like this 👇\n\n#BTC SHORT\nEntry 63,450\nTargets 62,800 / 62,100\n"
    "Stop 64,300",
    "Anatomy of a call: 'ETH short 3412.5, SL 3480, TP 3350' means open a short near 3412.5.",
    "FAQ: 'Entry 0.5231–0.5198' means limit orders in that zone; 'TP1 0.5302' is the first "
    "exit. Numbers from the template only.",
    # another trader's position
    "🐋 Whale alert: 0x9f3c…a1b2 opened a 40x LONG on BTC at 63,450 ($212M). Liq price: 62,010",
    "Hyperliquid whale update 👀\nDOGE short 10x\nEntry: 0.12345\nLiq: 0.13456\nSize: $8M",
    "The ETH whale who went long at 3,412.5 just added another $40M, liquidation now 3,120.",
    "Leaderboard #1 is short SUI from 1.0512 with 25x. Just sharing, not copying.",
    "Whale tracker 🐳 | INJ-PERP | LONG | 20x | entry 24.61 | liq 23.52 | value $31M",
    "🚨 AVAX whale closed the long at 36.12 for +$640K (entry was 34.9).",
    # a past call recalled on one line
    "Yesterday's call: SHORT ETH 3412.5 → TP2 hit ✅",
    "Last month's LINK long from 14.85 closed at 15.62 (TP3) 🎯 +5.2%",
    "Remember the DOGE short at 0.12345? All targets done: 0.1211 ✅ 0.1189 ✅",
    "BTC LONG recap 🔁 entry 63,450 / SL 62,100 / TP 64,800 ✅ 66,000 ✅ — closed, +21% with 10x",
    "Throwback 📸 SOL long at 98.4 from January ➡️ 148.2 today. Patience pays.",
    "Yesterday: SHORT ATOM 📍8.45 ➝ 🎯8.31 ➝ 🎯8.17 ✅ done",
    # market data
    "📆 Options expiry Friday: ETH notional $2.4B, put/call 0.81, max pain 3,400. Spot at 3,412.5.",
    "ETF flows (USD m): IBIT +310 | FBTC -42 | ARKB +17 — BTC at 63,450",
    "Polymarket 'SOL above 150 on 28 June?' YES 0.34 / NO 0.66",
    "📊 Prediction markets on XRP (end of month)\n↑ 0.58: 12%\n↑ 0.55: 31%\n↓ 0.49: 40%",
    # a question asking the others for a target, and the price now
    "Quelqu'un a un objectif pour DOT ? Il est à 6,42 là",
    "anyone got a tp for 1000PEPE?? its at 0.0081234 rn",
    "¿Alguien tiene objetivo para BTC? Está en 63.450,5 ahora",
    "Hat jemand ein Ziel für ETH? Steht gerade bei 3 412,50",
    "Alguém tem alvo pro 1INCH? Tá em 0,4213 agora",
    "Qualcuno ha un target per SUI? Ora è a 1,0512",
    "LINK için hedef olan var mı? Şu an 14,85",
    # a member's question about their own trade
    "I'm long DOT from 6.42 with my stop at 6.2, should I hold or cut? 😬",
    "Shorted AVAX at 35.2 this morning, stop 36.1. Hold or close?",
    "Is it too late to enter SOL at 151.3? The call was 148.2.",
]


@pytest.mark.parametrize("text", TALK)
def test_talk_with_levels_is_not_copied(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed


CALLS = [
    # a banner or a news line naming whales above the channel's own card
    ("🐋 WHALE SIGNALS 🐋\n#ETH/USDT LONG\nEntry: 3412\nTargets: 3450, 3500\nStop: 3350", "ETH"),
    (
        "Whale alert: 1,200 BTC moved to an exchange.\n\n$SOL SHORT 👇\nEntry: 148.2\n"
        "TP: 145 / 142\nSL: 151.3",
        "SOL",
    ),
    ("Whales are long SOL too 🐋 We join: entry 148.2, SL 144.1, TP 152 / 156, 5x.", "SOL"),
    # a recap above a new call
    ("Yesterday's ETH call hit TP2 ✅ Next one: LONG SOL 148.2, SL 144, TP 152 / 156", "SOL"),
    (
        "Yesterday: ARB TP3 ✅, AVAX stopped ❌.\n\nNew one 👇\nSHORT XRP 0.5632\n"
        "TP 0.5544 / 0.5475\nSL 0.5861",
        "XRP",
    ),
    # market data beside the trade taken on it
    ("Max pain sits at 60,000 so we short: BTC short 63450, SL 64800, TP 61000 / 60000", "BTC"),
    ("ETF flows strong today 🟢 BTC LONG entry 63450 SL 62100 TP 64800 66000", "BTC"),
    # a question beside a full call
    ("LONG SOL 148.2, SL 144.1, TP 152 / 156. Should I add more on a dip? 😅", "SOL"),
    (
        "To everyone asking for a target on DOT: the call is long 6.42, targets 6.61 and 6.8, stop "
        "6.2.",
        "DOT",
    ),
    # a sample's word after the levels only
    ("SOL LONG\nEntry: 148.2\nSL: 144.1 (e.g. under the wick)\nTP: 152 / 156", "SOL"),
]


@pytest.mark.parametrize(("text", "symbol"), CALLS)
def test_calls_beside_such_words_still_read(text: str, symbol: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.symbol == symbol


REVIEWED = [
    # a recap and another coin's call in one post: which is the trade?
    "Last week's SOL long closed at TP2. Today: ETH short 3412, SL 3480, TP 3350 / 3300",
    # a whale's news line over a card: the first line's price stands under no label
    "🐋 Whale alert: 0x12ab…99ff opened a 20x long on SOL at 148. Liq 140.\n\nSOL LONG\n"
    "Entry 148.5\nSL 144\nTP 152 / 156",
]


@pytest.mark.parametrize("text", REVIEWED)
def test_what_cannot_be_told_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        # a member's own targets after the question put to the others: not copied
        "Quelqu'un a un objectif pour SOL ? Moi je vise 160 et 170",
        "Anyone got a target for SOL? Mine are 152 and 156",
    ],
)
def test_targets_of_ones_own_after_a_question_are_not_copied(text: str) -> None:
    assert parse_message(text).kind not in (MessageKind.SIGNAL, MessageKind.FOLLOW_UP)


@pytest.mark.parametrize(
    "text",
    [
        "Anyone got a target for SOL? Mine are 152 and 156",  # two numbers: targets of one's own
        "Target for SOL? 165 🎯",  # no one asked: perhaps the writer's answer
        "Anyone got a target for SOL 150? It's at 148 now",  # a number in the question
        "Anyone long SOL? It's at 148 now",  # no target asked
    ],
)
def test_only_a_target_asked_of_the_others_beside_one_price_is_the_question(text: str) -> None:
    assert not asks_for_target(text)


_COINS = st.sampled_from(["SOL", "ETH", "1INCH", "1000PEPE", "DOGE", "WIF"])
_PRICES = st.decimals(min_value="0.0001", max_value="99999", places=4).map(
    lambda d: f"{d.normalize():f}"
)
_ASKS = st.sampled_from(
    [
        "Quelqu'un a un objectif pour {c} ? Il est à {p} là",
        "Anyone got a target for {c}? It's at {p} now",
        "¿Alguien tiene objetivo para {c}? Está en {p} ahora",
        "Hat jemand ein Ziel für {c}? Steht gerade bei {p}",
        "{c} için hedef olan var mı? Şu an {p}",
    ]
)


@given(_ASKS, _COINS, _PRICES, st.booleans())
def test_a_target_asked_with_the_price_now_is_talk_in_any_language(
    form: str, coin: str, price: str, comma: bool
) -> None:
    text = form.format(c=coin, p=price.replace(".", ",") if comma else price)
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    ("pattern", "hint"),
    [
        (_SAMPLE, SAMPLE_HINT),
        (_GUIDE, SAMPLE_HINT),
        (_WHO, WHALE_HINT),
        (_PAST, PAST_HINT),
        (_DATA, MARKET_DATA_HINT),
    ],
)
def test_every_match_holds_its_gate_word(pattern, hint) -> None:  # type: ignore[no-untyped-def]
    @given(st.from_regex(pattern, fullmatch=True))
    def holds(text: str) -> None:
        assert hint.search(text) is not None

    holds()
