"""Card families of the twelfth held-out round: a sentence call whose prices have three
decimals ("giá 5.967, TP 5.801 / 5.652, SL 6.104.") in a message of a language that writes dot
thousands. A list's comma or a sentence's full stop after such a price must not hide it from
the check that the dots may as well be decimal points: the call goes to review, or is read
with decimal points when another number settles it — never copied 1000x off."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message

SENTENCES = [
    "Short $NEAR giá {e}, TP {a} / {b}, SL {s}, lev 20x. Anh em vào lệnh nhẹ tay nhé",
    "Short $NEAR giá {e}. TP {a}, {b}. SL {s}. Vào lệnh nhẹ tay",
    "NEAR Short: Einstieg {e}, Ziele {a} und {b}, Stop {s}. Hebel 10x",
    "NEAR short, Einstieg {e}, Ziele {a}, {b}, Stop {s}.",
]


def _read(template: str, entry: float) -> tuple[str, object]:
    levels = {
        "e": f"{entry:.3f}",
        "a": f"{entry * 0.97:.3f}",
        "b": f"{entry * 0.94:.3f}",
        "s": f"{entry * 1.03:.3f}",
    }
    return levels["e"], parse_message(template.format(**levels))


@pytest.mark.parametrize("template", SENTENCES)
def test_three_decimal_sentence_call_goes_to_review(template):
    _, parsed = _read(template, 5.967)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "5.967" in parsed.reason


@pytest.mark.parametrize("template", SENTENCES)
def test_stored_price_settles_the_dots(template):
    text = template.format(e="5.967", a="5.801", b="5.652", s="6.104")
    parsed = parse_message(text, reference_price=5.9)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        (5.967,),
        (5.801, 5.652),
        6.104,
    )


def test_two_decimal_stop_settles_the_dots_as_decimal_points():
    parsed = parse_message("Short $NEAR giá 5.967, TP 5.801 / 5.652, SL 6.1, lev 20x. Vào lệnh nhé")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.entries, parsed.stop_loss) == ((5.967,), 6.1)


@settings(max_examples=60, deadline=None)
@given(
    template=st.sampled_from(SENTENCES),
    thousandths=st.integers(min_value=1_500, max_value=99_999).filter(lambda n: n % 10),
)
def test_three_decimal_price_is_never_copied_as_thousands(template, thousandths):
    written, parsed = _read(template, thousandths / 1000)
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.entries == (float(written),)
    else:
        assert parsed.kind is MessageKind.NEEDS_REVIEW
