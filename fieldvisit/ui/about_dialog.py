"""Help ▸ About: version, the Qt it runs on, where the data is, and every licence."""

from __future__ import annotations

import platform
from dataclasses import dataclass

import PySide6
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import fieldvisit
from fieldvisit.storage.database import Database
from fieldvisit.ui.resources import resource_path
from fieldvisit.ui.widgets import heading_label, hint_label, named

FONT_LICENCE_FILES = (
    "COPYRIGHT-wqy-microhei.txt",
    "README-wqy-microhei.txt",
    "LICENSE-Apache-2.0.txt",
)


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    licence: str
    copyright: str


# Licence names and copyright lines are quoted as their owners write them.
LIBRARIES = (
    Component("Qt 6, PySide6 and Shiboken6", "LGPL-3.0-only", "Copyright (C) The Qt Company Ltd."),
    Component("SQLAlchemy", "MIT", "Copyright (C) 2005-2025 the SQLAlchemy authors"),
    Component("Alembic", "MIT", "Copyright (C) 2009-2025 the Alembic authors"),
    Component("ReportLab Toolkit", "BSD-3-Clause", "Copyright (C) ReportLab Europe Ltd."),
    Component("platformdirs", "MIT", "Copyright (c) 2010-202x The platformdirs developers"),
    Component(
        "pypdfium2 and PDFium",
        "Apache-2.0 or BSD-3-Clause; PDFium: BSD-3-Clause",
        "Copyright (C) pypdfium2 contributors; Copyright 2014 The PDFium Authors",
    ),
    Component("Python", "PSF-2.0", "Copyright (c) 2001 Python Software Foundation"),
)


def font_licence_text() -> str:
    """The bundled font's copyright notice, read-me and licence, as shipped in the package."""
    parts = []
    for name in FONT_LICENCE_FILES:
        path = resource_path("fonts", name)
        if path.is_file():
            raw = path.read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:  # the upstream read-me is Latin-1, kept as shipped
                text = raw.decode("latin-1")
            parts.append(f"==== {name} ====\n\n{text.strip()}\n")
    return "\n".join(parts)


class AboutDialog(QDialog):
    def __init__(self, db: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About FieldVisit"))
        self.resize(760, 560)

        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "fieldvisit.png"))).pixmap(QSize(64, 64)))
        self.title_label = heading_label(
            self.tr("FieldVisit {version}").format(version=fieldvisit.__version__)
        )
        self.title_label.setObjectName("aboutTitle")
        tagline = hint_label(
            self.tr(
                "Customer cards, contact records, visit plans and co-visit reports for "
                "field sales teams, on your own laptop, offline."
            )
        )
        header_text = QVBoxLayout()
        header_text.addWidget(self.title_label)
        header_text.addWidget(tagline)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(header_text, 1)

        self.tabs = named(QTabWidget(), "aboutTabs", self.tr("About FieldVisit"))
        self.tabs.addTab(self._details(db), self.tr("Details"))
        self.tabs.addTab(self._licences(), self.tr("Licences"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons.button(QDialogButtonBox.StandardButton.Close), "aboutClose", self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _details(self, db: Database | None) -> QWidget:
        page = QWidget()
        page.setObjectName("aboutDetails")
        form = QFormLayout(page)
        form.setContentsMargins(16, 16, 16, 16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            (self.tr("Version:"), fieldvisit.__version__, "aboutVersion"),
            (self.tr("Qt:"), qVersion(), "aboutQtVersion"),
            (self.tr("PySide6:"), PySide6.__version__, "aboutPySideVersion"),
            (self.tr("Python:"), platform.python_version(), "aboutPythonVersion"),
        ]
        if db is not None:
            rows.append((self.tr("Database:"), db.describe(), "aboutDatabase"))
        for label, value, name in rows:
            field = QLabel(value)
            field.setObjectName(name)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, field)
        return page

    def _licences(self) -> QWidget:
        self.licence_list = named(QListWidget(), "aboutLicenceList", self.tr("Components"))
        self.licence_text = named(QPlainTextEdit(), "aboutLicenceText", self.tr("Licence text"))
        self.licence_text.setReadOnly(True)
        self._texts = [
            ("FieldVisit", self._own_licence()),
            ("WenQuanYi Micro Hei", self._font_licence()),
            *((c.name, self._library_licence(c)) for c in LIBRARIES),
        ]
        for name, _text in self._texts:
            self.licence_list.addItem(name)
        self.licence_list.currentRowChanged.connect(self._show_licence)
        splitter = QSplitter()
        splitter.setObjectName("aboutLicenceSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.licence_list)
        splitter.addWidget(self.licence_text)
        splitter.setSizes([200, 520])
        self.licence_list.setCurrentRow(1)  # the font: its licence asks to be shown
        return splitter

    def _show_licence(self, row: int) -> None:
        self.licence_text.setPlainText(self._texts[row][1] if 0 <= row < len(self._texts) else "")

    def _own_licence(self) -> str:
        return self.tr(
            "FieldVisit {version}\n\nProprietary software. You may use it under the terms "
            "of the agreement under which you received it.\n\nThe parts listed here are "
            "third-party components, each under its own licence."
        ).format(version=fieldvisit.__version__)

    def _font_licence(self) -> str:
        intro = self.tr(
            "FieldVisit includes the WenQuanYi Micro Hei font (wqy-microhei.ttf) to show "
            "and print Chinese text. It is used, unchanged, under the Apache License 2.0."
        )
        return f"{intro}\n\n{font_licence_text()}"

    def _library_licence(self, component: Component) -> str:
        text = self.tr("{name}\nLicence: {licence}\n{copyright}").format(
            name=component.name, licence=component.licence, copyright=component.copyright
        )
        if component.licence.startswith("LGPL"):
            text += "\n\n" + self.tr(
                "The Qt and PySide6 libraries are separate files in the application folder, "
                "linked when FieldVisit starts. You may replace them with your own build of "
                "the same version under the terms of the LGPL."
            )
        return text
