"""Labels of Korean, Japanese and Chinese cards written with their number around them, as the
label reader does not know them: Korean counts targets and entries before the label with
``차`` ("1차 목표가: 6.839", "2차 진입: 0.51"), and a label typed against its number and price
("ターゲット1:0.20236", "目標2：0.2"), where the number and the price would read as a ratio.
Both are rewritten as the label, its number and a space before the price ("목표가 1: 6.839",
"ターゲット1: 0.20236"): the number is the label's, never a price."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.lexicon import UNSPACED_ENTRY, UNSPACED_TARGET

# "1차 목표가", "2차 익절", "1차 진입가": the count, then the label it numbers
_KOREAN_COUNTED = re.compile(
    r"(?<![\d.,])([1-9])[^\S\n]?차[^\S\n]*(목표가|목표|익절가|익절|진입가|진입|타점)"
)
# a CJK label, its number and its price with only a colon between ("ターゲット1:0.20236")
_GLUED = re.compile(
    r"((?:" + UNSPACED_TARGET + "|" + UNSPACED_ENTRY + r")[^\S\n]?\d{1,2}[:：=])(?=\$?\.?\d)"
)
_GLUED_HINT = re.compile(r"\d[:：=]\$?\.?\d")


def numbered_labels_apart(text: str) -> str:
    """``text`` with Korean counted labels and CJK labels glued to their number and price
    written as a label with its number, then the price."""
    if "차" in text:
        text = _KOREAN_COUNTED.sub(r"\2 \1", text)
    if _GLUED_HINT.search(text) is not None:
        text = _GLUED.sub(r"\1 ", text)
    return text
