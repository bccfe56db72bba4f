"""The application API: one object per capability. The GUI, jobs, CLI and tests call these."""

from __future__ import annotations

from dataclasses import dataclass

from tradermanager.domain.clock import Clock, SystemClock
from tradermanager.services.activity import ActivityService
from tradermanager.services.alerts import AlertService
from tradermanager.services.app_settings import AppSettingsService
from tradermanager.services.backtest import BacktestService
from tradermanager.services.binance_poller import BinancePollerService
from tradermanager.services.comparison import ComparisonService
from tradermanager.services.copy_state import CopyState
from tradermanager.services.demo import DemoService
from tradermanager.services.discover import DiscoverService
from tradermanager.services.exchange_findings import ExchangeFindingsService
from tradermanager.services.imports import ImportService
from tradermanager.services.kill_switch import KillSwitch
from tradermanager.services.live_copies import LiveCopyService
from tradermanager.services.live_copy_actions import LiveCopyActions
from tradermanager.services.live_exchange import LiveExchange
from tradermanager.services.live_guards import LiveGuards
from tradermanager.services.market_data import MarketDataService
from tradermanager.services.metrics import MetricsService
from tradermanager.services.notifications import NotificationService
from tradermanager.services.paper import PaperService
from tradermanager.services.pipeline import PipelineService
from tradermanager.services.portfolio import PortfolioService
from tradermanager.services.promotion import PromotionService
from tradermanager.services.reconciliation import ReconciliationService
from tradermanager.services.report_data import ReportService
from tradermanager.services.review import ReviewService
from tradermanager.services.telegram_live import TelegramLiveService
from tradermanager.services.traders import TraderService
from tradermanager.store.connection import Store, open_store


@dataclass(frozen=True)
class Services:
    store: Store
    clock: Clock
    settings: AppSettingsService
    traders: TraderService
    pipeline: PipelineService
    demo: DemoService
    metrics: MetricsService
    alerts: AlertService
    notifications: NotificationService
    imports: ImportService
    backtest: BacktestService
    promotion: PromotionService
    comparison: ComparisonService
    report: ReportService
    portfolio: PortfolioService
    binance: BinancePollerService
    telegram: TelegramLiveService
    market: MarketDataService
    discover: DiscoverService
    paper: PaperService
    activity: ActivityService
    review: ReviewService
    exchange: LiveExchange  # the connected exchange account and its one order gateway
    reconciliation: ReconciliationService
    findings: ExchangeFindingsService
    copy_actions: LiveCopyActions
    kill_switch: KillSwitch
    live_copies: LiveCopyService
    live_guards: LiveGuards

    def close(self) -> None:
        self.store.close()

    def release_thread_connection(self) -> None:
        """Work on another thread is done: close that thread's database connection (peewee
        keeps one per thread), so pool threads hold no file handles between tasks."""
        self.store.close()


def build_services(
    store: Store, clock: Clock | None = None, *, exchange: LiveExchange | None = None
) -> Services:
    """``exchange``: the live exchange to trade through (tests point one at an emulator)."""
    clock = clock or SystemClock()
    settings = AppSettingsService(store)
    traders = TraderService(store, clock, settings)
    metrics = MetricsService(store, clock, traders, settings)
    market = MarketDataService(store, settings, clock)
    backtest = BacktestService(clock, traders, settings, market)
    notifications = NotificationService(store, clock)
    alerts = AlertService(store, clock, traders, metrics, notifications)
    paper = PaperService(store, clock, traders, settings, market, alerts.raise_new_engine_alerts)
    exchange = exchange or LiveExchange(store, clock, alerts, notifications=notifications)
    live_copies = LiveCopyService(store, clock, exchange, settings)
    pipeline = PipelineService(store, clock, settings, live_copies)
    kill_switch = KillSwitch(exchange, traders)
    return Services(
        store=store,
        clock=clock,
        settings=settings,
        traders=traders,
        pipeline=pipeline,
        demo=DemoService(store, clock, traders, settings, paper, metrics),
        metrics=metrics,
        alerts=alerts,
        notifications=notifications,
        imports=ImportService(store, traders, pipeline),
        backtest=backtest,
        promotion=PromotionService(store, clock, traders, settings, metrics),
        comparison=ComparisonService(clock, traders, metrics),
        report=ReportService(clock, settings, traders, metrics, pipeline),
        portfolio=PortfolioService(store, clock, traders, settings),
        binance=BinancePollerService(store, clock, traders, pipeline, settings),
        telegram=TelegramLiveService(
            store, traders, pipeline, holds_position=CopyState(paper, market).holds_position
        ),
        market=market,
        discover=DiscoverService(store, clock, traders, metrics, backtest, settings),
        paper=paper,
        activity=ActivityService(store),
        review=ReviewService(store, clock, traders, pipeline),
        exchange=exchange,
        reconciliation=ReconciliationService(clock, exchange, book_fills=live_copies.catch_up),
        findings=ExchangeFindingsService(store, clock),
        copy_actions=LiveCopyActions(live_copies, kill_switch),
        kill_switch=kill_switch,
        live_copies=live_copies,
        live_guards=LiveGuards(
            store, clock, exchange, kill_switch, traders, settings, live_copies.sync_fills
        ),
    )


def open_services(
    path: str | None = None,
    *,
    create: bool = True,
    clock: Clock | None = None,
    check: bool | None = None,
) -> Services:
    """Open the database at ``path`` (default: the user data dir) and build every service.
    ``check=True`` runs SQLite's integrity check whatever the file's size (see open_store)."""
    return build_services(open_store(path, create=create, check=check), clock)
