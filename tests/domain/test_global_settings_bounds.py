"""Global settings (base size, costs, confidence policy) and their bounds."""

from __future__ import annotations

import pytest

from tradermanager.domain.app_settings import AppSettings, update_app_settings
from tradermanager.domain.errors import ValidationError


def test_defaults():
    s = AppSettings()
    assert (s.base_size, s.slippage, s.taker_fee, s.maintenance_margin) == (
        200.0,
        0.0005,
        0.0005,  # Binance USDⓈ-M regular tier taker fee
        0.005,
    )
    assert s.require_confidence is False


def test_costs_come_from_the_settings():
    costs = update_app_settings(AppSettings(), slippage=0.001, taker_fee=0.0002).costs
    assert (costs.slippage, costs.taker_fee, costs.maintenance_margin) == (0.001, 0.0002, 0.005)


@pytest.mark.parametrize(
    ("key", "good", "bad"),
    [
        ("base_size", [1, 200, 1e9], [0, 0.5, -1, "x", True]),
        ("slippage", [0, 0.05], [-0.001, 0.051]),
        ("taker_fee", [0, 0.01], [-0.001, 0.011]),
        ("maintenance_margin", [0, 0.5], [0.51]),
    ],
)
def test_numeric_bounds(key, good, bad):
    for value in good:
        assert getattr(update_app_settings(AppSettings(), **{key: value}), key) == float(value)
    for value in bad:
        with pytest.raises(ValidationError) as err:
            update_app_settings(AppSettings(), **{key: value})
        assert err.value.field == key and err.value.value == value


@pytest.mark.parametrize("value", [1, "true", None])
def test_require_confidence_is_strictly_bool(value):
    with pytest.raises(ValidationError) as err:
        update_app_settings(AppSettings(), require_confidence=value)
    assert err.value.allowed == "true or false"


def test_unknown_global_setting_is_rejected():
    with pytest.raises(ValidationError) as err:
        update_app_settings(AppSettings(), base=100)
    assert err.value.field == "base" and "base_size" in err.value.allowed


def test_engine_costs_come_from_the_settings() -> None:
    from tradermanager.domain.app_settings import AppSettings, update_app_settings

    s = update_app_settings(
        AppSettings(), maker_fee=0.0001, lag_seconds=2.5, funding_rate=0.0002, taker_fee=0.0006
    )
    costs = s.engine_costs
    assert (costs.maker_fee, costs.lag_seconds, costs.funding_rate, costs.taker_fee) == (
        0.0001,
        2.5,
        0.0002,
        0.0006,
    )
    for key, bad in (("maker_fee", 0.02), ("lag_seconds", -1), ("lag_seconds", 4000)):
        with pytest.raises(ValidationError, match=key):
            update_app_settings(AppSettings(), **{key: bad})
