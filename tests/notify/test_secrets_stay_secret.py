"""The bot token and the SMTP password live in the keyring only: after setting both up,
delivering, failing, logging at DEBUG (httpx logs every URL, and the token is in the URL) and
writing a crash report, neither appears in the database, the logs or the crash report."""

from __future__ import annotations

import logging
import sqlite3
from datetime import timedelta

import pytest

from notify_servers import (
    CHAT_ID,
    CHAT_NOT_FOUND,
    SMTP_PASSWORD,
    SMTP_USER,
    TOKEN,
    bot_api_server,
    smtp_server,
    too_many,
)
from tradermanager.domain.enums import Side, TradeStatus
from tradermanager.domain.models import TraderTrade
from tradermanager.logs import setup_logging, write_crash_report
from tradermanager.store import trades as trade_repo


@pytest.fixture
def logs(tmp_path):
    folder = tmp_path / "logs"
    setup_logging("DEBUG", folder)
    httpx_log = logging.getLogger("httpx")  # logs every URL, and the token is in the URL
    was = httpx_log.disabled
    httpx_log.disabled = False
    yield folder
    httpx_log.disabled = was
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.name in ("tradermanager-file", "tradermanager-stderr"):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.WARNING)


def everything_written(db_path, logs) -> bytes:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    dump = "\n".join(conn.iterdump()).encode()
    conn.close()
    files = [db_path, *db_path.parent.glob(db_path.name + "-*"), *logs.iterdir()]
    return dump + b"".join(p.read_bytes() for p in files if p.is_file())


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_no_secret_in_the_database_logs_or_crash_reports(
    services, clock, db_path, logs, test_keyring
):
    with bot_api_server() as api, smtp_server(login=True) as box:
        services.notifications.configure_telegram(CHAT_ID, token=TOKEN, base_url=api.url)
        services.notifications.configure_email(
            "127.0.0.1",
            port=box.port,
            security="none",
            user=SMTP_USER,
            password=SMTP_PASSWORD,
            to="ann@example.com",
        )
        services.notifications.telegram_tuning.update(sleep=lambda _s: None)
        assert services.notifications.send_test("telegram").startswith("Test message sent")
        assert services.notifications.send_test("email").startswith("Test message sent")
        trader = services.traders.add(name="Ann")
        services.alerts.add_rule("Ann", "losses", 2, channels="telegram,email")
        now = clock.now()
        with services.store.write():
            trade_repo.insert_trades(
                trader.id,
                [
                    TraderTrade(
                        source_id=f"t{i}",
                        symbol="BTC",
                        side=Side.LONG,
                        leverage=5,
                        entry_price=100.0,
                        entry_time=now - timedelta(hours=5 - i),
                        notional=1.0,
                        status=TradeStatus.CLOSED,
                        exit_price=99.0,
                        exit_time=now - timedelta(hours=4 - i),
                        fees=0.0,
                        pnl=-1.0,
                    )
                    for i in range(2)
                ],
            )
        services.alerts.evaluate()
        api.script = [too_many(60), CHAT_NOT_FOUND]
        services.notifications.deliver_due()  # 429: later
        clock.advance(timedelta(minutes=2))
        services.notifications.deliver_due()  # chat not found: failed
        services.notifications.retry()
        services.notifications.deliver_due()
        services.notifications.configure_email(
            "127.0.0.1",
            port=box.port,
            security="none",
            user=SMTP_USER,
            password="wrong-" + SMTP_PASSWORD,
            to="ann@example.com",
        )
        services.notifications.deliver_due()
        assert len(box.messages) >= 2 and len(api.delivered) >= 2  # it really worked
    # a library that logs the secret outright, and a crash whose message carries it
    logging.getLogger("some.library").debug("connecting with token %s", TOKEN)
    try:
        raise RuntimeError(f"login failed for {SMTP_USER} with {SMTP_PASSWORD} at /bot{TOKEN}/")
    except RuntimeError as exc:
        logging.getLogger("tradermanager").exception("unhandled")
        write_crash_report(type(exc), exc, exc.__traceback__, logs)
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = everything_written(db_path, logs)
    log_text = (logs / "tradermanager.log").read_text()
    assert "HTTP Request: POST" in log_text and "«hidden»" in log_text  # httpx did log the URL
    assert any(p.name.startswith("crash-") for p in logs.iterdir())
    secret_part = TOKEN.split(":")[1]
    for secret in (TOKEN, secret_part, SMTP_PASSWORD):
        assert secret.encode() not in written
    assert test_keyring.get_password("tradermanager-notify", "telegram_bot_token") == TOKEN
