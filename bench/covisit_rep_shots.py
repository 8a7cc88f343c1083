"""Screenshots of the co-visit report as the rep reads and acknowledges it, at 1366×768, in
English and Chinese; the in-person code dialog and the code in Settings on a team laptop.

PYTHONPATH=. python bench/covisit_rep_shots.py /work/shots/covwork

A manager's report with the rep (tests.services.covisits.conftest), complete, not yet
acknowledged, on the pinned Monday 2026-11-23; then the same database as the rep's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from fieldvisit import clock
from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.team import current_user, set_current_user
from fieldvisit.storage.migrate import open_database
from fieldvisit.ui import settings_dialog
from fieldvisit.ui.covisits.ack_code import AckCodeDialog
from fieldvisit.ui.covisits.signoff_step import SignOffPage
from fieldvisit.ui.covisits.window import CoVisitWindow
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.i18n import (
    apply_locale,
    install_translations,
    register_bundled_fonts,
    remove_translations,
)
from fieldvisit.ui.main_window import MainWindow

DAY = date(2026, 11, 23)


def shoot(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # pages rebuilt on load
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    from fieldvisit.services.covisits import session as sess
    from tests.services.covisits.conftest import fill_complete, make_field

    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    clock.set_clock(clock.FixedClock.on(DAY, time(10, 0), UTC))
    app = QApplication(sys.argv[:1])
    register_bundled_fonts(app)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "rep.db")
        field = make_field(db)
        covisit_id = sess.start_covisit(db, field.rep_id, DAY).id
        fill_complete(db, covisit_id, field)
        sess.withdraw_acknowledgement(db, covisit_id)
        sess.set_covisit_field(db, covisit_id, "manager_comments", "开场更从容，先问后讲。")
        set_current_user(db, "李代表", MemberRole.REP)
        rep = current_user(db)
        assert rep is not None
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        for lang in ("en", "zh_CN"):
            translators = install_translations(app, lang)
            apply_locale(lang)
            main_window = MainWindow(db, rep, DataEvents(), settings)
            main_window.resize(1366, 768)
            main_window.show()
            main_window.show_page("today")
            main_window.today_page.refresh()
            shoot(main_window, out / f"rep_today_{lang}.png")
            window = CoVisitWindow(db, DataEvents(), settings, covisit_id)
            window.resize(1366, 768)
            window.show()
            window.go_to("end")
            shoot(window, out / f"rep_report_end_of_day_{lang}.png")
            window.go_to("signoff")
            page = window.stack.currentWidget()
            assert isinstance(page, SignOffPage)
            page.comments.setPlainText(
                "同意。下周每次拜访前先写三个问题。" if lang == "zh_CN" else "Agreed."
            )
            shoot(window, out / f"rep_acknowledge_{lang}.png")
            window.close()
            dialog = AckCodeDialog("李代表")
            dialog.show()
            shoot(dialog, out / f"in_person_code_{lang}.png")
            dialog.close()
            # Settings → You on a team laptop (the membership itself is not needed here).
            settings_dialog.in_a_team = lambda _db: True  # type: ignore[attr-defined,assignment]
            box = settings_dialog.SettingsDialog(db, settings)
            box.tabs.setCurrentWidget(box.you_tab)
            box.show()
            shoot(box, out / f"settings_ack_code_{lang}.png")
            box.close()
            main_window.close()
            main_window.deleteLater()
            QApplication.processEvents()
            remove_translations(app, translators)
        db.close()


if __name__ == "__main__":
    main()
