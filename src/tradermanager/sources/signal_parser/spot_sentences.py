"""Spot buys written as a sentence in the first person: "Bought some $JUP spot at 0.9367,
holding for 0.9744 / 1.0112. No leverage.", "Grabbed a spot position in $SUI at 1.028, first
sell 1.0772, second sell 1.1252, invalidation 0.9447", "Adding $BRETT to the spot bag around
0.0441, sell 0.0463, 0.0488. Cut below 0.0398.".

Read as written, "bought" names no side and "holding for" / "first sell" / "cut below" no
level: the call goes to talk or to review. In a text that says spot, with one buying verb and
no word of a trade over (sold, closed, a result), the sentence's words are written as a card's
("Buy", "targets", "TP1", "stop below") and the reader reads it again, keeping that reading
only when it is a whole spot long with its targets.
"""

from __future__ import annotations

import re

_BUYING = re.compile(
    r"(?<![\w])(?:bought(?:[ \t]+some)?|grabbed|picked[ \t]+up|adding|added)(?![\w])",
    re.IGNORECASE,
)
_WORDS = (
    (re.compile(r"(?<![\w])holding[ \t]+for(?![\w])", re.IGNORECASE), "targets"),
    (re.compile(r"(?<![\w])first[ \t]+sell(?![\w])", re.IGNORECASE), "TP1"),
    (re.compile(r"(?<![\w])second[ \t]+sell(?![\w])", re.IGNORECASE), "TP2"),
    (re.compile(r"(?<![\w])third[ \t]+sell(?![\w])", re.IGNORECASE), "TP3"),
    (re.compile(r"(?<![\w])cut[ \t]+(?=below|under)", re.IGNORECASE), "stop "),
)
# a trade told when over or a bag only held: no call
_TOLD = re.compile(
    r"(?<![\w])(?:sold|selling[ \t]+my|closed|took[ \t]+profits?|booked|exited|results?|pnl"
    r"|still[ \t]+holding|no[ \t]+longer)(?![\w])|%|✅",
    re.IGNORECASE,
)


def may_be_spot_sentence(low: str) -> bool:
    """The quick test on the lower-cased text: spot, and a buying verb's letters."""
    return "spot" in low and (
        "bought" in low or "grabbed" in low or "picked" in low or "add" in low
    )


def spot_sentence_as_card(text: str) -> str:
    """``text`` with its buying verb as "Buy" and its level words as a card's, when it is one
    first-person spot buy; else as written."""
    verbs = list(_BUYING.finditer(text))
    if len(verbs) != 1 or _TOLD.search(text):
        return text
    m = verbs[0]
    turned = f"{text[: m.start()]}Buy{text[m.end() :]}"
    for pattern, word in _WORDS:
        turned = pattern.sub(word, turned)
    return turned
