"""A label of several words stands on one line.

"#BTC/USDT Sell" over a blank line and "Targets: …" once read as one label, "sell targets",
that ran across the line breaks: the side word was lost and the targets were placed by the
stop. The lexicon's ``\\s`` between a label's words now matches spaces only.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind
from tradermanager.sources.signal_parser.reader import parse
from tradermanager.sources.signal_parser.sections import LABELS

_SHORT_CARD = (
    "#BTC/USDT {side}\n{gap}Targets: 64000 / 63000 / 62000\nStop Loss: 67000\nEntry: 65000 / 65500"
)


@pytest.mark.parametrize("side", ["Sell", "SELL", "Short"])
@pytest.mark.parametrize("gap", ["", "\n", "\nLeverage: Cross 5x\n", "\n\n"])
def test_a_side_word_on_its_line_is_not_the_next_lines_label(side: str, gap: str) -> None:
    text = _SHORT_CARD.format(side=side, gap=gap)
    for cards in (True, False):
        parsed = parse(text, None, cards=cards)
        assert parsed.kind is MessageKind.SIGNAL, text
        assert parsed.side is Side.SHORT
        assert parsed.take_profits == (64000.0, 63000.0, 62000.0)
        confidences = dict(parsed.confidences)
        assert confidences["side"] == 1.0 and confidences["take_profits"] == 1.0, text


@pytest.mark.parametrize(
    "text",
    [
        "Sell targets: 1.2 / 1.3",
        "Take profit targets: 1.2 / 1.3",
        "Buy zone: 0.51 - 0.52",
        "Stop loss: 0.48",
    ],
)
def test_labels_of_several_words_still_read_on_one_line(text: str) -> None:
    label = text.split(":")[0]
    assert any(m.group(0).lower() == label.lower() for m in LABELS.finditer(text)), text


_WORDS = st.sampled_from(["sell", "buy", "take", "profit", "stop", "loss", "targets", "zone"])


@given(st.lists(_WORDS, min_size=2, max_size=4), st.sampled_from(["\n", "\n\n", "\n \n", "\r\n"]))
def test_no_label_word_run_crosses_a_line_break(words: list[str], breaks: str) -> None:
    text = breaks.join(words) + ": 1.5"
    for match in LABELS.finditer(text):
        # a target label's number may follow on the next line; its words may not
        word_part = match.group("target") or match.group(0)
        assert "\n" not in word_part.rstrip("\n 0123456789"), (text, match.group(0))
