"""notify commands: set up Telegram and e-mail, send a test, look at and work the outbox."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any, TextIO

from tradermanager.cli.common import emit
from tradermanager.cli.output import print_table
from tradermanager.domain.alert_routing import Channel, Notification
from tradermanager.domain.serialize import iso
from tradermanager.notify.errors import DeliveryError
from tradermanager.notify.secrets import backend_name
from tradermanager.services import Services
from tradermanager.services.notifications import KEEP

SECRET_STATE = {True: "saved", False: "missing", None: "keyring unavailable"}


class DeliveryFailedError(RuntimeError):
    """A test message did not go out (exit code 6)."""


def run_notify(svc: Services, args: argparse.Namespace) -> None:
    {
        "telegram": _telegram,
        "email": _email,
        "timezone": _timezone,
        "test": _test,
        "status": _status,
        "outbox": _outbox,
        "deliver": _deliver,
        "retry": _retry,
        "forget": _forget,
    }[args.action](svc, args)


def _secret(from_stdin: bool, ask: bool, prompt: str) -> Any:
    if from_stdin:
        return sys.stdin.readline().strip()
    if ask:
        return getpass.getpass(prompt)
    return KEEP


def _telegram(svc: Services, args: argparse.Namespace) -> None:
    saved = bool(svc.notifications.secret_saved(Channel.TELEGRAM))
    token = _secret(args.token_stdin, args.new_token or not saved, "Bot token (from @BotFather): ")
    svc.notifications.configure_telegram(
        args.chat_id,
        token=token,
        base_url=args.base_url,
        quiet_from=args.quiet_from,
        quiet_to=args.quiet_to,
    )
    _saved(args, "Telegram")


def _email(svc: Services, args: argparse.Namespace) -> None:
    saved = bool(svc.notifications.secret_saved(Channel.EMAIL))
    ask = bool(args.user) and (args.new_password or not saved)
    password = _secret(args.password_stdin, ask, f"SMTP password for {args.user}: ")
    svc.notifications.configure_email(
        args.host,
        port=args.port,
        security=args.security,
        user=args.user,
        sender=args.sender,
        to=args.to,
        password=password,
        quiet_from=args.quiet_from,
        quiet_to=args.quiet_to,
    )
    _saved(args, "E-mail")


def _saved(args: argparse.Namespace, what: str) -> None:
    backend = backend_name()
    emit(
        args,
        {"saved": True, "keyring": backend},
        lambda out: out.write(
            f"{what} set up; the secret is in the OS keyring ({backend}). "
            f"Try it: tradermanager notify test {what.lower()}\n"
        ),
    )


def _timezone(svc: Services, args: argparse.Namespace) -> None:
    zone = svc.notifications.set_timezone(args.name).timezone
    emit(
        args, {"timezone": zone}, lambda out: out.write(f"quiet hours in {zone or 'local time'}\n")
    )


def _test(svc: Services, args: argparse.Namespace) -> None:
    try:
        text = svc.notifications.send_test(args.channel)
    except DeliveryError as exc:
        raise DeliveryFailedError(f"the test message was not sent: {exc.reason}") from None
    emit(args, {"sent": True, "detail": text}, lambda out: out.write(text + "\n"))


def _status(svc: Services, args: argparse.Namespace) -> None:
    channels: list[dict[str, Any]] = [
        {
            "channel": s.channel.value,
            "configured": s.configured,
            "secret_saved": s.secret_saved,
            "summary": s.summary,
            "quiet_hours": s.quiet,
        }
        for s in svc.notifications.statuses()
    ]
    counts = svc.notifications.counts()
    zone = svc.notifications.settings().timezone or "local"
    data = {"timezone": zone, "channels": channels, "outbox": counts}

    def show(out: TextIO) -> None:
        rows = [
            [
                c["channel"],
                c["summary"],
                SECRET_STATE[c["secret_saved"]] if c["configured"] else "",
                c["quiet_hours"],
            ]
            for c in channels
        ]
        out.write("tray: always on\n")
        print_table(out, ["channel", "where", "secret", "quiet hours"], rows)
        out.write(
            "outbox: "
            + (", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "empty")
            + f"; quiet hours in {zone} time\n"
        )

    emit(args, data, show)


def notification_to_dict(n: Notification) -> dict[str, Any]:
    return {
        "id": n.id,
        "event_id": n.event_id,
        "channel": n.channel.value,
        "severity": n.severity.value,
        "trader": n.trader_name,
        "title": n.title,
        "status": n.status.value,
        "attempts": n.attempts,
        "not_before": iso(n.not_before),
        "created_at": iso(n.created_at),
        "sent_at": iso(n.sent_at),
        "last_error": n.last_error,
    }


def _outbox(svc: Services, args: argparse.Namespace) -> None:
    items = [notification_to_dict(n) for n in svc.notifications.outbox(args.status, args.limit)]

    def show(out: TextIO) -> None:
        rows = [
            [
                i["id"],
                (i["created_at"] or "")[:16].replace("T", " "),
                i["channel"],
                i["status"],
                i["attempts"],
                i["title"],
                i["last_error"],
            ]
            for i in items
        ]
        print_table(out, ["id", "created", "channel", "status", "tries", "alert", "reason"], rows)

    emit(args, items, show)


def _deliver(svc: Services, args: argparse.Namespace) -> None:
    report = svc.notifications.deliver_due()
    data = {
        "sent": report.sent,
        "retrying": report.retrying,
        "failed": [notification_to_dict(n) for n in report.failed],
    }

    def show(out: TextIO) -> None:
        out.write(f"sent {report.sent}, to retry {report.retrying}, failed {len(report.failed)}\n")
        for n in report.failed:
            out.write(f"  #{n.id} {n.channel.value}: {n.last_error}\n")

    emit(args, data, show)


def _retry(svc: Services, args: argparse.Namespace) -> None:
    n = svc.notifications.retry(args.ids or None)
    emit(args, {"requeued": n}, lambda out: out.write(f"{n} message(s) back in line\n"))


def _forget(svc: Services, args: argparse.Namespace) -> None:
    svc.notifications.remove_channel(Channel(args.channel))
    emit(args, {"removed": args.channel}, lambda out: out.write(f"{args.channel} removed\n"))
