"""French, German, Dutch (and Spanish, Italian) cards whose entry zone stands in the side line
("Achat (LONG) entre a et b"), French "à partir de" and Dutch "Instap vanaf" entries, and dot
groups that no number of the message settles (to review)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind
from tradermanager.sources.signal_parser.side_line_zones import zone_in_side_line


def _eu(value: float, dec: int) -> str:
    return f"{value:.{dec}f}".replace(".", ",")


@pytest.mark.parametrize(
    ("text", "side", "entries", "tps", "stop"),
    [
        (
            "📊 Signal du jour : $AVAX\nAchat (LONG) entre 35,21 et 34,88\n"
            "TP1 : 35,9\nTP2 : 36,45\nStop : 33,7",
            "long",
            (34.88, 35.21),
            (35.9, 36.45),
            33.7,
        ),
        (
            "Signal des Tages: #NEAR\nVerkauf (SHORT) zwischen 5,612 und 5,655\n"
            "Ziele: 5,48 / 5,39\nStop: 5,83\nHebel: 10x",
            "short",
            (5.612, 5.655),
            (5.48, 5.39),
            5.83,
        ),
        (
            "Signaal van de dag: FET/USDT\nKoop (LONG) tussen 1.2214 en 1.2101\n"
            "Doelen: 1.2455 / 1.271\nStop: 1.18",
            "long",
            (1.2101, 1.2214),
            (1.2455, 1.271),
            1.18,
        ),
        (
            "#ETH\nVerkoop (SHORT) tussen 3.412,5 en 3.440\nDoelen: 3.350 / 3.301,5\nStop: 3.495",
            "short",
            (3412.5, 3440.0),
            (3350.0, 3301.5),
            3495.0,
        ),
        (
            "Señal: #SOL\nCompra (LONG) entre 148,2 y 146,9\nObjetivos: 151,4 / 154\nStop: 143,5",
            "long",
            (146.9, 148.2),
            (151.4, 154.0),
            143.5,
        ),
        (
            "Segnale: $LINK\nVendita (SHORT) tra 14,85 e 14,97\nTarget: 14,5 / 14,21\nStop: 15,3",
            "short",
            (14.85, 14.97),
            (14.5, 14.21),
            15.3,
        ),
    ],
)
def test_zone_in_the_side_line_is_read(
    text: str, side: str, entries: tuple[float, ...], tps: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side.value == side
    assert parsed.entries == entries
    assert parsed.take_profits == tps
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "On prend un LONG sur #TRX à partir de 0,12121 — objectifs 0,1236 et 0,12459, "
            "stop 0,1178, levier 5x",
            0.12121,
        ),
        ("Short sur $APT a partir de 8,912, objectifs 8,75 et 8,6, stop 9,15", 8.912),
        ("📈 WIF LONG\nInstap vanaf 2.43868\nDoelen: 2.482 / 2.573\nStop: 2.375", 2.43868),
        ("DOGE SHORT\nInstapzone: 0,12345\nDoelen: 0,121 / 0,118\nStop: 0,1275", 0.12345),
    ],
)
def test_from_words_and_dutch_entry_labels(text: str, entry: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (entry,)


@pytest.mark.parametrize(
    "text",
    [
        # every level a dot and three digits in German or French labels: 6.169 or 6,169
        "Wir gehen SHORT bei ATOM ab 8.169, TP 8.087 / 8.003, Stop 8.397, Hebel 5x",
        "🚀 Nouveau signal #NEAR LONG\nEntrée : 5.161\nObjectifs : 5.239 - 5.318\nStop : 5.047",
        # the zone's line with its targets on the wrong side
        "Signal du jour : $INJ\nAchat (LONG) entre 23,676 et 23,523\nTP1 : 22,9\nStop : 22,1",
        # a zone with no stop: not read by the side line's rewrite
        "Signal du jour : $INJ\nAchat (LONG) entre 23,676 et 23,523\nTP1 : 24,1",
    ],
)
def test_risky_layouts_go_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Je pense acheter entre 23,6 et 23,5 si le marché se calme, vous en pensez quoi ?",
        "Kauf zwischen 5 und 6 Uhr war heute schwierig, der Markt war sehr volatil.",
    ],
)
def test_talk_stays_unread(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL


def test_only_a_whole_side_line_is_rewritten() -> None:
    text = "Achat (LONG) entre 23,676 et 23,523 si ça tient\nTP1 : 24"
    assert zone_in_side_line(text, text.lower()) == text
    two = "Achat (LONG) entre 1 et 2\nAchat (LONG) entre 3 et 4"
    assert zone_in_side_line(two, two.lower()) == two


@settings(max_examples=60, deadline=None)
@given(
    st.floats(min_value=0.05, max_value=900, allow_nan=False),
    st.sampled_from(
        [
            ("Achat", "Vente", "entre", "et"),
            ("Kauf", "Verkauf", "zwischen", "und"),
            ("Koop", "Verkoop", "tussen", "en"),
        ]
    ),
    st.booleans(),
)
def test_side_line_zone_reads_its_drawn_levels(
    price: float, words: tuple[str, str, str, str], long: bool
) -> None:
    dec = 4 if price < 10 else 2
    sign = 1 if long else -1
    near = round(price, dec)
    far = round(price * (1 - sign * 0.01), dec)
    tps = [round(price * (1 + sign * g), dec) for g in (0.02, 0.04)]
    stop = round(price * (1 - sign * 0.03), dec)
    side_word = words[0] if long else words[1]
    text = (
        f"#SOL\n{side_word} ({'LONG' if long else 'SHORT'}) {words[2]} {_eu(near, dec)} "
        f"{words[3]} {_eu(far, dec)}\nTP1: {_eu(tps[0], dec)}\nTP2: {_eu(tps[1], dec)}\n"
        f"Stop: {_eu(stop, dec)}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.entries == tuple(sorted((near, far)))
    assert parsed.take_profits == tuple(tps)
    assert parsed.stop_loss == stop
