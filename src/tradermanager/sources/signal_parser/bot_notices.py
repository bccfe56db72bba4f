"""Trading bots' own notices of what they did with a trade, read whole: freqtrade's exit, fill
and cancel notices ("Exiting ETH/USDT (#41) / Exit Reason: `stop_loss` / Close Rate: `3340.1`",
"Cancelling enter Order for DOGE/USDT (#12). Reason: timeout."), 3Commas' SmartTrade notices
("Take profit reached at 15.32", "closed by Stop Loss / Closed at: 13.91", "Limit order
expired"), their take-profit steps (`take_profit_steps.py`) and signal bots' "Target hitted
successfully for AVAXUSDT at price 34.12". Copiers' fill notices that say what the fill opens
("SELL 12.5 SOL/USDT @ 151.2 — opening short", "Short position opened on #BTC — filled at …")
are the entry filled at that price; a position reduced by a signed share ("Position reduced:
$PEPE −40% at …", "Position reduced −25%" over "Price: …") a close of that share there.

Each names the action and its price on labelled lines apart from each other, too far apart for
the follow-up patterns; the price on its own labelled line belongs to the notice. A bot's exit
is a stop hit when its reason is a stop, else a whole close; a target hit books that target's
share (never a whole close); an exit order cancelled leaves the trade open: nothing to do.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage
from tradermanager.sources.signal_parser.symbols import named_coins
from tradermanager.sources.signal_parser.take_profit_steps import order_for_target, take_profit_step
from tradermanager.sources.signal_parser.target_closes import target_at_price

# the cheap literal test: a message with none of these words pays nothing more
GATE = (
    "exit",
    "cancelling",
    "hitted",
    "reached",
    "closed by",
    "expired",
    "filled",
    "step",
    "executed",
    "reduced",
    "open rate",
)

_PAIR = r"[#$]?[a-z0-9]+(?:[/_\-][a-z0-9]+)?(?::[a-z0-9]+)?"
_TRADE_ID = r"[^\S\n]*\(#\d+\)"
# freqtrade: "Exiting ETH/USDT:USDT (#41)" / "Exited SOL/USDT (#7)"
_BOT_EXIT = re.compile(r"(?<![\w])exit(?:ing|ed)[^\S\n]+" + _PAIR + _TRADE_ID)
# the reason as freqtrade prints it (`stop_loss`) or in words ("Exit reason: stop loss",
# "Exit reason: Stop-loss"): read with its words joined by underscores
_EXIT_REASON = re.compile(r"exit[^\S\n]+reason[^\w\n]*([a-z_]+(?:[ \-][a-z_]+)*)")
_CLOSE_RATE = re.compile(r"close[^\S\n]+rate[^\w\n]*(?=\d)")
_STOP_REASONS = frozenset(
    {"stop_loss", "trailing_stop_loss", "stoploss_on_exchange", "liquidation"}
)
_CLOSE_REASONS = frozenset({"roi", "exit_signal", "force_exit", "emergency_exit"})
# freqtrade: "Cancelling enter Order for DOGE/USDT (#12)", "Cancelling exit Order for …"
_BOT_CANCEL = re.compile(r"(?<![\w])cancell?ing[^\S\n]+(enter|entry|exit)[^\S\n]+order[^\S\n]+for")
# freqtrade: "Enter order for XRP/USDT (#15) filled" / "Enter order filled"; in its newer
# wording "New Trade filled (#12)", "Position increase filled (#12)"
_BOT_FILL = re.compile(
    r"(?<![\w])(?:(?:enter|entry)[^\S\n]+order(?:[^\S\n]+for[^\S\n]+" + _PAIR + _TRADE_ID + r")?"
    r"[^\S\n]+(?:is[^\S\n]+)?filled|(?:new[^\S\n]+trade|position[^\S\n]+increase)[^\S\n]+filled"
    r"(?=" + _TRADE_ID + r"))(?![\w])"
)
_OPEN_RATE = re.compile(r"open[^\S\n]+rate[^\w\n]*(?=\d)")
# freqtrade's entry notice sent when the order is placed, before any fill: "New Trade (#12)",
# "Increasing position (#12)", in older releases "Long SOL/USDT (#12)" / "Entering SOL/USDT
# (#12)", over "Open Rate:" (the order's price) and "Current Rate:"
_BOT_PLACED = re.compile(
    r"(?<![\w])(?:new[^\S\n]+trade|increasing[^\S\n]+position"
    r"|(?:entering|long|short)[^\S\n]+" + _PAIR + r")" + _TRADE_ID
)
# and once it fills, in older releases: "Longed SOL/USDT (#12)", "Entered SOL/USDT (#12)"
_BOT_ENTERED = re.compile(r"(?<![\w])(?:longed|shorted|entered)[^\S\n]+" + _PAIR + _TRADE_ID)
_PLACED = ParsedMessage(
    MessageKind.NEEDS_REVIEW,
    reason="A bot's entry order placed, not filled: no stop, no target, nothing done yet.",
)
# "Target hitted successfully for X at price P", "Stoploss hitted successfully …"
_HITTED = re.compile(
    r"(?<![\w])(?:(?P<stop>stop[^\S\n]?loss|sl)|(?:target|tp)[^\S\n]*(?P<n>[1-9])?)[^\S\n]+"
    r"hitted[^\S\n]+successfully[^\S\n]+for[^\S\n]+" + _PAIR + r"[^\S\n]+at[^\S\n]+price[^\S\n]*"
    r"[:=]?[^\S\n]*\$?(?=\d)"
)
# 3Commas: "Take profit reached at 15.32"
_TP_REACHED = re.compile(r"(?<![\w])take[^\S\n]*profit[^\S\n]+reached[^\S\n]+at[^\S\n]*\$?(?=\d)")
# 3Commas: "closed by Stop Loss" with "Closed at: 13.91" on its own line
_CLOSED_BY_STOP = re.compile(r"(?<![\w])closed[^\S\n]+by[^\S\n]+stop[^\S\n]*loss(?![\w])")
_CLOSED_AT = re.compile(r"(?<![\w])closed[^\S\n]+at[^\S\n]*[:=]?[^\S\n]*\$?(?=\d)")
# "Limit order for #BTCUSDT expired", "Limit order expired — signal closed": never filled
_EXPIRED = re.compile(
    r"(?<![\w])(?:limit[^\S\n]+)?order(?:[^\S\n]+for[^\S\n]+" + _PAIR + r")?"
    r"[^\S\n]+(?:has[^\S\n]+)?expired(?![\w])"
)
# another action told beside the hit ("… reached at 15.32. Move SL to entry"): read whole elsewhere
_MORE_ACTIONS = re.compile(r"mov(?:e|ed|ing)(?![\w])|trail|break[^\S\n]?even|re-?ent|cancel")
# a plan's labelled level ("TP1: …", "SL @ …", "Entry: …"): a card pasted beside the notice
_PLAN_LABEL = re.compile(
    r"(?<![\w])(?:tp\d?|targets?|take[^\S\n]*profit|sl|stop(?:[^\S\n\-]*loss)?|entry|buy|sell)"
    r"[^\S\n]*\d?[^\S\n]*[:=@][^\S\n]*\$?\d"
)
# a fill that says what it opens: "— opening short", "OPENING LONG position", "Short position
# opened on #BTC" (a flip closing one side first is read whole elsewhere)
_OPENS = re.compile(
    r"(?<![\w])(?:opening[^\S\n]+(?:a[^\S\n]+)?(?:long|short)"
    r"|(?:long|short)[^\S\n]+position[^\S\n]+opened)(?![\w])"
)
_FILL_WORD = re.compile(r"(?<![\w])(?:filled|executed)(?![\w])")
# "Position reduced: $PEPE −40%", "size reduced (–60%)", "Position reduced by 25 %": the share
# closed, a coin allowed between
_REDUCED = re.compile(
    r"(?<![\w])(?:position|size)[^\S\n]+reduced(?:[^\S\n]+by)?[^\S\n]*:?"
    r"(?:[^\S\n]*[#$]?(?=[a-z0-9]*[a-z])[a-z0-9]+(?:/[a-z0-9]+)?)?[^\S\n]*\(?[−\-–]?[^\S\n]*"
    r"(?<![\d.,])(\d{1,2}(?:[.,]\d+)?)[^\S\n]*%"
)
# where a notice's price is written: "@ 151.2", "at 90.24", "filled at …", "Price: 6.198"
_PRICED_AT = re.compile(r"(?:@|(?<![\w])at|(?<![\w])price[^\S\n]*[:=])[^\S\n]*\$?(?=\d)")
# a second price joined to the first ("filled at 142.35 and 141.9", "@ 3301.5 / 3320.1"): which
# one filled is not said
_SECOND_PRICE = re.compile(
    r"(?:@|(?<![\w])at)[^\S\n]*\$?\d[\d.,]*[^\S\n]*,?[^\S\n]*(?:and|then|&|/)[^\S\n]*"
    r"(?:at[^\S\n]+|@[^\S\n]*)?\$?\d"
)
# the notice's own numbers: its price, an open rate, a result, an amount; more is another message
_NUMBERS_AT_MOST = 6
_OPEN_EXIT = ParsedMessage(
    MessageKind.NOT_SIGNAL, reason="A bot's exit order cancelled: the trade stays open."
)


def _holds_a_plan(read: MessageParts) -> bool:
    """Whether ``read`` gives more than one labelled level (an entry, a target, a stop with a
    price after it on its line), in any language the parser reads: a call pasted beside the
    notice, to read whole elsewhere. The notice's own one price is not a plan."""
    low = read.low
    levels = set()
    for label in read.labels:
        if label[0] not in ("entry", "target", "stop"):
            continue
        line_end = low.find("\n", label[1])
        line_end = len(low) if line_end < 0 else line_end
        if any(label[1] < n.start < line_end for n in read.numbers):
            levels.add((label[0], low.count("\n", 0, label[1])))
    return len(levels) > 1


def _bot_exit(read: MessageParts) -> ParsedMessage | None:
    reason = _EXIT_REASON.search(read.low)
    if reason is None or "partial" in read.low:
        return None  # a partial exit's share is not written: to review
    price = read.price_after(_CLOSE_RATE)
    market = read.symbol.market if read.symbol else None
    if price is None or market is None:
        return None
    opened = read.price_after(_OPEN_RATE)
    if opened is not None and not 0.5 < price / max(opened, 1e-18) < 2:
        return None  # an exit off by an order of magnitude from the open rate: to review
    why = reason.group(1).replace(" ", "_").replace("-", "_")
    if why in _STOP_REASONS:
        return one_action_follow_up(market, FollowUpAction.STOP_HIT, price=price)
    if why in _CLOSE_REASONS:
        return one_action_follow_up(market, FollowUpAction.CLOSE, close_fraction=1.0, price=price)
    return None  # a strategy's own exit reason: to review


def _notice_price(read: MessageParts) -> tuple[float, ...] | None:
    """The one price a notice of one coin writes after "@", "at" or "Price:" (an empty tuple
    when the notice holds no number at all), or None when it holds numbers but not one such
    price (an amount alone, two prices) or names another coin: left to the general reading."""
    if len(named_coins(read.text)) > 1:
        return None  # "SUI/USDT: Buy order filled — opening long" over "#AVAX ✅ +59.8%"
    at = {n.start: n.value for n in read.numbers}
    priced = {at[m.end()] for m in _PRICED_AT.finditer(read.low) if m.end() in at}
    if len(priced) == 1:
        return (priced.pop(),)
    return () if not read.numbers else None


def _opening_fill(read: MessageParts) -> ParsedMessage | None:
    """A fill notice naming the side it opens, at its one price: the entry filled."""
    low = read.low
    if "clos" in low or not _OPENS.search(low) or not _FILL_WORD.search(low):
        return None
    if _SECOND_PRICE.search(low):
        return None
    price = _notice_price(read)
    if price is None or read.symbol is None:
        return None
    return one_action_follow_up(
        read.symbol.market, FollowUpAction.ENTRY_FILLED, price=price[0] if price else None
    )


def _position_reduced(read: MessageParts) -> ParsedMessage | None:
    """A position reduced by a share, at its one price: a close of that share."""
    reduced = _REDUCED.search(read.low)
    if reduced is None or read.symbol is None or _MORE_ACTIONS.search(read.low):
        return None
    if target_at_price(read.low) is not None:
        return None  # "TP2 at 9.303 — position reduced by 50%": a target hit too, read whole
    share = float(reduced.group(1).replace(",", "."))
    price = _notice_price(read)
    if price is None or not 0 < share < 100:
        return None
    return one_action_follow_up(
        read.symbol.market,
        FollowUpAction.CLOSE,
        close_fraction=share / 100,
        price=price[0] if price else None,
    )


def _placed_or_entered(read: MessageParts) -> ParsedMessage | None:
    """freqtrade's entry notice over its "Open Rate:": sent when the order is placed, a
    review (a side and a price with no stop or target, and nothing filled yet: the fill
    notice follows); sent when it fills ("Longed …", "Entered …"), the entry filled there."""
    low = read.low
    if _PLAN_LABEL.search(low) or "exit" in low or "clos" in low:
        return None
    if _BOT_ENTERED.search(low):
        opened = read.price_after(_OPEN_RATE)
        if opened is None or _holds_a_plan(read) or read.symbol is None:
            return None
        return one_action_follow_up(read.symbol.market, FollowUpAction.ENTRY_FILLED, price=opened)
    if _BOT_PLACED.search(low):
        return _PLACED
    return None


def bot_notice(read: MessageParts) -> ParsedMessage | None:
    """``read`` as the bot notice's one action at its labelled price, or None."""
    low = read.low
    if (
        "open rate" in low
        and read.symbol is not None
        and "filled" not in low
        and (placed := _placed_or_entered(read)) is not None
    ):
        return placed
    if read.symbol is None or len(read.numbers) > _NUMBERS_AT_MOST or _PLAN_LABEL.search(low):
        return None
    if ("filled" in low or "executed" in low) and (order := order_for_target(read)):
        return order  # "Sell order filled: 0.52 SOL @ 151.2 (Take Profit 2)"
    if _holds_a_plan(read):
        return None
    market = read.symbol.market
    if "exit" in low and (
        _BOT_EXIT.search(low) or ("close rate" in low and _EXIT_REASON.search(low))
    ):
        return _bot_exit(read)  # with or without the "Exiting PAIR (#id)" header
    if "cancel" in low and (cancel := _BOT_CANCEL.search(low)):
        if cancel.group(1) == "exit":
            return _OPEN_EXIT
        return one_action_follow_up(market, FollowUpAction.CANCEL)
    if ("opening" in low or "opened" in low) and (fill := _opening_fill(read)):
        return fill  # "Entry order filled / SELL 12.5 SOL/USDT @ 151.2 — opening short"
    if "reduced" in low and (reduced := _position_reduced(read)):
        return reduced  # "🟡 Position reduced: $PEPE −40% at 0.0000087268"
    if "filled" in low and _BOT_FILL.search(low):
        opened = read.price_after(_OPEN_RATE)
        if opened is None and read.numbers:
            return None  # "entry order filled @ 24.809": the general reading takes its price
        return one_action_follow_up(market, FollowUpAction.ENTRY_FILLED, price=opened)
    if _MORE_ACTIONS.search(low):
        return None
    if "hitted" in low and (hit := _HITTED.search(low)):
        at = [n.value for n in read.numbers if n.start == hit.end()]
        if len(at) != 1:
            return None
        if hit.group("stop"):
            return one_action_follow_up(market, FollowUpAction.STOP_HIT, price=at[0])
        index = int(hit.group("n")) if hit.group("n") else None
        return one_action_follow_up(
            market, FollowUpAction.TARGET_HIT, target_index=index, price=at[0]
        )
    if ("step" in low or "closed by" in low) and (step := take_profit_step(read)):
        return step  # "Take profit step 2 of 3 executed at …", "closed by Take Profit"
    if "reached" in low and (price := read.price_after(_TP_REACHED)) is not None:
        return one_action_follow_up(market, FollowUpAction.TARGET_HIT, price=price)
    if "closed by" in low and _CLOSED_BY_STOP.search(low):
        price = read.price_after(_CLOSED_AT)
        return (
            None
            if price is None
            else one_action_follow_up(market, FollowUpAction.STOP_HIT, price=price)
        )
    if "expired" in low and _EXPIRED.search(low):
        return one_action_follow_up(market, FollowUpAction.CANCEL)
    return None
