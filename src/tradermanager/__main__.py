"""Entry points: ``tradermanager`` (CLI, or the window without a command) and the GUI script."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from tradermanager.cli import build_parser, run

    parsed, _ = build_parser().parse_known_args(args)
    if parsed.command is None:
        from tradermanager.app import run_gui

        return run_gui(db=parsed.db, demo=parsed.demo, log_level=parsed.log_level)
    return run(args)


def main_gui() -> int:
    return main([])


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the demo's worker processes in a frozen build
    sys.exit(main())
