"""Follow-ups told in sentences, result cards, replies and eight more languages (the corpus's
fourth follow-up round has the layouts): what the copy does with each, and the plans, advice,
leverage changes and removed stops it never acts on by itself."""

from __future__ import annotations

import pytest
from channel_exports import SIGNAL, channel_export
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import SignalKind, TradeStatus
from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.telegram_channel import interpret

CLOSE, CANCEL = FollowUpAction.CLOSE, FollowUpAction.CANCEL
STOP_HIT, STOP_MOVED = FollowUpAction.STOP_HIT, FollowUpAction.STOP_MOVED
TARGET_HIT, FILLED = FollowUpAction.TARGET_HIT, FollowUpAction.ENTRY_FILLED


def _read(text: str) -> tuple[object, ...]:
    p = parse_message(text)
    return (p.kind, p.action, p.symbol, p.close_fraction, p.price, p.new_stop, p.stop_to_entry)


FU = MessageKind.FOLLOW_UP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We're out of DOGE 👋", (FU, CLOSE, "DOGE", 1.0, None, None, False)),
        ("Flat on DOT now", (FU, CLOSE, "DOT", 1.0, None, None, False)),
        (
            "Guys, #SOL didn't work out. We're out with a small loss at 153.25.",
            (FU, CLOSE, "SOL", 1.0, 153.25, None, False),
        ),
        ("#BNB took profit manually @ 564 ✅", (FU, CLOSE, "BNB", 1.0, 564.0, None, False)),
        ("$ETH TP manually at 3310.93", (FU, CLOSE, "ETH", 1.0, 3310.93, None, False)),
        (
            "#ADA closed ✅ Entry 0.4503 → Exit 0.4548 | -1.0% (x10 = -10%)",
            (FU, CLOSE, "ADA", 1.0, 0.4548, None, False),
        ),
        (
            "Closed $BTC long\nEntry: 64,662.3\nExit: 67,333.6\nPnL: +82.6%",
            (FU, CLOSE, "BTC", 1.0, 67333.6, None, False),
        ),
        (
            "I've put my stop at my entry, free trade now",
            (FU, STOP_MOVED, None, None, None, None, True),
        ),
        (
            "Update SL: 0.12213 → 0.12072 TRX",
            (FU, STOP_MOVED, "TRX", None, None, 0.12072, False),
        ),
        ("$SOL TP3 ✅ even with BTC bleeding", (FU, TARGET_HIT, "SOL", None, None, None, False)),
        (
            "#XRP SL hit ❌ BTC dragged the whole market",
            (FU, STOP_HIT, "XRP", None, None, None, False),
        ),
        (
            "Unfortunately TRX hit our stop loss this morning ❌",
            (FU, STOP_HIT, "TRX", None, None, None, False),
        ),
        ("#BTC ❌ Стоп | Убыток: -71.4% (x50)", (FU, STOP_HIT, "BTC", None, None, None, False)),
        ("Order triggered on $ARB", (FU, FILLED, "ARB", None, None, None, False)),
        ("$NEAR order triggered at 5.114", (FU, FILLED, "NEAR", None, 5.114, None, False)),
        ("#SOL 2. giriş doldu ✅", (FU, FILLED, "SOL", None, None, None, False)),
        ("$WIF entrada 2 ejecutada ✅", (FU, FILLED, "WIF", None, None, None, False)),
    ],
)
def test_narrative_updates_cards_and_fills(text: str, expected: tuple[object, ...]) -> None:
    assert _read(text) == expected, text


@pytest.mark.parametrize(
    ("text", "action", "fraction"),
    [
        ("#LTCUSDT cierren el 50% de la posición", CLOSE, 0.5),
        ("OP cerrado manualmente", CLOSE, 1.0),
        ("#SOL fechamos metade", CLOSE, 0.5),
        ("#SOL yarısını kapattık", CLOSE, 0.5),
        ("#SOL ditutup manual", CLOSE, 1.0),
        ("#SOL закрыли вручную", CLOSE, 1.0),
        ("#SOL chốt một nửa", CLOSE, 0.5),
        ("$BRETT ۵۰٪ سود را سیو کنید", CLOSE, 0.5),
        ("#SOL 平仓一半", CLOSE, 0.5),
        ("#SOL 先平50%", CLOSE, 0.5),
        ("#ATOMUSDT işlem iptal ❌", CANCEL, None),
        ("API3/USDT batalkan order ❌", CANCEL, None),
        ("#SOL hủy lệnh chờ", CANCEL, None),
        ("#TURBOUSDT سیگنال کنسل شد ❌", CANCEL, None),
        ("#ATOM 信号取消", CANCEL, None),
        ("#SOL отменяем ордер", CANCEL, None),
        ("$SOL tersentuh SL", STOP_HIT, None),
        ("#SUI tocó el stop ❌", STOP_HIT, None),
        ("#SOL stopou ❌", STOP_HIT, None),
        ("#SOL stop çalıştı", STOP_HIT, None),
        ("#SOL 打止损了", STOP_HIT, None),
        ("#SOL حد ضرر فعال شد", STOP_HIT, None),
    ],
)
def test_update_words_of_eight_more_languages(
    text: str, action: FollowUpAction, fraction: float | None
) -> None:
    parsed = parse_message(text)
    assert (parsed.kind, parsed.action, parsed.close_fraction) == (FU, action, fraction), text


@pytest.mark.parametrize(
    "text",
    [
        "#ORDI stop a precio de entrada",
        "#SOL movam o stop para a entrada",
        "#SOL стоп переносим на точку входа",
        "#SOL stop giriş seviyesine çekildi",
        "#SOL pindahkan SL ke harga entry",
        "#SOL استاپ را به نقطه ورود منتقل کنید",
    ],
)
def test_the_stop_to_the_entry_in_more_languages(text: str) -> None:
    parsed = parse_message(text)
    assert (parsed.action, parsed.stop_to_entry) == (STOP_MOVED, True), text


@pytest.mark.parametrize(
    "text",
    [
        "Thinking about closing SHIB here 🤔",
        "considering taking some profit here",
        "Not sure yet whether to close 1000FLOKI or hold",
        "we'll move the stop to breakeven when 0.17899 is reclaimed",
        "As soon as 0.55 breaks I'll move SL to entry on $OP",
        "Those who entered #SOL late can move SL to entry",
        "If you're still in ETH, consider closing here",
        "NEIRO: the remainder gets closed at TP2",
        "Reduce leverage to 10x $SOL",
        "Use 5x max on #ARB from now on",
        "#AVAXUSDT kaldıracı 3x'e düşürün",
        "#ATOM 杠杆降到10倍",
        "Remove the stop loss on #ETHUSDT",
        "#DOGE no SL for now, I'm managing it manually",
        "SOL TP1 ✅, same for AVAX",
    ],
)
def test_plans_advice_leverage_changes_and_removed_stops_go_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW, text


@pytest.mark.parametrize(
    "text",
    [
        "#1INCH hasn't hit TP3 yet 🙏",
        "No need to panic, $NEIRO SL still at 0.0013078",
        "$LINK about to hit TP3 👀",
        "Leverage kills. Use 3-5x max on alts this week",
        "I'm out for the weekend, back on Monday",
        "BTC flat on the day",
        "SOL long activated above 148.2",
        "As soon as 0.55 breaks I'll trail the stop on $OP",
    ],
)
def test_expectations_and_advice_are_no_action(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.FOLLOW_UP, text


def test_a_signals_cross_bulleted_stop_line_is_no_stop_hit() -> None:
    text = "#ATOMUSDT SHORT\nEntry: 7.863 - 7.926\nTargets: 7.752 - 7.637\n❌ Stop-loss: 8.167"
    assert parse_message(text).kind is MessageKind.SIGNAL


@given(
    hours=st.integers(1, 99),
    word=st.sampled_from(["saat", "ч", "giờ", "jam", "horas", "Stunden", "ساعت"]),
)
def test_a_duration_in_any_language_is_no_hit_price(hours: int, word: str) -> None:
    parsed = parse_message(f"OP TP2 ✅ Kâr: %38.1 (10x) | Süre: {hours} {word}")
    assert (parsed.action, parsed.target_index, parsed.price) == (TARGET_HIT, 2, None)


# ---- through the copy pipeline -------------------------------------------------------------


def test_a_closed_card_with_entry_and_exit_closes_the_copy_at_the_exit() -> None:
    card = "Closed $ETH long\nEntry: 3,400\nExit: 3,471.5\nPnL: +20.9%"
    history = interpret(channel_export(SIGNAL, card))
    assert [s.kind for s in history.signals] == [SignalKind.OPEN, SignalKind.CLOSE]
    assert history.trades[0].exit_price == 3471.5


def test_a_close_by_hand_closes_the_whole_copy() -> None:
    history = interpret(channel_export(SIGNAL, "#ETH took profit manually @ 3,462 ✅"))
    assert history.trades[0].status is TradeStatus.CLOSED
    assert history.trades[0].exit_price == 3462.0


@pytest.mark.parametrize(
    "text",
    [
        "Reduce leverage to 5x #ETH",
        "Remove the stop loss on #ETH",
        "Thinking about closing ETH here 🤔",
        "we'll move the stop to breakeven when 3,450 is reclaimed",
        "ETH: the remainder gets closed at TP2",
        "#ETH hasn't hit TP2 yet 🙏",
        "No need to panic, ETH SL still at 3300",
    ],
)
def test_what_the_copy_cannot_or_must_not_follow_leaves_it_as_it_is(text: str) -> None:
    history = interpret(channel_export(SIGNAL, text))
    assert [s.kind for s in history.signals] == [SignalKind.OPEN]
    assert history.records[1].classification in ("not_signal", "needs_review")
    assert history.trades[0].status is TradeStatus.OPEN
    assert history.signals[0].leverage == 10.0


def test_an_entry_filled_is_recorded_and_changes_nothing() -> None:
    history = interpret(channel_export(SIGNAL, "#ETH order triggered at 3,398"))
    assert history.records[1].reason == "Entries filled (average 3,398)."
    assert [s.stop_loss for s in history.signals] == [3300.0, 3300.0]
    assert history.trades[0].status is TradeStatus.OPEN


def test_an_update_beside_the_markets_weather_acts_on_its_own_coin() -> None:
    history = interpret(channel_export(SIGNAL, "#ETH SL to entry, BTC dominance rising"))
    assert [s.stop_loss for s in history.signals] == [3300.0, 3400.0]


def test_a_closed_card_whose_exit_is_far_from_its_entry_goes_to_review() -> None:
    card = "Closed $BTC long\nEntry: 63,323.0\nExit: 5,659.5\nPnL: +31.9%"
    assert parse_message(card).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '{"action": "close", "symbol": "SOLUSDT", "percent": 50}',
            (FU, CLOSE, "SOL", 0.5, None, None, False),
        ),
        ('{"event": "close", "pair": "DOTUSDT"}', (FU, CLOSE, "DOT", 1.0, None, None, False)),
        (
            '{\n  "event": "move_sl",\n  "symbol": "LTCUSDT",\n  "new_sl": 88.57\n}',
            (FU, STOP_MOVED, "LTC", None, None, 88.57, False),
        ),
        (
            '{"type": "sl_hit", "ticker": "1INCHUSDT"}',
            (FU, STOP_HIT, "1INCH", None, None, None, False),
        ),
        (
            '{"event": "breakeven", "symbol": "ETHUSDT"}',
            (FU, STOP_MOVED, "ETH", None, None, None, True),
        ),
        ("Sold 25% of our #SOL bag at 158.12", (FU, CLOSE, "SOL", 0.25, 158.12, None, False)),
        ("Sell half of your $DOGE here", (FU, CLOSE, "DOGE", 0.5, None, None, False)),
        ("#SOL fully sold ✅", (FU, CLOSE, "SOL", 1.0, None, None, False)),
        ("ETH/USDT hit 3226.95 🎯 (TP1)", (FU, TARGET_HIT, "ETH", None, 3226.95, None, False)),
        ("LQTY −38.8% ❌ stopped", (FU, STOP_HIT, "LQTY", None, None, None, False)),
        ("Trade is risk-free now ✅", (FU, STOP_MOVED, None, None, None, None, True)),
        ("#LINK stop is breakeven now", (FU, STOP_MOVED, "LINK", None, None, None, True)),
        ("#BTCUSDT SL entry pe shift karo", (FU, STOP_MOVED, "BTC", None, None, None, True)),
    ],
)
def test_payloads_spot_sells_bracketed_targets_and_risk_free(
    text: str, expected: tuple[object, ...]
) -> None:
    assert _read(text) == expected, text


def test_a_payloads_target_number_is_the_target_hit() -> None:
    parsed = parse_message('{"type": "tp_hit", "ticker": "INJUSDT", "tp": 2}')
    assert (parsed.action, parsed.target_index, parsed.symbol) == (TARGET_HIT, 2, "INJ")


def test_a_signal_payload_stays_a_signal() -> None:
    text = '{"action": "buy", "symbol": "SOLUSDT", "price": 148.2, "tp": [152, 155], "sl": 144}'
    parsed = parse_message(text)
    assert (parsed.kind, parsed.entries, parsed.take_profits) == (
        MessageKind.SIGNAL,
        (148.2,),
        (152.0, 155.0),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Should we close #BTC here? 🤔",
        "ATOM TP1 hit already? 👀",
        "ETH/USDT: close now or wait for TP3? Vote 👇",
        "Sold my ETH bag at 3,400 last week, no regrets",
        "Sell ARB at 1.2",
        "risk free signals every day!",
    ],
)
def test_questions_stories_and_offers_are_no_update(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.FOLLOW_UP, text


def test_a_webhook_close_of_a_share_keeps_the_rest_of_the_copy_open() -> None:
    payload = '{"action": "close", "symbol": "ETHUSDT", "percent": 30}'
    history = interpret(channel_export(SIGNAL, payload))
    assert history.records[1].reason == "Close 30 % of the position (the rest stays open)."
    assert history.trades[0].status is TradeStatus.OPEN


def test_a_question_never_acts_on_the_copy() -> None:
    history = interpret(channel_export(SIGNAL, "ETH: close now or wait for TP2? Vote 👇"))
    assert [s.kind for s in history.signals] == [SignalKind.OPEN]
    assert history.trades[0].status is TradeStatus.OPEN


@given(
    share=st.integers(1, 99),
    coin=st.sampled_from(["SOL", "ETH", "1000PEPE", "DOGE", "LINK"]),
    action_key=st.sampled_from(["action", "event", "type"]),
    share_key=st.sampled_from(["percent", "qty_pct", "close_pct", "size_pct"]),
    spaced=st.booleans(),
)
def test_a_payloads_close_share_is_read_whatever_its_keys(
    share: int, coin: str, action_key: str, share_key: str, spaced: bool
) -> None:
    sep = ", " if spaced else ","
    text = (
        "{"
        + sep.join(
            [f'"{action_key}": "close"', f'"symbol": "{coin}USDT"', f'"{share_key}": {share}']
        )
        + "}"
    )
    parsed = parse_message(text)
    assert (parsed.kind, parsed.action, parsed.symbol, parsed.close_fraction) == (
        FU,
        CLOSE,
        coin,
        share / 100,
    )


@given(
    plan=st.sampled_from(
        ["Thinking about", "Considering", "Not sure whether", "Planning to", "Will", "Be ready to"]
    ),
    action=st.sampled_from(["closing", "close", "moving the stop to entry on", "taking profit on"]),
    coin=st.sampled_from(["#SOL", "$ETH", "DOGE/USDT"]),
)
def test_a_planned_action_never_acts(plan: str, action: str, coin: str) -> None:
    parsed = parse_message(f"{plan} {action} {coin} here")
    assert parsed.kind is not MessageKind.FOLLOW_UP, parsed
