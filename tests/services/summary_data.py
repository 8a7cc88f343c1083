"""A rep's March 2025 worked out by hand (see the summary tests).

Times are on the local clock: 00:30 on 1 April is March in UTC for zones east of it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from fieldvisit.domain.enums import (
    AccountStatus,
    AccountType,
    ContactMethod,
    MemberRole,
    PromiseStatus,
    RecordStatus,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, ContactRecord, Promise, TeamMember


def local(y: int, m: int, d: int, hour: int, minute: int = 0) -> datetime:
    return datetime(y, m, d, hour, minute).astimezone()


@dataclass
class Rep:
    id: uuid.UUID


def build_month(db: Database) -> Rep:
    with db.session_scope() as s:
        author = TeamMember(name="李堃", role=MemberRole.REP)
        s.add(author)
        s.flush()

        def account(name: str, **kw: object) -> Account:
            a = Account(
                name=name,
                account_type=AccountType.HOSPITAL,
                status=AccountStatus.ACTIVE,
                owner_id=author.id,
                **kw,
            )
            s.add(a)
            s.flush()
            return a

        old = local(2024, 6, 1, 9)
        a = account("镕安医院", created_at=old)
        b = account("康宁药房", created_at=old)
        c = account("和平诊所", created_at=old)
        account("新华医院", city="北京", created_at=local(2025, 3, 1, 0, 30))
        account("去年的医院", created_at=local(2025, 2, 28, 23, 0))

        def record(
            acc: Account,
            when: datetime,
            method: ContactMethod = ContactMethod.VISIT,
            status: RecordStatus = RecordStatus.COMPLETE,
            **kw: object,
        ) -> None:
            s.add(
                ContactRecord(
                    account_id=acc.id,
                    author_id=author.id,
                    occurred_at=when,
                    method=method,
                    status=status,
                    **kw,
                )
            )

        record(a, local(2025, 3, 5, 10), successes="主任同意试用", shortcomings="未带资料")
        record(a, local(2025, 3, 6, 10), ContactMethod.PHONE, successes="约好时间")
        record(a, local(2025, 4, 1, 0, 30), successes="四月的")  # 31 March in UTC
        record(b, local(2025, 3, 20, 10), status=RecordStatus.DRAFT)
        record(c, local(2025, 2, 20, 10), next_steps="介绍新品", next_visit_on=date(2025, 4, 8))
        s.add_all(
            [
                Promise(
                    account_id=a.id,
                    owner_id=author.id,
                    description="寄送资料",
                    agreed_on=date(2025, 3, 5),
                    due_on=date(2025, 3, 9),
                    status=PromiseStatus.KEPT,
                    closed_at=local(2025, 3, 10, 9),
                ),
                Promise(
                    account_id=b.id,
                    owner_id=author.id,
                    description="补充陈列",
                    agreed_on=date(2025, 3, 10),
                    due_on=date(2025, 3, 25),
                ),
                Promise(
                    account_id=b.id,
                    owner_id=author.id,
                    description="送样品",
                    agreed_on=date(2025, 3, 20),
                    due_on=date(2025, 4, 15),
                ),
                Promise(
                    account_id=b.id,
                    owner_id=author.id,
                    description="四月才答应的",
                    agreed_on=date(2025, 4, 2),
                    due_on=date(2025, 4, 30),
                ),
            ]
        )
        return Rep(author.id)
