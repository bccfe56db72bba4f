"""The window and ``tradermanager serve`` on one database: each sees the other's writes at
once, cached metrics are dropped for both, and concurrent writes all land."""

from __future__ import annotations

import signal as os_signal
import threading
import time

import httpx
import pytest
from tests.api.conftest import signal
from tests.api.serve_process import start_serve

from tradermanager.services import Services, open_services
from tradermanager.services.changes import ChangeWatcher


@pytest.fixture
def two_processes(tmp_path):
    """(this process's services, as the window has them; the server's URL; its auth)."""
    db, token_file = tmp_path / "shared.sqlite", tmp_path / "api-token"
    window = open_services(str(db))
    process, base = start_serve(db, token_file)
    auth = {"Authorization": f"Bearer {token_file.read_text().strip()}"}
    yield window, base, auth
    process.send_signal(os_signal.SIGTERM)
    process.communicate(timeout=30)
    window.close()


def _wait(predicate, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_each_process_sees_the_others_writes(two_processes):
    window, base, auth = two_processes
    notified = threading.Event()
    watcher = ChangeWatcher(window.store, interval=0.05)
    watcher.connect(notified.set)
    watcher.start()
    try:
        window.traders.add(name="From the window")
        listed = httpx.get(f"{base}/api/traders", headers=auth).json()
        assert [t["name"] for t in listed] == ["From the window"]
        notified.clear()
        httpx.post(f"{base}/api/traders", json={"name": "From the server"}, headers=auth)
        assert notified.wait(5), "the window was not told about the server's write"
        assert sorted(t.name for t in window.traders.list()) == [
            "From the server",
            "From the window",
        ]
    finally:
        watcher.stop()


def test_cached_metrics_are_dropped_for_both(two_processes):
    window: Services = two_processes[0]
    base, auth = two_processes[1], two_processes[2]
    trader = window.traders.add(name="Alice")
    window.metrics.refresh([trader.id])
    cached = window.metrics.summaries(["signal_count"], "all", [trader.id])
    assert cached[trader.id]["signal_count"] == 0
    response = httpx.post(f"{base}/api/signals", json=signal("Alice", 1), headers=auth)
    assert response.status_code == 201
    # the server's write dropped the snapshot the window had cached ...
    assert window.metrics.summaries(["signal_count"], "all", [trader.id]) == {}
    # ... and the history cache behind it, so the window's next refresh counts the signal
    window.metrics.refresh([trader.id])
    assert window.metrics.trader_metrics(trader.id, "all").values["signal_count"] == 1
    served = httpx.get(f"{base}/api/traders/{trader.id}/metrics?window=all", headers=auth)
    assert served.json()["values"]["signal_count"] == 1


def test_concurrent_writes_from_both_all_land(two_processes):
    window, base, auth = two_processes
    trader = window.traders.add(name="Alice")
    errors: list[BaseException] = []

    def window_writes() -> None:
        try:
            for i in range(40):
                window.traders.update(trader.id, notes=f"note {i}")
            window.store.close()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=window_writes)
    thread.start()
    with httpx.Client(base_url=base, headers=auth) as client:
        codes = [
            client.post("/api/signals", json=signal("Alice", i)).status_code for i in range(40)
        ]
    thread.join()
    assert errors == [] and codes == [201] * 40
    assert len(window.pipeline.signals(trader.id)) == 40
    assert window.traders.get(trader.id).settings.notes == "note 39"
