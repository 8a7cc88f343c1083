"""The Basics tab: what a rep fills in a minute, then the rest of §2.1 folded away."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.domain.card_rules import sub_tiers_of
from fieldvisit.domain.enums import AccountStatus, AccountType, SubTier, Tier
from fieldvisit.services.accounts.duplicates import SimilarAccount
from fieldvisit.ui.accounts.card_fields import FieldSet, enum_combo, set_combo_value
from fieldvisit.ui.widgets import ERROR_COLOUR, hint_label, named


def text_area(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class Collapsible(QWidget):
    """A heading button that shows or hides the section under it."""

    def __init__(self, title: str, object_name: str, body: QWidget, expanded: bool) -> None:
        super().__init__()
        self.button = named(QToolButton(), object_name, title)
        self.button.setText(title)
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)
        self.button.toggled.connect(self._toggle)
        self.button.setChecked(expanded)
        self._toggle(expanded)

    @Slot(bool)
    def _toggle(self, on: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)


class BasicsTab(QWidget):
    """Name, type, status, city, address, phone, owner, tier first; details below."""

    duplicate_clicked = Signal(str)

    def __init__(self, fields: FieldSet, members: list[tuple[uuid.UUID, str]]) -> None:
        super().__init__()
        self.setObjectName("basicsTab")
        f = fields
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 北京协和医院"))
        self.account_type = enum_combo(AccountType)
        self.status = enum_combo(AccountStatus, empty=False)
        self.province = QLineEdit()
        self.city = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 010-6529 5114"))
        self.owner = QComboBox()
        self.owner.addItem("—", None)
        for member_id, member_name in members:
            self.owner.addItem(member_name, str(member_id))
        self.tier = enum_combo(Tier)
        self.sub_tier = enum_combo(SubTier)
        self.tier.currentIndexChanged.connect(self._limit_sub_tiers)

        self.name_hint = self._hint("nameDuplicateHint")
        self.phone_hint = self._hint("phoneDuplicateHint")

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        def place(row: int, col: int, text: str, key: str, widget: QWidget, span: int = 1) -> None:
            caption = QLabel(text)
            box = f.add(key, widget, text.rstrip(":：*").replace("&", ""))
            caption.setBuddy(widget)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            caption.setContentsMargins(0, 4, 0, 0)
            grid.addWidget(caption, row, col)
            grid.addWidget(box, row, col + 1, 1, span)

        place(0, 0, self.tr("&Name *"), "basics.name", self.name, 3)
        grid.addWidget(self.name_hint, 1, 1, 1, 3)
        place(2, 0, self.tr("&Type *"), "basics.account_type", self.account_type)
        place(2, 2, self.tr("&Status"), "relationship.status", self.status)
        place(3, 0, self.tr("Pro&vince"), "basics.province", self.province)
        place(3, 2, self.tr("&City"), "basics.city", self.city)
        place(4, 0, self.tr("A&ddress"), "basics.address", self.address, 3)
        place(5, 0, self.tr("&Phone"), "basics.phone", self.phone)
        place(5, 2, self.tr("&Owner (rep)"), "relationship.owner_id", self.owner)
        grid.addWidget(self.phone_hint, 6, 1, 1, 3)
        place(7, 0, self.tr("T&ier"), "classification.tier", self.tier)
        place(7, 2, self.tr("Su&b-tier"), "classification.sub_tier", self.sub_tier)

        details = QWidget()
        form = QFormLayout(details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, key, widget in (
            (self.tr("Fax"), "basics.fax", QLineEdit()),
            (self.tr("Website"), "basics.website", QLineEdit()),
            (self.tr("Postal code"), "basics.postal_code", QLineEdit()),
            (self.tr("Legal representative"), "basics.legal_representative", QLineEdit()),
            (self.tr("Key staff"), "basics.key_staff", text_area()),
            (self.tr("Outlets / branches"), "basics.outlets", text_area()),
            (self.tr("Business scale"), "basics.business_scale", text_area(2)),
            (
                self.tr("Sales capacity for our category (yuan / year)"),
                "basics.category_capacity_cents",
                QLineEdit(),
            ),
            (self.tr("House rules that affect business"), "basics.house_rules", text_area()),
        ):
            form.addRow(text, f.add(key, widget, text))
        capacity = f.widgets["basics.category_capacity_cents"]
        assert isinstance(capacity, QLineEdit)
        capacity.setPlaceholderText(self.tr("e.g. 1,200,000"))
        self.details = Collapsible(self.tr("More details"), "basicsMoreDetails", details, False)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint_label(self.tr("Fields marked * are required.")))
        layout.addWidget(self.details)
        layout.addStretch(1)

    def _hint(self, object_name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(object_name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
        label.setWordWrap(True)
        palette = label.palette()
        palette.setColor(label.foregroundRole(), ERROR_COLOUR.darker(110))
        label.setPalette(palette)
        label.linkActivated.connect(self.duplicate_clicked)
        label.setVisible(False)
        return label

    @Slot()
    def _limit_sub_tiers(self) -> None:
        """Offer only the sub-tiers of the chosen tier (A1/A2 for A, …)."""
        current = self.sub_tier.currentData()
        raw = self.tier.currentData()
        allowed = sub_tiers_of(Tier(raw)) if raw else ()
        view = self.sub_tier.view()
        if isinstance(view, QListView):
            for i in range(1, self.sub_tier.count()):
                hidden = bool(allowed) and SubTier(self.sub_tier.itemData(i)) not in allowed
                view.setRowHidden(i, hidden)
        if current and allowed and SubTier(current) not in allowed:
            set_combo_value(self.sub_tier, allowed[0] if len(allowed) == 1 else None)

    def show_duplicates(self, label: QLabel, found: list[SimilarAccount]) -> None:
        if not found:
            label.setVisible(False)
            return
        links = []
        for a in found:
            place = a.city or a.address or ""
            name = f"{a.name} ({place})" if place else a.name
            links.append(f'<a href="{a.id}">{_escape(name)}</a>')
        text = self.tr("Possible duplicate: {} — click to open").format("; ".join(links))
        label.setText(text)
        label.setVisible(True)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
