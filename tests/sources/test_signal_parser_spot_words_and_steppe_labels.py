"""The spot word in other scripts and languages ("ספוט", "на споте", "σποτ", "սպոտ", "სპოტი"),
the buy and sell words of Uzbek, Kazakh, Kyrgyz, Azerbaijani and Tajik written as labels, not
sides ("Sotib olish zonasi:" / "Sotish:", "Сатып алу аймағы:" / "Сату:", "Alış zonası:" /
"Satış hədəfləri:", "Минтақаи харид:" / "Фурӯш:"), margin words of those languages and of
Hebrew, Georgian, Armenian and Mongolian, Greek decimal marks, follow-ups in those languages,
and the talk and risky layouts that must stay talk or go to review."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message


def _card(text: str):
    parsed = parse_message(text)
    assert parsed.kind.value == "signal", (text, parsed.reason)
    return parsed


@pytest.mark.parametrize(
    "head",
    [
        "#NEAR ספוט 🛒",
        "קנייה בספוט: #NEAR",
        "#NEAR — سبوت",
        "سوق السبوت #NEAR",
        "#NEAR — на споте",
        "Спотовая покупка #NEAR",
        "Спотовий сигнал #NEAR",
        "#NEAR спотта",
        "#NEAR σποτ",
        "ΣΠΟΤ #NEAR",
        "#NEAR սպոտ",
        "#NEAR სპოტი",
        "#NEAR اسپات",
        "#NEAR 现货",
    ],
)
@pytest.mark.parametrize("sep", [": ", " - "])
def test_a_spot_word_in_any_script_marks_the_market(head: str, sep: str) -> None:
    # (four decimals: a Cyrillic card's dot and three digits alone is a mark left open)
    parsed = _card(f"{head}\nEntry{sep}5.4120\nTP 1{sep}5.5880\nTP 2{sep}5.7310\nSL{sep}5.2040")
    assert parsed.market == "spot"
    assert parsed.side is not None and parsed.side.value == "long"
    assert list(parsed.entries) == [5.412]
    assert list(parsed.take_profits) == [5.588, 5.731]


@pytest.mark.parametrize("text", ["Споткнулся на входе #NEAR, вход 5.412, цели 5.588, стоп 5.204"])
def test_a_longer_word_is_no_spot_word(text: str) -> None:
    assert parse_message(text).market != "spot"


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop"),
    [
        (
            "#ARB spot 🛒\nSotib olish zonasi: 0.4120 - 0.4185\nSotish: 0.4300 / 0.4450\n"
            "Stop: 0.3990",
            [0.412, 0.4185],
            [0.43, 0.445],
            0.399,
        ),
        (
            "#ARB spot\nSotib olish oralig'i - 0,4120 - 0,4185\nSotish 1 - 0,4300\n"
            "Sotish 2 - 0,4450",
            [0.412, 0.4185],
            [0.43, 0.445],
            None,
        ),
        (
            "#TIA СПОТ 🛒\nСотиб олиш зонаси - 4,812 / 4,846\nСотиш - 4,95 / 5,07\nТўхтатиш - 4,66",
            [4.812, 4.846],
            [4.95, 5.07],
            4.66,
        ),
        (
            "Спот $SOL\nСатып алу аймағы: 152,40 - 153,90\nСату: 157,20 / 160,05\nСтоп: 148,10",
            [152.4, 153.9],
            [157.2, 160.05],
            148.1,
        ),
        (
            "$SOL spot\nSatyp alu aimağy: 152.40 - 153.90\nMaqsattar: 157.20 / 160.05",
            [152.4, 153.9],
            [157.2, 160.05],
            None,
        ),
        (
            "#SOL СПОТ\nСатып алуу зонасы: 152,40 / 153,90\nСатуу максаттары: 157,20 / 160,05\n"
            "Жоготууну токтотуу: 148,10",
            [152.4, 153.9],
            [157.2, 160.05],
            148.1,
        ),
        (
            "🛒 SPOT #WIF\nAlış zonası: 2.2013 - 2.2146\nSatış hədəfləri: 2.2479 / 2.2824\n"
            "Zərəri dayandır: 2.1530",
            [2.2013, 2.2146],
            [2.2479, 2.2824],
            2.153,
        ),
        (
            "Спот #ETH\nМинтақаи харид - 3562.45 - 3583.95\nФурӯш - 3638.49 - 3688.32\n"
            "Қатъи зарар - 3515.79",
            [3562.45, 3583.95],
            [3638.49, 3688.32],
            3515.79,
        ),
    ],
)
def test_buy_and_sell_words_as_labels_on_a_spot_buy(
    text: str, entries: list[float], targets: list[float], stop: float | None
) -> None:
    parsed = _card(text)
    assert parsed.side is not None and parsed.side.value == "long"
    assert parsed.market == "spot"
    assert list(parsed.entries) == entries
    assert list(parsed.take_profits) == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        "#DIA SHORT\nSotish zonasi: 0,7319 - 0,7363\nMaqsad 1: 0,7211\nMaqsad 2: 0,7089\n"
        "Stop: 0,7494",
        "#DIA SHORT\nСату аймағы: 0,7319 - 0,7363\nМақсат 1: 0,7211\nМақсат 2: 0,7089\n"
        "Стоп: 0,7494",
        "#DIA SHORT\nSatış zonası: 0,7319 - 0,7363\nHədəf 1: 0,7211\nHədəf 2: 0,7089\nStop: 0,7494",
    ],
)
def test_a_shorts_sell_zone_is_its_entry(text: str) -> None:
    parsed = _card(text)
    assert parsed.side is not None and parsed.side.value == "short"
    assert list(parsed.entries) == [0.7319, 0.7363]
    assert list(parsed.take_profits) == [0.7211, 0.7089]
    assert parsed.stop_loss == 0.7494


@pytest.mark.parametrize(
    ("line", "mode"),
    [
        ("מרג'ין: איזולייטד", "isolated"),
        ("Marja: izolyatsiyalangan", "isolated"),
        ("Marja - kross", "cross"),
        ("Маржа: оқшауланған", "isolated"),
        ("Маржа - изоляцияланган", "isolated"),
        ("Маржа: изолятсия", "isolated"),
        ("Marja növü: izolə", "isolated"),
        ("Marja: çarpaz", "cross"),
        ("მარჟა: იზოლირებული", "isolated"),
        ("Մարժա: մեկուսացված", "isolated"),
        ("Մարժա: կրոս", "cross"),
        ("Leverage: 10x (тусгаарлагдсан)", "isolated"),
    ],
)
def test_margin_words_of_these_languages(line: str, mode: str) -> None:
    parsed = _card(f"#XRP LONG\nEntry: 0.4956\nTP 1: 0.5035\nTP 2: 0.5115\nSL: 0.4769\n{line}")
    assert parsed.margin_mode == mode


def test_a_futures_long_with_a_bare_sell_label_goes_to_review() -> None:
    parsed = parse_message(
        "#SOL/USDT LONG\nКирүү: 157.87\nСтоп: 153.96\nСатуу: 160.15 / 162.45 / 164.78"
    )
    assert parsed.kind.value == "needs_review"


@pytest.mark.parametrize(
    "text",
    [
        "DOTUSDT σποτ 🛒\nΖώνη εισόδου - 6.411 - 6.450\nΣτοπ - 6.212\nTake profit - 6.547, 6.647",
        "#ATOM LONG\nΖώνη εισόδου: 7.412 - 7.466\nΣτόχος 1: 7.715\nΣτόχος 2: 7.901\nΣτοπ: 7.103",
    ],
)
def test_a_greek_card_of_dot_groups_alone_goes_to_review(text: str) -> None:
    assert parse_message(text).kind.value == "needs_review"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Ανοίγουμε SHORT στο #ATOM στα 7,655, στόχοι 7,464 και 7,301, stop στα 7,822.", 7.655),
        ("#ATOM LONG\nΖώνη εισόδου: 7,412\nΣτόχος 1: 7,715\nΣτοπ: 7,103", 7.412),
        ("#ATOM LONG\nΖώνη εισόδου: 7.412\nΣτόχος 1: 7.715\nΣτοπ: 7.103\n(+4.2%)", 7.412),
    ],
)
def test_greek_decimal_marks_settled(text: str, entry: float) -> None:
    assert list(_card(text).entries) == [entry]


@pytest.mark.parametrize(
    ("text", "action", "extra"),
    [
        ("#SOL stop-lossga tegdi ❌", "stop_hit", {}),
        ("$OP stopni kirish nuqtasiga ko'chiring 🔒", "stop_moved", {"stop_to_entry": True}),
        ("#LINK orderni bekor qiling", "cancel", {}),
        ("#SOL стоп соқты ❌", "stop_hit", {}),
        ("#SOL SL-ді кіру бағасына қойыңыз", "stop_moved", {"stop_to_entry": True}),
        ("#SOL 30% пайданы алыңыз", "close", {"close_fraction": 0.3}),
        ("#AVAX 3-максат аткарылды ✅", "target_hit", {"target_index": 3}),
        ("#AVAX позициянын жарымын жабыңыз", "close", {"close_fraction": 0.5}),
        ("#AVAX сигнал жокко чыгарылды", "cancel", {}),
        ("#DOT zərəri dayandır işə düşdü", "stop_hit", {}),
        ("#DOT sifarişi ləğv edin", "cancel", {}),
        ("#DOT ҳадафи 1 иҷро шуд", "target_hit", {"target_index": 1}),
        ("#DOT стопро ба нархи вуруд гузаронед", "stop_moved", {"stop_to_entry": True}),
        ("#DOT нисфи мавқеъро пӯшед", "close", {"close_fraction": 0.5}),
        ("#INJ 4-р зорилт биелэв", "target_hit", {"target_index": 4}),
        ("#INJ стопыг орох үнэ рүү шилжүүл", "stop_moved", {"stop_to_entry": True}),
        ("#INJ дохио цуцлагдлаа", "cancel", {}),
        ("#ARB სტოპ ლოსი გააქტიურდა", "stop_hit", {}),
        ("#ARB დახურეთ პოზიციის ნახევარი", "close", {"close_fraction": 0.5}),
        ("#ARB აიღეთ 25% მოგება", "close", {"close_fraction": 0.25}),
        ("#ARB Թիրախ 2-ը հասավ", "target_hit", {"target_index": 2}),
        ("#ARB ստոպը տեղափոխեք մուտքի գին", "stop_moved", {"stop_to_entry": True}),
        ("#ARB ազդանշանը չեղարկված է", "cancel", {}),
        ("#ARB κλείστε το μισό της θέσης", "close", {"close_fraction": 0.5}),
        ("#ARB ακυρώστε την εντολή", "cancel", {}),
        ("#ARB סטופ למחיר הכניסה", "stop_moved", {"stop_to_entry": True}),
        ("#ARB האות בוטל", "cancel", {}),
    ],
)
def test_follow_ups_in_these_languages(text: str, action: str, extra: dict[str, object]) -> None:
    parsed = parse_message(text)
    assert parsed.kind.value == "follow_up", (text, parsed.reason)
    assert parsed.action == action
    for field, value in extra.items():
        assert getattr(parsed, field) == value


@pytest.mark.parametrize(
    "text",
    [
        "מי עוד מחזיק #ARB בספוט? אני עוד לא מוכר",
        "Кто ещё держит #ARB на споте? Я пока не продаю",
        "Sotib olish zonasi hali uzoq, #ARB bo'yicha shoshilmang",
        "#ARB сатып алу аймағына әлі жеткен жоқ, күтеміз",
        "Alış zonası hələ uzaqdır, #ARB üçün səbirli olun",
        "Бүгүн сигнал жок, рынок туруксуз.",
        "Өнөөдөр дохио алга, зах зээл тогтворгүй байна",
        "Имрӯз сигнал нест, бозор ноустувор аст.",
    ],
)
def test_talk_stays_talk(text: str) -> None:
    assert parse_message(text).kind.value == "not_signal"


_SPOT_HEADS = ["ספוט", "на споте", "σποτ", "սպոտ", "სპოტი", "спот", "現物"]
_SELL_LABELS = ["Sotish", "Сату", "Сотиш", "Фурӯш"]


@settings(max_examples=60, deadline=None)
@given(
    head=st.sampled_from(_SPOT_HEADS),
    sell=st.sampled_from(_SELL_LABELS),
    base=st.integers(min_value=1000, max_value=9000),
)
def test_a_spot_buy_whose_sell_label_names_its_targets_is_never_a_short(
    head: str, sell: str, base: int
) -> None:
    entry = base / 1000
    t1, t2 = round(entry * 1.03, 4), round(entry * 1.06, 4)
    parsed = parse_message(f"#TIA {head}\nEntry: {entry:.4f}\n{sell}: {t1:.4f} / {t2:.4f}")
    assert parsed.side is None or parsed.side.value == "long"
    if parsed.kind.value == "signal":
        assert parsed.market == "spot"
        assert list(parsed.take_profits) == [float(f"{t1:.4f}"), float(f"{t2:.4f}")]
