"""One sentence per metric, shown as a tooltip (the formulas are in docs/metrics.md)."""

from __future__ import annotations

HELP: dict[str, str] = {
    "roi": "Compounded return of the trader's equity over the window (time-weighted).",
    "win_rate": "Share of trades closed in the window that made money; break-even is not a win.",
    "sharpe_ratio": "Mean daily return over its standard deviation, annualised with 365 days.",
    "sortino_ratio": "Like Sharpe, but only losing days count as risk.",
    "max_drawdown": "Deepest fall of the equity below its previous peak in the window.",
    "current_drawdown": "How far the equity is below its peak now, at the end of the window.",
    "avg_leverage": "Average leverage of the trades opened in the window.",
    "max_leverage": "Highest leverage of a trade opened in the window.",
    "liquidation_risk": "Chance that a position like these is liquidated within its holding "
    "time, from the tokens' volatility.",
    "trade_count": "Trades the trader opened in the window.",
    "signal_count": "Opening signals received from the trader in the window.",
    "var_95": "On one day in twenty the trader loses at least this much (historical).",
    "copied_trades": "Positions you opened by copying this trader in the window.",
    "pnl_contribution_usd": "Your realized P&L from copying this trader in the window.",
    "pnl_contribution_pct": "That P&L as a share of your capital (setting my_capital).",
    "copied_won": "Your copies of this trader closed in the window that made money, of all closed.",
    "risk_score": "0-10: the one-day 99 % move of the tokens traded at the trader's average "
    "leverage, as a share of margin.",
    "cvar_95": "Average of the worst 5 % of days.",
    "worst_day": "The worst daily return in the window.",
    "tail_ratio": "Size of the best 5 % days against the worst 5 %; below 1 means fat losses.",
    "skew": "Asymmetry of daily returns; negative means rare large losses.",
    "kurtosis": "Excess kurtosis: how much more extreme days are than a normal distribution.",
    "liquidation_rate": "Share of closed trades that were liquidated.",
    "signal_accuracy": "Share of resolved signals whose trade made money.",
    "avg_confidence": "Average confidence the signals stated.",
    "brier_score": "Mean squared gap between stated confidence and outcome; lower is better.",
    "false_positive_rate": "Share of signals that passed the confidence filter and lost.",
    "signal_lag": "Median delay from the trader's action to its arrival here.",
    "execution_slippage": "Average fill worse than the signal price, as a fraction.",
    "token_distribution": "Share of the traded notional per token: the top five, the rest "
    "as Others.",
    "copied_closed": "Your copies of this trader that closed in the window.",
}
