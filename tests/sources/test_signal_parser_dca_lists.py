"""Numbered entry lines under a DCA heading are the entry list; numbered lines under a targets
heading, with or without its colon, stay targets, every one of them."""

from __future__ import annotations

import pytest

from tradermanager.sources.signal_parser import parse_message
from tradermanager.sources.signal_parser.dca_lists import dca_lists_as_entries
from tradermanager.sources.signal_parser.model import MessageKind


@pytest.mark.parametrize(
    ("text", "entries", "targets"),
    [
        (
            "DCA #DOT LONG 📈\n1) 6.412\n2) 6.33\n3) 6.25\nTargets:\n1) 6.6\n2) 6.75\nSL: 6.05",
            (6.412, 6.33, 6.25),
            (6.6, 6.75),
        ),
        (
            "$API3 SHORT DCA\n1. 1,5873\n2. 1,6001\nTP\n1. 1,55\n2. 1,52\nStop 1,65",
            (1.5873, 1.6001),
            (1.55, 1.52),
        ),
        (
            "#OP LONG\nEntry: 2.118\n🎯 Targets\n1) 2.16\n2) 2.2\n3) 2.25\nSL 2.05",
            (2.118,),
            (2.16, 2.2, 2.25),
        ),
    ],
)
def test_numbered_lists_under_their_headings(
    text: str, entries: tuple[float, ...], targets: tuple[float, ...]
) -> None:
    parsed = parse_message(text)
    assert parsed.kind is MessageKind.SIGNAL
    assert tuple(sorted(parsed.entries)) == tuple(sorted(entries))
    assert parsed.take_profits == targets


def test_numbers_out_of_order_are_left_alone() -> None:
    text = "DCA #DOT LONG\n2) 6.412\n1) 6.33"
    assert dca_lists_as_entries(text) == text


def test_dca_talk_stays_talk() -> None:
    text = "DCA is how I build my bags: 1) patience 2) discipline"
    assert parse_message(text).kind is MessageKind.NOT_SIGNAL
