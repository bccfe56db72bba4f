"""Alert bots' event types with their fields (one line or a few), a target hit told by its level
number, averages and further entries told filled, and the talk that uses the same words: lessons
told in general, other channels' and members' trades. Each is read as the one event at the price
its fields single out — never the target's or the order's number, never the average — or as
talk; what cannot be told stays with review."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind

HIT = FollowUpAction.TARGET_HIT
STOP_HIT = FollowUpAction.STOP_HIT
MOVED = FollowUpAction.STOP_MOVED
CLOSE = FollowUpAction.CLOSE
CANCEL = FollowUpAction.CANCEL
FILLED = FollowUpAction.ENTRY_FILLED


@pytest.mark.parametrize(
    ("text", "symbol", "action", "fields"),
    [
        ("EVENT: MOVE_STOP | SOL | new stop: 149.57", "SOL", MOVED, {"new_stop": 149.57}),
        ("[MOVE_SL] ARBUSDT | sl=1.0931", "ARB", MOVED, {"new_stop": 1.0931}),
        ("[SL_UPDATE] ETH/USDT · sl=3,402.5", "ETH", MOVED, {"new_stop": 3402.5}),
        ("Event: TRAIL | DOTUSDT | stop 6.284 → 6.471", "DOT", MOVED, {"new_stop": 6.471}),
        (
            "EVENT: BREAKEVEN | NEAR-USDT | stop set to entry",
            "NEAR",
            MOVED,
            {"stop_to_entry": True},
        ),
        (
            "ALERT ▸ TP_HIT ▸ ETHUSDT ▸ #2 ▸ 3,481.5",
            "ETH",
            HIT,
            {"target_index": 2, "price": 3481.5},
        ),
        ("TP3_FILLED | 1000PEPEUSDT | 0.0083411", "1000PEPE", HIT, {"target_index": 3}),
        ("event=stop_loss symbol=TIAUSDT fill=9.412", "TIA", STOP_HIT, {"price": 9.412}),
        ("SL_HIT · XRP/USDT · 0.5012", "XRP", STOP_HIT, {"price": 0.5012}),
        (
            "EVT | LINKUSDT | EXIT | exit 15.218",
            "LINK",
            CLOSE,
            {"price": 15.218, "close_fraction": 1.0},
        ),
        (
            "event: partial_close | AVAX/USDT | 40% | 36.12",
            "AVAX",
            CLOSE,
            {"price": 36.12, "close_fraction": 0.4},
        ),
        ("TYPE: CANCELLED | SUIUSDT | entry 1.0212 never reached", "SUI", CANCEL, {}),
        ("EVENT: ENTRY_FILLED | ADA-USDT | 0.4471", "ADA", FILLED, {"price": 0.4471}),
        (
            "🔔 EVENT\nType: TAKE_PROFIT\nSymbol: BNBUSDT\nTarget: 3\nPrice: 601.4",
            "BNB",
            HIT,
            {"target_index": 3, "price": 601.4},
        ),
        (
            "Event type: stop moved\nSymbol: OPUSDT\nNew stop: 2.3811\nOld stop: 2.2904",
            "OP",
            MOVED,
            {"new_stop": 2.3811},
        ),
        (
            "Event: TP\nPair: LTC-USDT\nLevel: 1\nFilled @ 84.17",
            "LTC",
            HIT,
            {"target_index": 1, "price": 84.17},
        ),
        (
            "Event: PARTIAL\nPair: WIFUSDT\nClosed: 30%\nAt: 2.5123",
            "WIF",
            CLOSE,
            {"close_fraction": 0.3, "price": 2.5123},
        ),
        (
            "Event: ENTRY\nPair: APT-USDT\nOrder: 2 of 3\nFilled: 8.731",
            "APT",
            FILLED,
            {"price": 8.731},
        ),
    ],
)
def test_an_event_type_with_its_fields(
    text: str, symbol: str, action: FollowUpAction, fields: dict[str, object]
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.symbol == symbol
    assert parsed.action is action
    for name, value in fields.items():
        got = getattr(parsed, name)
        assert got == (pytest.approx(value) if isinstance(value, float) else value), name


@pytest.mark.parametrize(
    "text",
    [
        "EVENT: HEARTBEAT | bot online | 4 open trades",
        "EVENT: PING | latency 120 ms | all systems normal",
        "Type: INFO\nMessage: exchange maintenance 02:00–03:00 UTC, orders stay in place",
        "Event: DAILY_SUMMARY\nOpen: 3 · Closed: 6 · Win rate: 71%",
    ],
)
def test_an_event_type_that_is_no_trade_event_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


def test_a_call_card_with_an_entry_type_stays_a_call() -> None:
    parsed = parse_message(
        "Type: Entry\nPair: SOLUSDT\nSide: Long\nEntry: 148.2\nTP1: 151\nTP2: 154\nSL: 144.9"
    )
    assert parsed.kind is not MessageKind.FOLLOW_UP


def test_an_event_with_two_prices_it_cannot_choose_is_not_read_as_one() -> None:
    parsed = parse_message("EVT | SOLUSDT | CLOSE | 151.2 | 149.8")
    assert not (parsed.kind is MessageKind.FOLLOW_UP and parsed.price in (151.2, 149.8))


@pytest.mark.parametrize(
    ("text", "symbol", "index", "price"),
    [
        (
            "✅ Take profit order filled\nPair: DOGE-USDT\nLevel: 2\nExecuted at: 0.13102",
            "DOGE",
            2,
            0.13102,
        ),
        ("SOL/USDT · take-profit level 1 reached · 163.67", "SOL", 1, 163.67),
        ("TP index: 2\nSymbol: INJUSDT\nAvg fill: 25.884", "INJ", 2, 25.884),
        ("Target no. 3 ✅ AVAX @ 37.41", "AVAX", 3, 37.41),
        ("🎯 OPUSDT\nTP level 1 of 3 hit\nPrice 2.4992", "OP", 1, 2.4992),
        ("Tier 2 target done on #SEI (0.4582)", "SEI", 2, 0.4582),
        ("Profit level 1 ✅ LTC-USDT 87.75", "LTC", 1, 87.75),
        ("$NEAR: level 3 target in ✅ price 5.935", "NEAR", 3, 5.935),
        ("Target level: 2\nStatus: hit ✅\nPair: ETH-USDT\nFill price: 3,512.4", "ETH", 2, 3512.4),
    ],
)
def test_a_target_told_by_its_level_number(
    text: str, symbol: str, index: int, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert (parsed.symbol, parsed.action, parsed.target_index) == (symbol, HIT, index)
    assert parsed.price == pytest.approx(price)


@pytest.mark.parametrize(
    "text",
    ["$LTC TP level 2 is 4.3% away (85.99)", "TP3 order for $SOL placed at 148.36, waiting"],
)
def test_a_level_not_reached_is_not_a_hit(text: str) -> None:
    assert parse_message(text).action is not HIT


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        ("📊 AVG DOWN SOLUSDT @ 146.31 | avg entry now 147.22", "SOL", 146.31),
        ("1INCHUSDT position averaged ➕ fill 0.4592 · avg 0.4565", "1INCH", 0.4592),
        ("DCA'd into #BTC at 56,798.8, average 56,970.2", "BTC", 56798.8),
        ("➕ AVERAGED IN INJUSDT @ 23.685 | Avg: 23.614", "INJ", 23.685),
        ("Averaging order 2 filled · AVAXUSDT · 38.64", "AVAX", 38.64),
        ("#APTUSDT averaged down ✅ 9.587", "APT", 9.587),
        ("Cost averaged $DOGE: filled 0.12561, new cost 0.12487", "DOGE", 0.12561),
        ("OPUSDT\nAveraged: 2.4269\nNew average: 2.4417", "OP", 2.4269),
    ],
)
def test_an_average_is_the_entry_filled_at_the_fill(text: str, symbol: str, price: float) -> None:
    parsed = parse_message(text)
    assert (parsed.kind, parsed.symbol, parsed.action) == (MessageKind.FOLLOW_UP, symbol, FILLED)
    assert parsed.price == pytest.approx(price)


@pytest.mark.parametrize(
    ("text", "symbol", "price"),
    [
        ("#SUIUSDT 3rd limit triggered 📥 1.0253", "SUI", 1.0253),
        ("Both entries on #DOT are in ✅", "DOT", None),
        ("#ADA: DCA 2 in ✅ (0.4649)", "ADA", 0.4649),
        ("#SUIUSDT filled the second order ✅ 1.0376", "SUI", 1.0376),
        ("#APTUSDT all 3 entries executed ✅", "APT", None),
        ("$INJ second entry at 22.363 got hit, position complete", "INJ", 22.363),
        ("#ETHUSDT 2nd buy order got executed at 3,288.1", "ETH", 3288.1),
    ],
)
def test_a_further_entry_told_filled(text: str, symbol: str, price: float | None) -> None:
    parsed = parse_message(text)
    assert (parsed.kind, parsed.symbol, parsed.action) == (MessageKind.FOLLOW_UP, symbol, FILLED)
    assert parsed.price == (None if price is None else pytest.approx(price))


@pytest.mark.parametrize(
    "text",
    [
        "Never average a losing trade without a plan 📚",
        "I averaged my #SOL at 139.2 myself, is that ok?",
        "#LINK do not average here, wait for 14.31",
        "My TRX order got filled at 0.12636 🙌 thanks",
        "Got filled on #ETH at 3,301.2 too? 👀",
        "#ADA 2nd entry not filled yet, order stays at 0.4857",
        "📥 #WIF: sell order 3 executed at 2.6793",
    ],
)
def test_an_average_or_a_fill_that_is_not_the_channels_is_not_read(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.action is not FILLED
    assert parsed.kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "TP1 is for taking a part off, it doesn't mean close the whole trade",
        "Closing everything at the first take profit leaves money on the table",
        "Partial profits at each TP = less stress. Full close only at the last target.",
        "Newbies close in panic at the first red candle. Trust your stop.",
        "Tip: when TP2 hits, most of us close half and trail the stop",
        "Why we close 30% at TP1: it pays for the risk of the whole trade",
        "Closing early is the most common mistake we see",
        "Rule of thumb: after the first target, close a third and let the rest run",
    ],
)
def test_a_lesson_with_close_words_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "Close half here, move SL to entry now",
        "every target done ✅ +82.4% (50x)",
        "#SOL TP1 ✅ close 50% and move SL to entry",
    ],
)
def test_an_update_for_now_is_no_lesson(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "Screenshot from a member: closed APT at 8.186 for +51% 🎉",
        "Our competitors' ORDI long got stopped at 37.77 lol",
        "Other group called $OP long at 2.4586, we skipped it — not our setup",
        "#SOL hit TP2 on another channel's call today, not ours",
        "@dave: filled on #SOLUSDT at 159.6, stop 166.16, fingers crossed 🤞",
        "A member's result: #LINK closed at 15.42 for +18% 🎉",
    ],
)
def test_another_channels_or_a_members_trade_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, the #ARB setup was meant for another group — don't take it",
        "#SOL TP2 hit ✅ congrats members, move SL to entry",
    ],
)
def test_the_channels_own_update_beside_such_words_is_not_talk(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["SOLUSDT", "ETH/USDT", "ATOM-USDT", "1000SHIBUSDT"]),
    st.integers(min_value=1, max_value=5),
    st.floats(min_value=0.001, max_value=90_000).map(lambda v: round(v, 4)),
    st.sampled_from([" | ", " ▸ ", " · "]),
)
def test_an_event_line_reads_its_price_not_its_number(
    pair: str, n: int, price: float, bar: str
) -> None:
    parsed = parse_message(f"EVENT: TP{bar}{pair}{bar}target {n}{bar}price {price}")
    if parsed.kind is MessageKind.FOLLOW_UP:
        assert parsed.action is HIT
        assert parsed.price == pytest.approx(price)
        assert parsed.target_index in (n, None)
