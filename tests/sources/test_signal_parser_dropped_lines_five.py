"""Cards with a line left out: review, or the signal without what the line held — never a
value taken from another line.

* The coin line missing, a sentence above the levels names another coin and prices it ("$BTC
  rejected at 65,690 but alts look strong" over levels at 74.63): the levels are no BTC trade.
* The coin line missing, a field's value in capitals is no coin: a side word no lexicon knows
  ("Direksyon: BUMILI"), a chart pattern ("Паттерн: WEDGE") under the card's other fields.
* The coin line missing, a word the lexicon reads as a level's label ("ZK: 0.5062", the
  Turkish stop) is no coin, though the exchange lists a ZK.
* The coin line missing, a word in small letters after a side word ("Beli di 155.95", buy at)
  is a coin only when the exchange lists it.
* The entry line missing, the market's price ("Current price: 577.9", "Price now: 7.802") is
  no entry, nor a market order at that price.
* The stop line missing, a chart level the analysis names ("▫️ resistance 2.7421 above") is
  no stop.
* Blank lines between a ladder's lines ("Entry 1: 32.78" / "" / "Entry 2: 32.98" / "Ø 32.9")
  still leave the average under them a note, no further entry.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message


def _review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed


@pytest.mark.parametrize(
    "text",
    [
        "$BTC rejected at 65,690 but alts look strong\n\nEntry: 74.63\nTP1: 73.51\nTP2: 72.24\n"
        "Stop: 76.83",
        "BTC holding 59,382 support ✅ alts waking up\n\nSell: 0.3973\nTP1: 0.3914\nTP2: 0.386\n"
        "SL: 0.4068",
        "With ETH chopping around 3,125.5, I like this one:\n\nEntry: 1.083\nTP1: 1.1\n"
        "TP2: 1.12\nStop: 1.05",
    ],
)
def test_a_coin_priced_in_a_sentence_at_another_scale_is_no_coin_of_the_levels(
    text: str,
) -> None:
    _review(text)


@pytest.mark.parametrize(
    ("text", "coin"),
    [
        (
            "$BTC rejected at 65,690 but alts look strong\n#LTCUSDT SHORT\nEntry: 74.63\n"
            "TP1: 73.51\nStop: 76.83",
            "LTC",
        ),
        (
            "BTC bounced from 63,900 and looks ready for more\n#BTCUSDT LONG\nEntry: 64,120\n"
            "TP1: 65,300\nStop: 63,100",
            "BTC",
        ),
        (
            "🚨 BREAKING: NEIRO spot ETF saw $116.7 million of inflows, the most since June.\n\n"
            "#NEIRO — short idea\nEntry: 0.0014906\nTargets: 0.001467 / 0.0014478\n"
            "Stop: 0.001514",
            "NEIRO",
        ),
        (
            "🔔 Signal ID: ALP-8759 | #ORDIUSDT\nSide: SHORT 🔴\nEntry: 36.98\n"
            "Targets: 36.39 / 35.91\nStop: 38.02",
            "ORDI",
        ),
    ],
)
def test_the_coin_line_or_a_price_of_the_coins_scale_is_still_read(text: str, coin: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.symbol == coin


@pytest.mark.parametrize(
    "text",
    [
        "Direksyon: BUMILI\nPasukan: 60297.4\nLayunin: 61461.1 - 62195.8 - 65001\nHinto: 57626.1",
        "Yo'nalish: SOTIB OLISH\nKirish: 0.0000088237\n"
        "Maqsadlar: 0.0000090108 - 0.0000092113\nTo'xtatish: 0.0000084869",
        "🚨 НОВЫЙ СИГНАЛ 🚨\n\n📊 Направление: ШОРТ\n⏰ Таймфрейм: 15m\n📈 Паттерн: WEDGE\n\n"
        "💰 Entry: 0.00133820\n🛑 Stop Loss: 0.00137470\n🎯 Take Profit 1: 0.00131620",
    ],
)
def test_a_fields_value_is_no_coin_when_the_coin_line_is_missing(text: str) -> None:
    _review(text)


def test_a_coin_label_in_another_language_still_names_the_coin() -> None:
    text = (
        "מטבע: FHE\nכיוון: לונג\nאזור כניסה: 0.07988 - 0.08069\nיעד 1: 0.08233\n"
        "סטופ לוס: 0.07679\nמינוף: 10x"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.symbol == "FHE"


def test_a_level_label_is_no_coin() -> None:
    _review("Giriş: 0.5206\nKâr Hedefleri: 0.5288 / 0.5368\nZK: 0.5062\nKaldıraç: 20X (Çapraz)")


@pytest.mark.parametrize(
    "text",
    [
        "Beli di 155.95\nTarget cuan: 158.32 - 160.39\nStop loss: 149.91\nLev 10x cross",
        "Jual di 0.0023299\nAmbil untung: 0.0022936 - 0.0022562\nBatas rugi: 0.0024378",
    ],
)
def test_a_small_word_after_the_side_is_a_coin_only_when_listed(text: str) -> None:
    _review(text)


def test_a_listed_coin_in_small_letters_after_the_side_is_read() -> None:
    parsed = parse_message("long pepe 0.0000123\ntp 0.0000130\nsl 0.0000118")
    assert parsed.symbol == "PEPE"


@pytest.mark.parametrize(
    "text",
    [
        "#BNBUSDT LONG\nCurrent price: 577.9\nTP: 585.9 / 595.2 / 596.3\nSL: 562.8",
        "#DOGEUSDT SHORT\nMark price: 0.11548\nTP: 0.1143 / 0.10962\nSL: 0.11982",
        "#ATOMUSDT LONG\nTP: 7.927 / 7.944\nSL: 7.443\nPrice now: 7.802",
        "#BRETTUSDT LONG\nPrice now: 0.040578\nTP: 0.041033 / 0.042366\nSL: 0.039225",
    ],
)
def test_the_markets_price_is_no_entry(text: str) -> None:
    _review(text)


@given(
    entry=st.floats(min_value=0.01, max_value=50_000),
    now=st.floats(min_value=0.97, max_value=1.03),
)
def test_the_markets_price_beside_an_entry_leaves_the_entry(entry: float, now: float) -> None:
    entry = round(entry, 4)
    text = (
        f"#ATOMUSDT LONG\nPrice now: {entry * now:.4f}\nEntry: {entry}\n"
        f"TP: {entry * 1.05:.4f}\nSL: {entry * 0.95:.4f}"
    )
    parsed = parse_message(text)
    if parsed.kind is MessageKind.SIGNAL:
        assert parsed.entries == (entry,)


def test_a_chart_level_of_the_analysis_is_no_stop() -> None:
    text = (
        "$WIF — Short\nEntry: 2.6482\nTargets: 2.6062 - 2.5692 - 2.5291\n\nReasons:\n"
        "▫️ resistance 2.7421 above\n▫️ daily RSI 73\n▫️ funding 0.01%"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed
    assert parsed.stop_loss is None


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_an_average_under_a_spaced_ladder_is_no_entry(blank: str) -> None:
    lines = ["$AVAX — short ladder", "Entry 1: 32.78", "Entry 2: 32.98", "Entry 3: 33.17\nØ 32.98"]
    text = blank.join([*lines, "TP1: 32.23", "TP2: 31.56\nStop loss 34.05\nLev 20x"])
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.entries == (32.78, 32.98, 33.17)
