<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CardOpener</name>
    </context>
<context>
    <name>ClosePromiseDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="139" />
        <source>Close a promise</source>
        <translation>Close a promise</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="141" />
        <source>&amp;Kept</source>
        <translation>&amp;Kept</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="142" />
        <source>C&amp;ancelled</source>
        <translation>C&amp;ancelled</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="144" />
        <source>Closing note</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="146" />
        <source>How it was kept, or why it was cancelled</source>
        <translation>How it was kept, or why it was cancelled</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="151" />
        <source>Close promise</source>
        <translation>Close promise</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="164" />
        <source>&amp;Note (required):</source>
        <translation>&amp;Note (required):</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="177" />
        <source>Write how the promise was kept, or why it was cancelled.</source>
        <translation>Write how the promise was kept, or why it was cancelled.</translation>
    </message>
</context>
<context>
    <name>EditorLayout</name>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="87" />
        <source>Store and account checks (optional)</source>
        <translation>Store and account checks (optional)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="90" />
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="120" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="122" />
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="127" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="131" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="133" />
        <source>e.g. pharmacy department, 3rd floor</source>
        <translation>e.g. pharmacy department, 3rd floor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="136" />
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="137" />
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="138" />
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="143" />
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="145" />
        <source>Stakeholders met</source>
        <translation>Stakeholders met</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="147" />
        <source>Our people</source>
        <translation>Our people</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="150" />
        <source>Stakeholders met:</source>
        <translation>Stakeholders met:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="151" />
        <source>Our people:</source>
        <translation>Our people:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="159" />
        <source>This account has no active stakeholders yet; add them on the customer card.</source>
        <translation>This account has no active stakeholders yet; add them on the customer card.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="166" />
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="167" />
        <source>Sales objectives win volume; administrative ones keep the business healthy.</source>
        <translation>Sales objectives win volume; administrative ones keep the business healthy.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="173" />
        <source>Sales objectives:</source>
        <translation>Sales objectives:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="174" />
        <source>Administrative objectives:</source>
        <translation>Administrative objectives:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="175" />
        <source>Purposes:</source>
        <translation>Purposes:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="180" />
        <source>Objective notes</source>
        <translation>Objective notes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="181" />
        <source>Notes on the objectives:</source>
        <translation>Notes on the objectives:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="185" />
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="186" />
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="185" />
        <source>What was said or done, in detail.</source>
        <translation>What was said or done, in detail.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="191" />
        <source>Reflection — must be written</source>
        <translation>Reflection — must be written</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="192" />
        <source>A record is complete only when all three fields marked * are written.</source>
        <translation>A record is complete only when all three fields marked * are written.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="194" />
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="198" />
        <source>Successes</source>
        <translation>Successes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="195" />
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="199" />
        <source>Shortcomings</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="196" />
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="200" />
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="208" />
        <source>Required to complete the record</source>
        <translation>Required to complete the record</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="215" />
        <source>New agreements</source>
        <translation>New agreements</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="217" />
        <source>Each agreement becomes a promise tracked until it is kept. Promise carefully, deliver always.</source>
        <translation>Each agreement becomes a promise tracked until it is kept. Promise carefully, deliver always.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="230" />
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="231" />
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="232" />
        <source>Next &amp;visit on:</source>
        <translation>Next &amp;visit on:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="233" />
        <source>Next visit date</source>
        <translation>Next visit date</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="243" />
        <source>Special notes</source>
        <translation>Special notes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="244" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="245" />
        <source>Next steps:</source>
        <translation>Next steps:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="249" />
        <source>Special notes:</source>
        <translation>Special notes:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="251" />
        <source>Other:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="267" />
        <source>(former stakeholder)</source>
        <translation>(former stakeholder)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/editor_layout.py" line="293" />
        <source>Agreements noted as text: {}</source>
        <translation>Agreements noted as text: {}</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/records/new_record.py" line="35" />
        <source>New contact record</source>
        <translation>New contact record</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/new_record.py" line="38" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/new_record.py" line="54" />
        <source>Write record</source>
        <translation>Write record</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/new_record.py" line="57" />
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/new_record.py" line="63" />
        <source>Write the record right after the contact.</source>
        <translation>Write the record right after the contact.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/new_record.py" line="1" />
        <source>Type part of the account's name, its pinyin or initials</source>
        <translation>Type part of the account's name, its pinyin or initials</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/new_record.py" line="1" />
        <source>Choose one account from the list (type more of its name).</source>
        <translation>Choose one account from the list (type more of its name).</translation>
    </message>
</context>
<context>
    <name>PhotoList</name>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="130" />
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="133" />
        <source>Add &amp;photo…</source>
        <translation>Add &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="134" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="135" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="149" />
        <source>No photos yet.</source>
        <translation>No photos yet.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="175" />
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="177" />
        <source>Images ({})</source>
        <translation>Images ({})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="190" />
        <source>{file} is larger than {limit} MB; choose a smaller picture.</source>
        <translation>{file} is larger than {limit} MB; choose a smaller picture.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="198" />
        <source>{file} could not be read: {reason}</source>
        <translation>{file} could not be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="237" />
        <source>The photo could not be opened: {}</source>
        <translation>The photo could not be opened: {}</translation>
    </message>
</context>
<context>
    <name>PromiseModel</name>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="65" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="66" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="67" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="68" />
        <source>What was promised</source>
        <translation>What was promised</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="69" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="70" />
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="102" />
        <source>Not overdue</source>
        <translation>Not overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="103" />
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromiseTable</name>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="60" />
        <source>New agreements</source>
        <translation>New agreements</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="63" />
        <source>What was agreed</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="64" />
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="140" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="65" />
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="145" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="66" />
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="148" />
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="67" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="80" />
        <source>&amp;Add agreement</source>
        <translation>&amp;Add agreement</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="82" />
        <source>Remove agreement</source>
        <translation>Remove agreement</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="137" />
        <source>Agreement {} — what was agreed</source>
        <translation>Agreement {} — what was agreed</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="139" />
        <source>e.g. send the clinical papers</source>
        <translation>e.g. send the clinical papers</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="141" />
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="149" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="154" />
        <source>(no longer at the account)</source>
        <translation>(no longer at the account)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promise_table.py" line="188" />
        <source>New</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>PromisesView</name>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="208" />
        <source>Show promises</source>
        <translation>Show promises</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="209" />
        <source>My open promises</source>
        <translation>My open promises</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="210" />
        <source>Everyone's open promises</source>
        <translation>Everyone's open promises</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="211" />
        <source>Overdue only (everyone)</source>
        <translation>Overdue only (everyone)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="214" />
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="220" />
        <source>Open promises</source>
        <translation>Open promises</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="234" />
        <source>Close promise…</source>
        <translation>Close promise…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="235" />
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="236" />
        <source>Open account</source>
        <translation>Open account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="242" />
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="259" />
        <source>Promise carefully, deliver always: close each one with a note.</source>
        <translation>Promise carefully, deliver always: close each one with a note.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="281" />
        <source>The first {} open promises by due date</source>
        <translation>The first {} open promises by due date</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="285" />
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n open promise</numerusform>
            <numerusform>%n open promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/promises_view.py" line="286" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message numerus="yes">
        <source>%n comment(s) below</source>
        <translation>
            <numerusform>%n comment below</numerusform>
            <numerusform>%n comments below</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="77" />
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="80" />
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="81" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="82" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="84" />
        <source>Save the record first, then print it.</source>
        <translation>Save the record first, then print it.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="85" />
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="258" />
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="87" />
        <source>Keep what is written; finish it within two days of the contact.</source>
        <translation>Keep what is written; finish it within two days of the contact.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="89" />
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="260" />
        <source>&amp;Complete</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="92" />
        <source>Save and mark complete: successes, shortcomings and lessons are needed.</source>
        <translation>Save and mark complete: successes, shortcomings and lessons are needed.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="94" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="155" />
        <source>Please correct the marked field.</source>
        <translation>Please correct the marked field.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="162" />
        <source>Agreement {} has no description: describe it or remove it.</source>
        <translation>Agreement {} has no description: describe it or remove it.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="169" />
        <source>The next visit cannot be before this contact.</source>
        <translation>The next visit cannot be before this contact.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="173" />
        <source>Write the successes of this contact to complete it.</source>
        <translation>Write the successes of this contact to complete it.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="174" />
        <source>Write the shortcomings of this contact to complete it.</source>
        <translation>Write the shortcomings of this contact to complete it.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="175" />
        <source>Write the lessons learnt to complete the record.</source>
        <translation>Write the lessons learnt to complete the record.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="183" />
        <source>The record is not saved yet: %n field(s) need attention.</source>
        <translation>
            <numerusform>The record is not saved yet: %n field needs attention.</numerusform>
            <numerusform>The record is not saved yet: %n fields need attention.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="210" />
        <source>Enter an amount in yuan, e.g. 12345.60.</source>
        <translation>Enter an amount in yuan, e.g. 12345.60.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="245" />
        <source>New contact record — {name}</source>
        <translation>New contact record — {name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="247" />
        <source>Contact record — {name}</source>
        <translation>Contact record — {name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="251" />
        <source>New record, not saved yet</source>
        <translation>New record, not saved yet</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="253" />
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="255" />
        <source>Draft — complete it within two days of the contact</source>
        <translation>Draft — complete it within two days of the contact</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="258" />
        <source>Save as &amp;draft</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="260" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="267" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="269" />
        <source>This contact record has changes that are not saved. Save them as a draft?</source>
        <translation>This contact record has changes that are not saved. Save them as a draft?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_editor.py" line="310" />
        <source>Save the record first; the printout shows what is saved.</source>
        <translation>Save the record first; the printout shows what is saved.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="55" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="56" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="57" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="58" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="59" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="60" />
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="91" />
        <source>Draft — over two days old</source>
        <translation>Draft — over two days old</translation>
    </message>
</context>
<context>
    <name>RecordsList</name>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="184" />
        <source>Whose records</source>
        <translation>Whose records</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="185" />
        <source>My records</source>
        <translation>My records</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="186" />
        <source>Everyone's records</source>
        <translation>Everyone's records</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="187" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="188" />
        <source>Any month</source>
        <translation>Any month</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="189" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="190" />
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="193" />
        <source>Account or place</source>
        <translation>Account or place</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="194" />
        <source>Account or place…</source>
        <translation>Account or place…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="205" />
        <source>Contact records</source>
        <translation>Contact records</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="217" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/records_list.py" line="266" />
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>%n record shown</numerusform>
            <numerusform>%n records shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Send the day's report (a rep), or read your reps' reports (a manager)</source>
        <translation>Send the day's report (a rep), or read your reps' reports (a manager)</translation>
    </message>
    <message>
        <source>Da&amp;y report…</source>
        <translation>Da&amp;y report…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/records.py" line="34" />
        <source>Contact records</source>
        <translation>Contact records</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/records.py" line="40" />
        <source>&amp;New record…</source>
        <translation>&amp;New record…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/records.py" line="43" />
        <source>&amp;Summary report…</source>
        <translation>&amp;Summary report…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/records.py" line="45" />
        <source>Weekly, monthly or yearly customer management summary, pre-filled</source>
        <translation>Weekly, monthly or yearly customer management summary, pre-filled</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/records.py" line="56" />
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/records.py" line="57" />
        <source>Open promises</source>
        <translation>Open promises</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <location filename="../../fieldvisit/ui/records/records_list.py" line="142" />
        <source>Write up the oldest</source>
        <translation>Write up the oldest</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/records_list.py" line="156" />
        <source>%n draft(s) older than two days — contact records are due within two days of the contact.</source>
        <translation>
            <numerusform>%n draft older than two days — contact records are due within two days of the contact.</numerusform>
            <numerusform>%n drafts older than two days — contact records are due within two days of the contact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="57" />
        <source>&amp;New record…</source>
        <translation>&amp;New record…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="59" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="63" />
        <source>Account history</source>
        <translation>Account history</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="69" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="69" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="69" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="69" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="89" />
        <source>Double-click a contact record or a promise to open its record.</source>
        <translation>Double-click a contact record or a promise to open its record.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="117" />
        <source>%n contact record(s)</source>
        <translation>
            <numerusform>%n contact record</numerusform>
            <numerusform>%n contact records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="119" />
        <source>%n overdue promise(s)</source>
        <translation>
            <numerusform>%n overdue promise</numerusform>
            <numerusform>%n overdue promises</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="128" />
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="131" />
        <source>Promise made</source>
        <translation>Promise made</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="132" />
        <source>Promise due</source>
        <translation>Promise due</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="133" />
        <source>Promise kept</source>
        <translation>Promise kept</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="134" />
        <source>Promise cancelled</source>
        <translation>Promise cancelled</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="135" />
        <source>Co-visit call</source>
        <translation>Co-visit call</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/timeline_widget.py" line="139" />
        <source>Promise overdue</source>
        <translation>Promise overdue</translation>
    </message>
</context>
<context>
    <name>VisitCheckSection</name>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="55" />
        <source>Our prices (vs other customers, over time):</source>
        <translation>Our prices (vs other customers, over time):</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="56" />
        <source>Competitor prices:</source>
        <translation>Competitor prices:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="57" />
        <source>Stock of our products:</source>
        <translation>Stock of our products:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="58" />
        <source>What sells:</source>
        <translation>What sells:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="59" />
        <source>Promotion and after-sales compliance:</source>
        <translation>Promotion and after-sales compliance:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="60" />
        <source>Shelf display:</source>
        <translation>Shelf display:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="61" />
        <source>Draft order:</source>
        <translation>Draft order:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="62" />
        <source>Credit limit (yuan):</source>
        <translation>Credit limit (yuan):</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="63" />
        <source>Paid (yuan):</source>
        <translation>Paid (yuan):</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="64" />
        <source>Unpaid (yuan):</source>
        <translation>Unpaid (yuan):</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="65" />
        <source>Receivable (yuan):</source>
        <translation>Receivable (yuan):</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/records/record_extras.py" line="113" />
        <source>Enter an amount in yuan, e.g. 12345.60 (no letters, not negative).</source>
        <translation>Enter an amount in yuan, e.g. 12345.60 (no letters, not negative).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Da&amp;y report…</source>
        <translation>Da&amp;y report…</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>New comment</source>
        <translation>New comment</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Write a comment…</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Comments (%n)</numerusform>
            <numerusform>Comments (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Add &amp;comment</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>No comments yet.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>ReportTree</name>
    <message>
        <source>Day report</source>
        <translation>Day report</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>Records (%n)</source>
        <translation>
            <numerusform>Records (%n)</numerusform>
            <numerusform>Records (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promises made (%n)</source>
        <translation>
            <numerusform>Promises made (%n)</numerusform>
            <numerusform>Promises made (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promises kept (%n)</source>
        <translation>
            <numerusform>Promises kept (%n)</numerusform>
            <numerusform>Promises kept (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned visits not made (%n)</source>
        <translation>
            <numerusform>Planned visits not made (%n)</numerusform>
            <numerusform>Planned visits not made (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>not made</source>
        <translation>not made</translation>
    </message>
    <message>
        <source>due {}</source>
        <translation>due {}</translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message>
        <source>Day report</source>
        <translation>Day report</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <source>Why planned visits were not made</source>
        <translation>Why planned visits were not made</translation>
    </message>
    <message>
        <source>e.g. the customer was away; moved to Thursday</source>
        <translation>e.g. the customer was away; moved to Thursday</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Not sent yet.</translation>
    </message>
    <message>
        <source>&amp;Send day report</source>
        <translation>&amp;Send day report</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <source>{sent} of {total} reps sent a report.</source>
        <translation>{sent} of {total} reps sent a report.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) ({completed} completed) · {made} promise(s) made · {kept} kept · {missed} planned visit(s) not made</source>
        <translation>
            <numerusform>%n record ({completed} completed) · {made} promise(s) made · {kept} kept · {missed} planned visit(s) not made</numerusform>
            <numerusform>%n records ({completed} completed) · {made} promise(s) made · {kept} kept · {missed} planned visit(s) not made</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reps' reports of the day as they sent them. Choose a rep to read the report and comment on it.</source>
        <translation>Your reps' reports of the day as they sent them. Choose a rep to read the report and comment on it.</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>Not made</translation>
    </message>
    <message>
        <source>Late drafts</source>
        <translation>Late drafts</translation>
    </message>
    <message>
        <source>What the day report will say: the day's records, promises made and kept, and the planned visits not made, each with a reason.</source>
        <translation>What the day report will say: the day's records, promises made and kept, and the planned visits not made, each with a reason.</translation>
    </message>
    <message>
        <source>{sent} sent, {missing} not sent</source>
        <translation>{sent} sent, {missing} not sent</translation>
    </message>
    <message>
        <source>Reason: {}</source>
        <translation>Reason: {}</translation>
    </message>
    <message>
        <source>Sent {}. Sending again replaces it.</source>
        <translation>Sent {}. Sending again replaces it.</translation>
    </message>
    <message>
        <source>This rep has not sent one.</source>
        <translation>This rep has not sent one.</translation>
    </message>
</context>
</TS>
