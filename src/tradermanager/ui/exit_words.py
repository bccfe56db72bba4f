"""How the window names why a copy's position closed or how an order filled (the engine's
exit reasons and order kinds), in the positions tables and the equity plots' fill markers."""

from __future__ import annotations

EXIT_WORDS = {
    "take_profit": "take-profit",
    "stop_loss": "stop-loss",
    "liquidation": "liquidated",
    "close_signal": "closed by the trader",
    "break_even": "stop at break-even",
    "trailing_stop": "trailing stop",
    "expired": "entry expired",
    "copy_stop": "copy stop-loss",
    "daily_loss_limit": "daily loss limit",
    "manual": "closed by me",
    "adl": "auto-deleveraged",
    "market": "market",
    "limit": "limit",
}


def exit_words(reason: str) -> str:
    return EXIT_WORDS.get(reason, reason.replace("_", " "))
