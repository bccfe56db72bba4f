"""Signals rewritten without a change of meaning keep every field.

* A footer line with no digit (hashtags, a disclaimer, a channel signature or link) under a
  stop whose label no lexicon knows, with a note run on under it ("Kikomo cha hasara: 13.65"
  over "Tumia asilimia 2 tu ya mtaji wako"), once kept the note joined to the stop's line and
  the stop was dropped unseen.
* An average noted after a ladder's prices with a decoration after it ("→ avg 0.0704 🔸") was
  once read as a further entry.
* A numbered take-profit label glued to its price by a colon ("TakeProfit2:0.025459", "Take
  Profit 2:0.025459") lost its price to the ratio rule ("2:0.02" read as a ratio) and, after a
  "Tp1:" line, the signal was copied with one target less; now read like "TP2:0.025459".
* A target written with a decimal comma ("TP1: 35,49") is one price: the list-separator
  rewrite of the corpus no longer splits it into two.
"""

from __future__ import annotations

import random

import pytest
from corpus.perturb import list_separators
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message

_SWAHILI_CARD = (
    "Nunua LINK kwa 14.208 (LONG)\n"
    "TP: 14.407, 14.628\n"
    "Kikomo cha hasara: 13.65\n"
    "Leverage 5x\n"
    "Tumia asilimia 2 tu ya mtaji wako 🙏"
)

_FOOTERS = [
    "#crypto #signals #trading",
    "#Futures #VIP #Crypto",
    "⚠️ Not financial advice. Always do your own research.",
    "Trade at your own risk — manage your position size.",
    "— Crypto Desk | t.me/cryptodesk",
    "👉 Join: https://t.me/alphacalls",
]


@pytest.mark.parametrize("footer", _FOOTERS)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_footer_without_digits_keeps_an_unknown_labels_stop(footer: str, gap: str) -> None:
    parsed = parse_message(_SWAHILI_CARD + gap + footer)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.stop_loss == 13.65
    assert parsed.take_profits == (14.407, 14.628)
    assert parsed.entries == (14.208,)


_FOOTER_TEXT = st.text(
    alphabet=st.sampled_from(list("#@ abcXYZ—|:/.!⚠️👉🚀")), min_size=1, max_size=30
).filter(lambda s: s.strip() and "\n" not in s)


@given(_FOOTER_TEXT)
def test_no_digitless_footer_drops_the_stop(footer: str) -> None:
    parsed = parse_message(_SWAHILI_CARD + "\n\n" + footer)
    assert parsed.kind is not MessageKind.SIGNAL or parsed.stop_loss == 13.65, footer


def test_a_priced_line_after_the_note_still_keeps_the_section_whole() -> None:
    # a line of its own prices under the note: the label's list may go on, nothing is cut
    text = _SWAHILI_CARD + "\n\n🎯 14.9"
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL or parsed.stop_loss in (None, 13.65)


_LADDER = (
    "FHEUSDT LONG\nEntries: 0.07082, 0.0704, 0.06997 → avg 0.0704{icon}\n"
    "TP: 0.07197 / 0.07311\nStop loss: 0.06848"
)


@pytest.mark.parametrize("icon", ["", " 🔸", " ✨", " 🔹", " ✅", "🔸", " *", " !"])
def test_an_average_note_with_a_decoration_after_it_is_no_entry(icon: str) -> None:
    parsed = parse_message(_LADDER.format(icon=icon))
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (0.07082, 0.0704, 0.06997)


def test_an_average_followed_by_a_word_or_number_is_left_as_written() -> None:
    from tradermanager.sources.signal_parser.average_notes import without_average_notes

    for tail in (" 0.0705", " entry 2"):
        line = "Entries: 0.07082, 0.0704, 0.06997 → avg 0.0704" + tail
        assert without_average_notes(line) == line


@pytest.mark.parametrize("value", ["35,49", "34,87", "36,28 - 35,99"])
def test_list_separators_leaves_decimal_commas_alone(value: str) -> None:
    text = f"🔴 AVAX/USDT – SHORT\nTP1: {value}\nCắt lỗ: 37,25"
    for seed in range(5):
        assert list_separators(text, {}, random.Random(seed)) is None


def test_list_separators_still_rewrites_a_list() -> None:
    text = "BTC LONG\nTargets: 64000, 65000, 66000\nSL: 62000"
    rewritten = [list_separators(text, {}, random.Random(seed)) for seed in range(10)]
    assert any(r is not None and "64000" in r and "66000" in r for r in rewritten)


_GLUED_CARD = "1000BONKUSDT short\nEntry-0.026188\nTp1:0.025779\n{label}:0.025459\nsl=0.027045"


@pytest.mark.parametrize(
    "label",
    [
        "TP2",
        "TakeProfit2",
        "Takeprofit2",
        "Take-Profit2",
        "Take Profit2",
        "TAKE PROFIT2",
        "Take Profit 2",
        "Target 2",
        "TARGET 2",
    ],
)
def test_a_numbered_take_profit_glued_to_its_price_keeps_it(label: str) -> None:
    parsed = parse_message(_GLUED_CARD.format(label=label))
    assert parsed.take_profits == (0.025779, 0.025459), label


@given(st.integers(1, 9), st.integers(1, 9))
def test_a_spaced_target_number_before_a_whole_number_is_no_price(a: int, b: int) -> None:
    from tradermanager.sources.signal_parser.typed_fast import undo_typing

    # "Target 1:2": a reward ratio, not a target's price
    text = f"Target {a}:{b} risk reward"
    assert undo_typing(text) == text
