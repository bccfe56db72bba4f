"""The kinds and sides the parser's hottest tests read as module names are the enums' members."""

from __future__ import annotations

import pytest

from tradermanager.domain.enums import Side
from tradermanager.sources.signal_parser import model
from tradermanager.sources.signal_parser.model import MessageKind


@pytest.mark.parametrize("kind", list(MessageKind))
def test_every_kind_has_its_module_name(kind: MessageKind) -> None:
    assert getattr(model, kind.name) is kind


@pytest.mark.parametrize("side", list(Side))
def test_every_side_has_its_module_name(side: Side) -> None:
    assert getattr(model, side.name) is side
