"""Meaning-preserving perturbations of corpus signals (metamorphic testing).

Channels the parser never saw mostly write our layouts a little differently: the labelled lines
in another order, another spelling of a label, another separator, decorations around the lines,
prices with a dollar sign or thousands separators, leverage written ``x10`` instead of ``10x``.
Each perturbation below rewrites a corpus signal's text so that a reader of the channel would
take exactly the same trade from it, so the message's ``expected`` parse stays right by
construction; each says why in its docstring. A perturbation that does not apply to a message
(no labelled line of the kind it rewrites) returns None and the message is not counted for it.

Labels are only rewritten where they stand at the start of a line, before a separator, and are
one of the English labels below: the rewrite never touches prose, coin names or numbers in
free text. Prices are restyled only on such labelled lines, after the separator, and only
numbers that stand alone (not followed by a letter, ``%`` or ``x``; not inside brackets).

``python3 benchmarks/bench_parser_perturbed.py`` prints, per perturbation, how many corpus
signals keep their expected parse.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

# a labelled line: decorations (emoji, bullets, markdown), an English label, an optional
# ordinal ("TP1", "Target 2"), then a ":" separator
_ENTRY = r"entry(?: price| zone| targets?| range| point)?|entries"
_TP = r"take[- ]?profits?(?: targets?| levels?)?|targets?|tps?"
_SL = r"stop[- ]?loss|stoploss|sl|stop(?: targets?)?"
_LEV = r"leverage|lev"
LABELLED = re.compile(
    rf"^(?P<pre>[^\w\n$#]*?)(?P<label>(?P<entry>{_ENTRY})|(?P<tp>{_TP})|(?P<sl>{_SL})|"
    rf"(?P<lev>{_LEV}))(?P<ord>\s?\d{{1,2}})?(?P<post>\s*[*_]*\s*):(?P<value>.*)$",
    re.IGNORECASE,
)
KINDS = ("entry", "tp", "sl", "lev")

# a price alone: not part of a word, not a percentage, leverage or ordinal, not a count of
# something ("1 day candle")
_PRICE = re.compile(r"(?<![\w.$,])(\d+(?:\.\d+)?)(?![\w%.,]|\s*[xX%]\b|\s+[A-Za-z])")


def _label_lines(text: str) -> list[tuple[int, re.Match[str]]]:
    return [(i, m) for i, line in enumerate(text.split("\n")) if (m := LABELLED.match(line)) if m]


def _kind(match: re.Match[str]) -> str:
    return next(k for k in KINDS if match.group(k))


def _rewrite_labelled(
    text: str, rewrite: Callable[[re.Match[str]], str | None], kinds: tuple[str, ...] = KINDS
) -> str | None:
    """``text`` with each labelled line of ``kinds`` replaced by ``rewrite(match)`` (None:
    line kept); None when no line changed."""
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if "<:" in line or "<a:" in line:
            continue  # a Discord emoji standing for the label ("<:tp1:2512…>"): its name is no text
        m = LABELLED.match(line)
        if m and _kind(m) in kinds:
            new = rewrite(m)
            if new is not None and new != line:
                lines[i] = new
                changed = True
    return "\n".join(lines) if changed else None


def _compose(m: re.Match[str], label: str | None = None, sep: str = ":") -> str:
    ordinal = m.group("ord") or ""
    return f"{m.group('pre')}{label if label is not None else m.group('label')}{ordinal}" + (
        f"{m.group('post')}{sep}{m.group('value')}"
    )


# ---- perturbations --------------------------------------------------------------------------

Perturbation = Callable[[str, dict[str, Any], random.Random], str | None]


def extra_blank_lines(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """Every blank line doubled and trailing spaces on every line: whitespace a reader does
    not see carries no field."""
    if "\n" not in text:
        return None
    return "\n".join(line + "  " if line.strip() else "\n" for line in text.split("\n"))


def hashtag_line(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """A line of topic hashtags at the end, none a coin: tags for search, no field."""
    return text + "\n\n" + rng.choice(["#crypto #signals #trading", "#Futures #VIP #Crypto"])


def disclaimer_footer(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """A disclaimer with no number and no coin at the end: it says nothing about the trade."""
    return (
        text
        + "\n\n"
        + rng.choice(
            [
                "⚠️ Not financial advice. Always do your own research.",
                "Trade at your own risk — manage your position size.",
            ]
        )
    )


def forwarded_header(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """A 'Forwarded from' header naming a channel: who relayed the message, no field."""
    return (
        rng.choice(["Forwarded from Crypto Desk\n", "Forwarded from Alpha Calls Group\n\n"]) + text
    )


def signature_link(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """A channel signature with a link at the end: who posted it, no field."""
    return (
        text
        + "\n\n"
        + rng.choice(["— Crypto Desk | t.me/cryptodesk", "👉 Join: https://t.me/alphacalls"])
    )


_NEUTRAL_ICONS = ("🔹", "🔸", "✨", "•", "▪️", "➖")


def bullets(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """A bullet or a neutral icon before every labelled line: layout, no field (the icons
    chosen carry no side, target or stop meaning)."""
    icon = rng.choice(_NEUTRAL_ICONS)
    return _rewrite_labelled(text, lambda m: f"{icon} {m.group(0)}")


def icon_line_ends(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """A neutral icon after every labelled line: decoration, no field."""
    icon = rng.choice(("✨", "🔹", "🔸"))
    return _rewrite_labelled(text, lambda m: f"{m.group(0)} {icon}")


def bold_labels(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """Labels in markdown bold (``**Entry:**``) or underline (``__Entry__:``): emphasis only."""
    mark = rng.choice(["**", "__"])
    return _rewrite_labelled(
        text,
        lambda m: (
            f"{m.group('pre')}{mark}{m.group('label')}{m.group('ord') or ''}:{mark}"
            + m.group("value")
            if "*" not in m.group(0) and "_" not in m.group(0)
            else None
        ),
    )


def label_case(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """Labels in capitals, small letters or title case: the same word."""
    how = rng.choice([str.upper, str.lower, str.title])
    return _rewrite_labelled(text, lambda m: _compose(m, how(m.group("label"))))


_SPELLINGS = {
    "tp_list": ["Take Profit", "Take-Profit", "TakeProfit", "Take Profits", "Tp", "TPs", "Targets"],
    "tp_one": ["Take Profit ", "Take-Profit ", "TakeProfit", "T.P.", "Tp", "Target ", "TP "],
    "sl": ["Stop Loss", "Stop-loss", "StopLoss", "S/L", "Sl", "SL", "Stop"],
    "entry": ["Entry", "Entries", "Entry price", "ENTRY"],
    "zone": ["Entry Zone", "Entry zone", "Entry range", "ENTRY ZONE"],
    "lev": ["Leverage", "Lev", "LEVERAGE"],
}


def label_spelling(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """Another spelling of the same label: "Take Profit"/"Take-Profit"/"TakeProfit"/"T.P."/
    "Tp", "Stop Loss"/"Stop-loss"/"StopLoss"/"S/L"/"Sl", "Entry"/"Entries"/"Entry price"
    ("Buy zone" only for a long: it names the side too). Each is the same field's name. A
    zone stays a zone and a list a list: prices under "Entry zone" are a range (read low to
    high), under "Entries" a ladder in the order written."""
    zones = _SPELLINGS["zone"] + (["Buy zone"] if expected.get("side") == "long" else [])

    def respell(m: re.Match[str]) -> str | None:
        value = m.group("value")
        if value.strip() and not _PRICE.search(value.split("(")[0]):
            return None  # "Entry: Percentage (0.5%)" in a trailing set-up: not the field
        kind = _kind(m)
        if kind == "tp":
            if m.group("ord"):
                return _compose_ord(m, rng.choice(_SPELLINGS["tp_one"]))
            return _compose(m, rng.choice(_SPELLINGS["tp_list"]))
        if kind == "entry":
            zone = re.search(r"(?i)zone|range", m.group("label"))
            return _compose(m, rng.choice(zones if zone else _SPELLINGS["entry"]))
        return _compose(m, rng.choice(_SPELLINGS[kind]))

    return _rewrite_labelled(text, respell)


def _compose_ord(m: re.Match[str], label: str) -> str:
    number = (m.group("ord") or "").strip()
    return f"{m.group('pre')}{label}{number}{m.group('post')}:{m.group('value')}"


def separator_swap(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """The colon after a label written " -", " =", " →", "=" or left out: the label still
    names the number that follows."""
    sep = rng.choice([" -", " =", " →", "=", ""])

    def swap(m: re.Match[str]) -> str | None:
        value = m.group("value")
        if not value.strip():  # a header whose numbers follow on the next lines
            return None
        return (
            _compose(m, sep=sep) if sep else _compose(m, sep="") if value.startswith(" ") else None
        )

    return _rewrite_labelled(text, swap)


_LIST_SEPS = (", ", " / ", " | ", " - ", " ")


# prices listed on one line (never "1." of a list numbered on the line: "1. 1.015 2. 1.03")
_LISTED = r"\s*\$?\d+(?:\.\d+)?(?:\s*(?:,|/|\||-|–|\s)\s*\$?\d+(?:\.\d+)?)+\s*"


def list_separators(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """Targets listed on one line separated by ", ", " / ", " | ", " - " or spaces instead:
    the same numbers in the same order."""
    sep = rng.choice(_LIST_SEPS)

    def relist(m: re.Match[str]) -> str | None:
        value = m.group("value")
        if re.search(r"\d[,\s]\d{3}(?!\d)", value):
            return None  # "66,561.7", "63 450": thousands groups, not a list
        if "." not in value and re.search(r"\d,\d", value):
            return None  # "35,49": a decimal comma, one price and not a list of two
        items = re.fullmatch(_LISTED, value)
        if not items:
            return None
        numbers = re.findall(r"\$?\d+(?:\.\d+)?", value)
        return f"{m.group(0)[: m.start('value')]} {sep.join(numbers)}"

    return _rewrite_labelled(text, relist, kinds=("tp",))


def targets_on_lines(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """Targets listed on one line written one per line under their label instead, bare,
    numbered ("1) 1.2") or with a bullet: the same numbers in the same order."""
    style = rng.choice(["bare", "numbered", "bullet"])

    def split(m: re.Match[str]) -> str | None:
        value = m.group("value")
        if m.group("ord") or re.search(r"\d[,\s]\d{3}(?!\d)", value):
            return None
        if not re.fullmatch(_LISTED, value):
            return None
        numbers = re.findall(r"\$?\d+(?:\.\d+)?", value)
        items = [
            n if style == "bare" else f"{k}) {n}" if style == "numbered" else f"• {n}"
            for k, n in enumerate(numbers, 1)
        ]
        return m.group(0)[: m.start("value")] + "\n" + "\n".join(items)

    return _rewrite_labelled(text, split, kinds=("tp",))


def blank_between_sections(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """A blank line before every labelled line that follows another line: spacing, no field
    (a label still opens its own section)."""
    lines = text.split("\n")
    out: list[str] = []
    changed = False
    for i, line in enumerate(lines):
        if i and lines[i - 1].strip() and LABELLED.match(line):
            out.append("")
            changed = True
        out.append(line)
    return "\n".join(out) if changed else None


def shuffle_sections(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """The labelled sections (entry, targets, stop, leverage: each a labelled line with the
    unlabelled lines under it up to a blank line) in another order: each label still names
    its own numbers."""
    lines = text.split("\n")
    blocks: list[tuple[str, int, int]] = []  # kind, first line, end
    i = 0
    while i < len(lines):
        m = LABELLED.match(lines[i])
        if not m:
            i += 1
            continue
        kind, start = _kind(m), i
        i += 1
        while i < len(lines) and lines[i].strip():
            n = LABELLED.match(lines[i])
            if n and _kind(n) != kind:
                break
            i += 1
        if blocks and blocks[-1][0] == kind and blocks[-1][2] == start:
            blocks[-1] = (kind, blocks[-1][1], i)
        else:
            blocks.append((kind, start, i))
    if any(
        e - b == 1 and not LABELLED.match(lines[b]).group("value").strip()  # type: ignore[union-attr]
        for _, b, e in blocks
    ):
        return None  # a header whose list follows after a blank line: not one block
    if len({b[0] for b in blocks}) < 2 or len(blocks) != len({b[0] for b in blocks}):
        return None
    order = blocks[:]
    while order == blocks:
        rng.shuffle(order)
    out: list[str] = []
    cursor = 0
    for slot, block in zip(blocks, order, strict=True):
        out.extend(lines[cursor : slot[1]])
        out.extend(lines[block[1] : block[2]])
        cursor = slot[2]
    out.extend(lines[cursor:])
    return "\n".join(out)


def _restyle_prices(text: str, fmt: Callable[[str], str | None]) -> str | None:
    def restyle(m: re.Match[str]) -> str | None:
        value = m.group("value")
        if (
            "$" in value
            or "," in value
            or "'" in value
            or "’" in value
            or re.search(r"\d\s\d{3}(?!\d)", value)
        ):
            return None  # already marked, or thousands groups ("63 450") a "$" would split
        if "\u2024" in value or "\u00b7" in value or "\\" in value:
            return None  # a look-alike or escaped decimal point ("0․0454"): not its digits
        if ">" in value or re.search(r"\d{12}", value):
            return None  # an emoji's id ("<:entry:2163735234293632482>"), never a price
        head = value.split("(")[0]
        new = _PRICE.sub(lambda p: fmt(p.group(1)) or p.group(1), head)
        return f"{m.group(0)[: m.start('value')]}{new}{value[len(head) :]}"

    return _rewrite_labelled(text, restyle, kinds=("entry", "tp", "sl"))


def dollar_prices(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """A "$" before (or after: "0.0233$") every price on the entry, target and stop lines:
    prices are quoted in dollars (USDT) already."""
    if rng.random() < 0.5:
        return _restyle_prices(text, lambda p: "$" + p)
    return _restyle_prices(text, lambda p: p + "$")


_CONTINENTAL = re.compile(r"(?<![\d.])\d{1,3}\.\d{3}(?![\d])")


def thousands_separators(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """Prices of 4+ integer digits written with comma thousands separators and a decimal
    point ("63450.5" -> "63,450.5"): the same number in the English notation."""

    if _CONTINENTAL.search(text):
        return None  # a text that may write "3.143" for 3143: a comma could read as decimals

    def group(p: str) -> str | None:
        whole, _, frac = p.partition(".")
        if len(whole) < 4:
            return None
        return f"{int(whole):,}" + (f".{frac}" if frac else "")

    return _restyle_prices(text, group)


_LEVERAGE = re.compile(r"(?<![\w.\-–/])(?:(\d{1,3})\s?[xX×]|[xX×]\s?(\d{1,3}))(?![\w.])")


def leverage_style(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """The leverage written "10x", "x10", "10X" or "X10" (and "Cross 10x" when the margin mode
    is not compared and not said otherwise): the same multiplier."""
    lev = expected.get("leverage")
    if not lev or lev != int(lev):
        return None
    n = int(lev)
    forms = [f"{n}x", f"x{n}", f"{n}X", f"X{n}"]
    if "margin_mode" not in expected and not re.search(r"(?i)isolated|cross", text):
        forms.append(f"Cross {n}x")
    hits = [m for m in _LEVERAGE.finditer(text) if int(m.group(1) or m.group(2)) == n]
    if len(hits) != 1:
        return None
    hit = hits[0]
    choices = [f for f in forms if f != hit.group(0)]
    return text[: hit.start()] + rng.choice(choices) + text[hit.end() :]


def side_case(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """The side word written in capitals, small letters or title case ("LONG", "long",
    "Long"), where the text holds it once: the same side."""
    side = expected.get("side")
    if side not in ("long", "short"):
        return None
    hits = list(re.finditer(rf"(?i)(?<![\w-]){side}(?![\w-])", text))
    if len(hits) != 1 or re.search(r"(?i)(?<![\w-])(?:long|short)\w", text):
        return None
    word = hits[0].group(0)
    choices = [w for w in (side.upper(), side, side.title()) if w != word]
    hit = hits[0]
    return text[: hit.start()] + rng.choice(choices) + text[hit.end() :]


_PAIR_FORMS = ("#{s}", "${s}", "#{s}/USDT", "{s}/USDT", "{s}USDT", "#{s}USDT", "{s}-USDT")


def pair_spelling(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """The coin written as another of the usual pair spellings ("#SOL", "$SOL", "SOL/USDT",
    "SOLUSDT", "#SOLUSDT", "SOL-USDT"), where the text names it once in one of them and the
    message's contract and market are not compared: the same coin."""
    symbol = expected.get("symbol")
    if not symbol or not symbol.isalpha() or "contract" in expected or "market" in expected:
        return None
    pattern = rf"(?<![\w#$])(?:#|\$)?{symbol}(?:[/-]?USDT)?(?![\w/])"
    hits = list(re.finditer(pattern, text))
    if len(hits) != 1 or len(re.findall(rf"(?i){symbol}", text)) != 1:
        return None
    hit = hits[0]
    if hit.group(0) == symbol:  # a bare coin: its reading hangs on the side word beside it
        return None
    forms = [f.format(s=symbol) for f in _PAIR_FORMS if f.format(s=symbol) != hit.group(0)]
    return text[: hit.start()] + rng.choice(forms) + text[hit.end() :]


# a labelled line in any language: decorations, one to three words of any script, an optional
# ordinal, a colon, then a value holding a digit ("Einstieg: 3.412", "Мақсад 1: 0.5")
ANY_LABELLED = re.compile(
    r"^(?P<pre>[^\w\n$#]*?)(?P<label>[^\W\d_][^\W\d]*(?:[ ][^\W\d_][^\W\d]*){0,2})"
    r"(?P<ord>[ ]?\d{1,2})?(?P<post>[ ]?):(?P<value>[^\n]*\d[^\n]*)$",
)


def _rewrite_any(text: str, rewrite: Callable[[re.Match[str]], str | None]) -> str | None:
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        m = ANY_LABELLED.match(line)
        if m is None or m.group("value")[:1] not in " \t":
            continue  # "2:05" clock times, "http://…": no label and value
        new = rewrite(m)
        if new is not None and new != line:
            lines[i] = new
            changed = True
    return "\n".join(lines) if changed else None


def any_label_separator(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """In any language, the colon after a line's label written " -", " =", " →" or left out:
    the label still names the number after it."""
    sep = rng.choice([" -", " =", " →", ""])
    return _rewrite_any(text, lambda m: _compose(m, sep=sep))


def any_label_markup(text: str, expected: dict[str, Any], rng: random.Random) -> str | None:
    """In any language, a line's label in **bold** or __underline__, or a bullet before it:
    emphasis and layout only."""
    how = rng.choice(["**", "__", "• ", "▪️ "])
    if how in ("**", "__"):
        return _rewrite_any(
            text,
            lambda m: (
                f"{m.group('pre')}{how}{m.group('label')}{m.group('ord') or ''}:{how}"
                + m.group("value")
            ),
        )
    return _rewrite_any(text, lambda m: how + m.group(0))


PERTURBATIONS: dict[str, Perturbation] = {
    "extra_blank_lines": extra_blank_lines,
    "hashtag_line": hashtag_line,
    "disclaimer_footer": disclaimer_footer,
    "forwarded_header": forwarded_header,
    "signature_link": signature_link,
    "bullets": bullets,
    "icon_line_ends": icon_line_ends,
    "bold_labels": bold_labels,
    "label_case": label_case,
    "label_spelling": label_spelling,
    "separator_swap": separator_swap,
    "list_separators": list_separators,
    "shuffle_sections": shuffle_sections,
    "targets_on_lines": targets_on_lines,
    "blank_between_sections": blank_between_sections,
    "dollar_prices": dollar_prices,
    "thousands_separators": thousands_separators,
    "leverage_style": leverage_style,
    "side_case": side_case,
    "pair_spelling": pair_spelling,
    "any_label_separator": any_label_separator,
    "any_label_markup": any_label_markup,
}


def perturb(name: str, text: str, expected: dict[str, Any], seed: int) -> str | None:
    """``text`` rewritten by the perturbation ``name`` (seeded), or None where it does not
    apply."""
    return PERTURBATIONS[name](text, expected, random.Random(f"{name}:{seed}"))
