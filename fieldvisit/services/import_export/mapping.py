"""Which field each column holds: recognised from its header, adjusted by the user, remembered.

A mapping is a list with one entry per column: a field key (``account.name``) or
``None`` for a column to ignore. A field may appear more than once for stakeholder
fields: the second "Mobile" column belongs to the second stakeholder on the row.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from fieldvisit.services.import_export.fields import by_key, normalise_header, recognise
from fieldvisit.services.import_export.messages import say
from fieldvisit.services.settings import get_value, put_value
from fieldvisit.storage.database import Database

Mapping = list[str | None]
KEY_PREFIX = "import_mapping:"


def signature(headers: Sequence[str]) -> str:
    """The same headers in the same order give the same signature, however they are spaced."""
    joined = "\x1f".join(normalise_header(h) for h in headers)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:24]


def recognised_mapping(headers: Sequence[str]) -> Mapping:
    """Each header's field; account fields only once (the first column wins)."""
    mapping: Mapping = []
    seen: set[str] = set()
    for header in headers:
        key = recognise(header)
        if key is not None and by_key()[key].entity == "account" and key in seen:
            key = None
        if key is not None:
            seen.add(key)
        mapping.append(key)
    return mapping


def detect_mapping(db: Database, headers: Sequence[str]) -> Mapping:
    """The mapping the user last chose for these headers, else the recognised one."""
    with db.read_scope() as session:
        stored = get_value(session, KEY_PREFIX + signature(headers))
    if stored:
        try:
            loaded = json.loads(stored)
        except ValueError:
            loaded = None
        if (
            isinstance(loaded, list)
            and len(loaded) == len(headers)
            and all(k is None or k in by_key() for k in loaded)
        ):
            return list(loaded)
    return recognised_mapping(headers)


def remember_mapping(db: Database, headers: Sequence[str], mapping: Sequence[str | None]) -> None:
    """Keep the mapping for the next file with the same headers (only if it differs)."""
    key = KEY_PREFIX + signature(headers)
    value = None if list(mapping) == recognised_mapping(headers) else json.dumps(list(mapping))
    with db.session_scope() as session:
        put_value(session, key, value)


def check_mapping(mapping: Sequence[str | None], lang: str = "en") -> str | None:
    """What is wrong with a mapping as a whole, or ``None``."""
    if "account.name" not in mapping and "account.id" not in mapping:
        return say(
            lang,
            "No column is mapped to the account name. Choose which column holds it "
            "(e.g. 客户名称 or Account name).",
        )
    for key in {k for k in mapping if k is not None and by_key()[k].entity == "account"}:
        if mapping.count(key) > 1:
            field = by_key()[key]
            return say(
                lang,
                "{f} is mapped to more than one column; keep one.",
                f=field.zh if lang.startswith("zh") else field.en,
            )
    return None
