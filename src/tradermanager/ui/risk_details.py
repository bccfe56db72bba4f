"""Risk details of the selected trader: leverage buckets, tail risk, signal calibration and
the drawdown episodes — the numbers behind the risk score."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from tradermanager.services import Services
from tradermanager.ui import formatting as fmt
from tradermanager.ui.metric_help import HELP

BUCKETS = ("1x-3x", "3x-5x", "5x-10x", "10x+")
CONFIDENCE = ("<60%", "60-70%", "70-80%", "80-90%", "90-100%")
CONFIDENCE_MID = (0.5, 0.65, 0.75, 0.85, 0.95)  # where each bucket is drawn
TAIL = (
    ("VaR 95 (day)", "var_95", fmt.pct),
    ("CVaR 95 (day)", "cvar_95", fmt.pct),
    ("Worst day", "worst_day", fmt.pct),
    ("Tail ratio", "tail_ratio", fmt.number),
    ("Skew", "skew", fmt.number),
    ("Excess kurtosis", "kurtosis", fmt.number),
    ("Liquidation rate", "liquidation_rate", lambda v: fmt.pct(v, signed=False)),
    ("Liquidation risk", "liquidation_risk", lambda v: fmt.pct(v, signed=False)),
)
SIGNALS = (
    ("Accuracy", "signal_accuracy", lambda v: fmt.pct(v, signed=False)),
    ("Avg confidence", "avg_confidence", lambda v: fmt.pct(v, signed=False)),
    ("Brier score", "brier_score", lambda v: fmt.number(v, 3)),
    ("False positives", "false_positive_rate", lambda v: fmt.pct(v, signed=False)),
    ("Median lag", "signal_lag", lambda v: fmt.DASH if v is None else f"{v:,.0f} s"),
    ("Slippage", "execution_slippage", lambda v: fmt.pct(v, digits=3)),
)
EPISODE_COLUMNS = ("Start", "Trough", "Recovered", "Depth", "Days under water", "Trough → back")


def _figures(title: str, rows: tuple[tuple[str, str, Any], ...]) -> tuple[QGroupBox, dict]:
    box = QGroupBox(title)
    grid = QGridLayout(box)
    labels: dict[str, QLabel] = {}
    for i, (name, key, _) in enumerate(rows):
        value = QLabel("—")
        value.setObjectName(f"risk_{key}")
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        caption = QLabel(name)
        caption.setToolTip(HELP.get(key, ""))
        grid.addWidget(caption, i // 2, (i % 2) * 2)
        grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
        labels[key] = value
    return box, labels


class RiskDetails(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskDetails")
        self._svc = services
        self.leverage = pg.PlotWidget(title="Trades per leverage bucket (win rate above)")
        self.leverage.setBackground("#0f1620")
        self.leverage.getAxis("bottom").setTicks([list(enumerate(BUCKETS))])
        self.leverage.setLabel("left", "share of trades %")
        self.calibration = pg.PlotWidget(title="Calibration: win rate per confidence bucket")
        self.calibration.setBackground("#0f1620")
        self.calibration.setRange(xRange=(0.4, 1.0), yRange=(0, 1))
        self.calibration.setLabel("bottom", "stated confidence")
        self.calibration.setLabel("left", "signals that made money")
        tail_box, self.tail = _figures("Tail risk", TAIL)
        signal_box, self.signals = _figures("Signal quality", SIGNALS)
        self.episodes = QTableWidget(0, len(EPISODE_COLUMNS))
        self.episodes.setObjectName("episodesTable")
        self.episodes.setHorizontalHeaderLabels(EPISODE_COLUMNS)
        self.episodes.verticalHeader().hide()
        self.episodes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid = QGridLayout(self)
        grid.addWidget(self.leverage, 0, 0)
        grid.addWidget(self.calibration, 0, 1)
        grid.addWidget(tail_box, 1, 0)
        grid.addWidget(signal_box, 1, 1)
        grid.addWidget(self.episodes, 2, 0, 1, 2)

    def set_trader(self, trader_id: int | None, window: str) -> None:
        self.leverage.clear()
        self.calibration.clear()
        self.episodes.setRowCount(0)
        if trader_id is None:
            return
        values = self._svc.metrics.trader_metrics(trader_id, window).values
        self._leverage(values)
        self._calibration(values)
        for key, label in (*self.tail.items(), *self.signals.items()):
            show = next(s for _, k, s in (*TAIL, *SIGNALS) if k == key)
            label.setText(show(values.get(key)))
        self._episodes(self._svc.metrics.drawdown_episodes(trader_id, window))

    def _leverage(self, values: Mapping[str, Any]) -> None:
        shares = values.get("leverage_frequency") or {}
        wins = values.get("leverage_win_rate") or {}
        heights = [100 * (shares.get(b) or 0.0) for b in BUCKETS]
        self.leverage.addItem(
            pg.BarGraphItem(x=list(range(4)), height=heights, width=0.6, brush="#1f6feb")
        )
        self.leverage.setYRange(0, max(heights) * 1.2 + 1)  # room for the win-rate labels
        for i, bucket in enumerate(BUCKETS):
            label = pg.TextItem(fmt.pct(wins.get(bucket), signed=False), anchor=(0.5, 1))
            label.setPos(i, heights[i])
            self.leverage.addItem(label)

    def _calibration(self, values: Mapping[str, Any]) -> None:
        buckets = values.get("confidence_calibration") or {}
        self.calibration.plot([0.4, 1.0], [0.4, 1.0], pen=pg.mkPen("#8b949e", width=1))
        xs, ys, sizes = [], [], []
        for mid, name in zip(CONFIDENCE_MID, CONFIDENCE, strict=True):
            bucket = buckets.get(name) or {}
            if bucket.get("win_rate") is not None:
                xs.append(mid)
                ys.append(bucket["win_rate"])
                sizes.append(6 + min(bucket["count"], 200) / 10)
        self.calibration.plot(xs, ys, pen=None, symbol="o", symbolSize=sizes, symbolBrush="#f0b429")

    def _episodes(self, episodes: list[dict[str, Any]]) -> None:
        rows = sorted(episodes, key=lambda e: e["depth"])[:50]  # deepest first
        self.episodes.setRowCount(len(rows))
        for r, e in enumerate(rows):
            cells = (
                e["start"],
                e["trough"],
                e["end"] or "ongoing",
                fmt.pct(e["depth"]),
                str(e["days"]),
                fmt.DASH if e["recovery_days"] is None else str(e["recovery_days"]),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                if c == 3:
                    item.setForeground(fmt.LOSS)
                self.episodes.setItem(r, c, item)
