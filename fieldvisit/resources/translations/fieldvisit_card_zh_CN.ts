<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentsWidget</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="48" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="48" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="48" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="48" />
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="49" />
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="57" />
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="58" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="59" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="63" />
        <source>Save the card first, then attach files to it.</source>
        <translation>请先保存资料卡，再添加附件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="72" />
        <source>Supply agreements, photos of the shelf, price lists… kept inside the database, so backups include them. Up to 25 MB per file.</source>
        <translation>供货协议、货架照片、价格表等保存在数据库中，备份时一并保存。每个文件最大 25 MB。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="117" />
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="129" />
        <source>Cannot attach the file</source>
        <translation>无法添加附件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="130" />
        <source>{} cannot be read: {}</source>
        <translation>无法读取 {}：{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="136" />
        <source>File too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="138" />
        <source>{} is {}; a file can be at most 25 MB. Attach a smaller copy, e.g. a compressed PDF or a smaller photo.</source>
        <translation>{} 大小为 {}；单个文件最大 25 MB。请添加较小的副本，例如压缩后的 PDF 或较小的照片。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="165" />
        <source>No program to open the file</source>
        <translation>没有可打开此文件的程序</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="166" />
        <source>The file was saved as {}; open it from there.</source>
        <translation>文件已保存为 {}，请从该位置打开。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="176" />
        <source>Remove attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/attachments_widget.py" line="177" />
        <source>Move {} to the trash?</source>
        <translation>将 {} 移入回收站？</translation>
    </message>
</context>
<context>
    <name>BasicsTab</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_basics.py" line="139" />
        <source>More details</source>
        <translation>更多信息</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_basics.py" line="143" />
        <source>Fields marked * are required.</source>
        <translation>带 * 的为必填项。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_basics.py" line="184" />
        <source>Possible duplicate: {} — click to open</source>
        <translation>可能重复：{} — 点击打开</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_fields.py" line="86" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_fields.py" line="87" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CardConflictDialog</name>
    <message>
        <source>Changed meanwhile by someone else</source>
        <translation>他人已在此期间修改</translation>
    </message>
    <message>
        <source>Since you opened this card, someone else saved other values in the fields below (an import or another window). Choose which value to keep for each; everything else you changed is saved as well.</source>
        <translation>自您打开此资料卡以来，他人（导入或另一个窗口）已在以下字段保存了其他值。请为每个字段选择保留哪个值；您修改的其他内容也会一并保存。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>他人保存的值</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>Save with these values</source>
        <translation>按所选的值保存</translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="146" />
        <source>Customer card</source>
        <translation>客户资料卡</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="149" />
        <source>&amp;Basics</source>
        <translation>基本信息(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="150" />
        <source>&amp;Relationship and classification</source>
        <translation>业务关系与分级(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="151" />
        <source>Credit and &amp;commercial</source>
        <translation>资信与商务(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="152" />
        <source>&amp;Grading, prices, contribution</source>
        <translation>评级、价格与贡献(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="153" />
        <source>Complaints, &amp;projects, plans</source>
        <translation>投诉、项目与计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="156" />
        <source>S&amp;takeholders</source>
        <translation>联系人(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="157" />
        <source>&amp;Attachments</source>
        <translation>附件(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="169" />
        <source>Print card…</source>
        <translation>打印资料卡…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="170" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="171" />
        <source>Save and c&amp;lose</source>
        <translation>保存并关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="172" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="314" />
        <source>Saved at {}</source>
        <translation>已于 {} 保存</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="341" />
        <source>Check the fields marked in red ({}): {}</source>
        <translation>请检查标红的字段（{}）：{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="394" />
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="418" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="395" />
        <source>Restore unsaved changes from {}?</source>
        <translation>是否恢复 {} 未保存的修改？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="419" />
        <source>Save the changes to {}?</source>
        <translation>是否保存对 {} 的修改？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="419" />
        <source>this card</source>
        <translation>此资料卡</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="467" />
        <source>New account</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="469" />
        <source>Customer card — {}</source>
        <translation>客户资料卡 — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="499" />
        <source>Cannot open the account</source>
        <translation>无法打开该客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="513" />
        <source>Print card</source>
        <translation>打印资料卡</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="514" />
        <source>The printout shows the saved card. Save your changes first?</source>
        <translation>打印的是已保存的资料卡。是否先保存修改？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_editor.py" line="542" />
        <source>Timeline</source>
        <translation>往来时间线</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Trying again…</source>
        <translation>未保存：{reason}。正在重试…</translation>
    </message>
    <message>
        <source>Saved as a draft at {}</source>
        <translation>已于 {} 保存为草稿</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <source>Not saved: changed meanwhile by someone else</source>
        <translation>未保存：他人已在此期间修改</translation>
    </message>
    <message>
        <source>{table}, row {row}: {column}</source>
        <translation>{table}，第 {row} 行：{column}</translation>
    </message>
</context>
<context>
    <name>CreditTab</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_credit.py" line="19" />
        <source>Credit (5C)</source>
        <translation>资信 (5C)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_credit.py" line="43" />
        <source>Grade each C from A (strong) to D (weak); the credit limit (铺底额度) is what the account may owe at most.</source>
        <translation>每个 C 按 A（强）到 D（弱）评级；铺底额度是该客户最多可欠款的金额。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_credit.py" line="53" />
        <source>Commercial</source>
        <translation>商务信息</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_credit.py" line="78" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="122" />
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="146" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="123" />
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="147" />
        <source>Starting</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="124" />
        <source>Familiarity</source>
        <translation>熟悉度</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="125" />
        <source>Closeness</source>
        <translation>密切度</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="126" />
        <source>Sales support</source>
        <translation>销售支持度</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="127" />
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="128" />
        <source>Receivables</source>
        <translation>账款应收度</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="129" />
        <source>Integrated class</source>
        <translation>综合等级</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="131" />
        <source>Relationship grading</source>
        <translation>客情评级</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="136" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="137" />
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="138" />
        <source>Retail price (yuan)</source>
        <translation>零售价（元）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="139" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="141" />
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="169" />
        <source>Retail price changes</source>
        <translation>零售价格变动</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="148" />
        <source>Volume (units)</source>
        <translation>销量（件）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="149" />
        <source>Revenue (yuan)</source>
        <translation>销售额（元）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="150" />
        <source>Collections (yuan)</source>
        <translation>回款（元）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="151" />
        <source>Receivables (yuan)</source>
        <translation>应收账款（元）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="153" />
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="176" />
        <source>Contribution per period</source>
        <translation>分期贡献</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="157" />
        <source>Relationship grading per quarter / year</source>
        <translation>季度/年度客情评级</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="159" />
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="178" />
        <source>Add period</source>
        <translation>添加期间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="163" />
        <source>Score each dimension 1 (low) to 5 (high); complaints and receivables: 5 = hardly any. The integrated class of a year weighs results, relationship and credit.</source>
        <translation>每个维度按 1（低）到 5（高）打分；投诉和账款：5 = 几乎没有。年度综合等级综合考虑业绩、客情与资信。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="171" />
        <source>Add price</source>
        <translation>添加价格</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="215" />
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="216" />
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="217" />
        <source>How it was handled</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="218" />
        <source>Resolved</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="220" />
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="225" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="226" />
        <source>Buying stage</source>
        <translation>采购阶段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="227" />
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="228" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="230" />
        <source>Buying projects</source>
        <translation>采购项目</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="235" />
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="236" />
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="237" />
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="238" />
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="239" />
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="240" />
        <source>Communication strategy</source>
        <translation>沟通策略</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="241" />
        <source>Review and adjustment</source>
        <translation>回顾与调整</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="243" />
        <source>Key-account plans</source>
        <translation>大客户发展计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="248" />
        <source>Complaints and handling</source>
        <translation>投诉及处理</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="250" />
        <source>Add complaint</source>
        <translation>添加投诉</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="255" />
        <source>Buying projects and stage</source>
        <translation>采购项目与阶段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="257" />
        <source>Add project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="260" />
        <source>Early stages: the customer cares about needs; late stages: about price.</source>
        <translation>早期阶段客户关注需求，后期阶段关注价格。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="263" />
        <source>Key-account plans (大客户发展计划书)</source>
        <translation>大客户发展计划书</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="265" />
        <source>Add plan</source>
        <translation>添加计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="272" />
        <source>Diagnose → forecast → goal → strategy → action → control → feedback. Adjust the plan when the customer's organisation changes.</source>
        <translation>诊断 → 预测 → 目标 → 策略 → 行动 → 控制 → 反馈。客户组织发生变化时要及时调整计划。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="276" />
        <source>Move to another account</source>
        <translation>调往其他客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="281" />
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="303" />
        <source>New account</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="289" />
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="304" />
        <source>Moved on</source>
        <translation>调动日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="298" />
        <source>{} now works at another account. The history stays with them.</source>
        <translation>{} 已调往其他客户，历史记录随其保留。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="1" />
        <source>Choose the account from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_people_actions.py" line="24" />
        <source>Merge &amp;duplicates…</source>
        <translation>合并重复(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_people_actions.py" line="25" />
        <source>Select two entries for the same person to merge</source>
        <translation>选中同一个人的两条记录进行合并</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_people_actions.py" line="26" />
        <source>Import v&amp;Card…</source>
        <translation>导入名片(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_people_actions.py" line="27" />
        <source>Add people from a phone's contacts file (.vcf)</source>
        <translation>从手机通讯录文件（.vcf）添加联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_people_actions.py" line="28" />
        <source>E&amp;xport vCard…</source>
        <translation>导出名片(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_people_actions.py" line="30" />
        <source>Save this account's people as a .vcf file for a phone (no personal profile)</source>
        <translation>将本客户的联系人保存为手机可导入的 .vcf 文件（不含个人档案）</translation>
    </message>
</context>
<context>
    <name>PrintCardDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_print.py" line="26" />
        <source>Print customer card — {}</source>
        <translation>打印客户资料卡 — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_print.py" line="31" />
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_print.py" line="32" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_print.py" line="33" />
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_print.py" line="34" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_print.py" line="49" />
        <source>The printout shows the card as last saved, with its stakeholders and recent contacts.</source>
        <translation>打印内容为最近一次保存的资料卡，包括联系人和近期联系记录。</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_profile.py" line="43" />
        <source>Sensitive personal data — never printed unless you ask.</source>
        <translation>敏感个人信息 — 除非您要求，否则不会打印。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_profile.py" line="66" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RelationshipTab</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_relationship.py" line="19" />
        <source>Relationship</source>
        <translation>业务关系</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_relationship.py" line="32" />
        <source>Attach a copy of the signed agreement on the Attachments tab.</source>
        <translation>请在“附件”页上传已签协议的副本。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_relationship.py" line="35" />
        <source>Classification</source>
        <translation>客户分级</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_relationship.py" line="68" />
        <source>Early classification: main products, reputation, location and floor area, attitude, volume, stock. M-A-N grade: A = likely to buy soon, B = possible but needs time, C = cannot tell yet.</source>
        <translation>初期分级依据：主营产品、信誉、位置与面积、态度、销量、库存。M-A-N 等级：A = 近期可能购买，B = 有可能但需时间，C = 尚难判断。</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_tables.py" line="176" />
        <source>Saved history: add a new row for another period.</source>
        <translation>已保存的历史记录：其他期间请新增一行。</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="77" />
        <source>Edit stakeholder</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="77" />
        <source>New stakeholder</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="81" />
        <source>Stakeholder</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="82" />
        <source>Identity and role</source>
        <translation>身份与角色</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="83" />
        <source>Values and trust</source>
        <translation>价值观与信任</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="88" />
        <source>Personal profile (sensitive)</source>
        <translation>个人档案（敏感）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="92" />
        <source>Sensitive personal data — never printed unless you ask</source>
        <translation>敏感个人信息 — 除非您要求，否则不会打印</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="144" />
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="151" />
        <source>Buying roles</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="154" />
        <source>Tick every role this person plays.</source>
        <translation>勾选此人承担的所有角色。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="160" />
        <source>Key-customer level</source>
        <translation>关键客户级别</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="175" />
        <source>Values and adoption</source>
        <translation>价值观与采纳阶段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="180" />
        <source>Adoption stage</source>
        <translation>采纳阶段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="184" />
        <source>Trust check (1 = not at all, 5 = fully)</source>
        <translation>信任检查（1 = 完全没有，5 = 完全做到）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="203" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/stakeholder_editor.py" line="316" />
        <source>Possible duplicate: {}</source>
        <translation>可能重复：{}</translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="64" />
        <source>Save the card first, then add its stakeholders.</source>
        <translation>请先保存资料卡，再添加联系人。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="68" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="69" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="70" />
        <source>Department</source>
        <translation>科室/部门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="71" />
        <source>Buying roles</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="72" />
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="73" />
        <source>Key-customer level</source>
        <translation>关键客户级别</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="74" />
        <source>Adoption stage</source>
        <translation>采纳阶段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="75" />
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="76" />
        <source>Ended</source>
        <translation>离任日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="79" />
        <source>Stakeholders</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="91" />
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="92" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="93" />
        <source>End &amp;role…</source>
        <translation>结束任职(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="95" />
        <source>&amp;Move to another account…</source>
        <translation>调往其他客户(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="166" />
        <source>⚠ Key account with only {} active stakeholder: working through a single person is a fatal error of key-account management. Add the decision-maker, users and influencers you know.</source>
        <translation>⚠ 该大客户只有 {} 位在职联系人：只通过一个人开展工作是大客户管理的致命错误。请添加您了解的决策者、使用者和影响者。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="218" />
        <source>End role</source>
        <translation>结束任职</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="219" />
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="225" />
        <source>Last day</source>
        <translation>最后任职日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_stakeholders.py" line="223" />
        <source>{} no longer holds a role at this account.</source>
        <translation>{} 已不在该客户处任职。</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="58" />
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="86" />
        <source>History is kept</source>
        <translation>历史记录需保留</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/accounts/card_history.py" line="88" />
        <source>Saved gradings and price changes stay as history. Correct the values in the row, or add a row for a new period.</source>
        <translation>已保存的评级和价格变动作为历史记录保留。可修改该行数值，或为新期间添加一行。</translation>
    </message>
</context>
</TS>
