# ruff: noqa: E501  (messages read best on one line each)
"""Exit words as a scalp's target, the traded coin named after another, averages after a ladder,
spot buys written as sentences and bots' lower-case "ticker:" labels — and the closes, talk and
follow-ups beside them that must not read as cards."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind


def _card(text: str) -> tuple:
    r = parse_message(text)
    assert r.kind is MessageKind.SIGNAL, (text, r.reason)
    return (r.symbol, r.side.value, list(r.entries), list(r.take_profits), r.stop_loss)


# ---- an exit word as the one target ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "⚡ SCALP #AVAX\nLong 35.12\nExit 35.41\nStop 34.9\nx20",
            ("AVAX", "long", [35.12], [35.41], 34.9),
        ),
        (
            "🏎 #XRP quick one\nShort 0.5321\nExit: 0.5287\nSL: 0.5349",
            ("XRP", "short", [0.5321], [0.5287], 0.5349),
        ),
        (
            "Scalp $NEAR long 5.612, exit 5.655, stop 5.581, 25x",
            ("NEAR", "long", [5.612], [5.655], 5.581),
        ),
        (
            "Quick flip on #INJ: short below 24.61, out at 24.32, stop 24.83",
            ("INJ", "short", [24.61], [24.32], 24.83),
        ),
        (
            "LTC scalp long: in 82.41 / out 83.05 / stop 81.96",
            ("LTC", "long", [82.41], [83.05], 81.96),
        ),
        (
            "$DOGE short 0.12341, cover 0.12205, stop 0.12452",
            ("DOGE", "short", [0.12341], [0.12205], 0.12452),
        ),
        ("$ARB long 1.1208, book 1.1307, stop 1.1131", ("ARB", "long", [1.1208], [1.1307], 1.1131)),
        (
            "#BTC long 63,450.5 → out 63,980 | sl 63,120",
            ("BTC", "long", [63450.5], [63980.0], 63120.0),
        ),
    ],
)
def test_an_exit_word_with_a_side_entry_and_stop_is_the_cards_target(
    text: str, want: tuple
) -> None:
    assert _card(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Exit #SOL now at 150.2, we're out 🚪",
        "#SOL scalp update\nExit at 150.2 ✅ (+0.8%)",
        "Out of $SOL at 150.2, flip done ✅",
        "Scalp on #SOL done, out at 150.2 (+0.7%)",
        "SCALP TRADE (15m)\n$SOL long\nScalp done, out at 150.2 ✅ +1.4%",
        "#SOL long 148.2 was the call, exit 150.2, stop was 147.1",
    ],
)
def test_an_exit_told_after_the_trade_is_a_close_not_a_card(text: str) -> None:
    r = parse_message(text)
    assert r.kind is not MessageKind.SIGNAL, r
    if r.kind is MessageKind.FOLLOW_UP:
        assert r.action is FollowUpAction.CLOSE and r.symbol == "SOL"


def test_exit_liquidity_is_talk() -> None:
    r = parse_message("Exit liquidity alert: $XRP pumped 40% on a listing rumour, don't chase it")
    assert r.kind is MessageKind.NOT_SIGNAL


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([("SOL", 2), ("LINK", 3), ("XRP", 4), ("1000PEPE", 7), ("ETH", 2)]),
    st.booleans(),
    st.floats(min_value=0.5, max_value=5000),
    st.sampled_from(["Exit", "Exit:", "Out:", "Out", "Cash out -"]),
)
def test_the_exit_price_of_a_scalp_card_is_never_a_close(coin, long, price, word) -> None:
    base, dec = coin
    sign = 1 if long else -1
    entry = round(price, dec)
    exit_ = round(entry * (1 + sign * 0.006), dec)
    stop = round(entry * (1 - sign * 0.005), dec)
    if len({entry, exit_, stop}) < 3:
        return
    side = "Long" if long else "Short"
    text = f"⚡ SCALP #{base}\n{side} {entry}\n{word} {exit_}\nStop {stop}"
    r = parse_message(text)
    assert r.kind is not MessageKind.FOLLOW_UP, (text, r)
    if r.kind is MessageKind.SIGNAL:
        assert list(r.take_profits) == [exit_] and r.stop_loss == stop


# ---- the traded coin named after another ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coin"),
    [
        ("$BTC holding, but $WIF is the play: long at 2.6068, target 2.662, stop 2.539.", "WIF"),
        ("$ETH chopping. $OP is where the action is 👉 short 2.4333, tp 2.3878, sl 2.5077", "OP"),
        ("Not touching $SOL here. My trade: $TIA long 9.81 / target 10.02 / stop 9.55", "TIA"),
        (
            "$BTC looks tired, rotating into $ORDI: long from 38.14, targets 38.87 and 39.6, invalidation 37.11",
            "ORDI",
        ),
        ("While everyone watches $ETH, I'm shorting $LINK at 14.851 🎯 14.62 ❌ 15.08", "LINK"),
        (
            "$BTC ranging, $ETH ranging, $DOT breaking out. Short 6.796, target 6.658, stop 6.929",
            "DOT",
        ),
        (
            "$BTC update: holding 63,450\n\nMeanwhile #API3:\nShort 1.5386\nTP 1.5084\nSL 1.5967",
            "API3",
        ),
        ("Skip $SOL today. $NEAR long 5.583-5.639, targets 5.757 / 5.882, stop 5.364", "NEAR"),
    ],
)
def test_the_traded_coin_is_the_one_the_side_word_goes_with(text: str, coin: str) -> None:
    r = parse_message(text)
    assert r.kind is MessageKind.SIGNAL and r.symbol == coin, (r.kind, r.symbol, r.reason)


@pytest.mark.parametrize(
    "text",
    [
        "$BTC and $ETH both stuck in the range. No trade from me until 2.61 on $WIF breaks 👀",
        "$BTC up, $SOL up, everything green today 🟢 No new trades, managing the open ones.",
        "$BTC dominance at 58%, $ARB still lagging. Not trading either until the weekly close.",
    ],
)
def test_two_coins_and_no_trade_stay_talk(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        # a side for each coin: two trades, never one coin's with the other's prices
        "$BTC long 63,450, $ETH short 3,412, stops 62,800 and 3,480",
        # coins listed or tagged side by side with no clause of their own: which one is unsaid
        "$SOL $AVAX long 35.2 tp 36 sl 34.5",
        "$SOL, $AVAX long 35.2 tp 36 sl 34.5",
        # the other coin named after the traded one: left as written
        "$WIF long 2.6068, target 2.662, stop 2.539 — $BTC holding too",
    ],
)
def test_two_coins_with_unclear_roles_are_never_copied_on_the_first(text: str) -> None:
    r = parse_message(text)
    assert not (r.kind is MessageKind.SIGNAL and r.symbol == "BTC" and r.entries[0] < 100)
    assert not (r.kind is MessageKind.SIGNAL and r.symbol in ("SOL", "AVAX"))


# ---- an average after a ladder ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "ATOM SHORT — entries 7.938 / 7.99 / 8.11, avg ≈ 8.013, targets 7.811, 7.713, stop 8.338",
            [7.938, 7.99, 8.11],
        ),
        (
            "SEI/USDT long | DCA 0.5264 → 0.5238 → 0.5196 | blended 0.5233 | tp 0.5342 | sl 0.5008",
            [0.5264, 0.5238, 0.5196],
        ),
        (
            "#AVAX sell 35.2, 35.41, 35.9 — avg entry ~35.5. Targets 34.6, 34.1. Stop 36.8",
            [35.2, 35.41, 35.9],
        ),
        (
            "BTC LONG — entries 63,450 / 63,100 / 62,400, avg ~62,983, targets 64,600, stop 61,500",
            [63450.0, 63100.0, 62400.0],
        ),
    ],
)
def test_an_average_after_the_entries_is_no_entry(text: str, entries: list[float]) -> None:
    r = parse_message(text)
    assert r.kind is MessageKind.SIGNAL and list(r.entries) == entries, (r.entries, r.reason)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("BNB avg entry ≈ 573.8 after the second fill, targets unchanged", 573.8),
        ("#SOL entry 2 filled ✅ blended entry now 147.35", 147.35),
    ],
)
def test_an_average_in_a_follow_up_is_the_fills_price(text: str, price: float) -> None:
    r = parse_message(text)
    assert r.kind is MessageKind.FOLLOW_UP and r.action is FollowUpAction.ENTRY_FILLED
    assert r.price == price


# ---- spot buys written as sentences -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bought some $JUP spot at 0.9367, holding for 0.9744 / 1.0112. No leverage.",
            ([0.9367], [0.9744, 1.0112], None),
        ),
        (
            "#LINK spot: bought at 14.85 🛒 holding for 15.62 and 16.4, no leverage, no stop",
            ([14.85], [15.62, 16.4], None),
        ),
        (
            "Grabbed a spot position in $SUI at 1.028, first sell 1.0772, second sell 1.1252, invalidation 0.9447",
            ([1.028], [1.0772, 1.1252], 0.9447),
        ),
        (
            "Adding $DOT to the spot bag around 6.42 🎒 sell 6.74, 7.05. Cut below 5.98.",
            ([6.42], [6.74, 7.05], 5.98),
        ),
    ],
)
def test_a_first_person_spot_buy_reads_as_a_spot_long(text: str, want: tuple) -> None:
    r = parse_message(text)
    assert r.kind is MessageKind.SIGNAL and r.market == "spot" and r.side.value == "long", r.reason
    assert (list(r.entries), list(r.take_profits), r.stop_loss) == want


@pytest.mark.parametrize(
    "text",
    [
        "Still holding my $JUP spot bag from 0.9367, not selling anything this week 💎",
        "Bought some $JUP spot at 0.9367, sold at 1.0112 for +8% ✅",
        "Bought $SOL spot at 148.2 and $ETH spot at 3,412 last month, holding for 160 / 3,800",
    ],
)
def test_spot_bags_told_or_held_are_no_calls(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL


# ---- bots' lower-case "ticker:" labels ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "coin"),
    [
        (
            "event: new\nticker: KAITO\nside: long\nentry: 1.4014\nstop: 1.335\ntargets: 1.4293",
            "KAITO",
        ),
        ("ticker: usual\nside: short\nentry: 0.3448\ntargets: 0.3374\nstop: 0.3597", "USUAL"),
        ("Ticker: SOL\nSide: long\nEntry: 148.2\nTP: 151.3\nSL: 146.1", "SOL"),
        ("ticker - PENGU\nside - long\nentry - 0.012345\ntp - 0.012601\nsl - 0.012102", "PENGU"),
    ],
)
def test_a_ticker_label_names_the_coin(text: str, coin: str) -> None:
    r = parse_message(text)
    assert r.kind is MessageKind.SIGNAL and r.symbol == coin, r.reason


def test_a_ticker_word_without_its_separator_names_no_coin() -> None:
    r = parse_message("ticker tape looks wild today, long 148.2 tp 151 sl 146")
    assert r.symbol != "TAPE"
