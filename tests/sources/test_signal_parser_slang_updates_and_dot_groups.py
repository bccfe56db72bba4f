"""Follow-ups in traders' shorthand (``slang_updates``: Russian "стоп в бу", Korean "본전으로",
"절반 정리", Japanese "建値に変更", "SLに刺さりました", "50%利益確定", Indonesian "ke BEP", Turkish
"%50 kar alın", Arabic "خذوا 50% أرباح"); a target's hit denied in other languages ("Ziel 2 noch
nicht erreicht"); German and French labels that leave dot groups open ("Kaufzone: 57.475",
"Cible 1 : 6.087") going to review unless a level settles the mark."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.slang_updates import slang_in_english

HIT, STOP_HIT, MOVED, CLOSE = (
    FollowUpAction.TARGET_HIT,
    FollowUpAction.STOP_HIT,
    FollowUpAction.STOP_MOVED,
    FollowUpAction.CLOSE,
)


@pytest.mark.parametrize(
    ("text", "action", "extra"),
    [
        ("#AVAX стоп в бу 🔒", MOVED, {"stop_to_entry": True}),
        ("$TRX SL на б/у", MOVED, {"stop_to_entry": True}),
        ("#OP стоп у бу", MOVED, {"stop_to_entry": True}),
        ("#ARB 손절가 본전으로 이동", MOVED, {"stop_to_entry": True}),
        ("#ARB 스탑 본전으로 상향", MOVED, {"stop_to_entry": True}),
        ("#SEI 損切りラインを建値へ変更", MOVED, {"stop_to_entry": True}),
        ("$SEI SLを建値に引き上げ", MOVED, {"stop_to_entry": True}),
        ("#ORDI geser SL ke BEP", MOVED, {"stop_to_entry": True}),
        ("#ORDI SL dipindah ke break even point", MOVED, {"stop_to_entry": True}),
        ("#LTC 損切りに刺さった", STOP_HIT, {}),
        ("#WIF 물량 절반 청산", CLOSE, {"close_fraction": 0.5}),
        ("#WIF 半分決済します", CLOSE, {"close_fraction": 0.5}),
        ("#NEAR 30% 정리", CLOSE, {"close_fraction": 0.3}),
        ("#NEAR 25%利益確定", CLOSE, {"close_fraction": 0.25}),
        ("#TIA %30 kâr alalım", CLOSE, {"close_fraction": 0.3}),
        ("#TIA خذ ٣٠% من الأرباح", CLOSE, {"close_fraction": 0.3}),
    ],
)
def test_shorthand_follow_ups_read(text: str, action: FollowUpAction, extra: dict) -> None:
    p = parse_message(text)
    assert p.kind is MessageKind.FOLLOW_UP, (text, p.reason)
    assert p.action is action
    for field, value in extra.items():
        assert getattr(p, field) == value, (text, field)


@pytest.mark.parametrize(
    "text",
    [
        "#SOL стоп в бу не переносим пока",
        "#SOL 아직 절반 정리 안 함",
        "#SOL belum geser SL ke BEP",
        "#SOL Ziel 2 noch nicht erreicht",
        "#SOL l'objectif 2 pas encore atteint",
        "#SOL target 2 non ancora raggiunto",
        "#SOL цель 2 ещё не достигнута",
        "#SOL alvo 2 ainda não atingido",
        "#SOL 2. hedef henüz gelmedi",
        "#SOL cel 2 jeszcze nie osiągnięty",
    ],
)
def test_denied_phrases_are_no_action(text: str) -> None:
    p = parse_message(text)
    assert p.kind is not MessageKind.FOLLOW_UP or p.action not in (HIT, MOVED, CLOSE), text


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz 0123456789#$%.,:\n", max_size=80))
@settings(max_examples=200, deadline=None)
def test_texts_without_stems_are_left_as_written(text: str) -> None:
    if "bep" in text or "break" in text or "kar al" in text:
        return
    assert slang_in_english(text) is text


@pytest.mark.parametrize(
    "text",
    [
        "BTC/USDT Verkauf\nVerkaufszone: 57.475\nZiel 1: 56.561\nVerlustbegrenzung: 60.334",
        "KAUFEN #LINK\nKaufzone: 15.886\nZiel 1: 16.141\nZiel 2: 16.372\nSL: 15.486",
        "#INJ VENTE\nPrix de vente : 25.334\nPrise de profit 1 : 24.927\nInvalidation : 25.717",
        "#ETH Achat\nZone d'achat : 3.412\nCible 1 : 3.481\nCible 2 : 3.556\nStop : 3.337",
        "#DOT Kauf\nKaufzone: 6.169\nZiel: 6.287\nStop: 6.052",
    ],
)
def test_open_dot_groups_in_these_labels_go_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW, text


@pytest.mark.parametrize(
    ("text", "entries", "stop"),
    [
        ("#DOT Kauf\nKaufzone: 6.169\nZiel 1: 6.287\nStop: 6.05", (6.169,), 6.05),
        ("#ATOM Vente\nZone de vente : 8.452\nCible 1 : 8.311\nStop : 8.6", (8.452,), 8.6),
        (
            "#BTC Kauf\nKaufzone: 63.450\nZiel 1: 64.480\nVerlustbegrenzung: 61.900,5",
            (63450.0,),
            61900.5,
        ),
        ("#SOL Achat\nPrix d'achat : 148,25\nCible 1 : 151,4\nStop : 144,9", (148.25,), 144.9),
    ],
)
def test_a_level_in_another_form_settles_the_mark(
    text: str, entries: tuple[float, ...], stop: float
) -> None:
    p = parse_message(text)
    assert p.kind is MessageKind.SIGNAL, (text, p.reason)
    assert p.entries == entries
    assert p.stop_loss == stop
