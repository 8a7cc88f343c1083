"""Screenshots of the Plan page in the main window at 1366×768, and of Settings › Planning,
in English and Chinese.

PYTHONPATH=. python bench/plan_shots.py /tmp/plan-demo.db /work/shots/capacity

Uses the first rep of a demo database (``fieldvisit demo``): October 2026 as the demo has
it, February 2027 suggested afresh (a year the official calendar does not know yet; the
database is written), with its "Not placed" tab, and the submit summary's text.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.team import list_team, set_current_user
from fieldvisit.storage.migrate import open_database
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.i18n import (
    apply_locale,
    install_translations,
    register_bundled_fonts,
    remove_translations,
)
from fieldvisit.ui.main_window import MainWindow
from fieldvisit.ui.pages.plan import PlanPage
from fieldvisit.ui.settings_dialog import SettingsDialog

MONTHS = (date(2026, 10, 1), date(2027, 2, 1))


def shoot(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    db_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    register_bundled_fonts(app)
    asked: list[str] = []
    for name in ("information", "warning"):
        setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Ok)

    def question(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    QMessageBox.question = question  # type: ignore[method-assign]
    db = open_database(db_path)
    rep = next(m for m in list_team(db) if m.role is MemberRole.REP and m.active)
    user = set_current_user(db, rep.name, MemberRole.REP)
    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    for lang in ("en", "zh_CN"):
        translators = install_translations(app, lang)
        apply_locale(lang)
        tag = "zh" if lang.startswith("zh") else "en"
        window = MainWindow(db, user, DataEvents(), settings)
        window.resize(1366, 768)
        window.show()
        window.show_page("plan")
        page = window.page("plan")
        assert isinstance(page, PlanPage)
        for month in MONTHS:
            page.set_month(month)
            if page.plan is not None and page.plan.editable:
                page.suggest()
            page.tabs.setCurrentIndex(0)
            shoot(window, out / f"{tag}-plan-{month:%Y-%m}.png")
            if page.unplaced_view.items:
                page.tabs.setCurrentWidget(page.unplaced_view)
                page.unplaced_view.table.selectRow(0)
                shoot(window, out / f"{tag}-plan-{month:%Y-%m}-not-placed.png")
            if page.submit_button.isEnabled():
                page.submit()
                (out / f"{tag}-submit-summary-{month:%Y-%m}.txt").write_text(
                    asked[-1], encoding="utf-8"
                )
        dialog = SettingsDialog(db, settings, window)
        dialog.resize(760, 600)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.planning_tab)
        dialog.planning_tab.year_spin.setValue(2026)
        shoot(dialog, out / f"{tag}-settings-planning.png")
        dialog.reject()
        window.close()
        remove_translations(app, translators)


if __name__ == "__main__":
    main()
