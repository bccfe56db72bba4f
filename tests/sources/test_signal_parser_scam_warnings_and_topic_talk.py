"""Talk between calls that carries a coin, a side and prices: a scam warning quoting the
impostor's call, a member's complaint about a fill or a stop and the admins' answers, OTC desks'
and market makers' quotes, token-sale rounds, a member's bag with its average cost, a period's
outlook, a price move's alert, a whale's coins moved off an exchange. None is copied. A plan
that says its trade waits for a word still to come goes to review; the calls told beside such
words still read."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.awaited_triggers import _AWAITED, AWAITED_PARTS
from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.scam_warnings import _WARNING, SCAM_HINT
from tradermanager.sources.signal_parser.topic_talk import _TOPIC, TOPIC_HINT

TALK = [
    # scam warnings quoting the impostor's call
    "⚠️ SCAM ALERT ⚠️\nA fake admin is DMing people a 'VIP' ETH short at 3,412.5 with SL "
    "3,480. We never DM first.",
    'Fake signal in private chats:\n"SHORT DOGE 0.12345\nTP 0.1211\nSL 0.1267"\nNot ours, ignore.',
    "🛑 Impersonator alert\nFake: @moonking_official\nReal: @moonking\nIt posts BNB LONG calls "
    "(entry 585,5, target 601) to sell a 'VIP'.",
    "Scammers are sending 1000PEPE long 0.0081234 / SL 0.0078 in DMs. Block them.",
    "Clone channel alert: they copy our LINK call with entry 14.85 instead of ours. Pinned post "
    "has the real links.",
    "Reminder: admins will never DM you. The account offering AVAX entries at 35.2 for $99 "
    "is a scammer.",
    # complaints and answers
    "my NEAR order at 5.612 never filled 😤 price ran to 5.74 without me",
    "Admin: the BTC entry 63,450 was touched for a few seconds only, use the zone.",
    "Can I get a refund? Lost 40% on the ORDI short from 38.52",
    "Admin: SUI is still valid, nothing changed. Those in at 1.0512 be patient.",
    # desks
    "RFQ: buy 2M ARB, best offer from the desks 1.1234, screen 1.1201.",
    "MM two-way on SOL: 148.12 / 148.31, size 20k.",
    "OTC desk can fill 500 BTC at 63,450 minus 0.2%.",
    # sales
    "Presale stage 2\n1 token = 0.0123 USDT\nNext stage: 0.0141\nListing price: 0.025",
    "Seed investors got APT at 1.25; vesting ends next week with price at 8.9.",
    # bags
    "My long-term bag: DOT avg 6.42, LTC avg 82.4. Not selling.",
    "Bags update\nINJ 30% (avg 24.61)\nTIA 20% (avg 9.8)\nStables 50%",
    "DCA'd into ETH all year, my average is now 3,101.25.",
    # outlooks and moves
    "🗓 SOL weekly outlook\nWeekly close: 148.2\nSupport: 142.5, 139.1\nResistance: 152.4, "
    "156.8\nBias: neutral",
    "📊 WEEK AHEAD — LINK\nLast close 14.85 | range 14.2–15.3\nUpside magnet: 15.9\nDownside "
    "magnet: 13.8",
    "📣 ORDI moved 6.2% in 15m: 38.5 → 40.89",
    # a whale's coins moved
    "🐳 whale moved 12,400 SOL off #Bybit after buying around 142.3. Accumulation?",
]


@pytest.mark.parametrize("text", TALK)
def test_talk_with_prices_is_not_copied(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL, text


CALLS = [
    ("Enough about scams 😅 back to trading: LINK long 14.85, SL 14.3, TP 15.2 / 15.6.", "LINK"),
    (
        "Fake accounts are DMing again. Here's the real one:\nSHORT ETH\nEntry 3,412.5\nSL "
        "3,480\nTP 3,350 / 3,300",
        "ETH",
    ),
    (
        "Never in DMs, only here. Today's: AVAX SHORT | Entry 35.2 | SL 36.1 | TP 34.5 / 33.9",
        "AVAX",
    ),
    (
        "To those whose order never filled: new signal 👇\nDOT LONG\nEntry 6.42\nSL 6.2\n"
        "Targets 6.61 / 6.8",
        "DOT",
    ),
    (
        "Weekly outlook done ✅ Trade of the week:\nSOL LONG\nEntry: 148.2\nStop: 142.5\n"
        "Targets: 152.4 / 156.8",
        "SOL",
    ),
    ("Whales are buying ARB, we join: long 1.1234, SL 1.09, TP 1.16 / 1.19.", "ARB"),
]


@pytest.mark.parametrize(("text", "symbol"), CALLS)
def test_calls_beside_such_words_still_read(text: str, symbol: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.symbol == symbol
    assert parsed.stop_loss is not None and parsed.take_profits


REVIEW = [
    # a plan that waits for a condition and a word still to come
    "Conditional plan SOL: long only above 150.5, stop 147.2, target 155. Will confirm here if "
    "it triggers.",
    "If ETH loses 3,380:\nShort 3,375\nSL 3,440\nTP 3,300\nNo trigger, no trade.",
    "Conditional setup 1000PEPE: short 0.0081234, SL 0.0083, TP 0.0078. I'll confirm when it "
    "fills.",
    # a card in a paragraph of its own under a one-line warning: whose call?
    "⚠️ Fake accounts are DMing members.\n\nLONG SOL\nEntry 148.2\nSL 142.5\nTP 152.4 / 156.8",
    # a side with its trigger price, and both ways with their triggers
    "Only a daily close above 15.3 flips me long on LINK. Price 14.85 now.",
]


@pytest.mark.parametrize("text", REVIEW)
def test_plans_and_unclear_calls_go_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (text, parsed.kind, parsed.reason)


STILL_REVIEW = [
    # a channel's spot zones for a long-term bag are its own call, not a member's bag
    "BTC spot buy zone 61,000 - 62,500 for the long-term bag, sell zone 70,000 - 72,000",
    # an update for several coins under a portfolio heading stays an update to check
    "Portfolio update 👇\nINJ: holding\nORDI: closed +35%\nTRX: SL to BE",
]


@pytest.mark.parametrize("text", STILL_REVIEW)
def test_the_channels_own_words_are_not_taken_for_talk(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL, text


_COINS = st.sampled_from(["SOL", "1000PEPE", "LINK", "BTC", "DOGE", "ATOM"])
_PRICES = st.decimals(min_value="0.0001", max_value="90000", places=4).map(str)
_WARNINGS = st.sampled_from(
    [
        "⚠️ SCAM ALERT: someone is DMing a {c} {s} at {p}, SL {q}. We never DM first.",
        'Fake signal going around:\n"{S} {c} {p}\nSL {q}"\nNot from us.',
        "Impersonator warning: the fake account posts {c} {S} calls, entry {p}, stop {q}.",
        "Beware of clones pushing {c} {s} {p} with stop {q} in private chats.",
    ]
)


@given(_WARNINGS, _COINS, _PRICES, _PRICES, st.booleans(), st.booleans())
def test_a_scam_warning_quoting_a_call_is_never_copied(
    form: str, coin: str, price: str, stop: str, long: bool, comma: bool
) -> None:
    side = "long" if long else "short"
    p, q = (price.replace(".", ","), stop.replace(".", ",")) if comma else (price, stop)
    text = form.format(c=coin, s=side, S=side.upper(), p=p, q=q)
    assert parse_message(text).kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    ("pattern", "hint"),
    [(_WARNING, SCAM_HINT), (_TOPIC, TOPIC_HINT)],
)
def test_every_match_holds_its_gate_word(pattern, hint) -> None:  # type: ignore[no-untyped-def]
    @given(st.from_regex(pattern, fullmatch=True))
    def holds(text: str) -> None:
        assert hint.search(text)

    holds()


@given(st.from_regex(_AWAITED, fullmatch=True), st.sampled_from([str.lower, str.title, str.upper]))
def test_every_awaited_trigger_holds_its_gate_part(text: str, case) -> None:  # type: ignore[no-untyped-def]
    assert holds_any(case(text), AWAITED_PARTS)
