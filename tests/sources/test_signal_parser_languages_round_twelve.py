"""Languages round twelve: an averaging order under its own word in many languages ("Усреднение",
"Добор", "Recompra", "Renfort", "Nachkauf", "Maliyet düşürme", "Dokupienie", "补仓", "ナンピン",
"물타기") is a further entry of the ladder, and the price a side word gives above it ("Покупка
148.2" over "Добор 146.5") is its first; follow-ups in German, French, Polish, Korean and Thai
("Trade annulliert", "stop loss touché", "SL wybity", "2차 목표가 도달", "เป้า 2 แตะแล้ว")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.lexicon import AVERAGING_CJK

# (entry label, averaging word, targets label, stop label) of a card in one language
_CARDS = [
    ("Вход", "Усреднение", "Цели", "Стоп"),
    ("Вход", "Добор", "Цели", "Стоп"),
    ("Вход", "Доливка", "Цели", "Стоп"),
    ("Вход", "Докупка", "Цели", "Стоп"),
    ("Вхід", "Усереднення", "Цілі", "Стоп"),
    ("Вхід", "Добір", "Цілі", "Стоп"),
    ("Вхід", "Докупівля", "Цілі", "Стоп"),
    ("Entrada", "Recompra", "Alvos", "Stop"),
    ("Entrada", "Recompras", "Objetivos", "Stop"),
    ("Entrada", "Reforço", "Alvos", "Stop"),
    ("Entrada", "Promediar en", "Objetivos", "Stop"),
    ("Entrée", "Renfort", "Objectifs", "Stop"),
    ("Entrée", "Renforcement", "Objectifs", "Stop"),
    ("Entrée", "Moyenne à", "Objectifs", "Stop"),
    ("Entrata", "Mediare a", "Obiettivi", "Stop loss"),
    ("Entrata", "Mediata", "Obiettivi", "Stop loss"),
    ("Entrata", "Ricarica", "Obiettivi", "Stop loss"),
    ("Einstieg", "Nachkauf", "Ziele", "Stop-Loss"),
    ("Einstieg", "Nachkaufzone", "Ziele", "Stop-Loss"),
    ("Einstieg", "Nachkaufen bei", "Ziele", "Stop-Loss"),
    ("Giriş", "Maliyet düşürme", "Hedefler", "Stop"),
    ("Giriş", "Ek alım", "Hedefler", "Stop"),
    ("Giriş", "Ekleme", "Hedefler", "Stop"),
    ("Wejście", "Dokupienie", "Cele", "Stop loss"),
    ("Wejście", "Uśrednianie", "Cele", "Stop loss"),
    ("Wejście", "Dokupka", "Cele", "Stop loss"),
    *(("入场", word, "止盈", "止损") for word in ("补仓", "加仓", "補倉", "加倉")),
    *(("エントリー", word, "利確", "損切り") for word in ("ナンピン", "追加エントリー")),
    ("진입가", "물타기", "목표가", "손절가"),
]


@pytest.mark.parametrize(("entry", "averaging", "target", "stop"), _CARDS)
def test_averaging_word_is_a_further_entry(
    entry: str, averaging: str, target: str, stop: str
) -> None:
    text = f"#SOL LONG\n{entry}: 148.2\n{averaging}: 146.5\n{target}: 152 / 155\n{stop}: 144"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (148.2, 146.5)
    assert parsed.take_profits == (152.0, 155.0)
    assert parsed.stop_loss == 144.0


def _price(value: float) -> str:
    """A price as a card writes it: no trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


@given(
    card=st.sampled_from(_CARDS),
    entry=st.integers(min_value=20_000, max_value=90_000),
    steps=st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=2, unique=True),
    short=st.booleans(),
    below=st.booleans(),
)
def test_averaging_orders_join_the_ladder(
    card: tuple[str, str, str, str], entry: int, steps: list[int], short: bool, below: bool
) -> None:
    """Any averaging word, one or two prices, above or below the targets: the card's entries
    are its entry, then the averaging orders, in the order written."""
    entry_l, averaging, target_l, stop_l = card
    sign = -1 if short else 1
    first = entry / 100
    averages = [round(first * (1 - sign * 0.006 * s), 2) for s in sorted(steps)]
    targets = [round(first * (1 + sign * 0.02 * i), 2) for i in (1, 2)]
    stop = round(averages[-1] * (1 - sign * 0.02), 2)
    avg_line = f"{averaging}: " + " / ".join(_price(v) for v in averages)
    lines = [
        f"#SOL {'SHORT' if short else 'LONG'}",
        f"{entry_l}: {_price(first)}",
        avg_line,
        f"{target_l}: " + " / ".join(_price(v) for v in targets),
        f"{stop_l}: {_price(stop)}",
    ]
    if below:
        lines.insert(3, lines.pop(2))
    parsed = parse_message("\n".join(lines))
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (first, *averages)
    assert parsed.take_profits == tuple(targets)
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("$SOL\nПокупка 148.2\nУсреднение 146.5\nСтоп 144\nЦели 152 / 155", (148.2, 146.5)),
        ("$SOL\nCompra 148,2\nRecompra 146,5\nStop 144\nAlvos 152 / 155", (148.2, 146.5)),
        ("$SOL\nAchat 148,2\nRenfort 146,5\nStop 144\nObjectifs 152 / 155", (148.2, 146.5)),
        ("$SOL 做多 148.2\n补仓 146.5\n止损 144\n止盈 152 / 155", (148.2, 146.5)),
    ],
)
def test_side_word_price_is_the_ladders_first_entry(text: str, entries: tuple[float, ...]) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == entries


@pytest.mark.parametrize("word", ["Усреднение", "Recompra", "Nachkauf", *AVERAGING_CJK.split("|")])
def test_averaging_order_without_a_first_entry_goes_to_review(word: str) -> None:
    parsed = parse_message(f"#SOL LONG\n{word}: 146.5\nTargets: 152 / 155\nStop: 144")
    assert parsed.kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "action", "index"),
    [
        ("#SOL Objectif 2 atteint ✅", FollowUpAction.TARGET_HIT, 2),
        ("$TIA 2차 목표가 도달 ✅", FollowUpAction.TARGET_HIT, 2),
        ("$TIA 3차 익절가 도달 ✅", FollowUpAction.TARGET_HIT, 3),
        ("LTC เป้า 3 แตะแล้ว ✅", FollowUpAction.TARGET_HIT, 3),
        ("$ARB ถึงเป้า 2 แล้ว ✅", FollowUpAction.TARGET_HIT, 2),
        ("$SOL stop loss touché ❌", FollowUpAction.STOP_HIT, None),
        ("$SOL Stop touché", FollowUpAction.STOP_HIT, None),
        ("$SOL SL wybity ❌", FollowUpAction.STOP_HIT, None),
        ("$SOL Trade annulliert", FollowUpAction.CANCEL, None),
    ],
)
def test_follow_ups_in_their_own_words(
    text: str, action: FollowUpAction, index: int | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is action
    assert parsed.target_index == index
