"""Trader settings: the per-trader answer to "what exactly gets copied?", validated."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from typing import Any

from tradermanager.domain.enums import Source
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.tokens import normalise_tokens

MULTIPLIER_MIN, MULTIPLIER_MAX = 0.5, 2.0
LEVERAGE_MIN, LEVERAGE_MAX = 1, 125
HIGH_LEVERAGE = 10
NAME_MAX_LENGTH = 80
PRIORITY_MIN, PRIORITY_MAX = 0, 100


@dataclass(frozen=True, slots=True)
class TraderSettings:
    """Everything a user sets for one trader. Build with :func:`make_settings` to validate."""

    name: str
    source: Source = Source.MANUAL
    source_ref: str = ""
    multiplier: float = 1.0
    min_confidence: float = 0.7
    whitelist: frozenset[str] = field(default_factory=frozenset)
    blacklist: frozenset[str] = field(default_factory=frozenset)
    max_leverage: int = 5
    paper_only: bool = True
    active: bool = True
    priority: int = 0
    reference_capital: float = 10_000.0
    notes: str = ""

    @property
    def high_leverage(self) -> bool:
        """Allowed, but flagged: a limit above 10× is where most liquidations live."""
        return self.max_leverage > HIGH_LEVERAGE

    def allows_token(self, token: str) -> bool:
        if token in self.blacklist:
            return False
        return not self.whitelist or token in self.whitelist


SETTING_NAMES = frozenset(f.name for f in fields(TraderSettings))


def _number(name: str, value: Any, low: float, high: float, allowed: str) -> float:
    if isinstance(value, bool):
        raise ValidationError(name, value, allowed)
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(name, value, allowed) from None
    if not math.isfinite(number) or not low <= number <= high:
        raise ValidationError(name, value, allowed)
    return number


def _integer(name: str, value: Any, low: int, high: int, allowed: str) -> int:
    number = _number(name, value, low, high, allowed)
    if number != int(number):
        raise ValidationError(name, value, allowed)
    return int(number)


def _boolean(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise ValidationError(name, value, "true or false")


def _text(name: str, value: Any, max_length: int, required: bool) -> str:
    if not isinstance(value, str):
        raise ValidationError(name, value, "text")
    text = value.strip()
    if required and not text:
        raise ValidationError(name, value, "a non-empty name")
    if len(text) > max_length:
        raise ValidationError(name, value, f"at most {max_length} characters")
    return text


def _validated(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        match key:
            case "name":
                out[key] = _text(key, value, NAME_MAX_LENGTH, required=True)
            case "source":
                try:
                    out[key] = Source(value)
                except ValueError:
                    raise ValidationError(key, value, "binance, telegram or manual") from None
            case "source_ref":
                out[key] = _text(key, value, 200, required=False)
            case "notes":
                out[key] = _text(key, value, 5000, required=False)
            case "multiplier":
                out[key] = _number(key, value, MULTIPLIER_MIN, MULTIPLIER_MAX, "0.5 to 2.0")
            case "min_confidence":
                out[key] = _number(key, value, 0.0, 1.0, "0.0 to 1.0")
            case "max_leverage":
                out[key] = _integer(
                    key, value, LEVERAGE_MIN, LEVERAGE_MAX, "a whole number from 1 to 125"
                )
            case "priority":
                out[key] = _integer(
                    key, value, PRIORITY_MIN, PRIORITY_MAX, "a whole number from 0 to 100"
                )
            case "reference_capital":
                out[key] = _number(key, value, 1.0, 1e12, "a USD amount from 1 to 1e12")
            case "whitelist" | "blacklist":
                out[key] = normalise_tokens(value, key)
            case "paper_only" | "active":
                out[key] = _boolean(key, value)
            case _:
                raise ValidationError(key, value, f"one of {', '.join(sorted(SETTING_NAMES))}")
    return out


def _check_lists(settings: TraderSettings) -> TraderSettings:
    both = settings.whitelist & settings.blacklist
    if both:
        raise ValidationError(
            "blacklist",
            ",".join(sorted(both)),
            "tokens not also on the whitelist (a token can't be both white- and blacklisted)",
        )
    return settings


def make_settings(**values: Any) -> TraderSettings:
    """Validated, normalised settings; unknown keys and out-of-range values raise."""
    if "name" not in values:
        raise ValidationError("name", None, "a non-empty name")
    return _check_lists(TraderSettings(**_validated(values)))


def update_settings(settings: TraderSettings, **changes: Any) -> TraderSettings:
    """A copy of ``settings`` with ``changes`` applied, validated like a new trader's."""
    return _check_lists(replace(settings, **_validated(changes)))
