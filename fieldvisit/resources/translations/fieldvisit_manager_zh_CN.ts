<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ManagerViewWidget</name>
    <message>
        <source>Each rep's data as of their last sync: {reps}.</source>
        <translation>各代表的数据截至其最近一次同步：{reps}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="79" />
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="80" />
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="146" />
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="160" />
        <source>Rep</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="81" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="82" />
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="326" />
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="86" />
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="88" />
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="95" />
        <source>&amp;Manager:</source>
        <translation>经理(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="96" />
        <source>&amp;Rep:</source>
        <translation>代表(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="97" />
        <source>M&amp;onth:</source>
        <translation>月份(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="133" />
        <source>Standard shown</source>
        <translation>显示的标准</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="144" />
        <source>Open action items</source>
        <translation>未完成的行动项</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="147" />
        <source>Action</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="148" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="149" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="150" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="158" />
        <source>Each rep this month</source>
        <translation>本月各代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="161" />
        <source>Co-visits</source>
        <translation>协访次数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="162" />
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="347" />
        <source>Co-visit days</source>
        <translation>协访天数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="163" />
        <source>Joint</source>
        <translation>共同拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="164" />
        <source>Demonstration</source>
        <translation>示范拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="165" />
        <source>Coaching</source>
        <translation>指导式拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="166" />
        <source>Avg. rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="167" />
        <source>Open actions</source>
        <translation>未完成行动</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="168" />
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="366" />
        <source>Late reports</source>
        <translation>延迟报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="193" />
        <source>All reps this month (double-click a rep or press Enter to show them)</source>
        <translation>本月全部代表（双击某位代表或按回车键查看其数据）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="472" />
        <source>Team</source>
        <translation>团队合计</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="270" />
        <source>All reps</source>
        <translation>全部代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="312" />
        <source>No managers in the team yet.</source>
        <translation>团队中还没有经理。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="327" />
        <source>all reps</source>
        <translation>全部代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="329" />
        <source>{manager} with {who} · {month}</source>
        <translation>{manager} 与 {who} · {month}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="336" />
        <source>Current month: working days are counted up to today, {date}.</source>
        <translation>本月尚未结束：工作日只统计到今天（{date}）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="341" />
        <source>This month has not begun: no working days yet.</source>
        <translation>本月尚未开始：还没有工作日。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="349" />
        <source>Co-visits: {n}</source>
        <translation>协访 {n} 次</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="352" />
        <source>Calls by type</source>
        <translation>各类拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="354" />
        <source>Joint {joint} · Demonstration {demo} · Coaching {coaching}</source>
        <translation>共同 {joint} · 示范 {demo} · 指导 {coaching}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="361" />
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="363" />
        <source>out of 5, last 12 months</source>
        <translation>满分 5 分，近 12 个月</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="368" />
        <source>✗ not finished the same day</source>
        <translation>✗ 未在当天完成</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="370" />
        <source>✓ every report finished the same day</source>
        <translation>✓ 报告均在当天完成</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="380" />
        <source>{x} of {y}</source>
        <translation>{x} / {y} 天</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="383" />
        <source>target ≥ {pct} % ({base})</source>
        <translation>目标 ≥ {pct}%（{base}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="390" />
        <source>✓ On target</source>
        <translation>✓ 达标</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="390" />
        <source>✗ Below target</source>
        <translation>✗ 未达标</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="391" />
        <source>{pct} % · {target}
{mark}</source>
        <translation>{pct}% · {target}
{mark}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="395" />
        <source>Days in the field</source>
        <translation>在市场天数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="401" />
        <source>All standards</source>
        <translation>全部标准</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="415" />
        <source>Ratings by standard, {start} – {end} (average per co-visit)</source>
        <translation>各项标准评分，{start} 至 {end}（每次协访的平均分）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="416" />
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="417" />
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="432" />
        <source>Open action items: {n} ({overdue} overdue)</source>
        <translation>未完成的行动项：{n} 项（逾期 {overdue} 项）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="442" />
        <source>no due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="444" />
        <source>⚠ Overdue</source>
        <translation>⚠ 已逾期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="444" />
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="464" />
        <source>{n} ({overdue} overdue)</source>
        <translation>{n}（逾期 {overdue}）</translation>
    </message>
</context>
<context>
    <name>RatingTrendChart</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/rating_chart.py" line="54" />
        <source>Rating trend chart</source>
        <translation>评分趋势图</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/rating_chart.py" line="89" />
        <source>no ratings</source>
        <translation>无评分</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/rating_chart.py" line="134" />
        <source>No ratings in these months.</source>
        <translation>这些月份没有评分。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/rating_chart.py" line="157" />
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/rating_chart.py" line="195" />
        <source>Average {value}</source>
        <translation>平均 {value}</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="43" />
        <source>&amp;Add plan</source>
        <translation>添加计划(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="44" />
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="45" />
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="46" />
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="61" />
        <source>Name of the plan</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="66" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="78" />
        <source>No plans in this section. Pre-fill from records and promises, or add one.</source>
        <translation>本部分还没有计划。可根据联系记录与承诺自动填写，或手动添加。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="103" />
        <source>Each plan completed: key data, major problems met, what worked and what did not, thanks to those who helped.</source>
        <translation>每项已完成的计划：关键数据、遇到的主要问题、成功与不足之处，以及对协助者的感谢。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="107" />
        <source>Each plan in progress: key data, problems expected, proposed solutions, help needed.</source>
        <translation>每项进行中的计划：关键数据、预计的问题、解决办法及所需支持。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="111" />
        <source>Each new plan: known data, challenges expected, help needed.</source>
        <translation>每项新计划：已知数据、预计的挑战及所需支持。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="124" />
        <source>Major &amp;problems met:</source>
        <translation>遇到的主要问题(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="125" />
        <source>&amp;Problems expected:</source>
        <translation>预计的问题(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="126" />
        <source>&amp;Challenges expected:</source>
        <translation>预计的挑战(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="129" />
        <source>&amp;Known data:</source>
        <translation>已知数据(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="129" />
        <source>&amp;Key data:</source>
        <translation>关键数据(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="134" />
        <source>What &amp;worked:</source>
        <translation>成功之处(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="135" />
        <source>What did &amp;not work:</source>
        <translation>不足之处(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="136" />
        <source>&amp;Thanks to:</source>
        <translation>感谢(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="137" />
        <source>Proposed &amp;solutions:</source>
        <translation>解决办法(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="138" />
        <source>&amp;Help needed:</source>
        <translation>所需支持(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>SummaryEditor</name>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="74" />
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="78" />
        <source>A day in the period</source>
        <translation>周期内的某一天</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="85" />
        <source>Pre-&amp;fill from records and promises</source>
        <translation>根据联系记录与承诺自动填写(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="90" />
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="91" />
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="110" />
        <source>Sections</source>
        <translation>各部分</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="115" />
        <source>Fi&amp;nal (ready to hand in)</source>
        <translation>定稿（可以提交）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="117" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="118" />
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="119" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="120" />
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="121" />
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="139" />
        <source>Printing uses the saved summary; it is saved first.</source>
        <translation>打印的是已保存的总结，打印前会先保存。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="190" />
        <source>Replace the plans?</source>
        <translation>替换现有计划？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="192" />
        <source>Pre-filling replaces the plans listed now with ones taken from the period's contact records and promises. Your edits to them are lost when you save.</source>
        <translation>自动填写会用本期联系记录与承诺生成的计划替换当前列出的计划。保存后，您对现有计划的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="227" />
        <source>Give this plan a name, or remove it.</source>
        <translation>请为此计划填写名称，或将其删除。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="264" />
        <source>Customer management summary</source>
        <translation>客户管理总结报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="290" />
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="374" />
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="291" />
        <source>The summary has changes that are not saved. Save them?</source>
        <translation>总结中有尚未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="334" />
        <source>{start} – {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="340" />
        <source>Customer management summary · {author}</source>
        <translation>客户管理总结报告 · {author}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="345" />
        <source>This period: {records} contacts ({on_site} on-site, {phone} phone) · {kept} promises kept · {open} open</source>
        <translation>本期：联系 {records} 次（现场 {on_site} 次，电话 {phone} 次）· 已兑现承诺 {kept} 项 · 未完成 {open} 项</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="376" />
        <source>Not written yet: pre-fill it, or add plans by hand.</source>
        <translation>尚未填写：可自动填写，或手动添加计划。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="378" />
        <source>Saved · {status}</source>
        <translation>已保存 · {status}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="381" />
        <source>{star}Summary · {author} — FieldVisit</source>
        <translation>{star}总结 · {author} — FieldVisit</translation>
    </message>
</context>
</TS>