"""What the parser read from a message, in one line (the review queue, the layout preview, the
command line and the HTTP API)."""

from __future__ import annotations

from tradermanager.sources.signal_parser import MessageKind, ParsedMessage


def show_prices(values: tuple[float, ...]) -> str:
    return " / ".join(f"{v:.10g}" for v in values)


def summary(parsed: ParsedMessage) -> str:
    """What the parser read, in one line."""
    if parsed.kind is MessageKind.NOT_SIGNAL:
        return "Not read as a signal."
    parts = [parsed.symbol or "no symbol", parsed.side.value if parsed.side else "no side"]
    if parsed.order_type == "market":
        parts.append("entry at market")
    elif parsed.entries:
        parts.append(f"entry {show_prices(parsed.entries)}")
    if parsed.take_profits:
        parts.append(f"targets {show_prices(parsed.take_profits)}")
    if parsed.stop_loss is not None:
        parts.append(f"stop {parsed.stop_loss:.10g}")
    if parsed.leverage:
        parts.append(f"{parsed.leverage:g}×")
    return " · ".join(parts)
