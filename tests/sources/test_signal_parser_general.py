"""Rules that make the parser read layouts it was not written for: labels of scripts written
without spaces (Chinese, Japanese, Thai) and Korean, combined "TP/SL" labels, prices listed
with commas and no space, targets given only as percentages, and talk that names a side and
a price without being a signal."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import MessageKind, parse_message

# (entry, targets, stop, leverage, long word, short word) as channels in each language write them
UNSPACED = [
    ("入场价：", "止盈：", "止损：", "杠杆：{}倍", "做多", "做空"),
    ("开仓价: ", "目标: ", "止损: ", "杠杆: 全仓 {}倍", "多单", "空单"),
    ("진입가: ", "익절: ", "손절: ", "레버리지: {}배", "롱", "숏"),
    ("エントリー：", "利確：", "損切り：", "レバレッジ：{}倍", "ロング", "ショート"),
    ("จุดเข้า: ", "เป้าหมาย: ", "ตัดขาดทุน: ", "เลเวอเรจ: {}x", "ซื้อ", "ขาย"),
]


def _levels(entry: float, long: bool, gaps: list[float]) -> tuple[list[float], float]:
    sign = 1 if long else -1
    targets = [round(entry * (1 + sign * g), 4) for g in sorted(gaps)]
    return targets, round(entry * (1 - sign * 0.03), 4)


@given(
    st.sampled_from(UNSPACED),
    st.sampled_from(["BTC", "SOL", "1000PEPE", "DOGE"]),
    st.booleans(),
    st.floats(0.01, 90_000),
    st.lists(st.sampled_from([0.01, 0.02, 0.035, 0.05]), min_size=1, max_size=3, unique=True),
    st.sampled_from([3, 10, 20]),
    st.sampled_from([" / ", ", ", " "]),
)
def test_unspaced_script_labels_read_every_field(words, symbol, long, entry, gaps, lev, sep):
    entry = round(entry, 4)
    targets, stop = _levels(entry, long, gaps)
    e, t, s, leverage, long_word, short_word = words
    text = (
        f"#{symbol}/USDT {long_word if long else short_word}\n{e}{entry}\n"
        f"{t}{sep.join(str(v) for v in targets)}\n{s}{stop}\n{leverage.format(lev)}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.side is (Side.LONG if long else Side.SHORT)
    assert parsed.entries == (entry,)
    assert parsed.take_profits == tuple(targets)
    assert (parsed.stop_loss, parsed.leverage) == (stop, lev)


@given(
    st.lists(st.floats(0.0001, 5000), min_size=2, max_size=4, unique=True),
)
def test_prices_listed_with_commas_and_no_space_are_each_read(values):
    prices = sorted({round(v, 4) for v in values if round(v, 4) % 1})
    if len(prices) < 2:
        return
    entry = round(prices[0] * 0.9, 4)
    stop = round(prices[0] * 0.8, 4)
    listed = ",".join(f"{p:.4f}" for p in prices)
    parsed = parse_message(f"/signal LONG SOLUSDT entry={entry} sl={stop} tp={listed} lev=5x")
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.take_profits == pytest.approx(tuple(prices))
    else:  # prices too far apart for one signal: review, never a signal without them
        assert parsed.kind is MessageKind.NEEDS_REVIEW and parsed.reason


@pytest.mark.parametrize(
    ("label", "first", "second", "take_profit", "stop"),
    [("TP/SL", "0.518", "0.5465", 0.518, 0.5465), ("SL / TP", "0.5465", "0.518", 0.518, 0.5465)],
)
def test_a_combined_tp_sl_label_gives_the_target_and_the_stop(
    label, first, second, take_profit, stop
):
    parsed = parse_message(
        f"Symbol: XRPUSDT Perpetual\nSide: Open Short\nEntry Price: 0.535 USDT\n"
        f"Leverage: 20x Cross\nSize: 40 XRP\n{label}: {first} / {second}"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.take_profits, parsed.stop_loss) == ((take_profit,), stop)


@pytest.mark.parametrize(
    "targets",
    ["Targets: +2% / +4% / +6%", "TP: 50% 100% 150% (ROI)", "Take profit: 3%"],
)
def test_targets_written_only_as_percentages_go_to_review(targets):
    parsed = parse_message(f"#LINK/USDT LONG\nEntry: 14.85\n{targets}\nStop: 14.41")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "percentages" in parsed.reason


def test_a_target_with_digits_but_no_readable_price_goes_to_review():
    parsed = parse_message("#SOL LONG\nEntry: 148\nTP: 1,5,2\nSL: 144")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "target" in parsed.reason.lower()


def test_a_lone_whole_number_target_among_decimal_prices_is_a_price():
    parsed = parse_message("AVAX LONG\nEntries: 36.40 / 35.90 / 35.20\nTP 38\nSL 34.5")
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.take_profits == (38.0,)


@pytest.mark.parametrize(
    "text",
    [
        "Who's still holding that DOGE long from 0.1234? 😅",
        "Anyone shorting BTC at 63,450 too?",
        "If ETH loses 3,300 we could see 3,150 next, just my view",
        "BTC is testing 63,450 resistance. A break above could send it to 65k 👀",
    ],
)
def test_talk_with_a_side_or_prices_is_not_a_signal(text):
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("DOGE me long lo 0.11208 pe, target 0.11414 aur 0.11637, SL 0.10989 rakho", "DOGE"),
        ("1INCH me short karo 0.3933 par, target 0.3874, SL 0.3999 rakho, 20x", "1INCH"),
        ("sol long 148 tp 152 155 sl 144 x10", "SOL"),
    ],
)
def test_a_capitalised_coin_beats_a_small_word_before_the_side(text, symbol):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == symbol


def test_a_numbered_label_is_never_the_symbol_of_a_follow_up():
    parsed = parse_message("TP1 done on WIF ✅ move SL to entry")
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert (parsed.symbol, parsed.target_index, parsed.stop_to_entry) == ("WIF", 1, True)


def test_key_value_lines_read_price_and_leverage():
    parsed = parse_message(
        "side=sell symbol=TURBOUSDT price=0.006574 tp1=0.0064417 tp2=0.0063305 sl=0.006841 "
        "leverage=3"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.side, parsed.entries, parsed.leverage) == (Side.SHORT, (0.006574,), 3.0)
    assert parsed.take_profits == (0.0064417, 0.0063305)


def test_a_number_after_a_hash_is_an_id_not_a_price():
    parsed = parse_message(
        "Signal #3372 | 🔴 SHORT | BINANCE FUTURES\nAsset: ADAUSDT\nOrder: Limit 0.4297\n"
        "Take-Profit: 0.4243 → 0.4117\nStop-Loss: 0.4396"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (0.4297,)


def test_an_entry_ordinal_before_its_share_is_no_price():
    parsed = parse_message(
        "#SUI/USDT SHORT (DCA)\nEntry 1 (40%): 0.9924\nEntry 2 (30%): 0.9984\n"
        "Entry 3 (30%): 1.0043\nTP: 0.9711 - 0.966 - 0.9483\nSL: 1.0244"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (0.9924, 0.9984, 1.0043)


@pytest.mark.parametrize(
    ("reference", "entry"),
    [(None, None), (62_000.0, 62_145.0), (62.0, 62.145)],
)
def test_the_stored_price_decides_an_ambiguous_decimal_mark(reference, entry):
    # without a stored price, a Portuguese card whose every level is a dot and three digits
    # may be 62.145 or 62,145: review, never a guess
    text = "🚨 Sinal: VENDA #BTC\nEntrada: 62.145\nAlvo 1: 61.433\nStop: 65.066"
    parsed = parse_message(text, reference)
    if entry is None:
        assert parsed.kind is MessageKind.NEEDS_REVIEW
        assert "the symbol's price is needed" in parsed.reason
        return
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (entry,)


def test_a_comma_between_digits_is_decimal_in_a_comma_language_but_list_commas_are_not():
    comma = parse_message("Sinal: VENDA #LINK\nEntrada: 15,708\nAlvo 1: 15,564\nStop: 15,958")
    assert comma.entries == (15.708,)
    listed = parse_message("ШОРТ APTUSDT\nВход: 8.391\nЦели: 8.306, 8.113\nСЛ: 8.517")
    assert listed.entries == (8.391,) and listed.take_profits == (8.306, 8.113)


@pytest.mark.parametrize(
    "text",
    [
        "Entries closed for new members, DM to join the VIP",
        "BTC 1D close above 64k would be very bullish",
        "Our TP1 hit rate is 91% over 300 signals",
        "BTC support 62,800 / resistance 64,200 — range until it breaks",
    ],
)
def test_close_and_hit_words_in_talk_are_no_follow_ups(text):
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    ("text", "action", "index", "to_entry"),
    [
        ("✅ Objetivo 2 alcanzado #SOL 🚀", "target_hit", 2, False),
        ("#ETH Alvo 3 atingido 🎯", "target_hit", 3, False),
        ("TP1 alındı ✅ #AVAX", "target_hit", 1, False),
        ("#ETH: stop movido a entrada", "stop_moved", None, True),
        ("#SEI стоп сработал ❌", "stop_hit", None, False),
        ("XRP entry filled ✅", "entry_filled", None, False),
    ],
)
def test_follow_ups_in_other_languages(text, action, index, to_entry):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert (parsed.action.value, parsed.target_index, parsed.stop_to_entry) == (
        action,
        index,
        to_entry,
    )


def test_a_signed_result_is_no_share_to_close():
    parsed = parse_message("SOL: closed at 152.3 for +18% 💰")
    assert (parsed.action.value, parsed.close_fraction, parsed.price) == ("close", 1.0, 152.3)


@pytest.mark.parametrize(
    "text",
    [
        "🚨 #BTC Long Liquidation: $1.2M at $63,450",
        "#ETH Short liquidated: $250K at $3,412.5",
        "Weekly close: BTC 63,450 | ETH 3,412 | SOL 148.2",
        "SHIB 0.00002451 → 0.00002600 (+6%) 🚀",
    ],
)
def test_alerts_candle_closes_and_results_are_not_signals(text):
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("BTC: Long from 63,450 to 65,000", "no entry label"),
        ("ETH long, entry 3400ish, tp 3500+", "entry is named"),
        ("BTC short now", "market entry"),
        ("#ETH SHORT\nTP: 3350\nSL: 3460", "No entry price"),
    ],
)
def test_a_signal_missing_what_it_needs_goes_to_review(text, why):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert why in parsed.reason


def test_an_entry_with_its_label_alone_is_still_a_signal():
    parsed = parse_message("#ETH short entry 3,500")
    assert parsed.kind is MessageKind.SIGNAL and parsed.entries == (3500.0,)


def test_prices_after_arrows_following_the_side_word_are_targets():
    parsed = parse_message("Long ATOM 8.45 → 8.70 → 9.00, stop 8.20")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.entries, parsed.take_profits) == ((8.45,), (8.7, 9.0))


def test_buy_back_names_the_targets_of_a_short():
    parsed = parse_message("SHORT #ETH\nSell zone 3420-3450\nBuy back 3300/3200/3100\nSL 3520")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (3420.0, 3450.0)
    assert parsed.take_profits == (3300.0, 3200.0, 3100.0)


def test_a_two_digit_target_beside_decimal_prices_is_a_price():
    parsed = parse_message("#ORDI 38.5 long, tp 40, sl 37")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (40.0,)


def test_entry_hit_is_an_entry_filled_follow_up():
    parsed = parse_message("BTC long: entry hit, now waiting for TP1")
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action.value == "entry_filled"


@pytest.mark.parametrize(
    ("text", "symbol", "side", "entries", "targets", "stop"),
    [
        (
            "Segnale: ACQUISTO BTC\nIngresso: 63450\nObiettivo: 64200\nStop loss: 62800",
            "BTC",
            Side.LONG,
            (63450.0,),
            (64200.0,),
            62800.0,
        ),
        (
            "VENDI #ETH a 3412\nObiettivo 3350\nStop 3460",
            "ETH",
            Side.SHORT,
            (3412.0,),
            (3350.0,),
            3460.0,
        ),
        (
            "💎 MUA BTC\nVào lệnh: 63.450,5\nMục tiêu: 64.200 - 65.000\nDừng lỗ: 62.800",
            "BTC",
            Side.LONG,
            (63450.5,),
            (64200.0, 65000.0),
            62800.0,
        ),
        ("Jual ETH harga 3412, TP 3350, SL 3460", "ETH", Side.SHORT, (3412.0,), (3350.0,), 3460.0),
        (
            "ACHAT BTC\nPrix d'entrée : 63 450\nObjectif 1 : 64 200\nObjectif 2 : 65 000\n"
            "Stop loss : 62 800",
            "BTC",
            Side.LONG,
            (63450.0,),
            (64200.0, 65000.0),
            62800.0,
        ),
        (
            "BTC خرید\nورود: 63450\nهدف: 64200 - 65000\nحد ضرر: 62800",
            "BTC",
            Side.LONG,
            (63450.0,),
            (64200.0, 65000.0),
            62800.0,
        ),
    ],
)
def test_common_words_of_more_languages(text, symbol, side, entries, targets, stop):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.symbol, parsed.side, parsed.entries) == (symbol, side, entries)
    assert (parsed.take_profits, parsed.stop_loss) == (targets, stop)


def test_two_signals_in_one_message_go_to_review_naming_the_coins():
    parsed = parse_message(
        "#SOL LONG\nEntry: 148.2\nTP: 152 - 155\nSL: 144\n---\n"
        "#AVAX LONG\nEntry: 35.2\nTP: 36 - 37\nSL: 34"
    )
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "AVAX, SOL" in parsed.reason


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("ETH hit first target ✅", 1),
        ("First target hit on SOL 🎯", 1),
        ("2nd target reached for #BTC", 2),
    ],
)
def test_a_target_hit_named_by_an_ordinal_word(text, index):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert (parsed.action.value, parsed.target_index) == ("target_hit", index)


def test_a_stop_hit_at_a_price_is_no_stop_move():
    parsed = parse_message("LTC — stop loss hit at 80.1")
    assert parsed.action.value == "stop_hit" and parsed.new_stop is None


def test_a_stop_moved_to_a_target_names_the_target_to_resolve_against_the_signal():
    parsed = parse_message("SL moved to TP1 for #BTC")
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert (parsed.action.value, parsed.stop_to_target, parsed.new_stop) == ("stop_moved", 1, None)


def test_a_follow_up_carries_every_action_it_states():
    parsed = parse_message("Close half of ETH here and move stop to breakeven")
    assert [a.value for a in parsed.actions] == ["close", "stop_moved"]
    assert (parsed.close_fraction, parsed.stop_to_entry) == (0.5, True)
    parsed = parse_message("#AVAX Target 2 done 🔥 profit 45% with 10x. Move stop to TP1")
    assert [a.value for a in parsed.actions] == ["target_hit", "stop_moved"]
    assert (parsed.target_index, parsed.stop_to_target, parsed.close_fraction) == (2, 1, None)


def test_a_result_beside_a_target_hit_is_no_share_to_close():
    parsed = parse_message("Take-Profit target 2 ✅\nProfit: 45% 📈\nStop moved to entry 🔒")
    assert [a.value for a in parsed.actions] == ["target_hit", "stop_moved"]
    assert parsed.close_fraction is None


def test_a_reply_under_a_quoted_signal_is_read_alone():
    quoted = "> #SOL LONG 148.2\n> TP 152 155\n> SL 144\n"
    parsed = parse_message(quoted + "Close half here 💰")
    assert (parsed.kind, parsed.symbol, parsed.close_fraction) == (
        MessageKind.FOLLOW_UP,
        "SOL",
        0.5,
    )
    # talk beside a quoted signal: a reply, or a new signal written as a quote? never copied
    assert parse_message(quoted + "Nice one 🔥").kind is MessageKind.NEEDS_REVIEW
    assert parse_message("🚨 NEW SIGNAL 🚨\n" + quoted).kind is MessageKind.NEEDS_REVIEW
    # a follow-up of another coin, or a signal, under the quote: the whole text decides
    assert parse_message(quoted + "#ETH stopped out").kind is MessageKind.NEEDS_REVIEW


def test_a_stop_hit_and_a_stop_move_in_one_message_go_to_review():
    parsed = parse_message("#LTC move stop to 90.01, stop loss hit on the rest")
    assert parsed.kind is MessageKind.NEEDS_REVIEW


def test_markdown_underline_around_a_word_keeps_the_word():
    parsed = parse_message("__ETH__ __SHORT__\n> Entry: 3412\n> TP: 3350\n> SL: 3460")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.symbol, parsed.side) == ("ETH", Side.SHORT)


def test_prices_listed_with_a_comma_and_no_space_are_not_a_thousands_group():
    parsed = parse_message("SOL LONG\nEntry:148.2\nTP:152,155\nSL:144")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (152.0, 155.0)
    # a real thousands group stays one number
    assert parse_message("BTC LONG\nEntry: 63,450\nTP: 64,200\nSL: 62,800").entries == (63450.0,)


def test_unknown_labels_in_scripts_with_combining_marks_end_their_sections():
    thai = parse_message("🔔 ORDIUSDT ซื้อ\nราคา: 41.37\nเป้า: 42.08 / 42.91 / 43.91\nหยุด: 40.25")
    assert thai.kind is MessageKind.SIGNAL, thai.reason
    assert (thai.entries, thai.take_profits, thai.stop_loss) == (
        (41.37,),
        (42.08, 42.91, 43.91),
        40.25,
    )


def test_a_signal_under_labels_and_a_side_word_all_unknown_is_read_by_its_lines_geometry():
    # Marathi: the labels are Hindi's, the imperative is not, so no label table reads them
    parsed = parse_message(
        "🔔 ORDIUSDT खरेदी करा\nएंट्री: 41.37\nलक्ष्य: 42.08 / 42.91\nस्टॉप लॉस: 40.25"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.side, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        Side.LONG,
        (41.37,),
        (42.08, 42.91),
        40.25,
    )
    assert dict(parsed.confidences)["side"] == dict(parsed.confidences)["stop_loss"] == 0.7


@pytest.mark.parametrize(
    "text",
    [
        # one target and one stop: which is which only a label could say
        "🔔 ORDIUSDT खरेदी करा\nएंट्री: 41.37\nलक्ष्य: 42.08\nस्टॉप लॉस: 40.25",
        "💎 #SOL\n📥 148.2\n📤 152.5\n🚫 144.1",
        # two lines that could each be the targets (a ladder below, targets above)
        "💎 #SOL\n📥 148.2\n🔸 146.1 144.3\n📤 152.5 155.1\n🚫 140.2",
        # a stop line missing: entry and a list alone do not tell entries from targets
        "💎 #SOL\n📥 148.2\n📤 146.1 144.3",
    ],
)
def test_price_lines_the_geometry_cannot_place_are_not_copied(text):
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL


@pytest.mark.parametrize("written", ["10-20x", "10 - 20x", "10–20X", "5x - 20x"])
def test_a_leverage_range_with_one_x_is_its_upper_end(written):
    parsed = parse_message(f"📈 BTC LONG {written}\nEntry: 63450\nTP: 64200\nSL: 62800")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.leverage == 20.0


def test_a_signal_that_also_says_it_is_cancelled_goes_to_review():
    parsed = parse_message("BTC LONG\nEntry: 63450\nTP: 64200\nSL: 62800\n❌ CANCELLED")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "cancel" in parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        "Last week's BTC long (entry 63450, TP 64200, SL 62800) hit TP ✅",
        "Recap: ETH short from 3412, TP 3350 hit, SL was 3460. +18% with 10x",
    ],
)
def test_a_call_recalled_as_over_is_talk(text):
    # an ended trade's levels on the line of a word of the past, no order to the readers
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed
    assert "past call" in parsed.reason


def test_an_instruction_to_move_the_stop_later_keeps_a_signal():
    parsed = parse_message(
        "SOL LONG\nEntry: 148.2\nTP: 152 / 155\nSL: 144\nAfter TP1 move SL to entry"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason


def test_icon_lines_beside_a_side_word_are_placed_by_the_side():
    # before, every price after the side word was an entry: copied with its target as a
    # second entry and no target
    parsed = parse_message("📉 SELL #API3\n🔹 1.3162\n🔸 1.298\n🛑 1.3771")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.side, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        Side.SHORT,
        (1.3162,),
        (1.298,),
        1.3771,
    )
    assert dict(parsed.confidences)["take_profits"] == 0.7
    assert dict(parsed.confidences)["stop_loss"] == 1.0  # its label is known


@pytest.mark.parametrize(
    "text",
    [
        # two lines on the profit side: which is the targets?
        "BTC LONG\n→ 63450\n↑ 64200 / 65000\n🔸 64800\n↓ 62800",
        # two single prices on the loss side: which is the stop?
        "BTC LONG\n→ 63450\n↑ 64200 / 65000\n↓ 62800\n🔻 62500",
        # a target label without its price: not a label-less layout
        "BTC LONG\n→ 63450\n↑ 64200 / 65000\n↓ 62800\nTP1:",
    ],
)
def test_icon_lines_beside_a_side_word_that_do_not_fit_are_not_copied(text):
    assert parse_message(text).kind is not MessageKind.SIGNAL


def test_a_signals_prices_under_one_marker_and_no_side_go_to_review_not_dropped():
    parsed = parse_message("XRPUSDT 🚀\n➤ 0.5231\n➤ 0.5350\n➤ 0.5480\n➤ 0.5100")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "“➤”" in parsed.reason


@pytest.mark.parametrize(
    ("text", "targets", "stop"),
    [
        ("💎 $ARB LONG\n🟢 1.12\n🎯 1.18 - 1.25\n🔴 1.06", (1.18, 1.25), 1.06),
        ("#ETH SHORT\n📍 Entry: 3412\n🎯 3380 3350\n🔺 3450", (3380.0, 3350.0), 3450.0),
        # a list under a label whose own line holds no price stays that label's list
        ("#ETH LONG\nEntry: 3412\nTargets:\n🔹 3450\n🔹 3500\nSL: 3350", (3450.0, 3500.0), 3350.0),
    ],
)
def test_an_icon_line_below_a_priced_label_line_ends_that_labels_section(text, targets, stop):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.take_profits, parsed.stop_loss) == (targets, stop)


@pytest.mark.parametrize(
    "text",
    [
        "BTC/USDT NUNUA\nKuingia: 63450\nLengo 1: 64200\nLengo 2: 65000\nKikomo: 62800",
        # a known stop label: the numbered unknown lines are still one list of targets
        "#BTCUSDT Sotib oling\nKirish: 63450\nMaqsad 1: 64200\nMaqsad 2: 65000\nStop: 62800",
    ],
)
def test_numbered_lines_under_one_unknown_label_are_one_list(text):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.side, parsed.entries, parsed.take_profits, parsed.stop_loss) == (
        Side.LONG,
        (63450.0,),
        (64200.0, 65000.0),
        62800.0,
    )


def test_a_time_is_not_a_numbered_label():
    text = "ARB SHORT\nEntry: 1.2229\nTake Profit: 1.1413\nStop:\nNew 2:05"
    assert parse_message(text).kind is not MessageKind.SIGNAL


@given(
    st.integers(1, 25),
    st.integers(26, 125),
    st.sampled_from(
        [
            "{a}x (max {b}x)",
            "{a}x, max {b}x",
            "{a}x (not more than {b}x)",
            "x{a} (maximum x{b})",
            "{a}x (максимум {b}x)",
        ]
    ),
)
def test_a_ceiling_beside_an_advised_leverage_is_not_the_leverage(advised, ceiling, form):
    text = f"SOL long 148 tp 152 sl 144 Leverage: {form.format(a=advised, b=ceiling)}"
    assert parse_message(text).leverage == advised


@pytest.mark.parametrize(
    ("written", "leverage"),
    [("Max leverage: 20x", 20), ("Leverage: up to 20x", 20), ("Leverage: 5x - 10x", 10)],
)
def test_a_ceiling_alone_or_a_range_keeps_the_upper_end(written, leverage):
    assert parse_message(f"SOL long 148 tp 152 sl 144\n{written}").leverage == leverage


@pytest.mark.parametrize(
    "text",
    [
        "Closed ETH at 3,480. Re-entry at 3,420",
        "Closed all positions before CPI. Will re-enter long BTC under 62,000 if we get the dip.",
        "Might re-enter ETH later if it holds 3,300",
        "Looking to re-enter SOL around 140",
    ],
)
def test_a_re_entry_beside_a_close_or_only_planned_goes_to_review(text):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "re-entry" in parsed.reason


def test_a_plain_re_entry_is_a_follow_up_with_its_price():
    parsed = parse_message("Re-entry #SOL at 142.5")
    assert (parsed.kind, parsed.price) == (MessageKind.FOLLOW_UP, 142.5)


@pytest.mark.parametrize("ratio", ["Risk/Reward: 2.5x", "R:R 3x", "RR 2x", "Reward ratio: 1.8x"])
def test_a_reward_ratio_written_with_an_x_is_no_leverage(ratio):
    parsed = parse_message(f"WIF long\nEntry: 2.41\nTP: 2.60\nSL: 2.30\n{ratio}")
    assert (parsed.kind, parsed.leverage) == (MessageKind.SIGNAL, None)
    assert parsed.take_profits == (2.6,) and parsed.entries == (2.41,)


def test_a_zero_among_prices_under_unknown_labels_is_read_without_dividing_by_it():
    from tradermanager.sources.signal_parser.reader import parse

    # a space where the decimal point belongs ("0 0512") splits each price into 0 and its
    # digits (a one-dot leader did so before it was read as a decimal point)
    text = (
        "#PEPE 🟢 COMPRA\n\n📈 *Alavancagem sugerida:* 10x\n🟢 *Sentimento:* BULLISH (61/100)\n"
        "   • RSI (≤25)\n\n⚡️ *Entrada:* 0․051200\n\n🎯 *ALVOS (10x):*\n1️⃣ *Alvo 1:* 0․051800\n"
        "2️⃣ *Alvo 2:* 0․052400\n3️⃣ *Alvo 3:* 0․053000\n\n🛑 *Stop Loss:* 0․049900"
    )
    assert parse(text.replace("\u2024", " "), None).kind is MessageKind.NEEDS_REVIEW  # raised
    # ZeroDivisionError; with the one-dot leader as its decimal point the card is a signal
    parsed = parse(text, None)
    assert (parsed.kind, parsed.entries) == (MessageKind.SIGNAL, (0.0512,))
    assert parsed.stop_loss == 0.0499
    assert parsed.take_profits == (0.0518, 0.0524, 0.053)


# ---- messages copied wrong or silently dropped


@pytest.mark.parametrize(
    "text",
    [
        "🔵 ADA/USDT\n\n➡️ 0.409\n✅ 0.4043\n✅ 0.4015\n❌ 0.4237\n"
        "#LINK/USDT SHORT\nLeverage: Cross 5x\nEntry: 15.36\nTargets: 15.198 - 14.814\n"
        "Stop Loss: 15.514",
        "#ORDIUSDT Forush\nVorood: 42.28\nHadaf 1: 41.62\nHadde zarar: 43.74\n\n"
        "🚀 LONG #BTCUSDT\nEntry: 65320.1\nTP: 66371.5 - 67028.7\nSL: 64013.7",
        "Close 75% of #TRX here\n【FHE/USDT】ショート\nエントリー：0.0729\n"
        "利確：0.07217／0.07083\n損切り：0.07454",
    ],
)
def test_two_signals_or_an_update_over_a_signal_go_to_review_naming_both(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "Several signals or updates" in parsed.reason


def test_a_coin_named_in_talk_under_a_signal_is_no_second_signal() -> None:
    parsed = parse_message(
        "SOL/USDT LONG\nEntry: 148.2\nTP: 150.1, 152.3\nSL: 144.8\nBTC looks strong today"
    )
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.symbol == "SOL"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("BTC/USDT 做多\n入场：37.54 / 止盈", "止盈"),
        ("WIF/USDT LONG\nEntry: 0.5312 / TP:", "TP"),
        ("WIF/USDT LONG\nEntry: 0.5312\nTP:\nSL: 0.5001", "TP"),
        ("WIF/USDT LONG\nEntry: 0.5312\nTP: 0.55, 0.57\nSL:", "SL"),
        ("DOGE/USDT LONG\nEntry: 0.1155\nTarget 1:\nTarget 2: 0.1191\nStop: 0.1121", "Target 1"),
    ],
)
def test_a_target_or_stop_label_left_empty_goes_to_review(text: str, word: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert f"“{word}” is written with no value" in parsed.reason


def test_an_icon_line_left_empty_goes_to_review() -> None:
    parsed = parse_message("SHORT $SEI\n⤵️ 0.4409 - 0.4453\n⬇️ 0.4334\n⬇️ 0.4311\n⬇️\n⬆️ 0.4599")
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "marker “⬇️”" in parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        "BTC/USDT SHORT\nEntry: 57,762.6\nTargets: 56,948.3 / 55,994.7\nStop: -",
        "ETH/USDT LONG\nTargets:\nTP1: 3500\nTP2: 3550\nEntry: 3400\nSL: 3300",
        "TRX/USDT SHORT\nEntry: 0.113\nSL: 0.126\nTP1: 0.109\nTP2: 0.105\nTrail stop after TP2",
    ],
)
def test_no_value_by_design_is_still_a_signal(text: str) -> None:
    assert parse_message(text).kind is MessageKind.SIGNAL


def test_a_dollar_sign_after_prices_of_a_range() -> None:
    parsed = parse_message(
        "XRP/USDT SHORT\nEntry: 0.7337$ - 0.7278$\nTP: 0.7101$, 0.6950$\nSL: 0.7520$"
    )
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (0.7278, 0.7337)


@pytest.mark.parametrize(
    "text",
    [
        "SHIB short $0.0₄22296 tp $0.0₄2187 $0.0₄214 sl $0.0₄23088\n"
        "SEI SHORT\n→ 0.4982\n↓ 0.4921 / 0.4866\n↑ 0.5155",
        "#BRETTUSDT SHORT\nEntry: 0.045842\nTP: 0.044794 / 0.0439\nSL: 0.047722\n➖➖➖➖\n"
        "LTC | Long 🟢\n→ 74.96\n↑ 76.04 / 76.98\n↓ 73.35",
    ],
)
def test_a_second_signal_whose_coin_is_named_bare_goes_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_stop_label_left_empty_above_another_key_goes_to_review() -> None:
    parsed = parse_message(
        "SOL/USDT LONG\nEntry: 148.2\nTargets: 150.1 / 152.3\nStop loss:\nLeverage: 10x"
    )
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "“Stop loss” is written with no value" in parsed.reason
    value_below = "SOL/USDT LONG\nEntry: 148.2\nTargets: 150.1 / 152.3\nStop loss:\n144.8"
    assert parse_message(value_below).kind is MessageKind.SIGNAL


def test_an_update_above_a_signal_whose_coin_is_named_bare_beside_its_side() -> None:
    parsed = parse_message(
        "**INJ/USDT** SL moved to entry 🔒\nLTC | Long 🟢\nEntry: 74.96\nTP: 76.04 / 76.98\n"
        "Stop: 73.35"
    )
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "INJ (follow up), LTC (signal)" in parsed.reason
