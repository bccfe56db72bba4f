"""A leverage written as a hashtag among topic hashtags: a tag, not the trade's leverage.

Channels close a post with a run of topic tags, some of them leverages (``#Altseason #50x
#Gem``, ``#Crypto #50x #100x``). On a line of their own they are passed over; a relay that
joins the lines (``… | SL: 10.163 | Lev: 20x | #100x #Altseason #Crypto``) leaves them beside
the levels, where ``#100x`` read as the leverage. A leverage hashtag in a run of two hashtags
or more (spaces between) that ends its line and holds no side word is such a tag; a card that
tags its own fields (``#SOL #LONG #10x``, ``#LONG 📈 #10x``, ``#10x #Entry Zone: …``) keeps its
leverage.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.lexicon import LONG_WORDS, SHORT_WORDS

# a run of two hashtags or more, whitespace between them, ending its line
_TAG_RUN = re.compile(r"#[^\W_][\w]*(?:[ \t]+#[^\W_][\w]*)+(?=[ \t]*(?:\n|$))")
_LEVERAGE_TAG = re.compile(r"#(?:\d{1,3}[xX]|[xX]\d{1,3})(?![\w])")
_SIDE_TAG = re.compile(r"#(?:" + LONG_WORDS + "|" + SHORT_WORDS + r")(?![\w])", re.I)


def leverage_topic_tags(text: str) -> list[tuple[int, int]]:
    """Where a leverage hashtag stands in a run of topic tags (see the module)."""
    out: list[tuple[int, int]] = []
    for run in _TAG_RUN.finditer(text):
        tags = run.group()
        if _LEVERAGE_TAG.search(tags) is None or _SIDE_TAG.search(tags) is not None:
            continue
        out += [
            (run.start() + m.start(), run.start() + m.end()) for m in _LEVERAGE_TAG.finditer(tags)
        ]
    return out
