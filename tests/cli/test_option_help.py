"""Every option of `backtest` and `alerts add` says what it measures or does."""

from __future__ import annotations

import argparse

import pytest

from tradermanager.cli.parser import build_parser


def subparser(parser: argparse.ArgumentParser, *path: str) -> argparse.ArgumentParser:
    for name in path:
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = action.choices[name]
    return parser


@pytest.mark.parametrize("path", [("backtest",), ("alerts", "add")])
def test_every_option_has_a_help_text(path):
    parser = subparser(build_parser(), *path)
    missing = [
        "/".join(a.option_strings) or a.dest
        for a in parser._actions
        if not isinstance(a, argparse._HelpAction) and (not a.help or a.help == argparse.SUPPRESS)
    ]
    assert missing == []
    parser.format_help()  # the texts format ("%" escaped)


def test_threshold_help_names_the_units():
    text = " ".join(subparser(build_parser(), "alerts", "add").format_help().split())
    assert "-0.15 = -15 %" in text and "10 = 10×" in text
