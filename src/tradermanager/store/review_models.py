"""The review queue's tables: what the user decided about a message that needed review, and
the per-channel templates learnt from their corrections."""

from __future__ import annotations

import peewee as pw

from tradermanager.store.fields import UtcMillisField
from tradermanager.store.models import BaseModel, TraderRow


class ReviewDecisionRow(BaseModel):
    """One reviewed message: accepted (with the fields as corrected, JSON) or dismissed."""

    id = pw.AutoField()
    trader_id: int
    trader = pw.ForeignKeyField(TraderRow, on_delete="CASCADE", index=False)
    source_id = pw.CharField()
    status = pw.CharField()  # accepted | dismissed
    fields = pw.TextField(default="")  # JSON of the corrected fields when accepted
    template_id = pw.IntegerField(null=True)  # the template that read it, when one did
    decided_at = UtcMillisField()

    class Meta:
        table_name = "review_decision"
        indexes = ((("trader", "source_id"), True),)


class ChannelTemplateRow(BaseModel):
    """A channel's layout learnt from one correction: its markers (JSON) and the message it
    was learnt from."""

    id = pw.AutoField()
    trader_id: int
    trader = pw.ForeignKeyField(TraderRow, on_delete="CASCADE")
    learnt_from = pw.CharField()  # the source id of the corrected message
    markers = pw.TextField()  # JSON: {"marker": "entry" | "target" | "stop" | "long" | "short"}
    created_at = UtcMillisField()

    class Meta:
        table_name = "channel_template"


class MessageDeletionRow(BaseModel):
    """A signal its channel deleted while the signal's position was open, and what became of my
    copy: ``cancelled`` (nothing had filled: its entries were withdrawn), ``waiting`` (it may
    hold a position: the user chooses in the review queue), then ``closed`` or ``kept``."""

    id = pw.AutoField()
    trader_id: int
    trader = pw.ForeignKeyField(TraderRow, on_delete="CASCADE", index=False)
    source_id = pw.CharField()
    deleted_at = UtcMillisField()
    status = pw.CharField()
    decided_at = UtcMillisField(null=True)

    class Meta:
        table_name = "message_deletion"
        indexes = ((("trader", "source_id"), True),)


REVIEW_MODELS: list[type[BaseModel]] = [ReviewDecisionRow, ChannelTemplateRow, MessageDeletionRow]
