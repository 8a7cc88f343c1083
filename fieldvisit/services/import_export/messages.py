"""Import and export messages in the user's language, from the shared catalogue.

The window passes its language ("zh" or "en"), the command line its ``--lang``.
The English is written at the call site; its Chinese lives in the catalogue
(``resources/translations/fieldvisit_shared_*.ts``, context ``Messages``), read
through :mod:`fieldvisit.i18n` like every other visible string.
"""

from __future__ import annotations

from fieldvisit.i18n import text_of

CONTEXT = "Messages"


def say(lang: str, en: str, zh: str | None = None, /, **params: object) -> str:
    """``en`` in ``lang`` ("zh", "zh_CN" or "en") with its ``{name}`` fields filled.

    A Chinese ``zh`` written at the call site (the old way) is used only while the
    catalogue lacks the message; ``tools/move_texts_to_catalogue.py`` moves it there.
    """
    return text_of(CONTEXT, en, lang, written_chinese=zh).format(**params)
