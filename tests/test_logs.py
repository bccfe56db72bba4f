"""Logs rotate in the log folder; a crash leaves a report that the next start points to."""

from __future__ import annotations

import logging

import pytest

from tradermanager.logs import setup_logging, unseen_crash_reports, write_crash_report


def test_logging_writes_to_the_file_and_refuses_unknown_levels(tmp_path):
    path = setup_logging("INFO", tmp_path)
    logging.getLogger("tradermanager.test").info("hello from the test")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "hello from the test" in path.read_text()
    with pytest.raises(ValueError, match="--log-level"):
        setup_logging("LOUD", tmp_path)
    setup_logging("WARNING", tmp_path)  # set again: handlers are replaced, not added
    names = [h.name for h in logging.getLogger().handlers if h.name]
    assert names.count("tradermanager-file") == 1


def test_crash_report_is_mentioned_once(tmp_path):
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        report = write_crash_report(type(exc), exc, exc.__traceback__, tmp_path)
    assert "RuntimeError: boom" in report.read_text()
    seen = unseen_crash_reports(tmp_path)
    assert len(seen) == 1 and seen[0].exists()
    assert unseen_crash_reports(tmp_path) == []
