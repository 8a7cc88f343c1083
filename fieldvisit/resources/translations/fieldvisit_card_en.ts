<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentsWidget</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="48" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="48" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="48" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="48" />
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="49" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="57" />
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="58" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="59" />
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="63" />
        <source>Save the card first, then attach files to it.</source>
        <translation>Save the card first, then attach files to it.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="72" />
        <source>Supply agreements, photos of the shelf, price lists… kept inside the database, so backups include them. Up to 25 MB per file.</source>
        <translation>Supply agreements, photos of the shelf, price lists… kept inside the database, so backups include them. Up to 25 MB per file.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="117" />
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="129" />
        <source>Cannot attach the file</source>
        <translation>Cannot attach the file</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="130" />
        <source>{} cannot be read: {}</source>
        <translation>{} cannot be read: {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="136" />
        <source>File too large</source>
        <translation>File too large</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="138" />
        <source>{} is {}; a file can be at most 25 MB. Attach a smaller copy, e.g. a compressed PDF or a smaller photo.</source>
        <translation>{} is {}; a file can be at most 25 MB. Attach a smaller copy, e.g. a compressed PDF or a smaller photo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="165" />
        <source>No program to open the file</source>
        <translation>No program to open the file</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="166" />
        <source>The file was saved as {}; open it from there.</source>
        <translation>The file was saved as {}; open it from there.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="176" />
        <source>Remove attachment</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="177" />
        <source>Move {} to the trash?</source>
        <translation>Move {} to the trash?</translation>
    </message>
</context>
<context>
    <name>BasicsTab</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_basics.py" line="139" />
        <source>More details</source>
        <translation>More details</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_basics.py" line="143" />
        <source>Fields marked * are required.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_basics.py" line="184" />
        <source>Possible duplicate: {} — click to open</source>
        <translation>Possible duplicate: {} — click to open</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_fields.py" line="86" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_fields.py" line="87" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CardConflictDialog</name>
    <message>
        <source>Changed meanwhile by someone else</source>
        <translation>Changed meanwhile by someone else</translation>
    </message>
    <message>
        <source>Since you opened this card, someone else saved other values in the fields below (an import or another window). Choose which value to keep for each; everything else you changed is saved as well.</source>
        <translation>Since you opened this card, someone else saved other values in the fields below (an import or another window). Choose which value to keep for each; everything else you changed is saved as well.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Saved meanwhile</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Save with these values</source>
        <translation>Save with these values</translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="146" />
        <source>Customer card</source>
        <translation>Customer card</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="149" />
        <source>&amp;Basics</source>
        <translation>&amp;Basics</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="150" />
        <source>&amp;Relationship and classification</source>
        <translation>&amp;Relationship and classification</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="151" />
        <source>Credit and &amp;commercial</source>
        <translation>Credit and &amp;commercial</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="152" />
        <source>&amp;Grading, prices, contribution</source>
        <translation>&amp;Grading, prices, contribution</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="153" />
        <source>Complaints, &amp;projects, plans</source>
        <translation>Complaints, &amp;projects, plans</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="156" />
        <source>S&amp;takeholders</source>
        <translation>S&amp;takeholders</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="157" />
        <source>&amp;Attachments</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="169" />
        <source>Print card…</source>
        <translation>Print card…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="170" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="171" />
        <source>Save and c&amp;lose</source>
        <translation>Save and c&amp;lose</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="172" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="314" />
        <source>Saved at {}</source>
        <translation>Saved at {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="341" />
        <source>Check the fields marked in red ({}): {}</source>
        <translation>Check the fields marked in red ({}): {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="394" />
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="418" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="395" />
        <source>Restore unsaved changes from {}?</source>
        <translation>Restore unsaved changes from {}?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="419" />
        <source>Save the changes to {}?</source>
        <translation>Save the changes to {}?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="419" />
        <source>this card</source>
        <translation>this card</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="467" />
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="469" />
        <source>Customer card — {}</source>
        <translation>Customer card — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="499" />
        <source>Cannot open the account</source>
        <translation>Cannot open the account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="513" />
        <source>Print card</source>
        <translation>Print card</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="514" />
        <source>The printout shows the saved card. Save your changes first?</source>
        <translation>The printout shows the saved card. Save your changes first?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="542" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Trying again…</source>
        <translation>Not saved: {reason}. Trying again…</translation>
    </message>
    <message>
        <source>Saved as a draft at {}</source>
        <translation>Saved as a draft at {}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>Not saved: changed meanwhile by someone else</source>
        <translation>Not saved: changed meanwhile by someone else</translation>
    </message>
    <message>
        <source>{table}, row {row}: {column}</source>
        <translation>{table}, row {row}: {column}</translation>
    </message>
</context>
<context>
    <name>CreditTab</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_credit.py" line="19" />
        <source>Credit (5C)</source>
        <translation>Credit (5C)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_credit.py" line="43" />
        <source>Grade each C from A (strong) to D (weak); the credit limit (铺底额度) is what the account may owe at most.</source>
        <translation>Grade each C from A (strong) to D (weak); the credit limit (铺底额度) is what the account may owe at most.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_credit.py" line="53" />
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_credit.py" line="78" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="122" />
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="146" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="123" />
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="147" />
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="124" />
        <source>Familiarity</source>
        <translation>Familiarity</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="125" />
        <source>Closeness</source>
        <translation>Closeness</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="126" />
        <source>Sales support</source>
        <translation>Sales support</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="127" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="128" />
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="129" />
        <source>Integrated class</source>
        <translation>Integrated class</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="131" />
        <source>Relationship grading</source>
        <translation>Relationship grading</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="136" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="137" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="138" />
        <source>Retail price (yuan)</source>
        <translation>Retail price (yuan)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="139" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="141" />
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="169" />
        <source>Retail price changes</source>
        <translation>Retail price changes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="148" />
        <source>Volume (units)</source>
        <translation>Volume (units)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="149" />
        <source>Revenue (yuan)</source>
        <translation>Revenue (yuan)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="150" />
        <source>Collections (yuan)</source>
        <translation>Collections (yuan)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="151" />
        <source>Receivables (yuan)</source>
        <translation>Receivables (yuan)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="153" />
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="176" />
        <source>Contribution per period</source>
        <translation>Contribution per period</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="157" />
        <source>Relationship grading per quarter / year</source>
        <translation>Relationship grading per quarter / year</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="159" />
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="178" />
        <source>Add period</source>
        <translation>Add period</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="163" />
        <source>Score each dimension 1 (low) to 5 (high); complaints and receivables: 5 = hardly any. The integrated class of a year weighs results, relationship and credit.</source>
        <translation>Score each dimension 1 (low) to 5 (high); complaints and receivables: 5 = hardly any. The integrated class of a year weighs results, relationship and credit.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="171" />
        <source>Add price</source>
        <translation>Add price</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="215" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="216" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="217" />
        <source>How it was handled</source>
        <translation>How it was handled</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="218" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="220" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="225" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="226" />
        <source>Buying stage</source>
        <translation>Buying stage</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="227" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="228" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="230" />
        <source>Buying projects</source>
        <translation>Buying projects</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="235" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="236" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="237" />
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="238" />
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="239" />
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="240" />
        <source>Communication strategy</source>
        <translation>Communication strategy</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="241" />
        <source>Review and adjustment</source>
        <translation>Review and adjustment</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="243" />
        <source>Key-account plans</source>
        <translation>Key-account plans</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="248" />
        <source>Complaints and handling</source>
        <translation>Complaints and handling</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="250" />
        <source>Add complaint</source>
        <translation>Add complaint</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="255" />
        <source>Buying projects and stage</source>
        <translation>Buying projects and stage</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="257" />
        <source>Add project</source>
        <translation>Add project</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="260" />
        <source>Early stages: the customer cares about needs; late stages: about price.</source>
        <translation>Early stages: the customer cares about needs; late stages: about price.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="263" />
        <source>Key-account plans (大客户发展计划书)</source>
        <translation>Key-account plans (大客户发展计划书)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="265" />
        <source>Add plan</source>
        <translation>Add plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="272" />
        <source>Diagnose → forecast → goal → strategy → action → control → feedback. Adjust the plan when the customer's organisation changes.</source>
        <translation>Diagnose → forecast → goal → strategy → action → control → feedback. Adjust the plan when the customer's organisation changes.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="276" />
        <source>Move to another account</source>
        <translation>Move to another account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="281" />
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="303" />
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="289" />
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="304" />
        <source>Moved on</source>
        <translation>Moved on</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="298" />
        <source>{} now works at another account. The history stays with them.</source>
        <translation>{} now works at another account. The history stays with them.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="1" />
        <source>Choose the account from the list.</source>
        <translation>Choose the account from the list.</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_people_actions.py" line="24" />
        <source>Merge &amp;duplicates…</source>
        <translation>Merge &amp;duplicates…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_people_actions.py" line="25" />
        <source>Select two entries for the same person to merge</source>
        <translation>Select two entries for the same person to merge</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_people_actions.py" line="26" />
        <source>Import v&amp;Card…</source>
        <translation>Import v&amp;Card…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_people_actions.py" line="27" />
        <source>Add people from a phone's contacts file (.vcf)</source>
        <translation>Add people from a phone's contacts file (.vcf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_people_actions.py" line="28" />
        <source>E&amp;xport vCard…</source>
        <translation>E&amp;xport vCard…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_people_actions.py" line="30" />
        <source>Save this account's people as a .vcf file for a phone (no personal profile)</source>
        <translation>Save this account's people as a .vcf file for a phone (no personal profile)</translation>
    </message>
</context>
<context>
    <name>PrintCardDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_print.py" line="26" />
        <source>Print customer card — {}</source>
        <translation>Print customer card — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_print.py" line="31" />
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_print.py" line="32" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_print.py" line="33" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_print.py" line="34" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_print.py" line="49" />
        <source>The printout shows the card as last saved, with its stakeholders and recent contacts.</source>
        <translation>The printout shows the card as last saved, with its stakeholders and recent contacts.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_profile.py" line="43" />
        <source>Sensitive personal data — never printed unless you ask.</source>
        <translation>Sensitive personal data — never printed unless you ask.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_profile.py" line="66" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>RelationshipTab</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_relationship.py" line="19" />
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_relationship.py" line="32" />
        <source>Attach a copy of the signed agreement on the Attachments tab.</source>
        <translation>Attach a copy of the signed agreement on the Attachments tab.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_relationship.py" line="35" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_relationship.py" line="68" />
        <source>Early classification: main products, reputation, location and floor area, attitude, volume, stock. M-A-N grade: A = likely to buy soon, B = possible but needs time, C = cannot tell yet.</source>
        <translation>Early classification: main products, reputation, location and floor area, attitude, volume, stock. M-A-N grade: A = likely to buy soon, B = possible but needs time, C = cannot tell yet.</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_tables.py" line="176" />
        <source>Saved history: add a new row for another period.</source>
        <translation>Saved history: add a new row for another period.</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="77" />
        <source>Edit stakeholder</source>
        <translation>Edit stakeholder</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="77" />
        <source>New stakeholder</source>
        <translation>New stakeholder</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="81" />
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="82" />
        <source>Identity and role</source>
        <translation>Identity and role</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="83" />
        <source>Values and trust</source>
        <translation>Values and trust</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="88" />
        <source>Personal profile (sensitive)</source>
        <translation>Personal profile (sensitive)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="92" />
        <source>Sensitive personal data — never printed unless you ask</source>
        <translation>Sensitive personal data — never printed unless you ask</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="144" />
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="151" />
        <source>Buying roles</source>
        <translation>Buying roles</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="154" />
        <source>Tick every role this person plays.</source>
        <translation>Tick every role this person plays.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="160" />
        <source>Key-customer level</source>
        <translation>Key-customer level</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="175" />
        <source>Values and adoption</source>
        <translation>Values and adoption</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="180" />
        <source>Adoption stage</source>
        <translation>Adoption stage</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="184" />
        <source>Trust check (1 = not at all, 5 = fully)</source>
        <translation>Trust check (1 = not at all, 5 = fully)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="203" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="316" />
        <source>Possible duplicate: {}</source>
        <translation>Possible duplicate: {}</translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="64" />
        <source>Save the card first, then add its stakeholders.</source>
        <translation>Save the card first, then add its stakeholders.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="68" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="69" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="70" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="71" />
        <source>Buying roles</source>
        <translation>Buying roles</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="72" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="73" />
        <source>Key-customer level</source>
        <translation>Key-customer level</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="74" />
        <source>Adoption stage</source>
        <translation>Adoption stage</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="75" />
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="76" />
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="79" />
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="91" />
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="92" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="93" />
        <source>End &amp;role…</source>
        <translation>End &amp;role…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="95" />
        <source>&amp;Move to another account…</source>
        <translation>&amp;Move to another account…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="166" />
        <source>⚠ Key account with only {} active stakeholder: working through a single person is a fatal error of key-account management. Add the decision-maker, users and influencers you know.</source>
        <translation>⚠ Key account with only {} active stakeholder: working through a single person is a fatal error of key-account management. Add the decision-maker, users and influencers you know.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="218" />
        <source>End role</source>
        <translation>End role</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="219" />
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="225" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="223" />
        <source>{} no longer holds a role at this account.</source>
        <translation>{} no longer holds a role at this account.</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="58" />
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="86" />
        <source>History is kept</source>
        <translation>History is kept</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="88" />
        <source>Saved gradings and price changes stay as history. Correct the values in the row, or add a row for a new period.</source>
        <translation>Saved gradings and price changes stay as history. Correct the values in the row, or add a row for a new period.</translation>
    </message>
</context>
</TS>
