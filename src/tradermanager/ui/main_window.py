"""The main window: trader list on the left, the selected trader's card and details right."""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tradermanager.jobs.bridge import JobBridge
from tradermanager.services import Services
from tradermanager.services.demo import DemoReport
from tradermanager.ui.add_trader_dialog import AddTraderDialog
from tradermanager.ui.alerts_dialog import AlertsDialog
from tradermanager.ui.compare_dialog import CompareDialog
from tradermanager.ui.details_slot import DetailsArea
from tradermanager.ui.discover import DiscoverWindow
from tradermanager.ui.exchange_dialog import ExchangeDialog
from tradermanager.ui.exchange_findings import ExchangeFindingsDialog
from tradermanager.ui.exchange_status import ExchangeStatusLabel
from tradermanager.ui.icons import icon
from tradermanager.ui.import_flow import ImportFlow
from tradermanager.ui.kill_switch import KillSwitchFlow
from tradermanager.ui.notifications import Notifier, WindowNotifier
from tradermanager.ui.portfolio import PortfolioDialog
from tradermanager.ui.review_queue import ReviewDialog
from tradermanager.ui.settings_dialog import SettingsDialog
from tradermanager.ui.status_message import StatusMessage
from tradermanager.ui.trader_card import TraderCard
from tradermanager.ui.trader_filter import TraderFilter
from tradermanager.ui.trader_list_view import TraderListView
from tradermanager.ui.trader_table_model import (
    ID_ROLE,
    RowUpdate,
    TraderRow,
    TraderTableModel,
    updated_rows,
)
from tradermanager.ui.worker import error_text, one_per_turn, start_task

LIST_KEYS = ("roi_30d", "win_rate", "max_drawdown")


class MainWindow(QMainWindow):
    data_changed = Signal()  # new trades or signals arrived: metrics and alerts should refresh
    metrics_updated = Signal()  # the list shows fresh metrics
    exchange_changed = Signal()  # connected or forgotten: reconcile now

    def __init__(self, services: Services, bridge: JobBridge, icon: QIcon | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("tradermanager")
        if icon is not None:
            self.setWindowIcon(icon)
        self._svc = services
        self._bridge = bridge
        self.discover_window: DiscoverWindow | None = None
        self.findings_window: ExchangeFindingsDialog | None = None
        self._selected: int | None = None
        self.notifier: Notifier = WindowNotifier(self)
        self.close_to_tray = False  # set when a system tray exists
        self._tray_hint_shown = False
        self.actions_by_name: dict[str, QAction] = {}
        self.model = TraderTableModel()
        self.filter = TraderFilter()
        self.filter.setSourceModel(self.model)
        self._build_toolbar()
        self._build_body()
        self.status = QLabel()
        self.status.setObjectName("statusText")
        self.statusBar().addPermanentWidget(self.status)
        self.exchange_state = ExchangeStatusLabel()
        self.exchange_state.linkActivated.connect(
            lambda link: self.show_findings() if link == "findings" else self.show_exchange()
        )
        self.statusBar().addPermanentWidget(self.exchange_state)
        self.message = StatusMessage(self.statusBar())
        self.kill_switch = KillSwitchFlow(services, self)
        self.kill_switch.message.connect(lambda text: self.message.show_message(text, 30_000))
        self.kill_switch.finished.connect(lambda _report: self.reload())
        bridge.exchange_reconciled.connect(self.exchange_state.show_report)
        bridge.exchange_reconciled.connect(lambda _report: self.details.reload_live())
        bridge.metrics_refreshed.connect(lambda _report: self.update_metrics())
        bridge.alerts_evaluated.connect(self._alerts)
        bridge.notifications_delivered.connect(self._delivered)
        bridge.job_failed.connect(
            lambda name, msg: self.message.show_message(f"{name} failed: {msg}", 30_000)
        )
        self.reload()
        self.read_exchange_state()

    # -- building ----------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar("Main")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for text, slot, name, keys, image in (
            ("Add Trader", self.add_trader, "addTrader", "Ctrl+N", "add"),
            ("Refresh metrics", self.refresh_metrics, "refreshMetrics", "F5", "refresh"),
            ("Compare", self.compare, "compareAction", "Ctrl+M", "compare"),
            ("Alerts", self.show_alerts, "alertsAction", "Ctrl+L", "alerts"),
            ("Portfolio", self.show_portfolio, "portfolioAction", "Ctrl+P", "portfolio"),
            ("Discover", self.show_discover, "discoverAction", "Ctrl+D", "discover"),
            ("Settings", self.show_settings, "settingsAction", "Ctrl+,", "settings"),
            ("Review", self.show_review, "reviewAction", "Ctrl+R", "review"),
        ):
            action = QAction(icon(image), text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setToolTip(f"{text} ({keys})")
            action.triggered.connect(slot)
            bar.addAction(action)
            self.actions_by_name[name] = action
        self._build_import_menu(bar)
        self._build_live_menu(bar)
        self.model.checked_changed.connect(self._checked_changed)
        self._checked_changed(0)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Search traders…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter.set_text)
        for text, keys, slot in (
            ("Search", "Ctrl+F", lambda: self.search.setFocus()),
            ("Copying on/off", "Ctrl+T", lambda: self.card.toggle.click()),
            ("Archive", "Del", lambda: self.card.archive.click()),
        ):
            shortcut = QAction(text, self)
            shortcut.setShortcut(QKeySequence(keys))
            shortcut.triggered.connect(slot)
            self.addAction(shortcut)
        self.token_filter = QComboBox()
        self.token_filter.setObjectName("tokenFilter")
        self.token_filter.addItem("All")
        self.token_filter.currentTextChanged.connect(lambda _: self.reload())
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItems(["All", "Active", "Paused", "Paper", "Archived"])
        self.status_filter.currentTextChanged.connect(self._status_changed)
        self.source_filter = QComboBox()
        self.source_filter.setObjectName("sourceFilter")
        self.source_filter.addItems(["All", "Binance", "Telegram", "Manual"])
        self.source_filter.currentTextChanged.connect(self.filter.set_source)

    def _build_filters(self) -> QWidget:
        """Search and filters sit over the list they filter (on the toolbar, a laptop's
        width pushed the last of them off its edge)."""
        row = QWidget()
        row.setObjectName("listFilters")
        layout = QGridLayout(row)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        layout.addWidget(self.search, 0, 0, 1, 6)
        for column, (text, combo) in enumerate(
            (("Token", self.token_filter), ("Status", self.status_filter)),
        ):
            layout.addWidget(QLabel(text), 1, 2 * column)
            layout.addWidget(combo, 1, 2 * column + 1)
        layout.addWidget(QLabel("Source"), 1, 4)
        layout.addWidget(self.source_filter, 1, 5)
        for column in (1, 3, 5):
            layout.setColumnStretch(column, 1)
        return row

    def _build_import_menu(self, bar: QToolBar) -> None:
        """One Import button, second on the bar, with a menu of the formats (Ctrl+I)."""
        self.imports = ImportFlow(self._svc, self)
        self.imports.imported.connect(self._imported)
        action = QAction(icon("import"), "Import", self)
        action.setObjectName("importMenuAction")
        action.setMenu(self.imports.menu)
        action.setShortcut(QKeySequence("Ctrl+I"))
        action.setToolTip("Import a Telegram export or a trade-history file (Ctrl+I)")
        bar.insertAction(self.actions_by_name["refreshMetrics"], action)
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setObjectName("importButton")
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            action.triggered.connect(
                lambda: self.imports.menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
            )
        self.actions_by_name["importMenuAction"] = action
        self.actions_by_name.update(self.imports.actions)

    def _build_live_menu(self, bar: QToolBar) -> None:
        """One Live button, after Review, with the exchange account and the kill switch."""
        menu = QMenu(self)
        menu.setObjectName("liveMenu")
        for text, slot, name, keys, image in (
            ("Exchange account…", self.show_exchange, "exchangeAction", "Ctrl+E", "exchange"),
            (
                "Exchange findings…",
                self.show_findings,
                "findingsAction",
                "Ctrl+Shift+E",
                "exchange",
            ),
            (
                "Kill switch: close all live positions…",
                self.flatten_live,
                "killSwitchAction",
                "Ctrl+Shift+K",
                "flatten",
            ),
        ):
            action = QAction(icon(image), text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setToolTip(f"{text} ({keys})")
            action.triggered.connect(slot)
            menu.addAction(action)
            self.addAction(action)  # the shortcut works while the menu is closed
            self.actions_by_name[name] = action
        live = QAction(icon("exchange"), "Live", self)
        live.setObjectName("liveMenuAction")
        live.setMenu(menu)
        live.setToolTip("Exchange account (Ctrl+E) and kill switch (Ctrl+Shift+K)")
        bar.addAction(live)
        button = bar.widgetForAction(live)
        if isinstance(button, QToolButton):
            button.setObjectName("liveButton")
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.live_menu = menu
        self.actions_by_name["liveMenuAction"] = live

    def _build_body(self) -> None:
        self.table = TraderListView(self.filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.card = TraderCard(self._svc)
        self.card.changed.connect(self.reload)
        self.card.window_combo.currentTextChanged.connect(lambda _: self._show_details())
        self.details = DetailsArea(self._svc)
        if self.details.panel is not None:  # a token blacklisted from the details: new chips
            self.details.panel.trader_changed.connect(
                lambda _: self.card.set_trader(self._selected)
            )
        card_scroll = QScrollArea()
        card_scroll.setObjectName("cardScroll")
        card_scroll.setWidgetResizable(True)
        card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        card_scroll.setWidget(self.card)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("cardDetailsSplitter")
        right.addWidget(card_scroll)
        details_scroll = QScrollArea()  # below the card's fold the details scroll
        details_scroll.setObjectName("detailsScroll")
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setWidget(self.details)
        right.addWidget(details_scroll)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([560, 360])
        self._card_scroll, self._right = card_scroll, right
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self._build_filters())
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.setObjectName("listCardSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 1030])
        self._list_card = splitter
        self._fitted = False
        self._card_height_set_by_user = False
        right.splitterMoved.connect(self._card_height_moved)
        self._refit = QTimer(self)  # one refit per burst of the card's resizes
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._refit_card_height)
        for box in (self.card.config, self.card.actions_box):
            box.installEventFilter(self)
        self.setCentralWidget(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self, self.fit_card)  # not after the window is gone

    def fit_card(self) -> None:
        """Give the card the height its summary, configuration and actions need (details
        below take the rest and scroll), and the list only the width its columns need."""
        total_w = sum(self._list_card.sizes())
        header = self.table.header()
        columns = sum(header.sectionSize(c) for c in range(header.count()) if c != 1)
        names = self.table.sizeHintForColumn(1)  # the trader names, stretched
        card_w = self.card.minimumSizeHint().width() + 24  # + the card's scroll bar
        list_w = max(min(columns + max(names, 120) + 24, total_w - card_w), 320)
        self._list_card.setSizes([list_w, total_w - list_w])
        self._fit_card_height()

    def _fit_card_height(self) -> None:
        total_h = sum(self._right.sizes())
        card_h = self.card.fold_height() + 2 * self._card_scroll.frameWidth()
        card_h = min(card_h, max(total_h - 140, total_h // 2))
        self._right.blockSignals(True)  # not the user's move
        self._right.setSizes([card_h, total_h - card_h])
        self._right.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The configuration or the actions changed height (another trader, a warning
        shown): fit the card again once the layout has settled."""
        if event.type() == QEvent.Type.Resize and watched in (
            self.card.config,
            self.card.actions_box,
        ):
            self._refit.start()
        return super().eventFilter(watched, event)

    def _card_height_moved(self, _pos: int, _index: int) -> None:
        self._card_height_set_by_user = True

    def _refit_card_height(self) -> None:
        """Another trader's card can be taller (a leverage warning, a second row of token
        chips): keep its configuration and actions in view, unless the user has set the
        card's height by dragging the splitter."""
        if self._fitted and not self._card_height_set_by_user:
            self._fit_card_height()

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Rebuild the list from the services (metrics come from cached snapshots)."""
        self._show_review_count()
        self._refresh_tokens()
        token = self.token_filter.currentText()
        token_or_none = None if token == "All" else token
        traders = self._svc.traders.list(token=token_or_none)
        if self.status_filter.currentText() == "Archived":
            traders += self._svc.traders.list(status="archived", token=token_or_none)
        summaries = self._svc.metrics.summaries(LIST_KEYS, "30d", [t.id for t in traders])
        rows = []
        for t in traders:
            values = summaries.get(t.id, {})
            rows.append(
                TraderRow(
                    t.id,
                    t.name,
                    t.status.value,
                    t.settings.paper_only,
                    t.settings.source.value,
                    values.get("roi_30d"),
                    values.get("win_rate"),
                    values.get("max_drawdown"),
                )
            )
        self.model.set_rows(rows)
        active = sum(1 for r in rows if r.status == "active")
        alerts = self._svc.alerts.unacknowledged_count()
        self.actions_by_name["alertsAction"].setText(f"Alerts ({alerts})" if alerts else "Alerts")
        self.status.setText(
            f"{active} active · {len(rows) - active} paused/archived · "
            f"{alerts} unacknowledged alert(s) · db {self._svc.store.path.name}"
        )
        self._select(self._selected)

    def restore_state(self, settings: QSettings) -> None:
        """Window geometry and the last selected trader, as the user left them."""
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        selected = settings.value("window/selected_trader")
        if selected is not None:
            self._select(int(selected))
        else:  # a first start opens on a trader worth seeing, chosen by its data
            self._select(self._svc.demo.showcase())

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("window/geometry", self.saveGeometry())
        if self._selected is not None:
            settings.setValue("window/selected_trader", self._selected)

    def _refresh_tokens(self) -> None:
        """Keep the token filter's choices in step with what traders trade."""
        tokens = ["All", *self._svc.traders.traded_tokens()]
        current = [self.token_filter.itemText(i) for i in range(self.token_filter.count())]
        if tokens != current:
            chosen = self.token_filter.currentText()
            self.token_filter.blockSignals(True)
            self.token_filter.clear()
            self.token_filter.addItems(tokens)
            self.token_filter.setCurrentText(chosen if chosen in tokens else "All")
            self.token_filter.blockSignals(False)

    def update_metrics(self) -> None:
        """Fresh snapshots: the new rows are prepared on a pool thread, then swapped in
        place on the GUI thread (no reset, the selection stays)."""
        rows = self.model.rows()
        ids = [r.id for r in rows]
        start_task(
            self,
            self._svc,
            lambda _: updated_rows(rows, self._svc.metrics.summaries(LIST_KEYS, "30d", ids)),
            self._apply_rows,
            lambda exc: self.statusBar().showMessage(error_text(exc), 15_000),
        )

    def _apply_rows(self, update: RowUpdate) -> None:
        one_per_turn(
            self,
            (
                lambda: self.model.apply_update(update),
                self.card.refresh,
                self.details.refresh,
                self.metrics_updated.emit,
            ),
        )

    def _select(self, trader_id: int | None) -> None:
        """Select ``trader_id`` (the first trader when None); nothing shown when it is not
        in the filtered list."""
        if not self.table.select_trader(trader_id):
            self._selected = None
            self.card.set_trader(None)
            self._show_details()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._selected = indexes[0].data(ID_ROLE) if indexes else None
        self.card.set_trader(self._selected)
        self._show_details()

    def _show_details(self) -> None:
        self.details.set_trader(self._selected, self.card.window_combo.currentText())

    def _status_changed(self, status: str) -> None:
        self.filter.set_status(status)
        self.reload()

    # -- actions -----------------------------------------------------------------------------
    def add_trader(self) -> None:
        dialog = AddTraderDialog(self._svc, self)
        if dialog.exec() and dialog.created is not None:
            self._selected = dialog.created.id
            self.reload()

    def import_telegram(self) -> None:
        self.imports.import_telegram()

    def _imported(self) -> None:
        """An import finished (the report is on screen): new trades and signals to show."""
        self.reload()
        self.data_changed.emit()

    def refresh_metrics(self) -> None:
        self._busy("Refreshing metrics…")
        start_task(
            self, self._svc, lambda _: self._svc.metrics.refresh(), self._finished, self._failed
        )

    def load_demo(self, traders: int = 6, days: int = 180) -> None:
        """The demo portfolio, written on a pool thread; the dialog counts traders done."""
        self._busy("Loading the demo portfolio…")
        start_task(
            self,
            self._svc,
            lambda task: self._svc.demo.load(
                traders, days, progress=lambda done, total: task.progress((done, total))
            ),
            self._demo_loaded,
            self._failed,
            on_progress=lambda step: self._progress_step(*step),
        )

    def _demo_loaded(self, report: DemoReport) -> None:
        """Open on the trader the demo chose by its data: drawdowns and open positions."""
        if report.showcase is not None:
            self._selected = report.showcase
        self._finished(report)
        if self._fitted:  # fitted to an empty list at start: the names need their width now
            QTimer.singleShot(0, self, self.fit_card)

    def _progress_step(self, done: int, total: int) -> None:
        self._progress.setRange(0, total)
        self._progress.setValue(done)
        self._progress.setLabelText(f"Loading the demo portfolio… trader {done} of {total}")

    def _finished(self, _result: object) -> None:
        self._idle()
        self.reload()
        self.data_changed.emit()

    def _alerts(self, report: object) -> None:
        """The tray shows the same words Telegram and e-mail get."""
        fired = getattr(report, "fired", ())
        notices = getattr(report, "notices", ())
        for notice in notices:
            self.notifier.notify(notice.title, notice.text)
        for event in fired[len(notices) :]:
            self.notifier.notify(f"Alert: {event.trader_name}", event.message)
        if fired:
            self.reload()

    def _delivered(self, report: object) -> None:
        """A message that could not be sent is said at once; the Alerts window has the list."""
        failed = getattr(report, "failed", ())
        if failed:
            first = failed[0]
            more = f" (+{len(failed) - 1} more)" if len(failed) > 1 else ""
            self.statusBar().showMessage(
                f"{first.channel.value} alert not sent: {first.last_error}{more} — Alerts → "
                "Deliveries",
                60_000,
            )

    def read_exchange_state(self) -> None:
        """Whether an exchange is connected (the keyring may be slow: read off the GUI
        thread); reconciliation's reports take over from there."""
        start_task(
            self,
            self._svc,
            lambda _control: self._svc.exchange.connected(),
            lambda connected: (
                self.exchange_state.show_connected()
                if connected
                else self.exchange_state.show_disconnected()
            ),
            lambda _exc: self.exchange_state.show_disconnected(),
        )

    def show_exchange(self) -> None:
        dialog = ExchangeDialog(self._svc, self)
        dialog.connection_changed.connect(self.read_exchange_state)
        dialog.connection_changed.connect(self.exchange_changed)
        dialog.reconciled.connect(self.exchange_state.show_report)
        dialog.findings_requested.connect(self.show_findings)
        dialog.open()

    def show_findings(self) -> None:
        """What reconciliation could not explain; one window, refreshed after every pass."""
        if self.findings_window is None:
            self.findings_window = ExchangeFindingsDialog(self._svc, self)
            self.findings_window.acknowledged.connect(self.exchange_state.acknowledge)
            self._bridge.exchange_reconciled.connect(self.findings_window.reload)
        else:
            self.findings_window.reload()
        self.findings_window.show()
        self.findings_window.raise_()

    def flatten_live(self, trader_id: int | None = None) -> None:
        """The kill switch: asks with the list of what will be closed, then closes."""
        chosen = trader_id if type(trader_id) is int else None  # a toolbar passes `checked`
        self.kill_switch.start(chosen)

    def show_settings(self) -> None:
        SettingsDialog(self._svc, self).exec()

    def _checked_changed(self, count: int) -> None:
        action = self.actions_by_name["compareAction"]
        action.setEnabled(2 <= count <= 6)
        action.setText(f"Compare ({count})" if count else "Compare")
        action.setToolTip("Tick 2 to 6 traders in the list to compare them side by side.")

    def compare(self) -> None:
        ids = sorted(self.model.checked)
        if 2 <= len(ids) <= 6:
            CompareDialog(self._svc, ids, self).exec()

    def show_alerts(self) -> None:
        AlertsDialog(self._svc, self).exec()
        self.reload()

    def show_review(self) -> None:
        """Messages the parser would not copy blind: correct and accept, or dismiss."""
        dialog = ReviewDialog(self._svc, self)
        dialog.changed.connect(self.reload)
        dialog.exec()
        self._show_review_count()

    def _show_review_count(self) -> None:
        waiting = self._svc.review.count()
        action = self.actions_by_name["reviewAction"]
        action.setText(f"Review ({waiting})" if waiting else "Review")
        action.setToolTip(f"{waiting} message(s) wait for review (Ctrl+R)")

    def show_portfolio(self) -> None:
        """Everything I copy, together; applied multipliers show in the list and card."""
        dialog = PortfolioDialog(self._svc, self)
        dialog.applied.connect(self.reload)
        self._bridge.exchange_reconciled.connect(dialog.reload_live)  # its live rows follow
        dialog.exec()
        self._bridge.exchange_reconciled.disconnect(dialog.reload_live)
        dialog.release()

    def show_discover(self) -> None:
        """Candidates worth copying; one window, kept open beside this one."""
        if self.discover_window is None:
            self.discover_window = DiscoverWindow(self._svc, self)
            self.discover_window.trader_added.connect(self._trader_added)
            self._bridge.discover_scanned.connect(self._discover_scanned)
        self.discover_window.show()
        self.discover_window.raise_()

    def _discover_scanned(self, _report: object) -> None:
        if self.discover_window is not None and self.discover_window.isVisible():
            self.discover_window.reload()

    def _trader_added(self, trader_id: int) -> None:
        self._selected = trader_id
        self.reload()
        self.data_changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """With a tray, closing hides the window and the app keeps watching."""
        if not self.close_to_tray:
            event.accept()
            return
        event.ignore()
        self.hide()
        if not self._tray_hint_shown:
            self._tray_hint_shown = True
            self.notifier.notify(
                "tradermanager is still running",
                "Alerts keep coming here; use the tray menu to show the window or quit.",
            )

    def _busy(self, text: str) -> None:
        self._progress = QProgressDialog(text, "", 0, 0, self)
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)

    def _idle(self) -> None:
        self._progress.close()

    def _failed(self, exc: Exception) -> None:
        self._idle()
        QMessageBox.warning(self, "tradermanager", error_text(exc))
