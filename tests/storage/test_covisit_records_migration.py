"""Revision 0004_covcalls: the contact records co-visit calls wrote go back to the co-visit.

A database is built at the previous head (0003) with what the old call-to-record link left:
a record the call wrote and the rep never touched, one the rep added to, one whose text the
rep rewrote, and the rep's own earlier record that a call only linked. After the upgrade no
text is lost and only the untouched copy is gone.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from fieldvisit.clock import local_zone
from fieldvisit.storage.database import create_app_engine, resolve_url
from fieldvisit.storage.migrate import SCHEMA_HEAD, open_database
from tests.storage.test_migrations import _integrity_problems, _stored_revision, _upgrade_to

DAY = date(2026, 3, 10)
MADE = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
SIGNED = datetime(2026, 3, 10, 18, 0, tzinfo=UTC)


def _value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


class Rows:
    """Inserts into the tables as they are at the old revision (reflected, not the models)."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self.meta = sa.MetaData()
        self.meta.reflect(conn)

    def put(self, table: str, **values: Any) -> uuid.UUID:
        t = self.meta.tables[table]
        row_id = values.setdefault("id", uuid.uuid4()) if "id" in t.c else uuid.uuid4()
        for stamp in ("created_at", "updated_at"):
            if stamp in t.c:
                values.setdefault(stamp, MADE)
        self.conn.execute(t.insert().values({k: _value(v) for k, v in values.items()}))
        return row_id


def local(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY, time(hour, minute), tzinfo=local_zone())


def build(path: Path) -> dict[str, uuid.UUID]:
    _upgrade_to(path, "0003")
    engine = create_app_engine(resolve_url(path), foreign_keys=False)
    ids: dict[str, uuid.UUID] = {}
    with engine.begin() as conn:
        db = Rows(conn)
        manager = db.put(
            "team_member", name="王经理", role="manager", work_base="office", active=True
        )
        rep = db.put(
            "team_member", name="李代表", role="rep", work_base="office", active=True,
            manager_id=manager,
        )  # fmt: skip
        account = db.put("account", name="仁济医院", account_type="hospital", status="active")
        met = db.put("stakeholder", account_id=account, name="张主任")
        plan = db.put("monthly_plan", rep_id=rep, month=DAY.replace(day=1), status="approved")
        ids["planned"] = db.put(
            "planned_contact", plan_id=plan, account_id=account, planned_on=DAY, kind="visit"
        )
        cv = db.put(
            "covisit", rep_id=rep, manager_id=manager, first_day=DAY, last_day=DAY,
            template_version="2026.1", development_objectives=["多问"], status="signed_off",
            late=False, revision=1, manager_signed_at=SIGNED, completed_at=SIGNED,
        )  # fmt: skip

        def call(seq: int, record: uuid.UUID, **text: str | None) -> uuid.UUID:
            call_id = db.put(
                "covisit_call", covisit_id=cv, seq=seq, day=DAY, account_id=account,
                call_type="coaching", contact_record_id=record, **text,
            )  # fmt: skip
            db.put("covisit_call_stakeholder", call_id=call_id, stakeholder_id=met)
            db.put("call_observation", call_id=call_id, item_key="opening", rating=4, note="好")
            return call_id

        def written(at: datetime, **text: str | None) -> uuid.UUID:
            """A record as the old link wrote it with the call, completed at sign-off."""
            record = db.put(
                "contact_record", account_id=account, author_id=rep, occurred_at=at,
                method="visit", sales_objectives=[], admin_objectives=[], purposes=[],
                status="complete", completed_at=SIGNED,
                created_at=MADE + timedelta(milliseconds=40), **text,
            )  # fmt: skip
            db.put("record_stakeholder", record_id=record, stakeholder_id=met)
            for member in (rep, manager):
                db.put("record_participant", record_id=record, member_id=member)
            return record

        coaching = {
            "visit_objective": "确认下月订单",
            "feedback_went_well": "准备充分",
            "agreed_learning": "先问三个问题",
        }
        copied = {"objective_notes": "确认下月订单", "successes": "准备充分"}
        copied["lessons"] = "先问三个问题"

        # 1. Untouched copy, plus text only the record holds: the call takes it, the copy goes.
        ids["copy"] = written(local(9), **copied, content="带去新版资料")
        ids["call_copy"] = call(1, ids["copy"], **coaching)
        conn.execute(db.meta.tables["planned_contact"].update().values(record_id=ids["copy"].hex))
        # 2. The rep went on writing in it (next steps, a promise): kept, linked.
        ids["added"] = written(local(10, 30), **copied, next_steps="下周送样品")
        ids["call_added"] = call(2, ids["added"], **coaching)
        db.put(
            "promise", account_id=account, record_id=ids["added"], description="送样品",
            due_on=DAY + timedelta(days=7), status="open",
        )  # fmt: skip
        # 3. The rep rewrote the lessons in their record: kept, and the call keeps its own.
        ids["rewritten"] = written(local(12), **{**copied, "lessons": "我自己的教训"})
        ids["call_rewritten"] = call(3, ids["rewritten"], **coaching)
        # 4. The rep's own record from before, which the call only linked: as it was.
        ids["own"] = db.put(
            "contact_record", account_id=account, author_id=rep, occurred_at=local(14),
            method="visit", sales_objectives=[], admin_objectives=[], purposes=[],
            status="draft", created_at=MADE - timedelta(days=1), content="代表的记录",
            successes="准备充分",
        )  # fmt: skip
        ids["call_own"] = call(4, ids["own"], **coaching)
    engine.dispose()
    return ids


def test_generated_records_go_back_to_the_covisit_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "fieldvisit.db"
    ids = build(path)
    open_database(path).close()
    assert _stored_revision(path) == SCHEMA_HEAD
    assert _integrity_problems(path) == []

    engine = create_app_engine(resolve_url(path))
    meta = sa.MetaData()
    meta.reflect(engine)
    calls, records = meta.tables["covisit_call"], meta.tables["contact_record"]
    with engine.connect() as conn:

        def call(key: str) -> Any:
            return conn.execute(sa.select(calls).where(calls.c.id == ids[key].hex)).one()

        def record(key: str) -> Any:
            return conn.execute(sa.select(records).where(records.c.id == ids[key].hex)).one()

        # 1. The copy is removed and unlinked; its extra text now lives in the call.
        assert record("copy").deleted_at is not None
        assert call("call_copy").contact_record_id is None
        assert call("call_copy").precall_key_messages == "带去新版资料"
        assert call("call_copy").agreed_learning == "先问三个问题"
        planned = meta.tables["planned_contact"]
        assert conn.execute(sa.select(planned.c.record_id)).scalar() is None
        # 2 and 3. The rep's records now: kept, still linked, text untouched on both sides.
        for key in ("added", "rewritten"):
            assert record(key).deleted_at is None
            assert call(f"call_{key}").contact_record_id == ids[key].hex
            assert call(f"call_{key}").agreed_learning == "先问三个问题"
        assert record("added").next_steps == "下周送样品"
        assert record("rewritten").lessons == "我自己的教训"
        # 4. Linked, never written by the call: as it was.
        assert record("own").deleted_at is None and record("own").content == "代表的记录"
        assert call("call_own").contact_record_id == ids["own"].hex
        assert call("call_own").precall_key_messages is None
        # Nothing of the calls themselves was lost.
        observations = meta.tables["call_observation"]
        assert conn.execute(sa.select(sa.func.count()).select_from(observations)).scalar() == 4
        assert all(row.deleted_at is None for row in conn.execute(sa.select(calls)))
    engine.dispose()
