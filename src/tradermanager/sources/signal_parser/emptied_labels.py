"""A line label whose value was left out: the message was cut or a level is missing.

A signal's entry, target or stop label standing as a line's label ("Stop:", "**Stop Loss**",
"🛑", "✅ TP-3:", "Targets (both):", "Stop (SL):") with no price in its section — not a
heading over labels of its own kind — is a level the channel meant to give and the text
does not hold. Copied as it reads, the copy trades without that level, or with a price read
from elsewhere in its place (a current price, a number in the commentary, only the second of
two entries). A label no lexicon knows, left empty between two labelled prices
("Realizações:" between the entry and the stop), is the same. Only a message that states its
signal twice (in two languages, or a card with a summary block under it) holds the level
elsewhere without doubt: there every level of the other kinds stands twice, and the one read
from the other copy is kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from tradermanager.sources.signal_parser import numbers, sections
from tradermanager.sources.signal_parser.lexicon import INDICATOR_LABELS

Section = tuple[sections.Label, list[numbers.Number], str]

# After a label on its line: nothing but separators and markup ("Stop:", "**Stop Loss**",
# "TPs ⇒", "Stop Loss ||" of a spoiler whose value was cut).
_NO_VALUE = frozenset(" \t:：=*_→⇒➜>|)")
_LEVEL_KINDS = frozenset(["entry", "target", "stop"])
_CHECKED = ("stop", "target", "entry", "other", "long", "short")
# an English ordinal before a label: "1st entry:", "Second entry:"
_ORDINAL_WORD = re.compile(
    r"[^\w\n]*(?i:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth)[^\S\n]+"
)
# the horizon or kind of a list before its label: "Short-term targets:", "Swing targets:"
_TERM_WORD = re.compile(
    r"[^\w\n]*(?i:(?:short|mid|medium|long)[\s\-]?term|swing|scalp|spot|final|last)[^\S\n]+"
)
# a bullet opening a line on a word: "• Funding: +0.0125%", "- RSI (4h): 41", "▪️ OI: +3%"
_BULLET_BELOW = re.compile(r"[^\S\n]*[•▪◦·▫‣⁃∙*\-–—►▶➤][\ufe0f]?[^\S\n]*[^\W\d_]")


def _next_line(text: str, at: int) -> int:
    """Where the line after the one holding ``at`` begins (the text's end when none does)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end + 1


# a line opening on the word of a list's last item: "Final target:", "Last TP:"
_LAST_ITEM = re.compile(r"[^\w\n]*(?i:final|last)[^\S\n]")
_NOTE = re.compile(r"[^\S\n]*[(\[][^\d()\[\]\n]{1,24}[)\]][^\S\n]*[:：=][^\S\n]*")
_WORD_THEN_COLON = re.compile(
    r"['’]?[^\W\d_]{0,10}[^\S\n]*[:：][^\S\n]*|[^\S\n]+[^\W\d_]{1,10}[^\S\n]*[:：][^\S\n]*"
)
# a label's own number after it: "Entry 1:", "TP-3:", "TP ①:", "TP ➋:"
_ORDINAL = re.compile(r"[ \t\-#.]*(?:\d{1,2}(?![\d.,])|[①-⑳➀-➓❶-❿⓵-⓾])")


def emptied_line_label(
    text: str,
    clean: str,
    labels: Sequence[sections.Label],
    found: dict[str, list[Section]],
    all_numbers: Sequence[numbers.Number],
    read_levels: Mapping[str, Sequence[float]],
) -> str:
    """A reason for review when a level's line label is left without a value, else "".

    ``clean`` is ``text`` with what is no price blanked (a leverage, the symbol), at the same
    positions. ``labels`` are the message's labels in text order (known ones and those no lexicon
    knows, kind "other"), ``found`` their sections as read (an index such as the 1 of
    "TP-1:" taken out), ``all_numbers`` the message's prices, ``read_levels`` the entries,
    targets and stop the signal was read with ("entry", "target", "stop")."""
    if not _may_hold_one(text, found):
        return ""
    return _emptied(text, clean, labels, found, all_numbers, read_levels)


def _may_hold_one(text: str, found: dict[str, list[Section]]) -> bool:
    """The quick pass of :func:`emptied_line_label`: most messages hold no unpriced line label
    at all. False when no section is unpriced with a bare line end after its label — a side
    word's section only when a label's number follows it ("Buy 1:"), as :func:`_emptied` reads
    no other side word as a level's label. (Loops, not any() over a generator: this runs on
    every signal.)"""
    for kind in _CHECKED:
        secs = found.get(kind)
        if not secs:
            continue
        for sec in secs:
            lab = sec[0]
            if lab.kind == "long" or lab.kind == "short":
                if _ORDINAL.match(text, lab.end) is None or not _unpriced(text, sec):
                    continue  # "LONG", "Short 0.52": no level's label
            elif sec[1]:
                continue
            if _line_end_bare(text, lab.end):
                return True
    return False


def _emptied(
    text: str,
    clean: str,
    labels: Sequence[sections.Label],
    found: dict[str, list[Section]],
    all_numbers: Sequence[numbers.Number],
    read_levels: Mapping[str, Sequence[float]],
) -> str:
    """:func:`emptied_line_label` without its quick pass."""
    priced = {
        sec[0].start: not _unpriced(text, sec)
        for kind, secs in found.items()
        if kind != "preamble"
        for sec in secs
    }
    count = len(labels)
    i = 0
    while i < count:
        lab = labels[i]
        kind = lab.kind
        if (kind == "long" or kind == "short") and _ORDINAL.match(text, lab.end):
            kind = "entry"  # "Buy 1:", "Short 2:": a side word numbered is an entry's label
        if (kind not in _LEVEL_KINDS and kind != "other") or priced.get(lab.start, True):
            i += 1
            continue  # a price in the section (or a section the reading set aside)
        # one label written in two words of its kind on its line: "Stop (SL):", "Giriş (Entry):"
        last = i
        while (
            last + 1 < count
            and labels[last + 1].kind == kind
            and "\n" not in text[labels[last].end : labels[last + 1].start]
            and not any(ch.isdigit() for ch in text[labels[last].end : labels[last + 1].start])
        ):
            last += 1
        following = labels[last + 1] if last + 1 < count else None
        group = labels[i : last + 1]
        i = last + 1
        if any(priced.get(g.start, True) for g in group):
            continue
        end = group[-1].end
        if not _line_label(text, lab.start, end):
            continue
        if following is not None and _heading_over(text, group[-1], following, kind):
            continue
        if kind == "other" and _plan_heading(text, lab, end, following):
            continue  # "Trade idea:" over "Entry: …": the heading of the levels below
        if kind == "other" and _BULLET_BELOW.match(text, _next_line(text, end)):
            continue  # "📊 Market Context:" over "• Funding: +0.01%": a section's heading
        if kind == "other" and (
            not _between_levels(labels, i - len(group), priced)
            or any(ch.isalnum() for ch in clean[end : following.start if following else len(text)])
        ):
            continue  # (its section holds words: a heading or a note, "Risk management:")
        if kind != "other" and _stated_twice(all_numbers, read_levels, kind):
            continue
        word = text[lab.start : end].strip() or kind
        return (
            f"“{word}” is written with no value after it: the message looks cut short or "
            "a level is missing. Check it."
        )
    return ""


def _unpriced(text: str, sec: Section) -> bool:
    """No price in the section — a side word's ordinal ("Short 1:", "Buy 1:") is none."""
    nums = sec[1]
    if not nums:
        return True
    lab = sec[0]
    if len(nums) == 1 and (lab.kind == "long" or lab.kind == "short"):
        m = _ORDINAL.match(text, lab.end)
        return m is not None and nums[0].end <= m.end()
    return False


def _line_end_bare(text: str, end: int) -> bool:
    """No digit and no letter after ``end`` on its line but a label's ordinal or one word
    before a colon: a label that may be left empty (the quick pass of
    :func:`emptied_line_label`; a line's label in two words, "Stop (SL):", is seen at its
    second word)."""
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    if not rest or _NO_VALUE.issuperset(rest):
        return True
    m = _ORDINAL.match(rest)
    if m is not None:
        rest = rest[m.end() :]
    return (
        _NO_VALUE.issuperset(rest)
        or _NOTE.fullmatch(rest) is not None
        or _WORD_THEN_COLON.fullmatch(rest) is not None
    )


def _line_label(text: str, start: int, end: int) -> bool:
    """The label opens its line (after icons, bullets or markup) and nothing follows it on
    the line but separators — or a note in brackets without digits before its colon
    ("Targets (both):"; not words, "🎯 CORNIX COMPATIBLE FORMAT:": a heading under an icon)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if (
        any(ch.isalnum() for ch in before)
        and _ORDINAL_WORD.fullmatch(before) is None
        and _TERM_WORD.fullmatch(before) is None
    ):
        return False  # "… after TP2": a label named in a sentence (not "2nd entry:")
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    m = _ORDINAL.match(rest)
    if m is not None:
        rest = rest[m.end() :]  # "Entry 1:", "TP-3:": the label's own number (no price)
    if _NO_VALUE.issuperset(rest):
        return True
    if _NOTE.fullmatch(rest) is not None:
        return True
    # one more word of the label's own ("Stop Loss Order:", "Stop Loss Level:", "Target's:"),
    # after a label of words (an icon's line of words is a heading: "🎯 CORNIX FORMAT:")
    return _WORD_THEN_COLON.fullmatch(rest) is not None and any(
        ch.isalpha() for ch in text[start:end]
    )


def _heading_over(text: str, lab: sections.Label, following: sections.Label, kind: str) -> bool:
    """A heading over labels of its own kind ("Targets:" above "TP1: …", "Maqsadlar:" above
    "Maqsad 1: …", "STOP LOSS:" above "Stop Loss: …"): this label is not numbered and the next
    one, opening its line, is numbered, or of its kind — a target under other words. ("TP:"
    above "TP: 37.01" is a list of targets under one word, the first left empty.)"""
    word = text[lab.start : lab.end]
    if lab.number is not None or any(ch.isdigit() for ch in word) or _ORDINAL.match(text, lab.end):
        return False  # "TP1:", "Entry 1:": a numbered label is no heading
    if _ORDINAL_WORD.fullmatch(text, text.rfind("\n", 0, lab.start) + 1, lab.start):
        return False  # "First entry:" over "Second entry: 0.4835": nor one an ordinal opens
    line_start = text.rfind("\n", 0, following.start) + 1
    if line_start <= lab.end:
        return False
    if any(ch.isalnum() for ch in text[line_start : following.start]):
        # words before the next label: a line's label still ("Initial Entry (1% capital):"),
        # or a sentence naming one ("SL:" over "After TP1 move SL to entry")
        line_end = text.find("\n", following.end)
        if line_end < 0 or line_end > following.end + 25:
            line_end = following.end + 25
        after = text[following.end : line_end]
        if following.start - line_start > 20 or (":" not in after and "：" not in after):
            return False
    if (
        following.number is not None
        or following.word[-1:].isdigit()
        # "Entries:" over "Entry 1) 148.2" (an entry label's number is not read as a target's)
        or (following.kind == "entry" and _ORDINAL.match(text, following.end) is not None)
    ) and (following.kind == kind or kind == "other"):
        return True  # (not "SL:" over "At TP1: close half": a stop is no heading of targets)
    if following.kind != kind or kind == "other":
        return False
    if kind != "target":
        # one stop, one entry: the heading's word again on the next label's line ("STOP LOSS:"
        # over "Stop Loss: 0.5015", "ENTRY ZONES:" over "Initial Entry (1%): 0.113"); not
        # another entry ("Entry:" over "DCA: 2.2313": the first entry left out)
        line_start = text.rfind("\n", 0, following.start) + 1
        if not any(ch.isalpha() for ch in following.word):
            return True  # an icon's line under the heading ("STOP LOSS (SL)" over "🛑 0.6934")
        if kind == "stop":
            return True  # a signal has one stop: "🔴 SL:" over "Stop Loss: 0.12635" is its heading
        if following.word[:5].lower() == "limit":
            return True  # "Entries:" over "Limit 85.86 for $200" lines: the orders it heads
        return lab.word.lower() in text[line_start : following.end].lower()
    if _LAST_ITEM.match(text, text.rfind("\n", 0, following.start) + 1) is not None:
        return False  # "Targets:" over "Final target: 0.4356": the list's last item, those
        # before it left out (a heading's first item is never its last)
    if following.word.lower().endswith(lab.word.lower()) and any(
        ch.isalpha() for ch in text[text.rfind("\n", 0, lab.start) + 1 : lab.start]
    ):
        return False  # "Short-term targets:" over "Long-term targets: …": two lists, the
        # first left empty (a heading has no words of its own before its label)
    # the words that open each line up to its label, as written ("TP:" over "TP: 37.01": the
    # same label over each target)
    return _line_words(text, lab.start, lab.end) != _line_words(
        text, following.start, following.end
    )


def _line_words(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    return "".join(ch for ch in text[line_start:end] if ch.isalnum())


# The last word of a heading over a trade's levels: "Trade idea:", "Trade plan:", "Setup:"
_PLAN_WORDS = frozenset(["idea", "plan", "setup", "details", "parameters", "levels"])


def _plan_heading(
    text: str, lab: sections.Label, end: int, following: sections.Label | None
) -> bool:
    """Whether the unknown label ending at ``end`` is a heading naming the trade's plan, with
    a level's label opening the next line."""
    if following is None or following.kind not in _LEVEL_KINDS:
        return False
    if lab.word.rsplit(" ", 1)[-1] not in _PLAN_WORDS:
        return False
    line_end = text.find("\n", end)
    return line_end >= 0 and not text[line_end + 1 : following.start].strip(" \t*_•-")


def _between_levels(labels: Sequence[sections.Label], at: int, priced: dict[int, bool]) -> bool:
    """A label no lexicon knows stands after a priced label (not a side word's prices) or an
    entry's (a market entry: "Entrada: preço de mercado"): a level's line under a word the
    parser does not know, its value left out. (A heading above the levels, "Trade details:",
    or under a line of percentages, "SL/TP Percent: 1.60%/2.65%", follows neither.)"""
    if at == 0:
        return False
    before = labels[at - 1]
    if before.kind == "entry":
        return True
    if before.kind == "other" and not INDICATOR_LABELS.isdisjoint(before.word.split()):
        return False  # "Key levels: support …" / "Bias: … while 140 holds" over "Trade idea:"
    return (before.kind in _LEVEL_KINDS or before.kind == "other") and priced.get(
        before.start, False
    )


def _stated_twice(
    all_numbers: Sequence[numbers.Number], read_levels: Mapping[str, Sequence[float]], kind: str
) -> bool:
    """The signal is written twice and the emptied kind was read from the other copy: every
    level of the other kinds stands at least twice among the message's prices."""
    if not read_levels.get(kind):
        return False
    others = [v for k, values in read_levels.items() if k != kind for v in values]
    if not others:
        return False
    counts = Counter(n.value for n in all_numbers)
    return all(counts[v] >= 2 for v in others)


def signal_stated_twice(
    all_numbers: Sequence[numbers.Number], read_levels: Mapping[str, Sequence[float]]
) -> bool:
    """Every kind of level was read, and the levels of all kinds but one each stand twice
    among the message's prices: the signal is written twice, a label left empty in one copy
    is given in the other."""
    if not all(read_levels.get(kind) for kind in _LEVEL_KINDS):
        return False
    counts = Counter(n.value for n in all_numbers)
    once = [k for k in _LEVEL_KINDS if not all(counts[v] >= 2 for v in read_levels[k])]
    return len(once) <= 1
