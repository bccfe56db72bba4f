"""Languages round nine: Korean targets counted before their label ("1차 목표가:"), CJK labels
typed against their number and price ("ターゲット1:0.2024"), Dutch "Doel 1:" / "Winstdoel:",
other languages' word for "to" between a zone's prices ("a تا b", "a bis b"), and stop hits,
stop moves and cancels in Korean, Japanese, Hindi, Persian, Vietnamese and Italian."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import FollowUpAction, MessageKind, parse_message
from tradermanager.sources.signal_parser.numbered_labels import numbered_labels_apart


@pytest.mark.parametrize(
    ("text", "entries", "targets", "stop"),
    [
        (
            "[#DOTUSDT] 숏 진입\n진입: 6.941\n1차 목표가: 6.839\n2차 목표가: 6.726\n손절: 7.083",
            (6.941,),
            (6.839, 6.726),
            7.083,
        ),
        (
            "🔥 $ATOM 롱 시그널\n진입가: 8.474\n1차 목표: 8.604\n2차 목표: 8.729\n손절가: 8.33",
            (8.474,),
            (8.604, 8.729),
            8.33,
        ),
        (
            "BTC/USDT 롱\n진입 구간: 59,065 ~ 59,443\n1차 익절: 60,343\n2차 익절: 61,358"
            "\n스탑: 58,055",
            (59065.0, 59443.0),
            (60343.0, 61358.0),
            58055.0,
        ),
        (
            "1000FLOKI/USDT ロング\nエントリー価格:0.19915\nターゲット1:0.20236"
            "\nターゲット2:0.20476\n損切り:0.19359",
            (0.19915,),
            (0.20236, 0.20476),
            0.19359,
        ),
        (
            "#SOL ショート\nエントリー：148.2\n目標1：145.1\n目標2：142.6\n損切り：151.3",
            (148.2,),
            (145.1, 142.6),
            151.3,
        ),
    ],
)
def test_numbered_cjk_labels(
    text: str, entries: tuple[float, ...], targets: tuple[float, ...], stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == entries
    assert parsed.take_profits == targets
    assert parsed.stop_loss == stop


@pytest.mark.parametrize(
    ("text", "symbol", "side", "targets"),
    [
        (
            "Munt: #OP\nRichting: Long\nInstap: 2,2548\nWinstdoel 1: 2,2874\nWinstdoel 2: 2,3213"
            "\nStoploss: 2,1542\nHefboom: 10x",
            "OP",
            "long",
            (2.2874, 2.3213),
        ),
        (
            "🚀 TRX LONG\nInstap: 0,11196\nDoel 1: 0,1141\nDoel 2: 0,11596\nSL: 0,10919",
            "TRX",
            "long",
            (0.1141, 0.11596),
        ),
    ],
)
def test_dutch_labels(text: str, symbol: str, side: str, targets: tuple[float, ...]) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert (parsed.symbol, parsed.side) == (symbol, side)
    assert parsed.take_profits == targets


@pytest.mark.parametrize(
    "joined",
    [" تا ", " bis ", " do ", " tot ", " až ", " đến ", " hingga ", " sampai ", "ถึง"],
)
def test_range_words_make_a_zone(joined: str) -> None:
    """A short's zone written nearer price first with another language's "to" is the zone
    low to high, as with "to" or a dash (not a ladder in its written order)."""
    text = f"#SEI SHORT\nEntry: 0.5272{joined}0.5249\nTP: 0.5177\nSL: 0.5482"
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason
    assert parsed.entries == (0.5249, 0.5272)


@pytest.mark.parametrize(
    ("text", "action", "to_entry"),
    [
        ("TRX 손절 나갔습니다 ❌", FollowUpAction.STOP_HIT, False),
        ("$BTC 損切りになりました❌", FollowUpAction.STOP_HIT, False),
        ("OP स्टॉप लॉस हिट ❌", FollowUpAction.STOP_HIT, False),
        ("#SOL SL हिट हो गया ❌", FollowUpAction.STOP_HIT, False),
        ("$ORDI ट्रेड कैंसिल करें ❌", FollowUpAction.CANCEL, False),
        ("1000FLOKI/USDT حد ضرر را به نقطه ورود منتقل کنید 🔒", FollowUpAction.STOP_MOVED, True),
        ("$LQTY chạm cắt lỗ ❌", FollowUpAction.STOP_HIT, False),
        ("#ETH stop a pareggio 🔒", FollowUpAction.STOP_MOVED, True),
        ("SOL spostate lo stop a pareggio", FollowUpAction.STOP_MOVED, True),
    ],
)
def test_follow_ups_round_nine(text: str, action: FollowUpAction, to_entry: bool) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is action
    assert parsed.stop_to_entry is to_entry


@pytest.mark.parametrize("text", ["$MOODENG đạt mục tiêu 1 ✅", "#SOL mục tiêu 1 đạt ✅"])
def test_vietnamese_target_reached(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.FOLLOW_UP, parsed.reason
    assert parsed.action is FollowUpAction.TARGET_HIT
    assert parsed.target_index == 1


@given(
    st.integers(1, 5),
    st.sampled_from(["목표가", "목표", "익절", "진입가", "진입"]),
    st.decimals("0.01", "99999", places=3).map(str),
)
def test_korean_count_is_no_price(count: int, label: str, price: str) -> None:
    """The count before a Korean label moves after it and no number is added or lost (an
    entry's count written before its label, "1차 진입가", is the numbered entry itself)."""
    text = f"{count}차 {label}: {price}"
    rewritten = numbered_labels_apart(text)
    numbered = {f"{label} {count}: {price}"}
    if label.startswith("진입"):
        numbered.add(f"Entry {count}: {price}")
    assert rewritten in numbered


@given(
    st.sampled_from(["ターゲット", "目標", "利確", "止盈", "エントリー"]),
    st.integers(1, 9),
    st.decimals("0.0001", "99999", places=4).map(str),
)
def test_glued_label_number_parted_from_its_price(label: str, index: int, price: str) -> None:
    rewritten = numbered_labels_apart(f"{label}{index}:{price}")
    assert rewritten == f"{label}{index}: {price}"


def test_ratio_after_other_words_stays() -> None:
    """A ratio written after a word no label holds is left as it is ("盈亏比1:2.5")."""
    assert numbered_labels_apart("盈亏比1:2.5") == "盈亏比1:2.5"
