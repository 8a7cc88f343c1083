"""The filter row above the account list: type, tier, status, key-account level, owner."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMenu, QToolButton, QWidget

from fieldvisit.domain.enums import AccountStatus, AccountType, KeyAccountLevel, MemberRole, Tier
from fieldvisit.services.accounts.listing import AccountQuery
from fieldvisit.services.team import MemberRow
from fieldvisit.ui.labels import enum_label
from fieldvisit.ui.widgets import named


class ChoiceButton(QToolButton):
    """A drop-down of checkable choices; nothing checked means "any"."""

    changed = Signal()

    def __init__(self, caption: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        named(self, object_name, caption)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Qt draws its small arrow over the text's last character; a ▾ after it reads better.
        self.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.setMenu(QMenu(self))
        self._actions: dict[Any, QAction] = {}
        self._update_text()

    def set_choices(self, choices: list[tuple[Any, str]]) -> None:
        chosen = self.chosen()
        menu = self.menu()
        menu.clear()
        self._actions = {}
        for value, text in choices:
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(value in chosen)
            action.toggled.connect(self._on_toggled)
            menu.addAction(action)
            self._actions[value] = action
        self._update_text()

    def chosen(self) -> frozenset[Any]:
        return frozenset(v for v, a in self._actions.items() if a.isChecked())

    def set_chosen(self, values: frozenset[Any]) -> None:
        for value, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(value in values)
            action.blockSignals(False)
        self._update_text()

    def action_for(self, value: Any) -> QAction:
        return self._actions[value]

    def _on_toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = [a.text() for a in self._actions.values() if a.isChecked()]
        if not chosen:
            value = self.tr("All")
        elif len(chosen) == 1:
            value = chosen[0]
        else:
            value = self.tr("{count} chosen").format(count=len(chosen))
        text = self.tr("{caption}: {value}").format(caption=self.caption, value=value)
        self.setText(text + " ▾")
        self.setAccessibleDescription(", ".join(chosen) or value)


def starting_owner(me: MemberRow | None, members: list[MemberRow]) -> uuid.UUID | None:
    """Whose accounts the list starts on: a rep who owns accounts starts on their own."""
    mine = next((m for m in members if me is not None and m.id == me.id), None)
    if mine is not None and mine.role is MemberRole.REP and mine.account_count > 0:
        return mine.id
    return None


def enum_choices(members: list[StrEnum]) -> list[tuple[Any, str]]:
    return [(m, enum_label(m)) for m in members]


class FilterBar(QWidget):
    """Filter buttons and the "overdue for its tier" switch; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.types = ChoiceButton(self.tr("Type"), "filterType")
        self.types.set_choices(enum_choices(list(AccountType)))
        self.tiers = ChoiceButton(self.tr("Tier"), "filterTier")
        self.tiers.set_choices([(t, t.value) for t in Tier])
        self.statuses = ChoiceButton(self.tr("Status"), "filterStatus")
        self.statuses.set_choices(enum_choices(list(AccountStatus)))
        self.levels = ChoiceButton(self.tr("Key account"), "filterKeyAccount")
        self.levels.set_choices(enum_choices(list(KeyAccountLevel)))
        self.owners = ChoiceButton(self.tr("Owner"), "filterOwner")
        self._me: MemberRow | None = None
        self._owner_default_applied = False
        self.overdue = named(QCheckBox(self.tr("Overdue for its tier")), "filterOverdue")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for button in (self.types, self.tiers, self.statuses, self.levels, self.owners):
            layout.addWidget(button)
            button.changed.connect(self.changed)
        layout.addSpacing(8)
        layout.addWidget(self.overdue)
        layout.addStretch(1)
        self.overdue.toggled.connect(self.changed)

    def set_me(self, me: MemberRow | None) -> None:
        """The laptop's user: first in the owner filter as "Me"; a rep who owns accounts
        starts filtered on them (a manager on all)."""
        if me != self._me:
            self._owner_default_applied = False
        self._me = me

    def set_owners(self, members: list[MemberRow]) -> None:
        reps = [m for m in members if m.account_count > 0 or m.active]
        me = self._me
        mine = next((m for m in reps if me is not None and m.id == me.id), None)
        choices = [(m.id, m.name) for m in reps if m is not mine]
        if mine is not None:
            choices.insert(0, (mine.id, self.tr("Me ({name})").format(name=mine.name)))
        self.owners.set_choices(choices)
        if mine is not None and not self._owner_default_applied:
            self._owner_default_applied = True
            start = starting_owner(me, members)
            if start is not None:
                self.owners.set_chosen(frozenset({start}))

    def start_on_own(self, me: MemberRow) -> None:
        """Start on the user's own accounts before the team is read (:meth:`set_owners`
        adds the other members later and keeps the choice)."""
        if self._owner_default_applied or me != self._me:
            return
        self._owner_default_applied = True
        self.owners.set_choices([(me.id, self.tr("Me ({name})").format(name=me.name))])
        self.owners.set_chosen(frozenset({me.id}))

    def pending_me(self) -> MemberRow | None:
        """The user, while the owner filter has not yet started on their own accounts."""
        return None if self._owner_default_applied else self._me

    def values(self) -> dict[str, Any]:
        """The :class:`AccountQuery` filter fields as this bar sets them."""
        owners: frozenset[uuid.UUID] = self.owners.chosen()
        return {
            "account_types": self.types.chosen(),
            "tiers": self.tiers.chosen(),
            "statuses": self.statuses.chosen(),
            "key_account_levels": self.levels.chosen(),
            "owner_ids": owners,
            "overdue_only": self.overdue.isChecked(),
        }

    def show_query(self, query: AccountQuery) -> None:
        """Set the controls to a query's filters without announcing a change."""
        self.types.set_chosen(query.account_types)
        self.tiers.set_chosen(query.tiers)
        self.statuses.set_chosen(query.statuses)
        self.levels.set_chosen(query.key_account_levels)
        self.owners.set_chosen(query.owner_ids)
        self.overdue.blockSignals(True)
        self.overdue.setChecked(query.overdue_only)
        self.overdue.blockSignals(False)

    def clear(self) -> None:
        for button in (self.types, self.tiers, self.statuses, self.levels, self.owners):
            button.set_chosen(frozenset())
        self.overdue.blockSignals(True)
        self.overdue.setChecked(False)
        self.overdue.blockSignals(False)
        self.changed.emit()
