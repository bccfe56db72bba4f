"""Bots' fill and reduction notices, indicator captions, and three readings that acted on too
little: a fill that says what it opens ("— opening short") is the entry filled at its price, a
position reduced by a signed share a close of that share; an indicator card is talk; a report
with a line acting now beside it goes to review; a status line ticking a target above one still
waiting goes to review; a vague partial close keeps no share (the copy holds it for review)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.performance_reports import (
    performance_report,
    update_beside_report,
)

OPENING_FILLS = [
    ("Entry order filled ✅\nSELL 12.5 SOL/USDT @ 151.2 — opening short", "SOL", 151.2),
    ("📥 ENTRY ORDER FILLED\nBUY 0.8 ETHUSDT @ 3412.5 — opening long", "ETH", 3412.5),
    ("✅ Sell order filled — opening short LTCUSDT at 90.24", "LTC", 90.24),
    ("🔔 Order executed: SELL $SEI 93.93 @ 0.5104 | OPENING SHORT position", "SEI", 0.5104),
    ("🤖 Short position opened on #BTC — filled at 59488.5", "BTC", 59488.5),
    ("🤖 Long position opened on $NEAR — filled at 6.058", "NEAR", 6.058),
    ("LTC/USDT: Sell order filled — opening short", "LTC", None),
]


@pytest.mark.parametrize(("text", "symbol", "price"), OPENING_FILLS)
def test_a_fill_naming_what_it_opens_is_the_entry_filled(
    text: str, symbol: str, price: float | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed
    assert parsed.action is FollowUpAction.ENTRY_FILLED
    assert parsed.symbol == symbol
    assert parsed.price == price


NOT_AN_OPENING_FILL = [
    # a flip: one side closed, the other opened
    "Sell order filled — closing long, opening short BTC at 60000",
    # two prices after "at": which one filled?
    "Short position opened on #ETH — filled at 3301.5, then at 3320.1",
    "Long position opened on #SOL: filled at 142.35 and 141.9",
    "Long position opened on #SOL: filled @ 142.35 / 141.9",
    "✅ Opening long AVAX — executed at 31.42 & 31.18",
]


@pytest.mark.parametrize("text", NOT_AN_OPENING_FILL)
def test_a_fill_that_is_no_plain_opening_is_not_copied(text: str) -> None:
    parsed = parse_message(text)
    assert not (
        parsed.kind is MessageKind.FOLLOW_UP and parsed.action is FollowUpAction.ENTRY_FILLED
    ), parsed


REDUCED = [
    ("🟡 Position reduced: $PEPE -40% at 0.0000087268", "PEPE", 0.4, 0.0000087268),
    ("🟡 Position reduced: TIA/USDT −30 % at 9.958", "TIA", 0.3, 9.958),
    ("⚠️ #NEAR LONG\nPosition reduced -25%\nPrice: 6.198", "NEAR", 0.25, 6.198),
    ("⚠️ AVAX/USDT SHORT\nPosition reduced –60 %\nPrice: 32.78", "AVAX", 0.6, 32.78),
    ("Position reduced by 25 % — NEARUSDT @ 5.439, rest running 🏃", "NEAR", 0.25, 5.439),
    ("#SEI position size reduced (−20 %) at 0.4946 — partial profit taken", "SEI", 0.2, 0.4946),
    ("Position reduced: $WIF -50%", "WIF", 0.5, None),
]


@pytest.mark.parametrize(("text", "symbol", "share", "price"), REDUCED)
def test_a_position_reduced_by_a_share_is_a_close_of_it(
    text: str, symbol: str, share: float, price: float | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.symbol == symbol
    assert parsed.close_fraction == pytest.approx(share)
    assert parsed.price == price


@given(
    share=st.sampled_from([10, 20, 25, 30, 33, 40, 50, 60, 75, 80]),
    minus=st.sampled_from(["-", "−", "–", ""]),
    gap=st.sampled_from(["", " "]),
    cents=st.integers(1000, 99999),
)
def test_any_signed_share_reduced_reads_as_that_close(
    share: int, minus: str, gap: str, cents: int
) -> None:
    price = cents / 100
    parsed = parse_message(f"🟡 Position reduced: SOL/USDT {minus}{share}{gap}% at {price}")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed
    assert parsed.close_fraction == pytest.approx(share / 100)
    assert parsed.price == pytest.approx(price)


INDICATOR_CARDS = [
    "#ETH 12H 📐\nPrice: 3,728.87\nRSI: 58\nVWAP: 3,621.01\nRange high: 3,817.1\n"
    "Range low: 3,596.13",
    "#INJ 4H 📐\nPrice: 22.842\nRSI: 38\nVWAP: 22.406\nRange high: 23.222\nRange low: 21.505",
    "SOL daily\nPrice: 148.2\nEMA200: 139.4\nRSI: 61\nSupport: 142.5\nResistance: 155.3",
]


@pytest.mark.parametrize("text", INDICATOR_CARDS)
def test_an_indicator_card_is_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed


def test_an_entry_label_beside_indicators_is_not_dropped() -> None:
    text = "#ETH\nEntry: 3,728.87\nRSI: 58\nVWAP: 3,621.01\nRange high: 3,817.1"
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


REPORTS_WITH_AN_UPDATE = [
    "Daily report\nWin rate: 71%\nWorst trade: ETH −4.2%\n#ETH closing here at 3142.63",
    "Daily report\nWin rate: 71%\nWorst trade: SOL −4.2%\nETH closing here at 3142.63",
    "Win rate 71%, worst trade: SOL −4.2% — closing here at 3142.63",
    "📊 Weekly\nPnL: +3.4%\nWorst trade: ARB -1.1%\n#ARB +64% (25x) — closing here at 1.0873",
]


@pytest.mark.parametrize("text", REPORTS_WITH_AN_UPDATE)
def test_a_report_beside_a_line_acting_now_goes_to_review(text: str) -> None:
    assert not performance_report(text.lower())
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed


REPORTS = [
    "📊 Daily report (07.01)\nTrades: 35 | Win rate: 57%\nPnL: +6.83%\nBest trade: NEAR +8.8%\n"
    "Worst trade: ORDI -3.4%",
    "Bot report — last 24h\nClosed trades: 38\nWin rate: 32%\nWorst trade: ATOM long −0.6% "
    "(closed at 7.858)\nBest trade: APT long +8.6% (closed at 8.638)",
    "Weekly recap 🧾\nPnL: -8.11% | Win rate: 33% (3/9)\nTop: $SHIB +11.0%\nWorst trade: $ORDI "
    "-2.3% — stopped out",
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_report_of_trades_done_stays_talk(text: str) -> None:
    assert performance_report(text.lower())
    assert update_beside_report(text) is None
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


GAPPED_STATUS = [
    "TP1 ✅ TP2 ⏳ TP3 ✅",
    "#ETH TP1 ✅ TP2 ⏳ TP3 ✅",
    "#SOL\nTP1: 150.2 ✅\nTP2: 152.1 ⏳\nTP3: 155 ✅",
    "$ARB TP1 ✅ TP2 ⌛ TP3 ✅ TP4 ⏳",
]


@pytest.mark.parametrize("text", GAPPED_STATUS)
def test_a_target_ticked_above_one_waiting_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed


STATUS = [
    ("TP1 ✅ TP2 ✅ TP3 ⏳", 2),
    ("#ETH TP1 ✅ TP2 ⏳ TP3 ⏳", 1),
    ("#SOL\nTP1: 150.2 ✅\nTP2: 152.1 ✅\nTP3: 155 ⏳", 2),
]


@pytest.mark.parametrize(("text", "index"), STATUS)
def test_a_status_line_without_a_gap_is_its_highest_target(text: str, index: int) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed
    assert parsed.action is FollowUpAction.TARGET_HIT
    assert parsed.target_index == index


VAGUE_CLOSES = [
    "Secure some profits on #ETH now",
    "Take some profit on #SOL",
    "Secure profits now 🔐 TRX/USDT",
]


@pytest.mark.parametrize("text", VAGUE_CLOSES)
def test_a_close_without_its_share_keeps_no_share(text: str) -> None:
    # (the corpus convention: a close read with no share, which the copy holds for review
    # instead of closing a guessed part)
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.close_fraction is None


TALK_BETWEEN_CALLS = [
    # a bot's standing rule for unfilled orders
    "Reminder 📌 entry orders not filled within 24h are cancelled automatically by the bot. "
    "No need to cancel them by hand.",
    "Limit orders unfilled after 48h get cancelled by the copier, every trade.",
    # coins moved, a bag rebalanced, a DCA diary
    "Took 25% of my SEI stack off the exchange to cold storage. Price 0.4765, nothing sold.",
    "Moved half my #ATOM to a hardware wallet today at 8.12, nothing sold.",
    "Rebalanced the spot bag today: trimmed APT from 15% to 11% of the portfolio and moved it "
    "into OP. Long-term holds, no trade here.",
    "DCA week 7: bought 150 USDT of LINK at 15.292, average now 16.351. Same again next Monday",
    # an exchange's notices
    "WIF spot pairs leave Bitget on Jan 3, 06:00 (UTC) (WIF/BTC, WIF/USDT). Deposits stop the "
    "same day, withdrawals stay open for 90 days. Price now 2.5328.",
]


@pytest.mark.parametrize("text", TALK_BETWEEN_CALLS)
def test_talk_between_calls_is_not_acted_on(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed


STILL_ACTED_ON = [
    # one trade's order cancelled, in the singular
    ("#SOL entry not filled within 24h — cancelled ❌", FollowUpAction.CANCEL),
    # a close of a copied trade without a wallet or a bag
    ("Took 25% off #SEI here at 0.4765", FollowUpAction.CLOSE),
]


@pytest.mark.parametrize(("text", "action"), STILL_ACTED_ON)
def test_an_update_of_one_trade_keeps_its_reading(text: str, action: FollowUpAction) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed
    assert parsed.action is action


def test_a_delisting_notice_asking_to_close_goes_to_review() -> None:
    text = (
        "⚠️ Bybit will close all positions and settle the API3/USDT perpetual on May 11, 12:30 "
        "(UTC), then delist it. Close your API3 positions before that to avoid the automatic "
        "settlement."
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


GREETING_CALLS = [
    "Thanks for all the messages after yesterday's win ❤️ Next one: WIF long at 2.2281, stop "
    "2.159, targets 2.2619, 2.2941 and 2.3289.",
    "Last week's results were great ✅ New call 👇 ADA short at 0.4317, stop 0.4409, targets "
    "0.4252 and 0.418",
    "GM fam ☕ quick one before breakfast: SOL long 148.2, SL 144.1, TP 151.3 / 154.6. Have a "
    "good day 🙏",
]


@pytest.mark.parametrize("text", GREETING_CALLS)
def test_a_call_after_a_greeting_or_a_recap_word_is_a_call(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed


def test_a_recap_with_no_next_call_marker_is_not_copied() -> None:
    # the levels stand on the line of "yesterday's" with no order to the readers: a past call
    text = "Yesterday's win ✅ WIF long at 2.2281, stop 2.159, targets 2.2619 and 2.2941"
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "#SEI update — we got stopped out on the wick last night.",
        "#ATOM update - stopped out on the wick last night 😔",
        "$OP stopped out yesterday, on to the next one",
    ],
)
def test_a_stop_out_told_late_is_still_a_stop_hit(text: str) -> None:
    # a word of the past beside an update of the trade's own: not a recalled call
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed
    assert parsed.action == "stop_hit"
