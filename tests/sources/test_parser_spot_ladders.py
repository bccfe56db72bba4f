"""Spot, DCA and scalp calls: a ladder's later buy named by its order ("2nd buy", "Second
entry") after a first buy at the market's price, shares before "@" ("Buy 1/3 @ a | 1/3 @ b"),
a "Buys:" heading, a spot card's "Sell:" targets and a coin before "accumulating below"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.later_buys import later_buy
from tradermanager.sources.signal_parser.sections import labels


@pytest.mark.parametrize(
    "text",
    [
        "BUY NOW $ARB @ 1.047\n2nd buy: 1.0076\nTP: 1.1035 / 1.159\nStop 0.9529",
        "BUY NOW #ARB @ 1.047\nSecond buy 1.0076 (limit)\nTargets: 1.1035, 1.159\nSL: 0.9529",
        "$ARB spot\nBuy now 1.047, second entry 1.0076 (limit)\nTP: 1.1035 / 1.159\nSL: 0.9529",
        "🚀 $ARB\nEntry 1 (now): 1.047\nEntry 2 (limit): 1.0076\nTP: 1.1035 / 1.159\nSL: 0.9529",
    ],
)
def test_a_buy_now_with_a_later_buy_is_a_ladder_from_the_first_price(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.order_type == "limit"
    assert list(parsed.entries) == [1.047, 1.0076]
    assert list(parsed.take_profits) == [1.1035, 1.159]
    assert parsed.stop_loss == 0.9529


@pytest.mark.parametrize(
    "text",
    [
        "LINK/USDT BUY NOW @ 13.872\nStoploss: 13.54\nTake Profit 1: 14.084",
        "$SEI SHORT\nSell now at market, around 0.5074\nTP 0.4972 / 0.4886\nStop 0.5307",
    ],
)
def test_a_buy_now_alone_stays_a_market_order(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.order_type == "market"
    assert parsed.entries == ()


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("2nd buy: 0.51", True),
        ("Second entry 0.49", True),
        ("Next buy at 0.48", True),
        ("Entry: 0.51", False),
        ("Buy zone: 0.51", False),
    ],
)
def test_a_later_buy_label(text: str, later: bool) -> None:
    entry = [lab for lab in labels(text) if lab.kind == "entry"]
    assert entry
    assert later_buy(text, entry[0]) is later


@given(
    share=st.sampled_from(["1/3", "1/4", "25%", "30%"]),
    n=st.integers(min_value=2, max_value=4),
    sep=st.sampled_from([" | ", ", ", " / "]),
)
def test_shares_at_prices_after_a_buy_word_are_the_ladder(share: str, n: int, sep: str) -> None:
    prices = [round(0.4359 - 0.01 * i, 4) for i in range(n)]
    line = "Buy " + sep.join(f"{share} @ {p}" for p in prices)
    parsed = parse_message(f"SPOT: #ADA\n{line}\nTP 0.4587 - 0.4804\nSL: 0.3949")
    assert parsed.kind is MessageKind.SIGNAL
    assert list(parsed.entries) == prices
    assert list(parsed.take_profits) == [0.4587, 0.4804]


@pytest.mark.parametrize(
    "text",
    [
        "DOGEUSDT | Spot\nEntries: 0.1145 (25%) / 0.1115 (35%)\nSell: 0.1203 / 0.1262\nSL: 0.1012",
        "SPOT: #BNB\nBuys:\n• 20% — 610.2\n• 80% — 594\nSell: 639.1 / 670\nStop: 545.8",
    ],
)
def test_a_spot_cards_sell_line_names_its_targets(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.side is not None and parsed.side.value == "long"
    assert len(parsed.entries) == 2
    assert len(parsed.take_profits) == 2


def test_a_sell_card_without_spot_is_still_a_short() -> None:
    parsed = parse_message("#BNB/USDT\nSell: 639.1\nTP: 620 / 610\nSL: 650")
    assert parsed.side is not None and parsed.side.value == "short"


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("SPOT 💎\nFHE: accumulating below $0.07136\nTargets: 0.0812 / 0.0933\nSL: 0.0644", "FHE"),
        ("NOTE: accumulating below 0.07\nTargets: 0.08 / 0.09\nSL: 0.06", None),
    ],
)
def test_a_coin_before_accumulating_below(text: str, symbol: str | None) -> None:
    assert parse_message(text).symbol == symbol


@pytest.mark.parametrize(
    "lines",
    [
        "Base order: 152.4\nSafety orders: 149.12 / 146.41",
        "Base order: 152.4\nSafety order 1: 149.12\nSafety order 2: 146.41",
        "Buy orders:\n1) 152.4\n2) 149.12\n3) 146.41",
    ],
)
def test_a_dca_bots_orders_are_the_entries(lines: str) -> None:
    parsed = parse_message(f"#SOLUSDT DCA plan\n{lines}\nTake profit: 156.53\nSL: 134.81")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries[:2] == (152.4, 149.12)
    assert parsed.take_profits == (156.53,)


@pytest.mark.parametrize(
    ("heading", "symbol"),
    [
        ("💎 FHE | Long-term hold", "FHE"),
        ("FHE | Spot", "FHE"),
        ("CRYPTO KINGS | VIP", None),
    ],
)
def test_a_headings_first_field_may_be_an_unlisted_coin(heading: str, symbol: str | None) -> None:
    text = f"{heading}\nBuy between 0.0742 and 0.0777\nTargets 0.1023 / 0.1281\nSL: 0.0649"
    assert parse_message(text).symbol == symbol


@pytest.mark.parametrize(
    "head", ["BUY NOW $ARB (market)", "BUY NOW $ARB at market", "Long $ARB now at market"]
)
def test_a_later_buy_after_a_market_buy_keeps_the_market_order(head: str) -> None:
    parsed = parse_message(f"{head}\n2nd buy: 1.0076\nTP: 1.1035 / 1.159\nStop 0.9529")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.order_type == "market"


def test_a_later_buy_without_a_first_goes_to_review() -> None:
    parsed = parse_message("Long $ARB\nSecond buy 1.0076\nTP: 1.1035 / 1.159\nStop 0.9529")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "first buy" in parsed.reason
