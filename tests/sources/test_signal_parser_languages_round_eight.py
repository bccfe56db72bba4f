"""Languages round eight: a call's side and market entry written as a verb (Russian and
Ukrainian "Покупаем … по рынку", "Шортим", "Лонгуємо … за ринком", Chinese "现价做多" /
"市价开空" / "现价多"), targets given as "фиксируем на …", Indonesian "Masuk di …", a leverage
ending a sentence ("Плечо 25."), closes in the progressive ("cerrando", "fechando"), and dots
read as decimal points when only the labels' language made them thousands."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message


@pytest.mark.parametrize(
    ("text", "side", "targets", "stop"),
    [
        ("Покупаем LINK по рынку\nТейк: 15,2 / 15,6\nСтоп: 14,3", "long", (15.2, 15.6), 14.3),
        ("Шортим #ETH по рынку, тейк 3 350, стоп 3 460, плечо 20х", "short", (3350.0,), 3460.0),
        ("Продаём $SOL с рынка\nЦели: 145; 142\nСтоп-лосс 151", "short", (145.0, 142.0), 151.0),
        ("Лонгуем SOL по текущим 🔥\nТейки: 152 – 155\nСтоп — 144", "long", (152.0, 155.0), 144.0),
        (
            "Заходим в шорт по #ADA по текущей цене, цели 0,44 и 0,43, стоп 0,46",
            "short",
            (0.44, 0.43),
            0.46,
        ),
        ("Купуємо #SOL по ринку\nЦілі: 152 / 155\nСтоп: 144", "long", (152.0, 155.0), 144.0),
        (
            "Шортимо ETH за ринком, тейки 3 350 і 3 300, стоп 3 460",
            "short",
            (3350.0, 3300.0),
            3460.0,
        ),
        (
            "Лонгуємо INJ/USDT по поточній ціні\nТейки: 24,45 / 24,73\nСтоп-лосс 23,5",
            "long",
            (24.45, 24.73),
            23.5,
        ),
        ("ETH 市价开空\n止盈: 3350 / 3300\n止损: 3460", "short", (3350.0, 3300.0), 3460.0),
        ("DOGE/USDT 现价做多\n止盈: 0.128 / 0.13\n止损 0.122", "long", (0.128, 0.13), 0.122),
        ("AVAX/USDT 现价多，止盈 37.5 38.1，止损 36.1，50倍", "long", (37.5, 38.1), 36.1),
        ("现价空 #ARB，止盈 1.08 1.05，止损 1.15", "short", (1.08, 1.05), 1.15),
    ],
)
def test_market_verb_calls(text: str, side: str, targets: tuple[float, ...], stop: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is not None and parsed.side.value == side
    assert parsed.order_type == "market"
    assert parsed.entries == ()
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop", "leverage"),
    [
        (
            "Входим в шорт ETH с 3 515,87, фиксируем на 3 463,46, 3 416,85 и 3 352,1, стоп "
            "3 617,14, плечо 10",
            (3515.87,),
            (3463.46, 3416.85, 3352.1),
            3617.14,
            10.0,
        ),
        (
            "Открываем лонг $TURBO в зоне 0,0058239–0,0058665, фиксируем на 0,0059477 и "
            "0,0060332, стоп 0,0055982",
            (0.0058239, 0.0058665),
            (0.0059477, 0.0060332),
            0.0055982,
            None,
        ),
        (
            "ORDI шорт від 38,95. Тейки: 38,36, 37,78 та 37,29. Стоп — 39,62. Плече 25.",
            (38.95,),
            (38.36, 37.78, 37.29),
            39.62,
            25.0,
        ),
        (
            "TRX лонг от 0,12213. Цели: 0,12391 и 0,12572. Стоп — 0,11809. Плечо 10. Всем удачи!",
            (0.12213,),
            (0.12391, 0.12572),
            0.11809,
            10.0,
        ),
        (
            "SHORT APT\nMasuk di 9.575\nTP: 9.42 / 9.269\nSL: 9.831",
            (9.575,),
            (9.42, 9.269),
            9.831,
            None,
        ),
        (
            "Vào lệnh SHORT #NEAR\nĐiểm vào: 5.248\nChốt lời: 5.166 - 5.085 - 5\nCắt lỗ: 5.473",
            (5.248,),
            (5.166, 5.085, 5.0),
            5.473,
            None,
        ),
    ],
)
def test_sentence_and_label_calls(
    text: str,
    entries: tuple[float, ...],
    targets: tuple[float, ...],
    stop: float,
    leverage: float | None,
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == entries
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop
    assert parsed.leverage == leverage


@pytest.mark.parametrize(
    "text",
    [
        "Vào lệnh SHORT #ETH\nĐiểm vào: 3.412\nChốt lời: 3.350 - 3.300\nCắt lỗ: 3.460",
        "Long #BTC\nĐiểm vào: 63.450\nChốt lời: 64.200 - 65.000\nCắt lỗ: 62.100",
    ],
)
def test_vietnamese_dots_either_way_go_to_review(text: str) -> None:
    """Dots the labels' language alone makes thousands, and no number that tells: 3.412 and
    3,412 are both sound levels, so without the symbol's price the card is checked, never
    guessed (a plain number or a decimal comma elsewhere settles it)."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "symbol's price" in parsed.reason
    settled = parse_message(text + ",5")  # the stop with a decimal comma: dots are thousands
    assert settled.kind is MessageKind.SIGNAL, settled.reason
    assert settled.entries[0] > 1000


@pytest.mark.parametrize(
    ("text", "fraction"),
    [
        ("#BRETT: cerrando el 30% ahora", 0.3),
        ("$SOL: cerrando la mitad ahora", 0.5),
        ("#ETH: fechando 50% agora", 0.5),
    ],
)
def test_progressive_closes(text: str, fraction: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.close_fraction == fraction


@given(st.integers(min_value=1, max_value=125), st.sampled_from(["Плечо", "Плече", "Leverage"]))
def test_leverage_before_a_full_stop(lev: int, word: str) -> None:
    text = f"#SOL лонг от 148,2. Цели: 152 и 155. Стоп — 144. {word} {lev}."
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.leverage == float(lev)


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=9))
def test_leverage_with_a_decimal_is_not_cut_at_its_point(whole: int, frac: int) -> None:
    """ "Leverage 2.5" is no leverage of 2: a point followed by a digit is a decimal."""
    text = f"#SOL long 148.2\nTP 152 / 155\nSL 144\nLeverage {whole}.{frac}"
    assert parse_message(text).leverage != float(whole)


@pytest.mark.parametrize(
    ("text", "symbol", "side"),
    [
        ("SOL现价做多，止盈 152 155，止损 144", "SOL", "long"),
        ("现价做多SOL，止盈 152 155，止损 144", "SOL", "long"),
        ("ETH市价开空\n止盈 3350\n止损 3460", "ETH", "short"),
        ("1000PEPE现价空，止盈 0.0081 0.0079，止损 0.0085", "1000PEPE", "short"),
        ("نشتري SOL بسعر السوق، الأهداف 152 و 155، وقف الخسارة 144", "SOL", "long"),
        ("Wir kaufen #ARB zum Marktpreis, Ziele 1,1672 und 1,1843, Stopp 1,1167", "ARB", "long"),
        ("Wir verkaufen ETH zum Marktpreis, Ziele 3.350 und 3.300, Stop 3.460", "ETH", "short"),
    ],
)
def test_coins_and_sides_written_against_other_words(text: str, symbol: str, side: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == symbol
    assert parsed.side is not None and parsed.side.value == side
    assert parsed.order_type == "market"


@pytest.mark.parametrize(
    "text",
    [
        "Сегодня не шортим, ждём 61574 по BTC",
        "Пока не покупаем, ждём откат к 65957",
        "Bugün long açmıyoruz, BTC 61806 bekliyoruz",
        "Chưa vào lệnh, chờ BTC về 63529 rồi tính",
        "Not shorting today, waiting for 61574 on BTC",
        "We don't buy yet, waiting for a pullback to 65957",
        "لا نشتري BTC فوق 64589، ننتظر التصحيح",
    ],
)
def test_a_denied_call_word_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "Не шортим ETH от 3412, тейк 3350, стоп 3460",  # levels given: never talk
        "Шортим ETH от 3412, не забываем стоп 3460, тейк 3350",
    ],
)
def test_a_denial_beside_levels_is_no_talk(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "On annule l'ordre sur #SOL",
        "Annulliamo l'ordine su #SOL",
        "#SOL: wir stornieren die Order",
    ],
)
def test_cancels_in_french_italian_german(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is FollowUpAction.CANCEL
    assert parsed.symbol == "SOL"
