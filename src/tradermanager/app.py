"""Wiring for the desktop app: database, services, scheduler and window; quit in order."""

from __future__ import annotations

import ctypes
import getpass
import hashlib
import importlib.resources
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from tradermanager.jobs.binance_poll import register_binance_poll
from tradermanager.jobs.bridge import JobBridge
from tradermanager.jobs.discover_scan import register_discover_scan
from tradermanager.jobs.notification_delivery import register_notification_delivery
from tradermanager.jobs.paper_refresh import register_paper_refresh
from tradermanager.jobs.price_fetch import register_price_fetch
from tradermanager.jobs.reconciliation import RECONCILE_JOB, register_reconciliation
from tradermanager.jobs.scheduler import AppScheduler
from tradermanager.services import Services, open_services
from tradermanager.services.changes import ChangeWatcher
from tradermanager.store.connection import default_database_path
from tradermanager.store.errors import StoreError
from tradermanager.ui.main_window import MainWindow
from tradermanager.ui.notifications import TrayNotifier
from tradermanager.ui.style import apply_style
from tradermanager.ui.tray import Tray

if TYPE_CHECKING:
    from tradermanager.api.server import ApiServer

log = logging.getLogger(__name__)
RELOAD_DELAY_MS = 500  # commits by other connections within this are one reload


def app_icon() -> QIcon:
    icons = importlib.resources.files("tradermanager.resources") / "icons"
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(icons / f"tradermanager-{size}.png"))
    return icon


def offer_first_steps(window: MainWindow) -> None:
    """An empty database: offer the demo portfolio or a first trader."""
    box = QMessageBox(window)
    box.setWindowTitle("Welcome to tradermanager")
    box.setText(
        "There are no traders yet.\n\nLoad a realistic demo portfolio (six traders, "
        "six months of trades and signals) to look around, or add the first trader you copy."
    )
    demo = box.addButton("Load demo portfolio", QMessageBox.ButtonRole.AcceptRole)
    add = box.addButton("Add first trader", QMessageBox.ButtonRole.ActionRole)
    box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is demo:
        window.load_demo()
    elif box.clickedButton() is add:
        window.add_trader()


def instance_key(db: Path | None) -> str:
    """One running app per database file and user."""
    target = str((db or default_database_path()).resolve())
    digest = hashlib.sha1(target.encode()).hexdigest()[:12]
    return f"tradermanager-{getpass.getuser()}-{digest}"


def bring_forward_running_instance(key: str) -> bool:
    """True when another instance owns ``key``: it was asked to show its window."""
    socket = QLocalSocket()
    socket.connectToServer(key)
    if not socket.waitForConnected(300):
        return False
    socket.write(b"show")
    socket.waitForBytesWritten(300)
    socket.disconnectFromServer()
    return True


def listen_for_other_starts(key: str, window: MainWindow) -> QLocalServer:
    server = QLocalServer(window)
    QLocalServer.removeServer(key)  # a stale socket from a crash
    server.listen(key)

    def show() -> None:
        connection = server.nextPendingConnection()
        if connection is not None:
            connection.deleteLater()
        window.showNormal()
        window.raise_()
        window.activateWindow()

    server.newConnection.connect(show)
    return server


# The libraries Qt's xcb platform plugin loads beyond a basic X11 desktop, with the packages
# that carry them (Debian/Ubuntu, Fedora). Without one, Qt aborts the process with "Could not
# load the Qt platform plugin xcb"; checked before Qt starts, so the user gets one line instead.
X11_LIBRARIES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
}


def missing_x11_libraries() -> list[str]:
    """The libraries of ``X11_LIBRARIES`` the dynamic loader cannot find."""
    missing = []
    for soname in X11_LIBRARIES:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def display_problem() -> str | None:
    """Why a window cannot open here, in words a person can act on (None when it can)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "no display: neither DISPLAY nor WAYLAND_DISPLAY is set. Run tradermanager in a "
            "desktop session, or use the command line (tradermanager --help)."
        )
    x11_only = os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    missing = missing_x11_libraries() if x11_only else []
    if missing:
        debian = " ".join(X11_LIBRARIES[m][0] for m in missing)
        fedora = " ".join(dict.fromkeys(X11_LIBRARIES[m][1] for m in missing))
        return (
            f"Qt needs system libraries to open a window on X11 that are missing here: "
            f"{', '.join(missing)}. Install them (Debian/Ubuntu: sudo apt-get install {debian}; "
            f"Fedora: sudo dnf install {fedora}) and start again."
        )
    return None


PREFERRED_SIZE = (1500, 950)


def fit_to_screen(window: QWidget) -> bool:
    """Size the window for the screen it opens on: the preferred size where it fits, else
    the whole available area. Returns True when the window should open maximised (a
    screen smaller than the preferred size, or a saved size that no longer fits)."""
    screen = window.screen() or QApplication.primaryScreen()
    available = screen.availableGeometry()
    saved = window.size() if window.testAttribute(Qt.WidgetAttribute.WA_Resized) else None
    width, height = PREFERRED_SIZE
    if (
        saved is not None
        and saved.width() <= available.width()
        and saved.height() <= available.height()
    ):
        return False
    if width <= available.width() and height <= available.height():
        window.resize(width, height)
        return False
    window.resize(available.width(), available.height())
    return True


def watch_other_writers(services: Services, bridge: JobBridge, window: MainWindow) -> ChangeWatcher:
    """Another process (``tradermanager serve``, a CLI import) wrote: reload the list, at
    most once per ``RELOAD_DELAY_MS``."""
    watcher = ChangeWatcher(services.store)
    watcher.connect(bridge.database_changed.emit)
    pending = QTimer(window)
    pending.setSingleShot(True)
    pending.setInterval(RELOAD_DELAY_MS)
    pending.timeout.connect(window.reload)
    bridge.database_changed.connect(lambda: pending.isActive() or pending.start())
    watcher.start()
    return watcher


def start_local_api(
    services: Services, watcher: ChangeWatcher, window: MainWindow
) -> ApiServer | None:
    """The HTTP API inside the window (setting ``api_enabled``, off by default), on
    127.0.0.1, so a bot on this machine can talk to the running app. A problem is shown in
    the status bar; the window runs on without the API."""
    settings = services.settings.get()
    if not settings.api_enabled:
        return None
    try:
        from tradermanager.api.auth import default_token_path, load_or_create_token
        from tradermanager.api.events import ActivityFeed, EventHub
        from tradermanager.api.server import ApiServer
    except ImportError as exc:
        message = f"The API needs the optional extra ({exc.name} is missing): pip install '.[api]'"
        window.statusBar().showMessage(message, 30_000)
        return None
    try:
        token = load_or_create_token(default_token_path())
        hub = EventHub()
        watcher.connect(ActivityFeed(services.activity, hub).poll)
        server = ApiServer(services, token, port=settings.api_port, hub=hub)
        server.start()
    except OSError as exc:
        log.warning("local API not started: %s", exc)
        window.statusBar().showMessage(f"The local API did not start: {exc}", 30_000)
        return None
    window.statusBar().showMessage(f"API on http://127.0.0.1:{server.port}", 10_000)
    return server


def run_gui(db: Path | None = None, demo: bool = False, log_level: str = "WARNING") -> int:
    problem = display_problem()
    if problem is not None:
        sys.stderr.write(f"tradermanager: cannot open the window: {problem}\n")
        return 2
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("tradermanager")
    key = instance_key(db)
    if bring_forward_running_instance(key):
        sys.stdout.write("tradermanager is already running; its window was brought forward.\n")
        return 0
    apply_style(app)
    icon = app_icon()
    app.setWindowIcon(icon)
    try:
        services = open_services(str(db) if db else None, check=True)
    except StoreError as exc:
        QMessageBox.critical(None, "tradermanager", str(exc))
        return 1
    bridge = JobBridge()
    scheduler = AppScheduler(
        services, bridge, refresh_minutes=services.settings.get().refresh_minutes
    )
    register_binance_poll(scheduler, services)
    register_discover_scan(scheduler, services, bridge)
    register_price_fetch(scheduler, services)
    register_paper_refresh(scheduler, services, bridge)
    register_notification_delivery(scheduler, services, bridge)
    register_reconciliation(
        scheduler,
        services,
        on_report=bridge.exchange_reconciled.emit,
        on_alert=bridge.alerts_evaluated.emit,
    )
    window = MainWindow(services, bridge, icon)
    ui_settings = QSettings("tradermanager", "tradermanager")
    window.restore_state(ui_settings)
    maximise = fit_to_screen(window)
    listen_for_other_starts(key, window)
    window.data_changed.connect(scheduler.run_soon)
    window.exchange_changed.connect(lambda: scheduler.run_job_soon(RECONCILE_JOB))
    tray = None
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray = Tray(services, window, icon, app.quit, window.flatten_live)
        tray.show()
        window.notifier = TrayNotifier(tray)
        window.close_to_tray = True
        app.setQuitOnLastWindowClosed(False)
    if maximise:
        window.showMaximized()
    else:
        window.show()
    if not services.traders.list(status="active") and not services.traders.list(status="paused"):
        if demo:
            window.load_demo()
        elif not os.environ.get("TRADERMANAGER_SMOKE_QUIT_MS"):
            QTimer.singleShot(0, lambda: offer_first_steps(window))
    # Live Telegram channels (optional extra): credentials are read on the listener's thread;
    # traders added or changed since are picked up every minute.
    scheduler.add_job("watch telegram channels", services.telegram.refresh_channels, minutes=1)
    scheduler.start()
    services.telegram.start(on_new_signals=scheduler.run_soon)
    watcher = watch_other_writers(services, bridge, window)
    api = start_local_api(services, watcher, window)
    smoke = os.environ.get("TRADERMANAGER_SMOKE_QUIT_MS")
    if smoke:  # packaging checks: start, show the window, quit cleanly
        QTimer.singleShot(int(smoke), app.quit)
    code = app.exec()
    window.save_state(ui_settings)
    if api is not None:
        api.stop()
    watcher.stop()
    shutdown(scheduler, services)
    if tray is not None:
        tray.hide()
    return int(code)


def shutdown(scheduler: AppScheduler, services: Services) -> None:
    """Quit in order: stop background work, then close the database."""
    services.telegram.stop()  # before the scheduler: it may still ask for a refresh
    scheduler.shutdown()
    services.close()
