"""Drafts of unsaved forms."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from fieldvisit.services.drafts import discard_draft, load_draft, save_draft
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Draft


def test_save_load_replace_discard(db: Database) -> None:
    subject = uuid.uuid4()
    assert load_draft(db, "account", subject) is None
    save_draft(db, "account", subject, {"name": "协和"})
    save_draft(db, "account", subject, {"name": "北京协和"})
    save_draft(db, "account", None, {"name": "新客户"})
    draft = load_draft(db, "account", subject)
    assert draft is not None and draft.payload == {"name": "北京协和"}
    assert draft.saved_at.tzinfo is not None
    assert load_draft(db, "stakeholder", subject) is None
    new = load_draft(db, "account", None)
    assert new is not None and new.payload == {"name": "新客户"}
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Draft)) == 2
    discard_draft(db, "account", subject)
    assert load_draft(db, "account", subject) is None
    assert load_draft(db, "account", None) is not None
