"""The command-line grammar: every command takes --db and --json."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tradermanager import __version__
from tradermanager.domain.setting_specs import (
    EXECUTION_NUMBERS,
    MAX_LEVERAGE,
    MIN_CONFIDENCE,
    MULTIPLIER,
    PRIORITY,
    REFERENCE_CAPITAL,
)
from tradermanager.domain.windows import DEFAULT_WINDOW, WINDOWS

WINDOW_NAMES = [w.value for w in WINDOWS]


def _common(default: Any, *, read_only: bool = False) -> argparse.ArgumentParser:
    """--db and --json, accepted before or after the command (``default`` SUPPRESS keeps a
    subcommand from overwriting a value given before it). A command built on the
    ``read_only`` variant only reads: it refuses a --db path that does not exist instead of
    creating it (``args.read_only``)."""
    common = argparse.ArgumentParser(add_help=False)
    if read_only:
        common.set_defaults(read_only=True)
    common.add_argument(
        "--db", type=Path, default=default, help="database file (default: the user data folder)"
    )
    common.add_argument(
        "--json", action="store_true", default=default, help="machine-readable output"
    )
    return common


def _settings_flags(parser: argparse.ArgumentParser, *, name_required: bool) -> None:
    parser.add_argument("--name", required=name_required)
    parser.add_argument("--source", choices=["binance", "telegram", "manual"])
    parser.add_argument("--source-ref", help="e.g. @channel or a lead-trader id")
    parser.add_argument("--multiplier", type=float, help=MULTIPLIER.cli_help())
    parser.add_argument("--min-confidence", type=float, help=MIN_CONFIDENCE.cli_help())
    parser.add_argument("--max-leverage", type=float, help=MAX_LEVERAGE.cli_help())
    parser.add_argument("--whitelist", help="comma-separated tokens; empty string = all tokens")
    parser.add_argument("--blacklist", help="comma-separated tokens")
    parser.add_argument("--priority", type=float, help=PRIORITY.cli_help())
    parser.add_argument("--reference-capital", type=float, help=REFERENCE_CAPITAL.cli_help())
    parser.add_argument("--notes")
    _execution_flags(parser)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--paper", dest="paper_only", action="store_const", const=True, help="copy on paper"
    )
    mode.add_argument(
        "--live",
        dest="paper_only",
        action="store_const",
        const=False,
        help="copy with real orders on the connected exchange (asks to confirm; docs/live.md)",
    )
    parser.add_argument(
        "--yes", action="store_true", help="make the trader live without asking (scripts)"
    )


def _review_commands(
    signals: Any, reads: argparse.ArgumentParser, common: argparse.ArgumentParser
) -> None:
    """``signals review``: the review queue without the window (docs/signal-parsing.md)."""
    review = signals.add_parser(
        "review",
        help="messages waiting for review: list, show, accept with corrections, dismiss",
        description="Messages the parser would not copy blind, edits of copied signals that "
        "could not be applied, follow-ups and deletions that wait for a choice. IDs are those "
        "`signals review list` prints.",
    ).add_subparsers(dest="review_action", metavar="ACTION", required=True)
    r_list = review.add_parser("list", parents=[reads], help="everything waiting for review")
    r_list.add_argument("--channel", help="only this trader's (name or id)")
    r_show = review.add_parser(
        "show", parents=[reads], help="one item: text, parse, reason, suggestions"
    )
    r_show.add_argument("id", type=int)
    r_accept = review.add_parser(
        "accept",
        parents=[common],
        help="copy a message with corrected fields (or apply an edit to its copy)",
        description="Fields not given keep what the parser read (`signals review show ID`). "
        "Validated like the window's form: a bad value is refused naming the field, and "
        "nothing is written.",
    )
    r_accept.add_argument("id", type=int)
    r_accept.add_argument("--symbol", help="the token or contract, e.g. ETH or 1000PEPEUSDT")
    r_accept.add_argument("--side", help="long or short")
    r_accept.add_argument(
        "--entry", nargs="+", metavar="P", help="entry price(s); two with --zone: a range"
    )
    r_accept.add_argument(
        "--zone", action="store_true", help="the two entries are a zone, copied at its middle"
    )
    r_accept.add_argument("--stop", metavar="P", help="stop-loss price; none: no stop")
    r_accept.add_argument("--tp", nargs="+", metavar="P", help="take-profit prices in order")
    r_accept.add_argument("--leverage", metavar="N", help="1 to 200; none: 1×")
    r_accept.add_argument("--order-type", help="market or limit (default: as read)")
    r_accept.add_argument(
        "--no-learn",
        dest="learn",
        action="store_false",
        help="do not learn the channel's layout from this correction",
    )
    r_accept.add_argument(
        "--apply-template",
        action="store_true",
        help="also copy the channel's other waiting messages the learnt layout now reads",
    )
    r_dismiss = review.add_parser("dismiss", parents=[common], help="leave it uncopied")
    r_dismiss.add_argument("id", type=int)
    r_close = review.add_parser(
        "close",
        parents=[common],
        help="a deleted signal or a follow-up: close (a share of) my copy",
    )
    r_close.add_argument("id", type=int)
    r_close.add_argument(
        "--percent", default="100", help="a follow-up: the share of the copy to close (100: all)"
    )
    r_keep = review.add_parser("keep", parents=[common], help="a deleted signal: keep my copy")
    r_keep.add_argument("id", type=int)


def _execution_flags(parser: argparse.ArgumentParser) -> None:
    """How the engine copies the trader (docs/execution.md); percentages as fractions."""
    rules = parser.add_argument_group("execution rules")
    rules.add_argument(
        "--sizing",
        choices=["multiplier", "equity_pct", "risk_pct"],
        help="how copies are sized: base size × multiplier, a share of equity, or a risk to "
        "the stop",
    )
    rules.add_argument(
        "--tp-split",
        help="shares of the position closed at take-profits 1..n, e.g. 50,30,20 "
        "(scaled to 100 %%; used when a signal has that many targets); empty = equal",
    )
    for spec in EXECUTION_NUMBERS:
        rules.add_argument(
            "--" + spec.key.replace("_", "-"),
            type=float,
            help=spec.cli_help(),
        )


EXECUTION_FLAGS = ("sizing", "tp_split", *(spec.key for spec in EXECUTION_NUMBERS))

SETTING_FLAGS = (
    "name",
    "source",
    "source_ref",
    "multiplier",
    "min_confidence",
    "max_leverage",
    "whitelist",
    "blacklist",
    "priority",
    "reference_capital",
    "notes",
    "paper_only",
    *EXECUTION_FLAGS,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tradermanager",
        description="Copy-trading risk manager. Without a command, opens the window.",
        parents=[_common(None)],
    )
    common = _common(argparse.SUPPRESS)
    reads = _common(argparse.SUPPRESS, read_only=True)
    parser.add_argument("--version", action="version", version=f"tradermanager {__version__}")
    parser.add_argument("--demo", action="store_true", help="load the demo portfolio first")
    parser.add_argument("--log-level", default="WARNING", help="DEBUG, INFO, WARNING, ERROR")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="load the demo portfolio")
    demo.add_argument("--traders", type=int, default=6)
    demo.add_argument("--days", type=int, default=180)
    demo.add_argument("--seed", type=int, default=7)

    traders = sub.add_parser("traders", help="manage traders").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    t_list = traders.add_parser("list", parents=[reads], help="list traders")
    t_list.add_argument("--status", choices=["active", "paused", "archived"])
    t_list.add_argument("--source", choices=["binance", "telegram", "manual"])
    t_list.add_argument("--token", help="only traders who trade this token")
    t_show = traders.add_parser("show", parents=[reads], help="one trader with its history")
    t_show.add_argument("trader")
    t_add = traders.add_parser("add", parents=[common], help="add a trader")
    _settings_flags(t_add, name_required=True)
    t_add.add_argument("--paused", action="store_true", help="start paused")
    t_update = traders.add_parser("update", parents=[common], help="change settings")
    t_update.add_argument("trader")
    _settings_flags(t_update, name_required=False)
    t_toggle = traders.add_parser("toggle", parents=[common], help="switch copying on/off")
    t_toggle.add_argument("trader")
    onoff = t_toggle.add_mutually_exclusive_group()
    onoff.add_argument("--on", dest="active", action="store_const", const=True)
    onoff.add_argument("--off", dest="active", action="store_const", const=False)
    t_delete = traders.add_parser("delete", parents=[common], help="archive (or --purge)")
    t_delete.add_argument("trader")
    t_delete.add_argument("--purge", action="store_true", help="delete for good, with history")
    t_restore = traders.add_parser("restore", parents=[common], help="un-archive")
    t_restore.add_argument("trader")
    t_dup = traders.add_parser("duplicate", parents=[common], help="copy settings")
    t_dup.add_argument("trader")
    t_dup.add_argument("--name", required=True, help="name of the copy")
    traders.add_parser("pause-all", parents=[common], help="pause every active trader")
    traders.add_parser("resume-all", parents=[common], help="resume every paused trader")
    t_promote = traders.add_parser("promote", parents=[common], help="paper → live")
    t_promote.add_argument("trader")
    t_promote.add_argument(
        "--override", action="store_true", help="promote although the criteria are not met"
    )
    t_demote = traders.add_parser("demote", parents=[common], help="live → paper")
    t_demote.add_argument("trader")
    t_promotion = traders.add_parser(
        "promotion", parents=[reads], help="paper track record against the criteria"
    )
    t_promotion.add_argument("trader")
    t_promotion.add_argument("--min-trades", type=int, help="override for this trader")
    t_promotion.add_argument("--min-days", type=int)
    t_promotion.add_argument("--min-win-rate", type=float, help="fraction, e.g. 0.55")
    t_promotion.add_argument("--max-drawdown", type=float, help="fraction, e.g. -0.2")
    t_promotion.add_argument(
        "--max-avg-leverage", type=float, help="highest average leverage (90d), e.g. 10"
    )
    t_promotion.add_argument(
        "--max-liquidation-risk",
        type=float,
        help="highest mean liquidation probability of a trade (90d), fraction, e.g. 0.02",
    )
    t_promotion.add_argument(
        "--max-risk-score", type=float, help="highest risk score 0-10 (90d), e.g. 7"
    )
    t_promotion.add_argument(
        "--defaults", action="store_true", help="change the global defaults instead"
    )

    signal = sub.add_parser(
        "signal",
        parents=[common],
        help="feed one signal (JSON) through the copy pipeline",
        description='JSON object: {"trader", "id", "time", "symbol", "side", "kind": '
        'open|close|update, "price", "leverage", "confidence", "stop_loss", "take_profits": '
        '[prices], "entries": [limit prices], "order_type": market|limit, "close_fraction": '
        '0-1 (a partial close), "trade_ref": the id of the signal a follow-up acts on}. '
        "Reads stdin when omitted; docs/execution.md says how each field is executed.",
    )
    signal.add_argument("payload", nargs="?", help="the JSON object, or @FILE")

    signals = sub.add_parser("signals", help="stored signals").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    s_list = signals.add_parser("list", parents=[reads], help="signals with their decisions")
    s_list.add_argument("--trader")
    s_list.add_argument("--limit", type=int, default=200)
    _review_commands(signals, reads, common)

    metrics = sub.add_parser(
        "metrics", parents=[reads], help="every metric family of one trader for a window"
    )
    metrics.add_argument("trader")
    metrics.add_argument("--window", choices=WINDOW_NAMES, default=DEFAULT_WINDOW.value)
    metrics.add_argument("--refresh", action="store_true", help="recompute, ignore the cache")

    report = sub.add_parser(
        "report",
        parents=[reads],
        help="one trader's report as a self-contained HTML file",
        description="Every metric family for the window, the equity, underwater, leverage and "
        "token charts, the drawdown episodes and the recent decisions, in one HTML file that "
        "needs nothing else to open. The numbers are defined in docs/metrics.md.",
    )
    report.add_argument("trader")
    report.add_argument("--window", choices=WINDOW_NAMES, default=DEFAULT_WINDOW.value)
    report.add_argument("--out", type=Path, required=True, help="the HTML file to write")

    compare = sub.add_parser(
        "compare",
        parents=[reads],
        help="2–6 traders side by side: metrics, token overlap, return correlation",
    )
    compare.add_argument("compare", nargs="+", metavar="TRADER", help="2 to 6 trader names")
    compare.add_argument("--window", choices=WINDOW_NAMES, default=DEFAULT_WINDOW.value)

    sub.add_parser(
        "portfolio",
        parents=[reads],
        help="everything I copy, together: exposure per token, combined figures, conflicts",
    )

    alerts = sub.add_parser("alerts", help="alert rules and events").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    a_add = alerts.add_parser("add", parents=[common], help="add a rule")
    a_add.add_argument("trader", help='a trader name, or "all" for a default rule')
    a_add.add_argument(
        "--rule",
        required=True,
        choices=[
            "drawdown",
            "win-rate",
            "losses",
            "leverage",
            "liquidation",
            "silence",
            "daily-loss",
            "copy-liquidation",
            "source-silent",
            "daily-loss-limit",
            "copy-stop-loss",
            "live-order",
            "kill-switch",
            "live-account",
        ],
        help=(
            "what is watched: drawdown (the trader's current drawdown), win-rate (over the "
            "last --window trades), losses (in a row), leverage (of an open trade), "
            "liquidation (of the trader, per 24 h), silence (days without a signal), "
            "daily-loss (USD today), copy-liquidation (my copies, per 24 h), source-silent "
            "(× the usual gap between signals); the engine's incidents: daily-loss-limit, "
            "copy-stop-loss, live-order, kill-switch, live-account (reconciliation found "
            "what the app cannot explain)"
        ),
    )
    a_add.add_argument(
        "--threshold",
        type=float,
        help=(
            "the limit in the rule's unit as stored: drawdown -0.15 = -15 %%, win-rate 0.6 = "
            "60 %%, leverage 10 = 10×, daily-loss 100 = $100, silence 3 = 3 days "
            "(default per rule; docs/alerts.md)"
        ),
    )
    a_add.add_argument(
        "--window",
        type=int,
        default=20,
        help="win-rate only: how many of the latest closed trades it is measured over",
    )
    a_add.add_argument(
        "--auto-pause",
        action="store_true",
        help="also stop copying the trader when the rule fires (open positions stay open)",
    )
    _routing_flags(a_add)
    a_route = alerts.add_parser(
        "route", parents=[common], help="where a rule's alerts go and how urgent they are"
    )
    a_route.add_argument("rule_id", type=int)
    _routing_flags(a_route)
    a_list = alerts.add_parser("list", parents=[reads], help="rules and events")
    a_list.add_argument("--unacknowledged", action="store_true")
    alerts.add_parser("evaluate", parents=[common], help="check every rule once")
    a_ack = alerts.add_parser("ack", parents=[common], help="acknowledge events")
    a_ack.add_argument("ids", nargs="*", type=int, help="event ids (default: all)")
    a_remove = alerts.add_parser("remove", parents=[common], help="delete a rule")
    a_remove.add_argument("rule_id", type=int)

    backtest = sub.add_parser(
        "backtest", parents=[reads], help="replay a trader's signals with these settings"
    )
    backtest.add_argument("trader", help="the trader's name or id")
    backtest.add_argument(
        "--days", type=int, default=30, help="replay the last N days of signals (default 30)"
    )
    backtest.add_argument(
        "--start", help="first instant replayed, ISO time (e.g. 2026-01-01); instead of --days"
    )
    backtest.add_argument("--end", help="last instant replayed, ISO time (default: now)")
    backtest.add_argument(
        "--capital",
        type=float,
        default=10_000.0,
        help="starting account equity in USD that sizes and drawdowns are measured on",
    )
    backtest.add_argument(
        "--interval", default="1h", help="candles to fill on: 1m … 1d (1d where none stored)"
    )
    backtest.add_argument("--multiplier", type=float, help=MULTIPLIER.cli_help())
    backtest.add_argument("--max-leverage", type=float, help=MAX_LEVERAGE.cli_help())
    backtest.add_argument("--min-confidence", type=float, help=MIN_CONFIDENCE.cli_help())
    backtest.add_argument(
        "--whitelist", help="copy only these tokens, comma-separated (e.g. BTC,ETH); default all"
    )
    backtest.add_argument(
        "--blacklist", help="never copy these tokens, comma-separated (e.g. PEPE,DOGE)"
    )

    for name, helptext in (
        ("positions", "my copies, paper and live: entry, size, stop and targets, P&L"),
        ("orders", "orders of my copies: paper resting and filled, live as sent"),
    ):
        group = sub.add_parser(name, help=helptext).add_subparsers(
            dest="action", metavar="ACTION", required=True
        )
        listing = group.add_parser("list", parents=[common])
        listing.add_argument("--trader", help="only this trader's copies")
        listing.add_argument("--interval", default="1h", help="candles to fill on: 1m … 1d")
        if name == "positions":
            listing.add_argument("--all", action="store_true", help="closed copies too")

    imports = sub.add_parser("import", help="import signals from a file").add_subparsers(
        dest="action", metavar="SOURCE", required=True
    )
    i_tg = imports.add_parser(
        "telegram",
        parents=[common],
        help="a Telegram Desktop chat export (result.json)",
        description='Telegram Desktop → chat → ⋮ → "Export chat history", format JSON.',
    )
    i_tg.add_argument("file", type=Path)
    i_tg.add_argument("--trader", help="import into this trader (default: the chat's name)")
    i_bn = imports.add_parser(
        "binance",
        parents=[common],
        help="a Binance USDⓈ-M futures trade-history export (CSV or XLSX)",
        description="Binance → Orders → Futures → Trade History → Export. Fills are rebuilt "
        "into trades per symbol and position side. See docs/imports.md.",
    )
    i_bn.add_argument("file", type=Path)
    i_bn.add_argument(
        "--trader",
        help="import into this trader (default: Binance <Uid>, or without a Uid column "
        "the most traded symbols and first month, e.g. Binance BTC/ETH account since 2026-01)",
    )
    i_bn.add_argument(
        "--leverage",
        type=float,
        default=1.0,
        help="leverage of every trade, 1–125 (the export has none; default 1)",
    )
    i_csv = imports.add_parser(
        "csv",
        aliases=["trades"],
        parents=[common],
        help="a trade-history file (CSV or XLSX) in the generic format",
        description="Columns: timestamp, trader, symbol, side, leverage, entry, quantity; "
        "optional: id, exit_time, exit, pnl, confidence. See docs/imports.md.",
    )
    i_csv.add_argument("file", type=Path)

    poll = sub.add_parser("poll", help="read a live source now").add_subparsers(
        dest="action", metavar="SOURCE", required=True
    )
    p_binance = poll.add_parser(
        "binance",
        parents=[common],
        help="Binance lead traders: positions now, changes copied",
        description="Reads every Binance trader (source_ref = the lead trader's encryptedUid), "
        "or only TRADER, and feeds what changed since the last poll through the copy rules.",
    )
    p_binance.add_argument("trader", nargs="?", help="only this trader (default: every one)")

    prices = sub.add_parser(
        "prices", help="candles and funding rates the paper engine and backtests run on"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    p_import = prices.add_parser(
        "import",
        parents=[common],
        help="Binance archive files (klines or fundingRate, ZIP or CSV)",
        description="Files of Binance's public data archive (data.binance.vision), e.g. "
        "BTCUSDT-1m-2024-01.zip or BTCUSDT-fundingRate-2024-01.zip; symbol and interval come "
        "from the file name unless given. All files in one transaction. See docs/imports.md.",
    )
    p_import.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p_import.add_argument("--symbol", help="contract (BTCUSDT) or token (BTC); default: file name")
    p_import.add_argument("--interval", help="1m … 1d; default: from the file name")
    p_fetch = prices.add_parser(
        "fetch",
        parents=[common],
        help="closed candles and funding from Binance's USDⓈ-M API",
        description="GET /fapi/v1/klines and /fapi/v1/fundingRate at binance_futures_url. "
        "Without symbols: every contract an active trader trades or a copy is open in. "
        "Without --start: from each contract's last stored candle, or price_backfill_days ago.",
    )
    p_fetch.add_argument("symbols", nargs="*", metavar="SYMBOL", help="contracts or tokens")
    p_fetch.add_argument("--interval", default="1m", help="1m … 1d (default 1m)")
    p_fetch.add_argument("--start", help="ISO time")
    p_fetch.add_argument("--end", help="ISO time (default: now)")
    p_fetch.add_argument("--no-funding", action="store_true", help="candles only")
    p_delete = prices.add_parser(
        "delete", parents=[common], help="remove a contract's stored candles (and funding)"
    )
    p_delete.add_argument("symbol", help="contract or token")
    p_delete.add_argument("--interval", help="only these candles (default: all, and funding)")
    p_list = prices.add_parser("list", parents=[reads], help="what is stored, per symbol")
    p_list.add_argument("--symbol", help="only this contract or token")
    p_brackets = prices.add_parser(
        "brackets",
        help="maintenance-margin brackets per contract (liquidation prices, leverage allowed)",
        description="Each contract's notional brackets: the table read from the exchange or "
        "imported, else the one shipped with the application, else an estimate. See "
        "docs/execution.md (Liquidation).",
    ).add_subparsers(dest="brackets_action", metavar="ACTION", required=True)
    b_import = p_brackets.add_parser(
        "import",
        parents=[common],
        help="a saved GET /fapi/v1/leverageBracket response or ccxt fetch_leverage_tiers JSON",
    )
    b_import.add_argument("file", type=Path, metavar="FILE")
    b_show = p_brackets.add_parser("show", parents=[reads], help="the table a contract uses")
    b_show.add_argument("symbol", help="contract (BTCUSDT) or token (BTC)")
    p_brackets.add_parser("list", parents=[reads], help="the stored tables")
    b_forget = p_brackets.add_parser(
        "forget", parents=[common], help="drop a contract's stored table (the shipped one applies)"
    )
    b_forget.add_argument("symbol", help="contract or token")
    discover = sub.add_parser(
        "discover",
        help="find traders worth copying: candidates, their score, does it predict",
        description="Candidates from Binance's lead lists, files and the traders you follow, "
        "ranked by a transparent risk-adjusted score. See docs/discover.md.",
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    d_scan = discover.add_parser(
        "scan", parents=[common], help="read Binance's copy-trading and leaderboard lists now"
    )
    d_scan.add_argument("--pages", type=int, default=2, help="pages of the copy-trading list")
    d_scan.add_argument(
        "--no-binance", action="store_true", help="only bring in the traders you follow"
    )
    d_import = discover.add_parser(
        "import",
        parents=[common],
        help="candidates from a CSV/XLSX file",
        description="Columns: candidate, date, daily_return; optional: avg_leverage, source, "
        "source_ref. See docs/imports.md.",
    )
    d_import.add_argument("file", type=Path)
    d_rank = discover.add_parser("rank", parents=[reads], help="every candidate, best first")
    d_rank.add_argument("--top", type=int, help="only the first N")
    discover.add_parser(
        "evaluate", parents=[reads], help="walk-forward: does the score predict the next 30 days?"
    )
    d_add = discover.add_parser(
        "add", parents=[common], help="add a candidate as a paper trader, cautious settings"
    )
    d_add.add_argument("id", type=int, help="the candidate id (from discover rank)")

    settings = sub.add_parser("settings", help="global settings").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    settings.add_parser("show", parents=[reads])
    s_set = settings.add_parser("set", parents=[common], help="KEY=VALUE ...")
    s_set.add_argument("pairs", nargs="+")

    serve = sub.add_parser(
        "serve",
        parents=[common],
        help="run the HTTP API and the background jobs without a window (docs/api.md)",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8765, help="TCP port (default 8765)")
    serve.add_argument(
        "--token-file", type=Path, help="bearer token file, made (mode 0600) when missing"
    )
    serve.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a --host other than this machine (127.0.0.1, ::1, localhost)",
    )
    serve.add_argument(
        "--no-telegram", action="store_true", help="do not listen to live Telegram channels"
    )

    telegram = sub.add_parser(
        "telegram",
        help="live Telegram channels (needs the telegram extra)",
        description='Needs: pip install "tradermanager[telegram]". Credentials stay in the '
        "OS keyring; telegram traders (source_ref @channel) are listened to.",
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    tg_login = telegram.add_parser(
        "login", parents=[common], help="sign in and keep the session in the OS keyring"
    )
    tg_login.add_argument("--api-id", required=True, help="from my.telegram.org → API tools")
    tg_login.add_argument("--api-hash", help="from my.telegram.org (prompted when omitted)")
    tg_login.add_argument("--phone", help="the account's phone number, +… (else prompted)")
    tg_login.add_argument(
        "--session", help="a ready Telethon StringSession instead of a code; - reads stdin"
    )
    telegram.add_parser("status", parents=[common], help="credentials and watched channels")
    telegram.add_parser("forget", parents=[common], help="delete the saved credentials")
    tg_listen = telegram.add_parser(
        "listen", parents=[common], help="listen in the foreground until Ctrl+C"
    )
    tg_listen.add_argument("--seconds", type=float, help="stop after this many seconds")
    _exchange_commands(sub, common)
    _notify_commands(sub, common, reads)
    return parser


def _exchange_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    exchange = sub.add_parser(
        "exchange",
        help="your exchange account for live copies (needs the live extra)",
        description='Needs: pip install "tradermanager[live]". Binance USDⓈ-M futures; the API '
        "key and secret stay in the OS keyring. See docs/live.md.",
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    connect = exchange.add_parser(
        "connect",
        parents=[common],
        help="check an API key and keep it in the OS keyring",
        description="Asks for the key and the secret (no echo), or reads them as two lines "
        "from standard input when it is not a terminal. Never pass them as arguments.",
    )
    where = connect.add_mutually_exclusive_group()
    where.add_argument(
        "--demo", action="store_true", help="Binance futures demo trading (demo-fapi.binance.com)"
    )
    where.add_argument("--url", help="another base URL, e.g. a local exchange emulator")
    exchange.add_parser(
        "status", parents=[common], help="balance, margin and position mode, key permissions"
    )
    exchange.add_parser("forget", parents=[common], help="delete the key from the OS keyring")
    flatten = exchange.add_parser(
        "flatten",
        parents=[common],
        help="kill switch: close every live position and cancel every order the app placed",
        description="Shows what will be closed and asks on a terminal; --yes skips the "
        "question (required without a terminal). Positions and orders the app did not place "
        "are left alone and listed. Exits 1 when something could not be closed.",
    )
    flatten.add_argument("--trader", help="only this trader's live copies (name or id)")
    flatten.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    flatten.add_argument(
        "--keep-copying",
        action="store_true",
        help="do not pause the live traders (by default they are paused first, so no new "
        "signal opens a copy behind the switch)",
    )
    exchange.add_parser(
        "reconcile",
        parents=[common],
        help="match the exchange to the app's records now (the app does it every minute)",
    )
    findings = exchange.add_parser(
        "findings",
        parents=[common],
        help="what reconciliation found on the exchange that the app cannot explain",
        description="Open findings (and stops placed again) with when they were first and "
        "last seen; --all adds resolved ones. Nothing listed is ever closed by the app.",
    )
    findings.add_argument("--all", action="store_true", help="resolved findings too")
    findings.add_argument(
        "--acknowledge", type=int, metavar="ID", help="mark finding ID as seen by you"
    )


def _routing_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--channels",
        default=None,
        help='besides the tray: "telegram", "email", "telegram,email" or "" for the tray only',
    )
    parser.add_argument(
        "--severity",
        choices=["info", "warning", "urgent"],
        help="urgent goes out during quiet hours (default: per rule kind)",
    )


def _quiet_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quiet-from", default="", help="HH:MM local time; non-urgent held")
    parser.add_argument("--quiet-to", default="", help="HH:MM local time")


def _notify_commands(
    sub: Any, common: argparse.ArgumentParser, reads: argparse.ArgumentParser
) -> None:
    notify = sub.add_parser(
        "notify",
        help="alerts by Telegram and e-mail: set up, test, the outbox",
        description="Secrets (bot token, SMTP password) go to the OS keyring; they are read "
        "from standard input or prompted, never taken as arguments. See docs/alerts.md.",
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    tg = notify.add_parser("telegram", parents=[common], help="set up the Telegram bot")
    tg.add_argument("--chat-id", required=True, help="your chat id (docs/alerts.md)")
    tg.add_argument(
        "--token-stdin",
        action="store_true",
        help="read the bot token from standard input (else prompted when none is saved)",
    )
    tg.add_argument("--new-token", action="store_true", help="prompt for a new token")
    tg.add_argument("--base-url", help="Bot API server (default https://api.telegram.org)")
    _quiet_flags(tg)
    mail = notify.add_parser("email", parents=[common], help="set up e-mail (SMTP)")
    mail.add_argument("--host", required=True)
    mail.add_argument("--port", type=int, help="default 587 (starttls), 465 (ssl), 25 (none)")
    mail.add_argument("--security", choices=["starttls", "ssl", "none"], default="starttls")
    mail.add_argument("--user", default="", help="login (empty: the server needs none)")
    mail.add_argument("--from", dest="sender", default="", help="sender address")
    mail.add_argument("--to", required=True, help="recipients, comma-separated")
    mail.add_argument(
        "--password-stdin", action="store_true", help="read the SMTP password from stdin"
    )
    mail.add_argument("--new-password", action="store_true", help="prompt for a new password")
    _quiet_flags(mail)
    zone = notify.add_parser("timezone", parents=[common], help="time zone of quiet hours")
    zone.add_argument("name", help='IANA name such as Europe/Berlin; "" = this computer')
    test = notify.add_parser("test", parents=[common], help="send a test message now")
    test.add_argument("channel", choices=["telegram", "email"])
    notify.add_parser("status", parents=[reads], help="channels and the outbox in numbers")
    outbox = notify.add_parser("outbox", parents=[reads], help="queued, sent and failed messages")
    outbox.add_argument("--status", choices=["pending", "sending", "sent", "failed"])
    outbox.add_argument("--limit", type=int, default=50)
    notify.add_parser(
        "deliver", parents=[common], help="send every message that is due now (e.g. from cron)"
    )
    retry = notify.add_parser("retry", parents=[common], help="send failed messages again")
    retry.add_argument("ids", nargs="*", type=int, help="message ids (default: every failed one)")
    forget = notify.add_parser("forget", parents=[common], help="remove a channel and its secret")
    forget.add_argument("channel", choices=["telegram", "email"])


def read_only_commands(parser: argparse.ArgumentParser) -> set[str]:
    """Every command (``"traders list"``, ``"metrics"``) declared with the read-only parent."""
    found: set[str] = set()

    def walk(node: argparse.ArgumentParser, prefix: str) -> None:
        for action in node._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    command = f"{prefix} {name}".strip()
                    if child.get_default("read_only"):
                        found.add(command)
                    walk(child, command)

    walk(parser, "")
    return found
