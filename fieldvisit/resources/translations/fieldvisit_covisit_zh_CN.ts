<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddCallDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="137" />
        <source>Add a call</source>
        <translation>添加拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="141" />
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="146" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="148" />
        <source>Find an account</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="150" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="152" />
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="154" />
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="155" />
        <source>Stakeholders met</source>
        <translation>拜访的联系人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="157" />
        <source>Type of call</source>
        <translation>拜访类型</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="171" />
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="172" />
        <source>Visit objective</source>
        <translation>拜访目标</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="174" />
        <source>What should this call achieve with the customer?</source>
        <translation>这次拜访要和客户达成什么？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="184" />
        <source>Add call</source>
        <translation>添加拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="202" />
        <source>Planned: {name}</source>
        <translation>计划内：{name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="229" />
        <source>Choose the account of the call.</source>
        <translation>请选择拜访的客户。</translation>
    </message>
</context>
<context>
    <name>BeforePage</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="32" />
        <source>Before the calls</source>
        <translation>拜访前</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="33" />
        <source>Review the last co-visit's action plan first, then agree the day's focus.</source>
        <translation>先回顾上次协访的行动计划，再商定今天的重点。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="39" />
        <source>Last co-visit</source>
        <translation>上次协访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="42" />
        <source>This is the first co-visit with this rep.</source>
        <translation>这是与该代表的第一次协访。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="45" />
        <source>Development objectives (one or two skills)</source>
        <translation>发展目标（一到两项技能）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="49" />
        <source>Which skill is the rep building today? Keep it apart from the visit objectives.</source>
        <translation>代表今天要提升哪项技能？请与拜访目标分开。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="56" />
        <source>Development objective</source>
        <translation>发展目标</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="57" />
        <source>Development objective {n}</source>
        <translation>发展目标 {n}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="61" />
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="62" />
        <source>Use a suggestion…</source>
        <translation>选用建议…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="74" />
        <source>{day}, with {manager}</source>
        <translation>{day}，协访经理：{manager}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="79" />
        <source>Development objectives: {list}</source>
        <translation>发展目标：{list}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="90" />
        <source>Ratings: {list}</source>
        <translation>评分：{list}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="95" />
        <source>No action plan was agreed.</source>
        <translation>上次未约定行动计划。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="101" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="103" />
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="108" />
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="110" />
        <source>Review note</source>
        <translation>回顾备注</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="0" />
        <source>No open action to review.</source>
        <translation>没有需要回顾的未完成行动。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="0" />
        <source>Not done (keep open)</source>
        <translation>未完成（继续跟进）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="0" />
        <source>Drop</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="41" />
        <source>Calls</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="42" />
        <source>Agree the day's calls with the rep: a visit objective each, in the order made.</source>
        <translation>与代表商定当天的拜访：按拜访顺序，每次拜访一个拜访目标。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="47" />
        <source>Calls of the co-visit</source>
        <translation>协访中的拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="50" />
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="51" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="52" />
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="53" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="54" />
        <source>Met</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="55" />
        <source>Filled</source>
        <translation>已填写</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="62" />
        <source>Add call…</source>
        <translation>添加拜访…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="63" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="64" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="65" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove call</source>
        <translation>删除拜访</translation>
    </message>
    <message>
        <source>Remove call {n} ({day}) with all that is written in it?</source>
        <translation>删除第 {n} 次拜访（{day}）及其中已写的全部内容？</translation>
    </message>
    <message>
        <source>Written: {parts}. Undo (Ctrl+Z) brings the call back.</source>
        <translation>已写：{parts}。撤销（Ctrl+Z）可恢复这次拜访。</translation>
    </message>
    <message>
        <source>the removal of call {n}</source>
        <translation>删除第 {n} 次拜访</translation>
    </message>
</context>
<context>
    <name>CoVisitRoles</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="36" />
        <source>Who sells</source>
        <translation>谁主导销售</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="37" />
        <source>Manager's role</source>
        <translation>经理的角色</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="38" />
        <source>Best for</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="136" />
        <source>the rep joined {n} months ago (new rep)</source>
        <translation>代表入职 {n} 个月（新代表）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="140" />
        <source>the rep joined {n} months ago (developing)</source>
        <translation>代表入职 {n} 个月（成长期）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="144" />
        <source>an experienced rep at a key (tier A) account</source>
        <translation>资深代表，重点（A级）客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="148" />
        <source>an experienced rep; coaching unless it is a key account</source>
        <translation>资深代表；非重点客户以指导为主</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="152" />
        <source>the rep's start date is not known</source>
        <translation>代表的入职日期未知</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="153" />
        <source>Suggested: {type} — {why}</source>
        <translation>建议：{type}——{why}</translation>
    </message>
</context>
<context>
    <name>CoVisitWindow</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="93" />
        <source>Print handout…</source>
        <translation>打印协访报告…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="94" />
        <source>Correct… (new revision)</source>
        <translation>更正…（新版本）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="95" />
        <source>Revisions…</source>
        <translation>历史版本…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="103" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="107" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="108" />
        <source>Next step (Ctrl+Enter)</source>
        <translation>下一步（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="180" />
        <source>Before: last co-visit, objectives</source>
        <translation>拜访前：上次协访、发展目标</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="181" />
        <source>Calls</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="182" />
        <source>End of day</source>
        <translation>当日总结</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="183" />
        <source>Acknowledgement and sign-off</source>
        <translation>代表确认与签字</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="186" />
        <source>Pre-call plan</source>
        <translation>拜访前计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="187" />
        <source>Observation</source>
        <translation>观察</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="188" />
        <source>Debrief</source>
        <translation>拜访后分析</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="195" />
        <source>Call {n} · {part}</source>
        <translation>拜访 {n} · {part}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="198" />
        <source>Call {n}: {account}</source>
        <translation>拜访 {n}：{account}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="219" />
        <source>Co-visit with {rep} · {days}</source>
        <translation>与{rep}的协访 · {days}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="222" />
        <source>Revision {n} as signed — read-only</source>
        <translation>第 {n} 版（签字时的内容）——只读</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="224" />
        <source>Signed off — locked. Revision {n}.</source>
        <translation>已签字——已锁定。第 {n} 版。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="226" />
        <source>Completed late.</source>
        <translation>报告逾期完成。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="228" />
        <source>In progress — every field is saved as you type.</source>
        <translation>进行中——每个字段在输入时自动保存。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="300" />
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="308" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="333" />
        <source>Co-visit handout</source>
        <translation>协访报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="338" />
        <source>Correct the signed report</source>
        <translation>更正已签字的报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="339" />
        <source>Why is the report corrected? The signed version stays readable.</source>
        <translation>为什么要更正报告？已签字的版本仍可查看。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="0" />
        <source>This report is late: it was due by the end of {day} and is not signed off. Finish it and sign it off now.</source>
        <translation>本报告已逾期：应在 {day} 当天结束前完成，但尚未签署。请立即完成并签署。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="0" />
        <source>The report changed after the rep acknowledged it, so the acknowledgement was withdrawn. The rep reads it again and acknowledges anew.</source>
        <translation>代表确认后报告有改动，确认已撤回。请代表重新阅读并再次确认。</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Trying again…</source>
        <translation>未保存：{reason}。正在重试…</translation>
    </message>
    <message>
        <source>Some of what you wrote could not be saved ({reason}). Close anyway and lose it?</source>
        <translation>您写的部分内容未能保存（{reason}）。仍要关闭并丢弃这些内容吗？</translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>未保存：{reason}。</translation>
    </message>
    <message>
        <source>Your co-visit with {manager} · {days}</source>
        <translation>与{manager}的协访 · {days}</translation>
    </message>
</context>
<context>
    <name>CoVisitsPage</name>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="49" />
        <source>Rep</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="50" />
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="51" />
        <source>Calls</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="52" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="53" />
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="58" />
        <source>Start co-visit…</source>
        <translation>开始协访…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="59" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="73" />
        <source>Days in the field beside a rep: the calls made together, the coaching given and the action plan agreed. The report is finished the same day.</source>
        <translation>与代表一起在市场上的工作日：共同完成的拜访、给予的辅导和约定的行动计划。报告当天完成。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="91" />
        <source>Manager's view</source>
        <translation>经理视图</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="148" />
        <source>late</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_debrief.py" line="31" />
        <source>Call {n} · {account} — Debrief</source>
        <translation>拜访 {n} · {account}——拜访后分析</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_debrief.py" line="34" />
        <source>The rep assesses the call first; then give specific, behavioural, balanced feedback and agree one learning.</source>
        <translation>先由代表自我评估；然后给出具体、基于行为、平衡的反馈，并约定一点收获。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_debrief.py" line="51" />
        <source>Your feedback opens once the rep's self-assessment is written.</source>
        <translation>代表写完自我评估后，才能填写您的反馈。</translation>
    </message>
</context>
<context>
    <name>EndOfDayPage</name>
    <message>
        <source>Remove action</source>
        <translation>移除行动</translation>
    </message>
    <message>
        <source>Remove action {n} from the action plan?</source>
        <translation>从行动计划中移除第 {n} 项行动？</translation>
    </message>
    <message>
        <source>Remove action {n}</source>
        <translation>移除第 {n} 项行动</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="44" />
        <source>End of day</source>
        <translation>当日总结</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="45" />
        <source>Sum up the day with the rep, the same day.</source>
        <translation>当天与代表一起总结。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="52" />
        <source>Strengths</source>
        <translation>优点</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="53" />
        <source>Development areas</source>
        <translation>待发展方面</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="62" />
        <source>Ratings against the standards (1–5)</source>
        <translation>按职业标准评分（1–5）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="83" />
        <source>Action plan (reviewed at the next co-visit)</source>
        <translation>行动计划（下次协访时回顾）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="92" />
        <source>New action</source>
        <translation>新行动</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="95" />
        <source>What will be done?</source>
        <translation>要做什么？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="98" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="101" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="105" />
        <source>Add action</source>
        <translation>添加行动</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="116" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="119" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="130" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="195" />
        <source>Rep: {name}</source>
        <translation>代表：{name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="197" />
        <source>Manager: {name}</source>
        <translation>经理：{name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="209" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="0" />
        <source>Manager&apos;s comment</source>
        <translation>经理意见</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="0" />
        <source>Your overall comment on the day, printed on the handout</source>
        <translation>您对当天的总体意见，将打印在反馈单上</translation>
    </message>
</context>
<context>
    <name>ObservationPage</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_observation.py" line="27" />
        <source>Call {n} · {account} — Observation</source>
        <translation>拜访 {n} · {account}——观察</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_observation.py" line="30" />
        <source>{type}: rate each step 1–5 if you can, and note what you saw.</source>
        <translation>{type}：尽可能为每个步骤评 1–5 分，并记录观察到的行为。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_observation.py" line="47" />
        <source>What you saw (specific behaviour)</source>
        <translation>观察到的具体行为</translation>
    </message>
</context>
<context>
    <name>PreCallPage</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="55" />
        <source>Call {n} · {account} — Pre-call plan</source>
        <translation>拜访 {n} · {account}——拜访前计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="58" />
        <source>Agree the plan with the rep before the call.</source>
        <translation>拜访前与代表商定计划。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="62" />
        <source>Type of call</source>
        <translation>拜访类型</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/revisions.py" line="35" />
        <source>Revisions of the report</source>
        <translation>报告的历史版本</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/revisions.py" line="38" />
        <source>Revisions</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/revisions.py" line="41" />
        <source>Revision {n} · corrected {when} by {who}: {reason}</source>
        <translation>第 {n} 版 · {when} 由{who}更正：{reason}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/revisions.py" line="50" />
        <source>Open read-only</source>
        <translation>只读打开</translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="19" />
        <source>Add at least one call.</source>
        <translation>请至少添加一次拜访。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="20" />
        <source>Set one or two development objectives for the day.</source>
        <translation>请设定当天的一到两个发展目标。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="23" />
        <source>Call {n}: the visit objective is empty.</source>
        <translation>拜访 {n}：拜访目标为空。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="26" />
        <source>Call {n}: the rep's self-assessment is empty.</source>
        <translation>拜访 {n}：代表自我评估为空。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="29" />
        <source>Call {n}: “what went well” is empty.</source>
        <translation>拜访 {n}：“做得好的地方”为空。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="32" />
        <source>Call {n}: “what to do differently” is empty.</source>
        <translation>拜访 {n}：“需要改进的地方”为空。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="35" />
        <source>Call {n}: the agreed learning is empty.</source>
        <translation>拜访 {n}：共同认可的收获为空。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="38" />
        <source>The strengths are empty.</source>
        <translation>优点为空。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="39" />
        <source>The development areas are empty.</source>
        <translation>待发展方面为空。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="42" />
        <source>Rate the rep on every standard.</source>
        <translation>请按每项职业标准为代表评分。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="43" />
        <source>Agree at least one action for the action plan.</source>
        <translation>请在行动计划中至少约定一项行动。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="46" />
        <source>Every action needs a description, an owner and a due date.</source>
        <translation>每项行动都需要内容、负责人和截止日期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="49" />
        <source>Answer the Big Question (yes or no).</source>
        <translation>请回答关键问题（是或否）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="52" />
        <source>Say why for the Big Question.</source>
        <translation>请说明关键问题的原因。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="55" />
        <source>The rep has not acknowledged the report yet.</source>
        <translation>代表尚未确认报告。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="66" />
        <source>Rep's acknowledgement and sign-off</source>
        <translation>代表确认与经理签字</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="67" />
        <source>The rep reads the report, comments and acknowledges; then you sign it off today.</source>
        <translation>代表阅读报告、填写意见并确认；然后由您当天签字。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="72" />
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="74" />
        <source>Rep's comments</source>
        <translation>代表意见</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="74" />
        <source>The rep's own words on the day</source>
        <translation>代表对当天协访的意见</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="84" />
        <source>Rep acknowledges the report</source>
        <translation>代表确认报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="87" />
        <source>Still missing</source>
        <translation>尚缺内容</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="91" />
        <source>Sign off the report</source>
        <translation>签字确认报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="106" />
        <source>Acknowledged by the rep: {when}</source>
        <translation>代表已确认：{when}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="109" />
        <source>Not acknowledged yet.</source>
        <translation>代表尚未确认。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="113" />
        <source>Nothing.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="119" />
        <source>Signed off {when}.</source>
        <translation>已于 {when} 签字。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="0" />
        <source>The report changed after the rep acknowledged it: the rep acknowledges it again.</source>
        <translation>代表确认后报告有改动：请代表重新确认。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="0" />
        <source>Acknowledgement withdrawn: the report changed after the rep acknowledged it. The rep reads it again and acknowledges anew.</source>
        <translation>确认已撤回：代表确认后报告有改动。请代表重新阅读并再次确认。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="0" />
        <source>Not acknowledged yet. The rep acknowledges once nothing is missing.</source>
        <translation>代表尚未确认。内容全部填写完整后，代表才能确认。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="0" />
        <source>Sign off and lock the report?</source>
        <translation>签署并锁定报告？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="0" />
        <source>Signing off locks the report: nothing in it can be changed afterwards. A later change needs a correction (a new revision) that the rep acknowledges again.

Sign off now?</source>
        <translation>签署后报告将被锁定，之后不能再修改。如需修改，须进行更正（生成新版本），并由代表重新确认。

现在签署吗？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="0" />
        <source>Sign off and lock</source>
        <translation>签署并锁定</translation>
    </message>
    <message>
        <source>Acknowledge the report</source>
        <translation>确认报告</translation>
    </message>
    <message>
        <source>Read the whole report, write your comments and acknowledge it; your manager then signs it off.</source>
        <translation>请完整阅读报告，写下您的意见并确认；之后由经理签字。</translation>
    </message>
</context>
<context>
    <name>StartCoVisitDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="22" />
        <source>Start a co-visit</source>
        <translation>开始协访</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="26" />
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="42" />
        <source>Rep</source>
        <translation>代表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="32" />
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="43" />
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="33" />
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="44" />
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="38" />
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="69" />
        <source>A co-visit lasts at least one full day; two consecutive days are recommended.</source>
        <translation>协访至少一整天；建议连续两天。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="51" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="63" />
        <source>{n} days: longer than the recommended one or two consecutive days.</source>
        <translation>{n} 天：超过建议的连续一到两天。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="75" />
        <source>Add the rep to the team first.</source>
        <translation>请先把代表添加到团队中。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="0" />
        <source>Open that report</source>
        <translation>打开该报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="0" />
        <source>The report of the co-visit of {day} with this rep is late: it is not signed off. You can still start a new co-visit, or open that report first.</source>
        <translation>与该代表 {day} 的协访报告已逾期，尚未签署。您仍可开始新的协访，或先打开该报告。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="0" />
        <source>The report of the co-visit of {day} with this rep is not signed off yet. You can still start a new co-visit, or open that report first.</source>
        <translation>与该代表 {day} 的协访报告尚未签署。您仍可开始新的协访，或先打开该报告。</translation>
    </message>
</context>
<context>
    <name>CallPlaceForm</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stakeholders met</source>
        <translation>拜访的联系人</translation>
    </message>
    <message>
        <source>Planned: {name}</source>
        <translation>计划内：{name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_dialogs.py" line="1" />
        <source>Find one of the rep's accounts: name, pinyin or initials</source>
        <translation>查找代表的客户：名称、拼音或首字母</translation>
    </message>
</context>
<context>
    <name>ChangeCallDialog</name>
    <message>
        <source>Change call {n}</source>
        <translation>修改第 {n} 次拜访</translation>
    </message>
    <message>
        <source>The plan, observations and debrief stay with the call. Undo (Ctrl+Z) takes the change back.</source>
        <translation>拜访计划、观察记录和复盘都会保留在这次拜访中。撤销（Ctrl+Z）可还原这次修改。</translation>
    </message>
    <message>
        <source>Choose the account of the call.</source>
        <translation>请选择拜访的客户。</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>the change of call {n}</source>
        <translation>对第 {n} 次拜访的修改</translation>
    </message>
</context>
<context>
    <name>CallUndo</name>
    <message>
        <source>pre-call plan: {n} of {total} fields</source>
        <translation>拜访前计划：{total} 项中的 {n} 项</translation>
    </message>
    <message>
        <source>observations: {n} of {total} steps</source>
        <translation>观察记录：{total} 个步骤中的 {n} 个</translation>
    </message>
    <message>
        <source>debrief: {n} of {total} fields</source>
        <translation>复盘：{total} 项中的 {n} 项</translation>
    </message>
    <message>
        <source>stakeholders met: {n}</source>
        <translation>拜访的联系人：{n} 人</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>撤销{what}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>The rep's contact record of this visit</source>
        <translation>代表对这次拜访的联系记录</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <source>The contact record is the rep's own account of the visit; your coaching stays in this report.</source>
        <translation>联系记录是代表本人对这次拜访的记录；您的辅导内容保留在本协访报告中。</translation>
    </message>
    <message>
        <source>The rep has no contact record of this account on this day yet. Your coaching stays in this report; link the rep's record here once written.</source>
        <translation>代表当天尚未写这家客户的联系记录。您的辅导内容保留在本协访报告中；代表写好记录后可在此关联。</translation>
    </message>
</context>
<context>
    <name>AckCodeBox</name>
    <message>
        <source>Acknowledgement code</source>
        <translation>确认码</translation>
    </message>
    <message>
        <source>New acknowledgement code</source>
        <translation>新的确认码</translation>
    </message>
    <message>
        <source>Set code</source>
        <translation>设置确认码</translation>
    </message>
    <message>
        <source>4 to 8 digits only you know. To acknowledge a co-visit report in person on your manager's laptop, you enter it there. It goes to the team server at the next sync, which keeps it only in scrambled form.</source>
        <translation>只有您知道的 4 到 8 位数字。在经理的电脑上当面确认协访报告时，由您本人输入。下次同步时发送到团队服务器，服务器只保存其加密形式。</translation>
    </message>
    <message>
        <source>Set; it takes effect after the next sync.</source>
        <translation>已设置；下次同步后生效。</translation>
    </message>
</context>
<context>
    <name>AckCodeDialog</name>
    <message>
        <source>Acknowledge in person</source>
        <translation>当面确认</translation>
    </message>
    <message>
        <source>The rep's acknowledgement code</source>
        <translation>代表的确认码</translation>
    </message>
    <message>
        <source>{rep} has read the report on this laptop and enters their own acknowledgement code. The team server checks it at the next sync; a wrong code is refused and shown here under Conflicts.</source>
        <translation>{rep} 已在这台电脑上阅读报告，并输入本人的确认码。团队服务器在下次同步时核对；确认码错误将被拒绝，并在此处的“冲突”中显示。</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
</context>
</TS>
