<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ManagerViewWidget</name>
    <message>
        <source>Each rep's data as of their last sync: {reps}.</source>
        <translation>Each rep's data as of their last sync: {reps}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="79" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="80" />
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="146" />
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="160" />
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="81" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="82" />
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="326" />
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="86" />
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="88" />
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="95" />
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="96" />
        <source>&amp;Rep:</source>
        <translation>&amp;Rep:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="97" />
        <source>M&amp;onth:</source>
        <translation>M&amp;onth:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="133" />
        <source>Standard shown</source>
        <translation>Standard shown</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="144" />
        <source>Open action items</source>
        <translation>Open action items</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="147" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="148" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="149" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="150" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="158" />
        <source>Each rep this month</source>
        <translation>Each rep this month</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="161" />
        <source>Co-visits</source>
        <translation>Co-visits</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="162" />
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="347" />
        <source>Co-visit days</source>
        <translation>Co-visit days</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="163" />
        <source>Joint</source>
        <translation>Joint</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="164" />
        <source>Demonstration</source>
        <translation>Demonstration</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="165" />
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="166" />
        <source>Avg. rating</source>
        <translation>Avg. rating</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="167" />
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="168" />
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="366" />
        <source>Late reports</source>
        <translation>Late reports</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="193" />
        <source>All reps this month (double-click a rep or press Enter to show them)</source>
        <translation>All reps this month (double-click a rep or press Enter to show them)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="472" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="270" />
        <source>All reps</source>
        <translation>All reps</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="312" />
        <source>No managers in the team yet.</source>
        <translation>No managers in the team yet.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="327" />
        <source>all reps</source>
        <translation>all reps</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="329" />
        <source>{manager} with {who} · {month}</source>
        <translation>{manager} with {who} · {month}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="336" />
        <source>Current month: working days are counted up to today, {date}.</source>
        <translation>Current month: working days are counted up to today, {date}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="341" />
        <source>This month has not begun: no working days yet.</source>
        <translation>This month has not begun: no working days yet.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="349" />
        <source>Co-visits: {n}</source>
        <translation>Co-visits: {n}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="352" />
        <source>Calls by type</source>
        <translation>Calls by type</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="354" />
        <source>Joint {joint} · Demonstration {demo} · Coaching {coaching}</source>
        <translation>Joint {joint} · Demonstration {demo} · Coaching {coaching}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="361" />
        <source>Average rating</source>
        <translation>Average rating</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="363" />
        <source>out of 5, last 12 months</source>
        <translation>out of 5, last 12 months</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="368" />
        <source>✗ not finished the same day</source>
        <translation>✗ not finished the same day</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="370" />
        <source>✓ every report finished the same day</source>
        <translation>✓ every report finished the same day</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="380" />
        <source>{x} of {y}</source>
        <translation>{x} of {y}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="383" />
        <source>target ≥ {pct} % ({base})</source>
        <translation>target ≥ {pct} % ({base})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="390" />
        <source>✓ On target</source>
        <translation>✓ On target</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="390" />
        <source>✗ Below target</source>
        <translation>✗ Below target</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="391" />
        <source>{pct} % · {target}
{mark}</source>
        <translation>{pct} % · {target}
{mark}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="395" />
        <source>Days in the field</source>
        <translation>Days in the field</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="401" />
        <source>All standards</source>
        <translation>All standards</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="415" />
        <source>Ratings by standard, {start} – {end} (average per co-visit)</source>
        <translation>Ratings by standard, {start} – {end} (average per co-visit)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="416" />
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="417" />
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="432" />
        <source>Open action items: {n} ({overdue} overdue)</source>
        <translation>Open action items: {n} ({overdue} overdue)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="442" />
        <source>no due date</source>
        <translation>no due date</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="444" />
        <source>⚠ Overdue</source>
        <translation>⚠ Overdue</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="444" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/manager_view.py" line="464" />
        <source>{n} ({overdue} overdue)</source>
        <translation>{n} ({overdue} overdue)</translation>
    </message>
</context>
<context>
    <name>RatingTrendChart</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/rating_chart.py" line="54" />
        <source>Rating trend chart</source>
        <translation>Rating trend chart</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/rating_chart.py" line="89" />
        <source>no ratings</source>
        <translation>no ratings</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/rating_chart.py" line="134" />
        <source>No ratings in these months.</source>
        <translation>No ratings in these months.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/rating_chart.py" line="157" />
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/rating_chart.py" line="195" />
        <source>Average {value}</source>
        <translation>Average {value}</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="43" />
        <source>&amp;Add plan</source>
        <translation>&amp;Add plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="44" />
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="45" />
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="46" />
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="61" />
        <source>Name of the plan</source>
        <translation>Name of the plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="66" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="78" />
        <source>No plans in this section. Pre-fill from records and promises, or add one.</source>
        <translation>No plans in this section. Pre-fill from records and promises, or add one.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="103" />
        <source>Each plan completed: key data, major problems met, what worked and what did not, thanks to those who helped.</source>
        <translation>Each plan completed: key data, major problems met, what worked and what did not, thanks to those who helped.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="107" />
        <source>Each plan in progress: key data, problems expected, proposed solutions, help needed.</source>
        <translation>Each plan in progress: key data, problems expected, proposed solutions, help needed.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="111" />
        <source>Each new plan: known data, challenges expected, help needed.</source>
        <translation>Each new plan: known data, challenges expected, help needed.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="124" />
        <source>Major &amp;problems met:</source>
        <translation>Major &amp;problems met:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="125" />
        <source>&amp;Problems expected:</source>
        <translation>&amp;Problems expected:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="126" />
        <source>&amp;Challenges expected:</source>
        <translation>&amp;Challenges expected:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="129" />
        <source>&amp;Known data:</source>
        <translation>&amp;Known data:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="129" />
        <source>&amp;Key data:</source>
        <translation>&amp;Key data:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="134" />
        <source>What &amp;worked:</source>
        <translation>What &amp;worked:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="135" />
        <source>What did &amp;not work:</source>
        <translation>What did &amp;not work:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="136" />
        <source>&amp;Thanks to:</source>
        <translation>&amp;Thanks to:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="137" />
        <source>Proposed &amp;solutions:</source>
        <translation>Proposed &amp;solutions:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/section_editor.py" line="138" />
        <source>&amp;Help needed:</source>
        <translation>&amp;Help needed:</translation>
    </message>
</context>
<context>
    <name>SummaryEditor</name>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="74" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="78" />
        <source>A day in the period</source>
        <translation>A day in the period</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="85" />
        <source>Pre-&amp;fill from records and promises</source>
        <translation>Pre-&amp;fill from records and promises</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="90" />
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="91" />
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="110" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="115" />
        <source>Fi&amp;nal (ready to hand in)</source>
        <translation>Fi&amp;nal (ready to hand in)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="117" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="118" />
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="119" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="120" />
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="121" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="139" />
        <source>Printing uses the saved summary; it is saved first.</source>
        <translation>Printing uses the saved summary; it is saved first.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="190" />
        <source>Replace the plans?</source>
        <translation>Replace the plans?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="192" />
        <source>Pre-filling replaces the plans listed now with ones taken from the period's contact records and promises. Your edits to them are lost when you save.</source>
        <translation>Pre-filling replaces the plans listed now with ones taken from the period's contact records and promises. Your edits to them are lost when you save.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="227" />
        <source>Give this plan a name, or remove it.</source>
        <translation>Give this plan a name, or remove it.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="264" />
        <source>Customer management summary</source>
        <translation>Customer management summary</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="290" />
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="374" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="291" />
        <source>The summary has changes that are not saved. Save them?</source>
        <translation>The summary has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="334" />
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="340" />
        <source>Customer management summary · {author}</source>
        <translation>Customer management summary · {author}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="345" />
        <source>This period: {records} contacts ({on_site} on-site, {phone} phone) · {kept} promises kept · {open} open</source>
        <translation>This period: {records} contacts ({on_site} on-site, {phone} phone) · {kept} promises kept · {open} open</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="376" />
        <source>Not written yet: pre-fill it, or add plans by hand.</source>
        <translation>Not written yet: pre-fill it, or add plans by hand.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="378" />
        <source>Saved · {status}</source>
        <translation>Saved · {status}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/summaries/summary_editor.py" line="381" />
        <source>{star}Summary · {author} — FieldVisit</source>
        <translation>{star}Summary · {author} — FieldVisit</translation>
    </message>
</context>
</TS>