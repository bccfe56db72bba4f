"""Rules found with the development round of the third held-out round's families
(docs/signal-parsing.md): letters styled by font generators, emphasis marks kept as text,
order-type words on every level, spreadsheet rows under a header, every target hit beside a
close word, and channel names that are no coins."""

from __future__ import annotations

from drawn_levels import stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind, Side

SMALL_CAPITALS = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", strict=True))


def small_capitals(text: str) -> str:
    return "".join(SMALL_CAPITALS.get(c, c) for c in text.lower())


def styled(text: str, upper: int, lower: int) -> str:
    """``text`` in one styled alphabet whose 'A' and 'a' are ``upper`` and ``lower``."""
    return "".join(
        chr(upper + ord(c) - 65)
        if "A" <= c <= "Z"
        else chr(lower + ord(c) - 97)
        if "a" <= c <= "z"
        else c
        for c in text
    )


LEVELS = {
    "entry": st.integers(1000, 9000),
    "steps": st.lists(st.integers(5, 60), min_size=1, max_size=4),
    "scale": st.sampled_from([1, 100, 100_000]),
    "long": st.booleans(),
}


def _levels(
    entry: int, steps: list[int], scale: int, long: bool
) -> tuple[float, list[float], float]:
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 40) / scale
    return entry / scale, tps, stop


def _check(text: str, entry: float, tps: list[float], stop: float, long: bool) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.side is (Side.LONG if long else Side.SHORT)
    assert parsed.entries == (entry,)
    assert list(parsed.take_profits) == tps
    assert parsed.stop_loss == stop


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    alphabet=st.sampled_from(
        ["small", (0x1D400, 0x1D41A), (0x1D5D4, 0x1D5EE), (0xFF21, 0xFF41), (0x24B6, 0x24D0)]
    ),
    mode=st.sampled_from(["Cross", "Isolated"]),
)
def test_labels_side_and_margin_mode_in_styled_letters_read_as_typed(
    entry: int,
    steps: list[int],
    scale: int,
    long: bool,
    alphabet: str | tuple[int, int],
    mode: str,
) -> None:
    """'ᴇɴᴛʀʏ:', '𝐄𝐧𝐭𝐫𝐲:', 'Ｅｎｔｒｙ:', 'Ⓔⓝⓣⓡⓨ:' are 'Entry:'; the margin mode is kept."""

    def st_(text: str) -> str:
        return small_capitals(text) if alphabet == "small" else styled(text, *alphabet)

    e, tps, stop = _levels(entry, steps, scale, long)
    lines = [f"#SOL/USDT {st_('Long' if long else 'Short')}", f"{st_('Entry')}: {e:g}"]
    lines += [f"{st_('Target')} {i}: {v:g}" for i, v in enumerate(tps, 1)]
    lines += [f"{st_('Stop loss')}: {stop:g}", f"{st_('Leverage')}: {st_(mode)} 10x"]
    _check("\n".join(lines), e, tps, stop, long)
    assert parse_message("\n".join(lines)).margin_mode == mode.lower()


@settings(max_examples=80, deadline=None)
@given(
    **LEVELS,
    marks=st.lists(st.sampled_from(["*", "_", "**", "__", "`", "*_", ""]), min_size=8, max_size=8),
)
def test_emphasis_marks_around_labels_sides_and_values_change_nothing(
    entry: int, steps: list[int], scale: int, long: bool, marks: list[str]
) -> None:
    """'*Entry:* _0.022144_', '_LONG_', '`148.2`': the marks are removed, the card is read."""

    def mk(text: str, k: int) -> str:
        m = marks[k % len(marks)]
        return f"{m}{text}{m[::-1]}"

    e, tps, stop = _levels(entry, steps, scale, long)
    lines = [f"{mk('SOL/USDT', 0)} {mk('LONG' if long else 'SHORT', 1)}"]
    lines.append(f"{mk('Entry:', 2)} {mk(f'{e:g}', 3)}")
    lines += [f"{mk(f'TP{i}:', 4 + i)} {mk(f'{v:g}', 5 + i)}" for i, v in enumerate(tps, 1)]
    lines.append(f"{mk('SL:', 6)} {mk(f'{stop:g}', 7)}")
    _check("\n".join(lines), e, tps, stop, long)


def test_a_mark_inside_a_word_stays() -> None:
    parsed = parse_message("SOL_USDT LONG\nEntry: 148.2\nTP1: 152\nSL: 144")
    assert parsed.kind is MessageKind.SIGNAL and parsed.symbol == "SOL"


@settings(max_examples=80, deadline=None)
@given(
    **LEVELS,
    sep=st.sampled_from(["\t", ";", ",", " | "]),
    pair=st.sampled_from(["SOLUSDT", "SOL/USDT", "SOL"]),
    title=st.booleans(),
)
def test_a_spreadsheet_row_under_its_header_row_is_read_by_column(
    entry: int, steps: list[int], scale: int, long: bool, sep: str, pair: str, title: bool
) -> None:
    """'Pair⇥Side⇥Entry⇥TP1⇥SL' over a row of values, split by tabs, semicolons (with decimal
    commas), commas or pipes."""
    e, tps, stop = _levels(entry, steps, scale, long)

    def cell(v: float) -> str:
        text = f"{v:g}"
        return text.replace(".", ",") if sep == ";" else text

    head = ["Pair", "Side", "Entry", *(f"TP{i}" for i in range(1, len(tps) + 1)), "SL"]
    row = [pair, "LONG" if long else "SHORT", cell(e), *(cell(v) for v in tps), cell(stop)]
    lines = ([f"New setup{':' if sep != ',' else ''}"] if title else []) + [
        sep.join(head),
        sep.join(row),
    ]
    _check("\n".join(lines), e, tps, stop, long)


@settings(max_examples=80, deadline=None)
@given(
    **LEVELS,
    first=st.booleans(),
    case=st.sampled_from([str.upper, str.lower, str.title]),
    side_word=st.booleans(),
    at=st.sampled_from([" ", " @ ", ": ", " at "]),
)
def test_order_type_words_on_every_level_give_entries_targets_and_stop(
    entry: int,
    steps: list[int],
    scale: int,
    long: bool,
    first: bool,
    case: object,
    side_word: bool,
    at: str,
) -> None:
    """'Buy limit' entries, 'Sell limit' targets, 'Sell stop' stop for a long; mirrored for a
    short; the order word before or after its side; with or without a side word."""
    e, tps, stop = _levels(entry, steps, scale, long)
    into, out = ("buy", "sell") if long else ("sell", "buy")

    def order(side: str, kind: str) -> str:
        return case(f"{side} {kind}" if first else f"{kind} {side}")  # type: ignore[operator]

    lines = [f"SOLUSDT {'LONG' if long else 'SHORT'}" if side_word else "SOL/USDT"]
    lines.append(f"{order(into, 'limit')}{at}{e:g}")
    lines += [f"{order(out, 'limit')}{at}{v:g}" for v in tps]
    lines.append(f"{order(out, 'stop')}{at}{stop:g}")
    _check("\n".join(lines), e, tps, stop, long)


def test_a_stop_order_on_the_entries_side_is_no_exit() -> None:
    """'Buy stop' beside 'Buy limit' entries: a stop entry, not read as the levels' labels."""
    parsed = parse_message(
        "SOLUSDT\nBuy limit 148.2\nBuy stop 150.5\nSell limit 152\nSell stop 144"
    )
    assert parsed.kind is not MessageKind.SIGNAL or parsed.stop_loss != 150.5


def test_every_target_hit_beside_a_close_word_closes_nothing_of_its_own() -> None:
    for text, last in (
        ("All targets hit on DOGE 🎯 trade closed in profit", None),
        ("#SOL all 3 TPs reached ✅ position closed", 3),  # the count: the last target
        ("All take-profits filled on $ARB — trade closed 🏁", None),
        ("WIF hit all 4 targets 🎯 trade closed", 4),
    ):
        parsed = parse_message(text)
        assert parsed.kind is MessageKind.FOLLOW_UP, text
        assert parsed.actions == (FollowUpAction.TARGET_HIT,), text
        assert parsed.close_fraction is None and parsed.target_index == last


def test_channel_names_are_no_coins_and_closed_trades_no_close() -> None:
    for text in (
        "Closed trades go to #results from today, keep this channel for new calls",
        "Reminder: check #signals for the setups",
        "#closed-trades is read-only from now on; discussion moves to #general",
        "TP hits are posted in the #wins channel now",
    ):
        parsed = parse_message(text)
        assert parsed.kind is MessageKind.NOT_SIGNAL, (text, parsed.kind, parsed.symbol)
    assert parse_message("TP1 hit on #sol ✅").symbol == "SOL"
    assert parse_message("#arb-usdt long 1.1 tp 1.2 sl 1.0").symbol == "ARB"


def test_letterlike_and_squared_capitals_are_letters() -> None:
    for text in (
        "#SOL/USDT 𝕃𝕆ℕ𝔾\n𝔼𝕟𝕥𝕣𝕪: 148.2\n𝕋ℙ1: 152\n𝕊𝕋𝕆ℙ: 144",
        "#SOL/USDT 🅻🅾🅽🅶\n🅴🅽🆃🆁🆈: 148.2\n🆃🅿1: 152\n🆂🆃🅾🅿: 144",
    ):
        parsed = parse_message(text)
        assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
        assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == (
            (148.2,),
            (152.0,),
            144.0,
        )


@settings(max_examples=60, deadline=None)
@given(
    **LEVELS,
    sep=st.sampled_from(["\t", ",", " | "]),
    unit=st.sampled_from([" (USDT)", " ($)", ""]),
    numbered=st.booleans(),
)
def test_header_cells_with_units_and_a_row_number_column(
    entry: int, steps: list[int], scale: int, long: bool, sep: str, unit: str, numbered: bool
) -> None:
    """'Entry (USDT)', 'TP1 ($)', 'Lev.' headers; a '#' column numbering the rows."""
    e, tps, stop = _levels(entry, steps, scale, long)
    head = ["Pair", "Side", f"Entry{unit}", *(f"TP{i}{unit}" for i in range(1, len(tps) + 1))]
    head += [f"SL{unit}", "Lev."]
    row = ["SOLUSDT", "LONG" if long else "SHORT", f"{e:g}", *(f"{v:g}" for v in tps)]
    row += [f"{stop:g}", "10"]
    if numbered:
        head, row = ["#", *head], ["17", *row]
    text = sep.join(head) + "\n" + sep.join(row)
    _check(text, e, tps, stop, long)
    assert parse_message(text).leverage == 10


def test_order_tickets_and_order_sentences_name_their_levels() -> None:
    ticket = (
        "SOLUSDT · Short\n\nType: Sell Limit\nPrice: 148.2\n\nType: Buy Limit\nPrice: 144.5"
        "\n\nType: Stop Market\nTrigger: 151.3"
    )
    sentence = "SOL: placing a buy limit at 148.2, sell limits at 152 and 155, stop market at 144."
    for text, want in (
        (ticket, (Side.SHORT, (148.2,), (144.5,), 151.3)),
        (sentence, (Side.LONG, (148.2,), (152.0, 155.0), 144.0)),
    ):
        parsed = parse_message(text)
        assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
        assert (parsed.side, parsed.entries, parsed.take_profits, parsed.stop_loss) == want
