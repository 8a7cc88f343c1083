"""Fingerprints of what a person saw, computed the same way on a laptop and on the server
(one query over the shared models), so a step taken on stale information is recognised."""

from __future__ import annotations

import hashlib
import json
import uuid

from sqlalchemy import Connection, select

from fieldvisit.sync.codec import encode_value
from fieldvisit.sync.tables import table

_PLANNED = ("id", "account_id", "planned_on", "slot", "kind", "purpose")


def plan_content_digest(conn: Connection, plan_id: uuid.UUID) -> str:
    """The plan's planned contacts (not removed) as a manager decides on them."""
    contacts = table("planned_contact")
    rows = conn.execute(
        select(*(contacts.c[name] for name in _PLANNED))
        .where(contacts.c.plan_id == plan_id, contacts.c.deleted_at.is_(None))
        .order_by(contacts.c.id)
    ).all()
    content = [[encode_value(value) for value in row] for row in rows]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()
