"""The architecture of docs/architecture.md as a contract: layers import only downwards."""

import logging
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]


def test_layer_contracts_hold(monkeypatch):
    monkeypatch.chdir(ROOT)
    # import-linter configures logging with disable_existing_loggers: the app's loggers would
    # stay silent for every test after this one
    loggers = [
        logger
        for logger in logging.root.manager.loggerDict.values()
        if isinstance(logger, logging.Logger)
    ]
    disabled = [logger.disabled for logger in loggers]
    try:
        assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0
    finally:
        for logger, was in zip(loggers, disabled, strict=True):
            logger.disabled = was
