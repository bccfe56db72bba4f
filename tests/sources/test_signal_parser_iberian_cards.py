"""The sixth held-out round's Spanish and Portuguese card families: a margin word of a localized
screen on the leverage's line, a confidence given as a word with its number, Spanish and
Portuguese zone words and "entre a e b", articles and prepositions in capitals that are no coin,
and a market or timeframe in brackets between a side word's coin and its price."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message
from tradermanager.sources.signal_parser.leverage import read_confidence

CARD = "#SOL LONG\nEntry: 148.2\nTP: 152 - 155\nSL: 144\n"


@pytest.mark.parametrize(
    ("line", "mode"),
    [
        ("Apalancamiento: 10x (cruzado)", "cross"),
        ("Apalancamiento: 20x AISLADO", "isolated"),
        ("Alavancagem: 20x isolada", "isolated"),
        ("Alav. cruzada x25", "cross"),
        ("⚙️ 20x CRUZADA", "cross"),
        ("Плечо: x25 (кросс)", "cross"),
        ("Плечо 10х (изолированная)", "isolated"),
        ("Levier : x5 (isolé)", "isolated"),
        ("Leva 20x isolata", "isolated"),
        ("Leva: 10x (incrociata)", "cross"),
        ("Kaldıraç: İzole 10x", "isolated"),
        ("Kaldıraç 25x (İzole)", "isolated"),
        ("Hebel 5x (isoliert)", "isolated"),
        ("Đòn bẩy: 25x (Chéo)", "cross"),
        ("Đòn bẩy x50 (Cô lập)", "isolated"),
        ("Leverage 10x silang", "cross"),
        ("Dźwignia: Izolowana 50x", "isolated"),
        ("Dźwignia: 10x (krzyżowa)", "cross"),
        ("Apalancamiento: 5x-10x (aislado)", "isolated"),
        ("Плечо: 10-20х кросс", "cross"),
        ("Modo de margen: Aislado\nApalancamiento: 10x", "isolated"),
    ],
)
def test_a_margin_word_on_the_leverage_line_is_the_margin_mode(line, mode):
    # before: the leverage was read and the mode dropped — copied without it
    parsed = parse_message(CARD + line)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.margin_mode == mode
    assert parsed.leverage is not None


def test_a_margin_word_on_another_line_is_not_the_leverage_s():
    # "cruzado" in a sentence below the card is no margin mode of the leverage above it
    parsed = parse_message(CARD + "Leverage: 10x\nEl precio ha cruzado la media móvil")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.margin_mode is None


@pytest.mark.parametrize(
    ("line", "confidence"),
    [
        ("Confidence level: High (79%)", 0.79),
        ("Confidence level: 66% (Low)", 0.66),
        ("Confiança: Alta (80%)", 0.8),
        ("Confiança: Muito alta (8.5/10)", 0.85),
        ("Confianza: Media · 65%", 0.65),
        ("Confianza: Baja — 59 %", 0.59),
        ("Confidence: HIGH / 0.82", 0.82),
        ("Strength: Strong — 85 %", 0.85),
        ("Signal strength: Medium [64%]", 0.64),
        ("Strength: Very strong / 0.89", 0.89),
        ("Probability: High (75%)", 0.75),
        ("AI confidence: low, 64%", 0.64),
        ("Signal strength ▸ Moderate (84%)", 0.84),
        ("Nivel de confianza: Alto (72%)", 0.72),
        ("Уверенность: высокая (75%)", 0.75),
    ],
)
def test_a_confidence_word_with_its_number_is_the_number(line, confidence):
    parsed = parse_message(CARD + line)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.confidence == pytest.approx(confidence)


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        # another measure beside the confidence: the confidence label wins
        ("• Strength: 92.3%\n• Confidence: 64.6%", 0.646),
        # an indicator's strength inside a line is no confidence
        ("📈 HTF ADX Strength: 37.6", None),
        ("Trend is strong, probability of a breakout 70%", None),
    ],
)
def test_strength_and_probability_are_a_confidence_only_as_a_line_s_label(text, confidence):
    got = read_confidence(text, text.lower(), [])
    assert got == (pytest.approx(confidence) if confidence is not None else None)


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop"),
    [
        (
            "SINAL DE COMPRA\nMoeda: #LINK\nEntrada: 14,85\nAlvos: 15,2 / 15,6\nStop: 14,4",
            (14.85,),
            (15.2, 15.6),
            14.4,
        ),
        (
            "ALERTA DE VENTA\nMoneda: ETH/USDT\nEntrada: 3.412,5\nObjetivos: 3.350 - 3.300\n"
            "Stop: 3.460",
            (3412.5,),
            (3350.0, 3300.0),
            3460.0,
        ),
        (
            "Vamos de long em #LINK na região de 14,70 a 14,85, alvos 15,20 e 15,60, stop 14,40",
            (14.7, 14.85),
            (15.2, 15.6),
            14.4,
        ),
        (
            "Entramos en corto en $LTC entre 82,01 y 81,47, objetivos 80,3 y 78,98, stop en 85,4",
            (81.47, 82.01),
            (80.3, 78.98),
            85.4,
        ),
        (
            "Compra spot de MOODENG: zona 0,17311 – 0,17478 | Objetivos: 0,18192 - 0,18829 | "
            "Stop: 0,16471",
            (0.17311, 0.17478),
            (0.18192, 0.18829),
            0.16471,
        ),
        (
            "LONG NA MOEDA #DOT\nNA ZONA DE 6,941 A 6,978\nAS METAS: 7,091 - 7,191 - 7,302\n"
            "O STOP: 6,854",
            (6.941, 6.978),
            (7.091, 7.191, 7.302),
            6.854,
        ),
        (
            "Buy #LQTY (Spot) 0.2711-0.2847 | TP 0.30 / 0.32 | SL 0.26",
            (0.2711, 0.2847),
            (0.3, 0.32),
            0.26,
        ),
        (
            "🔴 VENTA | #SEI\nEntrar entre 0,4732 y 0,4681\nObjetivos: 0,4606 | 0,4534\n"
            "Stop loss (SL): 0,477",
            (0.4681, 0.4732),
            (0.4606, 0.4534),
            0.477,
        ),
        (
            "Venta #XRP (futuros) 0,5219-0,5241 | Objetivos 0,5139 / 0,5051 | Stop 0,5407",
            (0.5219, 0.5241),
            (0.5139, 0.5051),
            0.5407,
        ),
        (
            "Buy #DOT [SPOT] 6.782-6.877, targets 6.985, 7.071, stop 6.711",
            (6.782, 6.877),
            (6.985, 7.071),
            6.711,
        ),
    ],
)
def test_spanish_and_portuguese_cards_and_calls(text, entries, targets, stop):
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == pytest.approx(entries)
    assert parsed.take_profits == pytest.approx(targets)
    assert parsed.stop_loss == pytest.approx(stop)


def test_a_zone_word_alone_on_a_header_line_is_no_label():
    # "ENTRADA NA ZONA" over the card: a header, not an entry left empty
    parsed = parse_message(
        "SINAL DE COMPRA\nENTRADA NA ZONA\nMoeda: #LINK\nEntrada: 14,85\nAlvos: 15,2 / 15,6\n"
        "Stop: 14,4"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (14.85,)


@given(
    st.sampled_from(["DE", "DA", "DO", "EN", "EL", "LA", "NA", "NO", "EM", "UM", "OS", "AS"]),
    st.sampled_from(["SINAL {w} COMPRA", "COMPRA {w} #SOL", "LONG {w} #SOL", "SEÑAL {w} VENTA"]),
    st.integers(1400, 1600),
)
def test_short_spanish_and_portuguese_words_in_capitals_are_no_coin(word, header, entry):
    """Whatever article or preposition stands in the header, the card's coin is the only one."""
    head = header.format(w=word)
    side = "SHORT" if "VENTA" in head else "LONG"
    sign = -1 if side == "SHORT" else 1
    text = (
        f"{head}\nMoeda: #SOL\nDireção: {side}\nEntrada: {entry / 10}\n"
        f"Alvos: {(entry + sign * 40) / 10}\nStop: {(entry - sign * 40) / 10}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == "SOL"
