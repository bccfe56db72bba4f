"""Rules for layouts of mainstream channels and platforms: bot embeds copied as text, Cornix
order blocks with allocations, add-more ladders, copy-trading posts with sizes, several
messages pasted into one post (docs/signal-parsing.md)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind

EMBED = (
    "New Trade Alert\nSUIUSDT\nDirection\nLong\nEntry Price\n1.0843\nTake Profit 1\n1.1015\n"
    "Take Profit 2\n1.1109\nStop Loss\n1.0566\nLeverage\n20x"
)


def test_embed_label_ordinal_on_its_line_is_no_price() -> None:
    parsed = parse_message(EMBED)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (1.0843,)
    assert parsed.take_profits == (1.1015, 1.1109)
    assert parsed.stop_loss == 1.0566
    assert parsed.leverage == 20


@settings(max_examples=60, deadline=None)
@given(
    day=st.integers(1, 31),
    month=st.integers(1, 12),
    year=st.integers(2000, 2099),
    iso=st.booleans(),
    signal_id=st.integers(100, 99999),
)
def test_a_footer_date_or_id_changes_nothing(
    day: int, month: int, year: int, iso: bool, signal_id: int
) -> None:
    date = f"{year}-{month:02d}-{day:02d}" if iso else f"{day}/{month}/{year}"
    footer = f"\nSignal ID {signal_id} • {date}"
    assert parse_message(EMBED + footer) == parse_message(EMBED)


@settings(max_examples=60, deadline=None)
@given(
    first=st.integers(1000, 90000),
    step=st.integers(1, 30),
    shares=st.sampled_from(["50.0%", "50%", "60.0%", "40 %"]),
)
def test_an_allocation_after_a_price_does_not_make_a_range(
    first: int, step: int, shares: str
) -> None:
    """Two numbered entries each followed by '- share%' are a ladder in written order."""
    entry = first / 1000
    second = round(entry * (1 - step / 1000), 4)
    text = (
        "#LINK/USDT\nSignal Type: Regular (Long)\nEntry Orders:\n"
        f"1) {entry} - {shares}\n2) {second} - {shares}\n"
        f"Take-Profit Orders:\n1) {round(entry * 1.05, 4)} - 100.0%\n"
        f"Stop-loss Orders:\n1) {round(second * 0.95, 4)} - 100.0%"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (entry, second)


def test_add_more_ladder_after_the_current_price() -> None:
    parsed = parse_message(
        "Buy #DOT\nCMP: 6.42\nAdd more at 6.20 / 6.05\nTargets: 6.70 6.95 7.30 7.80+\n"
        "SL: 5.90 (4h close)"
    )
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (6.42, 6.2, 6.05)
    assert parsed.take_profits == (6.7, 6.95, 7.3, 7.8)
    assert parsed.stop_loss == 5.9


def test_cmp_without_a_price_stays_a_market_entry() -> None:
    parsed = parse_message("#SOL/USDT LONG\nEntry: CMP\nTargets: 152 - 155\nStop Loss: 144")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.order_type == "market"
    assert parsed.entries == ()


@settings(max_examples=60, deadline=None)
@given(
    qty=st.floats(0.5, 9000, allow_nan=False).map(lambda v: round(v, 2)),
    copiers=st.integers(1, 9999),
    label=st.sampled_from(["Qty", "Size", "Amount", "Quantity"]),
    unit=st.sampled_from(["ETH", "contracts", ""]),
)
def test_sizes_and_counts_are_no_prices(qty: float, copiers: int, label: str, unit: str) -> None:
    text = (
        "Bybit Copy Trade\nETHUSDT · Perpetual · Long 10x\nAvg. entry price: 3393.68\n"
        f"{label}: {qty} {unit}\nTP / SL: 3504.98 / 3302.26\nMargin: 220.63 USDT (Cross)\n"
        f"Copiers: {copiers} | ROI: +12.5%"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        (3393.68,),
        (3504.98,),
        3302.26,
    )


def test_a_size_label_keeps_the_lines_after_it() -> None:
    """Only the size label's own line is skipped: a price on a later line is still seen."""
    parsed = parse_message(
        "Signal #8038 | 🔴 SHORT\nAsset: XRPUSDT\nOrder: Limit 0.5024\n"
        "Take-Profit: 0.4967 → 0.4839\nStop-Loss: 0.5206\nMargin: 1%\n"
        "Booked 50% profits at 0.4297"
    )
    assert parsed.kind is MessageKind.NEEDS_REVIEW


def test_several_stamped_messages_in_one_post_go_to_review() -> None:
    body = "SHORT SEIUSDT\nEntry 0.4576\nTP 0.4504 / 0.4372\nSL 0.4654"
    assert parse_message(f"[10:13] {body}").kind is MessageKind.SIGNAL
    for later in ("[14:55] Move SL to entry", "Admin, [05.12.26 14:55]\nClosed 50% here"):
        parsed = parse_message(f"[10:13] {body}\n\n{later}")
        assert parsed.kind is MessageKind.NEEDS_REVIEW
        assert "Several messages" in parsed.reason


def test_the_same_stop_label_twice_with_other_prices_goes_to_review() -> None:
    parsed = parse_message(
        "#1000FLOKI — Short\nCMP: 0.1744\nTargets: 0.16948 0.16135\nSL: 0.19225\n"
        "DOGE short now\ntp 0.13403 / 0.13111\nsl 0.13871"
    )
    assert parsed.kind is MessageKind.NEEDS_REVIEW


@settings(max_examples=80, deadline=None)
@given(
    entry=st.integers(1000, 90000).map(lambda v: v / 100),
    gaps=st.lists(st.integers(1, 200), min_size=2, max_size=4),
    wrong=st.integers(0, 3),
    long=st.booleans(),
)
def test_a_target_on_the_wrong_side_of_the_entry_is_never_copied(
    entry: float, gaps: list[int], wrong: int, long: bool
) -> None:
    """Whichever target lies on the loss side of the entry, the signal goes to review."""
    sign = 1 if long else -1
    targets = [round(entry * (1 + sign * g / 1000), 2) for g in sorted(gaps)]
    k = min(wrong, len(targets) - 1)
    targets[k] = round(entry * (1 - sign * 0.01), 2)
    stop = round(entry * (1 - sign * 0.03), 2)
    side = "LONG" if long else "SHORT"
    text = (
        f"#SOL/USDT {side}\nEntry: {entry}\nTargets: {' - '.join(map(str, targets))}\n"
        f"Stop Loss: {stop}"
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_conditions_and_instructions_report_nothing() -> None:
    base = "#AVAX/USDT LONG\nEntry: 32.74\nTargets: 33.41, 34.43\nStop: 32.24\n"
    for note in (
        "Order stays open for 24h, cancel if not filled.",
        "Move stop to breakeven once TP1 hits.",
        "Move the stop to entry when TP2 is reached.",
    ):
        assert parse_message(base + note).kind is MessageKind.SIGNAL, note
    for report in ("Cancelled ❌", "TP1 hit ✅"):
        assert parse_message(base + report).kind is MessageKind.NEEDS_REVIEW, report


def test_a_share_after_a_target_is_no_side() -> None:
    parsed = parse_message(
        "PEPE/USDT LONG\nEntry: 0.000008601\nTarget 1: 0.000008773 → sell 25%\n"
        "Target 2: 0.000008988 → sell 25%\nSL: 0.000008257"
    )
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.side is not None and parsed.side.value == "long"


def test_an_indicator_period_is_no_price() -> None:
    parsed = parse_message(
        "Long limit on #LTC at 74.43\nStop: 72.78 | Targets: 76.49, 77.84\n"
        "Why: retest of the breakout with the 50 EMA just below."
    )
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (74.43,)


def test_results_posts_and_self_declared_talk_are_no_updates() -> None:
    results = "📊 Weekly results: SOL long TP3 ✅ +24%, ETH short SL ❌ -8%, LINK TP2 ✅ +15%."
    assert parse_message(results).kind is MessageKind.NOT_SIGNAL
    talk = "BTC 4H: holding 63,450 support, 65k above. Invalidation under 62k. Not a signal."
    assert parse_message(talk).kind is MessageKind.NOT_SIGNAL


@settings(max_examples=40, deadline=None)
@given(
    lev=st.integers(2, 125),
    digits=st.integers(0, 99999),
)
def test_a_source_line_and_links_give_no_field(lev: int, digits: int) -> None:
    body = "#XRP/USDT LONG\nEntry: 0.483\nTargets: 0.4896 - 0.5017\nStop loss: 0.4664"
    framed = (
        f"Forwarded from Whale Calls {lev}x\n{body}\n\n"
        f"Join: t.me/calls{digits}\nChart: https://www.tradingview.com/x/{digits}/"
    )
    assert parse_message(framed) == parse_message(body)


def test_breakout_entries_after_the_side_word() -> None:
    for text in (
        "Long #API3 on a break above 1.3408\nTargets: 1.3739 / 1.38\nStop: 1.2845",
        "Long BTC/USDT above 66,561.7 (4H close)\nTargets: 67,728 / 68,468.6\nStop: 64,008.4",
    ):
        parsed = parse_message(text)
        assert parsed.kind is MessageKind.SIGNAL, text
        assert len(parsed.entries) == 1


def test_dca_lines_are_entries_and_hit_arrows_are_instructions() -> None:
    for text in (
        "Long DOT\nEntry: 6.42\nDCA: 6.20\nTP: 6.70 / 6.95\nSL: 5.90",
        "Long DOT\nEntry 1: 6.42\nEntry 2 (DCA): 6.20\nTP: 6.70 / 6.95\nSL: 5.90",
    ):
        parsed = parse_message(text)
        assert parsed.kind is MessageKind.SIGNAL, text
        assert parsed.entries == (6.42, 6.2)
    parsed = parse_message(
        "LONG BTC\nEntry: 63,450\nTP1: 64,200\nTP2: 65,000\nSL: 62,800\nTP1 hit → move SL to entry"
    )
    assert parsed.kind is MessageKind.SIGNAL


@settings(max_examples=60, deadline=None)
@given(
    first=st.integers(100, 9_000_000).map(lambda v: v / 1000),
    step=st.integers(2, 40),
    dash=st.sampled_from(["-", "–"]),
)
def test_numbered_entries_with_a_dash_keep_their_order(first: float, step: int, dash: str) -> None:
    second = round(first * (1 - step / 1000), 6)
    text = (
        f"ARB LONG\nENTRY 1 {dash} {first}\nENTRY 2 {dash} {second}\n"
        f"TP 1 {dash} {round(first * 1.05, 6)}\nSL {dash} {round(second * 0.95, 6)}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (first, second)


def _bold(text: str) -> str:
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D5D4 + ord(ch) - 65))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D5EE + ord(ch) - 97))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7EC + ord(ch) - 48))
        else:
            out.append(ch)
    return "".join(out)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([0x1D400, 0x1D5D4, 0x1D608, 0x1D670]))
def test_styled_letters_read_as_plain_ones(upper: int) -> None:
    plain = "LONG #SOL/USDT\nEntry: 148.2\nTargets: 152 - 155\nSL: 144\nLeverage: 10x"
    styled = "".join(
        chr(upper + ord(c) - 65) if "A" <= c <= "Z" else c for c in plain
    )  # upper-case letters in one of the styled alphabets
    assert parse_message(styled) == parse_message(plain)
    assert parse_message(_bold(plain)) == parse_message(plain)


def test_a_markdown_table_reads_as_labelled_lines() -> None:
    text = (
        "| Pair | Side | Entry | Targets | SL |\n|---|---|---|---|---|\n"
        "| NEAR/USDT | SHORT | 6.055 | 5.971 / 5.846 | 6.315 |"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert (parsed.symbol, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        "NEAR",
        (6.055,),
        (5.971, 5.846),
        6.315,
    )
    two_rows = text + "\n| SOL/USDT | LONG | 148.2 | 152 | 144 |"
    assert parse_message(two_rows).kind is MessageKind.NEEDS_REVIEW


def test_numbered_fields_current_price_and_first_person_targets() -> None:
    numbered = (
        "1- Coin: DIA/USDT\n2- Position: Long\n3- Entry: 0.6691\n"
        "4- Take Profit: 0.676 – 0.6883\n5- Stop Loss: 0.6469\n6- Leverage: 20x"
    )
    parsed = parse_message(numbered)
    assert parsed.kind is MessageKind.SIGNAL
    assert (parsed.entries, parsed.take_profits) == ((0.6691,), (0.676, 0.6883))
    now = "#INJUSDT SHORT\nCurrent price: 23.559\nEntry: 23.702\nTP: 23.416 / 22.403\nSL: 24.393"
    assert parse_message(now).entries == (23.702,)
    assert parse_message(now).kind is MessageKind.SIGNAL
    prose = (
        "Opening a long on LINK around 14.927. I'll be taking profits at 15.155 and 15.679, "
        "and my stop is below 14.679."
    )
    assert parse_message(prose).take_profits == (15.155, 15.679)
    unknown = "Opening a long on LINK around 14.927, later 15.155 and 15.679, stop below 14.679."
    assert parse_message(unknown).kind is MessageKind.NEEDS_REVIEW


def test_conditional_ideas_and_closed_recaps_are_not_copied() -> None:
    for text in (
        "ETH looking weak below 3,400. Shorts could target 3,300 if we lose it.",
        "If BTC closes above 65k daily, next targets 68k and 70k. Invalidation 61.5k.",
        "Entry for ETH was 3,380, hit TP1 3,420 and TP2 3,460. Remaining closed at entry.",
    ):
        assert parse_message(text).kind is not MessageKind.SIGNAL, text
    labelled = (
        "#ETH/USDT SHORT\nEntry: 3,412\nTargets: 3,350 / 3,300\nSL: 3,460 (if 4H closes above)"
    )
    assert parse_message(labelled).kind is MessageKind.SIGNAL


@settings(max_examples=40, deadline=None)
@given(low=st.integers(2, 50), span=st.integers(1, 75), members=st.integers(1, 999))
def test_leverage_ranges_keep_the_upper_end_and_headcounts_are_no_prices(
    low: int, span: int, members: int
) -> None:
    text = (
        f"🏆 KINGS 🏆 | {members}K members\nLONG BTC/USDT\nEntry: 63450\n"
        f"Targets: 64200, 65000\nStop: 62800\nLeverage: {low} to {low + span}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.leverage == low + span


@settings(max_examples=30, deadline=None)
@given(sep=st.sampled_from([":", " -", " –", "="]), lev=st.integers(2, 100))
def test_dash_separated_labels_read_like_colon_ones(sep: str, lev: int) -> None:
    text = (
        f"#ADAUSDT SHORT\nEntry{sep} 0.463 (CMP)\nTP{sep} 0.4578 / 0.4543\n"
        f"SL{sep} 0.4814\nLeverage{sep} Cross {lev}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert (parsed.order_type, parsed.entries, parsed.leverage) == ("limit", (0.463,), lev)


@settings(max_examples=30, deadline=None)
@given(
    tags=st.lists(
        st.sampled_from(["#Crypto", "#signals", "#Trading", "#Binance", "#Bybit", "#VIP", "#OKX"]),
        min_size=1,
        max_size=4,
    )
)
def test_topic_hashtags_at_the_foot_name_no_coin(tags: list[str]) -> None:
    body = "BNB SHORT\nEntry 534.3\nTP 527.6 / 518.7\nSL 560"
    parsed = parse_message(body + "\n\n" + " ".join(tags))
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.symbol == "BNB"


def test_underscore_ranges_trailing_spaces_and_dollar_cmp() -> None:
    zone = parse_message("LONG SIGNAL\nPAIR: DOT/ USDT\nENTRY:  6.383 _ 6\nTP: 6.543\nSl: 5.4")
    assert zone.entries == (6.0, 6.383)
    note = parse_message(
        "APT SHORT\nEntry: 8.906 - 9.013  \nTarget 1: 8.639  \nTarget 2: 8.372  \n"
        "Stop loss: 10.095  \nNotes: move stop to entry after target 2  "
    )
    assert note.take_profits == (8.639, 8.372)
    dollar = parse_message("#ADA SHORT\nEntry: $0.463 (CMP)\nTP: $0.4578\nSL: $0.4814")
    assert (dollar.order_type, dollar.entries) == ("limit", (0.463,))
