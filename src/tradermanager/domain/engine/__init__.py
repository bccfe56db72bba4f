"""The execution engine: a USDⓈ-M futures account (isolated margin) replayed on candles.

Pure and deterministic: no I/O, no clock of its own (times come with the signals and the
candles). Paper trading, the backtest and the demo portfolio all run :func:`run_engine`.
Rules and formulas, with their Binance sources, are in docs/execution.md.
"""

from tradermanager.domain.engine.brackets import (
    Bracket,
    BracketOrigin,
    BracketTable,
    estimated_table,
    liquidation_price,
    maintenance_bracket,
)
from tradermanager.domain.engine.costs import EngineCosts
from tradermanager.domain.engine.engine import Progress, RunCancelled, TraderFeed, run_engine
from tradermanager.domain.engine.market import CandleSeries, Market
from tradermanager.domain.engine.results import (
    ClosedCopy,
    EngineAlert,
    EngineDecision,
    EngineResult,
    ExitReason,
    Fill,
    OpenCopy,
)
from tradermanager.domain.engine.rules import AccountGuards, CopyRules, SizingMode

__all__ = [
    "AccountGuards",
    "Bracket",
    "BracketOrigin",
    "BracketTable",
    "CandleSeries",
    "ClosedCopy",
    "CopyRules",
    "EngineAlert",
    "EngineCosts",
    "EngineDecision",
    "EngineResult",
    "ExitReason",
    "Fill",
    "Market",
    "OpenCopy",
    "Progress",
    "RunCancelled",
    "SizingMode",
    "TraderFeed",
    "estimated_table",
    "liquidation_price",
    "maintenance_bracket",
    "run_engine",
]
