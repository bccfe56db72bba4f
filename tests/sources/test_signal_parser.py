"""The parser on a corpus of channel styles, plus properties that hold for any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from signal_corpus import CORPUS

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, edited_fields, parse_message
from tradermanager.sources.signal_parser.numbers import merge_thousands, scan


def test_the_corpus_is_large_enough():
    assert len(CORPUS) >= 60


@pytest.mark.parametrize(("text", "expected"), CORPUS, ids=[t[:40] for t, _ in CORPUS])
def test_corpus_message(text, expected):
    parsed = parse_message(text)
    for key, value in expected.items():
        got = getattr(parsed, key)
        got = got.value if hasattr(got, "value") else got
        if isinstance(value, tuple | float):
            assert got == pytest.approx(value), (key, parsed)
        else:
            assert got == value, (key, parsed)
    if parsed.kind in (MessageKind.NOT_SIGNAL, MessageKind.NEEDS_REVIEW):
        assert parsed.reason


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_and_signals_are_consistent(text):
    parsed = parse_message(text)
    assert isinstance(parsed.kind, MessageKind)
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.symbol and parsed.side is not None
        if parsed.entries and parsed.take_profits:
            if parsed.side is Side.LONG:
                assert parsed.take_profits[0] > max(parsed.entries)
            else:
                assert parsed.take_profits[0] < min(parsed.entries)
    if parsed.confidence is not None:
        assert 0 <= parsed.confidence <= 1


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["BTC", "ETH", "SOL", "DOGE"]),
    st.sampled_from(["long", "short"]),
    st.floats(1, 100_000),
    st.floats(0.01, 0.2),
)
def test_well_formed_one_liners_always_parse(token, side, entry, gap):
    target = entry * (1 + gap) if side == "long" else entry * (1 - gap)
    stop = entry * (1 - gap) if side == "long" else entry * (1 + gap)
    text = f"#{token} {side} entry {entry:.4f} tp {target:.4f} sl {stop:.4f} 5x"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.symbol == token and parsed.entries == pytest.approx((round(entry, 4),))


# --- the cases named when the parser was rebuilt -------------------------------------------


def _signal(text: str):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    return parsed


def test_cornix_block_with_entry_take_profit_and_stop_targets():
    parsed = _signal(
        "⚡⚡ #AVAX/USDT ⚡⚡\nExchanges: Binance Futures\nSignal Type: Regular (Long)\n"
        "Leverage: Isolated (5X)\n\nEntry Targets:\n1) 35.20\n2) 34.80\n\n"
        "Take-Profit Targets:\n1) 36.10\n2) 37.00\n3) 38.50\n\nStop Targets:\n1) 33.90\n\n"
        "Trailing Configuration:\nEntry: Percentage (0.5%)\nTake-Profit: Percentage (0.5%)\n"
        "Stop: Moving Target - Trigger: Target (1)"
    )
    assert parsed.entries == (35.2, 34.8)
    assert parsed.take_profits == (36.1, 37.0, 38.5)
    assert parsed.stop_loss == 33.9
    assert (parsed.leverage, parsed.margin_mode) == (5.0, "isolated")


def test_a_line_of_another_key_after_cornix_trailing_block_is_read():
    # the block's own keys hold no levels; a leverage or stop line placed after it still counts
    parsed = _signal(
        "Coin: #AVAX/USDT\nSignal Type: Regular (Long)\n\nEntry Orders:\n1) 35.20 - 100.0%\n\n"
        "Take-Profit Orders:\n1) 36.10 - 50%\n2) 37.00 - 50%\n\n"
        "Trailing Configuration:\nStop: Breakeven -\n  Trigger: Target (2)\n"
        "Leverage: Cross (25.0X)\n\nStop-loss Orders:\n1) 33.90 - 100.0%"
    )
    assert (parsed.entries, parsed.take_profits) == ((35.2,), (36.1, 37.0))
    assert (parsed.stop_loss, parsed.leverage, parsed.margin_mode) == (33.9, 25.0, "cross")


@pytest.mark.parametrize(
    ("tag", "leverage", "mode"),
    [
        ("#Cross20x", 20.0, "cross"),
        ("Leverage: Isolated10x", 10.0, "isolated"),
        ("Lev20x", 20.0, None),
        ("#ETH20x", None, None),  # letters of another word before it: no leverage
    ],
)
def test_a_margin_mode_or_leverage_word_written_against_the_leverage(tag, leverage, mode):
    parsed = _signal(f"#SOL LONG {tag}\nEntry: 148.2\nTP: 152.5\nSL: 144.1")
    assert (parsed.leverage, parsed.margin_mode) == (leverage, mode)


@pytest.mark.parametrize(
    "text",
    [
        "BUY SOL ABOVE 148.2 TGT 152.5 155.8 SL 144.1",
        "SOL long 148.2 TGT1 152.5 TGT2 155.8 sl 144.1",
        "SOL long 148.2\nTGTs: 152.5 / 155.8\nSL: 144.1",
    ],
)
def test_tgt_labels_the_targets(text):
    # the targets were copied as further entries: "TGT" was no label
    parsed = _signal(text)
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        (148.2,),
        (152.5, 155.8),
        144.1,
    )


def test_several_entries_and_no_target_go_to_review():
    # a target line under a word no lexicon holds, with no separator, ran on into the entries
    parsed = parse_message(
        "Par: AVAX/USDT\nRiktning: Sälj\nIngång 34,49\nTavoitteet 33,96 / 33,45\nStopp 35,96"
    )
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "no target" in parsed.reason
    # "Mål" (Scandinavian targets) is a target label: the same card is read
    read = parse_message(
        "Par: AVAX/USDT\nRiktning: Sälj\nIngång 34,49\nMål 33,96 / 33,45\nStopp 35,96"
    )
    assert read.kind is MessageKind.SIGNAL, read.reason
    assert (read.entries, read.take_profits) == ((34.49,), (33.96, 33.45))


def test_targets_after_tp_are_two_numbers_not_one_thousands_group():
    parsed = _signal("SOL long 141 tp 148 155 sl 137 x15")
    assert parsed.take_profits == (148.0, 155.0)
    assert (parsed.stop_loss, parsed.leverage) == (137.0, 15.0)


def test_a_real_thousands_group_after_a_price_word_is_one_number():
    parsed = _signal("BTCUSDT LONG\nEntry: 63 450\nTP: 64 200 / 65 000\nSL: 62 800")
    assert parsed.entries == (63450.0,)
    assert parsed.take_profits == (64200.0, 65000.0)


def test_a_thousands_group_must_fit_the_symbols_stored_price():
    text = "ETH long 3 412 tp 3 500 sl 3 300"
    assert parse_message(text, reference_price=3400.0).entries == (3412.0,)
    assert parse_message(text, reference_price=3.4).kind is MessageKind.NEEDS_REVIEW


def test_stoploss_after_a_pipe_separated_target_list_is_the_stop():
    parsed = _signal(
        "XRP SHORT\nEntry: 0.6110\nTargets: 0.6050 | 0.5980 | 0.5900\nStoploss: 0.6310"
    )
    assert parsed.take_profits == (0.605, 0.598, 0.59)
    assert parsed.stop_loss == 0.631


def test_entry_lists_market_entries_perp_headlines_and_meme_ranges():
    assert _signal("AVAX LONG\nEntries: 36.40 / 35.90 / 35.20\nTP 38\nSL 34.5").entries == (
        36.4,
        35.9,
        35.2,
    )
    market = _signal("#BNB/USDT LONG\nEntry: market (CMP)\nTP 600\nSL 560")
    assert (market.order_type, market.entries) == ("market", ())
    perp = _signal("Short BTC-PERP @ 63,450\nTP 62,800\nSL 64,200")
    assert (perp.symbol, perp.side, perp.entries) == ("BTC", Side.SHORT, (63450.0,))
    meme = _signal("$PEPE 0.00000812 - 0.00000790\ntargets 0.0000085 0.000009\nsl 0.0000075")
    assert meme.entries == (0.0000079, 0.00000812) and meme.side is Side.LONG


def test_a_stop_written_as_a_close_condition_keeps_its_price():
    assert _signal("LINK long 17.2\nTP 18 / 19\nStop: daily close below 16.10").stop_loss == 16.1


@pytest.mark.parametrize(
    ("text", "leverage", "mode"),
    [
        ("BTC long 65000 tp 66000 sl 64000 x15", 15.0, None),
        ("BTC long 65000 tp 66000 sl 64000 15x", 15.0, None),
        ("BTC long 65000 tp 66000 sl 64000 15X", 15.0, None),
        ("BTC long 65000 tp 66000 sl 64000 Cross (20X)", 20.0, "cross"),
        ("BTC long 65000 tp 66000 sl 64000 Lev: 10x", 10.0, None),
        ("BTC long 65000 tp 66000 sl 64000 Lev 12", 12.0, None),
        ("BTC long 65000 tp 66000 sl 64000 Leverage Isolated x5", 5.0, "isolated"),
    ],
)
def test_leverage_spellings(text, leverage, mode):
    parsed = _signal(text)
    assert (parsed.leverage, parsed.margin_mode) == (leverage, mode)


# --- hostile numbers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("#ETH LONG\nEntry: 1e308\nTP: 1e309\nSL: 0", "scientific notation"),
        ("#ETH LONG entry 3400 tp 3500 sl 3300 leverage -10x", "not positive"),
        ("#ETH LONG entry 3400 tp 3500000 sl 3300", "order of magnitude"),
        ("#ETH LONG entry 3400 tp 3500 sl 3300 300x", "above 200x"),
        ("#ETH LONG entry 123456789012 tp 3500 sl 3300", "larger than any price"),
    ],
)
def test_hostile_numbers_go_to_review_with_the_reason(text, why):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert why in parsed.reason


def test_a_price_far_from_the_symbols_stored_price_is_refused():
    parsed = parse_message("#BTC LONG entry 6345 tp 6500 sl 6200", reference_price=63450.0)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "last price" in parsed.reason


def test_only_the_first_10000_characters_are_read():
    text = "#BTC LONG entry 65000 tp 66000 sl 64000\n" + "blah " * 5000 + " leverage -5x"
    assert parse_message(text).kind is MessageKind.SIGNAL


def test_both_sides_named_is_ambiguous():
    parsed = parse_message("#BTC long or short depending on the breakout of 65000")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "ambiguous" in parsed.reason


# --- follow-ups and edits ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "action", "extra"),
    [
        ("#ETH TP2 hit ✅", "target_hit", {"target_index": 2}),
        ("#ETH Target 1 ✅ move stop to entry", "target_hit", {"stop_to_entry": True}),
        ("#ETH SL moved to 3450", "stop_moved", {"new_stop": 3450.0}),
        ("#ETH close half here", "close", {"close_fraction": 0.5}),
        ("#ETH book 30% profits here", "close", {"close_fraction": 0.3}),
        ("#ETH close all", "close", {"close_fraction": 1.0}),
        ("#ETH stopped out ❌", "stop_hit", {}),
        ("#ETH signal cancelled, don't enter", "cancel", {}),
        ("#ETH re-entry at 3380", "reentry", {"price": 3380.0}),
        ("#ETH/USDT All entry targets achieved\nAverage Entry Price: 3401.5", "entry_filled", {}),
    ],
)
def test_lifecycle_follow_ups(text, action, extra):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert (parsed.action.value, parsed.symbol) == (action, "ETH")
    for key, value in extra.items():
        assert getattr(parsed, key) == value


def test_an_edit_names_the_fields_it_changed():
    before = parse_message("#ETH/USDT LONG\nEntry: 3400\nTargets: 3450 - 3500\nStop Loss: 3300")
    after = parse_message("#ETH/USDT LONG\nEntry: 3400\nTargets: 3450 - 3550\nStop Loss: 3350")
    assert edited_fields(before, after) == ("take_profits", "stop_loss")
    assert edited_fields(after, after) == ()


# --- numbers -------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 999), st.integers(100, 999), st.integers(1, 999))
def test_two_small_numbers_after_tp_never_merge_when_the_entry_is_small(a, b, entry):
    found = merge_thousands("x", [], None)  # the empty case
    assert found == []
    text = f"entry {entry} tp {a} {b}"
    nums = merge_thousands(text, scan(text))
    assert [n.value for n in nums][:1] == [float(entry)]
    assert float(a * 1000 + b) not in [n.value for n in nums] or entry >= 500


@settings(max_examples=200, deadline=None)
@given(st.floats(0.00000001, 10_000_000, allow_nan=False), st.sampled_from(["plain", "comma"]))
def test_written_prices_read_back(value, style):
    text = f"{value:,.8f}" if style == "comma" else f"{value:.8f}"
    assert scan(f"Entry: {text}")[0].value == pytest.approx(float(text.replace(",", "")))


def test_a_capital_dotted_i_does_not_shift_what_is_read():
    # "İ".lower() is two characters: positions must still match the original text
    parsed = _signal("#BTC LONG İŞLEM\nGİRİŞ: 65000\nHEDEF: 66000\nSTOP: 64000\nKALDIRAÇ: 10x")
    assert parsed.entries == (65000.0,) and parsed.take_profits == (66000.0,)
    assert (parsed.stop_loss, parsed.leverage) == (64000.0, 10.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BUY #BTC\nBuy zone: 65000-64000\nSell zone: 66000-67000-68000\nStop: 63000",
            ("BTC", Side.LONG, "limit", (64000, 65000), (66000, 67000, 68000), 63000, None),
        ),
        (
            "📊 #ETHUSDT\n🔴 SHORT\n👉 Entry: 3400-3450\n🎯 Targets: 3350, 3300, 3250\n"
            "❌ SL: 3500\n⚡ Leverage: 20x",
            ("ETH", Side.SHORT, "limit", (3400, 3450), (3350, 3300, 3250), 3500, 20),
        ),
        (
            "Scalp: short BTC 64200, tp 63800, sl 64500 (x25)",
            ("BTC", Side.SHORT, "limit", (64200,), (63800,), 64500, 25),
        ),
        (
            "ETH/USDT\nSignal: SELL\nPrice: 3420\nTake profit 1: 3380\nTake profit 2: 3340\n"
            "Stop loss: 3470",
            ("ETH", Side.SHORT, "limit", (3420,), (3380, 3340), 3470, None),
        ),
        (
            "#DOGE\nLong\nEntry: 0.1234\nTarget 1 - 0.1260\nTarget 2 - 0.1290\nStop - 0.1200",
            ("DOGE", Side.LONG, "limit", (0.1234,), (0.126, 0.129), 0.12, None),
        ),
        (
            "BTCUSDT.P short 64,250 tp1 63,800 tp2 63,100 sl 64,900 lev 20",
            ("BTC", Side.SHORT, "limit", (64250,), (63800, 63100), 64900, 20),
        ),
        (
            "#AVAX long limit 34.5 tp 36 37.5 sl 33.2",
            ("AVAX", Side.LONG, "limit", (34.5,), (36, 37.5), 33.2, None),
        ),
        (
            "Going short on ETH here at market, tp 3300 sl 3500",
            ("ETH", Side.SHORT, "market", (), (3300,), 3500, None),
        ),
    ],
)
def test_layouts_written_after_the_corpus(text, expected):
    parsed = _signal(text)
    got = (
        parsed.symbol,
        parsed.side,
        parsed.order_type,
        parsed.entries,
        parsed.take_profits,
        parsed.stop_loss,
        parsed.leverage,
    )
    assert got == expected
