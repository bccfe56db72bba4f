"""Spin boxes made from the settings specification (domain/setting_specs.py), so every form
allows the same range, step and unit as the validation."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from tradermanager.domain.setting_specs import NumberSetting


def spin_box(spec: NumberSetting, object_name: str) -> QDoubleSpinBox | QSpinBox:
    """A spin box over the spec's range in display units (``value``/``set`` via
    :func:`value_of` and :func:`show_value`, which undo the display scale)."""
    box: QDoubleSpinBox | QSpinBox
    scale = spec.display_scale
    if spec.whole and scale == 1.0:
        box = QSpinBox()
        box.setRange(int(spec.low), int(spec.high))
        box.setSingleStep(int(spec.step))
    else:
        box = QDoubleSpinBox()
        shown_decimals = max(0, spec.decimals - (len(str(int(scale))) - 1))
        box.setDecimals(shown_decimals)
        box.setRange(spec.low * scale, spec.high * scale)
        box.setSingleStep(spec.step * scale)
    box.setObjectName(object_name)
    box.setPrefix(spec.prefix)
    box.setSuffix(spec.suffix)
    if spec.prefix == "$":
        box.setGroupSeparatorShown(True)
    box.setToolTip(f"{spec.help[:1].upper()}{spec.help[1:]} ({spec.allowed}).")
    show_value(box, spec, spec.default)
    return box


def value_of(box: QDoubleSpinBox | QSpinBox, spec: NumberSetting) -> float:
    """The box's value in the setting's own units (a fraction for a percentage)."""
    value = box.value() / spec.display_scale
    return round(value) if spec.whole else round(value, spec.decimals)


def show_value(box: QDoubleSpinBox | QSpinBox, spec: NumberSetting, value: float) -> None:
    shown = value * spec.display_scale
    if isinstance(box, QSpinBox):
        box.setValue(round(shown))
    else:
        box.setValue(shown)
