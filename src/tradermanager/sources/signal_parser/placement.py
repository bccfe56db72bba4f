"""Prices under labels no lexicon knows, placed by where they stand: against the side and
the entry (``place_by_side``), or by the geometry of the message's price lines when no
target or stop label is known (``read_by_geometry``)."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import numbers, sections
from tradermanager.sources.signal_parser.leverage import holds_leverage_hint
from tradermanager.sources.signal_parser.message_parts import (
    PRICE_LABELS,
    RANGE_SEPARATOR,
    MessageParts,
    Section,
    price_text,
)
from tradermanager.sources.signal_parser.symbols import FoundSymbol


def side_from_stop(
    others: list[Section], entries: list[float], stop: float, known_at: int
) -> Side | None:
    """No side word, prices under unknown labels: the stop against the entry (read, or the
    first unknown line before the targets and stop) tells the side. The targets must then
    lie on the profit side of it to be placed, or the message goes to review."""
    if not entries and others[0][0].start < known_at:
        entries = [n.value for n in others[0][1]]
    if not entries:
        return None
    if stop < min(entries):
        return Side.LONG
    if stop > max(entries):
        return Side.SHORT
    return None


def side_from_targets(
    others: list[Section], entries: list[float], targets: list[float], known_at: int
) -> Side | None:
    """No side word, a known target label, the entry (read, or the first unknown line before
    the targets and stop: "Shiga: 136.33 / TP: 137.95 - 141.49 / Tsayawa: 130.34"): targets
    all above the entry tell a long, all below a short. The caller keeps the side only when
    a single price on the other side is placed as the stop."""
    if not entries and others[0][0].start < known_at and len(others[0][1]) <= 2:
        entries = [n.value for n in others[0][1]]
    if not entries or not targets:
        return None
    if min(targets) > max(entries):
        return Side.LONG
    if max(targets) < min(entries):
        return Side.SHORT
    return None


def place_around_market(
    others: list[Section], side: Side, targets: list[float], stop: float | None
) -> tuple[list[float], list[float], float | None, str]:
    """A market entry (no entry price) with a side and prices under labels no lexicon knows
    ("Entrada: a mercado / Tomar ganancias: a | b | c / Parar pérdidas: d"): a line of two or
    more prices moving in the side's direction, on the profit side of a known stop, is the
    targets when none were read; a single price beyond every target on the loss side the stop
    when none was read. No line is taken for an entry. A line left over is returned as the
    reason for review."""
    long = side is Side.LONG
    left: list[Section] = []
    for sec in others:
        values = [n.value for n in sec[1]]
        moving = all((a < b) if long else (a > b) for a, b in pairwise(values))
        beyond_stop = stop is None or all((v > stop) if long else (v < stop) for v in values)
        if not targets and len(values) >= 2 and moving and beyond_stop:
            targets = values
        else:
            left.append(sec)
    if stop is None and targets:
        loss = [
            sec
            for sec in left
            if len(sec[1]) == 1
            and (sec[1][0].value < min(targets) if long else sec[1][0].value > max(targets))
        ]
        if len(loss) == 1:
            stop = loss[0][1][0].value
            left.remove(loss[0])
    if not left:
        return [], targets, stop, ""
    lab, nums, _ = left[0]
    shown = ", ".join(price_text(n.value) for n in nums[:4])
    return (
        [],
        targets,
        stop,
        f"The line “{lab.word}” holds prices ({shown}) the parser could not place: check it.",
    )


# Macro markets and figures a news line names before its numbers ("DXY drops to 103.4",
# "S&P at 6164", "US10Y 4.2"): those numbers are theirs, not the signal's
_OTHER_MARKET = re.compile(
    r"(?<![\w&])(?:dxy|s&p|spx|nasdaq|ndx|dow|dji|vix|us10y|us02y|yields?|cpi|ppi|fed|fomc|bps"
    r"|oil|brent|wti)(?![\w&])",
    re.I,
)


def _before_on_line(section: Section, number: numbers.Number) -> str:
    """The text before ``number`` on its line, within its section."""
    body = section[2]
    at = number.start - section[0].end
    if not 0 <= at <= len(body):
        return ""
    return body[body.rfind("\n", 0, at) + 1 : at]


def _other_market_figure(section: Section, number: numbers.Number) -> bool:
    """Whether ``number`` follows the name of a macro market or figure on its line."""
    return _OTHER_MARKET.search(_before_on_line(section, number)) is not None


# The market's price in words before it on its line: "trading at", "currently at", "now at";
# an indicator's period or value: "the 4H EMA 200", "RSI 57"
_MARKET_NOW_BEFORE = re.compile(
    r"(?<![\w])(?:(?:trading|trades|currently|now|sitting|sits)[^\S\n]+(?:at|around|near)"
    r"[^\S\n]*[~≈]?[^\S\n]*\$?|(?:ema|sma|ma|wma|rsi|vwap|atr)[^\S\n]*\(?)$",
    re.I,
)


def _market_now(section: Section, number: numbers.Number) -> bool:
    """Whether ``number`` is the market's price or an indicator's, named so by the words
    before it."""
    return _MARKET_NOW_BEFORE.search(_before_on_line(section, number)) is not None


# A chart level named by the words around it: "keeps respecting 1.2355", "the resistance at
# 10.792", "came back to 0.4719", "I think we see 547.5", "the 14.2 level held", "the range
# between 0.5066 and 0.5434", "37.04 is support"; an order book's wall or cluster ("bid wall at
# 0.5120", "a fat ask cluster at 2.5168", "the bids are thick at 40.85")
_CHART_LEVEL_BEFORE = re.compile(
    r"(?<![\w])(?:support|resistance|respect(?:s|ing|ed)?|bounced?[^\S\n]+(?:from|off)"
    r"|walls?|clusters?|thick|stacked"
    # a level broken: "clean breakout above 5.667", "breakdown below 0.54", "broke through 148"
    r"|break(?:out|down|s)?[^\S\n]+(?:above|below|through)|broke[^\S\n]+(?:above|below|through)"
    r"|reject(?:ed|ion)[^\S\n]+(?:at|from)|held|holding|reclaim(?:ed|s|ing)?|back[^\S\n]+to"
    r"|we[^\S\n]+(?:see|get)|floor|ceiling|between(?:[^\S\n]+\$?[\d.,]+k?[^\S\n]+and)?)"
    r"(?:[^\S\n]+(?:at|of|from|near|around|the))?"
    r"[^\S\n]*\$?$",
    re.I,
)
_CHART_LEVEL_AFTER = re.compile(
    r"[^\S\n]*(?:(?:is|as)[^\S\n]+)?(?:support|resistance|level|floor|ceiling)(?![\w])", re.I
)


def chart_level(section: Section, number: numbers.Number) -> bool:
    """Whether ``number`` is a chart level the sentence around it names as such."""
    if _CHART_LEVEL_BEFORE.search(_before_on_line(section, number)):
        return True
    at = number.end - section[0].end
    return 0 <= at <= len(section[2]) and _CHART_LEVEL_AFTER.match(section[2], at) is not None


def _section_at(at: int, *lists: list[Section]) -> Section | None:
    """The section whose label starts at ``at``, in any of ``lists``."""
    for secs in lists:
        for sec in secs:
            if sec[0].start == at:
                return sec
    return None


# an order's size between its side word and "@ <price>": "Sell 41.947 @ 25.45", "Buy 3.4 @ …"
def _order_size(section: Section, entries: list[float], *lists: list[Section]) -> bool:
    """Whether ``section`` (a side word's) holds only an order's size, the section right after
    it (in one of ``lists``) being "@ <entry>"."""
    label, nums, body = section
    if label.kind not in ("long", "short") or len(nums) != 1 or len(body.split()) != 1:
        return False
    following = _section_at(label.end + len(body), *lists)
    if following is None or following[0].word != "@" or not following[1]:
        return False
    return following[1][0].value in entries


# a count of days or weeks before a whole number: "Day 25 of the challenge", "week 3"
_DAY_COUNT = re.compile(r"(?<![\w])(?:day|week|month)[^\S\n]*#?$", re.I)


def stray_price(
    sections_: list[Section],
    chosen: list[Section],
    entries: list[float],
    targets: list[float],
    stop: float | None,
    call_at: int = -1,
) -> str:
    """A reason for review when a number outside any price section (the headline, the text
    after a side word) lies among the signal's prices (within ×2) without being read: a
    label the parser does not know stands before it, and the price would be lost.
    ``call_at`` is where a first-person call naming the entry starts ("I'm shorting from
    …"): a number the story names before it is no level."""
    levels = sorted(entries + targets + ([stop] if stop is not None else []))
    if not levels:
        return ""
    middle = levels[len(levels) // 2]
    for sec in sections_:
        if sec in chosen:
            continue
        for n in sec[1]:
            if 0.5 <= n.value / middle <= 2 and n.value not in levels:
                if _other_market_figure(sec, n):
                    continue  # "CPI at 3.1% — DXY drops to 103.4" above the card
                if n.value.is_integer() and _DAY_COUNT.search(_before_on_line(sec, n)):
                    continue  # "Day 25 of the challenge 📓 new trade: long AVAX 37.72, …"
                if _order_size(sec, entries, sections_, chosen):
                    continue  # "📝 Limit order placed · SOLUSDT · Sell 41.947 @ 25.45 · TP …"
                if entries and _market_now(sec, n):
                    continue  # "Trading at 24.52 (+3.2% today)" above an entry: the market
                if entries and targets and stop is not None and chart_level(sec, n):
                    continue  # "… keeps respecting 1.2355. Short ARB 1.2284, targets …, stop …"
                if targets and stop is not None and n.end <= call_at:
                    continue  # "BTC rejected 64,200 twice. I'm shorting from 63,450, …"
                return (
                    f"The price {price_text(n.value)} stands under no label the parser "
                    "knows: check it."
                )
    return ""


def _bare_leverage(section: Section) -> bool:
    """An unknown label's line holding only a whole number a leverage can be (1 to 125):
    "Leverec: 20", "Иінтірек: 20". Far from the signal's prices it is none of them, and
    dropped it would copy the signal at another leverage."""
    _, nums, body = section
    if len(nums) != 1 or not nums[0].value.is_integer() or not 1 <= nums[0].value <= 125:
        return False
    value = body.split("\n", 1)[0].strip(" \t:：=-–—*_→➜")
    return value.isdigit() and int(value) == nums[0].value


def _has_digit(line: str) -> bool:
    return any(c.isdigit() for c in line)


def _first_line_only(section: Section, scale: list[float]) -> Section:
    """An unknown label's line of prices of the signal, without the numbers of the note lines
    run on under it ("Kikomo cha hasara: 13.65" over "Tumia asilimia 2 tu ya mtaji wako":
    use 2 % of your capital): read with them, the line would count as a line of sizes and its
    stop be dropped unseen. The section as it is unless its first line's numbers are all among
    the signal's prices (within ×2) and every later line opens with a word and holds none, or
    holds no digit at all ("#crypto #signals", "⚠️ Not financial advice": no number to list)."""
    lab, nums, body = section
    cut = body.find("\n")
    if cut < 0 or not scale or len(nums) < 2:
        return section
    cut += lab.end
    first = [n for n in nums if n.start < cut]
    if not first or len(first) == len(nums):
        return section
    middle = scale[len(scale) // 2]
    if not all(middle > 0 and 0.5 <= n.value / middle <= 2 for n in first):
        return section
    if any(middle > 0 and 0.5 <= n.value / middle <= 2 for n in nums[len(first) :]):
        return section
    for line in body[cut - lab.end + 1 :].split("\n"):
        if line.strip() and not line.lstrip()[:1].isalpha() and _has_digit(line):
            return section  # a line of its own prices or marks: the label's list goes on
    return lab, first, body[: cut - lab.end]


def place_by_side(
    others: list[Section],
    side: Side | None,
    entries: list[float],
    targets: list[float],
    stop: float | None,
    known_at: int,
    bare_numbers: bool = False,
) -> tuple[list[float], list[float], float | None, str]:
    """Prices under labels no lexicon knows ("Ingresso: 63.450"), placed by where they stand
    against the side: the first such line before any known target or stop is the entry when
    none was read; a line wholly on the profit side of the entry the targets when none were
    read; a single price on the loss side the stop when none was read. Lines far from the
    signal's prices (beyond ×2: "$100 → $2") are not prices of it. A line left over is
    returned as the reason for review — its prices would otherwise be silently dropped.
    Consecutive lines under one label with their numbers ("Maqsad 1:", "Maqsad 2:") are one
    line. With ``bare_numbers`` (no leverage was read), a line whose whole value is a whole
    number from 1 to 125 ("Leverec: 20") is returned as the reason for review too: a leverage
    under a label no lexicon knows would otherwise be dropped."""
    # a two-price entry zone of a signal whose targets and stop are labelled: a single price
    # inside it under an unknown label ("OTE:", the optimal entry) is a note on the zone
    zone_note = len(entries) == 2 and bool(targets) and stop is not None
    entries, targets = list(entries), list(targets)
    scale = sorted(entries + targets + ([stop] if stop is not None else []))
    left: list[Section] = []
    unread_number: Section | None = None
    merged: list[Section] = []
    for sec in others:
        if merged and merged[-1][0].word == sec[0].word and merged[-1][1] and sec[1]:
            lab, nums, body = merged[-1]
            merged[-1] = (lab, nums + sec[1], body + sec[2])
        else:
            merged.append(sec)
    for sec in merged:
        sec = _first_line_only(sec, scale)
        values = [n.value for n in sec[1]]
        if scale and all(v in scale for v in values):
            continue  # "Trigger Condition: a close above the 0.1820 resistance": a level read
            # elsewhere, told again
        if zone_note and len(values) == 1 and min(entries) < values[0] < max(entries):
            continue  # "OTE: 0.3973" under "ENTRY: 0.3913 - 0.4034": a note inside the zone
        if entries and targets and stop is not None and all(chart_level(sec, n) for n in sec[1]):
            continue  # "SEI weekly: the range between 0.5066 and 0.5434 has held" above a call
        if scale:
            middle = scale[len(scale) // 2]
            near = [v for v in values if middle > 0 and 0.5 <= v / middle <= 2]
            if 2 * len(near) <= len(values):
                if bare_numbers and _bare_leverage(sec):
                    unread_number = unread_number or sec
                continue  # mostly not this signal's prices (sizes, capital, volumes)
        if side is None:
            left.append(sec)
            continue
        if not entries and sec[0].start < known_at:
            entries = values
            scale = sorted(scale + values)
            continue
        if not entries:
            left.append(sec)
            continue
        if any(chart_level(sec, n) for n in sec[1]):
            left.append(sec)  # "▫️ resistance 2.7421 above" under "Reasons:": a chart level
            continue  # the analysis names, no target or stop of the card (whose line is missing)
        hi, lo = max(entries), min(entries)
        profit = all(v > hi for v in values) if side is Side.LONG else all(v < lo for v in values)
        loss = all(v < lo for v in values) if side is Side.LONG else all(v > hi for v in values)
        if profit and not targets:
            targets = values
        elif loss and len(values) == 1 and stop is None:
            stop = values[0]
        else:
            left.append(sec)
    if not left and unread_number is not None:
        lab, nums, _ = unread_number
        return (
            entries,
            targets,
            stop,
            f"The line “{lab.word}” holds a whole number ({price_text(nums[0].value)}) that is "
            "no price of the signal: a leverage in a word the parser does not know? Check it.",
        )
    if not left:
        return entries, targets, stop, ""
    lab, nums, _ = left[0]
    shown = ", ".join(price_text(n.value) for n in nums[:4])
    return (
        entries,
        targets,
        stop,
        (f"The line “{lab.word}” holds prices ({shown}) the parser could not place: check it."),
    )


# A list named as chart levels, not a signal's prices: "Key levels 🔑", "Levels to watch"
_KEY_LEVELS = re.compile(
    r"(?<![\w])(?:key[^\S\n]+levels?|levels?[^\S\n]+to[^\S\n]+watch)(?![\w])", re.I
)


# Confidence of the fields read by the lines' geometry alone (see read_by_geometry).
GEOMETRY_CONFIDENCE = 0.7
# What a price line may hold besides its marker and its prices: separators, a quote currency
# (letters counted with the combining marks of scripts such as Devanagari).
_LINE_WORDS = re.compile(r"(?:[^\W\d_]|[" + sections.MARKS + r"])+")
_QUOTE_WORDS = frozenset(["usdt", "usd", "usdc", "busd", "perp"])
_ORDINAL = re.compile(r"\d")


class _Group(NamedTuple):
    """Consecutive price lines under one marker: "✅ 3450" / "✅ 3500", or "लक्ष्य:" and the
    numbered lines below it."""

    marker: str
    values: list[float]
    text: str  # the clean text from the first price to the last


# an order's size named before a line's number: the number is no price
_SIZE_MARKER = re.compile(
    r"(?<![^\W\d_])(?:contracts?|lots?|qty|quantity|size|amount|volume|units?|notional)(?![^\W\d_])",
    re.I,
)


def _price_lines(read: MessageParts, found: dict[str, list[Section]]) -> list[_Group] | None:
    """The message's price lines outside every known entry, target or stop section, grouped:
    a line whose marker (the text before its first price, digits aside) repeats the line
    above it, or is empty or only a list ordinal below a price line or a bare label line
    ("Targets:"), continues that group. None when a line reads as prose (words after its
    prices, or a long marker) or mixes known and unknown prices: not a layout of lines."""
    known = {n.start for kind in PRICE_LABELS for _, nums, _ in found.get(kind, ()) for n in nums}
    clean = read.clean
    nums = read.numbers
    spans = [(lab.start, lab.end) for lab, _, _ in found.get("other", ())]
    if spans:  # a label's own number ("Lengo 1:") is no price of its line
        nums = [n for n in nums if not any(a <= n.start < b for a, b in spans)]
    groups: list[_Group] = []
    key: str | None = None  # the open group's marker key, None when none is open
    pending = ""  # a label line without prices ("Targets:") names the group below it
    i = 0
    start = 0
    size = len(clean)
    while start <= size:
        end = clean.find("\n", start)
        end = size if end < 0 else end
        line = []
        while i < len(nums) and nums[i].start < end:
            line.append(nums[i])
            i += 1
        if not line:
            text = clean[start:end].strip()
            if text:
                key = None
                pending = text if text[-1:] in ":：" and len(text) <= 32 else ""
        elif all(n.start in known for n in line):
            key, pending = None, ""
        elif any(n.start in known for n in line):
            return None
        else:
            marker = clean[start : line[0].start].strip()
            rest = read.text[line[0].start : end]  # the symbol and leverage not blanked
            words = [w for w in _LINE_WORDS.findall(rest) if w.lower() not in _QUOTE_WORDS]
            if (
                len(marker) > 32
                or len(marker.split()) > 4
                or sum(map(len, words)) > 3
                or ":" in rest
                or "：" in rest
                or holds_leverage_hint(marker.lower())
                or _SIZE_MARKER.search(marker) is not None
            ):
                # a sentence, a second label after the prices, a leverage line, an order's
                # size ("Contracts: 150", "Lots: 1.00": no price, never a target)
                return None
            marker_key = _ORDINAL.sub("", marker).strip(" .)")
            values = [n.value for n in line]
            text = clean[line[0].start : line[-1].end]
            if groups and key is not None and (marker_key == key or not marker_key):
                last = groups[-1]
                groups[-1] = _Group(last.marker, last.values + values, last.text + "\n" + text)
            else:
                groups.append(_Group(marker or pending or "(no label)", values, text))
                key = marker_key if marker_key or not pending else pending
            pending = ""
        start = end + 1
    return groups


def coin_over_lines(read: MessageParts, found: dict[str, list[Section]], coin: FoundSymbol) -> bool:
    """Whether ``coin`` (a bare upper-case word) stands alone as the header of a layout of
    price lines: on the first line, with no digit on it, above three groups of price lines at
    least (an entry, targets and a stop under labels no lexicon knows, "💎 TRX" over
    "ඇතුල්වීම ➜ 0.13261" / "ඉලක්ක ➜ …" / "නැවතුම ➜ …"). The geometry then reads the lines."""
    text = read.text
    start = coin.spans[0][0]
    head_end = text.find("\n", start)
    if head_end < 0 or "\n" in text[:start].strip():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    coin_end = coin.spans[0][1]
    if any(ch.isdigit() for ch in text[line_start:start] + text[coin_end:head_end]):
        return False  # (the ticker's own digits aside: "1000BONK")
    groups = _price_lines(read, found)
    return groups is not None and len(groups) >= 3


# What may stand between two prices of one group on a line: separators, no word.
_GROUP_SEPARATORS = " \t,/|;&-–—~"
_DIGIT_IN = re.compile(r"\d")


def one_line_groups(read: MessageParts) -> list[_Group] | None:
    """The prices of a one-line message split into groups by the single words between them
    ("5.668 afojusun 5.579, 5.484 idaduro 5.83": three groups), or None when the line is not
    so written: another line, a question, more than two words before the first price, two or
    more words or other marks (brackets, colons, percentages) between prices, anything but
    blanked parts (the symbol, the leverage) after the last. Three groups at least: the entry,
    the targets and the stop."""
    clean = read.clean
    nums = read.numbers
    if len(nums) < 3 or "\n" in clean.strip() or "?" in clean:
        return None
    if len(_LINE_WORDS.findall(clean, 0, nums[0].start)) > 2:
        return None
    gaps = [clean[a.end : b.start] for a, b in pairwise(nums)]
    # a sentence whose clauses a comma opens or closes ("…, malengo 0.53 na 0.55, hasara 0.49",
    # "25.571 पर लॉन्ग, 25.844 और 26.545 टारगेट, 25.034 स्टॉप लॉस"): each clause's prices are
    # one group, whatever words stand around them ("na", "ati", "और": and), and words may end
    # the line
    # (not beside a side word the lexicon knows: "BTC long 63450 was great, now 64200 and 65000
    # next, support 62800" is talk about a trade, told in clauses)
    clauses = any("," in gap and _LINE_WORDS.search(gap) for gap in gaps) and not any(
        lab.kind in ("long", "short") for lab in read.labels
    )
    tail = clean[nums[-1].end :]
    if tail.strip(_GROUP_SEPARATORS + ".") and not (clauses and not _DIGIT_IN.search(tail)):
        return None
    groups = [_Group("", [nums[0].value], clean[nums[0].start : nums[0].end])]
    for gap, b in zip(gaps, nums[1:], strict=True):
        words = _LINE_WORDS.findall(gap)
        if clauses and ("," not in gap or not words):
            joined = True
        elif clauses:
            groups.append(_Group(words[-1], [b.value], clean[b.start : b.end]))
            continue
        else:
            joined = not words and not gap.strip(_GROUP_SEPARATORS)
        if joined:
            last = groups[-1]
            text = last.text + gap + clean[b.start : b.end]
            groups[-1] = _Group(last.marker, [*last.values, b.value], text)
        elif len(words) == 1 and gap.strip(_GROUP_SEPARATORS) == words[0]:
            groups.append(_Group(words[0], [b.value], clean[b.start : b.end]))
        else:
            return None
    values = sorted(v for g in groups for v in g.values)
    middle = values[len(values) // 2]
    if len(groups) < 3 or not (values[0] >= 0.5 * middle and values[-1] <= 2 * middle):
        return None  # not one signal's levels
    return groups


def read_by_geometry(
    read: MessageParts,
    found: dict[str, list[Section]],
    entries: list[float],
    side: Side | None = None,
    stop: float | None = None,
) -> tuple[list[float], list[float], float | None, Side, str] | str | None:
    """A signal read from where its price lines stand, for a message whose target and stop
    labels no lexicon knows (icons, other scripts). The first line of one or two prices is
    the entry (unless a known label gave it).

    With no side word: exactly one line of two or more prices, all on one side of the entry
    and moving away from it in the written order, is the targets and tells the side; exactly
    one line of one price on the other side is the stop. With a side word (``side``): exactly
    one line wholly on its profit side, moving away from the entry, is the targets (one price
    is enough), and at most one line of one price on its loss side the stop (none when a stop
    label gave it, ``stop``).

    Returns (entries, targets, stop, side, entry kind); a reason naming the lines when they
    do not fit that reading (with no side word, one target and one stop: which is which?);
    None when the message is not a layout of price lines.

    A message of one line whose prices are split by single words no lexicon knows ("NEAR TA
    5.668 afojusun 5.579, 5.484 idaduro 5.83 x20") is read the same way, its groups of prices
    standing for the lines — only with an entry, a targets group and a stop group."""
    groups = _price_lines(read, found)
    if groups is None and not entries and stop is None:
        groups = one_line_groups(read)
    # only a layout that holds what a signal needs: the entry (unless known), a target line
    # and (with no side word) a stop line, all of one signal's order of magnitude (within ×2
    # of their middle)
    needed = (1 if entries else 2) + (side is None)
    if not groups:
        return None
    values = sorted(v for g in groups for v in g.values)
    middle = values[len(values) // 2]
    if not (values[0] >= 0.5 * middle and values[-1] <= 2 * middle):
        return None
    if len(groups) < needed:
        if side is None and not entries and len(values) >= 3:
            if "evel" in read.text and _KEY_LEVELS.search(read.text):
                return None  # "Key levels #ARB 🔑 / 🟢 a / 🟢 b / 🔴 c / 🔴 d": chart levels
            if values == [float(i) for i in range(1, len(values) + 1)]:
                return None  # "🔹1 BTC" / "🔹2 SOL" / "🔹3 ARB": a list's numbers, no prices
            # "➤ a" / "➤ b" / "➤ c" / "➤ d": a signal's prices under one marker, no side
            return (
                f"Prices on lines under one marker (“{groups[0].marker}”) and no side word: "
                "which are the entry, the targets and the stop is not clear. Check it."
            )
        return None
    entry_kind = ""
    if not entries:
        first, groups = groups[0], groups[1:]
        if len(first.values) > 2:
            return (
                f"The line “{first.marker}” holds {len(first.values)} prices: which are the "
                "entry is not clear. Check it."
            )
        entries = list(first.values)
        if len(entries) == 2 and RANGE_SEPARATOR.search(first.text):
            entries, entry_kind = sorted(entries), "range"
        else:
            entry_kind = "single" if len(entries) == 1 else "multiple"
    lo, hi = min(entries), max(entries)
    least = 1 if side is not None else 2  # without a side word, one price tells nothing
    up = [
        g
        for g in groups
        if len(g.values) >= least
        and g.values[0] > hi
        and all(a < b for a, b in pairwise(g.values))
        and side is not Side.SHORT
    ]
    down = [
        g
        for g in groups
        if len(g.values) >= least
        and g.values[0] < lo
        and all(a > b for a, b in pairwise(g.values))
        and side is not Side.LONG
    ]
    named = ", ".join(f"“{g.marker}”" for g in groups[:4])
    if len(up) + len(down) != 1:
        if side is None:
            return (
                f"Prices on lines no label explains ({named}) and no side word: which line is "
                "the targets and which the stop is not clear. Check it."
            )
        return (
            f"Prices on lines no label explains ({named}): which line is the targets is not "
            "clear. Check it."
        )
    side = Side.LONG if up else Side.SHORT
    target = (up or down)[0]
    loss = [
        g
        for g in groups
        if g is not target
        and len(g.values) == 1
        and (g.values[0] < lo if side is Side.LONG else g.values[0] > hi)
    ]
    left = [g for g in groups if g is not target and g not in loss]
    wanted = 0 if stop is not None else (1 if least == 2 else len(loss[:1]))
    if len(loss) != wanted or left:
        unplaced = (left or loss)[0] if (left or loss) else target
        return (
            f"The line “{unplaced.marker}” holds prices the lines' positions do not place "
            "(no label tells them): check it."
        )
    if loss:
        stop = loss[0].values[0]
    return entries, target.values, stop, side, entry_kind
