"""Comparing 2–6 traders: the best value of a metric, radar scaling and token overlap.

Pure functions over plain sequences; formulas and edge cases in docs/metrics.md
("Comparison").
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

TIE_VALUE = 0.5  # every known value of an axis is the same: nobody is better, all sit mid-way
_TIE_TOLERANCE = 1e-12  # relative: values this close count as equal (floating-point noise)


def _known(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


def _tied(low: float, high: float) -> bool:
    return high - low <= _TIE_TOLERANCE * max(1.0, abs(low), abs(high))


def scale_axis(
    values: Sequence[float | None], *, inverse: bool = False
) -> tuple[float | None, ...]:
    """Min–max scale ``values`` across the compared traders to 0..1.

    ``(v − min) / (max − min)``, or ``(max − v) / (max − min)`` for an ``inverse`` axis (lower
    is better: the lowest value gets 1). None (and NaN/inf) stays None and takes no part in
    min and max. When every known value is the same (or only one is known) they all get
    :data:`TIE_VALUE`: a comparison that cannot tell the traders apart puts nobody at the rim
    or the centre.
    """
    known = [float(v) for v in values if v is not None and _known(v)]
    if not known:
        return tuple(None for _ in values)
    low, high = min(known), max(known)
    out: list[float | None] = []
    for v in values:
        if v is None or not _known(v):
            out.append(None)
        elif _tied(low, high):
            out.append(TIE_VALUE)
        else:
            scaled = (high - v if inverse else v - low) / (high - low)
            out.append(min(1.0, max(0.0, scaled)))
    return tuple(out)


def best_indices(values: Sequence[float | None], higher_is_better: bool) -> tuple[int, ...]:
    """Positions holding the best value (all of them when several share it); empty when
    fewer than two values are known or all known values are equal — there is no winner."""
    known = [(float(v), i) for i, v in enumerate(values) if v is not None and _known(v)]
    if len(known) < 2:
        return ()
    numbers = [v for v, _ in known]
    low, high = min(numbers), max(numbers)
    if _tied(low, high):
        return ()
    best = high if higher_is_better else low
    return tuple(i for v, i in known if _tied(min(v, best), max(v, best)))


@dataclass(frozen=True, slots=True)
class TokenOverlapFigures:
    """Token overlap of traders (index = position in the input).

    ``tokens``: every token any of them traded, those held by the most traders first, then
    by total share. ``shares[k][i]``: trader i's share of notional in ``tokens[k]`` (0 when
    not traded). ``holders[k]``: how many of them traded it. ``shared_share[i]``: trader i's
    share of notional in tokens at least one other trader also traded (None without
    trades). ``pair_overlap[i][j]``: Σ_k min(w_ik, w_jk), 1 on the diagonal (None when
    either has no trades).
    """

    tokens: tuple[str, ...]
    shares: tuple[tuple[float, ...], ...]
    holders: tuple[int, ...]
    shared_share: tuple[float | None, ...]
    pair_overlap: tuple[tuple[float | None, ...], ...]


def pair_overlap(a: Mapping[str, float], b: Mapping[str, float]) -> float | None:
    """Σ over tokens of min(share in a, share in b): 0 = no token in common, 1 = the same
    token mix. None when either side has no trades."""
    if not a or not b:
        return None
    return float(sum(min(w, b[t]) for t, w in a.items() if t in b))


def token_overlap(shares: Sequence[Mapping[str, float]]) -> TokenOverlapFigures:
    """Which tokens the traders share and how much, from each trader's token shares of
    notional (token → fraction, summing to 1; empty without trades)."""
    n = len(shares)
    union = {t for s in shares for t in s if s[t] > 0}
    holders = {t: sum(1 for s in shares if s.get(t, 0) > 0) for t in union}
    total = {t: sum(s.get(t, 0.0) for s in shares) for t in union}
    tokens = sorted(union, key=lambda t: (-holders[t], -total[t], t))
    shared = {t for t in union if holders[t] >= 2}
    shared_share = tuple(
        float(sum(w for t, w in s.items() if t in shared)) if s else None for s in shares
    )
    matrix = tuple(
        tuple(
            (1.0 if shares[i] else None) if i == j else pair_overlap(shares[i], shares[j])
            for j in range(n)
        )
        for i in range(n)
    )
    return TokenOverlapFigures(
        tokens=tuple(tokens),
        shares=tuple(tuple(float(s.get(t, 0.0)) for s in shares) for t in tokens),
        holders=tuple(holders[t] for t in tokens),
        shared_share=shared_share,
        pair_overlap=matrix,
    )
