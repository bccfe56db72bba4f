"""Where alerts are shown: desktop notifications through the tray, or the window itself.

A small interface so the tray can be replaced by a fake in tests (the offscreen platform has
no system tray) and so the app keeps working on desktops without one.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon


class Notifier(Protocol):
    def notify(self, title: str, message: str) -> None: ...


class TrayNotifier:
    def __init__(self, tray: QSystemTrayIcon) -> None:
        self._tray = tray

    def notify(self, title: str, message: str) -> None:
        self._tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Warning, 15_000)


class WindowNotifier:
    """No tray: alerts appear in the window's status bar."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window

    def notify(self, title: str, message: str) -> None:
        self._window.statusBar().showMessage(f"{title}: {message}", 60_000)
