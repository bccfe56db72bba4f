"""A scalp's one "Exit @" target, an entry "now" beside a second limit, a ladder's average told
under a condition, list markers written "1 - ", a line's own "Orders a, b, c", a line tagging two
coins, a context line about a pair quoted in BTC, one's own bag and its average, and a text that
says it is no signal."""

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


@pytest.mark.parametrize(("coin", "price", "dec"), COINS)
@pytest.mark.parametrize("exit_word", ["Exit @ {x}", "Exit @ {x} (quick)", "EXIT @ {x}"])
def test_a_scalps_exit_at_is_its_target(coin: str, price: float, dec: int, exit_word: str) -> None:
    tp, sl = round(price * 1.01, dec), round(price * 0.99, dec)
    text = "\n".join(
        [
            "⚡ SCALP",
            f"#{coin} LONG",
            f"Entry: {_p(price, dec)}",
            exit_word.format(x=_p(tp, dec)),
            f"SL: {_p(sl, dec)}",
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (tp,)
    assert parsed.stop_loss == sl


@pytest.mark.parametrize("text", ["#SOL Exit @ 152.3", "SOL scalp closed. Exit @ 152.3 ✅"])
def test_an_exit_at_alone_stays_a_close(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.price == 152.3


@pytest.mark.parametrize(("coin", "price", "dec"), COINS)
@pytest.mark.parametrize(
    "entry",
    [
        "Entry: now + {b}",
        "Entry: NOW & {b}",
        "Entry: now and {b}",
        "{buy} now, second {buy_low} {b}",
        "{buy} now, 2nd {buy_low} {b}",
    ],
)
@pytest.mark.parametrize("long", [True, False])
def test_now_and_a_second_limit(coin: str, price: float, dec: int, entry: str, long: bool) -> None:
    sign = 1 if long else -1
    add = round(price * (1 - sign * 0.015), dec)
    tps = [round(price * (1 + sign * 0.02 * k), dec) for k in (1, 2)]
    sl = round(add * (1 - sign * 0.02), dec)
    buy = "Buy" if long else "Sell"
    text = "\n".join(
        [
            f"#{coin}/USDT {'LONG' if long else 'SHORT'}",
            entry.format(b=_p(add, dec), buy=buy, buy_low=buy.lower()),
            "TP: " + " / ".join(_p(v, dec) for v in tps),
            f"SL: {_p(sl, dec)}",
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.order_type == "market"
    assert parsed.entries == (add,)


@pytest.mark.parametrize("bar", ["Entry: NOW | {b}", "Entry: now | ${b}", "📥 Entry now | {b}"])
def test_now_and_a_price_apart_by_a_bar_go_to_review(bar: str) -> None:
    text = f"#SOL/USDT LONG\n{bar.format(b='145.1')}\nTP: 152 / 155\nSL: 142"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW


def test_a_bar_before_a_leverage_is_no_price() -> None:
    parsed = parse_message("#SOL LONG\nEntry: NOW | 10x\nTP: 152 / 155\nSL: 142")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.order_type == "market"
    assert parsed.leverage == 10


@pytest.mark.parametrize(
    "average",
    [
        "Average price if all fill: {m}",
        "Avg if all orders fill: {m}",
        "Average (when all filled) ≈ {m}",
        "Avg entry once both fill: {m}",
    ],
)
@pytest.mark.parametrize(("coin", "price", "dec"), COINS)
def test_an_average_told_under_a_condition_is_no_entry(
    average: str, coin: str, price: float, dec: int
) -> None:
    entries = [round(price * (1 - 0.01 * k), dec) for k in range(3)]
    mean = round(sum(entries) / 3, dec)
    text = "\n".join(
        [
            f"#{coin}/USDT LONG",
            *(f"Entry {k}: {_p(v, dec)}" for k, v in enumerate(entries, 1)),
            average.format(m=_p(mean, dec)),
            f"Targets: {_p(price * 1.03, dec)}, {_p(price * 1.05, dec)}",
            f"Stop: {_p(price * 0.95, dec)}",
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert list(parsed.entries) == entries


# (prices beyond ×2 of 1: a lone "1 - 0.5022" could be a range as well as a list's first line)
@pytest.mark.parametrize(("coin", "price", "dec"), [c for c in COINS if not 0.5 <= c[1] <= 2.1])
@pytest.mark.parametrize("dash", ["-", "–"])
def test_list_markers_written_with_a_spaced_dash(
    coin: str, price: float, dec: int, dash: str
) -> None:
    entries = [round(price * (1 - 0.006 * k), dec) for k in range(2)]
    tps = [round(price * (1 + 0.015 * k), dec) for k in (1, 2, 3)]
    sl = round(price * 0.96, dec)
    rows = [
        f"{coin}/USDT",
        "Position: Long",
        "",
        "Entries ->",
        *(f"{k} {dash} {_p(v, dec)}" for k, v in enumerate(entries, 1)),
        "",
        "Profit Targets ->",
        *(f"{k} {dash} {_p(v, dec)}" for k, v in enumerate(tps, 1)),
        "",
        "Stop ->",
        f"1 {dash} {_p(sl, dec)}",
    ]
    parsed = parse_message("\n".join(rows))
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert list(parsed.entries) == entries
    assert list(parsed.take_profits) == tps
    assert parsed.stop_loss == sl


@pytest.mark.parametrize(
    ("zone", "want"),
    [("12 - 13", (12.0, 13.0)), ("1 - 1.5", (1.0, 1.5)), ("2 - 2.4", (2.0, 2.4))],
)
def test_a_range_at_a_lines_start_stays_a_range(zone: str, want: tuple[float, ...]) -> None:
    low, high = want
    text = f"#SOL LONG\nEntry zone:\n{zone}\nTP {high * 1.2:g}\nSL {low * 0.9:g}"
    assert parse_message(text).entries == want


def test_a_lone_one_before_a_price_near_one_goes_to_review() -> None:
    text = (
        "XRP/USDT\nPosition: Long\nEntries ->\n1 - 0.5231\n"
        "Targets ->\n1 - 0.54\n2 - 0.56\nStop ->\n1 - 0.5022"
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@settings(max_examples=60, deadline=None)
@given(
    whole=st.integers(min_value=2, max_value=900),
    frac=st.integers(min_value=1, max_value=9999),
    n=st.integers(min_value=2, max_value=4),
)
def test_numbered_dash_lists_read_their_prices(whole: int, frac: int, n: int) -> None:
    """Whatever the prices, a list "1 - a" / "2 - b" / … reads a, b, … in order, never the
    list's numbers."""
    first = float(f"{whole}.{frac:04d}")
    entries = [round(first * (1 - 0.004 * k), 4) for k in range(n)]
    tps = [round(first * (1 + 0.02 * k), 4) for k in (1, 2)]
    text = "\n".join(
        [
            "#SOL/USDT",
            "Direction: LONG",
            "Entries ->",
            *(f"{k} - {v}" for k, v in enumerate(entries, 1)),
            "Targets ->",
            *(f"{k} - {v}" for k, v in enumerate(tps, 1)),
            f"Stop -> {round(first * 0.9, 4)}",
        ]
    )
    parsed = parse_message(text)
    assert list(parsed.entries) == entries
    assert list(parsed.take_profits) == tps


@pytest.mark.parametrize(("coin", "price", "dec"), COINS[:4])
def test_a_lines_own_orders_are_the_ladder(coin: str, price: float, dec: int) -> None:
    entries = [round(price * (1 - 0.008 * k), dec) for k in range(3)]
    mean = round(sum(entries) / 3, dec)
    text = "\n".join(
        [
            f"${coin} LONG",
            f"Orders {', '.join(_p(v, dec) for v in entries)} — average entry {_p(mean, dec)}",
            f"TP: {_p(price * 1.03, dec)} | {_p(price * 1.05, dec)}",
            f"Stop: {_p(price * 0.95, dec)}",
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert list(parsed.entries) == entries


def test_sell_orders_stay_a_spot_buyers_targets() -> None:
    parsed = parse_message("#SOL\nBuy 148\nSell orders: 152, 155\nSL 140")
    assert parsed.entries == (148.0,)
    assert parsed.take_profits == (152.0, 155.0)


@pytest.mark.parametrize(
    "head",
    [
        "#Futures #OP #ADA #Short",
        "#OP #ADA #SHORT",
        "$OP $ADA short 🔴",
        "#OP/USDT #ADA/USDT Short",
    ],
)
def test_a_line_tagging_two_coins_goes_to_review(head: str) -> None:
    text = f"{head}\nEntry 2.44\nTargets: 2.3946 - 2.3405\nStop: 2.5271"
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "head", ["#LTCUSDT #LONG #DAYTRADE", "#LTC #LTCUSDT Long", "#Futures #LTC #Long #VIP"]
)
def test_tags_that_name_no_other_coin_are_read(head: str) -> None:
    text = f"{head}\nBuy 76.13\nTargets: 77.04 - 78.07\nSL 75.17"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == "LTC"


@pytest.mark.parametrize(
    "context",
    [
        "ETH/BTC breaking out 📈 rotation starting",
        "SOL/ETH ripping, alts next 👀",
        "eth/btc bottomed?",
    ],
)
@pytest.mark.parametrize(("coin", "price", "dec"), [("LINK", 14.852, 3), ("FHE", 0.0734, 5)])
def test_a_context_line_about_a_btc_quoted_pair(
    context: str, coin: str, price: float, dec: int
) -> None:
    text = "\n".join(
        [
            context,
            "",
            f"{coin}USDT — Long",
            f"Entry: {_p(price, dec)}",
            f"TP: {_p(price * 1.03, dec)} / {_p(price * 1.06, dec)}",
            f"SL: {_p(price * 0.97, dec)}",
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == coin


@pytest.mark.parametrize(
    "text",
    [
        "ETH/BTC\nLONG\nEntry: 0.052\nTP 0.055\nSL 0.05",
        "ETH/BTC long\nEntry: 0.052\nTP 0.055\nSL 0.05",
        "SOL/BTC breaking out\n#SOL LONG\nEntry: 148\nTP 152\nSL 145",
    ],
)
def test_a_btc_quoted_pair_that_is_traded_stays_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Filled my third NEAR bag, average 5.987. Not adding more.",
        "Added to my SOL bags today, avg 141.2 now",
        "Educational 📚 On a SOL long from 135.16 I would put the stop under 128.81. Not a signal.",
        "#SOL long from 148.2, stop 144, target 155 — not a trade, just how I'd plan it",
    ],
)
def test_talk_that_reads_like_a_fill_or_a_call(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    ["NEAR DCA 3 filled, average 5.987", "#NEAR entry filled, average 5.987"],
)
def test_a_channels_fill_with_its_average_stays_a_follow_up(text: str) -> None:
    assert parse_message(text).kind is MessageKind.FOLLOW_UP
