"""The tray icon: Show/Hide, Pause all (confirmed), Resume all, the kill switch (confirmed
with the list of what it closes), recent alerts, Quit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QSystemTrayIcon

from tradermanager.services import Services


class Tray(QSystemTrayIcon):
    def __init__(
        self,
        services: Services,
        window: QMainWindow,
        icon: QIcon,
        quit_app: Callable[[], None],
        flatten: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(icon, window)
        self._svc = services
        self._window = window
        self.menu = QMenu()
        self.toggle_window = QAction("Hide window", self.menu)
        self.toggle_window.triggered.connect(self.show_or_hide)
        self.pause_all = QAction("Pause all traders…", self.menu)
        self.pause_all.triggered.connect(self.confirm_pause_all)
        self.resume_all = QAction("Resume all traders", self.menu)
        self.resume_all.triggered.connect(lambda: self._report(self._svc.traders.resume_all()))
        self.flatten = QAction("Kill switch: close all live positions…", self.menu)
        self.flatten.setObjectName("trayKillSwitch")
        self.flatten.setVisible(flatten is not None)
        self._flatten = flatten
        self.flatten.triggered.connect(self._flatten_from_tray)
        self.alerts_menu = QMenu("Recent alerts", self.menu)
        self.quit = QAction("Quit", self.menu)
        self.quit.triggered.connect(quit_app)
        for item in (self.toggle_window, self.pause_all, self.resume_all, self.flatten):
            self.menu.addAction(item)
        self.menu.addMenu(self.alerts_menu)
        self.menu.addSeparator()
        self.menu.addAction(self.quit)
        self.menu.aboutToShow.connect(self.refresh)
        self.setContextMenu(self.menu)
        self.activated.connect(
            lambda reason: (
                self.show_or_hide() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
            )
        )
        self.refresh()

    def refresh(self) -> None:
        unread = self._svc.alerts.unacknowledged_count()
        self.setToolTip(f"tradermanager — {unread} unacknowledged alert(s)")
        self.toggle_window.setText("Hide window" if self._window.isVisible() else "Show window")
        self.alerts_menu.clear()
        events = self._svc.alerts.events(limit=8)
        for event in events:
            self.alerts_menu.addAction(f"{event.fired_at:%m-%d %H:%M}  {event.message}")
        if not events:
            self.alerts_menu.addAction("No alerts yet").setEnabled(False)

    def show_or_hide(self) -> None:
        if self._window.isVisible():
            self._window.hide()
        else:
            self._bring_forward()
        self.refresh()

    def _flatten_from_tray(self) -> None:
        if self._flatten is not None:
            self._bring_forward()
            self._flatten()

    def _bring_forward(self) -> None:
        """The kill switch asks in the window: show it first."""
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def confirm_pause_all(self) -> None:
        answer = QMessageBox.question(
            None,
            "Pause all traders",
            "Stop copying new signals from every trader? Open positions stay open.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._report(self._svc.traders.pause_all())

    def _report(self, names: list[str]) -> None:
        self.showMessage("tradermanager", ", ".join(names) or "Nothing to change.")
        self.refresh()
