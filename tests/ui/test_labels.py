"""Data labels follow the interface language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from fieldvisit.domain.enums import AccountType, BuyingRole
from fieldvisit.ui.labels import enum_label, interface_language


@pytest.fixture
def chinese_locale(qapp: object) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    QLocale.setDefault(before)


def test_enum_labels_in_english_by_default(qapp: object) -> None:
    assert interface_language() == "en"
    assert enum_label(AccountType.HOSPITAL) == "Hospital"


def test_enum_labels_in_chinese_under_a_chinese_locale(chinese_locale: None) -> None:
    assert interface_language() == "zh"
    assert enum_label(AccountType.HOSPITAL) == "医院"
    assert enum_label(BuyingRole.DECISION_MAKER) == "采购决策者"
