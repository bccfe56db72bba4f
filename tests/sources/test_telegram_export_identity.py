"""A message id is a message's identity: two different messages under one id refuse the
export as a whole; repeats are read once; edits keep their time; long texts are truncated."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tradermanager.domain.errors import ValidationError
from tradermanager.sources.telegram_channel import interpret
from tradermanager.sources.telegram_export import MAX_TEXT, parse_export, read_export


def _message(msg_id: int, text: str, unix: int = 1_767_261_600, **extra: object) -> dict:
    return {"id": msg_id, "type": "message", "date_unixtime": str(unix), "text": text, **extra}


def test_one_id_with_two_different_texts_refuses_the_whole_file_naming_the_id(tmp_path):
    path = tmp_path / "result.json"
    data = {
        "name": "Chan",
        "messages": [
            _message(1, "#BTC/USDT LONG\nEntry: 65000\nTP: 66000\nSL: 64000"),
            _message(2, "#ETH/USDT LONG\nEntry: 3400\nTP: 3500\nSL: 3300"),
            _message(2, "#ETH/USDT SHORT\nEntry: 3400\nTP: 3300\nSL: 3500"),
        ],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        read_export(path)
    assert err.value.field == "result.json: message id 2"
    assert "text differs" in str(err.value) and "refused as a whole" in str(err.value)


def test_the_same_message_twice_is_read_once_and_said_so():
    row = _message(5, "Good morning")
    export = parse_export({"messages": [row, dict(row)]})
    assert [m.id for m in export.messages] == [5]
    assert "appeared twice" in export.notes[0]


def test_edit_time_is_kept_from_unix_or_local_fields():
    export = parse_export(
        {
            "messages": [
                _message(1, "a", edited="2026-01-01T10:05:00", edited_unixtime="1767261900"),
                _message(2, "b", unix=1_767_262_000, edited="2026-01-01T10:20:00"),
                _message(3, "c", unix=1_767_262_100),
            ]
        }
    )
    first, second, third = export.messages
    assert first.edited and first.edited_time == datetime.fromtimestamp(1767261900, UTC)
    assert second.edited_time == datetime(2026, 1, 1, 10, 20, tzinfo=UTC)
    assert not third.edited and third.edited_time is None


def test_a_text_over_10000_characters_is_stored_truncated_with_a_note():
    long_text = "#BTC LONG entry 65000 tp 66000 sl 64000 " + "x" * 12_000
    export = parse_export({"messages": [_message(9, long_text)]})
    message = export.messages[0]
    assert len(message.text) == MAX_TEXT and message.truncated_from == len(long_text)
    assert "truncated" in export.notes[0] and "9" in export.notes[0]
    record = interpret(export).records[0]
    assert record.classification == "signal"
    assert f"Text of {len(long_text):,} characters stored truncated" in record.reason
