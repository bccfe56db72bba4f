"""What hurried typing and chat clients do to a signal's text, undone before it is read:
labels glued to their values (``TP1:0.55``, ``sl0.49``), side letters and a bare ``t`` for
the targets in terse posts (``eth s 3420-3450`` / ``t 3380/3330 sl 3490``), and the trimmings
a chat client copies with a post (``jay — Today at 2:32 PM``, ``(edited)``, a bar of
reaction counts). Each rewrite runs behind a literal test its pattern implies."""

from __future__ import annotations

import re

# A numbered label glued to its value by a colon or "=" ("TP1:0.55", "Target2=1.18",
# "Entry1:0.512"): the label's number is no ratio's first term ("1:0.55")
_NUMBERED_GLUED = re.compile(
    r"(?<![A-Za-z])((?:tp|TP|Tp|t|T|target|Target|TARGET|tgt|TGT|entry|Entry|ENTRY|e|E"
    r"|take[- ]?profit|Take[- ]?[Pp]rofit|TAKE[- ]?PROFIT)\d{1,2}[:=])(?=\$?\.?\d)"
    # "Take Profit 2:0.0254", "Target 2:0.0254": spaced from its number, the label's value
    # is a price with a decimal point (never "Target 1:2" of a reward ratio)
    r"|(?<![A-Za-z])((?:target|Target|TARGET|take[- ]?profit|Take[- ]?[Pp]rofit|TAKE[- ]?PROFIT)"
    r" \d{1,2}:)(?=\$?\d*\.\d)"
)
# A stop label glued to its price ("sl0.49", "SL63100", "sl67" ending its line): a decimal
# point, three digits, or two digits with nothing after them on the line, so a numbered stop
# ("SL1: …", "SL2 0.49") stays a label with its number
_STOP_GLUED = re.compile(
    r"(?<![A-Za-z])(sl|SL|Sl|stop|Stop|STOP)"
    r"(?=(?:\d*\.\d+|\d{3,}|\d{2}(?=[^\S\n]*(?:\n|$)))(?![\d:.,]))"
)
# A terse headline's side letter between the coin and its price ("sol s 141.93",
# "btc L @63200"), on the message's first line only
_SIDE_LETTER = re.compile(
    r"([^\S\n]*[#$]?(?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,14}[^\S\n]+)"
    r"([lLsS]|lng|LNG|Lng|shrt|SHRT|Shrt)(?=[^\S\n]+@?\$?\.?\d)"
)
_SIDE_OF_LETTER = {"l": "long", "s": "short", "lng": "long", "shrt": "short"}
# A bare "t" for the targets before a price, at a line's start, after a "|" or after a price
# ("t 3380/3330 sl 3490", "| t 8.569 8.694 |", "3420-3450 t 3380/3330"), or with its colon
# ("| e: 0.1299 | t: 0.1273, 0.1251 | inv: 0.1324")
_TARGET_LETTER = re.compile(
    r"(?:^|(?<=\| )|(?<=\d ))[tT](?=[^\S\n]+\$?\.?\d|:[^\S\n]*\$?\.?\d)", re.M
)
# "in 0.512" / "out 0.53 0.55" at lines' starts: the short words for the entry and the exits
# when a message writes both (as "0.512 in, 0.55 out" after the values: plain_text)
_IN_LINE = re.compile(r"^([^\S\n]*)(?:in|IN|In)(?=[^\S\n]+\$?\.?\d)", re.M)
_OUT_LINE = re.compile(r"^([^\S\n]*)(?:out|OUT|Out)(?=[^\S\n]+\$?\.?\d)", re.M)
# A chat client's line over a copied post: the author and the time it was posted
# ("jay_trades — Today at 10:50 AM", "APP SignalBot BOT — 09/01/2026 18:12")
_CLIENT_HEADER = re.compile(
    r"[^\n—]{1,48}[^\S\n]—[^\S\n](?:(?:today|yesterday)[^\S\n]at[^\S\n]"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?[^\S\n]+)\d{1,2}:\d\d(?:[^\S\n]?[ap]m)?[^\S\n]*(?:\n|$)",
    re.I,
)
# A chat export's stamp and sender before a post ("[05/12/26, 14:32:10] Alpha Calls:"),
# alone on the post's first line
_EXPORT_STAMP = re.compile(
    r"\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[^\S\n]+\d{1,2}:\d\d(?::\d\d)?(?:[^\S\n]?[AaPp][Mm])?\]"
    r"[^\S\n]*[^\n:]{1,48}:[^\S\n]*\n"
)
# A copied post's view count, with its clock time or edit mark ("👁 1.2K  edited 14:32",
# "👁 1751  11:28", "Views: 12.4K"), as its last line
_VIEWS = re.compile(
    r"(?:👁\ufe0f?|views?:?)[^\S\n]*\d[\d.,]*[kKmM]?(?:[^\S\n]+(?:edited[^\S\n]+)?\d{1,2}:\d\d)?[^\S\n]*",
    re.I,
)
# A bar of reaction counts under a post ("🔥 35  🚀 25  👀 2"): icons each with a count
_REACTIONS = re.compile(r"(?:[^\w\s.,:;()/|]{1,4}[^\S\n]*\d{1,5}[^\S\n]*){2,}")
# icons that stand for a level's label: a line of them with numbers is no reaction bar
_LEVEL_ICONS = frozenset("🎯🛑⛔❌✅✔💰📥📤🚫⏫⏬↑↓→⬆⬇🔝🟢🔴📈📉➡⬅🔹🔸🔻📍")
# ... and a relay's edit mark naming the value the edit replaced ("SL moved to 1.0379 (edited
# from 1.0274)"): the value before the edit is no level of the message
_EDITED = re.compile(
    r"[^\S\n]*\(edited(?:[^\S\n]+from[^\S\n]+\$?\d[\d.,]*)?\)(?=[^\S\n]*(?:\n|$))", re.I
)


# Quick tests, one simple pattern each (measured the fastest over the corpus), for what the
# rewrites below need: ":" or "=" before a digit ("TP1:0"); a stop label's end before a digit.
# The first is two patterns each opening with its literal, which the engine skips to; a class
# "[:=]" first is tried character by character (~3x slower on a card).
_COLON_GLUED_HINT = re.compile(r":\$?\.?\d")
_EQUALS_GLUED_HINT = re.compile(r"=\$?\.?\d")
# (a pattern each, as "(?:sl|SL|Sl|op|OP)" first is tried at every "s", "S", "o" and "O"; each
# beside the label's end it opens with, which a substring test finds far cheaper than a search:
# a card names its stop "Stop Loss", so four of the five are never searched)
_STOP_GLUED_HINTS = tuple(
    (end, re.compile(end + r"\.?\d")) for end in ("sl", "SL", "Sl", "op", "OP")
)


def may_glue_numbered(text: str) -> bool:
    """Whether ":" or "=" stands before a digit ("TP1:0.55", "Target2=1.18"): every match of
    :data:`_NUMBERED_GLUED` ends so."""
    return (":" in text and _COLON_GLUED_HINT.search(text) is not None) or (
        "=" in text and _EQUALS_GLUED_HINT.search(text) is not None
    )


def may_glue_stop(text: str) -> bool:
    """Whether a stop label's end ("sl", "SL", "Sl", "op", "OP") stands before a digit, with a
    point between or not: every match of :data:`_STOP_GLUED` does."""
    for end, hint in _STOP_GLUED_HINTS:  # noqa: SIM110  (faster than any() over a generator)
        if end in text and hint.search(text) is not None:
            return True
    return False


def _spaced_after(m: re.Match[str]) -> str:
    return m.group() + " "


def undo_typing(text: str) -> str:
    """``text`` with glued labels parted from their values and a terse post's side letter and
    target letter written as words."""
    if may_glue_numbered(text):
        text = _NUMBERED_GLUED.sub(_spaced_after, text)
    if may_glue_stop(text):
        text = _STOP_GLUED.sub(r"\1 ", text)
    if len(text) < 400:
        m = _SIDE_LETTER.match(text)
        if m is not None:
            word = _SIDE_OF_LETTER[m.group(2).lower()]
            text = text[: m.start(2)] + word + text[m.end(2) :]
    if ("\nout " in text or "\nOUT " in text or "\nOut " in text) and (
        "in " in text[:3] or "IN " in text[:3] or "In " in text[:3] or _in_at_line_start(text)
    ):
        lined = _IN_LINE.sub(r"\1entry", text)
        if lined != text:
            outed = _OUT_LINE.sub(r"\1targets", lined)
            text = outed if outed != lined else text
    if (
        " t " in text
        or " T " in text
        or "\nt " in text
        or "\nT " in text
        or text.startswith(("t ", "T "))
        or (":" in text and _colon_target_letter(text))
    ) and _has_stop_word(text):
        text = _TARGET_LETTER.sub("tp", text)
    return text


def _in_at_line_start(text: str) -> bool:
    return "\nin " in text or "\nIN " in text or "\nIn " in text


def _colon_target_letter(text: str) -> bool:
    return (
        " t:" in text
        or " T:" in text
        or "\nt:" in text
        or "\nT:" in text
        or text.startswith(("t:", "T:"))
    )


def _has_stop_word(text: str) -> bool:
    low = text.lower()
    # ("inv:" cut from "invalidation", "stp" from "stop")
    return "sl" in low or "stop" in low or "inv" in low or "stp" in low


def without_client_trimmings(text: str) -> str:
    """``text`` without what a chat client copies along with a post: the author-and-time line
    over it, an ``(edited)`` mark (or ``(edited from 1.0274)``), a last line of reaction
    counts."""
    if " — " in text and ":" in text:
        m = _CLIENT_HEADER.match(text)
        if m is not None:
            text = text[m.end() :]
    if text.startswith("[") and ":" in text:
        m = _EXPORT_STAMP.match(text)
        if m is not None:
            text = text[m.end() :]
    if "(" in text and ("(edited" in text or "(EDITED" in text or "(Edited" in text):
        text = _EDITED.sub("", text)
    last = text[text.rfind("\n") + 1 :]
    if ("👁" in last or "iew" in last or "IEW" in last) and _VIEWS.fullmatch(last.strip()):
        text = text[: len(text) - len(last)].rstrip("\n")
        last = text[text.rfind("\n") + 1 :]
    if (
        not last.isascii()
        and _REACTIONS.fullmatch(last.strip())
        and not any(ch in _LEVEL_ICONS for ch in last)
    ):
        text = text[: len(text) - len(last)].rstrip("\n")
    return text


# A reply's preview of the message it answers, as clients and relays print it above the reply:
# a header ("Replying to @admin:", "↩️ In reply to: #SOL LONG | …", "Re: SOL long 148.2",
# Discord's "┌ admin: sol long 148.2 tp 15…") or lines under a vertical bar ("│ #SOL LONG")
_REPLY_HEAD = re.compile(
    r"[^\w\n]{0,3}[^\S\n]*(?:replying[^\S\n]+to|in[^\S\n]+reply[^\S\n]+to|reply[^\S\n]+to|re:|┌"
    r"|\[reply\])",
    re.I,
)
_BARS = "│┃▎▍▌"
_PRICE = re.compile(r"\d\.\d|\d{3}")
_OPENING_QUOTES = '"“«'
_CLOSING_QUOTES = ('"', "”", "»")


def may_head_reply(line: str) -> bool:
    """A literal test before :data:`_REPLY_HEAD` (a case-blind pattern, slow to fail): every
    header it reads holds "re" in some case ("Replying to", "In reply to", "Re:", "[reply]")
    or Discord's "┌"."""
    return "┌" in line or "re" in line.lower()


def reply_preview_as_quote(text: str) -> str:
    """``text`` with a reply's preview of the message it answers written as ``> `` quote
    lines, the way the reader takes a quote; the reply under it stays as written. Only at the
    top of a message, and only with a reply under it."""
    end = text.find("\n")
    if end < 0:
        return text
    first = text[:end]
    lead = first.lstrip()[:1]
    if not (lead and lead in _BARS) and not (may_head_reply(first) and _REPLY_HEAD.match(first)):
        return text  # (the common case, told from the first line without splitting the rest)
    lines = text.split("\n")
    if lead and lead in _BARS:
        n = 0
        while n < len(lines):
            line = lines[n].lstrip()
            if not line.startswith(lead) or any(bar in line[1:] for bar in _BARS):
                break  # (a table's row has a bar between its cells too)
            n += 1
        if n == 0 or n == len(lines) or not "".join(lines[n:]).strip():
            return text  # every line under a bar: a relay's mark, no reply
        lines[:n] = ["> " + line.lstrip()[1:].lstrip() for line in lines[:n]]
        return "\n".join(lines)
    n = 1  # (a reply's header on the first line)
    if lines[0].rstrip().endswith(":") and lines[1].lstrip()[:1] in _OPENING_QUOTES:
        n = 2  # the quoted text on the lines under the header, up to its closing mark
        while n < len(lines) and not lines[n - 1].rstrip().endswith(_CLOSING_QUOTES):
            n += 1
    elif (
        lines[1].strip()
        and not lines[1].lstrip().startswith(">")
        and _PRICE.search(lines[0]) is None
        and "" in (line.strip() for line in lines[2:])
    ):  # "In reply to Whale Calls" over the quoted card, the reply after a blank line
        n = 1 + next(k for k, line in enumerate(lines[1:]) if not line.strip())
    if n >= len(lines) or not "".join(lines[n:]).strip():
        return text
    lines[:n] = ["> " + line for line in lines[:n]]
    return "\n".join(lines)
