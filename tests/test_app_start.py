"""Starting the window: a clear message where no display can be used, one instance per
database, and the first-run offer on an empty database."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from tradermanager import app


@pytest.fixture
def linux_without_display(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_no_display_is_explained(linux_without_display):
    problem = app.display_problem()
    assert problem is not None and "DISPLAY" in problem and "--help" in problem


def test_missing_xcb_libraries_say_what_to_install(linux_without_display):
    linux_without_display.setenv("DISPLAY", ":0")
    absent = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}

    def load(name):
        if name in absent:
            raise OSError(f"{name}: cannot open shared object file")

    linux_without_display.setattr(app.ctypes, "CDLL", load)
    problem = app.display_problem()
    assert problem is not None and "apt-get install" in problem
    assert "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in problem
    assert "xcb-util-cursor xcb-util-wm xcb-util-keysyms" in problem
    assert problem.count("\n") == 0


def test_missing_x11_libraries_are_read_from_the_loader(linux_without_display):
    linux_without_display.setattr(app.ctypes, "CDLL", lambda name: None)
    assert app.missing_x11_libraries() == []


def test_wayland_or_an_explicit_platform_needs_nothing_more(linux_without_display):
    linux_without_display.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert app.display_problem() is None
    linux_without_display.delenv("WAYLAND_DISPLAY")
    linux_without_display.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app.display_problem() is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check is Linux's")
def test_the_command_exits_non_zero_with_the_message_and_no_qt_abort(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "tradermanager", "--db", str(tmp_path / "x.sqlite")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "cannot open the window" in done.stderr and "DISPLAY" in done.stderr
    assert "Aborted" not in done.stderr and "qt.qpa" not in done.stderr


def test_a_second_start_brings_the_running_window_forward(qtbot, tmp_path):
    key = app.instance_key(tmp_path / f"db-{os.getpid()}.sqlite")
    assert app.bring_forward_running_instance(key) is False  # nobody runs yet
    window = QWidget()
    qtbot.addWidget(window)
    server = app.listen_for_other_starts(key, window)  # type: ignore[arg-type]
    try:
        assert not window.isVisible()
        assert app.bring_forward_running_instance(key) is True
        qtbot.waitUntil(window.isVisible, timeout=3000)
    finally:
        server.close()


def test_instance_key_is_per_database_file(tmp_path):
    assert app.instance_key(tmp_path / "a.sqlite") != app.instance_key(tmp_path / "b.sqlite")
    assert app.instance_key(tmp_path / "a.sqlite") == app.instance_key(tmp_path / "a.sqlite")


class FakeWindow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def load_demo(self) -> None:
        self.calls.append("demo")

    def add_trader(self) -> None:
        self.calls.append("add")


@pytest.mark.parametrize(
    ("button", "call"),
    [("Load demo portfolio", ["demo"]), ("Add first trader", ["add"]), ("Later", [])],
)
def test_first_run_offers_the_demo_or_a_first_trader(qtbot, monkeypatch, button, call):
    window = FakeWindow()
    qtbot.addWidget(window)
    seen: set[str] = set()

    def exec_(box: QMessageBox) -> int:
        buttons = {b.text(): b for b in box.buttons()}
        seen.update(buttons)
        monkeypatch.setattr(box, "clickedButton", lambda: buttons[button])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    app.offer_first_steps(window)  # type: ignore[arg-type]
    assert seen == {"Load demo portfolio", "Add first trader", "Later"}
    assert window.calls == call


def test_the_window_opens_at_a_size_that_fits_its_screen(qtbot, services):
    from tradermanager.jobs.bridge import JobBridge
    from tradermanager.ui.main_window import MainWindow

    window = MainWindow(services, JobBridge())
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    maximise = app.fit_to_screen(window)
    assert window.width() <= available.width() and window.height() <= available.height()
    small_screen = available.width() < 1500 or available.height() < 950
    assert maximise == small_screen
    min_size = window.minimumSizeHint()
    assert min_size.width() <= 1366 and min_size.height() <= 768


def test_a_saved_size_that_still_fits_is_kept(qtbot, services):
    from tradermanager.jobs.bridge import JobBridge
    from tradermanager.ui.main_window import MainWindow

    window = MainWindow(services, JobBridge())
    qtbot.addWidget(window)
    window.resize(640, 500)  # as restoreGeometry does
    assert app.fit_to_screen(window) is False
    assert (window.width(), window.height()) == (640, 500)
