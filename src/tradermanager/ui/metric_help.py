"""One sentence per metric, shown as a tooltip: the registry's help text (formulas are in
docs/metrics.md). ``"roi"`` is the window's own ROI."""

from __future__ import annotations

from tradermanager.domain.metric_registry import METRICS, WINDOW_ROI

HELP: dict[str, str] = {
    WINDOW_ROI: "Compounded return of the trader's equity over the window (time-weighted).",
    **{key: spec.help for key, spec in METRICS.items()},
}
