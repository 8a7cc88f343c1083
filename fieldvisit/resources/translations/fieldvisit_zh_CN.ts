<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer cards for hospitals, clinics, pharmacies and distributors, and the stakeholders you work with in each.</source>
        <translation>医院、诊所、药店和经销商的客户资料卡，以及您在每个客户中打交道的联系人。</translation>
    </message>
</context>
<context>
    <name>CoVisitsPage</name>
    <message>
        <source>Co-visits</source>
        <translation>协同拜访</translation>
    </message>
    <message>
        <source>Days in the field beside a rep: the calls made together, the coaching given and the action plan agreed.</source>
        <translation>与代表一起在市场上的工作日：共同完成的拜访、给予的辅导以及商定的行动计划。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to FieldVisit</source>
        <translation>欢迎使用 FieldVisit</translation>
    </message>
    <message>
        <source>Tell FieldVisit who uses this laptop. Your name appears on contact records, visit plans and co-visit reports.</source>
        <translation>请告诉 FieldVisit 谁在使用这台电脑。您的姓名将显示在联系记录、拜访计划和协同拜访报告上。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>For example: Wang Fang</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>Sets your field-day target: at least 70 % of working days in the field when office-based, 60 % when home-based.</source>
        <translation>用于设定您的市场工作日目标：办公室办公时至少 70% 的工作日在市场上，居家办公时至少 60%。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Work base:</source>
        <translation>工作地点：</translation>
    </message>
    <message>
        <source>Start using FieldVisit</source>
        <translation>开始使用 FieldVisit</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Quit FieldVisit</source>
        <translation>退出 FieldVisit</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact records</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>约定</translation>
    </message>
    <message>
        <source>Monthly plans</source>
        <translation>月度计划</translation>
    </message>
    <message>
        <source>Planned contacts</source>
        <translation>计划中的联系</translation>
    </message>
    <message>
        <source>Frequency policies</source>
        <translation>拜访频率规则</translation>
    </message>
    <message>
        <source>Co-visits</source>
        <translation>协同拜访</translation>
    </message>
    <message>
        <source>Co-visit calls</source>
        <translation>协访中的拜访</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Summary reports</source>
        <translation>总结报告</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldVisit — {name}</source>
        <translation>FieldVisit — {name}</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Sample data loaded.</source>
        <translation>示例数据已加载。</translation>
    </message>
    <message>
        <source>About FieldVisit</source>
        <translation>关于 FieldVisit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FieldVisit {version}&lt;/h3&gt;&lt;p&gt;Customer cards, contact records, visit plans and co-visit reports for field sales teams, on your own laptop, offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FieldVisit {version}&lt;/h3&gt;&lt;p&gt;为一线销售团队提供客户资料卡、客户联系记录、拜访计划和协同拜访报告——在您自己的电脑上离线使用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FieldVisit</source>
        <translation>关于 FieldVisit(&amp;A)</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Monthly visit plans submitted for approval, checked against the visit frequency each tier needs.</source>
        <translation>提交审批的月度拜访计划，并按各级客户所需的拜访频率进行核对。</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Contact records</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>A record after every call: objectives, what was said, successes, shortcomings and lessons, and the promises to follow up.</source>
        <translation>每次联系后的记录：目标、沟通内容、成功之处、不足之处和经验教训，以及需要跟进的约定。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Weekly, monthly and yearly customer management reports: plans completed, plans in progress and new plans.</source>
        <translation>周度、月度和年度客户管理总结报告：已完成的计划、进行中的计划和新计划。</translation>
    </message>
</context>
<context>
    <name>SampleDataDialog</name>
    <message>
        <source>Load sample data</source>
        <translation>加载示例数据</translation>
    </message>
    <message>
        <source>FieldVisit creates a fictional sales team in Hunan province (Changsha, Zhuzhou and Xiangtan; more cities of the province for larger samples): accounts with their stakeholders, contact records, promises, visit plans and co-visits. Everything is written at once; cancelling leaves the database unchanged.</source>
        <translation>FieldVisit 将生成一个虚构的湖南省销售团队（长沙、株洲、湘潭；数量较多时还包括省内其他城市）：客户及其联系人、联系记录、约定、拜访计划和协同拜访。所有数据一次性写入；取消则数据库保持不变。</translation>
    </message>
    <message>
        <source>Number of accounts</source>
        <translation>客户数量</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>客户数量(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SampleDataLoader</name>
    <message>
        <source>Creating sample data…</source>
        <translation>正在生成示例数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>加载示例数据</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Creating sample data… {done} of {total} accounts</source>
        <translation>正在生成示例数据… 第 {done} / {total} 个客户</translation>
    </message>
    <message>
        <source>Sample data could not be loaded. Nothing was saved.</source>
        <translation>无法加载示例数据，未保存任何内容。</translation>
    </message>
    <message>
        <source>Loading sample data was cancelled.</source>
        <translation>已取消加载示例数据。</translation>
    </message>
    <message>
        <source>The database is unchanged.</source>
        <translation>数据库未作任何更改。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>FieldVisit could not start.</source>
        <translation>FieldVisit 无法启动。</translation>
    </message>
    <message>
        <source>The database file cannot be used: {}</source>
        <translation>无法使用该数据库文件：{}</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>Customer cards, contact records, visit plans and co-visits all start from your accounts. Load a sample territory to see FieldVisit at work, or start with an empty database and add your own customers.</source>
        <translation>客户资料卡、联系记录、拜访计划和协同拜访都从客户开始。您可以加载一个示例辖区，看看 FieldVisit 如何工作；也可以从空数据库开始，添加您自己的客户。</translation>
    </message>
    <message>
        <source>Load sample data…</source>
        <translation>加载示例数据…</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>从空数据库开始</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Close the other program or window using the database, then try again.</source>
        <translation>请关闭正在使用数据库的其他程序或窗口，然后重试。</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again.</source>
        <translation>请在磁盘上腾出一些空间，然后重试。</translation>
    </message>
    <message>
        <source>Make the data folder writable or move the database (Settings ▸ Data).</source>
        <translation>请让数据文件夹可写，或移动数据库（设置 ▸ 数据）。</translation>
    </message>
    <message>
        <source>Check the disk or drive, then try again; make a backup soon.</source>
        <translation>请检查磁盘或驱动器，然后重试；并尽快备份。</translation>
    </message>
    <message>
        <source>FieldVisit could not use its data</source>
        <translation>FieldVisit 无法使用其数据</translation>
    </message>
    <message>
        <source>{reason}. {advice}</source>
        <translation>{reason}。{advice}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>FieldVisit met an unexpected error</source>
        <translation>FieldVisit 遇到意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside FieldVisit. This is a fault in the program, not in what you did. What was saved before is safe; the last change may not have been saved. You can go on working, or quit and start again.</source>
        <translation>FieldVisit 内部出现了问题。这是程序的故障，不是您的操作造成的。之前保存的内容是安全的；最后一次修改可能没有保存。您可以继续工作，或退出后重新启动。</translation>
    </message>
    <message>
        <source>The details were written to the log: {location}</source>
        <translation>详细信息已写入日志：{location}</translation>
    </message>
    <message>
        <source>No log file is kept in this session.</source>
        <translation>本次运行没有保留日志文件。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Quit FieldVisit</source>
        <translation>退出 FieldVisit</translation>
    </message>
</context>
</TS>
