"""Whether a trader's source reference fits its source: a Binance lead trader is read by its
encryptedUid (the 32 hex characters in its profile link), a Telegram channel by its @name,
t.me link or numeric chat id. Empty is allowed (nothing is read automatically then)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

_BINANCE_UID = re.compile(r"^[A-Za-z0-9]{8,64}$")  # what the leaderboard poller accepts
_HEX_32 = re.compile(r"^[0-9A-Fa-f]{32}$")
_TELEGRAM = re.compile(r"^@?[A-Za-z][A-Za-z0-9_]{3,31}$")
_TELEGRAM_LINK = re.compile(r"^(https?://)?(t\.me|telegram\.me)/[A-Za-z0-9_+/]+$")
_CHAT_ID = re.compile(r"^-?\d{5,20}$")
KNOWN_PREFIXES = ("demo:", "account:")  # the demo's and an account export's own references

BINANCE_ALLOWED = "the lead trader's encryptedUid (32 hex characters, in its profile link)"
TELEGRAM_ALLOWED = "the channel's @name, its t.me link or its numeric chat id"


def reference_problem(source: str, reference: str) -> str | None:
    """What is wrong with ``reference`` for ``source`` in one sentence, or None."""
    ref = reference.strip()
    if not ref or ref.startswith(KNOWN_PREFIXES) or source == "manual":
        return None
    if source == "binance":
        return _binance_problem(ref)
    if source == "telegram":
        return _telegram_problem(ref)
    return None


def _binance_problem(ref: str) -> str | None:
    if ref.startswith("@") or _TELEGRAM_LINK.match(ref):
        return f"{ref} is a Telegram channel: choose telegram, or give {BINANCE_ALLOWED}."
    if "://" in ref or "binance.com" in ref:
        uid = parse_qs(urlparse(ref).query).get("encryptedUid", [""])[0]
        if uid:
            return f"Give the id alone: {uid} (from the link's encryptedUid=)."
        return f"This link has no encryptedUid; give {BINANCE_ALLOWED}."
    if not _BINANCE_UID.match(ref):
        return f"{ref!r} is not a Binance id; give {BINANCE_ALLOWED}."
    if not _HEX_32.match(ref):
        return f"Binance ids are 32 hex characters ({len(ref)} given); give {BINANCE_ALLOWED}."
    return None


def _telegram_problem(ref: str) -> str | None:
    if _HEX_32.match(ref):
        return (
            "This looks like a Binance encryptedUid: choose the source binance, or give "
            f"{TELEGRAM_ALLOWED}."
        )
    if _TELEGRAM.match(ref) or _TELEGRAM_LINK.match(ref) or _CHAT_ID.match(ref):
        return None
    return f"{ref!r} is not a Telegram channel; give {TELEGRAM_ALLOWED}."
