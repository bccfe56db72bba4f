"""A target hit told beside its close ("TP2 @ x | closed 30%"), a trade told complete at a
price ("TP3 hit @ x — trade complete"), and the talk and plans that must not read so."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind

HIT, CLOSE = FollowUpAction.TARGET_HIT, FollowUpAction.CLOSE


@pytest.mark.parametrize(
    ("text", "index", "share", "price"),
    [
        ("✅ Take-Profit Triggered | DOGEUSDT | TP2 @ 0.16321 | closed 30%", 2, 0.3, 0.16321),
        ("XRPUSDT TP1 @ 0.5412 — closed 40%", 1, 0.4, 0.5412),
        (
            "Take-Profit Triggered ✅ — SOLUSDT — TP3 at 151.2 — position reduced by 25%",
            3,
            0.25,
            151.2,
        ),
        ("#LINK TP2 ✅ @ 17,42 | 50% closed", 2, 0.5, 17.42),
        ("🔔 ETHUSDT | TP1 hit @ 3421.5 | 60% closed | remaining 40%", 1, 0.6, 3421.5),
    ],
)
def test_a_target_named_before_its_price_beside_a_told_close_is_hit_and_closed(
    text: str, index: int, share: float, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.actions[:2] == (HIT, CLOSE)
    assert (parsed.target_index, parsed.close_fraction, parsed.price) == (index, share, price)


@pytest.mark.parametrize(
    ("text", "index", "price"),
    [
        ("🎯 NEARUSDT | TP3 hit @ 5.412 — trade complete ✅", 3, 5.412),
        ("#ADA TP2 reached at 0.4821, the trade is finished ✅", 2, 0.4821),
        ("🏆 BNBUSDT | TP4 @ 655.3 | trade completed", 4, 655.3),
        ("AVAX: last target (TP3) touched 31.07, trade done ✅", 3, 31.07),
    ],
)
def test_a_trade_told_complete_at_a_price_is_the_hit_and_a_whole_close(
    text: str, index: int, price: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.actions == (HIT, CLOSE)
    assert (parsed.target_index, parsed.close_fraction, parsed.price) == (index, 1.0, price)


@pytest.mark.parametrize(
    "text",
    ["TP3 ✅ #SUI all done, trade complete", "$SEI Final target TP5 smashed, trade complete 🚀"],
)
def test_a_trade_complete_without_a_price_stays_a_hit_alone(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.actions == (HIT,)


@pytest.mark.parametrize(
    "text",
    [
        "I closed my NEAR myself at 5.15, too nervous 😅",
        "Members who closed SUI early at 1.0241: well done, we are still in.",
        "Last week's ARB long: TP1 hit, half closed there, the rest stopped at entry. Net +1.4%.",
        "Our rule on partial exits: 25% off at TP1, another 25% at TP2.",
        "Results from the other group: OP TP3 hit, trade complete. Not our call.",
    ],
)
def test_members_closes_recaps_and_rules_stay_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text", ["DOGEUSDT: close 30% at TP1 (0.16321)", "At TP2 @ 0.5412 we will close 50%"]
)
def test_a_close_still_to_do_is_no_target_hit(text: str) -> None:
    parsed = parse_message(text)
    assert HIT not in parsed.actions


@settings(max_examples=60, deadline=None)
@given(
    index=st.integers(1, 5),
    share=st.sampled_from([10, 20, 25, 30, 40, 50, 60, 75]),
    price=st.decimals(min_value="0.01", max_value="90000", places=4).map(lambda d: d.normalize()),
    sep=st.sampled_from([" | ", " — ", ", ", " · "]),
    coin=st.sampled_from(["BTCUSDT", "ETHUSDT", "SOLUSDT", "PEPEUSDT", "WIFUSDT"]),
)
def test_every_target_price_and_share_reads_the_same(
    index: int, share: int, price: object, sep: str, coin: str
) -> None:
    text = f"{coin}{sep}TP{index} @ {price:f}{sep}closed {share}%"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.actions[:2] == (HIT, CLOSE)
    assert parsed.target_index == index
    assert parsed.close_fraction == share / 100
