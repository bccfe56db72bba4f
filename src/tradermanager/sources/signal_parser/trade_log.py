"""The commands of Discord trade-logging bots, written as the words the parser reads.

Such bots log a trade with a command at the start of the post, taken from the options desks:
``BTO`` (buy to open) opens a long, ``STO`` (sell to open) a short, ``STC`` (sell to close)
closes a long and ``BTC`` (buy to close) a short; ``@`` gives the price, ``@ CMP`` or ``@ M``
the market. ``trim`` or ``partial`` anywhere makes a close a partial one of no stated size, a
share after the command (``50%``, ``1/2``, ``half``, ``all``) its size; a quantity after an
opening command is the order's size, no price. A strategy's exits ``LX`` / ``SX`` (long /
short exit, beside its ``LE`` / ``SE`` entries) close the position at the price given.

    BTO SOL/USDT @ 148.2 TP 152 SL 144   → long SOL/USDT @ 148.2 TP 152 SL 144
    STO $INJ @ M tp 25.02 sl 26.28       → short $INJ @ market tp 25.02 sl 26.28
    STC SOL/USDT @ 152.4 trim            → close SOL/USDT at 152.4, partial
    BTC ETH/USDT @ CMP                   → close ETH/USDT at market
    STC 50% SOL/USDT @ 152.4             → close 50% of SOL/USDT at 152.4
    LX SOLUSDT @ 151.3                   → close SOLUSDT at 151.3

Only a command that opens the post (after a ``!`` or ``/`` prefix, or a ``trim`` / ``partial``
before it) and is followed by a pair and ``@`` is read. ``BTC`` names bitcoin as often: as a
command its pair must carry a quote (``ETHUSDT``, ``ETH/USDT``) or a ``$`` / ``#``.
"""

from __future__ import annotations

import re

_PARTIAL_WORD = re.compile(r"(?<![\w])(?:trim(?:med|ming)?|partial)(?![\w])", re.I)
_COMMAND = re.compile(
    r"^(?P<lead>[^\S\n]*(?:(?:trim|partial)[^\S\n]+)?)[!/]?(?P<cmd>bto|sto|stc|btc)[^\S\n]+"
    # a quantity or a share of the position: "BTO 2 SOL/USDT", "STC 50% SOL", "BTC 1/2 ETH"
    r"(?:(?P<qty>\d+/\d+|\d[\d.,]*[km]?%?|all|half)[^\S\n]+(?=[#$]?[A-Za-z]))?"
    r"(?P<pair>[#$]?[A-Za-z0-9]{2,20}(?:[/\-_.][A-Za-z]{3,5}(?:\.P)?)?)[^\S\n]*@[^\S\n]*"
    r"(?P<at>cmp|mkt|market|m|\$?\d[\d,]*(?:\.\d+)?)(?![\w.])",
    re.I,
)
# a strategy's exit signal: "LX" (long exit) and "SX" (short exit) close the position, as
# "LE" / "SE" open it: "LX SOLUSDT @ 151.3", "SX: ETH/USDT 3,380.2", "Signal: LX · SOL/USDT ·
# price 147.16"
_EXIT = re.compile(
    r"^[^\S\n]*(?:signal[^\S\n]*:[^\S\n]*)?(?P<cmd>lx|sx)(?![\w])[^\S\n]*[:·|\-]?[^\S\n]*"
    r"(?P<pair>[#$]?[A-Za-z0-9]{2,20}(?:[/\-_.][A-Za-z]{3,5}(?:\.P)?)?)[^\S\n]*[:·|@\-]?[^\S\n]*"
    r"(?:price[^\S\n]*[:=]?[^\S\n]*)?(?P<at>\$?\d[\d,]*(?:\.\d+)?)(?![\w.])",
    re.I,
)
# a callout bot's alert at the market: a side word, a pair and "@ M" ("LONGED SOL @ M x10 SL …",
# "Shorting $ETH @ M …"), the market price written as its letter
_CALLOUT_AT_MARKET = re.compile(
    r"^(?P<lead>[^\S\n]*)(?P<side>long(?:ed|ing)?|short(?:ed|ing)?|bought|buy(?:ing)?)[^\S\n]+"
    r"(?P<pair>[#$]?[A-Za-z0-9]{2,20}(?:[/\-_.][A-Za-z]{3,5}(?:\.P)?)?)[^\S\n]*@[^\S\n]*m(?![\w.])",
    re.I,
)
_QUOTED_PAIR = re.compile(r"[#$]|(?:usdt|usdc|usd|perp|busd)(?:\.p)?$", re.I)
_MARKET = ("cmp", "mkt", "market", "m")


def _share(qty: str | None) -> str:
    """A close's share as words ("50%", "half", "all"); a bare quantity says none."""
    if not qty:
        return ""
    qty = qty.lower()
    if qty in ("all", "half") or qty.endswith("%"):
        return qty
    if "/" in qty:
        num, den = qty.split("/")
        return f"{100 * int(num) / int(den):g}%" if int(den) and int(num) <= int(den) else ""
    return ""


def may_be_command(text: str) -> bool:
    """A literal test: whether the post's first words may hold a trade-log command."""
    head = text[:24].lower()
    return "to " in head or "tc " in head or "x " in head or "x:" in head


def command_as_words(text: str) -> str:
    """``text`` with a trade-log command at its start written as words; else unchanged."""
    m = _COMMAND.match(text)
    if m is None:
        exit_ = _EXIT.match(text)
        if exit_ is None:
            return text
        return f"close {exit_.group('pair')} at {exit_.group('at')}" + text[exit_.end() :]
    cmd, pair, at = m.group("cmd").lower(), m.group("pair"), m.group("at")
    if cmd == "btc" and not _QUOTED_PAIR.search(pair):
        return text
    market = at.lower() in _MARKET
    rest = text[m.end() :]
    if cmd in ("bto", "sto"):
        side = "long" if cmd == "bto" else "short"
        return f"{m.group('lead')}{side} {pair} @ {'market' if market else at}{rest}"
    share = _share(m.group("qty"))
    partial = _PARTIAL_WORD.search(m.group("lead")) is not None
    first_line, newline, later = rest.partition("\n")
    if _PARTIAL_WORD.search(first_line):
        partial = True
        first_line = _PARTIAL_WORD.sub("", first_line)
    what = f"{share} of {pair}" if share else pair
    close = f"close {what} at {'market' if market else at}{', partial' if partial else ''}"
    return close + first_line + newline + later


def may_be_callout(text: str) -> bool:
    """A literal test: whether the post's first words may hold a callout at the market."""
    head = text[:40]
    return "@ M" in head or "@M" in head or "@ m" in head


def callout_as_words(text: str) -> str:
    """``text`` with a callout's side word and "@ M" at its start written as the words the
    parser reads ("Longed SOL @ M" → "long SOL @ market"); else unchanged."""
    m = _CALLOUT_AT_MARKET.match(text)
    if m is None:
        return text
    side = "short" if m.group("side").lower().startswith("short") else "long"
    return f"{m.group('lead')}{side} {m.group('pair')} @ market{text[m.end() :]}"
