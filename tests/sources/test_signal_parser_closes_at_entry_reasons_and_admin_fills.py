"""An admin's close at the entry kept apart from a stop hit there, closes and cancels with their
reasons, entries told filled in an admin's words, re-opens and halves secured, and the talk
that uses the same words. A close at the entry ("closed at BE", "scratched at entry", "took it
off at entry") is a whole close; a stop left at the entry and hit ("stopped at breakeven", "BE
stop hit", "break-even stop triggered @ p") a stop hit; a close that names the position it
closes with "invalidated" beside it a whole close, while "exit now, invalidated" still goes to
review (closed if the order filled, cancelled if not)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind

STOP_HIT = FollowUpAction.STOP_HIT
CLOSE = FollowUpAction.CLOSE
CANCEL = FollowUpAction.CANCEL
FILLED = FollowUpAction.ENTRY_FILLED
REENTRY = FollowUpAction.REENTRY


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("#AVAX closed at BE 🤝", "AVAX"),
        ("$LTC closed at breakeven, nothing lost", "LTC"),
        ("closed at b/e", None),
        ("Scratched $NEAR at entry. Chop all day, no reason to stay.", "NEAR"),
        ("scratched #INJ at BE", "INJ"),
        ("We took #APTUSDT off at entry, flat trade", "APT"),
        ("taking it off at break-even on $OP", "OP"),
        ("Manually closed SUI/USDT at entry, 0% ✋", "SUI"),
    ],
)
def test_a_close_at_the_entry_is_a_whole_close(text: str, symbol: str | None) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.actions == (CLOSE,) and parsed.close_fraction == 1.0, text
    assert parsed.symbol == symbol


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        ("#ATOM stopped at breakeven, no harm done", "ATOM", None),
        ("BE stop hit on $WIF 🤝", "WIF", None),
        ("$ADA came back and tagged our BE stop", "ADA", None),
        ("#LINK long: break-even stop filled", "LINK", None),
        ("Break-even stop on #XRPUSDT triggered @ 0.5231", "XRP", 0.5231),
        ("BE stop on ETH/USDT hit at 3,398.5", "ETH", 3398.5),
        ("#TIAUSDT: SL (entry) executed", "TIA", None),
    ],
)
def test_a_stop_left_at_the_entry_and_hit_is_a_stop_hit(
    text: str, symbol: str, price: float | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.actions == (STOP_HIT,) and not parsed.stop_to_entry, text
    assert (parsed.symbol, parsed.price) == (symbol, price)


@pytest.mark.parametrize(
    "text",
    [
        "$OP came within a few ticks of our BE stop and bounced 😮‍💨",
        "What happens if the BE stop is hit? You lose nothing but the fees.",
        "Breakeven trades are part of the game, don't let them frustrate you",
        "Never re-open a trade just because you got stopped at breakeven",
        "Month stats: 71% win rate, 3 trades closed at entry, 0 liquidations",
        "A setup is invalidated when a candle closes past the level, not on a wick.",
        "Invalidated setups: we close them, we don't hope.",
        "Got my #SEIUSDT filled at 0.4812 from your signal, thanks 🙏",
        "my DOGE limit got filled 🙌",
        "Anyone else filled on $AVAX? I'm in at 35.21",
        "#DOT order still waiting at 6.421, not filled yet ⏳",
        "$BNB: don't cancel, the order is still valid ⏳",
    ],
)
def test_talk_with_the_same_words_stays_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, (text, parsed.kind, parsed.actions)


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        ("Close #ARB short now, setup invalidated ⚠️", "ARB", None),
        ("Invalidated ❌ close your $ETH long at market", "ETH", None),
        ("Closing SOL/USDT — the setup is invalid, we're out", "SOL", None),
        ("#BNB closed ✅ 591.4 (+1.9%). Reason: resistance held", "BNB", 591.4),
        ("$AVAX closed ✔️ 35.71, trend changed", "AVAX", 35.71),
    ],
)
def test_a_close_with_its_reason_is_a_whole_close(
    text: str, symbol: str, price: float | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.actions == (CLOSE,) and parsed.close_fraction == 1.0, text
    assert (parsed.symbol, parsed.price) == (symbol, price)


@pytest.mark.parametrize(
    "text",
    [
        "$LINK exit at market, invalidated ❌",
        "exit now, invalidated",
        "$KAS exit now, trade invalid",
        "TRX/USDT trade invalid ⚠️ close it at market",
        "1INCH/USDT invalidated — if you're in, close; if not, cancel",
        "#SOL long invalidated, close the position or cancel the order",
    ],
)
def test_an_invalidation_that_may_mean_either_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (text, parsed.kind, parsed.actions)


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Pull the $ATOM limit at 8.09, news incoming", "ATOM"),
        ("pull the #LTC buy limit, price ran away", "LTC"),
        ("#SUI not triggered, cancel ❌", "SUI"),
    ],
)
def test_a_cancel_with_its_reason(text: str, symbol: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert (parsed.actions, parsed.symbol) == ((CANCEL,), symbol)


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        ("#ATOMUSDT limit filled ✅ we're in at 8.154", "ATOM", 8.154),
        ("We're in on $ETH ✅ 3,401.25", "ETH", 3401.25),
        ("#LTC got filled at 82.17 📥", "LTC", 82.17),
        ("$APT order triggered, we're live 🟢", "APT", None),
        ("Entry hit ✅ #TRX short active", "TRX", None),
        ("Filled our bid on #DOGE at 0.12288", "DOGE", 0.12288),
        ("In at 24.71 on $INJ ✅ stop and targets as posted", "INJ", 24.71),
        ("Position opened on #BTC at 63,512.4 🟢", "BTC", 63512.4),
        ("#NEAR: we got in at 5.611. Let it work.", "NEAR", 5.611),
        ("#NEAR short is active now, entry 5.836 filled", "NEAR", 5.836),
    ],
)
def test_an_entry_told_filled_in_an_admins_words(
    text: str, symbol: str, price: float | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.actions == (FILLED,), text
    assert (parsed.symbol, parsed.price) == (symbol, price)


@pytest.mark.parametrize(
    ("text", "symbol", "action", "fields"),
    [
        ("#TRXUSDT: taking it again at 0.11506 🔁 same stop", "TRX", REENTRY, {"price": 0.11506}),
        ("Back in $SOL long at 147.35, same plan", "SOL", REENTRY, {"price": 147.35}),
        ("Secure half, SEI/USDT 0.5056 🔒", "SEI", CLOSE, {"close_fraction": 0.5, "price": 0.5056}),
        ("secure half here (1.1342) on #ARB, rest runs", "ARB", CLOSE, {"price": 1.1342}),
        ("Secure half on $BNB here, +2.4%", "BNB", CLOSE, {"price": None}),
    ],
)
def test_re_opens_and_halves_secured(
    text: str, symbol: str, action: FollowUpAction, fields: dict[str, object]
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert (parsed.action, parsed.symbol) == (action, symbol), text
    for name, value in fields.items():
        assert getattr(parsed, name) == value, (text, name)


_COINS = st.sampled_from(["SOL", "AVAX", "LINK", "DOT", "ATOM", "INJ", "OP", "ARB"])
_TAGS = st.sampled_from(["#", "$", ""])


@settings(max_examples=40, deadline=None)
@given(coin=_COINS, tag=_TAGS, cents=st.integers(min_value=101, max_value=99_999))
def test_an_admins_fill_is_filled_at_its_one_price(coin: str, tag: str, cents: int) -> None:
    """Whatever the coin and the price, "limit filled ✅ we're in at p" is the entry filled at p,
    never a new call, a close or talk."""
    price = cents / 100
    parsed = parse_message(f"{tag}{coin} limit filled ✅ we're in at {price}")
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert (parsed.actions, parsed.symbol, parsed.price) == ((FILLED,), coin, price)


@settings(max_examples=30, deadline=None)
@given(
    coin=_COINS,
    tag=_TAGS,
    spelled=st.sampled_from(["BE", "breakeven", "break-even", "b/e", "entry"]),
)
def test_closed_at_the_entry_is_never_a_stop_hit(coin: str, tag: str, spelled: str) -> None:
    parsed = parse_message(f"{tag}{coin} closed at {spelled} 🤝")
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.actions == (CLOSE,) and parsed.close_fraction == 1.0
