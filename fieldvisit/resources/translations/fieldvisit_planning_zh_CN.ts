<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComplianceChart</name>
    <message>
        <location filename="../../fieldvisit/ui/planning/chart.py" line="18" />
        <source>Planned and done contacts chart</source>
        <translation>计划与完成联系图表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/chart.py" line="24" />
        <source>Visits planned</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/chart.py" line="25" />
        <source>Visits done</source>
        <translation>完成拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/chart.py" line="26" />
        <source>Calls planned</source>
        <translation>计划电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/chart.py" line="27" />
        <source>Calls done</source>
        <translation>完成电话</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="57" />
        <source>Totals per rep</source>
        <translation>各代表合计</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="59" />
        <source>Rep</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="60" />
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="61" />
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="62" />
        <source>Calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="63" />
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="88" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="67" />
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="70" />
        <source>Chart by</source>
        <translation>图表维度</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="71" />
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="72" />
        <source>By tier</source>
        <translation>按级别</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="77" />
        <source>Planned and done per account</source>
        <translation>各客户计划与完成</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="79" />
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="80" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="81" />
        <source>On-site planned</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="82" />
        <source>On-site done</source>
        <translation>完成拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="83" />
        <source>On-site required</source>
        <translation>应拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="84" />
        <source>Phone planned</source>
        <translation>计划电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="85" />
        <source>Phone done</source>
        <translation>完成电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="86" />
        <source>Phone required</source>
        <translation>应电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="87" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="94" />
        <source>No accounts to plan for this month.</source>
        <translation>本月没有需要安排的客户。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="102" />
        <source>C&amp;hart:</source>
        <translation>图表(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="116" />
        <source>Visits and calls: planned / done / required by the tier rules.</source>
        <translation>拜访和电话：计划 / 完成 / 按分级标准应完成。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="135" />
        <source>No plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="157" />
        <source>{rep}: visits {vd} done of {vp} planned ({vr} required); calls {pd} done of {pp} planned ({pr} required); {late} accounts overdue for their tier as of {day}.</source>
        <translation>{rep}：拜访计划 {vp} 次，完成 {vd} 次（应 {vr} 次）；电话计划 {pp} 次，完成 {pd} 次（应 {pr} 次）；截至 {day}，{late} 家客户未达到分级频率。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="185" />
        <source>as needed</source>
        <translation>按需</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="189" />
        <source>visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="191" />
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="208" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="220" />
        <source>Week {}</source>
        <translation>第{}周</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="50" />
        <source>Planned day</source>
        <translation>计划日期</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>More than {n} visits: more than a day can hold.</source>
        <translation>超过 {n} 家拜访：一天安排不下。</translation>
    </message>
    <message>
        <source>Public holiday: {name}</source>
        <translation>法定节假日：{name}</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>{day}  ·  holiday</source>
        <translation>{day}日 · 休</translation>
    </message>
    <message>
        <source>{day}  ·  working day</source>
        <translation>{day}日 · 补班</translation>
    </message>
    <message>
        <source>{visits} visits</source>
        <translation>拜访 {visits} 家</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="154" />
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="155" />
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="156" />
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="157" />
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="158" />
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="213" />
        <source>{} phone calls</source>
        <translation>电话 {} 个</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="219" />
        <source>{day}  ·  {visits} visits</source>
        <translation>{day}日  ·  拜访 {visits} 家</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="230" />
        <source>More visits than fit in a morning or an afternoon.</source>
        <translation>上午或下午的拜访超出可安排数量。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="239" />
        <source>AM</source>
        <translation>上午</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="241" />
        <source>PM</source>
        <translation>下午</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="258" />
        <source>Done: a contact record is linked.</source>
        <translation>已完成：已关联联系记录。</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Your last step on this plan reaches the team server at the next sync.</source>
        <translation>您对此计划的最近一步操作将在下次同步时发送到团队服务器。</translation>
    </message>
    <message>
        <source>Most phone calls on one day: {n}</source>
        <translation>单日电话最多：{n} 个</translation>
    </message>
    <message>
        <source>The official holidays of {year} are not known yet: Monday to Friday are taken as working days. Add the year's holidays in File › Settings › Planning.</source>
        <translation>{year} 年的法定节假日尚未公布：暂按周一至周五为工作日。请在 文件 › 设置 › 计划 中添加当年的节假日。</translation>
    </message>
    <message>
        <source>&amp;Withdraw submission</source>
        <translation>撤回提交(&amp;W)</translation>
    </message>
    <message>
        <source>Accounts with fewer visits than their tier needs: {n}</source>
        <translation>拜访次数低于级别要求的客户：{n} 家</translation>
    </message>
    <message>
        <source>Contacts on public holidays: {days}</source>
        <translation>安排在法定节假日的联系：{days}</translation>
    </message>
    <message>
        <source>Days with more than {capacity} visits: {n}</source>
        <translation>拜访超过 {capacity} 家的天数：{n}</translation>
    </message>
    <message>
        <source>Move contact</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>改到下月</translation>
    </message>
    <message>
        <source>Not placed ({n})</source>
        <translation>未排入（{n}）</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未排入</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Phone call instead</source>
        <translation>改为电话</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo: {}</source>
        <translation>重做：{}</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除该项</translation>
    </message>
    <message>
        <source>S&amp;ubmit for approval…</source>
        <translation>提交审批(&amp;U)…</translation>
    </message>
    <message>
        <source>Submit the plan to your manager? You can withdraw it until the manager decides.</source>
        <translation>将计划提交给经理审批吗？经理审批前可以撤回。</translation>
    </message>
    <message>
        <source>Submit the plan</source>
        <translation>提交计划</translation>
    </message>
    <message>
        <source>Take the plan back to a draft; possible until the manager decides.</source>
        <translation>把计划撤回为草稿；经理审批前均可撤回。</translation>
    </message>
    <message>
        <source>The official holidays of {year} are not known: Monday to Friday.</source>
        <translation>{year} 年的法定节假日尚未公布：按周一至周五安排。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo: {}</source>
        <translation>撤销：{}</translation>
    </message>
    <message>
        <source>{n} days have more than {capacity} visits: move some to other days.</source>
        <translation>有 {n} 天的拜访超过 {capacity} 家：请把部分拜访改到其他日期。</translation>
    </message>
    <message>
        <source>{visits} visits and {calls} calls in {month}.</source>
        <translation>{month}：拜访 {visits} 次，电话 {calls} 次。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="83" />
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="93" />
        <source>Rep</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="96" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="110" />
        <source>&amp;Suggest plan</source>
        <translation>生成建议计划(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="113" />
        <source>Fill the month with the visits and calls each tier needs (keeps what is there).</source>
        <translation>按各级客户的频率要求排满本月的拜访和电话（保留已有安排）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="117" />
        <source>&amp;Remove contact</source>
        <translation>删除该项(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="119" />
        <source>S&amp;ubmit for approval</source>
        <translation>提交审批(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="121" />
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="123" />
        <source>Re&amp;turn with comment…</source>
        <translation>退回并批注(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="125" />
        <source>Save as i&amp;Calendar…</source>
        <translation>导出为 iCalendar(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="127" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="129" />
        <source>Frequency &amp;policy…</source>
        <translation>拜访频率标准(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="133" />
        <source>Month calendar</source>
        <translation>月历</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="137" />
        <source>Show phone &amp;calls in the calendar</source>
        <translation>在月历中显示电话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="153" />
        <source>Drag a contact to another day to move it. Colours show the tier: A1 red, A2 orange, B1 dark blue, B2 light blue, C/D green.</source>
        <translation>把联系项拖到另一天即可改期。颜色表示客户级别：A1 红、A2 橙、B1 深蓝、B2 浅蓝、C/D 绿。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="164" />
        <source>Double-click a day (or press F2) to move a contact with the keyboard.</source>
        <translation>双击日期（或按 F2）即可用键盘改期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="168" />
        <source>Plan views</source>
        <translation>计划视图</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="169" />
        <source>Ca&amp;lendar</source>
        <translation>月历(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="170" />
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="171" />
        <source>C&amp;ompliance</source>
        <translation>执行情况(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="175" />
        <source>&amp;Rep:</source>
        <translation>代表(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="177" />
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="199" />
        <source>Choose who you are in File › Settings to see and make visit plans.</source>
        <translation>请先在“文件 › 设置”中选择您的身份，才能查看和制定拜访计划。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="324" />
        <source>No rep to show.</source>
        <translation>没有可显示的代表。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="327" />
        <source>No plan for {month} yet. Suggest one from the frequency policy “{policy}”.</source>
        <translation>{month} 还没有计划。可按拜访频率标准“{policy}”生成建议计划。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="331" />
        <source>{status} · {visits} visits, {calls} calls · policy “{policy}”</source>
        <translation>{status} · 拜访 {visits} 次，电话 {calls} 次 · 频率标准“{policy}”</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="338" />
        <source>Waiting for the manager's approval; read-only until then.</source>
        <translation>等待经理审批，审批前不可修改。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="340" />
        <source>Approved by {name}; the plan is read-only.</source>
        <translation>已由{name}批准，计划不可再修改。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="345" />
        <source>Returned by {name}: “{comment}” Edit the plan and submit it again.</source>
        <translation>{name}退回：“{comment}” 请修改计划后重新提交。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="348" />
        <source>Comment: {}</source>
        <translation>批注：{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="410" />
        <location filename="../../fieldvisit/ui/pages/plan.py" line="416" />
        <source>Suggest plan</source>
        <translation>生成建议计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="411" />
        <source>Every account already has what its tier needs this month.</source>
        <translation>本月所有客户均已按级别要求安排。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="418" />
        <source>The tier rules need more visits than fit in the month: {} days have more than 4 visits a morning or an afternoon. Move or remove some, or review the frequency policy.</source>
        <translation>按分级标准，本月需要的拜访超出可安排数量：有 {} 天的上午或下午拜访超过 4 家。请调整或删除部分拜访，或检查拜访频率标准。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="459" />
        <source>Return the plan</source>
        <translation>退回计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="460" />
        <source>What should the rep change?</source>
        <translation>需要代表修改什么？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="481" />
        <source>Save the plan as iCalendar</source>
        <translation>将计划导出为 iCalendar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="483" />
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="502" />
        <source>Saved {count} events to {path}.</source>
        <translation>已将 {count} 个日程保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="513" />
        <source>Monthly visit plan — {}</source>
        <translation>月度拜访计划 — {}</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="81" />
        <source>Planned contacts</source>
        <translation>计划联系</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="84" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="85" />
        <source>Time of day</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="86" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="87" />
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="88" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="89" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>This laptop is in a team: the policy is the team server's. An administrator changes it on the Team page, and it reaches this laptop at the next sync.</source>
        <translation>此电脑已加入团队：拜访频率标准由团队服务器统一设定。管理员在“团队”页面中更改，下次同步时到达此电脑。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="55" />
        <source>Visit frequency policy</source>
        <translation>拜访频率标准</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="60" />
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="66" />
        <source>Minimum contacts per tier</source>
        <translation>各级客户最低联系次数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="70" />
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="71" />
        <source>Phone contacts</source>
        <translation>电话联系次数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="72" />
        <source>Per</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="73" />
        <source>On-site visits a month</source>
        <translation>每月拜访次数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="79" />
        <source>C and D</source>
        <translation>C 和 D</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="84" />
        <source>Phone contacts, tier {}</source>
        <translation>{} 级电话联系次数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="90" />
        <source>Phone period, tier {}</source>
        <translation>{} 级电话周期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="97" />
        <source>On-site visits a month, tier {}</source>
        <translation>{} 级每月拜访次数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="100" />
        <source>as needed</source>
        <translation>按需</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="110" />
        <source>Name of the new version</source>
        <translation>新版本名称</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="112" />
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="118" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="119" />
        <source>&amp;Effective from:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="121" />
        <source>&amp;Save as new version</source>
        <translation>另存为新版本(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="129" />
        <source>Versions (newest first):</source>
        <translation>版本（最新在前）：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="137" />
        <source>Change the figures, name the version and choose the day it takes effect. Plans and compliance use the version in force on the first day of the month; earlier versions are kept for the months they governed.</source>
        <translation>修改次数，为新版本命名并选择生效日期。计划和执行情况按每月第一天有效的版本计算；旧版本保留，用于其适用的月份。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="161" />
        <source>{name} — from {day}</source>
        <translation>{name} — {day} 起</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="165" />
        <source> (in force)</source>
        <translation>（现行）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="196" />
        <source>Showing “{name}”, in force from {day}. Edit to start a new version.</source>
        <translation>正在显示“{name}”，自 {day} 起生效。修改后将另存为新版本。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="223" />
        <source>Name: enter a name for the new version, e.g. “2026 revision”.</source>
        <translation>名称：请为新版本命名，例如“2026年修订”。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="231" />
        <source>Effective from: “{name}” already starts on that day; choose another day.</source>
        <translation>生效日期：“{name}”已在该日生效，请选择其他日期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="262" />
        <source>Unsaved policy</source>
        <translation>频率标准未保存</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="263" />
        <source>The changed figures have not been saved as a new version. Discard them?</source>
        <translation>修改的次数尚未另存为新版本。要放弃修改吗？</translation>
    </message>
</context>
<context>
    <name>UnplacedView</name>
    <message>
        <source>Every suggested visit fits within the day's capacity.</source>
        <translation>建议的拜访都在每天的上限之内。</translation>
    </message>
    <message>
        <source>&amp;Lower frequency (C)</source>
        <translation>降低频率（C 类）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Next month</source>
        <translation>改到下月(&amp;N)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No day with room left (at most {n} visits a day)</source>
        <translation>已没有空余的日期（每天最多 {n} 家）</translation>
    </message>
    <message>
        <source>Phone &amp;call instead</source>
        <translation>改为电话(&amp;C)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Visits not placed</source>
        <translation>未排入的拜访</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>{n} visits did not fit: every open day already has {capacity} visits. Nothing was stacked. Choose what to do for each.</source>
        <translation>有 {n} 次拜访排不下：每个可用的日期都已有 {capacity} 家拜访。没有超量堆叠，请逐项选择处理方式。</translation>
    </message>
</context>
</TS>