"""Loopback stand-ins for the Telegram Bot API and an SMTP server, and a file keyring.

The Bot API answers are shaped as the real one answers (https://core.telegram.org/bots/api,
"Making requests"): ``{"ok": true, "result": Message}`` on success; ``{"ok": false,
"error_code", "description"}`` on failure, with ``parameters.retry_after`` on a 429 and
``parameters.migrate_to_chat_id`` for a group that became a supergroup; an HTML page from the
front proxy on a 502. Each request's behaviour is scripted; a message counts as delivered
only when the server answered it with ``ok``.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import keyring.backend
import keyring.errors
from jaraco.classes import properties

TOKEN = "7000000001:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"  # shaped like a BotFather token
CHAT_ID = "123456789"
BOT = {"id": 7000000001, "is_bot": True, "first_name": "Desk alerts", "username": "desk_alerts_bot"}

CHAT_NOT_FOUND = (
    400,
    {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"},
)
UNAUTHORIZED = (401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
BLOCKED = (
    403,
    {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"},
)
SERVER_ERROR = (500, {"ok": False, "error_code": 500, "description": "Internal Server Error"})
NGINX_502 = [
    "<html><head><title>502 Bad Gateway</title></head><body>",
    "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.18.0</center></body></html>",
]
BAD_GATEWAY = (502, "".join(NGINX_502))
UPGRADED = (
    400,
    {
        "ok": False,
        "error_code": 400,
        "description": "Bad Request: group chat was upgraded to a supergroup chat",
        "parameters": {"migrate_to_chat_id": -1001234567890},
    },
)


def too_many(seconds: int) -> tuple[int, dict[str, Any]]:
    return (
        429,
        {
            "ok": False,
            "error_code": 429,
            "description": f"Too Many Requests: retry after {seconds}",
            "parameters": {"retry_after": seconds},
        },
    )


HANG = "hang"  # accept the connection and never answer (a timeout for the client)


@dataclass
class BotApi:
    """Scripted answers, in order; once the script is used up every request succeeds."""

    script: list[Any] = field(default_factory=list)
    requests: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (method, body)
    delivered: list[str] = field(default_factory=list)  # texts answered with ok
    release: threading.Event = field(default_factory=threading.Event)
    stalled: threading.Event = field(default_factory=threading.Event)
    stall_at: int | None = None  # the n-th sendMessage (1-based) stalls
    lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""

    def answer(self, method: str, body: dict[str, Any]) -> Any:
        with self.lock:
            self.requests.append((method, body))
            step = self.script.pop(0) if self.script else None
            if step is None and method == "sendMessage":
                self.delivered.append(body["text"])
                n = len(self.delivered)
                return 200, {
                    "ok": True,
                    "result": {
                        "message_id": n,
                        "from": BOT,
                        "chat": {
                            "id": int(body["chat_id"]),
                            "first_name": "Ann",
                            "type": "private",
                        },
                        "date": 1767000000 + n,
                        "text": body["text"],
                    },
                }
            if step is None:
                return 200, {"ok": True, "result": BOT}
            return step


def _handler(api: BotApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            _, _, method = self.path.rpartition("/")
            token = self.path.split("/")[1].removeprefix("bot")
            sends = sum(1 for m, _ in api.requests if m == "sendMessage")
            if api.stall_at is not None and method == "sendMessage" and sends + 1 == api.stall_at:
                api.stall_at = None
                api.stalled.set()
                api.release.wait(30)
                return  # the request was never read: nothing was delivered
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            if token != TOKEN:
                self._send(401, UNAUTHORIZED[1])
                api.requests.append((method, body))
                return
            answer = api.answer(method, body)
            if answer == HANG:
                api.release.wait(30)
                return
            self._send(*answer)

        def _send(self, status: int, payload: Any) -> None:
            data = payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
            kind = "text/html" if isinstance(payload, str) else "application/json"
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@contextlib.contextmanager
def bot_api_server() -> Iterator[BotApi]:
    api = BotApi()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(api))
    server.daemon_threads = True
    api.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield api
    finally:
        api.release.set()
        server.shutdown()
        server.server_close()


# -- SMTP ------------------------------------------------------------------------------------

SMTP_USER = "desk@example.com"
SMTP_PASSWORD = "app-password-9f3k2LmQ"


@dataclass
class Mailbox:
    messages: list[Any] = field(default_factory=list)  # email.message.EmailMessage
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    port: int = 0


class _Handler:
    def __init__(self, box: Mailbox) -> None:
        self.box = box

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        from email import message_from_bytes, policy

        self.box.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        self.box.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"


def self_signed_cert(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@contextlib.contextmanager
def smtp_server(
    *, login: bool = False, tls: Any = None, implicit_tls: bool = False
) -> Iterator[Mailbox]:
    """An aiosmtpd server on loopback. ``login``: AUTH with SMTP_USER/SMTP_PASSWORD required;
    ``tls`` an ssl.SSLContext for STARTTLS, or (``implicit_tls``) for SMTP over SSL."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    box = Mailbox()

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth: Any) -> Any:
        ok = auth.login.decode() == SMTP_USER and auth.password.decode() == SMTP_PASSWORD
        if ok:
            box.logins.append(auth.login.decode())
        return AuthResult(success=ok, handled=False)

    kwargs: dict[str, Any] = {}
    if login:
        kwargs.update(
            authenticator=authenticator,
            auth_required=True,
            auth_require_tls=tls is not None and not implicit_tls,
        )
    if tls is not None and not implicit_tls:
        kwargs.update(tls_context=tls, require_starttls=True)
    with socket.socket() as probe:  # aiosmtpd's Controller needs a port number, not 0
        probe.bind(("127.0.0.1", 0))
        box.port = probe.getsockname()[1]
    controller = Controller(
        _Handler(box),
        hostname="127.0.0.1",
        port=box.port,
        ssl_context=tls if implicit_tls else None,
        server_hostname="localhost",
        ready_timeout=10,
        **kwargs,
    )
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


# -- a keyring of the tests' own ----------------------------------------------------------------


class FileKeyring(keyring.backend.KeyringBackend):
    """A keyring in a JSON file named by TM_TEST_KEYRING, so a child process sees it too;
    selected in a child with PYTHON_KEYRING_BACKEND=notify_servers.FileKeyring."""

    @properties.classproperty
    def priority(cls) -> float:
        """Only a candidate for keyring's own choice where a test named the file: keyring
        looks at every backend class loaded, and this one is loaded by many tests."""
        if "TM_TEST_KEYRING" not in os.environ:
            raise RuntimeError("TM_TEST_KEYRING is not set")
        return 1

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = Path(path or os.environ["TM_TEST_KEYRING"])

    def _read(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if data.pop(f"{service}/{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self.path.write_text(json.dumps(data))
