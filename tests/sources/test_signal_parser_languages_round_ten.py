"""Languages round ten: Russian "Фиксация" / "Фикс N" for the targets, Spanish "tomamos
ganancias en" and the verbs "compramos" / "vendemos", Turkish "Alış / Satış fiyatı" for the
entry, "Alım" / "Alım bölgesi" for a long's entry, "Kâr al" / "Kâr Hedefleri" for the targets and
"Zarar Kes" / "Zararı durdur" / "ZK" for the stop, a Turkish stop hit "zarar kes çalıştı", and the
Arabic stop words "وقف الخسارة" / "الوقف" in a follow-up that moves the stop to the entry."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message


@pytest.mark.parametrize(
    ("text", "side", "entries", "targets", "stop"),
    [
        (
            "Монета: #LINK\nНаправление: Лонг\nВход: 14,62\nФиксация: 14,95 / 15,31"
            "\nСтоп: 14,18\nПлечо: x10",
            "long",
            (14.62,),
            (14.95, 15.31),
            14.18,
        ),
        (
            "#AVAX ШОРТ\nТочка входа: 36,4\nФикс 1: 35,8\nФиксация 2: 35,1\nФикс 3: 34,6"
            "\nСтоп-лосс: 37,5",
            "short",
            (36.4,),
            (35.8, 35.1, 34.6),
            37.5,
        ),
        (
            "Сделка по ATOM\nТип: Long (покупка)\nЗона входа: 8,21 – 8,29"
            "\nФиксация прибыли: 8,55; 8,79\nСтоп лосс: 7,98",
            "long",
            (8.21, 8.29),
            (8.55, 8.79),
            7.98,
        ),
    ],
)
def test_russian_fixation_targets(
    text: str, side: str, entries: tuple[float, ...], targets: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is not None and parsed.side.value == side
    assert parsed.entries == entries
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    ("text", "side", "entries", "targets", "stop"),
    [
        (
            "Entramos short en #ADA desde 0,7412 📉 tomamos ganancias en 0,7301 / 0,7188."
            " Stop en 0,7655.",
            "short",
            (0.7412,),
            (0.7301, 0.7188),
            0.7655,
        ),
        (
            "Compramos $NEAR entre 5.12 y 5.18 🚀\nTomar ganancias: 5.31 - 5.44\nSL 4.97",
            "long",
            (5.12, 5.18),
            (5.31, 5.44),
            4.97,
        ),
        (
            "Vendemos #XRP a 2,2143. tomamos ganancias en 2,1712 y 2,1395. stop 2,2681. x5",
            "short",
            (2.2143,),
            (2.1712, 2.1395),
            2.2681,
        ),
    ],
)
def test_spanish_taking_profits_sentences(
    text: str, side: str, entries: tuple[float, ...], targets: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is not None and parsed.side.value == side
    assert parsed.entries == entries
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    ("text", "side", "entry", "targets", "stop"),
    [
        (
            "Coin: #DOTUSDT\nİşlem Yönü: Long\nAlış Fiyatı: 6,842\nHedef 1 ➜ 6,951"
            "\nHedef 2 → 7,064\nZarar Kes: 6,611\nKaldıraç: 10X",
            "long",
            6.842,
            (6.951, 7.064),
            6.611,
        ),
        (
            "📊 #APT SHORT İŞLEMİ\nSatış Fiyatı: 9,214\nHedefler: 9,071 / 8,935\nZK: 9,488",
            "short",
            9.214,
            (9.071, 8.935),
            9.488,
        ),
        (
            "#ETHUSDT | SHORT 🔴\nGiriş: 3.412,5\nKâr Hedefleri: 3.350,2 - 3.300,8"
            "\nZararı Durdur: 3.465,1",
            "short",
            3412.5,
            (3350.2, 3300.8),
            3465.1,
        ),
    ],
)
def test_turkish_price_and_cut_loss_labels(
    text: str, side: str, entry: float, targets: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is not None and parsed.side.value == side
    assert parsed.entries == (entry,)
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    ("text", "side", "entries", "targets", "stop"),
    [
        (
            "#OPUSDT SAT 🔴\nAlım 2,2417\nKâr al 2,2105 - 2,1874\nZarar durdur 2,3012",
            "short",
            (2.2417,),
            (2.2105, 2.1874),
            2.3012,
        ),
        (
            "#INJUSDT AL 🟢\nAlım bölgesi: 24,12 - 24,38\nKar Al 1: 24,91\nKar Al 2: 25,47"
            "\nZK: 23,55",
            "long",
            (24.12, 24.38),
            (24.91, 25.47),
            23.55,
        ),
    ],
)
def test_turkish_buying_and_take_profit_labels(
    text: str, side: str, entries: tuple[float, ...], targets: tuple[float, ...], stop: float
) -> None:
    """A known stop label beside "Alım" and "Kâr al": every label of the card is known, so the
    card is not left to the lines' order with only its stop placed."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is not None and parsed.side.value == side
    assert parsed.entries == entries
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize("text", ["#SOL zarar kes çalıştı ❌", "$LINK Zarar kes çalıştı"])
def test_turkish_cut_loss_hit(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.STOP_HIT


@pytest.mark.parametrize(
    "text",
    [
        "#LINK نقل وقف الخسارة إلى نقطة الدخول 🔒",
        "$ARB الوقف على الدخول",
        "تحريك وقف الخسارة إلى الدخول #OP",
    ],
)
def test_arabic_stop_to_entry(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.STOP_MOVED
    assert parsed.stop_to_entry


@given(
    entry=st.integers(min_value=2000, max_value=9000),
    steps=st.lists(st.integers(min_value=40, max_value=400), min_size=1, max_size=3),
    label=st.sampled_from(["Фиксация", "Фикс", "Фиксация прибыли"]),
)
def test_fixation_card_reads_every_target(entry: int, steps: list[int], label: str) -> None:
    """A long card whose targets stand under any of the Russian fixation labels reads them all,
    one per line with their number or together on one line."""
    price = entry / 100
    targets: list[float] = []
    level = entry
    for step in steps:
        level += step
        targets.append(level / 100)
    stop = (entry - 150) / 100
    shown = [f"{t:.2f}".replace(".", ",") for t in targets]
    if len(targets) > 1 and entry % 2:
        lines = [f"{label} {i}: {s}" for i, s in enumerate(shown, 1)]
    else:
        lines = [f"{label}: " + " / ".join(shown)]
    text = "\n".join(
        [
            "Монета: #SOL",
            "Направление: Лонг",
            f"Вход: {price:.2f}".replace(".", ","),
            *lines,
            f"Стоп: {stop:.2f}".replace(".", ","),
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.take_profits == tuple(targets)
    assert parsed.stop_loss == stop
