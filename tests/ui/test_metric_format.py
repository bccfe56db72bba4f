"""A value reads by its registry unit, the same on the card, the tabs and the report."""

from __future__ import annotations

from tradermanager.ui.metric_format import caption, formatter, label


def test_each_unit_has_its_shape():
    assert formatter("roi")(0.1234) == "+12.3%"  # a return: signed
    assert formatter("max_drawdown")(-0.058) == "-5.8%"
    assert formatter("win_rate")(0.5) == "50.0%"  # a share: no sign
    assert formatter("underwater_pct")(0.534) == "53%"  # its registry digits: 0
    assert formatter("liquidation_risk")(0.00005) == "<0.01%"  # a probability may be tiny
    assert formatter("avg_leverage")(5.25) == "5.2×"
    assert formatter("sharpe_ratio")(1.2345) == "1.23"
    assert formatter("concentration_index")(0.5) == "0.500"
    assert formatter("longest_drawdown")(14.0) == "14 days"
    assert formatter("longest_drawdown")(1.0) == "1 day"
    assert formatter("avg_recovery_time")(2.25) == "2.2 days"
    assert formatter("signal_lag")(90.0) == "1.5 min"
    assert formatter("pnl_contribution_usd")(38.125) == "+$38.12"
    assert formatter("risk_score")(7.46) == "7.5 / 10"
    assert formatter("trade_count")(12345) == "12,345"


def test_undefined_is_a_dash_whatever_the_unit():
    for key in ("roi", "win_rate", "liquidation_risk", "avg_leverage", "longest_drawdown",
                "signal_lag", "pnl_contribution_usd", "risk_score", "trade_count"):  # fmt: skip
        assert formatter(key)(None) == "—", key


def test_captions():
    assert caption("var_95") == "VaR 95 (day)" and label("var_95") == "VaR 95 % (one day)"
    assert caption("roi") == label("roi") == "ROI"
    assert caption("win_rate") == label("win_rate") == "Win rate"
