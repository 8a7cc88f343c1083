"""Reading one cell as the value a field stores, or saying in plain words why it cannot be."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from enum import StrEnum

from fieldvisit.domain.card_rules import message_in, parse_yuan, yuan_text
from fieldvisit.domain.errors import ValidationError
from fieldvisit.services.import_export.fields import (
    Field,
    enum_choices,
    normalise_value,
    parse_enum,
)
from fieldvisit.services.import_export.messages import say
from fieldvisit.services.import_export.phones import PhoneCell, split_phone

Value = str | bool | int | date | uuid.UUID | StrEnum | tuple[StrEnum, ...] | None

_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_SCIENTIFIC = re.compile(r"^\d+(\.\d+)?[eE]\+?\d+$")
_ROLE_SEPARATORS = re.compile(r"[,，、;；/|]+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# C0 and C1 control characters, DEL, byte-order marks, lone surrogates and non-characters:
# invisible, refused by XML (an .xlsx export would fail) and meaningless in a card.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]")
_LINE_ENDS = re.compile(r"\r\n?")
_YES = frozenset({"是", "有", "对", "yes", "y", "true", "1", "√", "✓"})
_NO = frozenset({"否", "无", "没有", "不", "no", "n", "false", "0", "×", "✗"})
MULTILINE_ATTRS = frozenset({"notes"})
"""Text fields whose line breaks and tabs are kept; every other field is one line."""


class CellError(Exception):
    """Why a cell cannot be imported; the caller adds the file, row and column."""


def cell_text(raw: object) -> str:
    """A cell as text: numbers without a spurious ``.0``, dates in ISO form."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "1" if raw else "0"
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e17:
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == datetime.min.time() else raw.isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    return " ".join(str(raw).split())


def clean_text(text: str, multiline: bool = False) -> str:
    """``text`` without control characters; one line with single spaces unless ``multiline``
    (then line breaks and tabs stay, each line trimmed at its end)."""
    if multiline:
        text = _CONTROL.sub("", _LINE_ENDS.sub("\n", text))
        return "\n".join(line.rstrip() for line in text.split("\n")).strip()
    return " ".join(_CONTROL.sub("", text).split())


def cell_value_text(field: Field, raw: object) -> str:
    """A cell as the clean text ``field`` reads."""
    if isinstance(raw, str):
        return clean_text(raw, field.attr in MULTILINE_ATTRS)
    return clean_text(cell_text(raw))


def parse_phone(field: Field, raw: object, lang: str = "en") -> PhoneCell:
    """The number a phone cell keeps and its other parts. Raises :class:`CellError`."""
    text = cell_value_text(field, raw)
    if _SCIENTIFIC.match(text):
        raise CellError(
            say(
                lang,
                "{t!r} was shortened by Excel; format the column as text and type "
                "the number again.",
                t=text,
            )
        )
    cell = split_phone(field, text)
    if cell.number is not None and field.max_length and len(cell.number) > field.max_length:
        raise CellError(_too_long(len(cell.number), field.max_length, lang))
    return cell


def _too_long(n: int, m: int, lang: str) -> str:
    return say(lang, "is {n} characters long; at most {m} fit.",
               n=n, m=m)  # fmt: skip


def parse_cell(field: Field, raw: object, lang: str = "en") -> Value:
    """The stored value for ``raw``; ``None`` for an empty cell. Raises :class:`CellError`.

    Control characters are removed. A phone cell gives the number the card accepts;
    :func:`parse_phone` also gives the rest of the cell, which the row keeps in a note.
    """
    if field.kind == "date" and isinstance(raw, datetime | date):
        return raw.date() if isinstance(raw, datetime) else raw
    if field.kind == "phone":
        return parse_phone(field, raw, lang).number
    text = cell_value_text(field, raw)
    if not text:
        return None
    if field.max_length is not None and len(text) > field.max_length:
        raise CellError(_too_long(len(text), field.max_length, lang))
    if field.kind == "id":
        try:
            return uuid.UUID(text)
        except ValueError:
            raise CellError(
                say(
                    lang,
                    "{t!r} is not a FieldVisit ID (32 hex digits).",
                    t=text,
                )
            ) from None
    if field.kind == "enum":
        assert field.enum is not None
        member = parse_enum(field.enum, text)
        if member is None:
            raise CellError(
                say(
                    lang,
                    "{t!r} is not one of: {c}.",
                    t=text,
                    c=enum_choices(field.enum, lang),
                )
            )
        return member
    if field.kind == "roles":
        from fieldvisit.domain.enums import BuyingRole

        roles: list[StrEnum] = []
        for part in filter(None, (p.strip() for p in _ROLE_SEPARATORS.split(text))):
            role = parse_enum(BuyingRole, part)
            if role is None:
                raise CellError(
                    say(
                        lang,
                        "{t!r} is not a buying role; use: {c}.",
                        t=part,
                        c=enum_choices(BuyingRole, lang),
                    )
                )
            if role not in roles:
                roles.append(role)
        return tuple(sorted(roles, key=lambda r: list(BuyingRole).index(r)))  # type: ignore[arg-type]
    if field.kind == "date":
        return _parse_date(text, lang)
    if field.kind == "money":
        try:
            return parse_yuan(field.key, text)
        except ValidationError as exc:
            raise CellError(message_in(exc.detail, lang)) from None
    if field.kind == "yes_no":
        word = normalise_value(text)
        if word in _YES or word in _NO:
            return word in _YES
        raise CellError(say(lang, "{t!r} is not yes or no.", t=text))
    if field.kind == "email" and not _EMAIL.match(text):
        raise CellError(say(lang, "{t!r} is not an email address.", t=text))
    return text


def _parse_date(text: str, lang: str) -> date:
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                return date(year, month, day)
            except ValueError:
                break
    raise CellError(
        say(
            lang,
            "{t!r} is not a date; write it as YYYY-MM-DD, e.g. 2024-03-15.",
            t=text,
        )
    )


def display(value: Value, lang: str, field: Field | None = None) -> str:
    """A parsed value as the preview shows it (an amount of ``field`` in yuan)."""
    from fieldvisit.domain.labels import label

    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value, lang)
    if isinstance(value, int) and field is not None and field.kind == "money":
        return yuan_text(value)
    if isinstance(value, tuple):
        return (
            "、".join(label(v, lang) for v in value)
            if lang == "zh"
            else ", ".join(label(v, lang) for v in value)
        )
    if isinstance(value, StrEnum):
        return label(value, lang)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def yes_no(value: bool, lang: str) -> str:
    """A yes/no value as a sheet writes it: 是/否 in Chinese, yes/no in English."""
    if lang.startswith("zh"):
        return "是" if value else "否"
    return "yes" if value else "no"
