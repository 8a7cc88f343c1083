"""Data labels follow the interface language (the one its translations speak)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fieldvisit import i18n
from fieldvisit.domain.enums import AccountType, BuyingRole
from fieldvisit.ui.labels import enum_label, interface_language


@pytest.fixture
def chinese_locale(qapp: object) -> Iterator[None]:
    before = i18n.set_language("zh_CN")
    yield
    i18n.set_language(before)


def test_enum_labels_in_english_by_default(qapp: object) -> None:
    assert interface_language() == "en"
    assert enum_label(AccountType.HOSPITAL) == "Hospital"


def test_enum_labels_in_chinese_under_a_chinese_locale(chinese_locale: None) -> None:
    assert interface_language() == "zh"
    assert enum_label(AccountType.HOSPITAL) == "医院"
    assert enum_label(BuyingRole.DECISION_MAKER) == "采购决策者"
