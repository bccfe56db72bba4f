"""A scam warning that quotes the call it warns about: "⚠️ SCAM ALERT ⚠️ Someone using our
admin's name is DMing members a "VIP" SOL long at … with SL …. We never DM first", "Fake signal
going around in private chats: "LONG INJ … / TP … / SL …" This is NOT from us", "Impersonator
warning … The fake one posts AVAX LONG calls (entry …, target …)". The coin, side and levels
are the impostor's: copying them is what the warning is about. Told by a warning's word
(``scam``, ``fake``, ``impersonat…``, ``clone``, ``phishing``, ``never DM``) and no word that
turns to the channel's own call ("back to trading", "today's", "here's the real one", "new
signal"). On a call read whole the warning stands before the first digit and the call in the
warning's paragraph (no blank line between): a card in a paragraph of its own under a one-line
warning goes to review instead — whose call it is the words do not settle."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import AnyCaseWords
from tradermanager.sources.signal_parser.worked_examples import word_before_digits

# the gate: a part of every match of _WARNING, in any case
SCAM_HINT = AnyCaseWords(("scam", "fake", "impersonat", "clone", "phish", "never", "will ever"))
_WARNING = re.compile(
    r"(?<![\w])(?:scam(?:s|mers?|alert)?|fake|impersonat\w*|clone[sd]?|phishing"
    # "admins will never DM you first", "no one from the team will ever send you a … signal"
    r"|(?:never|will ever)[^\S\n]+(?:dm|send|ask|message|write)\w*)(?![\w])"
)
# the channel turning to its own call after the warning
_TURN = re.compile(
    r"(?<![\w])(?:back[^\S\n]+to[^\S\n]+(?:trading|business|the[^\S\n]+charts?|charts?)"
    r"|today['’]?s|here[^\S\n]+we[^\S\n]+go"
    r"|(?:here['’]?s|here[^\S\n]+is|this[^\S\n]+is)[^\S\n]+(?:the|our)[^\S\n]+"
    r"(?:real|official|actual|correct|genuine)"
    r"|new[^\S\n]+(?:signal|call|trade|setup)|(?:real|official)[^\S\n]+(?:signal|call|one))"
    r"(?![\w])"
)
_DIGIT = re.compile(r"\d")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")

TALK = "A scam warning (“{}”): the call it quotes is an impostor's, not one to copy. Talk."
REVIEW = (
    "A scam warning (“{}”) above a call in a paragraph of its own: the channel's call or the "
    "one it warns about? Check it."
)


def scam_warning(low: str, whole_call: bool) -> tuple[str, bool] | None:
    """(the reason, whether it is talk) when the lower-cased ``low`` warns of a scam quoting a
    call, else None. ``whole_call``: the reading is a signal; then the warning must stand
    before the first digit, and a digit after a blank line below the warning's paragraph sends
    it to review rather than to talk. On another reading (to review already) the warning may
    stand anywhere: "… offering LINK entries at 15.48 for $150 is a scammer"."""
    warning = word_before_digits(_WARNING, low) if whole_call else _WARNING.search(low)
    if warning is None or _TURN.search(low):
        return None
    if whole_call:
        gap = _BLANK_LINE.search(low, warning.end())
        if gap is not None and _DIGIT.search(low, gap.end()):
            return REVIEW.format(warning.group()), False
    return TALK.format(warning.group()), True


def scam_beside_call(text: str) -> str:
    """The review reason when ``text``, read as a call, stands in a paragraph of its own under
    a scam warning, else ""."""
    if not SCAM_HINT.search(text):
        return ""
    found = scam_warning(text.lower(), True)
    return found[0] if found is not None and not found[1] else ""
