"""Rules found with the fifth round of mainstream English layouts (docs/signal-parsing.md): a
target label's number with markup closing the label ('**Take Profit 1**' over its price), a day
and month before a clock time ('04/12 14:00 UTC') and a post's id ('ID: 32112') that are no
prices, and spot said of a coin taken as the first word in capitals."""

from __future__ import annotations

from drawn_levels import assert_signal_levels, stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    steps=st.lists(st.integers(5, 60), min_size=1, max_size=4),
    scale=st.sampled_from([1, 100, 100_000]),
    long=st.booleans(),
    mark=st.sampled_from(["**", "*", "__", "`"]),
)
def test_a_bold_field_name_with_its_number_gives_no_price(
    entry: int, steps: list[int], scale: int, long: bool, mark: str
) -> None:
    """An embed's '**Take Profit 1**' over its price: the 1 is the label's, not a target."""
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 40) / scale
    lines = [
        "BTC/USDT · " + ("LONG" if long else "SHORT"),
        f"{mark}Entry Price{mark}",
        f"{entry / scale:g}",
    ]
    for i, v in enumerate(tps, 1):
        lines += [f"{mark}Take Profit {i}{mark}", f"{v:g}"]
    lines += [f"{mark}Stop Loss{mark}", f"{stop:g}"]
    parsed = parse_message("\n".join(lines).replace("BTC", "SOL"))
    assert_signal_levels(parsed, tps, stop)


@settings(max_examples=60, deadline=None)
@given(
    day=st.integers(1, 28),
    month=st.integers(1, 12),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    form=st.sampled_from(["({d}/{m} {h}:{mi} UTC)", "@ {d}/{m} {h}:{mi}", "— {d}/{m} {h}:{mi}"]),
)
def test_a_day_and_month_before_a_clock_time_is_no_price(
    day: int, month: int, hour: int, minute: int, form: str
) -> None:
    stamp = form.format(d=f"{day:02d}", m=f"{month:02d}", h=f"{hour:02d}", mi=f"{minute:02d}")
    parsed = parse_message(
        f"LINK/USDT LONG\nEntry 14.191 {stamp}\nTP1 14.383\nTP2 14.649\nSL 13.843"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (14.191,)


@settings(max_examples=60, deadline=None)
@given(day=st.integers(1, 31), month=st.integers(1, 12), hour=st.integers(0, 23))
def test_a_dotted_day_and_month_before_a_clock_time_is_no_price(
    day: int, month: int, hour: int
) -> None:
    """'Entry: 6.422 (24.04 00:30)' on a coin priced like the date: one entry."""
    stamp = f"{day:02d}.{month:02d} {hour:02d}:30"
    parsed = parse_message(
        f"#DOTUSDT LONG\nEntry: 6.422 ({stamp})\nTargets: 6.523 / 6.61\nSL 6.241"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (6.422,)


def test_a_day_and_month_with_prices_and_no_clock_stay_prices() -> None:
    """'Entry: 14/12' with no time after it is still two prices of an entry."""
    parsed = parse_message("BNB LONG\nEntry: 585/580\nTP: 595\nSL: 570")
    assert parsed.entries == (585.0, 580.0)


def test_a_posts_id_is_no_price() -> None:
    text = (
        "🤖 AUTO SIGNAL | ID: 62112\nCoin: #BTC/USDT\nPosition: LONG\nEntry: 59064.9\n"
        "Targets: 59990.7 • 60965\nStoploss: 57754.5\nLev: 15x"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (59064.9,)
    assert parsed.take_profits == (59990.7, 60965.0)
    # a word ending in "id" is no id: "valid 24h" takes no number from the entry
    assert parse_message("BTC LONG\nEntry: 63450\nTP: 64200\nSL: 62800\nvalid 24h").entries == (
        63450.0,
    )


def test_spot_is_said_of_a_coin_taken_as_the_first_word_in_capitals() -> None:
    text = (
        "💎 Celestia (TIA) — SPOT\nBuy zone: 8.975 - 9.63\nSell targets: 13.001 / 17.334\n"
        "Stop: daily close under 7.349\nLong term hold, no leverage"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.symbol, parsed.market) == ("TIA", "spot")
    assert parse_message(text.replace(" — SPOT", "")).market == ""


def test_dogwifhat_is_wif() -> None:
    parsed = parse_message("DOGWIFHAT — SHORT\nEntry: 2.2795\nTP: 2.2481\nSL: 2.333")
    assert (parsed.symbol, parsed.token) == ("WIF", "WIF")
