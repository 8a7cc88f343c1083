"""Import and export of accounts and stakeholders: .xlsx, .csv and vCard."""

from fieldvisit.services.import_export.account_export import (
    ExportError,
    ExportResult,
    all_account_ids,
    export_accounts,
)
from fieldvisit.services.import_export.account_import import (
    ImportResult,
    import_accounts,
    import_accounts_file,
)
from fieldvisit.services.import_export.fields import Field, all_fields, by_key
from fieldvisit.services.import_export.mapping import (
    check_mapping,
    detect_mapping,
    recognised_mapping,
    remember_mapping,
)
from fieldvisit.services.import_export.preview import PreviewRow, preview_rows
from fieldvisit.services.import_export.reading import ImportFileError, Table, read_table
from fieldvisit.services.import_export.rows import ImportIssue
from fieldvisit.services.import_export.vcard_export import VCardExportResult, export_vcards
from fieldvisit.services.import_export.vcards import (
    VCardImportResult,
    account_ids_named,
    import_vcards,
    read_vcard_file,
)

__all__ = [
    "ExportError",
    "ExportResult",
    "Field",
    "ImportFileError",
    "ImportIssue",
    "ImportResult",
    "PreviewRow",
    "Table",
    "VCardExportResult",
    "VCardImportResult",
    "account_ids_named",
    "all_account_ids",
    "all_fields",
    "by_key",
    "check_mapping",
    "detect_mapping",
    "export_accounts",
    "export_vcards",
    "import_accounts",
    "import_accounts_file",
    "import_vcards",
    "preview_rows",
    "read_table",
    "read_vcard_file",
    "recognised_mapping",
    "remember_mapping",
]
