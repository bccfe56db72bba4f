"""A Telegram export imported again: a message that comes back edited is applied exactly as the
live listener applies the same edit (at the edit's time); a message missing from the newer
export is not a cancel. Exports are written in Telegram Desktop's result.json shape."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from telegram_export_files import channel_message, write_export
from tradermanager.domain.enums import SignalKind, TradeStatus
from tradermanager.sources.telegram_export import read_export
from tradermanager.sources.telegram_watch import LiveMessage
from tradermanager.store import trades as trade_repo

T = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
BTC_LONG = (
    "#BTC/USDT LONG\nEntry: 65,000\nTargets: 66,000 / 67,500\nStop Loss: 63,500\nLeverage: 5x"
)
EDITED = BTC_LONG.replace("63,500", "64,200").replace("67,500", "68,000")


def at(minutes: int) -> datetime:
    return T + timedelta(minutes=minutes)


FIRST = [
    channel_message(1, at(0), "Good morning traders"),
    channel_message(2, at(5), BTC_LONG),
    channel_message(3, at(10), "ETH looks ready for a move, long above 3,400"),
]


def _import(services, tmp_path, messages, name="result.json"):
    return services.imports.import_telegram(write_export(tmp_path / name, messages))


def _signals(services, trader):
    return sorted(
        (s.signal for s in services.pipeline.signals(trader)),
        key=lambda s: (s.received_time, s.source_id),
    )


def _trades(services, trader):
    trader_id = services.traders.get(trader).id
    return trade_repo.trades_between(trader_id, T - timedelta(days=1), T + timedelta(days=1))


def _messages(services, trader):
    return {m.source_id: m for m in services.imports.messages(trader)}


def test_an_edited_open_signal_changes_the_copy_at_the_edit_time(services, tmp_path):
    first = _import(services, tmp_path, FIRST)
    again = [
        *FIRST[:1],
        channel_message(2, at(5), EDITED, edited=at(30)),
        FIRST[2],
        channel_message(4, at(120), "#BTC SL hit", reply_to=2),
    ]
    report = _import(services, tmp_path, again, "newer.json")
    assert report.edits_applied == 1 and report.missing_from_export == 0
    assert report.notes == (
        "Message 2 was edited since it was first read: Edited: take_profits, stop_loss "
        "changed; the copy follows the edit.",
    )
    opening, update, close = _signals(services, first.trader)
    assert (opening.kind, update.kind, close.kind) == (
        SignalKind.OPEN,
        SignalKind.UPDATE,
        SignalKind.CLOSE,
    )
    assert update.source_id == f"tg:2:edit:{int(at(30).timestamp())}"
    assert (update.stop_loss, update.take_profits, update.received_time) == (
        64_200,
        (66_000, 68_000),
        at(30),
    )
    assert close.price == 64_200 and close.received_time == at(120)  # the edited stop
    stored = _messages(services, first.trader)
    assert stored["tg:2"].text == EDITED and stored["tg:2"].classification == "signal"
    assert stored["tg:4"].links_to == "tg:2"
    (trade,) = _trades(services, first.trader)
    assert trade.status is TradeStatus.CLOSED and trade.exit_price == 64_200


def test_the_import_applies_an_edit_exactly_as_the_live_listener_does(services, tmp_path):
    imported = _import(services, tmp_path, FIRST)
    _import(services, tmp_path, [channel_message(2, at(5), EDITED, edited=at(30))], "b.json")
    twin = services.traders.add(name="Live twin", source="telegram", source_ref="@twin_channel")
    export = read_export(write_export(tmp_path / "c.json", FIRST))
    for message in export.messages:
        services.telegram.process(LiveMessage(twin.id, message))
    edited = read_export(
        write_export(tmp_path / "d.json", [channel_message(2, at(5), EDITED, edited=at(30))])
    ).messages[0]
    from dataclasses import replace

    outcome = services.telegram.process(
        LiveMessage(twin.id, replace(edited, time=at(30)), edited=True)
    )
    assert outcome.classification == "follow_up"

    def comparable(trader):
        return [
            (s.source_id, s.kind, s.price, s.stop_loss, s.take_profits, s.received_time)
            for s in _signals(services, trader)
        ]

    assert comparable(imported.trader) == comparable(twin.name)
    mine, live = _messages(services, imported.trader), _messages(services, twin.name)
    assert {k: (m.text, m.classification, m.reason) for k, m in mine.items()} == {
        k: (m.text, m.classification, m.reason) for k, m in live.items()
    }


def test_an_edit_changing_the_side_goes_to_review_and_leaves_the_copy(services, tmp_path):
    first = _import(services, tmp_path, FIRST)
    flipped = "#BTC/USDT SHORT\nEntry: 65,000\nTargets: 63,000\nStop Loss: 66,500"
    report = _import(
        services, tmp_path, [channel_message(2, at(5), flipped, edited=at(20))], "newer.json"
    )
    assert report.edits_applied == 1
    assert "changes the side" in report.notes[0] and "left as it was" in report.notes[0]
    assert [s.kind for s in _signals(services, first.trader)] == [SignalKind.OPEN]
    assert _messages(services, first.trader)["tg:2"].text == BTC_LONG


def test_an_edit_adding_a_price_makes_a_signal_timed_at_the_edit(services, tmp_path):
    first = _import(services, tmp_path, FIRST)
    assert _messages(services, first.trader)["tg:3"].classification == "needs_review"
    priced = "#ETH/USDT LONG\nEntry: 3,400\nTarget: 3,550\nStop Loss: 3,320"
    again = [
        channel_message(3, at(10), priced, edited=at(40)),
        channel_message(5, at(90), "#ETH Target 1 ✅", reply_to=3),
    ]
    report = _import(services, tmp_path, again, "newer.json")
    assert report.edits_applied == 1
    eth = [s for s in _signals(services, first.trader) if s.symbol == "ETH"]
    assert [(s.kind, s.received_time) for s in eth] == [
        (SignalKind.OPEN, at(40)),  # copied at the edit, never before it
        (SignalKind.CLOSE, at(90)),  # the only target: the follow-up closes it
    ]
    stored = _messages(services, first.trader)
    assert stored["tg:3"].classification == "signal" and stored["tg:3"].text == priced
    trades = {t.source_id: t for t in _trades(services, first.trader)}
    assert trades["tg:3"].status is TradeStatus.CLOSED and trades["tg:3"].exit_price == 3_550


def test_an_edit_made_after_the_position_closed_changes_nothing(services, tmp_path):
    first = _import(services, tmp_path, FIRST)
    again = [
        channel_message(2, at(5), EDITED, edited=at(200)),
        channel_message(4, at(120), "#BTC SL hit", reply_to=2),
    ]
    report = _import(services, tmp_path, again, "newer.json")
    assert "copy follows the message as first posted" in report.notes[0]
    kinds = [s.kind for s in _signals(services, first.trader)]
    assert kinds == [SignalKind.OPEN, SignalKind.CLOSE]


def test_a_message_missing_from_a_newer_export_is_not_a_cancel(services, tmp_path):
    first = _import(services, tmp_path, FIRST)
    before = _signals(services, first.trader)
    report = _import(services, tmp_path, [FIRST[0], FIRST[2]], "newer.json")
    assert report.missing_from_export == 1  # message 2, the open signal
    assert "not taken as a cancel" in report.notes[-1]
    assert _signals(services, first.trader) == before
    (trade,) = _trades(services, first.trader)
    assert trade.status is TradeStatus.OPEN
    assert "Deleted" not in _messages(services, first.trader)["tg:2"].reason


def test_importing_the_newer_export_twice_adds_nothing_more(services, tmp_path):
    first = _import(services, tmp_path, FIRST)
    again = [channel_message(2, at(5), EDITED, edited=at(30))]
    _import(services, tmp_path, again, "newer.json")
    signals = _signals(services, first.trader)
    report = _import(services, tmp_path, again, "newer.json")
    assert report.edits_applied == 0 and report.signals_created == 0
    assert _signals(services, first.trader) == signals


def test_an_old_export_format_with_only_a_local_edit_time_is_read(services, tmp_path):
    first = _import(services, tmp_path, FIRST)
    message = channel_message(2, at(5), EDITED, edited=at(30))
    del message["edited_unixtime"], message["date_unixtime"]
    report = _import(services, tmp_path, [message], "old.json")
    assert report.edits_applied == 1
    update = next(s for s in _signals(services, first.trader) if s.kind is SignalKind.UPDATE)
    assert update.received_time == at(30)


@pytest.mark.parametrize("rich", [True, False])
def test_text_as_entities_or_as_a_string_reads_the_same_edit(services, tmp_path, rich):
    first = _import(services, tmp_path, FIRST)
    edited = channel_message(2, at(5), EDITED, edited=at(30), rich=rich)
    assert isinstance(edited["text"], list) is rich
    report = _import(services, tmp_path, [edited], "newer.json")
    assert report.edits_applied == 1
    assert _messages(services, first.trader)["tg:2"].text == EDITED
