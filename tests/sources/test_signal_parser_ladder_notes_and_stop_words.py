"""An average on a line of its own under a ladder is no entry; numbered ladder bullets with an
em dash or a bullet ("• Sell 1 — 1.1162 (50%)", "DCA 2 – 2.3198", "Entry 1 @ 32.53") keep their
number out of the prices; "invalid", "inval." and "invalidated on a close below" name a
one-liner's stop (and "invalidated on a close" is no cancel); Thai "ขายทำกำไร" ("sell to take
profit") labels a long's targets, not a short."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.average_notes import without_average_lines


def _levels(
    text: str,
) -> tuple[str, str | None, tuple[float, ...], tuple[float, ...], float | None]:
    r = parse_message(text)
    side = r.side.value if r.side is not None and hasattr(r.side, "value") else r.side
    return (r.kind.value, side, tuple(r.entries), tuple(r.take_profits), r.stop_loss)


@pytest.mark.parametrize(
    "average",
    ["Avg ≈ 32.43", "Average: 32.43", "avg entry ~32.43", "Ø 32.43", "(avg 32.43)"],
)
@pytest.mark.parametrize("names", [("1st buy: ", "2nd buy: "), ("Entry 1 @ ", "Entry 2 @ ")])
def test_an_average_line_under_a_ladder_is_no_entry(average: str, names: tuple[str, str]) -> None:
    text = (
        f"#AVAX/USDT LONG\n\n{names[0]}32.53\n{names[1]}32.33\n{average}\n\n"
        "TP1: 33.15\nTP2: 33.77\nSL: 31.81"
    )
    assert _levels(text) == ("signal", "long", (32.53, 32.33), (33.15, 33.77), 31.81)


def test_an_average_outside_the_ladder_or_after_a_blank_line_stays() -> None:
    ladder = "1st buy: 32.53\n2nd buy: 32.33\n"
    assert without_average_lines(ladder + "Avg ≈ 35.1") == ladder + "Avg ≈ 35.1"
    assert without_average_lines(ladder + "\nAvg ≈ 32.43") == ladder + "\nAvg ≈ 32.43"
    assert without_average_lines("Entry 32.53\nAvg ≈ 32.43") == "Entry 32.53\nAvg ≈ 32.43"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1000, 9000), min_size=2, max_size=4, unique=True),
    st.sampled_from(["Avg ≈ ", "Average: ", "avg entry ~", "Ø "]),
)
def test_an_average_between_the_ladder_lines_is_dropped(cents: list[int], word: str) -> None:
    prices = [c / 100 for c in cents]
    inside = sum(prices) / len(prices)
    ladder = "".join(f"Buy {i}: {v}\n" for i, v in enumerate(prices, 1))
    assert without_average_lines(f"{ladder}{word}{inside:.2f}\nTP 99") == f"{ladder}\nTP 99"
    outside = max(prices) + 1
    kept = f"{ladder}{word}{outside:.2f}"
    assert without_average_lines(kept) == kept


@pytest.mark.parametrize(
    ("rows", "entries"),
    [
        ("• Sell 1 — 1.1162 (50%)\n• Sell 2 — 1.1229 (50%)", (1.1162, 1.1229)),
        ("DCA 1 – 1.1162\nDCA 2 – 1.1229", (1.1162, 1.1229)),
        ("Entry 1 @ 1.1162\nEntry 2 @ 1.1229", (1.1162, 1.1229)),
        ("Order 1 – 1.1162 (60 %)\nOrder 2 – 1.1229 (40 %)", (1.1162, 1.1229)),
    ],
)
def test_numbered_ladder_bullets_keep_their_number_out(rows: str, entries: tuple) -> None:
    text = f"📊 #ARB Short setup\n{rows}\nTP: 1.095 / 1.0736\nSL 1.1431"
    assert _levels(text) == ("signal", "short", entries, (1.095, 1.0736), 1.1431)


@pytest.mark.parametrize(
    "stop",
    [
        "invalid 9.415",
        "inval. 9.415",
        "invalidation 9.415",
        "invalid above 9.415",
        "invalidated on a close above 9.415",
        "invalidated on a daily close above 9.415",
    ],
)
@pytest.mark.parametrize(
    "layout",
    [
        "APTUSDT short 9.2, tp 9.023 & 8.826, {stop}",
        "shorting #APT here 9.2 → 9.023 / 8.826 | {stop}",
    ],
)
def test_invalid_words_name_a_one_liners_stop(stop: str, layout: str) -> None:
    assert _levels(layout.format(stop=stop)) == ("signal", "short", (9.2,), (9.023, 8.826), 9.415)


@pytest.mark.parametrize("text", ["#SOL setup invalidated ❌", "SOL idea invalidated, closing"])
def test_an_idea_invalidated_is_still_a_cancel(text: str) -> None:
    assert parse_message(text).kind.value != "signal"


@pytest.mark.parametrize("label", ["ขายทำกำไร", "ทำกำไร", "เป้าทำกำไร"])
@pytest.mark.parametrize("numbered", [False, True])
def test_thai_take_profit_labels_under_a_long(label: str, numbered: bool) -> None:
    tps = f"{label} 1: 3812.45\n{label} 2: 3888.06" if numbered else f"{label}: 3812.45 / 3888.06"
    text = f"📊 #ETHUSDT\nทิศทาง: LONG 🟢\nราคาเข้า: 3735.92\n{tps}\nหยุดขาดทุน: 3605.67"
    assert _levels(text) == ("signal", "long", (3735.92,), (3812.45, 3888.06), 3605.67)


def test_a_thai_short_closing_for_profit() -> None:
    text = "เหรียญ: #SOL\nทิศทาง: ขาย (Short)\nจุดเข้า: 148.2\nปิดทำกำไร: 145.1 / 142.3\nตัดขาดทุน: 151.9"
    assert _levels(text) == ("signal", "short", (148.2,), (145.1, 142.3), 151.9)
