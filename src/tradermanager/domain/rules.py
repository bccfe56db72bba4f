"""The copy rules: for every signal, accept or reject with a reason and a sentence.

Pure: the caller says whether I already hold a position for the signal's token, and the
global settings that apply. Closing or updating a position I hold is never blocked by a
pause or a filter — pause stops *new* signals only.
"""

from __future__ import annotations

import math

from tradermanager.domain.enums import RejectReason, SignalKind
from tradermanager.domain.models import Decision, Signal
from tradermanager.domain.settings import TraderSettings
from tradermanager.domain.tokens import list_token


def _list_token(symbol: str) -> str:
    try:
        return list_token(symbol, "symbol")
    except ValueError:
        return symbol


def _fmt_leverage(value: float) -> str:
    return f"{value:g}x"


def _fmt_pct(fraction: float, *, down: bool = False) -> str:
    """0.7 → '70%', 0.695 → '69.5%'. With ``down`` the value is cut, not rounded, at two
    decimals, so a rejected 0.69999 reads 69.99% and never as the 70% limit."""
    percent = fraction * 100
    if down:
        percent = math.floor(percent * 100 + 1e-9) / 100
    return f"{percent:.2f}".rstrip("0").rstrip(".") + "%"


def decide(
    signal: Signal,
    settings: TraderSettings,
    *,
    holds_position: bool = False,
    archived: bool = False,
    require_confidence: bool = False,
) -> Decision:
    """Decide whether ``signal`` is copied under ``settings``."""
    token = signal.symbol
    side = signal.side.value
    if signal.kind is not SignalKind.OPEN:
        if holds_position:
            verb = {SignalKind.CLOSE: "Closes", SignalKind.CANCEL: "Cancels"}.get(
                signal.kind, "Updates"
            )
            return Decision.accept(f"{verb} your open {token} {side} copied from {settings.name}.")
        return Decision.reject(
            RejectReason.NO_OPEN_POSITION,
            f"You hold no open {token} {side} from {settings.name}, so there is nothing to "
            f"{signal.kind.value}.",
        )
    if archived:
        return Decision.reject(
            RejectReason.TRADER_ARCHIVED,
            f"{settings.name} is archived: new signals are not copied.",
        )
    if not settings.active:
        return Decision.reject(
            RejectReason.TRADER_PAUSED, f"{settings.name} is paused: new signals are not copied."
        )
    if holds_position:
        return Decision.reject(
            RejectReason.ALREADY_IN_POSITION,
            f"You already hold a {token} {side} from {settings.name}; a second entry is not "
            "copied.",
        )
    coin = _list_token(token)  # 1000SHIB is SHIB for the lists
    named = token if coin == token else f"{token} ({coin})"
    # a list saved before multiplier contracts were mapped may still name 1000SHIB itself
    if coin in settings.blacklist or token in settings.blacklist:
        return Decision.reject(
            RejectReason.TOKEN_BLACKLISTED, f"{named} is on this trader's blacklist."
        )
    if settings.whitelist and not ({coin, token} & settings.whitelist):
        allowed = ", ".join(sorted(settings.whitelist))
        return Decision.reject(
            RejectReason.TOKEN_NOT_WHITELISTED,
            f"{named} is not on this trader's whitelist ({allowed}).",
        )
    if signal.leverage > settings.max_leverage:
        return Decision.reject(
            RejectReason.LEVERAGE_ABOVE_MAX,
            f"Leverage {_fmt_leverage(signal.leverage)} is above this trader's limit of "
            f"{_fmt_leverage(settings.max_leverage)}.",
        )
    if signal.confidence is None:
        if require_confidence:
            return Decision.reject(
                RejectReason.CONFIDENCE_MISSING,
                "The signal gives no confidence, and signals without one are not copied "
                "(global setting).",
            )
    elif signal.confidence < settings.min_confidence:
        return Decision.reject(
            RejectReason.CONFIDENCE_BELOW_MIN,
            f"Confidence {_fmt_pct(signal.confidence, down=True)} is below this trader's "
            f"minimum of {_fmt_pct(settings.min_confidence)}.",
        )
    return Decision.accept(
        f"Copied: {token} {side} at {_fmt_leverage(signal.leverage)} from {settings.name}."
    )
