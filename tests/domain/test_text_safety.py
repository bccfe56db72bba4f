"""Control characters and bidi overrides: refused in names, shown visibly in texts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.settings import make_settings
from tradermanager.domain.text_safety import UNSAFE_IN_NAMES, check_name, clean_name, neutralise

UNSAFE = (
    [chr(c) for c in range(0x20)]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)


@pytest.mark.parametrize("char", UNSAFE)
def test_every_unsafe_character_is_refused_in_a_name(char):
    with pytest.raises(ValidationError) as err:
        check_name(f"Al{char}ice", "name")
    assert f"U+{ord(char):04X}" in err.value.allowed
    assert char not in str(err.value.value)  # the error shows it neutralised


def test_names_are_validated_by_the_settings_too():
    with pytest.raises(ValidationError, match="U\\+202E"):
        make_settings(name="Alice\u202e")
    with pytest.raises(ValidationError, match="source_ref"):
        make_settings(name="Alice", source_ref="@chan\x1b]0;pwned\x07")
    assert make_settings(name="Zoë 🚀 שלום").name == "Zoë 🚀 שלום"


def test_texts_keep_newlines_and_tabs_and_show_the_rest():
    text = "LONG\tBTC\n\x1b[31mred\x1b[0m \u202eTROHS\u202c\r"
    assert neutralise(text) == (
        "LONG\tBTC\n<U+001B>[31mred<U+001B>[0m <U+202E>TROHS<U+202C><U+000D>"
    )
    assert neutralise("a\nb", keep_newlines=False) == "a<U+000A>b"


@given(st.text())
def test_neutralised_text_holds_no_unsafe_character_and_safe_text_is_unchanged(text):
    shown = neutralise(text, keep_newlines=False)
    assert not UNSAFE_IN_NAMES.search(shown)
    if not UNSAFE_IN_NAMES.search(text):
        assert shown == text
    assert not UNSAFE_IN_NAMES.search(clean_name(text))
