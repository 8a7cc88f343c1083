"""Sheets as people make them: title rows, Chinese headers, people spread over rows or columns."""

from __future__ import annotations

import uuid
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from fieldvisit.domain.enums import AccountType, BuyingRole, Tier
from fieldvisit.services.import_export import (
    detect_mapping,
    import_accounts,
    import_accounts_file,
    preview_rows,
    read_table,
    recognised_mapping,
    remember_mapping,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder
from tests.services.import_export.conftest import counts


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_recognises_common_chinese_and_english_headers() -> None:
    headers = ["客户名称", "类型", "城市", "联系电话", "分级", "业务员", "姓名", "职位",
               "部门", "手机号码", "E-mail", "微信号", "采购角色", "备注 *", "Mobile 2",
               "序号"]  # fmt: skip
    assert recognised_mapping(headers) == [
        "account.name", "account.account_type", "account.city", "account.phone",
        "account.tier", "account.owner", "stakeholder.name", "stakeholder.title",
        "stakeholder.department", "stakeholder.mobile", "stakeholder.email",
        "stakeholder.wechat", "stakeholder.roles", "account.notes", "stakeholder.mobile", None,
    ]  # fmt: skip
    english = ["Account", "Tier", "Owner", "Contact", "Title", "Phone", "Fax", "Website"]
    assert recognised_mapping(english)[:3] == ["account.name", "account.tier", "account.owner"]


def test_title_rows_scattered_rows_and_labels_in_both_languages(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = xlsx(
        tmp_path / "名单.xlsx",
        [
            ["2024 年华北区重点客户名单"],
            ["制表：李娜", None, None, "2024-03-01"],
            [],
            ["客户名称", "类型", "城市", "级别", "联系人", "职务", "手机", "采购角色"],
            ["湘雅医院", "医院", "长沙", "A类", "刘洋", "院长", 13700001111, "决策者、Influencer"],
            ["北京协和医院", "hospital", "北京市", "A", "赵敏", "护士长", "13600003333", "user"],
            ["湘雅医院", "Hospital", "长沙", "a", "陈静", "药剂科主任", "13700002222", ""],
        ],
    )
    table = read_table(path)
    assert table.header_row == 4
    result = import_accounts_file(db, path)
    assert result.issues == ()
    assert (result.accounts_created, result.accounts_unchanged) == (1, 1)
    assert result.stakeholders_created == 3
    with db.session_scope() as s:
        xiangya = s.scalars(select(Account).where(Account.name == "湘雅医院")).one()
        assert (xiangya.account_type, xiangya.tier) == (AccountType.HOSPITAL, Tier.A)
        people = s.scalars(select(Stakeholder).where(Stakeholder.account_id == xiangya.id)).all()
        assert sorted(p.name for p in people) == ["刘洋", "陈静"]
        liu = next(p for p in people if p.name == "刘洋")
        assert liu.mobile == "13700001111"
        assert {r.role for r in liu.roles} == {BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER}
        # 北京 matched 北京市: the new person joined the existing card
        zhao = s.scalars(select(Stakeholder).where(Stakeholder.name == "赵敏")).one()
        assert zhao.account_id == seeded["xiehe"]


def test_stakeholder_columns_repeated_on_the_account_row(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(
        "单位名称,市,联系人1,手机1,联系人2,手机2\n"
        "一心堂(万达店),昆明,杨帆,13511112222,周琳,13533334444\n",
        encoding="utf-8",
    )
    result = import_accounts_file(db, path)
    assert (result.accounts_created, result.stakeholders_created) == (1, 2)
    with db.session_scope() as s:
        mobiles = dict(s.execute(select(Stakeholder.name, Stakeholder.mobile)).all())
    assert mobiles == {"杨帆": "13511112222", "周琳": "13533334444"}


def test_stakeholders_are_matched_by_name_and_a_shared_mobile_is_a_new_person(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "客户名称;城市;联系人;手机;职务\n"
        "北京协和医院;北京;张伟;13812345678;科主任\n"
        "北京协和医院;北京;王芳芳;13900002222;\n",
        encoding="utf-8",
    )
    result = import_accounts_file(db, path)
    assert (result.stakeholders_created, result.stakeholders_updated) == (1, 1)
    assert [(d.file, d.row) for d in result.possible_duplicates] == [("people.csv", 3)]
    with db.session_scope() as s:
        zhang = s.get(Stakeholder, seeded["zhang"])
        assert zhang is not None and zhang.title == "科主任"
        names = s.scalars(
            select(Stakeholder.name)
            .where(Stakeholder.mobile == "13900002222")
            .order_by(Stakeholder.name)
        ).all()
        assert sorted(names) == ["王芳", "王芳芳"]  # 王芳 keeps her name; 王芳芳 is someone else
        wang = s.scalars(select(Stakeholder).where(Stakeholder.name == "王芳")).one()
        assert result.possible_duplicates[0].existing_id == wang.id
        assert wang.title == "药剂科主任"
    assert counts(db) == (2, 3)


def test_a_rename_needs_the_stakeholder_id(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "rename.csv"
    path.write_text(
        "客户名称,城市,联系人ID,联系人,手机\n"
        f"北京协和医院,北京,{seeded['zhang']},张 伟伟,13812345678\n",
        encoding="utf-8",
    )
    result = import_accounts_file(db, path)
    assert (result.stakeholders_created, result.stakeholders_updated) == (0, 1)
    assert result.possible_duplicates == ()
    with db.session_scope() as s:
        assert s.get(Stakeholder, seeded["zhang"]).name == "张 伟伟"  # type: ignore[union-attr]


def test_account_id_column_wins_over_the_name(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "ids.csv"
    path.write_text(f"id,名称,城市\n{seeded['pharmacy']},老百姓大药房(五一广场店),长沙\n")
    result = import_accounts_file(db, path)
    assert result.accounts_updated == 1 and counts(db) == (2, 2)
    with db.session_scope() as s:
        assert s.get(Account, seeded["pharmacy"]).name == "老百姓大药房(五一广场店)"  # type: ignore[union-attr]


def test_tab_separated_gbk_with_owner_names(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("客户名称\t负责人\t状态\n同仁堂药店\t李娜\t业务往来客户\n".encode("gbk"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("gb18030", "\t")
    assert import_accounts_file(db, path).accounts_created == 1
    with db.session_scope() as s:
        account = s.scalars(select(Account).where(Account.name == "同仁堂药店")).one()
        assert account.owner_id == seeded["rep"]


def test_the_adjusted_mapping_is_remembered_for_the_same_headers(
    db: Database, tmp_path: Path
) -> None:
    headers = ["终端", "区域", "负责"]
    assert detect_mapping(db, headers) == [None, None, None]
    remember_mapping(db, headers, ["account.name", "account.city", None])
    assert detect_mapping(db, [" 终端 ", "区域", "负责"]) == ["account.name", "account.city", None]
    assert detect_mapping(db, ["终端", "区域"]) == [None, None]


def test_preview_shows_values_as_they_will_be_stored(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Account,Tier,Business began on\nA Clinic,b级,2024/3/5\nB,Z,someday\n")
    table = read_table(path)
    rows = preview_rows(table, recognised_mapping(table.headers), "zh")
    assert rows[0].cells == ("A Clinic", "B", "2024-03-05") and rows[0].problems == (None,) * 3
    assert rows[1].problems[1] is not None and "不是日期" in (
        rows[1].problems[2] or ""
    )  # the preview speaks zh


def test_bad_rows_reject_the_file_unless_skipped(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "客户名称,城市,开始合作日期,负责人,手机,联系人\n"
        "好医院,武汉,2021-05-06,李娜,,\n"
        "坏日期医院,武汉,2021-13-45,,,\n"
        ",武汉,,,,\n"
        "无名联系人医院,武汉,,,13911112222,\n"
        "外人医院,武汉,,王五,,\n"
        "科学计数法医院,武汉,,,1.39E+10,钱七\n",
        encoding="utf-8",
    )
    table = read_table(path)
    mapping = recognised_mapping(table.headers)
    rejected = import_accounts(db, table, mapping)
    assert rejected.rejected and not rejected.committed and counts(db) == (2, 2)
    located = {(i.row, i.column) for i in rejected.issues}
    assert located == {
        (3, "开始合作日期"), (4, "客户名称"), (5, "手机"), (6, "Owner"), (7, "手机"),
    }  # fmt: skip
    assert str(rejected.issues[0]).startswith("bad.csv:3:开始合作日期: ")

    dry = import_accounts(db, table, mapping, skip_bad_rows=True, dry_run=True)
    assert dry.accounts_created == 1 and counts(db) == (2, 2)
    done = import_accounts(db, table, mapping, skip_bad_rows=True)
    assert (done.accounts_created, done.skipped_rows, done.committed) == (1, 5, True)
    assert counts(db) == (3, 2)


def test_conflicting_values_for_one_account_are_reported(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "conflict.csv"
    path.write_text("名称,城市,类型,联系人\n甲医院,沈阳,医院,A\n甲医院,沈阳,诊所,B\n")
    result = import_accounts_file(db, path)
    assert result.rejected
    assert [(i.row, i.column) for i in result.issues] == [(3, "Type")]


@pytest.mark.parametrize("dry_run", [True, False])
def test_progress_exception_rolls_everything_back(
    db: Database, tmp_path: Path, dry_run: bool
) -> None:
    path = tmp_path / "many.csv"
    path.write_text("名称\n" + "".join(f"医院{i}\n" for i in range(1200)))

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done > total // 2:
            raise Stop

    with pytest.raises(Stop):
        import_accounts_file(db, path, dry_run=dry_run, progress=progress)
    assert counts(db) == (0, 0)


def test_a_repeated_account_column_is_never_cut_silently(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(
        "客户名称,城市,医院名称\n"
        "北京协和医院,北京,北京协和医院\n"  # the same value twice: fine
        "湘雅医院,长沙,湘雅二医院\n",  # which one is meant? refused, with row and column
        encoding="utf-8",
    )
    result = import_accounts_file(db, path)
    assert result.rejected and [(i.row, i.column) for i in result.issues] == [(3, "医院名称")]
    assert "repeats the column 客户名称" in result.issues[0].reason
    assert counts(db) == (2, 2)


def test_a_value_met_again_in_a_column_is_read_as_the_first_time(
    db: Database, tmp_path: Path
) -> None:
    """Cells are parsed once per distinct value of a column: the same bad value on three
    rows is reported on each of them; numbers and booleans read as before."""
    path = xlsx(
        tmp_path / "repeats.xlsx",
        [
            ["客户名称", "城市", "开始合作日期", "联系人", "手机", "备注"],
            ["甲医院", "武汉", "2021-13-45", "张三", "13911112222", 1],
            ["乙医院", "武汉", "2021-13-45", "李四", "13911112223", 1.5],
            ["丙医院", "武汉", "2021-05-06", "王五", "13911112222", True],
            ["丁医院", "武汉", "2021-13-45", "赵六", "13911112224", 1],
        ],
    )
    rejected = import_accounts_file(db, path)
    assert [(i.row, i.column) for i in rejected.issues] == [
        (2, "开始合作日期"), (3, "开始合作日期"), (5, "开始合作日期"),
    ]  # fmt: skip
    done = import_accounts_file(db, path, skip_bad_rows=True)
    assert (done.accounts_created, done.skipped_rows) == (1, 3)
    with db.read_scope() as session:
        account = session.scalars(select(Account)).one()
        assert (account.name, account.city, account.notes) == ("丙医院", "武汉", "1")
        person = session.scalars(select(Stakeholder)).one()
        assert (person.name, person.mobile) == ("王五", "13911112222")
