"""A market entry with a limit added after it in the same line ("Market entry, then a limit at
138.20"): read as the corpus has it (a market order whose entry is the limit's price) or sent
to review, never copied with the limit's price as a target or with the limit dropped."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message


@pytest.mark.parametrize(
    "text",
    [
        "SOL/USDT LONG\nMarket entry, then a limit at 138.20\nTargets: 142.5, 145.1, 149.0\n"
        "Stop: 134.9\nLeverage: 10x",
        "#SOL LONG\nMarket entry, then a limit at 138.20\nTargets: 142.5 - 145.1 - 149.0\n"
        "SL: 134.9",
        "ETH SHORT\nEnter at market, then a limit at 3,420\nTP: 3300 / 3250\nSL: 3480",
        "ETH SHORT\nMarket now, then place a limit order @ 3420\nTP: 3300 / 3250\nSL: 3480",
        "#DOGE/USDT LONG\nEntry: market, then limit at 0.16412\nTargets: 0.1702, 0.1755\n"
        "Stop: 0.1588",
        "#AVAX LONG\nEntry: CMP and a limit @ 34.62\nTP: 36.01 / 36.65\nSL: 34.02",
        "LINK SHORT\nEntry: now + limit 14.812\nTargets: 14.2 / 13.9\nStop: 15.1",
        "BNB LONG\nBuy at market, then add a limit at 601,5\nTP: 632,4 / 642,9\nSL: 590,1",
    ],
)
def test_a_limit_after_a_market_entry_is_never_copied_with_the_limit_lost(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.kind, parsed.take_profits)
    assert "a limit after a market entry" in parsed.reason


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        # the corpus's reading: a market order, the limit its entry
        (
            "🔴 SHORT #SUI\nMarket sell now, limit at 1.1581\nTP: 1.1178, 1.0938, 1.0766\n"
            "Stop: 1.1779",
            (1.1581,),
        ),
        (
            "🟢 LONG #WIF\nMarket buy now, limit at 2.2004\nTP: 2.2934 / 2.3339\nSL: 2.1399",
            (2.2004,),
        ),
    ],
)
def test_a_limit_read_as_the_market_orders_entry_stays_a_signal(
    text: str, entries: tuple[float, ...]
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.order_type == "market"
    assert parsed.entries == entries


@pytest.mark.parametrize(
    "text",
    [
        # a bar's two order lines: the market's price and the limit's, both entries
        "SEIUSDT | Long\nEntry: Market (0.4665) | Limit: 0.4581\nTP: 0.4754 / 0.4859\nStop: 0.45",
        # a short aiming at a target "then" another: "then" is still a target's word
        "Shorting ETH at 3,412 aiming for 3,350 then 3,300, stop 3,480",
    ],
)
def test_other_then_and_limit_lines_read_as_before(text: str) -> None:
    assert parse_message(text).kind is MessageKind.SIGNAL


@settings(max_examples=60, deadline=None)
@given(
    base=st.floats(min_value=0.05, max_value=5000, allow_nan=False, allow_infinity=False),
    decimals=st.integers(min_value=2, max_value=4),
    short=st.booleans(),
    joiner=st.sampled_from([", then a limit at", " then limit @", ", then place a limit at"]),
)
def test_the_limits_price_is_never_a_target(
    base: float, decimals: int, short: bool, joiner: str
) -> None:
    sign = -1 if short else 1
    limit = round(base * (1 - sign * 0.01), decimals)
    targets = [round(base * (1 + sign * k / 100), decimals) for k in (2, 4)]
    stop = round(base * (1 - sign * 0.03), decimals)
    if len({base, limit, stop, *targets}) < 5:
        return
    text = (
        f"#ADA/USDT {'SHORT' if short else 'LONG'}\nMarket entry{joiner} {limit:.{decimals}f}\n"
        f"Targets: {targets[0]:.{decimals}f} / {targets[1]:.{decimals}f}\n"
        f"Stop: {stop:.{decimals}f}"
    )
    parsed = parse_message(text)
    if parsed.kind is MessageKind.SIGNAL:
        assert limit not in parsed.take_profits
        assert parsed.order_type == "market" and limit in parsed.entries
