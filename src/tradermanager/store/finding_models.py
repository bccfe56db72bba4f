"""Reconciliation's findings, kept so that a restart neither repeats nor loses them. Times
epoch ms (UTC)."""

from __future__ import annotations

import peewee as pw

from tradermanager.store.models import BaseModel


class ExchangeFindingRow(BaseModel):
    """One finding (see :mod:`tradermanager.domain.live_findings`). At most one row per ``key``
    is unresolved; a finding that comes back after it was resolved gets a new row."""

    id = pw.AutoField()
    key = pw.CharField(index=True)
    kind = pw.CharField()
    symbol = pw.CharField()
    message = pw.TextField()
    target = pw.CharField()
    first_seen_ms = pw.BigIntegerField()
    last_seen_ms = pw.BigIntegerField()
    resolved_ms = pw.BigIntegerField(null=True, index=True)
    acknowledged_ms = pw.BigIntegerField(null=True)

    class Meta:
        table_name = "exchange_finding"


FINDING_MODELS: list[type[BaseModel]] = [ExchangeFindingRow]
