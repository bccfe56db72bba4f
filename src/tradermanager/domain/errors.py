"""The one exception type invalid input raises, whatever the caller."""

from __future__ import annotations

from typing import Any


class ValidationError(ValueError):
    """Invalid input: names the field, the value given and what is allowed."""

    def __init__(self, field: str, value: Any, allowed: str) -> None:
        self.field = field
        self.value = value
        self.allowed = allowed
        super().__init__(f"{field}: got {value!r}; allowed: {allowed}")


class ConflictError(ValidationError):
    """Valid on its own, but in conflict with what is stored (e.g. a name already taken)."""


class NotFoundError(LookupError):
    """A trader, signal or other record that does not exist (or no longer does)."""
