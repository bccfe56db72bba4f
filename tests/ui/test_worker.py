"""The window's one task runner: results, the exception object itself, progress, cancel, and
the pool thread's database connection released by the services."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from tradermanager.domain.errors import ValidationError
from tradermanager.ui.backtest_dialog import BacktestDialog
from tradermanager.ui.worker import error_text, start_task


def owner(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_result_and_progress_arrive_on_the_gui_thread(qtbot, services):
    gui = threading.current_thread()
    seen: list[object] = []

    def work(control):
        assert threading.current_thread() is not gui
        for k in range(3):
            control.progress((k + 1, 3))
        return {"answer": 42}

    def record(value):
        assert threading.current_thread() is gui
        seen.append(value)

    widget = owner(qtbot)  # the task lives as long as its owner
    start_task(widget, services, work, record, record, on_progress=record)
    qtbot.waitUntil(lambda: {"answer": 42} in seen, timeout=5_000)
    assert seen == [(1, 3), (2, 3), (3, 3), {"answer": 42}]


def test_a_failure_hands_over_the_exception_object(qtbot, services):
    failures: list[Exception] = []

    def work(_control):
        raise ValidationError("multiplier", 9, "0.5 to 2.0")

    widget = owner(qtbot)  # the task lives as long as its owner
    start_task(widget, services, work, lambda _: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    assert isinstance(failures[0], ValidationError) and failures[0].field == "multiplier"
    assert error_text(failures[0]) == "multiplier: got 9; allowed: 0.5 to 2.0"
    assert error_text(KeyError("x")) == "KeyError: 'x'"


def test_cancel_reaches_the_work(qtbot, services):
    started, results = threading.Event(), []

    def work(control):
        started.set()
        for _ in range(1000):  # ten seconds at most, so a failing test cannot hang the run
            if control.cancelled():
                return "stopped"
            threading.Event().wait(0.01)
        return "never cancelled"

    widget = owner(qtbot)  # the task lives as long as its owner
    task = start_task(widget, services, work, results.append, results.append)
    assert started.wait(5)
    assert not task.cancel_requested
    task.cancel()
    qtbot.waitUntil(lambda: results == ["stopped"], timeout=5_000)


def test_the_services_release_the_pool_threads_connection(qtbot, services, monkeypatch):
    released: list[str] = []
    monkeypatch.setattr(
        type(services),
        "release_thread_connection",
        lambda self: released.append(threading.current_thread().name),
    )
    done: list[object] = []
    widget = owner(qtbot)  # the task lives as long as its owner
    start_task(widget, services, lambda _c: services.traders.list(), done.append, done.append)
    qtbot.waitUntil(lambda: bool(done) and bool(released), timeout=5_000)
    assert released[0] != threading.current_thread().name


def test_closing_the_backtest_dialog_cancels_its_run(qtbot, services):
    services.demo.load(3, 60, seed=2)
    dialog = BacktestDialog(services, services.traders.list()[0])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.run_button.click()
    task = dialog._task
    assert task is not None
    dialog.reject()
    assert task.cancel_requested
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)


def test_a_task_outlives_its_deleted_owner_and_drops_its_result(qtbot, services):
    started, release, results = threading.Event(), threading.Event(), []

    def work(control):
        started.set()
        release.wait(5)
        return "late"

    widget = QWidget()
    task = start_task(widget, services, work, results.append, results.append)
    assert started.wait(5)
    widget.deleteLater()
    qtbot.wait(50)  # the owner is gone before the work ends
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=5_000)
    assert results == []
