"""telegram commands: sign in (credentials to the OS keyring), status, forget, listen."""

from __future__ import annotations

import argparse
import getpass
import sys
import threading
import time
from dataclasses import asdict
from typing import Any, TextIO

from tradermanager.cli.common import emit
from tradermanager.cli.output import json_text, terminal_text
from tradermanager.services import Services
from tradermanager.services.telegram_live import LiveOutcome
from tradermanager.sources.telegram_credentials import (
    TelegramUnavailableError,
    keyring_backend_name,
)


def run_telegram(svc: Services, args: argparse.Namespace) -> None:
    if not svc.telegram.available():
        raise TelegramUnavailableError(
            f"live Telegram channels need the optional extra: {svc.telegram.install_hint}"
        )
    {"login": _login, "status": _status, "forget": _forget, "listen": _listen}[args.action](
        svc, args
    )


def _ask(prompt: str) -> str:
    sys.stderr.write(prompt)
    sys.stderr.flush()
    line = sys.stdin.readline()
    if not line:
        raise TelegramUnavailableError(f"no answer to {prompt.strip()!r} (standard input closed)")
    return line.strip()


def _login(svc: Services, args: argparse.Namespace) -> None:
    api_hash = args.api_hash or getpass.getpass("API hash (from my.telegram.org): ")
    if args.session is not None:
        session = sys.stdin.readline().strip() if args.session == "-" else args.session
        svc.telegram.save_credentials(args.api_id, api_hash, session)
    else:
        phone = args.phone
        svc.telegram.sign_in(
            args.api_id,
            api_hash,
            phone=lambda: phone or _ask("Phone number (international format, +…): "),
            code=lambda: _ask("Code Telegram sent you: "),
            password=lambda: getpass.getpass("Two-step verification password: "),
        )
    backend = keyring_backend_name()
    emit(
        args,
        {"saved": True, "keyring": backend},
        lambda out: out.write(
            f"Signed in; the Telegram credentials are in the OS keyring ({backend}).\n"
            "The window listens to your telegram traders' channels while it runs, or run "
            "`tradermanager telegram listen`.\n"
        ),
    )


def _status(svc: Services, args: argparse.Namespace) -> None:
    try:
        saved: bool | None = svc.telegram.has_credentials()
        keyring_problem = ""
    except TelegramUnavailableError as exc:
        saved, keyring_problem = None, str(exc)
    channels, problems = svc.telegram.watched_channels()
    data: dict[str, Any] = {
        "extra_installed": True,
        "keyring": keyring_backend_name(),
        "keyring_problem": keyring_problem,
        "credentials_saved": saved,
        "channels": [
            {
                "trader": c.trader_name,
                "channel": str(c.channel),
                "last_message_id": c.last_message_id,
            }
            for c in channels
        ],
        "problems": problems,
    }

    def text(out: TextIO) -> None:
        out.write(f"keyring: {data['keyring']}\n")
        if keyring_problem:
            out.write(f"credentials: unknown — {keyring_problem}\n")
        elif saved:
            out.write("credentials: saved (signed in)\n")
        else:
            out.write("credentials: none saved — `tradermanager telegram login --api-id N`\n")
        out.write(f"channels of telegram traders: {len(channels)}\n")
        for c in channels:
            last = f"newest message read: {c.last_message_id}" if c.last_message_id else "new"
            out.write(f"  {c.trader_name} ← {c.channel}  ({last})\n")
        for problem in problems:
            out.write(f"  ! {problem}\n")

    emit(args, data, text)


def _forget(svc: Services, args: argparse.Namespace) -> None:
    forgotten = svc.telegram.forget_credentials()
    emit(
        args,
        {"forgotten": forgotten},
        lambda out: out.write(
            "The Telegram credentials were removed from the OS keyring.\n"
            if forgotten
            else "No Telegram credentials were saved.\n"
        ),
    )


def _print_outcome(outcome: LiveOutcome, lock: threading.Lock, as_json: bool) -> None:
    if as_json:
        line = json_text(asdict(outcome), indent=None)
    else:
        copied = (
            f"; {outcome.accepted} accepted, {outcome.rejected} rejected" if outcome.signals else ""
        )
        why = f" — {outcome.reason}" if outcome.reason else ""
        of = f" of {outcome.links_to}" if outcome.links_to else ""
        line = f"{outcome.trader} {outcome.source_id}: {outcome.classification}{of}{why}{copied}"
        line = terminal_text(line).replace("\n", " ")
    with lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def _listen(svc: Services, args: argparse.Namespace) -> None:
    """Listen in the foreground until Ctrl+C (or ``--seconds``), printing each message."""
    lock = threading.Lock()
    svc.telegram.start(on_outcome=lambda o: _print_outcome(o, lock, args.json))
    deadline = time.monotonic() + args.seconds if args.seconds else None
    shown = ("", "")
    try:
        while deadline is None or time.monotonic() < deadline:
            status = svc.telegram.status()
            if status.state == "failed":
                raise TelegramUnavailableError(status.detail)
            if (status.state, status.detail) != shown and status.detail:
                shown = (status.state, status.detail)
                with lock:
                    sys.stderr.write(terminal_text(f"telegram: {status.detail}") + "\n")
                    for problem in status.unresolved:
                        sys.stderr.write(terminal_text(f"telegram: ! {problem}") + "\n")
            time.sleep(0.2)
    except KeyboardInterrupt:
        sys.stderr.write("telegram: stopping…\n")
    finally:
        svc.telegram.stop()
