"""A follow-up carries every action it states, and a reply under a quoted signal is read as
the reply: properties over generated messages (the corpus's follow-up round has the layouts)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import (
    FollowUpAction,
    MessageKind,
    ParsedMessage,
    follow_ups,
    numbers,
    parse_message,
)

COINS = ["BTC", "ETH", "SOL", "1000PEPE", "LINK", "AVAX"]
PRICES = st.decimals(min_value="0.0001", max_value="90000", places=4).map(
    lambda d: format(d.normalize(), "f")
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(COINS),
    st.integers(1, 99),
    PRICES,
    st.sampled_from(["close {p}% here", "book {p}% profits", "take {p}% off", "secure {p}%"]),
    st.sampled_from(["move SL to {s}", "stop loss to {s}", "new SL {s}", "SL moved to {s}"]),
    st.sampled_from([" and ", ", ", ". ", "\n", " & "]),
    st.booleans(),
)
def test_a_close_and_a_stop_move_are_both_read_whatever_their_order(
    coin: str, share: int, stop: str, close: str, move: str, joiner: str, stop_first: bool
) -> None:
    parts = [close.format(p=share), move.format(s=stop)]
    if stop_first:
        parts.reverse()
    parsed = parse_message(f"#{coin} " + joiner.join(parts))
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert [a.value for a in parsed.actions] == ["close", "stop_moved"]
    assert parsed.close_fraction == share / 100
    assert parsed.new_stop == float(stop)
    assert parsed.symbol == coin


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 5),
    st.integers(20, 300),
    st.sampled_from([5, 10, 20]),
    st.sampled_from(["Target {n} done 🔥", "TP{n} ✅", "Take-Profit target {n} ✅", "TP{n} hit"]),
    st.sampled_from(["profit {r}% with {x}x", "Profit: {r}% 📈", "(+{r}% {x}x)", "+{r}% ROI"]),
)
def test_a_result_beside_a_target_hit_is_never_a_share_to_close(
    n: int, result: int, lev: int, hit: str, profit: str
) -> None:
    text = f"#ETH {hit.format(n=n)} {profit.format(r=result, x=lev)}. Move SL to entry"
    parsed = parse_message(text)
    assert (parsed.action.value if parsed.action else None, parsed.target_index) == (
        "target_hit",
        n,
    ), text
    assert parsed.close_fraction is None and parsed.stop_to_entry


REPLIES = [
    "TP1 hit ✅ move SL to entry",
    "Close half here 💰",
    "Stopped out ❌",
    "Move stop to TP1",
    "Cancelled, entry not reached ❌",
    "book 30% profits",
    "Nice one 🔥",
    "Still holding",
]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["BTC", "SOL", "LINK", "DOGE"]),
    st.sampled_from(["LONG", "SHORT"]),
    st.lists(PRICES, min_size=3, max_size=4),
    st.sampled_from(REPLIES),
    st.sampled_from(["> ", ">", "  > "]),
)
def test_a_reply_under_a_quoted_signal_is_never_a_new_signal(
    coin: str, side: str, prices: list[str], reply: str, mark: str
) -> None:
    entry, *rest = prices
    quote = [f"#{coin} {side} {entry}", f"TP {' '.join(rest[:-1])}", f"SL {rest[-1]}"]
    text = "\n".join(mark + line for line in quote) + "\n" + reply
    parsed, alone = parse_message(text), parse_message(reply)
    assert parsed.kind is not MessageKind.SIGNAL
    if alone.kind is MessageKind.FOLLOW_UP:
        assert parsed.kind is MessageKind.FOLLOW_UP and parsed.symbol == coin
        assert parsed.actions == alone.actions


TARGET_TEXT = st.lists(
    st.sampled_from([*" 12#✅🎯:\n", "tp", "target", "TP1 ✅ ", "hit", "entry ", "sl to tp2"]),
    max_size=14,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(TARGET_TEXT)
def test_every_target_hit_is_found_as_the_written_pattern_finds_it(text: str) -> None:
    fast = [(m.span(), m.groups()) for m in follow_ups.TARGET_HIT.finditer(text)]
    written = [(m.span(), m.groups()) for m in follow_ups.TARGET_HIT.full.finditer(text)]
    assert fast == written


CLOSE_TEXT = st.lists(
    st.sampled_from(
        [
            *" .,\n%5",
            *("close", "closing", "closed", "exit", "booking", "take", "taking", "taken", "took"),
            *("secure", "закрываем", "cerrar", "fechar", "fermer", "schließen", "schliessen"),
            *("tutup", "kâr al", "kar al", "kâr  al", "tak", "r al", "KÂR AL", "SCHLIESSEN"),
        ]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(CLOSE_TEXT)
def test_a_close_word_is_only_looked_for_where_a_hint_of_it_stands(text: str) -> None:
    lower = numbers.lowered(text)
    if follow_ups.CLOSE.search(lower):
        assert follow_ups._has(lower, follow_ups._CLOSE_HINTS)


def test_a_follow_up_is_built_with_every_field_in_its_place() -> None:
    parsed = parse_message("#SOL TP2 ✅ close 30% and move SL to 150.5")
    expected = ParsedMessage(
        MessageKind.FOLLOW_UP,
        symbol="SOL",
        token="SOL",
        contract="SOLUSDT",
        action=FollowUpAction.TARGET_HIT,
        target_index=2,
        new_stop=150.5,
        close_fraction=0.3,
        confidences=(("action", 1.0),),
        actions=(FollowUpAction.TARGET_HIT, FollowUpAction.CLOSE, FollowUpAction.STOP_MOVED),
    )
    assert parsed == expected


SMALL_COINS = ["sol", "dot", "link", "avax", "arb", "inj", "tia", "ada", "xrp", "ltc", "doge"]
SMALL_UPDATES = [
    "{c} hit tp{k}",
    "{c} tp{k} ✅",
    "{c} sl to be",
    "{c} stopped out",
    "{c} close half",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(SMALL_COINS), min_size=2, max_size=2, unique=True),
    st.lists(st.sampled_from(SMALL_UPDATES), min_size=2, max_size=2),
    st.integers(1, 4),
    st.sampled_from([" ", ", ", " and ", " / ", "\n", " | "]),
)
def test_two_coins_typed_in_small_letters_are_never_one_coins_update(
    coins: list[str], updates: list[str], k: int, joiner: str
) -> None:
    text = joiner.join(u.format(c=c, k=k) for u, c in zip(updates, coins, strict=True))
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (text, parsed)
    one = parse_message(updates[0].format(c=coins[0], k=k))
    assert one.kind is MessageKind.FOLLOW_UP and one.symbol == coins[0].upper()


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(COINS),
    PRICES,
    st.sampled_from(
        ["#{c} {p} reached 🎯", "{c} target {p} hit ✅", "#{c} hit {p} ✅🎯", "🎯 {p} reached #{c}"]
    ),
)
def test_a_hit_named_by_its_price_carries_that_price_and_no_target_number(
    coin: str, price: str, template: str
) -> None:
    text = template.format(c=coin, p=price)
    parsed = parse_message(text)
    if float(price) <= 20 and "." not in price:
        return  # a small whole number may be a target's number: not asserted here
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert (parsed.action, parsed.target_index, parsed.price) == (
        FollowUpAction.TARGET_HIT,
        None,
        float(price),
    ), text


def test_add_more_is_a_reentry_only_with_its_price() -> None:
    for text, price in (("Add more $ETH at 3,380", 3380.0), ("#SOL add more at 141.2 📥", 141.2)):
        parsed = parse_message(text)
        assert (parsed.kind, parsed.action, parsed.price) == (
            MessageKind.FOLLOW_UP,
            FollowUpAction.REENTRY,
            price,
        ), text
    assert parse_message("add more on dips").kind is MessageKind.NOT_SIGNAL
    # a card's own "Add more at" line is its second entry, not a re-entry
    card = parse_message("Short #DIA\nCMP: 0.7185\nAdd more at 0.7401\nTargets: 0.6942\nSL: 0.7697")
    assert card.kind is MessageKind.SIGNAL and card.entries == (0.7185, 0.7401)
