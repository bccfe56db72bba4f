"""The review queue driven headless: the list shows what needs review with text, parse and
reason; a correction is accepted through the form, teaches the channel's layout and the
re-read messages are shown — and only copied once ticked and applied; dismiss; errors named."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from tradermanager.domain.enums import Side, SignalKind
from tradermanager.jobs.bridge import JobBridge
from tradermanager.sources.telegram_export import ExportMessage
from tradermanager.sources.telegram_watch import LiveMessage
from tradermanager.ui.main_window import MainWindow
from tradermanager.ui.review_queue import ReviewDialog, TemplatePreviewDialog

CHANNEL = [
    "🔼 ETH 3400 ➡️ 3500 3600 ⛓ 3300",
    "🔽 SOL 150 ➡️ 145 140 ⛓ 156",
    "🔼 LINK 14.2 ➡️ 14.9 15.5 ⛓ 13.6",
    "#BTC long or short depending on the breakout of 65000",
]


@pytest.fixture
def channel(services, tmp_path):
    messages = [
        {"id": i, "type": "message", "date_unixtime": str(1_767_261_600 + 60 * i), "text": t}
        for i, t in enumerate(CHANNEL, 1)
    ]
    path = tmp_path / "result.json"
    data = {"name": "Arrows", "type": "public_channel", "id": 42, "messages": messages}
    path.write_text(json.dumps(data), encoding="utf-8")
    services.imports.import_telegram(path)
    return services


def opened(qtbot, services) -> ReviewDialog:
    dialog = ReviewDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_list_shows_every_message_with_its_text_parse_and_reason(qtbot, channel):
    dialog = opened(qtbot, channel)
    table = dialog.table
    assert table.rowCount() == 4
    assert [table.item(r, 0).text() for r in range(4)] == ["Arrows"] * 4
    assert table.item(0, 2).text() == CHANNEL[0]
    assert "layout the parser does not know" in table.item(0, 3).text()
    assert dialog.text.toPlainText() == CHANNEL[0]
    assert dialog.reason.text().startswith("Why: Looks like a signal for ETH")
    assert dialog.symbol.text() == "ETH" and dialog.side.currentText() == ""
    table.selectRow(3)
    assert "ambiguous" in dialog.reason.text()
    assert dialog.read.text() == "Read: BTC · no side"


def test_accepting_a_correction_copies_it_and_shows_the_learnt_layout_first(qtbot, channel):
    dialog = opened(qtbot, channel)
    changed = []
    dialog.changed.connect(lambda: changed.append(1))
    dialog.side.setCurrentText("long")
    dialog.entries.setText("3400")
    dialog.targets.setText("3500 / 3600")
    dialog.stop.setText("3300")
    dialog.leverage.setText("5")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == ""
    (stored,) = channel.pipeline.signals("Arrows")
    assert (stored.signal.symbol, stored.signal.side, stored.signal.price) == (
        "ETH",
        Side.LONG,
        3400,
    )
    assert changed and dialog.table.rowCount() == 3
    preview = dialog.preview_dialog
    assert isinstance(preview, TemplatePreviewDialog) and preview.isVisible()
    assert "“⛓” = stop" in preview.findChild(type(dialog.reason), "templateDescription").text()
    rows = [preview.table.item(r, 1).text() for r in range(preview.table.rowCount())]
    assert rows == [CHANNEL[1], CHANNEL[2]]
    assert (
        preview.table.item(0, 2).text() == "SOL · short · entry 150 · targets 145 / 140 · stop 156"
    )
    assert len(channel.pipeline.signals("Arrows")) == 1  # shown, not applied
    preview.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)  # keep LINK for later
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    symbols = sorted(s.signal.symbol for s in channel.pipeline.signals("Arrows"))
    assert symbols == ["ETH", "SOL"]
    assert dialog.table.rowCount() == 2
    assert dialog.symbol.text() == "LINK" and dialog.side.currentText() == "long"  # read now


def test_a_wrong_field_is_named_and_nothing_is_copied(qtbot, channel):
    dialog = opened(qtbot, channel)
    dialog.side.setCurrentText("long")
    dialog.entries.setText("34OO")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert "entries" in dialog.error.text() and "34OO" in dialog.error.text()
    dialog.entries.setText("3400")
    dialog.targets.setText("3300")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert "Take-profit 1 (3,300) is not above the entry" in dialog.error.text()
    assert channel.pipeline.signals("Arrows") == []
    assert dialog.table.rowCount() == 4


def test_dismiss_empties_the_queue_and_says_so(qtbot, channel):
    dialog = opened(qtbot, channel)
    for _ in range(4):
        qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    assert not dialog.accept_button.isEnabled()
    assert channel.pipeline.signals("Arrows") == []


def test_the_window_shows_the_count_on_its_review_action(qtbot, channel):
    window = MainWindow(channel, JobBridge())
    qtbot.addWidget(window)
    assert window.actions_by_name["reviewAction"].text() == "Review (4)"
    channel.review.dismiss("Arrows", "tg:4")
    window.reload()
    assert window.actions_by_name["reviewAction"].text() == "Review (3)"


# -- signals deleted by their channel ---------------------------------------------------------
BTC_LONG = "#BTC/USDT LONG\nEntry: 65,000\nTarget: 67,000\nStop Loss: 63,500\nLeverage: 5x"


@pytest.fixture
def deleted(channel):
    """Arrows also posted a BTC signal, copied, then deleted it: no prices are stored, so
    whether the copy holds a position is not known and the choice waits in the queue."""
    trader = channel.traders.get("Arrows")
    at = datetime(2026, 1, 1, 11, 0, tzinfo=UTC)
    channel.telegram.process(LiveMessage(trader.id, ExportMessage(id=9, time=at, text=BTC_LONG)))
    gone = ExportMessage(id=9, time=at + timedelta(hours=2), text="")
    channel.telegram.process(LiveMessage(trader.id, gone, deleted=True))
    return channel


def select(dialog, source_id: str) -> None:
    row = [i.source_id for i in dialog._items].index(source_id)
    dialog.table.selectRow(row)


def test_a_deleted_signal_offers_close_or_keep_instead_of_the_form(qtbot, deleted):
    dialog = opened(qtbot, deleted)
    assert dialog.table.rowCount() == 5
    assert dialog.deletion_box.isHidden() and dialog.form_box.isVisible()
    select(dialog, "tg:9")
    assert dialog.text.toPlainText() == BTC_LONG
    assert dialog.reason.text() == (
        "Why: Deleted by the channel at 2026-01-01 13:00 UTC while its position was open: "
        "close the copy or keep it."
    )
    assert dialog.deletion_box.isVisible()
    assert not dialog.form_box.isVisible() and not dialog.accept_button.isVisible()
    assert not dialog.dismiss_button.isVisible() and not dialog.learn.isVisible()
    assert dialog.close_copy_button.text() == "Close the copy"
    assert dialog.keep_copy_button.text() == "Keep the copy"
    select(dialog, "tg:1")  # back to a correction: the form returns
    assert dialog.form_box.isVisible() and dialog.deletion_box.isHidden()


def test_close_the_copy_sends_a_close_and_leaves_the_queue(qtbot, deleted):
    dialog = opened(qtbot, deleted)
    changed = []
    dialog.changed.connect(lambda: changed.append(1))
    select(dialog, "tg:9")
    qtbot.mouseClick(dialog.close_copy_button, Qt.MouseButton.LeftButton)
    assert changed and dialog.table.rowCount() == 4
    assert "tg:9" not in [i.source_id for i in dialog._items]
    closes = [
        s.signal for s in deleted.pipeline.signals("Arrows") if s.signal.kind is SignalKind.CLOSE
    ]
    assert [(c.source_id, c.trade_ref) for c in closes] == [("tg:9:deleted:close", "tg:9")]
    assert dialog.outcome_label.text().startswith("Closed the copy of tg:9 (BTC long)")
    assert "no BTC price is stored" in dialog.outcome_label.text()


def test_keep_the_copy_sends_nothing_and_leaves_the_queue(qtbot, deleted):
    dialog = opened(qtbot, deleted)
    select(dialog, "tg:9")
    before = len(deleted.pipeline.signals("Arrows"))
    qtbot.mouseClick(dialog.keep_copy_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 4
    assert len(deleted.pipeline.signals("Arrows")) == before
    assert "kept" in dialog.outcome_label.text()
    window = MainWindow(deleted, JobBridge())
    qtbot.addWidget(window)
    assert window.actions_by_name["reviewAction"].text() == "Review (4)"


def test_accepting_says_which_follow_ups_were_applied_after_it(qtbot, channel):
    trader = channel.traders.get("Arrows")
    reply = ExportMessage(
        id=8, time=datetime(2026, 1, 1, 12, tzinfo=UTC), text="Target 1 ✅", reply_to=1
    )
    channel.telegram.process(LiveMessage(trader.id, reply))
    dialog = opened(qtbot, channel)
    dialog.side.setCurrentText("long")
    dialog.entries.setText("3400")
    dialog.targets.setText("3500 / 3600")
    dialog.stop.setText("3300")
    dialog.learn.setChecked(False)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    text = dialog.outcome_label.text()
    assert text.startswith("Copied: tg:1.")
    assert "applied after it: tg:8 Target 1 hit." in text


def test_a_follow_up_in_review_offers_a_share_to_close(qtbot, channel):
    trader = channel.traders.get("Arrows")
    at = datetime(2026, 1, 1, 11, 0, tzinfo=UTC)
    channel.telegram.process(LiveMessage(trader.id, ExportMessage(id=9, time=at, text=BTC_LONG)))
    partial = ExportMessage(id=10, time=at + timedelta(hours=1), text="#BTC partial close")
    channel.telegram.process(LiveMessage(trader.id, partial))
    dialog = opened(qtbot, channel)
    select(dialog, "tg:10")
    box = dialog.follow_up_box
    assert box.isVisible() and "It belongs to tg:9" in box.help.text()
    assert not dialog.form_box.isVisible() and not dialog.accept_button.isVisible()
    assert dialog.dismiss_button.isVisible() and dialog.deletion_box.isHidden()
    box.share.setValue(25.0)
    qtbot.mouseClick(box.close_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome_label.text().startswith("Closed 25 % of the copy of tg:9 (BTC long)")
    assert "tg:10" not in [i.source_id for i in dialog._items]
    (update,) = [
        s.signal for s in channel.pipeline.signals("Arrows") if s.signal.source_id == "tg:10:close"
    ]
    assert (update.kind, update.close_fraction) == (SignalKind.UPDATE, 0.25)


def test_a_follow_up_in_review_names_every_action_it_holds(qtbot, channel):
    trader = channel.traders.get("Arrows")
    at = datetime(2026, 1, 1, 11, 0, tzinfo=UTC)
    channel.telegram.process(LiveMessage(trader.id, ExportMessage(id=9, time=at, text=BTC_LONG)))
    both = ExportMessage(
        id=11, time=at + timedelta(hours=1), text="#BTC close some here and move stop to entry"
    )
    channel.telegram.process(LiveMessage(trader.id, both))
    dialog = opened(qtbot, channel)
    select(dialog, "tg:11")
    assert dialog.read.text() == "Read: a follow-up of tg:9 (close, stop moved)"
    box = dialog.follow_up_box
    assert box.share_row.isHidden() and "states more than a close (stop moved)" in box.help.text()


# -- edits of copied signals --------------------------------------------------------------------
def test_an_edit_that_no_longer_reads_is_applied_to_the_copy_from_the_form(qtbot, channel):
    trader = channel.traders.get("Arrows")
    dialog = opened(qtbot, channel)
    dialog.side.setCurrentText("long")
    dialog.entries.setText("3400")
    dialog.targets.setText("3500 / 3600")
    dialog.stop.setText("3300")
    dialog.learn.setChecked(False)  # the layout stays unknown: its edit will not read
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    edited_at = datetime(2026, 1, 15, 12, 30, tzinfo=UTC)
    message = ExportMessage(
        id=1,
        time=datetime(2026, 1, 1, 10, 1, tzinfo=UTC),
        text=CHANNEL[0].replace("3300", "3350"),
        edited=True,
        edited_time=edited_at,
    )
    channel.telegram.process(LiveMessage(trader.id, message, edited=True))
    dialog.refresh()
    edit_id = f"tg:1:edit:{int(edited_at.timestamp())}"
    rows = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    row = next(r for r, why in enumerate(rows) if why.startswith("The edit no longer reads"))
    dialog.table.selectRow(row)
    assert dialog.text.toPlainText() == CHANNEL[0].replace("3300", "3350")
    assert dialog.read.text().startswith("Read: an edit of tg:1: ETH · long · entry 3400")
    assert dialog.accept_button.text() == "Apply to the copy" and dialog.form_box.isVisible()
    assert dialog.symbol.text() == "ETH" and dialog.stop.text() == "3300"  # as the copy follows
    dialog.stop.setText("3350")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == ""
    assert dialog.outcome_label.text() == (
        f"Applied {edit_id}. The copy of tg:1 follows the edit: stop 3350."
    )
    update = next(
        s.signal for s in channel.pipeline.signals("Arrows") if s.signal.source_id == edit_id
    )
    assert (update.kind, update.stop_loss, update.trade_ref) == (SignalKind.UPDATE, 3350, "tg:1")
    assert dialog.table.rowCount() == 3
