"""Risk-to-reward ratios named in other languages' words: "Raport risc/recompensă: 1 : 3",
"Rapporto rischio–guadagno 1:2,5", "Poměr riziko/zisk 1:3", "Kockázat/hozam arány: 1:3",
"Αναλογία ρίσκου/απόδοσης 1:3", "Tỷ lệ rủi ro/lợi nhuận 1:2", "Rasio risiko : imbalan = 1 : 2",
"อัตราส่วนความเสี่ยงต่อผลตอบแทน 1:3", "ঝুঁকি:লাভ অনুপাত ১:৩", "ریسک به ریوارد: 1:3", "盈亏比：1:3".

The English words are read by ``sections.RATIO`` (to the line's end). Here the "1 : N" after
such a word on its line is no level: on a low-priced coin ("Țintă 2: 0.9788" over "Raport
risc/recompensa 1 : 2") its 1 and 2 would otherwise stand as further targets above a long's
entry. Only the ratio itself is blanked, a word of the list before it on the same line.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

# the words, lower-cased: risk and ratio in Romanian, Italian, Portuguese, Spanish, Czech,
# Slovak, Hungarian, Greek, Vietnamese, Indonesian, Malay, Turkish, Thai, Bengali, Persian and
# Chinese
_WORDS = (
    *("risc", "rischio", "risco", "riesgo", "riziko", "kockázat", "kockazat", "ρίσκ", "ρισκ"),
    *("rủi ro", "risiko", "ความเสี่ยง", "ঝুঁকি", "রিস্ক", "ریسک", "盈亏比", "盈虧比", "风险", "風險"),
    *("raport", "rapporto", "rácio", "racio", "poměr", "pomer", "arány", "arany", "αναλογία"),
    *("tỷ lệ", "rasio", "อัตราส่วน", "অনুপাত", "rrr"),
    # Turkish "Risk/Ödül oranı" (typed "Odul" too), Malay "Nisbah risiko/ganjaran"
    *("ödül", "odul", "oranı", "nisbah", "ganjaran"),
    "rr",  # "RR 1 : 2" spaced (English "R/R" and "risk/reward" are sections.RATIO's)
)
# "1 : N", "1:N", "1:2,5", "১:৩" (a whole ratio, not "TP1: 152" nor "1 : 0.9629")
_ONE_TO = re.compile(r"(?<![\w.,])[1১][^\S\n]*[:：][^\S\n]*\d{1,2}(?:[.,]\d{1,2})?(?![\d.,:])")


def names_ratio(lower: str) -> bool:
    """Whether one of the words stands in ``lower`` (asked after a "1" before a colon)."""
    return holds_any(lower, _WORDS)


def ratio_spans(lower: str) -> list[tuple[int, int]]:
    """Where each "1 : N" stands after a ratio word on its line (``lower``: the text lower-cased,
    every position kept)."""
    out = []
    for m in _ONE_TO.finditer(lower):
        line_start = lower.rfind("\n", 0, m.start()) + 1
        if holds_any(lower[line_start : m.start()], _WORDS):
            out.append(m.span())
    return out
