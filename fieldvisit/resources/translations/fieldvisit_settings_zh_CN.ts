<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="79"/>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="102"/>
        <source>About FieldVisit</source>
        <translation>关于 FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="85"/>
        <source>FieldVisit {version}</source>
        <translation>FieldVisit {version}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="90"/>
        <source>Customer cards, contact records, visit plans and co-visit reports for field sales teams, on your own laptop, offline.</source>
        <translation>为一线销售团队提供客户资料卡、联系记录、拜访计划和协同拜访报告——在您自己的电脑上离线使用。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="103"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="104"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="107"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="124"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="125"/>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="126"/>
        <source>PySide6:</source>
        <translation>PySide6：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="127"/>
        <source>Python:</source>
        <translation>Python：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="130"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="140"/>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="141"/>
        <source>Licence text</source>
        <translation>许可证文本</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="165"/>
        <source>FieldVisit {version}

Proprietary software. You may use it under the terms of the agreement under which you received it.

The parts listed here are third-party components, each under its own licence.</source>
        <translation>FieldVisit {version}

专有软件。您可以按照获得本软件时所依据的协议条款使用它。

此处列出的其他部分是第三方组件，各自遵循其自身的许可证。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="172"/>
        <source>FieldVisit includes the WenQuanYi Micro Hei font (wqy-microhei.ttf) to show and print Chinese text. It is used, unchanged, under the Apache License 2.0.</source>
        <translation>FieldVisit 附带文泉驿微米黑字体（wqy-microhei.ttf），用于显示和打印中文。该字体未经修改，依照 Apache License 2.0 使用。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="178"/>
        <source>{name}
Licence: {licence}
{copyright}</source>
        <translation>{name}
许可证：{licence}
{copyright}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/about_dialog.py" line="183"/>
        <source>The Qt and PySide6 libraries are separate files in the application folder, linked when FieldVisit starts. You may replace them with your own build of the same version under the terms of the LGPL.</source>
        <translation>Qt 和 PySide6 库是应用程序文件夹中的独立文件，在 FieldVisit 启动时链接。您可以依照 LGPL 的条款，用您自己构建的同一版本替换它们。</translation>
    </message>
</context>
<context>
    <name>AutoBackupScheduler</name>
    <message>
        <location filename="../../fieldvisit/ui/backup_scheduler.py" line="65"/>
        <source>Automatic backup written: {location}</source>
        <translation>已自动备份：{location}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/backup_scheduler.py" line="75"/>
        <source>Automatic backup failed: {}</source>
        <translation>自动备份失败：{}</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="59"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="61"/>
        <source>&amp;Move…</source>
        <translation>移动(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="65"/>
        <source>Moving copies the database to the new folder, checks the copy and only then deletes the old file. It takes effect at once.</source>
        <translation>移动时先把数据库复制到新文件夹并检查副本，确认无误后才删除旧文件。移动立即生效。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="71"/>
        <location filename="../../fieldvisit/ui/settings_data.py" line="190"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="72"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="76"/>
        <source>While FieldVisit is open it backs up the database once a day into this folder and deletes the oldest automatic backups beyond the number to keep.</source>
        <translation>FieldVisit 运行时每天把数据库备份到此文件夹一次，并删除超出保留数量的最旧自动备份。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="80"/>
        <source>Backups to keep</source>
        <translation>保留的备份数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="87"/>
        <source>Back &amp;up now</source>
        <translation>立即备份(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="95"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="100"/>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="105"/>
        <source>Backups to &amp;keep:</source>
        <translation>保留备份数(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="107"/>
        <source>Last backup:</source>
        <translation>上次备份：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="146"/>
        <source>Backup folder: {}</source>
        <translation>备份文件夹：{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="150"/>
        <source>Backups to keep: {}</source>
        <translation>保留备份数：{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="158"/>
        <source>Move the database to</source>
        <translation>将数据库移动到</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="173"/>
        <source>The database was not moved. {}</source>
        <translation>数据库未移动。{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="179"/>
        <source>The database is now in {location}.</source>
        <translation>数据库现在位于 {location}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="181"/>
        <source>The old file could not be deleted: {location}</source>
        <translation>无法删除旧文件：{location}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="201"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="207"/>
        <source>Written to {location}</source>
        <translation>已写入 {location}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="213"/>
        <source>The backup failed: {}</source>
        <translation>备份失败：{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_data.py" line="224"/>
        <source>None yet</source>
        <translation>尚无备份</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="79"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="80"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="86"/>
        <source>FieldVisit shows the new language the next time it starts. Dates, times and numbers follow the language chosen.</source>
        <translation>新语言将在 FieldVisit 下次启动时生效。日期、时间和数字的格式随所选语言而定。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="93"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="193"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="198"/>
        <source>Printed at the top of every report. Left empty, reports show FieldVisit.</source>
        <translation>打印在每份报告的页眉。留空则报告显示 FieldVisit。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="200"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="201"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="202"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="205"/>
        <source>&amp;Company name:</source>
        <translation>公司名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="208"/>
        <source>&amp;Paper size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="227"/>
        <source>Company name: {}</source>
        <translation>公司名称：{}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Planning</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="38"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="53"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="60"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="61"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="62"/>
        <source>You</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="63"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="64"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="71"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>YouTab</name>
    <message>
        <source>This laptop is in a team: your name, role and work base come from the team server. Ask your administrator to change them.</source>
        <translation>此电脑已加入团队：您的姓名、角色和工作方式由团队服务器决定。如需更改，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="116"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="121"/>
        <source>Your name appears on contact records, visit plans and co-visit reports. A corrected spelling renames you; the name of another team member switches to that member.</source>
        <translation>您的姓名显示在联系记录、拜访计划和协同拜访报告上。修改拼写会更改您的姓名；填写其他团队成员的姓名则切换为该成员。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="150"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="153"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="154"/>
        <source>Work base:</source>
        <translation>工作地点：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="174"/>
        <source>Name: enter your name.</source>
        <translation>姓名：请输入您的姓名。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_tabs.py" line="181"/>
        <source>Name: {}</source>
        <translation>姓名：{}</translation>
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <source>&amp;Mark day</source>
        <translation>标记该日(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Remove mark</source>
        <translation>取消标记(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Visits a day:</source>
        <translation>每天拜访(&amp;V)：</translation>
    </message>
    <message>
        <source>A suggested plan puts at most this many visits on a day; what does not fit is listed, never stacked.</source>
        <translation>建议计划每天最多安排这么多家拜访；排不下的会列出来，不会超量堆叠。</translation>
    </message>
    <message>
        <source>Also plan &amp;Saturdays that are not holidays</source>
        <translation>非节假日的周六也安排拜访(&amp;S)</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>日历年份</translation>
    </message>
    <message>
        <source>Day to mark</source>
        <translation>要标记的日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name of the day</source>
        <translation>节日名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Public holidays and make-up working days come from the official calendar (up to {year}). Mark the days of a later year here (or with `fieldvisit calendar set`), or correct a day; a year with no marks is planned Monday to Friday.</source>
        <translation>法定节假日和调休上班日取自官方日历（截至 {year} 年）。以后年份的日期可在此标记（或用 `fieldvisit calendar set`），也可更正某一天；没有任何标记的年份按周一至周五安排。</translation>
    </message>
    <message>
        <source>Special days</source>
        <translation>特殊日期</translation>
    </message>
    <message>
        <source>Visits a day</source>
        <translation>每天拜访数</translation>
    </message>
    <message>
        <source>Working day or holiday</source>
        <translation>上班或休息</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar:</source>
        <translation>工作日历(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. 春节</source>
        <translation>例如：春节</translation>
    </message>
    <message>
        <source>{kind} (marked here)</source>
        <translation>{kind}（本地标记）</translation>
    </message>
    <message>
        <source>{year}: not in the official calendar; the days marked here.</source>
        <translation>{year} 年：官方日历中没有；按此处标记的日期。</translation>
    </message>
    <message>
        <source>{year}: not known yet; planned Monday to Friday.</source>
        <translation>{year} 年：尚未公布；按周一至周五安排。</translation>
    </message>
    <message>
        <source>{year}: the official calendar.</source>
        <translation>{year} 年：官方日历。</translation>
    </message>
</context>
</TS>
