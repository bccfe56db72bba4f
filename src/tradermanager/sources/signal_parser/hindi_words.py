"""Hindi calls in Devanagari, read as words only where the text is Hindi.

Marathi and Nepali share the script and many trading words with Hindi (``एंट्री``, ``टारगेट``,
``स्टॉप लॉस``, ``लॉन्ग``), so those words alone say nothing of the language, and a text in a
language the parser does not read is left to the lines' geometry (or review). The side as a
Hindi imperative does: ``खरीदें`` / ``खरीदो`` (Marathi ``खरेदी करा``, Nepali ``किन्नुहोस्``),
``बेचें`` / ``बेचो`` / ``बेच दो`` (Nepali ``बेच्नुहोस्``), ``लॉन्ग लो`` / ``शॉर्ट करो`` (Marathi
``करा`` / ``घ्या``, Nepali ``गर्नुहोस्`` / ``लिनुहोस्``). Only a text holding such a side phrase has
its Devanagari labels read: the entry, target and stop words and the side phrase itself.
"""

from __future__ import annotations

import re

DEVANAGARI = "\u0900-\u097f"
_VERB = r"(?:लो|लें|लीजिए|करो|करें|कीजिए)"
HINDI_LONG = r"(?:लॉन्ग|लांग|लाँग)[^\S\n]+" + _VERB + r"|ख़?रीद[^\S\n]+(?:लो|लें|लीजिए)|ख़?रीदें|ख़?रीदो"
HINDI_SHORT = r"शॉर्ट[^\S\n]+" + _VERB + r"|बेच[^\S\n]+(?:दो|दें|दीजिए)|बेचें|बेचो"
HINDI_ENTRY = r"एंट्री[^\S\n]+(?:लेवल|ज़ोन|जोन|प्राइस)|एंट्री|प्रवेश"
HINDI_TARGET = r"टारगेट्स|टारगेट|लक्ष्य"
HINDI_STOP = r"स्टॉप[^\S\n]+लॉस|स्टॉपलॉस|स्टॉप"

# the gate: a Hindi side phrase, a whole word of the script
HINDI_SIDE = re.compile(
    "(?<![" + DEVANAGARI + "])(?:" + HINDI_LONG + "|" + HINDI_SHORT + ")(?![" + DEVANAGARI + "])"
)
# the labels, as sections reads the marked scripts' labels (longest first)
HINDI_LABELS = re.compile(
    "(?<![" + DEVANAGARI + "])(?:"
    "(?P<entry>" + HINDI_ENTRY + ")"
    "|(?P<target>(?:"
    + HINDI_TARGET
    + r")(?:\s?(\d{1,2})(?![\d.,])(?=[^\S\n]*[:：)\-–]|[^\S\n]+\$?\d))?)"
    "|(?P<stop>" + HINDI_STOP + ")"
    "|(?P<long>" + HINDI_LONG + ")"
    "|(?P<short>" + HINDI_SHORT + ")"
    ")(?![" + DEVANAGARI + "])"
)
_DEVANAGARI_LETTER = re.compile("[" + DEVANAGARI + "]")


def is_hindi_call(text: str) -> bool:
    """Whether ``text`` names its side with a Hindi phrase (and so is Hindi)."""
    return _DEVANAGARI_LETTER.search(text) is not None and HINDI_SIDE.search(text) is not None
