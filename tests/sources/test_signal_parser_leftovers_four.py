"""Readings recorded as wrong and left alone, fourth round: a card in labels that make a dot a
thousands separator (German, French, Vietnamese) written with decimal points."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message

LABELS = {
    "de": ("Einstieg", "Ziele", "Stop-Loss", "Hebel"),
    "fr": ("Entrée", "Objectifs", "Stop", "Levier"),
    "vi": ("Điểm vào", "Mục tiêu", "Cắt lỗ", "Đòn bẩy"),
}


def _card(lang: str, coin: str, long: bool, entry: str, targets: list[str], stop: str) -> str:
    e, t, s, lev = LABELS[lang]
    side = "LONG" if long else "SHORT"
    return f"#{coin}/USDT {side}\n{e}: {entry}\n{t}: {' / '.join(targets)}\n{s}: {stop}\n{lev}: 10x"


@pytest.mark.parametrize(
    "text",
    [
        "LINK LONG\nEinstieg 5.638\nZiel 5.790 - 5.950\nStopp 5.410",
        "#AVAX Long\nEinstieg: 25.638\nZiele: 26.790 - 27.450\nStop: 24.410\nHebel 10x",
        "VENTE $TIA\nEntrée : 9.754\nObjectif 1 : 9.583\nObjectif 2 : 9.389\nStop : 10.236",
        "#LINK/USDT SHORT\nĐiểm vào 15.532\nMục tiêu 1 15.305\nCắt lỗ 16.159\nĐòn bẩy x10",
        "ETH Long\nEinstieg: 3.638\nZiele: 3.790 - 3.850\nStop: 3.410\nHebel 10x",
        "#BTC/USDT ACHAT\nEntrée 68.487\nObjectifs 69.722 / 70.594\nStop 65.538",
    ],
)
def test_dots_either_way_go_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "symbol's price" in parsed.reason


@pytest.mark.parametrize(
    ("text", "entry", "targets", "stop"),
    [
        # a sibling with two places: the dots are decimal points
        ("LINK LONG\nEinstieg 5.638\nZiel 5.790\nStop 5.41", 5.638, [5.79], 5.41),
        # a whole number beside them: 5,638 against 5 is no signal
        (
            "#NEAR/USDT LONG\nEinstieg: 5.638\nZiele: 5.790 / 5.950\nStop-Loss: 5\nHebel: 10x",
            5.638,
            [5.79, 5.95],
            5,
        ),
        # a decimal comma: every dot is a thousands group
        (
            "#BTC/USDT LONG\nEinstieg: 63.450,5\nZiele: 64.120 / 64.890\nStop-Loss: 62.310",
            63450.5,
            [64120, 64890],
            62310,
        ),
        # a level written without its dot: the others' dots are thousands
        (
            "#ETH/USDT SHORT\nEntrée : 3.412\nObjectifs : 3.380 / 3.350\nStop : 3460",
            3412,
            [3380, 3350],
            3460,
        ),
    ],
)
def test_a_number_written_otherwise_settles_the_mark(
    text: str, entry: float, targets: list[float], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert list(parsed.entries) == [entry]
    assert list(parsed.take_profits) == targets
    assert parsed.stop_loss == stop


def test_stored_price_decides() -> None:
    text = "LINK LONG\nEinstieg 5.638\nZiel 5.790 - 5.950\nStopp 5.410"
    near_five = parse_message(text, reference_price=5.6)
    assert near_five.kind is MessageKind.SIGNAL and list(near_five.entries) == [5.638]
    thousands = parse_message(text, reference_price=5600)
    assert thousands.kind is MessageKind.SIGNAL and list(thousands.entries) == [5638]


def test_spanish_cards_need_a_settled_mark_and_english_cards_are_unchanged() -> None:
    # Spanish channels write a dot between thousands as well as a decimal point: every level a
    # dot and three digits is read with the symbol's price, or a level that settles the mark
    text = "Moneda: #NEAR\nDirección: LONG\nEntrada: 5.736\nObjetivo: 5.829\nStop: 5.515"
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW
    spanish = parse_message(text, reference_price=5.7)
    assert spanish.kind is MessageKind.SIGNAL and list(spanish.entries) == [5.736]
    settled = parse_message(text.replace("5.515", "5.51"))
    assert settled.kind is MessageKind.SIGNAL and list(settled.entries) == [5.736]
    english = parse_message("#NEAR LONG\nEntry: 5.736\nTargets: 5.829 / 5.931\nStop: 5.515")
    assert english.kind is MessageKind.SIGNAL and list(english.entries) == [5.736]


@settings(max_examples=60, deadline=None)
@given(
    lang=st.sampled_from(sorted(LABELS)),
    long=st.booleans(),
    whole=st.integers(min_value=2, max_value=899),
    thousandths=st.integers(min_value=0, max_value=999),
)
def test_three_places_everywhere_is_never_copied_without_a_price(
    lang: str, long: bool, whole: int, thousandths: int
) -> None:
    """Every level with three places: read with a stored price at either scale it is that
    scale's signal; read without one it is never copied."""
    price = whole + thousandths / 1000
    sign = 1 if long else -1
    levels = [price * (1 + sign * k) for k in (0.02, 0.04)]
    stop = price * (1 - sign * 0.03)
    text = _card(lang, "INJ", long, f"{price:.3f}", [f"{v:.3f}" for v in levels], f"{stop:.3f}")
    assert parse_message(text).kind is not MessageKind.SIGNAL
    for scale in (1, 1000):
        parsed = parse_message(text, reference_price=price * scale)
        assert parsed.kind is MessageKind.SIGNAL
        assert parsed.entries[0] == pytest.approx(round(price, 3) * scale)


# ---- follow-ups: an edit mark naming the value it replaced, a close then a stop move ----


@pytest.mark.parametrize(
    ("text", "new_stop", "symbol"),
    [
        ("SL moved to 1.0379 (edited from 1.0274)", 1.0379, None),
        ("#TIA SL moved to 10.268 (edited from 10.369)", 10.268, "TIA"),
        ("$SOL stop moved to 145.2 (Edited from $144.1)", 145.2, "SOL"),
        ("SL moved to 0.5123 (edited)", 0.5123, None),
    ],
)
def test_the_value_an_edit_replaced_is_no_level(
    text: str, new_stop: float, symbol: str | None
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is not None and parsed.action.value == "stop_moved"
    assert parsed.new_stop == new_stop
    assert parsed.symbol == symbol


def test_an_edit_mark_on_a_card_line_keeps_the_new_value() -> None:
    parsed = parse_message("#SOL LONG\nEntry 148.2\nTP 152 (edited from 151)\nSL 144")
    assert parsed.kind is MessageKind.SIGNAL
    assert list(parsed.take_profits) == [152]


@pytest.mark.parametrize("dash", ["—", "–", "-"])
@pytest.mark.parametrize("move", ["SL → entry", "SL to entry", "SL ➝ BE", "stop -> entry"])
def test_a_close_then_a_stop_move_behind_dashes(dash: str, move: str) -> None:
    parsed = parse_message(f"TP3 ✔ {dash} 30% closed {dash} {move}")
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert [a.value for a in parsed.actions] == ["target_hit", "close", "stop_moved"]
    assert parsed.close_fraction == 0.3 and parsed.stop_to_entry


@pytest.mark.parametrize(
    "text", ["Closed - SL", "Status: Closed (stop loss)", "#SOL closed — SL hit ❌", "closed by SL"]
)
def test_closed_at_the_stop_is_still_a_stop_hit(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is not None and parsed.action.value == "stop_hit"


@pytest.mark.parametrize(
    "text", ["Buy limit filled at 0.0056167 ✅", "Sell limit filled at 142.3 $SOL ✅"]
)
def test_a_limit_filled_naming_no_order_goes_to_review(text: str) -> None:
    # an opening long's order or a short's take-profit: a buy limit either way
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Trimmed ORDI +3.90%", "ORDI"),
        ("Trimmed BTC +1.2% 🟢", "BTC"),
        ("Trimmed $SOL +4.62%", "SOL"),
    ],
)
def test_trimmed_before_a_listed_coin_in_capitals_is_a_close(text: str, symbol: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is not None and parsed.action.value == "close"
    assert parsed.symbol == symbol and parsed.close_fraction is None


@pytest.mark.parametrize("text", ["trimmed mean 3.4", "Trimmed the fat from the watchlist"])
def test_trimmed_before_no_coin_closes_nothing(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.FOLLOW_UP


# ---- a coin typed in small Latin letters in a Cyrillic sentence ----


@pytest.mark.parametrize(
    ("text", "symbol", "side"),
    [
        ("лонг по sol от 148.2, цели 152 и 155, стоп 144", "SOL", "long"),
        ("Шортим ordi по 38.5, тейк 37.2, стоп 39.6", "ORDI", "short"),
        ("Купуємо arb від 1.12, цілі 1.15 та 1.18, стоп 1.08", "ARB", "long"),
        ("Лонг по 1inch от 0.4521, цели 0.4598 и 0.4641, стоп 0.4358", "1INCH", "long"),
    ],
)
def test_a_small_letter_coin_beside_cyrillic_words_is_the_coin(
    text: str, symbol: str, side: str
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.symbol == symbol
    assert parsed.side is not None and parsed.side.value == side


@pytest.mark.parametrize(
    "text",
    [
        "лонг по sol и arb от 148.2, цели 152 и 155, стоп 144",  # two coins: which one?
        "лонг по moodeng от 0.1752, цели 0.18 и 0.19, стоп 0.17",  # not listed
    ],
)
def test_two_small_letter_coins_or_an_unlisted_word_name_none(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.SIGNAL


@settings(max_examples=40, deadline=None)
@given(
    coin=st.sampled_from(["sol", "arb", "ordi", "link", "avax", "near", "inj", "tia"]),
    verb=st.sampled_from(["лонг по", "Открываю лонг", "Заходим в лонг", "Купуємо"]),
    price=st.integers(min_value=100, max_value=99999),
)
def test_the_coin_is_read_in_any_case(coin: str, verb: str, price: int) -> None:
    """The same call with the coin in capitals and in small letters reads the same."""
    p = price / 100
    text = f"{verb} {{}} от {p:.2f}, цели {p * 1.02:.2f} и {p * 1.04:.2f}, стоп {p * 0.97:.2f}"
    small, capitals = parse_message(text.format(coin)), parse_message(text.format(coin.upper()))
    assert (small.kind, small.symbol, small.entries) == (
        capitals.kind,
        capitals.symbol,
        capitals.entries,
    )
