"""Small conversions shared by the schemas."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Annotated, Any

from pydantic import BeforeValidator, Strict


def finite(value: float | None) -> float | None:
    """JSON has no NaN or infinity: an undefined figure is null."""
    if value is None or not math.isfinite(value):
        return None
    return float(value)


def json_safe(value: Any) -> Any:
    """A metric payload (nested dicts, lists, numbers) with every non-finite float as null."""
    if isinstance(value, float):
        return finite(value)
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [json_safe(v) for v in value]
    return value


def _json_integer(value: Any) -> Any:
    """JSON Schema's integer: 3 and 3.0, not true or "3"."""
    if isinstance(value, bool | str):
        raise ValueError("a whole number")
    return value


# JSON types as the OpenAPI document states them: no true for 1, no 1 for true, no "1" for 1.
WHOLE = BeforeValidator(
    _json_integer
)  # after Field(...) in Annotated, so bounds stay in the schema
Int = Annotated[int, WHOLE]
Float = Annotated[float, Strict()]
Bool = Annotated[bool, Strict()]

MAX_ID = 2**63 - 1  # SQLite's largest integer
