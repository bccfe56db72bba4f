"""exchange commands: connect (key and secret to the OS keyring), status, forget.

The key and the secret are never command-line arguments (other users see those in the process
list and shells keep them in history): they are asked without echo on a terminal, or read as
two lines (key, then secret) from standard input when there is none.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TextIO

from tradermanager.cli.common import emit
from tradermanager.cli.exchange_findings import run_findings
from tradermanager.cli.exchange_safety import run_flatten, run_reconcile
from tradermanager.exchange.errors import ExchangeUnavailableError
from tradermanager.services import Services
from tradermanager.services.exchange_account import ExchangeAccountService, ExchangeStatus


def run_exchange(svc: Services, args: argparse.Namespace) -> None:
    if args.action in SAFETY_ACTIONS:
        SAFETY_ACTIONS[args.action](svc, args)
        return
    account = ExchangeAccountService()
    {"connect": _connect, "status": _status, "forget": _forget}[args.action](account, args)


SAFETY_ACTIONS = {"flatten": run_flatten, "reconcile": run_reconcile, "findings": run_findings}


def _read_key_pair() -> tuple[str, str]:
    if sys.stdin.isatty():
        return getpass.getpass("API key: "), getpass.getpass("API secret: ")
    key, secret = sys.stdin.readline(), sys.stdin.readline()
    if not key.strip() or not secret.strip():
        raise ExchangeUnavailableError(
            "expected two lines on standard input: the API key, then the secret"
        )
    return key.strip(), secret.strip()


def _connect(account: ExchangeAccountService, args: argparse.Namespace) -> None:
    key, secret = _read_key_pair()
    status = account.connect(key, secret, demo=args.demo, url=args.url)
    emit(args, {"saved": True, **status.as_dict()}, lambda out: _print(out, status, saved=True))


def _status(account: ExchangeAccountService, args: argparse.Namespace) -> None:
    status = account.status()
    emit(args, status.as_dict(), lambda out: _print(out, status, saved=False))


def _forget(account: ExchangeAccountService, args: argparse.Namespace) -> None:
    removed = account.forget()
    emit(
        args,
        {"forgotten": removed},
        lambda out: out.write(
            "The exchange key was deleted from the OS keyring.\n"
            if removed
            else "No exchange key was saved.\n"
        ),
    )


def _print(out: TextIO, status: ExchangeStatus, *, saved: bool) -> None:
    if saved:
        out.write("Connected; the API key and secret are in the OS keyring.\n")
    b = status.balance
    out.write(
        f"Exchange:        {status.exchange} ({status.target})\n"
        f"Endpoint:        {status.endpoint}\n"
        f"Balance:         {b.wallet:,.2f} {b.asset} wallet, {b.equity:,.2f} equity, "
        f"{b.available:,.2f} available\n"
        f"Margin mode:     {status.margin_mode}\n"
        f"Position mode:   {status.position_mode}\n"
        f"Can trade:       {'yes' if status.can_trade else 'NO'}\n"
        f"Can withdraw:    {'YES' if status.can_withdraw else 'no'}\n"
    )
    for warning in status.warnings:
        out.write(f"WARNING: {warning}\n")
    out.write(
        "Live traders' accepted signals are sent to this account (docs/live.md); make a trader "
        "live with `tradermanager traders update NAME --live`.\n"
    )
