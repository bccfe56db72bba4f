"""Settings: one tab per subject — execution costs and account guards, notifications and the
local API (the other global settings live on the CLI's `settings` command)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from tradermanager.services import Services
from tradermanager.ui.api_settings import ApiSettingsPage
from tradermanager.ui.execution_settings import ExecutionSettingsPage
from tradermanager.ui.notification_settings import NotificationSettingsPage


class SettingsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setObjectName("settingsDialog")
        self.resize(760, 720)
        self.tabs = QTabWidget()
        self.execution = ExecutionSettingsPage(services)
        self.tabs.addTab(self.execution, "Execution")
        self.notifications = NotificationSettingsPage(services)
        self.tabs.addTab(self.notifications, "Notifications")
        self.api = ApiSettingsPage(services)
        self.tabs.addTab(self.api, "Local API")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
