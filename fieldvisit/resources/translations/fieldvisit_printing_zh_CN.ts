<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="255"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="255"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="255"/>
        <source>Owner</source>
        <translation>负责代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="258"/>
        <source>Search accounts</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="265"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="1" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="1" />
        <source>No account matches that.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="1" />
        <source>Name, pinyin, initials, phone or address</source>
        <translation>名称、拼音、首字母、电话或地址</translation>
    </message>
</context>
<context>
    <name>BatchExporter</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="117"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="119"/>
        <source>Export PDFs</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="147"/>
        <source>Stopping after the current file…</source>
        <translation>写完当前文件后停止…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="162"/>
        <source>{what}
{number} of {total}: {name}</source>
        <translation>{what}
第 {number} / {total} 个：{name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="193"/>
        <source>Export cancelled: {written} of {total} files were written.</source>
        <translation>导出已取消：共 {total} 个文件，已写入 {written} 个。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="195"/>
        <source>{written} of {total} files were written; some could not be.</source>
        <translation>共 {total} 个文件，已写入 {written} 个；部分文件无法写入。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="197"/>
        <source>All {total} files were written.</source>
        <translation>全部 {total} 个文件均已写入。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="199"/>
        <source>Folder: {folder}</source>
        <translation>文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="204"/>
        <source>… and {count} more (see details).</source>
        <translation>……另有 {count} 个（见详细信息）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/batch.py" line="207"/>
        <source>Not written:</source>
        <translation>未写入：</translation>
    </message>
</context>
<context>
    <name>CoVisitPicker</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="174"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="175"/>
        <source>Rep</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="176"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="177"/>
        <source>Calls</source>
        <translation>拜访类型</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="178"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="181"/>
        <source>No co-visits began in this month.</source>
        <translation>本月没有开始的协同拜访。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="182"/>
        <source>Month of the co-visits</source>
        <translation>协同拜访所在月份</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="184"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="202"/>
        <source>Signed off</source>
        <translation>已签字</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="204"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="207"/>
        <source>{status} · late</source>
        <translation>{status} · 逾期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="214"/>
        <source>The report was finished after the last co-visit day.</source>
        <translation>报告在协同拜访最后一天之后才完成。</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="39"/>
        <source>Co-visit handout</source>
        <translation>协同拜访报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="40"/>
        <source>The co-visit report to hand to the rep: calls, feedback, ratings, action plan.</source>
        <translation>交给代表的协同拜访报告：拜访、反馈、评分和行动计划。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="47"/>
        <source>Contact record</source>
        <translation>客户联系记录卡</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="48"/>
        <source>One contact with an account: objectives, content, lessons and promises.</source>
        <translation>与客户的一次联系：目标、内容、经验教训和约定。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="55"/>
        <source>Customer card</source>
        <translation>客户资料卡</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="56"/>
        <source>Everything known about an account, its stakeholders and recent contacts.</source>
        <translation>客户的全部资料，及其联系人和近期联系情况。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="63"/>
        <source>Monthly visit plan</source>
        <translation>月度拜访计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="64"/>
        <source>A rep&apos;s calendar for a month, with planned against done for each account.</source>
        <translation>代表一个月的日程，逐个客户对照计划与完成情况。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="71"/>
        <source>Customer management summary</source>
        <translation>客户管理总结报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="72"/>
        <source>A rep&apos;s weekly, monthly or yearly report: plans done, in progress and new.</source>
        <translation>代表的周、月或年度报告：已完成、进行中和新的计划。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="79"/>
        <source>Team co-visit summary</source>
        <translation>团队协访总结</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="80"/>
        <source>A manager&apos;s month: co-visits with each rep, ratings and open actions.</source>
        <translation>经理的一个月：与每位代表的协同拜访、评分和未完成的行动项。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="89"/>
        <source>Joint call</source>
        <translation>共同拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="90"/>
        <source>Demonstration call</source>
        <translation>示范拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="91"/>
        <source>Coaching call</source>
        <translation>指导式拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="97"/>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="98"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="99"/>
        <source>WeChat / IM</source>
        <translation>微信 / 即时通讯</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="100"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="101"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="102"/>
        <source>Exhibition</source>
        <translation>展会</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="103"/>
        <source>Technical exchange</source>
        <translation>技术交流</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="106"/>
        <source>Samples / test</source>
        <translation>样品 / 试用</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="107"/>
        <source>Business activity</source>
        <translation>商务活动</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="110"/>
        <source>Site visit</source>
        <translation>参观考察</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="116"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="117"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="118"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="119"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="125"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/documents.py" line="126"/>
        <source>US Letter</source>
        <translation>美国信纸 (Letter)</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="49"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="50"/>
        <source>&amp;Manager:</source>
        <translation>经理(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="53"/>
        <source>Rep</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="54"/>
        <source>&amp;Rep:</source>
        <translation>代表(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="58"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="63"/>
        <source>Any day in the period</source>
        <translation>周期内的任意一天</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="67"/>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="68"/>
        <source>&amp;Day in the period:</source>
        <translation>周期内的日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="71"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="72"/>
        <source>M&amp;onth:</source>
        <translation>月份(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="74"/>
        <source>There are no managers in the team yet.</source>
        <translation>团队中还没有经理。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/people.py" line="76"/>
        <source>There are no reps in the team yet.</source>
        <translation>团队中还没有代表。</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="48"/>
        <source>Print preview — {title}</source>
        <translation>打印预览 — {title}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="75"/>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="77"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="79"/>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="81"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="83"/>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="84"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="93"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="94"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="119"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="128"/>
        <source>Preparing the document</source>
        <translation>正在准备文档</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="134"/>
        <source>Preparing the document…</source>
        <translation>正在准备文档…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="168"/>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="193"/>
        <source>Pages: {count}</source>
        <translation>共 {count} 页</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="205"/>
        <source>The document could not be prepared.</source>
        <translation>无法生成该文档。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/preview.py" line="217"/>
        <source>Page {number}</source>
        <translation>第 {number} 页</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="34"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="36"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="52"/>
        <source>“{file}” could not be saved.</source>
        <translation>无法保存“{file}”。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="55"/>
        <source>{reason}

Folder: {folder}</source>
        <translation>{reason}

文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="69"/>
        <source>The operating system reported an error</source>
        <translation>操作系统报告了错误</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="72"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="83"/>
        <source>The document could not be prepared.</source>
        <translation>无法生成该文档。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/output.py" line="94"/>
        <source>Printed reports</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/printer.py" line="118"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/printer.py" line="119"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/printer.py" line="125"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/printer.py" line="135"/>
        <source>Printing page {done} of {total}…</source>
        <translation>正在打印第 {done} / {total} 页…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/printer.py" line="149"/>
        <source>The printer “{name}” could not be used.</source>
        <translation>无法使用打印机“{name}”。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/printer.py" line="152"/>
        <source>Check that it is switched on and connected, then try again.</source>
        <translation>请检查打印机已开机并已连接，然后重试。</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="221"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="221"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="221"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="221"/>
        <source>Written by</source>
        <translation>填写人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="223"/>
        <source>No contact records match.</source>
        <translation>没有符合条件的联系记录。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="224"/>
        <source>Month of the contact records</source>
        <translation>联系记录所在月份</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="227"/>
        <source>Filter contact records</source>
        <translation>筛选联系记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="227"/>
        <source>Account, author or place</source>
        <translation>客户、填写人或地点</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="234"/>
        <source>M&amp;onth:</source>
        <translation>月份(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="235"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="20"/>
        <source>Language of the document</source>
        <translation>文档语言</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="21"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="22"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="24"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="32"/>
        <source>Include personal &amp;profiles</source>
        <translation>包含个人资料(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="36"/>
        <source>Birthdays, family, hobbies and the like of each stakeholder.</source>
        <translation>每位联系人的生日、家庭、爱好等信息。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="40"/>
        <source>Personal profiles are sensitive personal data: print them only when needed and keep the paper safe.</source>
        <translation>个人资料属于敏感个人信息：仅在必要时打印，并妥善保管纸质文件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="55"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/printing/options.py" line="56"/>
        <source>P&amp;aper:</source>
        <translation>纸张(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="47"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="49"/>
        <source>Print any document, preview it first or save it as a PDF: co-visit handouts, contact records, customer cards, visit plans and summaries.</source>
        <translation>打印任意文档，可先预览，也可另存为 PDF：协同拜访报告、联系记录、客户资料卡、拜访计划和总结报告。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="83"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="108"/>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="113"/>
        <source>&amp;Export month…</source>
        <translation>导出整月(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="110"/>
        <source>Export every co-visit handout of the month</source>
        <translation>导出本月的全部协同拜访报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="115"/>
        <source>Export every contact record of the month</source>
        <translation>导出本月的全部联系记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="120"/>
        <source>Save a PDF of each co-visit of this month into a folder.</source>
        <translation>将本月每次协同拜访的报告分别保存为 PDF，存入一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="122"/>
        <source>Save a PDF of each contact record listed into a folder.</source>
        <translation>将列表中的每条联系记录分别保存为 PDF，存入一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="135"/>
        <source>Preparing the document</source>
        <translation>正在准备文档</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="141"/>
        <source>Preparing the document…</source>
        <translation>正在准备文档…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="147"/>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="148"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="149"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="306"/>
        <source>Folder for the co-visit handouts</source>
        <translation>选择存放协同拜访报告的文件夹</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="307"/>
        <source>Exporting the co-visit handouts of {month:%Y-%m}…</source>
        <translation>正在导出 {month:%Y-%m} 的协同拜访报告…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="312"/>
        <source>Folder for the contact records</source>
        <translation>选择存放联系记录的文件夹</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/reports.py" line="313"/>
        <source>Exporting the contact records of {month:%Y-%m}…</source>
        <translation>正在导出 {month:%Y-%m} 的联系记录…</translation>
    </message>
</context>
<context>
    <name>Subjects</name>
    <message>
        <location filename="../../fieldvisit/ui/printing/subjects.py" line="72"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
</TS>
