"""Languages round thirteen: Swahili, Uzbek and Kazakh calls read in their own words (side words
"Nunua" / "Uza", "Sotib olamiz" / "Sotamiz", "Сатып аламыз" / "Сатамыз"; targets "lengo" /
"malengo", "maqsad(lar)", "мақсат(тар)"; entries "Bei ya kuingia", "Kirish", "Кіру"; stops
"Kikomo cha hasara", "Zuia hasara", "hasara", "To'xtatish"), their follow-ups ("Lengo la pili
limefikiwa", "2-maqsad bajarildi", "Екінші мақсат орындалды", "Stop ishladi", "Стоп іске
қосылды"), Chinese ordinals before a target ("第二目标达成") and Japanese "損切りされました"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

# (long word, short word, target word, stop word, "and") of a call told in one sentence
_SENTENCE_WORDS = [
    ("Nunua", "Uza", "lengo", "kikomo cha hasara", "na"),
    ("Tunanunua", "Tunauza", "malengo", "stop", "na"),
    ("Nunua", "Uza", "malengo", "hasara", "na"),
    ("Nunua", "Tunauza", "lengo", "zuia hasara", "na"),
]


@pytest.mark.parametrize(("long_word", "short_word", "target", "stop", "and_word"), _SENTENCE_WORDS)
@pytest.mark.parametrize("long", [True, False])
def test_swahili_sentence_calls(
    long_word: str, short_word: str, target: str, stop: str, and_word: str, long: bool
) -> None:
    if long:
        text = f"{long_word} #SOL sasa kwa 148.2, {target} 152 {and_word} 155, {stop} 144"
        tps, sl = (152.0, 155.0), 144.0
    else:
        text = f"{short_word} #SOL kwa 148.2 🔻 {target} 145, 143 {and_word} 141 — {stop} 151"
        tps, sl = (145.0, 143.0, 141.0), 151.0
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is (Side.LONG if long else Side.SHORT)
    assert parsed.entries == (148.2,)
    assert parsed.take_profits == tps
    assert parsed.stop_loss == sl


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("SOL ni 148.2 dan sotib olamiz, maqsad 152 va 155, stop 144", Side.LONG),
        ("#SOL ni 148.2 dan sotamiz, maqsadlar 145 va 143, stop 151", Side.SHORT),
        ("$SOL 148.2 бағасынан сатып аламыз, мақсат 152 және 155, стоп 144", Side.LONG),
        ("SOL 148.2 бағасынан сатамыз, мақсаттар 145, 143 және 141, стоп 151", Side.SHORT),
    ],
)
def test_uzbek_and_kazakh_sentence_calls(text: str, side: Side) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is side
    assert parsed.entries == (148.2,)
    assert parsed.stop_loss in (144.0, 151.0)


@pytest.mark.parametrize(
    "text",
    [
        "🔴 #SOLUSDT\nKirish: 148.2\nMaqsad: 145\nTo'xtatish: 151",
        "#SOLUSDT\nYo'nalish: SOTISH\nKirish: 148.2\nMaqsadlar: 145\nTo'xtatish: 151",
        "$SOL UZA 148.2 lengo 145 hasara 151 x10",
        "$SOL SHORT — uza kwa 148.2\nMalengo: 145\nKikomo cha hasara: 151",
    ],
)
def test_one_target_under_a_known_word_is_read(text: str) -> None:
    # (the words were once no table's: one target then went to review, as the lines' order
    # alone could not tell it from the stop)
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is Side.SHORT
    assert parsed.take_profits == (145.0,)
    assert parsed.stop_loss == 151.0


@pytest.mark.parametrize(
    ("text", "action", "index"),
    [
        ("#SOL Lengo la pili limefikiwa ✅", FollowUpAction.TARGET_HIT, 2),
        ("SOL/USDT Lengo 3 limefikiwa 🎯", FollowUpAction.TARGET_HIT, 3),
        ("$SOL Ikkinchi maqsad bajarildi ✅", FollowUpAction.TARGET_HIT, 2),
        ("#SOL 3-maqsad bajarildi 🎯", FollowUpAction.TARGET_HIT, 3),
        ("#SOL Бірінші мақсат орындалды ✅", FollowUpAction.TARGET_HIT, 1),
        ("$SOL 2-мақсат орындалды 🎯", FollowUpAction.TARGET_HIT, 2),
        ("#SOL 第二目标达成 ✅", FollowUpAction.TARGET_HIT, 2),
        ("#SOL 第三目标已达成 🎯", FollowUpAction.TARGET_HIT, 3),
        ("#SOL Stop loss imeguswa ❌", FollowUpAction.STOP_HIT, None),
        ("#SOL stop imegongwa ❌", FollowUpAction.STOP_HIT, None),
        ("$SOL Stop ishladi ❌", FollowUpAction.STOP_HIT, None),
        ("$SOL stop loss urildi ❌", FollowUpAction.STOP_HIT, None),
        ("#SOL Стоп іске қосылды ❌", FollowUpAction.STOP_HIT, None),
        ("#SOL 損切りされました", FollowUpAction.STOP_HIT, None),
    ],
)
def test_follow_ups_in_their_own_words(
    text: str, action: FollowUpAction, index: int | None
) -> None:
    _assert_follow_up(text, action, index)


_SW_ORDINALS = ["la kwanza", "la pili", "la tatu", "la nne", "la tano"]
_UZ_ORDINALS = ["Birinchi", "Ikkinchi", "Uchinchi", "To'rtinchi", "Beshinchi"]
_KK_ORDINALS = ["Бірінші", "Екінші", "Үшінші", "Төртінші", "Бесінші"]


@given(
    k=st.integers(1, 5),
    form=st.sampled_from(["sw", "sw_digit", "uz", "uz_digit", "kk", "kk_digit", "zh"]),
    coin=st.sampled_from(["#SOL", "$ETH", "LINK/USDT"]),
)
def test_target_hit_number_is_read_in_every_form(k: int, form: str, coin: str) -> None:
    text = {
        "sw": f"{coin} Lengo {_SW_ORDINALS[k - 1]} limefikiwa ✅",
        "sw_digit": f"{coin} Lengo {k} limefikiwa",
        "uz": f"{coin} {_UZ_ORDINALS[k - 1]} maqsad bajarildi",
        "uz_digit": f"{coin} {k}-maqsad bajarildi ✅",
        "kk": f"{coin} {_KK_ORDINALS[k - 1]} мақсат орындалды",
        "kk_digit": f"{coin} {k}-мақсат орындалды 🎯",
        "zh": f"{coin} 第{'一二三四五'[k - 1]}目标达成",
    }[form]
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.action is FollowUpAction.TARGET_HIT
    assert parsed.target_index == k


# Follow-ups in other words of the languages with the most signal traffic (the round's second
# part): each form read as what it reports.
@pytest.mark.parametrize(
    ("text", "action", "index"),
    [
        ("#SOL الهدف رقم 3 تحقق 🎯", FollowUpAction.TARGET_HIT, 3),
        ("#SOL تم ضرب الهدف 2 ✅", FollowUpAction.TARGET_HIT, 2),
        ("#SOL تم ضرب الهدف ٢ ✅", FollowUpAction.TARGET_HIT, 2),
        ("$SOL تی پی 4 تاچ شد 🎯", FollowUpAction.TARGET_HIT, 4),
        ("$SOL تی پی ۲ تاچ شد", FollowUpAction.TARGET_HIT, 2),
        ("#SOL 第3利確達成 ✅", FollowUpAction.TARGET_HIT, 3),
        ("#SOL stop patladı ❌", FollowUpAction.STOP_HIT, None),
        ("#SOL nos stopeó ❌", FollowUpAction.STOP_HIT, None),
        ("$SOL 스탑 터짐 ❌", FollowUpAction.STOP_HIT, None),
        ("$SOL إلغاء الصفقة ❌", FollowUpAction.CANCEL, None),
    ],
)
def test_other_words_for_hits_and_cancels(
    text: str, action: FollowUpAction, index: int | None
) -> None:
    _assert_follow_up(text, action, index)


def _assert_follow_up(text: str, action: FollowUpAction, index: int | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is action
    assert parsed.target_index == index


@pytest.mark.parametrize(
    "text",
    [
        "#SOL stop maliyete çekildi 🔒",
        "#SOL stopu giriş fiyatına çekiyoruz",
        "SOL/USDT subimos el stop al precio de entrada",
        "#SOL ارفعوا الستوب إلى سعر الدخول",
        "#SOL 손절가 진입가로 이동",
        "#SOL SL ko entry price par le aao",
        "#SOL SL entry pe shift karo",
    ],
)
def test_stop_to_the_entry_in_other_words(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is FollowUpAction.STOP_MOVED
    assert parsed.stop_to_entry


@pytest.mark.parametrize(
    "text",
    ["$SOL جني 50% من الأرباح 💰", "#SOL aadha profit book karo", "#SOL 50% profit book karo"],
)
def test_half_closed_in_other_words(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.close_fraction == 0.5


@pytest.mark.parametrize(
    "text",
    [
        # "جني الأرباح" labels a card's targets: no close without a share after it
        "#SOL شراء\nالدخول: 148.2\nجني الأرباح: 152 - 155\nوقف الخسارة: 144",
        # "Par:" still names the pair, in small letters too
        "Par: sol/usdt\nLong 148.2\nTP 152 155\nSL 144",
    ],
)
def test_labels_that_share_those_words_still_read_a_signal(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == "SOL"
    assert parsed.stop_loss == 144.0


@given(
    k=st.integers(1, 5),
    arabic_digit=st.booleans(),
    form=st.sampled_from(["ضرب", "رقم", "fa"]),
)
def test_arabic_and_persian_target_numbers(k: int, arabic_digit: bool, form: str) -> None:
    digit = str(k).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) if arabic_digit else str(k)
    text = {
        "ضرب": f"#ETH تم ضرب الهدف {digit} ✅",
        "رقم": f"#ETH الهدف رقم {digit} تحقق",
        "fa": f"#ETH تی پی {str(k).translate(str.maketrans('0123456789', '۰۱۲۳۴۵۶۷۸۹'))} تاچ شد",
    }[form]
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.action is FollowUpAction.TARGET_HIT
    assert parsed.target_index == k
