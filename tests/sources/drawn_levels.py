"""Levels drawn for parser properties: whole-number steps from an entry, scaled to any
magnitude (1 for five-digit prices, 100 for cents, 100,000 for sub-cent coins)."""

from __future__ import annotations

from hypothesis import strategies as st

from tradermanager.sources.signal_parser import ParsedMessage
from tradermanager.sources.signal_parser.model import MessageKind

# an entry, whole-number steps from it and a scale: the arguments of stepped_levels
LEVELS = {
    "entry": st.integers(1000, 9000),
    "steps": st.lists(st.integers(5, 60), min_size=1, max_size=4),
    "scale": st.sampled_from([1, 100, 100_000]),
    "long": st.booleans(),
}


def stepped_levels(entry: int, steps: list[int], scale: int, long: bool) -> list[float]:
    """Each level ``steps`` further from the last in the side's direction, divided by
    ``scale``: targets above the entry for a long, below it for a short."""
    sign = 1 if long else -1
    out, level = [], entry
    for s in steps:
        level += sign * s
        out.append(level / scale)
    return out


def assert_signal_levels(
    parsed: ParsedMessage,
    tps: list[float],
    stop: float,
    *,
    entries: tuple[float, ...] | None = None,
    why: object = None,
) -> None:
    """``parsed`` is a signal with these targets and stop (and these entries when given);
    ``why`` is shown when it is no signal (the parser's reason when not given)."""
    assert parsed.kind is MessageKind.SIGNAL, parsed.reason if why is None else why
    if entries is not None:
        assert parsed.entries == entries
    assert list(parsed.take_profits) == tps
    assert parsed.stop_loss == stop
