"""Every failure as one JSON body (``ErrorBody``): the field, the value, what is allowed;
never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.routing import Match

from tradermanager.api.schemas.errors import ErrorBody
from tradermanager.domain.errors import ConflictError, NotFoundError, ValidationError

log = logging.getLogger(__name__)


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        *,
        field: str | None = None,
        value: Any = None,
        allowed: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.body = ErrorBody(
            error=error, message=message, field=field, value=_json_value(value), allowed=allowed
        )


def _json_value(value: Any) -> Any:
    try:
        return jsonable_encoder(value)
    except Exception:
        return repr(value)


def _respond(
    status: int, body: ErrorBody, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _loc(parts: tuple[Any, ...] | list[Any]) -> str | None:
    """("body", "whitelist", 0) → "whitelist[0]"; the section name is left out."""
    out = ""
    for part in parts[1:] if parts and parts[0] in ("body", "query", "path", "header") else parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or (str(parts[0]) if parts else None)


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return _respond(exc.status, exc.body, headers)


async def _validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ValidationError)
    conflict = isinstance(exc, ConflictError)
    body = ErrorBody(
        error="conflict" if conflict else "validation",
        message=str(exc),
        field=exc.field,
        value=_json_value(exc.value),
        allowed=exc.allowed,
    )
    return _respond(409 if conflict else 422, body)


async def _not_found(_: Request, exc: Exception) -> JSONResponse:
    return _respond(404, ErrorBody(error="not_found", message=str(exc).strip("'\"")))


async def _request_validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {}
    if first.get("type") == "json_invalid":
        return _respond(
            400,
            ErrorBody(
                error="bad_request",
                message=f"the body is not valid JSON: {first.get('ctx', {}).get('error', '')}",
                field="body",
                allowed="a JSON document",
            ),
        )
    field = _loc(tuple(first.get("loc", ())))
    message = str(first.get("msg", "invalid input"))
    body = ErrorBody(
        error="validation",
        message=f"{field}: {message}" if field else message,
        field=field,
        value=_json_value(first.get("input")),
        allowed=message,
    )
    return _respond(422, body)


def _methods_of(request: Request) -> list[str]:
    """Every method some route serves at this path (Starlette names only the first route's):
    the request's scope matched again with each method."""
    served = []
    for method in ("GET", "POST", "PUT", "DELETE", "PATCH"):
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] is Match.FULL for route in request.app.router.routes):
            served.append(method)
    return served


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        methods = _methods_of(request)
        body = ErrorBody(
            error="method",
            message=f"{request.method} is not served at {request.url.path}",
            field="method",
            value=request.method,
            allowed=", ".join(methods),
        )
        return _respond(405, body, {"Allow": ", ".join(methods)})
    kind = "not_found" if exc.status_code == 404 else "bad_request"
    return _respond(exc.status_code, ErrorBody(error=kind, message=str(exc.detail)), exc.headers)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
    return _respond(
        500,
        ErrorBody(error="internal", message="internal error; the server's log has the details"),
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(ValidationError, _validation)
    app.add_exception_handler(NotFoundError, _not_found)
    app.add_exception_handler(RequestValidationError, _request_validation)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(Exception, _unexpected)
