"""Talk found once a message is read: what the general reading took for a call or an update,
and a careful reader takes for talk — a lesson's worked example, prices only asked about, an
advert or a contest quoting a call, a trader's journal, a rule for every trade, a long-range
prediction. Each check runs only on the readings it can overturn.

The checks whose word must stand before the message's first digit (a worked example, a
journal) share one gate: :data:`OPENING_PARTS` looked for in the lower-cased text before the
first digit, usually a short line. Every match of such a check's pattern holds one of its
parts and stands wholly before the first digit (its words hold no digit), so the gate lets
through every text the check can take. A new check of that kind joins by adding to
``OPENING_PARTS`` a substring that every match of its pattern holds (a hypothesis property in
``test_signal_parser_talk_gate.py`` holds each pattern to it) and calling its check inside the
gate; the whole text is lower-cased only where a gate lets it through."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.asked_levels import (
    asks_about_own_trade,
    asks_for_target,
    asks_others_first,
    asks_others_unpriced,
    only_asked,
)
from tradermanager.sources.signal_parser.bot_errors import bot_error, may_be_bot_error
from tradermanager.sources.signal_parser.chart_patterns import pattern_caption
from tradermanager.sources.signal_parser.close_lessons import close_lesson
from tradermanager.sources.signal_parser.exchange_notices import exchange_notice
from tradermanager.sources.signal_parser.hedged_pairs import HEDGE_HINT, hedged_pair
from tradermanager.sources.signal_parser.holdings_talk import holdings_talk
from tradermanager.sources.signal_parser.house_rules import house_rule
from tradermanager.sources.signal_parser.journal_entries import journal_entry
from tradermanager.sources.signal_parser.levels_not_reached import HINTS as NOT_REACHED_HINTS
from tradermanager.sources.signal_parser.levels_not_reached import TALK as NOT_REACHED
from tradermanager.sources.signal_parser.levels_not_reached import level_not_reached
from tradermanager.sources.signal_parser.literal_first import (
    AnyCaseWords,
    by_first_character,
    holds_any,
)
from tradermanager.sources.signal_parser.lower_case import lower_case
from tradermanager.sources.signal_parser.market_data import (
    MARKET_DATA_HINT,
    market_data,
    market_statistics,
)
from tradermanager.sources.signal_parser.market_readouts import READOUT_HINT, market_readout
from tradermanager.sources.signal_parser.member_brags import member_brag
from tradermanager.sources.signal_parser.model import (
    FOLLOW_UP,
    NEEDS_REVIEW,
    NOT_SIGNAL,
    SIGNAL,
    FollowUpAction,
    ParsedMessage,
)
from tradermanager.sources.signal_parser.open_trades import open_trade_talk
from tradermanager.sources.signal_parser.order_books import order_book
from tradermanager.sources.signal_parser.others_trades import may_tell_others_trade, others_trade
from tradermanager.sources.signal_parser.past_calls import PAST_HINT, past_call
from tradermanager.sources.signal_parser.performance_reports import performance_report
from tradermanager.sources.signal_parser.polls import POLL_HINT, poll
from tradermanager.sources.signal_parser.practice_trades import PRACTICE_HINT, practice_trade
from tradermanager.sources.signal_parser.predictions import long_range
from tradermanager.sources.signal_parser.promised_setups import PROMISE_HINT, promised_setup
from tradermanager.sources.signal_parser.promotions import promotion
from tradermanager.sources.signal_parser.sample_cards import SAMPLE_HINT, sample_card
from tradermanager.sources.signal_parser.scam_warnings import SCAM_HINT, scam_warning
from tradermanager.sources.signal_parser.told_results import congratulated, result_rows
from tradermanager.sources.signal_parser.topic_talk import TOPIC_HINT, topic_talk
from tradermanager.sources.signal_parser.trade_reviews import REVIEW_HINT, reviewed_trade
from tradermanager.sources.signal_parser.whale_positions import (
    WHALE_HINT,
    tracker_change,
    whale_position,
)
from tradermanager.sources.signal_parser.worked_examples import worked_example

# a substring of every match of the worked-example pattern ("exampl", "e.g.", "say" of "let's
# say" / "say you", "suppos", "tutorial", "lesson", "quiz", "sizing", "imagine", "vs" /
# "versus" of "limit vs market", "size" of "position size check") and of the journal pattern
# ("journal", "log", "looking", "dca")
OPENING_PARTS = (
    *("exampl", "e.g.", "say", "suppos", "tutorial", "lesson", "quiz", "sizing", "imagine"),
    *("vs", "versus", "journal", "log", "looking", "yourself", "teaser", "question", "trivia"),
    *("size", "dca"),
)
_OPENING = re.compile(by_first_character(tuple(re.escape(part) for part in OPENING_PARTS)))
_DIGIT = re.compile(r"\d")
# a chart pattern's name, any case: "triangle", "wedge", "shoulders", "flag", "pennant",
# "double top", "cup and handle" (the caption check lower-cases only what this lets through)
_PATTERN_HINT = AnyCaseWords(
    ("triangle", "wedge", "shoulders", "flag", "pennant", "double", "handle")
)

# every word of the nine gates below at once: a text holding none (most calls and chat) skips them
# all after one search instead of nine
_ANY_GATE = AnyCaseWords(
    SAMPLE_HINT.words
    + WHALE_HINT.words
    + PAST_HINT.words
    + _PATTERN_HINT.words
    + POLL_HINT.words
    + MARKET_DATA_HINT.words
    + SCAM_HINT.words
    + PRACTICE_HINT.words
    + REVIEW_HINT.words
)


def may_open_with_talk_word(text: str) -> bool:
    """Whether the lower-cased text before ``text``'s first digit holds a part of
    :data:`OPENING_PARTS` (lower-casing never makes or unmakes a digit, so it is the same text
    as the lower-cased whole before its first digit)."""
    digit = _DIGIT.search(text)
    head = text if digit is None else text[: digit.start()]
    return _OPENING.search(head.lower()) is not None


def talk_reason(text: str, read: ParsedMessage) -> str | None:
    """Why ``text``, read as ``read``, is talk after all; None when the reading stands."""
    if read.kind is NOT_SIGNAL:
        return None
    if (
        may_tell_others_trade(text)
        and not (read.kind is SIGNAL and read.take_profits and read.stop_loss is not None)
        and (theirs := others_trade(lower_case(text)))
    ):
        return theirs  # "Our competitors' ORDI long got stopped at 37.77 lol"
    if (
        may_be_bot_error(text)
        and not (read.kind is SIGNAL and read.take_profits and read.stop_loss is not None)
        and (error := bot_error(lower_case(text)))
    ):
        return error  # "ERROR | … | place_order SOLUSDT BUY 12.5 @ 148.2 failed: timeout"
    if "0x" in text and (change := tracker_change(lower_case(text))):
        return change  # "🔴 0xd9a7...a343 / CLOSED SEI SHORT / $693,185.61 / PnL: …"
    if may_open_with_talk_word(text):
        low = lower_case(text)
        if example := worked_example(low):
            return example  # "Example: you go long ATOM at 8.949 with a stop at 9.307 …"
        if journal := journal_entry(low):
            return journal  # "Trade journal #14 📓 ATOM long, in 8.714, out 8.963, +2.9%. …"
    gated = _ANY_GATE.search(text)
    if (
        gated
        and SCAM_HINT.search(text)
        and (scam := scam_warning(lower_case(text), read.kind is SIGNAL))
        and scam[1]
    ):
        return scam[0]  # "⚠️ SCAM ALERT ⚠️ Someone … is DMing members a "VIP" SOL long at …"
    if gated and SAMPLE_HINT.search(text) and (sample := sample_card(lower_case(text))):
        return sample  # "📚 How to read our signals / Pair: … / (example only, not a trade)"
    if gated and PRACTICE_HINT.search(text) and (practice := practice_trade(lower_case(text))):
        return practice  # "Paper trade #7 (demo account) / SHORT LINK / Entry: … / SL: …"
    if gated and REVIEW_HINT.search(text) and (review := reviewed_trade(lower_case(text))):
        return review  # "📝 Trade review #41 / Pair: SOL / Side: Long / Entry: … / Exit: …"
    if (
        gated
        and WHALE_HINT.search(text)
        and (
            theirs := whale_position(
                lower_case(text), read.stop_loss is not None and bool(read.take_profits)
            )
        )
    ):
        return theirs  # "🐋 Whale alert: 0x… opened a 25x SHORT on SOL at … Liq price: …"
    if (
        read.kind is not SIGNAL
        and gated
        and PAST_HINT.search(text)
        and (past := past_call(lower_case(text)))
    ):
        return past  # "Yesterday's call: LONG SOL … → TP3 hit ✅", "… recap 🔁 entry … / SL …"
    if brag := member_brag(text):
        return brag  # "Caught SOL from 142 to 155 yesterday 🚀 thanks admin"
    if gated and _PATTERN_HINT.search(text) and (pattern := pattern_caption(lower_case(text))):
        return pattern  # "LQTY falling wedge: …, target of the pattern near …. Invalid under …"
    # (before the stop and the targets: a report's "SL hit: 5" / "TP hit: 8" counts read as them)
    if (
        ("orst" in text or "ORST" in text or "oss" in text)
        and read.kind is not SIGNAL
        and performance_report(lower_case(text))
    ):
        return "A performance report of trades done, not a close: talk."  # "Worst trade: …"
    if read.kind is NEEDS_REVIEW and read.side is None and exchange_notice(lower_case(text)):
        # "… will close all positions and settle the SUIUSDT perpetual on …, then delist it"
        # ("Deposits stop …" read as a stop): what the exchange does, to every holder
        return "An exchange's delisting, settlement or margin notice: talk."
    if gated and read.kind is not SIGNAL and POLL_HINT.search(text) and poll(text.lower()):
        # "📊 POLL: where does AVAX close on Friday? 🅰️ below …", "… average stop … (361 votes)"
        return "A poll: its prices are the options or the answers, not a trade's levels: talk."
    if not read.take_profits and "?" in text and asks_about_own_trade(text):
        # "I'm short ORDI from 41.77 with stop at 42.84, should I hold or cut? 😬"
        return "A member's question about their own trade: talk."
    if read.stop_loss is not None:
        return None  # (a call states its stop; these posts do not)
    if (
        read.kind is NEEDS_REVIEW
        and read.side is None
        and holds_any(text, NOT_REACHED_HINTS)
        and level_not_reached(text)
    ):
        return NOT_REACHED  # "#INJ is 4.1% away from TP3 (27.919)", "2nd entry not filled yet"
    if read.kind is NEEDS_REVIEW and asks_for_target(text):
        # "Quelqu'un a un objectif pour SEI ? Il est à 0,5259 là": the target is asked for
        return "A question asking the others for a target, and the price now: talk."
    if (
        read.kind is NEEDS_REVIEW
        and READOUT_HINT.search(text)
        and (
            readout := market_readout(
                lower_case(text), read.side is not None, bool(read.take_profits)
            )
        )
    ):
        return readout  # "Liq levels #ETH (50x) / Longs: … / Shorts: …", "VWAP … | POC …"
    if (
        not read.take_profits
        and (read.kind is NEEDS_REVIEW or read.action is FollowUpAction.CLOSE)
        and HEDGE_HINT.search(text)
        and (pair := hedged_pair(lower_case(text), read.kind is FOLLOW_UP))
    ):
        return pair  # "Funding arb on APT: long spot …, short perp …, collecting 0.042% …"
    if (
        read.kind is NEEDS_REVIEW
        and not read.take_profits
        and PROMISE_HINT.search(text)
        and (promise := promised_setup(lower_case(text)))
    ):
        return (
            promise  # "⏳ TIA setup loading… watching … for a long, entry and SL in the next post"
        )
    if ("rder" in text or "RDER" in text) and order_book(lower_case(text)):
        return "An order book's bids and asks, not a call: talk."  # "Order book … Bids: … Asks: …"
    if rows := result_rows(text):
        return rows  # "Week 48 recap 📊 / SOL long 142.1 → 151.3 (+6.5%) ✅ / AVAX short …"
    # "My ETH target this cycle: 8,398.95 🚀" (a side word makes it a call: "Buy BTC, target
    # 120k this cycle")
    bare = read.side is None and not read.entries and read.kind is not FOLLOW_UP
    if read.take_profits and not bare:
        return None  # (nor its targets)
    low = lower_case(text)
    if bare and (far := long_range(low)):
        return far
    if (
        bare
        and read.kind is NEEDS_REVIEW
        and TOPIC_HINT.search(text)
        and (topic := topic_talk(low))
    ):
        return topic  # "Weekly outlook: BNB is stuck between … The 50-week average sits at …"
    if read.take_profits:
        if (
            read.kind is NEEDS_REVIEW
            and "?" in text
            and read.stop_loss is None
            and not read.entries
            and asks_others_unpriced(text)
        ):
            # "Quelqu'un a un objectif pour SEI ? Il est à 0,5259 là": the target asked for
            return "A question put to the other readers, the price after it: talk."
        return None
    if gated and MARKET_DATA_HINT.search(text) and (data := market_data(low)):
        return data  # "Options expiry Friday: BTC notional $1.8B, put/call 0.74, max pain …"
    if (
        gated
        and read.kind is NEEDS_REVIEW
        and not read.entries
        and MARKET_DATA_HINT.search(text)
        and (stats := market_statistics(low))
    ):
        return stats  # "Long/short ratio of Binance top traders: 1.72 — most are long, careful."
    if read.kind is NEEDS_REVIEW and TOPIC_HINT.search(text) and (topic := topic_talk(low)):
        return topic  # "my OP order at 2.1466 never filled 😡", "RFQ received: sell 15k AVAX …"
    if "congrat" in low and (held := congratulated(low)):
        return held  # "Congrats to everyone who held the NEAR short from 6.016 — 5.788 hit 🎉"
    unpriced = not read.entries and read.price is None
    if read.kind is not SIGNAL and unpriced and house_rule(low):
        return "A rule for every trade, not an update of one: talk."  # "… on every trade, …"
    if (
        read.kind is not SIGNAL
        and read.symbol is None
        and unpriced
        and read.new_stop is None
        and (lesson := close_lesson(low))
    ):
        return lesson  # "TP1 is for taking a part off, it doesn't mean close the whole trade"
    if read.side is None and (held := holdings_talk(low)):
        return held  # "Took 25% of my SEI stack off the exchange to cold storage"
    if read.kind is not FOLLOW_UP and (still := open_trade_talk(low)):
        return still  # "$SEI trade from yesterday still running, entry 0.5077, holding"
    if only_asked(text):
        return "Its prices stand only in questions: talk."  # "Is it too late to buy … at …?"
    if read.kind is NEEDS_REVIEW and asks_others_first(text):
        # "Cine a intrat long pe WIF la 2,6784? Eu aștept 2,6146 🙏": a member asking the others
        return "A question put to the other readers, with no targets or stop: talk."
    if read.kind is not FOLLOW_UP and promotion(low):
        # "VIP LONG FHE entry 0.07921 ✅ now 0.0926. Only 7 seats left 🔥"
        return "An advert or a contest quoting a call, with no targets or stop: talk."
    return None
