"""Bots' and copiers' lines about their own account, read as talk: a copy that failed or was
skipped ("❌ Copy failed · SOLUSDT LONG 20x: leverage above your max (10x)", "⏭ Signal skipped:
SOLUSDT — price moved 2.4% past entry 148.2"), an order the exchange refused ("Bybit rejected
order SOLUSDT Buy Limit 148.2: insufficient available balance"), a lost connection or an expired
API key naming an open order, a market maker's fills and quotes ("(SOL-USDT) BUY order 3.4 SOL
filled at 148.2 USDT · pure_market_making": both sides quoted all day, no position to copy), and
balance reports whose best trade or open position names a side and prices ("Best trade: SOL
long 148.2 → 152.3", "positions: SOLUSDT long 3.4 @ 148.2, upnl +8.88"). Also an exchange's
refusal and its reason ("SOLUSDT Sell 161 @ 9.757 rejected: order value below the minimum",
"not placed: … position mode", "rate limit reached, retrying"), a copier's own choices ("not
copied", "Duplicate signal ignored", "Opposite long signal … skipped", "Flip cancelled … long
unchanged"), a reduce-only order placed or cancelled (the copier's exit order, never the
signal's entry), an AI card's "No trade —" or "Confidence 42% · WAIT", and a break-even
"trigger in 0.4%" (nothing moved yet).

Each names a coin, a side and a price that the general reading takes for a call or an update;
none asks the copier to do anything. A line that also gives a call's levels is left alone.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import MessageKind, ParsedMessage

_S = r"[^\S\n]"


def may_be_talk_line(low: str) -> bool:
    """The cheap literal test: a word of each kind of line, lower-cased (a chain of ``in``)."""
    return (
        "insufficient" in low
        or "copy" in low
        or "skipped" in low
        or "could not" in low
        or "connection" in low
        or "making" in low
        or "best trade" in low
        or "largest loss" in low
        or "upnl" in low
        or "rejected" in low
        or ("symbol" in low and "side" in low)
    )


def may_be_refusal(low: str) -> bool:
    """The cheap test for a refusal, a copier's own choice or a card with nothing to do; only
    tried after the general reading, and not on a whole card with targets and a stop."""
    return (
        "reject" in low
        or "minimum" in low
        or "not placed" in low
        or "not modified" in low
        or "not copied" in low
        or "rate limit" in low
        or "duplicate" in low
        or "opposite" in low
        or "flip cancel" in low
        or "no trade" in low
        or "trigger in" in low
        or "position mode" in low
        or "educe-only" in low
        or "educeonly" in low
        or "educe only" in low
        or ("wait" in low and "confidence" in low)
        or "waiting for" in low
        or "dry run" in low
        or "no order sent" in low
        or " trades " in low
        or ("requested" in low and "confirm" in low)
        or "pending" in low
        or "waiting at" in low
        or "retry" in low
        or "safety order" in low
        or "would be" in low
        or "plan" in low
    )


_ACCOUNT = re.compile(
    rf"(?<![\w])(?:copy{_S}+failed|copying{_S}+paused|rejected{_S}+order"
    rf"|insufficient{_S}+(?:available{_S}+)?(?:balance|margin|funds)|signal{_S}+skipped"
    rf"|could{_S}+not{_S}+place|connection{_S}+to{_S}+\w+{_S}+lost|trade{_S}+rejected"
    rf"|skipped{_S}+(?:long|short|buy|sell){_S}+(?:on|for))(?![\w])"
)
# an exchange's refusal with its reason, a copier's own choice, an order the copier placed
# or cancelled to close (reduce-only), a card that says there is nothing to do yet
_REFUSED = re.compile(
    rf"(?<![\w])rejected{_S}*[:(]"
    rf"|(?<![\w])(?:order{_S}+rejected|below{_S}+the{_S}+minimum"
    rf"|position{_S}+is{_S}+zero|position{_S}+mode|rate{_S}+limit|not{_S}+(?:modified|copied|placed)"
    rf"|duplicate{_S}+(?:signal|of|trade|order)|opposite[^\n]{{0,40}}?(?:ignored|skipped)"
    rf"|flip{_S}+cancell?ed|trigger{_S}+in{_S}+\d[\d.]*{_S}*%"
    rf"|reduce[-_ ]?only[^\n]*(?:cancell?ed|placed))(?![\w])"
    rf"|^\W*no{_S}+trade{_S}*[—–\-:·(]"
    rf"|confidence{_S}*:?{_S}*\d{{1,3}}(?:\.\d)?{_S}*%[^\n]{{0,6}}(?<![\w])wait(?![\w])"
    # a limit still waiting, a paper run's order never sent, a day's count of closed trades, a
    # close the bot asks its owner to confirm
    rf"|(?<![\w])(?:waiting{_S}+for{_S}+(?:a{_S}+|the{_S}+)?fill|dry{_S}+run|no{_S}+order{_S}+sent"
    rf"|closed{_S}+\d+{_S}+trades|requested[^\n]*\n?[^\n]*(?<![\w])confirm)(?![\w])"
    # an order still pending at its price ("partial close 20% pending at 83.9", "entry 2 still
    # waiting at 0.4643"), a bot retrying its own order ("🔁 Retry 1/3: SHORT … @ …"), a DCA
    # bot's safety orders to come or used up, a liquidation price worked out, a plan of how
    # to take profit
    rf"|(?<![\w])(?:pending|waiting){_S}+at{_S}*\$?\d"
    rf"|^\W*retry(?:ing)?{_S}*\d{{1,2}}{_S}*/{_S}*\d{{1,2}}(?![\w])"
    rf"|(?<![\w])(?:next{_S}+safety{_S}+order|safety{_S}+orders{_S}+used"
    rf"|max(?:imum)?{_S}+safety{_S}+orders)(?![\w])"
    rf"|(?<![\w])liq(?:\.|uidation)?{_S}*price[^\n]*(?<![\w])would{_S}+be(?![\w])"
    rf"|^\W*plan{_S}*:{_S}*(?:take|book|close|sell|secure)(?![\w])",
    re.M,
)
_MARKET_MAKING = re.compile(r"(?<![\w])(?:pure_)?market[_ ]making(?![\w])")
_TRADE_COUNT = re.compile(rf"(?<![\w])closed{_S}+\d+{_S}+trades(?![\w])")
# a report's own lines: "Best trade: …", "Largest loss: …" under "PnL" / "Win rate" lines, or
# an open position's "upnl" beside the balance and equity
_REPORT_LINE = re.compile(rf"^\W*(?:best|worst|largest|biggest){_S}+(?:trade|loss|win|gain):", re.M)
# "🏆 Best trade today: SOLUSDT long 148.2 → 152.3 (+2.8%)": a day's report on its own
_DAY_BEST = re.compile(
    rf"^\W*(?:best|worst){_S}+trade{_S}+(?:today|of{_S}+the{_S}+(?:day|week)){_S}*:", re.M
)
# a table of positions under its header row: "Symbol      Side   Entry      PnL"
_TABLE_HEAD = re.compile(
    rf"^\W*symbol{_S}+side{_S}+entry(?:{_S}+price)?{_S}+(?:u?pnl|mark|size)", re.M
)
# an open position's status: its mark price beside its unrealised PnL
_MARK = re.compile(rf"(?<![\w])mark(?:{_S}+price)?(?![\w])")
_REPORT_FIGURES = re.compile(rf"(?<![\w])(?:pnl|win{_S}+rate|trades)(?![\w])")
_BALANCE = re.compile(r"(?<![\w])balance(?![\w])")
_EQUITY = re.compile(rf"(?<![\w])(?:equity|margin{_S}+used)(?![\w])")
# a call's own labelled levels written in the line: not talk
_PLAN = re.compile(
    rf"(?<![\w])(?:tp\d?|targets?|take{_S}*profit|sl|stop{_S}*loss|entry){_S}*\d?{_S}*[:=]{_S}*\$?\d"
)

_TALK = ParsedMessage(
    MessageKind.NOT_SIGNAL, reason="A bot's or copier's line about its own account: no order."
)


def bot_talk_line(read: MessageParts) -> ParsedMessage | None:
    """``read`` as talk when it is a bot's account line, report or market maker's fill."""
    low = read.low
    if "upnl" in low and _MARK.search(low):
        return _TALK  # "/status · SOLUSDT LONG / Entry: … · Mark: … / SL … · TP … / uPnL …"
    if _PLAN.search(low):
        return None
    if _DAY_BEST.search(low) or _TABLE_HEAD.search(low):
        return _TALK
    if _ACCOUNT.search(low) or _MARKET_MAKING.search(low):
        return _TALK
    if _REPORT_LINE.search(low) and _REPORT_FIGURES.search(low):
        return _TALK
    if "upnl" in low and _BALANCE.search(low) and _EQUITY.search(low):
        return _TALK
    return None


def refusal_line(read: MessageParts) -> ParsedMessage | None:
    """``read`` as talk when it is an exchange's refusal, a copier's own choice, a
    reduce-only order placed or cancelled, or a card that says there is nothing to do yet."""
    if read.symbol is None and _TRADE_COUNT.search(read.low):
        return _TALK  # "📅 … · closed 10 trades · 5W/5L · net +196.41 USDT": a day's count
    if read.symbol is None or _PLAN.search(read.low) or _REFUSED.search(read.low) is None:
        return None
    return _TALK
