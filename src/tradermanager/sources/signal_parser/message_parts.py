"""The parts found in one message before they are judged (symbol, leverage, labels, numbers,
with what is no price blanked) and its sections: each label's numbers and text, tidied by
the rules that hold for every layout."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from tradermanager.sources.signal_parser import numbers, sections
from tradermanager.sources.signal_parser.indicator_readouts import may_hold_readouts, readout_spans
from tradermanager.sources.signal_parser.later_buys import later_buys_only
from tradermanager.sources.signal_parser.leverage import read_confidence, read_leverage
from tradermanager.sources.signal_parser.lexicon import RANGE_WORDS
from tradermanager.sources.signal_parser.literal_first import by_first_character, holds_any
from tradermanager.sources.signal_parser.model import MAX_LEVEL_INDEX, ParsedMessage
from tradermanager.sources.signal_parser.noted_numbers import (
    chart_references,
    list_counts,
    market_price_notes,
    order_sizes,
    position_splits,
    sentence_references,
    shares_after_prices,
    size_fields,
)
from tradermanager.sources.signal_parser.ratio_words import names_ratio, ratio_spans
from tradermanager.sources.signal_parser.symbols import (
    bare_upper_token,
    find_symbol,
    market_context,
    rival_bare_coin,
)
from tradermanager.sources.signal_parser.topic_tags import leverage_topic_tags
from tradermanager.sources.signal_parser.unlisted_coins import (
    field_value,
    listed_rival,
    no_coin_word,
    unlisted,
)

MAX_TEXT = 10_000  # the longest message text read; a longer one is cut
# "a - b" is a range, but not "6.215 - 50.0%": a price, then its share of the order
RANGE_SEPARATOR = re.compile(
    r"\d[kK]?\$?[^\S\n]*(?:-+>|=>|⟶|-|–|—|_|(?:(?:up|down)[^\S\n]+)?to|~|до|a|→|➡\ufe0f?|➖|…|\.{2,3}"
    r"|" + RANGE_WORDS + ")"
    r"[^\S\n]*\$?\.?\d"
    r"(?![\d.,]*\s?%)",
    re.I,
)  # "0.7337$ - 0.7278$": a dollar sign after a price as before it; "3.63k - 3.616k"; an arrow
# or an ellipsis between two entries ("0.1774 → 0.1753", "0.495 -> 0.4922", "2.37 ➡️ 2.36",
# "5.694 => 5.654", "0.172 ... 0.170"), and
# the heavy minus sign ("87.08 ➖ 87.78"); "from 0.512 down to 0.505", "from 5.70 up to 5.785";
# other languages' "to" (lexicon.RANGE_WORDS: "0.5272 تا 0.5249", "147.5 bis 148.2")
ZONE_WORD = re.compile(r"zone|range|between|area", re.I)
# a risk/reward ratio in brackets, between a label and its price: only the brackets are no
# price ("TP1 (R:R 1:1.3): 0.4497"), not the rest of the line as for a ratio's own line
# a ratio cut short to its letters, its figure after it on its line ("RR = 2.4", "RRR 2.1",
# "RR 1:3"): not inside a word ("current"), and only with a digit (a text without one is left
# to the early ends, which never blank a ratio)
_RR_WORD = re.compile(r"(?<![a-z])rrr?(?![a-z])[^\S\n]*[:=]?[^\S\n]*\d")


def _short_ratio(lower: str) -> bool:
    """Whether ``lower`` writes a risk/reward ratio as "RR" or "RRR" before its figure."""
    return "rr" in lower and _RR_WORD.search(lower) is not None


_BRACKET_RATIO = re.compile(
    r"[(\[][^\S\n]*(?:(?:r[^\S\n]*[:/][^\S\n]*r|rrr?|risk[\s/\-–]*(?:to[\s\-–]*)?reward)"
    r"[^\S\n]*[:=]?[^\S\n]*(?:1[^\S\n]*:[^\S\n]*)?\d+(?:[.,]\d+)?"
    r"|1[^\S\n]*:[^\S\n]*\d+(?:[.,]\d+)?)[^\S\n]*[)\]]",
    re.I,
)
_PREAMBLE = sections.Label("preamble", 0, 0, "", None)
PRICE_LABELS = ("entry", "target", "stop")
_START = itemgetter(1)  # a Label's start
# the words of a size field ("Size: 0.5", "Qty: 250"), looked for before its pattern runs
SIZE_WORDS = ("size", "qty", "quantity", "amount")
# What the source line and the links below hold: the quick test for them
SOURCE_HINTS = (
    *("forwarded from", "fwd:", "http", "t.me/", "www."),
    *(".com/", ".io/", ".net/", ".org/"),
)
# The line naming where a post was forwarded from ("Forwarded from …", a line opening with
# "Fwd:"), and links (its quick test: "forwarded from", "fwd:", "http", "t.me/" or "www." in
# the lower-cased text).
_SOURCE = re.compile(
    r"forwarded from[^\n]*|(?:^|(?<=\n))[^\S\n]*fwd:[^\n]*|(?:https?://|www\.|t\.me/)\S+"
    r"|(?<![\w.@])[a-z][\w-]*\.(?:com|io|net|org)/\S*"  # "tradingview.com/x/…"
)
# A count of people, calls or trades is no price: "53K members", "12,400 subscribers", "Last 10
# calls", "(24 trades)" (its quick test: one of those words in the lower-cased text).
_HEADCOUNT = re.compile(
    r"\d[\d.,]*[^\S\n]?[km]?[^\S\n]*\+?[^\S\n]*"
    r"(?:members|followers|subscribers|users|traders|calls|trades|signals|views)(?![^\W\d_])"
)
# A count is no price: "Signals agree: 4 of 5", "3 out of 4 confirmations", "3 de 4", nor a day
# of a month: "Signal 24 of December" (its quick test: " of ", " из " or " de " in the
# lower-cased text).
_COUNT_OF = re.compile(
    r"(?<![\w.,])\d{1,3}(?:st|nd|rd|th)?[^\S\n]+(?:out[^\S\n]+)?(?:of|из|de)[^\S\n]+"
    r"(?:\d{1,3}(?![\w.,])|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?![\w]))"
)
# A distance is no price: "+484 pts", "(−450 points)", "+45 pips", "919 ticks", "Δ 120" (its
# quick test: "pts", "point", "pip", "tick" or "Δ" in the lower-cased text).
_DISTANCE = re.compile(
    r"(?<![\w.,])\d[\d,.]*[^\S\n]*(?:pts|points?|pips?|ticks?)(?![\w])|Δ[^\S\n]*[+\-−]?\d[\d,.]*"
)


def _counts_over(text: str) -> list[tuple[int, int]]:
    """Counts and scores written over a small whole number ("Onay: 3/4", "8/10", "61/100"):
    no prices. (A loop over the slashes: a text holds few, mostly a pair's "BTC/USDT".)"""
    out = []
    at = text.find("/")
    while at > 0:
        a = at
        while a > 0 and text[a - 1].isdigit():
            a -= 1
        b = at + 1
        while b < len(text) and text[b].isdigit():
            b += 1
        if (
            0 < at - a <= 3
            and 0 < b - at - 1 <= 3
            and (a == 0 or (text[a - 1] not in ".,/" and not text[a - 1].isalnum()))
            and (b == len(text) or (text[b] not in ".,/%" and not text[b].isalnum()))
        ):
            over = int(text[at + 1 : b])
            if (1 < over <= 10 or over == 100) and int(text[a:at]) <= over:
                out.append((a, b))
        at = text.find("/", b)
    return out


# A date is no price: "14/7/2026", "2026-12-05" (a footer, a post's time). Its quick test:
# "/20", "-0" or "-1" stands in every text it matches.
_DATE = re.compile(r"(?<![\d.,/])(?:\d{1,2}/\d{1,2}/20\d\d|20\d\d-[01]?\d-[0-3]?\d)(?![\d.,/])")

# A day written with its month's name, either order ("17 April", "3 Sept", "June 15th", "Jan
# 18"): a date in a story, no price. ("may" is a verb before a number: only after one.)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WORDED_DATE = re.compile(
    r"(?<![\w.,$])[0-3]?\d(?:st|nd|rd|th)?[^\S\n]+(?:" + _MONTHS + r"|may)(?![^\W\d_])"
    # the American order with its year after a comma ("Dec 13, 2026"), the year with it
    r"|(?<![^\W\d_])(?:"
    + _MONTHS
    + r")\.?[^\S\n]+[0-3]?\d(?:st|nd|rd|th)?,[^\S\n]*20\d\d(?![\w.,])"
    r"|(?<![^\W\d_])(?:" + _MONTHS + r")\.?[^\S\n]+[0-3]?\d(?:st|nd|rd|th)?"
    r"(?![\w.,]|[^\S\n]*[-–]\d)"
    # a month with its year and no day ("Timeline: July 2025", "by March 2026")
    r"|(?<![^\W\d_])(?:" + _MONTHS + r")\.?[^\S\n]+20\d\d(?![\w.,])"
)
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_HINT = re.compile(by_first_character(_MONTH_STEMS))
# What every match of _WORDED_DATE holds: a digit (a day's ordinal after it perhaps), a space and
# a month's first letters, or a month's letters (a point after them perhaps), a space and a
# digit. Searched after the month's hint (one text in ten holds a month's letters, as in
# "march", "october"), it spares the pattern above, whose look-behinds are tried at every
# position, the texts where no number stands beside them.
_DATE_SHAPE = re.compile(
    r"\d(?:st|nd|rd|th)?[^\S\n]+(?:" + "|".join(_MONTH_STEMS) + r")"
    r"|(?:" + "|".join(_MONTH_STEMS) + r")[a-z]*\.?[^\S\n]+\d"
)
_DIGIT = re.compile(r"\d")


def worded_dates(lower: str) -> list[tuple[int, int]]:
    """Spans of the dates written with a month's name (its quick test: a month's first
    letters in the text; the caller's: a digit)."""
    if _MONTH_HINT.search(lower) is None or _DATE_SHAPE.search(lower) is None:
        return []
    return [m.span() for m in _WORDED_DATE.finditer(lower)]


# A day and month without the year before a clock time ("04/12 14:00 UTC", "(10/12 09:00)"):
# a post's time, no pair of prices. The pattern opens with the "/" (a literal the regex engine
# skips ahead to); the day before it is found by stepping back over its digits.
_DAY_MONTH_CLOCK = re.compile(r"/[01]?\d[^\S\n]+[0-2]?\d:[0-5]\d(?![\d.,])")
# the same with a dot, "24.04 00:30", "05.06 13:15": only a two-digit day (01-31) and month
# (01-12) before a clock time — a price with a time after it is written otherwise
_DOTTED_DAY_MONTH_CLOCK = re.compile(r"\.(?:0[1-9]|1[0-2])[^\S\n]+[0-2]?\d:[0-5]\d(?![\d.,])")
# A post's or signal's id ("ID: 32112", "Signal ID 4821", "| ID #48213"): no price. Opens with
# the literal "id"; a word ending in it ("valid", "paid") is none.
# a number before a bracketed target label repeating it: "Realizare Profit 1 (TP1)", "Výběr
# zisku 2 (TP2)", "Chốt lời 1 (TP 1)" — the label's ordinal, no price
_ORDINAL_BEFORE_TP = re.compile(r"(?<![\d.,])(\d{1,2})(?=[^\S\n]*\(tp[^\S\n]?\1\))")
# a numbered step of a plan ("Step 3 — place your long at 148.2", "step 2:")
_STEP_NUMBER = re.compile(r"(?<![\w])step[^\S\n]*#?(\d{1,2})(?![\d.,]?\d)")
# a target named by its number in a rule of the plan ("stop to entry after target 1", "once TP2
# is hit"): the target's ordinal, no price
_AFTER_TARGET = re.compile(
    r"(?<![\w])(?:after|once|until|till|when)[^\S\n]+(?:the[^\S\n]+)?(?:target|tp)[^\S\n]*#?"
    r"(\d{1,2})(?![\d.,]?\d)"
)
_AFTER_TARGET_HINTS = ("after ", "once ", "until ", "till ", "when ")
_POST_ID = re.compile(r"id(?<![^\W\d_]id)[^\S\n]*[:#№]?[^\S\n]*\d{2,}(?![\d.,])")
# a post's number after "No." / "Nr." / "№" ("Trade No. 208", "Call Nr 12", "Signal № 0421"):
# no price (a "#" or "№" against the digits already makes none)
# and a newsletter's or a series' issue ("issue 47", "Edition 12", "Vol. 3", "Episode 8")
_POST_NUMBER = re.compile(
    r"(?<![^\W\d_])(?:no\.|nr\.?|№|issue|edition|vol\.|episode|ep\.)[^\S\n]*#?\d{1,6}"
    r"(?![\d.,]?\d)"
)


def _day_month_clocks(body: str) -> list[tuple[int, int]]:
    out = []
    for m in _DOTTED_DAY_MONTH_CLOCK.finditer(body):
        at = m.start()
        day = body[at - 2 : at]
        if (
            at >= 2
            and day.isdigit()
            and 1 <= int(day) <= 31
            and (at == 2 or body[at - 3] not in "./,0123456789")
        ):
            out.append((at - 2, m.end()))
    if "/" not in body:
        return out
    for m in _DAY_MONTH_CLOCK.finditer(body):
        at = m.start()
        start = at
        while start > 0 and body[start - 1].isdigit() and at - start < 2:
            start -= 1
        if at - start in (1, 2) and (start == 0 or body[start - 1] not in "./,0123456789"):
            out.append((start, m.end()))
    return out


def price_text(value: float) -> str:
    """A price as a reason for review shows it ("63,450", "0.00000812")."""
    return f"{value:,.10g}"


def _number_notes(body: str, lower: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of the numbers that are no prices: dates, ids, counts, distances, notes beside
    a price, shares, ratios in brackets (every one needs a digit: the caller asks only of a
    text holding one); and the bracketed ratios among them."""
    out: list[tuple[int, int]] = []
    bracketed: list[tuple[int, int]] = []
    if "/20" in body or "-0" in body or "-1" in body:
        out += [m.span() for m in _DATE.finditer(body)]
    if ":" in body and ("/" in body or "." in body):
        out += _day_month_clocks(body)
    out += worded_dates(lower)  # "ETH topped on 17 April": a date, no price
    if "id" in lower:
        out += [m.span() for m in _POST_ID.finditer(lower)]
    if "step" in lower:  # "Step 3 — place your long at 148.2": a step's number
        out += [m.span(1) for m in _STEP_NUMBER.finditer(lower)]
    if ("target" in lower or "tp" in lower) and any(h in lower for h in _AFTER_TARGET_HINTS):
        out += [m.span(1) for m in _AFTER_TARGET.finditer(lower)]
    if (
        "no." in lower
        or "nr" in lower
        or "№" in lower
        or "issue" in lower
        or "edition" in lower
        or "vol." in lower
        or "episode" in lower
        or "ep." in lower
    ):
        out += [m.span() for m in _POST_NUMBER.finditer(lower)]
    if (
        "member" in lower
        or "follower" in lower
        or "subscriber" in lower
        or "user" in lower
        or "calls" in lower
        or "trades" in lower
        or "signals" in lower
        or "views" in lower  # a post's view count, "20.1K views" (an export's footer)
    ):
        out += [m.span() for m in _HEADCOUNT.finditer(lower)]
    if "pts" in lower or "point" in lower or "pip" in lower or "tick" in lower or "Δ" in body:
        out += [m.span() for m in _DISTANCE.finditer(body)]
    if (
        "now" in lower
        or "cmp" in lower
        or "current" in lower
        or "mark" in lower
        or ("price" in lower and ("last" in lower or "spot" in lower))
    ):  # "Entry: 148.2 (CMP 149.1)": the market's price beside the entry is no level
        out += market_price_notes(lower)
    if "(" in lower and (
        "the " in lower
        or "close" in lower
        or "retest" in lower
        or "break" in lower
        or "reclaim" in lower
        or "support" in lower
        or "resistance" in lower
    ):  # "Entry: 148.2 (retest of the 147.9 breakout)": a chart reference, no level
        out += chart_references(lower)
    if "the " in lower and ("\n" in lower or ". " in lower):
        # "… the 0.7191 area held twice." above a card: a place on the chart, no level
        out += sentence_references(lower)
    if ("/" in lower or "-" in lower or "–" in lower) and (
        "split" in lower
        or "alloc" in lower
        or "close" in lower
        or "scale" in lower
        or "distribut" in lower
        or "ratio" in lower
        or "weight" in lower
    ):  # "TP split: 50/30/20": shares of the position, no prices
        out += position_splits(lower)
    if "/" in lower and ("—" in lower or "–" in lower or "(" in lower):
        out += shares_after_prices(lower)  # "0.3148 & 0.3167 — 60/40"
    if " of " in lower or " из " in lower or " de " in lower:
        out += [m.span() for m in _COUNT_OF.finditer(lower)]
    if "/" in body:
        out += _counts_over(body)
    if "(tp" in lower:  # "Výběr zisku 1 (TP1): 0.0014146": the label's own number
        out += [m.span() for m in _ORDINAL_BEFORE_TP.finditer(lower)]
    if ("(" in body or "[" in body) and (
        "rr" in lower or "r:r" in lower or "r/r" in lower or "(1:" in body or "[1:" in body
    ):  # "TP1 (R:R 1:1.3): 0.4497", "TP2 (RR 2.4) → 0.55", "Target 3 [1:3.2] 0.58"
        bracketed = [m.span() for m in _BRACKET_RATIO.finditer(body)]
        out += bracketed
    return out, bracketed


class MessageParts:
    """The parts found in one message, before they are judged."""

    def __init__(self, text: str, reference: float | None, decimal: str | None = None) -> None:
        self.text = text
        low = text.lower()
        self.low = low  # the text lower-cased, and the same with every position kept
        lower = low if len(low) == len(text) else numbers.lowered(text)
        self.lower = lower
        trailing = sections.TRAILING.search(text) if "trailing" in lower else None
        body = text
        if trailing:
            body = sections.blank_spans(text, [trailing.span()])
            lower = sections.blank_spans(lower, [trailing.span()])
        if holds_any(lower, SOURCE_HINTS):
            # a source's name ("Forwarded from Whale Calls 100x") and links hold no levels
            sources = [m.span() for m in _SOURCE.finditer(lower)]
            if sources:
                body = sections.blank_spans(body, sources)
                lower = numbers.lowered(body)
        self.symbol = find_symbol(body, lower)
        self.rival: str | None = None  # another coin beside one read as a bare word
        excluded: list[tuple[int, int]] = list(self.symbol.spans) if self.symbol else []
        # the count of a list in its label ("Entries (2):", "Targets x4:") is no price, nor
        # a leverage
        counts = list_counts(lower)
        if "$" in lower or "usd" in lower or "×" in lower:
            # an order's size beside its price ("35.2 — 100 USDT", "Buy 35.2 × $200")
            counts += order_sizes(lower, self.symbol.market.token.lower() if self.symbol else None)
        if holds_any(lower, SIZE_WORDS):
            counts += size_fields(lower)  # "… TP: 152.3 Size: 0.5": coins, no price
        if counts:
            body = sections.blank_spans(body, counts)
            lower = sections.blank_spans(lower, counts)
        if "#" in body and (tags := leverage_topic_tags(body)):
            body = sections.blank_spans(body, tags)  # "#Altseason #50x #Gem": topic tags
            lower = sections.blank_spans(lower, tags)
        self.leverage, self.margin = read_leverage(body, lower, excluded)
        self.confidence = read_confidence(body, lower, excluded)  # (its hints looked for first)
        bracketed: list[tuple[int, int]] = []
        if _DIGIT.search(body) is not None:
            notes, bracketed = _number_notes(body, lower)
            excluded += notes
        if "r:r" in lower or "r/r" in lower or "reward" in lower or _short_ratio(lower):
            excluded += [
                m.span()
                for m in sections.RATIO.finditer(body)
                if not bracketed or not numbers.inside(m.start(), bracketed)
            ]
        if ("1:" in lower or "1 :" in lower or "১" in lower or "1：" in lower) and names_ratio(
            lower
        ):
            excluded += ratio_spans(lower)  # "Raport risc/recompensă: 1 : 3", "盈亏比：1:3"
        # what is not a price (the symbol, leverage, a ratio) is blanked once, keeping every
        # position, instead of being checked against at every label and number
        if excluded:
            body = sections.blank_spans(body, excluded)
            lower = numbers.lowered(body)
        self.labels = sections.labels(body, None, lower)
        if (self.symbol is None or self.symbol.how == "topic") and any(
            lab.kind in PRICE_LABELS for lab in self.labels
        ):
            # labelled prices but no symbol pattern: the first upper-case word ("SOL 150 TP …"),
            # before a topic tag ("#crypto #signals" under the levels)
            found = bare_upper_token(
                body,
                text,
                market_context(self.lower),
                [(lab.start, lab.end) for lab in self.labels],
            )
            if found is not None:
                self.rival = rival_bare_coin(body, text, found)
                self.symbol = found
                body = sections.blank_spans(body, list(self.symbol.spans))
                lower = numbers.lowered(body)
        if (
            self.symbol is not None
            and self.symbol.how == "bare"
            and self.rival is None
            and unlisted(self.symbol)
        ):  # "SHORT SUR APT À 8,853": SUR, no listed coin, beside APT
            if no_coin_word(text, self.symbol) or (
                self.labels
                and self.labels[0].start < text.rfind("\n", 0, self.symbol.spans[0][0])
                and field_value(text, self.symbol)
            ):  # ("Паттерн: WEDGE" under "Направление: ШОРТ": a field's value)
                self.symbol = None  # "ENTRY ZONES:", "US$ 0,0081": no coin named
            else:
                self.rival = listed_rival(text, text, self.symbol)
        if may_hold_readouts(lower) and (readouts := readout_spans(lower)):
            # "… @ 151.12 | RSI 21.9 | TP …", "Trend ✅ 0.80 | Momentum ✅ 0.61": no levels
            body = sections.blank_spans(body, readouts)
            lower = numbers.lowered(body)
        self.clean = body
        self._in_order: list[sections.Label] | None = None
        self._foreign: list[sections.Label] | None = None
        # the follow-up reading of these parts, once read: (its result,)
        self.follow_up: tuple[ParsedMessage | None] | None = None
        self.numbers = numbers.merge_thousands(
            body, numbers.scan(body, None, decimal, self.lower), reference
        )

    @property
    def foreign(self) -> list[sections.Label]:
        """The line labels no lexicon knows ("Ingresso:"), found when a check first asks (a
        message ended early as talk never does). (Not a functools.cached_property: before
        Python 3.12 it takes a lock on every first read.)"""
        found = self._foreign
        if found is None:
            found = self._foreign = sections.foreign_labels(self.clean, self.labels)
        return found

    def labels_in_order(self) -> list[sections.Label]:
        """The labels and the line labels no lexicon knows, in text order: sorted once, for
        the sections and each check that walks the labels."""
        ordered = self._in_order
        if ordered is None:
            ordered = (
                sorted(self.labels + self.foreign, key=_START) if self.foreign else self.labels
            )
            self._in_order = ordered
        return ordered

    def price_after(self, label: re.Pattern[str]) -> float | None:
        """The one price written right after ``label``'s only match in the lower-cased text
        ("Closed at: 13.91", "@ 151.2"), else None: a notice's price on its own label."""
        found = list(label.finditer(self.low))
        if len(found) != 1:
            return None
        at = [n.value for n in self.numbers if n.start == found[0].end()]
        return at[0] if len(at) == 1 else None


def section_numbers(
    read: MessageParts,
) -> dict[str, list[tuple[sections.Label, list[numbers.Number], str]]]:
    """For each label kind, the (label, numbers, section text) of every section."""
    labels = read.labels_in_order()
    nums = read.numbers
    clean = read.clean
    starts = [n.start for n in nums]  # in order: numbers are read left to right
    size = len(clean)
    first = labels[0].start if labels else size
    i = bisect_left(starts, first)
    out: dict[str, list[tuple[sections.Label, list[numbers.Number], str]]] = {
        "preamble": [(_PREAMBLE, nums[:i], clean[:first])]
    }
    ends = [lab.start for lab in labels[1:]]
    ends.append(size)
    for lab, end in zip(labels, ends, strict=False):  # no labels: ends = [size]
        lab_end = lab.end
        k = bisect_left(starts, lab_end)  # a number inside a label ("TP1") is not the section's
        if k > i:
            i = k
        j = bisect_left(starts, end)
        if j < i:
            j = i
        section = (lab, nums[i:j], clean[lab_end:end])
        kind = lab.kind
        if kind in out:
            out[kind].append(section)
        else:
            out[kind] = [section]
        i = j
    return out


Section = tuple[sections.Label, list[numbers.Number], str]
# Entry labels that only suggest a price ("from 5M", "wall at"): they give way to a real one.
_AVERAGE = re.compile(r"(?:avg\.?|average|mean)[^\S\n]*$", re.I)
# ... or after it ("Mức Nhập Trung Bình (ước tính):", Vietnamese: the average entry, estimated)
_AVERAGE_AFTER = re.compile(r"[^\S\n]*(?:avg\.?|average|trung[^\S\n]*bình)", re.I)
WEAK_ENTRY_WORDS = frozenset(["price", "harga", "from", "around", "@", "👉", "💵"])


_NOTE_THEN_COLON = re.compile(r" \([^)\n]{0,24}\)[^\S\n]*[:=]")


# A whole number after a label and a dash before the next price ("ENTRY 2 - 1.15", "ENTRY 10 -
# 9.9") within this share of that price: the two ends of a range, never an ordinal and its price
_RANGE_SPREAD = 0.1
UNSURE_ORDINAL = (
    "A whole number, a dash and a price after “{word}”: the level's number or a range? Check it."
)


def _dash_ordinal(section: Section, text: str) -> int | None:
    """The whole number of 1-2 digits a section opens with when a dash and another number
    follow it, one space after its label ("ENTRY 2 - 1.15", "ENTRY 10 - 9.9"): an ordinal or
    the first end of a range, as the rest of the card tells."""
    lab, nums, _ = section
    if len(nums) < 2 or text[lab.end : lab.end + 1] != " ":
        return None
    first = nums[0]
    if (
        first.start != lab.end + 1
        or first.end - first.start > 2
        or not text[first.start : first.end].isdigit()
        or text[first.end : first.end + 2] not in (" -", " –", " —")
    ):
        return None
    return int(first.value)


def _ordinal_run(secs: list[Section], text: str) -> bool:
    """Whether the sections open with the ordinals 1, 2, … in order ("ENTRY 1 - 1.20" over
    "ENTRY 2 - 1.15"): a ladder of numbered levels, each number the level's."""
    if len(secs) < 2:
        return False
    return all(_dash_ordinal(sec, text) == k for k, sec in enumerate(secs, 1))


def _spaced_ordinal(section: Section, text: str) -> int | None:
    """The whole number of 1-2 digits a section opens with, one space after its label and one
    space before a price with decimals ("Take Profit 1 151.05"), else None."""
    lab, nums, _ = section
    if len(nums) < 2 or text[lab.end : lab.end + 1] != " ":
        return None
    first, second = nums[0], nums[1]
    if (
        first.start != lab.end + 1
        or first.end - first.start > 2
        or not text[first.start : first.end].isdigit()
        or second.start != first.end + 1
        or text[first.end] != " "
        or text[second.start : second.end].isdigit()
    ):
        return None
    return int(first.value)


def _spaced_ordinal_run(secs: list[Section], text: str) -> bool:
    """Whether the sections open with the ordinals 1, 2, … in order, each a space before its
    price ("Take Profit 1 151.05" over "Take Profit 2 148.17"): numbered levels, not a thousands
    group ("1 151.05") — one such section alone ("Cele 3 720,58") stays a price."""
    if len(secs) < 2:
        return False
    return all(_spaced_ordinal(sec, text) == k for k, sec in enumerate(secs, 1))


def _dash_index(section: Section, text: str, run: bool) -> bool | None:
    """Whether the number before a dash ("ENTRY 2 - 1.15") is the level's number: yes in a
    run of numbered levels or far from the price after the dash (no range spans ×2); no
    beyond any level's number, before a whole number under ×20 of it, or within
    :data:`_RANGE_SPREAD` of the price after the dash ("ENTRY 10 - 9.9": a range); None when
    it could be either ("ENTRY 1 - 1.20" alone)."""
    lab, nums, _ = section
    first, second = nums[0].value, nums[1].value
    if ZONE_WORD.search(lab.word) or not 0 < first <= MAX_LEVEL_INDEX:
        return False
    if text[nums[1].start : nums[1].end].isdigit() and second <= 20 * first:
        return False  # "Entry 10 - 12": two prices
    if run:
        return True
    if abs(first / second - 1) <= _RANGE_SPREAD:
        return False
    if not 0.5 <= first / second <= 2:
        return True
    return None


# an arrow after a label's number: "DCA 2 → 8.972", "TP 3 ➜ 0.5123" (the number, then its price)
_ARROWS_AFTER_INDEX = ("→", "➜", "⇒")


def _is_index(section: Section, text: str, all_numbers: list[numbers.Number]) -> bool:
    """The section's first number is a label's index, not a price: a 1-2 digit integer right
    after the label ("entry 2)", "after target 2"), ending its phrase, and beyond ×2 from the
    message's other prices (the levels of one signal lie closer together than that) or, when
    every other price is written with decimals, whatever its size (but a lone integer among
    the prices is a price)."""
    lab, nums, _ = section
    first = nums[0]
    if first.start - lab.end > 1 or not text[first.start : first.end].isdigit():
        return False
    follows = text[first.end : first.end + 2]
    if follows[:1] in (" ", "\t"):
        after = text[first.end : first.end + 12].lstrip(" \t")
        if not after or after[0] == "\n":
            follows = after[:2]  # "after target 2  " with spaces before the line's end
    if first.end - first.start > 2:
        return False
    if (
        follows[:1] not in ("", ",", ")", "\n", ":")
        and not (follows == " (" and (len(nums) > 1 or _NOTE_THEN_COLON.match(text, first.end)))
        and follows.lstrip(" ")[:1] not in _ARROWS_AFTER_INDEX
    ):
        return False  # "Entry 1 (40%): 0.99", "Entry 2 (DCA):": an ordinal, a note, the price
    if (
        follows[:1] == "\n"
        and len(nums) > 1
        and text[lab.end : first.start] in ("", " ")
        and text.count("\n", first.end, nums[1].start) == 1
        and not text[nums[1].start : nums[1].end].isdigit()
    ):
        return True  # "Take Profit 1" on its line, the price on the next (a flattened card)
    others = [n for n in all_numbers if n.end - n.start > 2 or not text[n.start : n.end].isdigit()]
    if not others:
        return False
    values = sorted(n.value for n in others)
    middle = values[len(values) // 2]
    near = 0.5 <= first.value / middle <= 2
    if near and first.value >= 10:
        return False  # "tp 40" beside 38.5: ordinals are small, this is a price
    if near and follows[:1] == "," and len(nums) > 1 and nums[1].start - first.end <= 3:
        return False  # "Take Profit 6, 6.125, 6.257": the first of a list of prices near it
    if all(not text[n.start : n.end].isdigit() for n in others):
        # every price has decimals: a bare small integer is an ordinal — unless it is the
        # section's only number and lies among the prices ("TP 38" beside 36.40 / 35.90)
        ends_line = text[first.end : first.end + 1] in ("", "\n")
        return not (near and len(nums) == 1 and ends_line)
    return not near


def tidy_sections(
    found: dict[str, list[Section]], text: str, all_numbers: list[numbers.Number]
) -> str:
    """Rules that hold for every layout, applied to the sections before they are read:
    a numbered target ("TP2:") names one price and a number repeated later ("TP1: … →")
    belongs to a summary; a section that only repeats entries already read is a summary too;
    weak entry words give way to a real entry label; an index is no price. Returns why the
    sections cannot be read safely ("" when they can): a number before a dash that may be a
    level's number or a range's end."""
    unsure = ""
    for kind in ("entry", "target"):
        secs = found.get(kind)
        if not secs:
            continue
        run: bool | None = None  # worked out once, for the first section opening so
        spaced: bool | None = None  # the same for "Take Profit 1 151.05"
        for k, (lab, nums, body) in enumerate(secs):
            if not nums or nums[0].end - nums[0].start > 2:
                continue
            if kind == "target" and _spaced_ordinal(secs[k], text) is not None:
                if spaced is None:
                    spaced = _spaced_ordinal_run(secs, text)
                index: bool | None = spaced or _is_index(secs[k], text, all_numbers)
            elif _dash_ordinal(secs[k], text) is not None:
                if run is None:
                    run = _ordinal_run(secs, text)
                index = _dash_index(secs[k], text, run)
                if index is None:
                    unsure = unsure or UNSURE_ORDINAL.format(word=lab.word)
                    continue
            else:
                index = _is_index(secs[k], text, all_numbers)
            if index:
                secs[k] = (lab, nums[1:], body)
    entry_secs = found.get("entry", [])
    if len(entry_secs) > 1:
        low = text.lower()
        if "avg" in low or "average" in low or "mean" in low or "trung bình" in low:
            averages = [
                s
                for s in entry_secs
                if _AVERAGE.search(text, max(0, s[0].start - 10), s[0].start)
                or _AVERAGE_AFTER.match(text, s[0].end)
            ]
            if averages and len(averages) < len(entry_secs):
                entry_secs = [s for s in entry_secs if s not in averages]  # an average is no order
        strong = [lab for lab, nums, _ in entry_secs if lab.word not in WEAK_ENTRY_WORDS and nums]
        if strong and not (
            entry_secs[0][0].word in WEAK_ENTRY_WORDS and later_buys_only(text, strong)
        ):  # ("BUY NOW @ 0.52" over "2nd buy: 0.50": the weak "@" names the first buy)
            entry_secs = [s for s in entry_secs if s[0].word not in WEAK_ENTRY_WORDS]
        read_values: set[float] = set()
        kept: list[Section] = []
        for lab, nums, body in entry_secs:
            values = {n.value for n in nums}
            if kept and values and values <= read_values:
                continue
            read_values |= values
            kept.append((lab, nums, body))
        found["entry"] = kept
    _split_tp_sl(found)
    targets = found.get("target")
    if targets and not _all_unnumbered(targets):
        seen: set[int] = set()
        kept = []
        for lab, nums, body in targets:
            if lab.number is not None and nums:
                if lab.number in seen:
                    continue
                seen.add(lab.number)
                nums = nums[:1]
            kept.append((lab, nums, body))
        found["target"] = kept
    return unsure


def _all_unnumbered(secs: list[Section]) -> bool:
    """Whether no section's label carries a number (a loop: any() over a generator costs
    more than the test on the usual two or three sections)."""
    for sec in secs:  # noqa: SIM110
        if sec[0].number is not None:
            return False
    return True


_TP_SL = re.compile(
    r"(tp|take[\s\-]*profit|target|sl|stop(?:[\s\-]*loss)?)\s*(?:/|&|•)\s*"
    r"(tp|take[\s\-]*profit|target|sl|stop(?:[\s\-]*loss)?)"
)


def _split_tp_sl(found: dict[str, list[Section]]) -> None:
    """ "TP/SL: 0.518 / 0.5465" (copy-trading notices): one label, two prices — the first
    for the label's first word, the second for the other. Left whole unless it holds two."""
    for kind in ("target", "stop"):
        for k, (lab, nums, body) in enumerate(found.get(kind, ())):
            if (
                len(nums) != 2
                or not ("/" in lab.word or "&" in lab.word or "•" in lab.word)
                or _TP_SL.fullmatch(lab.word) is None
            ):
                continue
            other = "stop" if kind == "target" else "target"
            found[kind][k] = (lab, nums[:1], body)
            found.setdefault(other, []).append(
                (sections.Label(other, lab.start, lab.end, lab.word, None), nums[1:], body)
            )
