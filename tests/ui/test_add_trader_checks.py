"""Add trader: warns above 10× like the card, checks the reference against the source, and
keeps every field where it is while messages come and go."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QDialogButtonBox

from tradermanager.domain.source_reference import reference_problem
from tradermanager.ui.add_trader_dialog import AddTraderDialog

UID = "3AFFCB67ED4F1D9A8AB7A2E2B7C4D1F0"


@pytest.mark.parametrize(
    ("source", "ref", "fine"),
    [
        ("binance", UID, True),
        ("binance", UID.lower(), True),
        ("binance", "", True),
        ("binance", "@signalsniper_vip", False),
        ("binance", "ABC123", False),
        ("binance", "3AFFCB67ED4F1D9A8AB7A2E2B7C4", False),  # 28 characters
        (
            "binance",
            f"https://www.binance.com/en/futures-activity/leaderboard/user?encryptedUid={UID}",
            False,
        ),
        ("telegram", "@signalsniper_vip", True),
        ("telegram", "https://t.me/signalsniper_vip", True),
        ("telegram", "-1001234567890", True),
        ("telegram", UID, False),
        ("telegram", "not a channel!", False),
        ("manual", "met at a conference", True),
        ("binance", "demo:Signal Sniper VIP", True),
    ],
)
def test_reference_fits_its_source(source, ref, fine):
    assert (reference_problem(source, ref) is None) is fine


def test_a_link_names_the_id_to_give():
    link = f"https://www.binance.com/en/futures-activity/leaderboard/user?encryptedUid={UID}"
    assert UID in reference_problem("binance", link)


@given(st.text(max_size=80), st.sampled_from(["binance", "telegram", "manual"]))
def test_any_reference_gets_an_answer_not_an_exception(ref, source):
    problem = reference_problem(source, ref)
    assert problem is None or problem.endswith(".")


@pytest.fixture
def dialog(qtbot, services):
    widget = AddTraderDialog(services)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.name.setText("Alice")
    return widget


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_telegram_channel_as_a_binance_reference_is_refused(dialog):
    dialog.source.setCurrentText("binance")
    dialog.source_ref.setText("@signalsniper_vip")
    assert not ok(dialog).isEnabled()
    assert "Telegram channel" in dialog.errors["source_ref"].text()
    dialog.source.setCurrentText("telegram")  # the same text fits the other source
    assert ok(dialog).isEnabled() and dialog.errors["source_ref"].text() == ""
    dialog.source.setCurrentText("binance")
    dialog.source_ref.setText(UID)
    assert ok(dialog).isEnabled()


def test_above_ten_times_warns_but_allows(dialog):
    dialog.max_leverage.setValue(20)
    assert "liquidations get likely" in dialog.errors["max_leverage"].text()
    assert ok(dialog).isEnabled()
    dialog.max_leverage.setValue(5)
    assert dialog.errors["max_leverage"].text() == ""


def test_fields_stay_put_while_messages_come_and_go(dialog, qtbot):
    before = {name: label.geometry() for name, label in dialog.errors.items()}
    fields = [dialog.source_ref.geometry(), dialog.whitelist.geometry(), dialog.notes.geometry()]
    dialog.source_ref.setText("@x!")
    dialog.whitelist.setText("btc")
    dialog.blacklist.setText("btc")
    dialog.max_leverage.setValue(50)
    qtbot.wait(10)
    assert [
        dialog.source_ref.geometry(),
        dialog.whitelist.geometry(),
        dialog.notes.geometry(),
    ] == fields
    assert {name: label.geometry() for name, label in dialog.errors.items()} == before
