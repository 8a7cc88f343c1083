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
        <message>
            <source>&amp;New record…</source>
            <translation>新建记录(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Find account</source>
            <translation>查找客户(&amp;F)</translation>
        </message>
        <message>
            <source>{page} ({count})</source>
            <translation>{page}（{count}）</translation>
        </message>
        <message numerus="yes">
            <source>{page}: %n item(s) need action</source>
            <translation>
                <numerusform>{page}：%n 项待处理</numerusform>
            </translation>
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
            <source>FieldVisit creates a fictional territory: accounts with their stakeholders, contact records, promises, visit plans and co-visits. Everything is written at once; cancelling leaves the database unchanged.</source>
            <translation>FieldVisit 将生成一个虚构的辖区：客户及其联系人、联系记录、约定、拜访计划和协同拜访。所有数据一次性写入；取消则数据库保持不变。</translation>
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
        <message>
            <source>FieldVisit creates a fictional sales team in Hunan province (Changsha, Zhuzhou and Xiangtan; more cities of the province for larger samples): accounts with their stakeholders, contact records, promises, visit plans and co-visits. Everything is written at once; cancelling leaves the database unchanged.</source>
            <translation>FieldVisit 将生成一个虚构的湖南省销售团队（长沙、株洲、湘潭；数量较多时还包括省内其他城市）：客户及其联系人、联系记录、约定、拜访计划和协同拜访。所有数据一次性写入；取消则数据库保持不变。</translation>
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
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>逾期 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Click a line to deal with it.</source>
            <translation>点击一行即可处理。</translation>
        </message>
        <message>
            <source>What needs you today</source>
            <translation>今天需要您处理的事项</translation>
        </message>
        <message>
            <source>Nothing needs you today.</source>
            <translation>今天没有需要您处理的事项。</translation>
        </message>
        <message>
            <source>Acknowledge the report</source>
            <translation>确认报告</translation>
        </message>
        <message>
            <source>Co-visit with {name}, {day}</source>
            <translation>与{name}的协同拜访，{day}</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>您是谁？</translation>
        </message>
        <message>
            <source>Choose who you are in File › Settings to see your day here.</source>
            <translation>请在“文件 › 设置”中选择您是谁，即可在此查看您的一天。</translation>
        </message>
        <message>
            <source>No visits planned for today, no promises due, no drafts or reports waiting. A good moment to plan ahead or look through your accounts.</source>
            <translation>今天没有计划的拜访，没有到期的约定，也没有待完成的草稿或报告。正好提前做计划，或浏览一下您的客户。</translation>
        </message>
        <message>
            <source>Show them all on their page</source>
            <translation>在对应页面查看全部</translation>
        </message>
        <message>
            <source>Planned for today</source>
            <translation>今日计划</translation>
        </message>
        <message>
            <source>Promises due</source>
            <translation>到期约定</translation>
        </message>
        <message>
            <source>Records to finish</source>
            <translation>待完成的记录</translation>
        </message>
        <message>
            <source>Co-visit reports</source>
            <translation>协同拜访报告</translation>
        </message>
        <message>
            <source>Co-visit actions</source>
            <translation>协同拜访行动</translation>
        </message>
        <message>
            <source>Next month's plan</source>
            <translation>下月计划</translation>
        </message>
        <message>
            <source>Write the record of this contact</source>
            <translation>填写这次联系的记录</translation>
        </message>
        <message>
            <source>Open the record</source>
            <translation>打开记录</translation>
        </message>
        <message>
            <source>Open the customer card</source>
            <translation>打开客户卡</translation>
        </message>
        <message>
            <source>Open the co-visit report</source>
            <translation>打开协同拜访报告</translation>
        </message>
        <message>
            <source>Open the plan</source>
            <translation>打开计划</translation>
        </message>
        <message>
            <source>Late: a record is due within two days</source>
            <translation>已逾期：记录应在两天内完成</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Sign the report</source>
            <translation>签署报告</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>尚未开始</translation>
        </message>
        <message>
            <source>Contact of {day}</source>
            <translation>{day} 的联系</translation>
        </message>
        <message>
            <source>Finish the report</source>
            <translation>完成报告</translation>
        </message>
        <message>
            <source>Plan for {month}</source>
            <translation>{month}计划</translation>
        </message>
        <message>
            <source>Returned: change and submit it again</source>
            <translation>已退回：请修改后重新提交</translation>
        </message>
        <message>
            <source>Not submitted yet</source>
            <translation>尚未提交</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>无到期日</translation>
        </message>
        <message>
            <source>{section} ({count})</source>
            <translation>{section}（{count}）</translation>
        </message>
        <message>
            <source>Due {day}</source>
            <translation>{day} 到期</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>……另有 {count} 项</translation>
        </message>
        <message>
            <source>From the co-visit with {name}</source>
            <translation>来自与{name}的协同拜访</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>Plan ahead</source>
            <translation>提前做计划</translation>
        </message>
        <message>
            <source>Your accounts</source>
            <translation>我的客户</translation>
        </message>
        <message>
            <source>Plans to decide</source>
            <translation>待审批的计划</translation>
        </message>
        <message>
            <source>Acknowledgements received</source>
            <translation>代表已确认的报告</translation>
        </message>
        <message>
            <source>Day reports</source>
            <translation>日报</translation>
        </message>
        <message>
            <source>Late records</source>
            <translation>逾期的记录</translation>
        </message>
        <message>
            <source>Open the report at its sign-off</source>
            <translation>打开报告的签字步骤</translation>
        </message>
        <message>
            <source>Open the plan to approve or return it</source>
            <translation>打开计划以批准或退回</translation>
        </message>
        <message>
            <source>Open the day report</source>
            <translation>打开日报</translation>
        </message>
        <message>
            <source>Submitted: approve or return it</source>
            <translation>已提交：请批准或退回</translation>
        </message>
        <message>
            <source>Day report of {day}</source>
            <translation>{day} 的日报</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>未发送</translation>
        </message>
        <message>
            <source>Sent: read it and comment</source>
            <translation>已发送：请阅读并评论</translation>
        </message>
        <message>
            <source>{rep}'s contact of {day}</source>
            <translation>{rep} {day} 的联系</translation>
        </message>
        <message>
            <source>{rep}'s action, from your co-visit</source>
            <translation>{rep}的行动，来自您的协同拜访</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <source>Copy the database into the backup folder chosen in Settings</source>
            <translation>将数据库复制到“设置”中选择的备份文件夹</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>FieldVisit databases (*.db *.sqlite);;All files (*)</source>
            <translation>FieldVisit 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
        </message>
        <message>
            <source>This laptop syncs with a team server: restore it with FieldVisit closed, from the command line (fieldvisit restore FILE), so that sync starts again from the restored data.</source>
            <translation>本机与团队服务器同步：请关闭 FieldVisit 后在命令行中恢复（fieldvisit restore 文件），以便同步从恢复的数据重新开始。</translation>
        </message>
        <message>
            <source>Replace the database with this backup? Everything entered since the backup was taken is replaced; the current database is kept aside in the backups folder. Open cards, records and co-visits close first.</source>
            <translation>用此备份替换数据库？备份之后录入的所有内容都将被替换；当前数据库会另存到 backups 文件夹。已打开的客户卡、记录和协同拜访会先关闭。</translation>
        </message>
        <message>
            <source>Restored {file}.</source>
            <translation>已恢复 {file}。</translation>
        </message>
        <message>
            <source>Choose the document to print on the Reports page.</source>
            <translation>请在“报告”页面选择要打印的文档。</translation>
        </message>
        <message>
            <source>Backed up to {location}</source>
            <translation>已备份到 {location}</translation>
        </message>
        <message>
            <source>The backup failed: {}</source>
            <translation>备份失败：{}</translation>
        </message>
        <message>
            <source>The database it replaced is kept at {path}.</source>
            <translation>被替换的数据库保存在 {path}。</translation>
        </message>
    </context>
</TS>
