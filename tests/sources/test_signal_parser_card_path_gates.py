"""Quick tests on a signal card's path: each lets through every text its pattern could read
(or reads exactly as the pattern it replaces), so no reading changes — over examples and
generated texts built from the patterns' own words and marks."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import cut_cards, plain_text, two_cards, typed_fast
from tradermanager.sources.signal_parser.symbols import listed_bases

_CARD = (
    "#SOL/USDT LONG\nLeverage: Cross 20x\nEntry: 330.61\nTargets: 337.22 / 343.83 / 350.45\n"
    "Stop Loss: 320.69\nConfidence: 94%"
)


def _texts(tokens: list[str], max_size: int = 14) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(tokens), max_size=max_size).map("".join)


# ---- two_cards._HEADER_SHAPE: possessive runs, the same matches ------------------------------

# the pattern as it was written with backtracking runs
_HEADER_SHAPE_BACKTRACKING = re.compile(
    r"\n(?:(?:[^\w\n]|_)*|"
    + two_cards._HEADER_LABEL.pattern
    + ")"
    + two_cards._TICKER.pattern
    + r"(?:\.P)?(?:[^\w\n]|_)*$",
    re.M,
)
_HEADER_TOKENS = [
    *("\n", " ", "  ", "\t", "_", "-", "–", ":", "：", "/", ".", "#", "$", "💎", "🔥", "•"),
    *("AVAX", "TRX", "BTC", "1000PEPE", "1INCH", "USDT", ".P", "/USDT", "SOL", "X"),
    *("Par", "Coin", "Pair", "Leverage", "abcdefghijklmnop", "Entry", "e", "é", "Ω"),
    *("1", "2.5", "330.61", "20x", "%", "9"),
]


@settings(max_examples=600, deadline=None)
@given(_texts(_HEADER_TOKENS, 20))
def test_header_shape_finds_what_the_backtracking_pattern_finds(text: str) -> None:
    old = _HEADER_SHAPE_BACKTRACKING.search("\n" + text)
    new = two_cards._HEADER_SHAPE.search("\n" + text)
    assert (old is None) == (new is None)
    if old is not None and new is not None:
        assert old.span() == new.span()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (_CARD, False),
        ("💎 TRX\nEntry: 0.13", True),
        ("Par: AVAX/USDT", False),  # (the quote after it: _header_coin's to strip)
        ("Par: AVAX", True),
        ("Pair - ETH.P 🔥", True),
        ("Leverage: Cross 10x", False),
        ("abcdefghijklmnop: BTC", False),  # a label of more than twelve letters
        ("__ 1000PEPE __", True),
    ],
)
def test_header_shape_examples(text: str, found: bool) -> None:
    assert (two_cards._HEADER_SHAPE.search("\n" + text) is not None) is found
    assert (_HEADER_SHAPE_BACKTRACKING.search("\n" + text) is not None) is found


# ---- plain_text.may_number_orders: before the case-blind numbered orders ----------------------

_ORDER_TOKENS = [
    *("\n", " ", "\t", "•", "▪", "➤", "·", "*", "#", "(", ")", ":", "@", "-", "–", "—", "="),
    *("buy", "BUY", "Buy", "bUy", "back", "BACK", "sell", "SELL", "ſell", "ſhort", "ﬆ"),
    *("long", "LONG", "short", "Short", "order", "ORDER", "cover", "Cover", "dca", "DCA"),
    *("entry", "ENTRY", "Entry", "1st", "2ND", "3rd", "4Th", "1", "2", "0", "$", "14.85"),
    *("İ", "K", "ı", "x", "Leverage", "Targets"),
]


@settings(max_examples=800, deadline=None)
@given(_texts(_ORDER_TOKENS))
def test_number_orders_gate_lets_through_every_order(text: str) -> None:
    if plain_text._NUMBERED_ORDER.search(text) is not None:
        assert plain_text.may_number_orders(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Buy 1: 14.85\nBuy 2: 14.40\nSell 1: 15.60",
        "BUY #1 @ 0.512",
        "• buy back (2) – $1.1",
        "1st buy: 5.2",
        "2ND SELL = 9",
        "ſell 1: 2.5",  # (the long s, which the case-blind "s" takes)
        "x\n  ➤ DCA 3 — 0.41",
        "Entry 1: 5.468",
    ],
)
def test_number_orders_gate_examples(text: str) -> None:
    assert plain_text._NUMBERED_ORDER.search(text) is not None
    assert plain_text.may_number_orders(text)


@pytest.mark.parametrize("text", [_CARD, "LONG 1 SOL\nEntry: 1.2", "All targets achieved 🚀"])
def test_number_orders_gate_refuses_cards(text: str) -> None:
    assert not plain_text.may_number_orders(text)
    assert plain_text._numbered_orders(text) is text


# ---- typed_fast.may_head_reply: before the case-blind reply header --------------------------

_REPLY_TOKENS = [
    *("replying", "REPLYING", "Replying", "in", "IN", "İn", "ın", "reply", "Reply", "REPLY"),
    *("to", "TO", "re:", "RE:", "Re:", "rE:", "┌", "[reply]", "[REPLY]", " ", "\t", "↩️", "#"),
    *("SOL", "long", "148.2", "@admin:", ">", "│"),
]


@settings(max_examples=600, deadline=None)
@given(_texts(_REPLY_TOKENS, 8))
def test_reply_gate_lets_through_every_header(line: str) -> None:
    if typed_fast._REPLY_HEAD.match(line) is not None:
        assert typed_fast.may_head_reply(line), line


@pytest.mark.parametrize(
    "text",
    [
        "Replying to @admin:\n#SOL LONG 148.2\nNice one",
        "↩️ In reply to: #SOL LONG | 148.2\n\nTP1 hit",
        "RE: sol long 148.2\nclosed half",
        "┌ admin: sol long 148.2 tp 15\nmoved SL",
        "[REPLY] x\ny",
        "│ #SOL LONG\n│ Entry: 148.2\nTP1 ✅",
    ],
)
def test_reply_previews_still_quoted(text: str) -> None:
    assert typed_fast.reply_preview_as_quote(text).startswith("> ")


def test_reply_gate_leaves_a_card() -> None:
    assert not typed_fast.may_head_reply(_CARD.split("\n")[0])
    assert typed_fast.reply_preview_as_quote(_CARD) is _CARD


# ---- cut_cards: another coin beside a card, and the card's first and last lines ---------------


def _other_coin_as_written(piece: str, base: str) -> str:
    """``cut_cards._other_coin`` as it was written: a quick exit for a piece without a
    capital, and the shouting test taken before the coins."""
    if not any("A" <= ch <= "Z" for ch in piece):
        return ""
    bases = listed_bases()
    shouted = not any(ch.islower() for ch in piece)
    for m in cut_cards._TICKER.finditer(piece):
        word = m.group()
        if word != base and word in bases and base not in word:
            return word
        if shouted:
            break
    return ""


_PIECE_TOKENS = [
    *("BTC", "ETH", "SOL", "SOLUSDT", "INJ", "DOT", "XYZQ", "LONG", "ǅ", "ª", "é", "É"),
    *("buy", "now", "Confidence", " ", ":", "94%", "1.2", "#", "$", "/", "|", "✅"),
]


@settings(max_examples=600, deadline=None)
@given(_texts(_PIECE_TOKENS, 8), st.sampled_from(["SOL", "BTC", "ETH", "DOT"]))
def test_other_coin_reads_as_written(piece: str, base: str) -> None:
    assert cut_cards._other_coin(piece, base) == _other_coin_as_written(piece, base)


def _pieces_as_written(text: str) -> list[tuple[str, bool, bool]]:
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    pieces: list[tuple[str, bool, bool]] = []
    if " | " in lines[0]:
        pieces.append((lines[0].split(" | ", 1)[0].strip(), True, True))
    if len(lines) > 1:
        pieces.append((lines[0], True, False))
        pieces.append((lines[-1], False, False))
    return pieces


_LINE_TOKENS = ["\n", " ", "\t", "\u2028", "\u00a0", " | ", "INJ buy now", "DOT", "x", "SL 1"]


@settings(max_examples=600, deadline=None)
@given(_texts(_LINE_TOKENS, 10).filter(str.strip))
def test_beside_card_takes_the_first_and_last_lines_as_written(text: str) -> None:
    assert cut_cards._pieces(text) == _pieces_as_written(text)
