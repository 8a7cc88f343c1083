"""Files attached to an account."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from fieldvisit.domain.card_rules import MAX_ATTACHMENT_BYTES
from fieldvisit.domain.enums import AccountType
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.accounts.attachments import (
    AttachmentError,
    add_attachment,
    export_attachment,
    list_attachments,
    remove_attachment,
)
from fieldvisit.services.accounts.card_data import AccountCard, Basics
from fieldvisit.services.accounts.cards import save_card
from fieldvisit.storage.database import Database


def test_add_list_export_remove(db: Database, tmp_path: Path) -> None:
    account = save_card(
        db, AccountCard(basics=Basics(name="协和", account_type=AccountType.CLINIC))
    )
    source = tmp_path / "供货协议.pdf"
    source.write_bytes(b"%PDF-1.4 agreement")
    row = add_attachment(db, account, source)
    assert row.media_type == "application/pdf" and row.size_bytes == 18
    assert row.sha256 == hashlib.sha256(b"%PDF-1.4 agreement").hexdigest()
    assert [a.filename for a in list_attachments(db, account)] == ["供货协议.pdf"]
    (tmp_path / "out").mkdir()
    out = export_attachment(db, row.id, tmp_path / "out")
    assert out.name == "供货协议.pdf" and out.read_bytes() == b"%PDF-1.4 agreement"
    remove_attachment(db, row.id)
    assert list_attachments(db, account) == []


def test_too_large_and_missing_files_are_refused(db: Database, tmp_path: Path) -> None:
    account = save_card(
        db, AccountCard(basics=Basics(name="协和", account_type=AccountType.CLINIC))
    )
    big = tmp_path / "scan.tif"
    with big.open("wb") as fh:
        fh.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(ValidationError) as caught:
        add_attachment(db, account, big)
    assert "at most 25 MB" in caught.value.detail
    with pytest.raises(AttachmentError):
        add_attachment(db, account, tmp_path / "missing.pdf")
    assert list_attachments(db, account) == []
