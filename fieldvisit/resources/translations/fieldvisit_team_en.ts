<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add a person to the team</source>
        <translation>Add a person to the team</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>The server makes a one-time code for the new person; you see it once, next, to give to them.</source>
        <translation>The server makes a one-time code for the new person; you see it once, next, to give to them.</translation>
    </message>
    <message>
        <source>Name: enter the person's name.</source>
        <translation>Name: enter the person's name.</translation>
    </message>
    <message>
        <source>Manager: a rep needs a manager; add a manager first.</source>
        <translation>Manager: a rep needs a manager; add a manager first.</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Give this code to {name}</source>
        <translation>Give this code to {name}</translation>
    </message>
    <message>
        <source>{name} enters it in FieldVisit when joining the team, with this server's address. It works once, for seven days. It is shown only now: copy it or write it down before closing. A lost code is replaced with New code.</source>
        <translation>{name} enters it in FieldVisit when joining the team, with this server's address. It works once, for seven days. It is shown only now: copy it or write it down before closing. A lost code is replaced with New code.</translation>
    </message>
</context>
<context>
    <name>ChoosePersonDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>A manager keeps the role while reps report to them, and an administrator holds no accounts: move those first.</source>
        <translation>A manager keeps the role while reps report to them, and an administrator holds no accounts: move those first.</translation>
    </message>
    <message>
        <source>Change the role of {name}</source>
        <translation>Change the role of {name}</translation>
    </message>
</context>
<context>
    <name>ServerAccountChooser</name>
    <message>
        <source>Find an account</source>
        <translation>Find an account</translation>
    </message>
    <message>
        <source>Part of the name or the city</source>
        <translation>Part of the name or the city</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Searching the team server…</source>
        <translation>Searching the team server…</translation>
    </message>
    <message>
        <source>No account matches.</source>
        <translation>No account matches.</translation>
    </message>
    <message>
        <source> (held by {name})</source>
        <translation> (held by {name})</translation>
    </message>
</context>
<context>
    <name>TerritoryDialog</name>
    <message>
        <source>Hand accounts to a rep</source>
        <translation>Hand accounts to a rep</translation>
    </message>
    <message>
        <source>Accounts to hand over</source>
        <translation>Accounts to hand over</translation>
    </message>
    <message>
        <source>Rep who takes them</source>
        <translation>Rep who takes them</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>&amp;To the rep:</source>
        <translation>&amp;To the rep:</translation>
    </message>
    <message>
        <source>Add to the list ↓</source>
        <translation>Add to the list ↓</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <source>1. Find an account and add it to the list:</source>
        <translation>1. Find an account and add it to the list:</translation>
    </message>
    <message>
        <source>2. Accounts to hand over:</source>
        <translation>2. Accounts to hand over:</translation>
    </message>
    <message>
        <source>The accounts go with their stakeholders, records and plans; the previous holder's laptop drops them at its next sync.</source>
        <translation>The accounts go with their stakeholders, records and plans; the previous holder's laptop drops them at its next sync.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>A new enrolment code for a new or replaced laptop</source>
        <translation>A new enrolment code for a new or replaced laptop</translation>
    </message>
    <message>
        <source>Reading the team from the server…</source>
        <translation>Reading the team from the server…</translation>
    </message>
    <message>
        <source>Sending the change to the team server…</source>
        <translation>Sending the change to the team server…</translation>
    </message>
    <message>
        <source>New &amp;manager:</source>
        <translation>New &amp;manager:</translation>
    </message>
    <message>
        <source>People, reporting lines and territories as the team server holds them. Changes go to the server at once and reach every laptop at its next sync.</source>
        <translation>People, reporting lines and territories as the team server holds them. Changes go to the server at once and reach every laptop at its next sync.</translation>
    </message>
    <message>
        <source>Your team as the team server holds it. You may hand accounts from one of your reps to another; people, roles and reporting lines are set by your administrator.</source>
        <translation>Your team as the team server holds it. You may hand accounts from one of your reps to another; people, roles and reporting lines are set by your administrator.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <source>&amp;Move to manager…</source>
        <translation>&amp;Move to manager…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>New &amp;code…</source>
        <translation>New &amp;code…</translation>
    </message>
    <message>
        <source>&amp;Hand over accounts…</source>
        <translation>&amp;Hand over accounts…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>{name} was added to the team.</source>
        <translation>{name} was added to the team.</translation>
    </message>
    <message>
        <source>A new code for {name} was made.</source>
        <translation>A new code for {name} was made.</translation>
    </message>
    <message>
        <source>Move {name} to another manager</source>
        <translation>Move {name} to another manager</translation>
    </message>
    <message>
        <source>{name} now reports to the new manager.</source>
        <translation>{name} now reports to the new manager.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name} is now {role}.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) handed to {name}.</source>
        <translation>
            <numerusform>%n account handed to {name}.</numerusform>
            <numerusform>%n accounts handed to {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy version “{name}” was saved.</source>
        <translation>The policy version “{name}” was saved.</translation>
    </message>
    <message>
        <source>The team could not be read or changed ({reason}).</source>
        <translation>The team could not be read or changed ({reason}).</translation>
    </message>
</context>
<context>
    <name>PolicyPanel</name>
    <message>
        <source>Visit frequency policy (the whole team)</source>
        <translation>Visit frequency policy (the whole team)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Name of the new version</source>
        <translation>Name of the new version</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Effective from:</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Phone contacts</source>
        <translation>Phone contacts</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Visits a month</source>
        <translation>Visits a month</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>as needed</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <source>Default tier frequency</source>
        <translation>Default tier frequency</translation>
    </message>
    <message>
        <source> (in force)</source>
        <translation> (in force)</translation>
    </message>
    <message>
        <source>Change the figures, name the version and choose the day it takes effect; the server keeps earlier versions for the months they governed, and every laptop receives the new one at its next sync.</source>
        <translation>Change the figures, name the version and choose the day it takes effect; the server keeps earlier versions for the months they governed, and every laptop receives the new one at its next sync.</translation>
    </message>
    <message>
        <source>Read only: the team server lets only administrators change the visit frequency policy. Ask your administrator for a change.</source>
        <translation>Read only: the team server lets only administrators change the visit frequency policy. Ask your administrator for a change.</translation>
    </message>
    <message>
        <source>Name: enter a name for the new version, e.g. “2027 revision”.</source>
        <translation>Name: enter a name for the new version, e.g. “2027 revision”.</translation>
    </message>
    <message>
        <source>{name} — from {day}</source>
        <translation>{name} — from {day}</translation>
    </message>
    <message>
        <source>C and D</source>
        <translation>C and D</translation>
    </message>
    <message>
        <source>Phone contacts, tier {}</source>
        <translation>Phone contacts, tier {}</translation>
    </message>
    <message>
        <source>Phone period, tier {}</source>
        <translation>Phone period, tier {}</translation>
    </message>
    <message>
        <source>Visits a month, tier {}</source>
        <translation>Visits a month, tier {}</translation>
    </message>
    <message>
        <source>Effective from: “{name}” already starts on that day; choose another day.</source>
        <translation>Effective from: “{name}” already starts on that day; choose another day.</translation>
    </message>
</context>
</TS>
