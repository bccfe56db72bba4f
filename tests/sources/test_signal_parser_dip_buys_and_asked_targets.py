"""A ladder's first and later buy told in prose ("spot here a, second bag at b", "a now, then b
if it dips"), and a question asking the other readers for a target before the price now."""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind


@pytest.mark.parametrize(
    ("text", "entries", "tps", "sl"),
    [
        (
            "Spot entry on $AVAX: 35.21 now, then 33.4 if it dips. TP 38.1, 40.2. SL 31.5",
            [35.21, 33.4],
            [38.1, 40.2],
            31.5,
        ),
        (
            "Spot entry on #DOGE: 0.12345 now, then 0.11702 on a dip."
            " TP 0.1333 / 0.1421. SL 0.1099",
            [0.12345, 0.11702],
            [0.1333, 0.1421],
            0.1099,
        ),
        (
            "Grabbing some #DOT spot here 6.421, second bag at 6.102.\n"
            "Selling into 6.95, 7.4\nOut below 5.81",
            [6.421, 6.102],
            [6.95, 7.4],
            5.81,
        ),
        (
            "Grabbing some $ETH spot here 3,412.5, second bag at 3,250.\n"
            "Selling into 3,700 / 3,950\nOut below 3,090",
            [3412.5, 3250.0],
            [3700.0, 3950.0],
            3090.0,
        ),
    ],
)
def test_a_first_buy_and_a_later_buy_in_prose_are_two_entries(
    text: str, entries: list[float], tps: list[float], sl: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert parsed.side is not None and parsed.side.value == "long"
    assert list(parsed.entries) == pytest.approx(entries)
    assert list(parsed.take_profits) == pytest.approx(tps)
    assert parsed.stop_loss == pytest.approx(sl)


@pytest.mark.parametrize(
    "text",
    [
        "Price here 15.1 after the dump, no plan yet",
        "Short ETH at 3,412 aiming for 3,350 then 3,300 if it dips",
        "LINK here 14.85 🔥",
    ],
)
def test_here_or_then_without_a_later_buy_is_not_read_as_a_ladder(text: str) -> None:
    parsed = parse_message(text)
    assert not (parsed.kind is MessageKind.SIGNAL and len(parsed.entries) > 1)


@pytest.mark.parametrize(
    "text",
    [
        "Quelqu'un a un objectif pour AVAX ? Il est à 35,21 là",
        "Anyone got a target for ARB? It's at 1.1203 now",
        "Hat jemand ein Ziel für SOL? Steht bei 148,2",
        "Quelqu'un a un objectif pour 1000PEPE ? Il est à 0,0081234 là",
    ],
)
def test_a_question_for_a_target_then_the_price_now_is_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL


@pytest.mark.parametrize(
    "text",
    [
        "Anyone in ARB? Long from 1.12, TP 1.20, SL 1.05",
        "Who took the SOL short at 148.2? TP 144 hit ✅",
    ],
)
def test_a_question_beside_a_call_or_an_update_is_not_made_talk(text: str) -> None:
    assert parse_message(text).kind is not MessageKind.NOT_SIGNAL
