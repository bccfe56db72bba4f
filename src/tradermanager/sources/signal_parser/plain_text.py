"""A message's relay markup, monospace tables and look-alike marks written as plain text.

Runs before anything else reads the message; every step is gated by a literal test so a plain
message costs a few ``in`` checks:

* Discord markup relayed raw by bridges: custom and animated emojis (``<:sol:9416…>``,
  ``<a:fire:…>``), user, role and channel mentions (``<@!…>``, ``<@&…>``, ``<#…>``) and
  timestamps (``<t:1733412000:R>``) carry ids of 17–20 digits that are no prices. They become
  a space. An emoji's name is no ticker either (servers name them ``pepe``, ``kek``, ``sol``):
  a post naming its coin only by an emoji has no symbol. Spoilers (``||144.2||``) lose their
  bars.
* Telegram MarkdownV2 escapes leaking into the text (``0\\.1234 \\(\\-2\\.3%\\)``) are unescaped.
* A look-alike decimal point between digits — the one-dot leader ``․`` (U+2024) some bots
  print to keep Telegram from linking or escaping a number, or a middle dot ``·`` — is a
  decimal point: ``0․1234`` and ``148·20`` are 0.1234 and 148.20. With spaces around it a
  middle dot separates list items (``152 · 155``), as before.
* A monospace table (box drawing ``┌─┬─┐ │ … │``, heavy, double, rounded, or ASCII ``+---+``
  rules with ``|`` rows) is read row by row: a key/value row ``│ Target 1 │ 24.969 │ +1.5% │``
  is the line ``Target 1: 24.969 | +1.5%`` (the label's ordinal stays a label's, a cell
  separator is no range); a header row over a rule with rows of values under it
  (``│ Coin │ Side │ Entry │ TP1 │`` / ``├──┼──┤`` / ``│ SOL │ LONG │ 148.2 │ 152 │``) gives
  ``Header: cell`` lines, one block per row. A plain ``Entry | 14.85`` row (a label of words
  and at most a one-digit ordinal, then a price) is ``Entry: 14.85``.
"""

from __future__ import annotations

import csv
import re

from tradermanager.sources.signal_parser.alert_relays import (
    may_be_mail,
    may_name_indicator,
    may_name_interval,
    may_name_timeframe,
    without_chart_interval,
    without_exchange_prefix,
    without_indicator_settings,
    without_mail_attribution,
    without_mail_headers,
    without_timeframe_lines,
)
from tradermanager.sources.signal_parser.average_notes import (
    without_average_lines,
    without_average_notes,
)
from tradermanager.sources.signal_parser.block_spellings import (
    block_headings_as_cornix,
    may_spell_block,
)
from tradermanager.sources.signal_parser.bridge_commands import (
    commands_as_lines,
    may_be_bridge_command,
)
from tradermanager.sources.signal_parser.card_headings import (
    arrow_labels_plain,
    icon_row_labelled,
    may_close_row_on_icon,
    may_count_headings,
    may_hold_icon_row,
    may_point_labels,
    one_line_row_labelled,
    without_heading_counts,
)
from tradermanager.sources.signal_parser.card_marks import plain_marks
from tradermanager.sources.signal_parser.dca_lists import dca_lists_as_entries, may_list_dca
from tradermanager.sources.signal_parser.dip_buys import dip_buys_as_labels, may_tell_dip_buys
from tradermanager.sources.signal_parser.forum_markup import bbcode_as_text, holds_bbcode
from tradermanager.sources.signal_parser.glued_dashes import dashes_unglued, may_glue_dashes
from tradermanager.sources.signal_parser.heading_prices import (
    heading_prices_joined,
    may_hold_heading_prices,
)
from tradermanager.sources.signal_parser.icon_after_label import (
    labels_before_icons,
    may_hold_icon_after_label,
)
from tradermanager.sources.signal_parser.json_payload import read_key_values, read_payloads
from tradermanager.sources.signal_parser.lexicon import LEVERAGE_LABELS
from tradermanager.sources.signal_parser.limit_ladders import (
    may_number_limits,
    numbered_limits_as_entries,
)
from tradermanager.sources.signal_parser.lower_case import lower_case
from tradermanager.sources.signal_parser.more_orders import may_add_more, more_orders_as_entries
from tradermanager.sources.signal_parser.order_notes import may_note_order, noted_orders_as_entries
from tradermanager.sources.signal_parser.order_word_labels import (
    may_label_order_words,
    may_number_order_words,
    may_sell_then_buy,
    numbered_orders_as_labels,
    order_words_as_labels,
    orders_at_as_labels,
)
from tradermanager.sources.signal_parser.order_word_ladders import (
    may_list_order_words,
    order_ladders_as_entries,
)
from tradermanager.sources.signal_parser.price_info_lines import (
    may_hold_price_info,
    with_info_colons,
)
from tradermanager.sources.signal_parser.sections import LABELS
from tradermanager.sources.signal_parser.stop_updates import may_note_old_stop, old_stop_as_was
from tradermanager.sources.signal_parser.trade_log import (
    callout_as_words,
    command_as_words,
    may_be_callout,
    may_be_command,
)
from tradermanager.sources.signal_parser.typed_fast import (
    reply_preview_as_quote,
    undo_typing,
    without_client_trimmings,
)
from tradermanager.sources.signal_parser.worked_sums import may_show_sum, without_worked_sums
from tradermanager.sources.signal_parser.wrapped_lines import joined_wraps, may_be_wrapped

# ---- Discord markup ------------------------------------------------------------------------
_DISCORD = re.compile(
    r"<(?:a?:\w{1,32}:\d{15,21}|@[!&]?\d{15,21}|#\d{15,21}|t:-?\d{1,13}(?::[tTdDfFR])?)>"
)
# a custom emoji named for a label ("<:tp1:…> 152.5", "<:sl:…> 144"): the label it stands for
_EMOJI_LABEL = re.compile(
    r"<a?:((?i:entry|entries|tp|tp[1-9]|target|target[1-9]|targets|sl|stop|stoploss|stop_?loss"
    r"|long|short|buy|sell)):\d{15,21}>"
)
# Telegram HTML left raw (a bot that sent without its parse mode): the tags and entities
_HTML_TAG = re.compile(
    r"</?(?:b|i|u|s|em|strong|code|pre|tg-spoiler|blockquote|span|a)(?:[^\S\n][^<>\n]{0,300})?>",
    re.I,
)
_ENTITIES = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#36;": "$", "&nbsp;": " "}
_ENTITY = re.compile("|".join(_ENTITIES))
# a price glued to its quote ("1.0504USDT"): not a pair's coin ending in a digit ("API3USDT")
_GLUED_QUOTE = re.compile(
    r"(?<![A-Za-z\d.,])(\d[\d,]*(?:\.\d+)?)(?=(?:usdt|usdc|usd)(?![a-z]))", re.I
)
_ANSI = re.compile("\x1b\\[[0-9;]*m")  # a colour escape of a Discord ```ansi block
_SPOILER = re.compile(r"\|\|([^|]{1,400}?)\|\|")

# a hashtag before a value ("#EntryZone 0.512 - 0.498", "#TP1 0.4102", "#Lev 20x"): the word,
# its parts joined by an underscore or written together, may be a section's label
_HASHTAG_BEFORE_VALUE = re.compile(
    # (the "#" first, then what stands before it: the engine skips to each "#")
    r"#(?<![\w#]#)([^\W\d_][^\W_]*(?:_[^\W_]+)*)[^\S\n]*:?(?=[^\S\n]*[$]?\d)"
)
_LEVERAGE_WORD = re.compile(f"(?:{LEVERAGE_LABELS})", re.I)

# a thread's part number at a line's start ("1/", "2/ ", "3/5", "🧵 1/")
_THREAD_PART = re.compile(r"^([^\S\n]*(?:🧵[^\S\n]*)?)(\d{1,2})/(\d{1,2})?(?=[^\S\n]|$)", re.M)

# a spot ladder's numbered orders at a line's start: "Buy 1:", "Buy #2 -", "BUY 3 @", "1st buy:",
# "Sell #1:", "2nd sell:", bulleted and with an em dash ("• Sell 1 — 1.1162 (50%)"), "DCA 2 –",
# "Entry 1 @", under an emoji bullet ("📥 Buy 1:"); an order book's "Bid 1 @" (a buy) and "Ask 2
# @" (a sell), a bare "Limit (1) →" (an entry) and "Take (2) →" (a target, never an entry)
_NUMBERED_ORDER = re.compile(
    r"^([^\S\n]*(?:(?:[•▪➤·*]|[\u2600-\u27bf\U0001f300-\U0001faff])\ufe0f?[^\S\n]*)?)"
    r"(?:(buy(?:[^\S\n]+back)?|sell|long|short|order|cover|dca|entry|bid|ask|limit|take)"
    r"[^\S\n]*#?[^\S\n]*\(?([1-9])\)?"
    r"|([1-9])(?:st|nd|rd|th)[^\S\n]+(buy|sell))"
    r"[^\S\n]*(?:[:@\-–—=→➤]|->)[^\S\n]*(?=[$]?\d)",
    re.M | re.I,
)

# A quick test before it (most cards pass the hint: "LONG", " 1"): the same pattern, case-
# sensitive, after a newline in the lower-cased text ("\n" + text.lower()) — the case-blind one
# is slow to fail, and the literal lets the engine skip from line start to line start. (Its
# words are written in lower case; "ſ", which the case-blind "s" takes, is the one letter of
# them lower() leaves as it is.)
_NUMBERED_ORDER_LOWER = re.compile("\n" + _NUMBERED_ORDER.pattern.removeprefix("^"))


def may_number_orders(text: str) -> bool:
    """Whether :data:`_NUMBERED_ORDER` may find an order in ``text`` (see above)."""
    return "ſ" in text or _NUMBERED_ORDER_LOWER.search("\n" + lower_case(text)) is not None


# ---- MarkdownV2 escapes, look-alike decimal points, apostrophe thousands ---------------------
# an apostrophe between thousands groups (Swiss "63'450.5", "63’450"): no mark at all
_APOSTROPHE_GROUP = re.compile(r"(?<=\d)['’](?=\d{3}(?!\d))")
_ESCAPED = re.compile(r"\\([_*\[\]()~`>#+\-=|{}.!])")
_LOOKALIKE_POINT = re.compile(r"(?<=\d)[\u2024\u00b7](?=\d)")
# a list's comma written against the next number ("0.212 ,0.218 ,0.224"): its space moves
# after it, so the number after it is read (a number right after a comma is a thousands group)
_GLUED_LIST_COMMA = re.compile(r"(?<=\d) ,(?=\$?\d)")

# ---- struck-out values ------------------------------------------------------------------------
# WhatsApp's strikethrough: "_Stop:_ ~143.0~ 144.2" — a value struck out and its replacement after
# it. Only a struck value that holds a digit and is followed by another number is removed (a tilde
# also writes "about" and ranges: "~0.5", "0.50~0.52").
# Markdown's "~~152~~ 155" the same, and the replacement may carry markup ("~~152~~ **155**").
_STRUCK = re.compile(
    r"(?<![^\s_*:])~~?(?=[^\s~])[^~\n]*?\d[^~\n]*?(?<=[^\s~])~~?(?=[^\S\n]+[*_`]*[$]?\d)"
)

# ---- emphasis marks ---------------------------------------------------------------------------
# WhatsApp's and Telegram/Discord markdown's emphasis kept as text by a relay: "*Entry:*
# _0.022144_", "_LONG_", "*_SL_*: 144", "**TP1**", "`148.2`", "```10x```". A run of "*", "_" or
# "`" that opens a word (nothing alphanumeric before it, something not blank after it) or closes
# one (something not blank before it, nothing alphanumeric after it) is removed. One inside a
# word stays ("SOL_USDT", "BTCUSD_PERP", "stop_loss"), and so does a bullet "* " or a lone " * ".
# "Entry Zone: 2.6683_2.5742": two decimal prices joined by an underscore are a range, written
# apart as the spaced "2.6683 _ 2.5742" is (an underscore inside a word, "SOL_USDT", stays).
_UNDERSCORE_RANGE = re.compile(r"(?<![\w.,])(\d+[.,]\d+)_(\d+[.,]\d+)(?![\w.,])")
_EMPHASIS = re.compile(r"(?<![^\W_])[*_`]+(?=[^\s*_`])|(?<=[^\s*_`])[*_`]+(?![^\W_])")


# ---- a best price noted inside an entry zone -------------------------------------------------
# "0.505–0.512 zone (ideal 0.508)", "Accumulate 0.505 to 0.512, best fill 0.508": the noted price
# lies inside the zone written before it on its line and is a note on it, no third entry. A noted
# price outside the zone is left (and read as a price, which review then questions).
_ZONE_NOTE_WORDS = ("ideal", "best", "optimal", "preferred", "sweet spot")
_ZONE_THEN_NOTE = re.compile(
    r"(?P<lo>\d[\d,]*(?:\.\d+)?)[^\S\n]*(?:-|–|—|to)[^\S\n]*(?P<hi>\d[\d,]*(?:\.\d+)?)"
    r"(?P<gap>[^\d\n]{0,30}?)"
    r"(?P<note>[(,;]?[^\S\n]*(?:ideal|best(?:[^\S\n]+(?:fill|entry|price|buy|sell))?|optimal"
    r"|preferred|sweet[^\S\n]+spot)[^\S\n]*:?[^\S\n]*\$?(?P<c>\d[\d,]*(?:\.\d+)?)\)?)",
    re.I,
)


def _zone_note(text: str) -> str:
    def drop(m: re.Match[str]) -> str:
        try:
            lo, hi, c = (float(m.group(k).replace(",", "")) for k in ("lo", "hi", "c"))
        except ValueError:
            return m.group()
        lo, hi = min(lo, hi), max(lo, hi)
        if not lo < c < hi:
            return m.group()
        return m.group()[: m.start("note") - m.start()]

    return _ZONE_THEN_NOTE.sub(drop, text)


# ---- a line that says it is no trade ---------------------------------------------------------
# "Daily: bullish above 139, bigger target 170 — no position yet." beside "4H trade (active):
# Long 148.2, TP 152 / 155, SL 144": a line that says it is no trade is a map of levels; its
# prices are blanked when other lines of the message hold prices (the trade).
_NO_TRADE_WORDS = ("no position", "not a trade", "just the map", "will post separately")
_PRICE = re.compile(r"\d")
_DIGIT = _PRICE  # (any digit: the gate of the steps that rewrite around one)


def _no_trade_lines(text: str, lowered: str) -> str:
    lines = text.split("\n")
    low_lines = lowered.split("\n")
    quiet = [any(w in low for w in _NO_TRADE_WORDS) for low in low_lines]
    if not any(quiet):
        return text
    if not any(not q and _PRICE.search(line) for q, line in zip(quiet, lines, strict=True)):
        return text  # the only lines with prices: left for review to question
    return "\n".join("" if q else line for q, line in zip(quiet, lines, strict=True))


# ---- values written before their labels ------------------------------------------------------
# "0.3004 entry, 0.2962/0.2909 targets, 0.3054 stop" or lines "0.7374 - entry" / "0.7493 - TP1":
# a price (or a list of them), a separator, a level's or the leverage's label ending its part
_VALUE_FIRST = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[,;:—·]))(?P<lead>[^\S\n]*)"
    r"(?P<values>\$?\d[\d.,]*\$?x?(?:[^\S\n]*[/,&][^\S\n]*\$?\d[\d.,]*\$?)*)"
    r"[^\S\n]*(?:[-–—→:][^\S\n]*)?"
    r"(?P<label>entry|entries|in|long|short|tp[1-9]?|tps|targets?|out|sl|stop(?:[^\S\n]*loss)?|invalidation"
    r"|leverage|lev)"
    r"[^\S\n]*(?=[,;\n·]|$)",
    re.I,
)


# "0.512 in, 0.55/0.58 out, 0.49 invalidation": the short words an entry and its exits go by
# and "40.63 long · 41.26 & 41.79 tp · 39.78 sl": the side word stands for the entry's label
_VALUE_FIRST_KIND = {"in": "en", "long": "en", "short": "en", "out": "ta", "invalidation": "st"}
_VALUE_FIRST_LABEL = {"in": "entry", "out": "targets", "long": "long entry", "short": "short entry"}


def _values_first(text: str) -> str:
    """Labels written after their values are moved before them ("0.3004 entry" → "entry:
    0.3004") when the message writes an entry and a target or stop that way."""
    found = list(_VALUE_FIRST.finditer(text))
    kinds = {
        _VALUE_FIRST_KIND.get(m.group("label").lower(), m.group("label").lower()[:2]) for m in found
    }
    if "en" not in kinds or not kinds & {"tp", "ta", "sl", "st"}:
        return text
    out, at = [], 0
    for m in found:
        label = _VALUE_FIRST_LABEL.get(m.group("label").lower(), m.group("label"))
        out.append(text[at : m.start()])
        out.append(f"{m.group('lead')}{label}: {m.group('values')}")
        at = m.end()
    out.append(text[at:])
    return "".join(out)


# ---- order-type words on every level -------------------------------------------------------------
# Forex copiers and exchange order tickets name each level by the order that trades it: "BUY
# LIMIT 148.2" / "Limit buy @ 148.2" (an entry of a long), "Sell limit 152" or "TP1 (sell
# limit)" (its targets), "Sell stop 144" / "Stop market 144" (its stop); a short the other way
# round. The first limit order names the position's side (entries are listed first); the
# orders of the other side are its exits: limit ones the targets, stop ones the stop. Each such
# line is written with its label ("Entry 1:", "TP2:", "SL:"). Nothing is rewritten when an
# order contradicts that reading (a stop order on the entries' side is a stop entry, no exit),
# when a line's own label says otherwise, or when a side word of the message disagrees.
_ORDER_WORDS = (
    r"(?:(?P<{p}side>buy|sell)[ \-](?P<{p}kind>limits?|stop(?:[ \-]market)?|stop[ \-]loss)"
    r"|(?P<{p}kind2>limits?|stop(?:[ \-]market)?)[ \-](?P<{p}side2>buy|sell)"
    r"|(?P<{p}kind3>stop[ \-]market))"
)
# An order at a line's start, or in a sentence after a comma or "a" ("placing a buy limit at
# 148.2, sell limits at 152 and 155, stop market at 144")
_ORDER_LINE = re.compile(
    r"(?:^|(?<=[,;] )|(?<=(?<![\w])a ))(?P<lead>[^\S\n]*(?:[-•*▪️🔹🔸]+[^\S\n]*)?)"
    # a label with its order in brackets ("TP1 (sell limit)"), or the order alone
    r"(?:(?P<label>tp\s*\d?|target\s*\d?|take[ \-]?profit\s*\d?|sl|stop[ \-]?loss|entry\s*\d?)"
    r"[^\S\n]*\([^\S\n]*" + _ORDER_WORDS.format(p="") + r"[^\S\n]*\)"
    r"|" + _ORDER_WORDS.format(p="b_") + r")"
    r"(?:[^\S\n]*\(\d\))?[^\S\n]*(?:[:@=]|at(?![\w]))?[^\S\n]*(?=[$]?\d)",
    re.I | re.M,
)
_SIDE_WORD = re.compile(r"(?<![\w])(long|short)(?![\w])", re.I)
# a second price on an order's line, after its first ("10.713 / 10.85", "0.41, 0.42")
_SECOND_PRICE = re.compile(r"\d[^\n\d(]*?(?:[/,|&]|[^\S\n]and)[^\S\n]*\$?\d")
# an exchange ticket's order over its price ("Type: Buy Limit" / "Price: 148.2"): one line
_TICKET = re.compile(
    r"^([^\S\n]*)(?:order[^\S\n]+)?type[^\S\n]*[:=][^\S\n]*"
    r"((?:buy|sell)[ \-](?:limit|stop(?:[ \-]market)?)"
    r"|(?:limit|stop(?:[ \-]market)?)[ \-](?:buy|sell)|stop[ \-]market)[^\S\n]*\n[^\S\n]*"
    r"(?:price|trigger(?:[^\S\n]+price)?|limit[^\S\n]+price|stop[^\S\n]+price)[^\S\n]*[:=]",
    re.I | re.M,
)


def _order(m: re.Match[str]) -> tuple[str, str]:
    """The side ("buy"/"sell", "" for a stop market) and kind ("limit"/"stop") of an order."""
    g = m.groupdict()
    side = next((g[k] for k in ("side", "side2", "b_side", "b_side2") if g[k]), "")
    kind = next(g[k] for k in ("kind", "kind2", "kind3", "b_kind", "b_kind2", "b_kind3") if g[k])
    return side.lower(), "limit" if kind.lower().startswith("limit") else "stop"


def _own_label_agrees(own: str, what: str) -> bool:
    """Whether a line's own label ("TP1", "SL", "Entry 2", or none) names the level its order
    makes it."""
    if not own:
        return True
    if own.startswith("e"):
        return what == "Entry"
    if own.startswith(("sl", "stop")):
        return what == "SL"
    return what == "TP"  # tp, target, take profit


def _order_levels(text: str) -> str:
    """Lines named by their order type read as labelled levels (see above); the text as it
    was when they are not."""
    ticketed = _TICKET.sub(r"\1\2:", text) if ("ype" in text or "YPE" in text) else text
    return _labelled_orders(ticketed) or text


def _labelled_orders(text: str) -> str | None:
    found = list(_ORDER_LINE.finditer(text))
    if len(found) < 2:
        return None
    orders = [(m, *_order(m)) for m in found]
    entry_side = next((side for _, side, kind in orders if kind == "limit" and side), None)
    if entry_side is None:
        return None
    written = {s.lower() for s in _SIDE_WORD.findall(text)}
    if written and written != {"long" if entry_side == "buy" else "short"}:
        return None
    levels: list[str] = []
    for m, side, kind in orders:
        if side == entry_side and kind != "limit":
            return None  # a stop order on the entries' side: a stop entry, not read here
        what = "Entry" if side == entry_side else "TP" if kind == "limit" else "SL"
        if not _own_label_agrees((m.group("label") or "").lower(), what):
            return None
        levels.append(what)
    out, at = [], 0
    seen = {"Entry": 0, "TP": 0, "SL": 0}
    several_entries = levels.count("Entry") > 1
    starts = [m.start() for m, _, _ in orders[1:]] + [len(text)]
    for (m, _, _), what, following in zip(orders, levels, starts, strict=True):
        seen[what] += 1
        number = str(seen[what]) if what == "TP" else ""
        number = f" {seen[what]}" if what == "Entry" and several_entries else number
        end = text.find("\n", m.end())
        end = min(following, end if end >= 0 else len(text))
        label = f"{what}{number}"
        if what != "SL" and _SECOND_PRICE.search(text, m.end(), end):
            # "Sell limit @ 10.713 / 10.85": a list under one order, no ordinal
            label = "Entries" if what == "Entry" else "Targets"
        out += [text[at : m.start()], f"{m.group('lead')}{label}: "]
        at = m.end()
    out.append(text[at:])
    return "".join(out)


# ---- tables ---------------------------------------------------------------------------------
_VERTICAL = str.maketrans({c: "|" for c in "│┃║┆┇┊┋╎╏"})
# a rule: only box-drawing characters, '+', '-', '=', ':' and spaces, with a run of three
_RULE = re.compile(
    r"^[^\S\n]*[+|]?[-=:+|\u2500-\u257f ]*[-=\u2500-\u257f]{3}[-=:+|\u2500-\u257f ]*$"
)
_ASCII_RULE = re.compile(r"^[^\S\n]*\+[-=+]{3,}\+?[^\S\n]*$", re.M)
_PRICE_CELL = re.compile(r"[$€]?\d")
# a row label: words (any script) with at most a one-digit ordinal or a keycap, no price
_ROW_LABEL = re.compile(r"^[^\W\d_][^\d|:]{0,30}?(?:[ #]?\d)?(?:\uFE0F?\u20E3)?$|^\d\uFE0F?\u20E3$")
# header cells naming the columns of a key/value table, not fields
_KEY_HEADERS = frozenset(["field", "key", "parameter", "param", "item", "name", "", "#"])


# a cell that opens with a label of one or two letters and its prices ("E 1.12", "T 1.18, 1.25")
_LETTER_CELL = re.compile(r"([A-Za-z]{1,2})[^\S\n]*:?[^\S\n]+(\$?\.?\d[^|]*)")


def _letter_cells(text: str) -> str:
    """A line of three or more cells, each opening with a label of one or two letters and its
    prices ("E 1.12 | T 1.18, 1.25 | S 1.06"), written as the layout's own lines ("E: 1.12" /
    "T: 1.18, 1.25" / "S: 1.06"), where the letters are read like any unknown labels (placed
    by the side); as one line the letters before each price are no label."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        cells = line.split(" | ")
        if len(cells) < 3:
            continue
        matched = [_LETTER_CELL.fullmatch(cell.strip()) for cell in cells]
        if all(matched):
            lines[k] = "\n".join(f"{m.group(1)}: {m.group(2).strip()}" for m in matched if m)
    return "\n".join(lines)


def plain(text: str) -> str:
    """The text with relay markup, escapes, look-alike points and tables made plain. (A test
    for words that all hold one rarer character — "{", ":", "/", "1", "|", "\\n" — looks for
    that character first: one character is found by a quick scan, a word by a slower one.)"""
    text = reply_preview_as_quote(without_client_trimmings(text))
    text = plain_marks(text)  # meters, button rows, joined labels, position-tool stats
    if may_glue_dashes(text):
        text = dashes_unglued(text)  # "TARGETS:-9.01/8.895", "(50xSHORT)"
    if may_hold_heading_prices(text):
        text = heading_prices_joined(text)  # "📈 Entry:" over "   Price: $0.4972"
    if "\n" in text and may_be_wrapped(text):
        text = joined_wraps(text)  # a line broken inside a bracket or a range
    if "{" in text and ('":' in text or "':" in text):
        text = read_payloads(text)
    elif "=" in text:
        text = read_key_values(text)
    if may_show_sum(text):
        text = without_worked_sums(text)  # "Distance to SL = 1.0325 − 0.986 = 0.0465"
    if may_be_bridge_command(text):
        text = commands_as_lines(text)  # "buy SOLUSDT risk=1 slp=… tpp=…", "ENTER-LONG_…_SOLUSDT_…"
    if may_be_mail(text):
        text = without_mail_headers(text)
    if ":" in text and ("wrote:" in text or "WROTE:" in text):
        text = without_mail_attribution(text)
    if may_name_timeframe(text):
        text = without_timeframe_lines(text)
    if may_name_interval(text):
        text = without_chart_interval(text)  # "BYBIT:SOLUSDT.P, 240": the bar length
    if may_name_indicator(text):
        text = without_indicator_settings(text)  # "SuperTrend (10, 3)", "EMA(21, 55)"
    if ":" in text and ".P" in text:
        text = without_exchange_prefix(text)
    if may_be_command(text):
        text = command_as_words(text)
    if "@" in text[:40] and may_be_callout(text):
        text = callout_as_words(text)
    if "[" in text and holds_bbcode(text):
        text = bbcode_as_text(text)
    # Every step below marked ``digits and`` rewrites only what its pattern finds around a
    # digit, and no step below makes a digit of a text without one: a text without a digit
    # (most chat) skips them all.
    digits = _DIGIT.search(text) is not None
    if digits and "#" in text:
        text = _HASHTAG_BEFORE_VALUE.sub(_hashtag_label, text)
    if digits and "/" in text and "1/" in text and "2/" in text:
        text = _thread_parts(text)
    if digits and may_count_headings(text):
        text = without_heading_counts(text)  # "Targets (4):", "TP (x3)": the count no price
    if digits and not text.isascii() and may_hold_icon_after_label(text):
        text = labels_before_icons(text)  # "Entry 📌 a" / "Stop ⛔ s": the icon after the label
    if digits and not text.isascii() and may_close_row_on_icon(text):
        text = one_line_row_labelled(text)  # "#SOL LONG 148.2 🎯 152 · 155 🚫 144"
    if digits and not text.isascii() and may_hold_icon_row(text):
        text = icon_row_labelled(text)  # "✅ 1.2 ✅ 1.3 ⛔ 1.05", "🎯 10.4 🎯 11.0 ❌ 8.8"
    if digits and may_point_labels(text):
        text = arrow_labels_plain(text)  # "🔸Target 1 ➡️ 152.3": the 1 is the label's
    if digits and may_add_more(text):
        text = more_orders_as_entries(text)  # "Buy: a" / "Buy more: b": two entries
    if digits and may_note_order(text):
        text = noted_orders_as_entries(text)  # "Entry (stop-market): a", "Long trigger: a"
    if digits and may_tell_dip_buys(text):
        text = dip_buys_as_labels(text)  # "a now, then b if it dips": a later buy at b
    if digits and may_number_limits(text):
        text = numbered_limits_as_entries(text)  # "Buy limit 1: a" / "Buy limit 2: b"
    if digits and may_list_dca(text):
        text = dca_lists_as_entries(text)  # "DCA #TIA LONG" / "1) 9.107" / "2) 8.993"
    if digits and may_number_order_words(text):
        text = numbered_orders_as_labels(text)  # "Buy 1: a" / "Buy 2: b" / "Sell: x - y"
    if digits and may_label_order_words(text):
        text = order_words_as_labels(text)  # "SHORT #TRX" / "Sell: a" / "Buy: b, c"
    if digits and may_spell_block(text):
        text = block_headings_as_cornix(text)  # "Buy Targets:" / "Sell Targets:", "Close Orders:"
    if digits and "(" in text and may_note_old_stop(text):
        text = old_stop_as_was(text)  # "trailing stop now 75.03 (from 78.34)": the old stop
    if digits and may_sell_then_buy(text):
        text = orders_at_as_labels(text)  # "SELL @ a" / "BUY @ x / y" / "STOP @ s": a short
    if digits and may_list_order_words(text):
        text = order_ladders_as_entries(text)  # "#INJ SHORT" / "Asks: a, b, c", "Staggered buys"
    if digits and _ladder_hint(text):
        text = _numbered_orders(text)
    if (
        digits
        and "1" in text
        and ("1-" in text or "1 -" in text or "1–" in text)
        and _LABEL_RANGE.search(text)
    ):
        text = _label_ranges(text)
    if _may_note_order_side(text):
        text = _order_side_first(text)
    if digits and _may_list_orders(text):
        text = _unnumbered_orders(text)
    if "<" in text and ">" in text:
        if ":" in text:
            text = _EMOJI_LABEL.sub(r" \1 ", text)
        text = _DISCORD.sub(" ", text)
        if "</" in text:
            text = _HTML_TAG.sub(" ", text)
    if "&" in text and ";" in text:
        text = _ENTITY.sub(lambda m: _ENTITIES[m.group()], text)
    if digits and (
        _digit_before(text, "USD") or _digit_before(text, "usd") or _digit_before(text, "Usd")
    ):
        text = _GLUED_QUOTE.sub(r"\1 ", text)
    if "\x1b" in text:
        text = _ANSI.sub("", text)
    if digits and ("'" in text or "’" in text) and _APOSTROPHE_GROUP.search(text):
        text = _APOSTROPHE_GROUP.sub("", text)
    if "|" in text and "||" in text:
        text = _SPOILER.sub(r"\1", text)
    if digits and "|" in text and " | " in text:
        text = _letter_cells(text)
    if "\\" in text:
        text = _ESCAPED.sub(r"\1", text)
    if digits and "~" in text and text.count("~") >= 2:
        text = _STRUCK.sub("", text)
    if (
        digits
        and ("uy" in text or "UY" in text)
        and ("imit" in text or "IMIT" in text or "arket" in text or "ARKET" in text)
    ):
        text = _order_levels(text)
    if "*" in text or "_" in text or "`" in text:
        if digits and "_" in text:
            text = _UNDERSCORE_RANGE.sub(r"\1 _ \2", text)
        text = _EMPHASIS.sub("", text)
    if digits:
        text = undo_typing(text)
        lowered = lower_case(text)
        if (  # _ZONE_NOTE_WORDS, written out: tested on every message
            "ideal" in lowered
            or "best" in lowered
            or "optimal" in lowered
            or "preferred" in lowered
            or "sweet spot" in lowered
        ):
            text = _zone_note(text)
        if may_hold_price_info(lowered):
            text = with_info_colons(text)  # "Mark price 148.6", "Liq. price 134.8": information
        if "avg" in lowered or "average" in lowered or "ø" in lowered or "blended" in lowered:
            text = without_average_lines(without_average_notes(text))
        if (  # _NO_TRADE_WORDS
            "no position" in lowered
            or "not a trade" in lowered
            or "just the map" in lowered
            or "will post separately" in lowered
        ):
            text = _no_trade_lines(text, text.lower())
        if " ," in text:
            text = _GLUED_LIST_COMMA.sub(", ", text)
        if (
            "ntry," in text
            or "ntry\n" in text
            or "NTRY," in text
            or "NTRY\n" in text
            or (" in," in text and " out," in text)
            or " · " in text
        ):
            text = _values_first(text)
    boxed = False
    if not text.isascii():
        if digits and ("\u2024" in text or "\u00b7" in text):
            text = _LOOKALIKE_POINT.sub(".", text)
        if "│" in text or "┃" in text or "║" in text or "┆" in text:  # a table's row
            text = text.translate(_VERTICAL)
            boxed = True
    if "|" in text:
        if (
            boxed
            or ("+" in text and _ASCII_RULE.search(text))
            or ("---" in text and _key_value_markdown(text))
        ):
            text = _tables(text)
        elif text.count("|") >= 4:
            text = _header_over_values(text)
        text = _pipe_rows(text)
    elif "\t" in text and text.count("\t") >= 4:
        text = _header_over_values(text, "\t")
    elif ";" in text and text.count(";") >= 4:
        text = _header_over_values(text, ";")
    elif "," in text and text.count(",") >= 4 and "\n" in text:
        text = _header_over_values(text, ",")
    return text


def _thread_parts(text: str) -> str:
    """A thread pasted whole: its parts numbered 1, 2, 3 … at their lines' starts (``1/``,
    ``2/``, or ``1/5``, ``2/5`` with one total) lose their numbers, which are no prices. Two
    parts at least, counted from one without a gap: a lone ``1/2 closed`` is a share."""
    marks = list(_THREAD_PART.finditer(text))
    if len(marks) < 2:
        return text
    totals = {m.group(3) for m in marks}
    numbers = [int(m.group(2)) for m in marks]
    if numbers != list(range(1, len(marks) + 1)) or len(totals) != 1:
        return text
    total = next(iter(totals))
    if total is not None and int(total) < len(marks):
        return text
    return _THREAD_PART.sub(r"\1", text)


def _ladder_hint(text: str) -> bool:
    """A quick test before :func:`_numbered_orders`: a first order's number (" 1", "#1",
    "(1", "1st") and a part of an order's verb."""
    return (
        "1" in text
        and (" 1" in text or "#1" in text or "(1" in text or "1st" in text or "1ST" in text)
    ) and (
        "uy" in text or "UY" in text or "ong" in text
        or "ONG" in text or "ort" in text or "ORT" in text or "rder" in text or "RDER" in text
        or "over" in text or "OVER" in text or "DCA" in text or "dca" in text
        or "Bid" in text or "BID" in text or "Ask" in text or "ASK" in text
        or "imit" in text or "IMIT" in text
    )  # fmt: skip


def _numbered_orders(text: str) -> str:
    """A ladder of numbered orders (``Buy 1: 14.85`` / ``Buy 2: 14.40`` / ``Sell 1: 15.60``):
    the verb written first numbers the entries, the other the targets (a spot plan buys then
    sells). Only a ladder: two numbered orders of the first verb, or one of each."""
    if not may_number_orders(text):
        return text
    marks = list(_NUMBERED_ORDER.finditer(text))
    if not marks:
        return text
    verbs = [_verb(m) for m in marks]
    first = next((verb for verb in verbs if verb != "take"), "take")
    if first == "take" or (verbs.count(first) < 2 and len(set(verbs)) < 2):
        return text
    named = {w.lower() for w in _SIDE_WORD.findall(text)} if first in ("buy", "sell") else set()
    if named and named != {"long" if first == "buy" else "short"}:
        return text  # "SHORT" over "Bid 1 @ a": the words disagree (review)

    def label(m: re.Match[str]) -> str:
        verb = _verb(m)
        n = m.group(3) or m.group(4)
        return f"{m.group(1)}{'Entry' if verb == first else 'Target'} {n}: "

    return _NUMBERED_ORDER.sub(label, text)


# an order written as its verb and its price at a line's start, without a number: "Buy 35.2 ×
# $200", "Sell 0.1245 — 150 USDT", "BUY @ 0.512" (not "buy limit @ …": the order words' own)
_UNNUMBERED_ORDER = re.compile(
    r"^([^\S\n]*(?:[•\-*][^\S\n]*)?)(buy|sell)[^\S\n]*(?:@|at)?[^\S\n]*(?=\$?\d)",
    re.M | re.I,
)


def _may_list_orders(text: str) -> bool:
    return "\n" in text and (
        "\nBuy " in text or "\nbuy " in text or "\nBUY " in text
        or "\nSell " in text or "\nsell " in text or "\nSELL " in text
    )  # fmt: skip


def _unnumbered_orders(text: str) -> str:
    """Two or more orders of one verb, one to a line (``Buy 35.2 × $200`` / ``Buy 34.9 ×
    $300``), before any order of the other verb: the entries of a ladder, numbered here as
    ``Entry 1:``, ``Entry 2:``. A spot plan's sells after its buys stay as they are."""
    marks = list(_UNNUMBERED_ORDER.finditer(text))
    if len(marks) < 2:
        return text
    first = marks[0].group(2).lower()
    run = []
    for m in marks:
        if m.group(2).lower() != first:
            break
        run.append(m)
    if len(run) < 2:
        return text
    out, last = [], 0
    for i, m in enumerate(run, 1):
        out.append(text[last : m.start()] + f"{m.group(1)}Entry {i}: ")
        last = m.end()
    return "".join(out) + text[last:]


# an order's line that names its side in brackets at its end: "3. Place a limit order at 148.2
# (LONG)", "Market order now, no limit (SHORT)" — a step of a plan written for beginners
_ORDER_SIDE_AFTER = re.compile(
    r"^(?P<lead>[^\S\n]*(?:(?:step[^\S\n]*)?\d{1,2}(?:[.):]|\ufe0f?\u20e3)[^\S\n]*)?)"
    r"(?P<body>[^\n]*?(?:order|market|limit)[^\n]*?)[^\S\n]*\([^\S\n]*(?P<side>long|short)"
    r"[^\S\n]*\)[^\S\n]*$",
    re.M | re.I,
)


def _may_note_order_side(text: str) -> bool:
    return "(" in text and ("ONG)" in text or "ong)" in text or "ORT)" in text or "ort)" in text)


def _order_side_first(text: str) -> str:
    """``3. Place a limit order at 148.2 (LONG)`` → ``3. LONG Place a limit order at 148.2``: the
    side an order's line names after it is read where a side word opens its order."""
    return _ORDER_SIDE_AFTER.sub(
        lambda m: f"{m.group('lead')}{m.group('side').upper()} {m.group('body')}", text
    )


# a label's numbers written as a range of labels: "TP1-TP3: a / b / c", "PT1–PT2:", "T1-T4" —
# the same as "TP 1-3:", whose numbers are no price
_LABEL_RANGE = re.compile(
    r"(?<![\w])(tps?|pts?|targets?|t)[^\S\n]*(\d{1,2})[^\S\n]*[-–~][^\S\n]*"
    r"(?:tps?|pts?|targets?|t)[^\S\n]*(\d{1,2})(?=[^\S\n]*[:=)➜→])",
    re.I,
)


def _label_ranges(text: str) -> str:
    return _LABEL_RANGE.sub(lambda m: f"{m.group(1)} {m.group(2)}-{m.group(3)}", text)


def _verb(m: re.Match[str]) -> str:
    """A numbered order's verb: "buy back" and "cover" close a short (its targets), "long",
    "short", "order" and "limit" open the position like "buy"; a bid is a buy, an ask a sell;
    "take" is a target's (never the entries', :func:`_numbered_orders`)."""
    verb = " ".join((m.group(2) or m.group(5)).lower().split())
    if verb in ("buy back", "cover"):
        return "close"
    if verb in ("bid", "ask"):
        return "buy" if verb == "bid" else "sell"
    return "open" if verb in ("long", "short", "order", "dca", "entry", "limit") else verb


def _hashtag_label(match: re.Match[str]) -> str:
    """``#EntryZone`` before a value is the label ``EntryZone:``, ``#Entry_Zone`` ``Entry
    Zone:``; a hashtag naming a coin or a side stays as it is."""
    word = match.group(1).replace("_", " ")
    label = LABELS.fullmatch(word)
    if (label and label.lastgroup in ("entry", "target", "stop")) or _LEVERAGE_WORD.fullmatch(word):
        return word + ": "
    return match.group()


def _digit_before(text: str, word: str) -> bool:
    """Whether ``word`` stands right after a digit somewhere in ``text`` (a quick test: most
    texts name "USDT" only in a pair, after a letter)."""
    at = text.find(word)
    while at >= 0:
        if at and text[at - 1].isdigit():
            return True
        at = text.find(word, at + 3)
    return False


def _key_value_markdown(text: str) -> bool:
    """A markdown table whose header names the columns of key/value rows (``| Parameter |
    Value |`` over ``|:---|---:|``): its rows are fields, not one signal per row."""
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if "---" in lines[i] and "|" in lines[i] and _RULE.match(lines[i]):
            head = _cells(lines[i - 1]) if "|" in lines[i - 1] else []
            # a header naming key/value columns, or two columns: a heading ("| SOL/USDT | LONG
            # |") over label/value rows
            return bool(head) and (head[0].lower() in _KEY_HEADERS or len(head) == 2)
    return False


_HEAD_CELL = re.compile(r"[^\W\d_][^|\n]{0,24}")
# a header cell of a spreadsheet row split by tabs, semicolons or commas: words and at most a
# trailing ordinal ("Entry", "Stop loss", "TP1", "target_1", "Entry 2"), nothing that is a price
_SHEET_HEAD_CELL = re.compile(
    r"[^\W\d_][^\W\d_]*(?:[ _\-/.][^\W\d_]+)*(?:[ _#]?\d)?\.?(?:[ ]?\([^()\d\n]{1,8}\))?"
    r"|#|no\.?|nr\.?",
    re.I,
)
# a header cell's unit or abbreviation dot, which the label it writes leaves out: "Entry (USDT)",
# "TP1 ($)", "Leverage (x)", "Lev."
_HEAD_UNIT = re.compile(r"[ ]?\([^()\d\n]{1,8}\)$|(?<=[^\W\d_])\.$")
# a header naming the row's number ("#", "No."): its column is no price
_ROW_NUMBER_HEAD = frozenset(("#", "no", "no.", "nr", "nr."))
# a header naming at least one level: what makes two rows a trade's sheet, not a list
_SHEET_LEVEL = re.compile(r"(?i)entry|entries|open|tp|target|take|sl|stop")
_VALUE_CELL = re.compile(
    r"\$?\d[\d.,]*(?:[^\S\n]*[xX%])?"
    r"|\$?\d[\d.,]*[^\S\n]*[-–~][^\S\n]*\$?\d[\d.,]*"  # a zone in one cell: "14.989 - 15.111"
    r"|\$?\d[\d.,]*(?:[^\S\n]*/[^\S\n]*\$?\d[\d.,]*)+"  # targets in one cell: "0.5521 / 0.5626"
    r"|[xX]\d{1,3}"  # a leverage written "x10"
    r"|[^\W_][\w]{1,14}(?:[/\-][A-Za-z]{2,6})?"  # a pair, a side, a mode, "market"
)
# a decimal comma in a semicolon-separated row (the separator European spreadsheets export
# because their decimal mark is the comma): "0,6611", "63.450,5", "3 412,50"
_EU_CELL = re.compile(r"\d{1,3}(?:[. \u202f]\d{3})+,\d+|\d+,\d+")


def _sheet_cells(line: str, sep: str) -> list[str]:
    if sep == "|":
        return _cells(line)
    if sep == ",":
        return [c.strip() for c in next(csv.reader([line]))]
    cells = [c.strip() for c in line.strip().split(sep)]
    if sep == ";":
        cells = [
            c.replace(".", "").replace(" ", "").replace("\u202f", "").replace(",", ".")
            if _EU_CELL.fullmatch(c)
            else c
            for c in cells
        ]
    return cells


def _header_over_values(text: str, sep: str = "|") -> str:
    """A header row over rows of as many cells, labels over values, with no rule between them
    ("Entry | TP1 | TP2 | SL" / "148.2 | 152.5 | 155.8 | 144.1"), split by pipes, tabs,
    semicolons or commas as spreadsheets export them: ``Header: cell`` lines, one block per
    row of values."""
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        head = lines[i]
        if head.count(sep) < 2 or head.count(sep) > 15:
            continue
        if sep != "|" and not _SHEET_LEVEL.search(head):
            continue
        hc = _sheet_cells(head, sep)
        if sep == "|":
            if not all(_HEAD_CELL.fullmatch(c) or c.lower() in _ROW_NUMBER_HEAD for c in hc):
                continue
        elif not all(_SHEET_HEAD_CELL.fullmatch(c) for c in hc):
            continue
        hc = [_HEAD_UNIT.sub("", c.replace("_", " ")) for c in hc]
        numbered = hc[0].lower() in _ROW_NUMBER_HEAD
        blocks: list[str] = []
        k = i + 1
        while k < len(lines):
            rc = _sheet_cells(lines[k], sep)
            if (
                len(rc) != len(hc)
                or not all(_VALUE_CELL.fullmatch(c) for c in rc)
                or sum(c[:1].isdigit() or c[:1] == "$" for c in rc) * 2 < len(rc)
            ):
                break
            if blocks:
                blocks.append("")
            pairs = list(zip(hc, rc, strict=True))[1 if numbered else 0 :]
            blocks += [f"{h}: {c}" for h, c in pairs]
            k += 1
        if blocks:
            lines[i:k] = blocks
            return "\n".join(lines)
    return text


def _pipe_rows(text: str) -> str:
    """``Entry | 14.85`` → ``Entry: 14.85``; any other line is left as written."""
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        bar = line.find("|")
        if bar <= 0:
            continue
        after = line[bar + 1 :].lstrip(" \t")
        if not after or not (after[0].isdigit() or (after[0] in "$€" and after[1:2].isdigit())):
            continue
        label = line[:bar].strip()
        if _ROW_LABEL.match(label):
            lines[i] = f"{line[: len(line) - len(line.lstrip())]}{label}: {after}"
            changed = True
    return "\n".join(lines) if changed else text


def _cells(line: str) -> list[str]:
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [c.strip() for c in inner.split("|")]


def _tables(text: str) -> str:
    """Each run of table rows and rules read as lines (see the module's docstring)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _is_table_line(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        rows: list[tuple[list[str], bool]] = []  # (cells, a rule stands right under the row)
        start = i
        while i < len(lines) and _is_table_line(lines[i]):
            line = lines[i]
            if _RULE.match(line):
                if rows:
                    rows[-1] = (rows[-1][0], True)
            else:
                rows.append((_cells(line), False))
            i += 1
        out += _table_lines(rows) if rows else lines[start:i]  # a rule alone is no table
    return "\n".join(out)


def _is_table_line(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and (stripped[0] == "|" or bool(_RULE.match(line)))


def _table_lines(rows: list[tuple[list[str], bool]]) -> list[str]:
    if not rows:
        return []
    head, ruled = rows[0]
    body = [cells for cells, _ in rows[1:]]
    if (
        ruled
        and body
        and len(head) >= 3
        and head[0].lower() not in _KEY_HEADERS
        and not any(_PRICE_CELL.match(c) for c in head)
        and all(len(cells) == len(head) for cells in body)
    ):
        out: list[str] = []
        for cells in body:  # a header over rows of values
            out += [f"{h}: {c}" for h, c in zip(head, cells, strict=True) if c]
            out.append("")
        return out[:-1]
    out = []
    for cells, _ in rows:  # key/value rows
        filled = [c for c in cells if c]
        if not filled:
            continue
        if len(filled) == 1:
            out.append(filled[0])
        else:
            out.append(f"{filled[0]}: " + " | ".join(filled[1:]))
    return out
