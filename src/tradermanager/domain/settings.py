"""Trader settings: the per-trader answer to "what exactly gets copied?", validated."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from tradermanager.domain.enums import Source
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.setting_specs import (
    MAX_LEVERAGE,
    MIN_CONFIDENCE,
    MULTIPLIER,
    PRIORITY,
    REFERENCE_CAPITAL,
    TRADER_NUMBERS,
)
from tradermanager.domain.text_safety import UNSAFE_IN_TEXT, check_name, neutralise
from tradermanager.domain.tokens import normalise_tokens

LEVERAGE_MAX = int(MAX_LEVERAGE.high)
NAME_MAX_LENGTH = 80


@dataclass(frozen=True, slots=True, kw_only=True)
class TraderSettings:
    """Everything a user sets for one trader. Build with :func:`make_settings` to validate."""

    name: str
    source: Source = Source.MANUAL
    source_ref: str = ""
    multiplier: float = MULTIPLIER.default
    min_confidence: float = MIN_CONFIDENCE.default
    whitelist: frozenset[str] = field(default_factory=frozenset)
    blacklist: frozenset[str] = field(default_factory=frozenset)
    max_leverage: int = int(MAX_LEVERAGE.default)
    paper_only: bool = True
    active: bool = True
    priority: int = int(PRIORITY.default)
    reference_capital: float = REFERENCE_CAPITAL.default
    notes: str = ""

    @property
    def high_leverage(self) -> bool:
        """Allowed, but flagged: a limit above 10× is where most liquidations live."""
        return MAX_LEVERAGE.warns(self.max_leverage)

    def allows_token(self, token: str) -> bool:
        if token in self.blacklist:
            return False
        return not self.whitelist or token in self.whitelist


SETTING_NAMES = frozenset(f.name for f in fields(TraderSettings))


def _boolean(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise ValidationError(name, value, "true or false")


def _text(name: str, value: Any, max_length: int, required: bool) -> str:
    if not isinstance(value, str):
        raise ValidationError(name, value, "text")
    text = value.strip()
    if name in ("name", "source_ref"):
        check_name(text, name)
    elif UNSAFE_IN_TEXT.search(text):
        raise ValidationError(name, neutralise(text), "text without control characters")
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
            case _ if key in TRADER_NUMBERS:
                spec = TRADER_NUMBERS[key]
                number = spec.check(value)
                out[key] = int(number) if spec.whole else number
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
