"""Talk that asks about or conditions on a level: "Is it too late to buy LTC at 78.3? Asking
for a friend", "Long or short NEAR here at 6.158? 🤔 Vote below", and "as long as 36.02 holds"
— a condition written with the word "long", no side."""

from __future__ import annotations

import re

# "as long as", "so long as": a condition; "long" in it is no side
_AS_LONG_AS = re.compile(r"(?<![\w])(?:as|so)[^\S\n]+long[^\S\n]+as(?![\w])", re.I)


def without_as_long_as(text: str) -> str:
    """``text`` with "as long as" / "so long as" written "while", padded to the same length."""
    if "ong a" not in text and "ONG A" not in text:
        return text
    return _AS_LONG_AS.sub(lambda m: "while".ljust(len(m.group())), text)


# a sentence: up to a question or exclamation mark, a line break, or a point before a space (a
# decimal point stays inside its number)
_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?!\s|$))+(?:[.!?]+|\n|$)")
_WORD = re.compile(r"[^\W\d_]{2,}")


def only_asked(text: str) -> bool:
    """Whether every number of ``text`` stands in a question of three words or more — and one
    does: the levels are asked about, not given ("642.7?" alone asks nothing)."""
    if "?" not in text:
        return False
    asked = False
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        if not any(ch.isdigit() for ch in sentence):
            continue
        if sentence.rstrip().endswith("?") and len(_WORD.findall(sentence)) >= 3:
            asked = True
        else:
            return False
    return asked


# a question put to the other readers, its first word or two: "Anyone …?", "Hat jemand …?",
# "Quelqu'un a …?", "Cine a intrat …?", "Ktoś trzyma …?", "¿Alguien …?"
_ASKS_OTHERS = re.compile(
    r"^[^\w\n]*(?:[^\W\d_]+,?[^\S\n]+)?(?:anyone|anybody|someone|somebody|who|jemand|quelqu'un"
    r"|quelqu’un|cine|ktoś|alguien|alguém|qualcuno|iemand|кто[\-\s]?(?:нибудь|то)?)(?![\w'’])",
    re.I,
)


def asks_others_first(text: str) -> bool:
    """Whether ``text`` opens with a question put to the other readers ("Cine a intrat long pe
    WIF la 2,6784? Eu aștept 2,6146"): a member asking, whatever prices follow."""
    if "?" not in text:
        return False
    first = _SENTENCE.match(text.lstrip())
    return (
        first is not None
        and first.group().rstrip().endswith("?")
        and _ASKS_OTHERS.match(first.group()) is not None
    )


def asks_others_unpriced(text: str) -> bool:
    """Whether ``text`` opens with a question put to the other readers that holds no price
    ("Quelqu'un a un objectif pour SEI ? Il est à 0,5259 là"): the level asked about is not
    the price told after it."""
    if not asks_others_first(text):
        return False
    first = _SENTENCE.match(text.lstrip())
    return first is not None and _NUMBER.search(first.group()) is None


# a number standing alone (not a ticker's digit: "1MBABYDOGE", "1000PEPE")
_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,]*(?![\w])")
