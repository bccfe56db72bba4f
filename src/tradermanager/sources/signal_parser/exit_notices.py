"""Trackers' notices of a position closed, with the price it was opened at and the price it
left at ("✅ Position Closed / 💰 Entry Price: $50,000 / 💰 Exit Price: $50,500 / 💵 PnL: …",
"entry 142.3 → exit 145.1", "Opened: … / Closed: …", "STOP LOSS HIT / Entry: … / Exit: …").

The close (or the stop hit) is at the exit price, never at the entry above it: the notice is
read here whole, before the entry line could make it a signal or the close's price.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.follow_ups import STOP_HIT
from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage

_PRICE = r"[^\S\n]*[:=]?[^\S\n]*\$?(?=\d)"
# the price the trade was opened at, then the one it left at: on their own lines or on one
_ENTRY = re.compile(
    r"(?<![\w])(?:entry(?:[^\S\n]+price)?|opened(?:[^\S\n]+at)?|open[^\S\n]+price)" + _PRICE
)
_EXIT = re.compile(
    r"(?<![\w])(?:exit(?:[^\S\n]+price)?|closed(?:[^\S\n]+at)?|close[^\S\n]+price"
    # a copier's average over the close's fills: "Avg close: 0.022095"
    r"|(?:avg\.?|average)[^\S\n]+close)" + _PRICE
)
# a scalp's "in a, out x" told closed: the price it went in at, the one it went out at
_IN = re.compile(r"(?<![\w])in" + _PRICE)
_OUT = re.compile(r"(?<![\w])out(?:[^\S\n]+at)?" + _PRICE)
# a target's or the stop's own price: a plan, not a notice of a trade over
_PLAN_LABEL = re.compile(
    r"(?<![\w])(?:tp\d?|targets?|take[^\S\n]*profit|sl|stop(?:[^\S\n\-]*loss)?)[^\S\n]*\d?[^\S\n]*[:=@]"
    r"[^\S\n]*\$?\d"
)
# the notice's head: a position closed or exited, a trade closed, the stop hit
_CLOSED_HEAD = re.compile(
    r"(?<![\w])(?:position|trade)[^\S\n]+(?:closed|exit)(?![\w])|(?<![\w])closed(?![\w])"
    # a bot's own exit: "💎 SMALL WIN - AUTO EXIT", "AUTO-EXIT"
    r"|(?<![\w])auto[^\S\n]*-?[^\S\n]*exit(?![\w])"
)


def exit_notice(read: MessageParts) -> ParsedMessage | None:
    """``read`` as a whole close (or a stop hit) at its exit price when it is a tracker's notice
    naming both the entry and the exit price, else None."""
    low = read.low
    entry = _ENTRY.search(low)
    if entry is None and " in " in low:
        entry = _IN.search(low)  # "scalp closed ✅ in 0.18933, out 0.1874, +0.9%"
    if entry is None:
        return None
    exit_ = _EXIT.search(low, entry.end()) or _OUT.search(low, entry.end())
    if exit_ is None or _PLAN_LABEL.search(low) or read.symbol is None:
        return None
    entered = [n for n in read.numbers if n.start == entry.end()]
    left = [n for n in read.numbers if n.start == exit_.end()]
    if len(entered) != 1 or len(left) != 1 or len(read.numbers) > 4:
        return None
    if not 0.5 <= left[0].value / max(entered[0].value, 1e-18) <= 2:
        return None  # an exit off by an order of magnitude from the entry: to review
    stopped = STOP_HIT.search(low) is not None
    if not stopped and _CLOSED_HEAD.search(low[: exit_.start()]) is None:
        return None
    action = FollowUpAction.STOP_HIT if stopped else FollowUpAction.CLOSE
    market = read.symbol.market
    return one_action_follow_up(
        market, action, close_fraction=None if stopped else 1.0, price=left[0].value
    )


# a stop-hit card's head on its first line: "🛑 STOP LOSS HIT", "SL hit ❌", "Stop triggered"
_STOP_HEAD = re.compile(
    r"^[^\w\n]*(?:stop[^\S\n]*-?[^\S\n]*loss|stop|sl)[^\S\n]+(?:hit|triggered)(?![\w])[^\w\n]*$"
)
# the stop's own label with its price, on a line of its own: "Stop: 0.8481", "SL: $4.55"
_STOP_LINE = re.compile(
    r"^[^\w\n]*(?:stop(?:[^\S\n]*-?[^\S\n]*loss)?|sl)[^\S\n]*(?:price)?[^\S\n]*[:=]"
    r"[^\S\n]*\$?(?=\d)",
    re.M,
)
# a target's label: a card naming one is a plan or a target's event, not read here
_TARGET_LABEL = re.compile(r"(?<![\w])(?:tp\d?|targets?|take[^\S\n]*profit)(?![\w])")


def stop_card(read: MessageParts) -> ParsedMessage | None:
    """``read`` as the stop hit at its stop's price when it is a bot's card headed by the stop
    hit ("🛑 STOP LOSS HIT / Symbol: JUPUSDT / Entry: 0.8739 / Stop: 0.8481"): one coin, the
    entry's line, the stop's line, no exit price and no target; else None. The head says the
    stop was hit, and the only other price is the entry the trade was opened at."""
    low = read.low
    if _STOP_HEAD.match(low.partition("\n")[0]) is None or read.symbol is None:
        return None
    entry = _ENTRY.search(low)
    stop = _STOP_LINE.search(low)
    if entry is None or stop is None or _EXIT.search(low) or _TARGET_LABEL.search(low):
        return None
    entered = [n for n in read.numbers if n.start == entry.end()]
    stopped = [n for n in read.numbers if n.start == stop.end()]
    if len(entered) != 1 or len(stopped) != 1 or len(read.numbers) > 3:
        return None
    if not 0.5 <= stopped[0].value / max(entered[0].value, 1e-18) <= 2:
        return None  # a stop off by an order of magnitude from the entry: to review
    return one_action_follow_up(read.symbol.market, FollowUpAction.STOP_HIT, price=stopped[0].value)


# a take-profit order's card, done: "🚀 Take Profit Order Completed!", "Take profit filled"
_TARGET_DONE_HEAD = re.compile(
    r"^[^\w\n]*take[^\S\n]*-?[^\S\n]*profit[^\S\n]+(?:order[^\S\n]+)?"
    r"(?:completed|filled|executed)(?![\w])[^\w\n]*$"
)
_EXIT_LINE = re.compile(
    r"^[^\w\n]*(?:exit|fill|close)[^\S\n]+price[^\S\n]*[:=][^\S\n]*\$?(?=\d)", re.M
)
# the card's other lines: a profit told in the quote or in percent, nothing else priced
_PROFIT_LINE = re.compile(r"^[^\w\n]*(?:profit|pnl|p&l|roi)[^\S\n]*:[^\n]*$", re.M)


def target_done_card(read: MessageParts) -> ParsedMessage | None:
    """``read`` as a target hit (which one not told) at its exit price when it is a bot's
    "Take Profit Order Completed!" card with one coin, one exit price and at most a profit
    line beside it ("🌐 Symbol : DOGEUSDT / 💰 Exit price : $0.12115 / 💵 Profit : +19.41
    USDT"); else None."""
    low = read.low
    if _TARGET_DONE_HEAD.match(low.partition("\n")[0]) is None or read.symbol is None:
        return None
    exit_ = _EXIT_LINE.search(low)
    if exit_ is None or _ENTRY.search(low) or _STOP_LINE.search(low):
        return None
    left = [n for n in read.numbers if n.start == exit_.end()]
    profit = {m.start() for m in _PROFIT_LINE.finditer(low)}
    others = [
        n
        for n in read.numbers
        if n.start != exit_.end() and low.rfind("\n", 0, n.start) + 1 not in profit
    ]
    if len(left) != 1 or others:
        return None
    return one_action_follow_up(read.symbol.market, FollowUpAction.TARGET_HIT, price=left[0].value)
