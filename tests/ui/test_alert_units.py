"""Alert thresholds in the rule's own unit, the pause checkbox drawn on the dark theme, and
the Alerts window before any alert fired."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from tradermanager.domain.alerts import AlertKind
from tradermanager.ui.alert_rules_box import AlertRulesBox, describe
from tradermanager.ui.alert_units import show_threshold
from tradermanager.ui.alerts_dialog import AlertsDialog
from tradermanager.ui.style import apply_style


@pytest.mark.parametrize(
    ("kind", "stored", "shown"),
    [
        (AlertKind.DRAWDOWN, -0.15, "−15.0 %"),
        (AlertKind.WIN_RATE, 0.6, "60.0 %"),
        (AlertKind.LEVERAGE, 10, "10×"),
        (AlertKind.DAILY_LOSS, 1250, "$1,250.00"),
        (AlertKind.SILENCE, 3, "3.0 days"),
        (AlertKind.KILL_SWITCH, 0, "raised by the engine"),
    ],
)
def test_thresholds_read_in_the_rules_unit(kind, stored, shown):
    assert show_threshold(kind, stored) == shown


def test_the_card_box_types_percent_and_stores_the_fraction(qtbot, services):
    trader = services.traders.add(name="Ann")
    box = AlertRulesBox(services)
    qtbot.addWidget(box)
    box.set_trader(trader.id)
    box.kind.setCurrentText("drawdown")
    assert box.threshold.suffix() == " %" and box.threshold.value() == pytest.approx(-15.0)
    assert "−0.150" not in box.threshold.text() and "-15.0" in box.threshold.text()
    box.threshold.setValue(-25.0)
    box.add.click()
    rule = next(r for r in services.alerts.rules(trader.id) if r.trader_id == trader.id)
    assert rule.threshold == pytest.approx(-0.25)
    assert "drawdown at −25.0 % — this trader" in describe(rule)
    box.kind.setCurrentText("leverage")
    assert box.threshold.suffix() == "×" and box.threshold.value() == 10


def test_pause_checkbox_indicator_is_visible_on_the_dark_theme(qtbot, services, qapp):
    apply_style(qapp)
    box = AlertRulesBox(services)
    qtbot.addWidget(box)
    box.resize(700, 200)
    box.show()
    qtbot.waitExposed(box)
    check = box.auto_pause
    image = check.grab().toImage()
    background = QColor(box.palette().window().color())
    lighter = [
        image.pixelColor(x, y)
        for x in range(min(18, image.width()))
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() > background.lightness() + 60
    ]
    assert lighter, "the indicator's border does not stand out from the background"


def test_alerts_window_says_no_alerts_yet_and_adds_a_rule_for_every_trader(qtbot, services):
    services.traders.add(name="Ann")
    dialog = AlertsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and "No alerts yet" in dialog.empty.text()
    dialog.tabs.setCurrentWidget(dialog.rules)
    before = len([r for r in services.alerts.rules() if r.trader_id is None])
    dialog.rules.kind.setCurrentText("losses")
    dialog.rules.threshold.setValue(4)
    dialog.rules.add.click()
    defaults = [r for r in services.alerts.rules() if r.trader_id is None]
    assert len(defaults) == before + 1
    assert any(r.kind is AlertKind.LOSSES and r.threshold == 4 for r in defaults)
    assert dialog.rules.rules.count() == len(defaults)
