"""The portfolio command's output: the summary as JSON-ready data and as plain-text tables."""

from __future__ import annotations

from typing import Any, TextIO

from tradermanager.cli.output import print_table
from tradermanager.domain.serialize import iso
from tradermanager.services.portfolio import PortfolioSummary

FIGURES = (
    "capital",
    "open_positions",
    "total_long",
    "total_short",
    "total_net",
    "total_gross",
    "combined_leverage",
    "total_pnl",
    "final_equity",
    "max_drawdown",
    "current_drawdown",
    "var_95",
    "cvar_95",
    "var_95_pct",
    "cvar_95_pct",
)


def summary_to_dict(s: PortfolioSummary) -> dict[str, Any]:
    """Every figure (docs/metrics.md, "Portfolio"), None where undefined."""
    return {
        "as_of": iso(s.as_of),
        **{key: getattr(s, key) for key in FIGURES},
        "days": len(s.days),
        "first_day": s.days[0].isoformat() if s.days else None,
        "last_day": s.days[-1].isoformat() if s.days else None,
        "exposure": [
            {
                "symbol": e.symbol,
                "long": e.long,
                "short": e.short,
                "net": e.net,
                "gross": e.gross,
                "share": e.share,
            }
            for e in s.exposure
        ],
        "contributions": [
            {
                "trader": c.name,
                "multiplier": c.multiplier,
                "closed_copies": c.closed_copies,
                "open_positions": c.open_positions,
                "open_notional": c.open_notional,
                "pnl": c.pnl,
                "pnl_share": c.pnl_share,
                "risk_share": c.risk_share,
            }
            for c in s.contributions
        ],
        "conflicts": [
            {
                "symbol": c.symbol,
                "net": c.net,
                "positions": [
                    {
                        "trader": leg.trader_name,
                        "side": leg.side.value,
                        "notional": leg.notional,
                        "margin": leg.margin,
                        "leverage": leg.leverage,
                        "since": iso(leg.since),
                    }
                    for leg in c.legs
                ],
            }
            for c in s.conflicts
        ],
        "equity": [
            {"day": d.isoformat(), "pnl": p, "equity": e, "drawdown": dd}
            for d, p, e, dd in zip(s.days, s.daily_pnl, s.equity, s.drawdown, strict=True)
        ],
    }


def _usd(value: float | None) -> str | None:
    if value is None:
        return None
    text = f"${abs(value):,.2f}"
    return f"-{text}" if value < 0 and text != "$0.00" else text


def _pct(value: float | None) -> str | None:
    return None if value is None else f"{value * 100:+.2f}%"


def print_summary(out: TextIO, s: PortfolioSummary) -> None:
    days = f"{s.days[0]} → {s.days[-1]} ({len(s.days)} days)" if s.days else "no copies yet"
    out.write(f"Portfolio of my copies: {days}; capital {_usd(s.capital)}\n\n")
    out.write("Exposure of open positions (USD notional)\n")
    print_table(
        out,
        ["token", "long", "short", "net", "gross", "share"],
        [
            [e.symbol, _usd(e.long), _usd(e.short), _usd(e.net), _usd(e.gross), _share(e.share)]
            for e in s.exposure
        ],
    )
    leverage = "—" if s.combined_leverage is None else f"{s.combined_leverage:.2f}x"
    out.write(
        f"total: long {_usd(s.total_long)}, short {_usd(s.total_short)}, "
        f"net {_usd(s.total_net)}, gross {_usd(s.total_gross)} in {s.open_positions} "
        f"position(s); combined leverage {leverage}\n\n"
    )
    out.write("Combined (closed copies, daily P&L on my capital)\n")
    print_table(
        out,
        ["figure", "value"],
        [
            ["total P&L", _usd(s.total_pnl)],
            ["equity now", _usd(s.final_equity)],
            ["max drawdown", _pct(s.max_drawdown)],
            ["current drawdown", _pct(s.current_drawdown)],
            ["VaR 95 (one day)", _with_pct(s.var_95, s.var_95_pct)],
            ["CVaR 95 (one day)", _with_pct(s.cvar_95, s.cvar_95_pct)],
        ],
    )
    out.write("\nContributions per trader\n")
    print_table(
        out,
        ["trader", "×", "closed", "open", "open notional", "P&L", "P&L share", "risk share"],
        [
            [
                c.name,
                f"{c.multiplier:g}",
                c.closed_copies,
                c.open_positions,
                _usd(c.open_notional),
                _usd(c.pnl),
                _pct(c.pnl_share),
                _share(c.risk_share),
            ]
            for c in s.contributions
        ],
    )
    out.write("\nConflicts: opposite open positions on one token\n")
    print_table(
        out,
        ["token", "trader", "side", "notional", "leverage", "since"],
        [
            [
                c.symbol,
                leg.trader_name,
                leg.side.value,
                _usd(leg.notional),
                f"{leg.leverage:g}x",
                (iso(leg.since) or "")[:16].replace("T", " "),
            ]
            for c in s.conflicts
            for leg in c.legs
        ],
    )


def _share(value: float | None) -> str | None:
    return None if value is None else f"{value * 100:.1f}%"


def _with_pct(usd: float | None, pct: float | None) -> str | None:
    if usd is None:
        return None
    return f"{_usd(usd)} ({_pct(pct)} of capital)"
