"""Choosing the interface language and installing its translations and fonts."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from fieldvisit.ui.resources import resource_path

LANGUAGE_ENV = "FIELDVISIT_LANG"
LANGUAGE_KEY = "language"
ENGLISH = "en"
CHINESE = "zh_CN"
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def normalise_language(code: str) -> str:
    """Map any locale name to a supported interface language (English is the fallback)."""
    return CHINESE if code.strip().lower().replace("-", "_").startswith("zh") else ENGLISH


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
    """Install FieldVisit's and Qt's own translations; returns them so they can be removed."""
    installed: list[QTranslator] = []
    # One catalogue per area of the app (fieldvisit_zh_CN, fieldvisit_printing_zh_CN, …),
    # so that areas can be translated independently; then Qt's own for standard dialogs.
    ours = resource_path("translations")
    candidates = [(qm.stem, ours) for qm in sorted(ours.glob(f"fieldvisit*_{language}.qm"))]
    if language != ENGLISH:  # Qt's own dialogs are written in English
        candidates.append(
            (
                f"qtbase_{language}",
                Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            )
        )
    for name, folder in candidates:
        translator = QTranslator(app)
        if (folder / f"{name}.qm").is_file() and translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


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
