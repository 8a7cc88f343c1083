<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="255" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="255" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="255" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="258" />
        <source>Search accounts</source>
        <translation>Search accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="265" />
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="1" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="1" />
        <source>No account matches that.</source>
        <translation>No account matches that.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="1" />
        <source>Name, pinyin, initials, phone or address</source>
        <translation>Name, pinyin, initials, phone or address</translation>
    </message>
</context>
<context>
    <name>BatchExporter</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="117" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="119" />
        <source>Export PDFs</source>
        <translation>Export PDFs</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="147" />
        <source>Stopping after the current file…</source>
        <translation>Stopping after the current file…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="162" />
        <source>{what}
{number} of {total}: {name}</source>
        <translation>{what}
{number} of {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="193" />
        <source>Export cancelled: {written} of {total} files were written.</source>
        <translation>Export cancelled: {written} of {total} files were written.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="195" />
        <source>{written} of {total} files were written; some could not be.</source>
        <translation>{written} of {total} files were written; some could not be.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="197" />
        <source>All {total} files were written.</source>
        <translation>All {total} files were written.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="199" />
        <source>Folder: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="204" />
        <source>… and {count} more (see details).</source>
        <translation>… and {count} more (see details).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="207" />
        <source>Not written:</source>
        <translation>Not written:</translation>
    </message>
</context>
<context>
    <name>CoVisitPicker</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="174" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="175" />
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="176" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="177" />
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="178" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="181" />
        <source>No co-visits began in this month.</source>
        <translation>No co-visits began in this month.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="182" />
        <source>Month of the co-visits</source>
        <translation>Month of the co-visits</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="184" />
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="202" />
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="204" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="207" />
        <source>{status} · late</source>
        <translation>{status} · late</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="214" />
        <source>The report was finished after the last co-visit day.</source>
        <translation>The report was finished after the last co-visit day.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="39" />
        <source>Co-visit handout</source>
        <translation>Co-visit handout</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="40" />
        <source>The co-visit report to hand to the rep: calls, feedback, ratings, action plan.</source>
        <translation>The co-visit report to hand to the rep: calls, feedback, ratings, action plan.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="47" />
        <source>Contact record</source>
        <translation>Contact record</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="48" />
        <source>One contact with an account: objectives, content, lessons and promises.</source>
        <translation>One contact with an account: objectives, content, lessons and promises.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="55" />
        <source>Customer card</source>
        <translation>Customer card</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="56" />
        <source>Everything known about an account, its stakeholders and recent contacts.</source>
        <translation>Everything known about an account, its stakeholders and recent contacts.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="63" />
        <source>Monthly visit plan</source>
        <translation>Monthly visit plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="64" />
        <source>A rep's calendar for a month, with planned against done for each account.</source>
        <translation>A rep's calendar for a month, with planned against done for each account.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="71" />
        <source>Customer management summary</source>
        <translation>Customer management summary</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="72" />
        <source>A rep's weekly, monthly or yearly report: plans done, in progress and new.</source>
        <translation>A rep's weekly, monthly or yearly report: plans done, in progress and new.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="79" />
        <source>Team co-visit summary</source>
        <translation>Team co-visit summary</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="80" />
        <source>A manager's month: co-visits with each rep, ratings and open actions.</source>
        <translation>A manager's month: co-visits with each rep, ratings and open actions.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="89" />
        <source>Joint call</source>
        <translation>Joint call</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="90" />
        <source>Demonstration call</source>
        <translation>Demonstration call</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="91" />
        <source>Coaching call</source>
        <translation>Coaching call</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="97" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="98" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="99" />
        <source>WeChat / IM</source>
        <translation>WeChat / IM</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="100" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="101" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="102" />
        <source>Exhibition</source>
        <translation>Exhibition</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="103" />
        <source>Technical exchange</source>
        <translation>Technical exchange</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="106" />
        <source>Samples / test</source>
        <translation>Samples / test</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="107" />
        <source>Business activity</source>
        <translation>Business activity</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="110" />
        <source>Site visit</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="116" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="117" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="118" />
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="119" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="125" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="126" />
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="49" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="50" />
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="53" />
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="54" />
        <source>&amp;Rep:</source>
        <translation>&amp;Rep:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="58" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="63" />
        <source>Any day in the period</source>
        <translation>Any day in the period</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="67" />
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="68" />
        <source>&amp;Day in the period:</source>
        <translation>&amp;Day in the period:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="71" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="72" />
        <source>M&amp;onth:</source>
        <translation>M&amp;onth:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="74" />
        <source>There are no managers in the team yet.</source>
        <translation>There are no managers in the team yet.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="76" />
        <source>There are no reps in the team yet.</source>
        <translation>There are no reps in the team yet.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="48" />
        <source>Print preview — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="75" />
        <location filename="../../fieldvisit/ui/printing/preview.py" line="77" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="79" />
        <location filename="../../fieldvisit/ui/printing/preview.py" line="81" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="83" />
        <location filename="../../fieldvisit/ui/printing/preview.py" line="84" />
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="93" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="94" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="119" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="128" />
        <source>Preparing the document</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="134" />
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="168" />
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="193" />
        <source>Pages: {count}</source>
        <translation>Pages: {count}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="205" />
        <source>The document could not be prepared.</source>
        <translation>The document could not be prepared.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="217" />
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="34" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="36" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="52" />
        <source>“{file}” could not be saved.</source>
        <translation>“{file}” could not be saved.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="55" />
        <source>{reason}

Folder: {folder}</source>
        <translation>{reason}

Folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="69" />
        <source>The operating system reported an error</source>
        <translation>The operating system reported an error</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="72" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="83" />
        <source>The document could not be prepared.</source>
        <translation>The document could not be prepared.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="94" />
        <source>Printed reports</source>
        <translation>Printed reports</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/printer.py" line="118" />
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/printer.py" line="119" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/printer.py" line="125" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/printer.py" line="135" />
        <source>Printing page {done} of {total}…</source>
        <translation>Printing page {done} of {total}…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/printer.py" line="149" />
        <source>The printer “{name}” could not be used.</source>
        <translation>The printer “{name}” could not be used.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/printer.py" line="152" />
        <source>Check that it is switched on and connected, then try again.</source>
        <translation>Check that it is switched on and connected, then try again.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="221" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="221" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="221" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="221" />
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="223" />
        <source>No contact records match.</source>
        <translation>No contact records match.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="224" />
        <source>Month of the contact records</source>
        <translation>Month of the contact records</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="227" />
        <source>Filter contact records</source>
        <translation>Filter contact records</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="227" />
        <source>Account, author or place</source>
        <translation>Account, author or place</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="234" />
        <source>M&amp;onth:</source>
        <translation>M&amp;onth:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="235" />
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="20" />
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="21" />
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="22" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="24" />
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="32" />
        <source>Include personal &amp;profiles</source>
        <translation>Include personal &amp;profiles</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="36" />
        <source>Birthdays, family, hobbies and the like of each stakeholder.</source>
        <translation>Birthdays, family, hobbies and the like of each stakeholder.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="40" />
        <source>Personal profiles are sensitive personal data: print them only when needed and keep the paper safe.</source>
        <translation>Personal profiles are sensitive personal data: print them only when needed and keep the paper safe.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="55" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="56" />
        <source>P&amp;aper:</source>
        <translation>P&amp;aper:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="47" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="49" />
        <source>Print any document, preview it first or save it as a PDF: co-visit handouts, contact records, customer cards, visit plans and summaries.</source>
        <translation>Print any document, preview it first or save it as a PDF: co-visit handouts, contact records, customer cards, visit plans and summaries.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="83" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="108" />
        <location filename="../../fieldvisit/ui/pages/reports.py" line="113" />
        <source>&amp;Export month…</source>
        <translation>&amp;Export month…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="110" />
        <source>Export every co-visit handout of the month</source>
        <translation>Export every co-visit handout of the month</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="115" />
        <source>Export every contact record of the month</source>
        <translation>Export every contact record of the month</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="120" />
        <source>Save a PDF of each co-visit of this month into a folder.</source>
        <translation>Save a PDF of each co-visit of this month into a folder.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="122" />
        <source>Save a PDF of each contact record listed into a folder.</source>
        <translation>Save a PDF of each contact record listed into a folder.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="135" />
        <source>Preparing the document</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="141" />
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="147" />
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="148" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="149" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="306" />
        <source>Folder for the co-visit handouts</source>
        <translation>Folder for the co-visit handouts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="307" />
        <source>Exporting the co-visit handouts of {month:%Y-%m}…</source>
        <translation>Exporting the co-visit handouts of {month:%Y-%m}…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="312" />
        <source>Folder for the contact records</source>
        <translation>Folder for the contact records</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="313" />
        <source>Exporting the contact records of {month:%Y-%m}…</source>
        <translation>Exporting the contact records of {month:%Y-%m}…</translation>
    </message>
</context>
<context>
    <name>Subjects</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="72" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
</TS>
