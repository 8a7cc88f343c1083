"""Screenshots of the accounts search and the New record dialog, in English and Chinese.

PYTHONPATH=. python bench/search_shots.py /tmp/search-shots.db /work/shots/search

Builds a small demo database (400 accounts) if the file does not exist, adds two
accounts of the same name, then shoots the main window (1366×768) searching ``xh``,
``zhangwei`` (a stakeholder) and ``chaoyang`` (a heteronym), and the New record dialog
telling the two same-name accounts apart.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from shots import settle, shoot  # bench/: beside this script
from sqlalchemy import select

from fieldvisit.domain.enums import AccountType, MemberRole
from fieldvisit.services.accounts.search_keys import rebuild_stale_keys
from fieldvisit.services.demo import generate_demo
from fieldvisit.services.team import current_user, list_team, set_current_user
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, TeamMember
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.i18n import (
    apply_locale,
    install_translations,
    register_bundled_fonts,
    remove_translations,
)
from fieldvisit.ui.main_window import MainWindow
from fieldvisit.ui.records.new_record import NewRecordDialog


def main() -> None:
    db_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    register_bundled_fonts(app)
    fresh = not db_path.exists()
    db = open_database(db_path)
    if fresh:
        generate_demo(db, accounts=400, seed=5)
        me = set_current_user(db, list_team(db)[0].name, MemberRole.REP)
        with db.session_scope() as s:
            other = s.scalars(
                select(TeamMember).where(TeamMember.name != me.name, TeamMember.role == me.role)
            ).first()
            for city, address, owner in (
                ("北京市", "朝阳区工体南路8号", me.id),
                ("天津市", "和平区南京路99号", other.id if other else None),
            ):
                s.add(
                    Account(
                        name="北京朝阳医院",
                        account_type=AccountType.HOSPITAL,
                        city=city,
                        address=address,
                        owner_id=owner,
                    )
                )
        rebuild_stale_keys(db)
    user = current_user(db)
    assert user is not None
    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    for lang in ("en", "zh_CN"):
        translators = install_translations(app, lang)
        apply_locale(lang)
        tag = "zh" if lang.startswith("zh") else "en"
        window = MainWindow(db, user, DataEvents(app), settings)
        window.resize(1366, 768)
        window.show()
        page = window.accounts_page
        while page.list.index is None or page.list.is_loading() or page.rebuilder.is_running():
            settle(app, 0.05)
        for n, text in enumerate(("xh", "zhangwei", "chaoyang", "bjcy"), start=1):
            page.list.search.setText(text)
            page.list.apply_query()
            settle(app)
            shoot(window, out / f"{tag}-{n}-accounts-{text}.png")
        dialog = NewRecordDialog(db, window)
        dialog.show()
        dialog.chooser.wait_ready()
        settle(app)
        shoot(dialog, out / f"{tag}-5-new-record-empty.png")
        dialog.account.setText("cyyy")
        settle(app)
        shoot(dialog, out / f"{tag}-6-new-record-cyyy.png")
        dialog.close()
        page.stop()
        window.close()
        remove_translations(app, translators)
    db.close()


if __name__ == "__main__":
    main()
