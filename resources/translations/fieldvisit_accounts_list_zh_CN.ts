<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountList</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="64" />
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="65" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="66" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="67" />
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="68" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="69" />
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="70" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="71" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="72" />
        <source>Owner</source>
        <translation>负责代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="73" />
        <source>Stakeholders</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="74" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="75" />
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="76" />
        <source>Overdue for tier</source>
        <translation>超期未访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="83" />
        <source>Call and visit</source>
        <translation>电话和拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="85" />
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="87" />
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="175" />
        <source>Key account with a single stakeholder</source>
        <translation>大客户只有一位联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="246" />
        <source>Key account worked through one person only: get to know more of its stakeholders.</source>
        <translation>大客户只通过一位联系人维系：请多结识该客户的其他利害关系人。</translation>
    </message>
</context>
<context>
    <name>AccountListView</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="66" />
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="161" />
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="69" />
        <source>New account…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="74" />
        <source>Search accounts</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="76" />
        <source>Search name, pinyin, initials, phone, address or stakeholder</source>
        <translation>搜索名称、拼音、首字母、电话、地址或联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="81" />
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="92" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="94" />
        <source>Loading accounts…</source>
        <translation>正在读取客户…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="219" />
        <source>No accounts match</source>
        <translation>没有符合条件的客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="222" />
        <source>Check the spelling, type fewer letters, or clear the search and filters.</source>
        <translation>请检查拼写、少输入几个字，或清除搜索和筛选条件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="225" />
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="249" />
        <source>Reading contacts…</source>
        <translation>正在读取联系记录…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="267" />
        <source>1 account</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="269" />
        <source>{count} accounts</source>
        <translation>{count} 个客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="271" />
        <source>{shown} of {total} accounts</source>
        <translation>{shown} / {total} 个客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="318" />
        <source>The accounts could not be read: {}</source>
        <translation>无法读取客户：{}</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../fieldvisit/ui/pages/accounts.py" line="56" />
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/accounts.py" line="162" />
        <source>Preparing search: {done} of {total} cards and contacts…</source>
        <translation>正在准备搜索：{done} / {total} 张客户卡和联系人…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/accounts.py" line="178" />
        <source>Search by pinyin is not ready: {}</source>
        <translation>拼音搜索暂不可用：{}</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="68" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="72" />
        <source>{count} chosen</source>
        <translation>已选 {count} 项</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="73" />
        <source>{caption}: {value}</source>
        <translation>{caption}：{value}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="88" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="90" />
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="92" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="94" />
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="96" />
        <source>Owner</source>
        <translation>负责代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="97" />
        <source>Overdue for its tier</source>
        <translation>按级别超期未访</translation>
    </message>
</context>
</TS>