"""Signs that a message holds more than one post or a level twice: the same stop label with
two prices, several prices in a stop section, a line written twice, targets out of order,
and an update beside prices (or lines under unknown labels) it does not account for."""

from __future__ import annotations

import re
from itertools import pairwise

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import numbers
from tradermanager.sources.signal_parser.message_parts import MessageParts, Section
from tradermanager.sources.signal_parser.model import ParsedMessage


def out_of_order(targets: list[float], side: Side) -> bool:
    """Targets that do not run away from the entry one after the other (equal ones pass)."""
    if side is Side.LONG:
        return any(b < a for a, b in pairwise(targets))
    return any(b > a for a, b in pairwise(targets))


def line_written_twice(text: str) -> str:
    """A line holding a digit written twice in a row (blank lines between aside), or ""."""
    before = ""
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line == before and any(ch.isdigit() for ch in line):
            return line
        before = line
    return ""


def repeated_stop(stop_priced: list[Section]) -> bool:
    """The same stop label twice with different prices ("SL 0.19225" … "sl 0.13871"): two
    signals pasted together. (An "Invalidation: close above …" beside "Stop Loss: …" is a
    second condition, not a second signal.)"""
    seen: dict[str, float] = {}
    for lab, nums, _ in stop_priced:
        value = seen.setdefault(lab.word, nums[0].value)
        if value != nums[0].value:
            return True
    return False


_STOP_OR = re.compile(r"[^\S\n]*(?:/|\||,|;|or|and|then|->|→)[^\S\n]*\$?", re.I)
# a stop moved later, after the second price on the stop's line: "→ 1.1372 after TP1"
_LATER_MOVE = re.compile(r"[^\S\n]*(?:after|once|when)(?![^\W_])", re.I)


def stop_prices(text: str, nums: list[numbers.Number]) -> list[float]:
    """The stop section's first price, a second one on its line after a separator ("144 /
    141.5", "144 or 141.5"), and the distinct prices on the lines right under it that
    open with a price ("SL:" / "144.0" / "141.5", "2) 141.5", "141.5 (hard)") near the first
    (within ×1.5): a second stop, not a count or an id the section ran on into ("Signal ID
    53503", "25 wins / 5 losses" after a blank line)."""
    first = nums[0]
    out = [first.value]
    before = first
    for n in nums[1:]:
        line_at = text.rfind("\n", 0, n.start) + 1
        if line_at <= first.start:
            # on the stop's own line, right after a stop price and a separator: "SL: 144 /
            # 141.5", "Stop loss 144 or 141.5 (hard)"
            if not _STOP_OR.fullmatch(text, before.end, n.start):
                continue
            if _LATER_MOVE.match(text, n.end):
                break  # "SL 1.1647 → 1.1372 after TP1": the stop moved later, not a second one
        elif "\n\n" in text[first.end : n.start] or any(
            c.isalpha() for c in text[line_at : n.start]
        ):
            continue
        before = n
        if n.value not in out and first.value > 0 and 1 / 1.5 <= n.value / first.value <= 1.5:
            out.append(n.value)
    return out


def unused_prices(
    read: MessageParts, follow: ParsedMessage, targets: list[Section] | None = None
) -> int:
    """How many prices with a fraction the message writes besides the follow-up's own; a
    target hit's own target lines (a status table: "TP1: 2.4634 ✅ / TP2: 2.4246 ⏳") are
    the targets it reports on, not other prices."""
    used = (follow.price, follow.new_stop)
    listed = {
        sec[1][0].start for sec in targets or () if sec[0].number is not None and len(sec[1]) == 1
    }  # one price under its numbered target label
    return sum(
        not n.plain_int and n.value not in used and n.start not in listed for n in read.numbers
    )


def _signed(clean: str, start: int) -> bool:
    """Whether the number at ``start`` carries a sign, before its dollar mark or not."""
    before = clean[start - 1 : start]
    if before == "$":
        before = clean[start - 2 : start - 1]
    return before in ("+", "-", "−")


def priced_lines(read: MessageParts, decimals: bool = False) -> int:
    """How many lines opening with a label no lexicon knows ("Instap:") hold a number; with
    ``decimals``, a number with a fraction (a price, not "Period: 5 Hours 12 Minutes")."""
    clean = read.clean
    count = 0
    for lab in read.foreign:
        if any(ch.isalnum() for ch in clean[clean.rfind("\n", 0, lab.start) + 1 : lab.start]):
            continue  # a field's label inside a line ("… · Qty: 3847 LQTY"), no line's
        end = clean.find("\n", lab.end)
        end = end if end >= 0 else len(clean)
        if decimals:
            # a signed number is a result ("Realized PnL: +82.25", "Profit: +$261.70"), not a
            # price
            count += any(
                lab.end <= n.start < end and not n.plain_int and not _signed(clean, n.start)
                for n in read.numbers
            )
        else:
            count += any(ch.isdigit() for ch in clean[lab.end : end])
    return count
