"""Settings → Notifications: the Telegram bot and the e-mail account alerts are sent to.

Secrets go straight to the OS keyring through the service; the fields stay empty once saved
(the placeholder says so). "Send test message" runs off the GUI thread and reports what the
server said. The tray always shows alerts; these channels are chosen per alert rule.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.alert_routing import Channel, QuietHours
from tradermanager.domain.errors import ValidationError
from tradermanager.notify.errors import DeliveryError, NotifyUnavailableError
from tradermanager.services import Services
from tradermanager.services.notifications import KEEP
from tradermanager.ui.worker import error_text, start_task

OK_STYLE = "color: #3fb950;"
ERROR_STYLE = "color: #e5534b;"


class QuietHoursRow(QWidget):
    """A checkbox and two times: non-urgent alerts wait while it is quiet."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox("Hold non-urgent alerts from")
        self.enabled.setObjectName(f"{name}QuietOn")
        self.start = QTimeEdit(QTime(22, 0))
        self.start.setObjectName(f"{name}QuietFrom")
        self.end = QTimeEdit(QTime(7, 0))
        self.end.setObjectName(f"{name}QuietTo")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.start)
        row.addWidget(QLabel("to"))
        row.addWidget(self.end)
        row.addStretch(1)
        self.enabled.toggled.connect(self._sync)
        self._sync(False)

    def _sync(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def set(self, quiet: QuietHours | None) -> None:
        self.enabled.setChecked(quiet is not None)
        if quiet is not None:
            self.start.setTime(QTime(quiet.start.hour, quiet.start.minute))
            self.end.setTime(QTime(quiet.end.hour, quiet.end.minute))

    def values(self) -> tuple[str, str]:
        if not self.enabled.isChecked():
            return "", ""
        return self.start.time().toString("HH:mm"), self.end.time().toString("HH:mm")


class NotificationSettingsPage(QWidget):
    """Both channels with Save, Send test message and Remove each; a time zone for quiet hours."""

    saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationSettings")
        self._svc = services
        self.status: dict[Channel, QLabel] = {}
        self.test_buttons: dict[Channel, QPushButton] = {}
        intro = QLabel(
            "Alerts always appear in the tray (or the window). Telegram and e-mail are chosen "
            "per alert rule in the trader's card. Urgent alerts (liquidations, loss limits, "
            "failed live orders, the kill switch) ignore quiet hours. Setup: docs/alerts.md."
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._telegram_box())
        layout.addWidget(self._email_box())
        zone_row = QHBoxLayout()
        self.timezone = QLineEdit()
        self.timezone.setObjectName("notifyTimezone")
        self.timezone.setPlaceholderText("this computer's time zone (e.g. Europe/Berlin)")
        save_zone = QPushButton("Save time zone")
        save_zone.setObjectName("saveTimezone")
        save_zone.clicked.connect(self._save_zone)
        zone_row.addWidget(QLabel("Quiet hours are in"))
        zone_row.addWidget(self.timezone, 1)
        zone_row.addWidget(save_zone)
        layout.addLayout(zone_row)
        self.zone_status = QLabel()
        layout.addWidget(self.zone_status)
        layout.addStretch(1)
        self.load()

    # -- building ----------------------------------------------------------------------------
    def _telegram_box(self) -> QGroupBox:
        box = QGroupBox("Telegram")
        box.setObjectName("telegramBox")
        self.chat_id = QLineEdit()
        self.chat_id.setObjectName("telegramChatId")
        self.chat_id.setPlaceholderText("e.g. 123456789 (see docs/alerts.md)")
        self.token = QLineEdit()
        self.token.setObjectName("telegramToken")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.base_url = QLineEdit()
        self.base_url.setObjectName("telegramBaseUrl")
        self.base_url.setPlaceholderText("https://api.telegram.org")
        self.telegram_quiet = QuietHoursRow("telegram")
        form = QFormLayout()
        form.addRow("Chat id", self.chat_id)
        form.addRow("Bot token (from @BotFather)", self.token)
        form.addRow("Bot API server", self.base_url)
        form.addRow("Quiet hours", self.telegram_quiet)
        return self._channel_box(box, form, Channel.TELEGRAM)

    def _email_box(self) -> QGroupBox:
        box = QGroupBox("E-mail")
        box.setObjectName("emailBox")
        self.host = QLineEdit()
        self.host.setObjectName("smtpHost")
        self.host.setPlaceholderText("smtp.gmail.com")
        self.port = QSpinBox()
        self.port.setObjectName("smtpPort")
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        self.security.setObjectName("smtpSecurity")
        self.security.addItems(["starttls", "ssl", "none"])
        self.security.currentTextChanged.connect(self._default_port)
        self.user = QLineEdit()
        self.user.setObjectName("smtpUser")
        self.user.setPlaceholderText("login; empty when the server needs none")
        self.password = QLineEdit()
        self.password.setObjectName("smtpPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_address = QLineEdit()
        self.from_address.setObjectName("smtpFrom")
        self.from_address.setPlaceholderText("default: the login, else the first recipient")
        self.to = QLineEdit()
        self.to.setObjectName("smtpTo")
        self.to.setPlaceholderText("me@example.com, other@example.com")
        self.email_quiet = QuietHoursRow("email")
        server = QHBoxLayout()
        server.addWidget(self.host, 1)
        server.addWidget(QLabel("port"))
        server.addWidget(self.port)
        server.addWidget(self.security)
        form = QFormLayout()
        form.addRow("SMTP server", server)
        form.addRow("User", self.user)
        form.addRow("Password", self.password)
        form.addRow("From", self.from_address)
        form.addRow("To", self.to)
        form.addRow("Quiet hours", self.email_quiet)
        return self._channel_box(box, form, Channel.EMAIL)

    def _channel_box(self, box: QGroupBox, form: QFormLayout, channel: Channel) -> QGroupBox:
        name = channel.value
        save = QPushButton("Save")
        save.setObjectName(f"{name}Save")
        save.clicked.connect(lambda: self._save(channel))
        test = QPushButton("Send test message")
        test.setObjectName(f"{name}Test")
        test.clicked.connect(lambda: self.send_test(channel))
        remove = QPushButton("Remove")
        remove.setObjectName(f"{name}Remove")
        remove.clicked.connect(lambda: self._remove(channel))
        status = QLabel()
        status.setObjectName(f"{name}Status")
        status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(test)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(status)
        self.status[channel] = status
        self.test_buttons[channel] = test
        return box

    def _default_port(self, security: str) -> None:
        if self.port.value() in (587, 465, 25):
            self.port.setValue({"starttls": 587, "ssl": 465, "none": 25}[security])

    # -- data --------------------------------------------------------------------------------
    def load(self) -> None:
        settings = self._svc.notifications.settings()
        t, e = settings.telegram, settings.email
        self.chat_id.setText(t.chat_id if t else "")
        self.base_url.setText(t.base_url if t and t.base_url != "https://api.telegram.org" else "")
        self.telegram_quiet.set(t.quiet if t else None)
        if e is not None:
            self.host.setText(e.host)
            self.security.setCurrentText(e.security)
            self.port.setValue(e.port)
            self.user.setText(e.user)
            self.from_address.setText(e.sender)
            self.to.setText(", ".join(e.recipients))
        self.email_quiet.set(e.quiet if e else None)
        self.timezone.setText(settings.timezone)
        for status in self._svc.notifications.statuses():
            saved = status.secret_saved
            field = self.token if status.channel is Channel.TELEGRAM else self.password
            field.clear()
            field.setPlaceholderText(
                "saved in the OS keyring — type to replace"
                if saved
                else ("the OS keyring is not available" if saved is None else "")
            )
            self.test_buttons[status.channel].setEnabled(status.configured)
            self._say(
                status.channel,
                f"Set up: {status.summary}." if status.configured else "Not set up.",
            )

    def _save(self, channel: Channel) -> None:
        try:
            if channel is Channel.TELEGRAM:
                start, end = self.telegram_quiet.values()
                token: Any = self.token.text().strip() or KEEP
                self._svc.notifications.configure_telegram(
                    self.chat_id.text(),
                    token=token,
                    base_url=self.base_url.text() or None,
                    quiet_from=start,
                    quiet_to=end,
                )
            else:
                start, end = self.email_quiet.values()
                password: Any = self.password.text() or KEEP
                self._svc.notifications.configure_email(
                    self.host.text(),
                    port=self.port.value(),
                    security=self.security.currentText(),
                    user=self.user.text(),
                    sender=self.from_address.text(),
                    to=self.to.text(),
                    password=password,
                    quiet_from=start,
                    quiet_to=end,
                )
        except (ValidationError, NotifyUnavailableError) as exc:
            self._say(channel, str(exc), error=True)
            return
        self.load()
        self._say(channel, "Saved; the secret is in the OS keyring. Send a test message.")
        self.saved.emit()

    def _remove(self, channel: Channel) -> None:
        try:
            self._svc.notifications.remove_channel(channel)
        except NotifyUnavailableError as exc:
            self._say(channel, str(exc), error=True)
            return
        self.load()
        self._say(channel, "Removed, with its secret.")

    def _save_zone(self) -> None:
        try:
            zone = self._svc.notifications.set_timezone(self.timezone.text()).timezone
        except ValidationError as exc:
            self.zone_status.setStyleSheet(ERROR_STYLE)
            self.zone_status.setText(str(exc))
            return
        self.zone_status.setStyleSheet(OK_STYLE)
        self.zone_status.setText(f"Quiet hours are read in {zone or 'this computer’s time'}.")

    def send_test(self, channel: Channel) -> None:
        """Send off the GUI thread; the button stays disabled until the answer is in."""
        button = self.test_buttons[channel]
        button.setEnabled(False)
        self._say(channel, "Sending a test message…")
        service = self._svc.notifications

        def work(_control: object) -> tuple[bool, str]:
            try:
                return True, service.send_test(channel)
            except DeliveryError as exc:
                return False, f"Not sent: {exc.reason}"

        def done(result: tuple[bool, str]) -> None:
            button.setEnabled(True)
            ok, text = result
            self._say(channel, text, error=not ok)

        def failed(exc: Exception) -> None:
            button.setEnabled(True)
            self._say(channel, f"Not sent: {error_text(exc)}", error=True)

        start_task(self, self._svc, work, done, failed)

    def _say(self, channel: Channel, text: str, *, error: bool = False) -> None:
        label = self.status[channel]
        label.setStyleSheet(ERROR_STYLE if error else "")
        label.setText(text)
