<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountActions</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="38" />
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="39" />
        <source>Merge two selected duplicate accounts into one</source>
        <translation>Merge two selected duplicate accounts into one</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="41" />
        <source>Move to &amp;trash</source>
        <translation>Move to &amp;trash</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="46" />
        <source>T&amp;rash…</source>
        <translation>T&amp;rash…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="48" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="50" />
        <source>Import accounts and stakeholders from .xlsx or .csv</source>
        <translation>Import accounts and stakeholders from .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="52" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="53" />
        <source>Export the accounts now listed to .xlsx or .csv</source>
        <translation>Export the accounts now listed to .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="97" />
        <source>Merge accounts</source>
        <translation>Merge accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="98" />
        <source>Select exactly two accounts (Ctrl+click) to merge them.</source>
        <translation>Select exactly two accounts (Ctrl+click) to merge them.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="112" />
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message numerus="yes">
            <source>Move %n account(s) to the trash? Their records, promises and co-visits are kept, and you can restore them from Trash…</source>
            <translation>
                <numerusform>Move %n account to the trash? Their records, promises and co-visits are kept, and you can restore them from Trash…</numerusform>
                <numerusform>Move %n accounts to the trash? Their records, promises and co-visits are kept, and you can restore them from Trash…</numerusform>
            </translation>
        </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="66" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="67" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="68" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="69" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="70" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="71" />
        <source>Key account</source>
        <translation>Key account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="72" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="73" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="74" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="75" />
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="76" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="77" />
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="78" />
        <source>Overdue for tier</source>
        <translation>Overdue for tier</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="85" />
        <source>Call and visit</source>
        <translation>Call and visit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="87" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="89" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="177" />
        <source>Key account with a single stakeholder</source>
        <translation>Key account with a single stakeholder</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="250" />
        <source>Key account worked through one person only: get to know more of its stakeholders.</source>
        <translation>Key account worked through one person only: get to know more of its stakeholders.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="1" />
        <source>via stakeholder {name}</source>
        <translation>via stakeholder {name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="1" />
        <source>via a stakeholder</source>
        <translation>via a stakeholder</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="1" />
        <source>via city</source>
        <translation>via city</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="1" />
        <source>via phone</source>
        <translation>via phone</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="1" />
        <source>via address</source>
        <translation>via address</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="1" />
        <source>pinyin</source>
        <translation>pinyin</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="1" />
        <source>initials</source>
        <translation>initials</translation>
    </message>
</context>
<context>
    <name>AccountListView</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="67" />
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="162" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="70" />
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="75" />
        <source>Search accounts</source>
        <translation>Search accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="77" />
        <source>Search name, pinyin, initials, phone, address or stakeholder</source>
        <translation>Search name, pinyin, initials, phone, address or stakeholder</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="82" />
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="93" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="95" />
        <source>Loading accounts…</source>
        <translation>Loading accounts…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="220" />
        <source>No accounts match</source>
        <translation>No accounts match</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="223" />
        <source>Check the spelling, type fewer letters, or clear the search and filters.</source>
        <translation>Check the spelling, type fewer letters, or clear the search and filters.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="226" />
        <source>Clear search and filters</source>
        <translation>Clear search and filters</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="250" />
        <source>Reading contacts…</source>
        <translation>Reading contacts…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="268" />
        <source>1 account</source>
        <translation>1 account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="270" />
        <source>{count} accounts</source>
        <translation>{count} accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="272" />
        <source>{shown} of {total} accounts</source>
        <translation>{shown} of {total} accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="319" />
        <source>The accounts could not be read: {}</source>
        <translation>The accounts could not be read: {}</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../fieldvisit/ui/pages/accounts.py" line="56" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/accounts.py" line="162" />
        <source>Preparing search: {done} of {total} cards and contacts…</source>
        <translation>Preparing search: {done} of {total} cards and contacts…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/accounts.py" line="178" />
        <source>Search by pinyin is not ready: {}</source>
        <translation>Search by pinyin is not ready: {}</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="70" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="74" />
        <source>{count} chosen</source>
        <translation>{count} chosen</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="75" />
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="91" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="93" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="95" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="97" />
        <source>Key account</source>
        <translation>Key account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="99" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="100" />
        <source>Overdue for its tier</source>
        <translation>Overdue for its tier</translation>
    </message>
    <message>
        <source>Me ({name})</source>
        <translation>Me ({name})</translation>
    </message>
</context>
<context>
    <name>AccountChooser</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>Find an account</source>
        <translation>Find an account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>Name, pinyin, initials, phone, address or stakeholder</source>
        <translation>Name, pinyin, initials, phone, address or stakeholder</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>Reading the accounts…</source>
        <translation>Reading the accounts…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>No account matches. Check the spelling or type less.</source>
        <translation>No account matches. Check the spelling or type less.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>{name} (you)</source>
        <translation>{name} (you)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>The accounts could not be read: {}</source>
        <translation>The accounts could not be read: {}</translation>
    </message>
</context>
</TS>
