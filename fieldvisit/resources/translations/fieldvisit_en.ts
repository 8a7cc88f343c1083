<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AccountsPage</name>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Customer cards for hospitals, clinics, pharmacies and distributors, and the stakeholders you work with in each.</source>
            <translation>Customer cards for hospitals, clinics, pharmacies and distributors, and the stakeholders you work with in each.</translation>
        </message>
    </context>
    <context>
        <name>CoVisitsPage</name>
        <message>
            <source>Co-visits</source>
            <translation>Co-visits</translation>
        </message>
        <message>
            <source>Days in the field beside a rep: the calls made together, the coaching given and the action plan agreed.</source>
            <translation>Days in the field beside a rep: the calls made together, the coaching given and the action plan agreed.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to FieldVisit</source>
            <translation>Welcome to FieldVisit</translation>
        </message>
        <message>
            <source>Tell FieldVisit who uses this laptop. Your name appears on contact records, visit plans and co-visit reports.</source>
            <translation>Tell FieldVisit who uses this laptop. Your name appears on contact records, visit plans and co-visit reports.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>For example: Wang Fang</source>
            <translation>For example: Wang Fang</translation>
        </message>
        <message>
            <source>Sets your field-day target: at least 70 % of working days in the field when office-based, 60 % when home-based.</source>
            <translation>Sets your field-day target: at least 70 % of working days in the field when office-based, 60 % when home-based.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <source>Work base:</source>
            <translation>Work base:</translation>
        </message>
        <message>
            <source>Start using FieldVisit</source>
            <translation>Start using FieldVisit</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>Quit FieldVisit</source>
            <translation>Quit FieldVisit</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Enter your name.</source>
            <translation>Enter your name.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Stakeholders</translation>
        </message>
        <message>
            <source>Contact records</source>
            <translation>Contact records</translation>
        </message>
        <message>
            <source>Promises</source>
            <translation>Promises</translation>
        </message>
        <message>
            <source>Monthly plans</source>
            <translation>Monthly plans</translation>
        </message>
        <message>
            <source>Planned contacts</source>
            <translation>Planned contacts</translation>
        </message>
        <message>
            <source>Frequency policies</source>
            <translation>Frequency policies</translation>
        </message>
        <message>
            <source>Co-visits</source>
            <translation>Co-visits</translation>
        </message>
        <message>
            <source>Co-visit calls</source>
            <translation>Co-visit calls</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Action items</translation>
        </message>
        <message>
            <source>Summary reports</source>
            <translation>Summary reports</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>FieldVisit — {name}</source>
            <translation>FieldVisit — {name}</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>Sample data loaded.</source>
            <translation>Sample data loaded.</translation>
        </message>
        <message>
            <source>About FieldVisit</source>
            <translation>About FieldVisit</translation>
        </message>
        <message>
            <source>&lt;h3&gt;FieldVisit {version}&lt;/h3&gt;&lt;p&gt;Customer cards, contact records, visit plans and co-visit reports for field sales teams, on your own laptop, offline.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;FieldVisit {version}&lt;/h3&gt;&lt;p&gt;Customer cards, contact records, visit plans and co-visit reports for field sales teams, on your own laptop, offline.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About FieldVisit</source>
            <translation>&amp;About FieldVisit</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>Database: {location}</translation>
        </message>
        <message>
            <source>&amp;New record…</source>
            <translation>&amp;New record…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Find account</source>
            <translation>&amp;Find account</translation>
        </message>
        <message>
            <source>{page} ({count})</source>
            <translation>{page} ({count})</translation>
        </message>
        <message numerus="yes">
            <source>{page}: %n item(s) need action</source>
            <translation>
                <numerusform>{page}: %n item needs action</numerusform>
                <numerusform>{page}: %n items need action</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Monthly visit plans submitted for approval, checked against the visit frequency each tier needs.</source>
            <translation>Monthly visit plans submitted for approval, checked against the visit frequency each tier needs.</translation>
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <source>Contact records</source>
            <translation>Contact records</translation>
        </message>
        <message>
            <source>A record after every call: objectives, what was said, successes, shortcomings and lessons, and the promises to follow up.</source>
            <translation>A record after every call: objectives, what was said, successes, shortcomings and lessons, and the promises to follow up.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Weekly, monthly and yearly customer management reports: plans completed, plans in progress and new plans.</source>
            <translation>Weekly, monthly and yearly customer management reports: plans completed, plans in progress and new plans.</translation>
        </message>
    </context>
    <context>
        <name>SampleDataDialog</name>
        <message>
            <source>Load sample data</source>
            <translation>Load sample data</translation>
        </message>
        <message>
            <source>FieldVisit creates a fictional territory: accounts with their stakeholders, contact records, promises, visit plans and co-visits. Everything is written at once; cancelling leaves the database unchanged.</source>
            <translation>FieldVisit creates a fictional territory: accounts with their stakeholders, contact records, promises, visit plans and co-visits. Everything is written at once; cancelling leaves the database unchanged.</translation>
        </message>
        <message>
            <source>Number of accounts</source>
            <translation>Number of accounts</translation>
        </message>
        <message>
            <source>&amp;Accounts:</source>
            <translation>&amp;Accounts:</translation>
        </message>
        <message>
            <source>&amp;Load</source>
            <translation>&amp;Load</translation>
        </message>
        <message>
            <source>FieldVisit creates a fictional sales team in Hunan province (Changsha, Zhuzhou and Xiangtan; more cities of the province for larger samples): accounts with their stakeholders, contact records, promises, visit plans and co-visits. Everything is written at once; cancelling leaves the database unchanged.</source>
            <translation>FieldVisit creates a fictional sales team in Hunan province (Changsha, Zhuzhou and Xiangtan; more cities of the province for larger samples): accounts with their stakeholders, contact records, promises, visit plans and co-visits. Everything is written at once; cancelling leaves the database unchanged.</translation>
        </message>
    </context>
    <context>
        <name>SampleDataLoader</name>
        <message>
            <source>Creating sample data…</source>
            <translation>Creating sample data…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Load sample data</source>
            <translation>Load sample data</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Creating sample data… {done} of {total} accounts</source>
            <translation>Creating sample data… {done} of {total} accounts</translation>
        </message>
        <message>
            <source>Sample data could not be loaded. Nothing was saved.</source>
            <translation>Sample data could not be loaded. Nothing was saved.</translation>
        </message>
        <message>
            <source>Loading sample data was cancelled.</source>
            <translation>Loading sample data was cancelled.</translation>
        </message>
        <message>
            <source>The database is unchanged.</source>
            <translation>The database is unchanged.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>FieldVisit could not start.</source>
            <translation>FieldVisit could not start.</translation>
        </message>
        <message>
            <source>The database file cannot be used: {}</source>
            <translation>The database file cannot be used: {}</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>No customers yet</source>
            <translation>No customers yet</translation>
        </message>
        <message>
            <source>Customer cards, contact records, visit plans and co-visits all start from your accounts. Load a sample territory to see FieldVisit at work, or start with an empty database and add your own customers.</source>
            <translation>Customer cards, contact records, visit plans and co-visits all start from your accounts. Load a sample territory to see FieldVisit at work, or start with an empty database and add your own customers.</translation>
        </message>
        <message>
            <source>Load sample data…</source>
            <translation>Load sample data…</translation>
        </message>
        <message>
            <source>Start with an empty database</source>
            <translation>Start with an empty database</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Close the other program or window using the database, then try again.</source>
            <translation>Close the other program or window using the database, then try again.</translation>
        </message>
        <message>
            <source>Free some space on the disk, then try again.</source>
            <translation>Free some space on the disk, then try again.</translation>
        </message>
        <message>
            <source>Make the data folder writable or move the database (Settings ▸ Data).</source>
            <translation>Make the data folder writable or move the database (Settings ▸ Data).</translation>
        </message>
        <message>
            <source>Check the disk or drive, then try again; make a backup soon.</source>
            <translation>Check the disk or drive, then try again; make a backup soon.</translation>
        </message>
        <message>
            <source>FieldVisit could not use its data</source>
            <translation>FieldVisit could not use its data</translation>
        </message>
        <message>
            <source>{reason}. {advice}</source>
            <translation>{reason}. {advice}</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>FieldVisit met an unexpected error</source>
            <translation>FieldVisit met an unexpected error</translation>
        </message>
        <message>
            <source>Something went wrong inside FieldVisit. This is a fault in the program, not in what you did. What was saved before is safe; the last change may not have been saved. You can go on working, or quit and start again.</source>
            <translation>Something went wrong inside FieldVisit. This is a fault in the program, not in what you did. What was saved before is safe; the last change may not have been saved. You can go on working, or quit and start again.</translation>
        </message>
        <message>
            <source>The details were written to the log: {location}</source>
            <translation>The details were written to the log: {location}</translation>
        </message>
        <message>
            <source>No log file is kept in this session.</source>
            <translation>No log file is kept in this session.</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Error details</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Open log folder</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
        <message>
            <source>Quit FieldVisit</source>
            <translation>Quit FieldVisit</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Click a line to deal with it.</source>
            <translation>Click a line to deal with it.</translation>
        </message>
        <message>
            <source>What needs you today</source>
            <translation>What needs you today</translation>
        </message>
        <message>
            <source>Nothing needs you today.</source>
            <translation>Nothing needs you today.</translation>
        </message>
        <message>
            <source>Acknowledge the report</source>
            <translation>Acknowledge the report</translation>
        </message>
        <message>
            <source>Co-visit with {name}, {day}</source>
            <translation>Co-visit with {name}, {day}</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Who are you?</translation>
        </message>
        <message>
            <source>Choose who you are in File › Settings to see your day here.</source>
            <translation>Choose who you are in File › Settings to see your day here.</translation>
        </message>
        <message>
            <source>No visits planned for today, no promises due, no drafts or reports waiting. A good moment to plan ahead or look through your accounts.</source>
            <translation>No visits planned for today, no promises due, no drafts or reports waiting. A good moment to plan ahead or look through your accounts.</translation>
        </message>
        <message>
            <source>Show them all on their page</source>
            <translation>Show them all on their page</translation>
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
            <source>Write the record of this contact</source>
            <translation>Write the record of this contact</translation>
        </message>
        <message>
            <source>Open the record</source>
            <translation>Open the record</translation>
        </message>
        <message>
            <source>Open the customer card</source>
            <translation>Open the customer card</translation>
        </message>
        <message>
            <source>Open the co-visit report</source>
            <translation>Open the co-visit report</translation>
        </message>
        <message>
            <source>Open the plan</source>
            <translation>Open the plan</translation>
        </message>
        <message>
            <source>Late: a record is due within two days</source>
            <translation>Late: a record is due within two days</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Sign the report</source>
            <translation>Sign the report</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Not started yet</translation>
        </message>
        <message>
            <source>Contact of {day}</source>
            <translation>Contact of {day}</translation>
        </message>
        <message>
            <source>Finish the report</source>
            <translation>Finish the report</translation>
        </message>
        <message>
            <source>Plan for {month}</source>
            <translation>Plan for {month}</translation>
        </message>
        <message>
            <source>Returned: change and submit it again</source>
            <translation>Returned: change and submit it again</translation>
        </message>
        <message>
            <source>Not submitted yet</source>
            <translation>Not submitted yet</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>No due date</translation>
        </message>
        <message>
            <source>{section} ({count})</source>
            <translation>{section} ({count})</translation>
        </message>
        <message>
            <source>Due {day}</source>
            <translation>Due {day}</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… and {count} more</translation>
        </message>
        <message>
            <source>From the co-visit with {name}</source>
            <translation>From the co-visit with {name}</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>MMMM yyyy</translation>
        </message>
        <message>
            <source>Plan ahead</source>
            <translation>Plan ahead</translation>
        </message>
        <message>
            <source>Your accounts</source>
            <translation>Your accounts</translation>
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
            <source>Open the report at its sign-off</source>
            <translation>Open the report at its sign-off</translation>
        </message>
        <message>
            <source>Open the plan to approve or return it</source>
            <translation>Open the plan to approve or return it</translation>
        </message>
        <message>
            <source>Open the day report</source>
            <translation>Open the day report</translation>
        </message>
        <message>
            <source>Submitted: approve or return it</source>
            <translation>Submitted: approve or return it</translation>
        </message>
        <message>
            <source>Day report of {day}</source>
            <translation>Day report of {day}</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Not sent</translation>
        </message>
        <message>
            <source>Sent: read it and comment</source>
            <translation>Sent: read it and comment</translation>
        </message>
        <message>
            <source>{rep}'s contact of {day}</source>
            <translation>{rep}'s contact of {day}</translation>
        </message>
        <message>
            <source>{rep}'s action, from your co-visit</source>
            <translation>{rep}'s action, from your co-visit</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>Copy the database into the backup folder chosen in Settings</source>
            <translation>Copy the database into the backup folder chosen in Settings</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Restore from a backup…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>FieldVisit databases (*.db *.sqlite);;All files (*)</source>
            <translation>FieldVisit databases (*.db *.sqlite);;All files (*)</translation>
        </message>
        <message>
            <source>This laptop syncs with a team server: restore it with FieldVisit closed, from the command line (fieldvisit restore FILE), so that sync starts again from the restored data.</source>
            <translation>This laptop syncs with a team server: restore it with FieldVisit closed, from the command line (fieldvisit restore FILE), so that sync starts again from the restored data.</translation>
        </message>
        <message>
            <source>Replace the database with this backup? Everything entered since the backup was taken is replaced; the current database is kept aside in the backups folder. Open cards, records and co-visits close first.</source>
            <translation>Replace the database with this backup? Everything entered since the backup was taken is replaced; the current database is kept aside in the backups folder. Open cards, records and co-visits close first.</translation>
        </message>
        <message>
            <source>Restored {file}.</source>
            <translation>Restored {file}.</translation>
        </message>
        <message>
            <source>Choose the document to print on the Reports page.</source>
            <translation>Choose the document to print on the Reports page.</translation>
        </message>
        <message>
            <source>Backed up to {location}</source>
            <translation>Backed up to {location}</translation>
        </message>
        <message>
            <source>The backup failed: {}</source>
            <translation>The backup failed: {}</translation>
        </message>
        <message>
            <source>The database it replaced is kept at {path}.</source>
            <translation>The database it replaced is kept at {path}.</translation>
        </message>
    </context>
</TS>
