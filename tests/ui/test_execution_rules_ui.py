"""Execution rules in the card (a dialog behind "Execution rules…", saved with Apply) and the
Settings dialog's Execution page, driven headless."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from tradermanager.domain.app_settings import setting_bounds
from tradermanager.domain.enums import SizingMode
from tradermanager.domain.setting_specs import EXECUTION_NUMBERS
from tradermanager.jobs.bridge import JobBridge
from tradermanager.ui import settings_dialog
from tradermanager.ui.card.execution_rules_dialog import ExecutionRulesDialog
from tradermanager.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services):
    services.traders.add(name="Ann")
    win = MainWindow(services, JobBridge())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win._select(services.traders.get("Ann").id)
    return win


def test_the_dialog_allows_exactly_the_specifications_range(qtbot, services):
    dialog = ExecutionRulesDialog(services.traders.add(name="Bob").settings)
    qtbot.addWidget(dialog)
    for spec in EXECUTION_NUMBERS:
        box, _ = dialog.boxes[spec.key]
        shown = (box.minimum() / spec.display_scale, box.maximum() / spec.display_scale)
        assert shown == pytest.approx((spec.low, spec.high))
    assert not dialog.boxes["equity_pct"][0].isEnabled()
    dialog.sizing.setCurrentIndex(dialog.sizing.findData("equity_pct"))
    assert dialog.boxes["equity_pct"][0].isEnabled()
    dialog.tp_split.setText("50,abc")
    assert dialog.checked() is None and "tp_split" in dialog.error.text()


def test_rules_from_the_dialog_are_saved_by_apply_after_confirming(window, services, monkeypatch):
    config = window.card.config
    assert config.rules_summary.full_text() == "base size × 1"
    dialog = ExecutionRulesDialog(services.traders.get("Ann").settings)
    dialog.sizing.setCurrentIndex(dialog.sizing.findData("risk_pct"))
    dialog.boxes["risk_pct"][0].setValue(1.5)  # percent
    dialog.tp_split.setText("50, 30, 20")
    dialog.boxes["trailing_stop"][0].setValue(3)
    dialog.boxes["max_open"][0].setValue(2)
    dialog.boxes["copy_stop_loss"][0].setValue(20)
    dialog.boxes["allocation"][0].setValue(2500)
    rules = dialog.checked()
    assert rules is not None
    config.set_rules(rules)
    assert "risk 1.5 % of equity" in config.rules_summary.toolTip()
    assert services.traders.get("Ann").settings.sizing is SizingMode.MULTIPLIER  # not yet
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    config.apply.click()
    assert "Take-profit split: equal → 50,30,20" in asked[0]
    assert "Copy stop-loss: off → 20 %" in asked[0]
    s = services.traders.get("Ann").settings
    assert s.sizing is SizingMode.RISK_PCT and s.risk_pct == pytest.approx(0.015)
    assert s.tp_split == (0.5, 0.3, 0.2) and s.trailing_stop == pytest.approx(0.03)
    assert (s.max_open, s.copy_stop_loss, s.allocation) == (2, pytest.approx(0.2), 2500)


def test_the_card_still_fits_a_laptop_screen(window):
    config = window.card.config
    assert config.rules_button.isVisible()
    bottom = config.rules_button.mapTo(window, config.rules_button.rect().bottomLeft()).y()
    assert bottom <= window.height()


def test_the_execution_page_saves_costs_and_guards_in_their_units(qtbot, services, monkeypatch):
    # the Notifications page reads the keyring, which this test is not about
    monkeypatch.setattr(settings_dialog, "NotificationSettingsPage", lambda _svc: QWidget())
    dialog = settings_dialog.SettingsDialog(services)
    qtbot.addWidget(dialog)
    page = dialog.execution
    assert dialog.tabs.tabText(0) == "Execution"
    for key, (box, field) in page.boxes.items():
        low, high, _ = setting_bounds(key)
        assert (box.minimum(), box.maximum()) == pytest.approx(
            (low * field.scale, high * field.scale)
        )
    page.boxes["taker_fee"][0].setValue(0.06)  # percent
    page.boxes["lag_seconds"][0].setValue(12)
    page.boxes["max_open_positions"][0].setValue(8)
    page.boxes["daily_loss_limit"][0].setValue(3)
    page.close_all.setChecked(True)
    page.apply()
    app = services.settings.get()
    assert app.taker_fee == pytest.approx(0.0006) and app.lag_seconds == 12
    assert app.max_open_positions == 8 and isinstance(app.max_open_positions, int)
    assert app.daily_loss_limit == pytest.approx(0.03) and app.daily_loss_close_all
    assert page.status.text().startswith("Saved 5")
    page.apply()
    assert page.status.text() == "Nothing changed."
