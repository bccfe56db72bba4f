"""Languages round fifteen: follow-ups in German, Polish, Romanian, Nigerian Pidgin and Tagalog
whose wording the English reader did not know ("Stop auf Einstiegspreis nachziehen",
"przesuwamy stop na cenę wejścia", "ilipat ang SL sa entry", "50 % Gewinne mitnehmen",
"securizăm 50% din profit", "take profit 50% na po", "isara ang kalahati ng posisyon", "stop
loss don catch am") are read as their English phrases; a Polish card whose entry label is
"Strefa wejścia:" / "Cena wejścia:" tells its decimal comma. Calls and talk in those languages
that carry no such phrase read as before."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.script_updates import updates_in_english


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("#APTUSDT Stop auf Einstiegspreis nachziehen", "APT"),
        ("$SOL SL auf den Einstiegskurs setzen 🔒", "SOL"),
        ("#ETHUSDT przesuwamy stop na cenę wejścia", "ETH"),
        ("$WIF przesuń SL na wejście", "WIF"),
        ("#AVAXUSDT ilipat ang SL sa entry 🔒", "AVAX"),
        ("ARB/USDT ilipat ang stop loss sa entry price", "ARB"),
    ],
)
def test_stop_to_the_entry_in_other_words(text: str, symbol: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.STOP_MOVED
    assert parsed.stop_to_entry
    assert parsed.symbol == symbol


@pytest.mark.parametrize(
    ("text", "symbol", "fraction"),
    [
        ("$SEI 50 % Gewinne mitnehmen", "SEI", 0.5),
        ("1000PEPE/USDT 30% der Gewinne mitnehmen", "1000PEPE", 0.3),
        ("$ETH securizăm 50% din profit", "ETH", 0.5),
        ("#LINK securizam 25%", "LINK", 0.25),
        ("ARB/USDT take profit 50% na po", "ARB", 0.5),
        ("#API3 isara ang kalahati ng posisyon 💰", "API3", 0.5),
        ("$SOL isara kalahati", "SOL", 0.5),
    ],
)
def test_a_share_closed_in_other_words(text: str, symbol: str, fraction: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.CLOSE
    assert parsed.close_fraction == fraction
    assert parsed.symbol == symbol


@pytest.mark.parametrize(
    "text", ["#BRETT stop loss don catch am ❌", "$ARB SL don catch am", "#LTCUSDT sl don catch"]
)
def test_the_stop_hit_in_pidgin(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP
    assert parsed.action is FollowUpAction.STOP_HIT


@pytest.mark.parametrize(
    ("text", "entry", "targets", "stop"),
    [
        (
            "#NEAR/USDT\nPozycja: LONG\nStrefa wejścia: 5,345\nCel 1: 5,431\nCel 2: 5,497\n"
            "Zlecenie SL: 5,218",
            5.345,
            (5.431, 5.497),
            5.218,
        ),
        (
            "#ATOM/USDT\nPozycja: KUPUJEMY\nCena wejścia: 8,361\nCel 1: 8,481\nCel 2: 8,593\n"
            "Stop loss: 8,054",
            8.361,
            (8.481, 8.593),
            8.054,
        ),
    ],
)
def test_polish_entry_label_tells_the_decimal_comma(
    text: str, entry: float, targets: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.entries == (entry,)
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    ("text", "side", "entry", "targets", "stop"),
    [
        (
            "Intrăm long pe #SOL la 148,2, ținte 152 și 155, stop 144",
            "long",
            148.2,
            (152.0, 155.0),
            144.0,
        ),
        (
            "Oya make we short $ETH for 3412, TP 3350 and 3300, SL 3480 — abeg no forget SL",
            "short",
            3412.0,
            (3350.0, 3300.0),
            3480.0,
        ),
        ("Mu shiga long a #SOL 148.2, TP 152 da 155, SL 144", "long", 148.2, (152.0, 155.0), 144.0),
        (
            "Long natin si #SOL sa 148.2, TP 152 at 155, SL 144 lang mga lods",
            "long",
            148.2,
            (152.0, 155.0),
            144.0,
        ),
        (
            "Шортим #SOL 🔥\nТВХ: 148.2\nТейки: 145 / 142\nСтоп: 151",
            "short",
            148.2,
            (145.0, 142.0),
            151.0,
        ),
    ],
)
def test_calls_in_this_rounds_languages_still_read(
    text: str, side: str, entry: float, targets: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.side is not None and parsed.side.value == side
    assert parsed.entries == (entry,)
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        "Hat jemand SOL bei 148,2 gekauft? Wo setzt ihr den Stop? 🤔",
        "Ktoś trzyma shorta na SOL od 148,2? Gdzie macie stopa?",
        "Oga, SOL don reach 148.2, I fit enter long now or make I wait 144?",
        "Ano sa tingin nyo sa SOL 148.2, long ba o short mga lods?",
        "Je pense que BTC va retester 62 900 avant de repartir, vous êtes long ou short ?",
        # talk that only mentions the words: no phrase, nothing acted on
        "Wann soll man Gewinne mitnehmen? SOL steht bei 148,2",
        "ilang araw na, kalahati na lang natira sa SOL ko 😭",
    ],
)
def test_talk_in_this_rounds_languages_is_not_acted_on(text: str) -> None:
    assert parse_message(text).kind not in (MessageKind.SIGNAL, MessageKind.FOLLOW_UP)


@given(
    st.sampled_from(["#SOL", "$ETH", "ARB/USDT", "#LINKUSDT"]),
    st.sampled_from(
        [
            "wir warten auf den Einstiegspreis",
            "przesuwamy się dalej",
            "securitatea contului",
            "kalahating araw",
            "don catch fever",
        ]
    ),
)
def test_words_of_the_phrases_alone_write_nothing(coin: str, words: str) -> None:
    """A stem of a phrase without the rest of it leaves the text as written."""
    text = f"{coin} {words}"
    assert updates_in_english(text) == text
