"""Posts whose own words say there is nothing to copy yet — a call promised for later ("I'll
post an entry if it retests …"), a lesson's "Education only, no trade", a coin watched in
Korean, Japanese or Chinese ("롱 고려중", "ショート検討", "再考虑做多"), a Greek question closed by
its ";" — and two readings of comma-decimal languages: an Indonesian "TPn tercapai di <price>"
hit, and a whole level that settles a dot group ending in 0 ("Target: 6.290" over "Stop loss:
7")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind

# ---- a call promised for later, a lesson's "no trade": talk, or review with a trade's levels


@pytest.mark.parametrize(
    "text",
    [
        "Bias on #SOL is long while above 141.2. I'll post an entry if it retests 143.05.",
        "Bias on AVAX/USDT is short while under $31.42. I'll post an entry if it retests $30.88.",
        "$ARB looks heavy under 1.128, short bias; will post the call once it loses 1.09.",
        "We'll share the setup for AVAX long if it closes above 31.42 tonight",
        "ETH long above 3,120, I will send the signal after the retest",
        "If $DOT loses 6.412 I expect a move to 6.22; above 6.71 the idea is void. "
        "Education only, no trade.",
        "If #INJ loses $24.61 I expect a move to $23.87; above $25.9 the idea is void. "
        "Education only, no trade.",
        "ETH short below 3,120 opens 3,050. Educational purposes only - not a trade.",
    ],
)
def test_a_call_promised_later_or_a_lesson_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        # a plan written out with its levels: never copied, checked
        "I'll post an entry if it retests 143.05, SL 139, TP 150. SOL long bias.",
        "LONG SOL Entry 141.2 TP 146 SL 138. Education only, no trade.",
        "No trade, education only: LINK long above 14.2 targets 14.9",
    ],
)
def test_a_promise_or_a_lesson_with_levels_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "LONG SOL\nEntry: 141.2\nTP: 146\nSL: 138\nPost your results below",
        "#AVAX SHORT\nEntry: 31.42\nTargets: 30.9 / 30.4\nStop: 32.1\nShare your entries 👇",
    ],
)
def test_a_card_asking_to_post_or_share_results_stays_a_signal(text: str) -> None:
    assert parse_message(text).kind is MessageKind.SIGNAL


@settings(max_examples=60, deadline=None)
@given(
    coin=st.sampled_from(["SOL", "$AVAX", "#LINK", "DOT/USDT", "ARB"]),
    lo=st.floats(min_value=0.05, max_value=900, allow_nan=False),
    side=st.sampled_from(["long", "short"]),
    tail=st.sampled_from(
        [
            "I'll post an entry if it retests {p}.",
            "Will share the call if it loses {p}.",
            "Education only, no trade.",
        ]
    ),
)
def test_a_promise_or_a_lesson_is_never_copied(coin: str, lo: float, side: str, tail: str) -> None:
    low, p = f"{lo:.4g}", f"{lo * 1.02:.4g}"
    text = f"Bias on {coin} is {side} while above {low}. " + tail.format(p=p)
    assert parse_message(text).kind is not MessageKind.SIGNAL


# ---- a coin watched in Korean, Japanese or Chinese: talk ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SOL이 142.5 지지하면 롱 고려중",
        "오늘 AVAX 숏 각? 🤔 31.42 저항 확인하면 진입 고려해볼게요",
        "BTC 64250 부근 숏 관망",
        "AVAXが31.42割れたらショート検討",
        "DOTは6.412のサポート次第でロングを考え中",
        "ARB、1.128のラインを見守り中。ショートはまだ様子見",
        "DOT守住6.412再考虑做多",
        "LINK跌破14.85再考虑做空",
    ],
)
def test_a_coin_watched_in_east_asian_words_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "#SOL 做多\n入场: 142.5\n止盈: 146 / 150\n止损: 139\n可以考虑分批",
        "#AVAX 숏\n진입: 31.42\n목표: 30.9 / 30.4\n손절: 32.1\n분할 진입 고려",
    ],
)
def test_a_whole_card_beside_a_watching_word_stays_a_signal(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.stop_loss is not None and parsed.take_profits


def test_a_watching_word_with_a_stop_but_no_targets_goes_to_review() -> None:
    parsed = parse_message("SOL 롱 142.5 진입 고려, 손절 139")
    assert parsed.kind is not MessageKind.SIGNAL


# ---- a Greek question closed by ";" ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Πού βλέπετε το SOL; Είναι στα 142.51, σκέφτομαι short",
        "Πού βλέπετε το AVAX; Είναι στα 31.42, σκέφτομαι long",
        "Κάποιος μπήκε long στο AVAX; Είναι στα 31.42",
        "Πού βλέπετε το ETH\u037e Είναι στα 3.132, σκέφτομαι long",
    ],
)
def test_a_greek_question_to_the_others_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_a_greek_card_with_a_semicolon_between_levels_stays_a_signal() -> None:
    parsed = parse_message("SOL LONG\nΕίσοδος: 142.5\nΣτόχοι: 146; 150\nStop: 139")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.take_profits == (146.0, 150.0)


def test_a_semicolon_outside_greek_is_no_question() -> None:
    assert parse_message("Anyone long ETH; 3,120 looks good").kind is not MessageKind.SIGNAL


# ---- an Indonesian hit "TPn tercapai di <price>" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "index", "price"),
    [
        ("#SOL TP2 tercapai di 146,25 🎯", 2, 146.25),
        ("$AVAX TP1 tercapai di harga 31,42", 1, 31.42),
        ("#BTC TP3 tercapai di 67.412,5 🎯", 3, 67412.5),
        ("ETH/USDT TP1 tercapai di 3.454,5 🎯", 1, 3454.5),
        ("#DOGE TP2 tercapai di 0.16342", 2, 0.16342),
    ],
)
def test_an_indonesian_hit_names_its_target_and_price(text: str, index: int, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.TARGET_HIT
    assert parsed.target_index == index
    assert parsed.price == price


@pytest.mark.parametrize(
    "text",
    [
        "#SOL TP2 belum tercapai di 146,25",  # not reached yet
        "#ETH TP1 tercapai di 3.412 🎯",  # 3.412 or 3,412: open
    ],
)
def test_an_indonesian_hit_not_reached_or_open_is_not_copied(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL
    assert not (parsed.kind is MessageKind.FOLLOW_UP and parsed.action is not None)


# ---- a whole level settles a dot group ending in 0 --------------------------------------------


@pytest.mark.parametrize(
    ("text", "entry", "targets", "stop"),
    [
        (
            "JUAL DOT/USDT\nHarga masuk: 6.412\nTarget: 6.290 - 6.187\nStop loss: 7\nLeverage: 10x",
            6.412,
            (6.29, 6.187),
            7.0,
        ),
        (
            "COMPRA LINK\nEntrada: 14.850\nObjetivos: 15.120 / 15.380\nStop loss: 14\n"
            "Apalancamiento: 5x",
            14.85,
            (15.12, 15.38),
            14.0,
        ),
        (
            "#INJ SAT\nGiriş: 24.612\nHedefler: 24.110 / 23.804\nStop: 26\nKaldıraç: 10x",
            24.612,
            (24.11, 23.804),
            26.0,
        ),
    ],
)
def test_a_whole_level_settles_decimal_points_beside_a_group_ending_in_zero(
    text: str, entry: float, targets: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (entry,)
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


def test_a_whole_level_settles_thousands_beside_a_group_ending_in_zero() -> None:
    parsed = parse_message("VENTA ETH\nEntrada: 3.060\nObjetivos: 3.010 / 2.950\nStop loss: 3150")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (3060.0,)
    assert parsed.stop_loss == 3150.0


def test_every_level_a_group_ending_in_zero_stays_open() -> None:
    parsed = parse_message("VENTA ETH\nEntrada: 3.060\nObjetivos: 3.010 / 2.950\nStop loss: 3.120")
    assert parsed.kind is MessageKind.NEEDS_REVIEW


def test_a_one_digit_stop_ending_the_card_goes_to_review_as_a_cut_card() -> None:
    parsed = parse_message("$APT ЛОНГ\nВход: 9.197\nЦели: 9.335 / 9.463 / 9.625\nСтоп: 9")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
