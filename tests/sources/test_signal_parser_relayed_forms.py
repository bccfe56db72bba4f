"""Forms a signal takes when relayed or logged: sizes beside orders, the stock desks' EP / PT,
e-mailed alerts, BBCode, trade-log commands, numbered steps, Danish and Norwegian cards, and
"TP3 hit, all targets done"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.sources.drawn_levels import assert_signal_levels, stepped_levels

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.alert_relays import (
    without_exchange_prefix,
    without_mail_headers,
)
from tradermanager.sources.signal_parser.forum_markup import bbcode_as_text
from tradermanager.sources.signal_parser.trade_log import command_as_words

# (whole-number entry, divisor): five-digit, hundreds, tens, cents and sub-cent prices
MAGNITUDES = [(63450, 1), (5850, 10), (14850, 1000), (5231, 10000), (812, 100000)]


def _text(value: float) -> str:
    return f"{value:.10f}".rstrip("0").rstrip(".")


@given(
    magnitude=st.sampled_from(MAGNITUDES),
    long=st.booleans(),
    sizes=st.lists(st.sampled_from([50, 75, 100, 150, 250, 400, 1000]), min_size=2, max_size=3),
    form=st.sampled_from(["• {p} — {s} USDT", "Buy {p} × ${s}", "Entry {i}: {p} · margin {s}$"]),
)
def test_a_size_beside_each_order_is_never_a_price(
    magnitude: tuple[int, int], long: bool, sizes: list[int], form: str
) -> None:
    entry, scale = magnitude
    sign = 1 if long else -1
    entries = [(entry - sign * i * entry // 200) / scale for i in range(len(sizes))]
    tps = stepped_levels(entry, [entry // 50, entry // 50], scale, long)
    stop = (entry - sign * entry // 20) / scale
    if form.startswith("Buy") and not long:
        form = form.replace("Buy", "Sell")
    orders = [
        form.format(i=i, p=_text(p), s=s)
        for i, (p, s) in enumerate(zip(entries, sizes, strict=True), 1)
    ]
    text = "\n".join(
        [
            f"SOL/USDT {'LONG' if long else 'SHORT'}",
            "Orders:",
            *orders,
            f"Targets: {' / '.join(map(_text, tps))}",
            f"SL: {_text(stop)}",
        ]
    )
    parsed = parse_message(text)
    assert_signal_levels(parsed, tps, stop, entries=tuple(entries), why=(text, parsed.reason))


def test_a_zone_with_its_unit_stays_a_zone() -> None:
    parsed = parse_message("ARB long\nEntry: 0.512 - 0.530 USDT\nTP: 0.56\nSL: 0.49")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (0.512, 0.53)


def test_a_numbered_label_before_a_price_with_its_unit_is_no_size() -> None:
    """`TP1 - 0.10927 USDT`: the label's own digit is no order's price beside a size."""
    parsed = parse_message(
        "TRXUSDT short\nEntry - 0.113 USDT\nStop Loss - 0.12635 USDT\n"
        "TP1 - 0.10927 USDT\nTP2 - 0.10554 USDT\nTP3 - 0.10181 USDT"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (0.10927, 0.10554, 0.10181)
    assert parsed.entries == (0.113,) and parsed.stop_loss == 0.12635


def test_a_leverage_before_a_dollar_ticker_is_no_size() -> None:
    parsed = parse_message("SHORT 25X $1000FLOKI at $0.18082\nTP: $0.17797\nSL: $0.18955")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.leverage == 25
    assert parsed.entries == (0.18082,)


@given(
    long=st.booleans(),
    sep=st.sampled_from([" | ", " · ", " // "]),
    labels=st.sampled_from([("EP", "PT", "SL"), ("E/P", "T/P", "S/L"), ("EP", "TP", "SL")]),
)
def test_ep_pt_on_one_line(long: bool, sep: str, labels: tuple[str, str, str]) -> None:
    tps = stepped_levels(1482, [30, 40], 10, long)
    stop = 144.2 if long else 152.2
    e, t, s = labels
    text = f"SOL {'long' if long else 'short'} — " + sep.join(
        [f"{e} 148.2", f"{t} {' / '.join(map(_text, tps))}", f"{s} {stop}"]
    )
    assert_signal_levels(parse_message(text), tps, stop, entries=(148.2,), why=text)


def test_mail_headers_are_dropped_and_the_subject_kept() -> None:
    text = (
        "Fwd: [Alert] TRXUSDT SELL triggered\n---------- Forwarded message ---------\n"
        "From: Alerts <a@b.io>\nDate: Sat, 5 Dec 2026 14:32:10 +0000\n"
        "Subject: [Alert] TRXUSDT SELL triggered\n\nAction: SELL\nPrice: market\n"
        "TP: 0.12 / 0.118\nSL: 0.128"
    )
    plain = without_mail_headers(text)
    assert "2026" not in plain and "Subject: [Alert] TRXUSDT" in plain
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.symbol, parsed.side and parsed.side.value) == ("TRX", "short")
    assert parsed.order_type == "market"
    assert parsed.take_profits == (0.12, 0.118)


def test_a_date_line_alone_is_no_mail_header() -> None:
    text = "Date: 5 Dec 2026\nSOL long 148.2 tp 152 sl 144"
    assert without_mail_headers(text) == text


def test_an_exchange_prefix_before_a_ticker_is_dropped() -> None:
    assert without_exchange_prefix("Short BINANCE:TIAUSDT.P at 9.126") == "Short TIAUSDT.P at 9.126"
    assert without_exchange_prefix("COIN:TIAUSDT.P") == "COIN:TIAUSDT.P"  # no exchange
    parsed = parse_message("Long BYBIT:LINKUSDT.P at 14.744\nTP: 15.02\nSL: 14.267")
    assert parsed.kind is MessageKind.SIGNAL and parsed.entries == (14.744,)


def test_a_timeframe_is_no_price() -> None:
    text = "Ticker: SOLUSDT\nInterval: 60\nAction: buy\nPrice: 148.2\nTake profit: 152\nStop: 144"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (148.2,)


@given(one_line=st.booleans(), kind=st.sampled_from(["[list=1]", "[list]", "[LIST=1]", "[list=a]"]))
def test_a_bbcode_list_number_is_no_price(one_line: bool, kind: str) -> None:
    items = [f"[*]{p}" for p in ("152", "155.4", "158")]
    body = kind + "".join(items) + "[/list]" if one_line else "\n".join([kind, *items, "[/list]"])
    text = (
        "[b]SOL/USDT LONG[/b]\n[b]Entry:[/b] 148.2\n[b]Targets:[/b]"
        + ("" if one_line else "\n")
        + body
        + "\n[b]Stop loss:[/b] [color=red]144.1[/color]\n[url=https://x.io/c]chart[/url]"
    )
    assert_signal_levels(parse_message(text), [152.0, 155.4, 158.0], 144.1, entries=(148.2,))


def test_bbcode_as_text_keeps_a_link_text_and_blank_lines() -> None:
    assert bbcode_as_text("[url=https://a.b/c]Chart[/url]\n\n[b]x[/b]") == "Chart\n\nx"


@given(
    long=st.booleans(),
    at=st.sampled_from(["@ CMP", "@ M", "@ market", "@ 148.2"]),
    prefix=st.sampled_from(["", "!"]),
    lower=st.booleans(),
)
def test_trade_log_opens(long: bool, at: str, prefix: str, lower: bool) -> None:
    cmd = "BTO" if long else "STO"
    tps, stop = ("152/155", "144") if long else ("145/142", "151")
    text = f"{prefix}{cmd} SOL/USDT {at} TP {tps} SL {stop}"
    text = text.lower() if lower else text
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.side is not None and parsed.side.value == ("long" if long else "short")
    market = "148.2" not in at
    assert parsed.order_type == ("market" if market else "limit")
    assert parsed.entries == (() if market else (148.2,))


@given(
    cmd=st.sampled_from(["STC", "stc", "!stc", "BTC"]),
    partial=st.sampled_from(["", " trim", " (partial)", "trim "]),
)
def test_trade_log_closes(cmd: str, partial: str) -> None:
    text = f"{partial if partial == 'trim ' else ''}{cmd} SOL/USDT @ 152.4" + (
        partial if partial != "trim " else ""
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.symbol == "SOL" and parsed.price == 152.4
    assert parsed.close_fraction == (None if partial else 1.0)


def test_btc_names_bitcoin_unless_a_pair_follows() -> None:
    assert command_as_words("BTC ETH @ 0.052") == "BTC ETH @ 0.052"
    assert command_as_words("BTC ETH/USDT @ 3350") == "close ETH/USDT at 3350"


def test_numbered_steps_for_beginners() -> None:
    steps = (
        "ETH setup, step by step:\n1. Open Binance Futures and search ETHUSDT\n"
        "2. Set leverage to 10x\n3. Place a limit order at 3,634.96 (LONG)\n"
        "4. Set stop at 3,525.91\n5. Take profit at 3,698.86 and 3,797.77"
    )
    assert_signal_levels(
        parse_message(steps), [3698.86, 3797.77], 3525.91, entries=(3634.96,), why=steps
    )
    market = "APT\n1. Market order now, no limit (SHORT)\n2. Put the SL at 9.427\n3. TP at 8.903"
    parsed = parse_message(market)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.order_type == "market" and parsed.side is not None
    assert parsed.side.value == "short"


def test_danish_and_norwegian_decimal_commas() -> None:
    dk = "#LINK/USDT — KØB (long)\nIndgang: 14,850\nKursmål: 15,120 – 15,410\nStop: 14,410"
    assert_signal_levels(parse_message(dk), [15.12, 15.41], 14.41, entries=(14.85,), why=dk)
    no = "#BTC/USDT — SALG (short)\nInngang: 64 988,6\nMål 1: 63 354,4\nStopp: 67 333,7"
    assert_signal_levels(parse_message(no), [63354.4], 67333.7, entries=(64988.6,), why=no)


@given(n=st.integers(2, 9), coin=st.sampled_from(["", "$SOL ", "#ETH "]))
def test_the_last_target_named_beside_all_targets_done(n: int, coin: str) -> None:
    for text in (
        f"{coin}TP{n} hit, all targets done ✅",
        f"{coin}all targets hit (TP{n} was the last)",
    ):
        parsed = parse_message(text)
        assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
        assert parsed.action is FollowUpAction.TARGET_HIT
        assert parsed.target_index == n


def test_a_target_label_range_gives_every_target() -> None:
    for label in ("TP1-TP3", "PT1–PT3", "tp1 - tp3"):
        text = f"#LTC long\nEntry: 82.21\n{label}: 84.5 / 85.95 / 87\nSL: 78.17"
        assert_signal_levels(parse_message(text), [84.5, 85.95, 87.0], 78.17, why=text)


def test_a_mail_client_attribution_over_a_quoted_alert() -> None:
    text = (
        "Fwd: TradingView alert\n\nOn Sat, Dec 5, 2026 at 2:32 PM TradingView "
        "<noreply@tradingview.com> wrote:\n> Long SOLUSDT at 148.2\n> TP: 152 / 155\n> SL: 144\n\n"
        "Sent from my iPhone"
    )
    assert_signal_levels(parse_message(text), [152.0, 155.0], 144.0, entries=(148.2,), why=text)


@given(
    share=st.sampled_from([("50%", 0.5), ("1/2", 0.5), ("25%", 0.25), ("all", 1.0), ("half", 0.5)])
)
def test_a_share_after_a_close_command(share: tuple[str, float]) -> None:
    parsed = parse_message(f"STC {share[0]} SOL/USDT @ 152.4")
    assert parsed.kind is MessageKind.FOLLOW_UP and parsed.action is FollowUpAction.CLOSE
    assert (parsed.close_fraction, parsed.price) == (share[1], 152.4)


def test_strategy_exits_close_the_position() -> None:
    for text in ("LX SOLUSDT @ 151.3", "SX: SOL/USDT 151.3", "Signal: LX · SOL/USDT · price 151.3"):
        parsed = parse_message(text)
        assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
        assert (parsed.action, parsed.symbol, parsed.price) == (FollowUpAction.CLOSE, "SOL", 151.3)


def test_worded_log_updates() -> None:
    filled = parse_message("Entry 2 of signal #51317 (TRX) filled at 0.11923")
    assert (filled.action, filled.symbol, filled.price) == (
        FollowUpAction.ENTRY_FILLED,
        "TRX",
        0.11923,
    )
    moved = parse_message("SL updated on SUI/USDT Short: 1.0372")
    assert (moved.action, moved.new_stop) == (FollowUpAction.STOP_MOVED, 1.0372)
    trimmed = parse_message("Trimmed $SOL +4.62%")
    assert (trimmed.action, trimmed.symbol, trimmed.close_fraction) == (
        FollowUpAction.CLOSE,
        "SOL",
        None,
    )
    assert parse_message("SELL SEIUSDT\nentry 0.4562").action is None  # a side, no close


def test_a_step_number_and_a_count_of_targets_are_no_prices() -> None:
    text = (
        "SOL long — Step 1 — open Bybit; Step 2 — place your long limit at 148.2; "
        "Step 3 — stop loss at 144; Step 4 — take profit at 152"
    )
    assert_signal_levels(parse_message(text), [152.0], 144.0, entries=(148.2,), why=text)
    parsed = parse_message("#LTC All 4 targets done ✅✅✅✅")
    assert (parsed.action, parsed.target_index) == (FollowUpAction.TARGET_HIT, 4)
