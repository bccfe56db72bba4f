"""Risk: one-day VaR/CVaR 95 of the combined daily P&L, drawdowns, and what each trader
adds — to the P&L (USD and share) and to the variance of the combined daily P&L."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tradermanager.services.portfolio import PortfolioSummary
from tradermanager.ui import formatting as fmt
from tradermanager.ui.details import _format as dfmt
from tradermanager.ui.details.figures import Figure, FigureGrid
from tradermanager.ui.portfolio import cells
from tradermanager.ui.portfolio.tables import Cell, PortfolioTable


def _signed_money(value: float | None) -> str:
    return fmt.money(value, signed=True)


FIGURES = (
    Figure(
        "var_95",
        "VaR 95 % (one day)",
        _signed_money,
        dfmt.gain_loss,
        "On one day in twenty, all my copies together lose at least this much.",
    ),
    Figure(
        "cvar_95",
        "CVaR 95 % (one day)",
        _signed_money,
        dfmt.gain_loss,
        "Average combined P&L of the worst 5 % of days.",
    ),
    Figure(
        "var_95_pct",
        "VaR 95 % of capital",
        fmt.pct,
        dfmt.gain_loss,
        "VaR as a share of my capital (setting my_capital).",
    ),
    Figure(
        "cvar_95_pct",
        "CVaR 95 % of capital",
        fmt.pct,
        dfmt.gain_loss,
        "CVaR as a share of my capital.",
    ),
    Figure(
        "total_pnl",
        "Total P&L",
        _signed_money,
        dfmt.gain_loss,
        "Realized P&L of every closed copy, all traders.",
    ),
    Figure(
        "max_drawdown",
        "Max drawdown",
        fmt.pct,
        dfmt.loss_tone,
        "Deepest fall of the combined equity below its peak.",
    ),
    Figure(
        "current_drawdown",
        "Current drawdown",
        fmt.pct,
        dfmt.loss_tone,
        "How far the combined equity is below its peak now.",
    ),
    Figure(
        "combined_leverage",
        "Combined leverage",
        fmt.times,
        dfmt.above_tone(1.0, 3.0),
        "Open notional of all copies ÷ my capital.",
    ),
)
HEADERS = (
    "Trader",
    "Multiplier",
    "Closed copies",
    "Open",
    "Open notional",
    "P&L",
    "P&L share",
    "Risk share",
)
NOTE = (
    "Daily P&L of every closed copy, booked on its close day (UTC). P&L share = the trader's "
    "P&L ÷ |total|. Risk share = cov(trader's daily P&L, combined) ÷ var(combined): the "
    "shares add up to 100 %; a negative share is a hedge."
)


class RiskTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioRiskTab")
        self.figures = FigureGrid(FIGURES, columns=4)
        note = QLabel(NOTE)
        note.setWordWrap(True)
        self.table = PortfolioTable("contributionsTable", HEADERS, "portfolio-contributions")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.figures)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)

    def show_summary(self, s: PortfolioSummary) -> None:
        self.figures.show_values({f.key: getattr(s, f.key) for f in FIGURES})
        self.table.set_rows(
            [
                [
                    Cell.label(c.name),
                    cells.times(c.multiplier),
                    cells.count(c.closed_copies),
                    cells.count(c.open_positions),
                    cells.money(c.open_notional),
                    cells.money(c.pnl, signed=True, tone=True),
                    cells.share(c.pnl_share, signed=True, tone=True),
                    cells.share(c.risk_share),
                ]
                for c in s.contributions
            ]
        )
