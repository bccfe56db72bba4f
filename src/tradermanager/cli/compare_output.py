"""``tradermanager compare`` as plain text: metrics side by side (best marked with *), token
overlap, return correlation and the redundant pairs."""

from __future__ import annotations

from typing import TextIO

from tradermanager.cli.output import print_table
from tradermanager.services.comparison import Comparison


def format_value(value: float | None, unit: str) -> str:
    """A compared value by its unit (see services.comparison.ComparedMetric); — undefined."""
    if value is None:
        return "—"
    if unit == "pct":
        return f"{value * 100:+.1f}%"
    if unit == "share":
        return f"{value * 100:.1f}%"
    if unit == "times":
        return f"{value:.2f}x"
    if unit == "score":
        return f"{value:.1f}"
    if unit == "count":
        return f"{value:.0f}"
    return f"{value:.2f}"


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def print_comparison(out: TextIO, result: Comparison) -> None:
    names = list(result.names)
    out.write(f"window {result.window}, as of {result.as_of:%Y-%m-%d %H:%M} UTC (* = best)\n")
    rows = [
        [row.label]
        + [
            format_value(v, row.unit) + (" *" if i in row.best else "")
            for i, v in enumerate(row.values)
        ]
        for row in result.metrics
    ]
    print_table(out, ["", *names], rows)

    out.write("\nradar (0..1 across these traders):\n")
    radar = [
        [axis.label] + ["—" if v is None else f"{v:.2f}" for v in axis.scaled]
        for axis in result.radar
    ]
    print_table(out, ["", *names], radar)

    tokens = result.tokens
    out.write("\ntoken shares of notional (tokens traded by 2+ of them):\n")
    shared = [
        [token, str(held)] + [_share(s) if s else "" for s in shares]
        for token, held, shares in zip(tokens.tokens, tokens.holders, tokens.shares, strict=True)
        if held >= 2
    ]
    print_table(out, ["token", "held by", *names], shared)
    out.write("in shared tokens: ")
    out.write(
        ", ".join(f"{n} {_share(v)}" for n, v in zip(names, tokens.shared_share, strict=True))
    )
    out.write("\n\npair overlap Σ min(share_a, share_b), and daily-return correlation:\n")
    pairs = [
        [
            f"{names[i]} / {names[j]}",
            _share(tokens.pair_overlap[i][j]),
            "—"
            if result.correlation.matrix[i][j] is None
            else f"{result.correlation.matrix[i][j]:.2f}",
        ]
        for i in range(len(names))
        for j in range(i + 1, len(names))
    ]
    print_table(out, ["pair", "token overlap", "correlation"], pairs)
    for i, j, value in result.redundant:
        out.write(
            f"redundant: {names[i]} and {names[j]} (correlation {value:.2f}) — "
            "copying both doubles the same bet\n"
        )
