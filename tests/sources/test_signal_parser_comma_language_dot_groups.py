"""The decimal mark of cards and follow-ups in languages that write a decimal comma (Spanish,
Portuguese, Russian, Ukrainian, Greek, Turkish, Polish, Indonesian, Romanian, Czech, Dutch,
Italian): a price written as a dot and three digits ("Entrada: 3.412") is read at one scale only
when the message's own numbers settle the mark, or the symbol's price is given."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind

# (entry label, targets label, stop label, leverage label, long word)
LANGUAGES = [
    ("Entrada", "Objetivos", "Stop loss", "Apalancamiento", "COMPRA"),
    ("Entrada", "Alvos", "Stop", "Alavancagem", "COMPRA"),
    ("Preço de entrada", "Objetivos", "Stop", "Alavancagem", "LONG"),
    ("Вход", "Цели", "Стоп", "Плечо", "ЛОНГ"),
    ("Вхід", "Цілі", "Стоп", "Плече", "ЛОНГ"),
    ("Είσοδος", "Στόχοι", "Stop Loss", "Μόχλευση", "Αγορά"),
    ("Giriş", "Hedefler", "Stop", "Kaldıraç", "LONG"),
    ("Wejście", "Cele", "Stop loss", "Dźwignia", "LONG"),
    ("Harga masuk", "Target", "Stop loss", "Leverage", "BELI"),
    ("Intrare", "Ținte", "Stop loss", "Levier", "LONG"),
    ("Vstup", "Cíle", "Stop loss", "Páka", "LONG"),
    ("Instap", "Doelen", "Stop loss", "Hefboom", "LONG"),
    ("Entrata", "Obiettivi", "Stop", "Leva", "LONG"),
]
LANGUAGE_IDS = [lang[0] + "/" + lang[1] for lang in LANGUAGES]


def card(lang: tuple[str, ...], coin: str, entry: str, tps: list[str], stop: str) -> str:
    entry_l, tp_l, stop_l, lev_l, long_w = lang
    return (
        f"#{coin} {long_w}\n{entry_l}: {entry}\n{tp_l}: {' / '.join(tps)}\n"
        f"{stop_l}: {stop}\n{lev_l}: 10x"
    )


# (coin, entry, targets, stop) all written as dot groups: a coin at 8.963 or ETH at 3,412
OPEN = [
    ("ATOM", "8.963", ["9.132", "9.281"], "8.743"),
    ("INJ", "24.612", ["24.981", "25.347"], "23.918"),
    ("ETH", "3.412", ["3.463", "3.517"], "3.351"),
    ("BTC", "63.451", ["64.402", "65.117"], "61.906"),
    ("MKR", "2.447", ["2.484", "2.523"], "2.389"),
]


@pytest.mark.parametrize("lang", LANGUAGES, ids=LANGUAGE_IDS)
@pytest.mark.parametrize(("coin", "entry", "tps", "stop"), OPEN)
def test_open_dot_groups_go_to_review(
    lang: tuple[str, ...], coin: str, entry: str, tps: list[str], stop: str
) -> None:
    parsed = parse_message(card(lang, coin, entry, tps, stop))
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "symbol's price is needed" in parsed.reason


@pytest.mark.parametrize("lang", LANGUAGES, ids=LANGUAGE_IDS)
@pytest.mark.parametrize(
    ("stop", "value"), [("8.74", 8.74), ("8.7", 8.7), ("8.7431", 8.7431), ("8", 8.0)]
)
def test_a_level_in_another_form_settles_a_decimal_point(
    lang: tuple[str, ...], stop: str, value: float
) -> None:
    parsed = parse_message(card(lang, "ATOM", "8.963", ["9.132", "9.281"], stop))
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (8.963,)
    assert parsed.take_profits == (9.132, 9.281)
    assert parsed.stop_loss == value


@pytest.mark.parametrize("lang", LANGUAGES, ids=LANGUAGE_IDS)
@pytest.mark.parametrize(
    ("coin", "entry", "tps", "stop", "want"),
    [
        ("ETH", "3.412", ["3.463", "3.517"], "3.351,5", (3412, 3463, 3517, 3351.5)),
        ("BTC", "63.451,25", ["64.402", "65.117"], "61.906", (63451.25, 64402, 65117, 61906)),
        ("ETH", "3.412", ["3.463", "3.517"], "3350", (3412, 3463, 3517, 3350)),
    ],
)
def test_a_decimal_comma_or_a_whole_level_settles_thousands(
    lang: tuple[str, ...], coin: str, entry: str, tps: list[str], stop: str, want: tuple
) -> None:
    parsed = parse_message(card(lang, coin, entry, tps, stop))
    assert parsed.kind is MessageKind.SIGNAL
    assert (*parsed.entries, *parsed.take_profits, parsed.stop_loss) == want


@pytest.mark.parametrize("lang", LANGUAGES, ids=LANGUAGE_IDS)
@pytest.mark.parametrize(
    ("coin", "entry", "tps", "stop"),
    [
        ("PEPE", "0.00001245", ["0.00001281", "0.00001322"], "0.00001198"),
        ("SHIB", "0.00002451", ["0.00002517", "0.00002583"], "0.00002374"),
        ("XRP", "0.5231", ["0.5312", "0.5398"], "0.5102"),
        ("SUI", "1.0512", ["1.0683", "1.0851"], "1.0233"),
        ("SOL", "148.25", ["151.4", "154.85"], "143.6"),
    ],
)
def test_a_leading_zero_or_other_decimals_are_read_as_written(
    lang: tuple[str, ...], coin: str, entry: str, tps: list[str], stop: str
) -> None:
    parsed = parse_message(card(lang, coin, entry, tps, stop))
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (float(entry),)
    assert parsed.take_profits == tuple(map(float, tps))
    assert parsed.stop_loss == float(stop)


@pytest.mark.parametrize("lang", LANGUAGES, ids=LANGUAGE_IDS)
def test_the_symbols_price_settles_the_scale(lang: tuple[str, ...]) -> None:
    text = card(lang, "ETH", "3.412", ["3.463", "3.517"], "3.351")
    parsed = parse_message(text, reference_price=3405.0)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (3412,)
    small = parse_message(card(lang, "ATOM", "8.963", ["9.132", "9.281"], "8.743"), 8.95)
    assert small.kind is MessageKind.SIGNAL
    assert small.entries == (8.963,)


@pytest.mark.parametrize(
    "text",
    [
        "#ATOM LONG\nEntry: 8.963\nTargets: 9.132 / 9.281\nStop loss: 8.743\nLeverage: 10x",
        "ATOM long from 8.963, targets 9.132 and 9.281, stop 8.743",
    ],
)
def test_english_cards_keep_the_decimal_point(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (8.963,)


@pytest.mark.parametrize(
    "text",
    [
        "#ETH TP1 alcanzado en 3.463 ✅",
        "#INJ — alvo 2 atingido em 24.981 🎯",
        "INJ/USDT тейк 2 взят по 24.981 ✅",
        "LINK/USDT cel 2 osiągnięty 14.189 ✅",
        "#ETH: movemos el stop a 3.398",
        "#ETH: переносим стоп на 3.398",
        "#APT: stopu 8.671 seviyesine çektik",
        "#NEARUSDT SL przesunięty na 5.558",
    ],
)
def test_a_follow_up_at_an_open_dot_group_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "symbol's price is needed" in parsed.reason


@pytest.mark.parametrize(
    ("text", "price", "new_stop"),
    [
        ("#ATOM TP1 alcanzado en 9.13 ✅", 9.13, None),
        ("#ETH — alvo 1 atingido em 3.463,5 🎯", 3463.5, None),
        ("LINK/USDT cel 2 osiągnięty 14.19 ✅", 14.19, None),
        ("#ETH: переносим стоп на 3.398,5", None, 3398.5),
        ("#XRP: movemos el stop a 0.5102", None, 0.5102),
        ("#ETH TP1 hit at 3.463 ✅", 3.463, None),
    ],
)
def test_a_follow_up_at_a_settled_price_is_read(
    text: str, price: float | None, new_stop: float | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.price == price
    assert parsed.new_stop == new_stop


@pytest.mark.parametrize(
    "text",
    [
        "ETH a 3.412 hoy, ¿alguien compra o esperamos?",
        "Alguém ainda segurando ETH? Tá em 3.412, pensando em entrar long",
        "BTC в 63.450, лонг ещё актуален или уже поздно?",
        "INJ 24.612 olmuş, short açan var mı?",
    ],
)
def test_talk_naming_a_dot_group_stays_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@settings(max_examples=150, deadline=None)
@given(
    lang=st.sampled_from(LANGUAGES),
    coin=st.sampled_from(["ATOM", "INJ", "ETH", "BTC", "LINK", "MKR"]),
    whole=st.integers(1, 999),
    frac=st.integers(1, 999),
    gaps=st.lists(st.integers(5, 40), min_size=3, max_size=3),
)
def test_open_dot_groups_are_never_read_at_an_unsettled_scale(
    lang: tuple[str, ...], coin: str, whole: int, frac: int, gaps: list[int]
) -> None:
    """Every level a dot and three digits (none ending in 0): no signal is read at either
    scale, whatever the language, the coin and the levels."""
    entry = whole * 1000 + frac

    def written(v: int) -> str:
        return f"{v // 1000}.{v % 1000:03d}"

    levels = [
        entry + entry * gaps[0] // 1000,
        entry + entry * gaps[1] // 500,
        entry - entry * gaps[2] // 1000,
    ]
    if any(not 1000 <= v < 1_000_000 or v % 10 == 0 for v in levels) or entry % 10 == 0:
        return
    tp1, tp2, stop = levels
    if not entry < tp1 < tp2 or not stop < entry:
        return
    parsed = parse_message(
        card(lang, coin, written(entry), [written(tp1), written(tp2)], written(stop))
    )
    assert parsed.kind is not MessageKind.SIGNAL
