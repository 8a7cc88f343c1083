"""vCards as phones write them, and our own export read back."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from fieldvisit.domain.errors import NotFoundError
from fieldvisit.services.accounts.search_keys import rebuild_stale_keys
from fieldvisit.services.import_export import (
    ImportFileError,
    export_vcards,
    import_vcards,
    read_vcard_file,
)
from fieldvisit.services.import_export.vcard import fold, split_name
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder, StakeholderProfile
from tests.services.import_export.conftest import FIXTURES, stamps


def people(db: Database, account_id: uuid.UUID) -> dict[str, Stakeholder]:
    with db.session_scope() as s:
        rows = s.scalars(select(Stakeholder).where(Stakeholder.account_id == account_id))
        return {p.name: p for p in rows}


def test_android_21_quoted_printable_with_soft_breaks(
    db: Database, seeded: dict[str, uuid.UUID]
) -> None:
    result = import_vcards(db, FIXTURES / "android_21_qp_utf8.vcf", "北京协和医院")
    assert (result.cards, result.created, result.updated) == (2, 0, 2)
    found = people(db, seeded["xiehe"])
    zhang = found["张伟"]
    assert (zhang.title, zhang.department, zhang.office_phone) == (
        "主任医师",
        "心内科",
        "010-69156114",
    )
    assert zhang.mobile == "138-1234-5678"  # the fax was not taken for a phone
    assert zhang.notes == "周三下午在门诊，可以拜访；周五上午查房，请勿打扰。"
    assert found["王芳"].wechat == "wangfang_88"


def test_gb18030_charset(db: Database, seeded: dict[str, uuid.UUID]) -> None:
    result = import_vcards(db, FIXTURES / "gb18030_21.vcf", seeded["pharmacy"])
    assert result.created == 2
    found = people(db, seeded["pharmacy"])
    li = found["李娜"]
    assert (li.title, li.mobile, li.office_phone) == ("副主任药师", "13900001111", "0731-84327000")
    assert li.address == "中国湖南长沙湘雅路87号"
    assert found["赵敏"].mobile == "13600003333"


def test_apple_30_grouped_items_and_birthday_only_when_asked(
    db: Database, seeded: dict[str, uuid.UUID]
) -> None:
    path = FIXTURES / "apple_30_items.vcf"
    import_vcards(db, path, "老百姓大药房(五一店)")
    nana = people(db, seeded["pharmacy"])["欧阳娜娜"]
    assert (nana.mobile, nana.office_phone, nana.wechat) == (
        "+86 138 1111 2222",
        "028-85422114",
        "nana_oy",
    )
    assert nana.email == "ouyang.nana@example.com" and "十二点半到一点半之间" in (nana.notes or "")
    with db.session_scope() as s:
        assert s.get(StakeholderProfile, nana.id) is None
    again = import_vcards(db, path, seeded["pharmacy"], with_birthday=True)
    assert again.updated == 1
    with db.session_scope() as s:
        profile = s.get(StakeholderProfile, nana.id)
        assert profile is not None and profile.birthday == date(1978, 9, 12)


def test_vcard_40_uri_phones(db: Database, seeded: dict[str, uuid.UUID]) -> None:
    import_vcards(db, FIXTURES / "vcard_40.vcf", seeded["pharmacy"])
    anna = people(db, seeded["pharmacy"])["Anna Lee"]
    assert (anna.mobile, anna.office_phone, anna.wechat) == (
        "+65-9123-4567",
        "+65-6311-1111",
        "annalee_sg",
    )
    assert anna.id == uuid.UUID("4fbe8971-0bc3-424c-9c26-36c3e1eff6b1")


def test_export_then_import_changes_nothing(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "xiehe.vcf"
    result = export_vcards(db, path, [seeded["xiehe"]])
    assert result.contacts == 2
    text = path.read_bytes().decode("utf-8")
    assert "FN:张伟\r\n" in text and "N:张;伟;;;" in text and "ORG:北京协和医院;心内科" in text
    assert "BDAY" not in text and "钓鱼" not in text
    before = stamps(db)
    back = import_vcards(db, path, seeded["xiehe"])
    assert (back.created, back.updated, back.unchanged) == (0, 0, 2)
    assert stamps(db) == before
    with_birthday = tmp_path / "all.vcf"
    export_vcards(db, with_birthday, None, with_birthday=True)
    assert "BDAY:1970-05-12" in with_birthday.read_text(encoding="utf-8")


def test_export_then_import_into_another_account(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "copy.vcf"
    export_vcards(db, path, [seeded["xiehe"]])
    result = import_vcards(db, path, seeded["pharmacy"])
    assert result.created == 2
    copied = people(db, seeded["pharmacy"])
    assert copied["张伟"].wechat == "zw_pumch" and copied["张伟"].id != seeded["zhang"]

    # The cards are written as the sheet importer writes (bulk, short lock): the account's
    # and the new people's search keys are written too, as the search service builds them.
    def keys() -> list[str | None]:
        with db.read_scope() as s:
            account = s.get(Account, seeded["pharmacy"])
            assert account is not None
            found = s.scalars(
                select(Stakeholder.search_key).where(Stakeholder.account_id == account.id)
            )
            return [account.search_key, *sorted(k or "" for k in found)]

    written = keys()
    assert written[0] is not None and "zhangwei" in written[0] and "wangfang" in written[0]
    with db.session_scope() as s:
        s.execute(update(Account).values(search_key=None))
        s.execute(update(Stakeholder).values(search_key=None))
    rebuild_stale_keys(db)
    assert keys() == written


def test_folding_keeps_characters_whole() -> None:
    line = "NOTE:" + "协和医院心内科" * 20
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_names_split_for_n() -> None:
    assert split_name("欧阳娜娜") == ("欧阳", "娜娜")
    assert split_name("王小明") == ("王", "小明")
    assert split_name("Anna Lee") == ("Lee", "Anna")


def test_bad_vcard_files(db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path) -> None:
    empty = tmp_path / "e.vcf"
    empty.write_text("")
    with pytest.raises(ImportFileError, match="empty"):
        read_vcard_file(empty)
    other = tmp_path / "n.vcf"
    other.write_text("just some notes\n")
    with pytest.raises(ImportFileError, match="no contact cards"):
        read_vcard_file(other)
    with pytest.raises(NotFoundError, match="Did you mean"):
        import_vcards(db, FIXTURES / "vcard_40.vcf", "北京协和")
    nameless = tmp_path / "nameless.vcf"
    nameless.write_text("BEGIN:VCARD\nVERSION:3.0\nTEL:123\nEND:VCARD\n")
    result = import_vcards(db, nameless, seeded["pharmacy"])
    assert (
        result.created == 0
        and str(result.issues[0]) == "nameless.vcf:1:FN: The card has no name (FN or N)."
    )


def test_three_cards_sharing_a_number_are_three_people(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nTEL;TYPE=CELL:139 0000 2222\r\nEND:VCARD\r\n"
        for name in ("刘洋", "陈静", "王芳")
    )
    path = tmp_path / "shared.vcf"
    path.write_text(cards, encoding="utf-8")
    result = import_vcards(db, path, seeded["xiehe"])
    assert (result.cards, result.created, result.updated, result.unchanged) == (3, 2, 1, 0)
    found = people(db, seeded["xiehe"])
    assert set(found) == {"张伟", "王芳", "刘洋", "陈静"}
    assert {p.mobile for n, p in found.items() if n != "张伟"} == {"139 0000 2222"}
    # 刘洋 (line 1) and 陈静 (line 6) share 王芳's mobile: reported, never merged.
    assert [d.row for d in result.possible_duplicates] == [1, 6]
    assert {d.existing_id for d in result.possible_duplicates} == {found["王芳"].id}
    assert {d.created_id for d in result.possible_duplicates} == {
        found["刘洋"].id,
        found["陈静"].id,
    }


def test_many_cards_with_one_number_stay_many_people(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nTEL;TYPE=CELL:13700000000\r\nEND:VCARD\r\n"
        for i in range(300)
    )
    path = tmp_path / "many.vcf"
    path.write_text(cards, encoding="utf-8")
    result = import_vcards(db, path, seeded["pharmacy"])
    assert (result.cards, result.created, result.updated) == (300, 300, 0)
    assert len(people(db, seeded["pharmacy"])) == 300
    assert len(result.possible_duplicates) == 299


@pytest.mark.parametrize(
    ("bday", "lang", "note"),
    [
        ("--0415", "en", "Birthday: 15 April (year unknown)"),
        ("--04-15", "zh", "生日：4月15日（年份不详）"),
    ],
)
def test_a_birthday_without_its_year_is_kept_in_the_profile_notes(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path, bday: str, lang: str, note: str
) -> None:
    path = tmp_path / "no_year.vcf"
    path.write_text(
        f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:梅丹\r\nBDAY:{bday}\r\nEND:VCARD\r\n", encoding="utf-8"
    )
    import_vcards(db, path, seeded["pharmacy"])
    person = people(db, seeded["pharmacy"])["梅丹"]
    with db.session_scope() as s:
        assert s.get(StakeholderProfile, person.id) is None  # the profile only when asked
    result = import_vcards(db, path, seeded["pharmacy"], with_birthday=True, lang=lang)
    assert result.updated == 1
    again = import_vcards(db, path, seeded["pharmacy"], with_birthday=True, lang=lang)
    assert again.unchanged == 1  # the note is not added twice
    with db.session_scope() as s:
        profile = s.get(StakeholderProfile, person.id)
        assert profile is not None and profile.birthday is None
        assert profile.notes == note


def test_a_write_while_the_cards_are_worked_out_is_taken_into_account(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cards are worked out before the write lock is taken; someone who adds the same
    person and a birthday meanwhile is seen inside the lock: the card updates that person
    (no twin) and their profile (no second one)."""
    from fieldvisit.services.import_export import vcards

    path = tmp_path / "late.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:梅丹\r\nTEL;TYPE=CELL:13711112222\r\n"
        "BDAY:1980-02-03\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    planned = vcards._plan_cards
    added: list[uuid.UUID] = []

    def plan_then_someone_writes(*args: object) -> object:
        result = planned(*args)  # type: ignore[arg-type]
        if not added:
            with db.session_scope() as s:
                person = Stakeholder(account_id=seeded["pharmacy"], name="梅丹")
                s.add(person)
                s.flush()
                s.add(StakeholderProfile(stakeholder_id=person.id, notes="老客户"))
                added.append(person.id)
        return result

    monkeypatch.setattr(vcards, "_plan_cards", plan_then_someone_writes)
    result = import_vcards(db, path, seeded["pharmacy"], with_birthday=True)
    assert (result.created, result.updated, result.possible_duplicates) == (0, 1, ())
    named = [p for p in people(db, seeded["pharmacy"]).values() if p.name == "梅丹"]
    assert [p.id for p in named] == added and named[0].mobile == "13711112222"
    with db.read_scope() as s:
        profile = s.get(StakeholderProfile, added[0])
        assert profile is not None
        assert (profile.birthday, profile.notes) == (date(1980, 2, 3), "老客户")


def test_a_dry_run_of_cards_writes_nothing(
    db: Database, seeded: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    path = tmp_path / "dry.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:梅丹\r\nBDAY:1980-02-03\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:梅丹\r\nTEL;TYPE=CELL:13711112222\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )

    def profiles() -> int:
        with db.read_scope() as s:
            return len(s.scalars(select(StakeholderProfile.stakeholder_id)).all())

    before = people(db, seeded["pharmacy"]).keys(), profiles()
    dry = import_vcards(db, path, seeded["pharmacy"], with_birthday=True, dry_run=True)
    assert (dry.cards, dry.created, dry.updated, dry.dry_run) == (2, 1, 1, True)
    assert (people(db, seeded["pharmacy"]).keys(), profiles()) == before
    done = import_vcards(db, path, seeded["pharmacy"], with_birthday=True)
    assert (done.created, done.updated) == (dry.created, dry.updated)
    person = people(db, seeded["pharmacy"])["梅丹"]
    assert person.mobile == "13711112222"
    with db.read_scope() as s:
        profile = s.get(StakeholderProfile, person.id)
        assert profile is not None and profile.birthday == date(1980, 2, 3)
