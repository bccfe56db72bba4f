"""Settings → Execution: what every copy pays and the account guards, one form. The ranges
are the settings' own (domain/app_settings.py), shown in percent, seconds or dollars; Save
checks them all and writes nothing when one is wrong."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.app_settings import AppSettings, setting_bounds
from tradermanager.domain.errors import ValidationError
from tradermanager.services import Services
from tradermanager.ui.api_settings import ERROR_STYLE, OK_STYLE


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    label: str
    scale: float = 1.0  # 100 shows a fraction in percent
    suffix: str = ""
    prefix: str = ""
    decimals: int = 2
    off: str = ""  # shown at 0 where 0 turns the setting off
    help: str = ""


COSTS = (
    Field("base_size", "Base size per trade", prefix="$", help="margin of a copy at 1×"),
    Field("taker_fee", "Taker fee", 100, " %", decimals=4, help="market orders and stops"),
    Field(
        "maker_fee", "Maker fee", 100, " %", decimals=4, help="resting limits; below 0: a rebate"
    ),
    Field("slippage", "Slippage", 100, " %", decimals=3, help="market fills, against you"),
    Field(
        "funding_rate",
        "Funding rate per 8 h",
        100,
        " %",
        decimals=4,
        help="where no funding history is stored; 0 turns funding off",
    ),
    Field(
        "lag_seconds",
        "Signal lag",
        suffix=" s",
        decimals=1,
        help="from receiving a signal to its order reaching the market",
    ),
    Field(
        "maintenance_margin",
        "Maintenance margin (risk metric)",
        100,
        " %",
        decimals=3,
        help="the flat rate of the liquidation-risk metric; the engine uses Binance's brackets",
    ),
)
GUARDS = (
    Field(
        "max_open_positions",
        "Max open positions",
        decimals=0,
        off="no limit",
        help="copies open or waiting to fill, all traders together",
    ),
    Field(
        "max_token_exposure",
        "Max exposure per token",
        prefix="$",
        off="no limit",
        help="notional open and resting in one token",
    ),
    Field(
        "daily_loss_limit",
        "Daily loss limit",
        100,
        " %",
        off="off",
        help="of the wallet at the start of the UTC day: no new copies until the next day",
    ),
)


def _box(field: Field, value: float) -> QDoubleSpinBox:
    low, high, allowed = setting_bounds(field.key)
    box = QDoubleSpinBox()
    box.setObjectName(f"exec_{field.key}")
    box.setDecimals(field.decimals)
    box.setRange(low * field.scale, high * field.scale)
    box.setSuffix(field.suffix)
    box.setPrefix(field.prefix)
    if field.off:
        box.setSpecialValueText(field.off)
    box.setToolTip(f"{field.help} — {allowed}" if field.help else allowed)
    box.setValue(value * field.scale)
    return box


class ExecutionSettingsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._svc = services
        current = services.settings.get()
        self.boxes: dict[str, tuple[QDoubleSpinBox, Field]] = {}
        costs = QGroupBox("What every copy pays")
        self._form(costs, COSTS, current)
        guards = QGroupBox("Account guards (paper, backtest and demo)")
        form = self._form(guards, GUARDS, current)
        self.close_all = QCheckBox("Reaching the daily loss limit also closes every open copy")
        self.close_all.setObjectName("exec_daily_loss_close_all")
        self.close_all.setChecked(current.daily_loss_close_all)
        form.addRow(self.close_all)
        explain = QLabel(
            "Per-trader rules (sizing, take-profit split, trailing stop, copy stop-loss, …) are "
            "in each trader's card under Execution rules. Rules and formulas: docs/execution.md."
        )
        explain.setWordWrap(True)
        self.save = QPushButton("Save")
        self.save.setObjectName("execSave")
        self.save.clicked.connect(self.apply)
        self.status = QLabel()
        self.status.setObjectName("execStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(costs)
        layout.addWidget(guards)
        layout.addWidget(explain)
        layout.addWidget(self.save)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _form(self, box: QGroupBox, fields: tuple[Field, ...], current: AppSettings) -> QFormLayout:
        form = QFormLayout(box)
        for field in fields:
            spin = _box(field, float(getattr(current, field.key)))
            self.boxes[field.key] = (spin, field)
            form.addRow(field.label, spin)
        return form

    def values(self) -> dict[str, object]:
        """The form in the settings' units (fractions, seconds, USD, a whole count)."""
        out: dict[str, object] = {}
        for key, (box, field) in self.boxes.items():
            value = round(box.value() / field.scale, 8)
            out[key] = int(value) if field.decimals == 0 else value
        out["daily_loss_close_all"] = self.close_all.isChecked()
        return out

    def apply(self) -> None:
        current = self._svc.settings.get()
        changes = {k: v for k, v in self.values().items() if getattr(current, k) != v}
        if not changes:
            self.status.setStyleSheet(OK_STYLE)
            self.status.setText("Nothing changed.")
            return
        try:
            self._svc.settings.update(**changes)
        except ValidationError as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(str(exc))
            return
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(
            f"Saved {len(changes)} setting(s). Paper positions and backtests use them from "
            "their next run."
        )
