"""The accounts list's default columns fit a 1366-pixel laptop window in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.team import set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.i18n import install_translations, remove_translations
from fieldvisit.ui.main_window import MainWindow
from tests.services.accounts.conftest import build_region


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_default_columns_fit_without_scrolling_sideways(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    events: DataEvents,
    settings: QSettings,
    lang: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    build_region(db)
    monkeypatch.setenv("FIELDVISIT_LANG", lang)
    translators = install_translations(qapp, lang)
    try:
        user = set_current_user(db, "王经理", MemberRole.MANAGER)
        window = MainWindow(db, user, events, settings)
        qtbot.addWidget(window)
        window.resize(1366, 700)  # 768 less a taskbar and a title bar
        window.show()
        window.show_page("accounts")
        table = window.accounts_page.list.table
        qtbot.waitUntil(lambda: window.accounts_page.list.index is not None)
        qtbot.wait(100)  # let the layouts settle
        assert table.horizontalScrollBar().maximum() == 0
        window.accounts_page.stop()
    finally:
        remove_translations(qapp, translators)
