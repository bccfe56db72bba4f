"""Cornix-style blocks whose headings are spelled another way.

A copier's block names its three lists by headings alone on their lines (``Entry Targets:``,
``Take-Profit Targets:``, ``Stop Targets:``) over numbered rows. Channels spell them otherwise:
``Entry Zone Targets:`` and ``Exit Targets:``, ``Open Orders:`` and ``Close Orders:``, or the
order words ``Buy Targets:`` and ``Sell Targets:`` — a long's buys are its entries and its sells
its targets, a short's the other way round, so those two are read only when the card names one
direction and the entering word comes first. Rows may be numbered as targets (``Target 1:
a``) under any of the headings. Each spelling is written as the block's own heading (or row
mark), so that levels disagreeing with the side still go to review.
"""

from __future__ import annotations

import re

_DIRECTION = re.compile(r"(?<![^\W\d_])(long|short)(?![^\W\d_])", re.I)
# a heading alone on its line: "Buy Targets:", "Entry Zone Targets ->", "Close Orders:"
_HEADING = re.compile(
    r"^([^\S\n]*)(buy|sell|entry[^\S\n]+zone|exit|close)[^\S\n]+(targets|orders)"
    r"[^\S\n]*(?::|->|-|–)?[^\S\n]*$",
    re.M | re.I,
)
# a row numbered as a target under a heading: "Target 1: a", "Target 2 - b"
_TARGET_ROW = re.compile(
    r"^([^\S\n]*)target[^\S\n]*([1-9])[^\S\n]*[:\-–)][^\S\n]*(?=\$?\d)", re.M | re.I
)
# a heading line ending in "Target(s)" or "Order(s)" (with its colon or arrow), rows below it
_ANY_HEADING = re.compile(r"(?:targets?|orders?)[^\S\n]*(?::|->|-|–)?[^\S\n]*$", re.I)
_OPEN_HEADING = re.compile(r"^[^\S\n]*(?:open|entry)[^\S\n]+orders\b", re.M | re.I)


def may_spell_block(text: str) -> bool:
    """A quick test before :func:`block_headings_as_cornix`: a heading's plural word and a
    line break."""
    return (
        "argets" in text or "ARGETS" in text or "rders" in text or "RDERS" in text
    ) and "\n" in text


def block_headings_as_cornix(text: str) -> str:
    """``text`` with its block's other spellings written as Cornix's headings and rows."""
    headings = list(_HEADING.finditer(text))
    if headings:
        text = _headings_written(text, headings)
    if "Target 1" in text or "TARGET 1" in text or "target 1" in text:
        text = _target_rows_numbered(text)
    return text


def _headings_written(text: str, headings: list[re.Match[str]]) -> str:
    words = [_word(m) for m in headings]
    names: dict[int, str] = {}
    if "buy targets" in words or "sell targets" in words:
        order = [w for w in words if w in ("buy targets", "sell targets")]
        directions = {m.group(1).lower() for m in _DIRECTION.finditer(text)}
        if sorted(order) != ["buy targets", "sell targets"] or len(directions) != 1:
            return text  # one order word only, or no side (or both): left as written
        enter = "buy targets" if directions == {"long"} else "sell targets"
        if order[0] != enter:
            return text  # a long's sells first: which list opens it? review
        for i, w in enumerate(words):
            if w in ("buy targets", "sell targets"):
                names[i] = "Entry Targets:" if w == enter else "Take-Profit Targets:"
    for i, w in enumerate(words):
        if w == "entry zone targets":
            names[i] = "Entry Targets:"
        elif w == "exit targets":
            names[i] = "Take-Profit Targets:"
        elif w == "close orders" and _OPEN_HEADING.search(text, 0, headings[i].start()):
            names[i] = "Take-Profit Orders:"  # under "Open Orders:": the orders that close it
    for i in sorted(names, reverse=True):
        m = headings[i]
        text = text[: m.start()] + m.group(1) + names[i] + text[m.end() :]
    return text


def _word(m: re.Match[str]) -> str:
    return " ".join(f"{m.group(2)} {m.group(3)}".lower().split())


def _target_rows_numbered(text: str) -> str:
    """Rows ``Target N: a`` numbered from 1 under a heading line of their own (``Entry
    Targets:``, ``Stop Targets:``) written as ``N) a``: the row's word is the block's, not a
    take-profit's label."""
    lines = text.split("\n")
    changed = False
    i = 0
    while i < len(lines):
        if _ANY_HEADING.search(lines[i]) and not any(ch.isdigit() for ch in lines[i]):
            rows = []
            j = i + 1
            while j < len(lines) and (m := _TARGET_ROW.match(lines[j])):
                rows.append((j, m))
                j += 1
            if rows and [int(m.group(2)) for _, m in rows] == list(range(1, len(rows) + 1)):
                for k, m in rows:
                    lines[k] = f"{m.group(1)}{m.group(2)}) {lines[k][m.end() :]}"
                changed = True
            i = j
        else:
            i += 1
    return "\n".join(lines) if changed else text
