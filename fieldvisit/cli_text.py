"""Command-line messages in the language chosen with ``--lang`` (or the environment).

The English is written at the call site; its Chinese lives in the shared catalogue
(``resources/translations/fieldvisit_shared_*.ts``, context ``Cli``), read through
:mod:`fieldvisit.i18n` like every other visible string. Column names of tables and
JSON keys are not messages: they stay as they are for scripts.
"""

from __future__ import annotations

from fieldvisit.i18n import text_of

CONTEXT = "Cli"


def cli_text(en: str, zh: str | None = None, /, **values: object) -> str:
    """``en`` in the command line's language with its ``{name}`` fields filled.

    A Chinese ``zh`` written at the call site is used only while the catalogue lacks
    the message; ``tools/move_texts_to_catalogue.py`` moves it there.
    """
    template = text_of(CONTEXT, en, written_chinese=zh)
    return template.format(**values) if values else template
