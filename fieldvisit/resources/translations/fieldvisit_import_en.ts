<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CancellableRun</name>
    <message>
        <location filename="../../fieldvisit/ui/cancellable_run.py" line="108" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/cancellable_run.py" line="138" />
        <source>Cancelling… nothing will be saved.</source>
        <translation>Cancelling… nothing will be saved.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="52" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="53" />
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="54" />
        <source>CSV, GBK for Chinese Excel (*.csv)</source>
        <translation>CSV, GBK for Chinese Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="55" />
        <source>Export accounts</source>
        <translation>Export accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="56" />
        <source>accounts</source>
        <translation>accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="71" />
        <source>Exporting accounts…</source>
        <translation>Exporting accounts…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="79" />
        <source>{accounts} accounts with {people} stakeholders were saved to {path}.</source>
        <translation>{accounts} accounts with {people} stakeholders were saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="104" />
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="105" />
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="110" />
        <source>vCard contacts (*.vcf)</source>
        <translation>vCard contacts (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="119" />
        <source>Exporting contacts…</source>
        <translation>Exporting contacts…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/export_actions.py" line="127" />
        <source>{count} contacts were saved to {path}.</source>
        <translation>{count} contacts were saved to {path}.</translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="81" />
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="170" />
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="191" />
        <source>Import accounts</source>
        <translation>Import accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="84" />
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="86" />
        <source>Choose an Excel workbook (.xlsx) or a CSV file</source>
        <translation>Choose an Excel workbook (.xlsx) or a CSV file</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="87" />
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="89" />
        <source>Worksheet</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="92" />
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="99" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="103" />
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="106" />
        <source>Header row:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="111" />
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="113" />
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="113" />
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="113" />
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="116" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="119" />
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="121" />
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="311" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="121" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="121" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="125" />
        <source>Import steps</source>
        <translation>Import steps</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="126" />
        <source>1. Columns</source>
        <translation>1. Columns</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="127" />
        <source>2. Preview</source>
        <translation>2. Preview</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="128" />
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="414" />
        <source>3. Problems</source>
        <translation>3. Problems</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="131" />
        <source>&amp;Skip bad rows and import the others</source>
        <translation>&amp;Skip bad rows and import the others</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="139" />
        <source>Existing accounts are found by their ID column, else by name and city, and updated; stakeholders by name or mobile. Empty cells never erase data. Nothing is written unless every row can be imported.</source>
        <translation>Existing accounts are found by their ID column, else by name and city, and updated; stakeholders by name or mobile. Empty cells never erase data. Nothing is written unless every row can be imported.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="144" />
        <source>C&amp;heck (dry run)</source>
        <translation>C&amp;heck (dry run)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="145" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="146" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="170" />
        <source>Importing accounts…</source>
        <translation>Importing accounts…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="193" />
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="204" />
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="233" />
        <source>{rows} rows below the header</source>
        <translation>{rows} rows below the header</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="235" />
        <source>read as {encoding}</source>
        <translation>read as {encoding}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="259" />
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="269" />
        <source>Import column {name} as</source>
        <translation>Import column {name} as</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="271" />
        <source>(do not import)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="296" />
        <source>No column is mapped to the account name. Choose which column holds it under “Import as”.</source>
        <translation>No column is mapped to the account name. Choose which column holds it under “Import as”.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="299" />
        <source>A field is chosen for more than one column; keep one.</source>
        <translation>A field is chosen for more than one column; keep one.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="346" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="346" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
            <source>%n problem(s) found; nothing was imported. Correct the file, or tick “Skip bad rows” to import the other rows.</source>
            <translation>
                <numerusform>%n problem found; nothing was imported. Correct the file, or tick “Skip bad rows” to import the other rows.</numerusform>
                <numerusform>%n problems found; nothing was imported. Correct the file, or tick “Skip bad rows” to import the other rows.</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="379" />
        <source>Accounts: {created} new, {updated} updated, {unchanged} unchanged. Stakeholders: {people_created} new, {people_updated} updated, {people_unchanged} unchanged. Rows skipped: {skipped}.</source>
        <translation>Accounts: {created} new, {updated} updated, {unchanged} unchanged. Stakeholders: {people_created} new, {people_updated} updated, {people_unchanged} unchanged. Rows skipped: {skipped}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="392" />
        <source>Check passed; nothing was written yet.</source>
        <translation>Check passed; nothing was written yet.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="393" />
        <source>Import finished.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="399" />
        <source>The import failed; nothing was saved.</source>
        <translation>The import failed; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/import_dialog.py" line="405" />
        <source>Import cancelled; the database is unchanged.</source>
        <translation>Import cancelled; the database is unchanged.</translation>
    </message>
    <message numerus="yes">
            <source>%n new stakeholder(s) share a mobile with someone of another name (rows {rows}); they were kept apart. Merge them in the card if they are one person.</source>
            <translation>
                <numerusform>%n new stakeholder shares a mobile with someone of another name (row {rows}); they were kept apart. Merge them in the card if they are one person.</numerusform>
                <numerusform>%n new stakeholders share a mobile with someone of another name (rows {rows}); they were kept apart. Merge them in the card if they are one person.</numerusform>
            </translation>
        </message>
</context>
<context>
    <name>ImportVCardDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="50" />
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="104" />
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="52" />
        <source>vCard file</source>
        <translation>vCard file</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="54" />
        <source>Choose a .vcf file exported from a phone</source>
        <translation>Choose a .vcf file exported from a phone</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="55" />
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="57" />
        <source>Contacts in the file</source>
        <translation>Contacts in the file</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="59" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="59" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="59" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="59" />
        <source>Office phone</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="60" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="66" />
        <source>Also import &amp;birthdays (personal profile)</source>
        <translation>Also import &amp;birthdays (personal profile)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="71" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="74" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="77" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="92" />
        <source>People already on the card are matched by name or mobile and updated; the others are added.</source>
        <translation>People already on the card are matched by name or mobile and updated; the others are added.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="106" />
        <source>vCard (*.vcf);;All files (*)</source>
        <translation>vCard (*.vcf);;All files (*)</translation>
    </message>
    <message numerus="yes">
            <source>%n contact(s) found.</source>
            <translation>
                <numerusform>%n contact found.</numerusform>
                <numerusform>%n contacts found.</numerusform>
            </translation>
        </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="151" />
        <source>{created} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{created} added, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/vcard_dialog.py" line="155" />
        <source>Skipped: {issues}</source>
        <translation>Skipped: {issues}</translation>
    </message>
    <message numerus="yes">
            <source>%n new stakeholder(s) share a mobile with someone of another name (cards at lines {lines}); they were kept apart. Merge them in the card if they are one person.</source>
            <translation>
                <numerusform>%n new stakeholder shares a mobile with someone of another name (card at line {lines}); they were kept apart. Merge them in the card if they are one person.</numerusform>
                <numerusform>%n new stakeholders share a mobile with someone of another name (cards at lines {lines}); they were kept apart. Merge them in the card if they are one person.</numerusform>
            </translation>
        </message>
</context>
<context>
    <name>TransferRun</name>
    </context>
</TS>
