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

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.domain.labels import label
from fieldvisit.domain.problems import problem_of
from fieldvisit.services.error_log import log_exception, start_logging, stop_logging
from fieldvisit.storage.database import default_data_dir, resolve_url, sqlite_path

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_INTERRUPTED = 130
EXIT_BUG = 70  # EX_SOFTWARE


def message_language() -> str:
    """ "zh" or "en", from ``$FIELDVISIT_LANG`` or the locale (``LC_ALL``, ``LANG``)."""
    for name in ("FIELDVISIT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").strip()
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def _db_path(target: str | None) -> Path | None:
    try:
        return sqlite_path(resolve_url(target))
    except FieldVisitError:
        return None  # the handler reports it


def _say(lang: str, en: str, zh: str) -> str:
    return zh if lang == "zh" else en


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
    lang = message_language()
    try:
        return handler(args)
    except FieldVisitError as exc:
        print(f"fieldvisit: {exc.title}: {exc.detail}", file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error of ours. Point stdout at
        # devnull so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print(
            _say(
                lang,
                "fieldvisit: interrupted; nothing was saved by the interrupted step.",
                "fieldvisit：已中断；被中断的步骤没有保存任何内容。",
            ),
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except Exception as exc:
        log_exception(exc, f"command {getattr(args, 'command', None)}")
        problem = problem_of(exc)
        if problem is not None:
            reason = label(problem, lang)
            print(
                _say(lang, "fieldvisit: not done: {}.", "fieldvisit：未完成：{}。").format(reason),
                file=sys.stderr,
            )
            return EXIT_PROBLEM
        where = str(log_path) if log_path is not None else "-"
        print(
            _say(
                lang,
                "fieldvisit: unexpected error ({kind}); details are in {where}",
                "fieldvisit：意外错误（{kind}）；详情见 {where}",
            ).format(kind=type(exc).__name__, where=where),
            file=sys.stderr,
        )
        return EXIT_BUG
