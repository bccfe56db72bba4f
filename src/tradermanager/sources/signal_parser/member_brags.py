"""A member's own win told in the past tense: "Caught SOL from 142 to 155 yesterday 🚀 thanks
admin", "rode ETH 3,210 → 3,390 last night", "Got in #ADA at 0.4523 and sold at 0.484 this
morning". Two prices (in and out), a time already gone and no plan: nothing to copy, talk.
A stop, a target or a plan word keeps the general reading (a call or an update)."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords

_BRAG_GATE = re.compile(r"caught|rode|bought|got\s+in|profit|took\s+me", re.IGNORECASE)
# a word every match of _BRAG_GATE holds, in any case: looked for first (on a lower-cased copy),
# so that most messages skip the case-blind search, which folds every character it tries
_BRAG_WORDS = AnyCaseWords(("caught", "rode", "bought", "got", "profit", "took"))
# the trade told as the writer's own, already done
_BRAG_VERB = re.compile(
    r"(?<![\w])(?:caught|rode|(?:i\s+)?bought|got\s+in|made\s+(?:a\s+)?(?:\w+\s+)?profit"
    r"|took\s+me)(?![\w])"
)
_EARLIER = re.compile(
    r"(?<![\w])(?:yesterday|last\s+(?:night|week|weekend)|this\s+morning|earlier\s+today"
    r"|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\w])"
)
# a level, a side or a plan beside it: a call or an instruction, not a story
_PLAN = re.compile(
    r"(?<![\w])(?:tp\d?|sl|stop|targets?|entry|long|short|leverage|lev|will|plan|next"
    r"|hold(?:ing)?|selling|buying|move|close|book|cancel|trail|exit|set|sell|buy|enter|add"
    r"|now|here)(?![\w])"
)
_PRICE = re.compile(r"(?<![\w.,])\$?\d[\d.,]*")


def member_brag(text: str) -> str | None:
    """The reason when ``text`` tells a member's own finished trade (two prices, a time
    already gone, no plan), else None."""
    if not _BRAG_WORDS.search(text) or _BRAG_GATE.search(text) is None:
        return None
    low = text.lower()
    if _BRAG_VERB.search(low) is None or _EARLIER.search(low) is None:
        return None
    if len(_PRICE.findall(low)) < 2 or _PLAN.search(low):
        return None
    return "A member's finished trade told with its prices, in the past: talk."
