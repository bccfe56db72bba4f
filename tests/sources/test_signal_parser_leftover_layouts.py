"""Layouts the blind rounds found read wrong: webhook payloads relayed as JSON, hashtag
labels, thread part numbers, numbered spot orders, size and risk lines, a stop section over
several lines, decimal commas under unknown labels, re-entries, scale-outs and trailing-stop
activations. Each reads as the same signal written plainly, or goes to review."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message


def _fields(text: str) -> tuple[object, ...]:
    p = parse_message(text)
    return (p.kind, p.symbol, p.side, p.order_type, p.entries, p.take_profits, p.stop_loss,
            p.leverage, p.margin_mode)  # fmt: skip


PLAIN_SHORT = "SOLUSDT SHORT\nEntry: 148.2\nTargets: 145.1 / 142.5\nStop loss: 151.3\nLeverage: 20x"


@pytest.mark.parametrize(
    "payload",
    [
        '{"ticker": "SOLUSDT", "side": "sell", "price": 148.2, "qty": 0.5, "leverage": 20, '
        '"tp": [145.1, 142.5], "sl": 151.3}',
        '{"symbol": "SOLUSDT", "action": "enter_short", "entry": "148.2", "lev": "20x", '
        '"take_profit": ["145.1", "142.5"], "stop_loss": "151.3", "qty": 250}',
        json.dumps(
            {
                "account_id": 31234567,
                "pair": "USDT_SOL",
                "position": {
                    "type": "sell",
                    "order_type": "limit",
                    "units": {"value": "12"},
                    "price": {"value": 148.2},
                },
                "take_profit": {
                    "enabled": True,
                    "steps": [
                        {"price": {"value": 145.1, "type": "bid"}, "volume": 50},
                        {"price": {"value": 142.5, "type": "bid"}, "volume": 50},
                    ],
                },
                "stop_loss": {
                    "enabled": True,
                    "conditional": {"price": {"value": 151.3, "type": "bid"}},
                },
                "leverage": {"enabled": True, "type": "custom", "value": 20},
            },
            indent=2,
        ),
        "📡 New signal\n```json\n"
        + json.dumps(
            {
                "signal": {
                    "coin": "SOL",
                    "direction": "short",
                    "entry": 148.2,
                    "targets": [145.1, 142.5],
                    "stop_loss": 151.3,
                    "leverage": "20x",
                }
            }
        )
        + "\n```",
        # the leverage as a channel writes it, in a string
        '{"symbol": "SOLUSDT", "side": "sell", "entry": 148.2, "leverage": "x20", '
        '"tp": [145.1, 142.5], "sl": 151.3}',
        '{"symbol": "SOLUSDT", "side": "sell", "entry": 148.2, "leverage": "20 X", '
        '"tp": [145.1, 142.5], "sl": 151.3}',
    ],
)
def test_a_webhook_payload_reads_like_the_signal_written_plainly(payload: str) -> None:
    assert _fields(payload) == _fields(PLAIN_SHORT)


def test_a_payload_s_market_order_margin_and_disabled_leverage() -> None:
    market = parse_message(
        '{"symbol": "ETHUSDT", "side": "buy", "type": "market", "price": 3412.5, '
        '"tp": 3480, "sl": 3350, "margin": "isolated"}'
    )
    assert market.kind is MessageKind.SIGNAL and market.order_type == "market"
    assert market.entries == () and market.margin_mode == "isolated"
    off = parse_message(
        '{"pair": "USDT_ETH", "position": {"type": "buy", "order_type": "market"}, '
        '"take_profit": {"steps": [{"price": {"value": 3480}, "volume": 100}]}, '
        '"stop_loss": {"conditional": {"price": {"value": 3350}}}, "leverage": {"enabled": false, '
        '"value": 10}}'
    )
    assert off.kind is MessageKind.SIGNAL and off.leverage is None
    # targets given as percentages only: review, never a signal without its targets
    pct = parse_message(
        '{"ticker": "ETHUSDT", "action": "buy", "price": 3412.5, "takeProfit": {"percent": 10}, '
        '"stopLoss": {"percent": 5}}'
    )
    assert pct.kind is MessageKind.NEEDS_REVIEW


@settings(max_examples=60, deadline=None)
@given(
    entry=st.decimals(min_value="0.001", max_value="90000", places=3),
    qty=st.integers(min_value=1, max_value=100000),
    lev=st.integers(min_value=1, max_value=100),
    long=st.booleans(),
)
def test_a_payload_s_quantity_is_never_a_price(
    entry: object, qty: int, lev: int, long: bool
) -> None:
    e = float(str(entry))
    if e <= 0:
        return
    sign = 1 if long else -1
    tp, sl = round(e * (1 + 0.03 * sign), 6), round(e * (1 - 0.02 * sign), 6)
    payload = json.dumps(
        {
            "ticker": "LINKUSDT",
            "side": "buy" if long else "sell",
            "price": e,
            "qty": qty,
            "leverage": lev,
            "tp": [tp],
            "sl": sl,
        }
    )
    p = parse_message(payload)
    assert p.kind is MessageKind.SIGNAL
    assert p.entries == (e,) and p.take_profits == (tp,) and p.stop_loss == sl
    assert p.leverage == lev


@pytest.mark.parametrize(
    "text",
    [
        "#SOL #SHORT\n#EntryZone 148.2 - 149.0\n#Targets 145.1 - 142.5\n#StopLoss 151.3\n#Lev 20x",
        "#SHORT #SOL\n#Entry_Zone 149.0 - 148.2\n#TP1 145.1\n#TP2 142.5\n#SL 151.3\n#Leverage 20x",
    ],
)
def test_hashtag_labels_are_labels(text: str) -> None:
    plain = "SOL SHORT\nEntry zone: 148.2 - 149.0\nTP1: 145.1\nTP2: 142.5\nSL: 151.3\nLeverage: 20x"
    assert _fields(text) == _fields(plain)
    # a hashtag naming a coin before a price stays a coin
    assert parse_message("#SOL 148.2 long\nTP 152\nSL 144").symbol == "SOL"


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "marks", [["1/", "2/", "3/", "4/"], ["🧵 1/", "2/", "3/", "4/"], ["1/4", "2/4", "3/4", "4/4"]]
)
def test_thread_part_numbers_are_no_prices(marks: list[str], blank: str) -> None:
    parts = ["$SOL short setup", "Entry: 148.2", "Targets: 145.1 / 142.5", "Stop: 151.3"]
    text = blank.join(f"{m} {p}" for m, p in zip(marks, parts, strict=True))
    assert _fields(text) == _fields("\n".join(parts))
    # a lone share at a line's start is no thread
    lone = parse_message("1/2 closed on SOL")
    assert lone.kind is MessageKind.FOLLOW_UP and lone.close_fraction == 0.5


@pytest.mark.parametrize(
    "form", ["Buy {i}: {v}", "Buy #{i}: {v}", "{o} buy: {v}", "BUY #{i} - {v}"]
)
def test_numbered_spot_buys_are_the_entries_and_sells_the_targets(form: str) -> None:
    ords = ["1st", "2nd", "3rd"]
    buys = [14.85, 14.4, 13.95]
    lines = ["$LINK spot DCA plan"]
    lines += [form.format(i=i, o=ords[i - 1], v=v) for i, v in enumerate(buys, 1)]
    lines += ["Sell 1: 15.6", "Sell 2: 16.4", "Stop: 13.2"]
    p = parse_message("\n".join(lines))
    assert p.kind is MessageKind.SIGNAL and p.market == "spot"
    assert p.entries == tuple(buys) and p.take_profits == (15.6, 16.4) and p.stop_loss == 13.2


@pytest.mark.parametrize(
    "line",
    [
        "Size: 2%",
        "Risk 1R",
        "Max loss: 21.4 USDT",
        "Position size: 218.742 INJ",
        "Risk: 1.5% of balance",
        "Margin: 150 USDT",
    ],
)
def test_size_and_risk_lines_hold_no_price(line: str) -> None:
    plain = "INJ/USDT LONG\nEntry: 24.6\nTP: 25.2 / 25.8\nSL: 23.9"
    assert _fields(plain.replace("\nTP", f"\n{line}\nTP")) == _fields(plain)


@pytest.mark.parametrize(
    "stop", ["SL:\n144.0\n141.5", "Stop Targets:\n1) 144.0\n2) 141.5", "Stop: 144\n141.5 (hard)"]
)
def test_a_stop_section_with_a_second_price_goes_to_review(stop: str) -> None:
    text = f"SOL/USDT LONG\nEntry: 148.2\nTargets:\n152.5 - 155.8\n{stop}"
    p = parse_message(text)
    assert p.kind is MessageKind.NEEDS_REVIEW and "several prices" in p.reason
    one = parse_message(text.rsplit("\n", 1)[0])
    assert one.kind is MessageKind.SIGNAL and one.stop_loss == 144.0
    # numbers the section runs on into after a blank line are no second stop
    tail = parse_message(text.rsplit("\n", 1)[0] + "\n\n📈 Last 30 days: 25 wins / 5 losses")
    assert tail.kind is MessageKind.SIGNAL and tail.stop_loss == 144.0


def test_an_undecided_comma_under_unknown_labels_goes_to_review() -> None:
    card = "#LINK/USDT SHORT\nIeeja: 14,824\nMērķi: 14,508 | 14,242\nZaudējumu apturēšana: {s}"
    undecided = parse_message(card.format(s="15,397"))
    assert undecided.kind is MessageKind.NEEDS_REVIEW and "decimal mark" in undecided.reason
    decided = parse_message(card.format(s="15,39"))  # two decimals: a decimal comma
    assert decided.kind is MessageKind.SIGNAL
    assert decided.entries == (14.824,) and decided.stop_loss == 15.39
    # under known English labels a comma group stays a thousands group
    english = parse_message("BTC/USDT LONG\nEntry: 63,450\nTP: 64,200\nSL: 62,800")
    assert english.kind is MessageKind.SIGNAL and english.entries == (63450.0,)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("🔁 1000SHIBUSDT · re-entry 0.025512", 0.025512),
        ("♻️ SOL re-entry @ 148.2", 148.2),
        ("ETHUSDT | RE-ENTRY | 3412.5", 3412.5),
    ],
)
def test_a_re_entry_keeps_its_price(text: str, price: float) -> None:
    p = parse_message(text)
    assert p.kind is MessageKind.FOLLOW_UP and p.action is FollowUpAction.REENTRY
    assert p.price == price


@pytest.mark.parametrize(
    "text",
    ["Reentry zone 142-140 $SOL", "Re-enter SOL between 147 and 145", "♻️ SOL re-entry 147 – 145"],
)
def test_a_re_entry_zone_goes_to_review(text: str) -> None:
    p = parse_message(text)
    assert p.kind is MessageKind.NEEDS_REVIEW and "zone" in p.reason


@pytest.mark.parametrize(
    ("text", "share", "to_entry", "new_stop"),
    [
        ("Scale out half of ARB and trail SL to BE", 0.5, True, None),
        ("Scaling out 30% of $SOL here, stop to 149.5", 0.3, False, 149.5),
        ("Took a quarter off ETH — move SL to entry", 0.25, True, None),
    ],
)
def test_a_scale_out_with_a_stop_move_is_both_actions(
    text: str, share: float, to_entry: bool, new_stop: float | None
) -> None:
    p = parse_message(text)
    assert p.kind is MessageKind.FOLLOW_UP
    assert p.actions == (FollowUpAction.CLOSE, FollowUpAction.STOP_MOVED)
    assert p.close_fraction == share and p.stop_to_entry is to_entry and p.new_stop == new_stop


@pytest.mark.parametrize(
    "text",
    [
        "Trailing stop activated at 2.41",
        "ORDI trailing stop activated at 35.34",
        "Trailing SL now active on OP from 2.5346",
    ],
)
def test_a_trailing_stop_activation_goes_to_review(text: str) -> None:
    p = parse_message(text)
    assert p.kind is MessageKind.NEEDS_REVIEW and "trailing stop" in p.reason


# ---- the second set: the same families written otherwise ------------------------------------


def test_a_payload_of_other_bots_and_one_printed_as_a_python_dict() -> None:
    body = {
        "instId": "SOL/USDT:USDT",
        "positionSide": "SHORT",
        "orderType": "LIMIT",
        "limitPrice": 148.2,
        "takeProfits": [{"price": 145.1, "qty": "50%"}, {"price": 142.5, "qty": "0.5"}],
        "stopLoss": {"triggerPrice": 151.3, "type": "MARK"},
        "leverage": "20X",
        "quantity": 12,
        "reduceOnly": False,
    }
    assert _fields(json.dumps(body)) == _fields(PLAIN_SHORT)
    assert _fields(repr(body)) == _fields(PLAIN_SHORT)
    tiny = parse_message(repr({"symbol": "PEPEUSDT", "side": "buy", "price": 8.1688e-06,
                               "tp": [8.3012e-06], "sl": 8.0346e-06}))  # fmt: skip
    assert tiny.entries == (8.1688e-06,) and tiny.stop_loss == 8.0346e-06


def test_a_side_word_hashtag_names_no_coin() -> None:
    card = "#VENDA #DIA\n#Entrada 0.7739\n#Alvo1 0.7623\n#Alvo2 0.7527\n#Stop 0.7931"
    p = parse_message(card)
    assert p.kind is MessageKind.SIGNAL and p.symbol == "DIA" and p.side is not None
    assert p.side.value == "short" and p.take_profits == (0.7623, 0.7527)


@pytest.mark.parametrize(
    ("lines", "entries", "targets"),
    [
        (["Sell 1: 0.52", "Sell 2: 0.53", "Buy back 1: 0.50", "Buy back 2: 0.49"],
         (0.52, 0.53), (0.5, 0.49)),
        (["Long 1: 14.2", "Long 2: 14.05", "Target 1: 14.6"], (14.2, 14.05), (14.6,)),
        (["Order #1: 6.08", "Order #2: 6.01", "TP1: 6.22"], (6.08, 6.01), (6.22,)),
        (["Buy (1): 57900", "Buy (2): 57200", "Sell (1): 59280"], (57900.0, 57200.0), (59280.0,)),
    ],
)  # fmt: skip
def test_numbered_orders_of_other_wordings(
    lines: list[str], entries: tuple[float, ...], targets: tuple[float, ...]
) -> None:
    stop = "SL: 0.55" if entries[0] < 1 else ("SL: 13.5" if entries[0] < 20 else "SL: 5.8")
    if entries[0] > 1000:
        stop = "SL: 55800"
    p = parse_message("\n".join(["$XYZ plan", *lines, stop]).replace("$XYZ", "$LINK"))
    assert p.entries == entries and p.take_profits == targets


@pytest.mark.parametrize(
    "text",
    [
        "TURBO TSL activated at 0.0060439",
        "Trailing stop ON for ARBUSDT from 1.1684",
        "Re-entry 1INCHUSDT 0.4497/0.4542",
    ],
)
def test_other_trailing_notices_and_a_slash_zone_go_to_review(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


def test_a_spanish_or_portuguese_re_entry() -> None:
    p = parse_message("Reentrada #BTC 65340.3")
    assert p.kind is MessageKind.FOLLOW_UP and p.action is FollowUpAction.REENTRY
    assert p.price == 65340.3


@pytest.mark.parametrize("stop", ["SL: 144 / 141.5", "Stop loss 144 or 141.5 (hard)"])
def test_two_stops_on_one_line_go_to_review(stop: str) -> None:
    p = parse_message(f"SOL/USDT LONG\nEntry: 148.2\nTP: 152.5 / 155.8\n{stop}")
    assert p.kind is MessageKind.NEEDS_REVIEW and "several prices" in p.reason
    # a percentage or a condition beside the stop is no second stop
    one = parse_message("SOL/USDT LONG\nEntry: 148.2\nTP: 152.5 / 155.8\nSL: 144 (-2.8%)")
    assert one.kind is MessageKind.SIGNAL and one.stop_loss == 144.0


def test_a_payload_s_leverage_with_its_margin_mode_in_one_string() -> None:
    p = parse_message(
        '{"symbol": "SOLUSDT", "side": "sell", "entry": 148.2, "leverage": "Cross 20x", '
        '"tp": [145.1, 142.5], "sl": 151.3}'
    )
    assert (p.kind, p.leverage, p.margin_mode, p.stop_loss) == (
        MessageKind.SIGNAL,
        20,
        "cross",
        151.3,
    )


@settings(max_examples=80, deadline=None)
@given(
    st.integers(2, 199),
    st.integers(1, 125),
    st.sampled_from(["Leverage", "Lev", "leverage", "LEV"]),
    st.sampled_from([" ", " | ", "\n"]),
)
def test_a_stop_before_the_leverage_word_stays_the_stop(
    stop: int, lev: int, word: str, between: str
) -> None:
    """'SL 144 Leverage 10': the number before the leverage word is the stop's, whether the
    leverage follows on the line, on the next line, or is left out ('Leverage:' at the end)."""
    long = f"SOLUSDT LONG\nEntry {stop + 10}\nTP {stop + 20} {stop + 30}\nSL {stop}"
    written = parse_message(f"{long}{between}{word} {lev}")
    assert (written.stop_loss, written.leverage) == (stop, lev)
    emptied = parse_message(f"{long}\n{word}:")
    assert emptied.kind is MessageKind.NEEDS_REVIEW or emptied.leverage is None
    assert emptied.stop_loss in (stop, None) and emptied.leverage != stop
