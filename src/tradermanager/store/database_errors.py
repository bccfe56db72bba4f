"""SQLite's errors as one sentence a user can act on, with the file named.

A read-only file, a full disk, a lock held past the busy timeout and a damaged file each get
their own sentence; anything else keeps SQLite's words. Callers raise :class:`StoreError`
with it, so the CLI prints one line with its exit code and the window one message.
"""

from __future__ import annotations

from pathlib import Path

BUSY_TIMEOUT_SECONDS = 10


def latest_backup(path: Path) -> Path | None:
    """The newest backup made next to ``path`` before a migration (None when there is none)."""
    backups = sorted(
        path.parent.glob(f"{path.stem}.v*.backup{path.suffix or '.sqlite'}"),
        key=lambda p: p.stat().st_mtime,
    )
    return backups[-1] if backups else None


def damaged_message(path: Path, detail: str) -> str:
    """One line: SQLite's integrity report may run over several (one per damaged page)."""
    detail = "; ".join(line.strip() for line in detail.splitlines() if line.strip())
    backup = latest_backup(path)
    where = f"the last backup is {backup}" if backup else "no backup of it was found next to it"
    return (
        f"{path} is damaged ({detail}); it was not opened and nothing was written to it. "
        f"Restore a copy ({where}) or choose another file with --db"
    )


def describe(path: Path, exc: BaseException) -> str:
    text = str(exc)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return (
            f"{path} is read-only: nothing was written (check the file's and its folder's "
            "permissions, or choose another file with --db)"
        )
    if "disk is full" in lowered or "disk full" in lowered:
        return f"the disk holding {path} is full: nothing was written; free some space and retry"
    if "locked" in lowered or "busy" in lowered:
        return (
            f"{path} stayed locked by another program for more than {BUSY_TIMEOUT_SECONDS} s: "
            "nothing was written; close the other program (or tradermanager window) and retry"
        )
    if "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered:
        return damaged_message(path, text)
    return f"database error on {path}: {text}"
