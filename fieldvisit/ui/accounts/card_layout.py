"""Editor widgets made and laid out from field descriptions (the card's, a person's).

A tab asks for the fields of one of its blocks (``basics``/``quick``…) and gets a
widget of the right kind under each field's key, captioned in the interface language;
the tab keeps only what is not a field: headings, hints, duplicate warnings.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from fieldvisit.domain.fields import account as account_fields
from fieldvisit.domain.fields.spec import FieldSpec, Kind, in_section
from fieldvisit.ui.accounts.card_fields import DateField, FieldSet, enum_combo, yes_no_combo
from fieldvisit.ui.labels import interface_language

Members = list[tuple[uuid.UUID, str]]
Keyed = Callable[[FieldSpec], str]


def dotted(spec: FieldSpec) -> str:
    """The card's keys: ``basics.phone``."""
    return spec.key


def plain(spec: FieldSpec) -> str:
    """A flat form's keys (the person's editor): ``mobile``."""
    return spec.name


def text_area(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def section_fields(
    tab: str, section: str, specs: tuple[FieldSpec, ...] | None = None
) -> tuple[FieldSpec, ...]:
    """The fields of one block of an editor (the card's unless ``specs`` are given)."""
    return in_section(account_fields.ACCOUNT_FIELDS if specs is None else specs, tab, section)


def caption(spec: FieldSpec) -> str:
    """The caption beside the widget, mnemonic kept, ``*`` after a required field."""
    assert spec.form is not None
    text = (spec.form.caption or spec.label).text(interface_language())
    return f"{text} *" if spec.required else text


def widget_for(spec: FieldSpec, members: Members) -> QWidget:
    """A widget of the field's kind."""
    assert spec.form is not None
    widget: QWidget
    if spec.kind is Kind.LONG_TEXT:
        widget = text_area(spec.form.lines)
    elif spec.kind is Kind.ENUM:
        assert spec.enum is not None
        widget = enum_combo(spec.enum, empty=spec.default is None)
    elif spec.kind is Kind.YES_NO:
        widget = yes_no_combo()
    elif spec.kind is Kind.SCORE:
        widget = QComboBox()
        widget.addItem("—", None)
        for n in range(1, 6):
            widget.addItem(str(n), n)
    elif spec.kind is Kind.DATE:
        widget = DateField()
    elif spec.kind is Kind.MEMBER:
        widget = QComboBox()
        widget.addItem("—", None)
        for member_id, member_name in members:
            widget.addItem(member_name, str(member_id))
    else:
        widget = QLineEdit()
        if spec.form.placeholder is not None:
            widget.setPlaceholderText(spec.form.placeholder.text(interface_language()))
    return widget


def add_field(
    fields: FieldSet, spec: FieldSpec, members: Members, key: Keyed = dotted
) -> tuple[QLabel, QWidget]:
    """The field's caption (its buddy set) and its widget boxed with its error label."""
    assert spec.form is not None
    widget = widget_for(spec, members)
    text = caption(spec)
    accessible = (spec.form.caption or spec.label).plain(interface_language())
    box = fields.add(key(spec), widget, accessible)
    label = QLabel(text)
    label.setBuddy(widget)
    return label, box


def fill_form_layout(
    form: QFormLayout,
    fields: FieldSet,
    tab: str,
    section: str,
    members: Members | None = None,
    *,
    specs: tuple[FieldSpec, ...] | None = None,
    key: Keyed = dotted,
) -> None:
    """One row per field of the block, in declared order."""
    for spec in section_fields(tab, section, specs):
        label, box = add_field(fields, spec, members or [], key)
        form.addRow(label, box)


def fill_grid(
    grid: QGridLayout,
    fields: FieldSet,
    tab: str,
    section: str,
    members: Members,
    below: dict[str, QWidget],
) -> None:
    """Two fields a row (a wide field takes a row alone); ``below[key]`` goes under the
    row that holds ``key``, across the field columns."""
    row, col = 0, 0
    pending: list[QWidget] = []

    def next_row() -> None:
        nonlocal row, col
        row, col = row + 1, 0
        for extra in pending:
            grid.addWidget(extra, row, 1, 1, 3)
            row += 1
        pending.clear()

    for spec in section_fields(tab, section):
        assert spec.form is not None
        if spec.form.wide and col:
            next_row()
        label, box = add_field(fields, spec, members)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 4, 0, 0)
        grid.addWidget(label, row, col)
        grid.addWidget(box, row, col + 1, 1, 3 if spec.form.wide else 1)
        if spec.key in below:
            pending.append(below[spec.key])
        if spec.form.wide or col:
            next_row()
        else:
            col = 2
    if col:
        next_row()
