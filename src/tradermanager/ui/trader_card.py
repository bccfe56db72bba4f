"""The card of the selected trader: who, how risky, what gets copied, and what to do."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.errors import NotFoundError, ValidationError
from tradermanager.domain.models import Trader
from tradermanager.services import Services
from tradermanager.ui import formatting as fmt
from tradermanager.ui.alert_rules_box import AlertRulesBox
from tradermanager.ui.backtest_dialog import BacktestDialog
from tradermanager.ui.icons import icon
from tradermanager.ui.metric_help import HELP
from tradermanager.ui.token_chips import TokenChips

PERFORMANCE = (
    ("ROI", "roi", fmt.pct),
    ("Win rate", "win_rate", lambda v: fmt.pct(v, signed=False)),
    ("Sharpe", "sharpe_ratio", fmt.number),
    ("Sortino", "sortino_ratio", fmt.number),
    ("Max drawdown", "max_drawdown", fmt.pct),
    ("Avg leverage", "avg_leverage", fmt.times),
    ("Max leverage", "max_leverage", fmt.times),
    ("Liquidation risk", "liquidation_risk", lambda v: fmt.pct(v, signed=False)),
    ("Trades", "trade_count", lambda v: fmt.number(v, 0)),
    ("Signals", "signal_count", lambda v: fmt.number(v, 0)),
    ("VaR 95 (day)", "var_95", fmt.pct),
    ("Copied by me", "copied_trades", lambda v: fmt.number(v, 0)),
    ("My P&L", "pnl_contribution_usd", lambda v: fmt.money(v, signed=True)),
    ("My won / closed", "copied_won", None),
    ("My P&L % of capital", "pnl_contribution_pct", fmt.pct),
)


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


class TraderCard(QWidget):
    """Shows one trader; every change goes through the services, then ``changed`` fires."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("traderCard")
        self._svc = services
        self._trader: Trader | None = None
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("cardHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.header)
        layout.addWidget(self._performance_box())
        row = QHBoxLayout()
        row.addWidget(self._tokens_box(), 1)
        row.addWidget(self._config_box(), 2)
        layout.addLayout(row)
        layout.addWidget(self._actions_box())
        self.alerts = AlertRulesBox(services)
        layout.addWidget(self.alerts)
        self.set_trader(None)

    # -- building ----------------------------------------------------------------------------
    def _performance_box(self) -> QGroupBox:
        box = QGroupBox("Performance")
        grid = QGridLayout(box)
        self.window_combo = QComboBox()
        self.window_combo.setObjectName("windowCombo")
        self.window_combo.addItems(["7d", "30d", "90d", "all"])
        self.window_combo.setCurrentText("30d")
        self.window_combo.currentTextChanged.connect(lambda _: self.refresh())
        grid.addWidget(QLabel("Window"), 0, 0)
        grid.addWidget(self.window_combo, 0, 1)
        self.risk = QLabel("—")
        self.risk.setObjectName("riskScore")
        risk_caption = QLabel("Risk score")
        risk_caption.setToolTip(HELP["risk_score"])
        grid.addWidget(risk_caption, 0, 2)
        grid.addWidget(self.risk, 0, 3)
        self.values: dict[str, QLabel] = {}
        for i, (name, key, _) in enumerate(PERFORMANCE):
            r, c = 1 + i // 3, (i % 3) * 2
            caption = QLabel(name)
            caption.setToolTip(HELP.get(key, ""))
            grid.addWidget(caption, r, c)
            value = QLabel("—")
            value.setToolTip(HELP.get(key, ""))
            value.setObjectName(f"metric_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, r, c + 1)
            self.values[key] = value
        return box

    def _tokens_box(self) -> QGroupBox:
        box = QGroupBox("Tokens traded")
        self.tokens_layout = QVBoxLayout(box)
        return box

    def _config_box(self) -> QGroupBox:
        box = QGroupBox("Configuration")
        form = QFormLayout(box)
        self.multiplier = QSlider(Qt.Orientation.Horizontal)
        self.multiplier.setObjectName("multiplierSlider")
        self.multiplier.setRange(50, 200)
        self.multiplier.setSingleStep(5)
        self.size_preview = QLabel()
        self.size_preview.setObjectName("sizePreview")
        self.multiplier.valueChanged.connect(self._preview_size)
        slider_row = QHBoxLayout()
        slider_row.addWidget(self.multiplier)
        slider_row.addWidget(self.size_preview)
        form.addRow("Position size", slider_row)
        self.max_leverage = QSpinBox()
        self.max_leverage.setObjectName("maxLeverage")
        self.max_leverage.setRange(1, 125)
        self.max_leverage.setSuffix("×")
        self.leverage_warning = QLabel("above 10×: liquidations get likely")
        self.leverage_warning.setObjectName("leverageWarning")
        self.leverage_warning.setStyleSheet("color: #f0b429;")
        self.max_leverage.valueChanged.connect(lambda v: self.leverage_warning.setVisible(v > 10))
        # The slider covers the usual 1x-20x; the box beside it takes up to 125x.
        self.leverage_slider = QSlider(Qt.Orientation.Horizontal)
        self.leverage_slider.setObjectName("leverageSlider")
        self.leverage_slider.setRange(1, 20)
        self.leverage_slider.valueChanged.connect(self._slider_leverage)
        self.max_leverage.valueChanged.connect(
            lambda v: self._quietly(self.leverage_slider, min(v, 20))
        )
        lev_row = QHBoxLayout()
        lev_row.addWidget(self.leverage_slider)
        lev_row.addWidget(self.max_leverage)
        lev_row.addWidget(self.leverage_warning)
        form.addRow("Max leverage", lev_row)
        self.min_confidence = QDoubleSpinBox()
        self.min_confidence.setObjectName("minConfidence")
        self.min_confidence.setRange(0, 100)
        self.min_confidence.setSuffix(" %")
        self.confidence_slider = QSlider(Qt.Orientation.Horizontal)
        self.confidence_slider.setObjectName("confidenceSlider")
        self.confidence_slider.setRange(0, 100)
        self.confidence_slider.valueChanged.connect(self.min_confidence.setValue)
        self.min_confidence.valueChanged.connect(
            lambda v: self._quietly(self.confidence_slider, round(v))
        )
        conf_row = QHBoxLayout()
        conf_row.addWidget(self.confidence_slider)
        conf_row.addWidget(self.min_confidence)
        form.addRow("Min confidence", conf_row)
        self.whitelist = TokenChips("All tokens")
        self.whitelist.setObjectName("whitelist")
        form.addRow("Only tokens", self.whitelist)
        self.blacklist = TokenChips("none")
        self.blacklist.setObjectName("blacklist")
        form.addRow("Never tokens", self.blacklist)
        self.paper = QCheckBox("Paper trading only")
        self.paper.setObjectName("paperOnly")
        form.addRow("", self.paper)
        self.config_error = QLabel()
        self.config_error.setObjectName("configError")
        self.config_error.setStyleSheet("color: #e5534b;")
        self.config_error.setWordWrap(True)
        form.addRow(self.config_error)
        self.apply = QPushButton("Apply…")
        self.apply.setObjectName("applyConfig")
        self.apply.clicked.connect(self._apply)
        form.addRow("", self.apply)
        return box

    def _actions_box(self) -> QGroupBox:
        box = QGroupBox("Actions")
        row = QHBoxLayout()
        self.toggle = QPushButton()
        self.toggle.setObjectName("toggleButton")
        self.toggle.setCheckable(True)
        self.toggle.clicked.connect(self._toggle)
        self.backtest = QPushButton("Backtest…")
        self.backtest.setObjectName("backtestButton")
        self.backtest.clicked.connect(self._backtest)
        self.duplicate = QPushButton("Duplicate…")
        self.duplicate.setObjectName("duplicateButton")
        self.duplicate.clicked.connect(self._duplicate)
        self.archive = QPushButton("Archive…")
        self.archive.setObjectName("archiveButton")
        self.archive.clicked.connect(self._archive)
        self.delete = QPushButton("Delete…")
        self.delete.setObjectName("deleteButton")
        self.delete.clicked.connect(self._delete)
        self.promote = QPushButton("Promote to live…")
        self.promote.setObjectName("promoteButton")
        self.promote.clicked.connect(self._promote)
        for button, image in (
            (self.toggle, "toggle"),
            (self.backtest, "backtest"),
            (self.duplicate, "duplicate"),
            (self.archive, "archive"),
            (self.delete, "delete"),
            (self.promote, "promote"),
        ):
            button.setIcon(icon(image))
            row.addWidget(button)
        self.promotion = QLabel()
        self.promotion.setObjectName("promotionStatus")
        outer = QVBoxLayout(box)
        outer.addLayout(row)
        outer.addWidget(self.promotion)
        return box

    # -- showing -----------------------------------------------------------------------------
    def set_trader(self, trader_id: int | None) -> None:
        self._trader = self._svc.traders.get(trader_id) if trader_id is not None else None
        self.setEnabled(self._trader is not None)
        self.alerts.set_trader(trader_id)
        self.refresh()

    def refresh(self) -> None:
        t = self._trader
        if t is None:
            self.header.setText("<h2>Select a trader</h2>")
            return
        s = t.settings
        badge = "PAPER" if s.paper_only else "LIVE"
        ref = f" · {s.source_ref}" if s.source_ref else ""
        self.header.setText(
            f"<h2>{s.name} <span style='color:#f0b429'>[{badge}]</span></h2>"
            f"<span style='color:#8b949e'>{s.source.value}{ref} · priority {s.priority} · "
            f"{t.status.value}</span>"
        )
        window = self.window_combo.currentText()
        values = self._svc.metrics.trader_metrics(t.id, window).values
        for _name, key, show in PERFORMANCE:
            value = values.get(f"roi_{window}") if key == "roi" else values.get(key)
            label = self.values[key]
            if show is None:  # a count out of a count
                label.setText(f"{value or 0}/{values.get('copied_closed') or 0}")
                continue
            label.setText(show(value))
            if key in (
                "roi",
                "max_drawdown",
                "pnl_contribution_usd",
                "pnl_contribution_pct",
                "var_95",
            ):
                label.setStyleSheet(f"color: {fmt.tone(value).name()}")
        score = values.get("risk_score")
        self.risk.setText("—" if score is None else f"{score:.1f} / 10")
        self.risk.setStyleSheet(f"color: {fmt.risk_colour(score).name()}; font-weight: bold")
        self._show_tokens(values.get("token_distribution") or {})
        self.multiplier.setValue(round(s.multiplier * 100))
        self._preview_size()
        self.max_leverage.setValue(s.max_leverage)
        self.leverage_warning.setVisible(s.max_leverage > 10)
        self.min_confidence.setValue(s.min_confidence * 100)
        self.whitelist.setText(", ".join(sorted(s.whitelist)))
        self.blacklist.setText(", ".join(sorted(s.blacklist)))
        traded = list((values.get("per_token") or {}).keys())
        for chips in (self.whitelist, self.blacklist):
            chips.set_suggestions([*traded, *s.whitelist, *s.blacklist])
        self.paper.setChecked(s.paper_only)
        self.config_error.clear()
        self.toggle.setChecked(s.active)
        self.toggle.setText("Copying ON" if s.active else "Copying OFF")
        self.promote.setEnabled(s.paper_only)
        if s.paper_only:
            status = self._svc.promotion.status(t.id)
            self.promotion.setText(f"Paper record: {status.summary}")
            self.promotion.setStyleSheet(f"color: {'#2fbf71' if status.ready else '#8b949e'}")
        else:
            self.promotion.setText("Live: signals go to the live executor.")
            self.promotion.setStyleSheet("color: #8b949e")

    def _show_tokens(self, shares: dict[str, float]) -> None:
        while self.tokens_layout.count():
            item = self.tokens_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater runs later; hidden now so nothing lingers
                widget.deleteLater()
        if not shares:
            self.tokens_layout.addWidget(QLabel("No trades in this window."))
        for token, share in shares.items():
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(round(share * 1000))
            bar.setFormat(f"{token}  {share * 100:.1f}%")
            self.tokens_layout.addWidget(bar)
        self.tokens_layout.addStretch(1)

    @staticmethod
    def _quietly(slider: QSlider, value: int) -> None:
        """Move a slider to follow its box without echoing the change back."""
        slider.blockSignals(True)
        slider.setValue(value)
        slider.blockSignals(False)

    def _slider_leverage(self, value: int) -> None:
        if self.max_leverage.value() <= 20 or value < 20:  # don't cap a typed 50x at 20x
            self.max_leverage.setValue(value)

    def _preview_size(self) -> None:
        base = self._svc.settings.get().base_size
        m = self.multiplier.value() / 100
        self.size_preview.setText(f"{fmt.times(m)} = {fmt.money(base * m)} per trade")

    # -- acting ------------------------------------------------------------------------------
    def _changes(self) -> dict[str, Any]:
        assert self._trader is not None
        s = self._trader.settings
        wanted: dict[str, Any] = {
            "multiplier": self.multiplier.value() / 100,
            "max_leverage": self.max_leverage.value(),
            "min_confidence": round(self.min_confidence.value() / 100, 4),
            "whitelist": self.whitelist.text(),
            "blacklist": self.blacklist.text(),
            "paper_only": self.paper.isChecked(),
        }
        current = {
            "multiplier": s.multiplier,
            "max_leverage": s.max_leverage,
            "min_confidence": s.min_confidence,
            "whitelist": ", ".join(sorted(s.whitelist)),
            "blacklist": ", ".join(sorted(s.blacklist)),
            "paper_only": s.paper_only,
        }
        return {k: v for k, v in wanted.items() if v != current[k]}

    def _apply(self) -> None:
        if self._trader is None:
            return
        changes = self._changes()
        if not changes:
            self.config_error.setText("Nothing changed.")
            return
        lines = "\n".join(f"• {k.replace('_', ' ')}: {v}" for k, v in changes.items())
        if not self._confirm("Apply these settings?", f"{self._trader.name}\n\n{lines}"):
            return
        self._act(lambda: self._svc.traders.update(self._trader.id, **changes))  # type: ignore[union-attr]

    def _toggle(self) -> None:
        if self._trader is not None:
            self._act(lambda: self._svc.traders.toggle(self._trader.id))  # type: ignore[union-attr]

    def _duplicate(self) -> None:
        if self._trader is None:
            return
        name, ok = QInputDialog.getText(
            self,
            "Duplicate trader",
            "Name of the copy (it starts paused):",
            text=f"{self._trader.name} (copy)",
        )
        if ok:
            self._act(lambda: self._svc.traders.duplicate(self._trader.id, name))  # type: ignore[union-attr]

    def _archive(self) -> None:
        if self._trader is None:
            return
        text = (
            f"Archive {self._trader.name}? New signals stop being copied; its history, "
            "signals and open positions are kept and it can be restored."
        )
        if self._confirm("Archive trader", text):
            self._act(lambda: self._svc.traders.delete(self._trader.id))  # type: ignore[union-attr]

    def _delete(self) -> None:
        if self._trader is None:
            return
        values = self._svc.metrics.trader_metrics(self._trader.id, "all").values
        text = (
            f"Delete {self._trader.name} for good? This removes its settings and history: "
            f"{values.get('trade_count', 0)} trades, {values.get('signal_count', 0)} signals "
            f"with their decisions, {values.get('copied_trades', 0)} of your copied trades "
            "(paper and live records) and its alerts. This cannot be undone — Archive keeps "
            "everything and can be restored."
        )
        if self._confirm("Delete trader for good", text):
            self._act(lambda: self._svc.traders.delete(self._trader.id, purge=True))  # type: ignore[union-attr]

    def _promote(self) -> None:
        if self._trader is None:
            return
        status = self._svc.promotion.status(self._trader.id)
        checks = "\n".join(
            f"{'✓' if c.met else '✗'} {c.name}: {c.actual} (needs {c.required})"
            for c in status.checks
        )
        text = f"{status.summary}\n\n{checks}"
        if not status.ready:
            text += "\n\nThe criteria are not met. Promote anyway?"
        if self._confirm("Promote to live", text):
            self._act(
                lambda: self._svc.promotion.promote(self._trader.id, override=not status.ready)  # type: ignore[union-attr]
            )

    def _backtest(self) -> None:
        if self._trader is None:
            return
        BacktestDialog(self._svc, self._trader, self).exec()
        self._act(lambda: None)  # the dialog may have applied new settings

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _act(self, action: Callable[[], object]) -> None:
        try:
            action()
        except ValidationError as exc:
            self.config_error.setText(str(exc))
            return
        if self._trader is not None:
            try:
                trader = self._svc.traders.get(self._trader.id)
            except NotFoundError:  # deleted for good
                trader = None
            self._trader = trader if trader is not None and trader.archived_at is None else None
        self.refresh()
        self.changed.emit()
