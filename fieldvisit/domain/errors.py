"""Errors a user can understand and act on.

Each carries a short title and a detail that says what happened and what to do;
the CLI prints both to stderr, the UI shows them in a message box. The title is
English here; :meth:`FieldVisitError.translated_title` gives it in the user's
language from the shared catalogue (context ``Errors``), where every subclass's
title must have its Chinese (a test checks).
"""

from __future__ import annotations

from fieldvisit.i18n import translate

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
