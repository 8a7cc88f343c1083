<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Cli</name>
        <message>
            <source>Wrote {total:,} rows ({accounts:,} accounts) into {db} in {seconds:.1f} s ({rate:,.0f} rows/s).</source>
            <translation>已写入 {total:,} 行（{accounts:,} 个客户）到 {db}，用时 {seconds:.1f} 秒（每秒 {rate:,.0f} 行）。</translation>
        </message>
        <message>
            <source>Database:  {v}</source>
            <translation>数据库：  {v}</translation>
        </message>
        <message>
            <source>Schema:    {v} (application: {head})</source>
            <translation>结构版本：{v}（程序：{head}）</translation>
        </message>
        <message>
            <source>Integrity: {v}</source>
            <translation>完整性：  {v}</translation>
        </message>
        <message>
            <source>Rows:      {v:,}</source>
            <translation>行数：    {v:,}</translation>
        </message>
        <message>
            <source>Backed up {db} to {file} ({mb:.1f} MB, {seconds:.1f} s).</source>
            <translation>已将 {db} 备份到 {file}（{mb:.1f} MB，{seconds:.1f} 秒）。</translation>
        </message>
        <message>
            <source>Restored {file} into {db}.</source>
            <translation>已将 {file} 恢复到 {db}。</translation>
        </message>
        <message>
            <source>PROBLEM:   {v}</source>
            <translation>问题：    {v}</translation>
        </message>
        <message>
            <source>{n} problem(s) found</source>
            <translation>发现 {n} 个问题</translation>
        </message>
        <message>
            <source>The database it replaced is kept at {path}.</source>
            <translation>被替换的数据库保存在 {path}。</translation>
        </message>
        <message>
            <source>interrupted; nothing was saved by the interrupted step.</source>
            <translation>已中断；被中断的步骤没有保存任何内容。</translation>
        </message>
        <message>
            <source>No co-visits match.</source>
            <translation>没有符合条件的协同拜访。</translation>
        </message>
        <message>
            <source>1 co-visit</source>
            <translation>1 次协同拜访</translation>
        </message>
        <message>
            <source>{n} co-visits</source>
            <translation>{n} 次协同拜访</translation>
        </message>
        <message>
            <source>Would import {cards} card(s) into {account}: {new} created, {upd} updated, {same} unchanged, {skipped} skipped.</source>
            <translation>试导入 {cards} 张名片到 {account}：新建 {new}、更新 {upd}、未变 {same}、跳过 {skipped}。</translation>
        </message>
        <message>
            <source>Imported {cards} card(s) into {account}: {new} created, {upd} updated, {same} unchanged, {skipped} skipped.</source>
            <translation>已导入 {cards} 张名片到 {account}：新建 {new}、更新 {upd}、未变 {same}、跳过 {skipped}。</translation>
        </message>
        <message>
            <source>Wrote {accounts} accounts with {stakeholders} stakeholders to {path} ({kb:.0f} KB).</source>
            <translation>已将 {accounts} 个客户及 {stakeholders} 位联系人写入 {path}（{kb:.0f} KB）。</translation>
        </message>
        <message>
            <source>Wrote {n} contact(s) to {path}.</source>
            <translation>已将 {n} 位联系人写入 {path}。</translation>
        </message>
        <message>
            <source>{n} problem(s) in {file}; nothing was imported. Fix the rows, or use --skip-bad-rows to import the others.</source>
            <translation>{file} 中有 {n} 个问题，未导入任何内容。请修正这些行，或使用 --skip-bad-rows 导入其余的行。</translation>
        </message>
        <message>
            <source>Would import {file}: accounts {a_new} created, {a_upd} updated, {a_same} unchanged; stakeholders {s_new} created, {s_upd} updated, {s_same} unchanged; {skipped} row(s) skipped.</source>
            <translation>试导入 {file}：客户新建 {a_new}、更新 {a_upd}、未变 {a_same}；联系人新建 {s_new}、更新 {s_upd}、未变 {s_same}；跳过 {skipped} 行。</translation>
        </message>
        <message>
            <source>Imported {file}: accounts {a_new} created, {a_upd} updated, {a_same} unchanged; stakeholders {s_new} created, {s_upd} updated, {s_same} unchanged; {skipped} row(s) skipped.</source>
            <translation>已导入 {file}：客户新建 {a_new}、更新 {a_upd}、未变 {a_same}；联系人新建 {s_new}、更新 {s_upd}、未变 {s_same}；跳过 {skipped} 行。</translation>
        </message>
        <message>
            <source>{rep}, {month} ({policy}): {visits} visits and {calls} calls for {accounts} accounts; {kept} already planned.</source>
            <translation>{rep}，{month}（{policy}）：为 {accounts} 个客户安排拜访 {visits} 次、电话 {calls} 次；{kept} 次已在计划中。</translation>
        </message>
        <message>
            <source>{rep}, {month} (as of {as_of}): visits {v_done} done / {v_planned} planned / {v_required} required; calls {p_done} / {p_planned} / {p_required}; {overdue} accounts overdue for their tier.</source>
            <translation>{rep}，{month}（截至 {as_of}）：拜访 已完成 {v_done} / 计划 {v_planned} / 要求 {v_required}；电话 {p_done} / {p_planned} / {p_required}；{overdue} 个客户未达等级频率。</translation>
        </message>
        <message>
            <source>More than 8 visits a day on {days}: the tier rules need more than the month holds.</source>
            <translation>{days} 每天超过 8 次拜访：按等级规则，本月的工作日不够用。</translation>
        </message>
        <message>
            <source>Saved to the draft plan.</source>
            <translation>已保存到计划草稿。</translation>
        </message>
        <message>
            <source>Not saved: add --save to keep it.</source>
            <translation>未保存：加上 --save 才会保存。</translation>
        </message>
        <message>
            <source>Wrote {n} events to {path}.</source>
            <translation>已将 {n} 个日程写入 {path}。</translation>
        </message>
        <message>
            <source>{n} open, {overdue} overdue.</source>
            <translation>未完成 {n} 项，逾期 {overdue} 项。</translation>
        </message>
        <message>
            <source>No overdue promises.</source>
            <translation>没有逾期的承诺。</translation>
        </message>
        <message>
            <source>No open promises.</source>
            <translation>没有未完成的承诺。</translation>
        </message>
        <message>
            <source>late</source>
            <translation>延迟</translation>
        </message>
        <message>
            <source>the co-visit report</source>
            <translation>协同拜访报告</translation>
        </message>
        <message>
            <source>the contact record</source>
            <translation>联系记录</translation>
        </message>
        <message>
            <source>the customer card</source>
            <translation>客户资料卡</translation>
        </message>
        <message>
            <source>the visit plan</source>
            <translation>拜访计划</translation>
        </message>
        <message>
            <source>the summary report</source>
            <translation>总结报告</translation>
        </message>
        <message>
            <source>the team summary</source>
            <translation>团队协访总结</translation>
        </message>
        <message>
            <source>Wrote {kind} to {path} ({kb:.0f} KB).</source>
            <translation>已将{kind}写入 {path}（{kb:.0f} KB）。</translation>
        </message>
        <message>
            <source>generating… {p:3d} %</source>
            <translation>正在生成…… {p:3d} %</translation>
        </message>
        <message>
            <source>Accounts: {n:,} of {all:,} match '{text}'</source>
            <translation>客户：{all:,} 个中有 {n:,} 个符合“{text}”</translation>
        </message>
        <message>
            <source>Stakeholders: {n}</source>
            <translation>联系人：{n}</translation>
        </message>
        <message>
            <source>! key account worked through a single stakeholder</source>
            <translation>! 大客户只通过一位联系人开展工作</translation>
        </message>
        <message>
            <source>(prepared search keys for {n:,} cards and contacts)</source>
            <translation>（已为 {n:,} 张客户卡和联系人建立检索键）</translation>
        </message>
        <message>
            <source>… {n:,} more (use --limit)</source>
            <translation>……另有 {n:,} 个（用 --limit 显示更多）</translation>
        </message>
        <message>
            <source> (left)</source>
            <translation>（已离任）</translation>
        </message>
        <message>
            <source>all reps</source>
            <translation>全体代表</translation>
        </message>
        <message>
            <source>{manager} with {who} · {month} ({base})</source>
            <translation>{manager} 与 {who} · {month}（{base}）</translation>
        </message>
        <message>
            <source>Days in the field: {days} of {working} = {share} (target ≥ {target} %, {verdict})</source>
            <translation>在市场天数：{days} / {working} = {share}（目标 ≥ {target}%，{verdict}）</translation>
        </message>
        <message>
            <source>Co-visits: {covisits} · co-visit days: {days} · calls: {calls} (joint {joint}, demonstration {demo}, coaching {coaching})</source>
            <translation>协访：{covisits} · 协访天数：{days} · 拜访：{calls}（共同 {joint}，示范 {demo}，指导 {coaching}）</translation>
        </message>
        <message>
            <source>Late reports: {late} · open actions: {open} ({overdue} overdue) · average rating, last 12 months: {rating}</source>
            <translation>延迟报告：{late} · 未完成行动：{open}（逾期 {overdue}）· 近 12 个月平均评分：{rating}</translation>
        </message>
        <message>
            <source>This month has not begun: no working days yet.</source>
            <translation>本月尚未开始：尚无工作日。</translation>
        </message>
        <message>
            <source>on target</source>
            <translation>达到目标</translation>
        </message>
        <message>
            <source>below target</source>
            <translation>未达目标</translation>
        </message>
        <message>
            <source>no working days</source>
            <translation>无工作日</translation>
        </message>
        <message>
            <source>Current month: working days are counted up to today, {date}.</source>
            <translation>本月：工作日计算至今天（{date}）。</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队合计</translation>
        </message>
        <message>
            <source>{open} ({overdue} overdue)</source>
            <translation>{open}（逾期 {overdue}）</translation>
        </message>
        <message>
            <source>FieldVisit team server stopped.</source>
            <translation>FieldVisit 团队服务器已停止。</translation>
        </message>
        <message>
            <source>Added {name}. Enrolment code (shown once):
{code}</source>
            <translation>已添加 {name}。注册码（仅显示一次）：
{code}</translation>
        </message>
        <message>
            <source>New enrolment code for {name} (shown once):
{code}</source>
            <translation>{name} 的新注册码（仅显示一次）：
{code}</translation>
        </message>
        <message>
            <source>{name}  {role}  manager: {manager}  accounts: {accounts}  laptops: {laptops}</source>
            <translation>{name}  {role}  经理：{manager}  客户：{accounts}  电脑：{laptops}</translation>
        </message>
        <message>
            <source>{name} now reports to {manager}.</source>
            <translation>{name} 现在向 {manager} 汇报。</translation>
        </message>
        <message>
            <source>Accounts now with {rep}: {n}.</source>
            <translation>现归 {rep} 负责的客户：{n} 个。</translation>
        </message>
        <message>
            <source>Device {id} can no longer sync.</source>
            <translation>设备 {id} 已不能再同步。</translation>
        </message>
        <message>
            <source>This laptop joined the team at {server} as {member} ({role}).</source>
            <translation>本机已加入 {server} 的团队，身份：{member}（{role}）。</translation>
        </message>
        <message>
            <source>In the team at {server} as {member} ({role}). Changes waiting: {waiting}; conflicts: {conflicts}; last sync: {last}.</source>
            <translation>已加入 {server} 的团队，身份：{member}（{role}）。待发送的更改：{waiting}；冲突：{conflicts}；上次同步：{last}。</translation>
        </message>
        <message>
            <source>Sent {pushed}, received {pulled}, conflicts {conflicts}.</source>
            <translation>已发送 {pushed}，已接收 {pulled}，冲突 {conflicts}。</translation>
        </message>
        <message>
            <source>Nobody is in the team yet.</source>
            <translation>团队中还没有成员。</translation>
        </message>
        <message>
            <source>No laptop has joined yet.</source>
            <translation>还没有电脑加入。</translation>
        </message>
        <message>
            <source>This laptop is used alone (not in a team).</source>
            <translation>本机单独使用（未加入团队）。</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>  (revoked)</source>
            <translation>（已停用）</translation>
        </message>
        <message>
            <source>{n} new stakeholder(s) share a mobile with someone of another name (rows {rows}); they were kept apart. Merge them in the card if they are one person.</source>
            <translation>{n} 位新联系人与另一姓名的联系人手机号相同（第 {rows} 行），已分别保存。如是同一人，请在客户卡片中合并。</translation>
        </message>
        <message>
            <source>unexpected error ({kind}); details are in {where}</source>
            <translation>意外错误（{kind}）；详情见 {where}</translation>
        </message>
        <message>
            <source>not done: {reason}.</source>
            <translation>未完成：{reason}。</translation>
        </message>
        <message>
            <source>not done: {reason}. {advice}</source>
            <translation>未完成：{reason}。{advice}</translation>
        </message>
        <message>
            <source>Nothing has been audited yet.</source>
            <translation>还没有任何审计记录。</translation>
        </message>
        <message>
            <source>Today, {day}: {name}</source>
            <translation>今天 {day}：{name}</translation>
        </message>
        <message>
            <source>{n} item(s) need action.</source>
            <translation>{n} 项待处理。</translation>
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
            <source>Nobody is set as this laptop's user: choose who you are in the window's File › Settings, or give --member NAME.</source>
            <translation>尚未设置本机用户：请在窗口的“文件 › 设置”中选择您是谁，或使用 --member 姓名。</translation>
        </message>
        <message>
            <source>Nothing needs you today. A good day to plan ahead.</source>
            <translation>今天没有待办事项。正好提前做做计划。</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <source>{account}, visit of {day}</source>
            <translation>{account}，{day} 的拜访</translation>
        </message>
        <message>
            <source>late: visit {n} d ago</source>
            <translation>已逾期：拜访于 {n} 天前</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>……另有 {n} 项</translation>
        </message>
        <message>
            <source>Acknowledge the co-visit report of {day} ({name})</source>
            <translation>确认 {day} 的协同拜访报告（{name}）</translation>
        </message>
        <message>
            <source>{n} d late</source>
            <translation>逾期 {n} 天</translation>
        </message>
        <message>
            <source>Sign the co-visit report of {day} with {name}</source>
            <translation>签署 {day} 与 {name} 的协同拜访报告</translation>
        </message>
        <message>
            <source>Finish the co-visit report of {day} with {name}</source>
            <translation>完成 {day} 与 {name} 的协同拜访报告</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>due {day}</source>
            <translation>{day} 到期</translation>
        </message>
        <message>
            <source>The plan for {month} was returned: {comment}</source>
            <translation>{month} 的计划被退回：{comment}</translation>
        </message>
        <message>
            <source>The plan for {month} is not submitted yet</source>
            <translation>{month} 的计划尚未提交</translation>
        </message>
        <message>
            <source>Each rep's data as of their last sync: {reps}.</source>
            <translation>各代表的数据截至其最近一次同步：{reps}。</translation>
        </message>
        <message>
            <source>Day report of {day} sent: {records} records ({completed} completed), {made} promises made, {kept} kept, {missed} planned visits not made. It reaches your manager at the next sync.</source>
            <translation>{day} 的日报已发送：{records} 条记录（{completed} 条已完成），新承诺 {made} 项，兑现 {kept} 项，未完成计划拜访 {missed} 次。下次同步时送达经理。</translation>
        </message>
        <message>
            <source>{day}: {sent} sent, {missing} not sent.</source>
            <translation>{day}：已发送 {sent} 份，未发送 {missing} 份。</translation>
        </message>
        <message>
            <source>Comment saved; it reaches the rep at the next sync.</source>
            <translation>评语已保存，下次同步时送达代表。</translation>
        </message>
        <message>
            <source>No reps report to you.</source>
            <translation>没有向您汇报的销售代表。</translation>
        </message>
        <message>
            <source>No day report was sent for {day}.</source>
            <translation>{day} 没有发送日报。</translation>
        </message>
        <message>
            <source>Write each reason as ACCOUNT_ID=TEXT.</source>
            <translation>每个原因请写成 ACCOUNT_ID=原因。</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>评语</translation>
        </message>
        <message>
            <source>{year}: the official calendar.</source>
            <translation>{year} 年：官方日历。</translation>
        </message>
        <message>
            <source>{day} is a working day.</source>
            <translation>{day} 为工作日。</translation>
        </message>
        <message>
            <source>{day} is a holiday.</source>
            <translation>{day} 为休息日。</translation>
        </message>
        <message>
            <source>{day}: the official calendar applies again.</source>
            <translation>{day}：恢复按官方日历。</translation>
        </message>
        <message>
            <source>{day} had no mark.</source>
            <translation>{day} 没有标记。</translation>
        </message>
        <message>
            <source>{year}: not in the official calendar; the days above were entered by hand, the rest is Monday to Friday.</source>
            <translation>{year} 年：官方日历中没有；以上日期为手工录入，其余按周一至周五。</translation>
        </message>
        <message>
            <source>{year}: not in the official calendar and nothing entered: Monday to Friday. Add holidays with `fieldvisit calendar set`.</source>
            <translation>{year} 年：官方日历中没有，也没有录入：按周一至周五。请用 `fieldvisit calendar set` 添加节假日。</translation>
        </message>
        <message>
            <source>The official holidays of {year} are not known yet: the plan uses Monday to Friday. Add the year's holidays and make-up working days with `fieldvisit calendar set`.</source>
            <translation>{year} 年的法定节假日尚未公布：计划按周一至周五安排。请用 `fieldvisit calendar set` 添加当年的节假日和调休上班日。</translation>
        </message>
        <message>
            <source>{rep}, {month} ({policy}): {visits} visits and {calls} calls for {accounts} accounts, at most {capacity} visits a day; {kept} already planned.</source>
            <translation>{rep}，{month}（{policy}）：为 {accounts} 家客户安排拜访 {visits} 次、电话 {calls} 次，每天最多 {capacity} 家拜访；已有计划 {kept} 项。</translation>
        </message>
        <message>
            <source>{rep}, {month}: {visits} visits, {calls} calls; {over} days over {capacity} visits; {short} accounts with fewer visits than their tier needs.</source>
            <translation>{rep}，{month}：拜访 {visits} 次，电话 {calls} 次；{over} 天超过 {capacity} 家拜访；{short} 家客户的拜访次数低于级别要求。</translation>
        </message>
        <message>
            <source>{n} visits do not fit within {capacity} a day and were not planned (choices: a phone call instead, next month, or a lower frequency for C):</source>
            <translation>有 {n} 次拜访在每天 {capacity} 家的上限内排不下，未列入计划（可选：改为电话、改到下月，C 类客户可降低频率）：</translation>
        </message>
        <message>
            <source>Already more than {capacity} visits on {days}: move some to other days.</source>
            <translation>{days} 已超过 {capacity} 家拜访：请把部分拜访改到其他日期。</translation>
        </message>
        <message>
            <source>Submitted for approval.</source>
            <translation>已提交审批。</translation>
        </message>
        <message>
            <source>Days over capacity: {days}</source>
            <translation>超过上限的日期：{days}</translation>
        </message>
        <message>
            <source>Contacts on public holidays: {days}</source>
            <translation>安排在法定节假日的联系：{days}</translation>
        </message>
        <message>
            <source>Withdrawn: the plan is a draft again and can be edited.</source>
            <translation>已撤回：计划恢复为草稿，可以修改。</translation>
        </message>
        <message>
            <source>Submit this plan for approval? [y/N] </source>
            <translation>提交此计划审批吗？[y/N] </translation>
        </message>
        <message>
            <source>Not submitted.</source>
            <translation>未提交。</translation>
        </message>
        <message>
            <source>Most phone calls on one day: {n}</source>
            <translation>单日电话最多：{n} 个</translation>
        </message>
        <message>
            <source>Problems found: {n}</source>
            <translation>发现的问题：{n} 个</translation>
        </message>
        <message>
            <source>New stakeholders sharing a mobile with someone of another name: {n} (rows {rows}); they were kept apart. Merge them in the card if they are one person.</source>
            <translation>与另一姓名的联系人手机号相同的新联系人：{n} 位（第 {rows} 行），已分别保存。如是同一人，请在客户卡片中合并。</translation>
        </message>
        <message>
            <source>Would import into {account}: cards {cards}, {new} created, {upd} updated, {same} unchanged, {skipped} skipped.</source>
            <translation>试导入到 {account}：名片 {cards} 张，新建 {new}、更新 {upd}、未变 {same}、跳过 {skipped}。</translation>
        </message>
        <message>
            <source>Imported into {account}: cards {cards}, {new} created, {upd} updated, {same} unchanged, {skipped} skipped.</source>
            <translation>已导入到 {account}：名片 {cards} 张，新建 {new}、更新 {upd}、未变 {same}、跳过 {skipped}。</translation>
        </message>
        <message>
            <source>Contacts written to {path}: {n}.</source>
            <translation>已写入 {path} 的联系人：{n} 位。</translation>
        </message>
        <message>
            <source>Nothing was imported; problems in {file}: {n}. Fix the rows, or use --skip-bad-rows to import the others.</source>
            <translation>未导入任何内容；{file} 中的问题：{n} 个。请修正这些行，或使用 --skip-bad-rows 导入其余的行。</translation>
        </message>
        <message>
            <source>Would import {file}: accounts {a_new} created, {a_upd} updated, {a_same} unchanged; stakeholders {s_new} created, {s_upd} updated, {s_same} unchanged; rows skipped: {skipped}.</source>
            <translation>试导入 {file}：客户新建 {a_new}、更新 {a_upd}、未变 {a_same}；联系人新建 {s_new}、更新 {s_upd}、未变 {s_same}；跳过的行：{skipped}。</translation>
        </message>
        <message>
            <source>Imported {file}: accounts {a_new} created, {a_upd} updated, {a_same} unchanged; stakeholders {s_new} created, {s_upd} updated, {s_same} unchanged; rows skipped: {skipped}.</source>
            <translation>已导入 {file}：客户新建 {a_new}、更新 {a_upd}、未变 {a_same}；联系人新建 {s_new}、更新 {s_upd}、未变 {s_same}；跳过的行：{skipped}。</translation>
        </message>
        <message>
            <source>Needing action: {n}.</source>
            <translation>待处理：{n} 项。</translation>
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
            <source>{rep}'s plan for {month}: approve or return it</source>
            <translation>{rep}的{month}计划：请批准或退回</translation>
        </message>
        <message>
            <source>{rep} has not sent the day report of {day}</source>
            <translation>{rep}尚未发送 {day} 的日报</translation>
        </message>
        <message>
            <source>{rep}'s day report of {day}: read it and comment</source>
            <translation>{rep} {day} 的日报：请阅读并评论</translation>
        </message>
        <message>
            <source>{account}, visit of {day} by {rep}</source>
            <translation>{account}，{rep} {day} 的拜访</translation>
        </message>
        <message>
            <source>{rep}, {month}: {status}</source>
            <translation>{rep}，{month}：{status}</translation>
        </message>
        <message>
            <source>Manager's comment: {comment}</source>
            <translation>经理意见：{comment}</translation>
        </message>
        <message>
            <source>The last step waits for the next sync to reach the team server.</source>
            <translation>最近一步操作等待下次同步发送到团队服务器。</translation>
        </message>
        <message>
            <source>Approved; the rep sees it after the next sync.</source>
            <translation>已批准；代表在下次同步后看到。</translation>
        </message>
        <message>
            <source>Returned with your comment; the rep sees it after the next sync.</source>
            <translation>已连同您的意见退回；代表在下次同步后看到。</translation>
        </message>
        <message>
            <source>{name} is now {role}.</source>
            <translation>{name}现在的角色是{role}。</translation>
        </message>
        <message>
            <source>{count} change-log entries older than {days} days removed.</source>
            <translation>已删除 {count} 条超过 {days} 天的变更记录。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Cannot write the file</source>
            <translation>无法写入文件</translation>
        </message>
        <message>
            <source>Co-visit checklist template problem</source>
            <translation>协同拜访检查表模板有问题</translation>
        </message>
        <message>
            <source>FieldVisit error</source>
            <translation>FieldVisit 错误</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>Not a FieldVisit database</source>
            <translation>不是 FieldVisit 数据库</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>Database from a newer FieldVisit</source>
            <translation>数据库来自更新版本的 FieldVisit</translation>
        </message>
        <message>
            <source>The database is in use</source>
            <translation>数据库正被占用</translation>
        </message>
        <message>
            <source>Database upgrade failed</source>
            <translation>数据库升级失败</translation>
        </message>
        <message>
            <source>Backup or restore failed</source>
            <translation>备份或恢复失败</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <source>Please check this value</source>
            <translation>请检查此项</translation>
        </message>
        <message>
            <source>Cannot use this file</source>
            <translation>无法使用此文件</translation>
        </message>
        <message>
            <source>The account is in the trash</source>
            <translation>该客户在回收站中</translation>
        </message>
        <message>
            <source>Cannot delete permanently</source>
            <translation>无法永久删除</translation>
        </message>
        <message>
            <source>This co-visit report is signed off</source>
            <translation>此协同拜访报告已签署</translation>
        </message>
        <message>
            <source>The report is not complete</source>
            <translation>报告尚未完成</translation>
        </message>
        <message>
            <source>The database was not moved</source>
            <translation>数据库未移动</translation>
        </message>
        <message>
            <source>Cannot read the file</source>
            <translation>无法读取文件</translation>
        </message>
        <message>
            <source>Cannot write the calendar file</source>
            <translation>无法写入日历文件</translation>
        </message>
        <message>
            <source>The plan cannot be changed</source>
            <translation>计划不能修改</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>不允许</translation>
        </message>
        <message>
            <source>Cannot run the team server's PostgreSQL</source>
            <translation>无法运行团队服务器的 PostgreSQL</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>Team sync</source>
            <translation>团队同步</translation>
        </message>
        <message>
            <source>The report is not ready for the rep's acknowledgement</source>
            <translation>报告尚不能由代表确认</translation>
        </message>
        <message>
            <source>Changed meanwhile by someone else</source>
            <translation>他人已在此期间修改</translation>
        </message>
        <message>
            <source>The data folder is read-only</source>
            <translation>数据文件夹只读</translation>
        </message>
        <message>
            <source>Team set-up</source>
            <translation>团队设置</translation>
        </message>
    </context>
    <context>
        <name>Fields.account</name>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>客户状态</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Our rep</source>
            <translation>我方负责人</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>客户级别</translation>
        </message>
        <message>
            <source>Sub-tier</source>
            <translation>细分级别</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>传真</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>网址</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>邮政编码</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>法人代表</translation>
        </message>
        <message>
            <source>Key staff</source>
            <translation>主要人员</translation>
        </message>
        <message>
            <source>Outlets and branches</source>
            <translation>营业网点</translation>
        </message>
        <message>
            <source>Business scale</source>
            <translation>经营规模</translation>
        </message>
        <message>
            <source>Category sales capacity</source>
            <translation>品类销售容量</translation>
        </message>
        <message>
            <source>House rules</source>
            <translation>内部规定</translation>
        </message>
        <message>
            <source>Business began on</source>
            <translation>开始合作日期</translation>
        </message>
        <message>
            <source>Their contact person</source>
            <translation>对方接洽人</translation>
        </message>
        <message>
            <source>Supply agreement terms</source>
            <translation>供货协议条款</translation>
        </message>
        <message>
            <source>Volume band (532)</source>
            <translation>销量档次（532）</translation>
        </message>
        <message>
            <source>Key-account level</source>
            <translation>大客户级别</translation>
        </message>
        <message>
            <source>Early tier</source>
            <translation>初期级别</translation>
        </message>
        <message>
            <source>M-A-N: money</source>
            <translation>MAN：购买力</translation>
        </message>
        <message>
            <source>M-A-N: authority</source>
            <translation>MAN：决策权</translation>
        </message>
        <message>
            <source>M-A-N: need</source>
            <translation>MAN：需求</translation>
        </message>
        <message>
            <source>M-A-N grade</source>
            <translation>M-A-N 评级</translation>
        </message>
        <message>
            <source>Early classification notes</source>
            <translation>初期分级说明</translation>
        </message>
        <message>
            <source>Credit grade</source>
            <translation>资信等级</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>铺底额度</translation>
        </message>
        <message>
            <source>Brands carried</source>
            <translation>经营品种</translation>
        </message>
        <message>
            <source>Settlement procedure</source>
            <translation>结算流程</translation>
        </message>
        <message>
            <source>Settlement contact</source>
            <translation>结算联系人</translation>
        </message>
        <message>
            <source>Delivery requirements</source>
            <translation>送货要求</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>售后服务</translation>
        </message>
        <message>
            <source>Buying stage</source>
            <translation>采购阶段</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>类型(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>客户状态(&amp;S)</translation>
        </message>
        <message>
            <source>Pro&amp;vince</source>
            <translation>省份(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>城市/区县(&amp;C)</translation>
        </message>
        <message>
            <source>A&amp;ddress</source>
            <translation>地址(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Owner (rep)</source>
            <translation>负责代表(&amp;O)</translation>
        </message>
        <message>
            <source>T&amp;ier</source>
            <translation>客户级别(&amp;I)</translation>
        </message>
        <message>
            <source>Su&amp;b-tier</source>
            <translation>细分级别(&amp;B)</translation>
        </message>
        <message>
            <source>Outlets / branches</source>
            <translation>营业网点/分支机构</translation>
        </message>
        <message>
            <source>Sales capacity for our category (yuan / year)</source>
            <translation>本品类年销售容量（元/年）</translation>
        </message>
        <message>
            <source>House rules that affect business</source>
            <translation>影响业务的内部规定</translation>
        </message>
        <message>
            <source>Their contact person (接洽人)</source>
            <translation>对方接洽人</translation>
        </message>
        <message>
            <source>532 volume band</source>
            <translation>532 销量分档</translation>
        </message>
        <message>
            <source>Early classification (tier)</source>
            <translation>初期分级</translation>
        </message>
        <message>
            <source>Money (can pay)</source>
            <translation>购买力 (Money)</translation>
        </message>
        <message>
            <source>Authority (can decide)</source>
            <translation>决策权 (Authority)</translation>
        </message>
        <message>
            <source>Need (has a need)</source>
            <translation>需求 (Need)</translation>
        </message>
        <message>
            <source>M-A-N prospect grade</source>
            <translation>M-A-N 潜在客户等级</translation>
        </message>
        <message>
            <source>Overall credit grade</source>
            <translation>综合资信等级</translation>
        </message>
        <message>
            <source>Credit limit (yuan)</source>
            <translation>铺底额度（元）</translation>
        </message>
        <message>
            <source>Brands / varieties / specifications carried</source>
            <translation>经营的品牌/品种/规格</translation>
        </message>
        <message>
            <source>Delivery timing and requirements</source>
            <translation>送货时间与要求</translation>
        </message>
        <message>
            <source>Buying stage (main project)</source>
            <translation>采购阶段（主要项目）</translation>
        </message>
        <message>
            <source>e.g. 北京协和医院</source>
            <translation>例如 北京协和医院</translation>
        </message>
        <message>
            <source>e.g. 010-6529 5114</source>
            <translation>例如 010-6529 5114</translation>
        </message>
        <message>
            <source>e.g. 1,200,000</source>
            <translation>例如 1,200,000</translation>
        </message>
        <message>
            <source>e.g. 50,000</source>
            <translation>例如 50,000</translation>
        </message>
        <message>
            <source>Settlement timing</source>
            <translation>结算时间</translation>
        </message>
        <message>
            <source>Settlement method</source>
            <translation>结算方式</translation>
        </message>
        <message>
            <source>Invoice type</source>
            <translation>发票类型</translation>
        </message>
        <message>
            <source>5C: capital, character, capacity, collateral, conditions</source>
            <translation>5C：资本、品德、能力、担保、环境</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>结算方式</translation>
        </message>
    </context>
    <context>
        <name>Fields.profile</name>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>School</source>
            <translation>毕业院校</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>专业</translation>
        </message>
        <message>
            <source>Hometown</source>
            <translation>籍贯</translation>
        </message>
        <message>
            <source>Spouse</source>
            <translation>配偶</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>子女</translation>
        </message>
        <message>
            <source>Personality</source>
            <translation>性格</translation>
        </message>
        <message>
            <source>Hobbies</source>
            <translation>爱好</translation>
        </message>
        <message>
            <source>Sports</source>
            <translation>运动</translation>
        </message>
        <message>
            <source>Food and restaurants</source>
            <translation>饮食与餐厅</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>阅读</translation>
        </message>
        <message>
            <source>Car</source>
            <translation>座驾</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>假期安排</translation>
        </message>
        <message>
            <source>Other organisations</source>
            <translation>其他组织</translation>
        </message>
        <message>
            <source>Relations with colleagues</source>
            <translation>同事关系</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>教育背景</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>家庭</translation>
        </message>
        <message>
            <source>Hobbies and sports</source>
            <translation>爱好与运动</translation>
        </message>
    </context>
    <context>
        <name>Fields.stakeholder</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>科室</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Office phone</source>
            <translation>办公电话</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>部门职能</translation>
        </message>
        <message>
            <source>Key-customer level</source>
            <translation>关键客户级别</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>价值观</translation>
        </message>
        <message>
            <source>Thinking preference</source>
            <translation>思维偏好</translation>
        </message>
        <message>
            <source>Adoption stage</source>
            <translation>采纳阶段</translation>
        </message>
        <message>
            <source>Trust: can rely on us</source>
            <translation>信任：可以依靠</translation>
        </message>
        <message>
            <source>Can I rely on you?</source>
            <translation>我能依靠你吗？</translation>
        </message>
        <message>
            <source>Trust: honest</source>
            <translation>信任：诚实</translation>
        </message>
        <message>
            <source>Are you honest?</source>
            <translation>你诚实吗？</translation>
        </message>
        <message>
            <source>Trust: sensitive to needs</source>
            <translation>信任：体察需求</translation>
        </message>
        <message>
            <source>Are you sensitive to my needs?</source>
            <translation>你在意我的需求吗？</translation>
        </message>
        <message>
            <source>Trust: capable</source>
            <translation>信任：有能力</translation>
        </message>
        <message>
            <source>Are you capable?</source>
            <translation>你有能力吗？</translation>
        </message>
        <message>
            <source>Trust: likes us</source>
            <translation>信任：喜欢我们</translation>
        </message>
        <message>
            <source>Do I like you?</source>
            <translation>我喜欢你吗？</translation>
        </message>
        <message>
            <source>Left the role on</source>
            <translation>离任日期</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>职务(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Department</source>
            <translation>科室/部门(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Mobile</source>
            <translation>手机(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Office phone</source>
            <translation>办公电话(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>电子邮箱(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;WeChat</source>
            <translation>微信(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>地址(&amp;A)</translation>
        </message>
        <message>
            <source>Organisation level</source>
            <translation>组织层级</translation>
        </message>
        <message>
            <source>Ended on</source>
            <translation>离任日期</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Sales rep</source>
            <translation>医药代表</translation>
        </message>
        <message>
            <source>First-line manager</source>
            <translation>地区经理</translation>
        </message>
        <message>
            <source>Office-based</source>
            <translation>办公室办公</translation>
        </message>
        <message>
            <source>Home-based</source>
            <translation>居家办公</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>医院</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>诊所</translation>
        </message>
        <message>
            <source>Pharmacy</source>
            <translation>药店</translation>
        </message>
        <message>
            <source>Distributor</source>
            <translation>经销商</translation>
        </message>
        <message>
            <source>Retailer</source>
            <translation>零售终端</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Active customer</source>
            <translation>业务往来客户</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标客户</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>潜在客户</translation>
        </message>
        <message>
            <source>Peer / competitor</source>
            <translation>同行</translation>
        </message>
        <message>
            <source>Level 1</source>
            <translation>一级</translation>
        </message>
        <message>
            <source>Level 2</source>
            <translation>二级</translation>
        </message>
        <message>
            <source>Level 3</source>
            <translation>三级</translation>
        </message>
        <message>
            <source>Top 50 % of volume</source>
            <translation>前 50% 销量</translation>
        </message>
        <message>
            <source>Next 30 % of volume</source>
            <translation>中间 30% 销量</translation>
        </message>
        <message>
            <source>Last 20 % of volume</source>
            <translation>最后 20% 销量</translation>
        </message>
        <message>
            <source>Need discovered</source>
            <translation>发现需求</translation>
        </message>
        <message>
            <source>Internal deliberation</source>
            <translation>内部酝酿</translation>
        </message>
        <message>
            <source>Solution design</source>
            <translation>系统设计</translation>
        </message>
        <message>
            <source>Evaluation and comparison</source>
            <translation>评估比较</translation>
        </message>
        <message>
            <source>Purchase commitment</source>
            <translation>购买承诺</translation>
        </message>
        <message>
            <source>Installation and implementation</source>
            <translation>安装实施</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年</translation>
        </message>
        <message>
            <source>Decision-maker</source>
            <translation>采购决策者</translation>
        </message>
        <message>
            <source>Proposer</source>
            <translation>提议者</translation>
        </message>
        <message>
            <source>Supporter</source>
            <translation>支持者</translation>
        </message>
        <message>
            <source>Constraint setter</source>
            <translation>条件限制者</translation>
        </message>
        <message>
            <source>Main user</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>影响者</translation>
        </message>
        <message>
            <source>Economic buyer</source>
            <translation>经济决策者</translation>
        </message>
        <message>
            <source>Technical buyer</source>
            <translation>技术把关者</translation>
        </message>
        <message>
            <source>User buyer</source>
            <translation>使用决策者</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>内线</translation>
        </message>
        <message>
            <source>Top management</source>
            <translation>高层</translation>
        </message>
        <message>
            <source>Middle management</source>
            <translation>中层</translation>
        </message>
        <message>
            <source>Operational</source>
            <translation>基层</translation>
        </message>
        <message>
            <source>Using department</source>
            <translation>使用部门</translation>
        </message>
        <message>
            <source>Purchasing department</source>
            <translation>采购部门</translation>
        </message>
        <message>
            <source>Supporting department</source>
            <translation>支持部门</translation>
        </message>
        <message>
            <source>Emotional</source>
            <translation>感性</translation>
        </message>
        <message>
            <source>Rational</source>
            <translation>理性</translation>
        </message>
        <message>
            <source>Awareness</source>
            <translation>认知</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>考虑</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
        <message>
            <source>In-person visit</source>
            <translation>登门拜访</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>WeChat / IM</source>
            <translation>微信/即时通讯</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>展会</translation>
        </message>
        <message>
            <source>Technical exchange</source>
            <translation>技术交流</translation>
        </message>
        <message>
            <source>Samples / test</source>
            <translation>样品试用</translation>
        </message>
        <message>
            <source>Business activity</source>
            <translation>商务活动</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>参观考察</translation>
        </message>
        <message>
            <source>More volume or varieties</source>
            <translation>增加销量或品种</translation>
        </message>
        <message>
            <source>An item not yet stocked</source>
            <translation>进入尚未经营的品种</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>新产品</translation>
        </message>
        <message>
            <source>First order from a new customer</source>
            <translation>新客户首单</translation>
        </message>
        <message>
            <source>Collect payment</source>
            <translation>回收货款</translation>
        </message>
        <message>
            <source>Handle a complaint</source>
            <translation>处理投诉</translation>
        </message>
        <message>
            <source>Pass on a policy</source>
            <translation>传达政策</translation>
        </message>
        <message>
            <source>Build the relationship</source>
            <translation>建立关系</translation>
        </message>
        <message>
            <source>Market research</source>
            <translation>市场调研</translation>
        </message>
        <message>
            <source>Competitor intelligence</source>
            <translation>竞争对手情报</translation>
        </message>
        <message>
            <source>Relationship care</source>
            <translation>客情维护</translation>
        </message>
        <message>
            <source>New-customer development</source>
            <translation>新客户开发</translation>
        </message>
        <message>
            <source>New-product launch</source>
            <translation>新品推广</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>覆盖</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>已兑现</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <source>Morning</source>
            <translation>上午</translation>
        </message>
        <message>
            <source>Afternoon</source>
            <translation>下午</translation>
        </message>
        <message>
            <source>Joint call</source>
            <translation>共同拜访</translation>
        </message>
        <message>
            <source>Demonstration call</source>
            <translation>示范拜访</translation>
        </message>
        <message>
            <source>Coaching call</source>
            <translation>指导式拜访</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>已签署</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>准备</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>开场</translation>
        </message>
        <message>
            <source>Probing needs</source>
            <translation>探询需求</translation>
        </message>
        <message>
            <source>Listening</source>
            <translation>倾听</translation>
        </message>
        <message>
            <source>Presenting (FAB)</source>
            <translation>呈现 (特征-优势-利益)</translation>
        </message>
        <message>
            <source>Handling objections</source>
            <translation>处理异议</translation>
        </message>
        <message>
            <source>Gaining commitment</source>
            <translation>获取承诺</translation>
        </message>
        <message>
            <source>Recording and follow-up</source>
            <translation>记录与跟进</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>行政管理</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>沟通</translation>
        </message>
        <message>
            <source>Territory management</source>
            <translation>辖区管理</translation>
        </message>
        <message>
            <source>Channel management</source>
            <translation>渠道管理</translation>
        </message>
        <message>
            <source>Team selling</source>
            <translation>团队销售</translation>
        </message>
        <message>
            <source>Sales calls</source>
            <translation>销售拜访</translation>
        </message>
        <message>
            <source>Product / disease knowledge</source>
            <translation>产品/疾病知识</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>已放弃</translation>
        </message>
        <message>
            <source>Completed plans</source>
            <translation>已完成的计划</translation>
        </message>
        <message>
            <source>Plans in progress</source>
            <translation>进行中的计划</translation>
        </message>
        <message>
            <source>New plans</source>
            <translation>新计划</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>定稿</translation>
        </message>
        <message>
            <source>per week</source>
            <translation>每周</translation>
        </message>
        <message>
            <source>per two weeks</source>
            <translation>每两周</translation>
        </message>
        <message>
            <source>Team administrator</source>
            <translation>团队管理员</translation>
        </message>
        <message>
            <source>Not done, carried forward</source>
            <translation>未完成，继续跟进</translation>
        </message>
        <message>
            <source>the database is in use by another program</source>
            <translation>数据库正被其他程序占用</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>the data folder is read-only</source>
            <translation>数据文件夹只读</translation>
        </message>
        <message>
            <source>no permission to write the data folder</source>
            <translation>无权写入数据文件夹</translation>
        </message>
        <message>
            <source>the disk cannot be read or written</source>
            <translation>磁盘无法读写</translation>
        </message>
        <message>
            <source>the file would grow larger than this system allows</source>
            <translation>文件将超出此系统允许的大小</translation>
        </message>
        <message>
            <source>the database file is damaged</source>
            <translation>数据库文件已损坏</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>No column is mapped to the account name. Choose which column holds it (e.g. 客户名称 or Account name).</source>
            <translation>没有列对应客户名称。请选择哪一列是客户名称（例如“客户名称”或 Account name）。</translation>
        </message>
        <message>
            <source>{f} is mapped to more than one column; keep one.</source>
            <translation>“{f}”对应了多列，请只保留一列。</translation>
        </message>
        <message>
            <source>{n} has more than {m:,} rows; split it into smaller files.</source>
            <translation>{n} 超过 {m:,} 行，请拆分成较小的文件。</translation>
        </message>
        <message>
            <source>{n} is not a text or spreadsheet file. Choose a .xlsx workbook or a .csv file.</source>
            <translation>{n} 不是文本或电子表格文件，请选择 .xlsx 工作簿或 .csv 文件。</translation>
        </message>
        <message>
            <source>{n} is neither UTF-8 nor GBK/GB18030 text. In Excel or WPS choose Save as ▸ CSV UTF-8, or give the encoding (utf-8, gbk, utf-16).</source>
            <translation>{n} 既不是 UTF-8 也不是 GBK/GB18030 文本。请在 Excel 或 WPS 中选择“另存为 ▸ CSV UTF-8”，或指定编码（utf-8、gbk、utf-16）。</translation>
        </message>
        <message>
            <source>{p} is a folder; choose a .xlsx or .csv file.</source>
            <translation>{p} 是文件夹，请选择 .xlsx 或 .csv 文件。</translation>
        </message>
        <message>
            <source>{n} is empty: there is nothing to import.</source>
            <translation>{n} 是空文件，没有可导入的内容。</translation>
        </message>
        <message>
            <source>{n} is {mb:.1f} MB; FieldVisit imports files of up to {limit} MB. Split it into smaller files.</source>
            <translation>{n} 大小为 {mb:.1f} MB，FieldVisit 最多导入 {limit} MB 的文件，请拆分成较小的文件。</translation>
        </message>
        <message>
            <source>{n} is in the old Excel 97–2003 format. Open it in Excel or WPS and save it as .xlsx (Excel workbook) or .csv, then import that file.</source>
            <translation>{n} 是旧版 Excel 97–2003 格式。请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 后再导入。</translation>
        </message>
        <message>
            <source>{n} has no rows: there is nothing to import.</source>
            <translation>{n} 没有任何行，没有可导入的内容。</translation>
        </message>
        <message>
            <source>{n} has no row {r}.</source>
            <translation>{n} 没有第 {r} 行。</translation>
        </message>
        <message>
            <source>{p} cannot be opened: {why}.</source>
            <translation>无法打开 {p}：{why}。</translation>
        </message>
        <message>
            <source>{n} is not a readable Excel workbook (it may be damaged or only partly copied): {why}. Open it in Excel or WPS, save it again as .xlsx and retry.</source>
            <translation>{n} 不是可读取的 Excel 工作簿（可能已损坏或未完整复制）：{why}。请在 Excel 或 WPS 中重新另存为 .xlsx 后再试。</translation>
        </message>
        <message>
            <source>{n} has no sheet called {s!r}; its sheets are: {all}.</source>
            <translation>{n} 中没有名为“{s}”的工作表，现有工作表：{all}。</translation>
        </message>
        <message>
            <source>Unknown encoding {e!r}; use utf-8, gbk (gb18030) or utf-16.</source>
            <translation>未知编码“{e}”，请使用 utf-8、gbk（gb18030）或 utf-16。</translation>
        </message>
        <message>
            <source>{n}, line {l}: {why}.</source>
            <translation>{n} 第 {l} 行：{why}。</translation>
        </message>
        <message>
            <source>{n} is damaged: {why}. Save it again from Excel or WPS and retry.</source>
            <translation>{n} 已损坏：{why}。请在 Excel 或 WPS 中重新保存后再试。</translation>
        </message>
        <message>
            <source>{n} is not valid {e} text (byte {b}). Try another encoding.</source>
            <translation>{n} 不是有效的 {e} 文本（第 {b} 字节），请换一种编码再试。</translation>
        </message>
        <message>
            <source>The account name is empty.</source>
            <translation>客户名称为空。</translation>
        </message>
        <message>
            <source>A stakeholder's details are given but not their name.</source>
            <translation>填写了联系人信息，但没有填写姓名。</translation>
        </message>
        <message>
            <source>{new!r} differs from {old!r} on row {row} for the same {what}.</source>
            <translation>“{new}”与第 {row} 行同一{what}的“{old}”不一致。</translation>
        </message>
        <message>
            <source>{t!r} is not a date; write it as YYYY-MM-DD, e.g. 2024-03-15.</source>
            <translation>“{t}”不是日期，请写成 YYYY-MM-DD，例如 2024-03-15。</translation>
        </message>
        <message>
            <source>is {n} characters long; at most {m} fit.</source>
            <translation>有 {n} 个字符，最多 {m} 个。</translation>
        </message>
        <message>
            <source>{t!r} is not an email address.</source>
            <translation>“{t}”不是电子邮箱地址。</translation>
        </message>
        <message>
            <source>{t!r} is not one of: {c}.</source>
            <translation>“{t}”不在可选值中：{c}。</translation>
        </message>
        <message>
            <source>{t!r} was shortened by Excel; format the column as text and type the number again.</source>
            <translation>“{t}”被 Excel 缩写成了科学计数法；请把该列设为文本格式后重新输入号码。</translation>
        </message>
        <message>
            <source>{t!r} is not a FieldVisit ID (32 hex digits).</source>
            <translation>“{t}”不是 FieldVisit 编号（32 位十六进制）。</translation>
        </message>
        <message>
            <source>{t!r} is not a buying role; use: {c}.</source>
            <translation>“{t}”不是采购角色，可用：{c}。</translation>
        </message>
        <message>
            <source>The card has no name (FN or N).</source>
            <translation>名片没有姓名（FN 或 N）。</translation>
        </message>
        <message>
            <source>is {n} characters; {m} fit.</source>
            <translation>有 {n} 个字符，最多 {m} 个。</translation>
        </message>
        <message>
            <source>{n} team members are called {owner}; rename one to tell them apart.</source>
            <translation>团队中有 {n} 人叫“{owner}”，请改名以便区分。</translation>
        </message>
        <message>
            <source>No team member is called {owner}.{hint}</source>
            <translation>团队中没有“{owner}”。{hint}</translation>
        </message>
        <message>
            <source> in {c}</source>
            <translation>（{c}）</translation>
        </message>
        <message>
            <source> Did you mean {names}?</source>
            <translation>您是不是要找：{names}？</translation>
        </message>
        <message>
            <source> Add them to the team first.</source>
            <translation>请先把此人加入团队。</translation>
        </message>
        <message>
            <source>{n} accounts are called {name}{where}. Add the City or the Account ID column (export the list to get the IDs) to say which.</source>
            <translation>有 {n} 个客户叫“{name}”{where}。请加上城市或客户编号列（导出列表可得到编号）以区分。</translation>
        </message>
        <message>
            <source>No account has this ID and no name is given.</source>
            <translation>没有这个编号的客户，也没有填写名称。</translation>
        </message>
        <message>
            <source>Same account as row {row}; put its rows together under one name and city.</source>
            <translation>与第 {row} 行是同一客户，请用同一名称和城市把这些行放在一起。</translation>
        </message>
        <message>
            <source>This account is in the trash. Restore it first, or clear the ID cell to create a new account.</source>
            <translation>该客户在回收站中。请先恢复，或清空编号单元格以新建客户。</translation>
        </message>
        <message>
            <source>account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>stakeholder</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Call {account}</source>
            <translation>电话 {account}</translation>
        </message>
        <message>
            <source>Visit plan {rep} {month}</source>
            <translation>拜访计划 {rep} {month}</translation>
        </message>
        <message>
            <source>Visit {account}</source>
            <translation>拜访 {account}</translation>
        </message>
        <message>
            <source>Service {account}</source>
            <translation>服务 {account}</translation>
        </message>
        <message>
            <source>{t!r} is not yes or no.</source>
            <translation>“{t}”不是“是”或“否”。</translation>
        </message>
        <message>
            <source>repeats the column {c}, which is imported, with another value; make them agree or delete one of the two columns.</source>
            <translation>与导入的“{c}”列重复但内容不同，请使两列一致或删除其中一列。</translation>
        </message>
        <message>
            <source>{n} ends in the middle of line {l}: the file is incomplete (cut short while copying or downloading). Nothing was imported; copy or save the file again.</source>
            <translation>{n} 在第 {l} 行中途结束：文件不完整（复制或下载时被截断）。未导入任何内容，请重新复制或保存文件。</translation>
        </message>
        <message>
            <source>{n} is not valid {e} text (byte {b}); it may be damaged or cut short. Try another encoding, or save the file again.</source>
            <translation>{n} 不是有效的 {e} 文本（第 {b} 字节），可能已损坏或不完整。请换一种编码，或重新保存文件。</translation>
        </message>
        <message>
            <source>{n}, row {r}: more than {m:,} columns; this is not an account list.</source>
            <translation>{n} 第 {r} 行：超过 {m:,} 列，这不是客户清单。</translation>
        </message>
        <message>
            <source>{n}, row {r}, column {c}: the cell holds {k:,} characters; a spreadsheet cell holds at most {m:,}. The file is damaged or is not an account list.</source>
            <translation>{n} 第 {r} 行 {c} 列：单元格有 {k:,} 个字符，电子表格单元格最多 {m:,} 个。文件已损坏或不是客户清单。</translation>
        </message>
        <message>
            <source>{n} holds no contact cards (no BEGIN:VCARD). Export the contacts from the phone as a .vcf file.</source>
            <translation>{n} 中没有名片（没有 BEGIN:VCARD）。请从手机把联系人导出为 .vcf 文件。</translation>
        </message>
        <message>
            <source>{n} is {mb:.1f} MB; vCard files of up to {limit} MB can be imported.</source>
            <translation>{n} 大小为 {mb:.1f} MB，最多可导入 {limit} MB 的 vCard 文件。</translation>
        </message>
        <message>
            <source>{p} cannot be read: {why}.</source>
            <translation>无法读取 {p}：{why}。</translation>
        </message>
        <message>
            <source>{n} ends inside the card that starts on line {l}: the file is incomplete (cut short while copying). Nothing was imported; export the contacts again.</source>
            <translation>{n} 在第 {l} 行开始的名片中途结束：文件不完整（复制时被截断）。未导入任何内容，请重新导出联系人。</translation>
        </message>
        <message>
            <source>{n} is not a vCard (.vcf) file.</source>
            <translation>{n} 不是 vCard（.vcf）名片文件。</translation>
        </message>
        <message>
            <source>{n} unpacks to {mb:,} MB, more than an account list can hold (at most {limit} MB). Split it into smaller files.</source>
            <translation>{n} 解压后有 {mb:,} MB，超出客户清单的合理大小（最多 {limit} MB），请拆分成较小的文件。</translation>
        </message>
        <message>
            <source>{path} is in a folder FieldVisit cannot write to (read-only or no permission). The file was left unchanged; make the folder writable, or copy the database to a writable folder and open it with --db.</source>
            <translation>{path} 所在的文件夹无法写入（只读或没有权限）。文件未被改动；请让该文件夹可写，或把数据库复制到可写的文件夹后用 --db 打开。</translation>
        </message>
        <message>
            <source>{path} cannot be read: the disk reported an error. The file was left unchanged; check the disk or drive, then try again.</source>
            <translation>无法读取 {path}：磁盘报告了错误。文件未被改动；请检查磁盘或驱动器后重试。</translation>
        </message>
        <message>
            <source>Make the data folder writable or move the database (Settings ▸ Data).</source>
            <translation>请让数据文件夹可写，或移动数据库（设置 ▸ 数据）。</translation>
        </message>
        <message>
            <source>Close the other program or window using the database, then try again.</source>
            <translation>请关闭正在使用数据库的其他程序或窗口，然后重试。</translation>
        </message>
        <message>
            <source>Free some space on the disk, then try again.</source>
            <translation>请在磁盘上腾出一些空间，然后重试。</translation>
        </message>
        <message>
            <source>Check the disk or drive, then try again; make a backup soon.</source>
            <translation>请检查磁盘或驱动器，然后重试；并尽快备份。</translation>
        </message>
        <message>
            <source>Move the database to a disk without a file size limit (Settings ▸ Data), or raise the limit, then try again.</source>
            <translation>请把数据库移到没有文件大小限制的磁盘（设置 ▸ 数据），或提高该限制，然后重试。</translation>
        </message>
        <message>
            <source>Nothing more was written to it. Restore the latest backup (fieldvisit restore FILE, or Settings ▸ Data).</source>
            <translation>没有再向其中写入任何内容。请恢复最近的备份（fieldvisit restore FILE，或设置 ▸ 数据）。</translation>
        </message>
        <message>
            <source>Birthday: {when} (year unknown)</source>
            <translation>生日：{when}（年份不详）</translation>
        </message>
        <message>
            <source>Restore works on SQLite databases; use your server's tools instead.</source>
            <translation>恢复只适用于 SQLite 数据库；请改用服务器自带的工具。</translation>
        </message>
        <message>
            <source>{file}: give the file the .ics extension.</source>
            <translation>{file}：请使用 .ics 作为文件扩展名。</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name, e.g. {example}.</source>
            <translation>{path} 是文件夹；请给出文件名，例如 {example}。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Create it first or choose another.</source>
            <translation>文件夹 {folder} 不存在。请先创建它，或另选一个文件夹。</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}.</source>
            <translation>无法写入 {path}：{reason}。</translation>
        </message>
        <message>
            <source>--limit must be 1 or more (you gave {limit}).</source>
            <translation>--limit 必须为 1 或更大（您给的是 {limit}）。</translation>
        </message>
        <message>
            <source>Since this was opened, someone else changed {count} of the values changed here ({names}). Choose which value to keep, then save again.</source>
            <translation>自打开以来，其他人修改了这里也修改过的 {count} 个值（{names}）。请选择要保留的值，然后再次保存。</translation>
        </message>
        <message>
            <source>Nobody called {name} is in the team.</source>
            <translation>团队中没有名为 {name} 的成员。</translation>
        </message>
        <message>
            <source>{count} people are called {name}; rename one first.</source>
            <translation>有 {count} 位成员都叫 {name}；请先给其中一位改名。</translation>
        </message>
        <message>
            <source>{name} is not a manager.</source>
            <translation>{name} 不是经理。</translation>
        </message>
        <message>
            <source>A member needs a name.</source>
            <translation>成员需要有姓名。</translation>
        </message>
        <message>
            <source>A rep needs a manager: add --manager NAME.</source>
            <translation>代表需要有经理：请加上 --manager 姓名。</translation>
        </message>
        <message>
            <source>{name} is already in the team.</source>
            <translation>{name} 已在团队中。</translation>
        </message>
        <message>
            <source>{name} is not a rep.</source>
            <translation>{name} 不是代表。</translation>
        </message>
        <message>
            <source>No account has that name or ID.</source>
            <translation>没有使用该名称或 ID 的客户。</translation>
        </message>
        <message>
            <source>{id} is not a device id.</source>
            <translation>{id} 不是设备 ID。</translation>
        </message>
        <message>
            <source>No device has the ID {id}.</source>
            <translation>没有 ID 为 {id} 的设备。</translation>
        </message>
        <message>
            <source>PostgreSQL's server programs (initdb, pg_ctl) were not found. Install them, e.g. 'sudo apt-get install postgresql' on Debian or Ubuntu, 'brew install postgresql@16' on macOS, or the installer from postgresql.org on Windows; then run this again.</source>
            <translation>找不到 PostgreSQL 的服务器程序（initdb、pg_ctl）。请先安装，例如在 Debian 或 Ubuntu 上运行“sudo apt-get install postgresql”，在 macOS 上运行“brew install postgresql@16”，在 Windows 上使用 postgresql.org 提供的安装程序；然后再运行本命令。</translation>
        </message>
        <message>
            <source>PostgreSQL did not start; see {log}.</source>
            <translation>PostgreSQL 未能启动；请查看 {log}。</translation>
        </message>
        <message>
            <source>{program} failed: {output}</source>
            <translation>{program} 运行失败：{output}</translation>
        </message>
        <message>
            <source>Run as root, PostgreSQL works as the 'postgres' user, which cannot reach {folder} (a folder above it is private). Choose a folder it can reach, e.g. under /var/lib or /srv.</source>
            <translation>以 root 运行时，PostgreSQL 以“postgres”用户身份工作，而该用户无法访问 {folder}（它的某个上级文件夹是私有的）。请选择该用户能访问的文件夹，例如 /var/lib 或 /srv 下的文件夹。</translation>
        </message>
        <message>
            <source>{listen} is not HOST:PORT (e.g. 0.0.0.0:8443).</source>
            <translation>{listen} 不是“主机:端口”的格式（例如 0.0.0.0:8443）。</translation>
        </message>
        <message>
            <source>Give both --tls-cert and --tls-key.</source>
            <translation>请同时给出 --tls-cert 和 --tls-key。</translation>
        </message>
        <message>
            <source>{host} is reachable from other machines: serve it with TLS (--tls-cert FILE --tls-key FILE), or listen on 127.0.0.1 behind a TLS proxy.</source>
            <translation>其他机器可以访问 {host}：请用 TLS 提供服务（--tls-cert 文件 --tls-key 文件），或在 TLS 代理之后监听 127.0.0.1。</translation>
        </message>
        <message>
            <source>The team server keeps its data in PostgreSQL; {url} is not a PostgreSQL URL (postgresql+psycopg://USER@HOST/DB).</source>
            <translation>团队服务器把数据保存在 PostgreSQL 中；{url} 不是 PostgreSQL 的 URL（postgresql+psycopg://用户@主机/数据库）。</translation>
        </message>
        <message>
            <source>{file} is not a file; choose a file to attach.</source>
            <translation>{file} 不是文件；请选择要附加的文件。</translation>
        </message>
        <message>
            <source>{file} is {size} MB; files can be at most {limit} MB. Attach a smaller copy (e.g. a compressed PDF or a smaller photo).</source>
            <translation>{file} 有 {size} MB；文件最大 {limit} MB。请附加较小的副本（例如压缩过的 PDF 或较小的照片）。</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}.</source>
            <translation>无法读取 {path}：{reason}。</translation>
        </message>
        <message>
            <source>This account no longer exists; the file was not attached.</source>
            <translation>该客户已不存在；文件未附加。</translation>
        </message>
        <message>
            <source>This attachment was removed meanwhile.</source>
            <translation>该附件在此期间已被删除。</translation>
        </message>
        <message>
            <source>{path} cannot be written: {reason}.</source>
            <translation>无法写入 {path}：{reason}。</translation>
        </message>
        <message>
            <source>complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>projects</source>
            <translation>采购项目</translation>
        </message>
        <message>
            <source>plans</source>
            <translation>大客户计划</translation>
        </message>
        <message>
            <source>grades</source>
            <translation>客情评级</translation>
        </message>
        <message>
            <source>prices</source>
            <translation>零售价格变动</translation>
        </message>
        <message>
            <source>contributions</source>
            <translation>分期贡献</translation>
        </message>
        <message>
            <source>This account no longer exists or is in the trash; restore it from the trash to edit it.</source>
            <translation>该客户已不存在或在回收站中；请先从回收站恢复，再进行编辑。</translation>
        </message>
        <message>
            <source>Row {row} of {group} was removed meanwhile; close the card and open it again.</source>
            <translation>{group}的第 {row} 行在此期间已被删除；请关闭资料卡后重新打开。</translation>
        </message>
        <message>
            <source>Choose two different entries to merge.</source>
            <translation>请选择两条不同的资料进行合并。</translation>
        </message>
        <message>
            <source>The merged account needs a name.</source>
            <translation>合并后的客户需要有名称。</translation>
        </message>
        <message>
            <source>The stakeholder to merge is no longer there (deleted or moved to the trash). Refresh the list and choose again.</source>
            <translation>要合并的联系人已不在（已删除或已移入回收站）。请刷新列表后重新选择。</translation>
        </message>
        <message>
            <source>'{name}' is not a field that can be merged.</source>
            <translation>“{name}”不是可以合并的字段。</translation>
        </message>
        <message>
            <source>Choose 'keep' or 'remove' for '{name}', not {side}.</source>
            <translation>请为“{name}”选择 'keep'（保留）或 'remove'（移除），而不是 {side}。</translation>
        </message>
        <message>
            <source>The account to merge is no longer there (deleted or moved to the trash). Refresh the list and choose again.</source>
            <translation>要合并的客户已不在（已删除或已移入回收站）。请刷新列表后重新选择。</translation>
        </message>
        <message>
            <source>These stakeholders belong to {count} account(s) in the trash. Restore the accounts as well, or restore the accounts first.</source>
            <translation>这些联系人属于回收站中的 {count} 个客户。请同时恢复这些客户，或先恢复客户。</translation>
        </message>
        <message>
            <source>Co-visit reports and visit plans refer to {count} of the chosen items ({calls} co-visit calls, {plans} planned contacts). They stay in the trash so that those reports remain complete.</source>
            <translation>协访报告和拜访计划引用了所选项目中的 {count} 项（{calls} 次协访，{plans} 次计划拜访）。它们将留在回收站中，以保证这些报告完整。</translation>
        </message>
        <message>
            <source>{count} of the chosen rows no longer exist.</source>
            <translation>所选的行中有 {count} 行已不存在。</translation>
        </message>
        <message>
            <source>Enter a number of days of 0 or more.</source>
            <translation>请输入 0 或更大的天数。</translation>
        </message>
        <message>
            <source>Only items in the trash can be deleted permanently; move them there first.</source>
            <translation>只有回收站中的项目才能永久删除；请先将它们移入回收站。</translation>
        </message>
        <message>
            <source>{database} is not a file; use your server's backup tools.</source>
            <translation>{database} 不是文件；请使用服务器自带的备份工具。</translation>
        </message>
        <message>
            <source>Cannot create the backup folder {folder}: {reason}.</source>
            <translation>无法创建备份文件夹 {folder}：{reason}。</translation>
        </message>
        <message>
            <source>Cannot delete the old backup {path}: {reason}.</source>
            <translation>无法删除旧备份 {path}：{reason}。</translation>
        </message>
        <message>
            <source>Backup and restore work on SQLite databases; use your server's tools for {database}.</source>
            <translation>备份和恢复只适用于 SQLite 数据库；{database} 请使用服务器自带的工具。</translation>
        </message>
        <message>
            <source>A backup cannot be written over the database itself.</source>
            <translation>备份不能覆盖数据库本身。</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name or overwrite it.</source>
            <translation>{path} 已存在；请换一个名称，或选择覆盖它。</translation>
        </message>
        <message>
            <source>{path} does not exist or is not a file.</source>
            <translation>{path} 不存在，或不是文件。</translation>
        </message>
        <message>
            <source>{path} is empty: it holds no FieldVisit data.</source>
            <translation>{path} 是空的：其中没有 FieldVisit 的数据。</translation>
        </message>
        <message>
            <source>{path} is damaged ({reason}); it was not restored.</source>
            <translation>{path} 已损坏（{reason}）；没有用它恢复。</translation>
        </message>
        <message>
            <source>The backup and the database are the same file.</source>
            <translation>备份和数据库是同一个文件。</translation>
        </message>
        <message>
            <source>The copy written to {target} did not verify; it was removed.</source>
            <translation>写到 {target} 的副本未通过校验，已被删除。</translation>
        </message>
        <message>
            <source>Copying {source} to {target} failed: {reason}.</source>
            <translation>把 {source} 复制到 {target} 失败：{reason}。</translation>
        </message>
        <message>
            <source>Cannot write {target}: {reason}.</source>
            <translation>无法写入 {target}：{reason}。</translation>
        </message>
        <message>
            <source>{target} is open in FieldVisit or another program using it. Close it there, then restore again; nothing was changed.</source>
            <translation>{target} 正在 FieldVisit 或另一个使用它的程序中打开。请先在那里关闭它，再重新恢复；没有做任何改动。</translation>
        </message>
        <message>
            <source>Restoring {source} into {target} failed ({reason}); the database is unchanged.</source>
            <translation>用 {source} 恢复 {target} 失败（{reason}）；数据库未被改动。</translation>
        </message>
        <message>
            <source>A stakeholder met is not of the call's account.</source>
            <translation>所见的一位联系人不属于该拜访的客户。</translation>
        </message>
        <message>
            <source>No co-visit call has the ID {id}.</source>
            <translation>没有 ID 为 {id} 的协访中的拜访。</translation>
        </message>
        <message>
            <source>The call must be on one of the co-visit's days.</source>
            <translation>拜访日期必须是协访日期中的某一天。</translation>
        </message>
        <message>
            <source>No account has the ID {id}.</source>
            <translation>没有 ID 为 {id} 的客户。</translation>
        </message>
        <message>
            <source>A rating is from 1 to 5.</source>
            <translation>评分为 1 到 5 分。</translation>
        </message>
        <message>
            <source>No team member has the ID {id}.</source>
            <translation>没有 ID 为 {id} 的团队成员。</translation>
        </message>
        <message>
            <source>The rep assesses the call first: write the rep's self-assessment.</source>
            <translation>先由代表评估这次拜访：请先填写代表的自我评估。</translation>
        </message>
        <message>
            <source>{step} is not a step of this checklist.</source>
            <translation>{step} 不是本检查表中的步骤。</translation>
        </message>
        <message>
            <source>No action item has the ID {id}.</source>
            <translation>没有 ID 为 {id} 的行动项。</translation>
        </message>
        <message>
            <source>This action is not reviewed in this co-visit.</source>
            <translation>本次协访不回顾这个行动项。</translation>
        </message>
        <message>
            <source>That manager is no longer in the team.</source>
            <translation>该经理已不在团队中。</translation>
        </message>
        <message>
            <source>The report was signed off and is locked. Use “Correct… (new revision)” to change it; the signed version stays readable.</source>
            <translation>报告已签字并锁定。如需修改，请使用“更正…（新版本）”；已签字的版本仍可查看。</translation>
        </message>
        <message>
            <source>No co-visit has the ID {id}.</source>
            <translation>没有 ID 为 {id} 的协访。</translation>
        </message>
        <message>
            <source>Choose one of the rep's contact records of this account and day that no other call is linked to.</source>
            <translation>请选择代表在该客户、该日的一条联系记录，且它尚未关联其他拜访。</translation>
        </message>
        <message>
            <source>Only a first-line manager starts a co-visit. Set who you are in Settings.</source>
            <translation>只有一线经理才能开始协访。请在设置中设定您的身份。</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>最后一天早于第一天。</translation>
        </message>
        <message>
            <source>Keep to one or two development objectives for the day.</source>
            <translation>当天的发展目标请限于一到两项。</translation>
        </message>
        <message>
            <source>Choose the rep you are in the field with.</source>
            <translation>请选择与您一同拜访的代表。</translation>
        </message>
        <message>
            <source>A call is on {day}; move or remove it first.</source>
            <translation>{day} 有一次拜访；请先移动或删除它。</translation>
        </message>
        <message>
            <source>Write what is to be done.</source>
            <translation>请写明要做的事。</translation>
        </message>
        <message>
            <source>Say why the report is corrected.</source>
            <translation>请说明更正报告的原因。</translation>
        </message>
        <message>
            <source>{standard} is not a standard of this checklist.</source>
            <translation>{standard} 不是本检查表中的标准。</translation>
        </message>
        <message>
            <source>Only a signed-off report is corrected.</source>
            <translation>只有已签字的报告才能更正。</translation>
        </message>
        <message>
            <source>The co-visit has no revision {number}.</source>
            <translation>该协访没有第 {number} 版。</translation>
        </message>
        <message>
            <source>{version} is not a checklist template version.</source>
            <translation>{version} 不是检查表模板的版本号。</translation>
        </message>
        <message>
            <source>{path} says it is version {found}, not {version}.</source>
            <translation>{path} 标明的版本是 {found}，而不是 {version}。</translation>
        </message>
        <message>
            <source>The co-visit checklist version {version} is missing ({path}). Reinstall FieldVisit to restore it.</source>
            <translation>缺少协访检查表 {version} 版（{path}）。请重新安装 FieldVisit 以恢复它。</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>无法读取 {path}：{reason}。</translation>
        </message>
        <message>
            <source>{path} is not valid JSON (line {line}, column {column}): {reason}.</source>
            <translation>{path} 不是有效的 JSON（第 {line} 行，第 {column} 列）：{reason}。</translation>
        </message>
        <message>
            <source>Writing the copy failed: {reason}.</source>
            <translation>写入副本失败：{reason}。</translation>
        </message>
        <message>
            <source>{database} is not a file; a server database cannot be moved.</source>
            <translation>{database} 不是文件；服务器上的数据库无法移动。</translation>
        </message>
        <message>
            <source>The database is already in {folder}.</source>
            <translation>数据库已经在 {folder} 中。</translation>
        </message>
        <message>
            <source>{path} already exists. Choose an empty folder; nothing was overwritten.</source>
            <translation>{path} 已存在。请选择一个空文件夹；没有覆盖任何文件。</translation>
        </message>
        <message>
            <source>Writing the copy failed: {reason} ({path}).</source>
            <translation>写入副本失败：{reason}（{path}）。</translation>
        </message>
        <message>
            <source>The copy at {target} did not pass SQLite's check.</source>
            <translation>{target} 处的副本未通过 SQLite 的检查。</translation>
        </message>
        <message>
            <source>The copy at {target} does not hold the same rows.</source>
            <translation>{target} 处的副本与原数据库的行不一致。</translation>
        </message>
        <message>
            <source>{path} is busy in another program ({reason}); close it and try again.</source>
            <translation>{path} 正被另一个程序占用（{reason}）；请关闭该程序后重试。</translation>
        </message>
        <message>
            <source>{reason} The database is still in {folder}, unchanged.</source>
            <translation>{reason}数据库仍在 {folder} 中，未被改动。</translation>
        </message>
        <message>
            <source>Choose between {low} and {high} demo accounts (you asked for {asked}).</source>
            <translation>演示客户的数量须在 {low} 到 {high} 之间（您要求的是 {asked}）。</translation>
        </message>
        <message>
            <source>{database} already holds accounts; demo data goes into an empty database. Choose a new file with --db.</source>
            <translation>{database} 中已有客户；演示数据只能写入空数据库。请用 --db 选择一个新文件。</translation>
        </message>
        <message>
            <source>Agreement {number}: choose when it is due.</source>
            <translation>第 {number} 项约定：请选择到期日。</translation>
        </message>
        <message>
            <source>successes</source>
            <translation>成功之处</translation>
        </message>
        <message>
            <source>shortcomings</source>
            <translation>不足之处</translation>
        </message>
        <message>
            <source>lessons</source>
            <translation>经验教训</translation>
        </message>
        <message>
            <source>A complete record needs successes, shortcomings and lessons; write the {names} first, or save it as a draft.</source>
            <translation>完整的联系记录需要写明成功之处、不足之处和经验教训；请先填写{names}，或将其保存为草稿。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{text} is not an amount in yuan, e.g. 12345.60.</source>
            <translation>{text} 不是以元为单位的金额，例如 12345.60。</translation>
        </message>
        <message>
            <source>An amount cannot be negative.</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <source>{text} is too large for an amount.</source>
            <translation>{text} 作为金额太大了。</translation>
        </message>
        <message>
            <source>{text} is not an amount in yuan.</source>
            <translation>{text} 不是以元为单位的金额。</translation>
        </message>
        <message>
            <source>Describe what was agreed.</source>
            <translation>请写明约定的内容。</translation>
        </message>
        <message>
            <source>Keep the agreement under {count} characters.</source>
            <translation>约定的内容请少于 {count} 个字符。</translation>
        </message>
        <message>
            <source>Choose a stakeholder of the same account.</source>
            <translation>请选择同一客户的联系人。</translation>
        </message>
        <message>
            <source>No promise has the ID {id}.</source>
            <translation>没有 ID 为 {id} 的承诺。</translation>
        </message>
        <message>
            <source>Close a promise as kept or cancelled.</source>
            <translation>关闭承诺时请选择已兑现或已取消。</translation>
        </message>
        <message>
            <source>Write a short note: how the promise was kept, or why it was cancelled.</source>
            <translation>请写一句简短的说明：承诺是如何兑现的，或为什么取消。</translation>
        </message>
        <message>
            <source>The due day cannot be before the day it was agreed.</source>
            <translation>到期日不能早于约定之日。</translation>
        </message>
        <message>
            <source>This promise is already closed; reopen it first.</source>
            <translation>该承诺已经关闭；请先重新打开它。</translation>
        </message>
        <message>
            <source>No contact record has the ID {id}.</source>
            <translation>没有 ID 为 {id} 的联系记录。</translation>
        </message>
        <message>
            <source>The record belongs to another account.</source>
            <translation>该联系记录属于另一个客户。</translation>
        </message>
        <message>
            <source>No planned contact has the ID {id}.</source>
            <translation>没有 ID 为 {id} 的计划拜访。</translation>
        </message>
        <message>
            <source>That planned contact is for another account.</source>
            <translation>该计划拜访属于另一个客户。</translation>
        </message>
        <message>
            <source>That planned contact is already fulfilled by another record.</source>
            <translation>该计划拜访已由另一条联系记录完成。</translation>
        </message>
        <message>
            <source>The time of the contact needs a time zone.</source>
            <translation>联系时间需要带时区。</translation>
        </message>
        <message>
            <source>Keep the place under {count} characters.</source>
            <translation>地点请少于 {count} 个字符。</translation>
        </message>
        <message>
            <source>The next visit cannot be before this contact; choose a later day.</source>
            <translation>下次拜访不能早于本次联系；请选择更晚的日期。</translation>
        </message>
        <message>
            <source>Agreement {number}: describe what was agreed.</source>
            <translation>第 {number} 项约定：请写明约定的内容。</translation>
        </message>
        <message>
            <source>{file} is larger than {size} MB.</source>
            <translation>{file} 超过 {size} MB。</translation>
        </message>
        <message>
            <source>Choose only stakeholders of this record's account.</source>
            <translation>只能选择本联系记录所属客户的联系人。</translation>
        </message>
        <message>
            <source>No attachment has the ID {id}.</source>
            <translation>没有 ID 为 {id} 的附件。</translation>
        </message>
        <message>
            <source>A record cannot move to another account.</source>
            <translation>联系记录不能移到另一个客户下。</translation>
        </message>
        <message>
            <source>{count} team members are called {name}; rename one in the app to tell them apart.</source>
            <translation>有 {count} 位团队成员都叫 {name}；请在程序中给其中一位改名以便区分。</translation>
        </message>
        <message>
            <source>No team member is called {name}. Run `fieldvisit team`.</source>
            <translation>团队中没有名为 {name} 的成员。请运行 `fieldvisit team` 查看。</translation>
        </message>
        <message>
            <source>{value} is not an ID: give the 32 hex digits, with or without dashes.</source>
            <translation>{value} 不是 ID：请给出 32 位十六进制数字，可带或不带连字符。</translation>
        </message>
        <message>
            <source>No team member is called {name}. Did you mean: {close}?</source>
            <translation>团队中没有名为 {name} 的成员。您是不是要找：{close}？</translation>
        </message>
        <message>
            <source>{value} is not a month: write YYYY-MM.</source>
            <translation>{value} 不是月份：请写成 YYYY-MM。</translation>
        </message>
        <message>
            <source>{value} is not a date: write YYYY-MM-DD.</source>
            <translation>{value} 不是日期：请写成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>{value}: use zh or en.</source>
            <translation>{value}：请使用 zh 或 en。</translation>
        </message>
        <message>
            <source>{value}: use a4 or letter.</source>
            <translation>{value}：请使用 a4 或 letter。</translation>
        </message>
        <message>
            <source>{value} is not a document: use one of {kinds}.</source>
            <translation>{value} 不是文档类型：请使用 {kinds} 之一。</translation>
        </message>
        <message>
            <source>{kind}: use week, month or year.</source>
            <translation>{kind}：请使用 week（周）、month（月）或 year（年）。</translation>
        </message>
        <message>
            <source>A company name can be at most {count} characters.</source>
            <translation>公司名称最多 {count} 个字符。</translation>
        </message>
        <message>
            <source>Keep between {low} and {high} backups.</source>
            <translation>保留的备份数须在 {low} 到 {high} 个之间。</translation>
        </message>
        <message>
            <source>{folder} is not a full path; choose a folder.</source>
            <translation>{folder} 不是完整路径；请选择一个文件夹。</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} 是文件，不是文件夹。</translation>
        </message>
        <message>
            <source>FieldVisit cannot write to {folder}; choose another folder.</source>
            <translation>FieldVisit 无法写入 {folder}；请选择另一个文件夹。</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>请输入您的姓名。</translation>
        </message>
        <message>
            <source>A name can be at most {count} characters.</source>
            <translation>姓名最多 {count} 个字符。</translation>
        </message>
        <message>
            <source>FieldVisit cannot write to {folder} ({reason}); choose another.</source>
            <translation>FieldVisit 无法写入 {folder}（{reason}）；请另选一个。</translation>
        </message>
        <message>
            <source>new item {n}</source>
            <translation>新增部分的第 {n} 项</translation>
        </message>
        <message>
            <source>completed item {n}</source>
            <translation>已完成部分的第 {n} 项</translation>
        </message>
        <message>
            <source>in_progress item {n}</source>
            <translation>进行中部分的第 {n} 项</translation>
        </message>
        <message>
            <source>The author of this summary is no longer in the team.</source>
            <translation>该总结的作者已不在团队中。</translation>
        </message>
        <message>
            <source>{kind}: use week, month, quarter or year.</source>
            <translation>{kind}：请使用 week（周）、month（月）、quarter（季度）或 year（年）。</translation>
        </message>
        <message>
            <source>That summary was deleted.</source>
            <translation>该总结已被删除。</translation>
        </message>
        <message>
            <source>Give {where} a name, or remove it.</source>
            <translation>请为{where}填写名称，或删除它。</translation>
        </message>
        <message>
            <source>The name of {where} is longer than {count} characters; shorten it.</source>
            <translation>{where}的名称超过 {count} 个字符；请缩短。</translation>
        </message>
        <message>
            <source>special file</source>
            <translation>特殊文件</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>pipe</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>socket</source>
            <translation>套接字</translation>
        </message>
        <message>
            <source>{path} is a {kind}, not a database file. It was left untouched; choose a regular file with --db.</source>
            <translation>{path} 是{kind}，不是数据库文件。它未被改动；请用 --db 选择一个普通文件。</translation>
        </message>
        <message>
            <source>{path} is not an SQLite file, so it cannot hold FieldVisit data. It was left unchanged; choose another file with --db.</source>
            <translation>{path} 不是 SQLite 文件，不可能存有 FieldVisit 的数据。它未被改动；请用 --db 选择另一个文件。</translation>
        </message>
        <message>
            <source>{path} is an SQLite database of another program, not FieldVisit's. The file was left unchanged. Choose another file with --db.</source>
            <translation>{path} 是其他程序的 SQLite 数据库，不是 FieldVisit 的。文件未被改动。请用 --db 选择另一个文件。</translation>
        </message>
        <message>
            <source>{path} cannot be read as a database ({reason}). The file was left unchanged; restore it from a backup (fieldvisit restore FILE).</source>
            <translation>{path} 无法作为数据库读取（{reason}）。文件未被改动；请从备份恢复（fieldvisit restore 文件）。</translation>
        </message>
        <message>
            <source>{path} is damaged ({reason}). The file was left unchanged; restore it from a backup (fieldvisit restore FILE).</source>
            <translation>{path} 已损坏（{reason}）。文件未被改动；请从备份恢复（fieldvisit restore 文件）。</translation>
        </message>
        <message>
            <source>{path} is being restored or replaced by another FieldVisit program. Wait for it to finish, then open it again.</source>
            <translation>另一个 FieldVisit 程序正在恢复或替换 {path}。请等它完成后再打开。</translation>
        </message>
        <message>
            <source>{path} is locked by another program. Close it and try again.</source>
            <translation>{path} 被另一个程序锁定。请关闭该程序后重试。</translation>
        </message>
        <message>
            <source>{database} is busy in another window or program, which did not finish within {seconds} seconds; nothing was saved. Try again in a moment.</source>
            <translation>{database} 正被另一个窗口或程序占用，{seconds} 秒内未结束；没有保存任何内容。请稍后重试。</translation>
        </message>
        <message>
            <source>The database {path} chosen in Settings is not there. Connect the drive it is on, or delete {config} to use the standard data folder.</source>
            <translation>在设置中选择的数据库 {path} 不在原处。请连接它所在的驱动器，或删除 {config} 以使用标准数据文件夹。</translation>
        </message>
        <message>
            <source>{config} cannot be read ({reason}). Delete it to use the standard data folder.</source>
            <translation>无法读取 {config}（{reason}）。删除它即可使用标准数据文件夹。</translation>
        </message>
        <message>
            <source>The database could not be upgraded: {reason}</source>
            <translation>数据库无法升级：{reason}</translation>
        </message>
        <message>
            <source>The application ships no database schema.</source>
            <translation>本程序未附带数据库结构。</translation>
        </message>
        <message>
            <source>{where} was written by a newer FieldVisit (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
            <translation>{where} 由更新版本的 FieldVisit 写入（结构 {revision}）。请安装更新的版本后再打开；文件未被改动。</translation>
        </message>
        <message>
            <source>The database was not upgraded: its safety copy in {folder} could not be written ({reason}). Nothing was changed.</source>
            <translation>数据库未升级：无法在 {folder} 中写入它的安全副本（{reason}）。没有做任何改动。</translation>
        </message>
        <message>
            <source>{path} is damaged, so it was not upgraded and is unchanged. Restore it from a backup (fieldvisit restore FILE).</source>
            <translation>{path} 已损坏，因此未升级，也未被改动。请从备份恢复（fieldvisit restore 文件）。</translation>
        </message>
        <message>
            <source>Cannot connect to the database: {reason}</source>
            <translation>无法连接数据库：{reason}</translation>
        </message>
        <message>
            <source>The database is in use by another program; close it and start again.</source>
            <translation>数据库正被另一个程序使用；请关闭该程序后重新启动。</translation>
        </message>
        <message>
            <source>The database is damaged ({reason}); the upgrade was rolled back. Restore it from a backup (fieldvisit restore FILE).</source>
            <translation>数据库已损坏（{reason}）；升级已回滚。请从备份恢复（fieldvisit restore 文件）。</translation>
        </message>
        <message>
            <source>The upgrade would leave {count} broken references ({sample}); it was rolled back and the database is unchanged.</source>
            <translation>升级会留下 {count} 个失效的引用（{sample}）；升级已回滚，数据库未被改动。</translation>
        </message>
        <message>
            <source>The team server refused the request ({code}).</source>
            <translation>团队服务器拒绝了该请求（{code}）。</translation>
        </message>
        <message>
            <source>This laptop was removed from the team; its changes stay here. Ask your administrator for a new code to join again.</source>
            <translation>这台笔记本电脑已被移出团队；其更改仍保留在本机。请向管理员索取新的代码后重新加入。</translation>
        </message>
        <message>
            <source>The team server no longer accepts this laptop (an unknown device, or a person no longer in the team). Ask your administrator.</source>
            <translation>团队服务器不再接受这台笔记本电脑（设备未知，或其使用者已不在团队中）。请联系管理员。</translation>
        </message>
        <message>
            <source>This FieldVisit is too old to sync with the team server. Update it, then sync again.</source>
            <translation>此版本的 FieldVisit 太旧，无法与团队服务器同步。请更新后再同步。</translation>
        </message>
        <message>
            <source>Only a laptop's own database file syncs.</source>
            <translation>只有笔记本电脑自己的数据库文件才能同步。</translation>
        </message>
        <message>
            <source>This laptop is not in a team: join one first (fieldvisit sync join).</source>
            <translation>这台笔记本电脑尚未加入团队：请先加入（fieldvisit sync join）。</translation>
        </message>
        <message>
            <source>The team server cannot be reached ({reason}); changes stay on this laptop and go at the next sync.</source>
            <translation>无法连接团队服务器（{reason}）；更改保留在这台笔记本电脑上，下次同步时再发送。</translation>
        </message>
        <message>
            <source>The team server's answer could not be read.</source>
            <translation>无法读取团队服务器的答复。</translation>
        </message>
        <message>
            <source>This version cannot be applied again: what it belongs to is no longer on this laptop. Keep the team's version instead.</source>
            <translation>无法再次应用此版本：它所属的内容已不在这台笔记本电脑上。请改为保留团队的版本。</translation>
        </message>
        <message>
            <source>{path} cannot be read ({reason}); join the team again to replace it.</source>
            <translation>无法读取 {path}（{reason}）；请重新加入团队以替换它。</translation>
        </message>
        <message>
            <source>The server refused: {code}.</source>
            <translation>服务器拒绝了请求：{code}。</translation>
        </message>
        <message>
            <source>The server does not know this enrolment code. Check it, or ask your administrator for a new one.</source>
            <translation>服务器不认识这个加入代码。请核对，或向管理员索取新的代码。</translation>
        </message>
        <message>
            <source>This enrolment code has been used already. Ask your administrator for a new one.</source>
            <translation>这个加入代码已经用过了。请向管理员索取新的代码。</translation>
        </message>
        <message>
            <source>This enrolment code has expired. Ask your administrator for a new one.</source>
            <translation>这个加入代码已过期。请向管理员索取新的代码。</translation>
        </message>
        <message>
            <source>The team server needs a newer FieldVisit. Update it, then join again.</source>
            <translation>团队服务器需要更新版本的 FieldVisit。请更新后再加入。</translation>
        </message>
        <message>
            <source>Only a laptop's own database file can join a team.</source>
            <translation>只有笔记本电脑自己的数据库文件才能加入团队。</translation>
        </message>
        <message>
            <source>{url}: a team server is reached over https:// (TLS).</source>
            <translation>{url}：团队服务器须通过 https://（TLS）连接。</translation>
        </message>
        <message>
            <source>This laptop is already in a team (as {member}, {url}).</source>
            <translation>这台笔记本电脑已经加入了团队（身份：{member}，{url}）。</translation>
        </message>
        <message>
            <source>The team server at {url} cannot be reached ({reason}). Check the address and the network, then try again; nothing was changed.</source>
            <translation>无法连接位于 {url} 的团队服务器（{reason}）。请检查地址和网络后重试；没有做任何改动。</translation>
        </message>
        <message>
            <source>{url} did not answer as a FieldVisit team server.</source>
            <translation>{url} 的答复不像 FieldVisit 团队服务器。</translation>
        </message>
        <message>
            <source>Only the rep and their manager comment here.</source>
            <translation>只有代表本人及其经理可以在此评论。</translation>
        </message>
        <message>
            <source>Say who uses this laptop first (Settings → Team).</source>
            <translation>请先设置本机的使用者（设置 → 团队）。</translation>
        </message>
        <message>
            <source>Write the comment.</source>
            <translation>请填写评语。</translation>
        </message>
        <message>
            <source>A comment can be at most {n} characters.</source>
            <translation>评语最多 {n} 个字符。</translation>
        </message>
        <message>
            <source>No day report has the ID {id}.</source>
            <translation>没有 ID 为 {id} 的日报。</translation>
        </message>
        <message>
            <source>No comment has the ID {id}.</source>
            <translation>没有 ID 为 {id} 的评语。</translation>
        </message>
        <message>
            <source>Only its author changes or removes a comment.</source>
            <translation>评语只能由其作者修改或删除。</translation>
        </message>
        <message>
            <source>A day report is sent by a rep.</source>
            <translation>日报由销售代表发送。</translation>
        </message>
        <message>
            <source>A day report is sent for today or a day before; choose another day.</source>
            <translation>日报只能为今天或之前的日期发送，请另选日期。</translation>
        </message>
        <message>
            <source>A reason can be at most {n} characters.</source>
            <translation>原因最多 {n} 个字符。</translation>
        </message>
        <message>
            <source>No planned visit of that day was missed at {ids}; give reasons only for the visits listed as not made.</source>
            <translation>{ids} 当天没有未完成的计划拜访；只需为列出的未完成拜访填写原因。</translation>
        </message>
        <message>
            <source>Say why each planned visit was not made (missing for {ids}).</source>
            <translation>请说明每个未完成计划拜访的原因（缺少：{ids}）。</translation>
        </message>
        <message>
            <source>This laptop is in a team: your name, role and work base come from the team server. Ask your administrator to change them.</source>
            <translation>此电脑已加入团队：您的姓名、角色和工作方式由团队服务器决定。如需更改，请联系管理员。</translation>
        </message>
        <message>
            <source>This step was refused by the team server and cannot be sent again as it was. Look at the team's version and take the step again if it still applies.</source>
            <translation>团队服务器拒绝了这一步，不能原样再次发送。请查看团队的版本，如仍需要，请重新操作。</translation>
        </message>
        <message>
            <source>Only a manager decides on plans; this laptop is not a manager's.</source>
            <translation>只有经理才能审批计划；这台电脑不是经理的。</translation>
        </message>
        <message>
            <source>Accounts move only between the reps of your own team.</source>
            <translation>客户只能在您自己团队的代表之间移交。</translation>
        </message>
        <message>
            <source>{count} reps report to {name}; give them another manager first.</source>
            <translation>{count} 位代表向 {name} 汇报；请先为他们指定其他经理。</translation>
        </message>
        <message>
            <source>{name} holds {count} accounts; hand them to a rep first.</source>
            <translation>{name} 负责 {count} 个客户；请先将客户移交给代表。</translation>
        </message>
        <message>
            <source>The team server did not accept these values ({field}); check them and try again.</source>
            <translation>团队服务器不接受这些值（{field}）；请检查后重试。</translation>
        </message>
        <message>
            <source>The team server does not let your role do this. Ask your administrator.</source>
            <translation>团队服务器不允许您的角色执行此操作。请联系管理员。</translation>
        </message>
        <message>
            <source>Accounts move only between the reps of your own team; ask your administrator for other changes.</source>
            <translation>客户只能在您自己团队的代表之间移交；其他更改请联系管理员。</translation>
        </message>
        <message>
            <source>The server no longer has this person or account (changed meanwhile?). Refresh the page and try again.</source>
            <translation>服务器上已没有此人员或客户（可能已被他人更改）。请刷新页面后重试。</translation>
        </message>
        <message>
            <source>Name: enter a name that nobody in the team has yet.</source>
            <translation>姓名：请输入团队中尚无人使用的姓名。</translation>
        </message>
        <message>
            <source>Manager: a rep needs a manager, and the one chosen must be a manager.</source>
            <translation>经理：代表需要一位经理，且所选人员必须是经理。</translation>
        </message>
        <message>
            <source>Accounts can only be handed to a rep.</source>
            <translation>客户只能移交给代表。</translation>
        </message>
        <message>
            <source>Reps still report to this manager; give them another manager first.</source>
            <translation>仍有代表向此经理汇报；请先为他们指定其他经理。</translation>
        </message>
        <message>
            <source>This person still holds accounts; hand them to a rep first.</source>
            <translation>此人仍负责客户；请先将客户移交给代表。</translation>
        </message>
        <message>
            <source>Effective from: a version already starts on that day; choose another day.</source>
            <translation>生效日期：已有版本从该日起生效；请选择其他日期。</translation>
        </message>
        <message>
            <source>The team server cannot be reached ({reason}); nothing was changed. Try again when this laptop is online.</source>
            <translation>无法连接团队服务器（{reason}），未做任何更改。请在联网后重试。</translation>
        </message>
        <message>
            <source>An acknowledgement code is 4 to 8 digits.</source>
            <translation>确认码为 4 到 8 位数字。</translation>
        </message>
        <message>
            <source>Set who you are in Settings first.</source>
            <translation>请先在设置中选择您是谁。</translation>
        </message>
        <message>
            <source>An acknowledgement code is for a laptop in a team: join the team first.</source>
            <translation>确认码用于团队中的电脑：请先加入团队。</translation>
        </message>
        <message>
            <source>The rep enters their own acknowledgement code to acknowledge on this laptop.</source>
            <translation>代表需输入本人的确认码，才能在这台电脑上确认。</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Printed {date}</source>
            <comment>printed_on</comment>
            <translation>打印日期：{date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <comment>page_x_of_y</comment>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <comment>range</comment>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>None</source>
            <comment>none</comment>
            <translation>无</translation>
        </message>
        <message>
            <source>Yes</source>
            <comment>yes</comment>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <comment>no</comment>
            <translation>否</translation>
        </message>
        <message>
            <source>Not answered</source>
            <comment>unanswered</comment>
            <translation>未回答</translation>
        </message>
        <message>
            <source>Revision {n}</source>
            <comment>revision</comment>
            <translation>第 {n} 版</translation>
        </message>
        <message>
            <source>Signed {date}</source>
            <comment>signed_on</comment>
            <translation>签署日期：{date}</translation>
        </message>
        <message>
            <source>Not signed yet</source>
            <comment>not_signed</comment>
            <translation>尚未签署</translation>
        </message>
        <message>
            <source>Acknowledged {date}</source>
            <comment>acknowledged_on</comment>
            <translation>确认日期：{date}</translation>
        </message>
        <message>
            <source>Not acknowledged yet</source>
            <comment>not_acknowledged</comment>
            <translation>尚未确认</translation>
        </message>
        <message>
            <source>as needed</source>
            <comment>as_needed</comment>
            <translation>按需</translation>
        </message>
        <message>
            <source>Action</source>
            <comment>col.action</comment>
            <translation>行动</translation>
        </message>
        <message>
            <source>Owner</source>
            <comment>col.owner</comment>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Due</source>
            <comment>col.due</comment>
            <translation>完成日期</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>col.status</comment>
            <translation>状态</translation>
        </message>
        <message>
            <source>Standard</source>
            <comment>col.standard</comment>
            <translation>标准</translation>
        </message>
        <message>
            <source>Score</source>
            <comment>col.score</comment>
            <translation>评分</translation>
        </message>
        <message>
            <source>Since last</source>
            <comment>col.trend</comment>
            <translation>较上次</translation>
        </message>
        <message>
            <source>What this level means</source>
            <comment>col.meaning</comment>
            <translation>该等级含义</translation>
        </message>
        <message>
            <source>Comment</source>
            <comment>col.comment</comment>
            <translation>评语</translation>
        </message>
        <message>
            <source>Account</source>
            <comment>col.account</comment>
            <translation>客户</translation>
        </message>
        <message>
            <source>Date</source>
            <comment>col.date</comment>
            <translation>日期</translation>
        </message>
        <message>
            <source>Promise</source>
            <comment>col.promise</comment>
            <translation>承诺事项</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <comment>col.stakeholder</comment>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Co-visit report</source>
            <comment>covisit.title</comment>
            <translation>协同拜访报告</translation>
        </message>
        <message>
            <source>Co-visit with {rep}</source>
            <comment>covisit.heading</comment>
            <translation>协同拜访：{rep}</translation>
        </message>
        <message>
            <source>Manager {manager}</source>
            <comment>covisit.manager_line</comment>
            <translation>经理 {manager}</translation>
        </message>
        <message>
            <source>{n} calls</source>
            <comment>covisit.calls_count</comment>
            <translation>{n} 次拜访</translation>
        </message>
        <message>
            <source>1 call</source>
            <comment>covisit.calls_count_one</comment>
            <translation>1 次拜访</translation>
        </message>
        <message>
            <source>Report completed late</source>
            <comment>covisit.late</comment>
            <translation>报告延迟完成</translation>
        </message>
        <message>
            <source>Development objectives</source>
            <comment>covisit.development_objectives</comment>
            <translation>发展目标</translation>
        </message>
        <message>
            <source>Agreed action plan</source>
            <comment>covisit.action_plan</comment>
            <translation>行动计划</translation>
        </message>
        <message>
            <source>The Big Question</source>
            <comment>covisit.big_question</comment>
            <translation>关键问题</translation>
        </message>
        <message>
            <source>After this co-visit, is the rep more motivated to keep doing good work?</source>
            <comment>covisit.big_question_text</comment>
            <translation>经过这次协访，代表是否更有动力继续做好工作？</translation>
        </message>
        <message>
            <source>Strengths</source>
            <comment>covisit.strengths</comment>
            <translation>优点</translation>
        </message>
        <message>
            <source>Development areas</source>
            <comment>covisit.development_areas</comment>
            <translation>待发展方面</translation>
        </message>
        <message>
            <source>Ratings against the standards</source>
            <comment>covisit.ratings</comment>
            <translation>职业标准评分</translation>
        </message>
        <message>
            <source>This co-visit</source>
            <comment>covisit.this_covisit</comment>
            <translation>本次协访</translation>
        </message>
        <message>
            <source>The calls</source>
            <comment>covisit.calls</comment>
            <translation>拜访详情</translation>
        </message>
        <message>
            <source>Call {n} · {day} · {account}</source>
            <comment>covisit.call_title</comment>
            <translation>第 {n} 次拜访 · {day} · {account}</translation>
        </message>
        <message>
            <source>met {names}</source>
            <comment>covisit.met</comment>
            <translation>会见 {names}</translation>
        </message>
        <message>
            <source>Pre-call plan</source>
            <comment>covisit.precall</comment>
            <translation>拜访前计划</translation>
        </message>
        <message>
            <source>Visit objective</source>
            <comment>covisit.visit_objective</comment>
            <translation>拜访目标</translation>
        </message>
        <message>
            <source>Opening</source>
            <comment>covisit.opening</comment>
            <translation>开场白</translation>
        </message>
        <message>
            <source>Key messages</source>
            <comment>covisit.key_messages</comment>
            <translation>关键信息</translation>
        </message>
        <message>
            <source>Expected objections</source>
            <comment>covisit.objections</comment>
            <translation>预期异议</translation>
        </message>
        <message>
            <source>Commitment to ask for</source>
            <comment>covisit.commitment</comment>
            <translation>争取的承诺</translation>
        </message>
        <message>
            <source>Debrief</source>
            <comment>covisit.debrief</comment>
            <translation>拜访后分析</translation>
        </message>
        <message>
            <source>Rep's self-assessment</source>
            <comment>covisit.self_assessment</comment>
            <translation>代表自我评估</translation>
        </message>
        <message>
            <source>Went well</source>
            <comment>covisit.went_well</comment>
            <translation>做得好的方面</translation>
        </message>
        <message>
            <source>Do differently next time</source>
            <comment>covisit.do_differently</comment>
            <translation>下次可改进的方面</translation>
        </message>
        <message>
            <source>Agreed learning</source>
            <comment>covisit.agreed_learning</comment>
            <translation>达成共识的收获</translation>
        </message>
        <message>
            <source>Observed steps</source>
            <comment>covisit.observed_steps</comment>
            <translation>观察到的拜访步骤</translation>
        </message>
        <message>
            <source>Comments and signatures</source>
            <comment>covisit.signatures</comment>
            <translation>意见与签字</translation>
        </message>
        <message>
            <source>Rep's comments</source>
            <comment>covisit.rep_comments</comment>
            <translation>代表意见</translation>
        </message>
        <message>
            <source>Manager</source>
            <comment>covisit.manager_signature</comment>
            <translation>经理签字</translation>
        </message>
        <message>
            <source>Rep</source>
            <comment>covisit.rep_signature</comment>
            <translation>代表签字</translation>
        </message>
        <message>
            <source>Revisions</source>
            <comment>covisit.revisions</comment>
            <translation>修订记录</translation>
        </message>
        <message>
            <source>Revision {n}, {date}: {reason}</source>
            <comment>covisit.revision_line</comment>
            <translation>第 {n} 版，{date}：{reason}</translation>
        </message>
        <message>
            <source>Contact record</source>
            <comment>record.title</comment>
            <translation>客户联系记录卡</translation>
        </message>
        <message>
            <source>{account}</source>
            <comment>record.heading</comment>
            <translation>{account}</translation>
        </message>
        <message>
            <source>When</source>
            <comment>record.when</comment>
            <translation>时间</translation>
        </message>
        <message>
            <source>Method</source>
            <comment>record.method</comment>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Where</source>
            <comment>record.place</comment>
            <translation>地点</translation>
        </message>
        <message>
            <source>Written by</source>
            <comment>record.author</comment>
            <translation>填写人</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>record.status</comment>
            <translation>状态</translation>
        </message>
        <message>
            <source>Customer side</source>
            <comment>record.stakeholders</comment>
            <translation>客户方参与人</translation>
        </message>
        <message>
            <source>Our side</source>
            <comment>record.participants</comment>
            <translation>我方参与人</translation>
        </message>
        <message>
            <source>Objectives</source>
            <comment>record.objectives</comment>
            <translation>拜访目标</translation>
        </message>
        <message>
            <source>Sales objectives</source>
            <comment>record.sales_objectives</comment>
            <translation>销售目标</translation>
        </message>
        <message>
            <source>Administrative objectives</source>
            <comment>record.admin_objectives</comment>
            <translation>行政目标</translation>
        </message>
        <message>
            <source>Purposes</source>
            <comment>record.purposes</comment>
            <translation>拜访目的</translation>
        </message>
        <message>
            <source>Notes on the objectives</source>
            <comment>record.objective_notes</comment>
            <translation>目标说明</translation>
        </message>
        <message>
            <source>Content of the talk or activity</source>
            <comment>record.content</comment>
            <translation>洽谈或活动内容</translation>
        </message>
        <message>
            <source>Review</source>
            <comment>record.review</comment>
            <translation>总结</translation>
        </message>
        <message>
            <source>Successes</source>
            <comment>record.successes</comment>
            <translation>成功之处</translation>
        </message>
        <message>
            <source>Shortcomings</source>
            <comment>record.shortcomings</comment>
            <translation>不足之处</translation>
        </message>
        <message>
            <source>Lessons</source>
            <comment>record.lessons</comment>
            <translation>经验与教训</translation>
        </message>
        <message>
            <source>New agreements and promises</source>
            <comment>record.agreements</comment>
            <translation>新的约定</translation>
        </message>
        <message>
            <source>New plan</source>
            <comment>record.plan</comment>
            <translation>新的计划</translation>
        </message>
        <message>
            <source>Next steps</source>
            <comment>record.next_steps</comment>
            <translation>下一步行动</translation>
        </message>
        <message>
            <source>Next visit</source>
            <comment>record.next_visit</comment>
            <translation>下次拜访日期</translation>
        </message>
        <message>
            <source>Special notes</source>
            <comment>record.special_notes</comment>
            <translation>特别事项</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>record.other_notes</comment>
            <translation>其他</translation>
        </message>
        <message>
            <source>Store and account checks</source>
            <comment>record.checks</comment>
            <translation>门店与账务检查</translation>
        </message>
        <message>
            <source>Our prices</source>
            <comment>check.our_prices</comment>
            <translation>我方价格</translation>
        </message>
        <message>
            <source>Competitor prices</source>
            <comment>check.competitor_prices</comment>
            <translation>竞品价格</translation>
        </message>
        <message>
            <source>Stock of our products</source>
            <comment>check.stock</comment>
            <translation>我方产品库存</translation>
        </message>
        <message>
            <source>What sells</source>
            <comment>check.sell_through</comment>
            <translation>动销情况</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <comment>check.credit_limit</comment>
            <translation>铺底额度</translation>
        </message>
        <message>
            <source>Paid</source>
            <comment>check.paid</comment>
            <translation>已付</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <comment>check.unpaid</comment>
            <translation>未付</translation>
        </message>
        <message>
            <source>Receivable</source>
            <comment>check.receivable</comment>
            <translation>应收</translation>
        </message>
        <message>
            <source>Promotion and after-sales</source>
            <comment>check.promotion</comment>
            <translation>促销与售后执行</translation>
        </message>
        <message>
            <source>Shelf display</source>
            <comment>check.shelf</comment>
            <translation>货架陈列</translation>
        </message>
        <message>
            <source>Draft order</source>
            <comment>check.draft_order</comment>
            <translation>订单草案</translation>
        </message>
        <message>
            <source>Customer card</source>
            <comment>card.title</comment>
            <translation>客户资料卡</translation>
        </message>
        <message>
            <source>Basics</source>
            <comment>card.basics</comment>
            <translation>基本信息</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>card.type</comment>
            <translation>类型</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>card.status</comment>
            <translation>客户状态</translation>
        </message>
        <message>
            <source>Our rep</source>
            <comment>card.owner</comment>
            <translation>我方负责人</translation>
        </message>
        <message>
            <source>Address</source>
            <comment>card.address</comment>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <comment>card.phone</comment>
            <translation>电话</translation>
        </message>
        <message>
            <source>Fax</source>
            <comment>card.fax</comment>
            <translation>传真</translation>
        </message>
        <message>
            <source>Website</source>
            <comment>card.website</comment>
            <translation>网站</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <comment>card.legal</comment>
            <translation>法人代表</translation>
        </message>
        <message>
            <source>Key staff</source>
            <comment>card.key_staff</comment>
            <translation>主要人员</translation>
        </message>
        <message>
            <source>Business scale</source>
            <comment>card.scale</comment>
            <translation>经营规模</translation>
        </message>
        <message>
            <source>Their contact person</source>
            <comment>card.handler</comment>
            <translation>对方接洽人</translation>
        </message>
        <message>
            <source>Business began</source>
            <comment>card.began</comment>
            <translation>开始往来日期</translation>
        </message>
        <message>
            <source>Classification and credit</source>
            <comment>card.classification</comment>
            <translation>分级与资信</translation>
        </message>
        <message>
            <source>Tier</source>
            <comment>card.tier</comment>
            <translation>客户等级</translation>
        </message>
        <message>
            <source>Key-account level</source>
            <comment>card.key_level</comment>
            <translation>大客户级别</translation>
        </message>
        <message>
            <source>M-A-N grade</source>
            <comment>card.man</comment>
            <translation>M-A-N 评级</translation>
        </message>
        <message>
            <source>5C: capital, character, capacity, collateral, conditions</source>
            <comment>card.credit_5c</comment>
            <translation>5C：资本、品德、能力、担保、环境</translation>
        </message>
        <message>
            <source>Credit grade</source>
            <comment>card.credit_grade</comment>
            <translation>资信等级</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <comment>card.credit_limit</comment>
            <translation>铺底额度</translation>
        </message>
        <message>
            <source>Commercial</source>
            <comment>card.commercial</comment>
            <translation>商务信息</translation>
        </message>
        <message>
            <source>Brands carried</source>
            <comment>card.brands</comment>
            <translation>经营品种</translation>
        </message>
        <message>
            <source>Settlement</source>
            <comment>card.settlement</comment>
            <translation>结算方式</translation>
        </message>
        <message>
            <source>Delivery</source>
            <comment>card.delivery</comment>
            <translation>送货要求</translation>
        </message>
        <message>
            <source>Notes</source>
            <comment>card.notes</comment>
            <translation>备注</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <comment>card.stakeholders</comment>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Name</source>
            <comment>card.name</comment>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title and department</source>
            <comment>card.position</comment>
            <translation>职务与科室</translation>
        </message>
        <message>
            <source>Buying roles</source>
            <comment>card.roles</comment>
            <translation>采购角色</translation>
        </message>
        <message>
            <source>Phone / WeChat / email</source>
            <comment>card.contact</comment>
            <translation>电话/微信/邮箱</translation>
        </message>
        <message>
            <source>left {date}</source>
            <comment>card.left</comment>
            <translation>{date} 离任</translation>
        </message>
        <message>
            <source>Warning: only one active stakeholder at a key account. Build more relationships.</source>
            <comment>card.single_stakeholder</comment>
            <translation>警告：大客户只有一位在任联系人，请拓展更多关系。</translation>
        </message>
        <message>
            <source>Personal profiles (confidential)</source>
            <comment>card.profiles</comment>
            <translation>个人资料（机密）</translation>
        </message>
        <message>
            <source>No profile recorded.</source>
            <comment>card.no_profile</comment>
            <translation>未记录个人资料。</translation>
        </message>
        <message>
            <source>Birthday</source>
            <comment>profile.birthday</comment>
            <translation>生日</translation>
        </message>
        <message>
            <source>Education</source>
            <comment>profile.education</comment>
            <translation>教育背景</translation>
        </message>
        <message>
            <source>Hometown</source>
            <comment>profile.hometown</comment>
            <translation>籍贯</translation>
        </message>
        <message>
            <source>Family</source>
            <comment>profile.family</comment>
            <translation>家庭</translation>
        </message>
        <message>
            <source>Personality</source>
            <comment>profile.personality</comment>
            <translation>性格</translation>
        </message>
        <message>
            <source>Hobbies and sports</source>
            <comment>profile.hobbies</comment>
            <translation>爱好与运动</translation>
        </message>
        <message>
            <source>Food and restaurants</source>
            <comment>profile.food</comment>
            <translation>饮食与餐厅</translation>
        </message>
        <message>
            <source>Reading</source>
            <comment>profile.reading</comment>
            <translation>阅读</translation>
        </message>
        <message>
            <source>Car</source>
            <comment>profile.car</comment>
            <translation>座驾</translation>
        </message>
        <message>
            <source>Holidays</source>
            <comment>profile.holidays</comment>
            <translation>度假</translation>
        </message>
        <message>
            <source>Other organisations</source>
            <comment>profile.organisations</comment>
            <translation>其他组织</translation>
        </message>
        <message>
            <source>Relations with colleagues</source>
            <comment>profile.colleagues</comment>
            <translation>同事关系</translation>
        </message>
        <message>
            <source>Notes</source>
            <comment>profile.notes</comment>
            <translation>备注</translation>
        </message>
        <message>
            <source>Contribution</source>
            <comment>card.contributions</comment>
            <translation>业绩贡献</translation>
        </message>
        <message>
            <source>Period</source>
            <comment>col.period</comment>
            <translation>期间</translation>
        </message>
        <message>
            <source>Volume</source>
            <comment>col.volume</comment>
            <translation>销量</translation>
        </message>
        <message>
            <source>Revenue</source>
            <comment>col.revenue</comment>
            <translation>销售额</translation>
        </message>
        <message>
            <source>Collections</source>
            <comment>col.collections</comment>
            <translation>回款</translation>
        </message>
        <message>
            <source>Receivables</source>
            <comment>col.receivables</comment>
            <translation>应收账款</translation>
        </message>
        <message>
            <source>Buying projects</source>
            <comment>card.projects</comment>
            <translation>采购项目</translation>
        </message>
        <message>
            <source>Project</source>
            <comment>col.project</comment>
            <translation>项目</translation>
        </message>
        <message>
            <source>Stage</source>
            <comment>col.stage</comment>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Started</source>
            <comment>col.started</comment>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>Complaints</source>
            <comment>card.complaints</comment>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Complaint</source>
            <comment>col.complaint</comment>
            <translation>投诉内容</translation>
        </message>
        <message>
            <source>Handling</source>
            <comment>col.handling</comment>
            <translation>处理情况</translation>
        </message>
        <message>
            <source>Resolved</source>
            <comment>col.resolved</comment>
            <translation>解决日期</translation>
        </message>
        <message>
            <source>Open promises</source>
            <comment>card.open_promises</comment>
            <translation>未完成的承诺</translation>
        </message>
        <message>
            <source>Recent contacts</source>
            <comment>card.recent_contacts</comment>
            <translation>最近联系</translation>
        </message>
        <message>
            <source>Method</source>
            <comment>col.method</comment>
            <translation>方式</translation>
        </message>
        <message>
            <source>Summary</source>
            <comment>col.summary</comment>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Monthly visit plan</source>
            <comment>plan.title</comment>
            <translation>月度拜访计划</translation>
        </message>
        <message>
            <source>{rep} · {month}</source>
            <comment>plan.heading</comment>
            <translation>{rep} · {month}</translation>
        </message>
        <message>
            <source>No plan was made for this month.</source>
            <comment>plan.no_plan</comment>
            <translation>本月未制定拜访计划。</translation>
        </message>
        <message>
            <source>Frequency policy: {name}</source>
            <comment>plan.policy</comment>
            <translation>频率标准：{name}</translation>
        </message>
        <message>
            <source>Manager's comment</source>
            <comment>plan.manager_comment</comment>
            <translation>经理意见</translation>
        </message>
        <message>
            <source>+{n} more</source>
            <comment>plan.more</comment>
            <translation>另 {n} 项</translation>
        </message>
        <message>
            <source>V visit · P phone · S service · am / pm morning / afternoon · ✓ done</source>
            <comment>plan.legend</comment>
            <translation>访 拜访 · 电 电话 · 服 服务 · ✓ 已完成 · 上/下 上午/下午</translation>
        </message>
        <message>
            <source>V</source>
            <comment>plan.kind.visit</comment>
            <translation>访</translation>
        </message>
        <message>
            <source>P</source>
            <comment>plan.kind.phone</comment>
            <translation>电</translation>
        </message>
        <message>
            <source>S</source>
            <comment>plan.kind.service</comment>
            <translation>服</translation>
        </message>
        <message>
            <source>am</source>
            <comment>plan.slot.morning</comment>
            <translation>上</translation>
        </message>
        <message>
            <source>pm</source>
            <comment>plan.slot.afternoon</comment>
            <translation>下</translation>
        </message>
        <message>
            <source>Compliance</source>
            <comment>plan.compliance</comment>
            <translation>计划执行情况</translation>
        </message>
        <message>
            <source>On-site visits</source>
            <comment>plan.on_site</comment>
            <translation>现场拜访</translation>
        </message>
        <message>
            <source>Phone contacts</source>
            <comment>plan.phone</comment>
            <translation>电话联系</translation>
        </message>
        <message>
            <source>Required</source>
            <comment>plan.required</comment>
            <translation>要求</translation>
        </message>
        <message>
            <source>Planned</source>
            <comment>plan.planned</comment>
            <translation>计划</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>plan.done</comment>
            <translation>完成</translation>
        </message>
        <message>
            <source>Short</source>
            <comment>plan.short</comment>
            <translation>不足</translation>
        </message>
        <message>
            <source>OK</source>
            <comment>plan.ok</comment>
            <translation>达标</translation>
        </message>
        <message>
            <source>Sub-tier</source>
            <comment>plan.sub_tier</comment>
            <translation>细分等级</translation>
        </message>
        <message>
            <source>Visits by sub-tier</source>
            <comment>plan.by_tier</comment>
            <translation>各等级拜访</translation>
        </message>
        <message>
            <source>Accounts below their tier frequency</source>
            <comment>plan.accounts_short</comment>
            <translation>未达频率标准的客户</translation>
        </message>
        <message>
            <source>No tier</source>
            <comment>plan.untiered</comment>
            <translation>未分级</translation>
        </message>
        <message>
            <source>Mon</source>
            <comment>weekday.0</comment>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <comment>weekday.1</comment>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <comment>weekday.2</comment>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <comment>weekday.3</comment>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <comment>weekday.4</comment>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <comment>weekday.5</comment>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <comment>weekday.6</comment>
            <translation>周日</translation>
        </message>
        <message>
            <source>Customer management report</source>
            <comment>summary.title</comment>
            <translation>客户管理总结报告</translation>
        </message>
        <message>
            <source>{author} · {period}</source>
            <comment>summary.heading</comment>
            <translation>{author} · {period}</translation>
        </message>
        <message>
            <source>Not yet written: pre-filled from the period's records and promises.</source>
            <comment>summary.prefilled</comment>
            <translation>尚未填写：根据本期联系记录与承诺自动生成。</translation>
        </message>
        <message>
            <source>Contacts</source>
            <comment>summary.records</comment>
            <translation>联系次数</translation>
        </message>
        <message>
            <source>On-site</source>
            <comment>summary.on_site</comment>
            <translation>现场拜访</translation>
        </message>
        <message>
            <source>Phone</source>
            <comment>summary.phone</comment>
            <translation>电话联系</translation>
        </message>
        <message>
            <source>Promises kept</source>
            <comment>summary.kept</comment>
            <translation>已兑现承诺</translation>
        </message>
        <message>
            <source>Promises open</source>
            <comment>summary.open</comment>
            <translation>未完成承诺</translation>
        </message>
        <message>
            <source>Plan</source>
            <comment>col.plan</comment>
            <translation>计划</translation>
        </message>
        <message>
            <source>Key data</source>
            <comment>col.key_data</comment>
            <translation>关键数据</translation>
        </message>
        <message>
            <source>Problems met</source>
            <comment>col.problems_met</comment>
            <translation>遇到的主要问题</translation>
        </message>
        <message>
            <source>What worked / did not</source>
            <comment>col.worked</comment>
            <translation>成功与不足</translation>
        </message>
        <message>
            <source>Thanks to</source>
            <comment>col.thanks</comment>
            <translation>感谢</translation>
        </message>
        <message>
            <source>Problems expected</source>
            <comment>col.problems_expected</comment>
            <translation>预计的问题</translation>
        </message>
        <message>
            <source>Proposed solutions</source>
            <comment>col.solutions</comment>
            <translation>解决办法</translation>
        </message>
        <message>
            <source>Help needed</source>
            <comment>col.help</comment>
            <translation>所需支持</translation>
        </message>
        <message>
            <source>Known data</source>
            <comment>col.known_data</comment>
            <translation>已知数据</translation>
        </message>
        <message>
            <source>Challenges expected</source>
            <comment>col.challenges</comment>
            <translation>预计的挑战</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <comment>summary.week</comment>
            <translation>{date} 当周</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <comment>summary.year</comment>
            <translation>{year}年</translation>
        </message>
        <message>
            <source>Q{q} {year}</source>
            <comment>summary.quarter</comment>
            <translation>{year}年第{q}季度</translation>
        </message>
        <message>
            <source>{n} contacts ({on_site} on-site, {phone} phone)</source>
            <comment>summary.contacts_item</comment>
            <translation>联系 {n} 次（现场 {on_site} 次，电话 {phone} 次）</translation>
        </message>
        <message>
            <source>kept {date}</source>
            <comment>summary.kept_on</comment>
            <translation>{date} 兑现</translation>
        </message>
        <message>
            <source>due {date}</source>
            <comment>summary.due</comment>
            <translation>截止 {date}</translation>
        </message>
        <message>
            <source>overdue since {date}</source>
            <comment>summary.overdue</comment>
            <translation>已逾期（{date}）</translation>
        </message>
        <message>
            <source>next visit {date}</source>
            <comment>summary.next_visit</comment>
            <translation>下次拜访 {date}</translation>
        </message>
        <message>
            <source>{n} planned contacts</source>
            <comment>summary.planned_item</comment>
            <translation>计划联系 {n} 次</translation>
        </message>
        <message>
            <source>Team co-visit summary</source>
            <comment>team.title</comment>
            <translation>团队协访总结</translation>
        </message>
        <message>
            <source>{manager} · {month}</source>
            <comment>team.heading</comment>
            <translation>{manager} · {month}</translation>
        </message>
        <message>
            <source>Field days</source>
            <comment>team.field_days</comment>
            <translation>在市场天数</translation>
        </message>
        <message>
            <source>Working days</source>
            <comment>team.working_days</comment>
            <translation>工作日</translation>
        </message>
        <message>
            <source>In the field</source>
            <comment>team.field_share</comment>
            <translation>在市场时间</translation>
        </message>
        <message>
            <source>target ≥ {pct} %</source>
            <comment>team.target</comment>
            <translation>目标 ≥ {pct}%</translation>
        </message>
        <message>
            <source>Co-visits</source>
            <comment>team.covisits</comment>
            <translation>协访次数</translation>
        </message>
        <message>
            <source>By rep</source>
            <comment>team.per_rep</comment>
            <translation>按代表</translation>
        </message>
        <message>
            <source>Rep</source>
            <comment>col.rep</comment>
            <translation>代表</translation>
        </message>
        <message>
            <source>Days</source>
            <comment>col.days</comment>
            <translation>天数</translation>
        </message>
        <message>
            <source>Joint</source>
            <comment>col.joint</comment>
            <translation>共同</translation>
        </message>
        <message>
            <source>Demo</source>
            <comment>col.demo</comment>
            <translation>示范</translation>
        </message>
        <message>
            <source>Coaching</source>
            <comment>col.coaching</comment>
            <translation>指导</translation>
        </message>
        <message>
            <source>Avg. rating</source>
            <comment>col.average</comment>
            <translation>平均评分</translation>
        </message>
        <message>
            <source>Open actions</source>
            <comment>col.open_actions</comment>
            <translation>未完成行动</translation>
        </message>
        <message>
            <source>Late reports</source>
            <comment>col.late</comment>
            <translation>延迟报告</translation>
        </message>
        <message>
            <source>Calls</source>
            <comment>col.calls</comment>
            <translation>拜访</translation>
        </message>
        <message>
            <source>Team</source>
            <comment>team.total</comment>
            <translation>团队合计</translation>
        </message>
        <message>
            <source>Co-visits this month</source>
            <comment>team.list</comment>
            <translation>本月协访</translation>
        </message>
        <message>
            <source>No co-visits this month.</source>
            <comment>team.no_covisits</comment>
            <translation>本月无协访。</translation>
        </message>
        <message>
            <source>late</source>
            <comment>team.late_mark</comment>
            <translation>延迟</translation>
        </message>
        <message>
            <source>Co-visit days</source>
            <comment>team.covisit_days</comment>
            <translation>协访天数</translation>
        </message>
        <message>
            <source>Current month: working days are counted up to {date}.</source>
            <comment>team.counted_to</comment>
            <translation>本月：工作日计算至 {date}。</translation>
        </message>
        <message>
            <source>This month has not begun: no working days yet.</source>
            <comment>team.not_begun</comment>
            <translation>本月尚未开始：尚无工作日。</translation>
        </message>
        <message>
            <source>Late: not signed by the end of {day}</source>
            <comment>covisit.late_unsigned</comment>
            <translation>逾期：{day} 结束前未签署</translation>
        </message>
        <message>
            <source>Last time's actions, reviewed</source>
            <comment>covisit.review</comment>
            <translation>上次行动计划回顾</translation>
        </message>
        <message>
            <source>Not reviewed yet</source>
            <comment>covisit.not_reviewed</comment>
            <translation>尚未回顾</translation>
        </message>
        <message>
            <source>Manager's comment</source>
            <comment>covisit.manager_comments</comment>
            <translation>经理意见</translation>
        </message>
        <message>
            <source>Observation notes</source>
            <comment>covisit.observation_notes</comment>
            <translation>观察记录</translation>
        </message>
        <message>
            <source>Outcome</source>
            <comment>col.outcome</comment>
            <translation>结果</translation>
        </message>
        <message>
            <source>Review note</source>
            <comment>col.review_note</comment>
            <translation>回顾说明</translation>
        </message>
        <message>
            <source>Agreed</source>
            <comment>col.agreed_on</comment>
            <translation>制定于</translation>
        </message>
        <message>
            <source>Each rep's data as of their last sync: {reps}.</source>
            <comment>team.as_of</comment>
            <translation>各代表的数据截至其最近一次同步：{reps}。</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>1 contact ({on_site} on-site, {phone} phone)</source>
            <comment>contact</comment>
            <translation>联系 1 次（现场 {on_site} 次，电话 {phone} 次）</translation>
        </message>
        <message>
            <source>{n} contacts ({on_site} on-site, {phone} phone)</source>
            <comment>contacts</comment>
            <translation>联系 {n} 次（现场 {on_site} 次，电话 {phone} 次）</translation>
        </message>
        <message>
            <source>Promise kept: {what} ({date})</source>
            <comment>kept</comment>
            <translation>已兑现承诺：{what}（{date}）</translation>
        </message>
        <message>
            <source>Promise: {what} — due {date}</source>
            <comment>open</comment>
            <translation>承诺：{what}——截止 {date}</translation>
        </message>
        <message>
            <source>Overdue promise: {what} (due {date})</source>
            <comment>overdue</comment>
            <translation>逾期承诺：{what}（截止 {date}）</translation>
        </message>
        <message>
            <source>{n} contact record(s) still in draft</source>
            <comment>drafts</comment>
            <translation>{n} 份联系记录尚未完成</translation>
        </message>
        <message>
            <source>Next visit {date}</source>
            <comment>next_visit</comment>
            <translation>下次拜访 {date}</translation>
        </message>
        <message>
            <source>New account: {kind}{city}</source>
            <comment>new_account</comment>
            <translation>新客户：{kind}{city}</translation>
        </message>
        <message>
            <source>Contact records still in draft: {n}</source>
            <comment>drafts</comment>
            <translation>尚未完成的联系记录：{n} 份</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Enter the account's name.</source>
            <translation>请填写客户名称。</translation>
        </message>
        <message>
            <source>Choose the account type.</source>
            <translation>请选择客户类型。</translation>
        </message>
        <message>
            <source>Enter a phone number such as 010-6529 5114, 0755-8888 1234 ext 806, 138 0013 8000 or +86 21 6408 5566.</source>
            <translation>请填写有效的电话号码，例如 010-6529 5114、0755-8888 1234 转 806、138 0013 8000 或 +86 21 6408 5566。</translation>
        </message>
        <message>
            <source>Add the area code in front of the landline number, e.g. 010-6529 5114.</source>
            <translation>固定电话请加区号，例如 010-6529 5114。</translation>
        </message>
        <message>
            <source>Enter an 11-digit mobile number starting with 1, e.g. 138 0013 8000.</source>
            <translation>请填写以 1 开头的 11 位手机号码，例如 138 0013 8000。</translation>
        </message>
        <message>
            <source>Enter an e-mail address such as name@hospital.cn.</source>
            <translation>请填写有效的电子邮箱，例如 name@hospital.cn。</translation>
        </message>
        <message>
            <source>Enter a web address such as www.pumch.cn (no spaces).</source>
            <translation>请填写有效的网址，例如 www.pumch.cn（不含空格）。</translation>
        </message>
        <message>
            <source>Enter an amount in yuan, e.g. 12500 or 12,500.50.</source>
            <translation>请以元为单位填写金额，例如 12500 或 12,500.50。</translation>
        </message>
        <message>
            <source>An amount cannot be negative.</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <source>Use at most two decimals (fen), e.g. 12.50.</source>
            <translation>最多保留两位小数（精确到分），例如 12.50。</translation>
        </message>
        <message>
            <source>This amount is too large; check the digits.</source>
            <translation>金额过大，请检查位数。</translation>
        </message>
        <message>
            <source>Enter a whole number of 0 or more.</source>
            <translation>请填写大于等于 0 的整数。</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD, e.g. 2025-03-31.</source>
            <translation>请按 年-月-日 填写日期，例如 2025-03-31。</translation>
        </message>
        <message>
            <source>Enter the date.</source>
            <translation>请填写日期。</translation>
        </message>
        <message>
            <source>This date is in the future; check it.</source>
            <translation>日期晚于今天，请检查。</translation>
        </message>
        <message>
            <source>The end date must be on or after the start date.</source>
            <translation>结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <source>Choose the tier before the sub-tier.</source>
            <translation>请先选择客户级别，再选择细分级别。</translation>
        </message>
        <message>
            <source>The sub-tier must belong to the tier: A1 or A2 for A, B1 or B2 for B, C for C and D.</source>
            <translation>细分级别须与客户级别一致：A 级为 A1 或 A2，B 级为 B1 或 B2，C、D 级为 C。</translation>
        </message>
        <message>
            <source>Give a score from 1 to 5.</source>
            <translation>请打 1 到 5 分。</translation>
        </message>
        <message>
            <source>This period already has a grading; edit that row instead of adding another.</source>
            <translation>该期间已有评级，请修改原有一行，不要重复添加。</translation>
        </message>
        <message>
            <source>This period already has a contribution row; edit that row instead.</source>
            <translation>该期间已有贡献记录，请修改原有一行。</translation>
        </message>
        <message>
            <source>This product already has a price from that date; edit that row instead.</source>
            <translation>该产品在这一天已有价格记录，请修改原有一行。</translation>
        </message>
        <message>
            <source>The period or date of a saved history row cannot be changed; add a new row instead.</source>
            <translation>已保存的历史记录不能修改期间或日期，请新增一行。</translation>
        </message>
        <message>
            <source>Enter the product.</source>
            <translation>请填写产品。</translation>
        </message>
        <message>
            <source>Enter the price.</source>
            <translation>请填写价格。</translation>
        </message>
        <message>
            <source>Describe the complaint.</source>
            <translation>请填写投诉内容。</translation>
        </message>
        <message>
            <source>Enter the project's name.</source>
            <translation>请填写项目名称。</translation>
        </message>
        <message>
            <source>Choose the buying stage.</source>
            <translation>请选择采购阶段。</translation>
        </message>
        <message>
            <source>Choose quarter or year.</source>
            <translation>请选择季度或年度。</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>请填写联系人姓名。</translation>
        </message>
        <message>
            <source>This text is too long; shorten it.</source>
            <translation>内容过长，请精简。</translation>
        </message>
        <message>
            <source>Choose the account.</source>
            <translation>请选择客户。</translation>
        </message>
        <message>
            <source>This person already works at that account; choose another one.</source>
            <translation>此人已在该客户处任职，请选择其他客户。</translation>
        </message>
        <message>
            <source>The role ends before it began; check the date.</source>
            <translation>结束日期早于开始日期，请检查。</translation>
        </message>
    </context>
</TS>
