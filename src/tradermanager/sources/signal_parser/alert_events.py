"""Alert bots' event notices: an event type written as a word of its own, with its fields on one
line ("EVENT: MOVE_STOP | SOL | new stop: 149.57", "[MOVE_SL] LTCUSDT | sl=85.33",
"event=stop_loss symbol=INJUSDT fill=27.438", "ALERT ▸ TP_HIT ▸ ETHUSDT ▸ #2 ▸ 3,481.5",
"TP2_FILLED | ORDIUSDT | 40.1") or over a few lines ("Type: TAKE_PROFIT / Symbol: … / Target: 2 /
Price: …", "Event type: stop moved / New stop: … / Old stop: …", "Status change: … / From: OPEN /
To: STOPPED / Price: …", "Hit: TP2 / Market: … / Level: 5.96"). The type says what happened;
the price is the one field that can be it (a "new" stop before an "old" one, the level after an
arrow), never the target's or the order's number, a share or a result. A type this reading
does not know, or a price it cannot single out, is left to the general reading; so is a new call
("EVENT: NEW")."""

from __future__ import annotations

import re

from tradermanager.domain.tokens import Market
from tradermanager.sources.signal_parser.market_parses import one_action_follow_up
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.model import FollowUpAction, ParsedMessage
from tradermanager.sources.signal_parser.symbols import find_symbol

_S = r"[^\S\n]"
# cells: lines, bars, arrows-heads and dots between fields, a space before a "key=value" token
_CELLS = re.compile(rf"\n|{_S}*[|┃▸·•]{_S}*|{_S}+(?=[a-z_]{{2,20}}=)")
# a field's label and its value: "Type: TAKE_PROFIT", "sl=85.33", "EVENT — CLOSE"
_FIELD = re.compile(rf"^[^\w\n]*([a-z][a-z _]{{0,20}}?){_S}*(?:[:=]|{_S}[—–]){_S}*(.*)$")
# the labels an event type stands after
# ("Hit: TP2" over "Market: …" / "Level: …": what was hit is the event)
_TYPE_LABELS = frozenset(("event", "event type", "type", "evt", "alert", "action", "hit"))
# the words that open a notice and are no event themselves ("🔔 EVENT", "EVT | …")
_MARKERS = frozenset(("event", "evt", "alert", "bot alert", "signal bot"))
_NUMBER = re.compile(r"(?<![\w.,])\$?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![.,]?\d)")
_SHARE = re.compile(r"(?<![\w.,])(\d{1,3})(?:\.\d+)?[ \t]*%")
_BRACKETED = re.compile(r"[^\w\[]*\[([a-z0-9_ ]{2,24})\](.*)")
_SNAKE = re.compile(r"[a-z0-9_ ]{2,24}")
_COIN = re.compile(r"[a-z0-9]{2,12}")
_ARROW = re.compile(r"→|->|=>|➜|➝")

_TARGET = re.compile(
    r"(?:tp|take ?profit|target)(?: ?(\d))?(?: (?:hit|filled|reached|done|executed))?"
)
_KINDS: tuple[tuple[FollowUpAction | str, re.Pattern[str]], ...] = (
    (
        FollowUpAction.STOP_HIT,
        re.compile(
            r"sl|stop ?loss|stop(?:ped)?(?: out)?|(?:sl|stop ?loss|stop) "
            r"(?:hit|executed|filled|triggered)"
        ),
    ),
    (
        FollowUpAction.STOP_MOVED,
        re.compile(
            r"(?:move|update|trail|raise|lower) ?(?:sl|stop)|(?:sl|stop) ?(?:moved?|update[d]?"
            r"|trail(?:ed)?|changed?)|trail(?:ing)?(?: stop)?|stop moved"
        ),
    ),
    (
        "breakeven",
        re.compile(
            r"breakeven|break even|be"
            r"|(?:(?:sl|stop)(?: moved| set)?|move) (?:to )?(?:be|entry|breakeven)"
        ),
    ),
    (FollowUpAction.CLOSE, re.compile(r"close[d]?|exit(?:ed)?|position closed|full close")),
    ("partial", re.compile(r"partial(?: (?:close|exit|tp|take profit))?|trim(?:med)?|reduce[d]?")),
    (FollowUpAction.CANCEL, re.compile(r"cancel(?:l?ed)?|order cancell?ed|expired")),
    (FollowUpAction.ENTRY_FILLED, re.compile(r"entry(?: (?:filled|fill|hit))?|filled|fill")),
)
# fields whose number is never the event's price
_NOT_PRICE = re.compile(
    r"(?<![\w])(?:pnl|p/?l|p&l|profit|roi|gain|result|return|qty|quantity|size|amount|order"
    r"|level|target|tier|index|win|open|closed|leverage|lev|margin|old|previous|was|from|entry"
    r"|count|id|no|number)(?![\w])"
)
# fields that hold the event's price
_PRICE_LABELS = re.compile(
    r"price|fill|filled|fill price|avg fill|exit|exit price|executed at|at|close rate|rate"
    r"|current price"
    r"|new stop|new sl|sl|stop|stop loss|level price|level"
)
_INDEX_LABELS = frozenset(("target", "level", "tp", "tier", "index", "tp index", "tp level"))


def may_be_alert_event(text: str) -> bool:
    """The cheap test: an event, type or hit label, or a snake-case word ("TP_HIT", "MOVE_SL")."""
    return (
        "vent" in text
        or "VENT" in text
        or "EVT" in text
        or "ype:" in text
        or "YPE:" in text
        or "_" in text
        or "tatus change" in text
        or "Hit:" in text
        or "HIT:" in text
        or "hit:" in text
    )


def _kind(word: str) -> tuple[FollowUpAction | str, int | None] | None:
    """What the event type ``word`` (lower-cased) names, and a target's number in it."""
    word = re.sub(r"[_\-]+", " ", word).strip(" .!✅❌⛔🛑🎯🔔📣")
    if m := _TARGET.fullmatch(word):
        return FollowUpAction.TARGET_HIT, int(m.group(1)) if m.group(1) else None
    for kind, pattern in _KINDS:
        if pattern.fullmatch(word):
            return kind, None
    return None


def _number(value: str) -> float | None:
    m = _NUMBER.search(value)
    if m is None or _NUMBER.search(value, m.end()):
        return None  # none, or more than one
    return float(m.group(1).replace(",", ""))


def alert_event(read: MessageParts) -> ParsedMessage | None:
    """``read`` as the one event its type names, at the price its fields single out."""
    low = read.low.strip()
    cells = [c.strip() for c in _CELLS.split(low) if c.strip()]
    if not 2 <= len(cells) <= 8:
        return None
    found: tuple[FollowUpAction | str, int | None] | None = None
    marked = _marked(cells)
    type_at = -1
    fields: list[tuple[str | None, str]] = []
    for i, cell in enumerate(cells):
        bracket = _BRACKETED.fullmatch(cell) if found is None else None
        if bracket is not None and (typed := _kind(bracket.group(1))) is not None:
            # "[MOVE_SL] LTCUSDT.P": the type in brackets, the rest a field without a label
            found, type_at = typed, i
            fields.append((None, bracket.group(2).strip()))
            continue
        m = _FIELD.match(cell)
        label, value = (m.group(1).strip(), m.group(2).strip()) if m else (None, cell)
        if found is None and (typed := _type_of(cell, label, value, i, marked, low)) is not None:
            found, type_at = typed, i
            continue
        fields.append((label, value))
    if found is None or type_at > 2:
        return None
    kind, index = found
    symbol = find_symbol(read.text)
    for label, value in fields if symbol is None else ():
        # a coin in a cell of its own, or under a symbol's label: "EVENT: MOVE_STOP | SOL | …"
        if label in (None, "symbol", "pair", "coin", "ticker") and _COIN.fullmatch(value):
            symbol = find_symbol("#" + value.upper())
            if symbol is not None:
                break
    if symbol is None:
        return None
    return _event(symbol.market, kind, index, fields, low)


def _type_of(
    cell: str, label: str | None, value: str, at: int, marked: set[int], low: str
) -> tuple[FollowUpAction | str, int | None] | None:
    """The event type ``cell`` states, if it states one."""
    if label in _TYPE_LABELS:
        return _kind(value)  # "Type: TAKE_PROFIT", "event=stop_loss", "EVENT — CLOSE"
    if label == "to" and "status change" in low:
        return _kind(value)  # "Status change … / From: OPEN / To: STOPPED"
    bare = cell.strip(" 🔔📣⚡️🚨")
    if label is None and ("_" in bare or any(j < at for j in marked)):
        # "TP2_FILLED", "SL_HIT", or the word after a bare "EVT" / "ALERT" cell
        return _kind(bare) if _SNAKE.fullmatch(bare) else None
    return None


def _marked(cells: list[str]) -> set[int]:
    """The cells that are only an alert's opening word ("EVT", "ALERT", "🔔 EVENT")."""
    return {i for i, c in enumerate(cells) if c.strip(" 🔔📣⚡️🚨:") in _MARKERS}


def _event(
    market: Market,
    kind: FollowUpAction | str,
    index: int | None,
    fields: list[tuple[str | None, str]],
    low: str,
) -> ParsedMessage | None:
    prices: list[float] = []
    bare: list[float] = []
    share: int | None = None
    new_stop: float | None = None
    for label, value in fields:
        if label is not None and label in _INDEX_LABELS and re.fullmatch(r"#?\d{1,2}", value):
            index = index or int(value.lstrip("#"))  # "Target: 2", "Level: 2"
            continue
        if label is None and re.fullmatch(r"#\d{1,2}", value):
            index = index or int(value[1:])  # "▸ #2 ▸"
            continue
        if (s := _SHARE.search(value)) is not None:
            if label is None or not _NOT_PRICE.search(label) or label == "closed":
                share = share or int(s.group(1))
            continue
        if label is not None and label.startswith("new") and (n := _number(value)) is not None:
            new_stop = n  # "New stop: 149.57", "new sl=…": the new before any old
            continue
        if label is not None and label != "level" and _NOT_PRICE.search(label):
            continue  # ("Level: 5.96", no target's number, is the level the event met)
        if (arrow := _ARROW.search(value)) is not None:
            value = value[arrow.end() :].strip()  # "stop 2.41 → 2.47": the level it goes to
        head = re.match(r"(?:exit|price|fill(?:ed)?|at|@|sl|stop)\b[ \t:=@]*", value)
        if label is None and head is None:
            n = _number(value) if re.fullmatch(r"\$?[\d.,]+", value) else None
            if n is not None:
                bare.append(n)
            continue
        if label is not None and not _PRICE_LABELS.fullmatch(label):
            continue
        n = _number(value[head.end() :] if head else value)
        if n is not None:
            prices.append(n)
    chosen = set(prices) or set(bare)
    if len(chosen) > 1:
        return None  # two prices that could be it: not this reading's to choose
    price = next(iter(chosen), None)
    if kind == "breakeven":
        return one_action_follow_up(market, FollowUpAction.STOP_MOVED, stop_to_entry=True)
    if kind is FollowUpAction.STOP_MOVED:
        if "entry" in low and new_stop is None and price is None:
            return one_action_follow_up(market, kind, stop_to_entry=True)
        stop = new_stop if new_stop is not None else price
        return None if stop is None else one_action_follow_up(market, kind, new_stop=stop)
    if kind == "partial":
        if share is None or not 0 < share < 100:
            return None
        return one_action_follow_up(
            market,
            FollowUpAction.CLOSE,
            close_fraction=share / 100,
            price=price,
        )
    if kind is FollowUpAction.CLOSE:
        return one_action_follow_up(market, kind, close_fraction=1.0, price=price)
    if kind is FollowUpAction.TARGET_HIT:
        return one_action_follow_up(market, kind, target_index=index, price=price)
    if kind is FollowUpAction.CANCEL:
        return one_action_follow_up(market, kind)
    if kind is FollowUpAction.ENTRY_FILLED and "fill" not in low:
        return None  # "Type: Entry" heads a call's card as often as it reports a fill
    assert isinstance(kind, FollowUpAction)
    return one_action_follow_up(market, kind, price=price)
