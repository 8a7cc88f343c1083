<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddCallDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="137" />
        <source>Add a call</source>
        <translation>Add a call</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="141" />
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="146" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="148" />
        <source>Find an account</source>
        <translation>Find an account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="150" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="152" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="154" />
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="155" />
        <source>Stakeholders met</source>
        <translation>Stakeholders met</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="157" />
        <source>Type of call</source>
        <translation>Type of call</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="171" />
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="172" />
        <source>Visit objective</source>
        <translation>Visit objective</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="174" />
        <source>What should this call achieve with the customer?</source>
        <translation>What should this call achieve with the customer?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="184" />
        <source>Add call</source>
        <translation>Add call</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="202" />
        <source>Planned: {name}</source>
        <translation>Planned: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="229" />
        <source>Choose the account of the call.</source>
        <translation>Choose the account of the call.</translation>
    </message>
</context>
<context>
    <name>BeforePage</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="32" />
        <source>Before the calls</source>
        <translation>Before the calls</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="33" />
        <source>Review the last co-visit's action plan first, then agree the day's focus.</source>
        <translation>Review the last co-visit's action plan first, then agree the day's focus.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="39" />
        <source>Last co-visit</source>
        <translation>Last co-visit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="42" />
        <source>This is the first co-visit with this rep.</source>
        <translation>This is the first co-visit with this rep.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="45" />
        <source>Development objectives (one or two skills)</source>
        <translation>Development objectives (one or two skills)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="49" />
        <source>Which skill is the rep building today? Keep it apart from the visit objectives.</source>
        <translation>Which skill is the rep building today? Keep it apart from the visit objectives.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="56" />
        <source>Development objective</source>
        <translation>Development objective</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="57" />
        <source>Development objective {n}</source>
        <translation>Development objective {n}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="61" />
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="62" />
        <source>Use a suggestion…</source>
        <translation>Use a suggestion…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="74" />
        <source>{day}, with {manager}</source>
        <translation>{day}, with {manager}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="79" />
        <source>Development objectives: {list}</source>
        <translation>Development objectives: {list}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="90" />
        <source>Ratings: {list}</source>
        <translation>Ratings: {list}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="95" />
        <source>No action plan was agreed.</source>
        <translation>No action plan was agreed.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="101" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="103" />
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="108" />
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="110" />
        <source>Review note</source>
        <translation>Review note</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="0" />
        <source>No open action to review.</source>
        <translation>No open action to review.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="0" />
        <source>Not done (keep open)</source>
        <translation>Not done (keep open)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/before_step.py" line="0" />
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="41" />
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="42" />
        <source>Agree the day's calls with the rep: a visit objective each, in the order made.</source>
        <translation>Agree the day's calls with the rep: a visit objective each, in the order made.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="47" />
        <source>Calls of the co-visit</source>
        <translation>Calls of the co-visit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="50" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="51" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="52" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="53" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="54" />
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="55" />
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="62" />
        <source>Add call…</source>
        <translation>Add call…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="63" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="64" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/calls_step.py" line="65" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Remove call</source>
        <translation>Remove call</translation>
    </message>
    <message>
        <source>Remove call {n} ({day}) with all that is written in it?</source>
        <translation>Remove call {n} ({day}) with all that is written in it?</translation>
    </message>
    <message>
        <source>Written: {parts}. Undo (Ctrl+Z) brings the call back.</source>
        <translation>Written: {parts}. Undo (Ctrl+Z) brings the call back.</translation>
    </message>
    <message>
        <source>the removal of call {n}</source>
        <translation>the removal of call {n}</translation>
    </message>
</context>
<context>
    <name>CoVisitRoles</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="36" />
        <source>Who sells</source>
        <translation>Who sells</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="37" />
        <source>Manager's role</source>
        <translation>Manager's role</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="38" />
        <source>Best for</source>
        <translation>Best for</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="136" />
        <source>the rep joined {n} months ago (new rep)</source>
        <translation>the rep joined {n} months ago (new rep)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="140" />
        <source>the rep joined {n} months ago (developing)</source>
        <translation>the rep joined {n} months ago (developing)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="144" />
        <source>an experienced rep at a key (tier A) account</source>
        <translation>an experienced rep at a key (tier A) account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="148" />
        <source>an experienced rep; coaching unless it is a key account</source>
        <translation>an experienced rep; coaching unless it is a key account</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="152" />
        <source>the rep's start date is not known</source>
        <translation>the rep's start date is not known</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="153" />
        <source>Suggested: {type} — {why}</source>
        <translation>Suggested: {type} — {why}</translation>
    </message>
</context>
<context>
    <name>CoVisitWindow</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="93" />
        <source>Print handout…</source>
        <translation>Print handout…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="94" />
        <source>Correct… (new revision)</source>
        <translation>Correct… (new revision)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="95" />
        <source>Revisions…</source>
        <translation>Revisions…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="103" />
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="107" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="108" />
        <source>Next step (Ctrl+Enter)</source>
        <translation>Next step (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="180" />
        <source>Before: last co-visit, objectives</source>
        <translation>Before: last co-visit, objectives</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="181" />
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="182" />
        <source>End of day</source>
        <translation>End of day</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="183" />
        <source>Acknowledgement and sign-off</source>
        <translation>Acknowledgement and sign-off</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="186" />
        <source>Pre-call plan</source>
        <translation>Pre-call plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="187" />
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="188" />
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="195" />
        <source>Call {n} · {part}</source>
        <translation>Call {n} · {part}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="198" />
        <source>Call {n}: {account}</source>
        <translation>Call {n}: {account}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="219" />
        <source>Co-visit with {rep} · {days}</source>
        <translation>Co-visit with {rep} · {days}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="222" />
        <source>Revision {n} as signed — read-only</source>
        <translation>Revision {n} as signed — read-only</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="224" />
        <source>Signed off — locked. Revision {n}.</source>
        <translation>Signed off — locked. Revision {n}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="226" />
        <source>Completed late.</source>
        <translation>Completed late.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="228" />
        <source>In progress — every field is saved as you type.</source>
        <translation>In progress — every field is saved as you type.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="300" />
        <source>Saved {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="308" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="333" />
        <source>Co-visit handout</source>
        <translation>Co-visit handout</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="338" />
        <source>Correct the signed report</source>
        <translation>Correct the signed report</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="339" />
        <source>Why is the report corrected? The signed version stays readable.</source>
        <translation>Why is the report corrected? The signed version stays readable.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="0" />
        <source>This report is late: it was due by the end of {day} and is not signed off. Finish it and sign it off now.</source>
        <translation>This report is late: it was due by the end of {day} and is not signed off. Finish it and sign it off now.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/window.py" line="0" />
        <source>The report changed after the rep acknowledged it, so the acknowledgement was withdrawn. The rep reads it again and acknowledges anew.</source>
        <translation>The report changed after the rep acknowledged it, so the acknowledgement was withdrawn. The rep reads it again and acknowledges anew.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Trying again…</source>
        <translation>Not saved: {reason}. Trying again…</translation>
    </message>
    <message>
        <source>Some of what you wrote could not be saved ({reason}). Close anyway and lose it?</source>
        <translation>Some of what you wrote could not be saved ({reason}). Close anyway and lose it?</translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>Not saved: {reason}.</translation>
    </message>
    <message>
        <source>Your co-visit with {manager} · {days}</source>
        <translation>Your co-visit with {manager} · {days}</translation>
    </message>
</context>
<context>
    <name>CoVisitsPage</name>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="49" />
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="50" />
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="51" />
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="52" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="53" />
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="58" />
        <source>Start co-visit…</source>
        <translation>Start co-visit…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="59" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="73" />
        <source>Days in the field beside a rep: the calls made together, the coaching given and the action plan agreed. The report is finished the same day.</source>
        <translation>Days in the field beside a rep: the calls made together, the coaching given and the action plan agreed. The report is finished the same day.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="91" />
        <source>Manager's view</source>
        <translation>Manager's view</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/pages/covisits.py" line="148" />
        <source>late</source>
        <translation>late</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_debrief.py" line="31" />
        <source>Call {n} · {account} — Debrief</source>
        <translation>Call {n} · {account} — Debrief</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_debrief.py" line="34" />
        <source>The rep assesses the call first; then give specific, behavioural, balanced feedback and agree one learning.</source>
        <translation>The rep assesses the call first; then give specific, behavioural, balanced feedback and agree one learning.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_debrief.py" line="51" />
        <source>Your feedback opens once the rep's self-assessment is written.</source>
        <translation>Your feedback opens once the rep's self-assessment is written.</translation>
    </message>
</context>
<context>
    <name>EndOfDayPage</name>
    <message>
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>Remove action {n} from the action plan?</source>
        <translation>Remove action {n} from the action plan?</translation>
    </message>
    <message>
        <source>Remove action {n}</source>
        <translation>Remove action {n}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="44" />
        <source>End of day</source>
        <translation>End of day</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="45" />
        <source>Sum up the day with the rep, the same day.</source>
        <translation>Sum up the day with the rep, the same day.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="52" />
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="53" />
        <source>Development areas</source>
        <translation>Development areas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="62" />
        <source>Ratings against the standards (1–5)</source>
        <translation>Ratings against the standards (1–5)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="83" />
        <source>Action plan (reviewed at the next co-visit)</source>
        <translation>Action plan (reviewed at the next co-visit)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="92" />
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="95" />
        <source>What will be done?</source>
        <translation>What will be done?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="98" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="101" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="105" />
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="116" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="119" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="130" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="195" />
        <source>Rep: {name}</source>
        <translation>Rep: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="197" />
        <source>Manager: {name}</source>
        <translation>Manager: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="209" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="0" />
        <source>Manager&apos;s comment</source>
        <translation>Manager&apos;s comment</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/end_of_day.py" line="0" />
        <source>Your overall comment on the day, printed on the handout</source>
        <translation>Your overall comment on the day, printed on the handout</translation>
    </message>
</context>
<context>
    <name>ObservationPage</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_observation.py" line="27" />
        <source>Call {n} · {account} — Observation</source>
        <translation>Call {n} · {account} — Observation</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_observation.py" line="30" />
        <source>{type}: rate each step 1–5 if you can, and note what you saw.</source>
        <translation>{type}: rate each step 1–5 if you can, and note what you saw.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_observation.py" line="47" />
        <source>What you saw (specific behaviour)</source>
        <translation>What you saw (specific behaviour)</translation>
    </message>
</context>
<context>
    <name>PreCallPage</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="55" />
        <source>Call {n} · {account} — Pre-call plan</source>
        <translation>Call {n} · {account} — Pre-call plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="58" />
        <source>Agree the plan with the rep before the call.</source>
        <translation>Agree the plan with the rep before the call.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_plan.py" line="62" />
        <source>Type of call</source>
        <translation>Type of call</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/revisions.py" line="35" />
        <source>Revisions of the report</source>
        <translation>Revisions of the report</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/revisions.py" line="38" />
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/revisions.py" line="41" />
        <source>Revision {n} · corrected {when} by {who}: {reason}</source>
        <translation>Revision {n} · corrected {when} by {who}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/revisions.py" line="50" />
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="19" />
        <source>Add at least one call.</source>
        <translation>Add at least one call.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="20" />
        <source>Set one or two development objectives for the day.</source>
        <translation>Set one or two development objectives for the day.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="23" />
        <source>Call {n}: the visit objective is empty.</source>
        <translation>Call {n}: the visit objective is empty.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="26" />
        <source>Call {n}: the rep's self-assessment is empty.</source>
        <translation>Call {n}: the rep's self-assessment is empty.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="29" />
        <source>Call {n}: “what went well” is empty.</source>
        <translation>Call {n}: “what went well” is empty.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="32" />
        <source>Call {n}: “what to do differently” is empty.</source>
        <translation>Call {n}: “what to do differently” is empty.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="35" />
        <source>Call {n}: the agreed learning is empty.</source>
        <translation>Call {n}: the agreed learning is empty.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="38" />
        <source>The strengths are empty.</source>
        <translation>The strengths are empty.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="39" />
        <source>The development areas are empty.</source>
        <translation>The development areas are empty.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="42" />
        <source>Rate the rep on every standard.</source>
        <translation>Rate the rep on every standard.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="43" />
        <source>Agree at least one action for the action plan.</source>
        <translation>Agree at least one action for the action plan.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="46" />
        <source>Every action needs a description, an owner and a due date.</source>
        <translation>Every action needs a description, an owner and a due date.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="49" />
        <source>Answer the Big Question (yes or no).</source>
        <translation>Answer the Big Question (yes or no).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="52" />
        <source>Say why for the Big Question.</source>
        <translation>Say why for the Big Question.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="55" />
        <source>The rep has not acknowledged the report yet.</source>
        <translation>The rep has not acknowledged the report yet.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="66" />
        <source>Rep's acknowledgement and sign-off</source>
        <translation>Rep's acknowledgement and sign-off</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="67" />
        <source>The rep reads the report, comments and acknowledges; then you sign it off today.</source>
        <translation>The rep reads the report, comments and acknowledges; then you sign it off today.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="72" />
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="74" />
        <source>Rep's comments</source>
        <translation>Rep's comments</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="74" />
        <source>The rep's own words on the day</source>
        <translation>The rep's own words on the day</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="84" />
        <source>Rep acknowledges the report</source>
        <translation>Rep acknowledges the report</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="87" />
        <source>Still missing</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="91" />
        <source>Sign off the report</source>
        <translation>Sign off the report</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="106" />
        <source>Acknowledged by the rep: {when}</source>
        <translation>Acknowledged by the rep: {when}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="109" />
        <source>Not acknowledged yet.</source>
        <translation>Not acknowledged yet.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="113" />
        <source>Nothing.</source>
        <translation>Nothing.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="119" />
        <source>Signed off {when}.</source>
        <translation>Signed off {when}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="0" />
        <source>The report changed after the rep acknowledged it: the rep acknowledges it again.</source>
        <translation>The report changed after the rep acknowledged it: the rep acknowledges it again.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="0" />
        <source>Acknowledgement withdrawn: the report changed after the rep acknowledged it. The rep reads it again and acknowledges anew.</source>
        <translation>Acknowledgement withdrawn: the report changed after the rep acknowledged it. The rep reads it again and acknowledges anew.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="0" />
        <source>Not acknowledged yet. The rep acknowledges once nothing is missing.</source>
        <translation>Not acknowledged yet. The rep acknowledges once nothing is missing.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="0" />
        <source>Sign off and lock the report?</source>
        <translation>Sign off and lock the report?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="0" />
        <source>Signing off locks the report: nothing in it can be changed afterwards. A later change needs a correction (a new revision) that the rep acknowledges again.

Sign off now?</source>
        <translation>Signing off locks the report: nothing in it can be changed afterwards. A later change needs a correction (a new revision) that the rep acknowledges again.

Sign off now?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/signoff_step.py" line="0" />
        <source>Sign off and lock</source>
        <translation>Sign off and lock</translation>
    </message>
    <message>
        <source>Acknowledge the report</source>
        <translation>Acknowledge the report</translation>
    </message>
    <message>
        <source>Read the whole report, write your comments and acknowledge it; your manager then signs it off.</source>
        <translation>Read the whole report, write your comments and acknowledge it; your manager then signs it off.</translation>
    </message>
</context>
<context>
    <name>StartCoVisitDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="22" />
        <source>Start a co-visit</source>
        <translation>Start a co-visit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="26" />
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="42" />
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="32" />
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="43" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="33" />
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="44" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="38" />
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="69" />
        <source>A co-visit lasts at least one full day; two consecutive days are recommended.</source>
        <translation>A co-visit lasts at least one full day; two consecutive days are recommended.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="51" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="63" />
        <source>{n} days: longer than the recommended one or two consecutive days.</source>
        <translation>{n} days: longer than the recommended one or two consecutive days.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="75" />
        <source>Add the rep to the team first.</source>
        <translation>Add the rep to the team first.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="0" />
        <source>Open that report</source>
        <translation>Open that report</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="0" />
        <source>The report of the co-visit of {day} with this rep is late: it is not signed off. You can still start a new co-visit, or open that report first.</source>
        <translation>The report of the co-visit of {day} with this rep is late: it is not signed off. You can still start a new co-visit, or open that report first.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/start_dialog.py" line="0" />
        <source>The report of the co-visit of {day} with this rep is not signed off yet. You can still start a new co-visit, or open that report first.</source>
        <translation>The report of the co-visit of {day} with this rep is not signed off yet. You can still start a new co-visit, or open that report first.</translation>
    </message>
</context>
<context>
    <name>CallPlaceForm</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>Find an account</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Stakeholders met</source>
        <translation>Stakeholders met</translation>
    </message>
    <message>
        <source>Planned: {name}</source>
        <translation>Planned: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/covisits/call_dialogs.py" line="1" />
        <source>Find one of the rep's accounts: name, pinyin or initials</source>
        <translation>Find one of the rep's accounts: name, pinyin or initials</translation>
    </message>
</context>
<context>
    <name>ChangeCallDialog</name>
    <message>
        <source>Change call {n}</source>
        <translation>Change call {n}</translation>
    </message>
    <message>
        <source>The plan, observations and debrief stay with the call. Undo (Ctrl+Z) takes the change back.</source>
        <translation>The plan, observations and debrief stay with the call. Undo (Ctrl+Z) takes the change back.</translation>
    </message>
    <message>
        <source>Choose the account of the call.</source>
        <translation>Choose the account of the call.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>the change of call {n}</source>
        <translation>the change of call {n}</translation>
    </message>
</context>
<context>
    <name>CallUndo</name>
    <message>
        <source>pre-call plan: {n} of {total} fields</source>
        <translation>pre-call plan: {n} of {total} fields</translation>
    </message>
    <message>
        <source>observations: {n} of {total} steps</source>
        <translation>observations: {n} of {total} steps</translation>
    </message>
    <message>
        <source>debrief: {n} of {total} fields</source>
        <translation>debrief: {n} of {total} fields</translation>
    </message>
    <message>
        <source>stakeholders met: {n}</source>
        <translation>stakeholders met: {n}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Undo {what}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>The rep's contact record of this visit</source>
        <translation>The rep's contact record of this visit</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Not linked</translation>
    </message>
    <message>
        <source>The contact record is the rep's own account of the visit; your coaching stays in this report.</source>
        <translation>The contact record is the rep's own account of the visit; your coaching stays in this report.</translation>
    </message>
    <message>
        <source>The rep has no contact record of this account on this day yet. Your coaching stays in this report; link the rep's record here once written.</source>
        <translation>The rep has no contact record of this account on this day yet. Your coaching stays in this report; link the rep's record here once written.</translation>
    </message>
</context>
<context>
    <name>AckCodeBox</name>
    <message>
        <source>Acknowledgement code</source>
        <translation>Acknowledgement code</translation>
    </message>
    <message>
        <source>New acknowledgement code</source>
        <translation>New acknowledgement code</translation>
    </message>
    <message>
        <source>Set code</source>
        <translation>Set code</translation>
    </message>
    <message>
        <source>4 to 8 digits only you know. To acknowledge a co-visit report in person on your manager's laptop, you enter it there. It goes to the team server at the next sync, which keeps it only in scrambled form.</source>
        <translation>4 to 8 digits only you know. To acknowledge a co-visit report in person on your manager's laptop, you enter it there. It goes to the team server at the next sync, which keeps it only in scrambled form.</translation>
    </message>
    <message>
        <source>Set; it takes effect after the next sync.</source>
        <translation>Set; it takes effect after the next sync.</translation>
    </message>
</context>
<context>
    <name>AckCodeDialog</name>
    <message>
        <source>Acknowledge in person</source>
        <translation>Acknowledge in person</translation>
    </message>
    <message>
        <source>The rep's acknowledgement code</source>
        <translation>The rep's acknowledgement code</translation>
    </message>
    <message>
        <source>{rep} has read the report on this laptop and enters their own acknowledgement code. The team server checks it at the next sync; a wrong code is refused and shown here under Conflicts.</source>
        <translation>{rep} has read the report on this laptop and enters their own acknowledgement code. The team server checks it at the next sync; a wrong code is refused and shown here under Conflicts.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
</context>
</TS>
