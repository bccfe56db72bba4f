"""A market fill beside a limit ("Entry: CMP & 0.512"), entries and stops offered as a choice
(review), templates sent with their placeholders unfilled (review), a coin in capitals before
a long dash and its side word, and a label word in brackets closing a price's line."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message

# (coin, side, market-side limit, targets, stop) for both sides and several decimals
CARDS = [
    ("SOL", "LONG", "142.5", ("152", "156.4"), "139.2"),
    ("XRP", "SHORT", "0.5311", ("0.5102", "0.4987"), "0.5460"),
    ("1000PEPE", "BUY", "0.0078412", ("0.0081345", "0.0083102"), "0.0076011"),
    ("BTC", "SELL", "64,810.5", ("62,100", "61,340.2"), "66,020"),
]


def _num(text: str) -> float:
    return float(text.replace(",", ""))


@pytest.mark.parametrize(
    "entry_line",
    [
        "Entry: CMP & {b}",
        "Entry: cmp and {b}",
        "Entries: CMP / {b}",
        "Entry — CMP + {b} (DCA)",
        "Enter at CMP, add at {b}",
        "Entry: market & {b}",
    ],
)
@pytest.mark.parametrize(("coin", "side", "b", "tps", "sl"), CARDS)
def test_a_market_word_joined_to_a_price_is_a_market_fill_and_a_limit_at_it(
    entry_line: str, coin: str, side: str, b: str, tps: tuple[str, str], sl: str
) -> None:
    text = f"${coin} {side}\n{entry_line.format(b=b)}\nTargets: {tps[0]} - {tps[1]}\nSL: {sl}"
    got = parse_message(text)
    assert got.kind is MessageKind.SIGNAL, got.reason
    assert got.order_type == "market"
    assert got.entries == (_num(b),)
    assert got.take_profits == tuple(_num(t) for t in tps)
    assert got.stop_loss == _num(sl)


@pytest.mark.parametrize(("coin", "side", "b", "tps", "sl"), CARDS)
def test_a_side_word_with_a_market_word_joined_to_a_price_keeps_the_price(
    coin: str, side: str, b: str, tps: tuple[str, str], sl: str
) -> None:
    word = "Buy" if side in ("LONG", "BUY") else "Sell"
    text = f"#{coin}USDT {side}\n{word}: CMP and {b}\nTP: {tps[0]}, {tps[1]}\nSL {sl}"
    got = parse_message(text)
    assert got.kind is MessageKind.SIGNAL, got.reason
    assert (got.order_type, got.entries) == ("market", (_num(b),))


@pytest.mark.parametrize(
    "entry_line",
    ["Entry: market (now ~{b})", "Entry: Market (≈ {b})", "Entry: at market (CMP {b})"],
)
def test_the_price_a_market_order_fills_near_stays_no_entry(entry_line: str) -> None:
    text = f"$SOL LONG\n{entry_line.format(b='148.2')}\nTargets: 152 - 156.4\nSL: 139.2"
    got = parse_message(text)
    assert got.kind is MessageKind.SIGNAL, got.reason
    assert (got.order_type, got.entries) == ("market", ())


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1000, max_value=99_000),
    st.sampled_from(["&", "and", "/", "+"]),
    st.sampled_from(["CMP", "cmp", "Cmp"]),
)
def test_any_limit_after_cmp_and_a_joiner_is_the_entry(cents: int, joiner: str, cmp: str) -> None:
    b = cents / 100
    tp1, tp2, sl = (f"{b * k:.2f}" for k in (1.05, 1.1, 0.95))
    text = f"$AVAX LONG\nEntry: {cmp} {joiner} {b:.2f}\nTP: {tp1} / {tp2}\nSL: {sl}"
    got = parse_message(text)
    assert got.kind is MessageKind.SIGNAL, got.reason
    assert (got.order_type, got.entries) == ("market", (b,))


@pytest.mark.parametrize(
    "entries",
    [
        "Primary Long Entry → 146.1 – 146.9 zone\n"
        "Aggressive Long Entry → at 148.2 (current price)\n"
        "Conservative Long Entry → 144.0 – 144.8 retest",
        "Aggressive entry: current price at $148.2\nConservative entry: on a pullback around "
        "$144.0–$144.8",
        "Entry (aggressive): 148.2\nEntry (safe): 144.0 – 144.8\nPick one, not both.",
        "1. Safe buy entry - 144.0\n2. Risky buy entry - 148.2",
    ],
)
def test_entries_offered_as_a_choice_go_to_review(entries: str) -> None:
    text = f"SOL/USDT — Long setup\n{entries}\nStop-loss: 140.1\nTP1: 152.3\nTP2: 156.0"
    got = parse_message(text)
    assert got.kind is MessageKind.NEEDS_REVIEW
    assert "choice" in got.reason


@pytest.mark.parametrize(
    "entry", ["Entry (aggressive): 148.2", "Aggressive entry: 148.2", "Entry: 148.2 (safe)"]
)
def test_one_qualified_entry_is_the_entry(entry: str) -> None:
    text = f"SOL/USDT — Long setup\n{entry}\nStop-loss: 140.1\nTP1: 152.3\nTP2: 156.0"
    got = parse_message(text)
    assert got.kind is MessageKind.SIGNAL, got.reason
    assert got.entries == (148.2,)


@pytest.mark.parametrize(
    ("side", "stop_line"),
    [
        ("LONG", "SL: 0.4553 (or 0.4470 for safety)"),
        ("LONG", "Stop: 0.4553 (scalpers) | 0.4470 (swing)"),
        ("LONG", "Stop-loss: 0.4553 / alt. 0.4470"),
        ("SHORT", "SL: 0.4891 (or 0.4960 on a daily close)"),
        ("SHORT", "Stop: 0.4891 (tight) / 0.4960 (safe)"),
    ],
)
def test_two_stops_to_choose_from_go_to_review(side: str, stop_line: str) -> None:
    if side == "LONG":
        levels = "Entry: 0.4645 - 0.4681\nTP1: 0.4774\nTP2: 0.4867"
    else:
        levels = "Entry: 0.4790 - 0.4822\nTP1: 0.4700\nTP2: 0.4610"
    got = parse_message(f"$ADA {side}\n{levels}\n{stop_line}")
    assert got.kind is MessageKind.NEEDS_REVIEW
    assert "choice" in got.reason


@pytest.mark.parametrize(
    "stop_line",
    [
        "SL: 0.4553 (or break-even after TP1)",
        "SL: 0.4553 (-2.8%)",
        "SL: 0.4553 or lower on a wick",
        "Stop: 0.4553 (4H close) | risk 1R",
        "SL: 0.4553 (hard) / 2% of account",
    ],
)
def test_one_stop_with_a_note_is_read(stop_line: str) -> None:
    text = f"$ADA LONG\nEntry: 0.4645 - 0.4681\nTP1: 0.4774\nTP2: 0.4867\n{stop_line}"
    got = parse_message(text)
    assert got.kind is MessageKind.SIGNAL, got.reason
    assert got.stop_loss == 0.4553


@pytest.mark.parametrize(
    "text",
    [
        "🚨 BYBIT:SOLUSDT.P — SHORT\nEntry: {{close}}\nTP1: {{plot_1}}\nSL: {{plot_2}}\nTF: 4h",
        "{{ticker}} {{strategy.order.action}} @ {{close}}",
        "📈 ETHUSDT.P LONG signal\nEntry: 3412.5\nTP1: {{ plot_1 }}\nSL: 3350",
        'LONG BTCUSDT\nEntry: {{close}}\nTP: {{plot("TP1")}}',
    ],
)
def test_a_template_sent_with_placeholders_unfilled_goes_to_review(text: str) -> None:
    got = parse_message(text)
    assert got.kind is MessageKind.NEEDS_REVIEW
    assert "placeholder" in got.reason


@pytest.mark.parametrize(
    "text",
    [
        "Tip: put {{close}} in the alert's message box and the bot gets the price.",
        "how do I send {{ticker}} to telegram? the alert only shows the name",
    ],
)
def test_talk_about_placeholders_is_never_acted_on(text: str) -> None:
    # ("put {{close}} in …" was read as a close before placeholders were looked for)
    assert parse_message(text).kind in (MessageKind.NOT_SIGNAL, MessageKind.NEEDS_REVIEW)


@pytest.mark.parametrize("coin", ["MOODENG", "NEIRO", "API3", "SOL"])
@pytest.mark.parametrize("dash", ["—", "–"])
def test_a_coin_in_capitals_before_a_long_dash_and_the_side(coin: str, dash: str) -> None:
    text = (
        f"{coin} {dash} Long (swing)\nEntry: 0.17295 – 0.17485\nStops: 0.16881 (4H close)\n"
        "Targets: 0.17846 / 0.18177"
    )
    got = parse_message(text)
    assert got.kind is MessageKind.SIGNAL, got.reason
    assert got.symbol == coin


@pytest.mark.parametrize(
    "text",
    ["Update — Long closed in profit", "Weekly recap — long trades did well, shorts not"],
)
def test_a_word_in_small_letters_before_a_dash_is_no_coin(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL
