"""A plan whose trade is not live until a later word: "Conditional plan OP: long only above
2.1903, stop 2.1589, target 2.2161. Will confirm here if it triggers", "If SOL loses 142: short
141.8, SL 144, TP 138. No trigger, no trade". The levels are whole, but the post itself says the
entry waits for a condition and a confirmation still to come: not a trade to copy now. Checked
on a message read as a signal (every one), behind substring tests of "confirm", "trigger" or
"conditional"."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.lower_case import lower_case

# the gate: a part of every match of _AWAITED as written in lower, title or upper case ("Will
# confirm", "Conditional plan", "NO TRIGGER, NO TRADE"), tested as substrings of the text
AWAITED_PARTS = ("onfirm", "rigger", "onditional", "ONFIRM", "RIGGER", "ONDITIONAL")
# "will confirm (here) if/when/once it triggers", "I'll confirm when it fills",
# "conditional plan/setup/order/idea", "no trigger, no trade", "wait for my confirmation"
_AWAITED = re.compile(
    r"(?<![\w])(?:"
    r"(?:will|i['’]ll|we['’]ll|i[^\S\n]+will|we[^\S\n]+will)[^\S\n]+confirm"
    r"[^.!\n]{0,30}?(?:if|when|once)[^\S\n]+(?:it|this|that|price)?[^\S\n]*(?:triggers?|fills?"
    r"|hits?|breaks?)"
    r"|conditional[^\S\n]+(?:plan|setup|order|idea|trade|entry)"
    r"|no[^\S\n]+trigger[^\S\n]*[,.;—–-]?[^\S\n]*no[^\S\n]+trade"
    r"|wait[^\S\n]+for[^\S\n]+(?:my|our)[^\S\n]+confirmation)(?![\w])"
)

REASON = (
    "The post says its trade waits for a condition and a word still to come (“{}”): a plan, "
    "not a call to copy now. Check it."
)


def awaited_trigger(text: str) -> str:
    """The reason when ``text`` says its trade is not live until a later word, else ""."""
    if not holds_any(text, AWAITED_PARTS):
        return ""
    m = _AWAITED.search(lower_case(text))
    return REASON.format(m.group().strip()) if m else ""
