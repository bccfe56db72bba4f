"""Card words a first reading did not take for labels, written as labels for a second reading.

Asked only of a reading sent to review, or of a signal read with targets and no stop — never of
the common path. Channels write a card's levels with words and marks no label list holds:

- a stop as an abbreviation or a phrase before its price ("inv 0.4456", "inval 1.0864", "risk
  below 0.1233", "bail under 85.87", "wrong above 8.66", "out if below 5.2", "no longer valid
  below 0.0435", "idea void above 5.848", "cut 5.86") or as a cross or a no-entry sign ("| ❌
  32.06", "🚫 0.077", "✖️ 0.4009");
- a grid's one target as a whole close ("Close all at x", "Exit all at x", "Close everything
  at x", "All out at x", "TP (close all): x");
- a scalp's three levels as verbs in one sentence ("enter a-b, take x, cut s", "in a / out x /
  stop s", "buy a, sell x, bail s", "get in a, get out x, stop s", "sell a, cover x, stop s");
- an entry ladder numbered with marks ("1️⃣ a" / "2️⃣ b", "🔹1 a", "① a ② b", "➊ a", "#1 a",
  "(1) a (2) b", "Order 1️⃣ a");
- a coin no list holds in the card's head ("📣 Private desk — PIPPIN", "VIP • COOKIE • LONG");
- one-letter labels ("t: x, s: s, l: 20", letter_fields.letters_as_labels), and levels told by
  their place or a sign: slash-split one-liners, a chart icon for the side, "from a to x" with
  "to" the target (positional_levels).

Each is written as the label the reader knows ("SL", "TP", "Entry n:", "#COIN") and the text
read again; the second reading is taken only when it is a whole call (a coin, a side, an entry,
targets and a stop) — anything less keeps the first reading. A signal read with targets and no
stop whose text still holds a price after a word the parser does not know ("t2 131.98, hedge
139.22") goes to review: copied, it would open with no stop.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tradermanager.sources.signal_parser.letter_fields import letters_as_labels
from tradermanager.sources.signal_parser.model import MessageKind, ParsedMessage
from tradermanager.sources.signal_parser.positional_levels import (
    chart_icon_as_side,
    from_to_as_target,
    slashes_as_labels,
)

_PRICE = r"\$?\d[\d,]*(?:\.\d+)?"
# a price follows: not a share, not a leverage
_PRICE_NEXT = r"(?=[^\S\n]*[:=]?[^\S\n]*\$?\d[\d,]*(?:\.\d+)?(?![\d.,]*[^\S\n]?[%xX]))"
_SIDE_OF = r"(?:below|under|above|over)"
# stop words and phrases before a price ("inv", "inv.", "inval", "invalid", "stp", "cut",
# "bail (under)", "risk below", "wrong above", "out if below", "no longer valid below",
# "idea void above", "void below")
_STOP_WORDS = re.compile(
    r"(?<![\w-])(?:inv(?:al)?\.?|invalid(?:ation)?|stp|cut(?:[^\S\n]+loss(?:es)?)?"
    rf"|bail(?:[^\S\n]+(?:out[^\S\n]+)?(?:{_SIDE_OF}|at))?"
    rf"|(?:risk|wrong)[^\S\n]+(?:if[^\S\n]+)?{_SIDE_OF}"
    rf"|out[^\S\n]+if[^\S\n]+(?:price[^\S\n]+)?(?:goes[^\S\n]+|closes[^\S\n]+)?{_SIDE_OF}"
    rf"|no[^\S\n]+longer[^\S\n]+valid[^\S\n]+{_SIDE_OF}"
    rf"|(?:(?:idea|setup|trade|call)[^\S\n]+(?:is[^\S\n]+)?)?(?:void|dead)[^\S\n]+{_SIDE_OF}"
    r")(?![\w])" + _PRICE_NEXT,
    re.I,
)
# a cross or a no-entry sign before a price
_STOP_ICONS = re.compile(r"(?:❌|🚫|✖️?|⛔️?)[^\S\n]*" + _PRICE_NEXT)
# a whole close standing for a grid's target
_CLOSE_ALL = re.compile(
    r"(?<![\w])(?:(?:close|exit)[^\S\n]+(?:all|everything)|all[^\S\n]+out)[^\S\n]+(?:at|@)"
    r"|(?<![\w])(?:tp|target)[^\S\n]*\((?:close|exit)[^\S\n]+all\)[^\S\n]*:" + _PRICE_NEXT,
    re.I,
)
# a grid's levels: after the word "grid" and marks on its line, or a line of prices alone
_GRID_LIST = re.compile(
    r"(?:(?i:grid)[^\w\n]*|^[^\S\n]*)(?P<list>"
    + _PRICE
    + r"(?:[^\S\n]*/[^\S\n]*"
    + _PRICE
    + r"){1,7})[^\S\n]*$",
    re.M,
)
_SEP = r"[^\S\n]*[,;/|·][^\S\n]*"
_ZONE = rf"{_PRICE}(?:[^\S\n]*(?:-|–|to)[^\S\n]*{_PRICE})?"
# three verbs in one sentence: the entry, the target, the stop
_VERB_TRIPLE = re.compile(
    r"(?<![\w])(?:enter|get[^\S\n]+in|in|buy|sell|open)[^\S\n]*:?[^\S\n]*(?P<entry>"
    + _ZONE
    + r")"
    + _SEP
    + r"(?:take|get[^\S\n]+out|out|exit|sell|cover|book|close)[^\S\n]*:?[^\S\n]*(?P<target>"
    + _PRICE
    + r")"
    + _SEP
    + r"(?:stop|cut|bail|sl|stp)[^\S\n]*:?[^\S\n]*(?P<stop>"
    + _PRICE
    + r")(?![\d.,])",
    re.I,
)
# a number mark before a price: keycaps, "🔹1", circled and negative circled digits, "#1", "(1)"
_KEYCAPS = {f"{n}\ufe0f\u20e3": n for n in range(1, 10)} | {f"{n}\u20e3": n for n in range(1, 10)}
_CIRCLED = {ch: i for i, ch in enumerate("①②③④⑤⑥⑦⑧⑨", 1)} | {
    ch: i for i, ch in enumerate("➊➋➌➍➎➏➐➑➒", 1)
}
_MARK = re.compile(
    r"(?:(?<![\w])order[^\S\n]*)?"
    r"(?P<mark>[1-9]\ufe0f?\u20e3|🔹[^\S\n]?[1-9]|[①-⑨➊-➒]|(?<![\w#])#[1-9]|\([1-9]\))"
    r"[^\S\n]*[:.)-]?[^\S\n]*(?=" + _PRICE + r"(?![\d.,]*[^\S\n]?[%xX]))",
    re.I,
)
# a ticker-shaped word in a card's head: after a dash, a bullet or a bar, or before one or a
# colon ("BERA: short"). Never after a colon: there it is a field's value ("Margin: ISO",
# "Signal: LE", "Referral code: B9XZ4"), no coin; nor a mention ("@EVERYONE"). A label that
# names a trade is the one colon a coin follows ("📆 Swing trade: FHE (Short)", "Scalp: FHE",
# "Trade setup: FHE —"): its value is the trade's coin, no field.
_HEAD_COIN = re.compile(
    r"(?:(?<!:)[—–•|·-][^\S\n]*|^[^\w\n@]*"
    r"(?:(?i:(?:(?:swing|scalp|day|spot|futures|new|next)[^\S\n]+)?(?:trade(?:[^\S\n]+(?:setup|idea))?"
    r"|setup|scalp|swing))[^\S\n]*:[^\S\n]*)?)"
    r"([A-Z][A-Z0-9]{1,11})(?=[^\S\n]*(?:[—–•|·(:-]|$))"
)
# words a card's head holds that are no coins
_HEAD_WORDS = frozenset(
    [
        "VIP",
        "NEW",
        "SIGNAL",
        "SIGNALS",
        "CALL",
        "CALLS",
        "DESK",
        "TRADE",
        "SETUP",
        "ALERT",
        "UPDATE",
        "NOTE",
        "RECAP",
        "LONG",
        "SHORT",
        "BUY",
        "SELL",
        "SPOT",
        "FUTURES",
        "SCALP",
        "SWING",
        "ENTRY",
        "TP",
        "SL",
        "STOP",
        "TARGET",
        "TARGETS",
        "PLAN",
        "FREE",
        "PREMIUM",
        "PRIVATE",
        "USDT",
        "USD",
        "PERP",
        "NEWS",
        "INFO",
        "HOT",
        "TOP",
        "BREAKING",
        "LIVE",
        "NOW",
        "GRID",
        "DCA",
        "AI",
        "BOT",
        "PUMP",
        "DUMP",
    ]
)


def _one(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The pattern's only match in ``text`` (None for none or several)."""
    found = pattern.finditer(text)
    first = next(found, None)
    if first is None or next(found, None) is not None:
        return None
    return first


def stop_words_as_label(text: str) -> str:
    """``text`` with its one stop word, phrase or icon before a price written "SL"."""
    icon = _one(_STOP_ICONS, text) if any(ch in text for ch in "❌🚫✖⛔") else None
    word = _one(_STOP_WORDS, text)
    if (word is None) == (icon is None):
        return text  # none, or both: which is the stop?
    m = word or icon
    assert m is not None
    return text[: m.start()] + "SL " + text[m.end() :].lstrip(" \t")


def close_all_as_target(text: str) -> str:
    """``text`` with its one whole close before a price ("Close all at x") written "TP", and a
    grid's list of levels ("… grid 🧱 a / b / c", or the list on a line of its own) "Entry:"."""
    m = _one(_CLOSE_ALL, text)
    if m is None:
        return text
    text = text[: m.start()] + "TP " + text[m.end() :].lstrip(" \t:")
    if "grid" in text.lower() and (grid := _one(_GRID_LIST, text)) is not None:
        text = text[: grid.start("list")] + "\nEntry: " + text[grid.start("list") :]
    return text


def verbs_as_labels(text: str) -> str:
    """``text`` with a sentence's three level verbs ("in a, out x, stop s") as labels."""
    m = _one(_VERB_TRIPLE, text)
    if m is None:
        return text
    labelled = f"entry {m['entry']}, tp {m['target']}, sl {m['stop']}"
    return text[: m.start()] + labelled + text[m.end() :]


def _mark_number(mark: str) -> int:
    mark = mark.replace(" ", "")
    if mark in _KEYCAPS:
        return _KEYCAPS[mark]
    if mark in _CIRCLED:
        return _CIRCLED[mark]
    return int(next(ch for ch in mark if ch.isdigit()))


def marks_as_entries(text: str) -> str:
    """``text`` with a ladder numbered 1, 2, … by marks before its prices written "Entry n:"
    (two marks or more, in order from 1; none under a target heading)."""
    marks = list(_MARK.finditer(text))
    if len(marks) < 2 or [_mark_number(m["mark"]) for m in marks] != list(range(1, len(marks) + 1)):
        return text
    before = text[: marks[0].start()].rsplit("\n", 2)[-1].lower()
    if any(w in before for w in ("tp", "target", "take", "🎯", "exit", "sell at")):
        return text
    out, at = [], 0
    for m in marks:
        out.append(text[at : m.start()])
        out.append(f"Entry {_mark_number(m['mark'])}: ")
        at = m.end()
    out.append(text[at:])
    return "".join(out)


def head_coin_tagged(text: str) -> tuple[str, str] | None:
    """``text`` with the one ticker-shaped word of its first line tagged "#", and the word."""
    head = text.split("\n", 1)[0]
    words = {w for w in _HEAD_COIN.findall(head) if w not in _HEAD_WORDS}
    if len(words) != 1:
        return None
    word = words.pop()
    at = re.search(rf"(?<![\w#$]){word}(?![\w])", head)
    if at is None:
        return None
    return text[: at.start()] + "#" + text[at.start() :], word


_WORD_THEN_PRICE = re.compile(
    r"(?<![\w])([A-Za-z]{2,})[^\S\n]*[:=]?[^\S\n]*\$?(\d[\d,]*(?:\.\d+)?)(?![\d.,]*[^\S\n]?[%xX])"
)


_INDEX_AFTER = re.compile(r"[^\S\n]*[:\-–—).=][^\S\n]*\$?\d")


def unplaced_word_price(text: str, levels: list[float]) -> str:
    """A reason for review when a price among the levels (within ×2 of the entry) stands after
    a word and is none of them: in a call read with targets and no stop, the stop's word the
    parser does not know ("hedge 139.22")."""
    if not levels:
        return ""
    middle = sorted(levels)[len(levels) // 2]
    for m in _WORD_THEN_PRICE.finditer(text):
        try:
            value = float(m.group(2).replace(",", ""))
        except ValueError:
            continue
        if value in levels or not 0.5 <= value / middle <= 2:
            continue
        if _INDEX_AFTER.match(text, m.end()):
            continue  # "Ambil untung 2 - 2.4216": a label's number, its price after it
        return (
            f"The price {m.group(2)} after “{m.group(1)}” is none of the call's levels and no "
            "stop was read: copied, the call would open without its stop. Check it."
        )
    return ""


def _whole_call(parsed: ParsedMessage) -> bool:
    return (
        parsed.kind is MessageKind.SIGNAL
        and parsed.symbol is not None
        and parsed.side is not None
        and bool(parsed.entries or parsed.order_type == "market")
        and bool(parsed.take_profits)
        and parsed.stop_loss is not None
    )


def read_again(
    text: str, parsed: ParsedMessage, parse: Callable[[str], ParsedMessage]
) -> ParsedMessage | None:
    """The reading of ``text`` with its level words written as labels, when that reading is a
    whole call (None: keep ``parsed``). Asked of a review, or of a signal with targets and no
    stop."""
    again = text
    if "ll" in text or "LL" in text or "ything" in text:
        again = close_all_as_target(again)
    again = stop_words_as_label(again)
    again = verbs_as_labels(again)
    if ":" in again or "(" in again or " - " in again or "s " in again:
        again = letters_as_labels(again)  # "#SOL long @ a, t: x, s: s, l: 20"
    if "/" in again or "|" in again:
        again = slashes_as_labels(again, parsed)  # "INJ short 26.003 / 25.367 / 26.659"
    if "📈" in again or "📉" in again:
        again = chart_icon_as_side(again)  # "ADA 📈 0.4566 ➜ 0.4625 | 🛑 0.4474"
    if "from" in again or "From" in again:
        again = from_to_as_target(again, parsed)  # "short BNB from 580.4 to 566.8, stop 601"
    if "\u20e3" in again or any(ch in again for ch in "🔹①②➊➋#("):
        again = marks_as_entries(again)
    coin = None
    if parsed.symbol is None and (tagged := head_coin_tagged(again)) is not None:
        again, coin = tagged
    if again == text:
        return None
    second = parse(again)
    if not _whole_call(second) or (coin is not None and second.symbol != coin):
        return None
    return second
