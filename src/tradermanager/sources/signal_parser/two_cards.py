"""Two calls in one message: a block under another coin's header holding prices the signal does
not read ("💎 TRX" over its entry, targets and stop, then "Par: AVAX/USDT" and AVAX's card).
Copied as it reads, one call of two is traded and the other dropped — or one coin traded at
prices the channel gave for the other."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.model import ParsedMessage
from tradermanager.sources.signal_parser.symbols import listed_bases

# a price with a fraction ("0.13261", "38,29"): whole numbers may be counts, sizes or dates,
# and a share is none ("54.2%")
_FRACTION = re.compile(r"(?<![\d.,])\d+[.,]\d+(?![\d.,]*\d|[^\S\n]*%)")
# a header's label before its coin ("Par:", "Coin:", "Pair -")
_HEADER_LABEL = re.compile(r"[^\w\n]*[^\W\d_]{1,12}[^\S\n]*[:：\-–][^\S\n]*")
_TICKER = re.compile(r"(?<![\w/])\d{0,4}[A-Z][A-Z0-9]{1,11}(?![\w/])")
# A line of the shape :func:`_header_coin` reads — no letter or digit before the coin but a
# label's, none after it but a ".P" — after a newline (the literal lets the engine skip to
# each line's start): a text without one names no other coin alone and pays this one search.
# Its runs are possessive ("*+", "{1,12}+"): each is followed by characters it cannot take
# (marks, then the coin's digit or capital; a label's letters, then a space or its colon), so
# giving characters back never leads to a match — the engine only stops trying it on every
# line ("Leverage: Cross 10x" no longer retries its label at each shorter length).
_HEADER_SHAPE = re.compile(
    r"\n(?:(?:[^\w\n]|_)*+|[^\w\n]*+[^\W\d_]{1,12}+[^\S\n]*+[:：\-–][^\S\n]*+)"
    + _TICKER.pattern
    + r"(?:\.P)?(?:[^\w\n]|_)*$",
    re.M,
)
# prices a block under another coin must hold, not read by the signal, to be a call of its own
_OWN_PRICES = 2


def other_coins_block(text: str, signal: ParsedMessage) -> str:
    """A reason when a header line names another listed coin alone ("💎 TRX", "Par: AVAX/USDT")
    and the lines from it up to the signal's own coin (or the text's end) hold prices the
    signal did not read, else "". (A coin named in a sentence, "BTC dominance slipped to
    54.2%", heads no call.)"""
    base = signal.symbol or ""
    if not base or _HEADER_SHAPE.search("\n" + text) is None:
        return ""
    levels = {*signal.entries, *signal.take_profits}
    if signal.stop_loss is not None:
        levels.add(signal.stop_loss)
    unread = [w for w in _FRACTION.findall(text) if _value(w) not in levels]
    if len(unread) < _OWN_PRICES:
        return ""  # the quick pass: most signals read every price they write
    bases = listed_bases()
    lines = text.split("\n")
    upper_base = base.upper()
    for k, line in enumerate(lines):
        if upper_base in line.upper():
            continue
        coin = _header_coin(line, base, bases)
        if not coin:
            continue
        block = [line]
        for below in lines[k + 1 :]:
            if upper_base in below.upper():
                break
            block.append(below)
        own = "\n".join(block)
        if sum(_value(m.group()) not in levels for m in _FRACTION.finditer(own)) >= _OWN_PRICES:
            return (
                f"“{line.strip()}” names {coin} with prices of its own beside the {base} "
                "signal: two calls in one message. Check them one by one."
            )
    return ""


def _header_coin(line: str, base: str, bases: frozenset[str]) -> str:
    """The listed coin other than ``base`` a header line names and nothing else (marks, a
    quote after it, a label before it), or ""."""
    m = _TICKER.search(line)
    if m is None:
        return ""
    word = m.group()
    rest = line[m.end() :]
    for quote in ("USDT", "USDC", "/USDT", "/USDC", "/USD", ".P"):
        if word.endswith(quote.lstrip("/.")) and len(word) > len(quote.lstrip("/.")):
            word = word[: -len(quote.lstrip("/."))]
            break
        if rest.startswith(quote):
            rest = rest[len(quote) :]
            break
    head = line[: m.start()]
    label = _HEADER_LABEL.match(head)
    if label is not None and label.end() == len(head):
        head = ""
    if any(ch.isalnum() for ch in head) or any(ch.isalnum() for ch in rest):
        return ""
    if word == base or word not in bases or base in word or word in base:
        return ""
    return word


def _value(written: str) -> float:
    return float(written.replace(",", "."))
