"""Small array helpers shared by the batched metric families."""

from __future__ import annotations

import numpy as np


def count_by(codes: np.ndarray, m: int, weights: np.ndarray | None = None) -> np.ndarray:
    """Per-group count (or weighted sum) for integer group codes 0..m-1, as floats."""
    return np.bincount(codes, weights=weights, minlength=m).astype(float)


def ratio(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a / b, NaN where b is 0 (undefined, never inf)."""
    out = np.full(np.broadcast(a, b).shape, np.nan)
    with np.errstate(over="ignore"):  # ±inf: undefined at the edge, like NaN
        np.divide(a, b, out=out, where=b != 0)
    return out


def plain(values: np.ndarray) -> list[float | None]:
    """Floats for JSON: NaN and ±inf become None."""
    return [
        None if v != v or v in (np.inf, -np.inf) else v
        for v in np.asarray(values, dtype=float).tolist()
    ]
