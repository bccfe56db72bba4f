"""The drawdown episodes of the window, deepest first, under a one-line summary from the
snapshot (count, deepest, longest, average recovery, where the trader is now)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tradermanager.ui.details import _format as fmt
from tradermanager.ui.details.episode_model import DEPTH, SORT_ROLE, EpisodeTableModel
from tradermanager.ui.details.selection import Selection
from tradermanager.ui.table_export import install_csv_export


def _days(value: Any) -> str:
    return fmt.DASH if value is None else f"{value:,.0f} days"


class DrawdownsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawdownsTab")
        self.summary = QLabel(" ")
        self.summary.setObjectName("drawdownSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.model = EpisodeTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("episodesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DEPTH, Qt.SortOrder.AscendingOrder)  # deepest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        install_csv_export(self.table, "drawdown-episodes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def load(self, selection: Selection) -> None:
        episodes = selection.services.metrics.drawdown_episodes(
            selection.trader_id, selection.window
        )
        self.show_episodes(episodes, selection.values())

    def clear(self) -> None:
        self.show_episodes([], None)

    def show_episodes(
        self, episodes: Sequence[Mapping[str, Any]], values: Mapping[str, Any] | None
    ) -> None:
        self.model.set_episodes(episodes)
        if values is None:
            self.summary.setText(" ")
        elif not episodes:
            self.summary.setText("Never under water in this window.")
        else:
            self.summary.setText(self._summary(values))

    @staticmethod
    def _summary(values: Mapping[str, Any]) -> str:
        def red(value: float | None) -> str:
            colour = fmt.loss_tone(value)
            text = fmt.signed_pct(value)
            return text if colour is None else f'<span style="color:{colour.name()}">{text}</span>'

        count = int(values.get("drawdown_count") or 0)
        current = values.get("current_drawdown")
        now = f"now {red(current)} below the peak" if current else "now at a peak"
        return (
            f"<b>{count:,}</b> drawdown{'' if count == 1 else 's'} · deepest "
            f"{red(values.get('max_drawdown'))} · average {red(values.get('avg_drawdown'))} · "
            f"longest {_days(values.get('longest_drawdown'))} · average recovery "
            f"{_days(values.get('avg_recovery_time'))} · {now} · under water "
            f"{fmt.share(values.get('underwater_pct'), digits=0)} of days"
        )
