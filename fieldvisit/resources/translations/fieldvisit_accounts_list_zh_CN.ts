<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountActions</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="38" />
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="39" />
        <source>Merge two selected duplicate accounts into one</source>
        <translation>将选中的两个重复客户合并为一个</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="41" />
        <source>Move to &amp;trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="46" />
        <source>T&amp;rash…</source>
        <translation>回收站(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="48" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="50" />
        <source>Import accounts and stakeholders from .xlsx or .csv</source>
        <translation>从 .xlsx 或 .csv 导入客户及联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="52" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="53" />
        <source>Export the accounts now listed to .xlsx or .csv</source>
        <translation>将当前列表中的客户导出为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="97" />
        <source>Merge accounts</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="98" />
        <source>Select exactly two accounts (Ctrl+click) to merge them.</source>
        <translation>请选中两个客户（按住 Ctrl 单击）再合并。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/page_actions.py" line="112" />
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message numerus="yes">
            <source>Move %n account(s) to the trash? Their records, promises and co-visits are kept, and you can restore them from Trash…</source>
            <translation>
                <numerusform>将 %n 个客户移到回收站？其联系记录、承诺和协访都会保留，可在“回收站…”中恢复。</numerusform>
            </translation>
        </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="66" />
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="67" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="68" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="69" />
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="70" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="71" />
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="72" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="73" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="74" />
        <source>Owner</source>
        <translation>负责代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="75" />
        <source>Stakeholders</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="76" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="77" />
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="78" />
        <source>Overdue for tier</source>
        <translation>超期未访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="85" />
        <source>Call and visit</source>
        <translation>电话和拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="87" />
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="89" />
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="177" />
        <source>Key account with a single stakeholder</source>
        <translation>大客户只有一位联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="250" />
        <source>Key account worked through one person only: get to know more of its stakeholders.</source>
        <translation>大客户只通过一位联系人维系：请多结识该客户的其他利害关系人。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="1" />
        <source>via stakeholder {name}</source>
        <translation>联系人：{name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="1" />
        <source>via a stakeholder</source>
        <translation>联系人相符</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="1" />
        <source>via city</source>
        <translation>城市相符</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="1" />
        <source>via phone</source>
        <translation>电话相符</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="1" />
        <source>via address</source>
        <translation>地址相符</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="1" />
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_model.py" line="1" />
        <source>initials</source>
        <translation>首字母</translation>
    </message>
</context>
<context>
    <name>AccountListView</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="67" />
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="162" />
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="70" />
        <source>New account…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="75" />
        <source>Search accounts</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="77" />
        <source>Search name, pinyin, initials, phone, address or stakeholder</source>
        <translation>搜索名称、拼音、首字母、电话、地址或联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="82" />
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="93" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="95" />
        <source>Loading accounts…</source>
        <translation>正在读取客户…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="220" />
        <source>No accounts match</source>
        <translation>没有符合条件的客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="223" />
        <source>Check the spelling, type fewer letters, or clear the search and filters.</source>
        <translation>请检查拼写、少输入几个字，或清除搜索和筛选条件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="226" />
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="250" />
        <source>Reading contacts…</source>
        <translation>正在读取联系记录…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="268" />
        <source>1 account</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="270" />
        <source>{count} accounts</source>
        <translation>{count} 个客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="272" />
        <source>{shown} of {total} accounts</source>
        <translation>{shown} / {total} 个客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_view.py" line="319" />
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
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="70" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="74" />
        <source>{count} chosen</source>
        <translation>已选 {count} 项</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="75" />
        <source>{caption}: {value}</source>
        <translation>{caption}：{value}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="91" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="93" />
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="95" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="97" />
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="99" />
        <source>Owner</source>
        <translation>负责代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/list_filters.py" line="100" />
        <source>Overdue for its tier</source>
        <translation>按级别超期未访</translation>
    </message>
    <message>
        <source>Me ({name})</source>
        <translation>我（{name}）</translation>
    </message>
</context>
<context>
    <name>AccountChooser</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>Find an account</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>Name, pinyin, initials, phone, address or stakeholder</source>
        <translation>名称、拼音、首字母、电话、地址或联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>Owner</source>
        <translation>负责代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>Reading the accounts…</source>
        <translation>正在读取客户…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>No account matches. Check the spelling or type less.</source>
        <translation>没有匹配的客户。请检查拼写或少输入几个字。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>{name} (you)</source>
        <translation>{name}（我）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>You</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/account_chooser.py" line="1" />
        <source>The accounts could not be read: {}</source>
        <translation>无法读取客户：{}</translation>
    </message>
</context>
</TS>
