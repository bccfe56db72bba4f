"""The one exception type invalid input raises, whatever the caller."""

from __future__ import annotations

from collections.abc import Sequence
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


MAX_LISTED_ERRORS = 50


class BadRowsError(ValidationError):
    """Several rows (or messages) of one file are bad. Every one is listed, up to
    :data:`MAX_LISTED_ERRORS` and a count of the rest, so that a file can be fixed in one
    pass; nothing of the file was written."""

    def __init__(self, source: str, errors: Sequence[ValidationError], total: int) -> None:
        self.errors = tuple(errors)
        self.total = total
        self.field = source
        self.value = f"{total} bad rows"
        self.allowed = "every row valid (nothing was imported)"
        lines = [f"{source}: {total} rows are bad; nothing was imported:"]
        lines += [f"  {error}" for error in self.errors]
        if total > len(self.errors):
            lines.append(f"  and {total - len(self.errors)} more")
        ValueError.__init__(self, "\n".join(lines))


class RowErrors:
    """Collects the errors of a file's rows while every row is still checked."""

    def __init__(self, source: str, limit: int = MAX_LISTED_ERRORS) -> None:
        self.source = source
        self.limit = limit
        self.kept: list[ValidationError] = []
        self.count = 0

    def add(self, error: ValidationError) -> None:
        self.count += 1
        if len(self.kept) < self.limit:
            self.kept.append(error)

    def __bool__(self) -> bool:
        return self.count > 0

    def raise_if_any(self) -> None:
        """One bad row raises its own error; more raise :class:`BadRowsError` listing them."""
        if self.count == 1:
            raise self.kept[0]
        if self.count > 1:
            raise BadRowsError(self.source, self.kept, self.count)
