"""Choosing the interface language and installing its translations and fonts.

The window's ``tr()`` strings resolve through :class:`CatalogueTranslator`, which reads
the same catalogues as the printed documents, the command line and the service
errors (:mod:`fieldvisit.i18n`); Qt's own ``qtbase`` catalogue translates the
standard dialogs (file dialogs, message box buttons).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from fieldvisit import i18n
from fieldvisit.i18n import CHINESE, ENGLISH, LANGUAGE_ENV, normalise_language
from fieldvisit.ui.resources import resource_path

__all__ = [
    "CHINESE",
    "ENGLISH",
    "LANGUAGE_ENV",
    "CatalogueTranslator",
    "choose_language",
    "install_translations",
    "normalise_language",
    "remove_translations",
]

LANGUAGE_KEY = "language"
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


class CatalogueTranslator(QTranslator):
    """``tr()`` answered from FieldVisit's catalogues through :func:`fieldvisit.i18n.lookup`.

    Installing it also makes its language the one :mod:`fieldvisit.i18n` speaks
    (error titles, labels); removing it gives back the previous one.
    """

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = normalise_language(language)
        self._count = len(i18n.catalogue(self._language))
        self.previous_language = i18n.current_language()

    def language(self) -> str:
        return self._language

    def isEmpty(self) -> bool:
        return self._count == 0

    def translate(
        self,
        context: str | bytes,
        sourceText: str | bytes,
        disambiguation: str | bytes | None = None,
        n: int = -1,
    ) -> str | None:
        # None is Qt's null string: "not here", so the next translator (qtbase) is asked.
        return i18n.lookup(
            _text(context), _text(sourceText), self._language, _text(disambiguation), n
        )


def _text(value: str | bytes | None) -> str:
    if value is None:
        return ""
    return value.decode("utf-8") if isinstance(value, bytes) else value


def choose_language(settings: QSettings) -> str:
    """``$FIELDVISIT_LANG`` wins, then the ``language`` setting, then the system locale."""
    forced = os.environ.get(LANGUAGE_ENV, "").strip()
    if forced:
        return normalise_language(forced)
    stored = settings.value(LANGUAGE_KEY, "", str)
    if isinstance(stored, str) and stored.strip():
        return normalise_language(stored)
    return normalise_language(QLocale.system().name())


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install FieldVisit's and Qt's own translations; returns them so they can be removed.

    FieldVisit's catalogues (one per area of the app: fieldvisit_zh_CN,
    fieldvisit_printing_zh_CN, …, and fieldvisit_shared_zh_CN for the wording shared
    with paper and the command line) are read by one :class:`CatalogueTranslator`.
    """
    language = normalise_language(language)
    installed: list[QTranslator] = []
    if language != ENGLISH:  # Qt's own dialogs are written in English
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            installed.append(qt)
    ours = CatalogueTranslator(language, app)
    i18n.set_language(language)
    app.installTranslator(ours)  # installed last, so asked first
    installed.append(ours)
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        if isinstance(translator, CatalogueTranslator):
            i18n.set_language(translator.previous_language)


def apply_locale(language: str) -> None:
    """Format numbers and dates for the chosen language when it is not the system's own.

    The "C" locale of a bare system (no LANG) writes dates as "14 03 2026": English it is.
    """
    system = QLocale.system()
    if system.language() == QLocale.Language.C or normalise_language(system.name()) != language:
        QLocale.setDefault(QLocale(language))


def register_bundled_fonts(app: QGuiApplication, folder: Path | None = None) -> list[str]:
    """Register the fonts bundled in the package and use them as fallbacks for CJK text.

    Without the folder (a source checkout before the fonts are bundled) the
    system fonts are used as they are.
    """
    folder = folder if folder is not None else resource_path("fonts")
    if not folder.is_dir():
        return []
    families: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if families:
        font = app.font()
        font.setFamilies([font.family(), *dict.fromkeys(families)])
        app.setFont(font)
    return families
