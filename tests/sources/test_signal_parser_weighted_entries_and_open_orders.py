"""Weighted entries whose weight follows an arrow ("E1 2.3454 → 30% size"), an entry line
right above an "E2" line (no scientific notation across the line break), a coin in small
letters after the side word before a clipped entry word ("short wif e:2.6422"), "inv" clipped
from "invalidation", entries a card leaves open (a limit with a market fallback, a share at
market beside a share with no price, an alert's condition), "not a signal" beside levels with
no side, and a price asked about."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind

COINS = [
    ("SOL", 148.2, 2),
    ("LINK", 14.852, 3),
    ("XRP", 0.5231, 4),
    ("1000PEPE", 0.0081234, 7),
    ("BTC", 63450.5, 1),
]


def _p(value: float, dec: int) -> str:
    return f"{value:.{dec}f}"


def _card(price: float, dec: int, long: bool) -> tuple[float, float, float, float]:
    """A second entry, two targets and a stop around ``price``."""
    sign = 1 if long else -1
    return (
        round(price * (1 - sign * 0.007), dec),
        round(price * (1 + sign * 0.02), dec),
        round(price * (1 + sign * 0.04), dec),
        round(price * (1 - sign * 0.025), dec),
    )


@pytest.mark.parametrize(("coin", "price", "dec"), COINS)
@pytest.mark.parametrize("long", [True, False])
@pytest.mark.parametrize(
    "rows",
    [
        "E1 {a} → {w}% size\nE2 {b} → {r}% size",
        "{a} → {w}%\n{b} → {r}%",
        "E1 {a} ➜ {w}%\nE2 {b} ➜ {r}%",
        "E1 ${a} → {w}% of size\nE2 ${b} → {r}% of size",
        "E1 {a}\nE2 {b}",
    ],
)
def test_weighted_entries_keep_every_entry(
    coin: str, price: float, dec: int, long: bool, rows: str
) -> None:
    b, x, y, s = _card(price, dec, long)
    side = "long" if long else "short"
    body = rows.format(a=_p(price, dec), b=_p(b, dec), w=40, r=60)
    text = f"${coin} {side}\n{body}\nTP: {_p(x, dec)} / {_p(y, dec)}\nSL: {_p(s, dec)}"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert list(parsed.entries) == [round(price, dec), b]
    assert list(parsed.take_profits) == [x, y]
    assert parsed.stop_loss == s


def test_an_arrow_to_the_next_price_still_gives_the_targets() -> None:
    parsed = parse_message("Long ATOM 8.45 → 8.70 → 9.00")
    assert list(parsed.entries) == [8.45]
    assert list(parsed.take_profits) == [8.7, 9.0]


def test_a_real_exponent_is_still_refused() -> None:
    parsed = parse_message("#SOL long\nEntry: 1.48e2\nTP: 152\nSL: 144")
    assert parsed.kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(("coin", "price", "dec"), COINS)
@pytest.mark.parametrize("long", [True, False])
@pytest.mark.parametrize(
    "form",
    [
        "{side} {c} e:{e}\ntgts {x} > {y} inv {s}",
        "{side} {c} e {e}\ntgts {x} {y} sl {s}",
        "{side} {c} ent {e} | sl {s}\ntp1 {x} tp2 {y}",
        "{C} {side} e:{e}\ntgts {x} > {y} inv {s}",
        "{C} {side} | e {e} | t {x}, {y} | inv: {s}",
    ],
)
def test_small_letter_coin_before_a_clipped_entry_word(
    coin: str, price: float, dec: int, long: bool, form: str
) -> None:
    _, x, y, s = _card(price, dec, long)
    side = "long" if long else "short"
    text = form.format(
        side=side,
        c=coin.lower(),
        C=coin,
        e=_p(price, dec),
        x=_p(x, dec),
        y=_p(y, dec),
        s=_p(s, dec),
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.symbol == coin
    assert list(parsed.entries) == [round(price, dec)]
    assert list(parsed.take_profits) == [x, y]
    assert parsed.stop_loss == s


@pytest.mark.parametrize(
    "text",
    [
        "long the 148.2 retest later",
        "short term 0.45 looks weak",
        "Investment: 500 USDT in SOL this month, holding.",
    ],
)
def test_words_after_a_side_stay_no_coin(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL


@pytest.mark.parametrize(("coin", "price", "dec"), COINS)
@pytest.mark.parametrize(
    "entry",
    [
        "Entry: {a} (limit), market if it does not come back",
        "Entry: {a} (limit) — market if missed",
        "Buy {a}, else market",
        "Entry {a} limit, otherwise at market",
        "Entry: {a}, or market if you are late",
        "Entry: 50% at market, 50% lower (level in the next post)",
        "Entry: half at market, half on a dip (level later)",
        "Entry: 40% at market, the rest on a dip (level soon)",
    ],
)
def test_entries_left_open_go_to_review(coin: str, price: float, dec: int, entry: str) -> None:
    _, x, y, s = _card(price, dec, True)
    text = (
        f"#{coin}/USDT LONG\n{entry.format(a=_p(price, dec))}\n"
        f"Targets: {_p(x, dec)} / {_p(y, dec)}\nSL: {_p(s, dec)}"
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW, text


@pytest.mark.parametrize(("coin", "price", "dec"), COINS)
@pytest.mark.parametrize(
    "entry",
    [
        "Entry: market",
        "Buy market now",
        "Entry: {a} (limit)",
        "Entry: 50% at market, 50% at {b}",
    ],
)
def test_whole_orders_stay_signals(coin: str, price: float, dec: int, entry: str) -> None:
    b, x, y, s = _card(price, dec, True)
    text = (
        f"#{coin}/USDT LONG\n{entry.format(a=_p(price, dec), b=_p(b, dec))}\n"
        f"Targets: {_p(x, dec)} / {_p(y, dec)}\nSL: {_p(s, dec)}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert list(parsed.take_profits) == [x, y]


@pytest.mark.parametrize(("coin", "price", "dec"), COINS)
@pytest.mark.parametrize(
    "cmp", ["close > {a}", "1h close > {a}", "crossing above {a}", "price ≥ {a}"]
)
def test_an_alert_condition_is_no_entry(coin: str, price: float, dec: int, cmp: str) -> None:
    _, x, _, s = _card(price, dec, True)
    text = (
        f"Alert name: {coin} breakout\nCondition: {cmp.format(a=_p(price, dec))}\n"
        f"Message: long {coin}, tp {_p(x, dec)}, sl {_p(s, dec)}"
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW, text


def test_market_conditions_beside_a_card_are_no_alert() -> None:
    text = "#SOL/USDT LONG\nMarket condition: bullish\nEntry: 148.2\nTP: 152 / 156\nSL: 144"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert list(parsed.entries) == [148.2]


@pytest.mark.parametrize(
    "text",
    [
        "How we set targets, with API3 as the example: entry 1.345, stop 1.2859, TP1 at 1R, "
        "TP2 at 2R. Not a signal.",
        "Sizing example for ETH: entry 3412, stop 3340, risk 1%. Not a trade.",
        "LINK L 13.483? or wait for 13.107... thoughts\nno pos yet",
        "SOL long 148.2? or lower first",
    ],
)
def test_examples_and_questions_stay_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL, parse_message(text).reason


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(COINS),
    st.booleans(),
    st.integers(min_value=10, max_value=90),
    st.sampled_from(["→", "->", "➜", "=>"]),
)
def test_a_weight_after_an_arrow_is_never_a_price(
    coin: tuple[str, float, int], long: bool, weight: int, arrow: str
) -> None:
    name, price, dec = coin
    b, x, y, s = _card(price, dec, long)
    side = "LONG" if long else "SHORT"
    text = (
        f"#{name}/USDT {side}\nE1 {_p(price, dec)} {arrow} {weight}%\n"
        f"E2 {_p(b, dec)} {arrow} {100 - weight}%\nTP: {_p(x, dec)} / {_p(y, dec)}\n"
        f"SL: {_p(s, dec)}"
    )
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL or list(parsed.entries) == [
        round(price, dec),
        b,
    ]
    assert float(weight) not in parsed.entries + parsed.take_profits
