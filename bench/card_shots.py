"""Screenshots of the customer card in English and Chinese (run offscreen on a demo DB).

PYTHONPATH=. python bench/card_shots.py /tmp/card-demo.db /work/shots/card
"""

from __future__ import annotations

import dataclasses
import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldvisit.domain.enums import AccountType, BuyingStage, Grade, PeriodKind
from fieldvisit.services.accounts.card_data import (
    ComplaintRow,
    ContributionRow,
    GradeRow,
    PlanRow,
    PriceRow,
    ProjectRow,
)
from fieldvisit.services.accounts.cards import load_card, save_card
from fieldvisit.services.accounts.stakeholders import (
    ProfileData,
    list_stakeholders,
    save_profile,
)
from fieldvisit.storage.migrate import open_database
from fieldvisit.ui.accounts.card_editor import CardWindow
from fieldvisit.ui.accounts.card_print import PrintCardDialog
from fieldvisit.ui.accounts.stakeholder_editor import StakeholderDialog
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.i18n import apply_locale, install_translations, register_bundled_fonts


def enrich(db, account_id) -> None:  # type: ignore[no-untyped-def]
    """Give the demo account a full history, so every tab shows realistic rows."""
    card = load_card(db, account_id)
    if card.grades:
        return
    card = dataclasses.replace(
        card,
        grades=(
            GradeRow(PeriodKind.YEAR, date(2024, 1, 1), 3, 3, 4, 4, 3, Grade.B),
            GradeRow(PeriodKind.QUARTER, date(2025, 1, 1), 4, 3, 4, 4, 3),
            GradeRow(PeriodKind.QUARTER, date(2025, 4, 1), 4, 4, 5, 4, 4),
        ),
        prices=(
            PriceRow("立普妥 阿托伐他汀钙片 20mg×7", date(2024, 3, 1), 6_850, "挂网价"),
            PriceRow("立普妥 阿托伐他汀钙片 20mg×7", date(2025, 1, 1), 5_920, "集采后下调"),
            PriceRow("络活喜 苯磺酸氨氯地平片 5mg×7", date(2025, 1, 1), 3_160),
        ),
        contributions=(
            ContributionRow(
                PeriodKind.QUARTER, date(2025, 1, 1), 4_200, 286_000_00, 241_500_00, 96_300_00
            ),
            ContributionRow(
                PeriodKind.QUARTER, date(2025, 4, 1), 4_650, 317_400_00, 288_000_00, 82_100_00
            ),
        ),
        complaints=(
            ComplaintRow(
                date(2025, 3, 12),
                "配送延迟两天，药房缺货",
                "调整配送路线，改为每周二、五送货",
                date(2025, 3, 15),
            ),
        ),
        projects=(
            ProjectRow(
                "心内科新品进院", BuyingStage.EVALUATION, date(2025, 2, 10), "药事会 6 月审议"
            ),
        ),
        plans=(
            PlanRow(
                date(2025, 1, 1),
                date(2025, 12, 31),
                "心内科用量稳定，竞品降价",
                "全年销量增长 12%",
                "学术会议 2 场，样品 200 盒",
                "每月拜访主任一次",
                "每季度回顾",
            ),
        ),
    )
    save_card(db, card)


def shoot(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))


def main() -> None:
    db_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    register_bundled_fonts(app)
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.No  # type: ignore[method-assign]
    db = open_database(db_path)
    from sqlalchemy import select

    from fieldvisit.storage.models import Account

    with db.session_scope() as s:
        account_id = s.scalars(select(Account.id).where(Account.name == "北京协和医院")).first()
        if account_id is None:
            account_id = s.scalars(select(Account.id).order_by(Account.name)).first()
    assert account_id is not None, "the database holds no account"
    enrich(db, account_id)
    people = list_stakeholders(db, account_id)
    if people and people[0].id is not None:
        save_profile(
            db,
            people[0].id,
            ProfileData(
                birthday=date(1972, 5, 18),
                school="北京大学医学部",
                major="药学",
                hometown="河北保定",
                spouse="李女士，中学教师",
                children="一子，读大学",
                personality="严谨，重数据",
                hobbies="钓鱼、书法",
                sports="羽毛球",
                food="清淡，喜欢淮扬菜",
                reading="《柳叶刀》，历史类书籍",
                car="大众帕萨特",
                holidays="春节回老家",
            ),
        )
    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    for lang in ("en", "zh_CN"):
        translators = install_translations(app, lang)
        apply_locale(lang)
        tag = "zh" if lang.startswith("zh") else "en"
        window = CardWindow(db, DataEvents(), settings, account_id)
        window.resize(1000, 760)
        window.show()
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            page = window.tabs.widget(i)
            assert page is not None
            shoot(window, out / f"{tag}-card-{i + 1}-{page.objectName()}.png")
        window.tabs.setCurrentIndex(0)
        window.basics.details.button.setChecked(True)
        shoot(window, out / f"{tag}-card-1b-basics-details.png")
        window.basics.details.button.setChecked(False)
        window.basics.phone.setText("6529 5114")
        window.basics.name.setText("北京协和医院有限公司")
        window._queue_duplicates(window.basics.name_hint)
        window.validate()
        from fieldvisit.services.accounts.duplicates import similar_accounts

        window.basics.show_duplicates(
            window.basics.name_hint, similar_accounts(db, "北京协和医院有限公司", None, account_id)
        )
        window.basics.show_duplicates(
            window.basics.name_hint,
            similar_accounts(db, "北京协和医院有限公司", None, None),
        )
        shoot(window, out / f"{tag}-card-error.png")
        window.discard_changes()
        window.close()
        dialog = StakeholderDialog(db, account_id, people[0] if people else None)
        dialog.show()
        shoot(dialog, out / f"{tag}-stakeholder-1-identity.png")
        dialog.tabs.setCurrentIndex(1)
        shoot(dialog, out / f"{tag}-stakeholder-2-values.png")
        dialog.tabs.setCurrentIndex(dialog.profile_index)
        shoot(dialog, out / f"{tag}-stakeholder-3-profile.png")
        dialog.close()
        printer = CardWindow(db, DataEvents(), settings, account_id)
        from fieldvisit.services.reporting.catalog import AccountItem

        item = AccountItem(
            account_id,
            printer.card.basics.name,
            printer.card.basics.city,
            printer.card.basics.account_type or AccountType.OTHER,
            printer.card.owner_name,
        )
        dlg = PrintCardDialog(item, printer.printing, settings, printer)
        dlg.show()
        dlg.options.profile_box.setChecked(True)
        shoot(dlg, out / f"{tag}-print-dialog.png")
        dlg.close()
        printer.close()
        for t in translators:
            app.removeTranslator(t)
    db.close()


if __name__ == "__main__":
    main()
