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
        elif not _RECALLED.match(sentence):
            return False
    return asked


# a sentence recalling the call the question is about: "The call was 16.076.", "Entry was …"
_RECALLED = re.compile(r"[^\S\n]*(?:the[^\S\n]+)?(?:call|signal|entry)[^\S\n]+was(?![\w])", re.I)


# a question put to the other readers, its first word or two: "Anyone …?", "Hat jemand …?",
# "Quelqu'un a …?", "Cine a intrat …?", "Ktoś trzyma …?", "¿Alguien …?"
_ASKS_OTHERS = re.compile(
    r"^[^\w\n]*(?:[^\W\d_]+,?[^\S\n]+)?(?:anyone|anybody|someone|somebody|who|jemand|quelqu'un"
    r"|quelqu’un|cine|ktoś|alguien|alguém|qualcuno|iemand|кто[\-\s]?(?:нибудь|то)?"
    r"|κάποιος|κανείς|ποιος|βλέπετε|λέτε)(?![\w'’])",  # Greek: someone, who, do you see, say
    re.I,
)
# a Greek question mark, written ";" (or U+037E) after a word: "Πού βλέπετε το ETH; Είναι …"
_GREEK_QUESTION = re.compile(r"(?<=[^\W\d_])[;\u037e](?=\s|$)")
_GREEK_LETTER = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def _greek_questions(text: str) -> str:
    """``text`` with a Greek question mark written "?" when the text is written in Greek
    letters (elsewhere ";" parts clauses)."""
    if _GREEK_LETTER.search(text) is None:
        return text
    return _GREEK_QUESTION.sub("?", text)


def asks_others_first(text: str) -> bool:
    """Whether ``text`` opens with a question put to the other readers ("Cine a intrat long pe
    WIF la 2,6784? Eu aștept 2,6146"): a member asking, whatever prices follow."""
    if "?" not in text:
        if ";" not in text and "\u037e" not in text:
            return False
        text = _greek_questions(text)
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
    if "?" not in text:
        text = _greek_questions(text)
    first = _SENTENCE.match(text.lstrip())
    return first is not None and _NUMBER.search(first.group()) is None


# a number standing alone (not a ticker's digit: "1MBABYDOGE", "1000PEPE")
_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,]*(?![\w])")


# the word for a target in the question: "target", "TP", "objectif", "objetivo", "alvo", "Ziel",
# "obiettivo", "hedef"
_TARGET_WORD = re.compile(
    r"(?<![\w])(?:targets?|tps?|objectifs?|objetivos?|alvos?|ziele?|obiettivi|obiettivo|target"
    r"|hedef)(?![\w])",
    re.I,
)
# "… var mı?" ("is there …?"): a question put to the others, its verb last
_THERE_ANY = re.compile(r"(?<![\w])var[^\S\n]+m[ıi][^\S\n]*\?+$")
# a number standing alone (not a coin's "1INCH"), thousands parted by a space kept whole
_PRICE_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,]*(?:[^\S\n]\d{3}(?![\d]))*(?![\w])")


def asks_for_target(text: str) -> bool:
    """Whether ``text`` opens with a question to the other readers asking for a target and
    holding no number, and gives one number after it — the price now: "Quelqu'un a un objectif
    pour SEI ? Il est à 0,5259 là", "Anyone got a target for TIA? It's at 9.919 now", "AVAX
    için hedef olan var mı? Şu an 33,77". The target is asked for; the number is not one."""
    if "?" not in text:
        return False
    body = text.lstrip()
    first = _SENTENCE.match(body)
    if first is None:
        return False
    question = first.group().rstrip()
    if not question.endswith("?") or _PRICE_NUMBER.search(question):
        return False
    if _TARGET_WORD.search(question) is None:
        return False
    if _ASKS_OTHERS.match(question) is None and _THERE_ANY.search(question) is None:
        return False
    return len(_PRICE_NUMBER.findall(body, first.end())) == 1


# a question about the writer's own trade: "should I hold or cut?", "Hold or close?", "how much
# do I lose …?", "add margin or close?"
_ADVICE = re.compile(
    r"(?<![\w])(?:should[^\S\n]+i|do[^\S\n]+i|hold[^\S\n]+or[^\S\n]+(?:cut|close|sell)"
    r"|add[^\S\n]+margin[^\S\n]+or)(?![\w])",
    re.I,
)
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:i|i'm|i’m|im|my)(?![\w'’])", re.I)


def asks_about_own_trade(text: str) -> bool:
    """Whether ``text`` ends with a question asking what to do with the writer's own trade ("I'm
    short ORDI from 41.77 with stop at 42.84, should I hold or cut? 😬"): its levels are the
    member's position, not a call."""
    end = text.rfind("?")
    if end < 0 or any(ch.isalnum() for ch in text[end + 1 :]):
        return False
    start = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end), text.rfind("! ", 0, end))
    last = text[start + 1 : end + 1]
    return _ADVICE.search(last) is not None and _FIRST_PERSON.search(text) is not None
