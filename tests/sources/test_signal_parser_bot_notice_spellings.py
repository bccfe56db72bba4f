"""Bots' and admins' follow-up notices in spellings the reading had not met: a target ticked with
``✓``, ``tagged``, filled by its ordinal, or in a row of cells; a ``Hit: TP2`` field over the
market and the level; a status change's ``From: OPEN`` / ``To: STOPPED``; DCA and safety orders
told filled without their average; stops moved with the coin between, the old level "(from …)"
or in dotted cells; a stop "on #COIN was taken"; an average on a bare coin. Each reads as the one
action at its price; what the words leave open goes to review, a member's words stay talk."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.alert_relays import without_mail_headers
from tradermanager.sources.signal_parser.dca_fills import dca_done
from tradermanager.sources.signal_parser.entry_fill_words import sell_order_filled
from tradermanager.sources.signal_parser.stop_updates import old_stop_as_was

HIT = FollowUpAction.TARGET_HIT
STOP_HIT = FollowUpAction.STOP_HIT
MOVED = FollowUpAction.STOP_MOVED
FILLED = FollowUpAction.ENTRY_FILLED


def _follow_up(text: str) -> tuple[FollowUpAction | None, str | None, int | None, float | None]:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed
    price = parsed.new_stop if parsed.action is MOVED else parsed.price
    return parsed.action, parsed.symbol, parsed.target_index, price


def _not_acted_on(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind in (MessageKind.NEEDS_REVIEW, MessageKind.NOT_SIGNAL), parsed


# ---- targets hit ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("🎯 XRP/USDT target 3 ✓ 0.5348", (HIT, "XRP", 3, 0.5348)),
        ("#SOL TP2 ✓ 151.42", (HIT, "SOL", 2, 151.42)),
        ("✅ AVAXUSDT | target #2 | 38.55 | +2.7%", (HIT, "AVAX", 2, 38.55)),
        ("✔️ #LINK · TP 1 · 14.918 · +1.9%", (HIT, "LINK", 1, 14.918)),
        ("ADA/USDT: 1st take-profit filled (0.4123) 💰", (HIT, "ADA", 1, 0.4123)),
        ("#DOGE second target executed at 0.13874", (HIT, "DOGE", 2, 0.13874)),
        ("Boom 💥 #ORDI tagged target 2 at 39.98", (HIT, "ORDI", 2, 39.98)),
        ("$WIF tagged TP3 at 2,5982", (HIT, "WIF", 3, 2.5982)),
        ("Hit: TP2\nMarket: NEARUSDT\nLevel: 5.96", (HIT, "NEAR", 2, 5.96)),
        ("Hit: TP1\nPair: BTC/USDT\nPrice: 62,410.5", (HIT, "BTC", 1, 62410.5)),
        ("Hit: SL\nPair: SOLUSDT\nPrice: 144.2", (STOP_HIT, "SOL", None, 144.2)),
    ],
)
def test_target_hits_in_other_spellings_read(
    text: str, expected: tuple[FollowUpAction, str, int | None, float]
) -> None:
    assert _follow_up(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "#ADA 1st take-profit not filled yet, 0.4123 still open",
        "ADA/USDT: 2nd entry filled, first target next at 0.4123",
        "Will the 1st take-profit get filled at 0.4123?",
        "if ORDI tagged target 2 at 39.98 we close half",
    ],
)
def test_targets_not_hit_are_not_read_as_hits(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.action is not HIT, parsed


# ---- stops hit and moved ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Status change: BNB-USDT\nFrom: OPEN\nTo: STOPPED\nPrice: 624.2",
            (STOP_HIT, "BNB", None, 624.2),
        ),
        (
            "Status change: SOLUSDT\nFrom: OPEN\nTo: CLOSED\nPrice: 151.3",
            (FollowUpAction.CLOSE, "SOL", None, 151.3),
        ),
        ("🔴 STOPPED · INJ/USDT · 24.597", (STOP_HIT, "INJ", None, 24.597)),
        ("STOPPED OUT · #DOT · 6.615 · -2.4%", (STOP_HIT, "DOT", None, 6.615)),
        ("Stop loss on #ORDI was taken (35.06). -1.2%", (STOP_HIT, "ORDI", None, 35.06)),
        ("SL for $SOL got hit at 144.1", (STOP_HIT, "SOL", None, 144.1)),
        ("SL adjusted · LTCUSDT · 81.94", (MOVED, "LTC", None, 81.94)),
        ("Stop moved | #AVAX | 36.12", (MOVED, "AVAX", None, 36.12)),
        ("New SL for TIA/USDT: 9.254 (was 9.549)", (MOVED, "TIA", None, 9.254)),
        ("New stop on #SOL at 144.2", (MOVED, "SOL", None, 144.2)),
        ("LTC trailing stop now 75.03 (from 78.34)", (MOVED, "LTC", None, 75.03)),
        ("#ETH SL → 3,412.5 (up from 3,380)", (MOVED, "ETH", None, 3412.5)),
    ],
)
def test_stop_notices_in_other_spellings_read(
    text: str, expected: tuple[FollowUpAction, str, int | None, float]
) -> None:
    assert _follow_up(text) == expected


def test_a_mail_keeps_its_headers_dropped() -> None:
    mail = "From: TradingView <noreply@tradingview.com>\nTo: me@example.com\nSOLUSDT LONG 148.2"
    assert without_mail_headers(mail) == "SOLUSDT LONG 148.2"
    status = "Status change: BNB-USDT\nFrom: OPEN\nTo: STOPPED\nPrice: 624.2"
    assert without_mail_headers(status) == status


def test_the_old_stop_from_is_only_rewritten_after_a_stop() -> None:
    assert old_stop_as_was("SL now 75.03 (from 78.34)") == "SL now 75.03 (was 78.34)"
    call = "ETH long 3000 (from 2950)"
    assert old_stop_as_was(call) == call


@pytest.mark.parametrize(
    "text",
    [
        "Stop updated | #SOL | 144.2 | 146.1",  # two prices: which is the new stop?
        "Stop loss on #ORDI was not taken",
    ],
)
def test_stop_notices_the_words_leave_open_are_not_acted_on(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.FOLLOW_UP or parsed.new_stop is None, parsed
    assert parsed.action is not STOP_HIT


# ---- entries filled ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Safety order 2/5 filled for APT-USDT @ 8.479", (FILLED, "APT", None, 8.479)),
        ("🟢 Bought 31 AVAX at 32.06 (DCA #4)", (FILLED, "AVAX", None, 32.06)),
        ("DCA level 4 hit on #AVAX — filled 33.77", (FILLED, "AVAX", None, 33.77)),
        ("SO #3 executed · SEIUSDT @ 0.4983", (FILLED, "SEI", None, 0.4983)),
        ("Averaged LINK at 14.943 (new average 14.988)", (FILLED, "LINK", None, 14.943)),
        ("Averaged NEAR at 5.12 (new average 5.2)", (FILLED, "NEAR", None, 5.12)),
        ("Our second buy order on APT got executed", (FILLED, "APT", None, None)),
    ],
)
def test_entry_fills_in_other_spellings_read(
    text: str, expected: tuple[FollowUpAction, str, int | None, float | None]
) -> None:
    assert _follow_up(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Next DCA for #AVAX at 30.1 if filled",
        "I bought more #AVAX at 32.06 (DCA)",
        "DCA 2 for #AVAX not filled yet at 31.2",
        "Safety order 3 for #APT will be filled at 8.2?",
        "ETH 2nd entry cancelled, first one filled",  # which one filled is left open
        "Our second sell order on APT got executed",  # a long's exit or a short's entry
        "Our second sell order on $APT got executed",
    ],
)
def test_fills_the_words_leave_open_are_not_acted_on(text: str) -> None:
    _not_acted_on(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order #8814 FILLED\nPair: SUI/USDT\nAvg price: 1.0025",
        "ORDER 55120 FILLED · #DOT · 6.612",
    ],
)
def test_an_order_filled_with_no_type_nor_side_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_sell_order_filled_goes_to_review() -> None:
    assert sell_order_filled("our second sell order on apt got executed")
    assert not sell_order_filled("my second sell order on apt got executed")
    parsed = parse_message("Our second sell order on $APT got executed")
    assert parsed.kind is MessageKind.NEEDS_REVIEW


def test_dca_done_needs_a_done_word_and_no_plan() -> None:
    assert dca_done("safety order 2/5 filled for apt-usdt @ 8.479")
    assert not dca_done("safety order 2/5 for apt-usdt @ 8.479")
    assert not dca_done("next dca at 30.1 if filled")
    assert not dca_done("dca filled at 30.1, tp1 31.2")


@settings(max_examples=60, deadline=None)
@given(
    coin=st.sampled_from(["APT", "SEI", "AVAX", "DOT", "INJ"]),
    price=st.decimals(min_value="0.01", max_value="900", places=3),
    n=st.integers(min_value=1, max_value=5),
)
def test_a_safety_order_filled_is_its_own_price_never_its_number(
    coin: str, price: object, n: int
) -> None:
    text = f"Safety order {n}/5 filled for {coin}-USDT @ {price}"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed
    assert parsed.action is FILLED
    assert parsed.price == float(str(price))
