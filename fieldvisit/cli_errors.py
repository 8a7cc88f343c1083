"""How the command line reports errors: what the user can act on, or where the log is.

FieldVisit's own errors print their title and detail; a known environment problem
(disk full, database locked, read-only) prints what it is in a line; anything else is
a bug: its scrubbed traceback goes to the log in the data folder and stderr says where.
No line printed or logged quotes an exception's message (it may carry customer data).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from fieldvisit.cli_text import cli_text
from fieldvisit.domain.card_rules import message_in
from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.domain.labels import label, problem_advice
from fieldvisit.domain.problems import problem_of
from fieldvisit.i18n import current_language, titled
from fieldvisit.services.error_log import log_exception, start_logging, stop_logging
from fieldvisit.storage.database import default_data_dir, resolve_url, sqlite_path

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_INTERRUPTED = 130
EXIT_BUG = 70  # EX_SOFTWARE


def _db_path(target: str | None) -> Path | None:
    try:
        return sqlite_path(resolve_url(target))
    except FieldVisitError:
        return None  # the handler reports it


def run_handler(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run one command with the log set up beside its database; turn errors into exit codes."""
    log_path = start_logging(_db_path(getattr(args, "db", None)), default_data_dir())
    try:
        return _run(handler, args, log_path)
    finally:
        stop_logging()


def _run(
    handler: Callable[[argparse.Namespace], int], args: argparse.Namespace, log_path: Path | None
) -> int:
    try:
        return handler(args)
    except FieldVisitError as exc:
        # A card rule's message is English in the error; its Chinese is in the catalogue.
        detail = message_in(exc.detail, current_language())
        print(f"fieldvisit: {titled(exc.translated_title(), detail)}", file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error of ours. Point stdout at
        # devnull so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print(
            "fieldvisit: "
            + cli_text(
                "interrupted; nothing was saved by the interrupted step.",
            ),
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except Exception as exc:
        log_exception(exc, f"command {getattr(args, 'command', None)}")
        problem = problem_of(exc)
        if problem is not None:
            reason = label(problem, current_language())
            print(
                "fieldvisit: "
                + cli_text(
                    "not done: {reason}. {advice}",
                    reason=reason,
                    advice=problem_advice(problem),
                ),
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        where = str(log_path) if log_path is not None else "-"
        print(
            "fieldvisit: "
            + cli_text(
                "unexpected error ({kind}); details are in {where}",
                kind=type(exc).__name__,
                where=where,
            ),
            file=sys.stderr,
        )
        return EXIT_BUG
