"""Errors a user can understand and act on.

Each carries a short title and a detail that says what happened and what to do;
the CLI prints both to stderr, the UI shows them in a message box. The title is
English here; :meth:`FieldVisitError.translated_title` gives it in the user's
language from the shared catalogue (context ``Errors``), where every subclass's
title must have its Chinese (a test checks).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldvisit.i18n import message, translate

TITLE_CONTEXT = "Errors"


class FieldVisitError(Exception):
    """Base for errors shown to the user as they are."""

    title = "FieldVisit error"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail

    def translated_title(self, language: str | None = None) -> str:
        """The title in ``language`` (default: the language the process speaks)."""
        return translate(TITLE_CONTEXT, self.title, language)


class DatabaseOpenError(FieldVisitError):
    """The database cannot be opened; nothing was changed."""

    title = "Cannot open the database"


class NotADatabaseError(DatabaseOpenError):
    title = "Not a FieldVisit database"


class ForeignDatabaseError(DatabaseOpenError):
    title = "Not a FieldVisit database"


class CorruptDatabaseError(DatabaseOpenError):
    title = "The database is damaged"


class ReadOnlyDatabaseError(DatabaseOpenError):
    title = "The data folder is read-only"


class NewerDatabaseError(DatabaseOpenError):
    title = "Database from a newer FieldVisit"


class DatabaseLockedError(DatabaseOpenError):
    title = "The database is in use"


class MigrationError(FieldVisitError):
    title = "Database upgrade failed"


class BackupError(FieldVisitError):
    title = "Backup or restore failed"


class NotFoundError(FieldVisitError):
    title = "Not found"


class ValidationError(FieldVisitError):
    """A value the user entered is wrong; ``field`` names where."""

    title = "Please check this value"

    def __init__(self, field: str, detail: str) -> None:
        super().__init__(detail)
        self.field = field


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """One value changed both in this editor and, meanwhile, in the database.

    ``field`` is a dotted key: ``basics.phone`` for a field of the record, or
    ``complaints.2.handling`` (group, row position in the editor, column) for a row,
    whose database id is then ``row_id``."""

    field: str
    stored: Any
    mine: Any
    row_id: uuid.UUID | None = None


class EditConflictError(FieldVisitError):
    """A save found values changed meanwhile by someone else that this editor changed
    too. Nothing was written; the editor shows both values and lets the user choose.
    The detail names the fields only: the values are for the editor to show."""

    title = "Changed meanwhile by someone else"

    def __init__(self, conflicts: Sequence[FieldConflict]) -> None:
        self.conflicts = tuple(conflicts)
        super().__init__(
            message(
                "Since this was opened, someone else changed {count} of the "
                "values changed here ({names}). Choose which value to keep, then save again.",
                count=len(self.conflicts),
                names=", ".join(c.field for c in self.conflicts),
            )
        )

    @property
    def field(self) -> str:
        return self.conflicts[0].field

    @property
    def stored(self) -> Any:
        return self.conflicts[0].stored

    @property
    def mine(self) -> Any:
        return self.conflicts[0].mine
