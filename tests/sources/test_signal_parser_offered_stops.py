"""A card that offers two stops goes to review (the choice is the reader's), while one stop with
a note beside it — its percent, a candle close, its R, a later move — is read as that stop."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.model import MessageKind


@pytest.mark.parametrize(
    "text",
    [
        "#ARBUSDT SHORT\nEntry: 1.0449\nTargets: 1.0327 - 1.0201\nStop: 0.5% - 1.0501, 1% - 1.0553",
        "BTC/USDT — LONG\nEntry: 63,450\nTP: 64,200 - 65,100\nSL: 62,880 (tight) / 62,300 (wide)",
        "💎 SOL SHORT 💎\nEntry: 136.37\nTargets: 134.68 - 133.3\nStop loss:\n• scalpers 138.2\n"
        "• swing 139.3",
        "#ETH LONG\nEntry: 3,412\nTargets: 3,460 - 3,505\nStops: 3,380 & 3,350",
        "$DOGE long @ 0.1245 tp 0.1262 / 0.1281 stop 0.1229 (scalp) 0.1211 (swing)",
        "ATOM SHORT entry 7.623 TP 7.527 7.445 SL 7.732 (tight) / 7.81 (wide)",
        "#NEAR long 5.515; tp 5.579; sl: 1% 5.442 / 2% 5.381",
        "TURBO short 0.0059419 tgt 0.0058697 — stop 0.0060116, safer 0.0060776 — 10x",
        "LINK long 14.85, tp 15.02, sl 14.6, hard sl 14.3",
    ],
)
def test_two_stops_offered_go_to_review(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NEEDS_REVIEW, parsed


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("#SOLUSDT LONG\nEntry: 140.2\nTargets: 142.1 - 144.3\nSL: 135.71 (-3.2%)", 135.71),
        ("#SOLUSDT LONG\nEntry: 140.2\nTargets: 142.1 - 144.3\nSL: 135.71 (0.85% risk)", 135.71),
        ("#BTCUSDT SHORT\nEntry: 63,450\nTargets: 62,700 - 61,900\nStop: 64,300 (4h close)", 64300),
        (
            "#AVAX LONG\nEntry: 35.2\nTargets: 35.8 - 36.4\nSL: 34.1, move to 34.9 after TP1",
            34.1,
        ),
        ("#SUI short 1.1338 tp 1.1194 / 1.1048 SL 1.1647 → 1.1372 after TP1", 1.1647),
        ("$ADA long 0.4566, targets 0.4625 & 0.4672, SL 0.4474 (=1R), BE after TP1", 0.4474),
        ("OP: long 2.351 ➜ 2.38, 2.41; SL 2.29 then trail to entry", 2.29),
        (
            "#SOLUSDT SHORT\nEntry: 137.58\nTP1: 134.92\nSL: 141.54 (above the 140.97 swing high)",
            141.54,
        ),
        ("#PEPE/USDT LONG\nEntry: 0.0000080\nTP: 0.0000083\n_Stop:_ ~0.0000077~ 0.0000078", 7.8e-6),
    ],
)
def test_one_stop_with_a_note_is_read(text: str, stop: float) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.stop_loss == pytest.approx(stop)


@settings(max_examples=60, deadline=None)
@given(
    entry=st.integers(1000, 9000),
    near=st.integers(10, 60),
    gap=st.integers(5, 60),
    scale=st.sampled_from([1, 100, 10_000]),
    long=st.booleans(),
    sep=st.sampled_from([" / ", " | ", " & ", ", safer "]),
)
def test_two_stop_side_prices_in_a_stop_clause_never_copy(
    entry: int, near: int, gap: int, scale: int, long: bool, sep: str
) -> None:
    sign = 1 if long else -1
    tp = (entry + sign * 50) / scale
    s1, s2 = (entry - sign * near) / scale, (entry - sign * (near + gap)) / scale
    side = "LONG" if long else "SHORT"
    text = f"#LTC {side}\nEntry: {entry / scale:g}\nTarget: {tp:g}\nStop: {s1:g}{sep}{s2:g}"
    parsed = parse_message(text)
    assert parsed.kind is not MessageKind.SIGNAL, (text, parsed)
