"""Arabic written in Latin letters, read as the lexicon's words.

Egyptian, Levantine and Gulf channels write Arabic in Latin letters with digits for the
letters Latin lacks ("Arabizi", "Franco": 2 for ء or ق, 3 for ع, 5 for خ, 7 for ح): ``Dokhool:
148.2``, ``Wa2f el 5asara: 144``, ``Long 3ala #SOL men 148.2 l7d 147.5, ahdaf 152 w 155``. The
digits inside such words are letters (a number glued to a letter is none), and the words are
the labels, side words and joining words of a signal. :func:`arabizi_as_lexicon` writes them as
the English words the lexicon holds, so every layout the parser reads in English reads in
Arabizi too:

* labels: ``dokhool`` / ``se3r el dokhool`` / ``mante2et el dokhool`` (entry, its price, its
  zone), ``ahdaf`` / ``ahdafna`` (targets), ``hadaf`` with a word ordinal (``hadaf tany``:
  target 2), ``wa2f el 5asara`` (stop loss), ``rafe3a`` (leverage);
* side words: ``shera2`` (buy), ``bee3`` (sell);
* words before and between prices: ``men`` / ``mn`` / ``3and`` / ``7awaly`` before a price
  (from, at, around), ``l7d`` / ``la7ad`` / ``le`` between two prices (to: a zone), ``ben a w
  b`` (between a and b), ``w`` / ``w ba3deh`` between two prices (and, and then), ``ta7t`` /
  ``fo2`` before a price (below, above).

A text holding no digit inside a word and none of a few letter groups pays one search and a
few substring tests (the gate).
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any
from tradermanager.sources.signal_parser.numbers import lowered

_THE = r"(?:(?:el|al|l)[^\S\n]+)?"  # the article, written apart ("el ahdaf", "al khasara")
_SPACE = r"[^\S\n]+"
_PRICE_AFTER = r"(?=[^\S\n]*\$?\d)"
_PRICE = r"\$?\d[\d.,]*"
# (words as channels spell them, the lexicon's word): longer forms first
ARABIZI_WORDS = (
    (
        r"(?:(?:se3r|si3r|s3r|mante2et|mant2et|mante2a|mintaqat|manti2at|no2tet|nu2tet|noqtat)"
        + _SPACE
        + ")?"
        + _THE
        + r"(?:dokhool|dokhol|dukhool|dukhul|d5ool|d5ol|dkhool|dkhol)",
        "entry",
    ),
    (_THE + r"hadaf" + _SPACE + _THE + r"(?:awal|awwal|2awal|2wl)", "target 1"),
    (_THE + r"hadaf" + _SPACE + _THE + r"(?:tany|tani|tanee|thani|thany)", "target 2"),
    (_THE + r"hadaf" + _SPACE + _THE + r"(?:talet|talt|taleet|thaleth|thalith|thalis)", "target 3"),
    (_THE + r"hadaf" + _SPACE + _THE + r"(?:rabe3|rabi3|raabe3)", "target 4"),
    (_THE + r"(?:ahdafna|ahdaf)", "targets"),
    (_THE + r"hadaf(?:na)?", "target"),
    (
        r"(?:wa2f|w2f|wa2af|waqf|wqf|wakf)"
        + _SPACE
        + _THE
        + r"(?:5asara|5asaara|5sara|5asaret|khasara|khasarah|khsara)",
        "stop loss",
    ),
    (
        _THE + r"(?:rafe3a|rafi3a|rafa3a|rafe3et)(?:" + _SPACE + r"(?:el|al)?[^\S\n]*malia?y?a?)?",
        "leverage",
    ),
    (r"(?:shera2|shira2|sheraa|shiraa|shra2)", "buy"),
    (r"(?:bee3|bay3|bei3|bai3)", "sell"),
    (r"(?:(?:men|mn|min)" + _SPACE + r")?(?:3and|3ind|3nd)" + _PRICE_AFTER, "@"),
    (r"(?:7awaly|7awali|7wali|7awalay)" + _PRICE_AFTER, "around"),
    (r"(?:men|mn|min)" + _PRICE_AFTER, "from"),
    (r"(?:ta7t|ta7at)" + _PRICE_AFTER, "below"),
    (r"(?:fo2|foq|fou2)" + _PRICE_AFTER, "above"),
    # updates: a target reached or the stop hit ("hadaf 1 et7a2a2", "5ad el stop", "darab el
    # stop", "el stop et4al"), the stop moved ("7arakna el stop 3and el dokhool"), a share or
    # the whole trade closed ("e2fel nos el safqa", "5od rob7 50%", "5aragna mn SOL kolo"), a
    # signal withdrawn ("el8y tawseyet SOL")
    (r"(?:et7a2a2et|et7a2a2|et7a2a|t7a2a2|7a2a2na|et4al|etdarab|edarab)", "hit"),
    (r"(?:5ad|5adna|darab|darabna)(?=" + _SPACE + _THE + r"(?:stop|sl|hadaf))", "hit"),
    (r"(?:el|al)(?=" + _SPACE + r"(?:stop|sl)(?![\w]))", "the"),  # "5ad el stop": the stop
    (
        r"(?:7arakna|7arak|7arrak|2nel|2nzel|anzel|nazzel|7ot|7otto)(?="
        + _SPACE
        + _THE
        + r"(?:stop|sl)(?![\w]))",
        "move",
    ),
    (r"(?:e2fel|2fel|i2fel|eqfel|a2fel|2afalna|2aflna)", "close"),
    (r"(?:nos|nus|nuss|noss)(?=" + _SPACE + r"(?:el|al)" + _SPACE + r"(?:safqa|saf2a))", "half"),
    (_THE + r"(?:safqa|saf2a)|safqet|saf2et", "the trade"),
    (r"(?:kolaha|kollaha|kolha|kolo|kollo|kamla|kamlah)", "all"),
    (r"(?:5od|5odo|khod)" + _SPACE + r"(?:rob7|reb7|ribh|ribe7)", "book"),
    (r"(?:5aragna|5aragna|5rgna|kharagna)" + _SPACE + r"(?:mn|men|min)", "we are out of"),
    (r"(?:el8y|elghy|elghi|ulghi|ulghy|2lghy|2lghi|el3'y)", "cancel"),
    (r"(?:tawseyet|tawseya|tawsiyat|tawsiya)", "signal"),
)
# The gate: a digit written inside a word ("wa2f", "et7a2a2", "l7d") or opening one ("3and",
# "5asara", "7arakna"; not "2nd", "3rd", "4th"), which nearly every Arabizi post holds — or one
# of the letter groups of the labels and words written without a digit ("dokhool", "ahdaf",
# "waqf al khasara", "shera2", "bee3", "fo2", "darab el stop", "el safqa")
_DIGIT_IN_WORD = re.compile(
    r"[2-9](?:(?<=[a-z][2-9])(?=[a-z])|(?<![\w.,][2-9])(?!nd|rd|th)(?=[a-z]{2}))"
)
_LETTER_GROUPS = (
    *(
        "hadaf",
        "ahdaf",
        "dokh",
        "dkh",
        "dukh",
        "waqf",
        "wakf",
        "khasar",
        "shera",
        "shira",
        "bee3",
        "bay3",
    ),
    *("fo2", "darab", "safqa"),
)
_WORDS = re.compile(
    "|".join(
        rf"(?P<w{i}>(?<![\w]){pattern}(?![^\W\d_]))" for i, (pattern, _) in enumerate(ARABIZI_WORDS)
    ),
    re.I,
)
_LEXICON_WORD = {f"w{i}": word for i, (_, word) in enumerate(ARABIZI_WORDS)}
# between two prices: "to" (a zone's other end), "and" (the next target)
_TO = re.compile(r"(?<=\d)" + _SPACE + r"(?:l7d|la7ad|le|lel|li|ila)" + _SPACE + r"(?=\$?\d)", re.I)
_TO_ENTRY = re.compile(r"(?<![\w])(?:3and|3ind|3nd|le|lel|li|ila|l)" + _SPACE + r"entry", re.I)
_BETWEEN = re.compile(
    r"(?<![\w])(?:ben|bein|bayn|bain)" + _SPACE + "(" + _PRICE + ")" + _SPACE + r"w" + _SPACE
    + r"(?=\$?\d)",
    re.I,
)  # fmt: skip
_AND = re.compile(
    r"(?<=\d)[^\S\n]*,?" + _SPACE + r"(?:w|we|wa)(?:" + _SPACE + r"(?:ba3deh|ba3den|ba3dha))?"
    + _SPACE + r"(?=\$?\d)",
    re.I,
)  # fmt: skip


def arabizi_as_lexicon(text: str) -> str:
    """``text`` with the Arabizi words above written as the lexicon's; ``text`` itself when
    it holds none."""
    lower = lowered(text)
    if _DIGIT_IN_WORD.search(lower) is None and not holds_any(lower, _LETTER_GROUPS):
        return text
    out = _WORDS.sub(lambda m: _LEXICON_WORD[m.lastgroup or ""], text)
    if out == text:
        return text
    if "entry" in out:
        out = _TO_ENTRY.sub("to entry", out)  # "3and el dokhool": at the entry
    out = _BETWEEN.sub(r"from \1 to ", out)
    out = _TO.sub(" to ", out)
    return _AND.sub(" and ", out)
