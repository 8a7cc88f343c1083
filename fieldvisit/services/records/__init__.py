"""Contact records, promises and the account timeline (DOMAIN.md §4)."""

from fieldvisit.services.records.forms import (
    IncompleteRecordError,
    MemberChoice,
    PhotoForm,
    PromiseForm,
    RecordChoices,
    RecordForm,
    StakeholderChoice,
    VisitCheckForm,
    cents_to_yuan,
    yuan_to_cents,
)
from fieldvisit.services.records.listing import RecordRow, list_records, stale_drafts
from fieldvisit.services.records.promises import (
    PromiseRow,
    add_promise,
    close_promise,
    open_promises,
    reopen_promise,
)
from fieldvisit.services.records.records import (
    complete,
    delete_record,
    load_record,
    new_record_form,
    photo_content,
    record_choices,
    save_draft,
)
from fieldvisit.services.records.timeline import TimelineEntry, TimelineKind, account_timeline

__all__ = [
    "IncompleteRecordError",
    "MemberChoice",
    "PhotoForm",
    "PromiseForm",
    "PromiseRow",
    "RecordChoices",
    "RecordForm",
    "RecordRow",
    "StakeholderChoice",
    "TimelineEntry",
    "TimelineKind",
    "VisitCheckForm",
    "account_timeline",
    "add_promise",
    "cents_to_yuan",
    "close_promise",
    "complete",
    "delete_record",
    "list_records",
    "load_record",
    "new_record_form",
    "open_promises",
    "photo_content",
    "record_choices",
    "reopen_promise",
    "save_draft",
    "stale_drafts",
    "yuan_to_cents",
]
