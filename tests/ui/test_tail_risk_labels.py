"""The VaR and CVaR marks of the daily-return histogram (the Tail risk tab and the report's
chart) keep their labels apart, however close the two values are, and state the value."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSize

from tradermanager.ui.details.tail_risk_tab import TailRiskTab
from tradermanager.ui.report_charts import SIZES, offscreen


def tail(returns: np.ndarray) -> tuple[float, float]:
    """Historical VaR 95 and the mean of the days at or below it (CVaR 95)."""
    var = float(np.quantile(returns, 0.05))
    return var, float(returns[returns <= var].mean())


@pytest.mark.parametrize(
    "returns",
    [
        np.random.default_rng(3).normal(0.002, 0.01, 90),  # CVaR close to VaR
        np.r_[np.zeros(23), np.linspace(0.001, 0.016, 7)],  # both exactly 0
        np.r_[np.full(5, -0.0401), np.random.default_rng(4).normal(0.01, 0.01, 85)],
    ],
)
@pytest.mark.parametrize("figures", [True, False])  # the tab shows them; the report does not
def test_var_and_cvar_labels_do_not_overlap(qtbot, returns, figures):
    var, cvar = tail(returns)
    tab = TailRiskTab()
    qtbot.addWidget(tab)
    tab.figures.setVisible(figures)
    size = SIZES["returns"] if not figures else QSize(700, 330)  # the report; a laptop's tab
    with offscreen(tab, size):
        tab.show_values({"var_95": var, "cvar_95": cvar})
        tab.show_returns(returns)
        qtbot.wait(10)
        labels = {key: line.label for key, line in tab.marks.items()}
        rects = {k: label.sceneBoundingRect() for k, label in labels.items()}
        assert all(label.isVisible() for label in labels.values())
        assert not rects["var_95"].intersects(rects["cvar_95"]), (var, cvar, rects)
        plot_area = tab.plot.vb.sceneBoundingRect()
        for rect in rects.values():  # inside the plot, not over the title or the axes
            assert plot_area.contains(rect.topLeft()) and plot_area.contains(rect.bottomLeft())
    assert labels["var_95"].toPlainText().startswith("VaR 95 ")
    assert labels["cvar_95"].toPlainText().startswith("CVaR 95 ")
    assert f"{abs(var) * 100:.1f}%" in labels["var_95"].toPlainText()
