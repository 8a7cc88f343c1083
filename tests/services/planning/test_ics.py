"""The plan as .ics reads back whole: summaries, starts, ends and time zone, Chinese included."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from fieldvisit.domain.enums import DaySlot, PlannedKind
from fieldvisit.services.planning.ics import write_plan_ics
from fieldvisit.services.planning.plans import add_contact
from fieldvisit.storage.database import Database
from tests.services.planning.conftest import Team

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_ics_reads_back(db: Database, team: Team, tmp_path: Path) -> None:
    a1, c = team.accounts["A1"], team.accounts["C"]
    first = add_contact(
        db, team.rep, a1, date(2025, 9, 2), PlannedKind.VISIT, DaySlot.MORNING, "新品介绍"
    )
    second = add_contact(db, team.rep, c, date(2025, 9, 2), PlannedKind.VISIT, DaySlot.MORNING)
    pm = add_contact(db, team.rep, c, date(2025, 9, 3), PlannedKind.SERVICE, DaySlot.AFTERNOON)
    call = add_contact(db, team.rep, a1, date(2025, 9, 4), PlannedKind.PHONE, DaySlot.AFTERNOON)
    target = tmp_path / "plan.ics"
    assert write_plan_ics(db, team.rep, date(2025, 9, 1), target, "zh", SHANGHAI) == 4
    raw = target.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))

    cal = icalendar.Calendar.from_ical(raw)
    [tz] = cal.walk("VTIMEZONE")
    assert tz["TZID"] == "Asia/Shanghai"
    events = {e["UID"]: e for e in cal.walk("VEVENT")}
    assert set(events) == {f"{x.id}@fieldvisit" for x in (first, second, pm, call)}

    e = events[f"{first.id}@fieldvisit"]
    assert str(e["SUMMARY"]) == "拜访 A1医院"
    start = e.decoded("DTSTART")
    assert start == datetime(2025, 9, 2, 9, 0, tzinfo=SHANGHAI)
    assert str(start.tzinfo) == "Asia/Shanghai" and e["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert e.decoded("DTEND") - start == timedelta(hours=1)
    assert str(e["LOCATION"]) == "北京市东城区A1路1号"
    assert "新品介绍" in str(e["DESCRIPTION"])
    # The second morning visit that day follows the first.
    assert events[f"{second.id}@fieldvisit"].decoded("DTSTART").hour == 10
    assert events[f"{pm.id}@fieldvisit"].decoded("DTSTART").hour == 14
    assert str(events[f"{pm.id}@fieldvisit"]["SUMMARY"]) == "服务 C医院"
    phone = events[f"{call.id}@fieldvisit"]
    assert str(phone["SUMMARY"]) == "电话 A1医院"
    assert phone.decoded("DTSTART") == date(2025, 9, 4)
    assert phone.decoded("DTEND") == date(2025, 9, 5)
    assert str(phone["TRANSP"]) == "TRANSPARENT"


def test_english_titles_and_stable_uids(db: Database, team: Team, tmp_path: Path) -> None:
    add_contact(db, team.rep, team.accounts["B1"], date(2025, 9, 8), PlannedKind.VISIT)
    one, two = tmp_path / "1.ics", tmp_path / "2.ics"
    write_plan_ics(db, team.rep, date(2025, 9, 1), one, "en", SHANGHAI)
    write_plan_ics(db, team.rep, date(2025, 9, 1), two, "en", SHANGHAI)
    uids = [
        [e["UID"] for e in icalendar.Calendar.from_ical(p.read_bytes()).walk("VEVENT")]
        for p in (one, two)
    ]
    assert uids[0] == uids[1]
    [event] = icalendar.Calendar.from_ical(one.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Visit B1医院"
