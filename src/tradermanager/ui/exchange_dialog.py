"""Connect the exchange account for live copies: demo or live (or another base URL), the API
key and secret (never shown back, kept only in the OS keyring), and the account's status.

Connecting checks the key against the exchange on a background thread and saves it only when
the exchange accepted it; the dialog shows the balance, margin and position mode and what the
key may do, or says in plain words what went wrong.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tradermanager.domain.errors import ValidationError
from tradermanager.exchange.errors import (
    AuthenticationFailedError,
    ExchangeError,
    ExchangeUnavailableError,
    OutcomeUnknownError,
    RateLimitedError,
)
from tradermanager.services import Services
from tradermanager.services.exchange_account import ExchangeStatus
from tradermanager.services.reconciliation import ReconciliationReport
from tradermanager.ui.worker import error_text, start_task

INTRO = (
    "Live copies are placed on your <b>Binance USD-M futures</b> account. Start with "
    "<b>demo trading</b> (play money, a key made in the demo account). Create the key "
    "<b>without withdrawals</b> and restrict it to your IP; the app only needs futures "
    "trading. The key and the secret are kept only in the OS keyring."
)
# Ⓢ (U+24C8) is missing from many UI fonts: the window writes USD-M, as Binance also does.
SCREEN_NAMES = {"USDⓈ-M": "USD-M"}
FIELD_NAMES = {"api_key": "API key", "secret": "API secret", "url": "URL"}
WARN = "#c0392b"


def plain_error(exc: Exception) -> str:
    """What went wrong, in words a user can act on."""
    if isinstance(exc, ValidationError):
        return f"{FIELD_NAMES.get(exc.field, exc.field)}: expected {exc.allowed}."
    if isinstance(exc, AuthenticationFailedError):
        return (
            "The exchange refused this key. Check that the key and the secret belong together "
            "and to this account (a demo key works only with Demo trading ticked, a live key "
            f"only without), and that futures trading is enabled on it. ({exc})"
        )
    if isinstance(exc, RateLimitedError):
        return f"The exchange asks to wait before the next request: {exc}."
    if isinstance(exc, OutcomeUnknownError):
        return (
            "The exchange did not answer. Check the internet connection (or the URL under "
            f"Advanced) and try again. ({exc})"
        )
    if isinstance(exc, ExchangeUnavailableError | ExchangeError):
        return str(exc)
    return error_text(exc)


def screen_text(text: str) -> str:
    for name, shown in SCREEN_NAMES.items():
        text = text.replace(name, shown)
    return text


def status_html(status: ExchangeStatus) -> str:
    b = status.balance
    rows = [
        ("Exchange", screen_text(f"{status.exchange} ({status.target})")),
        (
            "Balance",
            f"{b.wallet:,.2f} {b.asset} wallet · {b.equity:,.2f} equity · "
            f"{b.available:,.2f} available",
        ),
        ("Margin mode", status.margin_mode),
        ("Position mode", status.position_mode),
        ("Can trade", "yes" if status.can_trade else "NO"),
        ("Can withdraw", "YES" if status.can_withdraw else "no"),
    ]
    table = "".join(
        f"<tr><td style='padding-right:12px'>{escape(k)}</td><td><b>{escape(v)}</b></td></tr>"
        for k, v in rows
    )
    warnings = "".join(f"<p style='color:{WARN}'>⚠ {escape(w)}</p>" for w in status.warnings)
    return f"<table>{table}</table>{warnings}"


def reconciliation_html(report: ReconciliationReport | None) -> str:
    """The last reconciliation in a few lines: clean, what it could not explain, or why it
    could not look."""
    if report is None:
        return ""
    at = f"{report.checked_at:%H:%M} UTC"
    if report.error:
        return (
            f"<p style='color:{WARN}'>Reconciled at {at}: the exchange could not be read — "
            f"{escape(report.error)}</p>"
        )
    copies = f"{report.open_copies} live cop{'y' if report.open_copies == 1 else 'ies'} open"
    lines = [f"<p>Reconciled at {at}: {copies}, {report.positions} position(s) on the exchange."]
    lines += [f"<br>✓ {escape(line)}" for line in report.restored]
    if report.findings:
        lines.append(
            f"<br><span style='color:{WARN}'>⚠ What the app cannot explain (left alone):</span>"
        )
        lines += [f"<br>• {escape(f.message)}" for f in report.findings]
        lines.append(
            "<br><a href='findings'>Exchange findings…</a> keeps them, with when each was "
            "first seen; acknowledge one there."
        )
    else:
        lines.append("<br>Everything on the exchange is explained by the app's records.")
    return "".join(lines) + "</p>"


class ExchangeDialog(QDialog):
    """``connection_changed`` fires after a connect or a forget (the status bar listens)."""

    connection_changed = Signal()
    reconciled = Signal(object)  # a ReconciliationReport from Check status
    findings_requested = Signal()  # the link to the stored findings was clicked

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Exchange account")
        self.setObjectName("exchangeDialog")
        self.setMinimumWidth(640)
        self._svc = services
        self._task: object | None = None

        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.demo = QCheckBox("Demo trading (demo-fapi.binance.com, play money)")
        self.demo.setObjectName("demo")
        self.demo.setChecked(True)
        self.api_key = QLineEdit()
        self.api_key.setObjectName("apiKey")
        self.api_key.setPlaceholderText("the API key the exchange showed")
        self.secret = QLineEdit()
        self.secret.setObjectName("apiSecret")
        self.secret.setPlaceholderText("shown once when the key was created")
        for field in (self.api_key, self.secret):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_secret = QCheckBox("Show")
        self.show_secret.setObjectName("showSecret")
        self.show_secret.toggled.connect(self._toggle_echo)
        self.advanced = QCheckBox("Advanced: connect to another base URL")
        self.advanced.setObjectName("advanced")
        self.url = QLineEdit()
        self.url.setObjectName("url")
        self.url.setPlaceholderText("http://127.0.0.1:8080 (an emulator or a proxy)")
        self.url.setVisible(False)
        self.advanced.toggled.connect(self._toggle_advanced)
        form = QFormLayout()
        form.addRow("", self.demo)
        form.addRow("API key", self.api_key)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.show_secret)
        form.addRow("API secret", secret_row)
        form.addRow("", self.advanced)
        self.url_label = QLabel("URL")
        form.addRow(self.url_label, self.url)
        self.url_label.setVisible(False)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {WARN};")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setObjectName("connectionState")
        self.state.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("accountStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.state)
        panel_layout.addWidget(self.status)
        self.reconciliation = QLabel()
        self.reconciliation.setObjectName("reconciliation")
        self.reconciliation.setWordWrap(True)
        self.reconciliation.setTextFormat(Qt.TextFormat.RichText)
        self.reconciliation.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.reconciliation.linkActivated.connect(lambda _link: self.findings_requested.emit())
        self.reconciliation.setVisible(False)
        panel_layout.addWidget(self.reconciliation)

        self.connect_button = QPushButton("Connect")
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.connect_button.setToolTip("Check the key with the exchange, then keep it")
        self.connect_button.clicked.connect(self.connect_account)
        self.refresh_button = QPushButton("Check status")
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setToolTip(
            "Read the account and match the exchange to the app's records now"
        )
        self.refresh_button.clicked.connect(self.refresh_status)
        self.forget_button = QPushButton("Forget")
        self.forget_button.setObjectName("forgetButton")
        self.forget_button.setToolTip("Delete the key from the OS keyring")
        self.forget_button.clicked.connect(self.forget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(panel)
        layout.addWidget(buttons)
        for field in (self.api_key, self.secret, self.url):
            field.textChanged.connect(self._inputs_changed)
        self._inputs_changed()
        self._show_saved_state()

    # -- state ----------------------------------------------------------------------------------
    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.api_key.setEchoMode(mode)
        self.secret.setEchoMode(mode)

    def _toggle_advanced(self, on: bool) -> None:
        self.url.setVisible(on)
        self.url_label.setVisible(on)
        self.demo.setEnabled(not on)
        self._inputs_changed()

    def _inputs_changed(self) -> None:
        filled = bool(self.api_key.text().strip() and self.secret.text().strip())
        if self.advanced.isChecked():
            filled = filled and bool(self.url.text().strip())
        self.connect_button.setEnabled(filled and not self.busy)
        self._say_problem("")

    def _fit(self) -> None:
        """Grow to show wrapped text in full (a label's height depends on its width)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(max(self.width(), self.minimumWidth()))
        if needed > self.height():
            self.resize(max(self.width(), self.minimumWidth()), needed)

    def _say_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self._fit()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _show_saved_state(self) -> None:
        connected = self._svc.exchange.connected()
        self.forget_button.setEnabled(connected and not self.busy)
        self.refresh_button.setEnabled(connected and not self.busy)
        if connected:
            self.state.setText("A key is saved in the OS keyring. Checking the account…")
            self.refresh_status()
        else:
            self.state.setText(
                "Not connected: enter the key and the secret, then Connect. Nothing is saved "
                "until the exchange accepts them."
            )
            self._clear_status()

    def _set_busy(self, text: str | None) -> None:
        self._task = object() if text else None
        if text:
            self.state.setText(text)
        for widget in (self.connect_button, self.refresh_button, self.forget_button):
            widget.setEnabled(not text)
        if not text:
            self._inputs_changed()
            connected = self._svc.exchange.connected()
            self.forget_button.setEnabled(connected)
            self.refresh_button.setEnabled(connected)

    # -- actions --------------------------------------------------------------------------------
    def connect_account(self) -> None:
        key, secret = self.api_key.text(), self.secret.text()
        demo = self.demo.isChecked() and not self.advanced.isChecked()
        url = self.url.text().strip() if self.advanced.isChecked() else None
        where = url or ("the demo endpoints" if demo else "the LIVE exchange")
        self._set_busy(f"Connecting to {where}…")
        self._task = start_task(
            self,
            self._svc,
            lambda _control: self._svc.exchange.connect(key, secret, demo=demo, url=url),
            self._connected,
            self._connect_failed,
        )

    def _connected(self, status: ExchangeStatus) -> None:
        self._set_busy(None)
        self.api_key.clear()
        self.secret.clear()
        self._say_problem("")
        self._show_status(status, "Connected; the key is in the OS keyring.")
        self.forget_button.setEnabled(True)
        self.refresh_button.setEnabled(True)
        self.connection_changed.emit()

    def refresh_status(self) -> None:
        self._set_busy("Checking the account…")
        self._task = start_task(
            self,
            self._svc,
            lambda _control: (self._svc.exchange.status(), self._svc.reconciliation.run()),
            lambda result: self._status_read(*result),
            self._failed,
        )

    def _status_read(self, status: ExchangeStatus, report: ReconciliationReport | None) -> None:
        self._set_busy(None)
        self._show_status(status, "Connected (key in the OS keyring).")
        self.reconciliation.setText(reconciliation_html(report))
        self.reconciliation.setVisible(report is not None)
        self._fit()
        if report is not None:
            self.reconciled.emit(report)

    def _show_status(self, status: ExchangeStatus, headline: str) -> None:
        self.state.setText(headline)
        self.status.setText(status_html(status))
        self.status.setVisible(True)
        self._fit()

    def _connect_failed(self, exc: Exception) -> None:
        self._set_busy(None)
        self._say_problem(plain_error(exc))
        if self._svc.exchange.connected():
            self.state.setText("The new key was not saved; the key saved before is still in use.")
        else:
            self.state.setText("Not connected: nothing was saved.")
            self._clear_status()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(None)
        self._say_problem(plain_error(exc))
        if not self._svc.exchange.connected():
            self.state.setText("Not connected.")
            self._clear_status()
        else:
            self.state.setText("A key is saved, but the account could not be read.")
            self._clear_status()

    def _clear_status(self) -> None:
        self.status.clear()
        self.status.setVisible(False)
        self.reconciliation.clear()
        self.reconciliation.setVisible(False)
        self._fit()

    def confirm_forget(self) -> bool:
        answer = QMessageBox.question(
            self,
            "Forget the exchange key",
            "Delete the API key and secret from the OS keyring? Live copies stop until you "
            "connect again; positions on the exchange stay as they are (with their stops).",
        )
        return answer == QMessageBox.StandardButton.Yes

    def forget(self) -> None:
        if not self.confirm_forget():
            return
        try:
            self._svc.exchange.forget()
        except ExchangeError as exc:
            self._say_problem(plain_error(exc))
            return
        self._show_saved_state()
        self.connection_changed.emit()
