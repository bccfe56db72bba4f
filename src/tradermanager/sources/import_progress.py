"""Progress and cancel for long file imports, shared by the readers and the import service.

A reader reports :class:`ImportProgress` values (immutable, so they may cross threads) and
asks ``cancelled()`` every few hundred rows; when it answers True the reader raises
:class:`ImportCancelled`, which the service lets unwind through its transaction so that
nothing of the import is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """``done`` of ``total`` units (bytes while reading, rows or signals while writing)."""

    stage: str
    done: int
    total: int

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total) if self.total > 0 else 0.0


ProgressFn = Callable[[ImportProgress], None]
CancelFn = Callable[[], bool]


class ImportCancelled(Exception):
    """The user cancelled an import; nothing of it was written."""

    def __init__(self, source: str) -> None:
        super().__init__(f"{source}: import cancelled; nothing was imported")


def no_progress(_progress: ImportProgress) -> None:
    """The default progress callback: report nothing."""


def never_cancelled() -> bool:
    return False


class Reporter:
    """Throttled progress and cancel checks for one stage of a reader's loop."""

    def __init__(
        self,
        source: str,
        progress: ProgressFn | None,
        cancelled: CancelFn | None,
        every: int = 500,
    ) -> None:
        self.source = source
        self._progress = progress or no_progress
        self._cancelled = cancelled or never_cancelled
        self._every = every
        self._count = 0

    def check(self) -> None:
        """Raise :class:`ImportCancelled` when the user asked to stop."""
        if self._cancelled():
            raise ImportCancelled(self.source)

    def report(self, stage: str, done: int, total: int) -> None:
        self._progress(ImportProgress(stage, done, total))

    def tick(self, stage: str, done: Callable[[], int], total: int) -> None:
        """Call once per row: every ``every`` rows, check for cancel and report progress."""
        self._count += 1
        if self._count % self._every == 0:
            self.check()
            self.report(stage, done(), total)
