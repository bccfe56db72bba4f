"""The periods metrics are computed over: the last 7, 30 or 90 UTC days, or all history."""

from __future__ import annotations

from enum import StrEnum

from tradermanager.domain.errors import ValidationError


class Window(StrEnum):
    """A metrics window. A ``str``: ``Window.D30 == "30d"``, and it is stored, printed and
    sent as JSON as that text."""

    D7 = "7d"
    D30 = "30d"
    D90 = "90d"
    ALL = "all"

    @property
    def days(self) -> int | None:
        """Length in UTC days, today included; None for the whole history."""
        return None if self is Window.ALL else int(self.value.removesuffix("d"))

    @property
    def label(self) -> str:
        """For people: "Last 30 days", "All history"."""
        return "All history" if self.days is None else f"Last {self.days} days"

    @classmethod
    def parse(cls, value: str | Window) -> Window:
        """The window named ``value``; ValidationError naming the allowed ones otherwise."""
        try:
            return cls(value)
        except ValueError:
            raise ValidationError("window", value, ALLOWED) from None


WINDOWS: tuple[Window, ...] = tuple(Window)
ALLOWED = "7d, 30d, 90d or all"
DEFAULT_WINDOW = Window.D30
