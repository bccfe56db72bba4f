"""Labels of Korean, Japanese and Chinese cards written with their number around them, as the
label reader does not know them: Korean counts targets and entries before the label with
``차`` ("1차 목표가: 6.839", "2차 진입: 0.51"), and a label typed against its number and price
("ターゲット1:0.20236", "目標2：0.2"), where the number and the price would read as a ratio.
Both are rewritten as the label, its number and a space before the price ("목표가 1: 6.839",
"ターゲット1: 0.20236"): the number is the label's, never a price."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.lexicon import (
    UNSPACED_ENTRY,
    UNSPACED_STOP,
    UNSPACED_TARGET,
)

# "1차 목표가", "2차 익절", "1차 진입가": the count, then the label it numbers
_KOREAN_COUNTED = re.compile(
    r"(?<![\d.,])([1-9])[^\S\n]?차[^\S\n]*(목표가|목표|익절가|익절|진입가|진입|타점)"
)
# a CJK label, its number and its price with only a colon between ("ターゲット1:0.20236")
_GLUED = re.compile(
    r"((?:" + UNSPACED_TARGET + "|" + UNSPACED_ENTRY + r")[^\S\n]?\d{1,2}[:：=])(?=\$?\.?\d)"
)
_GLUED_HINT = re.compile(r"\d[:：=]\$?\.?\d")


# a line opened by an entry's count alone, its price after: "1차: 26.479", "2차 진입 24.363",
# "1回目 79.93", "第2エントリー 0.6178", "第一档: 0.8977", "第二笔 1.1466", "Lần 1: 9.756"
_COUNTED_ENTRY = re.compile(
    r"^[^\S\n]*(?:([1-9])[^\S\n]?차(?:[^\S\n]*(?:진입가|진입|매수|매도))?"
    r"|([1-9])回目|第([1-9])エントリー|第([一二三四五])(?:档|檔|笔|筆|批)|Lần[^\S\n]([1-9]))"
    r"[^\S\n]*[:：]?[^\S\n]*(?=\$?\d)",
    re.MULTILINE,
)
_COUNTED_HINTS = ("차", "回目", "第", "Lần")
# a label of targets or of the stop: the count lines under one number its targets, not entries
_TARGET_OR_STOP = re.compile(
    "(?i)" + UNSPACED_TARGET + "|" + UNSPACED_STOP + r"|\b(?:tp|sl|targets?|stop)\b"
)
_CHINESE_COUNT = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5"}


def _entry_count(match: re.Match[str]) -> str:
    count = next(g for g in match.groups() if g is not None)
    return f"Entry {_CHINESE_COUNT.get(count, count)}: "


def counted_entries_as_labels(text: str) -> str:
    """``text`` with lines that open on an entry's count alone ("1차: 26.479", "1回目 79.93",
    "第一档: 0.8977", "Lần 1: 9.756": a split entry's first, second… fill) written as
    "Entry 1: 26.479", so that each price reads as an entry and its count never as a price.
    Only when no target or stop label stands above the first such line: under "목표" the same
    counted lines number the targets."""
    first = _COUNTED_ENTRY.search(text)
    if first is None or _TARGET_OR_STOP.search(text, 0, first.start()) is not None:
        return text
    return _COUNTED_ENTRY.sub(_entry_count, text)


def numbered_labels_apart(text: str) -> str:
    """``text`` with Korean counted labels and CJK labels glued to their number and price
    written as a label with its number, then the price."""
    for hint in _COUNTED_HINTS:
        if hint in text:
            text = counted_entries_as_labels(text)
            break
    if "차" in text:
        text = _KOREAN_COUNTED.sub(r"\2 \1", text)
    if _GLUED_HINT.search(text) is not None:
        text = _GLUED.sub(r"\1 ", text)
    return text
