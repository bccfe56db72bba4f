"""Card headings and icon rows written in ways the labels alone do not read.

* A list heading that carries its count (``Targets (4):``, ``Take Profit Levels (3-tier):``,
  ``TP (x3)``, ``Entries [2]``, ``TPs — 3 levels:``) over the list's lines: the count is no
  price. It goes when the heading line ends after it and names a part of the plan; the
  heading's words stay.
* A row of ``✅`` prices closed by a stop icon (``✅ 1.2 ✅ 1.3 ⛔ 1.05``) is a row of targets;
  a ``❌`` price closing a row of ``🎯`` or ``✅`` targets (``🎯 10.4 🎯 11.0 ❌ 8.8``) is its
  stop. ``❌`` and ``✅`` also mark hits and cancels, so only a line that ends with the icon's
  price after two targets at least is read so; whether that stop lies on the stop's side is
  left to the judgement, which sends a stop on the wrong side to review. One ``🎯`` before a
  list of prices closed by a ``❌`` price (``🎯 152 / 155 ❌ 144``, a leverage after it) is
  the same row written once: the ``❌`` price is its stop.
* A one-line call whose entry's price is followed by an icon row of targets and a stop icon's
  price at the line's end (``#SOL LONG 148.2 🎯 152 · 155 🚫 144``, ``SOLUSDT 🟢 148.2 💰 152 /
  155 🛑 144``, ``SOL/USDT BUY 148.2 ➜ 🎯 152, 155 ✖️ 144``, a leverage after it): the
  targets' icon may be a money bag (after the entry's price it is no entry's) and the stop's a
  no-entry sign or a cross. They are written as ``🎯`` and ``🛑``.
* A numbered label pointing at its price with an arrow (``🔸Target 1 ➡️ 152.3``, ``Entry 2 →
  0.51``, ``TP 3 => 160``) is the label and its price (``Target 1: 152.3``): the number is
  the label's, never a price.
"""

from __future__ import annotations

import re

_PLAN_WORD = (
    r"(?:targets?|tps?|take[\s\-]*profits?|profits?|entries|entry|buys?|sells?|orders?|zones?"
    r"|dca|limits?|levels?|areas?|ranges?)"
)
_COUNT_WORD = r"(?:tiers?|levels?|steps?|zones?|orders?|targets?|entries|prices?|buys?|sells?)"
# "Targets (4):", "Take Profit Levels (3-tier):", "TP (x3)", "Entries [2]", "TPs — 3 levels:"
_COUNTED_HEADING = re.compile(
    r"^(?P<head>[^\S\n]*[^\w\n]{0,4}[^\S\n]*(?:[A-Za-z][A-Za-z\-]*[^\S\n]+){0,3}?"
    rf"{_PLAN_WORD})[^\S\n]*"
    r"(?:[(\[][^\S\n]*(?:x[^\S\n]*)?[1-9][^\S\n]*"
    rf"(?:x|[\-\s]?{_COUNT_WORD})?[^\S\n]*[)\]]"
    rf"|[—–\-][^\S\n]*[1-9][^\S\n]*{_COUNT_WORD})"
    r"[^\S\n]*(?P<colon>:?)[^\S\n]*$",
    re.M | re.I,
)


# The end of every match of _COUNTED_HEADING: the count in its brackets or after its dash, to the
# line's end. It opens with a bracket or a dash, a character the engine skips ahead to, where
# the pattern above opens with a line's start and words, tried at every line.
_COUNT_AT_LINE_END = re.compile(
    r"(?:[(\[][^\S\n]*(?:x[^\S\n]*)?[1-9][^\S\n]*"
    rf"(?:x|[\-\s]?{_COUNT_WORD})?[^\S\n]*[)\]]"
    rf"|[—–\-][^\S\n]*[1-9][^\S\n]*{_COUNT_WORD})"
    r"[^\S\n]*:?[^\S\n]*$",
    re.M | re.I,
)


def may_count_headings(text: str) -> bool:
    """A quick test before :func:`without_heading_counts`."""
    return "(" in text or "[" in text or "—" in text or "– " in text or " - " in text


def without_heading_counts(text: str) -> str:
    """The text with the counts of its list headings taken out (``Targets (4):`` → ``Targets:``)."""
    if _COUNT_AT_LINE_END.search(text) is None:
        return text  # (what the substitution returns when nothing matches)
    return _COUNTED_HEADING.sub(lambda m: m.group("head") + ":", text)


_PRICE = r"[^\S\n]*\$?\d[\d.,]*"
# a line of two targets at least under ✅ or 🎯 icons and a stop icon's price at its end
_ICON_ROW = re.compile(
    rf"^[^\n]*?(?:(?:✅|🎯)️?{_PRICE}[^\d\n✅🎯❌⛔🛑]*?){{2,}}(?:❌|⛔|🛑)️?{_PRICE}[^\S\n]*$",
    re.M,
)
_ROW_TARGET = re.compile(rf"✅️?(?={_PRICE})")
_ROW_STOP = re.compile(rf"❌️?(?={_PRICE}[^\S\n]*$)")


def may_hold_icon_row(text: str) -> bool:
    """A quick test before :func:`icon_row_labelled`."""
    return ("✅" in text or "🎯" in text) and ("❌" in text or "⛔" in text or "🛑" in text)


# one 🎯 before a list of prices and a ❌ price closing the line ("🎯 152 / 155 ❌ 144 x10",
# "| 🎯 152 · 155 | ❌ 144 | 10x")
_LIST_GAP = r"[^\S\n]*(?:[/,|·•\-–]|→|->)[^\S\n]*"
_LISTED_ROW_STOP = re.compile(
    rf"(🎯️?{_PRICE}(?:{_LIST_GAP}\$?\d[\d.,]*)*[^\S\n]*\|?[^\S\n]*)❌️?"
    rf"(?={_PRICE}(?:[^\S\n]*\|?[^\S\n]*(?:[xX]\d{{1,3}}|\d{{1,3}}[xX]))?[^\S\n]*$)",
    re.M,
)

# a money bag before the first price of a row whose next icons are the stop's and a target's
# ("📈 LONG SOL-USDT 💰 148.2 🛑 144.1 🎯 151.2"): the row's entry, as "💵" is
_ROW_ENTRY = re.compile(
    rf"💰️?(?={_PRICE}[^\S\n]*(?:(?:🛑|⛔)️?{_PRICE}[^\S\n]*🎯|🎯️?{_PRICE}[^\n]*?(?:🛑|⛔)️?{_PRICE}))"
)


# an entry's price, then one targets' icon over a list of prices and a stop icon's price ending
# the line (a leverage may follow it)
_ONE_LINE_ROW = re.compile(
    rf"(\d[^\S\n]*(?:➜|→|->|[|—–\-])?[^\S\n]*)(?:🎯|💰)️?"
    rf"({_PRICE}(?:{_LIST_GAP}\$?\d[\d.,]*)*[^\S\n]*)(?:🚫|✖|❌|⛔|🛑)️?"
    rf"(?={_PRICE}(?:[^\S\n]+(?:[xX]\d{{1,3}}|\d{{1,3}}[xX]))?[^\S\n]*$)",
    re.M,
)


def may_close_row_on_icon(text: str) -> bool:
    """A quick test before :func:`one_line_row_labelled`."""
    return ("🚫" in text or "✖" in text or "💰" in text) and ("🎯" in text or "💰" in text)


def one_line_row_labelled(text: str) -> str:
    """The text with a one-line call's targets' and stop's icons written as ``🎯`` and ``🛑``."""
    return _ONE_LINE_ROW.sub(r"\1🎯\2🛑", text)


def icon_row_labelled(text: str) -> str:
    """The text with each targets-and-stop icon row written with the labels' own icons."""

    def row(m: re.Match[str]) -> str:
        return _ROW_STOP.sub("🛑", _ROW_TARGET.sub("🎯", m.group()))

    text = _ICON_ROW.sub(row, text)
    if "💰" in text:
        text = _ROW_ENTRY.sub("💵", text)
    if "❌" in text and "🎯" in text:
        text = _LISTED_ROW_STOP.sub(r"\1🛑", text)
    return text


# "🔸Target 1 ➡️ 152.3", "📥 Entry 2 → 0.51", "TP 3 => 160": a numbered label, an arrow, then
# its price
_ARROW_LABEL = re.compile(
    rf"^([^\S\n]*[^\w\n]{{0,4}}[^\S\n]*(?:[A-Za-z]+[^\S\n]+)?{_PLAN_WORD}[^\S\n]*#?[1-9]\d?)"
    r"[^\S\n]*(?:➡\ufe0f?|→|-{1,2}>|=>)[^\S\n]*(?=\$?\d)",
    re.M | re.I,
)


def may_point_labels(text: str) -> bool:
    """A quick test before :func:`arrow_labels_plain`."""
    return "➡" in text or "→" in text or "->" in text or "=>" in text


# What every match of _ARROW_LABEL holds: a digit, the arrow, a digit (the label's number, the
# price). It opens with a digit, which the engine skips ahead to; the pattern above opens with a
# line's start and words, tried at every line of a text whose arrows point elsewhere ("SL 144 →
# breakeven", "Entry → market").
_NUMBER_ARROW_NUMBER = re.compile(r"\d[^\S\n]*(?:➡\ufe0f?|→|-{1,2}>|=>)[^\S\n]*\$?\d")


def arrow_labels_plain(text: str) -> str:
    """The text with each numbered label's arrow to its price written as a colon."""
    if _NUMBER_ARROW_NUMBER.search(text) is None:
        return text  # (what the substitution returns when nothing matches)
    return _ARROW_LABEL.sub(r"\1: ", text)
