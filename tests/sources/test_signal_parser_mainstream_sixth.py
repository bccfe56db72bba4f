"""Rules found with the sixth round of mainstream English layouts (docs/signal-parsing.md): a
target label's number before a separator of two signs or a guillemet ('TP 1 => x', 'TP 1 »
x'), a pointer at no number ('Copy my trades 👉 https://…'), ladders named as such ('Sell
ladder ➤ a ➤ b'), the count of a list in its label ('Entries (2):', 'Targets x4:', '5 targets
➜'), the market's price noted after a limit entry ('Entry: 148.2 (CMP 149.1)'), ranges of
durations ('Hold: 2-5 days') and counts of calls or a day of a month in a header."""

from __future__ import annotations

from drawn_levels import assert_signal_levels, stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    steps=st.lists(st.integers(5, 60), min_size=1, max_size=4),
    scale=st.sampled_from([1, 100, 100_000]),
    long=st.booleans(),
    sep=st.sampled_from(["»", "=>", "::", "->", "➜", "›"]),
    word=st.sampled_from(["TP", "tP", "Target", "tp"]),
)
def test_a_target_number_before_a_separator_of_two_signs_is_no_price(
    entry: int, steps: list[int], scale: int, long: bool, sep: str, word: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 40) / scale
    lines = ["🔥🔥 #SOL/usdt 🔥🔥", f"📈📈 direction {sep} {'long' if long else 'short'}"]
    lines.append(f"💵💰 entry {sep} {entry / scale:g}")
    lines += [f"🎯🎯 {word} {i} {sep} {v:g}" for i, v in enumerate(tps, 1)]
    lines.append(f"🛑⛔ stop loss {sep} {stop:g}")
    parsed = parse_message("\n".join(lines))
    assert_signal_levels(parsed, tps, stop)


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    steps=st.lists(st.integers(5, 60), min_size=1, max_size=5),
    scale=st.sampled_from([1, 100, 100_000]),
    long=st.booleans(),
    form=st.sampled_from(
        ["Take profit ({n} targets): ", "{n} targets ➜ ", "Targets x{n}: ", "TPs ({n}): "]
    ),
)
def test_the_count_of_a_list_in_its_label_is_no_price_nor_leverage(
    entry: int, steps: list[int], scale: int, long: bool, form: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 40) / scale
    text = (
        f"#LINKUSDT {'LONG' if long else 'SHORT'}\nEntries (1): {entry / scale:g}\n"
        + form.format(n=len(tps))
        + " | ".join(f"{v:g}" for v in tps)
        + f"\nSL (1): {stop:g}"
    )
    parsed = parse_message(text)
    assert_signal_levels(parsed, tps, stop, entries=(entry / scale,))
    assert parsed.leverage is None


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    away=st.integers(1, 30),
    scale=st.sampled_from([1, 100, 100_000]),
    long=st.booleans(),
    form=st.sampled_from(
        [
            "{e} (CMP {n})",
            "{e} — now {n}",
            "{e} (price now: {n})",
            "{e} | Mark: {n}",
            "{e} (currently ${n})",
            "{e}, market price {n}",
        ]
    ),
)
def test_the_market_price_noted_after_a_limit_entry_is_no_entry(
    entry: int, away: int, scale: int, long: bool, form: str
) -> None:
    sign = 1 if long else -1
    now = (entry + sign * away) / scale
    tp = (entry + sign * 80) / scale
    stop = (entry - sign * 40) / scale
    line = form.format(e=f"{entry / scale:g}", n=f"{now:g}")
    parsed = parse_message(
        f"#OPUSDT {'LONG' if long else 'SHORT'}\nEntry: {line}\nTP: {tp:g}\nSL: {stop:g}"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (entry / scale,)


def test_a_market_entry_with_its_price_noted_stays_a_market_entry() -> None:
    parsed = parse_message("ETH SHORT\nEntry: Market (now ~3412.5)\nTP: 3350\nSL: 3460")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.order_type == "market"
    assert parsed.entries == ()


def test_the_last_target_named_so_stays_a_target() -> None:
    """'last' alone may open a list's last target: only 'last price' is the market's."""
    parsed = parse_message("SOL LONG\nEntry: 148.2\nTargets: 150, 152, last 155\nSL: 144")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (150.0, 152.0, 155.0)


@settings(max_examples=40, deadline=None)
@given(
    a=st.integers(1, 20),
    more=st.integers(1, 20),
    unit=st.sampled_from(["days", "hours", "h", "weeks", " days", "d"]),
    joint=st.sampled_from(["-", "–", " to ", "~"]),
)
def test_a_range_of_durations_is_no_price(a: int, more: int, unit: str, joint: str) -> None:
    parsed = parse_message(
        "TIAUSDT — SHORT\nEntry: 9.979\nTargets: 9.835 / 9.687\nStop: 10.273\n"
        f"Hold: {a}{joint}{a + more}{unit}"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (9.835, 9.687)


def test_a_pointer_at_a_link_labels_nothing() -> None:
    parsed = parse_message(
        "Just opened a LONG on INJUSDT (Bybit) — 5x isolated.\nAvg. open price: 25.929\n"
        "TP: 26.332 · SL: 25.301\nCopy my trades 👉 https://www.bitget.com/copy/trader/5875/futures"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (25.929,)


def test_a_sell_ladder_is_a_shorts_entries_and_a_spot_buyers_targets() -> None:
    short = parse_message(
        "#ADA/USDT SHORT\nSell ladder ➤ 0.4512 ➤ 0.4535\nTargets ➤ 0.44 ➤ 0.43\nSL ➤ 0.467"
    )
    assert short.kind is MessageKind.SIGNAL, short.reason
    assert short.entries == (0.4512, 0.4535)
    spot = parse_message(
        "#ADA spot\nBuy ladder: 0.4512 / 0.4485\nSell ladder: 0.48 / 0.50\nSL: 0.42"
    )
    assert spot.kind is MessageKind.SIGNAL, spot.reason
    assert spot.entries == (0.4512, 0.4485)
    assert spot.take_profits == (0.48, 0.5)


def test_counts_of_calls_and_a_day_of_a_month_in_a_header_are_no_prices() -> None:
    for header in ("Signal 24 of December · Win rate 89%", "🏆 Month so far: +120% (24 trades)"):
        parsed = parse_message(
            f"{header}\n\nORDI/USDT · SHORT\nEntry: 38.65\nTP1: 38.06\nTP2: 37.52\nSL: 39.75"
        )
        assert parsed.kind is MessageKind.SIGNAL, (header, parsed.reason)
        assert parsed.entries == (38.65,)


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    steps=st.lists(st.integers(5, 60), min_size=1, max_size=3),
    scale=st.sampled_from([1, 100, 100_000]),
    long=st.booleans(),
    form=st.sampled_from(
        [
            "{side} SOL from {e} targeting {t}, invalid {beyond} {s}",
            "{verb} SOL at {e} aiming for {t} — stop {beyond} {s}",
        ]
    ),
    joiner=st.sampled_from([" / ", " then ", " and ", ", "]),
)
def test_targeting_and_aiming_for_name_the_targets(
    entry: int, steps: list[int], scale: int, long: bool, form: str, joiner: str
) -> None:
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 40) / scale
    text = form.format(
        side="Long" if long else "Short",
        verb="Longing" if long else "Shorting",
        e=f"{entry / scale:g}",
        t=joiner.join(f"{v:g}" for v in tps),
        beyond="below" if long else "above",
        s=f"{stop:g}",
    )
    parsed = parse_message(text)
    assert_signal_levels(parsed, tps, stop, entries=(entry / scale,))


@settings(max_examples=40, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    steps=st.lists(st.integers(5, 60), min_size=1, max_size=3),
    scale=st.sampled_from([1, 100, 100_000]),
    joint=st.sampled_from([" | ", "\n"]),
)
def test_a_buyers_sell_at_names_the_targets(
    entry: int, steps: list[int], scale: int, joint: str
) -> None:
    tps = stepped_levels(entry, steps, scale, True)
    stop = (entry - 40) / scale
    text = joint.join(
        [
            f"BUY #LINK @ {entry / scale:g}",
            "SELL @ " + " / ".join(f"{v:g}" for v in tps),
            f"STOP @ {stop:g}",
        ]
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (entry / scale,)
    assert list(parsed.take_profits) == tps


@settings(max_examples=40, deadline=None)
@given(
    hype=st.sampled_from(["#100x", "#50x", "#1000x", "#20x"]),
    lev=st.sampled_from([None, 5, 10, 20]),
)
def test_a_hashtag_value_at_the_foot_is_a_topic_tag(hype: str, lev: int | None) -> None:
    lines = ["#SOL $SOL #SOLUSDT 🚀 LONG", "Entry: 148.2", "TP: 150.4 / 152.1", "SL: 144.6"]
    if lev:
        lines.append(f"Lev: {lev}x")
    lines.append(f"#Altseason {hype} #Crypto")
    parsed = parse_message("\n".join(lines))
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.leverage == lev


def test_a_hashtag_value_beside_the_side_tag_is_the_leverage() -> None:
    parsed = parse_message(
        "#AVAXUSDT #SHORT 📉 #25x\n\n#Entry Zone: 34.49 – 34.7\n#Take_Profit: 34.18 | 33.66\n"
        "#SL: 35.57\n\n#Scalp #Futures"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.leverage == 25


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    gap=st.integers(1, 30),
    scale=st.sampled_from([1, 100, 100_000]),
    long=st.booleans(),
    form=st.sampled_from(
        [
            "({word} a 4H close {beyond} {ref})",
            "(retest of the {ref} breakout)",
            "(reclaim of {ref})",
            "(above the {ref} support)",
            "(inside the {ref} - {far} zone)",
        ]
    ),
)
def test_a_chart_reference_in_brackets_after_the_entry_is_no_entry(
    entry: int, gap: int, scale: int, long: bool, form: str
) -> None:
    sign = 1 if long else -1
    ref = (entry - sign * gap) / scale
    far = (entry + sign * gap) / scale
    note = form.format(
        word="after", beyond="above" if long else "below", ref=f"{ref:g}", far=f"{far:g}"
    )
    tp = (entry + sign * 80) / scale
    stop = (entry - sign * 60) / scale
    parsed = parse_message(
        f"#OPUSDT {'LONG' if long else 'SHORT'}\nEntry: {entry / scale:g} {note}\n"
        f"TP1: {tp:g}\nSL: {stop:g}"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (entry / scale,)


def test_a_dca_note_in_brackets_stays_an_entry() -> None:
    """'(DCA below 145)' names no chart reference: the parser does not drop it."""
    parsed = parse_message("SOL LONG\nEntry: 148.2 (DCA below 145)\nTP: 152\nSL: 142")
    assert 145.0 in parsed.entries


@settings(max_examples=40, deadline=None)
@given(
    parts=st.sampled_from([[50, 30, 20], [40, 30, 30], [60, 40], [25, 25, 50], [34, 33, 33]]),
    form=st.sampled_from(["TP split: {s}", "Allocation: {d}", "Close {s} at the targets"]),
)
def test_shares_of_the_position_that_add_up_to_100_are_no_prices(
    parts: list[int], form: str
) -> None:
    tps = [0.4612, 0.4701, 0.4788][: len(parts)]
    text = (
        "🟢 ADAUSDT LONG\nEntry: 0.4512\n"
        + "\n".join(f"TP{i}: {v}" for i, v in enumerate(tps, 1))
        + "\nSL: 0.4401\n"
        + form.format(s="/".join(map(str, parts)), d="-".join(map(str, parts)))
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert list(parsed.take_profits) == tps


@settings(max_examples=40, deadline=None)
@given(
    lev=st.integers(2, 50),
    unit=st.sampled_from(["(x)", "[x]", "(×)"]),
    sep=st.sampled_from([": ", " — ", " - "]),
)
def test_a_leverage_label_with_its_unit_in_brackets(lev: int, unit: str, sep: str) -> None:
    parsed = parse_message(
        f"NEAR/USDT · LONG\nEntry (USDT){sep}5.61\nTargets (USDT){sep}5.72 / 5.83\n"
        f"Stop-loss (USDT){sep}5.48\nLeverage {unit}{sep}{lev}"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.leverage == lev


@settings(max_examples=40, deadline=None)
@given(
    coin=st.sampled_from(["DOGE", "BNB", "1INCH", "AVAX", "SOL"]),
    quote=st.sampled_from(["FDUSD", "BUSD", "TUSD", "USDC"]),
    joint=st.sampled_from(["-", "_", "/"]),
)
def test_a_pair_quoted_in_another_stablecoin_names_its_coin(
    coin: str, quote: str, joint: str
) -> None:
    parsed = parse_message(f"{coin}{joint}{quote} LONG\nEntry: 4.512\nTP: 4.61\nSL: 4.40")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == coin
