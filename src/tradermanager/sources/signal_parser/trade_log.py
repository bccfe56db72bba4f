"""The commands of Discord trade-logging bots, written as the words the parser reads.

Such bots log a trade with a command at the start of the post, taken from the options desks:
``BTO`` (buy to open) opens a long, ``STO`` (sell to open) a short, ``STC`` (sell to close)
closes a long and ``BTC`` (buy to close) a short; ``@`` gives the price, ``@ CMP`` or ``@ M``
the market. ``trim`` or ``partial`` anywhere makes a close a partial one of no stated size.

    BTO SOL/USDT @ 148.2 TP 152 SL 144   → long SOL/USDT @ 148.2 TP 152 SL 144
    STO $INJ @ M tp 25.02 sl 26.28       → short $INJ @ market tp 25.02 sl 26.28
    STC SOL/USDT @ 152.4 trim            → close SOL/USDT at 152.4, partial
    BTC ETH/USDT @ CMP                   → close ETH/USDT at market

Only a command that opens the post (after a ``!`` or ``/`` prefix, or a ``trim`` / ``partial``
before it) and is followed by a pair and ``@`` is read. ``BTC`` names bitcoin as often: as a
command its pair must carry a quote (``ETHUSDT``, ``ETH/USDT``) or a ``$`` / ``#``.
"""

from __future__ import annotations

import re

_PARTIAL_WORD = re.compile(r"(?<![\w])(?:trim(?:med|ming)?|partial)(?![\w])", re.I)
_COMMAND = re.compile(
    r"^(?P<lead>[^\S\n]*(?:(?:trim|partial)[^\S\n]+)?)[!/]?(?P<cmd>bto|sto|stc|btc)[^\S\n]+"
    r"(?P<pair>[#$]?[A-Za-z0-9]{2,20}(?:[/\-_.][A-Za-z]{3,5}(?:\.P)?)?)[^\S\n]*@[^\S\n]*"
    r"(?P<at>cmp|mkt|market|m|\$?\d[\d,]*(?:\.\d+)?)(?![\w.])",
    re.I,
)
_QUOTED_PAIR = re.compile(r"[#$]|(?:usdt|usdc|usd|perp|busd)(?:\.p)?$", re.I)
_MARKET = ("cmp", "mkt", "market", "m")


def may_be_command(text: str) -> bool:
    """A literal test: whether the post's first words may hold a trade-log command."""
    head = text[:24].lower()
    return "to " in head or "tc " in head


def command_as_words(text: str) -> str:
    """``text`` with a trade-log command at its start written as words; else unchanged."""
    m = _COMMAND.match(text)
    if m is None:
        return text
    cmd, pair, at = m.group("cmd").lower(), m.group("pair"), m.group("at")
    if cmd == "btc" and not _QUOTED_PAIR.search(pair):
        return text
    market = at.lower() in _MARKET
    rest = text[m.end() :]
    if cmd in ("bto", "sto"):
        side = "long" if cmd == "bto" else "short"
        return f"{m.group('lead')}{side} {pair} @ {'market' if market else at}{rest}"
    partial = _PARTIAL_WORD.search(m.group("lead")) is not None
    first_line, newline, later = rest.partition("\n")
    if _PARTIAL_WORD.search(first_line):
        partial = True
        first_line = _PARTIAL_WORD.sub("", first_line)
    close = f"close {pair} at {'market' if market else at}{', partial' if partial else ''}"
    return close + first_line + newline + later
