"""How a document is printed: its language, the paper, and whether personal profiles go in."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fieldvisit.services.reporting import PrintOptions
from fieldvisit.ui.printing.documents import PAPERS, paper_label
from fieldvisit.ui.widgets import ERROR_COLOUR, hint_label, named

PAPER_KEY = "print/paper"


class ReportOptions(QWidget):
    def __init__(self, settings: QSettings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportOptions")
        self.settings = settings
        self.language = named(QComboBox(), "documentLanguage", self.tr("Language of the document"))
        self.language.addItem(self.tr("Chinese"), "zh")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.paper = named(QComboBox(), "documentPaper", self.tr("Paper size"))
        for paper in PAPERS:
            self.paper.addItem(paper_label(paper), paper)
        saved = settings.value(PAPER_KEY, "a4", str)
        self.paper.setCurrentIndex(max(self.paper.findData(saved), 0))
        self.paper.currentIndexChanged.connect(self._remember_paper)

        self.profile_box = named(
            QCheckBox(self.tr("Include personal &profiles")),
            "includeProfiles",
        )
        self.profile_box.setToolTip(
            self.tr("Birthdays, family, hobbies and the like of each stakeholder.")
        )
        self.profile_warning = hint_label(
            self.tr(
                "Personal profiles are sensitive personal data: print them only when "
                "needed and keep the paper safe."
            )
        )
        self.profile_warning.setObjectName("profileWarning")
        palette = self.profile_warning.palette()
        palette.setColor(self.profile_warning.foregroundRole(), ERROR_COLOUR)
        self.profile_warning.setPalette(palette)
        self.profile_box.toggled.connect(self.profile_warning.setVisible)
        self.profile_warning.setVisible(False)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for text, widget in (
            (self.tr("&Language:"), self.language),
            (self.tr("P&aper:"), self.paper),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
            row.addSpacing(12)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.profile_box, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.profile_warning)

    def set_profile_visible(self, visible: bool) -> None:
        self.profile_box.setVisible(visible)
        self.profile_warning.setVisible(visible and self.profile_box.isChecked())

    def print_options(self) -> PrintOptions:
        # company=None: the header shows the database's company_name setting.
        return PrintOptions(
            lang=str(self.language.currentData()), paper=str(self.paper.currentData())
        )

    @Slot(int)
    def _remember_paper(self, _index: int) -> None:
        self.settings.setValue(PAPER_KEY, self.paper.currentData())
