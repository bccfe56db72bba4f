"""Talk between calls that carries a coin, a side and prices: a liquidation map's clusters, a
forecast's cases, CME gaps and seasonality, indicator readouts, other traders' orders in the
book, a hedged pair (a long and a short held together), a setup whose call is still to come, a
paper or competition trade, a closed trade reviewed. None is copied. A call told beside such
words still reads; a side at a price with no such word stays to review."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.hedged_pairs import _HEDGED, HEDGE_HINT
from tradermanager.sources.signal_parser.market_readouts import _READOUT, READOUT_HINT
from tradermanager.sources.signal_parser.practice_trades import _PRACTICE, PRACTICE_HINT
from tradermanager.sources.signal_parser.promised_setups import _PROMISE, PROMISE_HINT
from tradermanager.sources.signal_parser.trade_reviews import _TITLE, REVIEW_HINT

TALK = [
    # liquidation maps
    "Liq levels #SOL (25x)\nLongs: 141,35\nShorts: 156,9\nPrice now: 148,2",
    "Coinglass DOGE: long liq density peaks at 0.11852, short liq density at 0.13021.",
    "🔥 BNB liquidation heatmap: long liquidation cluster at 571.5–578, shorts stacked above 601.",
    # forecasts
    "Bull case 120,000, bear case 48,500, base case 82,000. Every BTC price covered 😂",
    "Analyst raises LINK year-end target to 24.5 from 19.8, keeps the downside scenario at 11.2.",
    # CME gaps and seasonality
    "Friday CME close 63,120, Sunday open 64,015 → new gap on BTC.",
    "Friday CME close 3 388, Sunday open 3 431 → new gap on ETH.",
    # indicator readouts
    "AVAX session levels\nVWAP 35.21 | POC 34.6 | VAH 36.02 | VAL 33.95",
    "EMA ribbon on NEAR 1H flipped red. 21 EMA at 5.712, 55 EMA at 5.804.",
    # other traders' orders
    "the ATOM sell wall at 8.612 got pulled 👀 spoof? price 8.45",
    "Huge buy orders stacked at 0.5012 on XRP, someone wants that dip.",
    "Someone keeps refreshing a 2,400 ETH sell order at 3,520 on Coinbase.",
    # hedged pairs
    "Funding arb on SUI: long spot 1.0512, short perp 1.0611, collecting 0.031% every 8h.",
    "delta-neutral: long OP on OKX at 2.351, short OP on Bybit at 2.364",
    "Arb closed ✅ TIA spread between OKX (9.81) and Bitget (9.93) converged, 1.1% in 3 days.",
    # setups still to come
    "⏳ ORDI setup loading… watching 37,9 for a long, entry and SL in the next post.",
    "Preparing a SHORT on #INJ 🧐 price 24.61. Don't jump in yet, wait for the entry post.",
    "No entry yet on APT. I'll drop the levels once it closes above 9.12.",
    "ARB is close to our zone (1.0911–1.1034). The long signal with stop and targets comes "
    "when we get there.",
    # practice and competitions
    "Paper trade #12 (demo account)\nLONG WIF\nEntry: 2.4512\nSL: 2.3801\nTP: 2.5523\n"
    "practice only, not a signal",
    "📋 Simulated trade (testnet)\nBTC short\nentry 64,210.5 | stop 65,100 | target 62,800",
    "Demo challenge: open a long on LTC at 82,4 on your testnet account, stop 80,1.",
    "@chartking leads the trading competition with +412% (last trade: SHORT DOT from 6.452).",
    # closed trades reviewed
    "📝 Trade review #7\nPair: ETH/USDT\nSide: Long\nEntry: 3,401.5\nExit: 3,488\nResult: +1.9R",
    "What went wrong on the SEI short: entered at 0.4812, stop at 0.4955 was too tight.",
    "Post-mortem APT\nPlan: long 8.912, SL 8.61, TP 9.34\nReality: closed at 9.05",
    "Why I took the 1000PEPE long at 0.0081234 (now closed): sweep and reclaim, stop under "
    "0.0078. It paid +2.2R.",
]


@pytest.mark.parametrize("text", TALK)
def test_talk_with_prices_is_not_copied(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, (text, parsed.kind, parsed.reason)


CALLS = [
    (
        "Short liquidations stacked above, we go get them: LONG SOL 148.2, SL 144.1, TP 152 / "
        "155.5.",
        "SOL",
    ),
    (
        "Trade review done ✅ next trade:\nDOGE SHORT\nEntry: 0.12345\nStop: 0.1271\n"
        "Targets: 0.1201 / 0.1176",
        "DOGE",
    ),
    (
        "The LINK setup I teased this morning is ready 🔔\nLONG LINK\nEntry 14,85\nTP 15,3 / "
        "15,7\nSL 14,4",
        "LINK",
    ),
    (
        "Paper trading month is over, back to real trading: AVAX long 35.2, SL 34.1, TP 36.4 / "
        "37.5.",
        "AVAX",
    ),
    (
        "Funding is negative, the crowd is short, so: ETH long, entry 3,412.5, SL 3,340, TP "
        "3,480 / 3,550, 5x.",
        "ETH",
    ),
]


@pytest.mark.parametrize(("text", "symbol"), CALLS)
def test_calls_beside_such_words_still_read(text: str, symbol: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.symbol == symbol
    assert parsed.stop_loss is not None and parsed.take_profits


NOT_TALK = [
    # a side at an indicator's price is the channel's own idea, not a readout
    "LONG ETH at the 21 EMA, 3,100",
    # a call whose targets come later still names its entry (read as before: not the promise
    # of a call still to come)
    "BTC long entry 63,450, targets in the next post",
    # one direction only beside a hedge's word
    "Hedge: short BTC 63,450",
    # a buy and a sell further up read as a call with its target: a carry's word does not
    # overturn a reading with targets
    "Cash-and-carry: buy BTC spot at 63,450, sell the March future at 64,900.",
]


@pytest.mark.parametrize("text", NOT_TALK)
def test_a_side_at_a_price_without_such_words_is_not_taken_for_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.NOT_SIGNAL, (text, parsed.reason)


_COINS = st.sampled_from(["SOL", "1000PEPE", "LINK", "BTC", "DOGE", "ATOM", "XRP"])
_PRICES = st.decimals(min_value="0.0001", max_value="90000", places=4).map(str)
_PRACTICE_CARDS = st.sampled_from(
    [
        "Paper trade #3 (demo account)\n{S} {c}\nEntry: {p}\nSL: {q}\npractice only",
        "Simulated trade (testnet): {c} {s} entry {p}, stop {q}",
        "Demo challenge: open a {s} on {c} at {p} on your testnet account, stop {q}.",
        "📝 Trade review\nPair: {c}\nSide: {S}\nEntry: {p}\nExit: {q}\nResult: -1R",
        "Post-mortem {c}\nPlan: {s} {p}, SL {q}\nReality: closed at {q}",
    ]
)


@settings(deadline=None)
@given(_PRACTICE_CARDS, _COINS, _PRICES, _PRICES, st.booleans(), st.booleans())
def test_a_practice_or_reviewed_trade_is_never_copied(
    form: str, coin: str, price: str, stop: str, long: bool, comma: bool
) -> None:
    side = "long" if long else "short"
    p, q = (price.replace(".", ","), stop.replace(".", ",")) if comma else (price, stop)
    text = form.format(c=coin, s=side, S=side.upper(), p=p, q=q)
    assert parse_message(text).kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    ("pattern", "hint"),
    [
        (_READOUT, READOUT_HINT),
        (_HEDGED, HEDGE_HINT),
        (_PROMISE, PROMISE_HINT),
        (_PRACTICE, PRACTICE_HINT),
        (_TITLE, REVIEW_HINT),
    ],
)
def test_every_match_holds_its_gate_word(pattern, hint) -> None:  # type: ignore[no-untyped-def]
    # (the larger patterns are slow to draw from on a loaded machine)
    @settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
    @given(st.from_regex(pattern, fullmatch=True))
    def holds(text: str) -> None:
        assert hint.search(text)

    holds()
