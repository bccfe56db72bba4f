"""A trade's level told as not reached yet ("#INJ is 4.1% away from TP3 (27.919)", "ARB TP1 at
1.1359 not reached yet", "$ORDI almost at TP2 40.37", "TP3 order for $SOL placed at 148.36,
waiting", "#ADA 2nd entry not filled yet, order stays at 0.4857") is talk: nothing happened and
nothing is asked. An update or a call beside such a remark keeps its reading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.levels_not_reached import HINTS, level_not_reached
from tradermanager.sources.signal_parser.literal_first import holds_any


@pytest.mark.parametrize(
    "text",
    [
        "#INJ is 4.1% away from TP3 (27.919)",
        "$LTC TP level 2 is 4.3% away (85.99)",
        "DOGE target 3 is 1.2% away — 0.14036",
        "ARB TP1 at 1.1359 not reached yet, patience",
        "#SEI take profit 2 (0.5189) not hit yet",
        "$ORDI almost at TP2 40.37 👀",
        "#WIF nearly at target 1 2.4931",
        "BTC close to TP1 64,250.5",
        "TP3 order for $SOL placed at 148.36, waiting",
        "#ADA 2nd entry not filled yet, order stays at 0.4857",
        "LINK first entry at 14.21 not triggered yet",
    ],
)
def test_levels_not_reached_are_talk(text: str) -> None:
    assert holds_any(text, HINTS)
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed


@pytest.mark.parametrize(
    "text",
    [
        # an update beside the remark
        "#SOL TP2 hit ✅ 151.4, TP3 is 2.1% away",
        "#INJ 4.1% away from TP3 (27.919), move SL to entry",
        "ARB TP1 not reached yet, closing at 1.1359 now",
        "$ORDI almost at TP2 40.37, take some profit",
        # a call beside it
        "#ORDI LONG 39.32, almost at TP1 40.1 already, SL 38.2",
    ],
)
def test_updates_and_calls_beside_the_remark_are_not_talk(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL


def test_a_hit_told_is_no_remark() -> None:
    assert not level_not_reached("ORDI tagged target 2 at 39.98")
    parsed = parse_message("ADA/USDT: 1st take-profit filled (0.4123)")
    assert parsed.action is FollowUpAction.TARGET_HIT


@settings(max_examples=80, deadline=None)
@given(
    coin=st.sampled_from(["#INJ", "$ORDI", "ARB", "LINK/USDT", "#1000PEPE"]),
    n=st.integers(min_value=1, max_value=5),
    pct=st.decimals(min_value="0.1", max_value="9.9", places=1),
    price=st.decimals(min_value="0.001", max_value="90000", places=3),
    form=st.sampled_from(
        [
            "{c} is {p}% away from TP{n} ({x})",
            "{c} TP{n} at {x} not reached yet",
            "{c} almost at TP{n} {x} 👀",
        ]
    ),
)
def test_a_level_not_reached_is_never_copied(
    coin: str, n: int, pct: object, price: object, form: str
) -> None:
    parsed = parse_message(form.format(c=coin, n=n, p=pct, x=price))
    assert parsed.kind in (MessageKind.NOT_SIGNAL, MessageKind.NEEDS_REVIEW), parsed
