"""Wiring for the desktop app: database, services, scheduler and window."""

from __future__ import annotations

import sys
from pathlib import Path

from tradermanager.services import open_services
from tradermanager.store.errors import StoreError


def run_gui(db: Path | None = None, demo: bool = False, log_level: str = "WARNING") -> int:
    try:
        services = open_services(str(db) if db else None)
    except StoreError as exc:
        sys.stderr.write(f"tradermanager: error: {exc}\n")
        return 1
    try:
        if demo and not services.traders.list():
            services.demo.load()
        sys.stdout.write(
            "The tradermanager window is not part of this build yet. Everything is available "
            "from the command line: run `tradermanager --help`.\n"
            f"Database: {services.store.path}\n"
        )
    finally:
        services.close()
    return 0
