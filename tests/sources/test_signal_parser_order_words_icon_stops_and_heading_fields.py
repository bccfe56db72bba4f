"""Card families read by the order words, icons and headings they write their levels with: a
heading over a bulleted field line (``🟢 Entry`` / ``  ↳ Limit: a``), a one-line call closing
its icon targets on a no-entry sign or a cross (``#SOL LONG a 🎯 x · y 🚫 s``), numbered order
lines (``Bid 1 @ a``, ``Limit (1) → a``, ``Take (1) → x``), entry ladders under plural order
words (``Asks: a, b, c``, ``Staggered buys a / b``, ``resting orders at a, b and c``) and shorts
that sell to enter and buy back for their targets (``SELL @ a`` / ``BUY @ x / y``). What the
words do not settle goes to review, never a guess."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.card_headings import one_line_row_labelled
from tradermanager.sources.signal_parser.heading_prices import heading_prices_joined
from tradermanager.sources.signal_parser.order_word_labels import orders_at_as_labels
from tradermanager.sources.signal_parser.order_word_ladders import order_ladders_as_entries


def _read(text: str) -> tuple[str | None, Side | None, list[float], list[float], float | None]:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    return (
        parsed.symbol,
        parsed.side,
        list(parsed.entries),
        list(parsed.take_profits),
        (parsed.stop_loss),
    )


def _not_acted_on(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind in (MessageKind.NEEDS_REVIEW, MessageKind.NOT_SIGNAL), parsed


# ---- a heading over a bulleted field line ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SOLUSDT · LONG\n🟢 Entry\n  ↳ Limit: 148.21\n🎯 Targets\n  ↳ TP1: 151.4\n"
            "  ↳ TP2: 154.9\n🛑 Stop Loss\n  ↳ Trigger: 143.65",
            ("SOL", Side.LONG, [148.21], [151.4, 154.9], 143.65),
        ),
        (
            "#ADA SHORT\nEntry point:\n• Level: 0.4531\nTake Profit:\n• TP1 - 0.4466\n"
            "• TP2 - 0.4402\nStop:\n• Level: 0.4689",
            ("ADA", Side.SHORT, [0.4531], [0.4466, 0.4402], 0.4689),
        ),
        (
            "DOT/USDT Long\nEntry\n   Price: $6.842\nExit plan\n   Target 1: $6.951\n"
            "   Stop: $6.615",
            ("DOT", Side.LONG, [6.842], [6.951], 6.615),
        ),
        (
            "XRPUSDT SHORT\nEntry price\n  - Limit price: 0.61834\nTargets\n  - TP1: 0.60912\n"
            "Stop-loss\n  - Trigger price: 0.63977",
            ("XRP", Side.SHORT, [0.61834], [0.60912], 0.63977),
        ),
        (
            "AVAX LONG\nENTRY\n\t└ LIMIT: 31.06\nTP\n\t└ TP1: 31.88\nSL\n\t└ TRIGGER: 29.94",
            ("AVAX", Side.LONG, [31.06], [31.88], 29.94),
        ),
    ],
)
def test_a_headings_value_on_the_field_line_below_is_read(
    text: str, expected: tuple[str, Side, list[float], list[float], float]
) -> None:
    assert _read(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("🟢 Entry\n  ↳ Limit: 3.1", "🟢 Entry: 3.1"),
        ("Stop:\n• Level: 16.3", "Stop: 16.3"),
        ("Stop Loss\n  Trigger: 0.5", "Stop Loss: 0.5"),
        # a heading that carries its value keeps the line below as it is
        ("Entry: 148.2\n  Limit: 150", "Entry: 148.2\n  Limit: 150"),
        # a field line neither indented nor bulleted is no heading's
        ("Entry\nLimit: 148.2", "Entry\nLimit: 148.2"),
        # a heading of no level
        ("Notes\n  ↳ Level: 148.2", "Notes\n  ↳ Level: 148.2"),
    ],
)
def test_only_a_level_heading_takes_the_indented_field_below(text: str, joined: str) -> None:
    assert heading_prices_joined(text) == joined


@pytest.mark.parametrize(
    "text",
    [
        # a stop-limit: the stop's trigger and its limit, two prices under one heading
        "ETHUSDT · SHORT\n🟢 Entry\n  ↳ Limit: 3427.92\n🎯 Targets\n  ↳ TP1: 3377.79\n"
        "🛑 Stop Loss\n  ↳ Trigger: 3508.89\n  ↳ Limit: 3515",
        # an entry's trigger and its limit
        "ETHUSDT · SHORT\n🟢 Entry\n  ↳ Trigger: 3427.92\n  ↳ Limit: 3425\n🎯 Targets\n"
        "  ↳ TP1: 3377.79\n🛑 Stop Loss\n  ↳ Trigger: 3508.89",
        # the stop on the targets' side
        "SOLUSDT · LONG\n🟢 Entry\n  ↳ Limit: 148.21\n🎯 Targets\n  ↳ TP1: 151.4\n"
        "🛑 Stop Loss\n  ↳ Trigger: 153.65",
    ],
)
def test_headings_whose_fields_do_not_settle_the_levels_go_to_review(text: str) -> None:
    _not_acted_on(text)


# ---- a one-line call closed by a stop icon ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#SOL LONG 148.2 🎯 151.7 · 155.05 🚫 144.3",
            ("SOL", Side.LONG, [148.2], [151.7, 155.05], 144.3),
        ),
        (
            "LINKUSDT 🔴 14.612 💰 14.388 / 14.17 / 13.96 🛑 15.02",
            ("LINK", Side.SHORT, [14.612], [14.388, 14.17, 13.96], 15.02),
        ),
        (
            "ADA/USDT BUY 0.4531 ➜ 🎯 0.4602, 0.4688 ✖️ 0.4402",
            ("ADA", Side.LONG, [0.4531], [0.4602, 0.4688], 0.4402),
        ),
        (
            "#PEPE SHORT 0.00001234 🎯 0.00001201 · 0.00001178 ✖ 0.00001288",
            ("PEPE", Side.SHORT, [0.00001234], [0.00001201, 0.00001178], 0.00001288),
        ),
        (
            "ETHUSDT 🟢 3,412.5 💰 3,480 / 3,545.5 🛑 3,350",
            ("ETH", Side.LONG, [3412.5], [3480.0, 3545.5], 3350.0),
        ),
    ],
)
def test_a_one_liners_stop_icon_after_its_targets_is_the_stop(
    text: str, expected: tuple[str, Side, list[float], list[float], float]
) -> None:
    assert _read(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    [
        "#SOL LONG 148.2 🎯 151.7 · 155.05 🚫 149.3",  # the stop above the entry of a long
        "SOL LONG Lev 20 💰 148.2 / 149 🛑 144",  # a money bag after the leverage: the entries
        "LINKUSDT SHORT 14.612 💰 14.388 / 14.87 🛑 15.02",  # a target above a short's entry
    ],
)
def test_one_liners_the_icons_do_not_settle_go_to_review(text: str) -> None:
    _not_acted_on(text)


@pytest.mark.parametrize(
    "line",
    [
        "🚫 No trade today on SOL, 148.2 is chop",
        "💰 Entry 148.2 🛑 144",  # the money bag before the first price: the entry's
        "SOL 148.2 🎯 152 🚫 144 then more",  # the stop icon's price does not end the line
    ],
)
def test_other_icon_lines_keep_their_icons(line: str) -> None:
    assert one_line_row_labelled(line) == line


@settings(max_examples=40, deadline=None)
@given(
    long=st.booleans(),
    entry=st.floats(min_value=0.05, max_value=900),
    n=st.integers(min_value=1, max_value=3),
    target_icon=st.sampled_from(["🎯", "💰"]),
    stop_icon=st.sampled_from(["🚫", "✖️", "✖", "🛑", "⛔"]),
    gap=st.sampled_from([" · ", " / ", ", "]),
)
def test_a_one_liner_reads_its_targets_and_stop_whatever_the_icons(
    long: bool, entry: float, n: int, target_icon: str, stop_icon: str, gap: str
) -> None:
    sign = 1 if long else -1
    entry = round(entry, 4)
    tps = [round(entry * (1 + sign * 0.02 * k), 4) for k in range(1, n + 1)]
    stop = round(entry * (1 - sign * 0.03), 4)
    side = "LONG" if long else "SHORT"
    text = f"#LINK {side} {entry} {target_icon} {gap.join(str(v) for v in tps)} {stop_icon} {stop}"
    assert _read(text) == pytest.approx(
        ("LINK", Side.LONG if long else Side.SHORT, [entry], tps, stop)
    )


# ---- numbered order lines -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SOLUSDT — long\nBid 1 @ 148.2\nBid 2 @ 146.9\nTP No.1 - 151.4\nTP No.2 - 154\n"
            "SL - 143.7",
            ("SOL", Side.LONG, [148.2, 146.9], [151.4, 154.0], 143.7),
        ),
        (
            "ADAUSDT — short\nAsk 1 @ 0.4531\nAsk 2 @ 0.4562\nAsk 3 @ 0.4593\nTP No.1 - 0.4466\n"
            "SL - 0.4702",
            ("ADA", Side.SHORT, [0.4531, 0.4562, 0.4593], [0.4466], 0.4702),
        ),
        (
            "$DOT LONG\nLimit (1) → 6.842\nLimit (2) → 6.79\nTake (1) → 6.951\nTake (2) → 7.08\n"
            "Stop → 6.615",
            ("DOT", Side.LONG, [6.842, 6.79], [6.951, 7.08], 6.615),
        ),
        (
            "$XRP SHORT\nLimit #1 ➤ 0.6183\nLimit #2 ➤ 0.6228\nTake #1 ➤ 0.6091\nStop ➤ 0.6398",
            ("XRP", Side.SHORT, [0.6183, 0.6228], [0.6091], 0.6398),
        ),
    ],
)
def test_numbered_order_lines_number_no_price(
    text: str, expected: tuple[str, Side, list[float], list[float], float]
) -> None:
    assert _read(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    [
        # bids under a short: the words disagree
        "SOL SHORT\nBid 1 @ 148\nBid 2 @ 147\nTP 145\nSL 150",
        # asks under a long
        "SOL LONG\nAsk 1 @ 152\nAsk 2 @ 153\nTP 155\nSL 149",
        # "Take" written first is still a target, never an entry: here below a long's entry
        "$DOT LONG\nTake (1) → 6.951\nLimit (1) → 7.08\nLimit (2) → 7.02\nStop → 6.615",
    ],
)
def test_numbered_orders_the_words_do_not_settle_go_to_review(text: str) -> None:
    _not_acted_on(text)


# ---- ladders under plural order words --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#LINK SHORT\nAsks: 14.61, 14.7, 14.79\nTP: 14.31 / 14.02\nSL: 15.1",
            ("LINK", Side.SHORT, [14.61, 14.7, 14.79], [14.31, 14.02], 15.1),
        ),
        (
            "ADAUSDT long\nStaggered buys 0.4531 / 0.4504 / 0.4477\nTargets 0.4622, 0.4715\n"
            "Stop 0.4388",
            ("ADA", Side.LONG, [0.4531, 0.4504, 0.4477], [0.4622, 0.4715], 0.4388),
        ),
        (
            "$DOT short — resting orders at 6.842, 6.883 and 6.924.\nTake profit 6.71 then 6.6. "
            "Stop-loss 7.05.",
            ("DOT", Side.SHORT, [6.842, 6.883, 6.924], [6.71, 6.6], 7.05),
        ),
        (
            "SOL LONG\nLaddered bids: 148.2 | 147.3 | 146.4\nTP: 152 / 155\nSL: 143",
            ("SOL", Side.LONG, [148.2, 147.3, 146.4], [152.0, 155.0], 143.0),
        ),
        (
            "XRPUSDT short\nScaled sells at 0.6183 & 0.6228\nTargets 0.6091, 0.5987\nStop 0.6398",
            ("XRP", Side.SHORT, [0.6183, 0.6228], [0.6091, 0.5987], 0.6398),
        ),
    ],
)
def test_a_ladder_under_the_named_sides_order_word_is_the_entries(
    text: str, expected: tuple[str, Side, list[float], list[float], float]
) -> None:
    assert _read(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    [
        "#SOL LONG\nAsks: 152, 155\nSL 144",  # a long's asks: its targets
        "#SOL SHORT\nStaggered buys 148 / 147\nSL 150",  # a short's buys: no entries of it
        "#SOL LONG or SHORT\nBids: 148, 147\nSL 144",  # both directions named
        "SOL long, orders at 148.2, 147.3",  # a bare "orders": anyone's
        "#SOL SHORT\nAsks: 152, 153\nBids: 148, 146\nSL 155",  # two ladders
    ],
)
def test_order_word_lists_the_direction_does_not_open_stay_as_written(text: str) -> None:
    assert order_ladders_as_entries(text) == text


def test_a_shorts_buys_go_to_review() -> None:
    _not_acted_on("#SOL SHORT\nStaggered buys 148 / 147\nTP 145\nSL 150")


# ---- a short sells first and buys back -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#LINKUSDT\nSELL @ 14.612\nBUY @ 14.388 / 14.17\nSTOP @ 15.02",
            ("LINK", Side.SHORT, [14.612], [14.388, 14.17], 15.02),
        ),
        (
            "ADA/USDT plan\nSelling: 0.4531 - 0.4566\nBuying back: 0.4466, 0.4402\nSL: 0.4702",
            ("ADA", Side.SHORT, [0.4531, 0.4566], [0.4466, 0.4402], 0.4702),
        ),
        (
            "#DOT SHORT\nSell @ 6.842\nBuy back @ 6.71 / 6.6\nStop-loss 7.05",
            ("DOT", Side.SHORT, [6.842], [6.71, 6.6], 7.05),
        ),
        (
            "#SOLUSDT\nBUY @ 148.2\nSELL @ 151.4 / 154\nSTOP @ 143.7",
            ("SOL", Side.LONG, [148.2], [151.4, 154.0], 143.7),
        ),
    ],
)
def test_an_order_word_line_of_each_side_is_the_entry_and_the_targets(
    text: str, expected: tuple[str, Side, list[float], list[float], float]
) -> None:
    assert _read(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    [
        "#SOL\nSELL @ 152\nBUY @ 148 / 146",  # no stop: a spot trader's sale and rebuy?
        "#SOL LONG\nSELL @ 152\nBUY @ 148 / 146\nSTOP @ 155",  # the side word disagrees
        "#SOL\nSELL @ 152\nBUY @ 148\nSELL @ 151\nSTOP @ 155",  # three order lines
    ],
)
def test_order_word_lines_that_do_not_settle_the_side_stay_as_written(text: str) -> None:
    assert orders_at_as_labels(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "#SOL\nSELL @ 152\nBUY @ 148 / 146",
        "#SOL LONG\nSELL @ 152\nBUY @ 148 / 146\nSTOP @ 155",
        "#SOL\nSELL @ 152\nBUY @ 155 / 158\nSTOP @ 160",  # bought back above the sale
    ],
)
def test_sell_then_buy_cards_the_words_do_not_settle_go_to_review(text: str) -> None:
    _not_acted_on(text)
