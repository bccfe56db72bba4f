"""Rules found with the second round of mainstream English layouts (docs/signal-parsing.md):
targets numbered on one line, `T1:` labels, misspelt labels, icons under a section heading,
risk-to-reward lines, setup posts' trigger prices."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind, Side


@settings(max_examples=80, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    steps=st.lists(st.integers(5, 60), min_size=2, max_size=5),
    scale=st.sampled_from([1, 100, 10_000]),
    dollar=st.booleans(),
)
def test_targets_numbered_on_one_line_keep_only_the_prices(
    entry: int, steps: list[int], scale: int, dollar: bool
) -> None:
    """Targets numbered on one line ("Targets: 1. 0.53 2. 0.55"): the numbers are no targets."""
    e = entry / scale
    tps = []
    level = entry
    for s in steps:
        level += s
        tps.append(level / scale)
    sign = "$" if dollar else ""
    listed = " ".join(f"{i}. {sign}{v:g}" for i, v in enumerate(tps, 1))
    text = (
        f"LONG #LINKUSDT\nEntry: {sign}{e:g}\nTargets: {listed}\nSL: {sign}{(entry - 40) / scale:g}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == tuple(tps)


def test_a_number_ending_a_sentence_is_no_list_marker() -> None:
    parsed = parse_message("LONG SOL\nEntry: 148.2\nTP: 152 then 155. Then hold\nSL: 144")
    assert parsed.take_profits == (152, 155)


def test_t1_labels_are_targets() -> None:
    parsed = parse_message(
        "🔥 CALL\nAsset: #SOL/USDT\nTrade Type: LONG\nEntry Zone: 161.64 - 162.78\n"
        "Take-Profits:\n✅ T1: 163.58\n✅ T2: 165.68\n✅ T3: 168.11\n❌ Stop: 156.79"
    )
    assert parsed.take_profits == (163.58, 165.68, 168.11)
    assert parsed.stop_loss == 156.79


def test_misspelt_labels_are_read() -> None:
    parsed = parse_message(
        "API3USDT SHORT\nEntri 1.3345\nTragets 1.3158 1.2916 1.277\nSl 1.3939\nLaverage 15x"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (1.3345,)
    assert parsed.take_profits == (1.3158, 1.2916, 1.277)
    parsed = parse_message(
        "#LTC/USDT Short\nEntery: 76.44\nTargts: 75.32 - 74.2\nStoplose: 79.66\nLEVERAGE: 5x"
    )
    assert parsed.entries == (76.44,)
    assert parsed.take_profits == (75.32, 74.2)


def test_spot_zones_are_entries_and_targets() -> None:
    parsed = parse_message(
        "💎 SPOT GEM: $BRETT\n\nBuying zone: 0.042972 - 0.043849\n"
        "Profit zone: 0.049111 – 0.054811\nStop: weekly close below 0.038021"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is Side.LONG
    assert parsed.entries == (0.042972, 0.043849)
    assert parsed.take_profits == (0.049111, 0.054811)


def test_an_icon_under_a_section_heading_is_no_label() -> None:
    """A heading ("🔹 ENTRY ZONE") then "🎯 a – b": the 🎯 is that line's icon, not a label."""
    text = (
        "DIAUSDT – 1H Short Setup\n🔴 Bias: Short\n🔹 ENTRY ZONE\n"
        "🎯 0.6712 – 0.6746 (short on retest of the flipped level)\n🔹 STOP LOSS (SL)\n"
        "🛑 0.6934 (above the structure flip)\n🔹 TAKE PROFIT TARGETS\n🟢 TP1 0.6591 Minor level\n"
        "🟢 TP2 0.6477 Key swing level"
    )
    parsed = parse_message(text)
    assert parsed.entries == (0.6712, 0.6746)
    assert parsed.take_profits == (0.6591, 0.6477)
    assert parsed.stop_loss == 0.6934


def test_a_heading_with_its_own_price_keeps_the_icon_a_label() -> None:
    parsed = parse_message("LONG SOL\nEntry: 148.2\n🎯 152 / 155\n🛑 144")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (152, 155)
    assert parsed.stop_loss == 144


def test_a_level_told_again_in_a_sentence_is_no_unplaced_price() -> None:
    parsed = parse_message(
        "$DOT Trade Setup (15m)\n🔴 Scenario (Bearish/Short Setup)\n"
        "⚆ Trigger Condition: Wait for a clean 15m candle close below the 6.719 local low.\n"
        "⚆ Trigger Price: 6.719\n⚆ Stop-Loss: 7.053 (placed above the MA(200) resistance)\n"
        "⚆ Target Take-Profit:\n○ TP1: 6.468 (FVG midpoint)\n○ TP2: 6.204 (0.382 Fibonacci level)\n"
        "⚆ Risk-to-Reward Ratio (RRR): 1:0.8 (to TP1) / 1:1.5 (to TP2)"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        (6.719,),
        (6.468, 6.204),
        7.053,
    )


CHART_TALK = (
    "TIA has been ranging between 8.824 and 9.56 for most of the week. A reclaim of 9.1 would "
    "flip the structure bullish.\n\nLONG TIA\nEntry: 9.192\nTP: 9.385 / 9.553 / 9.742\nSL: 8.88\n"
    "Leverage: 5x\n\nNext resistance after that sits at 10.034, we'll see."
)


def test_chart_talk_around_a_labelled_signal_names_no_level() -> None:
    parsed = parse_message(CHART_TALK)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (9.192,)
    assert parsed.take_profits == (9.385, 9.553, 9.742)
    assert parsed.stop_loss == 8.88


def test_chart_talk_does_not_stand_in_for_a_missing_label() -> None:
    """Without a stop label the talk's prices still count: the message goes to review."""
    text = CHART_TALK.replace("SL: 8.88\n", "")
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_market_entry_with_its_price_beside_it_orders_no_limit() -> None:
    text = (
        "Long #TIAUSDT — market\nEntry: market price (~9.956)\nTargets: 10.162 / 10.363\n"
        "Stop Loss: 9.733"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.order_type == "market"
    assert parsed.entries == ()
    # the price beside it still checks the levels: targets below it for a long go to review
    wrong = text.replace("10.162 / 10.363", "9.162 / 9.363")
    assert parse_message(wrong).kind is MessageKind.NEEDS_REVIEW


def test_check_marks_as_bullets_of_every_target_report_no_hit() -> None:
    card = (
        "#SEI/USDT\nTrade Type → LONG\nEntry Zone → 0.4332 - 0.4363\nTargets →\n"
        "✅ TP 1: 0.4384\n✅ TP 2: 0.444\n✅ TP 3: 0.4505\n❌ Stop-Loss → 0.4202"
    )
    parsed = parse_message(card)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (0.4384, 0.444, 0.4505)
    # one target marked among unmarked ones is a report of that target
    one = card.replace("✅ TP 2", "TP 2").replace("✅ TP 3", "TP 3")
    assert parse_message(one).kind is MessageKind.NEEDS_REVIEW
    # a risk/reward figure with a check mark reports nothing either
    rr = card.replace("✅ ", "") + "\nSL = 0.4202 → TP2 ≈ 1:2.2 ✅"
    assert parse_message(rr).kind is MessageKind.SIGNAL
    assert parse_message(card.replace("✅ ", "") + "\nTP2 hit ✅").kind is MessageKind.NEEDS_REVIEW


def test_an_accumulation_zone_buys() -> None:
    parsed = parse_message(
        "#SHIBUSDT spot\nAccumulation zone: 0.000021832 - 0.000022278\n"
        "Profit zone: 0.000024951 – 0.000027848\nStop: weekly close below 0.000019859"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is Side.LONG
    # a stop above the zone is then on the wrong side, not a short
    wrong = parse_message(
        "#SHIBUSDT spot\nAccumulation zone: 0.000021832 - 0.000022278\nStop: 0.000029859"
    )
    assert wrong.kind is MessageKind.NEEDS_REVIEW


_TALK = [
    "{c} has been ranging between {a} and {b} for most of the week, patience pays here.",
    "Looking at the daily chart, {c} held the {a} level twice and volume keeps picking up.",
    "Next resistance after that sits at {b}, we will see how the candles close tonight.",
    "If we lose {a} this whole idea is invalid and I will step aside for a while.",
]


@settings(max_examples=80, deadline=None)
@given(
    before=st.sampled_from(_TALK),
    after=st.sampled_from(_TALK),
    long=st.booleans(),
    a=st.integers(8000, 9600),
    b=st.integers(9000, 11000),
)
def test_chart_talk_paragraphs_keep_a_labelled_signal(
    before: str, after: str, long: bool, a: int, b: int
) -> None:
    """Any sentence of talk with any level in it, in its own paragraph around a signal whose
    entry, targets and stop are labelled, changes no field."""
    sign = 1 if long else -1
    block = (
        f"{'LONG' if long else 'SHORT'} TIA\nEntry: 9.192\n"
        f"TP: {9.192 + sign * 0.2:.3f} / {9.192 + sign * 0.4:.3f}\nSL: {9.192 - sign * 0.3:.3f}"
    )
    talk = {"c": "TIA", "a": f"{a / 1000:g}", "b": f"{b / 1000:g}"}
    text = before.format(**talk) + "\n\n" + block + "\n\n" + after.format(**talk)
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (9.192,)
    assert parsed.stop_loss == round(9.192 - sign * 0.3, 3)


def test_up_to_without_a_value_before_it_is_a_ceiling() -> None:
    signal = "LONG ORDI/USDT\nEntry: 41.7\nTargets: 42.37 / 43\nSL: 40.58\n"
    news = "Binance lists XYZ perpetual with up to 50x leverage\n"
    assert parse_message(news + signal + "Leverage: 5x").leverage == 5
    assert parse_message(signal + "Leverage: up to 20x").leverage == 20
    assert parse_message(signal + "Leverage: 5x up to 10x").leverage == 10


def test_bid_and_ask_words_of_a_spot_call() -> None:
    parsed = parse_message(
        "New spot call: #LTC\nBid: 77.17 - 79.97\nAsk: 87.97 / 95.96\nSL: daily close under 72.36"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is Side.LONG
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        (77.17, 79.97),
        (87.97, 95.96),
        72.36,
    )
    # "Sell:" after a bid is the targets; a bid wall in talk is no label
    sell = parse_message(
        "#WIF — spot\nBid zone: 2.312 - 2.3592\nSell: 2.5951 / 2.831\nStop: 2.0908"
    )
    assert sell.take_profits == (2.5951, 2.831)
    assert parse_message("Massive bid wall at 25.795 on INJ").kind is not MessageKind.SIGNAL
    assert parse_message("Bids: 41.44 - 42.29\nASK: 46.52 / 50.75").symbol is None


@settings(max_examples=60, deadline=None)
@given(
    long=st.booleans(),
    at=st.sampled_from(["", "@ "]),
    sep=st.sampled_from([" ", ": ", " @ "]),
    entry=st.integers(5000, 9000),
)
def test_a_stop_order_word_gives_the_entry_beside_a_stop_loss(
    long: bool, at: str, sep: str, entry: int
) -> None:
    """ "BUY STOP 80.9" then "SL 79.93": the order's entry and the stop loss."""
    sign = 1 if long else -1
    e, tp, sl = entry / 100, (entry + sign * 120) / 100, (entry - sign * 90) / 100
    text = f"#LTCUSDT {'BUY' if long else 'SELL'} STOP {at}{e:g}\nTP1{sep}{tp:g}\nSL{sep}{sl:g}"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == ((e,), (tp,), sl)
    # alone, "sell stop 0.48" may be a stop loss or a stop order: not an entry
    alone = parse_message(f"#LTCUSDT {'BUY' if long else 'SELL'} STOP {e:g}\nTP1{sep}{tp:g}")
    assert alone.kind is not MessageKind.SIGNAL or alone.entries != (e,)


def test_a_percentage_from_the_entry_names_no_entry_label() -> None:
    parsed = parse_message(
        "Long #API3/USDT\nEntry: 1.4003\nTP1: +2% (1.4283)\nTP2: +4% (1.4563)\n"
        "SL: 3.5% below entry (1.3513)"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (1.4003,)
    assert parsed.stop_loss == 1.3513


@settings(max_examples=60, deadline=None)
@given(
    long=st.booleans(),
    words=st.sampled_from(
        ["Realizações", "Toma de ganancias", "Parar pérdidas", "Perdita massima"]
    ),
    after_entry=st.booleans(),
)
def test_a_section_ends_before_a_line_of_unknown_words_and_a_price(
    long: bool, words: str, after_entry: bool
) -> None:
    """An unknown label written without its separator ("Realizações 3653.81 / 3619.93") on
    the line below a known label's prices is a line of its own, placed by the side: its
    prices never join the entries above it, nor are they dropped."""
    sign = 1 if long else -1
    e = 37.25
    tps = [round(e + sign * 0.4, 2), round(e + sign * 0.8, 2)]
    sl = round(e - sign * 1.5, 2)
    tp_text = " / ".join(f"{v:g}" for v in tps)
    if after_entry:  # the unknown line holds the targets
        body = f"Zona de entrada {e:g}\n{words} {tp_text}\nStop loss {sl:g}"
    else:  # the unknown line holds the stop
        body = f"Entry {e:g}\nTP 1 {tps[0]:g}\nTP 2 {tps[1]:g}\n{words} {sl:g}"
    parsed = parse_message(f"#ETH/USDT {'LONG' if long else 'SHORT'}\n{body}")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == ((e,), tuple(tps), sl)


def test_a_market_entry_ends_before_a_line_of_words_and_prices() -> None:
    parsed = parse_message(
        "#ARBUSDT — COMPRA\nEntrada: a mercado\nTomar ganancias 1.0886 | 1.1058 | 1.128\n"
        "SL 1.0296\nApalancamiento x20"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.order_type == "market"
    assert parsed.take_profits == (1.0886, 1.1058, 1.128)


def test_chart_talk_after_the_last_section_joins_no_list() -> None:
    parsed = parse_message(
        CHART_TALK.replace(
            "TP: 9.385 / 9.553 / 9.742\nSL: 8.88\nLeverage: 5x",
            "SL: 8.88\nLeverage: 5x\nTP: 9.385 / 9.553 / 9.742",
        )
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (9.385, 9.553, 9.742)


def test_enter_exit_and_invalid_words() -> None:
    parsed = parse_message(
        "$BTC — short setup\nEnter: 61,921 – 62,292.5\nExit: 60,682.6, 59,444.2\n"
        "Invalid above 64,161.3\nSize: 1R"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        (61921.0, 62292.5),
        (60682.6, 59444.2),
        64161.3,
    )
    # "exit at 3,480" without a separator stays a close, and "Signal invalid" a cancel
    assert parse_message("Exit ETH at 3,480 now").kind is MessageKind.FOLLOW_UP
    assert parse_message("#ETH signal invalid, don't enter").kind is MessageKind.FOLLOW_UP


def test_a_share_before_its_price_is_no_weak_entry_word() -> None:
    parsed = parse_message(
        "ETHUSDT LONG\nEntries: 30% @ 3598.37 | 30% @ 3555.19 | 40% @ 3512.01\n"
        "TP: 3673.61 / 3745.02\nSL: 3424.21"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (3598.37, 3555.19, 3512.01)


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(2, 4),
    form=st.sampled_from(["tp", "t_brackets", "range"]),
    sep=st.sampled_from([" / ", " | ", ", "]),
)
def test_one_label_for_several_numbered_targets_keeps_them_all(n: int, form: str, sep: str) -> None:
    """ "TP1/TP2/TP3: a / b / c", "Targets (T1/T2/T3): …", "TP 1-3: …": every price is a
    target (a numbered label names one price, but this one names the list)."""
    tps = [round(0.6633 * (1 + 0.015 * i), 4) for i in range(1, n + 1)]
    if form == "tp":
        label = "/".join(f"TP{i}" for i in range(1, n + 1)) + ":"
    elif form == "t_brackets":
        label = "Targets (" + "/".join(f"T{i}" for i in range(1, n + 1)) + "):"
    else:
        label = f"TP 1-{n}:"
    text = f"$DIA — LONG\nEntry: 0.6633\n{label} {sep.join(f'{v:g}' for v in tps)}\nSL: 0.6434"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == tuple(tps)


def test_a_paragraph_with_words_of_an_order_is_no_chart_talk() -> None:
    """ "I will close the rest near 10.034 …" may name a target the parser cannot read: the
    message goes to review instead of being copied without it."""
    text = CHART_TALK.replace(
        "Next resistance after that sits at 10.034, we'll see.",
        "I will take the rest off near 10.034 depending on how the week goes for us.",
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_worded_line_keeps_its_number_and_a_dollar_sign() -> None:
    """ "Kar Al 1 14.039": the unknown label's number is no price; "Exits $0.5213" and "Exit
    at 81.91" (no separator) end the entry section above them too."""
    parsed = parse_message(
        "Coin: #LINK\nPozisyon: Uzun\nGiriş fiyatı 13.773\nKar Al 1 14.039\nKar Al 2 14.263\n"
        "Stop 13.28\nKaldıraç 10x"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (14.039, 14.263)
    for text in (
        "🚨 $XRP LONG SETUP 🚨\nEnter at $0.508 – $0.5111\nExits $0.5213, $0.5315\n"
        "Invalidation below $0.4928",
        "$LTC — long setup\nEnter between 79.82 – 80.3\nExit at 81.91\nInvalid if below 77.43",
    ):
        parsed = parse_message(text)
        assert parsed.kind is MessageKind.SIGNAL, parsed.reason
        assert len(parsed.entries) == 2
        assert parsed.take_profits


def test_numbers_in_brackets_before_prices_are_list_markers() -> None:
    parsed = parse_message(
        "Short $SOL\nEntry: $149.75\nTargets: (1) $146.93 (2) $144.22 (3) $141.03\n"
        "Stop loss: $153.49"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (146.93, 144.22, 141.03)


def test_both_scenarios_go_to_review() -> None:
    text = (
        "$DOT — two scenarios\n🟢 Long above 6.55: TP 6.75 / 6.94, SL 6.45\n"
        "🔴 Short below 6.29: TP 6.1, SL 6.38\nWait for the 4H close."
    )
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@settings(max_examples=60, deadline=None)
@given(n=st.integers(2, 4), label=st.sampled_from(["Take profit", "TPs", "Targets", "TP"]))
def test_a_list_numbered_on_the_label_line_without_a_colon(n: int, label: str) -> None:
    """ "Take profit 1) 0.0761 2) 0.07465": the list's first number is no target number of
    the label (which would name one price and drop the others)."""
    tps = [round(0.0776 * (1 - 0.02 * i), 5) for i in range(1, n + 1)]
    listed = " ".join(f"{i}) {v:g}" for i, v in enumerate(tps, 1))
    parsed = parse_message(f"#FHEUSDT SHORT\nEntry 0.0776\n{label} {listed}\nStop loss 0.07954")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == tuple(tps)
