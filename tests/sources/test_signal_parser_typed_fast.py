"""Rules found with the seventh round of mainstream English layouts (docs/signal-parsing.md):
labels glued to their values ('TP1:0.55', 'sl0.49'), a terse post's side letter and 't' for
its targets, the price typed before a coin in small letters, the 'in' / 'out' short words, a
reply under a preview of the signal it answers, a chat client's author line, '(edited)' and
reaction counts, a 'Fwd:' header, and a closing paragraph of analysis that tells the coin's
past move."""

from __future__ import annotations

import pytest
from drawn_levels import assert_signal_levels, stepped_levels
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import FollowUpAction, MessageKind
from tradermanager.sources.signal_parser.typed_fast import (
    reply_preview_as_quote,
    undo_typing,
    without_client_trimmings,
)

_SCALES = st.sampled_from([1, 100, 10_000, 10_000_000])


def _p(value: float) -> str:
    """A price as channels type it: no exponent, no trailing zeros."""
    return f"{value:.10f}".rstrip("0").rstrip(".")


def _levels(entry: int, steps: list[int], scale: int, long: bool) -> tuple[list[float], float]:
    tps = stepped_levels(entry, steps, scale, long)
    stop = (entry - (1 if long else -1) * 50) / scale
    return tps, stop


@settings(max_examples=80, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    steps=st.lists(st.integers(5, 60), min_size=1, max_size=3),
    scale=_SCALES,
    long=st.booleans(),
    tp=st.sampled_from(["TP{i}:", "tp{i}:", "Tp{i}=", "Target{i}:", "TP{i}-"]),
    sl=st.sampled_from(["sl", "SL", "SL:", "Stoplos:", "stoploss-", "Stop"]),
    sep=st.sampled_from(["\n", " ", "  "]),
)
def test_labels_glued_to_their_values_are_read(
    entry: int, steps: list[int], scale: int, long: bool, tp: str, sl: str, sep: str
) -> None:
    """'TP1:0.55' is target 1 at 0.55 (no ratio 1:0.55), 'sl0.49' a stop at 0.49, on lines of
    their own or on one line."""
    tps, stop = _levels(entry, steps, scale, long)
    parts = [f"entry:{_p(entry / scale)}"]
    parts += [tp.format(i=i) + f"{_p(v)}" for i, v in enumerate(tps, 1)]
    parts.append(f"{sl}{_p(stop)}")
    text = f"#ARB {'LONG' if long else 'SHORT'}\n" + sep.join(parts)
    parsed = parse_message(text)
    assert_signal_levels(parsed, tps, stop, entries=(entry / scale,), why=(text, parsed.reason))


@settings(max_examples=80, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    steps=st.lists(st.integers(5, 60), min_size=1, max_size=3),
    scale=_SCALES,
    long=st.booleans(),
    coin=st.sampled_from(["sol", "link", "1000shib", "pepe", "ETH"]),
    upper=st.booleans(),
    two_lines=st.booleans(),
)
def test_a_side_letter_and_a_t_for_the_targets_are_read(
    entry: int,
    steps: list[int],
    scale: int,
    long: bool,
    coin: str,
    upper: bool,
    two_lines: bool,
) -> None:
    """'eth s 3420 / t 3380/3330 sl 3490': 's' and 'l' after the coin are the side, 't' the
    targets."""
    tps, stop = _levels(entry, steps, scale, long)
    letter = ("l" if long else "s").upper() if upper else ("l" if long else "s")
    text = (
        f"{coin} {letter} {_p(entry / scale)}"
        + ("\n" if two_lines else " ")
        + f"t {'/'.join(f'{_p(v)}' for v in tps)} sl {_p(stop)}"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.side is not None and parsed.side.value == ("long" if long else "short")
    assert parsed.entries == (entry / scale,)
    assert list(parsed.take_profits) == tps
    assert parsed.stop_loss == stop


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    steps=st.lists(st.integers(5, 60), min_size=1, max_size=3),
    scale=_SCALES,
    long=st.booleans(),
    coin=st.sampled_from(["dia", "sei", "atom", "fhe", "1000pepe"]),
    newline=st.booleans(),
)
def test_a_coin_in_small_letters_after_the_side_and_price_is_the_symbol(
    entry: int, steps: list[int], scale: int, long: bool, coin: str, newline: bool
) -> None:
    tps, stop = _levels(entry, steps, scale, long)
    verb = "buy" if long else "sell"
    gap = "\n" if newline else " "
    targets = " ".join(_p(v) for v in tps)
    text = f"{verb} {_p(entry / scale)} {coin}{gap}tp {targets}{gap}sl {_p(stop)}"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, (text, parsed.reason)
    assert parsed.symbol == coin.upper()
    assert list(parsed.take_profits) == tps


def test_a_leverage_after_the_price_is_no_coin() -> None:
    """'long 0.045153, 3x': the 3x stays a leverage, no second coin."""
    parsed = parse_message("$BRETT plan\nFUTURES: long 0.045153, 3x\nTargets: 0.04669\nSL: 0.0428")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == "BRETT"


def test_numbered_stop_and_clock_times_are_left_alone() -> None:
    assert undo_typing("SL1: 0.49") == "SL1: 0.49"
    assert undo_typing("Posted 14:30 UTC") == "Posted 14:30 UTC"
    assert undo_typing("don't 5") == "don't 5"


def test_in_and_out_lines_are_the_entry_and_targets_even_beside_now() -> None:
    parsed = parse_message("#op long now\nin 2.5249-2.5453\nout 2.5873\nstop 2.4692")
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.order_type == "limit"
    assert parsed.entries == (2.5249, 2.5453)
    assert parsed.take_profits == (2.5873,)


@pytest.mark.parametrize(
    "preview",
    [
        'Replying to @admin:\n"sol long 148.2 tp 152 155 sl 144"',
        "↩️ In reply to: #SOL LONG | Entry 148.2 | TP 152 / 155 | SL 144",
        "┌ admin: sol long 148.2 tp 15…",
        "Re: SOL long 148.2",
        "│ #SOL LONG\n│ Entry 148.2\n│ TP 152 / 155\n│ SL 144",
        "┃ #SOL LONG\n┃ Entry 148.2",
    ],
)
@pytest.mark.parametrize(
    ("reply", "action"),
    [
        ("close half here", FollowUpAction.CLOSE),
        ("cancel this one, entry not hit", FollowUpAction.CANCEL),
        ("sl hit, next one", FollowUpAction.STOP_HIT),
        ("tp2 done ✅", FollowUpAction.TARGET_HIT),
    ],
)
def test_a_reply_under_a_preview_of_its_signal_is_a_follow_up_of_that_coin(
    preview: str, reply: str, action: FollowUpAction
) -> None:
    parsed = parse_message(f"{preview}\n{reply}")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is action
    assert parsed.symbol == "SOL"


def test_a_preview_without_a_reply_and_a_relay_bar_on_every_line_stay_as_written() -> None:
    text = "┃ #SOL LONG\n┃ Entry: 148.2\n┃ TP: 152\n┃ SL: 144"
    assert reply_preview_as_quote(text) == text
    assert reply_preview_as_quote("Re: SOL long 148.2") == "Re: SOL long 148.2"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason


@pytest.mark.parametrize(
    "header",
    [
        "jay_trades — Today at 10:50 AM",
        "kriptokid — Yesterday at 7:28 PM",
        "APP SignalBot BOT — 09/01/2026 18:12",
    ],
)
def test_a_chat_clients_author_line_edited_mark_and_reactions_are_no_part_of_the_post(
    header: str,
) -> None:
    body = "**TIA** long\nentry 9.487\ntp 9.631 / 9.758\nsl 9.322\n10x (edited)"
    text = f"{header}\n@VIP 2.0 @everyone\n{body}\n🔥 35  🚀 25  👀 2"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.symbol == "TIA"
    assert parsed.take_profits == (9.631, 9.758)
    assert parsed.stop_loss == 9.322
    assert parsed.leverage == 10


def test_a_last_line_of_level_icons_is_no_reaction_bar() -> None:
    text = "SOL LONG\nEntry 148.2\nSL 144\n🎯 152 🎯 155"
    assert without_client_trimmings(text) == text


def test_a_fwd_header_names_no_price() -> None:
    parsed = parse_message(
        "Fwd: Crypto 2.0 Club\n$SUI — Short\nEntry: 1.1287\nTargets: 1.1117 / 1.0932\nSL: 1.1672"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (1.1117, 1.0932)


def test_a_closing_analysis_paragraph_with_the_coins_past_move_is_no_recap() -> None:
    card = "#DOT/USDT LONG\nEntry: 5.796\nTargets: 5.88, 5.974\nSL: 5.661\n\n"
    talk = (
        "Price is holding the 4h support at 5.664 and RSI is 52. DOT did +123% last week and "
        "volume is up 13%. Funding -0.005%, OI up 16% on the day."
    )
    parsed = parse_message(card + talk)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.take_profits == (5.88, 5.974)
    # a results paragraph (no analysis words, a profit mark) stays a recap
    recap = parse_message(card + "Last week we made +45% on this exact setup ✅ join VIP for more")
    assert recap.kind is MessageKind.NEEDS_REVIEW


def test_an_update_of_another_coin_above_a_one_line_signal_goes_to_review() -> None:
    """Two lines are enough to hold two messages: '$TURBO close half' over a one-line signal
    of another coin is not copied as that signal alone."""
    parsed = parse_message(
        "$TURBO close half\n1MBABYDOGEUSDT short entry: 0.0023274 Tp1: 0.0022927 "
        "Stop loss: 0.0023934"
    )
    assert parsed.kind is MessageKind.NEEDS_REVIEW
    assert "TURBO" in parsed.reason


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("eth lng 3080 tp 3130/3180 sl 3020 x10", "long"),
        ("btc shrt 58779.8 tp 57978.4/57145.1 sl 60586.8", "short"),
        ("XRP LNG 0.478 tp 0.4845 sl 0.4704", "long"),
    ],
)
def test_side_abbreviations_after_the_coin_are_read(text: str, side: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.side is not None and parsed.side.value == side


@pytest.mark.parametrize(
    "preview",
    [
        "[reply] SOL LONG 148.2 | TP 152 155 | SL 144\n→ ",
        "Reply to message from jay_trades:\n> #SOL LONG\n> Entry 148.2\n> SL 144\n",
        "In reply to SignalDesk\n#SOL/USDT LONG\nEntry: 148.2\nTargets: 152 - 155\nSL: 144\n\n",
    ],
)
def test_other_clients_reply_previews_leave_the_reply_to_act(preview: str) -> None:
    parsed = parse_message(preview + "stopped ❌")
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is FollowUpAction.STOP_HIT
    assert parsed.symbol == "SOL"


@pytest.mark.parametrize(
    ("head", "foot"),
    [
        ("[15/06/26, 11:28:25] Degen Scalps 24/7:\n", "👁 1751  11:28"),
        ("[04/11/26, 17:34:58] Alpha Calls:\n", "❤️ 73 🔥 24 👍 19"),
        ("", "👁 12.4K  edited 14:32"),
        ("", "Views: 3.1K"),
    ],
)
def test_an_exports_stamp_and_a_copys_view_count_are_no_prices(head: str, foot: str) -> None:
    parsed = parse_message(
        f"{head}#AVAX/USDT LONG\nEntry: 33.8\nTargets: 34.26, 34.9\nSL: 32.7\n{foot}"
    )
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (33.8,)
    assert parsed.take_profits == (34.26, 34.9)


@pytest.mark.parametrize("heading", ["Context:", "TA:", "Reasons:", "Why this trade:"])
def test_reasons_under_a_heading_below_the_signal_fill_no_field(heading: str) -> None:
    text = (
        "#NEAR/USDT LONG\nEntry: 5.909 - 5.957\nTargets: 6.047 / 6.12\nSL: 5.755\n\n"
        f"{heading}\n• holding the 5.814 support\n• 200 EMA at 6.097\n• +65% in 7 days"
    )
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (5.909, 5.957)
    assert parsed.take_profits == (6.047, 6.12)
    assert parsed.stop_loss == 5.755
