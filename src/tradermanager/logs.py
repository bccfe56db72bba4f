"""Logging to a rotating file in the user's log folder, and crash reports.

An unhandled exception writes a report (traceback, version, platform) next to the log; the
next start finds it, says where it is, and marks it as seen.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import platformdirs

from tradermanager import __version__
from tradermanager.domain.secret_redaction import REDACTOR

APP_NAME = "tradermanager"
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
_HANDLER_NAMES = ("tradermanager-file", "tradermanager-stderr")


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable only by the user: they name traders, channels and file paths."""

    def _open(self) -> io.TextIOWrapper:
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def setup_logging(level: str = "WARNING", folder: Path | None = None) -> Path:
    """Log to ``tradermanager.log`` (rotated at 1 MB, 5 kept) and stderr; returns the file."""
    if level.upper() not in LEVELS:
        raise ValueError(f"--log-level: got {level!r}; allowed: {', '.join(LEVELS)}")
    folder = folder or log_dir()
    _private_folder(folder)
    path = folder / "tradermanager.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.name in _HANDLER_NAMES:
            root.removeHandler(handler)
            handler.close()
    file_handler = _PrivateRotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    stderr_handler = logging.StreamHandler()
    stderr_handler.setFormatter(logging.Formatter("tradermanager: %(levelname)s: %(message)s"))
    stderr_handler.setLevel(logging.ERROR)
    file_handler.set_name(_HANDLER_NAMES[0])
    stderr_handler.set_name(_HANDLER_NAMES[1])
    root.addHandler(file_handler)
    root.addHandler(stderr_handler)
    root.setLevel(level.upper())
    return path


def write_crash_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    folder: Path | None = None,
) -> Path:
    folder = folder or log_dir()
    _private_folder(folder)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = folder / f"crash-{stamp}.txt"
    text = (
        f"tradermanager {__version__} crashed at {stamp}\n"
        f"Python {sys.version.split()[0]} on {platform.platform()}\n\n"
        + "".join(traceback.format_exception(exc_type, exc, tb))
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as report:
        report.write(REDACTOR.mask(text))  # no bot token or SMTP password
    return path


def install_crash_handler(folder: Path | None = None) -> None:
    """Unhandled exceptions are logged and written to a crash report before the app exits."""

    def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logging.getLogger(APP_NAME).critical("unhandled exception", exc_info=(exc_type, exc, tb))
        report = write_crash_report(exc_type, exc, tb, folder)
        sys.stderr.write(f"tradermanager crashed; report written to {report}\n")

    sys.excepthook = handle


def unseen_crash_reports(folder: Path | None = None) -> list[Path]:
    """Crash reports not mentioned yet; each is marked as seen (renamed) when returned."""
    folder = folder or log_dir()
    if not folder.exists():
        return []
    reports = [p for p in sorted(folder.glob("crash-*.txt")) if not p.stem.endswith(".seen")]
    seen = []
    for report in reports:
        target = report.with_name(report.stem + ".seen.txt")
        report.rename(target)
        seen.append(target)
    return seen
