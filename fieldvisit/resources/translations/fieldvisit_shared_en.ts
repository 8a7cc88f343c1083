<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Cli</name>
        <message>
            <source>Wrote {total:,} rows ({accounts:,} accounts) into {db} in {seconds:.1f} s ({rate:,.0f} rows/s).</source>
            <translation>Wrote {total:,} rows ({accounts:,} accounts) into {db} in {seconds:.1f} s ({rate:,.0f} rows/s).</translation>
        </message>
        <message>
            <source>Database:  {v}</source>
            <translation>Database:  {v}</translation>
        </message>
        <message>
            <source>Schema:    {v} (application: {head})</source>
            <translation>Schema:    {v} (application: {head})</translation>
        </message>
        <message>
            <source>Integrity: {v}</source>
            <translation>Integrity: {v}</translation>
        </message>
        <message>
            <source>Rows:      {v:,}</source>
            <translation>Rows:      {v:,}</translation>
        </message>
        <message>
            <source>Backed up {db} to {file} ({mb:.1f} MB, {seconds:.1f} s).</source>
            <translation>Backed up {db} to {file} ({mb:.1f} MB, {seconds:.1f} s).</translation>
        </message>
        <message>
            <source>Restored {file} into {db}.</source>
            <translation>Restored {file} into {db}.</translation>
        </message>
        <message>
            <source>PROBLEM:   {v}</source>
            <translation>PROBLEM:   {v}</translation>
        </message>
        <message>
            <source>{n} problem(s) found</source>
            <translation>{n} problem(s) found</translation>
        </message>
        <message>
            <source>The database it replaced is kept at {path}.</source>
            <translation>The database it replaced is kept at {path}.</translation>
        </message>
        <message>
            <source>interrupted; nothing was saved by the interrupted step.</source>
            <translation>interrupted; nothing was saved by the interrupted step.</translation>
        </message>
        <message>
            <source>No co-visits match.</source>
            <translation>No co-visits match.</translation>
        </message>
        <message>
            <source>1 co-visit</source>
            <translation>1 co-visit</translation>
        </message>
        <message>
            <source>{n} co-visits</source>
            <translation>{n} co-visits</translation>
        </message>
        <message>
            <source>Would import {cards} card(s) into {account}: {new} created, {upd} updated, {same} unchanged, {skipped} skipped.</source>
            <translation>Would import {cards} card(s) into {account}: {new} created, {upd} updated, {same} unchanged, {skipped} skipped.</translation>
        </message>
        <message>
            <source>Imported {cards} card(s) into {account}: {new} created, {upd} updated, {same} unchanged, {skipped} skipped.</source>
            <translation>Imported {cards} card(s) into {account}: {new} created, {upd} updated, {same} unchanged, {skipped} skipped.</translation>
        </message>
        <message>
            <source>Wrote {accounts} accounts with {stakeholders} stakeholders to {path} ({kb:.0f} KB).</source>
            <translation>Wrote {accounts} accounts with {stakeholders} stakeholders to {path} ({kb:.0f} KB).</translation>
        </message>
        <message>
            <source>Wrote {n} contact(s) to {path}.</source>
            <translation>Wrote {n} contact(s) to {path}.</translation>
        </message>
        <message>
            <source>{n} problem(s) in {file}; nothing was imported. Fix the rows, or use --skip-bad-rows to import the others.</source>
            <translation>{n} problem(s) in {file}; nothing was imported. Fix the rows, or use --skip-bad-rows to import the others.</translation>
        </message>
        <message>
            <source>Would import {file}: accounts {a_new} created, {a_upd} updated, {a_same} unchanged; stakeholders {s_new} created, {s_upd} updated, {s_same} unchanged; {skipped} row(s) skipped.</source>
            <translation>Would import {file}: accounts {a_new} created, {a_upd} updated, {a_same} unchanged; stakeholders {s_new} created, {s_upd} updated, {s_same} unchanged; {skipped} row(s) skipped.</translation>
        </message>
        <message>
            <source>Imported {file}: accounts {a_new} created, {a_upd} updated, {a_same} unchanged; stakeholders {s_new} created, {s_upd} updated, {s_same} unchanged; {skipped} row(s) skipped.</source>
            <translation>Imported {file}: accounts {a_new} created, {a_upd} updated, {a_same} unchanged; stakeholders {s_new} created, {s_upd} updated, {s_same} unchanged; {skipped} row(s) skipped.</translation>
        </message>
        <message>
            <source>{rep}, {month} ({policy}): {visits} visits and {calls} calls for {accounts} accounts; {kept} already planned.</source>
            <translation>{rep}, {month} ({policy}): {visits} visits and {calls} calls for {accounts} accounts; {kept} already planned.</translation>
        </message>
        <message>
            <source>{rep}, {month} (as of {as_of}): visits {v_done} done / {v_planned} planned / {v_required} required; calls {p_done} / {p_planned} / {p_required}; {overdue} accounts overdue for their tier.</source>
            <translation>{rep}, {month} (as of {as_of}): visits {v_done} done / {v_planned} planned / {v_required} required; calls {p_done} / {p_planned} / {p_required}; {overdue} accounts overdue for their tier.</translation>
        </message>
        <message>
            <source>More than 8 visits a day on {days}: the tier rules need more than the month holds.</source>
            <translation>More than 8 visits a day on {days}: the tier rules need more than the month holds.</translation>
        </message>
        <message>
            <source>Saved to the draft plan.</source>
            <translation>Saved to the draft plan.</translation>
        </message>
        <message>
            <source>Not saved: add --save to keep it.</source>
            <translation>Not saved: add --save to keep it.</translation>
        </message>
        <message>
            <source>Wrote {n} events to {path}.</source>
            <translation>Wrote {n} events to {path}.</translation>
        </message>
        <message>
            <source>{n} open, {overdue} overdue.</source>
            <translation>{n} open, {overdue} overdue.</translation>
        </message>
        <message>
            <source>No overdue promises.</source>
            <translation>No overdue promises.</translation>
        </message>
        <message>
            <source>No open promises.</source>
            <translation>No open promises.</translation>
        </message>
        <message>
            <source>late</source>
            <translation>late</translation>
        </message>
        <message>
            <source>the co-visit report</source>
            <translation>the co-visit report</translation>
        </message>
        <message>
            <source>the contact record</source>
            <translation>the contact record</translation>
        </message>
        <message>
            <source>the customer card</source>
            <translation>the customer card</translation>
        </message>
        <message>
            <source>the visit plan</source>
            <translation>the visit plan</translation>
        </message>
        <message>
            <source>the summary report</source>
            <translation>the summary report</translation>
        </message>
        <message>
            <source>the team summary</source>
            <translation>the team summary</translation>
        </message>
        <message>
            <source>Wrote {kind} to {path} ({kb:.0f} KB).</source>
            <translation>Wrote {kind} to {path} ({kb:.0f} KB).</translation>
        </message>
        <message>
            <source>generating… {p:3d} %</source>
            <translation>generating… {p:3d} %</translation>
        </message>
        <message>
            <source>Accounts: {n:,} of {all:,} match '{text}'</source>
            <translation>Accounts: {n:,} of {all:,} match '{text}'</translation>
        </message>
        <message>
            <source>Stakeholders: {n}</source>
            <translation>Stakeholders: {n}</translation>
        </message>
        <message>
            <source>! key account worked through a single stakeholder</source>
            <translation>! key account worked through a single stakeholder</translation>
        </message>
        <message>
            <source>(prepared search keys for {n:,} cards and contacts)</source>
            <translation>(prepared search keys for {n:,} cards and contacts)</translation>
        </message>
        <message>
            <source>… {n:,} more (use --limit)</source>
            <translation>… {n:,} more (use --limit)</translation>
        </message>
        <message>
            <source> (left)</source>
            <translation> (left)</translation>
        </message>
        <message>
            <source>all reps</source>
            <translation>all reps</translation>
        </message>
        <message>
            <source>{manager} with {who} · {month} ({base})</source>
            <translation>{manager} with {who} · {month} ({base})</translation>
        </message>
        <message>
            <source>Days in the field: {days} of {working} = {share} (target ≥ {target} %, {verdict})</source>
            <translation>Days in the field: {days} of {working} = {share} (target ≥ {target} %, {verdict})</translation>
        </message>
        <message>
            <source>Co-visits: {covisits} · co-visit days: {days} · calls: {calls} (joint {joint}, demonstration {demo}, coaching {coaching})</source>
            <translation>Co-visits: {covisits} · co-visit days: {days} · calls: {calls} (joint {joint}, demonstration {demo}, coaching {coaching})</translation>
        </message>
        <message>
            <source>Late reports: {late} · open actions: {open} ({overdue} overdue) · average rating, last 12 months: {rating}</source>
            <translation>Late reports: {late} · open actions: {open} ({overdue} overdue) · average rating, last 12 months: {rating}</translation>
        </message>
        <message>
            <source>This month has not begun: no working days yet.</source>
            <translation>This month has not begun: no working days yet.</translation>
        </message>
        <message>
            <source>on target</source>
            <translation>on target</translation>
        </message>
        <message>
            <source>below target</source>
            <translation>below target</translation>
        </message>
        <message>
            <source>no working days</source>
            <translation>no working days</translation>
        </message>
        <message>
            <source>Current month: working days are counted up to today, {date}.</source>
            <translation>Current month: working days are counted up to today, {date}.</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>{open} ({overdue} overdue)</source>
            <translation>{open} ({overdue} overdue)</translation>
        </message>
        <message>
            <source>FieldVisit team server stopped.</source>
            <translation>FieldVisit team server stopped.</translation>
        </message>
        <message>
            <source>Added {name}. Enrolment code (shown once):
{code}</source>
            <translation>Added {name}. Enrolment code (shown once):
{code}</translation>
        </message>
        <message>
            <source>New enrolment code for {name} (shown once):
{code}</source>
            <translation>New enrolment code for {name} (shown once):
{code}</translation>
        </message>
        <message>
            <source>{name}  {role}  manager: {manager}  accounts: {accounts}  laptops: {laptops}</source>
            <translation>{name}  {role}  manager: {manager}  accounts: {accounts}  laptops: {laptops}</translation>
        </message>
        <message>
            <source>{name} now reports to {manager}.</source>
            <translation>{name} now reports to {manager}.</translation>
        </message>
        <message>
            <source>Accounts now with {rep}: {n}.</source>
            <translation>Accounts now with {rep}: {n}.</translation>
        </message>
        <message>
            <source>Device {id} can no longer sync.</source>
            <translation>Device {id} can no longer sync.</translation>
        </message>
        <message>
            <source>This laptop joined the team at {server} as {member} ({role}).</source>
            <translation>This laptop joined the team at {server} as {member} ({role}).</translation>
        </message>
        <message>
            <source>In the team at {server} as {member} ({role}). Changes waiting: {waiting}; conflicts: {conflicts}; last sync: {last}.</source>
            <translation>In the team at {server} as {member} ({role}). Changes waiting: {waiting}; conflicts: {conflicts}; last sync: {last}.</translation>
        </message>
        <message>
            <source>Sent {pushed}, received {pulled}, conflicts {conflicts}.</source>
            <translation>Sent {pushed}, received {pulled}, conflicts {conflicts}.</translation>
        </message>
        <message>
            <source>Nobody is in the team yet.</source>
            <translation>Nobody is in the team yet.</translation>
        </message>
        <message>
            <source>No laptop has joined yet.</source>
            <translation>No laptop has joined yet.</translation>
        </message>
        <message>
            <source>This laptop is used alone (not in a team).</source>
            <translation>This laptop is used alone (not in a team).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>  (revoked)</source>
            <translation>  (revoked)</translation>
        </message>
        <message>
            <source>{n} new stakeholder(s) share a mobile with someone of another name (rows {rows}); they were kept apart. Merge them in the card if they are one person.</source>
            <translation>{n} new stakeholder(s) share a mobile with someone of another name (rows {rows}); they were kept apart. Merge them in the card if they are one person.</translation>
        </message>
        <message>
            <source>unexpected error ({kind}); details are in {where}</source>
            <translation>unexpected error ({kind}); details are in {where}</translation>
        </message>
        <message>
            <source>not done: {reason}.</source>
            <translation>not done: {reason}.</translation>
        </message>
        <message>
            <source>not done: {reason}. {advice}</source>
            <translation>not done: {reason}. {advice}</translation>
        </message>
        <message>
            <source>Nothing has been audited yet.</source>
            <translation>Nothing has been audited yet.</translation>
        </message>
        <message>
            <source>Today, {day}: {name}</source>
            <translation>Today, {day}: {name}</translation>
        </message>
        <message>
            <source>{n} item(s) need action.</source>
            <translation>{n} item(s) need action.</translation>
        </message>
        <message>
            <source>Planned for today</source>
            <translation>Planned for today</translation>
        </message>
        <message>
            <source>Promises due</source>
            <translation>Promises due</translation>
        </message>
        <message>
            <source>Records to finish</source>
            <translation>Records to finish</translation>
        </message>
        <message>
            <source>Co-visit reports</source>
            <translation>Co-visit reports</translation>
        </message>
        <message>
            <source>Co-visit actions</source>
            <translation>Co-visit actions</translation>
        </message>
        <message>
            <source>Next month's plan</source>
            <translation>Next month's plan</translation>
        </message>
        <message>
            <source>Nobody is set as this laptop's user: choose who you are in the window's File › Settings, or give --member NAME.</source>
            <translation>Nobody is set as this laptop's user: choose who you are in the window's File › Settings, or give --member NAME.</translation>
        </message>
        <message>
            <source>Nothing needs you today. A good day to plan ahead.</source>
            <translation>Nothing needs you today. A good day to plan ahead.</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>due today</translation>
        </message>
        <message>
            <source>{account}, visit of {day}</source>
            <translation>{account}, visit of {day}</translation>
        </message>
        <message>
            <source>late: visit {n} d ago</source>
            <translation>late: visit {n} d ago</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… and {n} more</translation>
        </message>
        <message>
            <source>Acknowledge the co-visit report of {day} ({name})</source>
            <translation>Acknowledge the co-visit report of {day} ({name})</translation>
        </message>
        <message>
            <source>{n} d late</source>
            <translation>{n} d late</translation>
        </message>
        <message>
            <source>Sign the co-visit report of {day} with {name}</source>
            <translation>Sign the co-visit report of {day} with {name}</translation>
        </message>
        <message>
            <source>Finish the co-visit report of {day} with {name}</source>
            <translation>Finish the co-visit report of {day} with {name}</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>due {day}</source>
            <translation>due {day}</translation>
        </message>
        <message>
            <source>The plan for {month} was returned: {comment}</source>
            <translation>The plan for {month} was returned: {comment}</translation>
        </message>
        <message>
            <source>The plan for {month} is not submitted yet</source>
            <translation>The plan for {month} is not submitted yet</translation>
        </message>
        <message>
            <source>Each rep's data as of their last sync: {reps}.</source>
            <translation>Each rep's data as of their last sync: {reps}.</translation>
        </message>
        <message>
            <source>Day report of {day} sent: {records} records ({completed} completed), {made} promises made, {kept} kept, {missed} planned visits not made. It reaches your manager at the next sync.</source>
            <translation>Day report of {day} sent: {records} records ({completed} completed), {made} promises made, {kept} kept, {missed} planned visits not made. It reaches your manager at the next sync.</translation>
        </message>
        <message>
            <source>{day}: {sent} sent, {missing} not sent.</source>
            <translation>{day}: {sent} sent, {missing} not sent.</translation>
        </message>
        <message>
            <source>Comment saved; it reaches the rep at the next sync.</source>
            <translation>Comment saved; it reaches the rep at the next sync.</translation>
        </message>
        <message>
            <source>No reps report to you.</source>
            <translation>No reps report to you.</translation>
        </message>
        <message>
            <source>No day report was sent for {day}.</source>
            <translation>No day report was sent for {day}.</translation>
        </message>
        <message>
            <source>Write each reason as ACCOUNT_ID=TEXT.</source>
            <translation>Write each reason as ACCOUNT_ID=TEXT.</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Comments</translation>
        </message>
        <message>
            <source>{year}: the official calendar.</source>
            <translation>{year}: the official calendar.</translation>
        </message>
        <message>
            <source>{day} is a working day.</source>
            <translation>{day} is a working day.</translation>
        </message>
        <message>
            <source>{day} is a holiday.</source>
            <translation>{day} is a holiday.</translation>
        </message>
        <message>
            <source>{day}: the official calendar applies again.</source>
            <translation>{day}: the official calendar applies again.</translation>
        </message>
        <message>
            <source>{day} had no mark.</source>
            <translation>{day} had no mark.</translation>
        </message>
        <message>
            <source>{year}: not in the official calendar; the days above were entered by hand, the rest is Monday to Friday.</source>
            <translation>{year}: not in the official calendar; the days above were entered by hand, the rest is Monday to Friday.</translation>
        </message>
        <message>
            <source>{year}: not in the official calendar and nothing entered: Monday to Friday. Add holidays with `fieldvisit calendar set`.</source>
            <translation>{year}: not in the official calendar and nothing entered: Monday to Friday. Add holidays with `fieldvisit calendar set`.</translation>
        </message>
        <message>
            <source>The official holidays of {year} are not known yet: the plan uses Monday to Friday. Add the year's holidays and make-up working days with `fieldvisit calendar set`.</source>
            <translation>The official holidays of {year} are not known yet: the plan uses Monday to Friday. Add the year's holidays and make-up working days with `fieldvisit calendar set`.</translation>
        </message>
        <message>
            <source>{rep}, {month} ({policy}): {visits} visits and {calls} calls for {accounts} accounts, at most {capacity} visits a day; {kept} already planned.</source>
            <translation>{rep}, {month} ({policy}): {visits} visits and {calls} calls for {accounts} accounts, at most {capacity} visits a day; {kept} already planned.</translation>
        </message>
        <message>
            <source>{rep}, {month}: {visits} visits, {calls} calls; {over} days over {capacity} visits; {short} accounts with fewer visits than their tier needs.</source>
            <translation>{rep}, {month}: {visits} visits, {calls} calls; {over} days over {capacity} visits; {short} accounts with fewer visits than their tier needs.</translation>
        </message>
        <message>
            <source>{n} visits do not fit within {capacity} a day and were not planned (choices: a phone call instead, next month, or a lower frequency for C):</source>
            <translation>{n} visits do not fit within {capacity} a day and were not planned (choices: a phone call instead, next month, or a lower frequency for C):</translation>
        </message>
        <message>
            <source>Already more than {capacity} visits on {days}: move some to other days.</source>
            <translation>Already more than {capacity} visits on {days}: move some to other days.</translation>
        </message>
        <message>
            <source>Submitted for approval.</source>
            <translation>Submitted for approval.</translation>
        </message>
        <message>
            <source>Days over capacity: {days}</source>
            <translation>Days over capacity: {days}</translation>
        </message>
        <message>
            <source>Contacts on public holidays: {days}</source>
            <translation>Contacts on public holidays: {days}</translation>
        </message>
        <message>
            <source>Withdrawn: the plan is a draft again and can be edited.</source>
            <translation>Withdrawn: the plan is a draft again and can be edited.</translation>
        </message>
        <message>
            <source>Submit this plan for approval? [y/N] </source>
            <translation>Submit this plan for approval? [y/N] </translation>
        </message>
        <message>
            <source>Not submitted.</source>
            <translation>Not submitted.</translation>
        </message>
        <message>
            <source>Most phone calls on one day: {n}</source>
            <translation>Most phone calls on one day: {n}</translation>
        </message>
        <message>
            <source>Problems found: {n}</source>
            <translation>Problems found: {n}</translation>
        </message>
        <message>
            <source>New stakeholders sharing a mobile with someone of another name: {n} (rows {rows}); they were kept apart. Merge them in the card if they are one person.</source>
            <translation>New stakeholders sharing a mobile with someone of another name: {n} (rows {rows}); they were kept apart. Merge them in the card if they are one person.</translation>
        </message>
        <message>
            <source>Would import into {account}: cards {cards}, {new} created, {upd} updated, {same} unchanged, {skipped} skipped.</source>
            <translation>Would import into {account}: cards {cards}, {new} created, {upd} updated, {same} unchanged, {skipped} skipped.</translation>
        </message>
        <message>
            <source>Imported into {account}: cards {cards}, {new} created, {upd} updated, {same} unchanged, {skipped} skipped.</source>
            <translation>Imported into {account}: cards {cards}, {new} created, {upd} updated, {same} unchanged, {skipped} skipped.</translation>
        </message>
        <message>
            <source>Contacts written to {path}: {n}.</source>
            <translation>Contacts written to {path}: {n}.</translation>
        </message>
        <message>
            <source>Nothing was imported; problems in {file}: {n}. Fix the rows, or use --skip-bad-rows to import the others.</source>
            <translation>Nothing was imported; problems in {file}: {n}. Fix the rows, or use --skip-bad-rows to import the others.</translation>
        </message>
        <message>
            <source>Would import {file}: accounts {a_new} created, {a_upd} updated, {a_same} unchanged; stakeholders {s_new} created, {s_upd} updated, {s_same} unchanged; rows skipped: {skipped}.</source>
            <translation>Would import {file}: accounts {a_new} created, {a_upd} updated, {a_same} unchanged; stakeholders {s_new} created, {s_upd} updated, {s_same} unchanged; rows skipped: {skipped}.</translation>
        </message>
        <message>
            <source>Imported {file}: accounts {a_new} created, {a_upd} updated, {a_same} unchanged; stakeholders {s_new} created, {s_upd} updated, {s_same} unchanged; rows skipped: {skipped}.</source>
            <translation>Imported {file}: accounts {a_new} created, {a_upd} updated, {a_same} unchanged; stakeholders {s_new} created, {s_upd} updated, {s_same} unchanged; rows skipped: {skipped}.</translation>
        </message>
        <message>
            <source>Needing action: {n}.</source>
            <translation>Needing action: {n}.</translation>
        </message>
        <message>
            <source>Plans to decide</source>
            <translation>Plans to decide</translation>
        </message>
        <message>
            <source>Acknowledgements received</source>
            <translation>Acknowledgements received</translation>
        </message>
        <message>
            <source>Day reports</source>
            <translation>Day reports</translation>
        </message>
        <message>
            <source>Late records</source>
            <translation>Late records</translation>
        </message>
        <message>
            <source>{rep}'s plan for {month}: approve or return it</source>
            <translation>{rep}'s plan for {month}: approve or return it</translation>
        </message>
        <message>
            <source>{rep} has not sent the day report of {day}</source>
            <translation>{rep} has not sent the day report of {day}</translation>
        </message>
        <message>
            <source>{rep}'s day report of {day}: read it and comment</source>
            <translation>{rep}'s day report of {day}: read it and comment</translation>
        </message>
        <message>
            <source>{account}, visit of {day} by {rep}</source>
            <translation>{account}, visit of {day} by {rep}</translation>
        </message>
        <message>
            <source>{rep}, {month}: {status}</source>
            <translation>{rep}, {month}: {status}</translation>
        </message>
        <message>
            <source>Manager's comment: {comment}</source>
            <translation>Manager's comment: {comment}</translation>
        </message>
        <message>
            <source>The last step waits for the next sync to reach the team server.</source>
            <translation>The last step waits for the next sync to reach the team server.</translation>
        </message>
        <message>
            <source>Approved; the rep sees it after the next sync.</source>
            <translation>Approved; the rep sees it after the next sync.</translation>
        </message>
        <message>
            <source>Returned with your comment; the rep sees it after the next sync.</source>
            <translation>Returned with your comment; the rep sees it after the next sync.</translation>
        </message>
        <message>
            <source>{name} is now {role}.</source>
            <translation>{name} is now {role}.</translation>
        </message>
        <message>
            <source>{count} change-log entries older than {days} days removed.</source>
            <translation>{count} change-log entries older than {days} days removed.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Cannot write the file</source>
            <translation>Cannot write the file</translation>
        </message>
        <message>
            <source>Co-visit checklist template problem</source>
            <translation>Co-visit checklist template problem</translation>
        </message>
        <message>
            <source>FieldVisit error</source>
            <translation>FieldVisit error</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <source>Not a FieldVisit database</source>
            <translation>Not a FieldVisit database</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <source>Database from a newer FieldVisit</source>
            <translation>Database from a newer FieldVisit</translation>
        </message>
        <message>
            <source>The database is in use</source>
            <translation>The database is in use</translation>
        </message>
        <message>
            <source>Database upgrade failed</source>
            <translation>Database upgrade failed</translation>
        </message>
        <message>
            <source>Backup or restore failed</source>
            <translation>Backup or restore failed</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
        <message>
            <source>Please check this value</source>
            <translation>Please check this value</translation>
        </message>
        <message>
            <source>Cannot use this file</source>
            <translation>Cannot use this file</translation>
        </message>
        <message>
            <source>The account is in the trash</source>
            <translation>The account is in the trash</translation>
        </message>
        <message>
            <source>Cannot delete permanently</source>
            <translation>Cannot delete permanently</translation>
        </message>
        <message>
            <source>This co-visit report is signed off</source>
            <translation>This co-visit report is signed off</translation>
        </message>
        <message>
            <source>The report is not complete</source>
            <translation>The report is not complete</translation>
        </message>
        <message>
            <source>The database was not moved</source>
            <translation>The database was not moved</translation>
        </message>
        <message>
            <source>Cannot read the file</source>
            <translation>Cannot read the file</translation>
        </message>
        <message>
            <source>Cannot write the calendar file</source>
            <translation>Cannot write the calendar file</translation>
        </message>
        <message>
            <source>The plan cannot be changed</source>
            <translation>The plan cannot be changed</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Not allowed</translation>
        </message>
        <message>
            <source>Cannot run the team server's PostgreSQL</source>
            <translation>Cannot run the team server's PostgreSQL</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Team sync</source>
            <translation>Team sync</translation>
        </message>
        <message>
            <source>The report is not ready for the rep's acknowledgement</source>
            <translation>The report is not ready for the rep's acknowledgement</translation>
        </message>
        <message>
            <source>Changed meanwhile by someone else</source>
            <translation>Changed meanwhile by someone else</translation>
        </message>
        <message>
            <source>The data folder is read-only</source>
            <translation>The data folder is read-only</translation>
        </message>
        <message>
            <source>Team set-up</source>
            <translation>Team set-up</translation>
        </message>
    </context>
    <context>
        <name>Fields.account</name>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Our rep</source>
            <translation>Our rep</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Sub-tier</source>
            <translation>Sub-tier</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postal code</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <source>Key staff</source>
            <translation>Key staff</translation>
        </message>
        <message>
            <source>Outlets and branches</source>
            <translation>Outlets and branches</translation>
        </message>
        <message>
            <source>Business scale</source>
            <translation>Business scale</translation>
        </message>
        <message>
            <source>Category sales capacity</source>
            <translation>Category sales capacity</translation>
        </message>
        <message>
            <source>House rules</source>
            <translation>House rules</translation>
        </message>
        <message>
            <source>Business began on</source>
            <translation>Business began on</translation>
        </message>
        <message>
            <source>Their contact person</source>
            <translation>Their contact person</translation>
        </message>
        <message>
            <source>Supply agreement terms</source>
            <translation>Supply agreement terms</translation>
        </message>
        <message>
            <source>Volume band (532)</source>
            <translation>Volume band (532)</translation>
        </message>
        <message>
            <source>Key-account level</source>
            <translation>Key-account level</translation>
        </message>
        <message>
            <source>Early tier</source>
            <translation>Early tier</translation>
        </message>
        <message>
            <source>M-A-N: money</source>
            <translation>M-A-N: money</translation>
        </message>
        <message>
            <source>M-A-N: authority</source>
            <translation>M-A-N: authority</translation>
        </message>
        <message>
            <source>M-A-N: need</source>
            <translation>M-A-N: need</translation>
        </message>
        <message>
            <source>M-A-N grade</source>
            <translation>M-A-N grade</translation>
        </message>
        <message>
            <source>Early classification notes</source>
            <translation>Early classification notes</translation>
        </message>
        <message>
            <source>Credit grade</source>
            <translation>Credit grade</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>Credit limit</translation>
        </message>
        <message>
            <source>Brands carried</source>
            <translation>Brands carried</translation>
        </message>
        <message>
            <source>Settlement procedure</source>
            <translation>Settlement procedure</translation>
        </message>
        <message>
            <source>Settlement contact</source>
            <translation>Settlement contact</translation>
        </message>
        <message>
            <source>Delivery requirements</source>
            <translation>Delivery requirements</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>After-sales service</translation>
        </message>
        <message>
            <source>Buying stage</source>
            <translation>Buying stage</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>Pro&amp;vince</source>
            <translation>Pro&amp;vince</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>&amp;City</translation>
        </message>
        <message>
            <source>A&amp;ddress</source>
            <translation>A&amp;ddress</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>&amp;Owner (rep)</source>
            <translation>&amp;Owner (rep)</translation>
        </message>
        <message>
            <source>T&amp;ier</source>
            <translation>T&amp;ier</translation>
        </message>
        <message>
            <source>Su&amp;b-tier</source>
            <translation>Su&amp;b-tier</translation>
        </message>
        <message>
            <source>Outlets / branches</source>
            <translation>Outlets / branches</translation>
        </message>
        <message>
            <source>Sales capacity for our category (yuan / year)</source>
            <translation>Sales capacity for our category (yuan / year)</translation>
        </message>
        <message>
            <source>House rules that affect business</source>
            <translation>House rules that affect business</translation>
        </message>
        <message>
            <source>Their contact person (接洽人)</source>
            <translation>Their contact person (接洽人)</translation>
        </message>
        <message>
            <source>532 volume band</source>
            <translation>532 volume band</translation>
        </message>
        <message>
            <source>Early classification (tier)</source>
            <translation>Early classification (tier)</translation>
        </message>
        <message>
            <source>Money (can pay)</source>
            <translation>Money (can pay)</translation>
        </message>
        <message>
            <source>Authority (can decide)</source>
            <translation>Authority (can decide)</translation>
        </message>
        <message>
            <source>Need (has a need)</source>
            <translation>Need (has a need)</translation>
        </message>
        <message>
            <source>M-A-N prospect grade</source>
            <translation>M-A-N prospect grade</translation>
        </message>
        <message>
            <source>Overall credit grade</source>
            <translation>Overall credit grade</translation>
        </message>
        <message>
            <source>Credit limit (yuan)</source>
            <translation>Credit limit (yuan)</translation>
        </message>
        <message>
            <source>Brands / varieties / specifications carried</source>
            <translation>Brands / varieties / specifications carried</translation>
        </message>
        <message>
            <source>Delivery timing and requirements</source>
            <translation>Delivery timing and requirements</translation>
        </message>
        <message>
            <source>Buying stage (main project)</source>
            <translation>Buying stage (main project)</translation>
        </message>
        <message>
            <source>e.g. 北京协和医院</source>
            <translation>e.g. 北京协和医院</translation>
        </message>
        <message>
            <source>e.g. 010-6529 5114</source>
            <translation>e.g. 010-6529 5114</translation>
        </message>
        <message>
            <source>e.g. 1,200,000</source>
            <translation>e.g. 1,200,000</translation>
        </message>
        <message>
            <source>e.g. 50,000</source>
            <translation>e.g. 50,000</translation>
        </message>
        <message>
            <source>Settlement timing</source>
            <translation>Settlement timing</translation>
        </message>
        <message>
            <source>Settlement method</source>
            <translation>Settlement method</translation>
        </message>
        <message>
            <source>Invoice type</source>
            <translation>Invoice type</translation>
        </message>
        <message>
            <source>5C: capital, character, capacity, collateral, conditions</source>
            <translation>5C: capital, character, capacity, collateral, conditions</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Settlement</translation>
        </message>
    </context>
    <context>
        <name>Fields.profile</name>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>Major</translation>
        </message>
        <message>
            <source>Hometown</source>
            <translation>Hometown</translation>
        </message>
        <message>
            <source>Spouse</source>
            <translation>Spouse</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>Personality</source>
            <translation>Personality</translation>
        </message>
        <message>
            <source>Hobbies</source>
            <translation>Hobbies</translation>
        </message>
        <message>
            <source>Sports</source>
            <translation>Sports</translation>
        </message>
        <message>
            <source>Food and restaurants</source>
            <translation>Food and restaurants</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Reading</translation>
        </message>
        <message>
            <source>Car</source>
            <translation>Car</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>Holidays</translation>
        </message>
        <message>
            <source>Other organisations</source>
            <translation>Other organisations</translation>
        </message>
        <message>
            <source>Relations with colleagues</source>
            <translation>Relations with colleagues</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Education</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Hobbies and sports</source>
            <translation>Hobbies and sports</translation>
        </message>
    </context>
    <context>
        <name>Fields.stakeholder</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Office phone</source>
            <translation>Office phone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>Key-customer level</source>
            <translation>Key-customer level</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Values</translation>
        </message>
        <message>
            <source>Thinking preference</source>
            <translation>Thinking preference</translation>
        </message>
        <message>
            <source>Adoption stage</source>
            <translation>Adoption stage</translation>
        </message>
        <message>
            <source>Trust: can rely on us</source>
            <translation>Trust: can rely on us</translation>
        </message>
        <message>
            <source>Can I rely on you?</source>
            <translation>Can I rely on you?</translation>
        </message>
        <message>
            <source>Trust: honest</source>
            <translation>Trust: honest</translation>
        </message>
        <message>
            <source>Are you honest?</source>
            <translation>Are you honest?</translation>
        </message>
        <message>
            <source>Trust: sensitive to needs</source>
            <translation>Trust: sensitive to needs</translation>
        </message>
        <message>
            <source>Are you sensitive to my needs?</source>
            <translation>Are you sensitive to my needs?</translation>
        </message>
        <message>
            <source>Trust: capable</source>
            <translation>Trust: capable</translation>
        </message>
        <message>
            <source>Are you capable?</source>
            <translation>Are you capable?</translation>
        </message>
        <message>
            <source>Trust: likes us</source>
            <translation>Trust: likes us</translation>
        </message>
        <message>
            <source>Do I like you?</source>
            <translation>Do I like you?</translation>
        </message>
        <message>
            <source>Left the role on</source>
            <translation>Left the role on</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>&amp;Department</source>
            <translation>&amp;Department</translation>
        </message>
        <message>
            <source>&amp;Mobile</source>
            <translation>&amp;Mobile</translation>
        </message>
        <message>
            <source>&amp;Office phone</source>
            <translation>&amp;Office phone</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;Email</translation>
        </message>
        <message>
            <source>&amp;WeChat</source>
            <translation>&amp;WeChat</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <source>Organisation level</source>
            <translation>Organisation level</translation>
        </message>
        <message>
            <source>Ended on</source>
            <translation>Ended on</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Sales rep</source>
            <translation>Sales rep</translation>
        </message>
        <message>
            <source>First-line manager</source>
            <translation>First-line manager</translation>
        </message>
        <message>
            <source>Office-based</source>
            <translation>Office-based</translation>
        </message>
        <message>
            <source>Home-based</source>
            <translation>Home-based</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Hospital</translation>
        </message>
        <message>
            <source>Clinic</source>
            <translation>Clinic</translation>
        </message>
        <message>
            <source>Pharmacy</source>
            <translation>Pharmacy</translation>
        </message>
        <message>
            <source>Distributor</source>
            <translation>Distributor</translation>
        </message>
        <message>
            <source>Retailer</source>
            <translation>Retailer</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Active customer</source>
            <translation>Active customer</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Potential</translation>
        </message>
        <message>
            <source>Peer / competitor</source>
            <translation>Peer / competitor</translation>
        </message>
        <message>
            <source>Level 1</source>
            <translation>Level 1</translation>
        </message>
        <message>
            <source>Level 2</source>
            <translation>Level 2</translation>
        </message>
        <message>
            <source>Level 3</source>
            <translation>Level 3</translation>
        </message>
        <message>
            <source>Top 50 % of volume</source>
            <translation>Top 50 % of volume</translation>
        </message>
        <message>
            <source>Next 30 % of volume</source>
            <translation>Next 30 % of volume</translation>
        </message>
        <message>
            <source>Last 20 % of volume</source>
            <translation>Last 20 % of volume</translation>
        </message>
        <message>
            <source>Need discovered</source>
            <translation>Need discovered</translation>
        </message>
        <message>
            <source>Internal deliberation</source>
            <translation>Internal deliberation</translation>
        </message>
        <message>
            <source>Solution design</source>
            <translation>Solution design</translation>
        </message>
        <message>
            <source>Evaluation and comparison</source>
            <translation>Evaluation and comparison</translation>
        </message>
        <message>
            <source>Purchase commitment</source>
            <translation>Purchase commitment</translation>
        </message>
        <message>
            <source>Installation and implementation</source>
            <translation>Installation and implementation</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Decision-maker</source>
            <translation>Decision-maker</translation>
        </message>
        <message>
            <source>Proposer</source>
            <translation>Proposer</translation>
        </message>
        <message>
            <source>Supporter</source>
            <translation>Supporter</translation>
        </message>
        <message>
            <source>Constraint setter</source>
            <translation>Constraint setter</translation>
        </message>
        <message>
            <source>Main user</source>
            <translation>Main user</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Influencer</translation>
        </message>
        <message>
            <source>Economic buyer</source>
            <translation>Economic buyer</translation>
        </message>
        <message>
            <source>Technical buyer</source>
            <translation>Technical buyer</translation>
        </message>
        <message>
            <source>User buyer</source>
            <translation>User buyer</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Top management</source>
            <translation>Top management</translation>
        </message>
        <message>
            <source>Middle management</source>
            <translation>Middle management</translation>
        </message>
        <message>
            <source>Operational</source>
            <translation>Operational</translation>
        </message>
        <message>
            <source>Using department</source>
            <translation>Using department</translation>
        </message>
        <message>
            <source>Purchasing department</source>
            <translation>Purchasing department</translation>
        </message>
        <message>
            <source>Supporting department</source>
            <translation>Supporting department</translation>
        </message>
        <message>
            <source>Emotional</source>
            <translation>Emotional</translation>
        </message>
        <message>
            <source>Rational</source>
            <translation>Rational</translation>
        </message>
        <message>
            <source>Awareness</source>
            <translation>Awareness</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>Consideration</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>In-person visit</source>
            <translation>In-person visit</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>WeChat / IM</source>
            <translation>WeChat / IM</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>Exhibition</translation>
        </message>
        <message>
            <source>Technical exchange</source>
            <translation>Technical exchange</translation>
        </message>
        <message>
            <source>Samples / test</source>
            <translation>Samples / test</translation>
        </message>
        <message>
            <source>Business activity</source>
            <translation>Business activity</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Site visit</translation>
        </message>
        <message>
            <source>More volume or varieties</source>
            <translation>More volume or varieties</translation>
        </message>
        <message>
            <source>An item not yet stocked</source>
            <translation>An item not yet stocked</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>New product</translation>
        </message>
        <message>
            <source>First order from a new customer</source>
            <translation>First order from a new customer</translation>
        </message>
        <message>
            <source>Collect payment</source>
            <translation>Collect payment</translation>
        </message>
        <message>
            <source>Handle a complaint</source>
            <translation>Handle a complaint</translation>
        </message>
        <message>
            <source>Pass on a policy</source>
            <translation>Pass on a policy</translation>
        </message>
        <message>
            <source>Build the relationship</source>
            <translation>Build the relationship</translation>
        </message>
        <message>
            <source>Market research</source>
            <translation>Market research</translation>
        </message>
        <message>
            <source>Competitor intelligence</source>
            <translation>Competitor intelligence</translation>
        </message>
        <message>
            <source>Relationship care</source>
            <translation>Relationship care</translation>
        </message>
        <message>
            <source>New-customer development</source>
            <translation>New-customer development</translation>
        </message>
        <message>
            <source>New-product launch</source>
            <translation>New-product launch</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Kept</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Morning</source>
            <translation>Morning</translation>
        </message>
        <message>
            <source>Afternoon</source>
            <translation>Afternoon</translation>
        </message>
        <message>
            <source>Joint call</source>
            <translation>Joint call</translation>
        </message>
        <message>
            <source>Demonstration call</source>
            <translation>Demonstration call</translation>
        </message>
        <message>
            <source>Coaching call</source>
            <translation>Coaching call</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Signed off</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>Probing needs</source>
            <translation>Probing needs</translation>
        </message>
        <message>
            <source>Listening</source>
            <translation>Listening</translation>
        </message>
        <message>
            <source>Presenting (FAB)</source>
            <translation>Presenting (FAB)</translation>
        </message>
        <message>
            <source>Handling objections</source>
            <translation>Handling objections</translation>
        </message>
        <message>
            <source>Gaining commitment</source>
            <translation>Gaining commitment</translation>
        </message>
        <message>
            <source>Recording and follow-up</source>
            <translation>Recording and follow-up</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Territory management</source>
            <translation>Territory management</translation>
        </message>
        <message>
            <source>Channel management</source>
            <translation>Channel management</translation>
        </message>
        <message>
            <source>Team selling</source>
            <translation>Team selling</translation>
        </message>
        <message>
            <source>Sales calls</source>
            <translation>Sales calls</translation>
        </message>
        <message>
            <source>Product / disease knowledge</source>
            <translation>Product / disease knowledge</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>Completed plans</source>
            <translation>Completed plans</translation>
        </message>
        <message>
            <source>Plans in progress</source>
            <translation>Plans in progress</translation>
        </message>
        <message>
            <source>New plans</source>
            <translation>New plans</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Final</translation>
        </message>
        <message>
            <source>per week</source>
            <translation>per week</translation>
        </message>
        <message>
            <source>per two weeks</source>
            <translation>per two weeks</translation>
        </message>
        <message>
            <source>Team administrator</source>
            <translation>Team administrator</translation>
        </message>
        <message>
            <source>Not done, carried forward</source>
            <translation>Not done, carried forward</translation>
        </message>
        <message>
            <source>the database is in use by another program</source>
            <translation>the database is in use by another program</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>the data folder is read-only</source>
            <translation>the data folder is read-only</translation>
        </message>
        <message>
            <source>no permission to write the data folder</source>
            <translation>no permission to write the data folder</translation>
        </message>
        <message>
            <source>the disk cannot be read or written</source>
            <translation>the disk cannot be read or written</translation>
        </message>
        <message>
            <source>the file would grow larger than this system allows</source>
            <translation>the file would grow larger than this system allows</translation>
        </message>
        <message>
            <source>the database file is damaged</source>
            <translation>the database file is damaged</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>No column is mapped to the account name. Choose which column holds it (e.g. 客户名称 or Account name).</source>
            <translation>No column is mapped to the account name. Choose which column holds it (e.g. 客户名称 or Account name).</translation>
        </message>
        <message>
            <source>{f} is mapped to more than one column; keep one.</source>
            <translation>{f} is mapped to more than one column; keep one.</translation>
        </message>
        <message>
            <source>{n} has more than {m:,} rows; split it into smaller files.</source>
            <translation>{n} has more than {m:,} rows; split it into smaller files.</translation>
        </message>
        <message>
            <source>{n} is not a text or spreadsheet file. Choose a .xlsx workbook or a .csv file.</source>
            <translation>{n} is not a text or spreadsheet file. Choose a .xlsx workbook or a .csv file.</translation>
        </message>
        <message>
            <source>{n} is neither UTF-8 nor GBK/GB18030 text. In Excel or WPS choose Save as ▸ CSV UTF-8, or give the encoding (utf-8, gbk, utf-16).</source>
            <translation>{n} is neither UTF-8 nor GBK/GB18030 text. In Excel or WPS choose Save as ▸ CSV UTF-8, or give the encoding (utf-8, gbk, utf-16).</translation>
        </message>
        <message>
            <source>{p} is a folder; choose a .xlsx or .csv file.</source>
            <translation>{p} is a folder; choose a .xlsx or .csv file.</translation>
        </message>
        <message>
            <source>{n} is empty: there is nothing to import.</source>
            <translation>{n} is empty: there is nothing to import.</translation>
        </message>
        <message>
            <source>{n} is {mb:.1f} MB; FieldVisit imports files of up to {limit} MB. Split it into smaller files.</source>
            <translation>{n} is {mb:.1f} MB; FieldVisit imports files of up to {limit} MB. Split it into smaller files.</translation>
        </message>
        <message>
            <source>{n} is in the old Excel 97–2003 format. Open it in Excel or WPS and save it as .xlsx (Excel workbook) or .csv, then import that file.</source>
            <translation>{n} is in the old Excel 97–2003 format. Open it in Excel or WPS and save it as .xlsx (Excel workbook) or .csv, then import that file.</translation>
        </message>
        <message>
            <source>{n} has no rows: there is nothing to import.</source>
            <translation>{n} has no rows: there is nothing to import.</translation>
        </message>
        <message>
            <source>{n} has no row {r}.</source>
            <translation>{n} has no row {r}.</translation>
        </message>
        <message>
            <source>{p} cannot be opened: {why}.</source>
            <translation>{p} cannot be opened: {why}.</translation>
        </message>
        <message>
            <source>{n} is not a readable Excel workbook (it may be damaged or only partly copied): {why}. Open it in Excel or WPS, save it again as .xlsx and retry.</source>
            <translation>{n} is not a readable Excel workbook (it may be damaged or only partly copied): {why}. Open it in Excel or WPS, save it again as .xlsx and retry.</translation>
        </message>
        <message>
            <source>{n} has no sheet called {s!r}; its sheets are: {all}.</source>
            <translation>{n} has no sheet called {s!r}; its sheets are: {all}.</translation>
        </message>
        <message>
            <source>Unknown encoding {e!r}; use utf-8, gbk (gb18030) or utf-16.</source>
            <translation>Unknown encoding {e!r}; use utf-8, gbk (gb18030) or utf-16.</translation>
        </message>
        <message>
            <source>{n}, line {l}: {why}.</source>
            <translation>{n}, line {l}: {why}.</translation>
        </message>
        <message>
            <source>{n} is damaged: {why}. Save it again from Excel or WPS and retry.</source>
            <translation>{n} is damaged: {why}. Save it again from Excel or WPS and retry.</translation>
        </message>
        <message>
            <source>{n} is not valid {e} text (byte {b}). Try another encoding.</source>
            <translation>{n} is not valid {e} text (byte {b}). Try another encoding.</translation>
        </message>
        <message>
            <source>The account name is empty.</source>
            <translation>The account name is empty.</translation>
        </message>
        <message>
            <source>A stakeholder's details are given but not their name.</source>
            <translation>A stakeholder's details are given but not their name.</translation>
        </message>
        <message>
            <source>{new!r} differs from {old!r} on row {row} for the same {what}.</source>
            <translation>{new!r} differs from {old!r} on row {row} for the same {what}.</translation>
        </message>
        <message>
            <source>{t!r} is not a date; write it as YYYY-MM-DD, e.g. 2024-03-15.</source>
            <translation>{t!r} is not a date; write it as YYYY-MM-DD, e.g. 2024-03-15.</translation>
        </message>
        <message>
            <source>is {n} characters long; at most {m} fit.</source>
            <translation>is {n} characters long; at most {m} fit.</translation>
        </message>
        <message>
            <source>{t!r} is not an email address.</source>
            <translation>{t!r} is not an email address.</translation>
        </message>
        <message>
            <source>{t!r} is not one of: {c}.</source>
            <translation>{t!r} is not one of: {c}.</translation>
        </message>
        <message>
            <source>{t!r} was shortened by Excel; format the column as text and type the number again.</source>
            <translation>{t!r} was shortened by Excel; format the column as text and type the number again.</translation>
        </message>
        <message>
            <source>{t!r} is not a FieldVisit ID (32 hex digits).</source>
            <translation>{t!r} is not a FieldVisit ID (32 hex digits).</translation>
        </message>
        <message>
            <source>{t!r} is not a buying role; use: {c}.</source>
            <translation>{t!r} is not a buying role; use: {c}.</translation>
        </message>
        <message>
            <source>The card has no name (FN or N).</source>
            <translation>The card has no name (FN or N).</translation>
        </message>
        <message>
            <source>is {n} characters; {m} fit.</source>
            <translation>is {n} characters; {m} fit.</translation>
        </message>
        <message>
            <source>{n} team members are called {owner}; rename one to tell them apart.</source>
            <translation>{n} team members are called {owner}; rename one to tell them apart.</translation>
        </message>
        <message>
            <source>No team member is called {owner}.{hint}</source>
            <translation>No team member is called {owner}.{hint}</translation>
        </message>
        <message>
            <source> in {c}</source>
            <translation> in {c}</translation>
        </message>
        <message>
            <source> Did you mean {names}?</source>
            <translation> Did you mean {names}?</translation>
        </message>
        <message>
            <source> Add them to the team first.</source>
            <translation> Add them to the team first.</translation>
        </message>
        <message>
            <source>{n} accounts are called {name}{where}. Add the City or the Account ID column (export the list to get the IDs) to say which.</source>
            <translation>{n} accounts are called {name}{where}. Add the City or the Account ID column (export the list to get the IDs) to say which.</translation>
        </message>
        <message>
            <source>No account has this ID and no name is given.</source>
            <translation>No account has this ID and no name is given.</translation>
        </message>
        <message>
            <source>Same account as row {row}; put its rows together under one name and city.</source>
            <translation>Same account as row {row}; put its rows together under one name and city.</translation>
        </message>
        <message>
            <source>This account is in the trash. Restore it first, or clear the ID cell to create a new account.</source>
            <translation>This account is in the trash. Restore it first, or clear the ID cell to create a new account.</translation>
        </message>
        <message>
            <source>account</source>
            <translation>account</translation>
        </message>
        <message>
            <source>stakeholder</source>
            <translation>stakeholder</translation>
        </message>
        <message>
            <source>Call {account}</source>
            <translation>Call {account}</translation>
        </message>
        <message>
            <source>Visit plan {rep} {month}</source>
            <translation>Visit plan {rep} {month}</translation>
        </message>
        <message>
            <source>Visit {account}</source>
            <translation>Visit {account}</translation>
        </message>
        <message>
            <source>Service {account}</source>
            <translation>Service {account}</translation>
        </message>
        <message>
            <source>{t!r} is not yes or no.</source>
            <translation>{t!r} is not yes or no.</translation>
        </message>
        <message>
            <source>repeats the column {c}, which is imported, with another value; make them agree or delete one of the two columns.</source>
            <translation>repeats the column {c}, which is imported, with another value; make them agree or delete one of the two columns.</translation>
        </message>
        <message>
            <source>{n} ends in the middle of line {l}: the file is incomplete (cut short while copying or downloading). Nothing was imported; copy or save the file again.</source>
            <translation>{n} ends in the middle of line {l}: the file is incomplete (cut short while copying or downloading). Nothing was imported; copy or save the file again.</translation>
        </message>
        <message>
            <source>{n} is not valid {e} text (byte {b}); it may be damaged or cut short. Try another encoding, or save the file again.</source>
            <translation>{n} is not valid {e} text (byte {b}); it may be damaged or cut short. Try another encoding, or save the file again.</translation>
        </message>
        <message>
            <source>{n}, row {r}: more than {m:,} columns; this is not an account list.</source>
            <translation>{n}, row {r}: more than {m:,} columns; this is not an account list.</translation>
        </message>
        <message>
            <source>{n}, row {r}, column {c}: the cell holds {k:,} characters; a spreadsheet cell holds at most {m:,}. The file is damaged or is not an account list.</source>
            <translation>{n}, row {r}, column {c}: the cell holds {k:,} characters; a spreadsheet cell holds at most {m:,}. The file is damaged or is not an account list.</translation>
        </message>
        <message>
            <source>{n} holds no contact cards (no BEGIN:VCARD). Export the contacts from the phone as a .vcf file.</source>
            <translation>{n} holds no contact cards (no BEGIN:VCARD). Export the contacts from the phone as a .vcf file.</translation>
        </message>
        <message>
            <source>{n} is {mb:.1f} MB; vCard files of up to {limit} MB can be imported.</source>
            <translation>{n} is {mb:.1f} MB; vCard files of up to {limit} MB can be imported.</translation>
        </message>
        <message>
            <source>{p} cannot be read: {why}.</source>
            <translation>{p} cannot be read: {why}.</translation>
        </message>
        <message>
            <source>{n} ends inside the card that starts on line {l}: the file is incomplete (cut short while copying). Nothing was imported; export the contacts again.</source>
            <translation>{n} ends inside the card that starts on line {l}: the file is incomplete (cut short while copying). Nothing was imported; export the contacts again.</translation>
        </message>
        <message>
            <source>{n} is not a vCard (.vcf) file.</source>
            <translation>{n} is not a vCard (.vcf) file.</translation>
        </message>
        <message>
            <source>{n} unpacks to {mb:,} MB, more than an account list can hold (at most {limit} MB). Split it into smaller files.</source>
            <translation>{n} unpacks to {mb:,} MB, more than an account list can hold (at most {limit} MB). Split it into smaller files.</translation>
        </message>
        <message>
            <source>{path} is in a folder FieldVisit cannot write to (read-only or no permission). The file was left unchanged; make the folder writable, or copy the database to a writable folder and open it with --db.</source>
            <translation>{path} is in a folder FieldVisit cannot write to (read-only or no permission). The file was left unchanged; make the folder writable, or copy the database to a writable folder and open it with --db.</translation>
        </message>
        <message>
            <source>{path} cannot be read: the disk reported an error. The file was left unchanged; check the disk or drive, then try again.</source>
            <translation>{path} cannot be read: the disk reported an error. The file was left unchanged; check the disk or drive, then try again.</translation>
        </message>
        <message>
            <source>Make the data folder writable or move the database (Settings ▸ Data).</source>
            <translation>Make the data folder writable or move the database (Settings ▸ Data).</translation>
        </message>
        <message>
            <source>Close the other program or window using the database, then try again.</source>
            <translation>Close the other program or window using the database, then try again.</translation>
        </message>
        <message>
            <source>Free some space on the disk, then try again.</source>
            <translation>Free some space on the disk, then try again.</translation>
        </message>
        <message>
            <source>Check the disk or drive, then try again; make a backup soon.</source>
            <translation>Check the disk or drive, then try again; make a backup soon.</translation>
        </message>
        <message>
            <source>Move the database to a disk without a file size limit (Settings ▸ Data), or raise the limit, then try again.</source>
            <translation>Move the database to a disk without a file size limit (Settings ▸ Data), or raise the limit, then try again.</translation>
        </message>
        <message>
            <source>Nothing more was written to it. Restore the latest backup (fieldvisit restore FILE, or Settings ▸ Data).</source>
            <translation>Nothing more was written to it. Restore the latest backup (fieldvisit restore FILE, or Settings ▸ Data).</translation>
        </message>
        <message>
            <source>Birthday: {when} (year unknown)</source>
            <translation>Birthday: {when} (year unknown)</translation>
        </message>
        <message>
            <source>Restore works on SQLite databases; use your server's tools instead.</source>
            <translation>Restore works on SQLite databases; use your server's tools instead.</translation>
        </message>
        <message>
            <source>{file}: give the file the .ics extension.</source>
            <translation>{file}: give the file the .ics extension.</translation>
        </message>
        <message>
            <source>{path} is a folder; give a file name, e.g. {example}.</source>
            <translation>{path} is a folder; give a file name, e.g. {example}.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Create it first or choose another.</source>
            <translation>The folder {folder} does not exist. Create it first or choose another.</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}.</source>
            <translation>{path} could not be written: {reason}.</translation>
        </message>
        <message>
            <source>--limit must be 1 or more (you gave {limit}).</source>
            <translation>--limit must be 1 or more (you gave {limit}).</translation>
        </message>
        <message>
            <source>Since this was opened, someone else changed {count} of the values changed here ({names}). Choose which value to keep, then save again.</source>
            <translation>Since this was opened, someone else changed {count} of the values changed here ({names}). Choose which value to keep, then save again.</translation>
        </message>
        <message>
            <source>Nobody called {name} is in the team.</source>
            <translation>Nobody called {name} is in the team.</translation>
        </message>
        <message>
            <source>{count} people are called {name}; rename one first.</source>
            <translation>{count} people are called {name}; rename one first.</translation>
        </message>
        <message>
            <source>{name} is not a manager.</source>
            <translation>{name} is not a manager.</translation>
        </message>
        <message>
            <source>A member needs a name.</source>
            <translation>A member needs a name.</translation>
        </message>
        <message>
            <source>A rep needs a manager: add --manager NAME.</source>
            <translation>A rep needs a manager: add --manager NAME.</translation>
        </message>
        <message>
            <source>{name} is already in the team.</source>
            <translation>{name} is already in the team.</translation>
        </message>
        <message>
            <source>{name} is not a rep.</source>
            <translation>{name} is not a rep.</translation>
        </message>
        <message>
            <source>No account has that name or ID.</source>
            <translation>No account has that name or ID.</translation>
        </message>
        <message>
            <source>{id} is not a device id.</source>
            <translation>{id} is not a device id.</translation>
        </message>
        <message>
            <source>No device has the ID {id}.</source>
            <translation>No device has the ID {id}.</translation>
        </message>
        <message>
            <source>PostgreSQL's server programs (initdb, pg_ctl) were not found. Install them, e.g. 'sudo apt-get install postgresql' on Debian or Ubuntu, 'brew install postgresql@16' on macOS, or the installer from postgresql.org on Windows; then run this again.</source>
            <translation>PostgreSQL's server programs (initdb, pg_ctl) were not found. Install them, e.g. 'sudo apt-get install postgresql' on Debian or Ubuntu, 'brew install postgresql@16' on macOS, or the installer from postgresql.org on Windows; then run this again.</translation>
        </message>
        <message>
            <source>PostgreSQL did not start; see {log}.</source>
            <translation>PostgreSQL did not start; see {log}.</translation>
        </message>
        <message>
            <source>{program} failed: {output}</source>
            <translation>{program} failed: {output}</translation>
        </message>
        <message>
            <source>Run as root, PostgreSQL works as the 'postgres' user, which cannot reach {folder} (a folder above it is private). Choose a folder it can reach, e.g. under /var/lib or /srv.</source>
            <translation>Run as root, PostgreSQL works as the 'postgres' user, which cannot reach {folder} (a folder above it is private). Choose a folder it can reach, e.g. under /var/lib or /srv.</translation>
        </message>
        <message>
            <source>{listen} is not HOST:PORT (e.g. 0.0.0.0:8443).</source>
            <translation>{listen} is not HOST:PORT (e.g. 0.0.0.0:8443).</translation>
        </message>
        <message>
            <source>Give both --tls-cert and --tls-key.</source>
            <translation>Give both --tls-cert and --tls-key.</translation>
        </message>
        <message>
            <source>{host} is reachable from other machines: serve it with TLS (--tls-cert FILE --tls-key FILE), or listen on 127.0.0.1 behind a TLS proxy.</source>
            <translation>{host} is reachable from other machines: serve it with TLS (--tls-cert FILE --tls-key FILE), or listen on 127.0.0.1 behind a TLS proxy.</translation>
        </message>
        <message>
            <source>The team server keeps its data in PostgreSQL; {url} is not a PostgreSQL URL (postgresql+psycopg://USER@HOST/DB).</source>
            <translation>The team server keeps its data in PostgreSQL; {url} is not a PostgreSQL URL (postgresql+psycopg://USER@HOST/DB).</translation>
        </message>
        <message>
            <source>{file} is not a file; choose a file to attach.</source>
            <translation>{file} is not a file; choose a file to attach.</translation>
        </message>
        <message>
            <source>{file} is {size} MB; files can be at most {limit} MB. Attach a smaller copy (e.g. a compressed PDF or a smaller photo).</source>
            <translation>{file} is {size} MB; files can be at most {limit} MB. Attach a smaller copy (e.g. a compressed PDF or a smaller photo).</translation>
        </message>
        <message>
            <source>{path} cannot be read: {reason}.</source>
            <translation>{path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <source>This account no longer exists; the file was not attached.</source>
            <translation>This account no longer exists; the file was not attached.</translation>
        </message>
        <message>
            <source>This attachment was removed meanwhile.</source>
            <translation>This attachment was removed meanwhile.</translation>
        </message>
        <message>
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} cannot be written: {reason}.</translation>
        </message>
        <message>
            <source>complaints</source>
            <translation>complaints</translation>
        </message>
        <message>
            <source>projects</source>
            <translation>projects</translation>
        </message>
        <message>
            <source>plans</source>
            <translation>plans</translation>
        </message>
        <message>
            <source>grades</source>
            <translation>grades</translation>
        </message>
        <message>
            <source>prices</source>
            <translation>prices</translation>
        </message>
        <message>
            <source>contributions</source>
            <translation>contributions</translation>
        </message>
        <message>
            <source>This account no longer exists or is in the trash; restore it from the trash to edit it.</source>
            <translation>This account no longer exists or is in the trash; restore it from the trash to edit it.</translation>
        </message>
        <message>
            <source>Row {row} of {group} was removed meanwhile; close the card and open it again.</source>
            <translation>Row {row} of {group} was removed meanwhile; close the card and open it again.</translation>
        </message>
        <message>
            <source>Choose two different entries to merge.</source>
            <translation>Choose two different entries to merge.</translation>
        </message>
        <message>
            <source>The merged account needs a name.</source>
            <translation>The merged account needs a name.</translation>
        </message>
        <message>
            <source>The stakeholder to merge is no longer there (deleted or moved to the trash). Refresh the list and choose again.</source>
            <translation>The stakeholder to merge is no longer there (deleted or moved to the trash). Refresh the list and choose again.</translation>
        </message>
        <message>
            <source>'{name}' is not a field that can be merged.</source>
            <translation>'{name}' is not a field that can be merged.</translation>
        </message>
        <message>
            <source>Choose 'keep' or 'remove' for '{name}', not {side}.</source>
            <translation>Choose 'keep' or 'remove' for '{name}', not {side}.</translation>
        </message>
        <message>
            <source>The account to merge is no longer there (deleted or moved to the trash). Refresh the list and choose again.</source>
            <translation>The account to merge is no longer there (deleted or moved to the trash). Refresh the list and choose again.</translation>
        </message>
        <message>
            <source>These stakeholders belong to {count} account(s) in the trash. Restore the accounts as well, or restore the accounts first.</source>
            <translation>These stakeholders belong to {count} account(s) in the trash. Restore the accounts as well, or restore the accounts first.</translation>
        </message>
        <message>
            <source>Co-visit reports and visit plans refer to {count} of the chosen items ({calls} co-visit calls, {plans} planned contacts). They stay in the trash so that those reports remain complete.</source>
            <translation>Co-visit reports and visit plans refer to {count} of the chosen items ({calls} co-visit calls, {plans} planned contacts). They stay in the trash so that those reports remain complete.</translation>
        </message>
        <message>
            <source>{count} of the chosen rows no longer exist.</source>
            <translation>{count} of the chosen rows no longer exist.</translation>
        </message>
        <message>
            <source>Enter a number of days of 0 or more.</source>
            <translation>Enter a number of days of 0 or more.</translation>
        </message>
        <message>
            <source>Only items in the trash can be deleted permanently; move them there first.</source>
            <translation>Only items in the trash can be deleted permanently; move them there first.</translation>
        </message>
        <message>
            <source>{database} is not a file; use your server's backup tools.</source>
            <translation>{database} is not a file; use your server's backup tools.</translation>
        </message>
        <message>
            <source>Cannot create the backup folder {folder}: {reason}.</source>
            <translation>Cannot create the backup folder {folder}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot delete the old backup {path}: {reason}.</source>
            <translation>Cannot delete the old backup {path}: {reason}.</translation>
        </message>
        <message>
            <source>Backup and restore work on SQLite databases; use your server's tools for {database}.</source>
            <translation>Backup and restore work on SQLite databases; use your server's tools for {database}.</translation>
        </message>
        <message>
            <source>A backup cannot be written over the database itself.</source>
            <translation>A backup cannot be written over the database itself.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name or overwrite it.</source>
            <translation>{path} already exists; choose another name or overwrite it.</translation>
        </message>
        <message>
            <source>{path} does not exist or is not a file.</source>
            <translation>{path} does not exist or is not a file.</translation>
        </message>
        <message>
            <source>{path} is empty: it holds no FieldVisit data.</source>
            <translation>{path} is empty: it holds no FieldVisit data.</translation>
        </message>
        <message>
            <source>{path} is damaged ({reason}); it was not restored.</source>
            <translation>{path} is damaged ({reason}); it was not restored.</translation>
        </message>
        <message>
            <source>The backup and the database are the same file.</source>
            <translation>The backup and the database are the same file.</translation>
        </message>
        <message>
            <source>The copy written to {target} did not verify; it was removed.</source>
            <translation>The copy written to {target} did not verify; it was removed.</translation>
        </message>
        <message>
            <source>Copying {source} to {target} failed: {reason}.</source>
            <translation>Copying {source} to {target} failed: {reason}.</translation>
        </message>
        <message>
            <source>Cannot write {target}: {reason}.</source>
            <translation>Cannot write {target}: {reason}.</translation>
        </message>
        <message>
            <source>{target} is open in FieldVisit or another program using it. Close it there, then restore again; nothing was changed.</source>
            <translation>{target} is open in FieldVisit or another program using it. Close it there, then restore again; nothing was changed.</translation>
        </message>
        <message>
            <source>Restoring {source} into {target} failed ({reason}); the database is unchanged.</source>
            <translation>Restoring {source} into {target} failed ({reason}); the database is unchanged.</translation>
        </message>
        <message>
            <source>A stakeholder met is not of the call's account.</source>
            <translation>A stakeholder met is not of the call's account.</translation>
        </message>
        <message>
            <source>No co-visit call has the ID {id}.</source>
            <translation>No co-visit call has the ID {id}.</translation>
        </message>
        <message>
            <source>The call must be on one of the co-visit's days.</source>
            <translation>The call must be on one of the co-visit's days.</translation>
        </message>
        <message>
            <source>No account has the ID {id}.</source>
            <translation>No account has the ID {id}.</translation>
        </message>
        <message>
            <source>A rating is from 1 to 5.</source>
            <translation>A rating is from 1 to 5.</translation>
        </message>
        <message>
            <source>No team member has the ID {id}.</source>
            <translation>No team member has the ID {id}.</translation>
        </message>
        <message>
            <source>The rep assesses the call first: write the rep's self-assessment.</source>
            <translation>The rep assesses the call first: write the rep's self-assessment.</translation>
        </message>
        <message>
            <source>{step} is not a step of this checklist.</source>
            <translation>{step} is not a step of this checklist.</translation>
        </message>
        <message>
            <source>No action item has the ID {id}.</source>
            <translation>No action item has the ID {id}.</translation>
        </message>
        <message>
            <source>This action is not reviewed in this co-visit.</source>
            <translation>This action is not reviewed in this co-visit.</translation>
        </message>
        <message>
            <source>That manager is no longer in the team.</source>
            <translation>That manager is no longer in the team.</translation>
        </message>
        <message>
            <source>The report was signed off and is locked. Use “Correct… (new revision)” to change it; the signed version stays readable.</source>
            <translation>The report was signed off and is locked. Use “Correct… (new revision)” to change it; the signed version stays readable.</translation>
        </message>
        <message>
            <source>No co-visit has the ID {id}.</source>
            <translation>No co-visit has the ID {id}.</translation>
        </message>
        <message>
            <source>Choose one of the rep's contact records of this account and day that no other call is linked to.</source>
            <translation>Choose one of the rep's contact records of this account and day that no other call is linked to.</translation>
        </message>
        <message>
            <source>Only a first-line manager starts a co-visit. Set who you are in Settings.</source>
            <translation>Only a first-line manager starts a co-visit. Set who you are in Settings.</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>The last day is before the first day.</translation>
        </message>
        <message>
            <source>Keep to one or two development objectives for the day.</source>
            <translation>Keep to one or two development objectives for the day.</translation>
        </message>
        <message>
            <source>Choose the rep you are in the field with.</source>
            <translation>Choose the rep you are in the field with.</translation>
        </message>
        <message>
            <source>A call is on {day}; move or remove it first.</source>
            <translation>A call is on {day}; move or remove it first.</translation>
        </message>
        <message>
            <source>Write what is to be done.</source>
            <translation>Write what is to be done.</translation>
        </message>
        <message>
            <source>Say why the report is corrected.</source>
            <translation>Say why the report is corrected.</translation>
        </message>
        <message>
            <source>{standard} is not a standard of this checklist.</source>
            <translation>{standard} is not a standard of this checklist.</translation>
        </message>
        <message>
            <source>Only a signed-off report is corrected.</source>
            <translation>Only a signed-off report is corrected.</translation>
        </message>
        <message>
            <source>The co-visit has no revision {number}.</source>
            <translation>The co-visit has no revision {number}.</translation>
        </message>
        <message>
            <source>{version} is not a checklist template version.</source>
            <translation>{version} is not a checklist template version.</translation>
        </message>
        <message>
            <source>{path} says it is version {found}, not {version}.</source>
            <translation>{path} says it is version {found}, not {version}.</translation>
        </message>
        <message>
            <source>The co-visit checklist version {version} is missing ({path}). Reinstall FieldVisit to restore it.</source>
            <translation>The co-visit checklist version {version} is missing ({path}). Reinstall FieldVisit to restore it.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>Cannot read {path}: {reason}.</translation>
        </message>
        <message>
            <source>{path} is not valid JSON (line {line}, column {column}): {reason}.</source>
            <translation>{path} is not valid JSON (line {line}, column {column}): {reason}.</translation>
        </message>
        <message>
            <source>Writing the copy failed: {reason}.</source>
            <translation>Writing the copy failed: {reason}.</translation>
        </message>
        <message>
            <source>{database} is not a file; a server database cannot be moved.</source>
            <translation>{database} is not a file; a server database cannot be moved.</translation>
        </message>
        <message>
            <source>The database is already in {folder}.</source>
            <translation>The database is already in {folder}.</translation>
        </message>
        <message>
            <source>{path} already exists. Choose an empty folder; nothing was overwritten.</source>
            <translation>{path} already exists. Choose an empty folder; nothing was overwritten.</translation>
        </message>
        <message>
            <source>Writing the copy failed: {reason} ({path}).</source>
            <translation>Writing the copy failed: {reason} ({path}).</translation>
        </message>
        <message>
            <source>The copy at {target} did not pass SQLite's check.</source>
            <translation>The copy at {target} did not pass SQLite's check.</translation>
        </message>
        <message>
            <source>The copy at {target} does not hold the same rows.</source>
            <translation>The copy at {target} does not hold the same rows.</translation>
        </message>
        <message>
            <source>{path} is busy in another program ({reason}); close it and try again.</source>
            <translation>{path} is busy in another program ({reason}); close it and try again.</translation>
        </message>
        <message>
            <source>{reason} The database is still in {folder}, unchanged.</source>
            <translation>{reason} The database is still in {folder}, unchanged.</translation>
        </message>
        <message>
            <source>Choose between {low} and {high} demo accounts (you asked for {asked}).</source>
            <translation>Choose between {low} and {high} demo accounts (you asked for {asked}).</translation>
        </message>
        <message>
            <source>{database} already holds accounts; demo data goes into an empty database. Choose a new file with --db.</source>
            <translation>{database} already holds accounts; demo data goes into an empty database. Choose a new file with --db.</translation>
        </message>
        <message>
            <source>Agreement {number}: choose when it is due.</source>
            <translation>Agreement {number}: choose when it is due.</translation>
        </message>
        <message>
            <source>successes</source>
            <translation>successes</translation>
        </message>
        <message>
            <source>shortcomings</source>
            <translation>shortcomings</translation>
        </message>
        <message>
            <source>lessons</source>
            <translation>lessons</translation>
        </message>
        <message>
            <source>A complete record needs successes, shortcomings and lessons; write the {names} first, or save it as a draft.</source>
            <translation>A complete record needs successes, shortcomings and lessons; write the {names} first, or save it as a draft.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>{text} is not an amount in yuan, e.g. 12345.60.</source>
            <translation>{text} is not an amount in yuan, e.g. 12345.60.</translation>
        </message>
        <message>
            <source>An amount cannot be negative.</source>
            <translation>An amount cannot be negative.</translation>
        </message>
        <message>
            <source>{text} is too large for an amount.</source>
            <translation>{text} is too large for an amount.</translation>
        </message>
        <message>
            <source>{text} is not an amount in yuan.</source>
            <translation>{text} is not an amount in yuan.</translation>
        </message>
        <message>
            <source>Describe what was agreed.</source>
            <translation>Describe what was agreed.</translation>
        </message>
        <message>
            <source>Keep the agreement under {count} characters.</source>
            <translation>Keep the agreement under {count} characters.</translation>
        </message>
        <message>
            <source>Choose a stakeholder of the same account.</source>
            <translation>Choose a stakeholder of the same account.</translation>
        </message>
        <message>
            <source>No promise has the ID {id}.</source>
            <translation>No promise has the ID {id}.</translation>
        </message>
        <message>
            <source>Close a promise as kept or cancelled.</source>
            <translation>Close a promise as kept or cancelled.</translation>
        </message>
        <message>
            <source>Write a short note: how the promise was kept, or why it was cancelled.</source>
            <translation>Write a short note: how the promise was kept, or why it was cancelled.</translation>
        </message>
        <message>
            <source>The due day cannot be before the day it was agreed.</source>
            <translation>The due day cannot be before the day it was agreed.</translation>
        </message>
        <message>
            <source>This promise is already closed; reopen it first.</source>
            <translation>This promise is already closed; reopen it first.</translation>
        </message>
        <message>
            <source>No contact record has the ID {id}.</source>
            <translation>No contact record has the ID {id}.</translation>
        </message>
        <message>
            <source>The record belongs to another account.</source>
            <translation>The record belongs to another account.</translation>
        </message>
        <message>
            <source>No planned contact has the ID {id}.</source>
            <translation>No planned contact has the ID {id}.</translation>
        </message>
        <message>
            <source>That planned contact is for another account.</source>
            <translation>That planned contact is for another account.</translation>
        </message>
        <message>
            <source>That planned contact is already fulfilled by another record.</source>
            <translation>That planned contact is already fulfilled by another record.</translation>
        </message>
        <message>
            <source>The time of the contact needs a time zone.</source>
            <translation>The time of the contact needs a time zone.</translation>
        </message>
        <message>
            <source>Keep the place under {count} characters.</source>
            <translation>Keep the place under {count} characters.</translation>
        </message>
        <message>
            <source>The next visit cannot be before this contact; choose a later day.</source>
            <translation>The next visit cannot be before this contact; choose a later day.</translation>
        </message>
        <message>
            <source>Agreement {number}: describe what was agreed.</source>
            <translation>Agreement {number}: describe what was agreed.</translation>
        </message>
        <message>
            <source>{file} is larger than {size} MB.</source>
            <translation>{file} is larger than {size} MB.</translation>
        </message>
        <message>
            <source>Choose only stakeholders of this record's account.</source>
            <translation>Choose only stakeholders of this record's account.</translation>
        </message>
        <message>
            <source>No attachment has the ID {id}.</source>
            <translation>No attachment has the ID {id}.</translation>
        </message>
        <message>
            <source>A record cannot move to another account.</source>
            <translation>A record cannot move to another account.</translation>
        </message>
        <message>
            <source>{count} team members are called {name}; rename one in the app to tell them apart.</source>
            <translation>{count} team members are called {name}; rename one in the app to tell them apart.</translation>
        </message>
        <message>
            <source>No team member is called {name}. Run `fieldvisit team`.</source>
            <translation>No team member is called {name}. Run `fieldvisit team`.</translation>
        </message>
        <message>
            <source>{value} is not an ID: give the 32 hex digits, with or without dashes.</source>
            <translation>{value} is not an ID: give the 32 hex digits, with or without dashes.</translation>
        </message>
        <message>
            <source>No team member is called {name}. Did you mean: {close}?</source>
            <translation>No team member is called {name}. Did you mean: {close}?</translation>
        </message>
        <message>
            <source>{value} is not a month: write YYYY-MM.</source>
            <translation>{value} is not a month: write YYYY-MM.</translation>
        </message>
        <message>
            <source>{value} is not a date: write YYYY-MM-DD.</source>
            <translation>{value} is not a date: write YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>{value}: use zh or en.</source>
            <translation>{value}: use zh or en.</translation>
        </message>
        <message>
            <source>{value}: use a4 or letter.</source>
            <translation>{value}: use a4 or letter.</translation>
        </message>
        <message>
            <source>{value} is not a document: use one of {kinds}.</source>
            <translation>{value} is not a document: use one of {kinds}.</translation>
        </message>
        <message>
            <source>{kind}: use week, month or year.</source>
            <translation>{kind}: use week, month or year.</translation>
        </message>
        <message>
            <source>A company name can be at most {count} characters.</source>
            <translation>A company name can be at most {count} characters.</translation>
        </message>
        <message>
            <source>Keep between {low} and {high} backups.</source>
            <translation>Keep between {low} and {high} backups.</translation>
        </message>
        <message>
            <source>{folder} is not a full path; choose a folder.</source>
            <translation>{folder} is not a full path; choose a folder.</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} is a file, not a folder.</translation>
        </message>
        <message>
            <source>FieldVisit cannot write to {folder}; choose another folder.</source>
            <translation>FieldVisit cannot write to {folder}; choose another folder.</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>Enter your name.</translation>
        </message>
        <message>
            <source>A name can be at most {count} characters.</source>
            <translation>A name can be at most {count} characters.</translation>
        </message>
        <message>
            <source>FieldVisit cannot write to {folder} ({reason}); choose another.</source>
            <translation>FieldVisit cannot write to {folder} ({reason}); choose another.</translation>
        </message>
        <message>
            <source>new item {n}</source>
            <translation>new item {n}</translation>
        </message>
        <message>
            <source>completed item {n}</source>
            <translation>completed item {n}</translation>
        </message>
        <message>
            <source>in_progress item {n}</source>
            <translation>in_progress item {n}</translation>
        </message>
        <message>
            <source>The author of this summary is no longer in the team.</source>
            <translation>The author of this summary is no longer in the team.</translation>
        </message>
        <message>
            <source>{kind}: use week, month, quarter or year.</source>
            <translation>{kind}: use week, month, quarter or year.</translation>
        </message>
        <message>
            <source>That summary was deleted.</source>
            <translation>That summary was deleted.</translation>
        </message>
        <message>
            <source>Give {where} a name, or remove it.</source>
            <translation>Give {where} a name, or remove it.</translation>
        </message>
        <message>
            <source>The name of {where} is longer than {count} characters; shorten it.</source>
            <translation>The name of {where} is longer than {count} characters; shorten it.</translation>
        </message>
        <message>
            <source>special file</source>
            <translation>special file</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>folder</translation>
        </message>
        <message>
            <source>device</source>
            <translation>device</translation>
        </message>
        <message>
            <source>pipe</source>
            <translation>pipe</translation>
        </message>
        <message>
            <source>socket</source>
            <translation>socket</translation>
        </message>
        <message>
            <source>{path} is a {kind}, not a database file. It was left untouched; choose a regular file with --db.</source>
            <translation>{path} is a {kind}, not a database file. It was left untouched; choose a regular file with --db.</translation>
        </message>
        <message>
            <source>{path} is not an SQLite file, so it cannot hold FieldVisit data. It was left unchanged; choose another file with --db.</source>
            <translation>{path} is not an SQLite file, so it cannot hold FieldVisit data. It was left unchanged; choose another file with --db.</translation>
        </message>
        <message>
            <source>{path} is an SQLite database of another program, not FieldVisit's. The file was left unchanged. Choose another file with --db.</source>
            <translation>{path} is an SQLite database of another program, not FieldVisit's. The file was left unchanged. Choose another file with --db.</translation>
        </message>
        <message>
            <source>{path} cannot be read as a database ({reason}). The file was left unchanged; restore it from a backup (fieldvisit restore FILE).</source>
            <translation>{path} cannot be read as a database ({reason}). The file was left unchanged; restore it from a backup (fieldvisit restore FILE).</translation>
        </message>
        <message>
            <source>{path} is damaged ({reason}). The file was left unchanged; restore it from a backup (fieldvisit restore FILE).</source>
            <translation>{path} is damaged ({reason}). The file was left unchanged; restore it from a backup (fieldvisit restore FILE).</translation>
        </message>
        <message>
            <source>{path} is being restored or replaced by another FieldVisit program. Wait for it to finish, then open it again.</source>
            <translation>{path} is being restored or replaced by another FieldVisit program. Wait for it to finish, then open it again.</translation>
        </message>
        <message>
            <source>{path} is locked by another program. Close it and try again.</source>
            <translation>{path} is locked by another program. Close it and try again.</translation>
        </message>
        <message>
            <source>{database} is busy in another window or program, which did not finish within {seconds} seconds; nothing was saved. Try again in a moment.</source>
            <translation>{database} is busy in another window or program, which did not finish within {seconds} seconds; nothing was saved. Try again in a moment.</translation>
        </message>
        <message>
            <source>The database {path} chosen in Settings is not there. Connect the drive it is on, or delete {config} to use the standard data folder.</source>
            <translation>The database {path} chosen in Settings is not there. Connect the drive it is on, or delete {config} to use the standard data folder.</translation>
        </message>
        <message>
            <source>{config} cannot be read ({reason}). Delete it to use the standard data folder.</source>
            <translation>{config} cannot be read ({reason}). Delete it to use the standard data folder.</translation>
        </message>
        <message>
            <source>The database could not be upgraded: {reason}</source>
            <translation>The database could not be upgraded: {reason}</translation>
        </message>
        <message>
            <source>The application ships no database schema.</source>
            <translation>The application ships no database schema.</translation>
        </message>
        <message>
            <source>{where} was written by a newer FieldVisit (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
            <translation>{where} was written by a newer FieldVisit (schema {revision}). Install the newer version to open it; the file was left unchanged.</translation>
        </message>
        <message>
            <source>The database was not upgraded: its safety copy in {folder} could not be written ({reason}). Nothing was changed.</source>
            <translation>The database was not upgraded: its safety copy in {folder} could not be written ({reason}). Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} is damaged, so it was not upgraded and is unchanged. Restore it from a backup (fieldvisit restore FILE).</source>
            <translation>{path} is damaged, so it was not upgraded and is unchanged. Restore it from a backup (fieldvisit restore FILE).</translation>
        </message>
        <message>
            <source>Cannot connect to the database: {reason}</source>
            <translation>Cannot connect to the database: {reason}</translation>
        </message>
        <message>
            <source>The database is in use by another program; close it and start again.</source>
            <translation>The database is in use by another program; close it and start again.</translation>
        </message>
        <message>
            <source>The database is damaged ({reason}); the upgrade was rolled back. Restore it from a backup (fieldvisit restore FILE).</source>
            <translation>The database is damaged ({reason}); the upgrade was rolled back. Restore it from a backup (fieldvisit restore FILE).</translation>
        </message>
        <message>
            <source>The upgrade would leave {count} broken references ({sample}); it was rolled back and the database is unchanged.</source>
            <translation>The upgrade would leave {count} broken references ({sample}); it was rolled back and the database is unchanged.</translation>
        </message>
        <message>
            <source>The team server refused the request ({code}).</source>
            <translation>The team server refused the request ({code}).</translation>
        </message>
        <message>
            <source>This laptop was removed from the team; its changes stay here. Ask your administrator for a new code to join again.</source>
            <translation>This laptop was removed from the team; its changes stay here. Ask your administrator for a new code to join again.</translation>
        </message>
        <message>
            <source>The team server no longer accepts this laptop (an unknown device, or a person no longer in the team). Ask your administrator.</source>
            <translation>The team server no longer accepts this laptop (an unknown device, or a person no longer in the team). Ask your administrator.</translation>
        </message>
        <message>
            <source>This FieldVisit is too old to sync with the team server. Update it, then sync again.</source>
            <translation>This FieldVisit is too old to sync with the team server. Update it, then sync again.</translation>
        </message>
        <message>
            <source>Only a laptop's own database file syncs.</source>
            <translation>Only a laptop's own database file syncs.</translation>
        </message>
        <message>
            <source>This laptop is not in a team: join one first (fieldvisit sync join).</source>
            <translation>This laptop is not in a team: join one first (fieldvisit sync join).</translation>
        </message>
        <message>
            <source>The team server cannot be reached ({reason}); changes stay on this laptop and go at the next sync.</source>
            <translation>The team server cannot be reached ({reason}); changes stay on this laptop and go at the next sync.</translation>
        </message>
        <message>
            <source>The team server's answer could not be read.</source>
            <translation>The team server's answer could not be read.</translation>
        </message>
        <message>
            <source>This version cannot be applied again: what it belongs to is no longer on this laptop. Keep the team's version instead.</source>
            <translation>This version cannot be applied again: what it belongs to is no longer on this laptop. Keep the team's version instead.</translation>
        </message>
        <message>
            <source>{path} cannot be read ({reason}); join the team again to replace it.</source>
            <translation>{path} cannot be read ({reason}); join the team again to replace it.</translation>
        </message>
        <message>
            <source>The server refused: {code}.</source>
            <translation>The server refused: {code}.</translation>
        </message>
        <message>
            <source>The server does not know this enrolment code. Check it, or ask your administrator for a new one.</source>
            <translation>The server does not know this enrolment code. Check it, or ask your administrator for a new one.</translation>
        </message>
        <message>
            <source>This enrolment code has been used already. Ask your administrator for a new one.</source>
            <translation>This enrolment code has been used already. Ask your administrator for a new one.</translation>
        </message>
        <message>
            <source>This enrolment code has expired. Ask your administrator for a new one.</source>
            <translation>This enrolment code has expired. Ask your administrator for a new one.</translation>
        </message>
        <message>
            <source>The team server needs a newer FieldVisit. Update it, then join again.</source>
            <translation>The team server needs a newer FieldVisit. Update it, then join again.</translation>
        </message>
        <message>
            <source>Only a laptop's own database file can join a team.</source>
            <translation>Only a laptop's own database file can join a team.</translation>
        </message>
        <message>
            <source>{url}: a team server is reached over https:// (TLS).</source>
            <translation>{url}: a team server is reached over https:// (TLS).</translation>
        </message>
        <message>
            <source>This laptop is already in a team (as {member}, {url}).</source>
            <translation>This laptop is already in a team (as {member}, {url}).</translation>
        </message>
        <message>
            <source>The team server at {url} cannot be reached ({reason}). Check the address and the network, then try again; nothing was changed.</source>
            <translation>The team server at {url} cannot be reached ({reason}). Check the address and the network, then try again; nothing was changed.</translation>
        </message>
        <message>
            <source>{url} did not answer as a FieldVisit team server.</source>
            <translation>{url} did not answer as a FieldVisit team server.</translation>
        </message>
        <message>
            <source>Only the rep and their manager comment here.</source>
            <translation>Only the rep and their manager comment here.</translation>
        </message>
        <message>
            <source>Say who uses this laptop first (Settings → Team).</source>
            <translation>Say who uses this laptop first (Settings → Team).</translation>
        </message>
        <message>
            <source>Write the comment.</source>
            <translation>Write the comment.</translation>
        </message>
        <message>
            <source>A comment can be at most {n} characters.</source>
            <translation>A comment can be at most {n} characters.</translation>
        </message>
        <message>
            <source>No day report has the ID {id}.</source>
            <translation>No day report has the ID {id}.</translation>
        </message>
        <message>
            <source>No comment has the ID {id}.</source>
            <translation>No comment has the ID {id}.</translation>
        </message>
        <message>
            <source>Only its author changes or removes a comment.</source>
            <translation>Only its author changes or removes a comment.</translation>
        </message>
        <message>
            <source>A day report is sent by a rep.</source>
            <translation>A day report is sent by a rep.</translation>
        </message>
        <message>
            <source>A day report is sent for today or a day before; choose another day.</source>
            <translation>A day report is sent for today or a day before; choose another day.</translation>
        </message>
        <message>
            <source>A reason can be at most {n} characters.</source>
            <translation>A reason can be at most {n} characters.</translation>
        </message>
        <message>
            <source>No planned visit of that day was missed at {ids}; give reasons only for the visits listed as not made.</source>
            <translation>No planned visit of that day was missed at {ids}; give reasons only for the visits listed as not made.</translation>
        </message>
        <message>
            <source>Say why each planned visit was not made (missing for {ids}).</source>
            <translation>Say why each planned visit was not made (missing for {ids}).</translation>
        </message>
        <message>
            <source>This laptop is in a team: your name, role and work base come from the team server. Ask your administrator to change them.</source>
            <translation>This laptop is in a team: your name, role and work base come from the team server. Ask your administrator to change them.</translation>
        </message>
        <message>
            <source>This step was refused by the team server and cannot be sent again as it was. Look at the team's version and take the step again if it still applies.</source>
            <translation>This step was refused by the team server and cannot be sent again as it was. Look at the team's version and take the step again if it still applies.</translation>
        </message>
        <message>
            <source>Only a manager decides on plans; this laptop is not a manager's.</source>
            <translation>Only a manager decides on plans; this laptop is not a manager's.</translation>
        </message>
        <message>
            <source>Accounts move only between the reps of your own team.</source>
            <translation>Accounts move only between the reps of your own team.</translation>
        </message>
        <message>
            <source>{count} reps report to {name}; give them another manager first.</source>
            <translation>{count} reps report to {name}; give them another manager first.</translation>
        </message>
        <message>
            <source>{name} holds {count} accounts; hand them to a rep first.</source>
            <translation>{name} holds {count} accounts; hand them to a rep first.</translation>
        </message>
        <message>
            <source>The team server did not accept these values ({field}); check them and try again.</source>
            <translation>The team server did not accept these values ({field}); check them and try again.</translation>
        </message>
        <message>
            <source>The team server does not let your role do this. Ask your administrator.</source>
            <translation>The team server does not let your role do this. Ask your administrator.</translation>
        </message>
        <message>
            <source>Accounts move only between the reps of your own team; ask your administrator for other changes.</source>
            <translation>Accounts move only between the reps of your own team; ask your administrator for other changes.</translation>
        </message>
        <message>
            <source>The server no longer has this person or account (changed meanwhile?). Refresh the page and try again.</source>
            <translation>The server no longer has this person or account (changed meanwhile?). Refresh the page and try again.</translation>
        </message>
        <message>
            <source>Name: enter a name that nobody in the team has yet.</source>
            <translation>Name: enter a name that nobody in the team has yet.</translation>
        </message>
        <message>
            <source>Manager: a rep needs a manager, and the one chosen must be a manager.</source>
            <translation>Manager: a rep needs a manager, and the one chosen must be a manager.</translation>
        </message>
        <message>
            <source>Accounts can only be handed to a rep.</source>
            <translation>Accounts can only be handed to a rep.</translation>
        </message>
        <message>
            <source>Reps still report to this manager; give them another manager first.</source>
            <translation>Reps still report to this manager; give them another manager first.</translation>
        </message>
        <message>
            <source>This person still holds accounts; hand them to a rep first.</source>
            <translation>This person still holds accounts; hand them to a rep first.</translation>
        </message>
        <message>
            <source>Effective from: a version already starts on that day; choose another day.</source>
            <translation>Effective from: a version already starts on that day; choose another day.</translation>
        </message>
        <message>
            <source>The team server cannot be reached ({reason}); nothing was changed. Try again when this laptop is online.</source>
            <translation>The team server cannot be reached ({reason}); nothing was changed. Try again when this laptop is online.</translation>
        </message>
        <message>
            <source>An acknowledgement code is 4 to 8 digits.</source>
            <translation>An acknowledgement code is 4 to 8 digits.</translation>
        </message>
        <message>
            <source>Set who you are in Settings first.</source>
            <translation>Set who you are in Settings first.</translation>
        </message>
        <message>
            <source>An acknowledgement code is for a laptop in a team: join the team first.</source>
            <translation>An acknowledgement code is for a laptop in a team: join the team first.</translation>
        </message>
        <message>
            <source>The rep enters their own acknowledgement code to acknowledge on this laptop.</source>
            <translation>The rep enters their own acknowledgement code to acknowledge on this laptop.</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Printed {date}</source>
            <comment>printed_on</comment>
            <translation>Printed {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <comment>page_x_of_y</comment>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <comment>range</comment>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>None</source>
            <comment>none</comment>
            <translation>None</translation>
        </message>
        <message>
            <source>Yes</source>
            <comment>yes</comment>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <comment>no</comment>
            <translation>No</translation>
        </message>
        <message>
            <source>Not answered</source>
            <comment>unanswered</comment>
            <translation>Not answered</translation>
        </message>
        <message>
            <source>Revision {n}</source>
            <comment>revision</comment>
            <translation>Revision {n}</translation>
        </message>
        <message>
            <source>Signed {date}</source>
            <comment>signed_on</comment>
            <translation>Signed {date}</translation>
        </message>
        <message>
            <source>Not signed yet</source>
            <comment>not_signed</comment>
            <translation>Not signed yet</translation>
        </message>
        <message>
            <source>Acknowledged {date}</source>
            <comment>acknowledged_on</comment>
            <translation>Acknowledged {date}</translation>
        </message>
        <message>
            <source>Not acknowledged yet</source>
            <comment>not_acknowledged</comment>
            <translation>Not acknowledged yet</translation>
        </message>
        <message>
            <source>as needed</source>
            <comment>as_needed</comment>
            <translation>as needed</translation>
        </message>
        <message>
            <source>Action</source>
            <comment>col.action</comment>
            <translation>Action</translation>
        </message>
        <message>
            <source>Owner</source>
            <comment>col.owner</comment>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <comment>col.due</comment>
            <translation>Due</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>col.status</comment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Standard</source>
            <comment>col.standard</comment>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Score</source>
            <comment>col.score</comment>
            <translation>Score</translation>
        </message>
        <message>
            <source>Since last</source>
            <comment>col.trend</comment>
            <translation>Since last</translation>
        </message>
        <message>
            <source>What this level means</source>
            <comment>col.meaning</comment>
            <translation>What this level means</translation>
        </message>
        <message>
            <source>Comment</source>
            <comment>col.comment</comment>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Account</source>
            <comment>col.account</comment>
            <translation>Account</translation>
        </message>
        <message>
            <source>Date</source>
            <comment>col.date</comment>
            <translation>Date</translation>
        </message>
        <message>
            <source>Promise</source>
            <comment>col.promise</comment>
            <translation>Promise</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <comment>col.stakeholder</comment>
            <translation>Stakeholder</translation>
        </message>
        <message>
            <source>Co-visit report</source>
            <comment>covisit.title</comment>
            <translation>Co-visit report</translation>
        </message>
        <message>
            <source>Co-visit with {rep}</source>
            <comment>covisit.heading</comment>
            <translation>Co-visit with {rep}</translation>
        </message>
        <message>
            <source>Manager {manager}</source>
            <comment>covisit.manager_line</comment>
            <translation>Manager {manager}</translation>
        </message>
        <message>
            <source>{n} calls</source>
            <comment>covisit.calls_count</comment>
            <translation>{n} calls</translation>
        </message>
        <message>
            <source>1 call</source>
            <comment>covisit.calls_count_one</comment>
            <translation>1 call</translation>
        </message>
        <message>
            <source>Report completed late</source>
            <comment>covisit.late</comment>
            <translation>Report completed late</translation>
        </message>
        <message>
            <source>Development objectives</source>
            <comment>covisit.development_objectives</comment>
            <translation>Development objectives</translation>
        </message>
        <message>
            <source>Agreed action plan</source>
            <comment>covisit.action_plan</comment>
            <translation>Agreed action plan</translation>
        </message>
        <message>
            <source>The Big Question</source>
            <comment>covisit.big_question</comment>
            <translation>The Big Question</translation>
        </message>
        <message>
            <source>After this co-visit, is the rep more motivated to keep doing good work?</source>
            <comment>covisit.big_question_text</comment>
            <translation>After this co-visit, is the rep more motivated to keep doing good work?</translation>
        </message>
        <message>
            <source>Strengths</source>
            <comment>covisit.strengths</comment>
            <translation>Strengths</translation>
        </message>
        <message>
            <source>Development areas</source>
            <comment>covisit.development_areas</comment>
            <translation>Development areas</translation>
        </message>
        <message>
            <source>Ratings against the standards</source>
            <comment>covisit.ratings</comment>
            <translation>Ratings against the standards</translation>
        </message>
        <message>
            <source>This co-visit</source>
            <comment>covisit.this_covisit</comment>
            <translation>This co-visit</translation>
        </message>
        <message>
            <source>The calls</source>
            <comment>covisit.calls</comment>
            <translation>The calls</translation>
        </message>
        <message>
            <source>Call {n} · {day} · {account}</source>
            <comment>covisit.call_title</comment>
            <translation>Call {n} · {day} · {account}</translation>
        </message>
        <message>
            <source>met {names}</source>
            <comment>covisit.met</comment>
            <translation>met {names}</translation>
        </message>
        <message>
            <source>Pre-call plan</source>
            <comment>covisit.precall</comment>
            <translation>Pre-call plan</translation>
        </message>
        <message>
            <source>Visit objective</source>
            <comment>covisit.visit_objective</comment>
            <translation>Visit objective</translation>
        </message>
        <message>
            <source>Opening</source>
            <comment>covisit.opening</comment>
            <translation>Opening</translation>
        </message>
        <message>
            <source>Key messages</source>
            <comment>covisit.key_messages</comment>
            <translation>Key messages</translation>
        </message>
        <message>
            <source>Expected objections</source>
            <comment>covisit.objections</comment>
            <translation>Expected objections</translation>
        </message>
        <message>
            <source>Commitment to ask for</source>
            <comment>covisit.commitment</comment>
            <translation>Commitment to ask for</translation>
        </message>
        <message>
            <source>Debrief</source>
            <comment>covisit.debrief</comment>
            <translation>Debrief</translation>
        </message>
        <message>
            <source>Rep's self-assessment</source>
            <comment>covisit.self_assessment</comment>
            <translation>Rep's self-assessment</translation>
        </message>
        <message>
            <source>Went well</source>
            <comment>covisit.went_well</comment>
            <translation>Went well</translation>
        </message>
        <message>
            <source>Do differently next time</source>
            <comment>covisit.do_differently</comment>
            <translation>Do differently next time</translation>
        </message>
        <message>
            <source>Agreed learning</source>
            <comment>covisit.agreed_learning</comment>
            <translation>Agreed learning</translation>
        </message>
        <message>
            <source>Observed steps</source>
            <comment>covisit.observed_steps</comment>
            <translation>Observed steps</translation>
        </message>
        <message>
            <source>Comments and signatures</source>
            <comment>covisit.signatures</comment>
            <translation>Comments and signatures</translation>
        </message>
        <message>
            <source>Rep's comments</source>
            <comment>covisit.rep_comments</comment>
            <translation>Rep's comments</translation>
        </message>
        <message>
            <source>Manager</source>
            <comment>covisit.manager_signature</comment>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Rep</source>
            <comment>covisit.rep_signature</comment>
            <translation>Rep</translation>
        </message>
        <message>
            <source>Revisions</source>
            <comment>covisit.revisions</comment>
            <translation>Revisions</translation>
        </message>
        <message>
            <source>Revision {n}, {date}: {reason}</source>
            <comment>covisit.revision_line</comment>
            <translation>Revision {n}, {date}: {reason}</translation>
        </message>
        <message>
            <source>Contact record</source>
            <comment>record.title</comment>
            <translation>Contact record</translation>
        </message>
        <message>
            <source>{account}</source>
            <comment>record.heading</comment>
            <translation>{account}</translation>
        </message>
        <message>
            <source>When</source>
            <comment>record.when</comment>
            <translation>When</translation>
        </message>
        <message>
            <source>Method</source>
            <comment>record.method</comment>
            <translation>Method</translation>
        </message>
        <message>
            <source>Where</source>
            <comment>record.place</comment>
            <translation>Where</translation>
        </message>
        <message>
            <source>Written by</source>
            <comment>record.author</comment>
            <translation>Written by</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>record.status</comment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Customer side</source>
            <comment>record.stakeholders</comment>
            <translation>Customer side</translation>
        </message>
        <message>
            <source>Our side</source>
            <comment>record.participants</comment>
            <translation>Our side</translation>
        </message>
        <message>
            <source>Objectives</source>
            <comment>record.objectives</comment>
            <translation>Objectives</translation>
        </message>
        <message>
            <source>Sales objectives</source>
            <comment>record.sales_objectives</comment>
            <translation>Sales objectives</translation>
        </message>
        <message>
            <source>Administrative objectives</source>
            <comment>record.admin_objectives</comment>
            <translation>Administrative objectives</translation>
        </message>
        <message>
            <source>Purposes</source>
            <comment>record.purposes</comment>
            <translation>Purposes</translation>
        </message>
        <message>
            <source>Notes on the objectives</source>
            <comment>record.objective_notes</comment>
            <translation>Notes on the objectives</translation>
        </message>
        <message>
            <source>Content of the talk or activity</source>
            <comment>record.content</comment>
            <translation>Content of the talk or activity</translation>
        </message>
        <message>
            <source>Review</source>
            <comment>record.review</comment>
            <translation>Review</translation>
        </message>
        <message>
            <source>Successes</source>
            <comment>record.successes</comment>
            <translation>Successes</translation>
        </message>
        <message>
            <source>Shortcomings</source>
            <comment>record.shortcomings</comment>
            <translation>Shortcomings</translation>
        </message>
        <message>
            <source>Lessons</source>
            <comment>record.lessons</comment>
            <translation>Lessons</translation>
        </message>
        <message>
            <source>New agreements and promises</source>
            <comment>record.agreements</comment>
            <translation>New agreements and promises</translation>
        </message>
        <message>
            <source>New plan</source>
            <comment>record.plan</comment>
            <translation>New plan</translation>
        </message>
        <message>
            <source>Next steps</source>
            <comment>record.next_steps</comment>
            <translation>Next steps</translation>
        </message>
        <message>
            <source>Next visit</source>
            <comment>record.next_visit</comment>
            <translation>Next visit</translation>
        </message>
        <message>
            <source>Special notes</source>
            <comment>record.special_notes</comment>
            <translation>Special notes</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>record.other_notes</comment>
            <translation>Other</translation>
        </message>
        <message>
            <source>Store and account checks</source>
            <comment>record.checks</comment>
            <translation>Store and account checks</translation>
        </message>
        <message>
            <source>Our prices</source>
            <comment>check.our_prices</comment>
            <translation>Our prices</translation>
        </message>
        <message>
            <source>Competitor prices</source>
            <comment>check.competitor_prices</comment>
            <translation>Competitor prices</translation>
        </message>
        <message>
            <source>Stock of our products</source>
            <comment>check.stock</comment>
            <translation>Stock of our products</translation>
        </message>
        <message>
            <source>What sells</source>
            <comment>check.sell_through</comment>
            <translation>What sells</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <comment>check.credit_limit</comment>
            <translation>Credit limit</translation>
        </message>
        <message>
            <source>Paid</source>
            <comment>check.paid</comment>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <comment>check.unpaid</comment>
            <translation>Unpaid</translation>
        </message>
        <message>
            <source>Receivable</source>
            <comment>check.receivable</comment>
            <translation>Receivable</translation>
        </message>
        <message>
            <source>Promotion and after-sales</source>
            <comment>check.promotion</comment>
            <translation>Promotion and after-sales</translation>
        </message>
        <message>
            <source>Shelf display</source>
            <comment>check.shelf</comment>
            <translation>Shelf display</translation>
        </message>
        <message>
            <source>Draft order</source>
            <comment>check.draft_order</comment>
            <translation>Draft order</translation>
        </message>
        <message>
            <source>Customer card</source>
            <comment>card.title</comment>
            <translation>Customer card</translation>
        </message>
        <message>
            <source>Basics</source>
            <comment>card.basics</comment>
            <translation>Basics</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>card.type</comment>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <comment>card.status</comment>
            <translation>Status</translation>
        </message>
        <message>
            <source>Our rep</source>
            <comment>card.owner</comment>
            <translation>Our rep</translation>
        </message>
        <message>
            <source>Address</source>
            <comment>card.address</comment>
            <translation>Address</translation>
        </message>
        <message>
            <source>Phone</source>
            <comment>card.phone</comment>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Fax</source>
            <comment>card.fax</comment>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Website</source>
            <comment>card.website</comment>
            <translation>Website</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <comment>card.legal</comment>
            <translation>Legal representative</translation>
        </message>
        <message>
            <source>Key staff</source>
            <comment>card.key_staff</comment>
            <translation>Key staff</translation>
        </message>
        <message>
            <source>Business scale</source>
            <comment>card.scale</comment>
            <translation>Business scale</translation>
        </message>
        <message>
            <source>Their contact person</source>
            <comment>card.handler</comment>
            <translation>Their contact person</translation>
        </message>
        <message>
            <source>Business began</source>
            <comment>card.began</comment>
            <translation>Business began</translation>
        </message>
        <message>
            <source>Classification and credit</source>
            <comment>card.classification</comment>
            <translation>Classification and credit</translation>
        </message>
        <message>
            <source>Tier</source>
            <comment>card.tier</comment>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Key-account level</source>
            <comment>card.key_level</comment>
            <translation>Key-account level</translation>
        </message>
        <message>
            <source>M-A-N grade</source>
            <comment>card.man</comment>
            <translation>M-A-N grade</translation>
        </message>
        <message>
            <source>5C: capital, character, capacity, collateral, conditions</source>
            <comment>card.credit_5c</comment>
            <translation>5C: capital, character, capacity, collateral, conditions</translation>
        </message>
        <message>
            <source>Credit grade</source>
            <comment>card.credit_grade</comment>
            <translation>Credit grade</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <comment>card.credit_limit</comment>
            <translation>Credit limit</translation>
        </message>
        <message>
            <source>Commercial</source>
            <comment>card.commercial</comment>
            <translation>Commercial</translation>
        </message>
        <message>
            <source>Brands carried</source>
            <comment>card.brands</comment>
            <translation>Brands carried</translation>
        </message>
        <message>
            <source>Settlement</source>
            <comment>card.settlement</comment>
            <translation>Settlement</translation>
        </message>
        <message>
            <source>Delivery</source>
            <comment>card.delivery</comment>
            <translation>Delivery</translation>
        </message>
        <message>
            <source>Notes</source>
            <comment>card.notes</comment>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <comment>card.stakeholders</comment>
            <translation>Stakeholders</translation>
        </message>
        <message>
            <source>Name</source>
            <comment>card.name</comment>
            <translation>Name</translation>
        </message>
        <message>
            <source>Title and department</source>
            <comment>card.position</comment>
            <translation>Title and department</translation>
        </message>
        <message>
            <source>Buying roles</source>
            <comment>card.roles</comment>
            <translation>Buying roles</translation>
        </message>
        <message>
            <source>Phone / WeChat / email</source>
            <comment>card.contact</comment>
            <translation>Phone / WeChat / email</translation>
        </message>
        <message>
            <source>left {date}</source>
            <comment>card.left</comment>
            <translation>left {date}</translation>
        </message>
        <message>
            <source>Warning: only one active stakeholder at a key account. Build more relationships.</source>
            <comment>card.single_stakeholder</comment>
            <translation>Warning: only one active stakeholder at a key account. Build more relationships.</translation>
        </message>
        <message>
            <source>Personal profiles (confidential)</source>
            <comment>card.profiles</comment>
            <translation>Personal profiles (confidential)</translation>
        </message>
        <message>
            <source>No profile recorded.</source>
            <comment>card.no_profile</comment>
            <translation>No profile recorded.</translation>
        </message>
        <message>
            <source>Birthday</source>
            <comment>profile.birthday</comment>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Education</source>
            <comment>profile.education</comment>
            <translation>Education</translation>
        </message>
        <message>
            <source>Hometown</source>
            <comment>profile.hometown</comment>
            <translation>Hometown</translation>
        </message>
        <message>
            <source>Family</source>
            <comment>profile.family</comment>
            <translation>Family</translation>
        </message>
        <message>
            <source>Personality</source>
            <comment>profile.personality</comment>
            <translation>Personality</translation>
        </message>
        <message>
            <source>Hobbies and sports</source>
            <comment>profile.hobbies</comment>
            <translation>Hobbies and sports</translation>
        </message>
        <message>
            <source>Food and restaurants</source>
            <comment>profile.food</comment>
            <translation>Food and restaurants</translation>
        </message>
        <message>
            <source>Reading</source>
            <comment>profile.reading</comment>
            <translation>Reading</translation>
        </message>
        <message>
            <source>Car</source>
            <comment>profile.car</comment>
            <translation>Car</translation>
        </message>
        <message>
            <source>Holidays</source>
            <comment>profile.holidays</comment>
            <translation>Holidays</translation>
        </message>
        <message>
            <source>Other organisations</source>
            <comment>profile.organisations</comment>
            <translation>Other organisations</translation>
        </message>
        <message>
            <source>Relations with colleagues</source>
            <comment>profile.colleagues</comment>
            <translation>Relations with colleagues</translation>
        </message>
        <message>
            <source>Notes</source>
            <comment>profile.notes</comment>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Contribution</source>
            <comment>card.contributions</comment>
            <translation>Contribution</translation>
        </message>
        <message>
            <source>Period</source>
            <comment>col.period</comment>
            <translation>Period</translation>
        </message>
        <message>
            <source>Volume</source>
            <comment>col.volume</comment>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Revenue</source>
            <comment>col.revenue</comment>
            <translation>Revenue</translation>
        </message>
        <message>
            <source>Collections</source>
            <comment>col.collections</comment>
            <translation>Collections</translation>
        </message>
        <message>
            <source>Receivables</source>
            <comment>col.receivables</comment>
            <translation>Receivables</translation>
        </message>
        <message>
            <source>Buying projects</source>
            <comment>card.projects</comment>
            <translation>Buying projects</translation>
        </message>
        <message>
            <source>Project</source>
            <comment>col.project</comment>
            <translation>Project</translation>
        </message>
        <message>
            <source>Stage</source>
            <comment>col.stage</comment>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Started</source>
            <comment>col.started</comment>
            <translation>Started</translation>
        </message>
        <message>
            <source>Complaints</source>
            <comment>card.complaints</comment>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Complaint</source>
            <comment>col.complaint</comment>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Handling</source>
            <comment>col.handling</comment>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Resolved</source>
            <comment>col.resolved</comment>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Open promises</source>
            <comment>card.open_promises</comment>
            <translation>Open promises</translation>
        </message>
        <message>
            <source>Recent contacts</source>
            <comment>card.recent_contacts</comment>
            <translation>Recent contacts</translation>
        </message>
        <message>
            <source>Method</source>
            <comment>col.method</comment>
            <translation>Method</translation>
        </message>
        <message>
            <source>Summary</source>
            <comment>col.summary</comment>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Monthly visit plan</source>
            <comment>plan.title</comment>
            <translation>Monthly visit plan</translation>
        </message>
        <message>
            <source>{rep} · {month}</source>
            <comment>plan.heading</comment>
            <translation>{rep} · {month}</translation>
        </message>
        <message>
            <source>No plan was made for this month.</source>
            <comment>plan.no_plan</comment>
            <translation>No plan was made for this month.</translation>
        </message>
        <message>
            <source>Frequency policy: {name}</source>
            <comment>plan.policy</comment>
            <translation>Frequency policy: {name}</translation>
        </message>
        <message>
            <source>Manager's comment</source>
            <comment>plan.manager_comment</comment>
            <translation>Manager's comment</translation>
        </message>
        <message>
            <source>+{n} more</source>
            <comment>plan.more</comment>
            <translation>+{n} more</translation>
        </message>
        <message>
            <source>V visit · P phone · S service · am / pm morning / afternoon · ✓ done</source>
            <comment>plan.legend</comment>
            <translation>V visit · P phone · S service · am / pm morning / afternoon · ✓ done</translation>
        </message>
        <message>
            <source>V</source>
            <comment>plan.kind.visit</comment>
            <translation>V</translation>
        </message>
        <message>
            <source>P</source>
            <comment>plan.kind.phone</comment>
            <translation>P</translation>
        </message>
        <message>
            <source>S</source>
            <comment>plan.kind.service</comment>
            <translation>S</translation>
        </message>
        <message>
            <source>am</source>
            <comment>plan.slot.morning</comment>
            <translation>am</translation>
        </message>
        <message>
            <source>pm</source>
            <comment>plan.slot.afternoon</comment>
            <translation>pm</translation>
        </message>
        <message>
            <source>Compliance</source>
            <comment>plan.compliance</comment>
            <translation>Compliance</translation>
        </message>
        <message>
            <source>On-site visits</source>
            <comment>plan.on_site</comment>
            <translation>On-site visits</translation>
        </message>
        <message>
            <source>Phone contacts</source>
            <comment>plan.phone</comment>
            <translation>Phone contacts</translation>
        </message>
        <message>
            <source>Required</source>
            <comment>plan.required</comment>
            <translation>Required</translation>
        </message>
        <message>
            <source>Planned</source>
            <comment>plan.planned</comment>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>plan.done</comment>
            <translation>Done</translation>
        </message>
        <message>
            <source>Short</source>
            <comment>plan.short</comment>
            <translation>Short</translation>
        </message>
        <message>
            <source>OK</source>
            <comment>plan.ok</comment>
            <translation>OK</translation>
        </message>
        <message>
            <source>Sub-tier</source>
            <comment>plan.sub_tier</comment>
            <translation>Sub-tier</translation>
        </message>
        <message>
            <source>Visits by sub-tier</source>
            <comment>plan.by_tier</comment>
            <translation>Visits by sub-tier</translation>
        </message>
        <message>
            <source>Accounts below their tier frequency</source>
            <comment>plan.accounts_short</comment>
            <translation>Accounts below their tier frequency</translation>
        </message>
        <message>
            <source>No tier</source>
            <comment>plan.untiered</comment>
            <translation>No tier</translation>
        </message>
        <message>
            <source>Mon</source>
            <comment>weekday.0</comment>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <comment>weekday.1</comment>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <comment>weekday.2</comment>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <comment>weekday.3</comment>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <comment>weekday.4</comment>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <comment>weekday.5</comment>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <comment>weekday.6</comment>
            <translation>Sun</translation>
        </message>
        <message>
            <source>Customer management report</source>
            <comment>summary.title</comment>
            <translation>Customer management report</translation>
        </message>
        <message>
            <source>{author} · {period}</source>
            <comment>summary.heading</comment>
            <translation>{author} · {period}</translation>
        </message>
        <message>
            <source>Not yet written: pre-filled from the period's records and promises.</source>
            <comment>summary.prefilled</comment>
            <translation>Not yet written: pre-filled from the period's records and promises.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <comment>summary.records</comment>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>On-site</source>
            <comment>summary.on_site</comment>
            <translation>On-site</translation>
        </message>
        <message>
            <source>Phone</source>
            <comment>summary.phone</comment>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Promises kept</source>
            <comment>summary.kept</comment>
            <translation>Promises kept</translation>
        </message>
        <message>
            <source>Promises open</source>
            <comment>summary.open</comment>
            <translation>Promises open</translation>
        </message>
        <message>
            <source>Plan</source>
            <comment>col.plan</comment>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Key data</source>
            <comment>col.key_data</comment>
            <translation>Key data</translation>
        </message>
        <message>
            <source>Problems met</source>
            <comment>col.problems_met</comment>
            <translation>Problems met</translation>
        </message>
        <message>
            <source>What worked / did not</source>
            <comment>col.worked</comment>
            <translation>What worked / did not</translation>
        </message>
        <message>
            <source>Thanks to</source>
            <comment>col.thanks</comment>
            <translation>Thanks to</translation>
        </message>
        <message>
            <source>Problems expected</source>
            <comment>col.problems_expected</comment>
            <translation>Problems expected</translation>
        </message>
        <message>
            <source>Proposed solutions</source>
            <comment>col.solutions</comment>
            <translation>Proposed solutions</translation>
        </message>
        <message>
            <source>Help needed</source>
            <comment>col.help</comment>
            <translation>Help needed</translation>
        </message>
        <message>
            <source>Known data</source>
            <comment>col.known_data</comment>
            <translation>Known data</translation>
        </message>
        <message>
            <source>Challenges expected</source>
            <comment>col.challenges</comment>
            <translation>Challenges expected</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <comment>summary.week</comment>
            <translation>Week of {date}</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <comment>summary.year</comment>
            <translation>Year {year}</translation>
        </message>
        <message>
            <source>Q{q} {year}</source>
            <comment>summary.quarter</comment>
            <translation>Q{q} {year}</translation>
        </message>
        <message>
            <source>{n} contacts ({on_site} on-site, {phone} phone)</source>
            <comment>summary.contacts_item</comment>
            <translation>{n} contacts ({on_site} on-site, {phone} phone)</translation>
        </message>
        <message>
            <source>kept {date}</source>
            <comment>summary.kept_on</comment>
            <translation>kept {date}</translation>
        </message>
        <message>
            <source>due {date}</source>
            <comment>summary.due</comment>
            <translation>due {date}</translation>
        </message>
        <message>
            <source>overdue since {date}</source>
            <comment>summary.overdue</comment>
            <translation>overdue since {date}</translation>
        </message>
        <message>
            <source>next visit {date}</source>
            <comment>summary.next_visit</comment>
            <translation>next visit {date}</translation>
        </message>
        <message>
            <source>{n} planned contacts</source>
            <comment>summary.planned_item</comment>
            <translation>{n} planned contacts</translation>
        </message>
        <message>
            <source>Team co-visit summary</source>
            <comment>team.title</comment>
            <translation>Team co-visit summary</translation>
        </message>
        <message>
            <source>{manager} · {month}</source>
            <comment>team.heading</comment>
            <translation>{manager} · {month}</translation>
        </message>
        <message>
            <source>Field days</source>
            <comment>team.field_days</comment>
            <translation>Field days</translation>
        </message>
        <message>
            <source>Working days</source>
            <comment>team.working_days</comment>
            <translation>Working days</translation>
        </message>
        <message>
            <source>In the field</source>
            <comment>team.field_share</comment>
            <translation>In the field</translation>
        </message>
        <message>
            <source>target ≥ {pct} %</source>
            <comment>team.target</comment>
            <translation>target ≥ {pct} %</translation>
        </message>
        <message>
            <source>Co-visits</source>
            <comment>team.covisits</comment>
            <translation>Co-visits</translation>
        </message>
        <message>
            <source>By rep</source>
            <comment>team.per_rep</comment>
            <translation>By rep</translation>
        </message>
        <message>
            <source>Rep</source>
            <comment>col.rep</comment>
            <translation>Rep</translation>
        </message>
        <message>
            <source>Days</source>
            <comment>col.days</comment>
            <translation>Days</translation>
        </message>
        <message>
            <source>Joint</source>
            <comment>col.joint</comment>
            <translation>Joint</translation>
        </message>
        <message>
            <source>Demo</source>
            <comment>col.demo</comment>
            <translation>Demo</translation>
        </message>
        <message>
            <source>Coaching</source>
            <comment>col.coaching</comment>
            <translation>Coaching</translation>
        </message>
        <message>
            <source>Avg. rating</source>
            <comment>col.average</comment>
            <translation>Avg. rating</translation>
        </message>
        <message>
            <source>Open actions</source>
            <comment>col.open_actions</comment>
            <translation>Open actions</translation>
        </message>
        <message>
            <source>Late reports</source>
            <comment>col.late</comment>
            <translation>Late reports</translation>
        </message>
        <message>
            <source>Calls</source>
            <comment>col.calls</comment>
            <translation>Calls</translation>
        </message>
        <message>
            <source>Team</source>
            <comment>team.total</comment>
            <translation>Team</translation>
        </message>
        <message>
            <source>Co-visits this month</source>
            <comment>team.list</comment>
            <translation>Co-visits this month</translation>
        </message>
        <message>
            <source>No co-visits this month.</source>
            <comment>team.no_covisits</comment>
            <translation>No co-visits this month.</translation>
        </message>
        <message>
            <source>late</source>
            <comment>team.late_mark</comment>
            <translation>late</translation>
        </message>
        <message>
            <source>Co-visit days</source>
            <comment>team.covisit_days</comment>
            <translation>Co-visit days</translation>
        </message>
        <message>
            <source>Current month: working days are counted up to {date}.</source>
            <comment>team.counted_to</comment>
            <translation>Current month: working days are counted up to {date}.</translation>
        </message>
        <message>
            <source>This month has not begun: no working days yet.</source>
            <comment>team.not_begun</comment>
            <translation>This month has not begun: no working days yet.</translation>
        </message>
        <message>
            <source>Late: not signed by the end of {day}</source>
            <comment>covisit.late_unsigned</comment>
            <translation>Late: not signed by the end of {day}</translation>
        </message>
        <message>
            <source>Last time's actions, reviewed</source>
            <comment>covisit.review</comment>
            <translation>Last time's actions, reviewed</translation>
        </message>
        <message>
            <source>Not reviewed yet</source>
            <comment>covisit.not_reviewed</comment>
            <translation>Not reviewed yet</translation>
        </message>
        <message>
            <source>Manager's comment</source>
            <comment>covisit.manager_comments</comment>
            <translation>Manager's comment</translation>
        </message>
        <message>
            <source>Observation notes</source>
            <comment>covisit.observation_notes</comment>
            <translation>Observation notes</translation>
        </message>
        <message>
            <source>Outcome</source>
            <comment>col.outcome</comment>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Review note</source>
            <comment>col.review_note</comment>
            <translation>Review note</translation>
        </message>
        <message>
            <source>Agreed</source>
            <comment>col.agreed_on</comment>
            <translation>Agreed</translation>
        </message>
        <message>
            <source>Each rep's data as of their last sync: {reps}.</source>
            <comment>team.as_of</comment>
            <translation>Each rep's data as of their last sync: {reps}.</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>1 contact ({on_site} on-site, {phone} phone)</source>
            <comment>contact</comment>
            <translation>1 contact ({on_site} on-site, {phone} phone)</translation>
        </message>
        <message>
            <source>{n} contacts ({on_site} on-site, {phone} phone)</source>
            <comment>contacts</comment>
            <translation>{n} contacts ({on_site} on-site, {phone} phone)</translation>
        </message>
        <message>
            <source>Promise kept: {what} ({date})</source>
            <comment>kept</comment>
            <translation>Promise kept: {what} ({date})</translation>
        </message>
        <message>
            <source>Promise: {what} — due {date}</source>
            <comment>open</comment>
            <translation>Promise: {what} — due {date}</translation>
        </message>
        <message>
            <source>Overdue promise: {what} (due {date})</source>
            <comment>overdue</comment>
            <translation>Overdue promise: {what} (due {date})</translation>
        </message>
        <message>
            <source>{n} contact record(s) still in draft</source>
            <comment>drafts</comment>
            <translation>{n} contact record(s) still in draft</translation>
        </message>
        <message>
            <source>Next visit {date}</source>
            <comment>next_visit</comment>
            <translation>Next visit {date}</translation>
        </message>
        <message>
            <source>New account: {kind}{city}</source>
            <comment>new_account</comment>
            <translation>New account: {kind}{city}</translation>
        </message>
        <message>
            <source>Contact records still in draft: {n}</source>
            <comment>drafts</comment>
            <translation>Contact records still in draft: {n}</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Enter the account's name.</source>
            <translation>Enter the account's name.</translation>
        </message>
        <message>
            <source>Choose the account type.</source>
            <translation>Choose the account type.</translation>
        </message>
        <message>
            <source>Enter a phone number such as 010-6529 5114, 0755-8888 1234 ext 806, 138 0013 8000 or +86 21 6408 5566.</source>
            <translation>Enter a phone number such as 010-6529 5114, 0755-8888 1234 ext 806, 138 0013 8000 or +86 21 6408 5566.</translation>
        </message>
        <message>
            <source>Add the area code in front of the landline number, e.g. 010-6529 5114.</source>
            <translation>Add the area code in front of the landline number, e.g. 010-6529 5114.</translation>
        </message>
        <message>
            <source>Enter an 11-digit mobile number starting with 1, e.g. 138 0013 8000.</source>
            <translation>Enter an 11-digit mobile number starting with 1, e.g. 138 0013 8000.</translation>
        </message>
        <message>
            <source>Enter an e-mail address such as name@hospital.cn.</source>
            <translation>Enter an e-mail address such as name@hospital.cn.</translation>
        </message>
        <message>
            <source>Enter a web address such as www.pumch.cn (no spaces).</source>
            <translation>Enter a web address such as www.pumch.cn (no spaces).</translation>
        </message>
        <message>
            <source>Enter an amount in yuan, e.g. 12500 or 12,500.50.</source>
            <translation>Enter an amount in yuan, e.g. 12500 or 12,500.50.</translation>
        </message>
        <message>
            <source>An amount cannot be negative.</source>
            <translation>An amount cannot be negative.</translation>
        </message>
        <message>
            <source>Use at most two decimals (fen), e.g. 12.50.</source>
            <translation>Use at most two decimals (fen), e.g. 12.50.</translation>
        </message>
        <message>
            <source>This amount is too large; check the digits.</source>
            <translation>This amount is too large; check the digits.</translation>
        </message>
        <message>
            <source>Enter a whole number of 0 or more.</source>
            <translation>Enter a whole number of 0 or more.</translation>
        </message>
        <message>
            <source>Enter a date as YYYY-MM-DD, e.g. 2025-03-31.</source>
            <translation>Enter a date as YYYY-MM-DD, e.g. 2025-03-31.</translation>
        </message>
        <message>
            <source>Enter the date.</source>
            <translation>Enter the date.</translation>
        </message>
        <message>
            <source>This date is in the future; check it.</source>
            <translation>This date is in the future; check it.</translation>
        </message>
        <message>
            <source>The end date must be on or after the start date.</source>
            <translation>The end date must be on or after the start date.</translation>
        </message>
        <message>
            <source>Choose the tier before the sub-tier.</source>
            <translation>Choose the tier before the sub-tier.</translation>
        </message>
        <message>
            <source>The sub-tier must belong to the tier: A1 or A2 for A, B1 or B2 for B, C for C and D.</source>
            <translation>The sub-tier must belong to the tier: A1 or A2 for A, B1 or B2 for B, C for C and D.</translation>
        </message>
        <message>
            <source>Give a score from 1 to 5.</source>
            <translation>Give a score from 1 to 5.</translation>
        </message>
        <message>
            <source>This period already has a grading; edit that row instead of adding another.</source>
            <translation>This period already has a grading; edit that row instead of adding another.</translation>
        </message>
        <message>
            <source>This period already has a contribution row; edit that row instead.</source>
            <translation>This period already has a contribution row; edit that row instead.</translation>
        </message>
        <message>
            <source>This product already has a price from that date; edit that row instead.</source>
            <translation>This product already has a price from that date; edit that row instead.</translation>
        </message>
        <message>
            <source>The period or date of a saved history row cannot be changed; add a new row instead.</source>
            <translation>The period or date of a saved history row cannot be changed; add a new row instead.</translation>
        </message>
        <message>
            <source>Enter the product.</source>
            <translation>Enter the product.</translation>
        </message>
        <message>
            <source>Enter the price.</source>
            <translation>Enter the price.</translation>
        </message>
        <message>
            <source>Describe the complaint.</source>
            <translation>Describe the complaint.</translation>
        </message>
        <message>
            <source>Enter the project's name.</source>
            <translation>Enter the project's name.</translation>
        </message>
        <message>
            <source>Choose the buying stage.</source>
            <translation>Choose the buying stage.</translation>
        </message>
        <message>
            <source>Choose quarter or year.</source>
            <translation>Choose quarter or year.</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>Enter the person's name.</translation>
        </message>
        <message>
            <source>This text is too long; shorten it.</source>
            <translation>This text is too long; shorten it.</translation>
        </message>
        <message>
            <source>Choose the account.</source>
            <translation>Choose the account.</translation>
        </message>
        <message>
            <source>This person already works at that account; choose another one.</source>
            <translation>This person already works at that account; choose another one.</translation>
        </message>
        <message>
            <source>The role ends before it began; check the date.</source>
            <translation>The role ends before it began; check the date.</translation>
        </message>
    </context>
</TS>
