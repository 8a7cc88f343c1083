<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add a person to the team</source>
        <translation>将人员加入团队</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>经理(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>The server makes a one-time code for the new person; you see it once, next, to give to them.</source>
        <translation>服务器会为新成员生成一次性代码；下一步将仅显示一次，请交给对方。</translation>
    </message>
    <message>
        <source>Name: enter the person's name.</source>
        <translation>姓名：请输入此人的姓名。</translation>
    </message>
    <message>
        <source>Manager: a rep needs a manager; add a manager first.</source>
        <translation>经理：代表需要一位经理；请先添加经理。</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Enrolment code</source>
        <translation>加入代码</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Give this code to {name}</source>
        <translation>请将此代码交给{name}</translation>
    </message>
    <message>
        <source>{name} enters it in FieldVisit when joining the team, with this server's address. It works once, for seven days. It is shown only now: copy it or write it down before closing. A lost code is replaced with New code.</source>
        <translation>{name}在 FieldVisit 中加入团队时，连同本服务器地址一起输入此代码。代码仅可使用一次，七天内有效。它只在此时显示：关闭前请复制或记下。代码丢失时可用“新代码”重新生成。</translation>
    </message>
</context>
<context>
    <name>ChoosePersonDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>经理(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>A manager keeps the role while reps report to them, and an administrator holds no accounts: move those first.</source>
        <translation>仍有代表向其汇报的经理不能更改角色，管理员不负责客户：请先移交这些代表或客户。</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>更改{name}的角色</translation>
    </message>
</context>
<context>
    <name>ServerAccountChooser</name>
    <message>
        <source>Find an account</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Part of the name or the city</source>
        <translation>名称或城市的一部分</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Searching the team server…</source>
        <translation>正在团队服务器上查找…</translation>
    </message>
    <message>
        <source>No account matches.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <source> (held by {name})</source>
        <translation>（由{name}负责）</translation>
    </message>
</context>
<context>
    <name>TerritoryDialog</name>
    <message>
        <source>Hand accounts to a rep</source>
        <translation>将客户移交给代表</translation>
    </message>
    <message>
        <source>Accounts to hand over</source>
        <translation>要移交的客户</translation>
    </message>
    <message>
        <source>Rep who takes them</source>
        <translation>接手的代表</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>移交(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;To the rep:</source>
        <translation>移交给代表(&amp;T)：</translation>
    </message>
    <message>
        <source>Add to the list ↓</source>
        <translation>加入列表 ↓</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>1. Find an account and add it to the list:</source>
        <translation>1. 查找客户并加入列表：</translation>
    </message>
    <message>
        <source>2. Accounts to hand over:</source>
        <translation>2. 要移交的客户：</translation>
    </message>
    <message>
        <source>The accounts go with their stakeholders, records and plans; the previous holder's laptop drops them at its next sync.</source>
        <translation>客户连同其相关人员、拜访记录和计划一起移交；原负责人的电脑会在下次同步时移除这些数据。</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>A new enrolment code for a new or replaced laptop</source>
        <translation>为新电脑或更换的电脑生成新的加入代码</translation>
    </message>
    <message>
        <source>Reading the team from the server…</source>
        <translation>正在从服务器读取团队…</translation>
    </message>
    <message>
        <source>Sending the change to the team server…</source>
        <translation>正在将更改发送到团队服务器…</translation>
    </message>
    <message>
        <source>New &amp;manager:</source>
        <translation>新经理(&amp;M)：</translation>
    </message>
    <message>
        <source>People, reporting lines and territories as the team server holds them. Changes go to the server at once and reach every laptop at its next sync.</source>
        <translation>团队服务器上的人员、汇报关系和辖区。更改立即发送到服务器，并在每台电脑下次同步时到达。</translation>
    </message>
    <message>
        <source>Your team as the team server holds it. You may hand accounts from one of your reps to another; people, roles and reporting lines are set by your administrator.</source>
        <translation>团队服务器上您的团队。您可以在自己的代表之间移交客户；人员、角色和汇报关系由管理员设置。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Move to manager…</source>
        <translation>调到其他经理(&amp;M)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>New &amp;code…</source>
        <translation>新代码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Hand over accounts…</source>
        <translation>移交客户(&amp;H)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>{name} was added to the team.</source>
        <translation>{name}已加入团队。</translation>
    </message>
    <message>
        <source>A new code for {name} was made.</source>
        <translation>已为{name}生成新代码。</translation>
    </message>
    <message>
        <source>Move {name} to another manager</source>
        <translation>将{name}调到其他经理</translation>
    </message>
    <message>
        <source>{name} now reports to the new manager.</source>
        <translation>{name}现在向新经理汇报。</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name}现在的角色是{role}。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) handed to {name}.</source>
        <translation>
            <numerusform>已将 %n 个客户移交给{name}。</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy version “{name}” was saved.</source>
        <translation>标准版本“{name}”已保存。</translation>
    </message>
    <message>
        <source>The team could not be read or changed ({reason}).</source>
        <translation>无法读取或更改团队（{reason}）。</translation>
    </message>
</context>
<context>
    <name>PolicyPanel</name>
    <message>
        <source>Visit frequency policy (the whole team)</source>
        <translation>拜访频率标准（全团队）</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Name of the new version</source>
        <translation>新版本名称</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Phone contacts</source>
        <translation>电话联系次数</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>每</translation>
    </message>
    <message>
        <source>Visits a month</source>
        <translation>每月拜访次数</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>Default tier frequency</source>
        <translation>默认级别频率</translation>
    </message>
    <message>
        <source> (in force)</source>
        <translation>（现行）</translation>
    </message>
    <message>
        <source>Change the figures, name the version and choose the day it takes effect; the server keeps earlier versions for the months they governed, and every laptop receives the new one at its next sync.</source>
        <translation>修改数字，为版本命名并选择生效日期；服务器保留早期版本用于其适用的月份，每台电脑在下次同步时收到新版本。</translation>
    </message>
    <message>
        <source>Read only: the team server lets only administrators change the visit frequency policy. Ask your administrator for a change.</source>
        <translation>只读：团队服务器只允许管理员更改拜访频率标准。如需更改，请联系管理员。</translation>
    </message>
    <message>
        <source>Name: enter a name for the new version, e.g. “2027 revision”.</source>
        <translation>名称：请为新版本输入名称，例如“2027 修订”。</translation>
    </message>
    <message>
        <source>{name} — from {day}</source>
        <translation>{name} — 自 {day} 起</translation>
    </message>
    <message>
        <source>C and D</source>
        <translation>C 和 D</translation>
    </message>
    <message>
        <source>Phone contacts, tier {}</source>
        <translation>电话联系次数，{} 级</translation>
    </message>
    <message>
        <source>Phone period, tier {}</source>
        <translation>电话周期，{} 级</translation>
    </message>
    <message>
        <source>Visits a month, tier {}</source>
        <translation>每月拜访次数，{} 级</translation>
    </message>
    <message>
        <source>Effective from: “{name}” already starts on that day; choose another day.</source>
        <translation>生效日期：“{name}”已在该日生效；请选择其他日期。</translation>
    </message>
</context>
</TS>
