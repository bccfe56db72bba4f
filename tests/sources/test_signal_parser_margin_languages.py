"""Margin modes in the languages the parser reads: the words of exchanges' localized screens,
declined as cards write them, beside the leverage or on a margin line of their own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message

# (word as a card writes it, the mode it names): one or more forms of each of the table's words
_WORDS = [
    ("ізольована", "isolated"),
    ("Ізольована маржа", "isolated"),
    ("ізольованої", "isolated"),
    ("крос", "cross"),
    ("Крос-маржа", "cross"),
    ("кросова маржа", "cross"),
    ("кросс", "cross"),
    ("Кроссовая", "cross"),
    ("изолированная", "isolated"),
    ("изолированной маржой", "isolated"),
    ("aislado", "isolated"),
    ("Cruzado", "cross"),
    ("Isolada", "isolated"),
    ("cruzada", "cross"),
    ("isolée", "isolated"),
    ("Croisée", "cross"),
    ("isolato", "isolated"),
    ("Incrociata", "cross"),
    ("isoliert", "isolated"),
    ("İzole", "isolated"),
    ("Çapraz", "cross"),
    ("izolowany", "isolated"),
    ("Krzyżowy", "cross"),
    ("cô lập", "isolated"),
    ("Chéo", "cross"),
    ("Terisolasi", "isolated"),
    ("silang", "cross"),
    ("معزول", "isolated"),
    ("متقاطع", "cross"),
]

_CARD = "#SOL LONG\nEntry: 148.2\nTargets: 151.4 / 154.9\nStop: 143.7\n{lines}"


_UK = "#ETH LONG\nВхід: 3691.7\nЦілі: 3748.9 / 3798.6\nСтоп: 3576.7\n"
_RU = "#TON SHORT\nВход: 5.61\nЦели: 5.48 / 5.37\nСтоп: 5.82\n"
_PL = "#TRX LONG\nWejście: 0.11641\nCele: 0.11804, 0.11981\nStop loss: 0.11449\n"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (_UK + "Плече: 5х (ізольована маржа)", "isolated"),
        (_UK + "Плече: ізольована 20x", "isolated"),
        (_UK + "Плече: 20х (Крос)", "cross"),
        (_UK + "Плече: 15x\nТип маржі: Ізольована", "isolated"),
        (_UK + "Плече: 20x\nРежим маржі: Крос", "cross"),
        ("Режим маржі: Кросова маржа\nПлече: х5\n" + _UK, "cross"),
        (_RU + "Плечо: 10х изолированной маржой", "isolated"),
        (_RU + "Плечо: x20 кросс-маржа", "cross"),
        (_PL + "Tryb marży: Krzyżowa\nDźwignia: 15x", "cross"),
    ],
)
def test_margin_mode_read_in_the_cards_language(text: str, mode: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind == "signal"
    assert parsed.margin_mode == mode


@pytest.mark.parametrize(
    "text",
    [
        "#SOL LONG\nВхід: 148.2\nЦілі: 151.4 / 154.9\nСтоп: 143.7\nПлече: 10x",
        _CARD.format(lines="Leverage: 10x\nКросівки не продаємо"),
    ],
)
def test_no_margin_word_no_margin_mode(text: str) -> None:
    assert parse_message(text).margin_mode is None


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_WORDS),
    st.sampled_from([5, 10, 20, 25]),
    st.sampled_from(["{lev}x ({word})", "{lev}x {word}", "{word} {lev}x", "margin"]),
)
def test_every_table_word_names_its_mode(word_mode: tuple[str, str], lev: int, form: str) -> None:
    word, mode = word_mode
    if form == "margin":
        lines = f"Leverage: {lev}x\nMargin: {word}"
    else:
        lines = "Leverage: " + form.format(lev=lev, word=word)
    parsed = parse_message(_CARD.format(lines=lines))
    assert parsed.kind == "signal"
    assert parsed.leverage == lev
    assert parsed.margin_mode == mode
