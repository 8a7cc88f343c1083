<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="91" />
        <source>Keep the other one instead</source>
        <translation>改为保留另一个</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="95" />
        <source>Swap which entry is kept and which goes to the trash</source>
        <translation>互换保留的一方和移入回收站的一方</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="123" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="164" />
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="172" />
        <source>Goes to the trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="201" />
        <source>Fields that differ: choose the value to keep</source>
        <translation>不同的字段：请选择要保留的值</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="207" />
        <source>Fields that are the same</source>
        <translation>相同的字段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="259" />
        <source>Already present on the kept side, so combined rather than doubled: {parts}.</source>
        <translation>保留方已有相同的内容，将合并而不重复：{parts}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="272" />
        <source>{remove} will be merged into {keep}; {parts} move to it and {remove} goes to the trash. This cannot be undone except from the backup.</source>
        <translation>{remove} 将合并到 {keep}：{parts}将转到 {keep}，{remove} 移入回收站。此操作只能通过备份恢复。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="278" />
        <source>{remove} will be merged into {keep} and goes to the trash. This cannot be undone except from the backup.</source>
        <translation>{remove} 将合并到 {keep} 并移入回收站。此操作只能通过备份恢复。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="324" />
        <source>Merge duplicate accounts</source>
        <translation>合并重复客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="325" />
        <source>One customer card is kept. Its stakeholders, contact records, promises, plans, co-visits and history are joined by everything from the other card, which then goes to the trash.</source>
        <translation>只保留一张客户资料卡。另一张卡上的联系人、联系记录、承诺、计划、协访和历史资料全部并入保留的卡，另一张卡随后移入回收站。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="355" />
        <source>Merge duplicate stakeholders</source>
        <translation>合并重复联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="356" />
        <source>One entry for this person is kept, in its own account. Contact records and co-visit calls they took part in, promises, buying roles and the personal profile are combined; the other entry goes to the trash.</source>
        <translation>保留此人的一条资料（仍在原客户下）。其参与的联系记录和协访、承诺、采购角色以及个人档案将合并，另一条资料移入回收站。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_dialog.py" line="369" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="25" />
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="83" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="26" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="28" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="31" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="48" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="49" />
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="76" />
        <source>Buying stage</source>
        <translation>采购阶段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="77" />
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="103" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="84" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="85" />
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="86" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="87" />
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="88" />
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="91" />
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="93" />
        <source>Key-customer level</source>
        <translation>关键客户等级</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="96" />
        <source>Adoption stage</source>
        <translation>采纳阶段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="111" />
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="189" />
        <source>1 contact record</source>
        <translation>1 条联系记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="113" />
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="191" />
        <source>{n} contact records</source>
        <translation>{n} 条联系记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="117" />
        <source>1 promise</source>
        <translation>1 项承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="119" />
        <source>{n} promises</source>
        <translation>{n} 项承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="123" />
        <source>1 stakeholder</source>
        <translation>1 位联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="125" />
        <source>{n} stakeholders</source>
        <translation>{n} 位联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="129" />
        <source>1 planned contact</source>
        <translation>1 次计划拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="131" />
        <source>{n} planned contacts</source>
        <translation>{n} 次计划拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="135" />
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="195" />
        <source>1 co-visit call</source>
        <translation>1 次协访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="137" />
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="197" />
        <source>{n} co-visit calls</source>
        <translation>{n} 次协访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="141" />
        <source>1 attachment</source>
        <translation>1 个附件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="143" />
        <source>{n} attachments</source>
        <translation>{n} 个附件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="147" />
        <source>1 price change</source>
        <translation>1 条价格变动</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="149" />
        <source>{n} price changes</source>
        <translation>{n} 条价格变动</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="153" />
        <source>1 complaint</source>
        <translation>1 条投诉</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="155" />
        <source>{n} complaints</source>
        <translation>{n} 条投诉</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="159" />
        <source>1 buying project</source>
        <translation>1 个采购项目</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="161" />
        <source>{n} buying projects</source>
        <translation>{n} 个采购项目</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="165" />
        <source>1 key-account plan</source>
        <translation>1 份大客户发展计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="167" />
        <source>{n} key-account plans</source>
        <translation>{n} 份大客户发展计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="171" />
        <source>1 account change</source>
        <translation>1 条调动记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="173" />
        <source>{n} account changes</source>
        <translation>{n} 条调动记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="177" />
        <source>1 period contribution</source>
        <translation>1 条期间贡献</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="179" />
        <source>{n} period contributions</source>
        <translation>{n} 条期间贡献</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="183" />
        <source>1 relationship grading</source>
        <translation>1 次关系评级</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="185" />
        <source>{n} relationship gradings</source>
        <translation>{n} 次关系评级</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="201" />
        <source>1 buying role</source>
        <translation>1 个采购角色</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="203" />
        <source>{n} buying roles</source>
        <translation>{n} 个采购角色</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="205" />
        <source>{n} rows of {table}</source>
        <translation>{table} 中的 {n} 行</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="216" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/merge_fields.py" line="218" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="61" />
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="126" />
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="65" />
        <source>Search the trash</source>
        <translation>搜索回收站</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="66" />
        <source>Search by name, account or city</source>
        <translation>按名称、客户或城市搜索</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="69" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="70" />
        <source>Accounts and stakeholders</source>
        <translation>客户和联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="71" />
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="72" />
        <source>Stakeholders</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="76" />
        <source>Items in the trash</source>
        <translation>回收站中的项目</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="80" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="81" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="82" />
        <source>Account / city</source>
        <translation>客户 / 城市</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="83" />
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="84" />
        <source>Deleted by</source>
        <translation>删除人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="85" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="97" />
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="175" />
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="103" />
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="105" />
        <source>&amp;Delete permanently…</source>
        <translation>永久删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="107" />
        <source>&amp;Empty trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="109" />
        <source>Delete permanently what has been in the trash longer than a number of days</source>
        <translation>永久删除在回收站中超过指定天数的项目</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="113" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="130" />
        <source>Items stay here until you restore them or delete them permanently. The stakeholders, records and co-visits of a trashed account are hidden with it and come back with it.</source>
        <translation>项目会一直保留在这里，直到您恢复或永久删除。移入回收站的客户，其联系人、联系记录和协访会一起隐藏，恢复时一起恢复。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="158" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="158" />
        <source>Stakeholder</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="173" />
        <source>Nothing in the trash matches.</source>
        <translation>回收站中没有匹配的项目。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="193" />
        <source>Merged into {name}</source>
        <translation>已合并到 {name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="195" />
        <source>1 stakeholder hidden with it</source>
        <translation>1 位联系人随之隐藏</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="198" />
        <source>{n} stakeholders hidden with it</source>
        <translation>{n} 位联系人随之隐藏</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="201" />
        <source>Account is in the trash too</source>
        <translation>所属客户也在回收站中</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="238" />
        <source>Restored {n} items.</source>
        <translation>已恢复 {n} 项。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="245" />
        <source>Restore the account too?</source>
        <translation>同时恢复客户？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="247" />
        <source>These stakeholders belong to {names}, which is in the trash too. Restore the account as well? Without it they would stay hidden.</source>
        <translation>这些联系人属于 {names}，该客户也在回收站中。是否同时恢复该客户？否则这些联系人仍会被隐藏。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="269" />
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="321" />
        <source>Delete permanently?</source>
        <translation>永久删除？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="271" />
        <source>Delete {n} items permanently? Their contact records, promises, stakeholders and other history are deleted with them. This cannot be undone except from the backup.</source>
        <translation>永久删除 {n} 项？其联系记录、承诺、联系人和其他历史资料将一并删除。此操作只能通过备份恢复。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="289" />
        <source>Deleted {n} items permanently.</source>
        <translation>已永久删除 {n} 项。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="294" />
        <source>{name}: {calls} co-visit calls, {plans} planned contacts</source>
        <translation>{name}：{calls} 次协访，{plans} 次计划拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="301" />
        <source>Cannot delete permanently</source>
        <translation>无法永久删除</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="303" />
        <source>Co-visit reports or visit plans refer to these, so they stay in the trash to keep those reports complete:

{lines}</source>
        <translation>协访报告或拜访计划引用了以下项目，为保持这些报告完整，它们将保留在回收站中：

{lines}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="311" />
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="312" />
        <source>Delete permanently what has been in the trash for more than this many days:</source>
        <translation>永久删除在回收站中超过以下天数的项目：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="323" />
        <source>Everything in the trash for more than {days} days will be deleted permanently, with its history. This cannot be undone except from the backup.</source>
        <translation>在回收站中超过 {days} 天的所有项目及其历史资料将被永久删除。此操作只能通过备份恢复。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="337" />
        <source>Deleted {accounts} accounts and {people} stakeholders permanently.</source>
        <translation>已永久删除 {accounts} 个客户和 {people} 位联系人。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/trash_dialog.py" line="342" />
        <source>{n} items stay because co-visit reports or plans refer to them.</source>
        <translation>{n} 项因被协访报告或计划引用而保留。</translation>
    </message>
</context>
</TS>