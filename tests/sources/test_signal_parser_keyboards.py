"""Signals as other keyboards and languages type them (docs/signal-parsing.md, "Other
keyboards"): the Cyrillic "х" of a leverage, tickers in Cyrillic look-alike letters, coins
named in their own script, Persian slash decimals, "%" before a number, the Turkish "kat",
Cyrillic text settling a decimal comma, CJK leverage against words, and a few short words of
any language between a side word's coin and its entry."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, ParsedMessage, parse_message
from tradermanager.sources.signal_parser.keyboards import tickers_named, typed_as_ascii
from tradermanager.sources.signal_parser.word_order import labels_first


@pytest.mark.parametrize(
    ("text", "leverage"),
    [
        ("#SOL ЛОНГ\nВход: 148.2\nЦели: 152 / 155\nСтоп: 144\nПлечо: 10х", 10),
        ("#SOL ЛОНГ\nВход: 148.2\nЦели: 152 / 155\nСтоп: 144\nПлечо: х20", 20),
        ("#SOL ЛОНГ\nВход: 148.2\nЦели: 152 / 155\nСтоп: 144\nПлечо: 5-10х", 10),
        ("#SOL LONG\nGiriş: 148,2\nHedef 1: 152\nStop: 144\n10 kat kaldıraç", 10),
        ("SOL 148.2附近做多，止盈152/155，止损144，20倍杠杆", 20),
        ("SOL 多单 148.2 进场，目标 152、155，防守 144，杠杆20倍", 20),
    ],
)
def test_a_leverage_typed_on_another_keyboard_is_read(text: str, leverage: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.leverage == leverage
    assert parsed.stop_loss == 144


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("#ВТС ЛОНГ\nТВХ: 63450\nТейки: 64200 / 65000\nСтоп: 62800", "BTC"),  # Cyrillic letters
        ("Монета: ЕТН/USDT\nНаправление: Лонг\nВход: 3412\nЦели: 3480\nСтоп: 3350", "ETH"),
        ("비트코인 롱\n진입가: 63450\n목표가: 64200 / 65000\n손절: 62800", "BTC"),
        ("イーサリアム ショート\nエントリー：3412\n利確：3350 / 3300\n損切り：3460", "ETH"),
        ("Биткоин — ЛОНГ\nВход: 63450\nЦели: 64200 / 65000\nСтоп: 62800", "BTC"),
        ("سولانا شراء\nالدخول: 148.2\nالأهداف: 152 - 155\nوقف الخسارة: 144", "SOL"),
        ("ริปเปิล Long\nจุดเข้า: 0.5231\nเป้าหมาย: 0.53 / 0.54\nSL: 0.51", "XRP"),
    ],
)
def test_a_coin_named_in_another_script_is_its_ticker(text: str, symbol: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == symbol


def test_names_are_read_as_tickers_only_as_whole_names() -> None:
    assert tickers_named("비트코인을 샀다").split()[0] == "BTC"  # a Korean particle after it
    assert tickers_named("xبيتكوين") == "xبيتكوين"  # inside a longer word
    assert tickers_named("#АРТ ЛОНГ").startswith("#APT")
    assert tickers_named("АРТ-объект") == "АРТ-объект"  # no # or $, no USDT after: a word
    assert tickers_named("BTC long 63450") == "BTC long 63450"


def test_persian_slash_decimals_only_beside_a_number_opening_with_zero() -> None:
    assert (
        typed_as_ascii("ورود: ۰/۰۶۹۸۸ اهداف: ۰/۰۷۱، ۰/۰۷۳") == "ورود: ۰٫۰۶۹۸۸ اهداف: ۰٫۰۷۱، ۰٫۰۷۳"
    )
    # "۱۵۲/۱۵۵" may be a list of two: left as it is, and such a card goes to review
    assert typed_as_ascii("اهداف: ۱۵۲/۱۵۵") == "اهداف: ۱۵۲/۱۵۵"
    parsed = parse_message(
        "#API3USDT\nجهت: شورت\nورود: ۱/۳۹۹۶\nاهداف: ۱/۳۷۵۸، ۱/۳۴۷۷\nحد ضرر: ۱/۴۲۹۶"
    )
    assert parsed.kind is MessageKind.NEEDS_REVIEW


def test_a_number_after_a_percent_sign_is_a_percentage() -> None:
    text = "#SOLUSDT LONG\nGiriş: 148,2\nHedefler: 152 (%2,6) - 155 (%4,6)\nStop: 144 (-%2,8)"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (152, 155)
    assert parsed.stop_loss == 144


def test_cyrillic_text_writes_a_decimal_comma() -> None:
    parsed = parse_message("#INJ ШОРТ\nТВХ: 25,348\nТейк 1: 24,895\nТейк 2: 24,671\nСтоп: 26,397")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (25.348,)
    assert parsed.take_profits == (24.895, 24.671)


def _read_as_the_sol_long(text: str) -> ParsedMessage:
    """The SOL long at 148.2 with targets 152 and 155 and the stop at 144, however written."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.side, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        Side.LONG,
        (148.2,),
        (152, 155),
        144,
    )
    return parsed


@pytest.mark.parametrize(
    "text",
    [
        "Long auf #SOL bei 148,2, Ziele 152 und 155, SL 144",
        "Открываю лонг по #SOL от 148,2. Цели: 152 / 155. Стоп 144.",
        "Open Long $SOL di area 148,2\nTP : 152 / 155\nSL : 144",
        "On prend un long sur #SOL vers 148,2. Objectifs : 152 puis 155. Stop sous 144.",
        "เปิด Long #SOL ที่ 148.2 เป้า 152/155 คัทลอส 144",
    ],
)
def test_short_words_of_any_language_between_the_coin_and_its_entry(text: str) -> None:
    _read_as_the_sol_long(text)


def test_three_words_or_another_line_between_the_coin_and_a_price_are_no_entry() -> None:
    parsed = parse_message("Long auf #SOL bei etwa gleich 148,2, Ziele 152 und 155, SL 144")
    assert parsed.kind is not MessageKind.SIGNAL or parsed.entries != (148.2,)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["ТВХ", "Вход", "Точка входа"]),
    st.integers(1, 99),
    st.integers(100, 999),
    st.sampled_from(["лонг", "ЛОНГ"]),
)
def test_a_cyrillic_card_never_reads_a_decimal_comma_as_thousands(
    label: str, whole: int, frac: int, side: str
) -> None:
    entry = round(whole + frac / 1000, 3)
    target = round(entry * 1.02, 3)
    stop = round(entry * 0.97, 3)

    def c(v: float) -> str:
        return f"{v:.3f}".replace(".", ",")

    parsed = parse_message(f"#SOL {side}\n{label}: {c(entry)}\nЦель: {c(target)}\nСтоп: {c(stop)}")
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.entries == (entry,)
        assert parsed.stop_loss == stop


# ---- prices before their word, clauses of a sentence, 万, an estimated average -------------


@pytest.mark.parametrize(
    "text",
    [
        "#SOL 148.2でロング、152と155で利確、144で損切り（レバ10倍）",
        "SOL 148.2에 롱 진입, 152 / 155 익절, 144 손절, 10배",
        "SOL 148.2 pe long lo, 152 aur 155 target, 144 pe SL lagao, 10x",
    ],
)
def test_a_price_written_before_its_word_belongs_to_that_word(text: str) -> None:
    assert _read_as_the_sol_long(text).leverage == 10


def test_clauses_written_label_first_are_left_as_they_are() -> None:
    for text in [
        "Entry 148.2, TP 152, 155 SL 144",
        "SOL long 148.2\nTP 152 155\nSL 144",
        "止盈：152，155",
        "目标 3350、3300",
    ]:
        assert labels_first(text) == text


@settings(max_examples=80, deadline=None)
@given(
    st.booleans(),
    st.floats(0.01, 50_000).map(lambda v: float(f"{v:.4g}")),
    st.sampled_from(["ja", "ko", "hi"]),
)
def test_prices_before_their_words_read_as_the_same_card_label_first(
    long: bool, entry: float, lang: str
) -> None:
    sign = 1 if long else -1
    t1, t2 = (float(f"{entry * (1 + sign * k):.4g}") for k in (0.02, 0.04))
    stop = float(f"{entry * (1 - sign * 0.03):.4g}")
    side = {"ja": ("ロング", "ショート"), "ko": ("롱", "숏"), "hi": ("long", "short")}[lang]
    word = side[0] if long else side[1]
    if lang == "ja":
        text = f"#SOL {entry:g}で{word}、{t1:g}と{t2:g}で利確、{stop:g}で損切り"
    elif lang == "ko":
        text = f"SOL {entry:g}에 {word} 진입, {t1:g} / {t2:g} 익절, {stop:g} 손절"
    else:
        text = f"SOL {entry:g} pe {word} lo, {t1:g} aur {t2:g} target, {stop:g} pe SL lagao"
    parsed = parse_message(text)
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.side is (Side.LONG if long else Side.SHORT)
        assert parsed.entries == (entry,)
        assert parsed.take_profits == (t1, t2)
        assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    ("text", "side", "targets"),
    [
        ("Nunua #SOL kwa 148.2, malengo 152 na 155, hasara 144, x10", Side.LONG, (152, 155)),
        ("Sayar #SOL a 148.2, manufa 145, 142 da 140, tsayawa 151", Side.SHORT, (145, 142, 140)),
        ("Ra #SOL ni 148.2, afojusun 152 ati 155, idaduro 144", Side.LONG, (152, 155)),
    ],
)
def test_a_word_joining_two_prices_inside_a_clause_joins_the_list(
    text: str, side: Side, targets: tuple[float, ...]
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.side, parsed.entries, parsed.take_profits) == (side, (148.2,), targets)


def test_wan_is_ten_thousand() -> None:
    assert typed_as_ascii("BTC 6.345万附近") == "BTC 63450附近"
    assert typed_as_ascii("1万U") == "10000U"
    assert typed_as_ascii("6.3456万") == "63456"


def test_an_estimated_average_entry_is_no_order() -> None:
    text = "\n".join(
        [
            "📊 SOL/USDT — KẾ HOẠCH GIAO DỊCH",
            "LOẠI GIAO DỊCH: Mua (Long)",
            "Đòn bẩy: 20x",
            "Nhập Chính: 148.2 USDT",
            "Nhập DCA: 146.1 USDT",
            "Mức Nhập Trung Bình (ước tính): 147.15 USDT",
            "Dừng lỗ: 143.2 USDT",
            "TP1: 151 USDT",
            "TP2: 154 USDT",
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (148.2, 146.1)
    assert parsed.take_profits == (151, 154)
    assert parsed.stop_loss == 143.2


def test_a_card_joined_to_a_sentence_written_price_first_is_not_turned() -> None:
    # a clause of prices written label first beside the turned ones: two messages joined
    text = (
        "inj long entry 26.966 tp 27.255 sl 26.043 15x "
        "#AVAX 36.07でロング、36.7と36.84で利確、34.41で損切り"
    )
    assert labels_first(text) == text
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW
    # a text in no order is never made a signal by turning its clauses
    shuffled = "62.909,3, LONG, 61.905,5’ten kaldıraç #BTC 59.715,9, hedef 10x stop"
    assert parse_message(shuffled).kind is not MessageKind.SIGNAL


# ---- second set: clauses of any language, a side word before a price and its label after ----


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("SOL 148.2 पर लॉन्ग, 152 और 155 टारगेट, 144 स्टॉप लॉस", Side.LONG),  # no word known
        ("SOL 148.2 पर शॉर्ट, 145 और 142 टारगेट, 151 स्टॉप लॉस", Side.SHORT),
        ("#SOL LONG: 148,2 giriş, 152 ve 155 hedef, 144 stop", Side.LONG),
        ("Long tayo sa #SOL sa 148.2, TP 152 at 155, SL 144", Side.LONG),
        ("Long στο #SOL από 148,2, στόχοι 152 και 155, stop 144", Side.LONG),
    ],
)
def test_clauses_of_any_language_read_as_a_signal(text: str, side: Side) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is side
    assert parsed.entries == (148.2,)
    assert len(parsed.take_profits) == 2
    assert parsed.stop_loss in (144, 151)


def test_clauses_whose_levels_do_not_fit_one_signal_go_to_review() -> None:
    # the "targets" on both sides of the entry: no side can be told
    parsed = parse_message("SOL 148.2 पर, 152 और 140 टारगेट, 144 स्टॉप लॉस")
    assert parsed.kind is not MessageKind.SIGNAL
