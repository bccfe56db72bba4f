"""The one error body every failing request gets: what was wrong, the value, what is allowed."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    error: str = Field(
        description="validation, conflict, not_found, bad_request, unauthorized or method"
    )
    message: str = Field(description="one sentence a person can act on")
    field: str | None = Field(None, description="the field, parameter or header at fault")
    value: Any = Field(None, description="the value given (as received)")
    allowed: str | None = Field(None, description="what is allowed instead")


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The documented error answers of a route (401 always: every route but ping needs a
    token; 422 always: any body or parameter may be invalid)."""
    descriptions = {
        400: "Malformed request (e.g. a body that is not JSON)",
        401: "Missing or wrong bearer token",
        404: "No such record",
        409: "Conflicts with what is stored (e.g. a name already taken)",
        422: "A field, parameter or body value is not allowed",
    }
    wanted = sorted({400, 401, 422, *codes})
    return {code: {"model": ErrorBody, "description": descriptions[code]} for code in wanted}
