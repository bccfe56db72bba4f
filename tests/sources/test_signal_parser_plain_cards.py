"""A card of ``plain_cards.PLAIN_CARD``'s fixed forms is read as written, the normalisation not
run: the normalisation leaves every such text as it is, so the reading is the same either way."""

from __future__ import annotations

import importlib
import pkgutil
import re
from types import CodeType
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources import signal_parser
from tradermanager.sources.signal_parser import parse_message, reader
from tradermanager.sources.signal_parser.hashtag_words import may_spell_out
from tradermanager.sources.signal_parser.model import NEEDS_REVIEW, SIGNAL
from tradermanager.sources.signal_parser.plain_cards import plain_as_written
from tradermanager.sources.signal_parser.query_bodies import may_be_query


def _long_way(text: str, reference: float | None = None) -> object:
    with mock.patch.object(reader, "plain_as_written", lambda _text: False):
        return parse_message(text, reference)


_NUMBER = st.one_of(
    st.integers(1, 99_999_999).map(str),
    st.builds(
        lambda whole, decimals: f"{whole}.{decimals}",
        st.integers(0, 99_999),
        st.text("0123456789", min_size=1, max_size=10),
    ),
).filter(lambda n: not n.startswith("0") or n.startswith("0."))
_LETTERS = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=10)
_COIN = st.builds(
    lambda count, letters, tag, pair: f"{tag}{count}{letters}{pair}",
    st.sampled_from(["", "", "1000", "1", "10000"]),
    _LETTERS,
    st.sampled_from(["#", "$", ""]),
    st.sampled_from(["/USDT", ""]),
)
_SIDE = st.sampled_from(["LONG", "SHORT", "Long", "Short"])


def _header(coin: str, side: str, side_first: bool) -> str:
    return f"{side} {coin}" if side_first else f"{coin} {side}"


_FIELD = st.one_of(
    st.builds(
        lambda margin, n: f"Leverage: {margin}{n}x",
        st.sampled_from(["", "Cross ", "Isolated "]),
        st.integers(1, 999),
    ),
    st.sampled_from(["Margin: Cross", "Margin: Isolated"]),
    _NUMBER.map(lambda n: f"Entry: {n}"),
    st.builds(
        lambda label, ns: f"{label}: " + " / ".join(ns),
        st.sampled_from(["Targets", "Take Profit"]),
        st.lists(_NUMBER, min_size=1, max_size=10),
    ),
    st.builds(
        lambda label, k, n: f"{label}{k}: {n}",
        st.sampled_from(["TP", "Target "]),
        st.integers(1, 9),
        _NUMBER,
    ),
    st.builds(lambda label, n: f"{label}: {n}", st.sampled_from(["Stop Loss", "SL"]), _NUMBER),
    st.integers(1, 99).map(lambda n: f"Confidence: {n}%"),
)


def _card(coin: str, side: str, side_first: bool, fields: list[str]) -> str:
    return "\n".join([_header(coin, side, side_first), *fields])


def _as_written(text: str) -> bool:
    """Whether the short path takes ``text``; when it does, what it takes for granted."""
    if not plain_as_written(text):
        return False
    assert reader.normalised(text) == text
    assert not may_be_query(text)
    assert '":' not in text  # (no payload read before the normalisation)
    return True


@settings(max_examples=1500, deadline=None)
@given(_COIN, _SIDE, st.booleans(), st.lists(_FIELD, min_size=1, max_size=9))
def test_a_plain_card_is_left_as_it_is_by_the_normalisation(
    coin: str, side: str, side_first: bool, fields: list[str]
) -> None:
    text = _card(coin, side, side_first, fields)
    # (taken unless the coin's hashtag spells an update, or a count glues to "USD")
    assert _as_written(text) or may_spell_out(text) or re.search(r"\dUSD", coin), text


def _card_of_levels(
    header: str, long: bool, entry: float, steps: list[float], stop: float, extra: list[str]
) -> str:
    sign = 1 if long else -1
    targets = [round(entry * (1 + sign * step), 4) for step in steps]
    fields = [f"Entry: {entry}", "Targets: " + " / ".join(map(str, targets))]
    fields.append(f"Stop Loss: {round(entry * (1 - sign * stop), 4)}")
    return "\n".join([header, *extra, *fields])


@settings(max_examples=600, deadline=None)
@given(
    _COIN,
    st.booleans(),
    st.decimals("0.01", "90000", places=2).map(float),
    st.lists(st.floats(0.005, 0.3), min_size=1, max_size=5, unique=True).map(sorted),
    st.floats(0.005, 0.5),
    st.lists(st.sampled_from(["Leverage: Cross 10x", "Margin: Isolated", "Confidence: 72%"])),
    st.sampled_from([None, 0.5, 100.0, 20000.0]),
)
def test_a_plain_card_reads_the_same_as_the_long_way(
    coin: str,
    long: bool,
    entry: float,
    steps: list[float],
    stop: float,
    extra: list[str],
    reference: float | None,
) -> None:
    text = _card_of_levels(f"{coin} {'LONG' if long else 'SHORT'}", long, entry, steps, stop, extra)
    assert parse_message(text, reference) == _long_way(text, reference), text


# every word the parser's modules hold (in their patterns too) as a coin: a gate that looks for
# a word finds it in the coin, if anywhere, and the rewrite behind it must change nothing
def _constants(code: CodeType) -> list[str]:
    out = []
    for const in code.co_consts:
        if isinstance(const, str):
            out.append(const)
        elif isinstance(const, CodeType):
            out.extend(_constants(const))
    return out


def _parser_words() -> list[str]:
    words: set[str] = set()
    for info in pkgutil.iter_modules(signal_parser.__path__):
        module = importlib.import_module(f"{signal_parser.__name__}.{info.name}")
        loader = module.__loader__
        code = loader.get_code(module.__name__)  # type: ignore[union-attr]
        for const in _constants(code):
            words.update(re.findall(r"[A-Za-z]{2,10}", const))
    return sorted({word.upper() for word in words})


_WORDS = _parser_words()


def test_the_parser_words_are_many() -> None:
    assert len(_WORDS) > 1000
    assert {"DCA", "AVG", "BEST", "IDEAL", "BUY", "TP", "SL", "LOG", "TSEL"} <= set(_WORDS)


@pytest.mark.parametrize("prefix", ["#", "$", "", "#1000"])
def test_a_coin_spelled_as_any_parser_word_is_left_as_it_is(prefix: str) -> None:
    fields = ["Leverage: Cross 10x", "Entry: 1.2345", "Targets: 1.3 / 1.4", "Stop Loss: 1.1"]
    taken = 0
    for word in _WORDS:
        for header in (f"{prefix}{word}/USDT LONG", f"Short {prefix}{word}", f"{word} Long"):
            taken += _as_written("\n".join([header, *fields, "Confidence: 77%"]))
    assert taken > 0.99 * 3 * len(_WORDS)


@pytest.mark.parametrize("form", ["#{}/USDT LONG", "Short ${}", "{} Long"])
def test_a_coin_spelled_as_any_parser_word_reads_the_same_as_the_long_way(form: str) -> None:
    long = "LONG" in form or "Long" in form
    for word in _WORDS:
        text = _card_of_levels(form.format(word), long, 148.2, [0.02, 0.05], 0.03, [])
        assert parse_message(text) == _long_way(text), text


@pytest.mark.parametrize(
    "text",
    [
        "#SOL/USDT LONG\nLeverage: Cross 10x\nEntry: 148.2\nTargets: 151.1 / 154.9 / 160\n"
        "Stop Loss: 144.35\nConfidence: 81%",
        "$PEPE SHORT\nEntry: 0.00001234\nTP1: 0.0000119\nTP2: 0.0000112\nSL: 0.0000131",
        "LONG 1000BONK/USDT\nMargin: Isolated\nLeverage: 5x\nEntry: 0.0213\n"
        "Take Profit: 0.0222 / 0.0231\nStop Loss: 0.0204",
        "Short AVAX\nEntry: 31.07\nTarget 1: 30.2\nTarget 2: 29.41\nStop Loss: 32",
    ],
)
def test_plain_cards_read_the_same_either_way(text: str) -> None:
    assert plain_as_written(text)
    read = parse_message(text)
    assert read.kind is SIGNAL
    assert read == _long_way(text)
    assert parse_message(text, 150.0) == _long_way(text, 150.0)


@pytest.mark.parametrize(
    "text",
    [
        # forms the short path does not take: read the long way
        "#SOL/USDT LONG\nEntry: 148.2\nTargets: 151.1, 154.9\nStop Loss: 144.35",
        "#SOL/USDT LONG\nEntry: 148.2 - 147.5\nTargets: 151.1\nStop Loss: 144.35",
        "#SOL/USDT LONG\nEntry: 1,148.2\nTargets: 1,151.1\nStop Loss: 1,144.35",
        "#SOL/USDT LONG\nEntry: 148.2\nTargets: 151.1\nStop Loss: 144.35\nDCA: 140",
        "#SOL/USDT LONG\nEntry: 148.2\nTargets: 151.1\nStop Loss: 144.35 ",
        "#SOL/USDT LONG\r\nEntry: 148.2\r\nTargets: 151.1\r\nStop Loss: 144.35",
        "**#SOL/USDT LONG**\nEntry: 148.2\nTargets: 151.1\nStop Loss: 144.35",
        "#SOL/USDT LONG\nENTRY: 148.2\nTargets: 151.1\nStop Loss: 144.35",
        "#SOL/BTC LONG\nEntry: 0.0021\nTargets: 0.0022\nStop Loss: 0.002",
        "#SOL/USDT LONG SHORT\nEntry: 148.2\nTargets: 151.1\nStop Loss: 144.35",
        "Good morning traders\nEntry: 148.2\nTargets: 151.1\nStop Loss: 144.35",
        "#SOL/USDT LONG",
        "#CLOSED/USDT LONG\nEntry: 148.2\nTargets: 151.1\nStop Loss: 144.35",
        "#SLTOBE LONG\nEntry: 148.2\nTargets: 151.1\nStop Loss: 144.35",
        "#1000USDT LONG\nEntry: 148.2\nTargets: 151.1\nStop Loss: 144.35",
    ],
)
def test_other_forms_go_the_long_way(text: str) -> None:
    assert not plain_as_written(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # of the plain forms, but no card the reader takes: the long way reads it, and what
        # cannot be copied safely goes to review
        ("#SOL/USDT LONG\nEntry: 148.2\nTargets: 140.1 / 154.9\nStop Loss: 144.35", NEEDS_REVIEW),
        ("#SOL/USDT LONG\nEntry: 148.2\nTargets: 151.1\nStop Loss: 150.35", NEEDS_REVIEW),
        ("$AVAX Long\nEntry: 31.2\nSL: 30.1\nTP1: 33\nSL: 29.8", NEEDS_REVIEW),
        (
            "#SOL/USDT LONG\nEntry: 148.2\nTargets: 151.1\nStop Loss: 144.35\nStop Loss: 143",
            NEEDS_REVIEW,
        ),
        ("#SOL/USDT SHORT\nEntry: 148.2\nEntry: 149\nTargets: 141.1\nStop Loss: 150.35", SIGNAL),
        ("#SOL/USDT LONG\nEntry: 1.234\nTargets: 1.3\nStop Loss: 1.1", SIGNAL),
    ],
)
def test_plain_cards_the_reader_refuses_read_the_same_the_long_way(text: str, kind: object) -> None:
    assert plain_as_written(text)
    read = parse_message(text)
    assert read == _long_way(text)
    assert read.kind is kind
