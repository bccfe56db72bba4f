"""Members' questions closed by the full-width ``？`` of Chinese and Japanese or the Arabic
``؟``, and Chinese questions whose particle and mark stand before a remark (``有人還拿著ARB多單
嗎？1.0943進的``): talk when they hold no targets or stop, as a question closed by ``?`` is. A
call with its targets and its stop is read whatever its last mark."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradermanager.sources.signal_parser import MessageKind, parse_message


@pytest.mark.parametrize(
    "text",
    [
        "حد لسه داخل شورت على DOGE من 0.1252؟",
        "حد لسه داخل لونج على SOL من 148.2؟",
        "فيه حد لسه ماسك لونج ETH من 3412.5؟ 🤔",
        "有人還拿著ARB多單嗎？1.0943進的",
        "有人还拿着SOL多单吗？148.2进的",
        "有人做空ETH嗎? 3412.5",
        "SOL 148.2 的空單還要拿嗎？",
        "ETH 3412.5 多單有人上車了嗎？",
        "LINK 14.6 還能追多嗎？",
        "XRP 0.6183 今晚做空呢？",
        "SOL 148.2 ロング、まだ持ってる人いる？",
    ],
)
def test_a_members_question_is_talk(text: str) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.NOT_SIGNAL, parsed


@pytest.mark.parametrize(
    "text",
    [
        "ARB多單 1.0943",  # a terse call: not a question, and too little for a call
        "DOGE شورت من 0.1252",
    ],
)
def test_a_terse_call_without_a_question_mark_is_not_talk(text: str) -> None:
    assert parse_message(text).kind is MessageKind.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("text", "entry", "stop"),
    [
        ("#SOL 多單\n進場：148.2\n止盈：152.5\n停損：144.1\n跟嗎？", 148.2, 144.1),
        ("#ETH LONG\nEntry: 3412.5\nTP: 3480\nSL: 3350\nمين داخل معانا؟", 3412.5, 3350.0),
    ],
)
def test_a_call_with_targets_and_a_stop_is_read_whatever_its_last_mark(
    text: str, entry: float, stop: float
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL, parsed
    assert parsed.entries == (entry,) and parsed.stop_loss == stop


@settings(max_examples=40, deadline=None)
@given(
    coin=st.sampled_from(["SOL", "ETH", "ARB", "DOGE", "LINK", "XRP"]),
    price=st.floats(min_value=0.01, max_value=5_000).map(lambda v: round(v, 4)),
    side=st.sampled_from(["多單", "空單", "多单", "空单"]),
    particle=st.sampled_from(["嗎", "吗", "呢"]),
    mark=st.sampled_from(["？", "?"]),
)
def test_a_chinese_question_is_never_copied(
    coin: str, price: float, side: str, particle: str, mark: str
) -> None:
    text = f"有人還拿著{coin}{side}{particle}{mark}{price}進的"
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL
