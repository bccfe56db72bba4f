"""The bearer token: made on first start, kept in a file only its owner can read (0600)."""

from __future__ import annotations

import logging
import os
import secrets
import stat
from pathlib import Path
from typing import Annotated

import platformdirs
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from tradermanager.api.errors import ApiError

log = logging.getLogger(__name__)

TOKEN_BYTES = 32  # 43 URL-safe characters
MIN_TOKEN_LENGTH = 20


class TokenFileError(OSError):
    """The token file cannot be made or read, or holds no usable token."""


def default_token_path() -> Path:
    return Path(platformdirs.user_data_dir("tradermanager", appauthor=False)) / "api-token"


def load_or_create_token(path: Path) -> str:
    """The token in ``path``; a new random one is written first when the file is missing.
    A file others can read is made private again (the token may be known: rotate it by
    deleting the file)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        token = secrets.token_urlsafe(TOKEN_BYTES)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first: use theirs
            return load_or_create_token(path)
        except OSError as exc:
            raise TokenFileError(f"cannot create the token file {path}: {exc}") from exc
        with os.fdopen(fd, "w") as out:
            out.write(token + "\n")
        return token
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        log.warning("token file %s was readable by others (mode %o); now 0600", path, mode)
        path.chmod(0o600)
    try:
        token = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise TokenFileError(f"cannot read the token file {path}: {exc}") from exc
    if len(token) < MIN_TOKEN_LENGTH or any(c.isspace() for c in token):
        raise TokenFileError(
            f"{path} holds no usable token (at least {MIN_TOKEN_LENGTH} characters, no "
            "spaces); delete it and a new one is made on the next start"
        )
    return token


_bearer = HTTPBearer(auto_error=False, description="the token from the token file")


async def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Every route but ping: ``Authorization: Bearer <token>`` (async: no I/O, so no hop to
    the thread pool)."""
    expected: str = request.app.state.token
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(
            401,
            "unauthorized",
            "this route needs the header Authorization: Bearer <token>",
            field="Authorization",
            allowed="Bearer and the token from the file `tradermanager serve` prints",
        )
    if not secrets.compare_digest(credentials.credentials.encode(), expected.encode()):
        raise ApiError(
            401,
            "unauthorized",
            "wrong token",
            field="Authorization",
            allowed="the token from the file `tradermanager serve` prints",
        )
