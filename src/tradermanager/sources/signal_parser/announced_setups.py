"""A setup announced for later: a side named, no entry and no target, and words saying the
levels come in a later post ("Waiting for a daily close below 0.3878. Entries will be posted
after the close.", "if the 1D closes above 152.3 I'll share the plan here"). Nothing in it
can be copied, and no order of the channel's is open: talk, not a card to review."""

from __future__ import annotations

import re

from tradermanager.sources.signal_parser.literal_first import holds_any

_LATER = re.compile(
    r"(?<![\w])(?:(?:entries|entry|levels|setup|plan|details|targets)[^\S\n]+(?:will|to)"
    r"[^\S\n]+be[^\S\n]+(?:posted|shared|given|sent)"
    r"|(?:i'?ll|i[^\S\n]+will|we'?ll|we[^\S\n]+will)[^\S\n]+(?:post|share|send)"
    r"[^\S\n]+(?:the[^\S\n]+)?(?:entries|entry|levels|setup|plan|swing[^\S\n]+plan|details))"
    r"(?![\w])",
    re.I,
)


def announced_for_later(low: str) -> bool:
    """Whether the lower-cased ``low`` says its levels come in a later post."""
    return holds_any(low, ("posted", "shared", "post ", "share ", "given", "sent")) and (
        _LATER.search(low) is not None
    )
