"""A level cut off or left out of a signal: a target or stop label with nothing after it, a
line of an icon or bullet alone among priced ones, a text that ends on its one target. Copied
as it reads, such a message would trade without the level the channel meant to give."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser import numbers, sections
from tradermanager.sources.signal_parser.message_parts import MessageParts, Section


def ends_on_price(text: str, nums: list[numbers.Number]) -> bool:
    """Nothing but marks and spaces after the section's last number: the text ends on it."""
    if not nums:
        return False
    return not any(ch.isalnum() for ch in text[nums[-1].end :])


def ends_list_of_lines(text: str, nums: list[numbers.Number]) -> bool:
    """The section's last two numbers each stand alone on a line of their own ("2) 0.1152" /
    "3) 0.1144"): a list of one item a line, whole at its last line's end (a line holding
    two, "TP 9.052 / 9.133", or a sentence may go on after its last number)."""
    if len(nums) < 2:
        return False
    last, before = nums[-1], nums[-2]
    start = text.rfind("\n", 0, last.start)
    if start < 0 or not before.end <= start:
        return False  # the two on one line
    above = text.rfind("\n", 0, before.start)
    return not any(
        n.start > above and n.end <= start and n is not before for n in nums[:-2]
    ) and not any(ch.isdigit() for ch in text[before.end : start])


_EMPTY_VALUE = frozenset(" \t\n:：=/|")
# something else than those on the label's line (neither empty nor before a key line)
_VALUE_ON_LINE = re.compile(r"[ \t:：=/|]*[^ \t\n:：=/|]")


def label_left_empty(read: MessageParts, found: dict[str, list[Section]]) -> str:
    """A target or stop label with nothing after it ("Entry: 0.5312 / TP:", "入场：37.54 / 止盈",
    "SL:" before the next label): the message was cut or its value left out — copied as it
    reads, the copy would trade without the level the channel meant to give. A heading over
    labels of its own kind ("Targets:" above "TP1: …") is no empty label, nor a stop written
    as none ("Stop: -"), nor a label named in a sentence ("trail the stop after TP2")."""
    if "target" not in found and "stop" not in found:
        return ""
    text = read.text  # what was blanked (a ratio "TP1: 0.57 R:R", a link) is no empty value
    labels = read.labels_in_order()
    for i, lab in enumerate(labels):
        kind = lab.kind
        if kind != "target" and kind != "stop":
            continue
        following = labels[i + 1] if i + 1 < len(labels) else None
        end = following.start if following is not None else len(text)
        if _VALUE_ON_LINE.match(text, lab.end, end) is not None:
            continue  # a value on the label's line ("TP1: 0.57"): the usual case, told at once
        between = text[lab.end : end]
        if not _EMPTY_VALUE.issuperset(between):
            if not _empty_before_key_line(text, lab.end):
                continue
            between = ":"
        if (
            following is not None
            and following.kind == kind
            and lab.number is None
            and not _qualified(text, lab.start, following.start)
        ):
            continue  # a heading over its own labels (a numbered one is no heading: "TP1:")
        if (
            following is not None
            and following.kind == kind
            and following.number is None
            and "\n" not in text[lab.end : following.start]
        ):
            continue  # "Target 2: Aim for the next support near $0.1224": the words after the
            # label are a label of its kind, and the value theirs
        if ":" not in between and "：" not in between and "=" not in between:
            if following is not None:
                continue  # "Entry Targets:": one label's word inside another's
            before = text[text.rfind("\n", 0, lab.start) + 1 : lab.start].rstrip()
            if (
                before
                and before[-1] not in "/|,;"
                and not before[-1].isdigit()
                and not _after_own_kind(text, labels, i)
            ):
                continue  # "… after TP2": a label named in a sentence
            if _icon_after_targets(read, lab, before, found):
                continue
        word = read.text[lab.start : lab.end].strip() or kind
        return (
            f"“{word}” is written with no value after it: the message looks cut short "
            "or a level is missing. Check it."
        )
    return ""


def _after_own_kind(text: str, labels: list[sections.Label], i: int) -> bool:
    """Whether label ``i`` is an icon right after a label of its kind ("TP 🎯"): one label
    written in a word and its icon, its value left out ("targeting TP2" is words)."""
    lab = labels[i]
    return (
        i > 0
        and labels[i - 1].kind == lab.kind
        and not any(ch.isalnum() for ch in text[lab.start : lab.end])
        and not text[labels[i - 1].end : labels[i].start].strip()
    )


def _icon_after_targets(
    read: MessageParts, lab: sections.Label, before: str, found: dict[str, list[Section]]
) -> bool:
    """A target icon closing a line of target prices ("TP 6.167 / 6.274 / 6.366 🎯") marks
    them, it opens no new target."""
    return (
        lab.kind == "target"
        and before[-1:].isdigit()
        and not any(ch.isalnum() for ch in read.text[lab.start : lab.end])
        and any(sec[1] for sec in found.get("target", []))
    )


# words of a level's own label: before a label word, they make one label of two ("Take-Profit
# Targets:"), not a qualifier
_LABEL_WORDS = ("take", "profit", "tp", "target", "entry", "entries", "stop", "sl", "sell", "buy")


def _qualified(text: str, start: int, following: int) -> bool:
    """A label with a word of its own before it on its line, over a label of its kind that has
    one too ("Conservative TP:" over "Aggressive TP: 0.7036", "Safe target:" over "Main target:
    26.047", "ST targets:" over "LT targets: 51.69"): two levels side by side, the first left
    empty — not a heading over its items."""
    return _qualifier(text, start) and _qualifier(text, following)


def _qualifier(text: str, start: int) -> bool:
    before = text[text.rfind("\n", 0, start) + 1 : start].strip(" \t*_>•-:").lower()
    return (
        bool(before)
        and len(before) <= 20
        and all(ch.isalpha() or ch in " -" for ch in before)
        and not any(word in before for word in _LABEL_WORDS)
    )


# a line that opens with a key and its colon ("Leverage: 5x", "Вход:", "TP / SL:")
_KEY_LINE = re.compile(r"[^\w\n]*[^\W\d_][^\n:：]{0,30}[:：]")


def _empty_before_key_line(text: str, end: int) -> bool:
    """A label whose line ends in its colon with nothing after it, above a line of another
    key ("Stop loss:" over "Leverage: 5x"): its value is missing (a value on the next line,
    "Stop loss:" over "0.4838", is no such)."""
    line_end = text.find("\n", end)
    if line_end < 0 or not _EMPTY_VALUE.issuperset(text[end:line_end]):
        return False
    if ":" not in text[end:line_end] and "：" not in text[end:line_end]:
        return False
    nxt = text[line_end + 1 :].lstrip()
    return bool(nxt) and _KEY_LINE.match(nxt) is not None


# An icon line's marker and its price ("⬆️ 0.5609", "↓ 26.387 / …"); a line of a marker alone.
_MARKER_PRICE = re.compile(r"([^\w\s$#@.,:()\[\]*•·\-–—=+>|/]{1,4})[^\S\n]*\$?\d")
_LONE_MARKER = re.compile(r"[^\w\s$#@.,:()\[\]*•·\-–—=+>|/~_]{1,4}")


# A list bullet and its price ("• 0.2855"); a bullet alone on its line among such lines is an
# item whose price was left out.
_BULLETS = frozenset("•▪▫◦‣-")
_BULLET_PRICE = re.compile(r"([•▪▫◦‣-])[^\S\n]*\$?\d")
# A line that, stripped, is a marker or a bullet alone (a dash bullet with its dollar sign,
# "-$", too): the first line, and any other found from its "\n" (a literal the engine skips
# to), so that a text without one is ruled out in two searches. (What a line alone is, as
# ``lone`` below collects it: change both together.)
_ALONE = (
    "(?:"
    + _LONE_MARKER.pattern
    + "|["
    + re.escape("".join(sorted(_BULLETS)))
    + "][^\\S\\n]*\\$?)[^\\S\\n]*"
)
_LONE_FIRST_LINE = re.compile(r"[^\S\n]*" + _ALONE + r"(?:\n|$)")
_LONE_LINE = re.compile(r"\n[^\S\n]*" + _ALONE + r"(?=\n|$)")


def _bullet_alone(line: str) -> str:
    """A stripped line without one dollar sign at its end ("-$" is the bullet "-")."""
    return line[:-1].rstrip() if line.endswith("$") else line


def marker_left_empty(text: str) -> str:
    """In a message whose levels stand after icons ("⬆️ 0.5609" / "⬇️ 0.5342"), a line of a
    marker alone — one that opens a priced line elsewhere, or the message's last line — is a
    level whose price is missing (a cut text, a value left out)."""
    if _LONE_FIRST_LINE.match(text) is None and _LONE_LINE.search(text) is None:
        return ""  # no line of a marker alone
    priced: dict[str, int] = {}
    lone: list[tuple[int, str]] = []
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    for k, line in enumerate(lines):
        m = _MARKER_PRICE.match(line) or _BULLET_PRICE.match(line)
        if m is not None:
            marker = m.group(1)
            priced[marker] = priced.get(marker, 0) + 1
        elif _LONE_MARKER.fullmatch(line) or _bullet_alone(line) in _BULLETS:
            lone.append((k, _bullet_alone(line)))  # ("-$": a dash bullet whose price was cut)
    if not lone or sum(priced.values()) < 2:
        return ""
    for k, marker in lone:
        between = (
            0 < k < len(lines) - 1
            and len(marker) <= 2
            and (_MARKER_PRICE.match(lines[k - 1]) is not None or lines[k - 1][-1] in ":：")
            and _MARKER_PRICE.match(lines[k + 1]) is not None
        ) or (
            k >= 2
            and len(marker) <= 2
            and _MARKER_PRICE.match(lines[k - 1]) is not None
            and _MARKER_PRICE.match(lines[k - 2]) is not None
        )  # "🧯" alone between "💰 0.0019771" and "⚙️ 5x", "🥉" between "Take-Profit:" and
        # "🥈 38.16", "🚀" under "🥈 38.16 (20% of profit)" / "🥇 37.67 (32% of profit)": a
        # level's icon, its price cut
        if marker in priced or (k == len(lines) - 1 and marker not in _BULLETS) or between:
            return (
                f"A line with the marker “{marker}” has no price after it: the message looks "
                "cut short or a level is missing. Check it."
            )
    return ""


# A list item's bullet and its price ("• 8.496", "+ 14.429"), or a price alone on its line (a
# list whose items were written without bullets, "[*]0.0424" of a forum post); a line of a
# bullet alone ("•", "+").
_ITEM_BULLETS = "•▪▫◦‣+"
_BULLET_ITEM = re.compile(r"([" + _ITEM_BULLETS + r"])[^\S\n]*\$?\d")
_BARE_PRICE = re.compile(r"\$?\d[\d,]*(?:\.\d+)?\$?")
# a bullet alone, or a mark that opens a value alone: a code mark (a value written in code,
# "`0.13377`", cut after its mark) or a colour escape cut before its end ("\x1b[2;3")
_LONE_ITEM = re.compile(
    r"(?:^|\n)[^\S\n]*(?:[`" + _ITEM_BULLETS + r"]|\x1b\[[0-9;]*)[^\S\n]*(?=\n|$)"
)
# what every match of _LONE_ITEM holds: a bullet or a code mark closing its line, or a colour
# escape's opening; it opens with one of those characters, which the engine skips ahead to
# (the pattern above opens with a line's start and is tried at every line)
_LONE_ITEM_END = re.compile(r"[`" + _ITEM_BULLETS + r"][^\S\n]*(?:\n|$)|\x1b\[")


def item_left_empty(text: str) -> str:
    """A list item's bullet alone on its line right beside an item of the same list that
    holds a price ("• " over "• 8.496", "+ " under "+ 14.343"; a bare price beside it, the
    items of a forum list): the item's price is missing — the message was cut or a value
    left out. (:func:`marker_left_empty` needs two priced items; a list of two with one
    emptied has one.) A code mark alone on its line ("`" under "Take Profit 2"), or a colour
    escape cut before its end, is a value or a line cut right after its opening mark."""
    if _LONE_ITEM_END.search(text) is None or _LONE_ITEM.search(text) is None:
        return ""
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    for k, line in enumerate(lines):
        if line == "`" or line.startswith("\x1b["):
            return (
                "A line is cut right after its opening mark: the message looks cut short. Check it."
            )
        if len(line) != 1 or line not in _ITEM_BULLETS:
            continue
        for near in (lines[k - 1] if k else "", lines[k + 1] if k + 1 < len(lines) else ""):
            item = _BULLET_ITEM.match(near)
            if (item is not None and item.group(1) == line) or _BARE_PRICE.fullmatch(near):
                return (
                    f"A list item “{line}” has no price after it: the message looks cut short "
                    "or a level is missing. Check it."
                )
    return ""


# a numbered label ending its line with nothing after its colon ("Order #1:", "Buy (2):"); the
# gate: a number, a bracket perhaps and a colon at a line's end
_NUMBERED_BARE = re.compile(r"\d\)?[^\S\n]*[:：][^\S\n]*(?:\n|$)")
# its colon at a line's end, searched first: a message holds fewer colons than digits
_COLON_AT_LINE_END = re.compile(r"[:：][^\S\n]*(?:\n|$)")
_NUMBERED_LINE = re.compile(
    r"[^\w\n]*(?P<word>[^\W\d_][^\n\d:：]{0,24}?)[^\S\n]*(?:#|№)?[^\S\n]*\(?(?P<n>\d{1,2})\)?"
    r"[^\S\n]*[:：][^\S\n]*(?P<value>\S?)"
)
_VALUE_START = re.compile(r"[^\w\n]*\$?\d")


def numbered_label_left_empty(text: str) -> str:
    """A numbered label with no value ("Order #1:") right beside the list's next or previous
    item holding a price ("Order #2: 6.012", read as "Entry 2: 6.012"): that level of the
    list was cut out or left empty (a value on the next line, "Entry 1:" over "0.5312", is
    none)."""
    if _COLON_AT_LINE_END.search(text) is None or _NUMBERED_BARE.search(text) is None:
        return ""
    lines = [line for line in text.split("\n") if line.strip()]
    for k, line in enumerate(lines):
        m = _NUMBERED_LINE.match(line)
        if m is None or m.group("value"):
            continue
        n = int(m.group("n"))
        below = lines[k + 1] if k + 1 < len(lines) else ""
        if _VALUE_START.match(below) is not None:
            continue  # the value on the next line
        if _priced_item(below, n + 1) or (k > 0 and _priced_item(lines[k - 1], n - 1)):
            return (
                f"“{line.strip()}” is written with no value after it while the list's next "
                "item holds a price: the message looks cut short or a level is missing. "
                "Check it."
            )
    return ""


def _priced_item(line: str, n: int) -> bool:
    """``line`` is a numbered label's line, numbered ``n``, with a price after its colon."""
    m = _NUMBERED_LINE.match(line)
    return (
        m is not None
        and int(m.group("n")) == n
        and _VALUE_START.match(line, m.start("value")) is not None
    )


_OPERATORS = (">=", "<=", "≥", "≤")
_OPERATOR_END = re.compile(r"(?:>=|<=|≥|≤)[^\S\n]*(?:\n|$)")
_OPERATOR_PRICE = re.compile(r"(?:>=|<=|≥|≤)[^\S\n]*\$?\d")


def operator_left_open(text: str) -> str:
    """A trigger's comparison written with nothing after it ("SL: Last Price >=") while
    another line's comparison holds a price ("TP1: Last Price <= 0.11614"): the level was
    cut out."""
    if not any(op in text for op in _OPERATORS):
        return ""
    open_end = _OPERATOR_END.search(text)
    if open_end is None or _OPERATOR_PRICE.search(text) is None:
        return ""
    line = text[text.rfind("\n", 0, open_end.start()) + 1 : open_end.end()].strip()
    return (
        f"“{line}” has no value after its comparison: the message looks cut short or a "
        "level is missing. Check it."
    )


# A tree card's branch with nothing on it ("├", "│  └ ", "┣━"), and one with a value on it.
_BRANCHES = "├└┣┗╰╠╚"
_BRANCH_ALONE = re.compile(rf"^[^\S\n]*(?:[│┃|][^\S\n]*)?[{_BRANCHES}][─━═]*[^\S\n]*$", re.M)
_BRANCH_PRICE = re.compile(rf"^[^\S\n]*(?:[│┃|][^\S\n]*)?[{_BRANCHES}][^\n]*\d", re.M)
# An entry label with its colon and nothing after it, over two lines or more of the target
# icon and a price alone ("Entry:" / "🎯 84.5" / "🎯 85.65"), and a word that names targets
_ENTRY_OVER_TARGET_ICONS = re.compile(
    r"^[^\w\n]*(?i:entry|entries|entry price)[^\S\n]*[:：][^\S\n]*\n"
    r"(?:[^\S\n]*🎯[^\S\n]*\$?\d[\d.,]*[^\S\n]*(?:\n|$)){2}",
    re.M,
)
_TARGET_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:tps?|targets?|take[- ]?profits?)(?![^\W\d_])")
# An icon, a level's label and its price ("🟢 TP1: 32.71", as a ladder's "🟢 32.71 TP1" reads)
_ICON_LABEL_PRICE = re.compile(
    r"^[^\S\n]*([^\w\s$#@.,:()\[\]*•·\-–—=+>|/]{1,4})[^\S\n]*[^\W\d_][^\n:：]{0,20}[:：]"
    r"[^\S\n]*\$?\d",
    re.M,
)


def _icon_left_empty(text: str) -> bool:
    """A line of an icon alone whose icon opens a line of a label and its price, among two
    or more such lines."""
    opened = [m.group(1) for m in _ICON_LABEL_PRICE.finditer(text)]
    if len(opened) < 2:
        return False
    return any(
        line.strip() in opened and _LONE_MARKER.fullmatch(line.strip()) is not None
        for line in text.split("\n")
    )


def card_item_left_empty(text: str) -> str:
    """In a tree-drawn card (``├ Entry: …``, ``│  └ 152``), a branch with nothing on it among
    branches with prices; an entry label without a value over the targets' icon lines
    (``Entry:`` / ``🎯 84.5`` / ``🎯 85.65``, no target label); an icon alone on its line whose
    icon opens lines of a label and its price (``🟢 TP1: 32.71``)."""
    if (
        ("├" in text or "└" in text or "┣" in text or "┗" in text or "╰" in text)
        and _BRANCH_ALONE.search(text) is not None
        and len(_BRANCH_PRICE.findall(text)) >= 2
    ):
        return "A branch of the card's tree has nothing on it: a level looks left out. Check it."
    if (
        "🎯" in text
        and _ENTRY_OVER_TARGET_ICONS.search(text) is not None
        and _TARGET_WORD.search(text) is None
    ):
        # the targets' icon lines are the targets (no target label holds them): the entry's
        # value was left out, not written under its label
        return "The entry label has no value over the targets' 🎯 lines. Check the entry."
    if _LONE_LINE.search(text) is not None and _icon_left_empty(text):
        return (
            "A line of a level's icon has no price after it: the message looks cut short or a "
            "level is missing. Check it."
        )
    return ""
