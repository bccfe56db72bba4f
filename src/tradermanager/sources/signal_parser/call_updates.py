"""A callout bot's update that repeats the call above one event line: "📈 Alert update — LONG
NEAR @ 5.816 / TP1 5.91 reached ✅", "Trade update: LONG #ADA @ 0.4587 / SL 0.4496 triggered".
The header names a side, a coin and an entry, so the text reads as a call; the event line says
it is an update of that call, not a new one."""

from __future__ import annotations

import re
from collections.abc import Callable

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, ParsedMessage

_UPDATE_HEAD = re.compile(r"\A[^\n]{0,24}?(?<![\w])(?:update|updated)(?![\w])[^\n]*\n")
_EVENT = re.compile(
    r"(?<![\w])(?:hit|reached|done|triggered|filled|executed|achieved|stopped)(?![\w])"
)


def update_of_call(low: str) -> bool:
    """Whether the lower-cased ``low`` opens on an update's header and states an event."""
    m = _UPDATE_HEAD.search(low)
    return m is not None and _EVENT.search(low, m.end()) is not None


# the second of two lines, an event under a call that has no "update" header: "Tracking SOLUSDT
# SHORT from 151.2" over "TP1 reached: 148.9", "📌 OP LONG 2.399" over "Closed: 2.4786 (manual)",
# "Signal: SHORT TIA/USDT from 10.276" over "Update: stop loss hit (10.654)"
_EVENT_LABEL = re.compile(r"[^\w\n]*(?:update|event|status|result)[ \t]*[:\-—–][ \t]*")
_EVENT_LINE = re.compile(
    r"[^\w\n]*(?:(?:update|event|status|result)[ \t]*[:\-—–][ \t]*)?"
    r"(?:tp[ \t]*\d|target[ \t]*\d|take[ \t-]*profit[ \t]*\d|stop(?:[ \t-]*loss)?|sl"
    r"|stopped|closed)(?![a-z])"
)
_CLOSED_LABEL = re.compile(r"[^\w\n]*closed[ \t]*:[ \t]*(?=\$?\d)")


def event_below_call(text: str) -> bool:
    """Whether ``text`` is two lines whose second opens on an event (a target or the stop
    hit, the trade closed) and states it: the call above is the one it updates."""
    stripped = text.strip()
    if stripped.count("\n") != 1:
        return False
    line = stripped.split("\n", 1)[1].lower()
    return _EVENT_LINE.match(line) is not None and (
        "✅" in line or "closed" in line or _EVENT.search(line) is not None
    )


# the reviews a call repeated above its event is read as before this module sees it
SIGNAL_AND_EVENT = "Reads as a signal but also reports it as "


def update_event(
    text: str, read: ParsedMessage, parse: Callable[[str], ParsedMessage]
) -> ParsedMessage | None:
    """The event line of an update that repeats its call above it ("📊 Signal update — LONG
    WIF @ 2.4193" over "TP2 2.4552 hit ✅"), read alone for the header's coin: a numbered
    target or the stop hit, at a price written on that line and on the side of the header's
    entry the event belongs to (a long's target above it, its stop below). None otherwise:
    more lines, another action, or a price that does not fit the call."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    if len(lines) != 2 or read.symbol is None or read.side is None or len(read.entries) != 1:
        return None
    line = _EVENT_LABEL.sub("", lines[1].strip(), count=1)
    if closed := _CLOSED_LABEL.match(line.lower()):
        line = "closed at " + line[closed.end() :]  # "Closed: 2.4786 (manual)"
    written = _NUMBER.findall(line)
    if len(written) == 1 and _STOP_EVENT.match(line.lower()):
        # "Stop loss hit ❌ 0.4218", "SL 0.4496 triggered ⛔": the stop hit at its one number
        event = parse(f"#{read.symbol} stop loss hit")
        event = event._replace(price=float(written[0].replace(",", "")))
    else:
        event = parse(f"#{read.symbol} {line}")
    if event.kind is not MessageKind.FOLLOW_UP or event.symbol != read.symbol:
        return None
    price = event.price
    if price is None or not _written(price, lines[1]):
        return None
    above = price > read.entries[0]
    long = read.side is Side.LONG
    if event.actions == (FollowUpAction.TARGET_HIT,) and event.target_index is not None:
        fits = above == long
    elif event.actions == (FollowUpAction.STOP_HIT,):
        fits = above != long
    elif event.actions == (FollowUpAction.CLOSE,) and event.close_fraction == 1.0:
        return event._replace(token=read.token, contract=read.contract)  # a close's own price
    else:
        return None
    if not fits or price == read.entries[0]:
        return None
    return event._replace(token=read.token, contract=read.contract)


def _written(price: float, line: str) -> bool:
    """Whether ``price`` is one of the numbers written on ``line``."""
    for m in _NUMBER.finditer(line):
        try:
            if float(m.group().replace(",", "")) == price:
                return True
        except ValueError:
            continue
    return False


_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
# an event line telling the stop hit: its label first, a hit word after it
_STOP_EVENT = re.compile(
    r"[^\w\n]*(?:stop[ \t-]?loss|stop|sl)(?![\w])[^\n]*?(?<![\w])"
    r"(?:hit|triggered|executed|filled)(?![\w])"
)
