"""A list item, a numbered label or a trigger left without its price goes to review.

A bullet alone beside a priced bullet of its list ("•" over "• 8.496"), a forum list's empty
item ("[*]"), a value cut after its code mark or inside a colour escape, a numbered label
left empty beside the list's next priced item ("Order #1:" over "Order #2: 6.012"), a heading
over nothing but the list's last item ("Targets:" over "Final target: …") and a trigger's
comparison with no value ("SL: Last Price >=") each mean a level the channel gave is missing:
copied as they read, the copy would trade without it. The whole messages stay signals.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.sources.drawn_levels import assert_signal_levels, stepped_levels

from tradermanager.sources.signal_parser import MessageKind, parse_message

EMPTIED = [
    # a bullet alone beside a priced bullet of its list
    "*APT/USDT — SHORT*\n_Entry:_ 8.785\n_Targets:_\n• \n• 8.496\n_Stop:_ 9.033",
    "*APT/USDT — SHORT*\n_Entry:_ 8.785\n_Targets:_\n• 8.661\n• \n_Stop:_ 9.033",
    "LINK/USDT SHORT\nEntry:\n+ \n+ 14.429\nTPs:\n+ 14.139\n+ 13.923\nStop:\n+ 14.649",
    "📊 BTCUSDT · LONG\n5x\nEntries:\n• 59193.5 – 100 USDT\n• \n"
    "Targets: 60646.2 / 61792.5 / 62118.1\nStop: 57367.3",
    "#SEI SHORT 10x\nEntries:\n• \n• 0.4874 → $100\nTP: 0.4766 / 0.4639\nSL: 0.4996",
    # a forum list's empty item
    "[b]BRETT/USDT LONG[/b]\n[b]Entries:[/b]\n[list=1]\n[*]\n[*]0.042396\n[/list]\n"
    "[b]Targets:[/b]\n[list=1]\n[*]0.043178\n[*]0.044207\n[/list]\n"
    "[b]Stop loss:[/b] [color=red]0.041124[/color]\n[i]Leverage 10x[/i]",
    "[b]BRETT/USDT LONG[/b]\n[b]Entries:[/b]\n[list=1]\n[*]0.042396\n[/list]\n"
    "[b]Targets:[/b]\n[list=1]\n[*]0.043178\n[*]\n[/list]\n"
    "[b]Stop loss:[/b] 0.041124",
    # a value cut after its code mark, a line cut inside its colour escape
    "📈 **DOGE/USDT · LONG**\n**Entry Price**\n`0.12966`\n**Take Profit 1**\n`0.13164`\n"
    "**Take Profit 2**\n`\n**Take Profit 3**\n`0.13556`\n**Stop Loss**\n`0.12676`",
    "```ansi\n\x1b[2;31mSHORT\x1b[0m \x1b[1;37mARB/USDT\x1b[0m\n\x1b[2;34mEntry\x1b[0m  1.22\n"
    "\x1b[\n\x1b[2;31mStop\x1b[0m  1.2674\n\x1b[2;33mLeverage\x1b[0m  5x\n```",
    # a numbered label left empty beside the list's next priced item
    "DOT/USDT LONG ladder\nOrder #1:\nOrder #2: 6.012\nOrder #3: 5.939\nTP1: 6.223\n"
    "TP2: 6.402\nSL: 5.706",
    "DOT/USDT LONG ladder\nOrder #1: 6.085\nOrder #2:\nOrder #3: 5.939\nTP1: 6.223\n"
    "TP2: 6.402\nSL: 5.706",
    # a heading over nothing but the list's last item
    "🔴 SHORT XRPUSDT\n\nFirst entry: 0.4806\nSecond entry: 0.4835\n\nTargets:\n"
    "Final target: 0.4356\nStop: 0.4945",
    # a trigger's comparison with no value
    "TRXUSDT Perpetual\nSide: Open Short\nOrder price: 0.11845 (Limit)\n"
    "TP1: Last Price <= 0.11614\nTP2: Last Price <= 0.11365\nSL: Last Price >=\n"
    "Trigger by: Last Price",
]


@pytest.mark.parametrize("text", EMPTIED)
def test_a_level_left_empty_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.kind, parsed.take_profits)
    assert "cut short" in parsed.reason


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop"),
    [
        (
            "*APT/USDT — SHORT*\n_Entry:_ 8.785\n_Targets:_\n• 8.661\n• 8.496\n_Stop:_ 9.033",
            (8.785,),
            (8.661, 8.496),
            9.033,
        ),
        (
            "[b]BRETT/USDT LONG[/b]\n[b]Entries:[/b]\n[list=1]\n[*]0.042652\n[*]0.042396\n"
            "[/list]\n[b]Targets:[/b]\n[list=1]\n[*]0.043178\n[*]0.044207\n[/list]\n"
            "[b]Stop loss:[/b] [color=red]0.041124[/color]\n[i]Leverage 10x[/i]",
            (0.042652, 0.042396),
            (0.043178, 0.044207),
            0.041124,
        ),
        (
            "DOT/USDT LONG\nEntry 1:\n6.085\nEntry 2:\n6.012\nTP1: 6.223\nTP2: 6.402\nSL: 5.706",
            (6.085, 6.012),
            (6.223, 6.402),
            5.706,
        ),
        (
            "TRXUSDT Perpetual\nSide: Open Short\nOrder price: 0.11845 (Limit)\n"
            "TP1: Last Price <= 0.11614\nTP2: Last Price <= 0.11365\n"
            "SL: Last Price >= 0.12106",
            (0.11845,),
            (0.11614, 0.11365),
            0.12106,
        ),
    ],
)
def test_the_whole_message_stays_a_signal(
    text: str, entries: tuple[float, ...], targets: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == entries
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(2_000, 9_000),
    steps=st.lists(st.integers(5, 60), min_size=2, max_size=4),
    scale=st.sampled_from([1, 100, 10_000]),
    long=st.booleans(),
    bullet=st.sampled_from(["•", "▪", "+"]),
    data=st.data(),
)
def test_a_bulleted_target_list_with_one_item_emptied_goes_to_review(
    entry: int,
    steps: list[int],
    scale: int,
    long: bool,
    bullet: str,
    data: st.DataObject,
) -> None:
    """Any bulleted target list: whole, it reads field-exact; with one item's price left
    out, it goes to review."""
    tps = stepped_levels(entry, steps, scale, long)
    stop = stepped_levels(entry, [40], scale, not long)[0]
    side = "LONG" if long else "SHORT"

    def card(items: list[str]) -> str:
        return (
            f"SOL/USDT {side}\nEntry: {entry / scale:g}\nTargets:\n"
            + "\n".join(items)
            + f"\nStop: {stop:g}"
        )

    items = [f"{bullet} {tp:g}" for tp in tps]
    assert_signal_levels(parse_message(card(items)), tps, stop)
    k = data.draw(st.integers(0, len(items) - 1))
    items[k] = bullet + " "
    parsed = parse_message(card(items))
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.kind, parsed.take_profits)


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop"),
    [
        # the ratio's own figure after it: the number before it is the stop
        (
            "ARB Long\nEntry: 1.0941\nTP1: 1.1175\nSL: 1.0503 R:R = 1:3",
            (1.0941,),
            (1.1175,),
            1.0503,
        ),
        (
            "$ARB — 15m chart Bias: Long Entry: 1.0941 TP1: 1.1175 | TP2: 1.1312 SL: 1.0503 "
            "R:R = 1:3 Risk: 1R",
            (1.0941,),
            (1.1175, 1.1312),
            1.0503,
        ),
        (
            "📈 1000PEPEUSDT.P idea Idea: Short | 4H Entry Price: 0.0085268 Take Profit Level 1: "
            "0.0083264 Take Profit Level 2: 0.0080843 Stop Loss Level: 0.0087412 "
            "Risk/Reward: 3.24",
            (0.0085268,),
            (0.0083264, 0.0080843),
            0.0087412,
        ),
        # a note after a price written with its dollar sign after it
        (
            "#SOLUSDT SHORT\nEntry: 137.58$ (retest of the 137.86 breakout)\nTP1: 134.92$\n"
            "TP2: 132.03$\nSL: 141.54$ (above the 140.97 swing high)",
            (137.58,),
            (134.92, 132.03),
            141.54,
        ),
        (
            "#ORDIUSDT SHORT\nEntry price: 39.08$ (price now: 38.9)\nTP: 38.48$ / 37.82$\n"
            "SL: 39.84$\nLeverage: 5x",
            (39.08,),
            (38.48, 37.82),
            39.84,
        ),
    ],
)
def test_a_level_beside_its_note_or_ratio_is_kept(
    text: str, entries: tuple[float, ...], targets: tuple[float, ...], stop: float
) -> None:
    """A stop with its risk/reward figure after it on its line, a level with a bracketed
    note after its dollar sign: the level is read, the note's number is not."""
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == entries
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    "text",
    [
        # another coin's header over its own levels, above the signal's card
        "💎 TRX\nඇතුල්වීම ➜ 0.13261\nඉලක්ක ➜ 0.13393 - 0.13583 - 0.14083\nනැවතුම ➜ 0.12618\n"
        "Par: AVAX/USDT\nSmjer: LONG\nUlaz: 38,29\nCiljevi: 38,68 - 39,24 - 39,72\n"
        "Stop loss: 37,06\nPoluga: 10x",
        # and under it
        "#DIAUSDT SHORT\nEntry: 0.6879\nTargets: 0.6813, 0.6716\nStop: 0.7221\n"
        "💎 SUI\nඇතුල්වීම ➜ 1.1427\nඉලක්ක ➜ 1.1651, 1.1865\nනැවතුම ➜ 1.0995",
        "ARB\nՄուտք = 1.1762\nԿանգառ = 1.1214\nՆպատակներ = 1.1956 / 1.2168\nMOODENGUSDT\n"
        "Long entry zone: 0.1815 – 0.18241\nLong targets: 0.18523, 0.18752, 0.19094\n"
        "Long invalidation: 0.17576\nMax leverage 10x",
    ],
)
def test_another_coins_header_over_prices_of_its_own_goes_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (parsed.kind, parsed.symbol)


@pytest.mark.parametrize(
    "text",
    [
        # a coin named in a sentence with figures: commentary, no call
        "ARB/USDT LONG\nEntry: 1.1084 - 1.1151\nTP: 1.137 / 1.1589\nSL: 1.083\n"
        "BTC dominance slipped to 54.2% and funding is flat at 0.01%.",
        # another coin's header with no price under it
        "#SOLUSDT LONG\nEntry: 150.2\nTP: 152.4 / 154.8\nSL: 147.1\n\nNext up:\n💎 TRX",
    ],
)
def test_another_coin_without_a_call_of_its_own_keeps_the_signal(text: str) -> None:
    assert parse_message(text).kind is MessageKind.SIGNAL


def test_a_market_price_note_wrapped_onto_the_next_line_is_no_entry() -> None:
    parsed = parse_message(
        "#APTUSDT LONG\nLimit entry 8.106 — now\n8.147\nTP: 8.229 / 8.367 / 8.466\nSL: 7.937"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (8.106,)
