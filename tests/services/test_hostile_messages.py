"""Hostile messages end to end — through the Telegram import and the live listener into the
stored messages, the review queue and the command line: numbers no price can be go to review
with the reason, a text over 10,000 characters is stored truncated with a note, and an export
with one message id under two different texts is refused as a whole, naming the id, with
nothing written."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tradermanager.cli import run
from tradermanager.domain.errors import ValidationError
from tradermanager.sources.telegram_export import MAX_TEXT, ExportMessage, truncated
from tradermanager.sources.telegram_watch import LiveMessage

HOSTILE = {
    1: ("#ETH LONG\nEntry: 1e308\nTP: 1e309\nSL: 3300", "scientific notation"),
    2: ("#ETH LONG entry 3400 tp 3500 sl 3300 leverage -10x", "not positive"),
    3: ("#ETH LONG entry 3400 tp 3500000 sl 3300", "order of magnitude"),
    4: ("#ETH LONG entry 123456789012 tp 3500 sl 3300", "larger than any price"),
}
LONG = "#BTC/USDT LONG\nEntry: 65000\nTP: 66000\nSL: 64000\n" + "🚀 to the moon" * 1_000


def _export(tmp_path, messages, name="result.json"):
    rows = [
        {"id": i, "type": "message", "date_unixtime": str(1_767_261_600 + 60 * i), "text": t}
        for i, t in messages
    ]
    path = tmp_path / name
    data = {"name": "Hostile", "type": "public_channel", "id": 7, "messages": rows}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_numbers_no_price_can_be_wait_for_review_with_the_reason(services, tmp_path):
    report = services.imports.import_telegram(
        _export(tmp_path, [(i, text) for i, (text, _) in HOSTILE.items()])
    )
    assert services.pipeline.signals() == []  # nothing copied
    stored = {m.source_id: m for m in services.imports.messages(report.trader)}
    queue = {i.source_id: i for i in services.review.items()}
    for i, (_, why) in HOSTILE.items():
        assert stored[f"tg:{i}"].classification == "needs_review", i
        assert why in stored[f"tg:{i}"].reason and why in queue[f"tg:{i}"].reason, i


def test_a_long_text_is_stored_truncated_with_a_note_from_an_export(services, tmp_path):
    report = services.imports.import_telegram(_export(tmp_path, [(9, LONG)]))
    (message,) = services.imports.messages(report.trader)
    assert len(message.text) == MAX_TEXT and LONG.startswith(message.text)
    assert f"Text of {len(LONG):,} characters stored truncated to 10,000." in message.reason
    assert message.classification == "signal"
    assert any("truncated" in note for note in report.notes)


def test_a_long_text_is_stored_truncated_with_a_note_from_the_live_listener(services):
    trader = services.traders.add(name="Live", source="telegram", source_ref="@live_calls")
    text, length = truncated(LONG)  # as the listener makes its message (sources.telegram_live)
    message = ExportMessage(
        id=3, time=datetime(2026, 1, 15, 11, 0, tzinfo=UTC), text=text, truncated_from=length
    )
    services.telegram.process(LiveMessage(trader.id, message))
    (stored,) = services.imports.messages(trader.name)
    assert len(stored.text) == MAX_TEXT
    assert f"Text of {len(LONG):,} characters stored truncated" in stored.reason


def test_one_id_under_two_texts_refuses_the_export_naming_the_id(services, tmp_path):
    good = [(1, "#BTC/USDT LONG\nEntry: 65000\nTP: 66000\nSL: 64000")]
    twice = [
        *good,
        (2, "#ETH/USDT LONG\nEntry: 3400\nTP: 3500\nSL: 3300"),
        (2, "#ETH/USDT SHORT\nEntry: 3400\nTP: 3300\nSL: 3500"),
    ]
    with pytest.raises(ValidationError) as err:
        services.imports.import_telegram(_export(tmp_path, twice))
    assert err.value.field == "result.json: message id 2"
    assert "refused as a whole" in str(err.value)
    assert services.traders.list() == [] and services.pipeline.signals() == []


def test_the_command_line_refuses_it_too_and_writes_nothing(tmp_path, capsys):
    twice = [(2, "#ETH/USDT LONG\nEntry: 3400"), (2, "#ETH/USDT SHORT\nEntry: 3400")]
    db = tmp_path / "db.sqlite"
    code = run(["import", "telegram", str(_export(tmp_path, twice)), "--db", str(db)])
    _, err = capsys.readouterr()
    assert code == 2 and "message id 2" in err and "refused as a whole" in err
    assert run(["traders", "list", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr()[0]) == []
