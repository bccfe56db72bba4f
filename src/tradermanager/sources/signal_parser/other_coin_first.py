"""A post that names another coin before the one it trades.

"$BTC holding, but $WIF is the play: long at 2.6068, target 2.662, stop 2.539.", "Not touching
$SOL here. My trade: $ORDI long 38.14 / …", "While everyone watches $ETH, I'm longing $ATOM at
8.89 …", "$BTC update: holding 65,993" over "Meanwhile #API3:" / "Short 1.5386" / …: the coin
first tagged is the market's weather, the traded coin is the one the side word goes with (the
tag right after the side word, else the last tag before it). Read first, the other coin would be
copied with the traded coin's prices.

The other coins' clauses (their own lines, or up to the clause's end on the traded coin's line)
are blanked when the text is plainly one trade: exactly one side word, followed by a price or by
the traded coin's tag, every other coin tagged before the traded one in a clause of its own with
a word said of it, and no level label or price left before the traded coin once they are blanked.
Anything else ("$SOL $AVAX long", "$SOL, $AVAX long") is left as written, for the reader's
check of two coins tagged on one line.
"""

from __future__ import annotations

import re

# "$WIF", "#API3", "$1000PEPE", "#SOL/USDT": a coin tagged in capitals
_TAG = re.compile(r"(?<![\w$#])[$#]((?:\d{1,4})?[A-Z][A-Z0-9]{1,11})(?:/?USDT)?(?![\w])")
# tags in capitals that are no coins
_NOT_COINS = frozenset(
    (
        *("VIP", "NFA", "DYOR", "SCALP", "LONG", "SHORT", "SPOT", "SIGNAL", "UPDATE", "TP"),
        *("SL", "BUY", "SELL", "NEW", "ALERT", "FREE", "PREMIUM", "USDT", "USD", "ALTS"),
        *("SWING", "FUTURES", "BYBIT", "BINANCE", "OKX", "BITGET", "CRYPTO"),
    )
)
_SIDE = re.compile(
    r"(?<![\w#$])(?:long(?:ing)?|short(?:ing)?|buy(?:ing)?|sell(?:ing)?)(?![\w])", re.IGNORECASE
)
# what follows the side word of a trade: a price, or the traded coin's tag
_AFTER_SIDE = re.compile(
    r"[ \t]*(?:(?:at|from|@|above|below|here)[ \t]*)?(?:\$?\d|(?P<tag>[$#]))", re.IGNORECASE
)
# a clause's end: a stop or comma before a space, a line's end, an arrow or a dash between words
_CLAUSE_END = re.compile(r"[.,;:!?](?=\s|$)|\n|→|—|–|\s-\s|👉|👇")
# a word said of the other coin ("holding", "ranging", "today", "sleeps")
_OWN_WORD = re.compile(r"[A-Za-z]{3,}")
_LEVEL_LABEL = re.compile(
    r"(?<![\w])(?:entry|entries|tp\d?|targets?|take[ \t]*profit|sl|stop|invalidation)(?![\w])",
    re.IGNORECASE,
)


def may_name_another_coin_first(text: str) -> bool:
    """The quick test: two tags or more (a ``$`` or ``#`` each)."""
    return text.count("$") + text.count("#") > 1


def traded_coin_first(text: str) -> str:
    """``text`` with the clauses of the coins tagged before the traded one blanked, when the
    post plainly trades one coin named after others; else ``text`` as written."""
    tags = [m for m in _TAG.finditer(text) if m.group(1) not in _NOT_COINS]
    if len({m.group(1) for m in tags}) < 2:
        return text
    sides = list(_SIDE.finditer(text))
    if len(sides) != 1 or "#long" in text.lower() or "#short" in text.lower():
        return text
    side = sides[0]
    after = _AFTER_SIDE.match(text, side.end())
    if after is None:
        return text
    if after.group("tag") is not None:
        traded = next((m for m in tags if m.start() == after.start("tag")), None)
    else:
        traded = next((m for m in reversed(tags) if m.start() < side.start()), None)
    if traded is None:
        return text
    coin = traded.group(1)
    others = [m for m in tags if m.group(1) != coin]
    if not others or any(m.start() > traded.start() for m in others):
        return text
    if tags[0].group(1) == coin:
        return text  # the traded coin is the first named: read as it is
    out = list(text)
    line_of_traded = text.rfind("\n", 0, traded.start()) + 1
    for m in others:
        start = text.rfind("\n", 0, m.start()) + 1
        if start < line_of_traded:  # the other coin's own line: blanked whole
            end = text.find("\n", m.start())
            end = len(text) if end < 0 else end
        else:  # on the traded coin's line: up to its clause's end
            start = m.start()
            stop = _CLAUSE_END.search(text, m.end(), traded.start())
            if stop is None:
                return text  # "$SOL $AVAX long": no clause of its own, which coin is unsaid
            end = stop.end()
        said = text.rfind("\n", 0, m.start()) + 1
        for brk in _CLAUSE_END.finditer(text, said, m.start()):
            said = brk.end()  # (the clause's start: "While everyone watches $BTC,")
        if not _OWN_WORD.search(_TAG.sub(" ", text[said:end])):
            return text  # "$SOL, $AVAX long": a list of coins, no word said of the other
        for i in range(start, end):
            if out[i] != "\n":
                out[i] = " "
    turned = "".join(out)
    before = turned[: traded.start()]
    if any(ch.isdigit() for ch in before) or _LEVEL_LABEL.search(before):
        return text  # a price or a level left before the traded coin: not plainly one trade
    return turned
