"""Follow-ups in other scripts: an entry filled in Arabic, Persian, Vietnamese, Indonesian
and Chinese ("تم تفعيل الدخول", "ورود فعال شد", "lệnh đã khớp", "entry tereksekusi", "已入场");
a close in Arabic's imperative ("أغلق الصفقة"); German "Stop auf Einstand"; a share closed after
a label's colon ("Closed: 30% @ 0.3819"); a re-entry only promised for later; results boards
headed "Scoreboard", "PnL report", "Resultados", "Итоги", "sonuçlar"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.message_parts import MessageParts
from tradermanager.sources.signal_parser.status_cells import status_cells

HIT, MOVED, CLOSE = FollowUpAction.TARGET_HIT, FollowUpAction.STOP_MOVED, FollowUpAction.CLOSE
FILLED, CANCEL = FollowUpAction.ENTRY_FILLED, FollowUpAction.CANCEL


@pytest.mark.parametrize(
    "text",
    [
        "#SOL تم تفعيل الدخول ✅",
        "NEARUSDT ورود فعال شد ✅",
        "ARB lệnh đã khớp ✅",
        "#1INCH entry tereksekusi ✅",
        "INJ 已入场 ✅",
    ],
)
def test_an_entry_filled_in_other_languages(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (FILLED,)


def test_an_entry_not_activated_in_arabic_is_a_cancel_not_a_fill() -> None:
    parsed = parse_message("1INCH إلغاء، لم يتم تفعيل الدخول ❌")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CANCEL,)


@pytest.mark.parametrize("text", ["#ETH أغلق الصفقة بسعر السوق", "BTC اغلق الصفقة الآن"])
def test_arabic_imperative_close_closes_the_whole_position(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == 1.0


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("ARB Stop auf Einstand setzen", (MOVED,)),
        ("AVAXUSDT TP1 erreicht ✅ Stop auf Einstand", (HIT, MOVED)),
    ],
)
def test_german_einstand_is_the_entry(text: str, actions: tuple[FollowUpAction, ...]) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == actions
    assert parsed.stop_to_entry is True


@pytest.mark.parametrize(
    ("text", "share", "price"),
    [
        ("✅ PARTIAL PROFIT | 1INCH/USDT SHORT | Closed: 30% @ 0.3819", 0.3, 0.3819),
        ("📉 Partial loss\nSOLUSDT LONG\nClosed: 25% at 141.2", 0.25, 141.2),
    ],
)
def test_a_share_closed_after_a_label_s_colon(text: str, share: float, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == share
    assert parsed.price == price


def test_a_close_label_before_a_price_is_still_no_close() -> None:
    assert parse_message("BTC Close: 64,210").kind is not MessageKind.FOLLOW_UP


def test_a_re_entry_promised_for_later_leaves_the_close() -> None:
    parsed = parse_message("#STX/USDT closed. Re-entry possible later, stay tuned")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == 1.0


@pytest.mark.parametrize(
    "text", ["$ORDI — will share a re-entry zone soon", "We'll post the re-entry for LINK later"]
)
def test_a_re_entry_promised_for_later_is_no_order(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "🏆 Scoreboard\nNEAR TP2 ✅\nBTC +22%\nAVAX SL ❌\nOP SL ❌",
        "📈 PnL report\nWIF -4.6% | SOL -2.1% | ADA +84% | BNB SL ❌",
        "Resultados de hoy 📊\nAVAX TP4 ✅\n1INCH TP4 ✅\nSOL TP4 ✅",
        "Итоги недели:\nLINK BE\nSUI BE\nDOT SL ❌",
        "Haftalık sonuçlar 🔥\nARB BE | SOL BE | SUI TP1 ✅",
    ],
)
def test_results_boards_under_other_heads_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


_COINS = st.sampled_from(["BTC", "ETH", "SOL", "LINK", "AVAX", "DOGE", "ARB"])


@given(
    coin=_COINS,
    share=st.integers(min_value=5, max_value=95),
    price=st.decimals(min_value="0.01", max_value="90000", places=2),
    at=st.sampled_from(["@ ", "@", "at "]),
    side=st.sampled_from(["LONG", "SHORT"]),
)
def test_any_share_after_closed_colon_is_that_share_at_its_price(
    coin: str, share: int, price: object, at: str, side: str
) -> None:
    parsed = parse_message(f"Partial profit | {coin}USDT {side} | Closed: {share}% {at}{price}")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == pytest.approx(share / 100)
    assert parsed.price == pytest.approx(float(str(price)))


@given(coin=_COINS, tail=st.sampled_from(["✅", "", " 🟢", " now"]))
def test_an_entry_filled_in_every_script_names_its_coin(coin: str, tail: str) -> None:
    for word in ("تم تفعيل الدخول", "ورود فعال شد", "lệnh đã khớp", "已入场"):
        parsed = parse_message(f"#{coin} {word}{tail}")
        assert parsed.kind is MessageKind.FOLLOW_UP, (word, parsed.reason)
        assert parsed.actions == (FILLED,)
        assert parsed.symbol == coin


@pytest.mark.parametrize(
    ("text", "action", "price"),
    [
        (
            "#92651 | Stop-loss | Public | DOGE | SHORT | 0.13023 | 2026-10-21 23:39",
            "stop",
            0.13023,
        ),
        ("#40690\nClosed\nPrivate\nADA\nSHORT\n0.4216\n2026-10-28 07:11", "close", 0.4216),
        ("#80604 | Open | Private | NEAR | LONG | 5.618 | 2026-10-24 08:36", "open", 5.618),
        (
            "#1 | Canceled (time in force) | Public | BTC | LONG | 64,000 | 2026-01-01",
            "cancel",
            None,
        ),
    ],
)
def test_a_journal_s_status_cells_are_that_action_at_their_price(
    text: str, action: str, price: float | None
) -> None:
    wanted = {
        "stop": FollowUpAction.STOP_HIT,
        "close": CLOSE,
        "open": FILLED,
        "cancel": CANCEL,
    }[action]
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (wanted,)
    assert parsed.price == price
    if wanted is CLOSE:
        assert parsed.close_fraction == 1.0


@pytest.mark.parametrize(
    "text",
    [
        # no position number: a line of cells that could be a call's own
        "Open | BTC | LONG | 64000 | 2026-01-01",
        # two prices: which one is the status's?
        "#7 | Closed | BTC | LONG | 64000 | 65000",
        # another kind of cell
        "#7 | Closed | BTC | LONG | 64000 | TP1 hit",
    ],
)
def test_cells_that_are_not_one_status_notice_are_left_to_the_general_reading(text: str) -> None:
    assert status_cells(MessageParts(text, None)) is None


@pytest.mark.parametrize("text", ["ATOM out ✅", "#ARB out 💰", "SOL out"])
def test_a_coin_and_out_alone_closes_the_whole_position(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == 1.0


@pytest.mark.parametrize("text", ["check this out", "BTC out of range", "SOL breakout ✅"])
def test_out_in_talk_closes_nothing(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.FOLLOW_UP


@pytest.mark.parametrize("text", ["FHE BE", "SOL BE", "#SOL BE", "$ARB BE ✅"])
def test_a_coin_and_breakeven_alone_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "breakeven" in parsed.reason


@pytest.mark.parametrize("text", ["will be", "to be ✅", "let it be"])
def test_be_as_a_word_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize("text", ["SL BE", "STOP BE", "sl be"])
def test_the_stop_and_breakeven_alone_is_still_the_stop_to_the_entry(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (MOVED,)
    assert parsed.stop_to_entry is True


@given(
    coin=_COINS,
    number=st.integers(min_value=1, max_value=999_999),
    price=st.decimals(min_value="0.0001", max_value="90000", places=4),
    status=st.sampled_from(["Stop-loss", "Closed", "Open"]),
    side=st.sampled_from(["LONG", "SHORT"]),
    sep=st.sampled_from([" | ", "\n"]),
)
def test_any_status_cells_read_their_one_price(
    coin: str, number: int, price: object, status: str, side: str, sep: str
) -> None:
    cells = [f"#{number}", status, "Public", coin, side, str(price), "2026-05-18 03:43"]
    parsed = parse_message(sep.join(cells))
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.symbol == coin
    assert parsed.price == pytest.approx(float(str(price)))
