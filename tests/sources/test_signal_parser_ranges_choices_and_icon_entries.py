"""Targets and leverages written as ranges, a market entry offered with another price, a
retest's label, a one-row pipe table's list cell and an entry under a weak icon over icon
lines: 'TP1: a–b' over 'TP2: c–d' (review), 'Leverage: Isolated 3 — 5x' (the upper end),
'Entry now or on retest of b' (review), 'Wait for the retest: b', '| … | 0.5521 / 0.5626 |',
'💵 a - b' over '🏁 x, y' / '🧯 s'."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message


def _signal(text: str):
    parsed = parse_message(text)
    assert parsed.kind == MessageKind.SIGNAL, (text, parsed.reason)
    return parsed


# ---- numbered targets that are each a range -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "$1INCH — Long\nEntry: 0.3872 - 0.3902\nTP1: 0.3965–0.4019\nTP2: 0.4074–0.4144\n"
        "Stop: 0.3749",
        "#ETH/USDT SHORT\nEntry: 3,412.5\nTP1: 3,350 - 3,330\nTP2: 3,290 - 3,270\nSL: 3,480",
        "SOLUSDT LONG\nEntry 148.2\nTarget 1: 151.5 ~ 152.3\nTarget 2: 155 ~ 156.1\nSL 144",
        "BTC long 63450\nTP1: 64,200 to 64,500\nTP2: 65,100 to 65,400\nSL 62,800",
    ],
)
def test_numbered_targets_each_a_range_go_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind == MessageKind.NEEDS_REVIEW, parsed
    assert "range" in parsed.reason


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("#SOL/USDT LONG\nEntry: 148.2\nTP: 152.4–155.1\nSL: 144.3", (152.4, 155.1)),
        ("$ARB — Short\nEntry: 1.1234\nTarget zone: 1.0950 - 1.0810\nStop: 1.1510", (1.095, 1.081)),
        ("LINKUSDT LONG\nEntry: 14.85\nProfit zone: 15.21 to 15.48\nSL: 14.42", (15.21, 15.48)),
        # numbered targets of one price each, a share after the dash: no range
        (
            "#DOT/USDT LONG\nEntry: 6.42\nTP1: 6.55 - 30%\nTP2: 6.71 - 40%\nSL: 6.21",
            (6.55, 6.71),
        ),
    ],
)
def test_a_range_under_one_label_is_its_two_targets(text: str, targets: tuple) -> None:
    assert _signal(text).take_profits == targets


# ---- leverage ranges written apart from their x --------------------------------------------


@pytest.mark.parametrize(
    ("line", "leverage", "mode"),
    [
        ("Leverage: Isolated 3 — 5x", 5.0, "isolated"),
        ("Leverage: Isolated 10 - 20x", 20.0, "isolated"),
        ("Leverage: 5 to 10x", 10.0, None),
        ("Lev 3 - 5x", 5.0, None),
        ("⚡ 10—20x iso", 20.0, "isolated"),
        ("Cross 25 – 50x", 50.0, "cross"),
        ("Lev 10–20x (isolated)", 20.0, "isolated"),
    ],
)
def test_a_leverage_range_reads_its_upper_end(line: str, leverage: float, mode) -> None:
    text = f"#NEAR/USDT LONG\nEntry: 5.515\nTP: 5.624 | 5.726\nSL: 5.378\n{line}"
    parsed = _signal(text)
    assert (parsed.entries, parsed.leverage, parsed.margin_mode) == ((5.515,), leverage, mode)


def test_a_price_before_a_leverage_is_no_range_end() -> None:
    # a stop of 144 written before "- 10x": not a range from 144 to 10
    parsed = parse_message("SOL LONG\nEntry 148.2\nTP 152 / 155\nSL 144 - 10x")
    assert parsed.leverage in (None, 10.0)
    assert parsed.stop_loss in (None, 144.0)


@settings(max_examples=60, deadline=None)
@given(
    low=st.integers(min_value=2, max_value=50),
    gap=st.integers(min_value=1, max_value=50),
    dash=st.sampled_from([" - ", " – ", " — ", " to ", "-", "–", "—"]),
)
def test_any_spaced_leverage_range_reads_its_upper_end(low: int, gap: int, dash: str) -> None:
    high = low + gap
    text = f"#AVAX/USDT SHORT\nEntry: 35.2\nTP: 34.5 / 33.9\nSL: 36.1\nLeverage: {low}{dash}{high}x"
    parsed = _signal(text)
    assert parsed.leverage == float(high)


# ---- a market entry offered with another price ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "#ADA/USDT SHORT\nEntry now or on retest of 0.4166\nTargets: 0.4059 | 0.398\nStop: 0.4242",
        "$SOL LONG\nBuy market or at 146.5\nTP 152 / 155\nSL 143",
        "ETHUSDT SHORT\nEntry: CMP or 3,455 on a spike\nTP: 3,390 / 3,322\nSL: 3,530",
        "#WIF long\nEnter now or wait for 2.381\n🎯 2.46, 2.52\nSL 2.29",
    ],
)
def test_a_market_entry_offered_with_a_price_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind == MessageKind.NEEDS_REVIEW, parsed
    assert "other choice" in parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        "#ADA/USDT SHORT\nENTRY NOW ✅\nTargets: 0.4059 | 0.398\nStop: 0.4242",
        "$SOL LONG\nEntry: NOW (market)\nTP 152 / 155\nSL 143",
    ],
)
def test_a_market_entry_alone_stays_market(text: str) -> None:
    parsed = _signal(text)
    assert (parsed.order_type, parsed.entries) == ("market", ())


@pytest.mark.parametrize(
    "text",
    [
        "TIA exit now or wait?",
        "close now or wait for TP2? Vote 👇",
    ],
)
def test_questions_about_now_or_later_are_no_signal(text: str) -> None:
    assert parse_message(text).kind != MessageKind.SIGNAL


# ---- "Wait for the retest:" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "TRXUSDT | Short\nWait for the retest: $0.12836\nTargets: $0.12512 / $0.12259\n"
            "Stop: $0.1318",
            0.12836,
        ),
        ("#DIA/USDT LONG\nWait for a retest @ 0.7245\nTP: 0.7425 / 0.7589\nSL: 0.7099", 0.7245),
        ("$BTC LONG\nwait for the retest of: 63,120\nTP 64,500 / 65,300\nSL 62,400", 63120.0),
    ],
)
def test_wait_for_the_retest_labels_the_entry(text: str, entry: float) -> None:
    assert _signal(text).entries == (entry,)


@pytest.mark.parametrize(
    "text",
    [
        "waiting for a retest of 148.2 on SOL before I go long",
        "wait for the retest of 0.72 on ADA, no entry yet",
    ],
)
def test_talk_about_waiting_for_a_retest_is_no_signal(text: str) -> None:
    assert parse_message(text).kind != MessageKind.SIGNAL


# ---- a one-row pipe table with a list cell -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "🔔 Trade alert\n| Pair | Side | Entry | TP | SL | Lev |\n"
            "| XRP/USDT | Long | 0.5415 | 0.5521 / 0.5626 | 0.5218 | 20x |",
            (0.5521, 0.5626),
        ),
        (
            "Pair | Side | Entry | TP | SL\nLTC/USDT | SHORT | 82.4 | 80.9 / 79.7 / 78.2 | 84.1",
            (80.9, 79.7, 78.2),
        ),
    ],
)
def test_a_header_row_over_a_row_with_a_target_list(text: str, targets: tuple) -> None:
    assert _signal(text).take_profits == targets


# ---- an entry under a weak icon over icon lines --------------------------------------------


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop"),
    [
        (
            "🪙 1000BONK/USDT\n📉 SHORT\n💵 0.025758 - 0.025894\n🏁 0.025251, 0.024726\n"
            "🧯 0.026637\n⚖️ 10x",
            (0.025758, 0.025894),
            (0.025251, 0.024726),
            0.026637,
        ),
        (
            "💠 ETH/USDT\n📈 LONG\n💵 3,401.5\n🏁 3,455 / 3,498 / 3,540\n🧯 3,342",
            (3401.5,),
            (3455.0, 3498.0, 3540.0),
            3342.0,
        ),
    ],
)
def test_a_weak_icon_entry_over_icon_lines(text: str, entries, targets, stop) -> None:
    parsed = _signal(text)
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == (entries, targets, stop)


def test_icon_lines_that_do_not_fit_the_side_go_to_review() -> None:
    # the line under the entry stands on the loss side of a long: not its targets
    text = "🪙 SOL/USDT\n📈 LONG\n💵 148.2\n🏁 144.1, 142.0\n🧯 140.5"
    assert parse_message(text).kind == MessageKind.NEEDS_REVIEW


# ---- an order's size under an entry's price is no target ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Strategy order — BNBUSDT\nAction: SELL\nPosition: short (was flat)\nPrice: 627.2\n"
        "SL: 649.9\nContracts: 150",
        "📌 Pending order #4412\nBUY LIMIT XRPUSD\nLots: 1.00\nPrice: 0.5647\nSL: 0.5551",
        "Order — SOLUSDT\nSide: BUY\nPrice: 142.35\nStop: 138.1\nQty: 210",
        "AVAX/USDT LONG\nEntry: 24.81\nSize: 40\nSL: 23.95",
        "ETHUSDT SELL\nPrice: 3105.5\nSL: 3190\nVolume: 2000",
    ],
)
def test_a_size_line_never_gives_a_target(text: str) -> None:
    """'Contracts: 150' or 'Lots: 1.00' under an entry's price is the order's size: read by
    the lines' places it was copied as the target (150 for a short at 627.2)."""
    parsed = parse_message(text)
    sizes = {150.0, 1.0, 210.0, 40.0, 2000.0}
    assert not sizes & set(parsed.take_profits), (text, parsed)
