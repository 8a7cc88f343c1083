<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ComplianceChart</name>
    <message>
        <location filename="../../fieldvisit/ui/planning/chart.py" line="18" />
        <source>Planned and done contacts chart</source>
        <translation>Planned and done contacts chart</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/chart.py" line="24" />
        <source>Visits planned</source>
        <translation>Visits planned</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/chart.py" line="25" />
        <source>Visits done</source>
        <translation>Visits done</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/chart.py" line="26" />
        <source>Calls planned</source>
        <translation>Calls planned</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/chart.py" line="27" />
        <source>Calls done</source>
        <translation>Calls done</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="57" />
        <source>Totals per rep</source>
        <translation>Totals per rep</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="59" />
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="60" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="61" />
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="62" />
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="63" />
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="88" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="67" />
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="70" />
        <source>Chart by</source>
        <translation>Chart by</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="71" />
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="72" />
        <source>By tier</source>
        <translation>By tier</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="77" />
        <source>Planned and done per account</source>
        <translation>Planned and done per account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="79" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="80" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="81" />
        <source>On-site planned</source>
        <translation>On-site planned</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="82" />
        <source>On-site done</source>
        <translation>On-site done</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="83" />
        <source>On-site required</source>
        <translation>On-site required</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="84" />
        <source>Phone planned</source>
        <translation>Phone planned</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="85" />
        <source>Phone done</source>
        <translation>Phone done</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="86" />
        <source>Phone required</source>
        <translation>Phone required</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="87" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="94" />
        <source>No accounts to plan for this month.</source>
        <translation>No accounts to plan for this month.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="102" />
        <source>C&amp;hart:</source>
        <translation>C&amp;hart:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="116" />
        <source>Visits and calls: planned / done / required by the tier rules.</source>
        <translation>Visits and calls: planned / done / required by the tier rules.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="135" />
        <source>No plan</source>
        <translation>No plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="157" />
        <source>{rep}: visits {vd} done of {vp} planned ({vr} required); calls {pd} done of {pp} planned ({pr} required); {late} accounts overdue for their tier as of {day}.</source>
        <translation>{rep}: visits {vd} done of {vp} planned ({vr} required); calls {pd} done of {pp} planned ({pr} required); {late} accounts overdue for their tier as of {day}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="185" />
        <source>as needed</source>
        <translation>as needed</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="189" />
        <source>visit</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="191" />
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="208" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/compliance_view.py" line="220" />
        <source>Week {}</source>
        <translation>Week {}</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="50" />
        <source>Planned day</source>
        <translation>Planned day</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>More than {n} visits: more than a day can hold.</source>
        <translation>More than {n} visits: more than a day can hold.</translation>
    </message>
    <message>
        <source>Public holiday: {name}</source>
        <translation>Public holiday: {name}</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>{day}  ·  holiday</source>
        <translation>{day}  ·  holiday</translation>
    </message>
    <message>
        <source>{day}  ·  working day</source>
        <translation>{day}  ·  working day</translation>
    </message>
    <message>
        <source>{visits} visits</source>
        <translation>{visits} visits</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="154" />
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="155" />
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="156" />
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="157" />
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="158" />
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="213" />
        <source>{} phone calls</source>
        <translation>{} phone calls</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="219" />
        <source>{day}  ·  {visits} visits</source>
        <translation>{day}  ·  {visits} visits</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="230" />
        <source>More visits than fit in a morning or an afternoon.</source>
        <translation>More visits than fit in a morning or an afternoon.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="239" />
        <source>AM</source>
        <translation>AM</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="241" />
        <source>PM</source>
        <translation>PM</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/calendar_view.py" line="258" />
        <source>Done: a contact record is linked.</source>
        <translation>Done: a contact record is linked.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Your last step on this plan reaches the team server at the next sync.</source>
        <translation>Your last step on this plan reaches the team server at the next sync.</translation>
    </message>
    <message>
        <source>Most phone calls on one day: {n}</source>
        <translation>Most phone calls on one day: {n}</translation>
    </message>
    <message>
        <source>The official holidays of {year} are not known yet: Monday to Friday are taken as working days. Add the year's holidays in File › Settings › Planning.</source>
        <translation>The official holidays of {year} are not known yet: Monday to Friday are taken as working days. Add the year's holidays in File › Settings › Planning.</translation>
    </message>
    <message>
        <source>&amp;Withdraw submission</source>
        <translation>&amp;Withdraw submission</translation>
    </message>
    <message>
        <source>Accounts with fewer visits than their tier needs: {n}</source>
        <translation>Accounts with fewer visits than their tier needs: {n}</translation>
    </message>
    <message>
        <source>Contacts on public holidays: {days}</source>
        <translation>Contacts on public holidays: {days}</translation>
    </message>
    <message>
        <source>Days with more than {capacity} visits: {n}</source>
        <translation>Days with more than {capacity} visits: {n}</translation>
    </message>
    <message>
        <source>Move contact</source>
        <translation>Move contact</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Not placed ({n})</source>
        <translation>Not placed ({n})</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Not placed</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nothing to redo</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <source>Phone call instead</source>
        <translation>Phone call instead</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Redo: {}</source>
        <translation>Redo: {}</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>S&amp;ubmit for approval…</source>
        <translation>S&amp;ubmit for approval…</translation>
    </message>
    <message>
        <source>Submit the plan to your manager? You can withdraw it until the manager decides.</source>
        <translation>Submit the plan to your manager? You can withdraw it until the manager decides.</translation>
    </message>
    <message>
        <source>Submit the plan</source>
        <translation>Submit the plan</translation>
    </message>
    <message>
        <source>Take the plan back to a draft; possible until the manager decides.</source>
        <translation>Take the plan back to a draft; possible until the manager decides.</translation>
    </message>
    <message>
        <source>The official holidays of {year} are not known: Monday to Friday.</source>
        <translation>The official holidays of {year} are not known: Monday to Friday.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo: {}</source>
        <translation>Undo: {}</translation>
    </message>
    <message>
        <source>{n} days have more than {capacity} visits: move some to other days.</source>
        <translation>{n} days have more than {capacity} visits: move some to other days.</translation>
    </message>
    <message>
        <source>{visits} visits and {calls} calls in {month}.</source>
        <translation>{visits} visits and {calls} calls in {month}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="83" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="93" />
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="96" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="110" />
        <source>&amp;Suggest plan</source>
        <translation>&amp;Suggest plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="113" />
        <source>Fill the month with the visits and calls each tier needs (keeps what is there).</source>
        <translation>Fill the month with the visits and calls each tier needs (keeps what is there).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="117" />
        <source>&amp;Remove contact</source>
        <translation>&amp;Remove contact</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="119" />
        <source>S&amp;ubmit for approval</source>
        <translation>S&amp;ubmit for approval</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="121" />
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="123" />
        <source>Re&amp;turn with comment…</source>
        <translation>Re&amp;turn with comment…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="125" />
        <source>Save as i&amp;Calendar…</source>
        <translation>Save as i&amp;Calendar…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="127" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="129" />
        <source>Frequency &amp;policy…</source>
        <translation>Frequency &amp;policy…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="133" />
        <source>Month calendar</source>
        <translation>Month calendar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="137" />
        <source>Show phone &amp;calls in the calendar</source>
        <translation>Show phone &amp;calls in the calendar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="153" />
        <source>Drag a contact to another day to move it. Colours show the tier: A1 red, A2 orange, B1 dark blue, B2 light blue, C/D green.</source>
        <translation>Drag a contact to another day to move it. Colours show the tier: A1 red, A2 orange, B1 dark blue, B2 light blue, C/D green.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="164" />
        <source>Double-click a day (or press F2) to move a contact with the keyboard.</source>
        <translation>Double-click a day (or press F2) to move a contact with the keyboard.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="168" />
        <source>Plan views</source>
        <translation>Plan views</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="169" />
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="170" />
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="171" />
        <source>C&amp;ompliance</source>
        <translation>C&amp;ompliance</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="175" />
        <source>&amp;Rep:</source>
        <translation>&amp;Rep:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="177" />
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="199" />
        <source>Choose who you are in File › Settings to see and make visit plans.</source>
        <translation>Choose who you are in File › Settings to see and make visit plans.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="324" />
        <source>No rep to show.</source>
        <translation>No rep to show.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="327" />
        <source>No plan for {month} yet. Suggest one from the frequency policy “{policy}”.</source>
        <translation>No plan for {month} yet. Suggest one from the frequency policy “{policy}”.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="331" />
        <source>{status} · {visits} visits, {calls} calls · policy “{policy}”</source>
        <translation>{status} · {visits} visits, {calls} calls · policy “{policy}”</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="338" />
        <source>Waiting for the manager's approval; read-only until then.</source>
        <translation>Waiting for the manager's approval; read-only until then.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="340" />
        <source>Approved by {name}; the plan is read-only.</source>
        <translation>Approved by {name}; the plan is read-only.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="345" />
        <source>Returned by {name}: “{comment}” Edit the plan and submit it again.</source>
        <translation>Returned by {name}: “{comment}” Edit the plan and submit it again.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="348" />
        <source>Comment: {}</source>
        <translation>Comment: {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="410" />
        <location filename="../../fieldvisit/ui/pages/plan.py" line="416" />
        <source>Suggest plan</source>
        <translation>Suggest plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="411" />
        <source>Every account already has what its tier needs this month.</source>
        <translation>Every account already has what its tier needs this month.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="418" />
        <source>The tier rules need more visits than fit in the month: {} days have more than 4 visits a morning or an afternoon. Move or remove some, or review the frequency policy.</source>
        <translation>The tier rules need more visits than fit in the month: {} days have more than 4 visits a morning or an afternoon. Move or remove some, or review the frequency policy.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="459" />
        <source>Return the plan</source>
        <translation>Return the plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="460" />
        <source>What should the rep change?</source>
        <translation>What should the rep change?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="481" />
        <source>Save the plan as iCalendar</source>
        <translation>Save the plan as iCalendar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="483" />
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="502" />
        <source>Saved {count} events to {path}.</source>
        <translation>Saved {count} events to {path}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/plan.py" line="513" />
        <source>Monthly visit plan — {}</source>
        <translation>Monthly visit plan — {}</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="81" />
        <source>Planned contacts</source>
        <translation>Planned contacts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="84" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="85" />
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="86" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="87" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="88" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/list_view.py" line="89" />
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>This laptop is in a team: the policy is the team server's. An administrator changes it on the Team page, and it reaches this laptop at the next sync.</source>
        <translation>This laptop is in a team: the policy is the team server's. An administrator changes it on the Team page, and it reaches this laptop at the next sync.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="55" />
        <source>Visit frequency policy</source>
        <translation>Visit frequency policy</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="60" />
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="66" />
        <source>Minimum contacts per tier</source>
        <translation>Minimum contacts per tier</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="70" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="71" />
        <source>Phone contacts</source>
        <translation>Phone contacts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="72" />
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="73" />
        <source>On-site visits a month</source>
        <translation>On-site visits a month</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="79" />
        <source>C and D</source>
        <translation>C and D</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="84" />
        <source>Phone contacts, tier {}</source>
        <translation>Phone contacts, tier {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="90" />
        <source>Phone period, tier {}</source>
        <translation>Phone period, tier {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="97" />
        <source>On-site visits a month, tier {}</source>
        <translation>On-site visits a month, tier {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="100" />
        <source>as needed</source>
        <translation>as needed</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="110" />
        <source>Name of the new version</source>
        <translation>Name of the new version</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="112" />
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="118" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="119" />
        <source>&amp;Effective from:</source>
        <translation>&amp;Effective from:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="121" />
        <source>&amp;Save as new version</source>
        <translation>&amp;Save as new version</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="129" />
        <source>Versions (newest first):</source>
        <translation>Versions (newest first):</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="137" />
        <source>Change the figures, name the version and choose the day it takes effect. Plans and compliance use the version in force on the first day of the month; earlier versions are kept for the months they governed.</source>
        <translation>Change the figures, name the version and choose the day it takes effect. Plans and compliance use the version in force on the first day of the month; earlier versions are kept for the months they governed.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="161" />
        <source>{name} — from {day}</source>
        <translation>{name} — from {day}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="165" />
        <source> (in force)</source>
        <translation> (in force)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="196" />
        <source>Showing “{name}”, in force from {day}. Edit to start a new version.</source>
        <translation>Showing “{name}”, in force from {day}. Edit to start a new version.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="223" />
        <source>Name: enter a name for the new version, e.g. “2026 revision”.</source>
        <translation>Name: enter a name for the new version, e.g. “2026 revision”.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="231" />
        <source>Effective from: “{name}” already starts on that day; choose another day.</source>
        <translation>Effective from: “{name}” already starts on that day; choose another day.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="262" />
        <source>Unsaved policy</source>
        <translation>Unsaved policy</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planning/policy_editor.py" line="263" />
        <source>The changed figures have not been saved as a new version. Discard them?</source>
        <translation>The changed figures have not been saved as a new version. Discard them?</translation>
    </message>
</context>
<context>
    <name>UnplacedView</name>
    <message>
        <source>Every suggested visit fits within the day's capacity.</source>
        <translation>Every suggested visit fits within the day's capacity.</translation>
    </message>
    <message>
        <source>&amp;Lower frequency (C)</source>
        <translation>&amp;Lower frequency (C)</translation>
    </message>
    <message>
        <source>&amp;Next month</source>
        <translation>&amp;Next month</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>No day with room left (at most {n} visits a day)</source>
        <translation>No day with room left (at most {n} visits a day)</translation>
    </message>
    <message>
        <source>Phone &amp;call instead</source>
        <translation>Phone &amp;call instead</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Visits not placed</source>
        <translation>Visits not placed</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>{n} visits did not fit: every open day already has {capacity} visits. Nothing was stacked. Choose what to do for each.</source>
        <translation>{n} visits did not fit: every open day already has {capacity} visits. Nothing was stacked. Choose what to do for each.</translation>
    </message>
</context>
</TS>