<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="79" />
        <location filename="../../fieldvisit/ui/about_dialog.py" line="102" />
        <source>About FieldVisit</source>
        <translation>About FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="85" />
        <source>FieldVisit {version}</source>
        <translation>FieldVisit {version}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="90" />
        <source>Customer cards, contact records, visit plans and co-visit reports for field sales teams, on your own laptop, offline.</source>
        <translation>Customer cards, contact records, visit plans and co-visit reports for field sales teams, on your own laptop, offline.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="103" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="104" />
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="107" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="124" />
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="125" />
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="126" />
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="127" />
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="130" />
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="140" />
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="141" />
        <source>Licence text</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="165" />
        <source>FieldVisit {version}

Proprietary software. You may use it under the terms of the agreement under which you received it.

The parts listed here are third-party components, each under its own licence.</source>
        <translation>FieldVisit {version}

Proprietary software. You may use it under the terms of the agreement under which you received it.

The parts listed here are third-party components, each under its own licence.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="172" />
        <source>FieldVisit includes the WenQuanYi Micro Hei font (wqy-microhei.ttf) to show and print Chinese text. It is used, unchanged, under the Apache License 2.0.</source>
        <translation>FieldVisit includes the WenQuanYi Micro Hei font (wqy-microhei.ttf) to show and print Chinese text. It is used, unchanged, under the Apache License 2.0.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="178" />
        <source>{name}
Licence: {licence}
{copyright}</source>
        <translation>{name}
Licence: {licence}
{copyright}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="183" />
        <source>The Qt and PySide6 libraries are separate files in the application folder, linked when FieldVisit starts. You may replace them with your own build of the same version under the terms of the LGPL.</source>
        <translation>The Qt and PySide6 libraries are separate files in the application folder, linked when FieldVisit starts. You may replace them with your own build of the same version under the terms of the LGPL.</translation>
    </message>
</context>
<context>
    <name>AutoBackupScheduler</name>
    <message>
        <location filename="../../fieldvisit/ui/backup_scheduler.py" line="65" />
        <source>Automatic backup written: {location}</source>
        <translation>Automatic backup written: {location}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/backup_scheduler.py" line="75" />
        <source>Automatic backup failed: {}</source>
        <translation>Automatic backup failed: {}</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="59" />
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="61" />
        <source>&amp;Move…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="65" />
        <source>Moving copies the database to the new folder, checks the copy and only then deletes the old file. It takes effect at once.</source>
        <translation>Moving copies the database to the new folder, checks the copy and only then deletes the old file. It takes effect at once.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="71" />
        <location filename="../../fieldvisit/ui/settings_data.py" line="190" />
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="72" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="76" />
        <source>While FieldVisit is open it backs up the database once a day into this folder and deletes the oldest automatic backups beyond the number to keep.</source>
        <translation>While FieldVisit is open it backs up the database once a day into this folder and deletes the oldest automatic backups beyond the number to keep.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="80" />
        <source>Backups to keep</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="87" />
        <source>Back &amp;up now</source>
        <translation>Back &amp;up now</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="95" />
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="100" />
        <source>Backup &amp;folder:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="105" />
        <source>Backups to &amp;keep:</source>
        <translation>Backups to &amp;keep:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="107" />
        <source>Last backup:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="146" />
        <source>Backup folder: {}</source>
        <translation>Backup folder: {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="150" />
        <source>Backups to keep: {}</source>
        <translation>Backups to keep: {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="158" />
        <source>Move the database to</source>
        <translation>Move the database to</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="173" />
        <source>The database was not moved. {}</source>
        <translation>The database was not moved. {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="179" />
        <source>The database is now in {location}.</source>
        <translation>The database is now in {location}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="181" />
        <source>The old file could not be deleted: {location}</source>
        <translation>The old file could not be deleted: {location}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="201" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="207" />
        <source>Written to {location}</source>
        <translation>Written to {location}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="213" />
        <source>The backup failed: {}</source>
        <translation>The backup failed: {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="224" />
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="79" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="80" />
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="86" />
        <source>FieldVisit shows the new language the next time it starts. Dates, times and numbers follow the language chosen.</source>
        <translation>FieldVisit shows the new language the next time it starts. Dates, times and numbers follow the language chosen.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="93" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="193" />
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="198" />
        <source>Printed at the top of every report. Left empty, reports show FieldVisit.</source>
        <translation>Printed at the top of every report. Left empty, reports show FieldVisit.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="200" />
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="201" />
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="202" />
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8.5 × 11 in)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="205" />
        <source>&amp;Company name:</source>
        <translation>&amp;Company name:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="208" />
        <source>&amp;Paper size:</source>
        <translation>&amp;Paper size:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="227" />
        <source>Company name: {}</source>
        <translation>Company name: {}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="38" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="53" />
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="60" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="61" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="62" />
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="63" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="64" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="71" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>YouTab</name>
    <message>
        <source>This laptop is in a team: your name, role and work base come from the team server. Ask your administrator to change them.</source>
        <translation>This laptop is in a team: your name, role and work base come from the team server. Ask your administrator to change them.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="116" />
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="121" />
        <source>Your name appears on contact records, visit plans and co-visit reports. A corrected spelling renames you; the name of another team member switches to that member.</source>
        <translation>Your name appears on contact records, visit plans and co-visit reports. A corrected spelling renames you; the name of another team member switches to that member.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="150" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="153" />
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="154" />
        <source>Work base:</source>
        <translation>Work base:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="174" />
        <source>Name: enter your name.</source>
        <translation>Name: enter your name.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="181" />
        <source>Name: {}</source>
        <translation>Name: {}</translation>
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <source>&amp;Mark day</source>
        <translation>&amp;Mark day</translation>
    </message>
    <message>
        <source>&amp;Remove mark</source>
        <translation>&amp;Remove mark</translation>
    </message>
    <message>
        <source>&amp;Visits a day:</source>
        <translation>&amp;Visits a day:</translation>
    </message>
    <message>
        <source>A suggested plan puts at most this many visits on a day; what does not fit is listed, never stacked.</source>
        <translation>A suggested plan puts at most this many visits on a day; what does not fit is listed, never stacked.</translation>
    </message>
    <message>
        <source>Also plan &amp;Saturdays that are not holidays</source>
        <translation>Also plan &amp;Saturdays that are not holidays</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <source>Day to mark</source>
        <translation>Day to mark</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name of the day</source>
        <translation>Name of the day</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Public holidays and make-up working days come from the official calendar (up to {year}). Mark the days of a later year here (or with `fieldvisit calendar set`), or correct a day; a year with no marks is planned Monday to Friday.</source>
        <translation>Public holidays and make-up working days come from the official calendar (up to {year}). Mark the days of a later year here (or with `fieldvisit calendar set`), or correct a day; a year with no marks is planned Monday to Friday.</translation>
    </message>
    <message>
        <source>Special days</source>
        <translation>Special days</translation>
    </message>
    <message>
        <source>Visits a day</source>
        <translation>Visits a day</translation>
    </message>
    <message>
        <source>Working day or holiday</source>
        <translation>Working day or holiday</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar:</source>
        <translation>Working-day &amp;calendar:</translation>
    </message>
    <message>
        <source>e.g. 春节</source>
        <translation>e.g. 春节</translation>
    </message>
    <message>
        <source>{kind} (marked here)</source>
        <translation>{kind} (marked here)</translation>
    </message>
    <message>
        <source>{year}: not in the official calendar; the days marked here.</source>
        <translation>{year}: not in the official calendar; the days marked here.</translation>
    </message>
    <message>
        <source>{year}: not known yet; planned Monday to Friday.</source>
        <translation>{year}: not known yet; planned Monday to Friday.</translation>
    </message>
    <message>
        <source>{year}: the official calendar.</source>
        <translation>{year}: the official calendar.</translation>
    </message>
</context>
</TS>
