"""`python -m fieldvisit` and the `fieldvisit` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def gui_request(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a plain ``fieldvisit [--db PATH] [--lang zh|en] [--json]``: the
    desktop window, started without building the command line's parser (which imports the
    code of every command: about a second). Anything else: None, for the full parser."""
    light = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    light.add_argument("--db")
    light.add_argument("--json", action="store_true")
    light.add_argument("--lang", dest="cli_lang")
    try:
        args, rest = light.parse_known_args(list(argv))
    except (argparse.ArgumentError, SystemExit):
        return None
    if rest or args.cli_lang not in (None, "zh", "en"):
        return None
    return args


def main() -> None:
    argv = sys.argv[1:]
    request = gui_request(argv)
    if request is not None:
        from fieldvisit.ui.app import run_gui

        sys.exit(run_gui(request.db, [sys.argv[0], *argv]))
    from fieldvisit.cli import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
