"""The importer speaks the user's language: file, cell and mapping problems in Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldvisit.services.import_export import ImportFileError, check_mapping, read_table
from fieldvisit.services.import_export.fields import by_key
from fieldvisit.services.import_export.values import CellError, parse_cell


def test_file_problems_in_chinese_and_english(tmp_path: Path) -> None:
    empty = tmp_path / "空.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError) as zh:
        read_table(empty, lang="zh")
    assert "空.csv 是空文件" in zh.value.detail
    with pytest.raises(ImportFileError) as en:
        read_table(empty)
    assert "is empty" in en.value.detail
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(ImportFileError) as bad:
        read_table(binary, lang="zh_CN")
    assert "不是文本或电子表格文件" in bad.value.detail


def test_cell_problems_in_chinese() -> None:
    with pytest.raises(CellError) as date_error:
        parse_cell(by_key()["account.business_began_on"], "明年", "zh")
    assert "不是日期" in str(date_error.value)
    with pytest.raises(CellError) as tier_error:
        parse_cell(by_key()["account.tier"], "Z", "zh")
    assert "不在可选值中" in str(tier_error.value)


def test_mapping_problem_in_chinese() -> None:
    message = check_mapping(["stakeholder.name"], "zh")
    assert message is not None and "没有列对应客户名称" in message
    assert "No column is mapped" in (check_mapping(["stakeholder.name"]) or "")
