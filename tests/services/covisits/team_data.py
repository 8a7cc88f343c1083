"""A small team with co-visits worked out by hand (see the manager's-view tests).

March 2025 starts on a Saturday and has 21 working days. Times are written on the
local clock: run it under a zone far from UTC to tell local days from UTC days.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    ActionStatus,
    ContactMethod,
    CoVisitStatus,
    CoVisitType,
    MemberRole,
    RecordStatus,
    Standard,
    WorkBase,
)
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import (
    Account,
    ActionItem,
    ContactRecord,
    CoVisit,
    CoVisitCall,
    RecordParticipant,
    StandardRating,
    TeamMember,
)


@dataclass
class Team:
    office: uuid.UUID
    home: uuid.UUID
    r1: uuid.UUID
    r2: uuid.UUID
    r3: uuid.UUID


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def build_team(db: Database) -> Team:
    with db.session_scope() as s:
        office = TeamMember(name="王喆", role=MemberRole.MANAGER, work_base=WorkBase.OFFICE)
        home = TeamMember(name="Helen Ho", role=MemberRole.MANAGER, work_base=WorkBase.HOME)
        s.add_all([office, home])
        s.flush()
        r1 = TeamMember(name="李堃", role=MemberRole.REP, manager_id=office.id)
        r2 = TeamMember(name="周宁", role=MemberRole.REP, manager_id=office.id)
        r3 = TeamMember(name="Amy Lam", role=MemberRole.REP, manager_id=home.id)
        s.add_all([r1, r2, r3])
        s.flush()
        account = Account(
            name="镕安医院", account_type=AccountType.HOSPITAL, status=AccountStatus.ACTIVE
        )
        s.add(account)
        s.flush()

        def covisit(
            manager: TeamMember, rep: TeamMember, first: date, last: date, **kw: object
        ) -> CoVisit:
            c = CoVisit(
                manager_id=manager.id,
                rep_id=rep.id,
                first_day=first,
                last_day=last,
                template_version="1",
                **kw,
            )
            s.add(c)
            s.flush()
            return c

        def calls(c: CoVisit, *day_types: tuple[date, CoVisitType]) -> None:
            for seq, (day, kind) in enumerate(day_types, start=1):
                s.add(
                    CoVisitCall(
                        covisit_id=c.id, seq=seq, day=day, account_id=account.id, call_type=kind
                    )
                )

        def rate(c: CoVisit, **scores: int) -> None:
            for standard, score in scores.items():
                s.add(StandardRating(covisit_id=c.id, standard=Standard(standard), score=score))

        def signed(at: datetime) -> dict[str, object]:
            return {"completed_at": at, "manager_signed_at": at, "status": CoVisitStatus.SIGNED_OFF}

        J, D, C = CoVisitType.JOINT, CoVisitType.DEMONSTRATION, CoVisitType.COACHING
        # Friday–Monday: two co-visit days, not four.
        # Signed off the evening of its last day: on time.
        c1 = covisit(
            office, r1, date(2025, 3, 7), date(2025, 3, 10), **signed(local(date(2025, 3, 10), 20))
        )
        calls(c1, (date(2025, 3, 7), J), (date(2025, 3, 7), C), (date(2025, 3, 10), C))
        rate(c1, communication=3, sales_calls=4)
        # Signed off the morning after: late, and stays late.
        c2 = covisit(
            office, r1, date(2025, 3, 20), date(2025, 3, 20), **signed(local(date(2025, 3, 21), 9))
        )
        calls(c2, (date(2025, 3, 20), D))
        rate(c2, communication=5, sales_calls=2)
        # Across the month boundary: only Monday 3 March is in March.
        c3 = covisit(
            office, r2, date(2025, 2, 28), date(2025, 3, 3), **signed(local(date(2025, 3, 3), 20))
        )
        calls(c3, (date(2025, 2, 28), C), (date(2025, 3, 3), J))
        rate(c3, communication=4)
        # A Saturday with a call: a co-visit day with the rep, not a working day. Never
        # signed: late from the end of that Saturday (the stored flag says nothing).
        c4 = covisit(office, r2, date(2025, 3, 15), date(2025, 3, 15))
        calls(c4, (date(2025, 3, 15), C))
        gone = covisit(office, r1, date(2025, 3, 25), date(2025, 3, 25))
        gone.deleted_at = utcnow()
        # A year before: outside the 12-month trend window.
        old = covisit(office, r1, date(2024, 3, 15), date(2024, 3, 15))
        rate(old, communication=1)
        # The home-based manager co-visits r1 once in March, and r3 on 3–4 March.
        covisit(home, r1, date(2025, 3, 12), date(2025, 3, 12))
        covisit(home, r3, date(2025, 3, 3), date(2025, 3, 4))

        s.add_all(
            [
                ActionItem(
                    covisit_id=c1.id,
                    seq=1,
                    description="准备价格异议数据",
                    owner_id=r1.id,
                    due_on=date(2025, 3, 20),
                ),
                ActionItem(
                    covisit_id=c1.id,
                    seq=2,
                    description="约药剂科主任",
                    owner_id=r1.id,
                    due_on=date(2025, 5, 1),
                ),
                ActionItem(
                    covisit_id=c1.id,
                    seq=3,
                    description="done",
                    due_on=date(2025, 3, 9),
                    status=ActionStatus.DONE,
                ),
                ActionItem(covisit_id=c3.id, seq=1, description="读完新品资料", owner_id=r2.id),
            ]
        )

        def record(author: TeamMember, when: datetime, *, joined: TeamMember | None = None) -> None:
            r = ContactRecord(
                account_id=account.id,
                author_id=author.id,
                occurred_at=when,
                method=ContactMethod.VISIT,
                status=RecordStatus.COMPLETE,
            )
            s.add(r)
            s.flush()
            if joined is not None:
                s.add(RecordParticipant(record_id=r.id, member_id=joined.id))

        record(office, local(date(2025, 3, 12), 10))  # written by the manager
        record(r2, local(date(2025, 3, 13), 15), joined=office)  # the manager took part
        record(office, local(date(2025, 3, 8), 10))  # a Saturday
        record(r1, local(date(2025, 3, 14), 10))  # without the manager
        record(office, local(date(2025, 4, 1), 0, 30))  # April here, 31 March in UTC
        return Team(office.id, home.id, r1.id, r2.id, r3.id)
