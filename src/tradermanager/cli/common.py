"""Helpers shared by the command handlers: output as JSON or text, settings flags."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable
from typing import Any, TextIO

from tradermanager.cli.output import json_text, terminal_text
from tradermanager.cli.parser import SETTING_FLAGS
from tradermanager.domain.serialize import trader_to_dict
from tradermanager.services import Services

EXIT_NETWORK = 5  # a network source answered nothing usable (or every one a poll asked)


class CommandFailed(Exception):
    """The command ran and printed its report, but failed as a whole: exit with ``code``."""

    def __init__(self, message: str, code: int) -> None:
        self.code = code
        super().__init__(message)


def emit(args: argparse.Namespace, data: Any, text: Callable[[TextIO], object]) -> None:
    """Write ``data`` as JSON or through ``text``; either way nothing unsafe reaches the
    terminal (see :mod:`tradermanager.cli.output`)."""
    if args.json:
        sys.stdout.write(json_text(data) + "\n")
    else:
        buffer = io.StringIO()
        text(buffer)
        sys.stdout.write(terminal_text(buffer.getvalue()))


def changes_from(args: argparse.Namespace) -> dict[str, Any]:
    return {k: getattr(args, k) for k in SETTING_FLAGS if getattr(args, k, None) is not None}


def trader_payload(svc: Services, ref: int | str) -> dict[str, Any]:
    trader = svc.traders.get(ref)
    return trader_to_dict(trader, svc.traders.size_per_trade(trader))


def print_trader(data: dict[str, Any]) -> Callable[[TextIO], None]:
    def show(out: TextIO) -> None:
        width = max(len(k) for k in data)
        for key, value in data.items():
            if key == "history":
                out.write("history:\n")
                for event in value:
                    out.write(f"  {event['at']}  {event['kind']}  {event['detail']}\n")
            else:
                out.write(f"{key.ljust(width)}  {value}\n")

    return show
