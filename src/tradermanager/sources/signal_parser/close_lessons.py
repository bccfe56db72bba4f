"""Lessons and rules that use close, take-profit and stop words in general, for no coin and at no
price: "TP1 is for taking a part off, it doesn't mean close the whole trade", "Closing
everything at the first take profit leaves money on the table", "Partial profits at each TP …
Full close only at the last target", "Newbies close in panic at the first red candle. Trust your
stop.", "Moving SL to entry too early kills good trades", "Tip: when TP2 hits, most of us close
half". They name no trade: read as a close (of whatever was called last) they would end a copy
nobody asked to end. A close or a move said for now ("close half here", "move SL to entry now")
is no lesson."""

from __future__ import annotations

import re

_GENERAL = re.compile(
    # a definition: "TP1 is for …", "doesn't mean close …", "TP2 means …"
    r"(?<![\w])(?:(?:doesn'?t|doesn’t|does[ \t]+not|don'?t|don’t|do[ \t]+not)[ \t]+mean|means"
    r"|is[ \t]+(?:for|where|not[ \t]+where))(?![\w])"
    # who does it in general
    r"|(?<![\w])(?:newbies|beginners|new[ \t]+traders|most[ \t]+traders|many[ \t]+traders"
    r"|most[ \t]+of[ \t]+us|most[ \t]+people|good[ \t]+traders|pros)(?![\w])"
    # the lesson's own words
    r"|(?<![\w])(?:rule[ \t]+of[ \t]+thumb|lesson|tip|why[ \t]+we|how[ \t]+to|q:|faq)(?![\w])"
    # every target, every trade
    # (after a preposition: "every target done ✅" reports the hits)
    r"|(?<![\w])(?:at|on|after|for|in)[ \t]+(?:each|every|any)[ \t]+"
    r"(?:tp|target|take[ \t\-]?profit|trade)(?![\w])"
    r"|money[ \t]+on[ \t]+the[ \t]+table|in[ \t]+panic|trust[ \t]+(?:your|the)[ \t]+stop"
    # what any setup is, or what is done with every one: "A setup is invalidated when a candle
    # closes past the level", "Invalidated setups: we close them, we don't hope."
    r"|(?<![\w])an?[ \t]+(?:setup|trade|position|signal)[ \t]+is[ \t]+\w+[ \t]+(?:when|if|once)"
    r"(?![\w])|(?<![\w])(?:setups|trades|signals|positions)[ \t]*:[^\n]*?(?<![\w])them(?![\w])"
    # a rule opened by "never" or "always" and told of any trade or any reader: "Never re-open
    # a trade just because you got stopped at breakeven"
    r"|^[^\w\n]*(?:never|always)[ \t][^\n]*?(?<![\w])(?:just[ \t]+because|a[ \t]+trade|you)(?![\w])"
    r"|(?<![\w])closing[ \t]+(?:everything|early|too[ \t]+early|all|a[ \t]+(?:trade|winner))"
    r"[ \t]+(?:at[ \t]+[^\n,.]{0,30}?[ \t]+)?(?:is|leaves|costs|kills|means)(?![\w])"
    # "Moving SL to entry too early kills good trades": a stop move told of any trade
    r"|(?<![\w])moving[ \t]+(?:the[ \t]+|your[ \t]+)?(?:sl|stop(?:[ \t\-]*loss)?)[ \t]+to[ \t]+"
    r"(?:entry|be|breakeven|break[ \t\-]?even)[ \t]+too[ \t]+(?:early|soon|fast)(?![\w])"
)
# an order for now: the lesson words beside it do not make it one
_NOW = re.compile(r"(?<![\w])(?:now|here|asap|immediately|right[ \t]+away)(?![\w])")
_HINTS = ("mean", "is for", "is where", "is not", "newbie", "beginner", "traders", "most of")
_MORE_HINTS = ("most people", "pros", "rule", "lesson", "tip", "why we", "how to", "q:", "faq")
_LAST_HINTS = (
    "each ",
    "every ",
    "any ",
    "table",
    "panic",
    "trust",
    "closing",
    "too ",
    "never",
    "always",
    "setup",
)


def close_lesson(low: str) -> str | None:
    """The reason when the lower-cased ``low`` (read as a close, a move or a hit of no coin,
    at no price) states a general rule or lesson."""
    if not (
        any(h in low for h in _HINTS)
        or any(h in low for h in _MORE_HINTS)
        or any(h in low for h in _LAST_HINTS)
    ):
        return None
    if _NOW.search(low) or not _GENERAL.search(low):
        return None
    return "A lesson or a rule told in general, for no coin and at no price: talk."
