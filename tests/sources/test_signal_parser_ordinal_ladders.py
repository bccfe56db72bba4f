"""Entry ladders written without an entry label — share-first order lines under a side heading,
ordinal words in a sentence — read as the entries in order; exit ladders, ordinals out of order
and ordinals after no entry word keep their reading or go to review."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind, Side
from tradermanager.sources.signal_parser.ordinal_ladders import ordinal_ladders


@pytest.mark.parametrize(
    ("text", "side", "entries", "tps", "sl"),
    [
        (
            "🪜 OP SHORT ladder\n50% @ 2.118\n30% @ 2.146\n20% @ 2.17\nTP 2.06 / 2.01\nSL 2.21",
            Side.SHORT,
            (2.118, 2.146, 2.17),
            (2.06, 2.01),
            2.21,
        ),
        (
            "APTUSDT Long - split entry\n- 25% at 8,412\n- 75% at 8,35\nTargets:\nTP 50% @ 8,61"
            "\nTP 50% @ 8,79\nSL 8,1",
            Side.LONG,
            (8.412, 8.35),
            (8.61, 8.79),
            8.1,
        ),
        (
            "#PEPE LONG — scaled bids\n• 40% @ 0.00000812\n• 60% @ 0.00000798\n"
            "Take profit: 0.00000845\nStop: 0.00000776",
            Side.LONG,
            (0.00000812, 0.00000798),
            (0.00000845,),
            0.00000776,
        ),
    ],
)
def test_share_first_lines_are_the_entries(
    text: str, side: Side, entries: tuple[float, ...], tps: tuple[float, ...], sl: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.side, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        side,
        entries,
        tps,
        sl,
    )


@pytest.mark.parametrize(
    ("text", "side", "entries", "tps", "sl"),
    [
        (
            "Averaging plan for $OP short: first 2.118, second 2.146, third 2.17. "
            "Targets 2.06 and 2.01. SL 2.21.",
            Side.SHORT,
            (2.118, 2.146, 2.17),
            (2.06, 2.01),
            2.21,
        ),
        (
            "#APT LONG entries - 1st 8.412, 2nd 8.35. TP 8.61, 8.79. Stop 8.1",
            Side.LONG,
            (8.412, 8.35),
            (8.61, 8.79),
            8.1,
        ),
        (
            "FET/USDT long - scaling in: first 1.274, then 1.26, then 1.245.\nTake profit 1.31 / "
            "1.35\nStop loss 1.22",
            Side.LONG,
            (1.274, 1.26, 1.245),
            (1.31, 1.35),
            1.22,
        ),
        (
            "DCA for $TIA short: first entry 5.06, second entry 5.12. First target 4.95, "
            "second target 4.86. SL 5.24.",
            Side.SHORT,
            (5.06, 5.12),
            (4.95, 4.86),
            5.24,
        ),
    ],
)
def test_ordinal_sentence_entries(
    text: str, side: Side, entries: tuple[float, ...], tps: tuple[float, ...], sl: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.side, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        side,
        entries,
        tps,
        sl,
    )


@pytest.mark.parametrize(
    "text",
    [
        # an exit ladder under a targets heading stays targets
        "Targets:\n50% @ 2.06\n50% @ 2.01",
        "Take profit plan\n50% @ 2.06\n50% @ 2.01",
        # a labelled list is left to its label
        "Entries:\n50% @ 2.118\n50% @ 2.146",
        # ordinals out of order, or after no entry word
        "OP short: second 2.118, first 2.146",
        "OP short: first 2.118, second 2.146",
        # mixed kinds
        "OP short: first entry 2.118, second target 2.06",
    ],
)
def test_other_layouts_are_left_as_written(text: str) -> None:
    assert ordinal_ladders(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "First target hit on $OP ✅",
        "The first 2 targets are done, second half of the position still open",
        "First time in a while BTC closes above 70,000",
    ],
)
def test_talk_and_updates_are_not_entries(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL


def test_ordinals_with_no_entry_word_go_to_review() -> None:
    text = "$OP short: first 2.118, second 2.146, third 2.17. Targets 2.06 and 2.01. SL 2.21."
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@settings(max_examples=50, deadline=None)
@given(
    coin=st.sampled_from(["SOL", "AVAX", "NEAR", "INJ", "ATOM", "BERA"]),
    entry=st.decimals(min_value="1", max_value="500", places=2),
    long=st.booleans(),
    n=st.integers(min_value=2, max_value=4),
    mark=st.sampled_from(["@", "at"]),
)
def test_share_first_ladder_keeps_every_entry_in_order(
    coin: str, entry: object, long: bool, n: int, mark: str
) -> None:
    e = float(str(entry))
    sign = 1 if long else -1
    entries = [round(e * (1 - sign * 0.01 * i), 2) for i in range(n)]
    tp, sl = round(e * (1 + sign * 0.04), 2), round(entries[-1] * (1 - sign * 0.03), 2)
    # (every level written with its two decimals, as a channel writes them: a last level "10.0"
    # or "10" among two-decimal prices reads as a price cut short, to review)
    rows = [f"{100 // n}% {mark} {v:.2f}" for v in entries]
    side = "LONG" if long else "SHORT"
    text = "\n".join([f"{coin} {side} ladder", *rows, f"TP {tp:.2f}", f"SL {sl:.2f}"])
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == tuple(entries)
    assert parsed.take_profits == (tp,)
    assert parsed.stop_loss == sl
