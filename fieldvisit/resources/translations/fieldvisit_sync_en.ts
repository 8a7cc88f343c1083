<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Show the conflicts of the last syncs</source>
        <translation>Show the conflicts of the last syncs</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sync with the team server now</source>
        <translation>Sync with the team server now</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>Last sync {time}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline — changes wait</source>
        <translation>Offline — changes wait</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Sync &amp;conflicts…</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Manager's comment</source>
        <translation>Manager's comment</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Rep's comments</source>
        <translation>Rep's comments</translation>
    </message>
    <message>
        <source>Manager's comments</source>
        <translation>Manager's comments</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>{step} ({kind})</source>
        <translation>{step} ({kind})</translation>
    </message>
    <message>
        <source>Plan submitted</source>
        <translation>Plan submitted</translation>
    </message>
    <message>
        <source>Plan withdrawn</source>
        <translation>Plan withdrawn</translation>
    </message>
    <message>
        <source>Plan approved or returned</source>
        <translation>Plan approved or returned</translation>
    </message>
    <message>
        <source>Accounts merged</source>
        <translation>Accounts merged</translation>
    </message>
    <message>
        <source>Stakeholders merged</source>
        <translation>Stakeholders merged</translation>
    </message>
    <message>
        <source>Accounts deleted for good</source>
        <translation>Accounts deleted for good</translation>
    </message>
    <message>
        <source>Stakeholders deleted for good</source>
        <translation>Stakeholders deleted for good</translation>
    </message>
    <message>
        <source>Report acknowledged</source>
        <translation>Report acknowledged</translation>
    </message>
    <message>
        <source>Report acknowledged in person</source>
        <translation>Report acknowledged in person</translation>
    </message>
    <message>
        <source>Report signed</source>
        <translation>Report signed</translation>
    </message>
    <message>
        <source>Report corrected</source>
        <translation>Report corrected</translation>
    </message>
    <message>
        <source>A step</source>
        <translation>A step</translation>
    </message>
    <message>
        <source>A co-visit report or a visit plan on the team server still refers to it, so it was not deleted; it is back on this laptop.</source>
        <translation>A co-visit report or a visit plan on the team server still refers to it, so it was not deleted; it is back on this laptop.</translation>
    </message>
    <message>
        <source>On the team server it is not in the trash (someone restored it), so it was not deleted; it is back on this laptop.</source>
        <translation>On the team server it is not in the trash (someone restored it), so it was not deleted; it is back on this laptop.</translation>
    </message>
    <message>
        <source>Deleting for good is checked by the team server; empty the trash again.</source>
        <translation>Deleting for good is checked by the team server; empty the trash again.</translation>
    </message>
    <message>
        <source>The plan was submitted or approved on the team server; it cannot be changed until it is withdrawn or returned.</source>
        <translation>The plan was submitted or approved on the team server; it cannot be changed until it is withdrawn or returned.</translation>
    </message>
    <message>
        <source>The manager had already decided on the plan.</source>
        <translation>The manager had already decided on the plan.</translation>
    </message>
    <message>
        <source>The plan had already been submitted.</source>
        <translation>The plan had already been submitted.</translation>
    </message>
    <message>
        <source>The plan was no longer submitted (the rep had withdrawn it).</source>
        <translation>The plan was no longer submitted (the rep had withdrawn it).</translation>
    </message>
    <message>
        <source>The rep changed the plan after you read it; read it again before deciding.</source>
        <translation>The rep changed the plan after you read it; read it again before deciding.</translation>
    </message>
    <message>
        <source>The plan had no planned contacts on the team server.</source>
        <translation>The plan had no planned contacts on the team server.</translation>
    </message>
    <message>
        <source>It was no longer on the team server.</source>
        <translation>It was no longer on the team server.</translation>
    </message>
    <message>
        <source>Comment on a record</source>
        <translation>Comment on a record</translation>
    </message>
    <message>
        <source>Day report</source>
        <translation>Day report</translation>
    </message>
    <message>
        <source>Comment on a day report</source>
        <translation>Comment on a day report</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>The team server did not take these changes as they were made on this laptop. Keep the team's version, or apply yours again: it goes to the server at the next sync.</source>
        <translation>The team server did not take these changes as they were made on this laptop. Keep the team's version, or apply yours again: it goes to the server at the next sync.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>The team's</source>
        <translation>The team's</translation>
    </message>
    <message>
        <source>No conflicts: every change went through.</source>
        <translation>No conflicts: every change went through.</translation>
    </message>
    <message>
        <source>&amp;Apply mine again</source>
        <translation>&amp;Apply mine again</translation>
    </message>
    <message>
        <source>Write my version back; it is sent at the next sync</source>
        <translation>Write my version back; it is sent at the next sync</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Keep theirs</translation>
    </message>
    <message>
        <source>Keep the team's version</source>
        <translation>Keep the team's version</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Personal profile</source>
        <translation>Personal profile</translation>
    </message>
    <message>
        <source>Contact record</source>
        <translation>Contact record</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>Monthly plan</source>
        <translation>Monthly plan</translation>
    </message>
    <message>
        <source>Planned contact</source>
        <translation>Planned contact</translation>
    </message>
    <message>
        <source>Co-visit</source>
        <translation>Co-visit</translation>
    </message>
    <message>
        <source>Co-visit call</source>
        <translation>Co-visit call</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Someone else changed this field too; theirs arrived later.</source>
        <translation>Someone else changed this field too; theirs arrived later.</translation>
    </message>
    <message>
        <source>The record was completed meanwhile; a completed record stays as it was.</source>
        <translation>The record was completed meanwhile; a completed record stays as it was.</translation>
    </message>
    <message>
        <source>Outside your scope: this belongs to another rep's territory.</source>
        <translation>Outside your scope: this belongs to another rep's territory.</translation>
    </message>
    <message>
        <source>Your role may not change this.</source>
        <translation>Your role may not change this.</translation>
    </message>
    <message>
        <source>Only the team's administrator changes this, on the server.</source>
        <translation>Only the team's administrator changes this, on the server.</translation>
    </message>
    <message>
        <source>The team server refused this change.</source>
        <translation>The team server refused this change.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{kind}: {label}</source>
        <translation>{kind}: {label}</translation>
    </message>
    <message>
        <source>This version cannot be applied again: what it belongs to is no longer on this laptop. Keep the team's version instead.</source>
        <translation>This version cannot be applied again: what it belongs to is no longer on this laptop. Keep the team's version instead.</translation>
    </message>
    <message>
        <source>The co-visit report was signed off on the team server; a signed report never changes. Correct it as a new revision.</source>
        <translation>The co-visit report was signed off on the team server; a signed report never changes. Correct it as a new revision.</translation>
    </message>
    <message>
        <source>The co-visit report had moved on to another revision on the team server; read the current revision first.</source>
        <translation>The co-visit report had moved on to another revision on the team server; read the current revision first.</translation>
    </message>
    <message>
        <source>The manager changed the co-visit report after it was read; read it again and acknowledge the current content.</source>
        <translation>The manager changed the co-visit report after it was read; read it again and acknowledge the current content.</translation>
    </message>
    <message>
        <source>The rep had not acknowledged this revision of the co-visit report on the team server; it cannot be signed yet.</source>
        <translation>The rep had not acknowledged this revision of the co-visit report on the team server; it cannot be signed yet.</translation>
    </message>
    <message>
        <source>The co-visit report on the team server is not complete; it cannot be signed.</source>
        <translation>The co-visit report on the team server is not complete; it cannot be signed.</translation>
    </message>
    <message>
        <source>The co-visit report was not signed off on the team server; there is nothing to correct.</source>
        <translation>The co-visit report was not signed off on the team server; there is nothing to correct.</translation>
    </message>
    <message>
        <source>This co-visit report is not yours to do this with.</source>
        <translation>This co-visit report is not yours to do this with.</translation>
    </message>
    <message>
        <source>The co-visit report was no longer on the team server.</source>
        <translation>The co-visit report was no longer on the team server.</translation>
    </message>
    <message>
        <source>Revisions of a co-visit report are made by the team server when it is corrected.</source>
        <translation>Revisions of a co-visit report are made by the team server when it is corrected.</translation>
    </message>
    <message>
        <source>The rep's acknowledgement code was wrong: the report is not acknowledged. The rep acknowledges again with their own code.</source>
        <translation>The rep's acknowledgement code was wrong: the report is not acknowledged. The rep acknowledges again with their own code.</translation>
    </message>
    <message>
        <source>The rep has not set an acknowledgement code yet (Settings, on the rep's own laptop): the report is not acknowledged.</source>
        <translation>The rep has not set an acknowledgement code yet (Settings, on the rep's own laptop): the report is not acknowledged.</translation>
    </message>
    <message>
        <source>The rep's acknowledgement code was entered wrongly too often and no longer works; the rep sets a new one on their own laptop.</source>
        <translation>The rep's acknowledgement code was entered wrongly too often and no longer works; the rep sets a new one on their own laptop.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Use FieldVisit &amp;alone on this laptop</source>
        <translation>Use FieldVisit &amp;alone on this laptop</translation>
    </message>
    <message>
        <source>&amp;Join a team</source>
        <translation>&amp;Join a team</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>Team server address</translation>
    </message>
    <message>
        <source>For example: https://fieldvisit.example.com</source>
        <translation>For example: https://fieldvisit.example.com</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>The one-time code from your administrator</source>
        <translation>The one-time code from your administrator</translation>
    </message>
    <message>
        <source>Your name and role come from the team server. What this laptop already holds goes to the team at the first sync.</source>
        <translation>Your name and role come from the team server. What this laptop already holds goes to the team at the first sync.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Joining failed ({kind}).</source>
        <translation>Joining failed ({kind}).</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Joining…</translation>
    </message>
    <message>
        <source>The team server cannot be reached. Check the address and the network, then try again; nothing was changed.</source>
        <translation>The team server cannot be reached. Check the address and the network, then try again; nothing was changed.</translation>
    </message>
    <message>
        <source>This address did not answer as a FieldVisit team server.</source>
        <translation>This address did not answer as a FieldVisit team server.</translation>
    </message>
    <message>
        <source>A team server is reached over https:// (TLS).</source>
        <translation>A team server is reached over https:// (TLS).</translation>
    </message>
    <message>
        <source>This laptop is already in a team.</source>
        <translation>This laptop is already in a team.</translation>
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
</context>
</TS>
