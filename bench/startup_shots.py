"""Screenshots of the accounts list at start-up, in English and Chinese (1366×768).

PYTHONPATH=. python bench/startup_shots.py /tmp/search-bench-50k.db /work/shots/startup

On a whole region (a copy kept by ``bench_search.py --keep``), the index is held back
so that the moment between the first page and the index can be seen: the first page
read from SQL, text typed meanwhile (the table empty, the text kept), then the index's
answer to it.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from shots import settle, shoot  # bench/: beside this script

from fieldvisit.services.team import current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.ui.accounts import list_view
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.i18n import (
    apply_locale,
    install_translations,
    register_bundled_fonts,
    remove_translations,
)
from fieldvisit.ui.main_window import MainWindow


def main() -> None:
    db_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    register_bundled_fonts(app)
    db = open_database(db_path)
    user = current_user(db)
    assert user is not None
    release = threading.Event()
    read = list_view.read_index

    def held_read(db: Database, activity: bool) -> Any:
        release.wait(60)
        return read(db, activity)

    list_view.read_index = held_read
    for lang in ("en", "zh_CN"):
        release.clear()
        translators = install_translations(app, lang)
        apply_locale(lang)
        tag = "zh" if lang.startswith("zh") else "en"
        settings = QSettings(str(out / f"settings-{tag}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(db, user, DataEvents(app), settings)
        window.resize(1366, 768)
        window.show()
        settle(app)
        window.find_account()
        page = window.accounts_page
        while page.list.first_page is None:
            settle(app, 0.05)
        settle(app)
        shoot(window, out / f"{tag}-1-first-page.png")
        page.list.search.setText("ankang")
        settle(app)
        shoot(window, out / f"{tag}-2-typed-before-the-index.png")
        release.set()
        while page.list.index is None or page.list.is_loading() or page.rebuilder.is_running():
            settle(app, 0.05)
        settle(app)
        shoot(window, out / f"{tag}-3-answered-by-the-index.png")
        page.stop()
        window.close()
        remove_translations(app, translators)
    db.close()


if __name__ == "__main__":
    main()
