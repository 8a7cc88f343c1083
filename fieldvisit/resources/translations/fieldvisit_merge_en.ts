<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="91" />
        <source>Keep the other one instead</source>
        <translation>Keep the other one instead</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="95" />
        <source>Swap which entry is kept and which goes to the trash</source>
        <translation>Swap which entry is kept and which goes to the trash</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="123" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="164" />
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="172" />
        <source>Goes to the trash</source>
        <translation>Goes to the trash</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="201" />
        <source>Fields that differ: choose the value to keep</source>
        <translation>Fields that differ: choose the value to keep</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="207" />
        <source>Fields that are the same</source>
        <translation>Fields that are the same</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="259" />
        <source>Already present on the kept side, so combined rather than doubled: {parts}.</source>
        <translation>Already present on the kept side, so combined rather than doubled: {parts}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="272" />
        <source>{remove} will be merged into {keep}; {parts} move to it and {remove} goes to the trash. This cannot be undone except from the backup.</source>
        <translation>{remove} will be merged into {keep}; {parts} move to it and {remove} goes to the trash. This cannot be undone except from the backup.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="278" />
        <source>{remove} will be merged into {keep} and goes to the trash. This cannot be undone except from the backup.</source>
        <translation>{remove} will be merged into {keep} and goes to the trash. This cannot be undone except from the backup.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="324" />
        <source>Merge duplicate accounts</source>
        <translation>Merge duplicate accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="325" />
        <source>One customer card is kept. Its stakeholders, contact records, promises, plans, co-visits and history are joined by everything from the other card, which then goes to the trash.</source>
        <translation>One customer card is kept. Its stakeholders, contact records, promises, plans, co-visits and history are joined by everything from the other card, which then goes to the trash.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="355" />
        <source>Merge duplicate stakeholders</source>
        <translation>Merge duplicate stakeholders</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="356" />
        <source>One entry for this person is kept, in its own account. Contact records and co-visit calls they took part in, promises, buying roles and the personal profile are combined; the other entry goes to the trash.</source>
        <translation>One entry for this person is kept, in its own account. Contact records and co-visit calls they took part in, promises, buying roles and the personal profile are combined; the other entry goes to the trash.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="369" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="25" />
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="83" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="26" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="28" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="31" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="48" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="49" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="76" />
        <source>Buying stage</source>
        <translation>Buying stage</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="77" />
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="103" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="84" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="85" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="86" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="87" />
        <source>Office phone</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="88" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="91" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="93" />
        <source>Key-customer level</source>
        <translation>Key-customer level</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="96" />
        <source>Adoption stage</source>
        <translation>Adoption stage</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="111" />
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="189" />
        <source>1 contact record</source>
        <translation>1 contact record</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="113" />
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="191" />
        <source>{n} contact records</source>
        <translation>{n} contact records</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="117" />
        <source>1 promise</source>
        <translation>1 promise</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="119" />
        <source>{n} promises</source>
        <translation>{n} promises</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="123" />
        <source>1 stakeholder</source>
        <translation>1 stakeholder</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="125" />
        <source>{n} stakeholders</source>
        <translation>{n} stakeholders</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="129" />
        <source>1 planned contact</source>
        <translation>1 planned contact</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="131" />
        <source>{n} planned contacts</source>
        <translation>{n} planned contacts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="135" />
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="195" />
        <source>1 co-visit call</source>
        <translation>1 co-visit call</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="137" />
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="197" />
        <source>{n} co-visit calls</source>
        <translation>{n} co-visit calls</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="141" />
        <source>1 attachment</source>
        <translation>1 attachment</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="143" />
        <source>{n} attachments</source>
        <translation>{n} attachments</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="147" />
        <source>1 price change</source>
        <translation>1 price change</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="149" />
        <source>{n} price changes</source>
        <translation>{n} price changes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="153" />
        <source>1 complaint</source>
        <translation>1 complaint</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="155" />
        <source>{n} complaints</source>
        <translation>{n} complaints</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="159" />
        <source>1 buying project</source>
        <translation>1 buying project</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="161" />
        <source>{n} buying projects</source>
        <translation>{n} buying projects</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="165" />
        <source>1 key-account plan</source>
        <translation>1 key-account plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="167" />
        <source>{n} key-account plans</source>
        <translation>{n} key-account plans</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="171" />
        <source>1 account change</source>
        <translation>1 account change</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="173" />
        <source>{n} account changes</source>
        <translation>{n} account changes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="177" />
        <source>1 period contribution</source>
        <translation>1 period contribution</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="179" />
        <source>{n} period contributions</source>
        <translation>{n} period contributions</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="183" />
        <source>1 relationship grading</source>
        <translation>1 relationship grading</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="185" />
        <source>{n} relationship gradings</source>
        <translation>{n} relationship gradings</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="201" />
        <source>1 buying role</source>
        <translation>1 buying role</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="203" />
        <source>{n} buying roles</source>
        <translation>{n} buying roles</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="205" />
        <source>{n} rows of {table}</source>
        <translation>{n} rows of {table}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="216" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="218" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="61" />
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="126" />
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="65" />
        <source>Search the trash</source>
        <translation>Search the trash</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="66" />
        <source>Search by name, account or city</source>
        <translation>Search by name, account or city</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="69" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="70" />
        <source>Accounts and stakeholders</source>
        <translation>Accounts and stakeholders</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="71" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="72" />
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="76" />
        <source>Items in the trash</source>
        <translation>Items in the trash</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="80" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="81" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="82" />
        <source>Account / city</source>
        <translation>Account / city</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="83" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="84" />
        <source>Deleted by</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="85" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="97" />
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="175" />
        <source>The trash is empty.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="103" />
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="105" />
        <source>&amp;Delete permanently…</source>
        <translation>&amp;Delete permanently…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="107" />
        <source>&amp;Empty trash…</source>
        <translation>&amp;Empty trash…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="109" />
        <source>Delete permanently what has been in the trash longer than a number of days</source>
        <translation>Delete permanently what has been in the trash longer than a number of days</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="113" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="130" />
        <source>Items stay here until you restore them or delete them permanently. The stakeholders, records and co-visits of a trashed account are hidden with it and come back with it.</source>
        <translation>Items stay here until you restore them or delete them permanently. The stakeholders, records and co-visits of a trashed account are hidden with it and come back with it.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="158" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="158" />
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="173" />
        <source>Nothing in the trash matches.</source>
        <translation>Nothing in the trash matches.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="193" />
        <source>Merged into {name}</source>
        <translation>Merged into {name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="195" />
        <source>1 stakeholder hidden with it</source>
        <translation>1 stakeholder hidden with it</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="198" />
        <source>{n} stakeholders hidden with it</source>
        <translation>{n} stakeholders hidden with it</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="201" />
        <source>Account is in the trash too</source>
        <translation>Account is in the trash too</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="238" />
        <source>Restored {n} items.</source>
        <translation>Restored {n} items.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="245" />
        <source>Restore the account too?</source>
        <translation>Restore the account too?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="247" />
        <source>These stakeholders belong to {names}, which is in the trash too. Restore the account as well? Without it they would stay hidden.</source>
        <translation>These stakeholders belong to {names}, which is in the trash too. Restore the account as well? Without it they would stay hidden.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="269" />
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="321" />
        <source>Delete permanently?</source>
        <translation>Delete permanently?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="271" />
        <source>Delete {n} items permanently? Their contact records, promises, stakeholders and other history are deleted with them. This cannot be undone except from the backup.</source>
        <translation>Delete {n} items permanently? Their contact records, promises, stakeholders and other history are deleted with them. This cannot be undone except from the backup.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="289" />
        <source>Deleted {n} items permanently.</source>
        <translation>Deleted {n} items permanently.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="294" />
        <source>{name}: {calls} co-visit calls, {plans} planned contacts</source>
        <translation>{name}: {calls} co-visit calls, {plans} planned contacts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="301" />
        <source>Cannot delete permanently</source>
        <translation>Cannot delete permanently</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="303" />
        <source>Co-visit reports or visit plans refer to these, so they stay in the trash to keep those reports complete:

{lines}</source>
        <translation>Co-visit reports or visit plans refer to these, so they stay in the trash to keep those reports complete:

{lines}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="311" />
        <source>Empty trash</source>
        <translation>Empty trash</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="312" />
        <source>Delete permanently what has been in the trash for more than this many days:</source>
        <translation>Delete permanently what has been in the trash for more than this many days:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="323" />
        <source>Everything in the trash for more than {days} days will be deleted permanently, with its history. This cannot be undone except from the backup.</source>
        <translation>Everything in the trash for more than {days} days will be deleted permanently, with its history. This cannot be undone except from the backup.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="337" />
        <source>Deleted {accounts} accounts and {people} stakeholders permanently.</source>
        <translation>Deleted {accounts} accounts and {people} stakeholders permanently.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="342" />
        <source>{n} items stay because co-visit reports or plans refer to them.</source>
        <translation>{n} items stay because co-visit reports or plans refer to them.</translation>
    </message>
</context>
</TS>