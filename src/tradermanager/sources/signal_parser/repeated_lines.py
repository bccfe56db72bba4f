"""A line of levels written twice in a row, seen in the text as posted.

The judgement sends a signal holding a level twice to review when its line is written twice
(``judgement``: "2) 65404" twice in a Cornix block). It looks at the text after tables and
sheets were made plain and never sees a card read by the quick card reader: a sheet's row of
values under itself (``5.317 | 5.184 | 5.393`` twice under ``E | SL | TP1``), a target's price
alone on its line twice (``$0.5353`` over ``$0.5353``), an order line twice (``BUY LIMIT:
2.5369``). The same test on the text as posted catches those: copied, the plan would hold the
level twice.
"""

from __future__ import annotations

from tradermanager.sources.signal_parser.model import ParsedMessage
from tradermanager.sources.signal_parser.pasted_parts import line_written_twice


def level_line_repeated(text: str, read: ParsedMessage) -> str:
    """Why a signal read from ``text`` must not be copied: it holds a level twice and a line
    of the text is written twice in a row; or ""."""
    entries, targets = read.entries, read.take_profits
    if len(set(entries)) == len(entries) and len(set(targets)) == len(targets):
        return ""
    line = line_written_twice(text)
    if not line:
        return ""
    return f"The line “{line}” is written twice: a level would be copied twice. Check it."
