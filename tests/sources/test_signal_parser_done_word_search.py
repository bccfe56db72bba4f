"""The done words (a cancel, a stop hit, a target hit) are looked for by two searches: the words
opening with an ASCII character in every text, the others only in a text beyond ASCII. Either
finding one is what one search of all the words finds."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import follow_ups, numbers

_ALL_WORDS = re.compile(
    "|".join(follow_ups.DONE_WORDS + tuple(map(re.escape, follow_ups.DONE_WORDS_MORE)))
)
_EVERY_WORD = [w for w in follow_ups.DONE_WORDS if "\\" not in w] + list(follow_ups.DONE_WORDS_MORE)


@pytest.mark.parametrize("word", _EVERY_WORD)
@pytest.mark.parametrize("around", [("", ""), ("sol ", " ✅"), ("🔥 ", "!"), ("цель ", " 2")])
def test_every_done_word_is_found_in_ascii_and_wider_texts(
    word: str, around: tuple[str, str]
) -> None:
    assert follow_ups.holds_done_word(around[0] + word + around[1])


@pytest.mark.parametrize(
    "text",
    [
        "good morning traders ☕️ big week ahead, stay disciplined and respect your stops.",
        "weekly results soon 🔥 thank you all for being part of this community!",
        "market is choppy, be patient.",
        "цель близко",
        "目标",
        "",
    ],
)
def test_talk_without_a_done_word_holds_none(text: str) -> None:
    assert not follow_ups.holds_done_word(text)
    assert _ALL_WORDS.search(text) is None


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*_EVERY_WORD, *(" ", "\n", "t", "tp1", "🔥", "✅", "ц", "完", "d", "ed", "ok", "取")]
        ),
        max_size=6,
    ).map("".join)
)
def test_the_two_searches_find_what_one_search_finds(text: str) -> None:
    lower = numbers.lowered(text)
    assert follow_ups.holds_done_word(lower) == (_ALL_WORDS.search(lower) is not None)
