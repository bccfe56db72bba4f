"""Where a known section's prices end: before a line opening with words of a label no lexicon
knows, and outside paragraphs of chart talk written as sentences."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser import numbers, sections
from tradermanager.sources.signal_parser.crowd_words import crowd_word
from tradermanager.sources.signal_parser.market_entry import is_market
from tradermanager.sources.signal_parser.message_parts import MessageParts, Section

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_SENTENCE_WORD = re.compile(r"[^\W\d_]{2,}")
_PRICE_LABEL_KINDS = ("entry", "target", "stop", "long", "short")
# Words of an order in a sentence ("I'll take the rest off around 158", "adding more at 0.49"):
# such a paragraph may name a level of the trade, so it is no chart talk ("close" is left out:
# "a daily close above 9.56" is talk)
_ORDER_WORDS = re.compile(
    r"(?<![\w])(?:take|taking|book|booking|secure|sell|selling|buy|buying|add"
    r"|adding|exit|trim|scale|reload|re-?enter|dca|profit|profits|target|targets|tp|sl"
    r"|stop|entry|enter)(?![\w])",
    re.I,
)


# A heading over a block of reasons ("Context:", "TA:", "Reasons:", "Why this trade:"): its
# lines are chart talk however short
_REASONS_HEADING = re.compile(
    r"[^\w\n]{0,4}[^\S\n]*(?:context|ta|t/a|reasons?|reasoning|rationale|why(?:[^\S\n]+this"
    r"[^\S\n]+(?:trade|setup|entry))?|analysis|confluences?|notes?)[^\S\n]*:[^\S\n]*\n",
    re.I,
)
# The end of a sentence: a stop mark before a space (not a decimal point) or a line's end
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")


def _prose(read: MessageParts) -> list[tuple[int, int]]:
    """The paragraphs of ``read`` (blocks between blank lines) written as sentences: no
    entry, target, stop or side label nor a word of an order with a number after it in its
    sentence ("3:1 R:R on the first target." names no level), at least eight words and far
    more words than numbers ("TIA has been ranging between 8.824 and 9.56 for most of the
    week.")."""
    clean = read.text  # (positions as in the clean text, whose blanks may span a line break)
    labels = [
        (lab.start, lab.end)
        for lab in read.labels
        if lab.kind in _PRICE_LABEL_KINDS
        and not (lab.kind in ("long", "short") and crowd_word(clean, lab.end))
        and not in_story(clean, lab)
    ]
    out = []
    a = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(clean), None]:
        b = brk.start() if brk else len(clean)
        if not any(a <= at < b and _number_follows(clean, end, b) for at, end in labels):
            words = len(_SENTENCE_WORD.findall(clean, a, b))
            prices = sum(1 for n in read.numbers if a <= n.start < b)
            if (
                (words >= 8 and words >= 4 * prices)
                or (words >= 2 * prices and _REASONS_HEADING.match(clean, a) is not None)
            ) and not any(
                _number_follows(clean, m.end(), b) for m in _ORDER_WORDS.finditer(clean, a, b)
            ):
                out.append((a, b))
        a = brk.end() if brk else b
    return out


# Weak entry words a sentence uses for the market's path: "The bounce from 0.8997 was 30.6%"
_STORY_WORDS = frozenset(["from", "around"])
# a verb of the market's path directly before the weak word: "bounced from", "rejected from"
_PATH_VERB = re.compile(
    r"(?<![\w])(?:bounced?|rejected|dropped|fell|rallied|pumped|dumped|ran|rose|moved|reversed)"
    r"[^\S\n]+$",
    re.I,
)


def in_story(text: str, lab: sections.Label) -> bool:
    """Whether ``lab`` is a weak entry word inside a sentence (two words or more before it on
    its line): the market's path told, no entry ("The bounce from 0.8997 was 30.6%")."""
    if lab.word not in _STORY_WORDS:
        return False
    line_start = text.rfind("\n", 0, lab.start) + 1
    if len(_SENTENCE_WORD.findall(text, line_start, lab.start)) >= 2:
        return True
    # the coin blanked out: "SEI bounced from 0.4719 again" keeps one word before "from"
    return _PATH_VERB.search(text, line_start, lab.start) is not None


def _number_follows(text: str, at: int, end: int) -> bool:
    """Whether a digit follows ``at`` in its sentence (before ``end``)."""
    stop = _SENTENCE_END.search(text, at, end)
    rest = text[at : stop.start() if stop else end]
    return any(ch.isdigit() for ch in rest)


def outside_prose(read: MessageParts, secs: list[Section]) -> list[Section]:
    """``secs`` without the prices that stand in a paragraph of sentences: chart talk around
    a signal whose entry, targets and stop are all labelled ("a reclaim of 9.1 would flip the
    structure", "If we lose 26.064 this idea is invalid") names levels, not orders."""
    prose = _prose(read)
    if not prose:
        return secs
    out = []
    for lab, nums, body in secs:
        kept = [n for n in nums if not any(a <= n.start < b for a, b in prose)]
        if kept:
            out.append((lab, kept, body))
    return out


# A line opening with a word of three letters or more, or two outside ASCII ("ግብ", "目標"),
# after bullets or icons, then a price.
# A letter may carry its script's combining marks, which ``\w`` does not count as letters
# ("ടാർഗെറ്റ് 1 0.12956": without them the word is cut, and its line's prices stayed in the
# section above, a stop's, and were dropped).
_LETTER = r"(?:[^\W\d_]|[" + sections.MARKS + r"])"
_WORDED_LINE = re.compile(
    r"[^\S\n]*[^\w\n" + sections.MARKS + r"]{0,6}[^\S\n]*"
    r"((?:[^\W\d_]" + _LETTER + r"{2,}|(?![\x00-\x7f])[^\W\d_]" + _LETTER + r")"
    r"(?:[^\S\n]+[^\W\d_]" + _LETTER + r"+){0,2})[^\S\n]*(?=\$?\d)"
)
_LIST_WORDS = frozenset(["and", "then", "till", "until", "upto", "also", "plus", "next"])


def end_sections_at_lines(read: MessageParts, found: dict[str, list[Section]]) -> None:
    """A known section does not run on into lines that are not its own, in place:
    * an entry, target or stop section whose label's line holds its prices ends before a
      line opening with one to three words and a price ("Zona de entrada 3692.3 - 3714.45" /
      "Realizações 3653.81 / …", "TP 2 0.4448" / "Parar pérdidas 0.4242": an unknown label
      written without its separator): that line becomes an unknown-labelled line, placed by
      the side or sent to review (before, its prices were further entries, or dropped);
    * no section takes the prices of a paragraph of sentences below a blank line (chart talk
      after the last labelled line: "Next resistance after that sits at 10.034, we'll see")."""
    text = read.text
    prose: list[tuple[int, int]] | None = None
    for kind in ("entry", "target", "stop"):
        secs = found.get(kind)
        if not secs:
            continue
        for k, (lab, nums, body) in enumerate(secs):
            if not nums or text.find("\n", lab.end, nums[-1].start) < 0:
                continue  # the section's prices all stand on the label's line
            if prose is None and _PARAGRAPH_BREAK.search(text, lab.end, nums[-1].start):
                prose = _prose(read)
            if prose:
                kept = [n for n in nums if not any(a <= n.start < b for a, b in prose)]
                if len(kept) < len(nums):
                    secs[k] = (lab, kept, body)
                    nums = kept
            if not nums:
                continue
            line_end = text.find("\n", lab.end)
            if nums[0].start > line_end and not (
                kind == "entry" and is_market(text[lab.end : line_end])
            ):
                continue  # "Entry:" alone on its line: the lines below are its list
            for n_at, n in enumerate(nums):
                if n.start < line_end:
                    continue
                start = text.rfind("\n", 0, n.start) + 1
                word = _WORDED_LINE.match(text, start)
                if (
                    word is not None
                    and text[word.end() : n.start] in ("", "$")
                    and word.group(1).split()[0].lower() not in _LIST_WORDS
                ):
                    secs[k] = (lab, nums[:n_at], body)
                    rest = [
                        m
                        for at, m in enumerate(nums[n_at:], n_at)
                        if not _line_ordinal(text, m, nums[at + 1 : at + 2])
                    ]
                    label = sections.Label(
                        "other", word.start(1), word.end(1), word.group(1).lower(), None
                    )
                    found.setdefault("other", []).append((label, rest, text[word.end(1) :]))
                    found["other"].sort(key=lambda sec: sec[0].start)
                    break
                line_end = text.find("\n", n.start)
                if line_end < 0:
                    break


def _line_ordinal(text: str, n: numbers.Number, after: list[numbers.Number]) -> bool:
    """Whether ``n`` is the number of an unknown label ("Kar Al 1 14.039"): a whole number of
    one or two digits with a further number after it on its line."""
    return (
        n.end - n.start <= 2
        and n.value.is_integer()
        and bool(after)
        and "\n" not in text[n.end : after[0].start]
    )
