"""Running the API on uvicorn: in the foreground (``tradermanager serve``: SIGTERM and
Ctrl+C stop it cleanly) or on a thread of the desktop app."""

from __future__ import annotations

import contextlib
import ipaddress
import signal
import threading
import time

import uvicorn

from tradermanager.api.app import create_app
from tradermanager.api.events import EventHub
from tradermanager.domain.errors import ValidationError
from tradermanager.services import Services

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8765
SHUTDOWN_GRACE_SECONDS = 5


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_host(host: str, *, allow_remote: bool) -> str | None:
    """Loopback is always fine; anything else needs ``allow_remote`` and gets a warning."""
    if is_loopback(host):
        return None
    if not allow_remote:
        raise ValidationError(
            "host",
            host,
            "127.0.0.1, ::1 or localhost; another address needs --allow-remote",
        )
    return (
        f"the API listens on {host}, not only on this machine: anyone who can reach it and "
        "has the token can manage traders. Put it behind TLS (a reverse proxy) or a VPN."
    )


class ApiServer:
    def __init__(
        self,
        services: Services,
        token: str,
        *,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        hub: EventHub | None = None,
    ) -> None:
        self.hub = hub or EventHub()
        self.app = create_app(services, token, self.hub)
        config = uvicorn.Config(
            self.app,
            host=host,
            port=port,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=SHUTDOWN_GRACE_SECONDS,
            server_header=False,
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The port listened on (the real one when 0 was asked for); 0 before start."""
        for server in getattr(self._server, "servers", []):
            for sock in server.sockets:
                return int(sock.getsockname()[1])
        return 0

    def run(self) -> None:
        """Serve until SIGTERM/SIGINT (main thread only) or :meth:`stop`, then return, so the
        caller can stop its background work in order."""
        if threading.current_thread() is threading.main_thread():
            # uvicorn re-raises the signal after its shutdown; with these handlers that ends
            # nothing, and the caller's clean-up runs.
            for sig in (signal.SIGINT, signal.SIGTERM):
                signal.signal(sig, self._exit_soon)
        self._server.run()

    def _exit_soon(self, _sig: int, _frame: object) -> None:
        self._server.should_exit = True

    def start(self, timeout: float = 10.0) -> None:
        """Serve on a thread; returns once listening. Raises OSError if it could not."""
        self._thread = threading.Thread(target=self._serve_quietly, name="api server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise OSError(
                    f"the API could not listen on {self._server.config.host}:"
                    f"{self._server.config.port} (in use, or not allowed)"
                )
            time.sleep(0.02)

    def _serve_quietly(self) -> None:
        with contextlib.suppress(SystemExit):  # uvicorn exits when it cannot bind
            self._server.run()

    def stop(self) -> None:
        """Close the event streams, stop accepting, wait for requests in flight."""
        self.hub.close()
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(SHUTDOWN_GRACE_SECONDS + 5)
            self._thread = None
