"""One translation mechanism for every visible string, without Qt.

The catalogues are the Qt Linguist files under ``resources/translations``
(``fieldvisit*_zh_CN.ts`` and ``fieldvisit*_en.ts``, one pair per area of the app).
The window reads them through :class:`fieldvisit.ui.i18n.CatalogueTranslator`, the
printed documents, the command line and the service errors through
:func:`translate` here, so a stored code or a message has one wording everywhere.

A message is looked up by ``(context, source, disambiguation)`` like Qt does: the
English source text is the key, the disambiguation (a Linguist ``<comment>``) tells
apart two meanings of the same English ("Status" of a card and of a record). A
message missing from the catalogue shows its English source.
"""

from __future__ import annotations

import os
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fieldvisit.resources import resource_path

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)
LANGUAGE_ENV = "FIELDVISIT_LANG"

Key = tuple[str, str, str]
"""(context, source, disambiguation); the disambiguation is "" when there is none."""


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    disambiguation: str
    forms: tuple[str, ...]
    """The translation; several forms for a plural (``numerus``) message."""


def normalise_language(code: str | None) -> str:
    """Any locale name ("zh", "zh-CN", "zh_CN.UTF-8", "en_GB") to a catalogue language."""
    code = (code or "").strip().lower().replace("-", "_")
    return CHINESE if code.startswith("zh") else ENGLISH


def short_language(language: str) -> str:
    """ "zh" or "en", as the report layer and the command line spell it."""
    return "zh" if normalise_language(language) == CHINESE else "en"


def catalogue_files(language: str, folder: Path | None = None) -> list[Path]:
    folder = folder if folder is not None else resource_path("translations")
    return sorted(folder.glob(f"fieldvisit*_{normalise_language(language)}.ts"))


def read_ts(path: Path) -> Iterable[Message]:
    """The finished messages of one Linguist file (unfinished or obsolete ones are skipped)."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {
                "unfinished",
                "obsolete",
                "vanished",
            }:
                continue
            plural = [form.text or "" for form in translation.iter("numerusform")]
            forms = tuple(plural) if plural else (translation.text or "",)
            if not any(forms):
                continue
            yield Message(
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                forms,
            )


@cache
def catalogue(language: str) -> dict[Key, Message]:
    """Every message of the language's catalogues, read once per process.

    A message in two files is a mistake a test catches; should one slip through, the
    later file wins, as it did when each file was a QTranslator of its own.
    """
    found: dict[Key, Message] = {}
    for path in catalogue_files(language):
        for message in read_ts(path):
            found[(message.context, message.source, message.disambiguation)] = message
    return found


def reload() -> None:
    """Forget the catalogues read so far (after a .ts file changed)."""
    catalogue.cache_clear()


def _plural_index(language: str, n: int, count: int) -> int:
    if count <= 1 or n < 0:
        return 0
    return 0 if normalise_language(language) == CHINESE or n == 1 else min(1, count - 1)


def lookup(
    context: str, source: str, language: str, disambiguation: str = "", n: int = -1
) -> str | None:
    """The catalogue's text, ``%n`` left in (Qt fills it); ``None`` when there is none."""
    messages = catalogue(normalise_language(language))
    message = messages.get((context, source, disambiguation or ""))
    if message is None and disambiguation:
        message = messages.get((context, source, ""))
    if message is None:
        return None
    return message.forms[_plural_index(language, n, len(message.forms))]


def translate(
    context: str,
    source: str,
    language: str | None = None,
    *,
    disambiguation: str = "",
    n: int = -1,
) -> str:
    """``source`` in ``language`` (default: the current one), or as it is when untranslated."""
    language = current_language() if language is None else language
    text = lookup(context, source, language, disambiguation, n)
    if text is None:
        text = source
    return text.replace("%n", str(n)) if n >= 0 else text


def text_of(
    context: str,
    source: str,
    language: str | None = None,
    *,
    disambiguation: str = "",
    written_chinese: str | None = None,
) -> str:
    """The catalogue's text of ``source`` (``%n`` and ``{fields}`` left in).

    ``written_chinese`` is a translation still written beside the English in code (an
    old bilingual pair merged in from elsewhere): used only while the catalogue lacks
    the message, until ``tools/move_texts_to_catalogue.py`` moves it there.
    """
    language = normalise_language(current_language() if language is None else language)
    found = lookup(context, source, language, disambiguation)
    if found is not None:
        return found
    return written_chinese if written_chinese and language == CHINESE else source


def list_separator(language: str | None = None) -> str:
    """Between the items of a list in running text: 甲、乙 in Chinese, "a, b" in English."""
    language = normalise_language(current_language() if language is None else language)
    return "、" if language == CHINESE else ", "


def joined(items: Iterable[str], language: str | None = None) -> str:
    """``items`` as a list in running text in ``language`` (default: the process's)."""
    return list_separator(language).join(items)


def titled(title: str, detail: str, language: str | None = None) -> str:
    """A title and what follows it on one line: "Title: detail", "标题：详情"."""
    language = normalise_language(current_language() if language is None else language)
    return f"{title}：{detail}" if language == CHINESE else f"{title}: {detail}"


MESSAGES = "Messages"


def message(en: str, zh: str | None = None, /, **values: object) -> str:
    """A message for the user (an error's detail, a status line) in the language the
    process speaks, with its ``{name}`` fields filled. Its Chinese lives in the shared
    catalogue (context ``Messages``); a ``zh`` written at the call site is used only
    until ``tools/move_texts_to_catalogue.py`` moves it there."""
    template = text_of(MESSAGES, en, written_chinese=zh)
    return template.format(**values) if values else template


# The language the process speaks: the window sets it from the user's choice, the
# command line from --lang, $FIELDVISIT_LANG or the locale.
_language = ENGLISH
_lock = threading.Lock()


def current_language() -> str:
    return _language


def set_language(language: str) -> str:
    """Make ``language`` the current one; returns the previous one."""
    global _language
    with _lock:
        previous, _language = _language, normalise_language(language)
    return previous


def language_from_environment(environ: dict[str, str] | None = None) -> str:
    """``$FIELDVISIT_LANG``, else the POSIX locale variables, else English."""
    environ = dict(os.environ) if environ is None else environ
    for name in (LANGUAGE_ENV, "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").strip()
        if value and value not in {"C", "POSIX"} and not value.startswith("C."):
            return normalise_language(value)
    return ENGLISH
