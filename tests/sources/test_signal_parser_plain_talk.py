"""A line of plain talk skips the normalisation: no skipped step changes such a line.

``plain_talk.plain_talk_line`` lets the reader go straight to the chatter's early end. Every
step it skips is asked here, on lines drawn from the corpus's words, the words the steps
themselves look for and pictographs (those the parser's tables name among them), whether it
changes a line the test lets through; and the parse with the short path must equal the parse
without it. The pictographs are checked against every class of characters a skipped step
rewrites (styled letters, digits of other scripts, scripts with update words, full stops,
fraction glyphs, coin names in other scripts, meter glyphs).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import (
    more_script_updates,
    numbers,
    parse_message,
    plain_text,
    reader,
    script_updates,
)
from tradermanager.sources.signal_parser.asked_levels import without_as_long_as
from tradermanager.sources.signal_parser.card_marks import _EMPTY, _FULL
from tradermanager.sources.signal_parser.card_reader import read_card
from tradermanager.sources.signal_parser.destination_words import without_next_stop
from tradermanager.sources.signal_parser.hashtag_words import spelled_out
from tradermanager.sources.signal_parser.keyboards import (
    _ANY_FRACTION_GLYPH,
    _NATIVE_NAME,
    tickers_named,
    typed_as_ascii,
)
from tradermanager.sources.signal_parser.letter_fields import spelled_letters
from tradermanager.sources.signal_parser.more_script_updates import more_updates_in_english
from tradermanager.sources.signal_parser.numbered_labels import numbered_labels_apart
from tradermanager.sources.signal_parser.ordinal_ladders import ordinal_ladders
from tradermanager.sources.signal_parser.plain_talk import (
    _PICTOGRAPHS,
    STEP_WORDS,
    plain_talk_line,
)
from tradermanager.sources.signal_parser.query_bodies import may_be_query, query_body
from tradermanager.sources.signal_parser.romanised import arabizi_as_lexicon
from tradermanager.sources.signal_parser.script_marks import FULL_STOPS, written_apart
from tradermanager.sources.signal_parser.script_updates import updates_in_english
from tradermanager.sources.signal_parser.sentence_ladders import spelled_ladder
from tradermanager.sources.signal_parser.sizes_before_pair import without_size_before_pair
from tradermanager.sources.signal_parser.slang_updates import slang_in_english
from tradermanager.sources.signal_parser.spot_bot_pushes import quote_first_pairs

# every step of the reader's normalisation, as the reader asks it (a gate's step unguarded)
STEPS: dict[str, Callable[[str], object]] = {
    "query": lambda t: t if not (may_be_query(t) and query_body(t)) else None,
    "normalised": reader.normalised,  # (the steps below, and any added to it)
    "spelled_out": spelled_out,
    "plain": plain_text.plain,
    "spelled_letters": spelled_letters,
    "spelled_ladder": spelled_ladder,
    "ordinal_ladders": ordinal_ladders,
    "updates_in_english": updates_in_english,
    "more_updates_in_english": more_updates_in_english,
    "slang_in_english": slang_in_english,
    "card": lambda t: t if read_card(t, None) is None and read_card(t, 100.0) is None else None,
    "as_long_as": without_as_long_as,
    "next_stop": without_next_stop,
    "styled": lambda t: t.translate(reader._UNSTYLED),
    "zero_counts": numbers.expand_zero_counts,
    "typed_as_ascii": typed_as_ascii,
    "size_before_pair": without_size_before_pair,
    "arabizi": arabizi_as_lexicon,
    "native_digits": lambda t: t.translate(reader._TO_ASCII_DIGITS),
    "written_apart": written_apart,
    "numbered_labels": numbered_labels_apart,
    "quote_first": quote_first_pairs,
    "tickers_named": tickers_named,
}

_CORPUS = Path(__file__).parent / "corpus"
_SOURCES = Path(reader.__file__).parent


def _words() -> list[str]:
    words: set[str] = set()
    for path in _CORPUS.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            words.update(re.findall(r"[A-Za-z]+", json.loads(line)["text"]))
    return sorted(words)


WORDS = _words()
# the steps' own words and phrases, in other cases and beside others
PHRASES = (
    *STEP_WORDS,
    *("good till cancel", "Good-Til-Cancelled", "as long as", "so long as", "next stop"),
    *("TP I", "Target V", "TP II hit", "SOL L long", "ETH S short", "GTC limit", "IOC entry"),
    *("Confidence", "scaling in", "first", "xLONG", "kar al", "break even", "Dokhool", "USDT"),
    *("interval", "time frame", "to the moon", "tc is", "edited", "views", "perp", "wrote"),
    *("Cancelled", "Stopped out", "closed", "SL hit", "not a signal", "long", "short", "stop"),
)
# the pictographs the parser's modules name (labels, meters, marks) and the others
_NAMED = sorted(
    {ch for path in _SOURCES.glob("*.py") for ch in path.read_text("utf-8") if ch in _PICTOGRAPHS}
)
PICTOGRAPHS = st.one_of(st.sampled_from(_NAMED), st.sampled_from(_PICTOGRAPHS))
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(PHRASES),
    PICTOGRAPHS,
    st.tuples(PICTOGRAPHS, st.just("\ufe0f")).map("".join),
)
SEPARATORS = st.sampled_from((" ", " ", " ", ", ", ". ", "! ", "? ", "'", "  ", ""))


@contextmanager
def _long_way() -> Iterator[None]:
    """The reader without the short path."""
    kept = reader.plain_talk_line
    reader.plain_talk_line = lambda _text: False
    try:
        yield
    finally:
        reader.plain_talk_line = kept


def _checked(text: str) -> bool:
    """Whether ``text`` took the short path; fails when a skipped step changes it or its parse
    differs from the long way's."""
    if not plain_talk_line(text):
        return False
    for name, step in STEPS.items():
        assert step(text) == text, (name, text)
    for reference in (None, 148.2):
        fast = parse_message(text, reference)
        with _long_way():
            assert parse_message(text, reference) == fast, text
    return True


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.tuples(PIECES, SEPARATORS), min_size=1, max_size=12),
    st.sampled_from(("as", "upper", "lower", "title")),
)
def test_no_skipped_step_changes_a_plain_talk_line(
    pieces: list[tuple[str, str]], case: str
) -> None:
    text = "".join(p + s for p, s in pieces).strip()
    text = {"upper": text.upper(), "lower": text.lower(), "title": text.title()}.get(case, text)
    _checked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Good morning traders ☕️ Big week ahead, stay disciplined and respect your stops.",
        "Weekly results soon 🔥 Thank you all for being part of this community!",
        "gm fam, who is ready for the weekend? 🚀🚀",
        "Patience pays. No trade is also a position 🧘",
        "Thanks everyone for the kind words ❤️",
        "We will share the next idea after the news",
        "HAPPY FRIDAY EVERYONE 🎉",
        "lol that candle 😂😂",
        "New video on the channel soon, stay tuned!",
        "Don't chase green candles, wait for the pullback",
    ],
)
def test_talk_lines_take_the_short_path_and_read_as_talk(text: str) -> None:
    assert _checked(text), text
    assert parse_message(text).kind.value == "not_signal"


@pytest.mark.parametrize(
    "text",
    [
        "Good morning traders 2 big weeks ahead",  # a digit
        "Note: no trade today",  # a label's colon
        "Market update\nno trade today",  # a second line
        "Orders stay good till cancelled, be patient",  # "good till cancel": GTC
        "Entries are GTC limit orders this week",  # a time-in-force flag
        "We hold as long as support holds",  # "as long as": no side
        "Next stop the moon 🚀",  # "next stop": a destination
        "TP I is close, be patient",  # a Roman ordinal
        "Trade the first pullback only",  # an ordinal ladder's word
        "Scaling in slowly this week",  # a ladder's sentence
        "Confidence ★★★☆☆ on this market",  # a meter
        "SOL L or S, what do you think",  # a one-letter side
        "dokhool soon insha allah",  # an Arabizi word
        "moving the stop to bep soon",  # a slang update
        "Cancelled",  # read directly as a follow-up either way
        "#SOL looks strong",  # a coin tag
        "Buy the dip on ETH now",  # talk with a side and a coin: read the long way
        "   ",  # empty
    ],
)
def test_lines_a_step_may_change_or_read_go_the_long_way(text: str) -> None:
    # (a plain line naming a side or a coin passes, and the chatter's end hands it over: read
    # the long way, the same parse)
    if not _checked(text):
        assert not plain_talk_line(text)
    assert plain_talk_line(text) == text.startswith("Buy"), text


@pytest.mark.parametrize("text", ["Cancelled", "Stopped out", "Closed", "All targets hit"])
def test_a_follow_up_in_plain_words_is_still_read(text: str) -> None:
    fast = parse_message(text)
    with _long_way():
        assert parse_message(text) == fast
    assert fast.kind.value == "follow_up"


def test_no_pictograph_is_a_character_a_step_rewrites() -> None:
    """The classes the skipped steps read beyond ASCII hold none of the pictographs."""
    classes = (
        reader._STYLED,
        reader._NATIVE_DIGIT,
        script_updates._SCRIPT,
        more_script_updates._SCRIPT,
        _ANY_FRACTION_GLYPH,
        _NATIVE_NAME,
        re.compile(r"\d"),
    )
    for ch in _PICTOGRAPHS:
        assert unicodedata.category(ch) == "So" and not ch.isnumeric(), ch
        assert ch not in FULL_STOPS, ch
        for pattern in classes:
            assert pattern.search(ch) is None, (pattern.pattern[:40], ch)
        assert ch.lower() == ch and ch.upper() == ch, ch


def test_meter_glyphs_need_the_meter_word() -> None:
    """A meter drawn with pictographs is read after its label: such a line holding "onf" goes
    the long way, an ASCII line (no "#", "=", "-") draws none."""
    meter = "".join(ch for ch in _FULL + _EMPTY if ch in _PICTOGRAPHS)[:3] * 2
    assert meter, "the meter draws with pictographs"
    assert not plain_talk_line(f"Confidence {meter}")
    assert plain_talk_line("Market is choppy, we wait for confirmation")
