"""Relay markup, monospace tables and look-alike decimal points read as plain text
(``signal_parser.plain_text``): the signal they carry parses as the same signal written
plainly, whatever the box style, the row labels' numbers, the ids or the decimal mark."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.plain_text import plain

BOXES = {
    "light": "┌┬┐├┼┤└┴┘─│",
    "heavy": "┏┳┓┣╋┫┗┻┛━┃",
    "double": "╔╦╗╠╬╣╚╩╝═║",
    "rounded": "╭┬╮├┼┤╰┴╯─│",
    "ascii": "+++++++++-|",
}


def _box(rows: list[list[str]], kind: str, header: bool = False) -> list[str]:
    tl, tm, tr, ml, mm, mr, bl, bm, br, h, v = BOXES[kind]
    widths = [max(len(r[i]) for r in rows) + 2 for i in range(len(rows[0]))]
    out = [tl + tm.join(h * w for w in widths) + tr]
    for i, row in enumerate(rows):
        out.append(v + v.join(f" {c:<{w - 2}} " for c, w in zip(row, widths, strict=True)) + v)
        if header and i == 0:
            out.append(ml + mm.join(h * w for w in widths) + mr)
    out.append(bl + bm.join(h * w for w in widths) + br)
    return out


def _fields(text: str) -> tuple[object, ...]:
    p = parse_message(text)
    return (p.kind, p.symbol, p.side, p.order_type, p.entries, p.take_profits, p.stop_loss,
            p.leverage)  # fmt: skip


LONG_SOL = "#SOL/USDT LONG\nEntry: 148.2\nTP1: 152.5\nTP2: 155.8\nSL: 144.1\nLeverage: 10x"


def test_discord_ids_are_no_prices_and_an_emoji_names_no_coin() -> None:
    relayed = (
        "<@&1183342219044720711> <a:alert:1093355270420676618> **NEW TRADE**\n"
        "<:sol:941653282420576296> **SOL/USDT** — __LONG__\n"
        "**Entry:** 148.2\n**TP1:** 152.5\n**TP2:** 155.8\n**SL:** ||144.1||\n"
        "**Leverage:** 10x\n"
        "Posted <t:1733412000:R> by <@!287145519273885696> in <#1092837465102938475>"
    )
    assert _fields(relayed) == _fields(LONG_SOL)
    only_emoji = relayed.replace("**SOL/USDT** ", "")
    parsed = parse_message(only_emoji)
    assert parsed.kind is MessageKind.NEEDS_REVIEW and parsed.symbol is None
    # a Pepe emoji beside another coin's signal names no second coin
    noisy = relayed.replace("**NEW TRADE**", "**NEW TRADE** <:pepe_hype:941653282420576297>")
    assert _fields(noisy) == _fields(LONG_SOL)


def test_markdown_v2_escapes_and_lookalike_points_are_decimal_points() -> None:
    assert plain("SL: 0\\.12620 \\(\\-2\\.3%\\)") == "SL: 0.12620 (-2.3%)"
    assert plain("Entry 0\u20241234 / 63,450\u20245") == "Entry 0.1234 / 63,450.5"
    assert plain("Entry 148\u00b720") == "Entry 148.20"
    assert plain("TP 152 \u00b7 155 \u00b7 158") == "TP 152 \u00b7 155 \u00b7 158"  # separators
    one_dot = LONG_SOL.replace(".", "\u2024")
    assert _fields(one_dot) == _fields(LONG_SOL)


def test_a_key_value_box_table_reads_like_labelled_lines() -> None:
    rows = [["Pair", "DOT/USDT", ""], ["Side", "LONG", ""], ["Entry", "6.878", ""],
            ["T1", "6.98", "+1.48%"], ["T2", "7.1", "+3.23%"], ["Target 3", "7.191", "+4.55%"],
            ["SL", "6.7", "-2.59%"], ["Leverage", "20x", ""]]  # fmt: skip
    text = "\n".join(["🤖 Auto-signal 24.12 05:28 UTC", "```", *_box(rows, "light"), "```"])
    assert plain(text).splitlines()[2:5] == ["Pair: DOT/USDT", "Side: LONG", "Entry: 6.878"]
    assert _fields(text) == _fields(
        "DOT/USDT LONG\nEntry: 6.878\nTP1: 6.98\nTP2: 7.1\nTP3: 7.191\nSL: 6.7\nLeverage: 20x"
    )


def test_a_header_row_over_values_reads_as_header_cell_lines() -> None:
    rows = [["Coin", "Side", "Entry", "TP1", "TP2", "SL", "Lev"],
            ["AVAX", "SHORT", "38.1", "37.5", "36.9", "39.2", "20x"]]  # fmt: skip
    text = "\n".join(_box(rows, "heavy", header=True))
    assert plain(text).splitlines() == [
        "Coin: AVAX", "Side: SHORT", "Entry: 38.1", "TP1: 37.5", "TP2: 36.9", "SL: 39.2",
        "Lev: 20x",
    ]  # fmt: skip
    parsed = parse_message(text)
    assert (parsed.symbol, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        "AVAX",
        (38.1,),
        (37.5, 36.9),
        39.2,
    )


def test_pipe_rows_with_a_numbered_label_and_pipe_lists_stay_apart() -> None:
    assert plain("Alvo 1 | 1.1060 | +1.2%") == "Alvo 1: 1.1060 | +1.2%"
    assert plain("T1 | 0.271") == "T1: 0.271"
    assert plain("TP 152 | 155 | 158") == "TP 152 | 155 | 158"  # a list after its label
    assert plain("| Pair | Side |") == "| Pair | Side |"  # a markdown row: read elsewhere
    assert plain("────────\nRSI(14): 63") == "────────\nRSI(14): 63"  # a rule alone


def test_a_plain_message_is_returned_as_it_is() -> None:
    for text in (LONG_SOL, "gm", "BTC 63,450 → 64,200", "a < b > c", "TP 1.2 | 1.3"):
        assert plain(text) == text


LABELS = {
    "entry": ["Entry", "Entry price", "Open at"],
    "target": ["Target {i}", "TP {i}", "TP{i}", "T{i}", "Take Profit {i}", "Alvo {i}"],
    "stop": ["Stop", "Stop Loss", "SL"],
}


@settings(max_examples=120, deadline=None)
@given(
    entry=st.floats(0.00001, 90_000),
    steps=st.lists(st.floats(0.01, 0.05), min_size=1, max_size=4, unique=True),
    risk=st.floats(0.01, 0.05),
    long=st.booleans(),
    kind=st.sampled_from(list(BOXES)),
    labels=st.tuples(*(st.sampled_from(v) for v in LABELS.values())),
    note=st.booleans(),
    mark=st.sampled_from([".", "\u2024", "\\."]),
)
def test_a_signal_in_a_box_table_parses_as_written_plainly(
    entry: float,
    steps: list[float],
    risk: float,
    long: bool,
    kind: str,
    labels: tuple[str, str, str],
    note: bool,
    mark: str,
) -> None:
    sign = 1 if long else -1
    digits = max(2, 5 - len(str(int(entry))))
    if entry < 1:
        digits = 8

    def w(v: float) -> str:
        return f"{v:.{digits}f}".replace(".", mark)

    tps = [entry * (1 + sign * s) for s in sorted(steps)]
    sl = entry * (1 - sign * risk)
    side = "LONG" if long else "SHORT"
    rows = [["Pair", "ETH/USDT"], ["Side", side], [labels[0], w(entry)]]
    rows += [[labels[1].format(i=i), w(v)] for i, v in enumerate(tps, 1)]
    rows.append([labels[2], w(sl)])
    if note:
        rows = [[*r, f"{(float(r[1].replace(mark, '.')) / entry - 1) * 100:+.1f}%"]
                if r[1][0].isdigit() else [*r, ""] for r in rows]  # fmt: skip
    table = "\n".join(["```", *_box(rows, kind), "```"])
    plainly = "\n".join(
        [f"ETH/USDT {side}", f"{labels[0]}: {w(entry).replace(mark, '.')}"]
        + [f"{labels[1].format(i=i)}: {w(v).replace(mark, '.')}" for i, v in enumerate(tps, 1)]
        + [f"{labels[2]}: {w(sl).replace(mark, '.')}"]
    )  # the same words: a language's labels tell its decimal mark ('Alvo 1: 10.000')
    want = _fields(plainly)
    if want[0] is not MessageKind.SIGNAL:
        return  # (levels too close to tell apart at this precision)
    assert _fields(table) == want, table + "\n" + parse_message(table).reason


@pytest.mark.parametrize(
    "markup",
    [
        "<:btc:941653282420576296>",
        "<a:fire:1093355270420676618>",
        "<@&1183342219044720711>",
        "<@!287145519273885696>",
        "<@287145519273885696>",
        "<#1092837465102938475>",
        "<t:1733412000:R>",
        "<t:1733412000>",
    ],
)
def test_every_kind_of_discord_markup_leaves_the_signal_as_it_was(markup: str) -> None:
    lines = LONG_SOL.split("\n")
    for at in range(len(lines) + 1):
        marked = "\n".join([*lines[:at], markup, *lines[at:]])
        assert _fields(marked) == _fields(LONG_SOL), marked


def test_an_emoji_named_for_a_label_is_that_label_and_ansi_colours_are_dropped() -> None:
    card = (
        "SOL | Long 🟢\n<:entry:2163735234293632482> `148.2`\n<:tp1:251228402667261285> 152.5\n"
        "<a:tp2:251228402667261286> 155.8\n<:sl:5797600123335463655> 144.1\n**Leverage:** 10x"
    )
    assert _fields(card) == _fields(LONG_SOL)
    ansi = (
        "```ansi\n\x1b[2;32mLONG\x1b[0m \x1b[1;37mSOL/USDT\x1b[0m\n\x1b[2;34mEntry:\x1b[0m 148.2\n"
        "\x1b[2;32mTP1:\x1b[0m 152.5\n\x1b[2;32mTP2:\x1b[0m 155.8\n\x1b[2;31mSL:\x1b[0m 144.1\n"
        "Leverage: 10x\n```"
    )
    assert _fields(ansi) == _fields(LONG_SOL)


@pytest.mark.parametrize("mark", ["'", "\u2019", "\u2009", "\u2007"])
def test_apostrophe_and_thin_space_thousands(mark: str) -> None:
    text = f"BTC/USDT LONG\nEntry: 63{mark}450.5\nTP: 64{mark}200\nSL: 62{mark}800"
    parsed = parse_message(text)
    assert (parsed.kind, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        MessageKind.SIGNAL,
        (63450.5,),
        (64200.0,),
        62800.0,
    )


def test_a_markdown_key_value_table_is_read_as_fields() -> None:
    text = (
        "| Parameter | Value | Note |\n|:---|---:|---|\n| Pair | SOL/USDT | |\n"
        "| Direction | LONG | |\n| Entry | 148.2 | |\n| Target 1 | 152.5 | +2.9% |\n"
        "| Target 2 | 155.8 | +5.1% |\n| Stop Loss | 144.1 | -2.8% |\n| Leverage | 10x | |"
    )
    assert _fields(text) == _fields(LONG_SOL)


def test_raw_telegram_html_glued_quotes_and_bare_chart_links() -> None:
    html = (
        "<b>🟢 LONG</b> <code>SOLUSDT</code>\n<b>Entry:</b> <code>148.2</code>\n"
        "<i>TP1</i>: 152.5\n<i>TP2</i>: 155.8\n<b>Stop:</b> <tg-spoiler>144.1</tg-spoiler>\n"
        "<b>Leverage:</b> 10x\n<i>Risk &lt;= 1% per trade</i>"
    )
    assert _fields(html) == _fields(LONG_SOL)
    moved = parse_message("<code>ETHUSDT</code> stop moved to <code>3,380</code>")
    assert (moved.kind, moved.new_stop) == (MessageKind.FOLLOW_UP, 3380.0)
    glued = "SOLUSDT LONG\nEntry: 148.2USDT\nTP1: 152.5USDT\nTP2: 155.8 USDT\nSL: 144.1$\nLev 10x"
    assert _fields(glued) == _fields(LONG_SOL)
    assert plain("API3USDT LONG 1.5USDT") == "API3USDT LONG 1.5 USDT"  # a coin's digit stays
    linked = LONG_SOL + "\nChart: tradingview.com/x/65551e13/"
    assert _fields(linked) == _fields(LONG_SOL)


_PIECES = ["148.2", "USDT", "usdt", "Usd", "USDC", "API3", "$", " ", "\n", "/", "SOL", "1", "0.45"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_the_glued_quote_gate_misses_no_glued_price(text: str) -> None:
    from tradermanager.sources.signal_parser.plain_text import _GLUED_QUOTE, _digit_before

    gate = any(_digit_before(text, w) for w in ("USD", "usd", "Usd"))
    assert gate or _GLUED_QUOTE.search(text) is None, text


def test_labels_over_values_without_a_rule_and_a_two_column_markdown_table() -> None:
    over = "Entry | TP1 | TP2 | SL\n148.2 | 152.5 | 155.8 | 144.1\n#SOL/USDT LONG\nLeverage: 10x"
    assert _fields(over) == _fields(LONG_SOL)
    two = "| SOL/USDT | LONG |\n|---|---|\n| Entry | 148.2 |\n| TP1 | 152.5 |\n| TP2 | 155.8 |"
    two += "\n| SL | 144.1 |\n| Leverage | 10x |"
    assert _fields(two) == _fields(LONG_SOL)
    words = "Coin | Side | Result\nSOL | LONG | +12%"  # no prices below: left as written
    assert plain(words) == words
