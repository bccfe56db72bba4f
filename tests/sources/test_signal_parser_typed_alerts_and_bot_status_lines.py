# ruff: noqa: E501  (messages are written whole, as bots post them)
"""Strategy alerts with a "Type" line and a "Current price", bots' one-line updates divided by
bars, and bots' status lines that are talk (an open position's status, a positions table, a
paper run, a limit waiting, a close to confirm, a day's count of closed trades)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind


@pytest.mark.parametrize(
    ("text", "action", "index", "price"),
    [
        (
            "🔔 LINKUSDT.P (60)\nType: TP3 hit\nOrder type: SELL\nEntry price: 15.420\nCurrent price: 14.981",
            FollowUpAction.TARGET_HIT,
            3,
            14.981,
        ),
        (
            "Alert · BINANCE:BNBUSDT.P\nType = Stop Loss (SL) hit\nOrder type = BUY\nEntry price = 601.3\nCurrent price = 589.75",
            FollowUpAction.STOP_HIT,
            None,
            589.75,
        ),
        (
            "ETHUSDT 240m\nType — hard close\nOrder type — SELL\nEntry price — 3,412.50\nCurrent price — 3,388.10",
            FollowUpAction.CLOSE,
            None,
            3388.10,
        ),
        (
            "XRPUSDT\ntype: 4 candle close\norder type: BUY\nentry price: 0.5123\ncurrent price: 0.5188",
            FollowUpAction.CLOSE,
            None,
            0.5188,
        ),
    ],
)
def test_typed_alert_reads_the_current_price_not_the_entry(
    text: str, action: FollowUpAction, index: int | None, price: float
) -> None:
    got = parse_message(text)
    assert got.kind is MessageKind.FOLLOW_UP
    assert got.action is action
    assert got.target_index == index
    assert got.price == pytest.approx(price)
    if action is FollowUpAction.CLOSE:
        assert got.close_fraction == 1.0


def test_typed_entry_alert_is_left_to_the_labels() -> None:
    text = (
        "🔔 SOLUSDT (15)\nType: Entry\nOrder type: BUY\nEntry price: 142.35\n"
        "TP1: 145.10\nTP2: 148.40\nSL: 139.20"
    )
    got = parse_message(text)
    assert got.kind is MessageKind.SIGNAL
    assert list(got.entries) == [142.35]
    assert got.stop_loss == pytest.approx(139.2)


def test_unknown_type_is_never_read_as_a_close() -> None:
    text = (
        "SOLUSDT\nType: trailing armed\nOrder type: BUY\nEntry price: 142.35\nCurrent price: 144.10"
    )
    got = parse_message(text)
    assert not (got.kind is MessageKind.FOLLOW_UP and got.action is FollowUpAction.CLOSE)


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(1, 5),
    entry=st.decimals("0.5", "900", places=3),
    move=st.decimals("1.01", "1.09", places=3),
)
def test_typed_target_hit_any_price(n: int, entry, move) -> None:  # type: ignore[no-untyped-def]
    current = round(float(entry) * float(move), 3)
    text = (
        f"AVAXUSDT.P 15m\nType: TP{n} hit\nOrder type: BUY\nEntry price: {float(entry):.3f}\n"
        f"Current price: {current:.3f}"
    )
    got = parse_message(text)
    assert got.kind is MessageKind.FOLLOW_UP
    assert got.target_index == n
    assert got.price == pytest.approx(current)


@pytest.mark.parametrize(
    ("text", "action", "price"),
    [
        ("🛑 SL HIT | DOGE/USDT | LONG | 0.13522 | -2.10%", FollowUpAction.STOP_HIT, 0.13522),
        ("🛑 Stop hit ┃ ADAUSDT ┃ SHORT ┃ 0.4811 ┃ -1.4%", FollowUpAction.STOP_HIT, 0.4811),
        ("🏁 CLOSED ⏐ BNBUSDT ⏐ LONG ⏐ 612.4 ⏐ +2.05% ⏐ manual", FollowUpAction.CLOSE, 612.4),
        ("🏁 closed | ETH/USDT | SHORT | 3,280.55 | +1.10%", FollowUpAction.CLOSE, 3280.55),
    ],
)
def test_pipe_event_reads_the_one_bare_price(
    text: str, action: FollowUpAction, price: float
) -> None:
    got = parse_message(text)
    assert got.kind is MessageKind.FOLLOW_UP
    assert got.action is action
    assert got.price == pytest.approx(price)


def test_pipe_event_with_two_bare_prices_is_not_guessed_here() -> None:
    got = parse_message("🏁 CLOSED | SOLUSDT | LONG | 142.35 | 146.80 | +3.1%")
    assert got.price != pytest.approx(142.35)


@pytest.mark.parametrize(
    "text",
    [
        "/status\nBNBUSDT LONG · 10x\nEntry: 598.2 · Mark: 601.7\nSL: 588.0 · TP: 612.5\nuPnL: +5.85 USDT (+0.58%)",
        "📋 Open positions (2)\nDOTUSDT LONG 5x | entry 6.112 | mark 6.201 | uPnL +7.28 USDT\n"
        "ADAUSDT SHORT 10x | entry 0.4522 | mark 0.4490 | uPnL +3.54 USDT",
        "```\nSymbol   Side   Entry    PnL\nDOTUSDT  LONG   6.112    +7.3\nADAUSDT  SHORT  0.4522   +3.5\n```",
        "🧪 DRY RUN · would open DOTUSDT LONG @ 6.112 (10x) — paper mode, no order sent",
        "⚪ PENDING · BNBUSDT SHORT limit @ 604.1 (waiting for fill)",
        "⚠️ Emergency close requested for all positions (DOTUSDT long 10x incl.)\nReply /emergency yes within 60s to confirm.",
        "📅 2026-03-14 · closed 7 trades · 4W/3L · net +58.20 USDT",
        "⏭️ Skipped LONG on ADAUSDT @ 0.4522\n📋 Reason: cooldown 15 min after a loss",
        "⚠️ Trade Rejected\nSymbol\nDOT-USDT\nSide\nLONG\nEntry Price\n6.112\nError\nInsufficient balance",
        "🏆 Best trade today: BNBUSDT short 604.1 → 589.9 (+2.35%)",
    ],
)
def test_bot_status_lines_are_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "Waiting for a fill on BNBUSDT long: buy 598.2, TP 612.5, SL 588.0",
        "DOTUSDT LONG\nEntry: 6.112\nTP1: 6.25\nTP2: 6.40\nSL: 5.95\nLeverage: 10x",
    ],
)
def test_calls_beside_these_words_stay_calls(text: str) -> None:
    assert parse_message(text).kind is MessageKind.SIGNAL


@pytest.mark.parametrize(
    ("text", "action", "index", "price"),
    [
        ("🟢 FILLED · BNBUSDT LONG @ 598.2 · qty 0.334", FollowUpAction.ENTRY_FILLED, None, 598.2),
        (
            "LIVE 🟢 filled · DOT/USDT SHORT @ 6.112 · qty 1,204",
            FollowUpAction.ENTRY_FILLED,
            None,
            6.112,
        ),
        ("🟢 LIVE 🟢 TP3 · ETHUSDT · +4.10% @ 3,412.75", FollowUpAction.TARGET_HIT, 3, 3412.75),
        ("🔴 SL · ADAUSDT · -2.20% @ 0.4421", FollowUpAction.STOP_HIT, None, 0.4421),
    ],
)
def test_state_line_reads_the_price_after_the_at(
    text: str, action: FollowUpAction, index: int | None, price: float
) -> None:
    got = parse_message(text)
    assert got.kind is MessageKind.FOLLOW_UP
    assert got.action is action
    assert got.target_index == index
    assert got.price == pytest.approx(price)


@pytest.mark.parametrize("share", [10, 33, 60])
def test_partial_close_detected_reads_the_share_and_no_price(share: int) -> None:
    text = (
        f"🚨 Trade Partial Close Detected 🟪\n\nsome_trader⏐DOTUSDT⏐SHORT⏐x10\n"
        f"6.112⏐ -120.5 ⏐ {share}%\nROI 12.40|33.10"
    )
    got = parse_message(text)
    assert got.kind is MessageKind.FOLLOW_UP
    assert got.action is FollowUpAction.CLOSE
    assert got.close_fraction == pytest.approx(share / 100)
    assert got.price is None


def test_close_detected_reads_the_close_price_not_the_entry() -> None:
    text = (
        "🔴 Trade Close Detected 🟥\n\nsome_trader⏐BNBUSDT⏐LONG⏐x5\n"
        "Entry price: 598.2\nClose price: 611.4\nROI 11.03|45.20"
    )
    got = parse_message(text)
    assert got.kind is MessageKind.FOLLOW_UP
    assert got.close_fraction == 1.0
    assert got.price == pytest.approx(611.4)


@pytest.mark.parametrize(
    "text",
    [
        "🆕 New Trade Detected 🟩\n\nsome_trader⏐BNBUSDT⏐LONG⏐x5\n598.2⏐ 0.334\nROI 0.00|0.00",
        "📈 Position Increase Detected 🟦\n\nsome_trader⏐DOTUSDT⏐SHORT⏐x10\n6.2⏐ +50.1 ⏐ +50%\nROI 3.10|8.00",
        "⚙️ Leverage Change Detected\n\nsome_trader⏐ADAUSDT⏐LONG\nx10 → x25",
    ],
)
def test_changes_detected_go_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW
