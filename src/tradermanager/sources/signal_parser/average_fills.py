"""An average told as done, with the new average beside the fill: "Averaged LINK at 14.943 (new
average 14.988)", "📊 AVG DOWN SOLUSDT @ 150.1 | avg entry now 151.2", "DCA'd into #BTC at …,
average …", "Averaging order 2 filled · AVAXUSDT · 38.64", "OPUSDT / Averaged: 2.4269 / New
average: 2.4417". The entry was filled, at the fill's price — never at the average, never at
the order's number. Told by a member ("I averaged my …", a question) or as advice ("never
average …", "do not average here") it is no fill of the channel's."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_VERB = re.compile(
    r"(?<![\w])(?:averaged(?:[ \t]+(?:down|up|in(?:to)?))?|avg[ \t]+down|avg'?d|dca'?d"
    r"|cost[ \t]+averaged|averaging[ \t]+order[ \t]+#?\d{1,2}[ \t]+(?:filled|executed)"
    r"|position[ \t]+averaged)(?![\w])"
)
# a member's own, a question's or advice's words
_NOT_OURS = re.compile(
    r"(?<![\w])(?:my|i|i'?ve|i’ve|you|your|don'?t|don’t|do[ \t]+not|never|not|should|if|when"
    r"|would)(?![\w])"
)
# a call's words: a call that says where its entry was averaged is still a call
_CALL_WORDS = re.compile(
    r"(?<![\w])(?:tp\d?|targets?|take[ \t\-]?profit|sl|stop(?:[ \t\-]?loss)?)(?![\w])"
)
_NUMBER = re.compile(r"(?<![\w.,])\$?(\d[\d,]*(?:\.\d+)?)(?![\w%/]|[.,]\d)")
# what stands right before an average's number ("new average ", "avg entry now ", "Avg: ")
_AVERAGE_LABEL = re.compile(
    r"(?<![\w])(?:avg|average|cost)(?:[ \t]+(?:entry|price|cost|now|is))*[ \t]*[:=≈~]?[ \t]*\$?$"
)
# after the verb, the new average, the order or a done mark ("DCA filled ✅"): a bot's fill
# notice; without one, "averaged down at 3,120" is an add at a price, a re-entry there
_AVERAGE_TOLD = re.compile(r"(?<![\w])(?:avg|average|cost|order)(?![\w])|[✅✔☑]")
# an order's own number or a count ("order 2", "#2", "entry 2", "3 of 8")
_ORDER_NUMBER = re.compile(r"(?<![\w])(?:order|no\.|level|entry|dca|of)[ \t]*#?[ \t]*$|#[ \t]*$")
_COUNT_AFTER = re.compile(r"[ \t]*(?:of|/)[ \t]*\d")
# a part of every verb _VERB reads, in the cases a text writes it ("averaged", "AVG DOWN",
# "avg'd", "DCA'd", "Averaging order 2 filled")
_HINTS = (
    *("veraged", "VERAGED", "vg down", "VG DOWN", "vg'd", "VG'D", "A'd", "a'd", "A'D"),
    *("veraging order", "VERAGING ORDER"),
)


def may_tell_average(text: str) -> bool:
    """The cheap test: an averaging verb in the text as written."""
    return holds_any(text, _HINTS)


def averaged_fill(low: str) -> tuple[float | None] | None:
    """The fill's price (or None when no price is written) when the lower-cased ``low`` tells
    an average done, in a one-element tuple; None when it does not."""
    verb = _VERB.search(low)
    if verb is None or "?" in low or _NOT_OURS.search(low) or _CALL_WORDS.search(low):
        return None
    if "order" not in verb.group() and not _AVERAGE_TOLD.search(low, verb.end()):
        return None
    for m in _NUMBER.finditer(low, verb.start()):
        before = low[max(0, m.start() - 24) : m.start()]
        if (
            _AVERAGE_LABEL.search(before)
            or _ORDER_NUMBER.search(before)
            or _COUNT_AFTER.match(low, m.end())
        ):
            continue
        return (float(m.group(1).replace(",", "")),)
    return (None,)
