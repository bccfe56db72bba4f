"""Reading Telegram Desktop's JSON export: text forms, times, replies, errors named."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tradermanager.domain.errors import BadRowsError, ValidationError
from tradermanager.sources.telegram_export import message_text, parse_export, read_export

FIXTURE = Path(__file__).parent / "fixtures" / "telegram_export.json"


def test_reads_the_fixture_export():
    export = read_export(FIXTURE)
    assert export.chat_name == "Crypto Sniper VIP" and export.chat_id == 1777000001
    assert [m.id for m in export.messages] == list(range(1, 12))
    first, signal, caption = export.messages[0], export.messages[2], export.messages[3]
    assert first.is_service
    assert signal.text.startswith("#BTC/USDT 🟢 LONG") and "Leverage: Cross 10x" in signal.text
    assert caption.has_media and caption.text.startswith("$SOL SHORT")
    assert signal.time == datetime(2026, 1, 2, 10, 0, tzinfo=UTC)
    reply = export.messages[4]
    assert reply.reply_to == 3
    assert export.messages[5].edited and export.messages[6].forwarded_from == "Whale Alerts"
    assert export.notes == ()


def test_text_may_be_a_list_of_strings_and_entities():
    assert message_text(["a ", {"type": "bold", "text": "LONG"}, {"type": "x"}, 5]) == "a LONG"
    assert message_text(None) == ""


def test_old_exports_without_unix_time_are_taken_as_utc_and_noted():
    export = parse_export({"messages": [{"id": 1, "date": "2024-03-01T10:00:00", "text": "x"}]})
    assert export.messages[0].time == datetime(2024, 3, 1, 10, tzinfo=UTC)
    assert "taken as UTC" in export.notes[0]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ([], "export"),
        ({"name": "x"}, "export"),
        ({"messages": ["hi"]}, "messages[0]"),
        ({"messages": [{"id": "7", "date": "2024-01-01T00:00:00"}]}, "messages[0].id"),
        ({"messages": [{"id": 7, "date": "yesterday"}]}, "messages[0].date"),
    ],
)
def test_malformed_exports_name_the_place(data, field):
    with pytest.raises(ValidationError) as err:
        parse_export(data)
    assert err.value.field.endswith(field) or err.value.field == field


def test_unreadable_and_invalid_json_files(tmp_path):
    with pytest.raises(ValidationError, match="readable"):
        read_export(tmp_path / "missing.json")
    broken = tmp_path / "result.json"
    broken.write_text('{"messages": [', encoding="utf-8")
    with pytest.raises(ValidationError, match="ends in the middle"):
        read_export(broken)
    broken.write_text(json.dumps({"messages": 3}), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"result\.json"):
        read_export(broken)


def test_streamed_read_equals_the_decoded_parse():
    assert read_export(FIXTURE) == parse_export(
        json.loads(FIXTURE.read_text(encoding="utf-8")), FIXTURE.name
    )


def test_byte_order_mark_progress_and_cancel(tmp_path):
    from tradermanager.sources.import_progress import ImportCancelled

    path = tmp_path / "result.json"
    messages = [
        {"id": k, "date_unixtime": str(1_767_000_000 + k), "text": "hi"} for k in range(5000)
    ]
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"name": "C", "messages": messages}).encode())
    seen = []
    export = read_export(path, progress=seen.append)
    assert export.chat_name == "C" and len(export.messages) == 5000
    assert seen[-1].done == seen[-1].total == path.stat().st_size
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    with pytest.raises(ImportCancelled):
        read_export(path, cancelled=lambda: True)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b'{"name": "C", "messages": [{"id": 1, "date_unixtime": "1", "text": "a"}, '
            b'{"id": 2, "te',
            r"ends in the middle \(after messages\[0\]",
        ),
        (b'{"messages": [{"id": 1, "date_unixtime": "1", "text": "caf\xe9"}]}', "UTF-8"),
        (b'[{"id": 1}]', "JSON object"),
        (b'{"name": "C", "messages": {"id": 1}}', "a list of messages"),
        (b'{"name": "C"}', "JSON object"),
        (b"", "JSON object"),
        (b'{"messages": [{"id": 1, "date_unixtime": "1", "text": "a"} {"id": 2}]}', "valid JSON"),
    ],
)
def test_broken_files_name_the_file_and_the_place(tmp_path, content, expected):
    path = tmp_path / "result.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=expected):
        read_export(path)


def _export_file(tmp_path, messages):
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "C", "type": "public_channel", "messages": messages}))
    return path


@pytest.mark.parametrize(
    ("message", "field", "given"),
    [
        ({"id": 7, "date_unixtime": "253402214400", "text": "a"}, "date_unixtime", "253402214400"),
        ({"id": 7, "date_unixtime": "1000", "text": "a"}, "date_unixtime", "1000"),
        ({"id": 7, "date_unixtime": "1" + "0" * 30, "text": "a"}, "date_unixtime", "1" + "0" * 30),
        ({"id": 7, "date": "9999-12-31T00:00:00", "text": "a"}, "date", "9999-12-31T00:00:00"),
        ({"id": 7, "date": "2008-12-31T23:00:00", "text": "a"}, "date", "2008-12-31T23:00:00"),
    ],
)
def test_dates_outside_2009_to_2100_are_refused(tmp_path, message, field, given):
    good = {"id": 1, "date_unixtime": "1767344400", "text": "hello"}
    path = _export_file(tmp_path, [good, message])
    for read in (
        lambda: read_export(path),
        lambda: parse_export(json.loads(path.read_text()), "result.json"),
    ):
        with pytest.raises(ValidationError) as err:
            read()
        assert err.value.field == f"result.json: messages[1].{field}"
        assert err.value.value == given and "2009-01-01 to 2100-12-31" in err.value.allowed


def test_every_bad_message_is_listed(tmp_path):
    messages = [{"id": n, "date_unixtime": "1767344400", "text": "ok"} for n in range(1, 80)]
    for n in range(3, 63):
        messages[n]["date_unixtime"] = "4200000000"  # 2103
    with pytest.raises(BadRowsError) as err:
        read_export(_export_file(tmp_path, messages))
    assert err.value.total == 60 and len(err.value.errors) == 50
    assert err.value.errors[0].field == "result.json: messages[3].date_unixtime"
    assert str(err.value).rstrip().endswith("and 10 more")
