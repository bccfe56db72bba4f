"""A signal's format shown, not sent: a guide's sample card ("📚 How to read our signals / Pair: …
/ Direction: LONG / Entry: … / (example only, not a trade)"), a template to save ("↑ sample values,
not a signal"), a dummy signal to test a copier with, a quoted call explained ("Anatomy of a call:
'APT long …, SL …, TP …' means …"). The levels illustrate the format: a copier that opens them
trades a made-up card. Told by a sample's words anywhere ("example only", "sample values", "dummy
signal", "from the template") or a guide's title before the first digit ("how to read", "anatomy
of", "… looks like this")."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords
from tradermanager.sources.signal_parser.worked_examples import word_before_digits

# the gate: a part of every match of both patterns below, in any case
SAMPLE_HINT = AnyCaseWords(
    ("example", "sample", "dummy", "demo", "template", "anatomy", "how to read", "like this")
)
# a sample's words: "example only", "sample values", "dummy signal", "demo card", "numbers
# from the template", "in the template"
_SAMPLE = re.compile(
    r"(?<![\w])(?:(?:example|sample|dummy|demo|template)[^\S\n]+(?:only|values?|numbers?"
    r"|levels?|prices?|signals?|cards?|data)|(?:from|in)[^\S\n]+the[^\S\n]+template)(?![\w])"
)
# a guide's title: "How to read our signals", "Anatomy of a call", "Every signal looks like this"
_GUIDE = re.compile(r"(?<![\w])(?:how to read|anatomy[^\S\n]+of|looks? like this)(?![\w])")


def sample_card(low: str) -> str | None:
    """The reason when the lower-cased ``low`` shows a sample of the channel's format (its
    levels are an illustration), else None."""
    if m := _SAMPLE.search(low):
        return f"A sample of the signal format (“{m.group()}”): talk, not a call."
    if m := word_before_digits(_GUIDE, low):
        return f"A guide to the signal format (“{m.group()}”): its card is a sample, talk."
    return None
