"""Follow-ups in Hebrew, Hong Kong Cantonese, Hausa, Swahili, Kazakh, Uzbek and Azerbaijani
(``other_language_updates``); a Chinese target said not reached yet stays talk; a Hebrew target
said "not yet" is no hit (``follow_ups._NOT_YET``); a numbered target label closed by a
full-width colon with no space after it (``sections._INDEX``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.other_language_updates import other_updates_in_english

HIT, STOP_HIT, MOVED, CLOSE, CANCEL = (
    FollowUpAction.TARGET_HIT,
    FollowUpAction.STOP_HIT,
    FollowUpAction.STOP_MOVED,
    FollowUpAction.CLOSE,
    FollowUpAction.CANCEL,
)


@pytest.mark.parametrize(
    ("text", "action", "extra"),
    [
        # Hebrew
        ("#AVAX מטרה 3 נלקחה", HIT, {"target_index": 3}),
        ("$DOGE הגענו למטרה 1 🎯", HIT, {"target_index": 1}),
        ("#NEAR הסטופ הופעל", STOP_HIT, {}),
        ("#NEAR קיבלנו סטופ", STOP_HIT, {}),
        ("APT/USDT מעבירים את הסטופ לכניסה", MOVED, {"stop_to_entry": True}),
        ("#ETH סגרנו חצי מהפוזיציה", CLOSE, {"close_fraction": 0.5}),
        ("#ETH מממשים 30% רווח", CLOSE, {"close_fraction": 0.3}),
        ("#ETH האיתות בוטל", CANCEL, {}),
        # Cantonese
        ("#LTC 目標價 2 食咗 ✅", HIT, {"target_index": 2}),
        ("#LTC 第3個目標到咗", HIT, {"target_index": 3}),
        ("#ARB 打咗止蝕", STOP_HIT, {}),
        ("#ARB 止蝕位調到成本價", MOVED, {"stop_to_entry": True}),
        ("#SUI 平一半倉", CLOSE, {"close_fraction": 0.5}),
        ("#SUI 食30%", CLOSE, {"close_fraction": 0.3}),
        ("#SUI 呢單唔做", CANCEL, {}),
        # Hausa
        ("#WLD mun kai manufa 2", HIT, {"target_index": 2}),
        ("#WLD target 4 ta samu ✅", HIT, {"target_index": 4}),
        ("#WLD an buga SL", STOP_HIT, {}),
        ("#INJ matsar da stop loss zuwa entry", MOVED, {"stop_to_entry": True}),
        ("#INJ rufe rabin ciniki", CLOSE, {"close_fraction": 0.5}),
        ("#INJ dauki riba 25%", CLOSE, {"close_fraction": 0.25}),
        ("#INJ an soke ciniki", CANCEL, {}),
        # Swahili
        ("#FET target 2 imefikiwa", HIT, {"target_index": 2}),
        ("#FET SL imegongwa", STOP_HIT, {}),
        ("#FET sogeza stop hadi entry", MOVED, {"stop_to_entry": True}),
        ("#FET funga nusu", CLOSE, {"close_fraction": 0.5}),
        ("#FET chukua faida 30%", CLOSE, {"close_fraction": 0.3}),
        ("#FET signal imeghairiwa", CANCEL, {}),
        # Kazakh
        ("#TON 2-ші мақсат алынды", HIT, {"target_index": 2}),
        ("#TON стоп-лосс іске қосылды", STOP_HIT, {}),
        ("#TON стоп кіру бағасына", MOVED, {"stop_to_entry": True}),
        ("#TON позицияның жартысын жабыңыз", CLOSE, {"close_fraction": 0.5}),
        ("#TON пайданың 30% бекітеміз", CLOSE, {"close_fraction": 0.3}),
        ("#TON мәміле болдырылмады", CANCEL, {}),
        # Uzbek
        ("#XRP 3-maqsad olindi", HIT, {"target_index": 3}),
        ("#XRP stop loss urildi", STOP_HIT, {}),
        ("#XRP SL ni kirish nuqtasiga o‘tkazamiz", MOVED, {"stop_to_entry": True}),
        ("#XRP pozitsiyaning yarmini yopamiz", CLOSE, {"close_fraction": 0.5}),
        ("#XRP 25% foyda olamiz", CLOSE, {"close_fraction": 0.25}),
        ("#XRP savdo bekor qilindi", CANCEL, {}),
        # Azerbaijani
        ("#ADA 3-cü hədəf vuruldu", HIT, {"target_index": 3}),
        ("#ADA stopu girişə çəkdik", MOVED, {"stop_to_entry": True}),
        ("#ADA 30% mənfəəti götürürük", CLOSE, {"close_fraction": 0.3}),
    ],
)
def test_follow_ups_in_these_languages_read(
    text: str, action: FollowUpAction, extra: dict[str, object]
) -> None:
    p = parse_message(text)
    assert p.kind is MessageKind.FOLLOW_UP, (text, p.reason)
    assert p.action is action
    for field, value in extra.items():
        assert getattr(p, field) == value, (text, field)


@pytest.mark.parametrize(
    "text",
    [
        "#SEI יעד 2 עוד לא הושג",
        "#SEI יעד 3 טרם הושג, סבלנות",
        "#LQTY 目標2仲未到，等等先",
        "#LQTY 目標價1還未到",
        "#LQTY 目标3还没到",
        "#OP manufa 2 ba ta cika ba tukuna",
        "#OP lengo 2 bado halijafikiwa",
        "#OP 2-maqsad hali bajarilmadi",
        "#OP lengo 2 bado limefikiwa?",
    ],
)
def test_targets_said_not_reached_are_no_hit(text: str) -> None:
    p = parse_message(text)
    assert p.kind is not MessageKind.FOLLOW_UP, (text, p.action)
    assert p.kind is not MessageKind.SIGNAL, text


@pytest.mark.parametrize(
    "text",
    [
        "מישהו עדיין בלונג על SOL מ-148.2?",
        "Kuna mtu bado yuko long kwenye SOL kutoka 148.2? 🤔",
        "Wani yana cikin long na SOL daga 148.2? Me kuke gani?",
        "SOL бойынша 148.2 деңгейінен лонгта кім бар?",
        "Kim SOL da 148.2 dan long ushlab turibdi?",
    ],
)
def test_members_questions_are_never_copied(text: str) -> None:
    p = parse_message(text)
    assert p.kind in (MessageKind.NOT_SIGNAL, MessageKind.NEEDS_REVIEW), (text, p.kind)


@pytest.mark.parametrize(
    ("label", "colon"),
    [("TP", "："), ("目標", "："), ("止盈", "："), ("Target", "："), ("TP", ": ")],
)
@pytest.mark.parametrize(
    ("coin", "entry", "tps", "stop"),
    [
        ("TIA", "9.1", ("8.971", "8.837"), "9.353"),
        ("ETH", "3412.5", ("3360", "3301.25"), "3466"),
        ("PEPE", "0.00001234", ("0.00001201", "0.00001175"), "0.00001262"),
    ],
)
def test_numbered_targets_after_a_full_width_colon_keep_their_prices(
    label: str, colon: str, coin: str, entry: str, tps: tuple[str, str], stop: str
) -> None:
    lines = [f"#{coin}/USDT 做空", f"進場{colon}{entry}"]
    lines += [f"{label} {i}{colon}{v}" for i, v in enumerate(tps, 1)]
    lines.append(f"停損{colon}{stop}")
    p = parse_message("\n".join(lines))
    assert p.kind is MessageKind.SIGNAL, p.reason
    assert p.take_profits == tuple(float(v) for v in tps)
    assert p.stop_loss == float(stop)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["SOL", "AVAX", "LINK", "ORDI", "1000PEPE"]),
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["יעד {k} הושג", "TP{k} נלקח", "目標價{k}到咗", "Manufa {k} ta cika"]),
)
def test_a_target_hit_names_its_number(coin: str, k: int, phrase: str) -> None:
    p = parse_message(f"#{coin} " + phrase.format(k=k))
    assert p.kind is MessageKind.FOLLOW_UP
    assert p.action is HIT
    assert p.target_index == k


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_texts_without_a_stem_are_left_as_written(text: str) -> None:
    if not any(s in text.lower() for s in ("manufa", "lengo", "kirish", "funga", "riba", "nusu")):
        assert other_updates_in_english(text) is text
