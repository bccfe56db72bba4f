"""The command line: every capability without the window (cron, servers, scripts).

Every command takes ``--db PATH`` and ``--json``. Errors go to stderr with a non-zero exit
code: 2 for invalid input, 3 for something that does not exist, 1 for a database problem,
4 for a missing optional extra or OS keyring, 5 when a network source (Binance) answered
nothing usable (also when every trader of a poll failed), 6 for a test notification that was
not delivered.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

import peewee as pw

from tradermanager.cli.analysis import (
    run_alerts,
    run_backtest,
    run_compare,
    run_metrics,
    run_portfolio,
    run_report,
)
from tradermanager.cli.common import EXIT_NETWORK as EXIT_NETWORK
from tradermanager.cli.common import CommandFailed
from tradermanager.cli.data import run_demo, run_import, run_poll, run_settings
from tradermanager.cli.discover import run_discover
from tradermanager.cli.exchange import run_exchange
from tradermanager.cli.notify import DeliveryFailedError, run_notify
from tradermanager.cli.output import terminal_text
from tradermanager.cli.parser import build_parser
from tradermanager.cli.positions import run_orders, run_positions
from tradermanager.cli.prices import run_prices
from tradermanager.cli.serve import ApiUnavailableError, run_serve
from tradermanager.cli.telegram import run_telegram
from tradermanager.cli.traders import run_signal, run_signals, run_traders
from tradermanager.domain.errors import NotFoundError, ValidationError
from tradermanager.exchange.errors import ExchangeError, ExchangeUnavailableError
from tradermanager.notify.errors import NotifyUnavailableError
from tradermanager.services import Services, open_services
from tradermanager.sources.binance_leaderboard import BinanceError
from tradermanager.sources.telegram_credentials import TelegramUnavailableError
from tradermanager.store.database_errors import describe as describe_database_error
from tradermanager.store.errors import StoreError

EXIT_STORE, EXIT_INVALID, EXIT_NOT_FOUND = 1, 2, 3
EXIT_UNAVAILABLE = 4  # an optional extra or the OS keyring is missing
EXIT_NOT_DELIVERED = 6  # a test notification did not go out

COMMANDS: dict[str, Callable[[Services, argparse.Namespace], None]] = {
    "traders": run_traders,
    "signal": run_signal,
    "signals": run_signals,
    "settings": run_settings,
    "demo": run_demo,
    "metrics": run_metrics,
    "alerts": run_alerts,
    "import": run_import,
    "backtest": run_backtest,
    "portfolio": run_portfolio,
    "compare": run_compare,
    "report": run_report,
    "poll": run_poll,
    "telegram": run_telegram,
    "prices": run_prices,
    "discover": run_discover,
    "positions": run_positions,
    "orders": run_orders,
    "notify": run_notify,
    "exchange": run_exchange,
    "serve": run_serve,
}


def run(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (the GUI is started by ``__main__``)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("no command given")
    try:
        svc = open_services(
            args.db,
            create=not getattr(args, "read_only", False),
            # a server runs for weeks on the file: check it whole first, whatever its size
            check=True if args.command == "serve" else None,
        )
    except StoreError as exc:
        return _fail(str(exc), EXIT_STORE)
    try:
        COMMANDS[args.command](svc, args)
    except ValidationError as exc:
        return _fail(f"invalid input: {exc}", EXIT_INVALID)
    except NotFoundError as exc:
        return _fail(str(exc), EXIT_NOT_FOUND)
    except StoreError as exc:
        return _fail(str(exc), EXIT_STORE)
    except pw.DatabaseError as exc:  # e.g. a page found damaged while reading
        return _fail(describe_database_error(svc.store.path, exc), EXIT_STORE)
    except (TelegramUnavailableError, NotifyUnavailableError, ApiUnavailableError) as exc:
        return _fail(str(exc), EXIT_UNAVAILABLE)
    except BinanceError as exc:
        return _fail(str(exc), EXIT_NETWORK)
    except ExchangeUnavailableError as exc:
        return _fail(str(exc), EXIT_UNAVAILABLE)
    except ExchangeError as exc:
        return _fail(f"exchange: {exc}", EXIT_NETWORK)
    except DeliveryFailedError as exc:
        return _fail(str(exc), EXIT_NOT_DELIVERED)
    except CommandFailed as exc:
        return _fail(str(exc), exc.code)
    except BrokenPipeError:  # the reader stopped early (`... | head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second failure
    finally:
        svc.close()
    return 0


def _fail(message: str, code: int) -> int:
    sys.stderr.write(terminal_text(f"tradermanager: error: {message}") + "\n")
    return code
