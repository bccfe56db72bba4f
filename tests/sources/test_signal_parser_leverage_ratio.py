"""A leverage written as the ratio of margin to position ("Leverage: 1:10")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message


@given(
    label=st.sampled_from(["Leverage: ", "Lev ", "LEVERAGE ", "Leverage ratio ", "leverage = "]),
    lev=st.integers(2, 125),
    spaced=st.booleans(),
    long=st.booleans(),
)
def test_a_leverage_ratio_is_the_leverage_and_its_numbers_are_no_prices(
    label: str, lev: int, spaced: bool, long: bool
) -> None:
    ratio = f"1 : {lev}" if spaced else f"1:{lev}"
    levels = ("148.2", "152.6 / 155.1", "144.3") if long else ("148.2", "144.6 / 141.1", "152.3")
    text = (
        f"SOL/USDT {'LONG' if long else 'SHORT'}\nEntry: {levels[0]}\nTargets: {levels[1]}\n"
        f"Stop: {levels[2]}\n{label}{ratio}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.leverage == lev
    assert parsed.entries == (148.2,)
    assert len(parsed.take_profits) == 2


def test_a_reward_ratio_beside_a_leverage_stays_a_ratio() -> None:
    parsed = parse_message("SOL long 148 tp 152 sl 144\nLeverage: 10x\nR:R 1:3")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.leverage == 10
    assert parsed.take_profits == (152.0,)
