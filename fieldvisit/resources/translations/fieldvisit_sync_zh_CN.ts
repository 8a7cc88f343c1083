<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Show the conflicts of the last syncs</source>
        <translation>显示最近同步中的冲突</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync with the team server now</source>
        <translation>现在与团队服务器同步</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>上次同步 {time}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Offline — changes wait</source>
        <translation>离线 — 更改等待上传</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 项更改待上传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>同步冲突(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Manager's comment</source>
        <translation>经理意见</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Rep's comments</source>
        <translation>代表意见</translation>
    </message>
    <message>
        <source>Manager's comments</source>
        <translation>经理评语</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>首日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>末日</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>{step} ({kind})</source>
        <translation>{step}（{kind}）</translation>
    </message>
    <message>
        <source>Plan submitted</source>
        <translation>提交计划</translation>
    </message>
    <message>
        <source>Plan withdrawn</source>
        <translation>撤回计划</translation>
    </message>
    <message>
        <source>Plan approved or returned</source>
        <translation>批准或退回计划</translation>
    </message>
    <message>
        <source>Accounts merged</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Stakeholders merged</source>
        <translation>合并联系人</translation>
    </message>
    <message>
        <source>Accounts deleted for good</source>
        <translation>永久删除客户</translation>
    </message>
    <message>
        <source>Stakeholders deleted for good</source>
        <translation>永久删除联系人</translation>
    </message>
    <message>
        <source>Report acknowledged</source>
        <translation>确认报告</translation>
    </message>
    <message>
        <source>Report acknowledged in person</source>
        <translation>当面确认报告</translation>
    </message>
    <message>
        <source>Report signed</source>
        <translation>签署报告</translation>
    </message>
    <message>
        <source>Report corrected</source>
        <translation>更正报告</translation>
    </message>
    <message>
        <source>A step</source>
        <translation>一步操作</translation>
    </message>
    <message>
        <source>A co-visit report or a visit plan on the team server still refers to it, so it was not deleted; it is back on this laptop.</source>
        <translation>团队服务器上仍有协访报告或拜访计划引用它，因此没有删除；它已恢复到这台电脑上。</translation>
    </message>
    <message>
        <source>On the team server it is not in the trash (someone restored it), so it was not deleted; it is back on this laptop.</source>
        <translation>团队服务器上它不在回收站中（有人已将其恢复），因此没有删除；它已恢复到这台电脑上。</translation>
    </message>
    <message>
        <source>Deleting for good is checked by the team server; empty the trash again.</source>
        <translation>永久删除需由团队服务器核对；请再次清空回收站。</translation>
    </message>
    <message>
        <source>The plan was submitted or approved on the team server; it cannot be changed until it is withdrawn or returned.</source>
        <translation>团队服务器上的计划已提交或已批准；撤回或退回之前不能修改。</translation>
    </message>
    <message>
        <source>The manager had already decided on the plan.</source>
        <translation>经理已对该计划作出决定。</translation>
    </message>
    <message>
        <source>The plan had already been submitted.</source>
        <translation>该计划已经提交。</translation>
    </message>
    <message>
        <source>The plan was no longer submitted (the rep had withdrawn it).</source>
        <translation>该计划已不在提交状态（代表已撤回）。</translation>
    </message>
    <message>
        <source>The rep changed the plan after you read it; read it again before deciding.</source>
        <translation>您阅读后代表修改了计划；请重新阅读后再决定。</translation>
    </message>
    <message>
        <source>The plan had no planned contacts on the team server.</source>
        <translation>团队服务器上的该计划没有任何计划拜访。</translation>
    </message>
    <message>
        <source>It was no longer on the team server.</source>
        <translation>团队服务器上已没有这一项。</translation>
    </message>
    <message>
        <source>Comment on a record</source>
        <translation>记录的评语</translation>
    </message>
    <message>
        <source>Day report</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>Comment on a day report</source>
        <translation>日报的评语</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>The team server did not take these changes as they were made on this laptop. Keep the team's version, or apply yours again: it goes to the server at the next sync.</source>
        <translation>团队服务器没有按本机所做的样子接受这些更改。可以保留团队的版本，或再次应用你的版本：它将在下次同步时发送到服务器。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>The team's</source>
        <translation>团队的</translation>
    </message>
    <message>
        <source>No conflicts: every change went through.</source>
        <translation>没有冲突：所有更改都已同步。</translation>
    </message>
    <message>
        <source>&amp;Apply mine again</source>
        <translation>再次应用我的(&amp;A)</translation>
    </message>
    <message>
        <source>Write my version back; it is sent at the next sync</source>
        <translation>写回我的版本；下次同步时发送</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>保留团队的(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the team's version</source>
        <translation>保留团队的版本</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Personal profile</source>
        <translation>个人档案</translation>
    </message>
    <message>
        <source>Contact record</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>约定</translation>
    </message>
    <message>
        <source>Monthly plan</source>
        <translation>月度计划</translation>
    </message>
    <message>
        <source>Planned contact</source>
        <translation>计划中的联系</translation>
    </message>
    <message>
        <source>Co-visit</source>
        <translation>协同拜访</translation>
    </message>
    <message>
        <source>Co-visit call</source>
        <translation>协访中的拜访</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>行动项</translation>
    </message>
    <message>
        <source>Someone else changed this field too; theirs arrived later.</source>
        <translation>其他人也修改了这个字段；对方的修改后到达。</translation>
    </message>
    <message>
        <source>The record was completed meanwhile; a completed record stays as it was.</source>
        <translation>该记录在此期间已完成；已完成的记录保持不变。</translation>
    </message>
    <message>
        <source>Outside your scope: this belongs to another rep's territory.</source>
        <translation>超出你的范围：这属于另一位代表的辖区。</translation>
    </message>
    <message>
        <source>Your role may not change this.</source>
        <translation>你的角色无权修改此项。</translation>
    </message>
    <message>
        <source>Only the team's administrator changes this, on the server.</source>
        <translation>只有团队管理员可以在服务器上修改此项。</translation>
    </message>
    <message>
        <source>The team server refused this change.</source>
        <translation>团队服务器拒绝了这项更改。</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{kind}: {label}</source>
        <translation>{kind}：{label}</translation>
    </message>
    <message>
        <source>This version cannot be applied again: what it belongs to is no longer on this laptop. Keep the team's version instead.</source>
        <translation>无法再次应用此版本：它所属的内容已不在这台电脑上。请改为保留团队的版本。</translation>
    </message>
    <message>
        <source>The co-visit report was signed off on the team server; a signed report never changes. Correct it as a new revision.</source>
        <translation>协访报告已在团队服务器上签字；签字后的报告不再更改。请以新修订版进行更正。</translation>
    </message>
    <message>
        <source>The co-visit report had moved on to another revision on the team server; read the current revision first.</source>
        <translation>团队服务器上的协访报告已是另一个修订版；请先阅读当前修订版。</translation>
    </message>
    <message>
        <source>The manager changed the co-visit report after it was read; read it again and acknowledge the current content.</source>
        <translation>阅读之后经理修改了协访报告；请重新阅读并确认当前内容。</translation>
    </message>
    <message>
        <source>The rep had not acknowledged this revision of the co-visit report on the team server; it cannot be signed yet.</source>
        <translation>代表尚未在团队服务器上确认此修订版的协访报告；暂时不能签字。</translation>
    </message>
    <message>
        <source>The co-visit report on the team server is not complete; it cannot be signed.</source>
        <translation>团队服务器上的协访报告尚不完整；不能签字。</translation>
    </message>
    <message>
        <source>The co-visit report was not signed off on the team server; there is nothing to correct.</source>
        <translation>协访报告在团队服务器上尚未签字；无需更正。</translation>
    </message>
    <message>
        <source>This co-visit report is not yours to do this with.</source>
        <translation>您无权对这份协访报告执行此操作。</translation>
    </message>
    <message>
        <source>The co-visit report was no longer on the team server.</source>
        <translation>团队服务器上已没有这份协访报告。</translation>
    </message>
    <message>
        <source>Revisions of a co-visit report are made by the team server when it is corrected.</source>
        <translation>协访报告的修订版在更正时由团队服务器生成。</translation>
    </message>
    <message>
        <source>The rep's acknowledgement code was wrong: the report is not acknowledged. The rep acknowledges again with their own code.</source>
        <translation>代表的确认码错误：报告未被确认。请代表用本人的确认码重新确认。</translation>
    </message>
    <message>
        <source>The rep has not set an acknowledgement code yet (Settings, on the rep's own laptop): the report is not acknowledged.</source>
        <translation>代表尚未设置确认码（在代表本人电脑的“设置”中）：报告未被确认。</translation>
    </message>
    <message>
        <source>The rep's acknowledgement code was entered wrongly too often and no longer works; the rep sets a new one on their own laptop.</source>
        <translation>代表的确认码输错次数过多，已失效；请代表在本人电脑上设置新的确认码。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Use FieldVisit &amp;alone on this laptop</source>
        <translation>在本机单独使用 FieldVisit(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Join a team</source>
        <translation>加入团队(&amp;J)</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>团队服务器地址</translation>
    </message>
    <message>
        <source>For example: https://fieldvisit.example.com</source>
        <translation>例如：https://fieldvisit.example.com</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>The one-time code from your administrator</source>
        <translation>管理员给你的一次性注册码</translation>
    </message>
    <message>
        <source>Your name and role come from the team server. What this laptop already holds goes to the team at the first sync.</source>
        <translation>你的姓名和角色来自团队服务器。本机已有的数据会在第一次同步时上传到团队。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>注册码(&amp;C)：</translation>
    </message>
    <message>
        <source>Joining failed ({kind}).</source>
        <translation>加入失败（{kind}）。</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>正在加入…</translation>
    </message>
    <message>
        <source>The team server cannot be reached. Check the address and the network, then try again; nothing was changed.</source>
        <translation>无法连接团队服务器。请检查地址和网络后重试；没有做任何更改。</translation>
    </message>
    <message>
        <source>This address did not answer as a FieldVisit team server.</source>
        <translation>该地址没有以 FieldVisit 团队服务器的方式应答。</translation>
    </message>
    <message>
        <source>A team server is reached over https:// (TLS).</source>
        <translation>团队服务器须通过 https://（TLS）访问。</translation>
    </message>
    <message>
        <source>This laptop is already in a team.</source>
        <translation>这台电脑已经加入了一个团队。</translation>
    </message>
    <message>
        <source>The server does not know this enrolment code. Check it, or ask your administrator for a new one.</source>
        <translation>服务器不认识这个注册码。请检查，或向管理员索取新的注册码。</translation>
    </message>
    <message>
        <source>This enrolment code has been used already. Ask your administrator for a new one.</source>
        <translation>这个注册码已被使用。请向管理员索取新的注册码。</translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask your administrator for a new one.</source>
        <translation>这个注册码已过期。请向管理员索取新的注册码。</translation>
    </message>
    <message>
        <source>The team server needs a newer FieldVisit. Update it, then join again.</source>
        <translation>团队服务器需要更新版本的 FieldVisit。请先更新，再重新加入。</translation>
    </message>
</context>
</TS>
