"""Phone cells as people type them, made into what the card accepts.

A cell may hold several numbers ("010-6529 5114 / 138 0013 8000", "…、…", "…;…") or a
remark instead of a number (待补充, N/A, 无). The first number the card would accept
stays in the field; every other part (further numbers, remarks, numbers the card would
refuse) is kept word for word in a note, so nothing is lost and the imported record
can be opened, edited and saved in the card, and exported again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fieldvisit.domain import card_rules
from fieldvisit.services.import_export.fields import Field

SEPARATORS = re.compile(r"(\s*[/、;；,，]\s*|\s+(?:or|或)\s+)", re.IGNORECASE)
PHONE_NOTES = "phone_notes"
"""The value key under which a row carries the note made of a phone cell's other parts."""


@dataclass(frozen=True, slots=True)
class PhoneCell:
    number: str | None
    """The number kept in the field; ``None`` when the cell holds none the card accepts."""
    rest: tuple[str, ...]
    """Every other part, as written."""

    def note(self, field: Field, lang: str) -> str | None:
        """``Mobile: 139 0000 1111 / 待补充`` in the user's language, or ``None``."""
        if not self.rest:
            return None
        colon = "：" if lang.startswith("zh") else ": "
        return field.label(lang) + colon + " / ".join(self.rest)


def problem(field: Field, number: str) -> str | None:
    """What the card would say about ``number`` in ``field``; ``None`` when it accepts it."""
    if field.attr == "mobile":
        return card_rules.mobile_problem(number)
    return card_rules.phone_problem(number)


def split_phone(field: Field, text: str) -> PhoneCell:
    """The number to keep from a phone cell and the rest of it, in order."""
    whole = text.strip()
    if not whole:
        return PhoneCell(None, ())
    if problem(field, whole) is None:
        return PhoneCell(whole, ())
    pieces = SEPARATORS.split(whole)  # part, separator, part, …
    number: str | None = None
    rest: list[str] = []
    run = ""  # parts the card would refuse, joined as written ("N/A" stays "N/A")
    for index in range(0, len(pieces), 2):
        part = pieces[index].strip()
        accepted = bool(part) and problem(field, part) is None
        if accepted or not part:
            if run:
                rest.append(run)
                run = ""
            if accepted and number is None:
                number = part
            elif accepted:
                rest.append(part)
        else:
            run = run + pieces[index - 1] + part if run else part
    if run:
        rest.append(run)
    return PhoneCell(number, tuple(rest))


def add_note(notes: str | None, note: str) -> str:
    """``notes`` with ``note`` on a line of its own, unless it is there already."""
    if not notes:
        return note
    if note in notes:
        return notes
    return notes.rstrip() + "\n" + note
