<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountList</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="64" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="65" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="66" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="67" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="68" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="69" />
        <source>Key account</source>
        <translation>Key account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="70" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="71" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="72" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="73" />
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="74" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="75" />
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="76" />
        <source>Overdue for tier</source>
        <translation>Overdue for tier</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="83" />
        <source>Call and visit</source>
        <translation>Call and visit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="85" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="87" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="175" />
        <source>Key account with a single stakeholder</source>
        <translation>Key account with a single stakeholder</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="246" />
        <source>Key account worked through one person only: get to know more of its stakeholders.</source>
        <translation>Key account worked through one person only: get to know more of its stakeholders.</translation>
    </message>
</context>
<context>
    <name>AccountListView</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="66" />
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="161" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="69" />
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="74" />
        <source>Search accounts</source>
        <translation>Search accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="76" />
        <source>Search name, pinyin, initials, phone, address or stakeholder</source>
        <translation>Search name, pinyin, initials, phone, address or stakeholder</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="81" />
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="92" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="94" />
        <source>Loading accounts…</source>
        <translation>Loading accounts…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="219" />
        <source>No accounts match</source>
        <translation>No accounts match</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="222" />
        <source>Check the spelling, type fewer letters, or clear the search and filters.</source>
        <translation>Check the spelling, type fewer letters, or clear the search and filters.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="225" />
        <source>Clear search and filters</source>
        <translation>Clear search and filters</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="249" />
        <source>Reading contacts…</source>
        <translation>Reading contacts…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="267" />
        <source>1 account</source>
        <translation>1 account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="269" />
        <source>{count} accounts</source>
        <translation>{count} accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="271" />
        <source>{shown} of {total} accounts</source>
        <translation>{shown} of {total} accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="318" />
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
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="68" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="72" />
        <source>{count} chosen</source>
        <translation>{count} chosen</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="73" />
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="88" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="90" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="92" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="94" />
        <source>Key account</source>
        <translation>Key account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="96" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="97" />
        <source>Overdue for its tier</source>
        <translation>Overdue for its tier</translation>
    </message>
</context>
</TS>