"""Discover's tables. Candidates are never deleted: blown-up and vanished ones stay, with
their history, so a ranking or its evaluation is never judged on survivors only."""

from __future__ import annotations

import peewee as pw

from tradermanager.store.fields import UtcMillisField
from tradermanager.store.models import BaseModel, TraderRow


class CandidateRow(BaseModel):
    id = pw.AutoField()
    source = pw.CharField()
    source_ref = pw.CharField()
    name = pw.CharField()
    status = pw.CharField(default="active")
    status_reason = pw.TextField(default="")
    first_seen = UtcMillisField()
    last_seen = UtcMillisField()
    aum = pw.FloatField(null=True)
    copiers = pw.IntegerField(null=True)
    max_copiers = pw.IntegerField(null=True)
    positions_shared = pw.BooleanField(null=True)
    positions = pw.TextField(default="")  # JSON of the last open positions seen
    trader_id: int | None
    trader = pw.ForeignKeyField(TraderRow, null=True, on_delete="SET NULL")

    class Meta:
        table_name = "candidate"
        indexes = ((("source", "source_ref"), True),)


class CandidateDayRow(BaseModel):
    candidate_id: int
    candidate = pw.ForeignKeyField(CandidateRow, on_delete="CASCADE", index=False)
    day = pw.DateField()
    daily_return = pw.FloatField()
    leverage = pw.FloatField(null=True)
    pnl = pw.FloatField(null=True)
    aum = pw.FloatField(null=True)
    hhi = pw.FloatField(null=True)
    recorded_at = UtcMillisField()

    class Meta:
        table_name = "candidate_day"
        primary_key = pw.CompositeKey("candidate", "day")


CANDIDATE_MODELS: list[type[BaseModel]] = [CandidateRow, CandidateDayRow]
