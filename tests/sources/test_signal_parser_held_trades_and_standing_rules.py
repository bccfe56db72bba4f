"""Talk about trades rather than updates of them: a trade told held ("we're still in", "the
long from 3693.4 needs time"), a coin watched with nothing placed yet, and a channel's standing
rules ("on all our calls", "unfilled limits get cancelled after 24h"). Each stays talk; the same
words beside an instruction or a call keep the reading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.house_rules import house_rule
from tradermanager.sources.signal_parser.open_trades import open_trade_talk


@pytest.mark.parametrize(
    "text",
    [
        "#BTC average entry for the call is 60428.6, we're still in",
        "$SOL entry was 148.21, we are still in.",
        "Patience on ETH/USDT, the long from 3693.4 needs time",
        "#DOGE our short from 0.13482 needs more time, patience",
        "Eyeing ETH near 3207.55 for a short, nothing placed yet",
        "Watching #SEI around 0.5044 for a long, no orders placed yet",
        "Rule: move SL to entry after TP1 on all our calls",
        "For all our trades we close 30% at TP1",
        "Remember: unfilled limits get cancelled after 24h when the entry is not reached",
        "Unfilled entries are cancelled after 48h",
    ],
)
def test_held_trades_watched_coins_and_standing_rules_are_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed


@pytest.mark.parametrize(
    "text",
    [
        # an instruction beside "still in"
        "#BTC we're still in, move SL to entry at 60428.6",
        "the long from 3693.4 needs time, add more at 3650",
        # the trade named by its entry, but no word of patience
        "#ETH the long from 3693.4, close half at 3760",
        # a call beside "nothing placed yet"
        "ETH SHORT 3207.55, nothing placed yet, SL 3290, TP 3100",
    ],
)
def test_the_same_words_beside_an_instruction_or_a_call_are_not_talk(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL


def test_from_alone_is_no_holding() -> None:
    assert open_trade_talk("the long from 3693.4") is None
    assert open_trade_talk("the long from 3693.4 needs time") is not None
    assert open_trade_talk("we're still in profit on it, closing now") is None


def test_a_rule_for_one_trade_is_no_standing_rule() -> None:
    assert not house_rule("move sl to entry on our sol call")
    assert house_rule("move sl to entry after tp1 on all our calls")


@settings(max_examples=60, deadline=None)
@given(
    coin=st.sampled_from(["#BTC", "$SOL", "ETH/USDT", "#1000PEPE", "LINKUSDT"]),
    price=st.decimals(min_value="0.0001", max_value="90000", places=4),
)
def test_still_in_with_an_entry_is_never_copied(coin: str, price: object) -> None:
    parsed = parse_message(f"{coin} average entry for the call is {price}, we're still in")
    assert parsed.kind in (MessageKind.NOT_SIGNAL, MessageKind.NEEDS_REVIEW), parsed
