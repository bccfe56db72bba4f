"""The words of an alert: one text for the tray, Telegram and e-mail alike.

What fired, the trader, the figure against the threshold, what the app did and one line of
what to check. The e-mail's HTML part is the same lines, escaped, in a small table.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from tradermanager.domain.alert_routing import Severity
from tradermanager.domain.alerts import INCIDENT_KINDS, AlertEvent, AlertKind

TITLES = {
    AlertKind.DRAWDOWN: "Drawdown",
    AlertKind.WIN_RATE: "Win rate",
    AlertKind.LOSSES: "Losing streak",
    AlertKind.LEVERAGE: "Leverage",
    AlertKind.LIQUIDATION: "Trader liquidated",
    AlertKind.SILENCE: "No signals",
    AlertKind.DAILY_LOSS: "Daily loss",
    AlertKind.COPY_LIQUIDATION: "Copy liquidated",
    AlertKind.SOURCE_SILENT: "Source silent",
    AlertKind.DAILY_LOSS_LIMIT: "Daily loss limit",
    AlertKind.COPY_STOP_LOSS: "Copy stop-loss",
    AlertKind.LIVE_ORDER: "Live order failed",
    AlertKind.KILL_SWITCH: "Kill switch",
    AlertKind.LIVE_ACCOUNT: "Exchange differs from the app",
}

WHAT_TO_CHECK = {
    AlertKind.DRAWDOWN: "Look at the trader's open positions: is the drawdown still growing?",
    AlertKind.WIN_RATE: "Compare the last trades with the usual ones: a new market or style?",
    AlertKind.LOSSES: "Look at the losing trades: same token, same direction, more leverage?",
    AlertKind.LEVERAGE: "Check your copy's size and liquidation price against your margin.",
    AlertKind.LIQUIDATION: "Check whether your copies of this trader are still open.",
    AlertKind.SILENCE: "Check that the source still publishes and that the app still reads it.",
    AlertKind.DAILY_LOSS: "Review today's closed copies of this trader before copying more.",
    AlertKind.COPY_LIQUIDATION: (
        "Check the exchange: the margin left and the other copies' liquidation prices."
    ),
    AlertKind.SOURCE_SILENT: (
        "Check the channel or lead-trader page still publishes and the listener or poller runs."
    ),
    AlertKind.DAILY_LOSS_LIMIT: "Review today's trades; copying resumes after 00:00 UTC.",
    AlertKind.COPY_STOP_LOSS: (
        "Check the copy's fills on the exchange and whether the trader still holds the position."
    ),
    AlertKind.LIVE_ORDER: (
        "Compare the exchange's open orders and positions with the app's; nothing was retried."
    ),
    AlertKind.KILL_SWITCH: "Check every open position on the exchange before resuming anything.",
    AlertKind.LIVE_ACCOUNT: (
        "Look at the listed positions and orders on the exchange: close or keep them there, "
        "or use the kill switch for the app's own copies."
    ),
}


def format_figure(kind: AlertKind, value: float | None) -> str:
    """A rule's figure in its unit (fractions as %, money as USD)."""
    if value is None:
        return "—"
    if kind in (AlertKind.DRAWDOWN, AlertKind.WIN_RATE, AlertKind.COPY_STOP_LOSS):
        return f"{value * 100:.1f}%"
    if kind is AlertKind.LEVERAGE:
        return f"{value:g}x"
    if kind in (AlertKind.DAILY_LOSS, AlertKind.DAILY_LOSS_LIMIT):
        return f"-${abs(value):,.2f}" if value < 0 else f"${value:,.2f}"
    if kind is AlertKind.SILENCE:
        return f"{value:.1f} days"
    if kind is AlertKind.SOURCE_SILENT:
        return f"{value:.1f}× the usual gap"
    if kind in (AlertKind.LOSSES, AlertKind.LIQUIDATION, AlertKind.COPY_LIQUIDATION):
        return f"{value:g}"
    return f"{value:g}"


def format_threshold(kind: AlertKind, threshold: float | None) -> str:
    if threshold is None or (threshold == 0 and kind in INCIDENT_KINDS):
        return ""  # an incident's rule has no threshold of its own
    if kind is AlertKind.DAILY_LOSS or kind is AlertKind.DAILY_LOSS_LIMIT:
        return f"limit ${abs(threshold):,.2f} loss"
    if kind is AlertKind.WIN_RATE:
        return f"alert below {format_figure(kind, threshold)}"
    if kind in (AlertKind.LOSSES, AlertKind.LIQUIDATION, AlertKind.COPY_LIQUIDATION):
        return f"alert at {threshold:g}"
    if kind is AlertKind.SILENCE:
        return f"alert after {threshold:g} days"
    return f"limit {format_figure(kind, threshold)}"


@dataclass(frozen=True, slots=True)
class AlertNotice:
    """What every channel shows: ``title`` (tray title, e-mail subject, Telegram first line)
    and ``text`` (the body); ``html`` is ``text`` for e-mail clients that show HTML."""

    title: str
    text: str
    html: str
    severity: Severity

    @property
    def telegram_text(self) -> str:
        return f"{self.title}\n\n{self.text}"


def did(event: AlertEvent) -> str:
    parts = []
    if event.paused_trader:
        parts.append(
            f"Paused {event.trader_name}: new signals are not copied; open positions stay open."
        )
    if event.action:
        parts.append(event.action)
    return " ".join(parts) or "Nothing was changed: copying continues."


def compose(event: AlertEvent, severity: Severity) -> AlertNotice:
    """The notice for one fired alert."""
    label = TITLES[event.kind]
    prefix = "URGENT: " if severity is Severity.URGENT else ""
    title = f"{prefix}{label} — {event.trader_name}"
    figure = format_figure(event.kind, event.value)
    limit = format_threshold(event.kind, event.threshold)
    rows = (
        ("What fired", event.message),
        ("Trader", event.trader_name),
        ("Figure", f"{figure} ({limit})" if limit else figure),
        ("What the app did", did(event)),
        ("What to check", WHAT_TO_CHECK[event.kind]),
        ("When", f"{event.fired_at:%Y-%m-%d %H:%M} UTC"),
    )
    text = "\n".join(f"{name}: {value}" for name, value in rows)
    cells = "".join(
        f'<tr><th align="left" valign="top" style="padding:2px 12px 2px 0">{html.escape(name)}'
        f'</th><td style="padding:2px 0">{html.escape(value)}</td></tr>'
        for name, value in rows
    )
    body = (
        f'<html><body><h3 style="margin:0 0 8px 0">{html.escape(title)}</h3>'
        f"<table>{cells}</table></body></html>"
    )
    return AlertNotice(title, text, body, severity)


def probe_notice(channel: str, at_text: str) -> AlertNotice:
    """The message "Send test message" sends: says where it came from and that all is well."""
    title = "tradermanager test message"
    text = (
        f"This {channel} channel works: alerts will reach you here.\n"
        f"Sent {at_text}. Nothing fired; no action is needed."
    )
    body = f"<html><body><h3>{html.escape(title)}</h3><p>{html.escape(text)}</p></body></html>"
    return AlertNotice(title, text, body, Severity.INFO)
