"""Numbers a card writes beside its levels that are no price of the signal: the count of a
list in its label ("Entries (2):", "Take profit (5 targets):", "Targets x4:", "5 targets ➜")
and the market's price noted after a limit entry ("Entry: 148.2 (CMP 149.1)", "Entry 148.2 —
now 149.05", "| Mark: 149.1"). Each pattern opens with a character class (a bracket, the
times sign, a digit, a letter of its word) and runs only behind a literal test of its caller.
"""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.crowd_words import crowd_word

# the end of a list's label before its count ("Entries", "Take profit", "SL", "Entry orders")
_LIST_LABEL_END = re.compile(
    r"(?:targets?|tps?|profits?|entries|entry|orders?|levels?|sl|stop|loss|zones?)[^\S\n]*$"
)
# "(2)", "[3]", "(5 targets)" after such a label and before the label's separator
_BRACKET_COUNT = re.compile(
    r"[(\[][^\S\n]*\d{1,2}(?:[^\S\n]+(?:targets?|tps?|entries|orders?|levels?))?[^\S\n]*[)\]]"
    r"(?=[^\S\n]*[:：=➜→»\-–])"
)
# "x4", "×3" after such a label and before its separator ("Targets x4:", "Entry orders x2:");
# with a dash or no separator ("Targets x4 - 82.84 | 81.34 | …"), when the line then holds as
# many prices as the count says
_TIMES_COUNT = re.compile(
    r"[x×](\d{1,2})(?:(?=[^\S\n]*[:：=➜→»])|(?=[^\S\n]+(?:[-–][^\S\n]+)?\$?\d))"
)
_SEPARATOR_AFTER = re.compile(r"[^\S\n]*[:：=➜→»]")
_LINE_PRICE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
# "5 targets ➜", "3 entries:", "2 TPs:" (a count before the list's own word and separator):
# found from the word (a literal the text is searched for), then the count before it
_LIST_WORDS = (" targets", " tps", " take", " entries", " entry orders", " orders")
_LIST_WORD_END = re.compile(
    r"(?:targets|tps|take[\s\-]*profits|entries|entry[^\S\n]+orders|orders)[^\S\n]*[:：=➜→»(]"
)
_COUNT_AT_END = re.compile(r"(?<![\w.,$])\d{1,2}[^\S\n]*$")


def list_counts(lower: str) -> list[tuple[int, int]]:
    """Spans of the counts written in list labels, in the lower-cased text."""
    out: list[tuple[int, int]] = []
    if "(" in lower or "[" in lower:
        for m in _BRACKET_COUNT.finditer(lower):
            if _LIST_LABEL_END.search(lower, max(0, m.start() - 24), m.start()):
                out.append(m.span())
    if " x" in lower or " ×" in lower:
        for m in _TIMES_COUNT.finditer(lower):
            at = m.start()
            if (
                at > 0
                and lower[at - 1] in " \t"
                and _LIST_LABEL_END.search(lower, max(0, at - 24), at)
                and (
                    _SEPARATOR_AFTER.match(lower, m.end())
                    or _prices_to_line_end(lower, m.end()) == int(m.group(1))
                )
            ):
                out.append(m.span())
    for word in _LIST_WORDS:
        at = lower.find(word)
        while at > 0:
            if lower[at - 1].isdigit() and _LIST_WORD_END.match(lower, at + 1):
                count = _COUNT_AT_END.search(lower, max(0, at - 4), at)
                if count is not None:
                    first = count.start()
                    span = (first, first + 1 + lower[first + 1].isdigit())
                    if span not in out:
                        out.append(span)
            at = lower.find(word, at + 1)
    return out


def _prices_to_line_end(lower: str, at: int) -> int:
    """How many numbers the line holds from ``at`` to its end."""
    end = lower.find("\n", at)
    return len(_LINE_PRICE.findall(lower, at, len(lower) if end < 0 else end))


# Words naming the market's price ("CMP", "now", "currently", "price now", "mark (price)",
# "last price" — "last" alone may open a list's last target —, "market price", "spot price",
# "current (price)"), searched for as literals
_NOW_WORDS = (
    "cmp",
    "now",
    "current",
    "mark",
    "price now",
    "last price",
    "market price",
    "spot price",
)
_NOW_WORD = re.compile(
    r"(?:cmp|now|currently|current(?:[^\S\n]+price)?|price[^\S\n]+now|mark(?:[^\S\n]+price)?"
    r"|last[^\S\n]+price"
    r"|market[^\S\n]+price|spot[^\S\n]+price)(?![^\W\d_])"
)
# after that word, its price: "(now at 149.1)", "Mark: 149.1", "(CMP ~0.515)"; on the next
# line when the line was wrapped right after the word ("Entry 8.106 — now" over "8.147")
_NOW_PRICE = re.compile(
    r"(?:[^\S\n]+(?:at|@|is))?[^\S\n]*\n?[^\S\n]*[:=]?[^\S\n]*[~≈]?[^\S\n]*\$?\d[\d,.]*"
    r"(?:[^\S\n]*[)\]])?"
)
_NOTE_OPENERS = "([—–|-·,;/"


def market_price_notes(lower: str) -> list[tuple[int, int]]:
    """Spans of the market's price noted after a price on its line: the word and its price
    after a bracket or a dash, bar or comma that follows a number ("Entry: 148.2 (CMP 149.1)",
    "Entry 148.2 — now 149.05", "Entry: 148.2 | Mark: 149.1"). Not "Entry: Market (now
    0.5231)", whose entry is the market and whose price is read there."""
    out: list[tuple[int, int]] = []
    for word in _NOW_WORDS:
        at = lower.find(word)
        while at >= 0:
            span = _now_note(lower, at)
            if span is not None and span not in out:
                out.append(span)
            at = lower.find(word, at + 1)
    return out


def _now_note(lower: str, at: int) -> tuple[int, int] | None:
    """The span of a market-price note whose word starts at ``at``, or None."""
    if at > 0 and (lower[at - 1].isalnum() or lower[at - 1] == "_"):
        return None  # inside a word ("snow", "bookmark")
    m = _NOW_WORD.match(lower, at)
    if m is None:
        return None
    after = _NOW_PRICE.match(lower, m.end())
    if after is None:
        return None
    k = at
    while k > 0 and lower[k - 1] in " \t":
        k -= 1
    if k == 0 or lower[k - 1] not in _NOTE_OPENERS:
        return None
    k -= 1
    while k > 0 and lower[k - 1] in " \t—–-":
        k -= 1
    if k > 0 and (_after_price(lower, k) or lower[k - 1] in ")]"):
        return (k, after.end())
    return None


def _after_price(lower: str, k: int) -> bool:
    """A price ends right before ``k``: its last digit, or its dollar sign written after it
    ("137.58$ (retest of …)")."""
    if k > 1 and lower[k - 1] == "$":
        k -= 1
    return lower[k - 1].isdigit()


# Whole numbers joined by "/" or "-" ("50/30/20", "25-25-50"): shares of a position when they
# add up to 100 on a line that speaks of splitting it ("TP split:", "Allocation:", "Close … at
# TP1/TP2/TP3", "Scale out", "Distribution", "Ratio", "Weights")
_SHARE_RUN = re.compile(r"\d{1,3}(?:[^\S\n]*[/\-–][^\S\n]*\d{1,3}){1,5}(?![\w.,%])")
_SPLIT_WORDS = ("split", "alloc", "close", "scale", "distribut", "ratio", "weight")


def position_splits(lower: str) -> list[tuple[int, int]]:
    """Spans of shares of a position split over the targets ("TP split: 50/30/20"): no
    prices. Their quick test is one of the split words in the lower-cased text."""
    out: list[tuple[int, int]] = []
    for word in _SPLIT_WORDS:
        at = lower.find(word)
        while at >= 0:
            end = lower.find("\n", at)
            end = len(lower) if end < 0 else end
            for m in _SHARE_RUN.finditer(lower, at, end):
                start = m.start()
                if lower[start - 1].isalnum() or lower[start - 1] in ".,$/-–":
                    continue
                parts = [int(p) for p in re.split(r"[^\d]+", m.group()) if p]
                if all(p <= 100 for p in parts) and 99 <= sum(parts) <= 101 and m.span() not in out:
                    out.append(m.span())
            at = lower.find(word, end)
    return out


# Whole numbers joined by "/" after a dash or bracket that follows a price ("0.3148 & 0.3167 —
# 60/40", "152 / 155 (70/30)"): the shares of the orders when they add up to 100
_NOTED_SHARES = re.compile(r"[—–(][^\S\n]*(\d{1,3}(?:[^\S\n]*/[^\S\n]*\d{1,3}){1,4})(?![\w.,%/])")


def shares_after_prices(lower: str) -> list[tuple[int, int]]:
    """Spans of shares noted after a price: no prices (their quick test, by the caller: a "/"
    and a dash or bracket in the text)."""
    out: list[tuple[int, int]] = []
    for m in _NOTED_SHARES.finditer(lower):
        k = m.start()
        while k > 0 and lower[k - 1] in " \t":
            k -= 1
        if k == 0 or not lower[k - 1].isdigit():
            continue
        parts = [int(p) for p in re.split(r"[^\d]+", m.group(1)) if p]
        if all(0 < p <= 100 for p in parts) and sum(parts) == 100:
            out.append(m.span(1))
    return out


# A price inside a note in brackets after a price that names it as a chart reference: after
# "the", a close, a retest, a break or a reclaim ("Entry: 148.2 (retest of the 147.9
# breakout)", "(after a 4H close above 147.9)"), or before a chart noun ("(147.9 support)")
_NOTE_IN_BRACKETS = re.compile(r"\(([^()\n]{3,80})\)")
_NOTE_NUMBER = re.compile(r"(?<![\w.,])\$?\d[\d,]*(?:\.\d+)?(?![\w%]|[.,]\d)")
_REFERENCE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:the|close[ds]?|closing|retest(?:\s+of)?|break(?:out|s)?|reclaim(?:\s+of)?)"
    r"(?:[^\S\n]+(?:above|below|under|over|of|at))?[^\S\n]*$"
)
_RANGE_JOINT = re.compile(r"[^\S\n]*(?:[-–~]|to)[^\S\n]*\$?(?=\d)")
_CHART_NOUN_AFTER = re.compile(
    r"[^\S\n]*(?:resistance|support|level|breakout|high|low|swing|ema|sma|ma|vwap|fib|demand"
    r"|supply|order[^\S\n]+block|ob)(?![^\W\d_])"
)


def chart_references(lower: str) -> list[tuple[int, int]]:
    """Spans of the prices a bracketed note after a price names as chart references (its
    quick test, by the caller: a "(" and one of the reference words in the text)."""
    out: list[tuple[int, int]] = []
    for m in _NOTE_IN_BRACKETS.finditer(lower):
        k = m.start()
        while k > 0 and lower[k - 1] in " \t":
            k -= 1
        if k == 0 or not _after_price(lower, k):
            continue  # a note after a price only
        inside = m.start(1)
        joined = 0  # the end of a reference's range ("the 147.9 - 148.5 zone")
        for n in _NOTE_NUMBER.finditer(lower, inside, m.end(1)):
            head = lower[inside : n.start()]
            if (
                n.start() == joined
                or _REFERENCE_BEFORE.search(head)
                or _CHART_NOUN_AFTER.match(lower, n.end())
            ):
                out.append(n.span())
                to = _RANGE_JOINT.match(lower, n.end())
                joined = to.end() if to else 0
    return out


# A price a sentence names as a place on the chart: "the 0.7191 area held twice", "still below
# the $25.477 high from 27 Jan", "it failed at the 3,546.32 level" — after "the", before a chart
# noun. Only on a line of words with no separator and no word of an order ("Stop below the 144
# low", "TP1: the 152 resistance", "Long above the 148 level" keep their price).
_SENTENCE_REFERENCE = re.compile(
    r"the[^\S\n]+\$?(\d[\d,]*(?:\.\d+)?)(?:[^\S\n]*(?:[-–]|to)[^\S\n]*\$?\d[\d,]*(?:\.\d+)?)?"
    r"[^\S\n]+(?:level|area|zone|high|low|highs|lows|support|resistance|range|region|handle"
    r"|pivot|top|bottom)(?![^\W\d_])"
)
_ORDER_WORD_ON_LINE = re.compile(
    r"(?<![^\W\d_])(?:entry|enter|entries|tp\d*|targets?|take|stop|sl|buy|buying|sell|selling"
    r"|long|short|add|adding|invalidation|invalid|exit|close|book|dca|accumulate)"
    r"(?![^\W\d_])|[:=@🎯🛑⛔❌✅➜→|]"
)


def sentence_references(lower: str) -> list[tuple[int, int]]:
    """Spans of the prices sentences name as places on the chart (its quick test, by the
    caller: "the " in the text)."""
    out: list[tuple[int, int]] = []
    at = lower.find("the ")
    while at >= 0:
        if at == 0 or not lower[at - 1].isalnum():
            m = _SENTENCE_REFERENCE.match(lower, at)
            if m is not None:
                start = lower.rfind("\n", 0, at) + 1
                end = lower.find("\n", m.end())
                line = lower[start : end if end >= 0 else len(lower)]
                if not any(
                    not crowd_word(line, w.end()) for w in _ORDER_WORD_ON_LINE.finditer(line)
                ):
                    out += [n.span() for n in _NOTE_NUMBER.finditer(lower, m.start(1), m.end())]
        at = lower.find("the ", at + 4)
    return out


# ---- an order's size beside its price --------------------------------------------------------
# A ladder may give each order's size after its price: "• 35.2 — 100 USDT", "Buy 35.2 × $200",
# "Buy 35.2 with 100 USDT", "Entry 1) 35.2 [100 USDT]", "• 35.2 → $150",
# "Entry 1: 35.2 · margin 100$", "35.2 (size 250 USDT)", "63,450 – 0.5 BTC", "0.0064 - 25K
# TURBO". The size is found from its unit (a dollar sign, a stablecoin, the coin itself), then
# read back to the price before it on its line; it is a size when the joint says so (a times
# sign, a size word) or when, joined by a dash, a dot, a bar or a bracket, it lies far from the
# price (a zone's second price "0.512 - 0.530 USDT" lies within a few percent). A dollar
# amount after a dash without a unit after it ("$148 - $150") is a zone.


def _units(lower: str) -> list[tuple[int, int, bool]]:
    """(start, end, is a dollar sign) of every unit an amount may carry: "$", "usdt", "usdc",
    "busd", "usd", "dollar(s)" — found with ``str.find`` (a regex of these words is tried at
    every position). The "usdt" of a pair ("btcusdt", "sol/usdt") has no amount before it and
    is passed over by the caller."""
    out: list[tuple[int, int, bool]] = []
    at = lower.find("$")
    while at >= 0:
        out.append((at, at + 1, True))
        at = lower.find("$", at + 1)
    at = lower.find("usd")
    while at >= 0:
        start = at - 1 if at and lower[at - 1] == "b" else at
        end = at + 4 if lower[at + 3 : at + 4] in ("t", "c") and at + 4 <= len(lower) else at + 3
        if not lower[end : end + 1].isalpha():
            out.append((start, end, False))
        at = lower.find("usd", at + 3)
    at = lower.find("dollar")
    while at >= 0:
        end = at + 7 if lower[at + 6 : at + 7] == "s" else at + 6
        out.append((at, end, False))
        at = lower.find("dollar", end)
    return out


_SIZE_WORDS = r"(?:margin|size|qty|quantity|amount|notional|risk)"
_PRICE_JOINT = re.compile(
    r"(?<![\w.])(?P<price>\d[\d,]*(?:\.\d+)?)[^\S\n]*"
    r"(?P<joint>[—–·|,×(\[/→➜]|->|=>|-|(?<=[^\S\n])x|for|with)[^\S\n]*"
    r"(?:(?P<word>" + _SIZE_WORDS + r")[^\S\n]*:?[^\S\n]*)?$"
)
_AMOUNT = re.compile(r"(?P<amount>\d[\d,]*(?:\.\d+)?)(?:[^\S\n]*(?P<k>[km](?![a-z])))?(?![\w.,])")
_AMOUNT_AT_END = re.compile(r"(?P<amount>\d[\d,]*(?:\.\d+)?)[^\S\n]*(?P<k>[km](?![a-z]))?[^\S\n]*$")
# joints that make the amount after them a size; before a dollar amount, also the joints a
# size is weighed after (a bracket, an arrow: "148.2 → $150" may be a zone's other end)
_SIZE_JOINTS = ("×", "x", "for", "with")
_DOLLAR_JOINTS = (*_SIZE_JOINTS, "(", "[", "→", "➜", "->", "=>")
_AMOUNT_ENDS = frozenset("0123456789km")
_SIZE_AFTER = re.compile(r"[^\S\n]*" + _SIZE_WORDS + r"(?![a-z])")


def _value(text: str, k: str | None = None) -> float:
    scale = {"k": 1e3, "m": 1e6}.get(k or "", 1.0)
    return float(text.replace(",", "")) * scale


def _size_span(line: str, start: int, end: int, joint: re.Match[str], amount: float) -> bool:
    """Whether ``amount`` after ``joint`` is an order's size rather than a second price."""
    price_text = joint.group("price")
    at = start + joint.start("price")
    if (
        len(price_text) <= 2
        and at > 0
        and (line[at - 1].isalpha() or line[at - 2 : at].strip().isalpha())
    ):
        return False  # "tP 1 => $0.0061": a label's number, no price
    if joint.group("joint") in _SIZE_JOINTS or joint.group("word"):
        return True
    price = _value(joint.group("price"))
    return price > 0 and not 0.7 <= amount / price <= 1.4


def order_sizes(lower: str, coin: str | None = None) -> list[tuple[int, int]]:
    """Spans (from the joint to the unit) of the sizes written beside orders' prices."""
    out: list[tuple[int, int]] = []
    units = _units(lower)
    if coin and len(coin) >= 2:
        # the coin as a unit only after an amount ("0.5 btc", "25k turbo")
        word = " " + coin
        at = lower.find(word)
        while at > 0:
            end = at + len(word)
            if lower[at - 1] in _AMOUNT_ENDS and not lower[end : end + 1].isalnum():
                units.append((at + 1, end, False))
            at = lower.find(word, end)
    for start, unit_end, dollar in units:
        at = start
        before = lower[at - 1 : at] if at else ""
        after = _AMOUNT.match(lower, at + 1) if dollar else None
        if (
            after is None
            and before not in _AMOUNT_ENDS
            and (before not in " \t" or lower[:at].rstrip(" \t")[-1:] not in _AMOUNT_ENDS)
        ):
            continue  # no amount right before the unit ("$sol", "sol/usdt"): no size here
        line_start = lower.rfind("\n", 0, at) + 1
        if after is not None:
            head = lower[line_start:at]
            joint = _PRICE_JOINT.search(head)
            if joint is None or (
                joint.group("joint") not in _DOLLAR_JOINTS and not joint.group("word")
            ):
                continue  # "$148 - $150", "$152 · $155": a zone, a list
            amount = _value(after.group("amount"), after.group("k"))
            end = after.end()
        else:
            head = lower[line_start:at]
            size = _AMOUNT_AT_END.search(head)
            if size is None:
                continue
            joint = _PRICE_JOINT.search(head, 0, size.start())
            if joint is None:
                continue
            amount = _value(size.group("amount"), size.group("k"))
            end = unit_end
            trail = _SIZE_AFTER.match(lower, end)
            if trail is not None:
                end = trail.end()
        if _size_span(lower, line_start, end, joint, amount):
            out.append((line_start + joint.start("joint"), end))
    return out


# An order's size as a field of its own after other fields on its line: "… TP: 152.3 Size: 0.5",
# "| Qty: 250", "Amount = 100": a count of coins or contracts, no price (the number's span)
_SIZE_FIELD = re.compile(
    r"(?<=[^\S\n])(?:size|qty|quantity|amount)[^\S\n]*[:=][^\S\n]*"
    r"(\$?\d[\d.,]*(?:[^\S\n]*[km](?![a-z]))?)"
)


def size_fields(lower: str) -> list[tuple[int, int]]:
    """Spans of the numbers written as a size field ("Size: 0.5") after a space."""
    return [m.span(1) for m in _SIZE_FIELD.finditer(lower)]
