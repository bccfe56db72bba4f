"""Follow-ups of the seventeenth round: a share the position keeps is no share of its close
("keep 30% for the moon, close 70% now"); a share is no price ("exit 20% at 0.508" closes at
0.508); a stop almost hit is no stop hit ("almost hit SL but bounced"); a re-entry after a
condition the copy cannot check ("re-enter after a 4h close above 41.16") goes to review; a share
locked in or taken out ("lock in 70% profits", "half out here") is closed; "hit stop loss at X" is
the stop hit there; an add at its price ("add at X", "DCA at X", "add more on a dip to X") is a
re-entry; "Closed today:" heads a results post."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message

CLOSE, STOP_HIT, REENTRY = FollowUpAction.CLOSE, FollowUpAction.STOP_HIT, FollowUpAction.REENTRY

_COINS = st.sampled_from(["BTC", "ETH", "SOL", "LINK", "AVAX", "DOGE", "ARB", "OP"])


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("#OP/USDT keep 30% for the moon, close 70% now", 0.7),
        ("SOL keeping 25% for TP4, close 75% here", 0.75),
        ("ETH close 60% now, keep 40% running", 0.6),
        ("ARB leave 20% running and close 80%", 0.8),
    ],
)
def test_a_kept_share_is_not_the_share_closed(text: str, share: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == pytest.approx(share)


@pytest.mark.parametrize(
    ("text", "share"),
    [("OP leave 25% running, close the rest", 0.75), ("#SOL keep 30%, close the rest here", 0.7)],
)
def test_a_close_told_only_by_the_share_kept_closes_the_rest(text: str, share: float) -> None:
    # one kept share and "the rest" make the whole: the rest is what closes (kept_shares)
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.close_fraction == pytest.approx(share)


@given(
    coin=_COINS,
    keep=st.integers(min_value=5, max_value=95),
    verb=st.sampled_from(["keep", "keeping", "leave", "hold"]),
)
def test_any_kept_share_before_a_close_leaves_the_closed_share(
    coin: str, keep: int, verb: str
) -> None:
    parsed = parse_message(f"#{coin} {verb} {keep}% for later, close {100 - keep}% now")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.close_fraction == pytest.approx((100 - keep) / 100)


@pytest.mark.parametrize(
    ("text", "share", "price"),
    [
        ("$SEI exit 20% at 0.508", 0.2, 0.508),
        ("LINK exit 40% @ 14.52", 0.4, 14.52),
        ("#ETH exit 25% at 3,412.5", 0.25, 3412.5),
    ],
)
def test_an_exit_share_is_no_price(text: str, share: float, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == pytest.approx(share)
    assert parsed.price == pytest.approx(price)


@given(
    coin=_COINS,
    share=st.integers(min_value=5, max_value=95),
    price=st.decimals(min_value="0.01", max_value="90000", places=2),
)
def test_any_exit_share_at_a_price_closes_there(coin: str, share: int, price: object) -> None:
    parsed = parse_message(f"{coin} exit {share}% at {price}")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.close_fraction == pytest.approx(share / 100)
    assert parsed.price == pytest.approx(float(str(price)))


@pytest.mark.parametrize(
    "text",
    [
        "#OP/USDT almost hit SL but bounced, still in 🙏",
        "SOL nearly hit the stop loss, holding",
        "ETH almost got stopped out, still in",
    ],
)
def test_a_stop_almost_hit_is_not_a_stop_hit(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.FOLLOW_UP


@pytest.mark.parametrize("text", ["#OP SL hit ❌ on to the next", "ARB hit SL, next one"])
def test_a_stop_hit_is_still_read(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (STOP_HIT,)


@pytest.mark.parametrize(
    "text",
    [
        "#ORDI re-enter after a 4h close above 41.16",
        "SOL re-enter once it reclaims 148.2",
        "ETH re-entry when BTC calms down, 3,380",
    ],
)
def test_a_reentry_after_a_condition_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_reentry_at_a_price_is_still_read() -> None:
    parsed = parse_message("#ORDI re-enter at 41.16")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (REENTRY,)
    assert parsed.price == pytest.approx(41.16)


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("#ENA lock in 70% profits now", 0.7),
        ("#TIA lock 70% here 🔒", 0.7),
        ("SOL locked in 40% profits ✅", 0.4),
        ("DIAUSDT half out here ✂️", 0.5),
        ("ETH half out now", 0.5),
    ],
)
def test_a_share_locked_in_or_taken_out_is_closed(text: str, share: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (CLOSE,)
    assert parsed.close_fraction == pytest.approx(share)


@given(coin=_COINS, share=st.integers(min_value=5, max_value=95))
def test_any_share_locked_in_is_that_share_closed(coin: str, share: int) -> None:
    parsed = parse_message(f"#{coin} lock in {share}% profits now")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.close_fraction == pytest.approx(share / 100)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("$BTC hit stop loss at 63,848.1 😔", 63848.1),
        ("#SOL hit our SL at 141.2", 141.2),
    ],
)
def test_a_stop_hit_at_its_price_is_no_stop_moved(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (STOP_HIT,)
    assert parsed.price == pytest.approx(price)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("$NEAR: add at 5.721 📥", 5.721),
        ("STX add more on a dip to 1.9288", 1.9288),
        ("#ATOM/USDT DCA at 9.012", 9.012),
        ("Added #1000PEPE at 0.0075931 (2nd buy)", 0.0075931),
    ],
)
def test_an_add_at_its_price_is_a_reentry(text: str, price: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.actions == (REENTRY,)
    assert parsed.price == pytest.approx(price)


@pytest.mark.parametrize("text", ["ETH add more on dips", "check this out", "SOL lock profits"])
def test_advice_without_a_price_or_share_stays_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_the_days_closed_trades_counted_back_are_talk() -> None:
    assert parse_message("Closed today: ARB +36%, OP +21%").kind is MessageKind.NOT_SIGNAL
