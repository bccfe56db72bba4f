"""Signals damaged on their way (lines wrapped by a narrow screen, a line written twice, a word
taken for the coin that the exchange does not list, markup cut before its end): read right, or
sent to review — never copied with a wrong field."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from tests.sources.drawn_levels import LEVELS, stepped_levels

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.open_markup import open_markup
from tradermanager.sources.signal_parser.symbols import listed_bases
from tradermanager.sources.signal_parser.wrapped_lines import joined_wraps


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "#SUIUSDT SHORT\nEntry: 1.1212 (price now:\n1.1156)\nTP: 1.1045 / 1.0843\n"
            "SL: 1.1392\nLeverage: 10x",
            (1.1212,),
        ),
        (
            "#ADAUSDT LONG\n0.4351–0.4386 zone (ideal\n0.4368)\nTargets: 0.4475 / 0.456 /\n"
            "0.4668\nStop: 0.4232",
            (0.4351, 0.4386),
        ),
        (
            "BTCUSDT LONG\nAccumulate 68,120.6 to\n68,670, best fill 68,395.3\n"
            "Targets: 69,971.5 / 71,348.2\nStop: 66,257",
            (68120.6, 68670.0),
        ),
        (
            "$PEPE buy 0.0000083791 -\n0.0000081529\ntargets 0.0000088818\n0.0000093846\n"
            "sl 0.0000076637",
            (0.0000081529, 0.0000083791),
        ),
    ],
)
def test_a_line_wrapped_inside_a_bracket_or_a_range_reads_as_one(
    text: str, entries: tuple[float, ...]
) -> None:
    """A narrow screen broke the line inside its note's bracket or after its range's dash: the
    note's number is no entry, and the range is one range."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == entries


@pytest.mark.parametrize(
    "text",
    [
        # a bracket never closed, a bracket closed two lines below, brackets inside
        "Entry (limit\nTP1: 0.5\nSL: 0.4)",
        "Targets (\n1.0\n2.0\n)",
        "TP1: 0.5 (50%\nTP2: 0.6 (30%)",
        # a dash over a label, a dash after no number
        "Entry: 0.5 -\nTP: 0.6",
        "Leverage 10x -\n20x max",
    ],
)
def test_no_wrap_is_joined_where_the_next_line_does_not_finish_the_line(text: str) -> None:
    assert joined_wraps(text) == text


@settings(max_examples=60, deadline=None)
@given(**LEVELS, note=st.sampled_from(["price now:", "ideal", "mark", "best fill", "CMP"]))
def test_a_note_wrapped_onto_the_next_line_reads_as_the_note_on_its_line(
    entry: int, steps: list[int], scale: int, long: bool, note: str
) -> None:
    """Metamorphic: a card whose entry note is broken onto the next line inside its bracket
    reads as the same card written on one line."""
    tps = stepped_levels(entry, steps, scale, long)
    stop = stepped_levels(entry, [40], scale, not long)[0]
    near = stepped_levels(entry, [2], scale, long)[0]
    side = "LONG" if long else "SHORT"
    rest = f"TP: {' / '.join(f'{t:g}' for t in tps)}\nSL: {stop:g}"
    whole = f"#SOLUSDT {side}\nEntry: {entry / scale:g} ({note} {near:g})\n{rest}"
    wrapped = f"#SOLUSDT {side}\nEntry: {entry / scale:g} ({note}\n{near:g})\n{rest}"
    one, two = parse_message(whole), parse_message(wrapped)
    assert (two.kind, two.entries, two.take_profits, two.stop_loss) == (
        one.kind,
        one.entries,
        one.take_profits,
        one.stop_loss,
    ), wrapped


@pytest.mark.parametrize(
    "text",
    [
        "SHORT SUR APT À 8,853, OBJECTIFS 8,725 ET 8,63, STOP 9,096, LEVIER X20",
        "CANH LONG ETH VÙNG 3.212,04 - 3.231,43\nTP: 3.278,35 / 3.294,39\nSL: 3.140,71",
        "doge me long lo 0.11208 pe, target 0.11414 aur 0.11637, sl 0.10989 rakho, 10x leverage",
        "LONG 3ALA LQTY MEN 0.2804 LE 0.2792, EL AHDAF 0.2849 - 0.2894, EL STOP TA7T 0.2692",
    ],
)
def test_an_unlisted_word_taken_for_the_coin_beside_a_listed_coin_goes_to_review(
    text: str,
) -> None:
    """The word beside the side word is no coin the exchange lists, and a listed coin stands
    in the text: which one the levels are for is not certain."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.kind, parsed.symbol)
    assert "Two coins" in parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        "ZORKA LONG\nEntry: 0.5123\nTP: 0.5301 / 0.5488\nSL: 0.4977",
        "long zorka 0.5123, tp 0.5301, sl 0.4977",
    ],
)
def test_an_unlisted_coin_written_alone_is_still_read(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == "ZORKA"


@settings(max_examples=60, deadline=None)
@given(
    word=st.text(alphabet="BCDFGHJKLMNPQRSTVWXZ", min_size=4, max_size=6),
    coin=st.sampled_from(["APT", "ETH", "LQTY", "DOGE", "NEAR", "SUI"]),
    case=st.sampled_from([str.upper, str.lower]),
)
def test_an_unlisted_word_before_the_side_never_wins_over_a_listed_coin(
    word: str, coin: str, case: object
) -> None:
    """Metamorphic: whatever word stands before the side word, a listed coin after it is
    either read or the message goes to review — the levels are never copied for the word."""
    assume(word not in listed_bases())
    assert callable(case)
    text = case(f"{word} LONG {coin} 1.2345, TP 1.2601 / 1.2877, SL 1.2001")
    parsed = parse_message(text)
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.symbol == coin, text


@pytest.mark.parametrize(
    "text",
    [
        "🟢 NEARUSDT — Long\nE | SL | TP1 | TP2\n5.317 | 5.184 | 5.393 | 5.501\n"
        "5.317 | 5.184 | 5.393 | 5.501\nLeverage: 10x",
        "#WIF — Short\nSELL LIMIT (1): 2.6071\nSELL LIMIT (2): 2.6332\nBUY LIMIT: 2.5682\n"
        "BUY LIMIT: 2.5369\nBUY LIMIT: 2.5369\nBUY STOP: 2.6933",
        "| Coin | Direction | Open | TP1 | TP2 | Stop loss |\n|---|---|---|---|---|---|\n"
        "| SOL/USDT | SHORT | 148.2 | 146.1 | 144.9 | 150.3 |\n"
        "| SOL/USDT | SHORT | 148.2 | 146.1 | 144.9 | 150.3 |",
    ],
)
def test_a_line_of_levels_written_twice_in_a_sheet_or_card_goes_to_review(text: str) -> None:
    """A paste glitch in a sheet or a card the quick reader reads: the level would count
    twice."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.entries, parsed.take_profits)
    assert "written twice" in parsed.reason


@settings(max_examples=60, deadline=None)
@given(**LEVELS, data=st.data())
def test_any_priced_line_written_twice_is_the_card_or_review(
    entry: int, steps: list[int], scale: int, long: bool, data: st.DataObject
) -> None:
    """A card with one of its priced lines repeated right under it reads as the card, or goes
    to review — never a level copied twice."""
    tps = stepped_levels(entry, steps, scale, long)
    stop = stepped_levels(entry, [40], scale, not long)[0]
    lines = [
        f"#SOLUSDT {'LONG' if long else 'SHORT'}",
        f"Entry: {entry / scale:g}",
        *(f"TP{k}: {t:g}" for k, t in enumerate(tps, 1)),
        f"SL: {stop:g}",
        "Leverage: 10x",
    ]
    k = data.draw(st.integers(1, len(lines) - 1))
    card = "\n".join(lines)
    repeated = "\n".join(lines[: k + 1] + lines[k:])
    one, two = parse_message(card), parse_message(repeated)
    if two.kind is not MessageKind.NEEDS_REVIEW:
        assert (two.kind, two.entries, two.take_profits, two.stop_loss, two.leverage) == (
            one.kind,
            one.entries,
            one.take_profits,
            one.stop_loss,
            one.leverage,
        ), repeated


_BOX_CARD = (
    "┌──────────┬──────────┬────────┐\n"
    "│ Pair     │ DOT/USDT │        │\n"
    "│ Side     │ LONG     │        │\n"
    "│ Entry    │ 6.878    │        │\n"
    "│ T1       │ 6.98     │ +1.48% │\n"
    "│ SL       │ 6.7      │ -2.59% │\n"
    "│ Leverage │ 10x      │        │\n"
    "└──────────┴──────────┴────────┘"
)


@pytest.mark.parametrize(
    "text",
    [
        _BOX_CARD[: _BOX_CARD.index("6.7") + 3],
        "| Item | Value | Note |\n|:---|---:|---|\n| Pair | BTC/USDT |  |\n"
        "| Direction | SHORT |  |\n| Entry | 67,608.8 |  |\n| TP1 | 66,693.5 | -1.4% |\n"
        "| Stop Loss | 69,090.6",
        "📊 SIGNAL #2304\n```\nPair   PEPE/USDT\nSide   SHORT\nEntry  0.0000085919\n"
        "TP 1   0.0000084676\nStop   0.0000087619",
        "[b]SOLUSDT LONG[/b]\n[list][*]Entry: 140.59[*]TP1: 143.1[*]TP2: 145.67",
    ],
)
def test_a_card_cut_inside_its_markup_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.kind, text)
    assert "never closed" in parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        _BOX_CARD,
        "📊 SIGNAL #2304\n```\nPair   PEPE/USDT\nSide   SHORT\nEntry  0.0000085919\n"
        "TP 1   0.0000084676\nStop   0.0000087619\n```",
        "[b]SOLUSDT LONG[/b]\n[list][*]Entry: 140.59[*]TP1: 143.1[*]SL: 134.64[/list]",
        "SOL LONG | Entry 148.2 | TP 152 | SL 145",
    ],
)
def test_closed_markup_tells_no_cut(text: str) -> None:
    assert open_markup(text) is None


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_a_box_card_cut_inside_any_row_is_never_copied(data: st.DataObject) -> None:
    """Every cut of the box card inside a priced row, after its first digit and before its
    last bar, is review or a reading of the rows above it — never a card copied as whole."""
    rows = _BOX_CARD.split("\n")
    k = data.draw(st.integers(3, 6))  # the Entry, T1, SL or Leverage row
    row = rows[k]
    first_digit = next(i for i, ch in enumerate(row) if ch.isdigit())
    end = data.draw(st.integers(first_digit + 1, row.rindex("│") - 1))
    text = "\n".join([*rows[:k], row[:end]])
    assert open_markup(text) == "a table row"
    assert parse_message(text).kind is not MessageKind.SIGNAL, text


@pytest.mark.parametrize(
    "text",
    [
        "NEAR setup, step by step:\n1️⃣ Open OKX and search NEARUSDT\n"
        "2️⃣ Open a LONG with a market order now, no limit\n3️⃣ Set stop at 5.428",
        "🧑‍🏫 Beginners: ETH long\n1️⃣ Open Binance Futures and search ETHUSDT\n"
        "2️⃣ Set leverage to 10x (cross)\n3️⃣ Place a limit order at 3,634.96 (LONG)\n"
        "4️⃣ Set your stop loss at 3,525.91",
        "ADAUSDT SHORT\nsell limit at 0.4412\nsell limit at 0.4438\nstop market at 0.4608",
        "LTCUSDT\nSell at current price\nStop at 86.79\nLeverage 10x",
    ],
)
def test_a_stop_set_with_the_opening_order_is_no_stop_moved(text: str) -> None:
    """The message places the trade's opening order: its stop is the new trade's, not a stop
    moved on one already open."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.kind, parsed.action)


@pytest.mark.parametrize(
    "text",
    ["#NEAR move stop to 5.428", "SOL: SL moved to entry (148.2)", "Set stop at breakeven on BTC"],
)
def test_a_stop_moved_without_an_opening_order_is_still_read(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        "⚙️ Capital Management:\nLeverage: 30x\n🟢 ENTRY ZONES:\n"
        "Initial Entry (1% capital): 0.113 USDT\nDCA Entry (1% capital): 0.11673 USDT\n"
        "🔴 STOP LOSS:\nStop Loss: 0.12635 USDT\n🎯 TAKE PROFIT TARGETS:\nTP1: 0.10927 USDT\n"
        "TP2: 0.10554 USDT",
        "Entrada: US$ 0,008156\nAlvos: US$ 0,0082933 / US$ 0,0083726\nStop: US$ 0,0078747",
        "Short Entry (SE): 0.7433\nTP: 0.7309 / 0.7028\nSL: 0.7583",
    ],
)
def test_a_label_word_or_a_currency_is_never_the_coin(text: str) -> None:
    """With the coin's line lost, a heading's second word, a currency's letters before its
    sign or the initials of the words before them name no coin: review."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.kind, parsed.symbol)
    assert parsed.symbol is None


@pytest.mark.parametrize(
    ("text", "leverage"),
    [
        (
            "$TIA #TIA #TIAUSDT 🔥 LONG | Entry: 10.467 | TP: 10.621 / 10.768 / 10.931 | "
            "SL: 10.163 | Lev: 20x | #100x #Altseason #Crypto",
            20.0,
        ),
        (
            "#OPUSDT $OP #OP 🚀 SHORT · Entry: 2.5029 · TP: 2.4623 / 2.4256 · SL: 2.5733 · "
            "#Altseason #50x #Gem",
            None,
        ),
        # a card tagging its own fields keeps its leverage tag
        (
            "#1INCHUSDT #LONG 📈 #10x\n\n#Entry Zone: 0.4419 – 0.4446\n"
            "#Take_Profit: 0.4485 | 0.4552\n#Stop: 0.4309\n\n#Binance #Futures #Signals",
            10.0,
        ),
    ],
)
def test_a_leverage_hashtag_among_topic_tags_is_no_leverage(
    text: str, leverage: float | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.leverage == leverage


@settings(max_examples=40, deadline=None)
@given(
    tags=st.lists(
        st.sampled_from(["#Altseason", "#Crypto", "#Futures", "#Gem", "#50x", "#100x", "#x20"]),
        min_size=2,
        max_size=4,
        unique=True,
    ),
    lev=st.integers(2, 25),
)
def test_topic_tags_joined_to_a_card_never_change_its_leverage(tags: list[str], lev: int) -> None:
    text = (
        f"#SOLUSDT LONG | Entry: 148.2 | TP: 150.1 / 152.3 | SL: 145.7 | Lev: {lev}x | "
        + " ".join(tags)
    )
    parsed = parse_message(text)
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.leverage == lev, text


def test_a_leverage_tag_before_a_tagged_label_on_a_joined_line_stays_the_leverage() -> None:
    text = (
        "#AVAXUSDT #SHORT 📉 #25x #Entry Zone: 34.49 – 34.7 #Take_Profit: 34.18 | 33.66 "
        "#SL: 35.57 #Scalp #Futures"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.leverage == 25.0


@pytest.mark.parametrize("views", ["20.1K views  02:42", "8262 views · edited 18:33", "1.2M views"])
def test_a_view_count_under_an_emptied_stop_is_no_stop(views: str) -> None:
    """An export's footer ("20.1K views") under a stop label left empty: the count is no
    price — the stop is missing, review."""
    text = f"BTC/USDT\nSide: Long\nEntry zone: 65,709.9\nTP: 66,445.8, 67,872.8\nSL:\n\n{views}"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed.stop_loss
