"""Importing accounts with their stakeholders from .xlsx or .csv: map, preview, check, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldvisit.i18n import joined, titled
from fieldvisit.services.import_export import (
    ImportIssue,
    ImportResult,
    Table,
    all_fields,
    check_mapping,
    detect_mapping,
    import_accounts,
    preview_rows,
    read_table,
    remember_mapping,
)
from fieldvisit.services.import_export.fields import by_key
from fieldvisit.services.import_export.values import cell_text
from fieldvisit.storage.database import Database
from fieldvisit.ui.accounts.export_actions import export_accounts_dialog, export_vcards_dialog
from fieldvisit.ui.accounts.vcard_dialog import ImportVCardDialog
from fieldvisit.ui.background import BackgroundTask
from fieldvisit.ui.cancellable_run import CancellableRun
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.labels import interface_language
from fieldvisit.ui.widgets import ERROR_COLOUR, hint_label, named

__all__ = [
    "ImportAccountsDialog",
    "ImportVCardDialog",
    "export_accounts_dialog",
    "export_vcards_dialog",
]

LAST_FOLDER_KEY = "import/last_folder"
PREVIEW_ROWS = 50
SAMPLES = 3


class ImportAccountsDialog(QDialog):
    """Pick a file, check how its columns map, preview, dry-run, then import all or nothing."""

    def __init__(
        self,
        db: Database,
        events: DataEvents,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._events = events
        self._settings = settings
        self._lang = interface_language()
        self.table: Table | None = None
        self.last_result: ImportResult | None = None
        self._combos: list[QComboBox] = []
        self.setObjectName("importAccountsDialog")
        self.setWindowTitle(self.tr("Import accounts"))
        self.resize(900, 640)

        self.file_edit = named(QLineEdit(), "importFile", self.tr("File to import"))
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose an Excel workbook (.xlsx) or a CSV file"))
        self.browse_button = named(QPushButton(self.tr("&Choose file…")), "importBrowse")
        self.browse_button.clicked.connect(self.choose_file)
        self.sheet_combo = named(QComboBox(), "importSheet", self.tr("Worksheet"))
        self.sheet_combo.setMinimumContentsLength(12)
        self.sheet_combo.activated.connect(self._reload)
        self.header_spin = named(QSpinBox(), "importHeaderRow", self.tr("Header row"))
        self.header_spin.setRange(1, 1_000_000)
        self.header_spin.editingFinished.connect(self._reload)
        self.file_info = hint_label("")
        self.file_info.setObjectName("importFileInfo")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.browse_button)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Sheet:")))
        options.addWidget(self.sheet_combo)
        options.addSpacing(16)
        options.addWidget(QLabel(self.tr("Header row:")))
        options.addWidget(self.header_spin)
        options.addSpacing(16)
        options.addWidget(self.file_info, 1)

        self.mapping_table = named(QTableWidget(0, 3), "importMapping", self.tr("Column mapping"))
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as")]
        )
        self._stretch(self.mapping_table, 1)
        self.preview_table = named(QTableWidget(0, 0), "importPreview", self.tr("Preview"))
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview_table.verticalHeader().setVisible(False)  # the file's row is column 1
        self.problems_table = named(QTableWidget(0, 3), "importProblems", self.tr("Problems"))
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._stretch(self.problems_table, 2)
        self.tabs = named(QTabWidget(), "importTabs", self.tr("Import steps"))
        self.tabs.addTab(self.mapping_table, self.tr("1. Columns"))
        self.tabs.addTab(self.preview_table, self.tr("2. Preview"))
        self.tabs.addTab(self.problems_table, self.tr("3. Problems"))

        self.skip_check = named(
            QCheckBox(self.tr("&Skip bad rows and import the others")), "importSkipBadRows"
        )
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = hint_label(
            self.tr(
                "Existing accounts are found by their ID column, else by name and city, and "
                "updated; stakeholders by name or mobile. Empty cells never erase data. "
                "Nothing is written unless every row can be imported."
            )
        )
        self.check_button = named(QPushButton(self.tr("C&heck (dry run)")), "importCheck")
        self.import_button = named(QPushButton(self.tr("&Import")), "importRun")
        self.close_button = named(QPushButton(self.tr("Close")), "importClose")
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_check)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)
        layout.addWidget(self.summary_label)
        layout.addLayout(buttons)

        self._reader = BackgroundTask(self)
        self._reader.succeeded.connect(self._on_read)
        self._reader.failed.connect(self._on_read_failed)
        self._run = CancellableRun(self, self.tr("Import accounts"), self.tr("Importing accounts…"))
        self._run.succeeded.connect(self._on_done)
        self._run.failed.connect(self._on_failed)
        self._run.cancelled.connect(self._on_cancelled)
        self._dry_run = False
        self._update_buttons()

    @staticmethod
    def _stretch(table: QTableWidget, column: int) -> None:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)

    # ---- the file -------------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        folder = str(self._settings.value(LAST_FOLDER_KEY, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import accounts"),
            folder,
            self.tr("Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)"),
        )
        if path:
            self._settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
            self.open_file(Path(path))

    def open_file(
        self, path: Path, sheet: str | None = None, header_row: int | None = None
    ) -> None:
        """Read ``path`` in the background; the mapping and preview follow."""
        self.file_edit.setText(str(path))
        self.summary_label.setText(self.tr("Reading {name}…").format(name=path.name))
        self._set_summary_colour(False)
        self.table = None
        self._update_buttons()
        self._reader.start(
            lambda: read_table(path, sheet=sheet, header_row=header_row, lang=self._lang)
        )

    @Slot()
    def _reload(self) -> None:
        if self.table is None:
            return
        sheet = self.sheet_combo.currentText() or None
        header = self.header_spin.value()
        if sheet == self.table.sheet and header == self.table.header_row:
            return
        same_sheet = sheet == self.table.sheet
        self.open_file(self.table.path, sheet, header if same_sheet else None)

    @Slot(object)
    def _on_read(self, table: object) -> None:
        assert isinstance(table, Table)
        self.table = table
        self.sheet_combo.clear()
        self.sheet_combo.addItems(table.sheets)
        self.sheet_combo.setCurrentText(table.sheet or "")
        self.sheet_combo.setEnabled(len(table.sheets) > 1)
        self.header_spin.setValue(table.header_row)
        locale = QLocale()
        info = self.tr("{rows} rows below the header").format(rows=locale.toString(len(table.rows)))
        if table.encoding:
            info += " · " + self.tr("read as {encoding}").format(encoding=table.encoding.upper())
        self.file_info.setText(info)
        self._show_problems([])
        self._fill_mapping(detect_mapping(self._db, table.headers))
        self.tabs.setCurrentIndex(0)

    @Slot(object)
    def _on_read_failed(self, error: object) -> None:
        self.table = None
        self.mapping_table.setRowCount(0)
        self.preview_table.setRowCount(0)
        self.file_info.clear()
        self._set_summary_colour(True)
        self.summary_label.setText(getattr(error, "detail", str(error)))
        self._update_buttons()

    # ---- mapping and preview ---------------------------------------------------------

    def _fill_mapping(self, mapping: list[str | None]) -> None:
        assert self.table is not None
        table = self.table
        self._combos = []
        self.mapping_table.setRowCount(len(table.headers))
        for index, header in enumerate(table.headers):
            item = QTableWidgetItem(header or self.tr("(no header)"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping_table.setItem(index, 0, item)
            samples = [cell_text(cells[index]) for _, cells in table.rows[:SAMPLES]]
            sample = QTableWidgetItem(" · ".join(s for s in samples if s))
            sample.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping_table.setItem(index, 1, sample)
            combo = named(
                QComboBox(),
                f"importField{index}",
                self.tr("Import column {name} as").format(name=header),
            )
            combo.addItem(self.tr("(do not import)"), None)
            for spec in all_fields():
                combo.addItem(spec.label(self._lang), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping[index])))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(index, 2, combo)
            self._combos.append(combo)
        self._mapping_changed()

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self._combos]

    @Slot()
    def _mapping_changed(self) -> None:
        self._fill_preview()
        problem = check_mapping(self.mapping(), self._lang) if self.table is not None else None
        self._set_summary_colour(problem is not None)
        self.summary_label.setText(self._mapping_message(problem))
        self._update_buttons()

    def _mapping_message(self, problem: str | None) -> str:
        if problem is None:
            return ""
        if problem.startswith("No column"):
            return self.tr(
                "No column is mapped to the account name. Choose which column holds it "
                "under \u201cImport as\u201d."
            )
        return self.tr("A field is chosen for more than one column; keep one.")

    def _fill_preview(self) -> None:
        table = self.table
        preview = self.preview_table
        if table is None:
            preview.setRowCount(0)
            return
        mapping = self.mapping()
        columns = [i for i, key in enumerate(mapping) if key is not None]
        rows = preview_rows(table, mapping, self._lang, PREVIEW_ROWS)
        preview.setColumnCount(len(columns) + 1)
        labels = [self.tr("Row")]
        for i in columns:
            key = mapping[i]
            assert key is not None
            labels.append(by_key()[key].label(self._lang))
        preview.setHorizontalHeaderLabels(labels)
        preview.setRowCount(len(rows))
        red = QBrush(ERROR_COLOUR)
        for r, row in enumerate(rows):
            preview.setItem(r, 0, QTableWidgetItem(QLocale().toString(row.row)))
            for c, (text, problem) in enumerate(zip(row.cells, row.problems, strict=True)):
                item = QTableWidgetItem(text)
                if problem:
                    item.setForeground(red)
                    item.setToolTip(problem)
                preview.setItem(r, c + 1, item)
        preview.resizeColumnsToContents()

    # ---- running ---------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ready = self.table is not None and check_mapping(self.mapping(), self._lang) is None
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)

    def run(self, *, dry_run: bool) -> None:
        """Check (dry run) or import, off the GUI thread; nothing is written on a dry run."""
        table = self.table
        if table is None or self._run.is_running():
            return
        mapping = self.mapping()
        skip = self.skip_check.isChecked()
        db, lang = self._db, self._lang
        self._dry_run = dry_run
        remember_mapping(db, table.headers, mapping)
        self.summary_label.setText(self.tr("Checking…") if dry_run else self.tr("Importing…"))
        self._set_summary_colour(False)
        self._run.start(
            lambda progress: import_accounts(
                db,
                table,
                mapping,
                dry_run=dry_run,
                skip_bad_rows=skip,
                lang=lang,
                progress=progress,
            )
        )

    @Slot(object)
    def _on_done(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.last_result = result
        self._show_problems(list(result.issues))
        if result.committed:
            self._events.announce({"account", "stakeholder"})
        self._set_summary_colour(result.rejected)
        self.summary_label.setText(self._summary(result))
        if result.issues:
            self.tabs.setCurrentIndex(2)

    def _summary(self, result: ImportResult) -> str:
        if result.rejected:
            return self.tr(
                "%n problem(s) found; nothing was imported. Correct the file, or tick "
                "\u201cSkip bad rows\u201d to import the other rows.",
                "",
                len(result.issues),
            )
        counts = self.tr(
            "Accounts: {created} new, {updated} updated, {unchanged} unchanged. "
            "Stakeholders: {people_created} new, {people_updated} updated, "
            "{people_unchanged} unchanged. Rows skipped: {skipped}."
        ).format(
            created=result.accounts_created,
            updated=result.accounts_updated,
            unchanged=result.accounts_unchanged,
            people_created=result.stakeholders_created,
            people_updated=result.stakeholders_updated,
            people_unchanged=result.stakeholders_unchanged,
            skipped=result.skipped_rows,
        )
        if result.possible_duplicates:
            counts += " " + self.tr(
                "%n new stakeholder(s) share a mobile with someone of another name "
                "(rows {rows}); they were kept apart. Merge them in the card if they are "
                "one person.",
                "",
                len(result.possible_duplicates),
            ).format(rows=joined(str(d.row) for d in result.possible_duplicates))
        if result.dry_run:
            return self.tr("Check passed; nothing was written yet.") + " " + counts
        return self.tr("Import finished.") + " " + counts

    @Slot(str, str)
    def _on_failed(self, title: str, detail: str) -> None:
        self._set_summary_colour(True)
        self.summary_label.setText(
            self.tr("The import failed; nothing was saved.") + " " + titled(title, detail)
        )

    @Slot()
    def _on_cancelled(self) -> None:
        self._set_summary_colour(False)
        self.summary_label.setText(self.tr("Import cancelled; the database is unchanged."))

    def _show_problems(self, issues: list[ImportIssue]) -> None:
        table = self.problems_table
        table.setRowCount(len(issues))
        for r, issue in enumerate(issues):
            table.setItem(r, 0, QTableWidgetItem(QLocale().toString(issue.row)))
            table.setItem(r, 1, QTableWidgetItem(issue.column))
            table.setItem(r, 2, QTableWidgetItem(issue.reason))
        label = self.tr("3. Problems")
        self.tabs.setTabText(2, f"{label} ({len(issues)})" if issues else label)

    def _set_summary_colour(self, error: bool) -> None:
        palette = self.summary_label.palette()
        colour = ERROR_COLOUR if error else self.palette().color(self.foregroundRole())
        palette.setColor(self.summary_label.foregroundRole(), colour)
        self.summary_label.setPalette(palette)

    def done(self, code: int) -> None:
        self._run.stop()
        self._reader.discard()
        self._reader.wait()
        super().done(code)
