"""Follow-ups as channels write them (the corpus's second follow-up round has the layouts):
ordinal words name the target hit, breakeven in its spellings, a cancel beside another action
and two coins' updates in one message go to review, and the copy applies none of them."""

from __future__ import annotations

import pytest
from channel_exports import channel_export
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.domain.enums import SignalKind
from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.telegram_channel import interpret

# (template, ordinal words 1..4): {o} the ordinal, {c} the coin
ORDINALS = [
    ("{c} {o} target done ✅", ("first", "second", "third", "fourth")),
    ("{c} {o} ALVO ATINGIDO ✅", ("PRIMEIRO", "SEGUNDO", "TERCEIRO", "QUARTO")),
    ("{c} {o} objetivo alcanzado", ("Primer", "Segundo", "Tercer", "Cuarto")),
    ("{c} الهدف {o} تحقق", ("الأول", "الثاني", "الثالث", "الرابع")),
    ("{c} {o} тейк взят", ("первый", "второй", "третий", "четвёртый")),
    ("{c} {o} цель достигнута", ("Первая", "Вторая", "Третья", "Четвёртая")),
    ("{c} {o} hedef geldi", ("birinci", "ikinci", "üçüncü", "dördüncü")),
    ("{c} {o} Ziel erreicht", ("Erstes", "Zweites", "Drittes", "Viertes")),
    ("{c} {o} objectif atteint", ("Premier", "Deuxième", "Troisième", "Quatrième")),
    ("{c} Target {o} tercapai", ("pertama", "kedua", "ketiga", "keempat")),
    ("{c} mục tiêu {o} đã đạt", ("thứ nhất", "thứ hai", "thứ ba", "thứ tư")),
]
COINS = ["#BTC", "$SOL", "ETH/USDT", "#1000PEPEUSDT", ""]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ORDINALS), st.integers(1, 4), st.sampled_from(COINS))
def test_an_ordinal_word_names_the_target_hit(
    template: tuple[str, tuple[str, ...]], n: int, coin: str
) -> None:
    text = " ".join(template[0].format(c=coin, o=template[1][n - 1]).split())
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, (text, parsed.reason)
    assert (parsed.action, parsed.target_index) == (FollowUpAction.TARGET_HIT, n), text
    assert parsed.symbol == (
        {"#BTC": "BTC", "$SOL": "SOL", "ETH/USDT": "ETH"}.get(coin)
        or ("1000PEPE" if coin else None)
    )


@pytest.mark.parametrize(
    "text",
    [
        "SL → BE",
        "SL to B/E",
        "stop to b.e.",
        "move SL to break-even",
        "sl = entry",
        "Stop @ BE",
        "SL BE",
        "SL to cost",
        "Breakeven stop set ✅",
        "Moved to BE ✅",
        "BE now",
        "put your stop at your entry",
    ],
)
def test_breakeven_in_its_spellings_moves_the_stop_to_the_entry(text: str) -> None:
    parsed = parse_message(f"#SOL {text}")
    assert (parsed.kind, parsed.action, parsed.stop_to_entry) == (
        MessageKind.FOLLOW_UP,
        FollowUpAction.STOP_MOVED,
        True,
    ), (text, parsed.reason)


@pytest.mark.parametrize(
    "text", ["the SL could be hit soon", "SL: be careful with size", "it moved to be honest"]
)
def test_be_in_small_letters_is_no_breakeven(text: str) -> None:
    parsed = parse_message(text)
    assert not (parsed.kind is MessageKind.FOLLOW_UP and parsed.stop_to_entry), text


@pytest.mark.parametrize("text", ["Stopped at breakeven 🤝", "BE hit", "BE stop hit"])
def test_a_stop_hit_at_breakeven(text: str) -> None:
    assert parse_message(f"#SOL {text}").action is FollowUpAction.STOP_HIT


@pytest.mark.parametrize("text", ["closed at BE, no loss", "closed at breakeven 🤝"])
def test_a_close_at_breakeven_is_the_admins_whole_close(text: str) -> None:
    parsed = parse_message(f"#SOL {text}")
    assert parsed.action is FollowUpAction.CLOSE and parsed.close_fraction == 1.0


OTHER_ACTIONS = [
    "TP1 hit ✅",
    "move SL to entry",
    "close 50% here",
    "exit at market",
    "stopped out",
    "SL moved to {p}",
]
CANCELS = [
    "cancel the remaining entries",
    "cancel the pending limit",
    "cancel the rest of the orders",
]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(CANCELS),
    st.sampled_from(OTHER_ACTIONS),
    st.sampled_from([" and ", ", ", ". ", "\n"]),
    st.booleans(),
)
def test_a_cancel_beside_another_action_goes_to_review(
    cancel: str, other: str, joiner: str, cancel_first: bool
) -> None:
    parts = [cancel, other.format(p="3412.5")]
    if not cancel_first:
        parts.reverse()
    text = "#ETH " + joiner.join(parts)
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (text, parsed)
    assert "cancel" in parsed.reason


@pytest.mark.parametrize(
    "text",
    [
        "#ETH signal cancelled, don't enter",
        "Cancelled ❌\nTarget achieved before entering the entry zone",
        "#ETH cancelled, entry not reached ❌",
    ],
)
def test_a_cancel_alone_stays_a_cancel(text: str) -> None:
    assert parse_message(text).action is FollowUpAction.CANCEL


UPDATES = ["TP1 hit ✅", "stopped out ❌", "SL to BE", "close half", "TP2 ✅", "move SL to entry"]
MARKS = ["#{}", "${}", "{}", "{}/USDT"]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["BTC", "ETH", "SOL", "ORDI", "1INCH"]),
    st.sampled_from(["AVAX", "DOGE", "TIA", "LQTY", "OP"]),
    st.sampled_from(UPDATES),
    st.sampled_from(UPDATES),
    st.sampled_from(MARKS),
    st.sampled_from(["\n", " | ", ", ", "; ", ". ", " and ", " — "]),
)
def test_two_coins_updates_in_one_message_are_never_applied_to_one_coin(
    a: str, b: str, first: str, second: str, mark: str, joiner: str
) -> None:
    text = f"{mark.format(a)} {first}{joiner}{mark.format(b)} {second}"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (text, parsed)


@pytest.mark.parametrize("text", ["#SOLUSDT TP1 ✅ (SOL/USDT)", "SOL/USDT: TP2 hit ✅ #SOL"])
def test_one_coin_written_twice_is_one_follow_up(text: str) -> None:
    parsed = parse_message(text)
    assert (parsed.kind, parsed.symbol) == (MessageKind.FOLLOW_UP, "SOL")


def test_icons_alone():
    hit = parse_message("🎯🎯✅")
    assert (hit.action, hit.target_index) == (FollowUpAction.TARGET_HIT, 2)
    assert parse_message("💰💰").kind is MessageKind.NEEDS_REVIEW


BTC = "#BTC/USDT LONG\nEntry: 63450\nTargets: 64100 - 64900\nStop Loss: 62500\n10x"
ETH = "#ETH/USDT LONG\nEntry: 3400\nTargets: 3450 - 3500\nStop Loss: 3300\n10x"


@pytest.mark.parametrize(
    "text",
    [
        "#BTC TP1 ✅\n#ETH stopped out ❌",
        "BTC SL to BE, ETH close half",
        "#ETH TP1 hit ✅ cancel the rest of the limit orders",
        "Close #ETH now and cancel the pending limit",
        "💰",
    ],
)
def test_the_copy_applies_nothing_of_a_follow_up_held_for_review(text: str) -> None:
    history = interpret(channel_export(BTC, ETH, text))
    assert [s.kind for s in history.signals] == [SignalKind.OPEN, SignalKind.OPEN]
    assert history.records[-1].classification == "needs_review"
    assert all(t.exit_price is None for t in history.trades)


def test_the_copy_takes_the_ordinal_hit_and_a_bots_target_price():
    history = interpret(
        channel_export(
            ETH, "#ETH SEGUNDO ALVO ATINGIDO ✅", "#ETH/USDT Take Profit 1 executed\nPrice: 3451"
        )
    )
    closes = [s for s in history.signals if s.kind is SignalKind.CLOSE]
    assert len(closes) == 1 and closes[0].price == 3500.0  # target 2 is the last: closed there
    assert history.records[-1].classification in ("skipped", "follow_up")


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("#LINK tp1 + tp2 ✅", 2),
        ("ETH hit TP2 🚀", 2),
        ("btc hit tp1, moving sl to be", 1),
        ("TP1 ✅ TP2 next", 1),
    ],
)
def test_the_target_a_hit_reports(text: str, index: int) -> None:
    parsed = parse_message(text)
    assert (parsed.kind, parsed.target_index) == (MessageKind.FOLLOW_UP, index), text


def test_sl_be_at_a_lines_end_in_small_letters_is_breakeven() -> None:
    parsed = parse_message("tp2 done ✅ sl be")
    assert [a.value for a in parsed.actions] == ["target_hit", "stop_moved"]
    assert parsed.stop_to_entry


@pytest.mark.parametrize(
    "text",
    [
        "After TP1 move SL to entry",
        "Once TP1 is hit, move SL to entry",
        "if it hits tp1 move sl to be",
        "when we hit TP2, close half",
    ],
)
def test_an_instruction_for_when_a_target_is_reached_is_not_applied_now(text: str) -> None:
    parsed = parse_message(f"#ETH {text}")
    assert parsed.kind is MessageKind.NEEDS_REVIEW, (text, parsed)


@pytest.mark.parametrize(
    "text", ["#ETH SL moved to entry after TP1", "#ETH TP1 hit ✅ → move SL to entry"]
)
def test_a_report_beside_a_target_is_applied(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP and parsed.stop_to_entry, text


def test_a_signed_result_is_not_where_a_target_was_hit() -> None:
    assert parse_message("#SHIB TP1 ✅ +242").price is None
    assert parse_message("#SOL TP3 ✅ 156.2 reached · +38% (20x)").price == 156.2


def test_take_some_profit_is_a_close_whose_share_is_not_said() -> None:
    parsed = parse_message("Take some profit off the table on $BTC")
    assert (parsed.action, parsed.close_fraction) == (FollowUpAction.CLOSE, None)


@pytest.mark.parametrize(
    ("text", "target"),
    [("$DOGE 3rd target hit 🔥 SL to 2nd target", 2), ("move stop to the first TP", 1)],
)
def test_a_stop_moved_to_a_target_named_by_an_ordinal(text: str, target: int) -> None:
    parsed = parse_message(text)
    assert (parsed.kind, parsed.stop_to_target, parsed.new_stop) == (
        MessageKind.FOLLOW_UP,
        target,
        None,
    )
