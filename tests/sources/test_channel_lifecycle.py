"""Lifecycle follow-ups from a channel: partial closes, entries filled and re-entries."""

from __future__ import annotations

import pytest
from channel_exports import SIGNAL, channel_export
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import SignalKind, TradeStatus
from tradermanager.sources.signal_parser import FollowUpAction, parse_message
from tradermanager.sources.telegram_channel import interpret


def test_a_partial_close_is_an_update_that_keeps_the_position_open():
    history = interpret(
        channel_export(SIGNAL, "#ETH close half here", "#ETH book 25% profits here")
    )
    kinds = [s.kind for s in history.signals]
    assert kinds == [SignalKind.OPEN, SignalKind.UPDATE, SignalKind.UPDATE]
    reasons = [r.reason for r in history.records[1:]]
    assert reasons == [
        "Close 50 % of the position (the rest stays open).",
        "Close 25 % of the position (the rest stays open).",
    ]
    assert history.trades[0].status is TradeStatus.OPEN


def test_an_update_after_a_stop_move_carries_the_new_stop():
    history = interpret(channel_export(SIGNAL, "#ETH SL moved to 3380", "#ETH close half here"))
    assert [s.stop_loss for s in history.signals] == [3300.0, 3380.0, 3380.0]


def test_entries_filled_is_recorded_with_the_average_price():
    text = "#ETH/USDT All entry targets achieved\nAverage Entry Price: 3398.5"
    history = interpret(channel_export(SIGNAL, text))
    assert history.records[1].reason == "Entries filled (average 3,398.5)."


def test_a_reentry_opens_a_new_position_with_the_earlier_targets_and_stop():
    history = interpret(channel_export(SIGNAL, "#ETH stopped out ❌", "#ETH re-entry at 3380"))
    reentry = history.signals[-1]
    assert (reentry.kind, reentry.price, reentry.take_profits, reentry.stop_loss) == (
        SignalKind.OPEN,
        3380.0,
        (3450.0, 3500.0),
        3300.0,
    )
    assert history.records[-1].reason == "Re-entry after tg:1."
    assert [t.status for t in history.trades] == [TradeStatus.CLOSED, TradeStatus.OPEN]


def test_a_reentry_without_an_earlier_signal_goes_to_review():
    history = interpret(channel_export("#SOL re-entry at 150"))
    assert history.records[0].classification == "needs_review"


@pytest.mark.parametrize(
    ("text", "fraction"),
    [
        ("#ETH close 50% here", 0.5),
        ("#ETH take half", 0.5),
        ("#ETH close 1/3", 1 / 3),
        ("#ETH Closed 2/3 🎯", 2 / 3),
        ("#ETH close a quarter now", 0.25),
        ("#ETH close three quarters", 0.75),
        ("#ETH close two thirds at 3480", 2 / 3),
        ("#ETH close all", 1.0),
        ("#ETH close", 1.0),
        ("#ETH close 12/05", 1.0),  # a date, not a share
    ],
)
def test_a_close_reads_its_share(text, fraction):
    parsed = parse_message(text)
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.close_fraction == pytest.approx(fraction)


@pytest.mark.parametrize(
    "text", ["#ETH partial close here", "#ETH close partially", "#ETH take some profits here"]
)
def test_a_partial_close_without_its_share_goes_to_review_and_keeps_the_position(text):
    history = interpret(channel_export(SIGNAL, text))
    assert [s.kind for s in history.signals] == [SignalKind.OPEN]
    record = history.records[1]
    assert record.classification == "needs_review" and record.links_to == "tg:1"
    assert "without its share" in record.reason
    assert history.trades[0].status is TradeStatus.OPEN


def test_close_a_third_is_an_update_with_its_fraction():
    history = interpret(channel_export(SIGNAL, "#ETH close 1/3 here"))
    update = history.signals[1]
    assert (update.kind, update.close_fraction) == (SignalKind.UPDATE, pytest.approx(1 / 3))
    assert history.records[1].reason == "Close 33.33 % of the position (the rest stays open)."


@given(
    st.integers(1, 9), st.integers(2, 10), st.sampled_from(["close", "Close", "closing", "book"])
)
def test_a_written_ratio_is_the_share_closed(numerator, denominator, verb):
    parsed = parse_message(f"#ETH {verb} {numerator}/{denominator} here")
    if numerator < denominator:
        assert parsed.action is FollowUpAction.CLOSE
        assert parsed.close_fraction == pytest.approx(numerator / denominator)
    else:  # not a share of a position: never read as a partial close
        assert parsed.close_fraction in (None, 1.0)


def test_a_share_secured_at_a_target_reports_the_target_and_closes_the_share():
    history = interpret(channel_export(SIGNAL, "Secured 40% at TP1, runner left 🏃"))
    assert history.records[1].reason == (
        "Target 1 hit. Close 40 % of the position (the rest stays open)."
    )
    assert history.signals[-1].kind is SignalKind.UPDATE
    assert history.trades[0].status is TradeStatus.OPEN


@pytest.mark.parametrize(
    "text",
    [
        "Don't close yet",
        "Hold, don't close yet ETH",
        "Do not move SL to BE",
        "Don't cancel, still valid",
        "TP1 will be hit soon 👀",
        "ETH close to TP1",
        "If we lose 3350 we close",
        "Move SL to entry after TP1",
        "Take 30% at TP1",
        "3412.5",
    ],
)
def test_talk_that_only_sounds_like_an_update_never_acts_on_the_copy(text):
    history = interpret(channel_export(SIGNAL, text))
    assert [s.kind for s in history.signals] == [SignalKind.OPEN]
    assert history.records[1].classification in ("not_signal", "needs_review")
    assert history.trades[0].status is TradeStatus.OPEN


def test_a_stop_set_without_to_moves_the_copys_stop():
    history = interpret(
        channel_export(SIGNAL, "SL 3380", "#ETH Set SL 3390", "#ETH close half here")
    )
    assert [s.stop_loss for s in history.signals] == [3300.0, 3380.0, 3390.0, 3390.0]


def test_the_stop_tagged_closes_at_the_stop_and_a_cut_closes_at_its_price():
    tagged = interpret(channel_export(SIGNAL, "#ETH SL tagged ❌"))
    assert tagged.trades[0].exit_price == 3300.0
    cut = interpret(channel_export(SIGNAL, "Cut ETH at 3385, small loss"))
    assert cut.trades[0].exit_price == 3385.0


def test_booked_without_a_share_keeps_the_position_for_review():
    history = interpret(channel_export(SIGNAL, "Booked ✅"))
    assert history.records[1].classification == "needs_review"
    assert history.trades[0].status is TradeStatus.OPEN


def test_a_reentry_on_the_other_side_goes_to_review():
    history = interpret(channel_export(SIGNAL, "#ETH stopped out ❌", "Re-short ETH 3,390"))
    assert history.records[2].classification == "needs_review"
    assert "Re-entry short after a long signal" in history.records[2].reason
    assert [s.kind for s in history.signals] == [SignalKind.OPEN, SignalKind.CLOSE]
    again = interpret(channel_export(SIGNAL, "#ETH stopped out ❌", "Re-buy ETH 3,390"))
    assert (again.signals[-1].kind, again.signals[-1].price) == (SignalKind.OPEN, 3390.0)


def test_a_hit_named_by_its_price_is_the_copys_target_at_that_price():
    # SIGNAL's targets are 3450 and 3500: 3450 is target 1 (the position stays open)
    history = interpret(channel_export(SIGNAL, "#ETH 3,450 reached 🎯", "ETH target 3500 hit ✅"))
    assert history.records[1].reason == "Target 1 hit."
    assert history.signals[1].kind is SignalKind.UPDATE
    # the last target's price closes the position at it
    assert history.trades[0].status is TradeStatus.CLOSED
    assert history.trades[0].exit_price == 3500.0


@pytest.mark.parametrize("text", ["#ETH 3,470 reached 🎯", "ETH target 3600 hit ✅"])
def test_a_hit_at_a_price_that_is_no_target_goes_to_review_and_keeps_the_position(text):
    history = interpret(channel_export(SIGNAL, text))
    record = history.records[1]
    assert record.classification == "needs_review"
    assert "none of the signal's targets (3,450, 3,500)" in record.reason
    assert history.trades[0].status is TradeStatus.OPEN
    assert [s.kind for s in history.signals] == [SignalKind.OPEN]


def test_lowercase_updates_act_on_their_coin_and_two_coins_go_to_review():
    sol = "#SOL/USDT LONG\nEntry: 148\nTargets: 150 - 152\nStop Loss: 144"
    history = interpret(channel_export(SIGNAL, sol, "sol sl to be", "eth hit tp1 sol hit tp2"))
    assert history.records[2].classification == "follow_up"
    assert history.signals[2].symbol == "SOL" and history.signals[2].stop_loss == 148.0
    assert history.records[3].classification == "needs_review"
    assert [t.status for t in history.trades] == [TradeStatus.OPEN, TradeStatus.OPEN]


def test_a_reply_quoting_the_signal_behind_a_bar_updates_it_and_opens_no_copy():
    quoted = "\n".join("┃ " + line for line in SIGNAL.split("\n"))
    history = interpret(channel_export(SIGNAL, quoted + "\n\nMove SL to TP1"))
    assert [s.kind for s in history.signals] == [SignalKind.OPEN, SignalKind.UPDATE]
    assert history.signals[1].stop_loss == 3450.0


@given(
    st.lists(st.floats(0.001, 90_000), min_size=1, max_size=5, unique=True),
    st.data(),
)
def test_a_price_names_the_nearest_target_within_a_tenth_of_a_percent_or_none(targets, data):
    from tradermanager.sources.telegram_channel import TARGET_MATCH, target_at

    targets = tuple(sorted(targets))
    k = data.draw(st.integers(1, len(targets)))
    assert target_at(targets[k - 1], targets) == k or (
        # another target as near (targets closer together than the tolerance)
        abs(targets[target_at(targets[k - 1], targets) - 1] - targets[k - 1])
        <= TARGET_MATCH * targets[k - 1]
    )
    far = data.draw(st.floats(0.0001, 200_000))
    found = target_at(far, targets)
    near = [t for t in targets if abs(far - t) <= TARGET_MATCH * t]
    assert (found is None) == (not near)
