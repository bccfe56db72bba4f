"""Entry points: ``tradermanager`` (CLI, or the window without a command) and the GUI script."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from tradermanager.cli import build_parser, run
    from tradermanager.logs import install_crash_handler, setup_logging, unseen_crash_reports

    parsed, _ = build_parser().parse_known_args(args)
    try:
        setup_logging(parsed.log_level)
    except ValueError as exc:
        sys.stderr.write(f"tradermanager: error: {exc}\n")
        return 2
    except OSError as exc:  # an unwritable log folder must not stop the app
        sys.stderr.write(f"tradermanager: warning: no log file ({exc})\n")
    install_crash_handler()
    for report in unseen_crash_reports():
        sys.stderr.write(f"tradermanager: the last run crashed; the report is at {report}\n")
    if parsed.command is None:
        from tradermanager.app import run_gui

        return run_gui(db=parsed.db, demo=parsed.demo, log_level=parsed.log_level)
    return run(args)


def main_gui() -> int:
    """The GUI launcher (no console on Windows): same arguments as ``tradermanager``."""
    return main(sys.argv[1:])


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the demo's worker processes in a frozen build
    sys.exit(main())
