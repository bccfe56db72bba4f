"""Connect live Telegram channels: API id, API hash and a signed-in session, saved to the OS
keyring (never to the database), with Forget and a status line that follows the listener.

Secrets are never shown back: the fields start empty and the hash and session are masked
unless "Show" is ticked. Validation is the service's, as you type.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.errors import ValidationError
from tradermanager.services import Services
from tradermanager.services.telegram_live import TelegramUnavailableError

INTRO = (
    "Signals posted in the channels of your telegram traders (source reference "
    "<b>@channel</b>) are read as they arrive and go through the copy rules.<br>"
    "API id and hash: <b>my.telegram.org → API development tools</b>. Session: run "
    "<code>tradermanager telegram login --api-id N</code> in a terminal (Telegram sends a code; "
    "it saves everything here), or paste a Telethon <i>StringSession</i>.<br>"
    "They are kept only in the OS keyring."
)
STATE_WORDS = {
    "listening": "Listening",
    "connecting": "Connecting",
    "waiting": "Waiting to reconnect",
    "failed": "Not listening",
    "stopped": "Not listening",
    "unavailable": "Unavailable",
}


class TelegramConnectDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Live Telegram channels")
        self.setObjectName("telegramConnectDialog")
        self.setMinimumWidth(560)
        self._svc = services
        self._service = services.telegram

        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.api_id = QLineEdit()
        self.api_id.setObjectName("apiId")
        self.api_id.setPlaceholderText("e.g. 1234567")
        self.api_hash = QLineEdit()
        self.api_hash.setObjectName("apiHash")
        self.api_hash.setPlaceholderText("32 hexadecimal characters")
        self.session = QLineEdit()
        self.session.setObjectName("session")
        self.session.setPlaceholderText("1Bv… (Telethon StringSession)")
        for secret in (self.api_hash, self.session):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_secrets = QCheckBox("Show")
        self.show_secrets.setObjectName("showSecrets")
        self.show_secrets.toggled.connect(self._toggle_echo)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        form = QFormLayout()
        form.addRow("API id", self.api_id)
        hash_row = QHBoxLayout()
        hash_row.addWidget(self.api_hash, 1)
        hash_row.addWidget(self.show_secrets)
        form.addRow("API hash", hash_row)
        form.addRow("Session", self.session)
        form.addRow("", self.problem)

        self.save_button = QPushButton("Save to keyring")
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.forget_button = QPushButton("Forget")
        self.forget_button.setObjectName("forgetButton")
        self.forget_button.setToolTip("Stop listening and delete the saved credentials")
        self.forget_button.clicked.connect(self.forget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        for edit in (self.api_id, self.api_hash, self.session):
            edit.textChanged.connect(self.validate)
        self._saved: bool | None = None
        self._keyring_problem = ""
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh_status)
        self._load_saved_state()
        self.validate()
        self.refresh_status()
        self._timer.start()

    # -- state ------------------------------------------------------------------------
    def _load_saved_state(self) -> None:
        if not self._service.available():
            for widget in (self.api_id, self.api_hash, self.session, self.show_secrets):
                widget.setEnabled(False)
            self.forget_button.setEnabled(False)
            return
        try:
            self._saved = self._service.has_credentials()
            self._keyring_problem = ""
        except TelegramUnavailableError as exc:
            self._saved, self._keyring_problem = None, str(exc)
        self.forget_button.setEnabled(bool(self._saved))

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.api_hash.setEchoMode(mode)
        self.session.setEchoMode(mode)

    def validate(self) -> bool:
        """Enable Save only for credentials the service accepts; say what is wrong."""
        if not self._service.available():
            self.save_button.setEnabled(False)
            return False
        values = (self.api_id.text(), self.api_hash.text(), self.session.text())
        if not any(v.strip() for v in values):
            self.problem.clear()
            self.save_button.setEnabled(False)
            return False
        try:
            self._service.check_credentials(*values)
        except ValidationError as exc:
            self.problem.setText(f"{_FIELD_NAMES.get(exc.field, exc.field)}: {exc.allowed}.")
            self.save_button.setEnabled(False)
            return False
        except TelegramUnavailableError as exc:
            self.problem.setText(str(exc))
            self.save_button.setEnabled(False)
            return False
        self.problem.clear()
        self.save_button.setEnabled(True)
        return True

    def refresh_status(self) -> None:
        status = self._service.status()
        if status.state == "unavailable":
            self.status.setText(status.detail)
            return
        if self._keyring_problem:
            saved = f"Keyring: {self._keyring_problem}"
        elif self._saved:
            saved = "Credentials saved in the OS keyring."
        else:
            saved = "No credentials saved."
        state = STATE_WORDS.get(status.state, status.state)
        if status.detail.lower().startswith(state.lower()):
            headline = f"<b>{escape(status.detail)}</b>"
        else:
            detail = f" — {escape(status.detail)}" if status.detail else ""
            headline = f"<b>{escape(state)}</b>{detail}"
        lines = [escape(saved), headline]
        if status.channels:
            lines.append(escape("Channels: " + ", ".join(status.channels)))
        lines.extend(escape(f"⚠ {problem}") for problem in status.unresolved)
        if status.messages:
            lines.append(f"{status.messages} message(s) read since the start.")
        self.status.setText("<br>".join(lines))

    # -- actions ------------------------------------------------------------------------
    def save(self) -> None:
        if not self.validate():
            return
        try:
            self._service.save_credentials(
                self.api_id.text(), self.api_hash.text(), self.session.text()
            )
        except (ValidationError, TelegramUnavailableError) as exc:
            self.problem.setText(str(exc))
            return
        for edit in (self.api_id, self.api_hash, self.session):
            edit.clear()
        self._load_saved_state()
        self.problem.clear()
        self.refresh_status()

    def confirm_forget(self) -> bool:
        answer = QMessageBox.question(
            self,
            "Forget Telegram credentials",
            "Stop listening and delete the API id, API hash and session from the OS keyring? "
            "You will have to sign in again to listen.",
        )
        return answer == QMessageBox.StandardButton.Yes

    def forget(self) -> None:
        if not self.confirm_forget():
            return
        try:
            self._service.forget_credentials()
        except TelegramUnavailableError as exc:
            self.problem.setText(str(exc))
            return
        self._load_saved_state()
        self.refresh_status()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)


_FIELD_NAMES = {"api_id": "API id", "api_hash": "API hash", "session": "Session"}
