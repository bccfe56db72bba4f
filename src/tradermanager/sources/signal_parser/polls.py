"""Polls: a post that asks readers to vote on where a coin goes or what they would do ("📊
POLL: where does AVAX close on Friday? 🅰️ below … 🅱️ … – … 🅲 above …", "Quick poll: would you
buy DOGE at … or wait for …?") or counts their votes ("Community sentiment on ARB: 60% bullish,
average target …, average stop … (361 votes)"). Its prices are the options or the crowd's
answers, not levels of a trade: talk."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords

# the gate: a poll's word anywhere, in any case
POLL_HINT = AnyCaseWords(("poll", "vote", "survey", "sentiment"))
# the word opening the post, before its first digit (in the lower-cased text)
_POLL_WORD = re.compile(r"(?<![\w])(?:poll|vote|survey|(?:community|crowd)[^\S\n]+sentiment)")
# a poll asks ("…?") or counts its answers ("(361 votes)", "64% of you")
_ASKS_OR_COUNTS = re.compile(r"\?|\d[^\S\n]*votes(?![\w])|%[^\S\n]+of[^\S\n]+you(?![\w])")
_DIGIT = re.compile(r"\d")


def poll(low: str) -> bool:
    """Whether the lower-cased text opens with a poll's word before its first digit and asks
    its readers or counts their answers."""
    digit = _DIGIT.search(low)
    head = low if digit is None else low[: digit.start()]
    return _POLL_WORD.search(head) is not None and _ASKS_OR_COUNTS.search(low) is not None
