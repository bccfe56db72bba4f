"""Settings → Local API: let a bot on this machine talk to the running window over HTTP
(docs/api.md). Off by default; the server starts with the window, so a change applies at
the next start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.errors import ValidationError
from tradermanager.services import Services

OK_STYLE = "color: #3fb950;"
ERROR_STYLE = "color: #e5534b;"


class ApiSettingsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._svc = services
        current = services.settings.get()
        self.enabled = QCheckBox("Serve the HTTP API from this window, on 127.0.0.1 only")
        self.enabled.setObjectName("apiEnabled")
        self.enabled.setChecked(current.api_enabled)
        self.port = QSpinBox()
        self.port.setObjectName("apiPort")
        self.port.setRange(1024, 65535)
        self.port.setValue(current.api_port)
        explain = QLabel(
            "Every request needs the header Authorization: Bearer <token>. The token is made "
            "on the first start and kept in the file api-token in the app's data folder, "
            "readable only by you. `tradermanager serve` offers the same API without a "
            "window. Endpoints and curl examples: docs/api.md."
        )
        explain.setWordWrap(True)
        box = QGroupBox("Local HTTP API")
        form = QFormLayout(box)
        form.addRow(self.enabled)
        form.addRow("Port", self.port)
        form.addRow(explain)
        self.save = QPushButton("Save")
        self.save.setObjectName("apiSave")
        self.save.clicked.connect(self.apply)
        self.status = QLabel()
        self.status.setObjectName("apiStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.save)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def apply(self) -> None:
        try:
            self._svc.settings.update(
                api_enabled=self.enabled.isChecked(), api_port=self.port.value()
            )
        except ValidationError as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(str(exc))
            return
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText("Saved. It applies the next time the window starts.")
