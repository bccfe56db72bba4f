"""Talk found once a message is read: what the general reading took for a call or an update,
and a careful reader takes for talk — a lesson's worked example, prices only asked about, an
advert or a contest quoting a call, a trader's journal, a rule for every trade, a long-range
prediction. Each check runs only on the readings it can overturn."""

from __future__ import annotations

from tradermanager.sources.signal_parser.asked_levels import only_asked
from tradermanager.sources.signal_parser.house_rules import house_rule
from tradermanager.sources.signal_parser.journal_entries import journal_entry
from tradermanager.sources.signal_parser.model import MessageKind, ParsedMessage
from tradermanager.sources.signal_parser.predictions import long_range
from tradermanager.sources.signal_parser.promotions import promotion
from tradermanager.sources.signal_parser.worked_examples import worked_example


def talk_reason(text: str, read: ParsedMessage) -> str | None:
    """Why ``text``, read as ``read``, is talk after all; None when the reading stands."""
    if read.kind is MessageKind.NOT_SIGNAL:
        return None
    low = text.lower()
    if example := worked_example(low):
        return example  # "Example: you go long ATOM at 8.949 with a stop at 9.307 …"
    if journal := journal_entry(low):
        return journal  # "Trade journal #14 📓 ATOM long, in 8.714, out 8.963, +2.9%. …"
    if read.stop_loss is not None:
        return None  # (a call states its stop; these posts do not)
    # "My ETH target this cycle: 8,398.95 🚀" (a side word makes it a call: "Buy BTC, target
    # 120k this cycle")
    bare = read.side is None and not read.entries and read.kind is not MessageKind.FOLLOW_UP
    if bare and (far := long_range(low)):
        return far
    if read.take_profits:
        return None  # (nor its targets)
    unpriced = not read.entries and read.price is None
    if read.kind is not MessageKind.SIGNAL and unpriced and house_rule(low):
        return "A rule for every trade, not an update of one: talk."  # "… on every trade, …"
    if only_asked(text):
        return "Its prices stand only in questions: talk."  # "Is it too late to buy … at …?"
    if read.kind is not MessageKind.FOLLOW_UP and promotion(low):
        # "VIP LONG FHE entry 0.07921 ✅ now 0.0926. Only 7 seats left 🔥"
        return "An advert or a contest quoting a call, with no targets or stop: talk."
    return None
