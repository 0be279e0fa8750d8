<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppointmentService</name>
    <message>
        <source>Choose the family member the appointment is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the counsellor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date and time of the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between 5 minutes and 8 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the appointment takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown consultation type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an appointment from %2 to %3 with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened to the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment is already marked «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the appointment is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked appointment can be marked as arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked appointment can be called in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentService</name>
    <message>
        <source>Choose the kind of assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer all five statements, each from 0 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of work experience must be between 0 and 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown barrier: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counsellors and supervisors record assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the assessment cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assignments</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household&apos;s file is archived: it is not reassigned or transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators reassign families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the families to reassign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active field worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators transfer families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This centre is not known here: choose one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family is already at this centre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>a member whose data is not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user not known here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the account %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated the account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated the account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One member of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral made by %1 arrived by sync without the member&apos;s consent to sharing with that partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole database, as a canonical dump (command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every household and member, in the import format (command line): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators report (command line): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warning lists (command line): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The households list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every household and member, in the import format: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Opened a household file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read confidential notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed or saved a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved a sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators read the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was written by another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased a person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received a referral made without consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The disk is full: the backup %1 was not made. Free some space or choose another disk or USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another window or program; the backup was not made. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged: the backup %1 was not made. Keep the earlier backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was not made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already there; a backup never replaces a file. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the way and could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 did not read back whole; it was not kept. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was not kept: no account of the database has a key to open it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be given its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (it may have been copied only partly). Nothing was changed; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tamkeen backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Tamkeen. Update Tamkeen on this computer first; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 and the database %2 are not both encrypted. Restore it under a new name, open that, and use it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by another program; close Tamkeen and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>Choose a folder for the backups first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 could not be created. Is the USB stick or disk plugged in?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareLevels</name>
    <message>
        <source>Primary prevention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary prevention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual case management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialised services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensive services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only field workers, counsellors and supervisors assess a family&apos;s level of care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the level of care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day of the assessment, today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the family needs this level of care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household&apos;s file is archived: its level of care is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeSigning</name>
    <message>
        <source>Changes to %1 must be signed by the person who makes them, and no signing key is unlocked for the current user. Log in again with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the change to sign is not in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation belongs to no organisation yet: set it up first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicText</name>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed</source>
        <translation>
            <numerusform>%Ln missed</numerusform>
            <numerusform>%Ln missed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicViews</name>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered (file %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income: %1 %2 a month (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling session with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators change this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment plan drawn up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan submitted for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan returned for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan ended with exit from support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicVocabulary</name>
    <message>
        <source>At the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing (WHO-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators can add consultation types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the consultation type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consultation type already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicalKeys</name>
    <message>
        <source>Confidential notes cannot be written on this computer yet: the clinic&apos;s key has not reached it. A counsellor or supervisor who logs in here makes it, or it arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator uses the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active counsellor or supervisor can be given the keys of confidential notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key opens none of the keys of confidential notes in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conditions</name>
    <message>
        <source>Each child of school age (6 to 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each child under six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each mother of a child under six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators set a programme&apos;s conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the programme and the condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whom the condition is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what is measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how often it is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold is a percentage above 0 and at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold is a number of visits from 1 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month or quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This condition no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance is recorded for a period that has begun, not a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this family is concerned by this condition for that period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This condition is not for this person in that period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance is between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visits are between 0 and 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not met: %1</source>
        <translation>
            <numerusform>%n not met: %1</numerusform>
            <numerusform>%n not met: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was discussed with the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a programme with conditions that the family receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators suspend support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the support is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support is suspended already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family has no warning for this programme: nothing to suspend for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel the family first: a suspension comes only after counselling that follows the warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators reinstate support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the support is reinstated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support is not suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reinstatement comes after the suspension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the region, the city or the district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family did not receive this programme&apos;s support in that period: nothing to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suspension comes after the counselling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators resolve conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the record stays archived or is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has not arrived on this computer yet; resolve the conflict once it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is about a confidential note: only a supervisor, who may read it, resolves it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>Registration and keeping the family&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling at the empowerment clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing data with a partner for a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal, with a witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to record a consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the consent is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the partner the data may be shared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verbal consent needs the name of the witness who heard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the consent cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the member&apos;s consent, write why the referral must go all the same (at least ten characters): it is kept with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal date must be between the consent&apos;s date and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent without the member&apos;s consent, on %1 by %2. Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given verbally on %1, witnessed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given on a signed form on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 consented to sharing their data with %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 consented to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinateText</name>
    <message>
        <source>Type the place as two numbers, latitude then longitude, such as 24.7136, 46.6753.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latitude is between -90 and 90 and the longitude between -180 and 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map link does not show where the place is: copy the place&apos;s two numbers, latitude then longitude, such as 24.7136, 46.6753.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crisis</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators keep the place list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region, a city or a district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the place&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region is not inside another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the place it is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A city is inside a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A district is inside a city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This place is on the list already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators declare an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the event, e.g. the flood of the valley.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s day cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the places the event struck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place chosen is not on the place list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the assistance given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is a number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash has an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance is given between the event&apos;s day and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times assisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance is recorded in %1, the organisation&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file contains replacement characters (a question mark in a diamond) where letters were lost by an earlier conversion. Save it again from the original spreadsheet as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text in a known encoding (UTF-8, UTF-16 with a byte-order mark, or Arabic Windows 1256). Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The file has no rows to import (the first line must name the columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. The columns are described in the import format guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household_key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly_rent is not a number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration_date is not a date (use 2026-11-23 or 23/11/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth_date is not a date (use 2026-11-23 or 23/11/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same identity number is on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household &quot;%1&quot; has %2 heads; it needs exactly one (relation &quot;head&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity number is already registered for %1 in file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resembles %2 in file %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity number is also on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resembles %2 on line %3 (%4). Check both, or import with the similar people allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly_income is not an amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s)</source>
        <translation>
            <numerusform>After %n month</numerusform>
            <numerusform>After %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not re-entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of exits not re-entered, by months since the exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Households that left support, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits to self-sufficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households supported and exits: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver did not give access to its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare change tracking on the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only or on a protected drive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup or an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tamkeen database. Choose another file; this one was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (it may have been copied only partly). Restore it from a backup or an export; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. It is not a Tamkeen database; if it was copied, copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tamkeen. Update Tamkeen on this computer to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days this computer&apos;s clock may run ahead must be from 1 to 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a folder Tamkeen cannot write to (it is read-only), and Tamkeen needs to write beside its database. The file is fine and was not changed: copy it to a folder you can write to, or ask for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. The file is fine and was not changed: allow writing to it (or copy it to a folder you can write to) and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside %1 lies %2, a file of pending changes that does not belong to this database (it may have been copied from another computer). The database itself was not changed: move %2 and %3 to another folder, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 changed while it was open; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is encrypted: log in to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted: log in to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of the database was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of %1 is damaged (a fault of the disk, or a copy that was cut short). Close Tamkeen, keep a copy of the file, and restore it from the latest backup or an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver carries its own copy of SQLite, not the library Tamkeen uses: Tamkeen cannot run on two SQLite libraries at once. Install Qt&apos;s SQLite driver built against the system SQLite (docs/architecture.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite could not be set up to open the database (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of synced tables could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayListPrinter</name>
    <message>
        <source>All counsellors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day list could not be written to %1 (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day list could not be written to %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln appointments</source>
        <translation>
            <numerusform>%Ln appointment</numerusform>
            <numerusform>%Ln appointments</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Only an administrator adds demonstration data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has exchanged data with other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) not made by demo</source>
        <translation>
            <numerusform>%n household not made by demo</numerusform>
            <numerusform>%n households not made by demo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) besides the administrators</source>
        <translation>
            <numerusform>%n user besides the administrators</numerusform>
            <numerusform>%n users besides the administrators</numerusform>
        </translation>
    </message>
    <message>
        <source>This database holds real data (%1). Demonstration data goes only into a new database, or one that demo filled and that has not exchanged data with other computers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>This database has not been set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s record is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EGP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between facts on one line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(data erased)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <source>This PDF cannot be read: it may be damaged or protected by a password. Ask for the paper again and scan it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo cannot be shown: it may be damaged. Take it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>A document holds between one byte and 32 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: a document&apos;s content does not add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document&apos;s content has not come to this computer yet: it comes with a later package from the computer where it was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <source>The household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment plan of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Copy of an ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family record book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other proof of income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School enrolment or attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract or agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empowerment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection or complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators set the largest document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest document is between %1 and %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the document is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is no longer part of the family&apos;s file: choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is %1 MB; a document may be at most %2 MB (an administrator sets this in Settings). Scan it again at a lower resolution, or as a JPEG photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamkeen keeps photos (JPEG or PNG) and PDF documents; this file is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators remove documents: ask your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the document is removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateReport</name>
    <message>
        <source>same identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same given and father&apos;s name, and family name, grandfather or birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two laptops gave these households the same file number while offline. Numbers already printed on letters, referrals and plans are not changed automatically. Open each file and check which family the printed papers belong to. If they are one family, merge them. If not, an administrator gives the other file a new number (Give a new number…) and its papers are printed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlyWarnings</name>
    <message>
        <source>Income fell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan without progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up after exit overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income fell after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s monthly income today is %1 % or more below its income %2 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active plan has had no task done for %1 days or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person did not come to their last %1 appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest WHO-5 score is under %1, or %2 points or more below the one before: consider a psychological referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up after exit is past its due date and not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household left support less than %1 months ago and its income has fallen since: it may come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change the early-warning thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each threshold must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counsellors and supervisors can see wellbeing scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family on the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is not in the registry (it may have been archived).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityText</name>
    <message>
        <source>Household income: %1 a month for %2, %3 per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message>
        <source>Threshold: %1 for the head + %2 × %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln other member(s)</source>
        <translation>
            <numerusform>%Ln other member</numerusform>
            <numerusform>%Ln other members</numerusform>
        </translation>
    </message>
    <message>
        <source>The income is %1 below the threshold: eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The income reaches the threshold (by %1): not eligible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptedFile</name>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the way and could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened to encrypt it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by another program; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the database could not be encrypted. Nothing was changed; free some space and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be encrypted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted copy of %1 did not read back whole; the database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be replaced by its encrypted copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be put back after an interrupted encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unencrypted copy %1 could not be removed; remove it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was not encrypted: none of its accounts has a key to open it with. An administrator resets a password, then Tamkeen encrypts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be created: its cipher is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>Only administrators enrol devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s record is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device number up to %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the laptop, e.g. &quot;Laptop 7&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no centre with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device number must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 is already taken by %2. Choose another or leave it to the next free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters for the enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the enrolment file. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment file cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment file %1 is damaged. Ask the administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already in use. An enrolment file starts a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tamkeen enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to open the enrolment file. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this enrolment file (or the file is damaged). Check the passphrase with the administrator who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment file was made by a newer version of Tamkeen. Install the same version as the administrator&apos;s computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment file %1 is not signed by a device of its organisation: it was changed or forged. Ask the administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the device receives: its centre&apos;s families, its region&apos;s, or everything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Only an administrator erases a person&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the erasure (at least ten characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data has already been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator sets how long data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep data between 1 and 100 years after exit, or 0 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitReadiness</name>
    <message>
        <source>Income at or above the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member in work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own project active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan goals achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing (WHO-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s monthly income is at or above the eligibility threshold for its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one member is employed or self-employed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household has income from its own business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 % of the plan&apos;s goals are achieved (dropped goals do not count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan member&apos;s latest WHO-5 score is %1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan member&apos;s latest work readiness score is %1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change the readiness criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass mark is between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights and thresholds are between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required criterion needs a weight above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the threshold of each criterion that counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one criterion must count (a weight above zero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household has no active plan, so it has no readiness score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitService</name>
    <message>
        <source>Found work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness or disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counsellors and supervisors agree exit plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit terms are agreed on a draft or active plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voluntary exit plan is for members able to work; record that in the member&apos;s details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target exit date from today on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the incentives agreed for leaving support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the household leaves support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the household comes back to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the follow-up cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly income must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Set up this installation before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change&apos;s signature is damaged in this database (%1, %2). Run tamkeen-cli check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored batch is damaged in this database. Run tamkeen-cli check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileKeys</name>
    <message>
        <source>This file is not an encrypted Tamkeen database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file&apos;s header is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file&apos;s key slots are damaged. Open it with the recovery key, or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many user accounts for this database&apos;s key slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file&apos;s key slots could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file&apos;s key slots could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is encrypted with AES-256-GCM, which this computer&apos;s processor does not offer. Open it on the computer it came from, or on another computer whose processor has AES instructions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileOutput</name>
    <message>
        <source>%1 was not written: the disk is full. Free some space or choose another disk or USB stick, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: this folder cannot be written to (read-only or no permission). Choose another folder, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written (%2). Check that the disk or USB stick is still there and has free space, or choose another folder, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraduationMonitoring</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraduationPathways</name>
    <message>
        <source>General pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This graduation pathway no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change the graduation pathways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pathway a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pathway leads to work, an own project or another income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown empowerment track: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another pathway has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The general pathway judges every plan no other pathway is for: it stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraduationService</name>
    <message>
        <source>This graduation request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field workers, counsellors and supervisors propose a family&apos;s graduation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the family is ready to leave support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pathway is archived; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the family will support itself: work, an own project or another income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a family receiving support can graduate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A graduation is already proposed for this family and waits for a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family does not meet the pathway «%1» yet: every required criterion and the pass mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors approve or reject a graduation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This graduation has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family leaves support between the day it was proposed and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the family is not ready yet, for the caseworker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupedFigures</name>
    <message>
        <source>By centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdList</name>
    <message>
        <source>This place in the list belongs to another order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdOf</name>
    <message>
        <source>No centre has the code %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No centre is in the region %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPrinter</name>
    <message>
        <source>Case file summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomes and eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No income is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomes in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change of status is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current empowerment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has a current plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 goals achieved, %3 of %4 tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals have been set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral has been made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment is booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file summary could not be written to %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file summary could not be written to %1 (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdService</name>
    <message>
        <source>Enter the region or governorate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rent cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS coordinates need a latitude (-90 to 90) and a longitude (-180 to 180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown household category: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the change, today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before the current status began (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators can merge households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household has been archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / governorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Birth date: the head of household would be %n year(s) old. Check the date, or confirm that a child heads this household.</source>
        <translation>
            <numerusform>Birth date: the head of household would be %n year old. Check the date, or confirm that a child heads this household.</numerusform>
            <numerusform>Birth date: the head of household would be %n years old. Check the date, or confirm that a child heads this household.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdSheet</name>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the categories of one household</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSchema</name>
    <message>
        <source>Tamkeen&apos;s data for analysis: without names, ID and phone numbers, addresses or notes, and without deleted records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Only administrators can change a centre&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This centre no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another centre already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can give a file a new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other household has the file number %1, so it keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file number %1 instead of %2, which another household also had: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Cairo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alexandria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port Said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damietta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dakahlia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharqia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qalyubia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafr El Sheikh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gharbia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monufia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beheira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ismailia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beni Suef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fayoum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asyut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sohag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aswan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luxor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Sea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Valley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrouh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Sinai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Sinai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Saudi national ID is made of digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An iqama number is made of digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Saudi national ID has 10 digits and starts with 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An iqama number has 10 digits and starts with 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number starts with 2, so it is an iqama; a Saudi national ID starts with 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number starts with 1, so it is a Saudi national ID; an iqama number starts with 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Saudi national ID starts with 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An iqama number starts with 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Saudi national ID fails its check digit, so a digit is probably mistyped; compare it with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This iqama number fails its check digit, so a digit is probably mistyped; compare it with the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Egyptian national ID is made of digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Egyptian national ID has 14 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Egyptian national ID starts with 2 (born in the 1900s) or 3 (born in 2000 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 2 to 7 of an Egyptian national ID are the birth date as YYMMDD, but this date does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 2 to 7 of an Egyptian national ID are the birth date as YYMMDD, but this date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 8 and 9 of an Egyptian national ID are the governorate of birth, but this code is not a known governorate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document number can have at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudi national ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudi iqama (residence ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egyptian national ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document (e.g. UNHCR or UNRWA number)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The package belongs to another organisation, or this installation has not joined yours. Ask an administrator for the organisation key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package claims to come from device %1 but is signed with another key: it was not made by that device. It was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 was revoked by an administrator; packages it made after that are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was made by a newer version of Tamkeen (data version %1; this one has %2). Update Tamkeen, then import it again; a copy waits in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package comes from device %1, which is not a device of this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: it names an unknown table (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1: changes %2–%3 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows wait for their %3 (not arrived yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: a change has an impossible number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: it names an unknown field (%1.%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged: a change does not match its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop was restored from a backup or copied from another: its new changes now go under a new identity; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a snapshot of a centre&apos;s data for starting a new laptop, not a sync package. Import it on a laptop just set up from its enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomeService</name>
    <message>
        <source>Choose the source of the income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly amount must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date from which the amount applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not a member of the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change the eligibility rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount for the head must be above zero, and per member zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as SAR, EGP or LBP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits to self-sufficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-entry rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many households and members are in each status at the end of the period, and how many registered during it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many households left support during the period, for which reasons, and what share of the active caseload left for work, an own project or other income?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the households that left support in each month, what share had not come back 3, 6 and 12 months later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What share of the households that left support came back within 12 months, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counsellors and supervisors may see wellbeing results, which are confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic independence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since their plan began, how has the income per person of households with a plan changed, how many rose above the eligibility threshold, and how much of their income is earned?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many plans are in each status, what share of their goals were achieved, how long from a plan&apos;s approval to leaving support, and which plans are falling behind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many referrals did each partner receive, accept and complete, with what outcome, and how many days did completion take?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sessions did each counsellor hold a week, what share of appointments were not come to, and how long did households wait from registration to their first session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many members able to work who have a plan were in work when it began and are now, and how many jobs, training places and loans did referrals obtain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did members&apos; wellbeing (WHO-5) and work readiness change between their first and latest assessment, and what share left low wellbeing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The income records hold values Tamkeen does not write, so the income indicators cannot be computed. Run tamkeen-cli check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputText</name>
    <message>
        <source>%1: at most %2 characters can be stored, and %3 were entered. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Exporting the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a typed search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>This member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the member&apos;s given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the father&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member&apos;s relation to the head of household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose male or female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of identity document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number gives the birth date %1, but %2 was entered. Correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number is that of a %1, but %2 was chosen. Correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same grandfather&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity number is already registered for %1 in file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registered member(s) resemble this person. Check them before continuing.</source>
        <translation>
            <numerusform>%n registered member resembles this person. Check them before continuing.</numerusform>
            <numerusform>%n registered members resemble this person. Check them before continuing.</numerusform>
        </translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household already has a head. Choose another relation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change the head of household, use &quot;Make head&quot; on the new head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the former head&apos;s new relation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of household cannot be archived; archive the household or choose a new head first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date: the date is in the future. Enter the date the person was born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date: the person would be over %1 years old. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandfather&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectionLetterPrinter</name>
    <message>
        <source>Reply to your complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to your objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We received on %1 what you told us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not agree with this decision, you may appeal it at the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the centre: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: ______________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be written to %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be written to %1 (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Objections</name>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An eligibility decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suspension of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision on support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal of a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators set the days to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose objections or complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days to answer are between 1 and 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an objection or a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the decision objected to: eligibility, a suspension or support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint is about a service received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was received cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the person says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not a member of the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators assign objections and complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was answered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who looks into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was answered already: its notes are kept as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators decide objections and complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it was decided so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was answered already: an appeal reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide it before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply to the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision is appealed once the person has been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision was appealed already: look into that appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal comes after the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This objection or complaint is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators answer the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is dated between the day it was decided and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision on an appeal is final at the centre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>The package is incomplete or damaged: its signature does not match its contents. Copy it again from the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Tamkeen sync package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was made by a newer Tamkeen (package format %1). Update Tamkeen on this computer to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is incomplete: its end is missing. Copy it again from the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be decrypted: it belongs to another organisation or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was made by an older Tamkeen (package format %1) that this version no longer reads. Ask the sender to update Tamkeen and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>The package cannot be written to %1: %2. Check that the disk or USB stick has free space and is not write-protected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>Not enough memory to protect the password. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too easy to guess: it is one character repeated or a run of letters or digits. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is one of the most common passwords, which are tried first. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Centre code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Choose a month from 1 to 12 of a year from 1900 to 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a quarter from 1 to 4 of a year from 1900 to 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a year from 1900 to 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Hijri month is outside the Umm al-Qura calendar: choose a month from 1 to 12 of a year the calendar covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose both the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2): choose a last day on or after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dates from 1900 to 2200.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <source>Individual empowerment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary and the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 goals achieved, %3 of %4 tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline (when the plan started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals have been set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks under this goal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review: %1 (every %2 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews are scheduled every %1 months once a supervisor approves the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further review is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review has been held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have agreed on this plan and will work together to carry it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be written to %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be written to %1 (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral has been made under this plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary exit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target exit date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives agreed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to counselling is recorded for this member: ask for it at the next session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own project / productive family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counsellors and supervisors draw up empowerment plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one empowerment track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown empowerment track: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counsellors and supervisors change empowerment plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan that is «%1» cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the plan&apos;s tracks for the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is measured to reach the target value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date cannot be before the plan started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the goal&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is responsible for the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is already marked as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the task was done cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft plan can be submitted for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors approve empowerment plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted plan can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs at least one goal with a target date before it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors return plans for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what should change in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted plan can be returned for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counsellors and supervisors review empowerment plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the progress seen at this review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the review cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active plan is reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the plan ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the plan ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active plan can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracks of a plan change only while it is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal is in the track «%1»: keep the track or change the goal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task that is done is no longer changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators add empowerment tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the empowerment track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This empowerment track already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: the goals were reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals achieved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privileges</name>
    <message>
        <source>user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device revocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empowerment tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psychological notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device revocation is final: it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graduation decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys of confidential notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions on support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions on objections and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crisis events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removals of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspensions and reinstatements of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves of families between centres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>The package is damaged: a record cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: referral of a beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greetings,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We refer to you the beneficiary named below for the service «%1», and would be grateful for your help. Please let us know whether the referral is accepted and, in time, its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With thanks and appreciation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring worker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be written to %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be written to %1 (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1, corresponding to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, %1, agree that %2 shares the details in this letter with %3 so that they can provide the service requested, and that %3 informs %2 of its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded: the beneficiary signs below before this letter is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>Training institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank or financing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity or NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the partner organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one service the partner offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators manage the partners catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partner organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partner no longer takes referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the partner&apos;s services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date sent cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date cannot be before the date sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan belongs to another family member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral that is «%1» cannot become «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the change, between the date sent and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the partner&apos;s reason for rejecting the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is recorded when the referral is completed or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what came of the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member has not consented to sharing their data with this partner. Record the consent in the household file first, or give the reason the referral must go without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>made by a revoked device after its revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed by a device this copy does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed by the device it claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a damaged batch of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time before the organisation existed, or far ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sealed by any device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a restored or copied database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made with the organisation&apos;s old key: that laptop must import a recent package, then export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change to a revocation, which is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a privileged change without its author&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a privileged change that names no author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values its author did not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its author is not a user known here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its author has no key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match its author&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its author&apos;s account had been removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its author did not hold the role it needs when it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its author&apos;s account had been deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words cut out by an erasure this copy has not received yet: it comes again with the erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change to what is fixed once made: what a document is about, or its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a family registered for another centre than its device&apos;s, or again under the id of one held: only a supervisor moves a family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSources</name>
    <message>
        <source>The indicators are still being computed. Export once they are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no early-warning list to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned worker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s age: %1 to %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s age: %1 years or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: none (all households)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the period before: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households supported at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits to self-sufficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households supported the day before the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of exits to self-sufficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not re-entered %n month(s) after their exit</source>
        <translation>
            <numerusform>Not re-entered %n month after their exit</numerusform>
            <numerusform>Not re-entered %n months after their exit</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-entered within 12 months of their exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits whose 12 months have passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-entry rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits still within their 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score (1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households that left support, the 12 months ending with the period&apos;s last month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of each month&apos;s exits, the share not re-entered 3, 6 and 12 months later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s)</source>
        <translation>
            <numerusform>After %n month</numerusform>
            <numerusform>After %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Households that left support, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of exits not re-entered, by months since the exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness to exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The families ready for a voluntary exit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households with an active plan, scored out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment track: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households with an approved plan: income per person at the plan&apos;s baseline against the period&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households with a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median change in income per person (a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income per person up by 20 % or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with income per person up by 20 % or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the income threshold at baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed the income threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share that crossed the income threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left support after the plan began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median change in income per person at exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence ratio at the plan&apos;s baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence ratio at the period&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members able to work with an approved plan; jobs, training places and loans count referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members able to work with a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed or self-employed at the plan&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed or self-employed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earning at the plan&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earning at the period&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share earning at the period&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs through referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training places through referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans through referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans by status on the period&apos;s last day; goals and tasks count as themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of goals achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits after a plan&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days from approval to exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active plans with no review for %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals sent in the period, partners best first (completion, then acceptance, then referrals sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members with a first and a latest score: the change between them (0 to 100; low under 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO-5 wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: members assessed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean change in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: low at the first score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no longer low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: share no longer low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and appointments in the period, by counsellor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counsellors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households whose first session ever was held in the period, and the days from their registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households at their first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days from registration to the first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household counts under every track of its plans: the lines may add up to more than the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each household under its centre or worker now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Field social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rotation</name>
    <message>
        <source>The package from %1 was made with the organisation&apos;s old key: that laptop missed a key change. Import a recent package from this centre on it, then export again; its changes come with that new package, nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package carries a change of the organisation key that no administrator of this organisation signed, or that was altered. It was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s key was changed and this computer was not given the new one: it was revoked, or enrolled from an older enrolment file. It can no longer read the organisation&apos;s packages; ask an administrator for a new enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account cannot sign a change of the organisation key on this computer: only an administrator whose key this computer knows can. Log in again with your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SatisfactionService</name>
    <message>
        <source>Respect and courtesy of the staff towards you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarity of the information you were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usefulness of the service or plan for you and your family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease of reaching the centre or your social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your overall satisfaction with the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only field workers, counsellors and supervisors record satisfaction surveys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counsellors and supervisors record satisfaction surveys after sessions and plan reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to record a satisfaction survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date the beneficiary was asked, today or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer is a score from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary declined: clear the answers and the comment, or untick &quot;declined&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer to at least one question, or record that the beneficiary declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household&apos;s file is archived: surveys are not recorded on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who answered is not a member of this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session, plan or exit this survey follows is not this household&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SatisfactionSummary</name>
    <message>
        <source>The period&apos;s end is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <source>I have felt cheerful and in good spirits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have felt calm and relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have felt active and vigorous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I woke up feeling fresh and rested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My daily life has been filled with things that interest me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than half of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than half of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills %1 + qualifications %2 + experience %3 + desired field %4 + able to work %5 − barriers %6 = %7 of 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 points for each skill (at most 30), 10 for each qualification (at most 20), 5 for each year of experience (at most 20), 10 for a desired field of work, 20 when able to work, minus 10 for each barrier; between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>Tamkeen is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Choose the family member the session is with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the counsellor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between 5 minutes and 8 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one consultation type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown consultation type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the session was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the agreed action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who carries out the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date the action is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counsellors and supervisors record counselling sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment is for another family member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counsellors and supervisors correct counselling sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the session is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counsellors and supervisors record agreed actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the action was done cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreed action no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is already marked as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment is already «%1»; record the session without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s date and time cannot be in the future. Enter when it was held, now or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session&apos;s confidential notes cannot be opened on this computer yet, so it cannot be corrected here. The clinic&apos;s key reaches you when a counsellor or supervisor who holds it logs in after your account arrived, then syncs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The centre code must be 2 to 6 Latin letters or digits, starting with a letter (e.g. RUH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the centre&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for this device, e.g. &quot;Laptop of the Al-Kharj branch&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device number must be between 1 and 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has already been set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be made (%1). Try again, or export CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has more rows than one worksheet can hold (about a million). Narrow the list with the filters, or export CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmallNumbers</name>
    <message>
        <source>Only administrators can choose whether exported reports hide small numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 households: not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of fewer than %1 households are not shown (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>The snapshot %1 is damaged or incomplete; nothing was changed. Copy it again from the computer that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot was made by a newer version of Tamkeen. Install the same version as the computer that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a sync package, not a snapshot: import it once this laptop has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot belongs to another organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop was set up by an earlier version of Tamkeen: it receives the organisation&apos;s data by sync packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot was made on another computer than the one that enrolled this laptop. A snapshot is believed only from that computer: ask its administrator for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is not signed with the key of the computer that enrolled this laptop, or that computer was revoked: it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator writes a snapshot: it holds everything this copy holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this laptop up from its enrolment file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop has already begun: it holds changes or packages. A snapshot only starts a laptop just set up from its enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting from the snapshot was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is older than this laptop&apos;s enrolment. Ask the administrator for a new one, made after the enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Supervisors and administrators answer a person&apos;s request for their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[withheld: confidential, for a counsellor or supervisor to give]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessPrinter</name>
    <message>
        <source>Data held about a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document lists everything this centre&apos;s copy of Tamkeen holds about the person named above, with who recorded each item and when. Confidential counselling notes that the person preparing it may not read are marked as withheld: a counsellor or a supervisor can give them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be written to %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be written to %1 (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectReportBuilder</name>
    <message>
        <source>Personal particulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks for duplicate records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household files merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits from support and returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warnings reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections to the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed in the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual empowerment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of the plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks of the plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals to partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals to graduate from support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions on graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandfather&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Able to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing tenure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months after the exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target for leaving support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions for leaving support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives on leaving support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed every (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for leaving support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egyptian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lebanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudi riyals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egyptian pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lebanese pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired field of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family member&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole household&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(data erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social workers and centres of the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to another social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to another centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible when decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income per person when decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection or complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked into by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the investigation of objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance with the conditions of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance or visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the month or quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and counselling for conditional support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional support suspended and reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators add types of support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the type of support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of support exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the programme the support comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how often the support is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the decision: approved or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is a number above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as SAR, EGP or LBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash and loans have an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the support begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support cannot end before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the support was decided so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household&apos;s file is archived: no support is recorded on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and administrators decide support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the support stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support that was refused is not given, so it cannot stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support cannot stop before it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support given once has nothing to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support ends sooner already: stopping it cannot make it last longer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDevices</name>
    <message>
        <source>Only administrators revoke devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot revoke itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason, e.g. the laptop was lost or stolen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not a device of the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncKeys</name>
    <message>
        <source>Internal error: an organisation key of the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to make or read sync packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account cannot open this computer&apos;s sync keys yet. Ask a colleague who has synced on this computer to log in here once, then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit from support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandfather&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Able to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not archived (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a reference to another record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassignment or transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncedWriter</name>
    <message>
        <source>Internal error: %1 is not a synced table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1 is not a writable column of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskInbox</name>
    <message numerus="yes">
        <source>%n month(s) after exit</source>
        <translation>
            <numerusform>%n month after exit</numerusform>
            <numerusform>%n months after exit</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan task past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection or complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling after a missed condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserKeys</name>
    <message>
        <source>This account&apos;s key is damaged. Ask an administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open this account&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must have 3 to 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name may contain only letters, digits, dots, dashes and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one administrator must stay active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many failed attempts. Wait %n second and try again.</numerusform>
            <numerusform>Too many failed attempts. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two accounts are named %1. An administrator must rename one before either can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accounts are named %1. An administrator must rename all but one before any of them can log in.</source>
        <translation>
            <numerusform>%n account is named %1. An administrator must rename all but one before any of them can log in.</numerusform>
            <numerusform>%n accounts are named %1. An administrator must rename all but one before any of them can log in.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This database already has its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keys are locked: log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keys are damaged. Restore the database from a backup, or ask an administrator to enrol this computer again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitChecklist</name>
    <message>
        <source>Condition of the housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School-age children are in school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and income documents seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good, fair or poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change the home-visit checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question the worker answers in every visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another question of the checklist says the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits already answered this question as it is: archive it and add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is no longer in the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitRoutePrinter</name>
    <message>
        <source>Home visits of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field worker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation>
            <numerusform>%Ln visits</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits are planned on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes at the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still due from an earlier day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route could not be written to %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route could not be written to %1 (%2). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>The family was met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one was at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family declined the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family has moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household&apos;s file is archived: visits are not planned or recorded on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field workers plan their own visits; a supervisor plans visits for others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a field worker or a supervisor to make the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only field workers and supervisors plan and record home visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to plan a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the visit for today or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit to this family is already planned on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to record a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit cannot be dated in the future: choose the day it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned visit is not this household&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit was already recorded or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person marked present is not a member of this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question answered is no longer in the checklist: open the visit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the answers to «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the next visit for a day after this one, today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field workers cancel only their own planned visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the visit is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the families to visit on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads and writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployed, looking for work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not looking for work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homemaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informal or temporary shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family-owned, no rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided by a charity or the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female-headed household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly without support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person with disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productive family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>The workbook could not be made (%1). Try again, or export CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tamkeen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AboutDialog</name>
    <message>
        <source>About Tamkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamkeen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caseworker&apos;s tool for empowerment programmes: households, empowerment clinics and individual empowerment plans, offline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. You may share and change it under its terms; it comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with %1, SQLite and libsodium.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AppController</name>
    <message>
        <source>Tamkeen cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. To use another database, start Tamkeen with --db and the path of the file, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is now encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Tamkeen encrypted the database on this computer. Each user opens it with their own password, as before; the unencrypted copy was overwritten and removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Log in with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of confidential notes could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the database on this computer. This is done once and can take a minute or more for a large database; do not switch the computer off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamkeen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AppointmentActions</name>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary has come to the centre and waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counsellor sees the beneficiary now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an appointment to act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has arrived and waits to be called in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being seen by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not come. The appointment is kept as missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is recorded and the appointment marked attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the appointment of %1 cancelled? The reason is kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment of %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment is moved; the old one is kept as rescheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AppointmentModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AssessmentDialog</name>
    <message>
        <source>Confidential: visible to counsellors and supervisors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counsellors and supervisors record assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One skill per line, e.g. sewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One certificate or course per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. retail, sewing, driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Able to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired field of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the money is spent, where savings are possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last two weeks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the family members get on, who decides, tensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives, neighbours and organisations who help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One risk per line, e.g. violence at home, a child out of school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short each month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left each month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly income minus monthly expenses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer all five statements to see the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>28 or less: likely depression. Refer the beneficiary to a specialist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 or less: low wellbeing. Follow up and consider a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above 50: no sign of low wellbeing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each risk may need a protection referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work readiness: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AssignmentDialog</name>
    <message>
        <source>Reassign to a field worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to another centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the centre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AssignmentTab</name>
    <message>
        <source>Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to another centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker: %1. Centre: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to another centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AssistanceDialog</name>
    <message>
        <source>Record emergency assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount (in kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AttachDocumentDialog</name>
    <message>
        <source>Attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scan or photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (JPEG or PNG) and PDF documents, at most %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. both sides of the ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scan or photo to attach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who, what, which family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From, to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household has the file number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device&apos;s chain of entries holds: none was removed or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail does not hold. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::BackupSettingsBox</name>
    <message>
        <source>Backups of this computer&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is encrypted and opens with the same passwords as this database. Keep them on a USB stick or another disk, so that a broken or lost laptop does not take them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept (the oldest are removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup… You can go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::BookAppointmentDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the family: name, file number, ID or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family found. Try another spelling, the file number or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose another time, or book anyway if both can be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours (%1 to %2). Book it only if the family and the counsellor agreed to this time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::CancelVisitDialog</name>
    <message>
        <source>Cancel a planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::CareLevelDialog</name>
    <message>
        <source>Assess the level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What in the family&apos;s situation calls for this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::CareLevelTab</name>
    <message>
        <source>Assess the level of care…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care: not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care: %1 (assessed on %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters. Not a common password, not one character repeated. A sentence of a few words is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ChartPanel</name>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ChecklistBox</name>
    <message>
        <source>Home-visit checklist, for the whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What every field worker looks at and answers in a home visit, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question, such as: the children have their vaccination cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question was added to the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a question in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question was renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is no longer in the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question is no longer asked; visits that answered it keep their answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ClinicPage</name>
    <message>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this day: name, file number or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print day list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s booked appointments of the counsellor chosen under Appointments. Mark who has arrived, then call them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment is booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln appointment(s)</source>
        <translation>
            <numerusform>%Ln appointment</numerusform>
            <numerusform>%Ln appointments</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the appointments of the day or week shown as an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointments-week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ClinicSettingsBox</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up members without a session for more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new consultation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential, like psychological counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: members without a session for more than %1 days are listed for follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation type «%1» was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment clinic and plans, for the whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new empowerment track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empowerment track «%1» was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ComplianceDialog</name>
    <message>
        <source>Record compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance or visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this family is concerned by this condition for that period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family receives no programme with conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the attendance or visits of at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ComplianceStepDialog</name>
    <message>
        <source>Record counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed with the family, and what it agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s support under this programme stops being paid until it is reinstated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ComplianceTab</name>
    <message>
        <source>Quarter %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record compliance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance or visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings, counselling, suspensions and reinstatements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: support suspended since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warned on %2, to be counselled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warned on %2, counselled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no condition missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family receives no programme with conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ConditionDialog</name>
    <message>
        <source>Add a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. school attendance of 80 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whom it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ConditionsPage</name>
    <message>
        <source>Add a condition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition was added: it is checked for the programme&apos;s families from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition is no longer checked; what was recorded stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ConflictsView</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type a combined value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value (the later change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value (kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same information was changed on two computers before they exchanged data. The later change is in use everywhere; the other one is kept here until a supervisor decides. The decision reaches the other computers with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived while edited elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: every computer that exchanged data agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited on another computer; not archived there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conflict in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved. The other computers receive the decision with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the combined value first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: visible to counsellors and supervisors only; a supervisor decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: confidential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner named on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ConsentTab</name>
    <message>
        <source>Withdraw the selected consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbal, witnessed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data held about a member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data held about a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this computer holds about a member, as a PDF or a JSON file to give them on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member-data-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a member&apos;s or the household&apos;s personal data on every computer, on request or when the retention period is over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::CounsellorDesk</name>
    <message>
        <source>My appointments this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plans due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My appointments this week: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My appointments this week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plans due for review: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plans due for review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::CounsellorHome</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My appointments today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions due (%1, of which %2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>No session for more than %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::CrisisPage</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record assistance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the crisis list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crisis-list.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crisis event was declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 households, the most vulnerable first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was declared: its list is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the family in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistance was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 households written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DashboardFilters</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hijri month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All counsellors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DashboardTile</name>
    <message>
        <source>Show the families behind this number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DashboardView</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points against the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households supported at the end of the period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registrations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits to self-sufficiency (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exits in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All exits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 supported at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households supported the day before the period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained exits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known once %1 months have passed since the exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not re-entered %n month(s) after their exit (%1)</source>
        <translation>
            <numerusform>Not re-entered %n month after their exit (%1)</numerusform>
            <numerusform>Not re-entered %n months after their exit (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not re-entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %1 exits after %n month(s)</source>
        <translation>
            <numerusform>of %1 exits after %n month</numerusform>
            <numerusform>of %1 exits after %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exits whose %n month(s) have passed (%1)</source>
        <translation>
            <numerusform>Exits whose %n month has passed (%1)</numerusform>
            <numerusform>Exits whose %n months have passed (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-entered within %1 months of their exit (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 re-entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still within %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits still within their %1 months (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families who answered the satisfaction survey (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln response</numerusform>
            <numerusform>%Ln responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln declined</source>
        <translation>
            <numerusform>%Ln declined</numerusform>
            <numerusform>%Ln declined</numerusform>
        </translation>
    </message>
    <message>
        <source>Families who declined the satisfaction survey (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the indicators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2, against the period before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income per person up by %1 or more since the plan&apos;s baseline (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with income per person up by %2 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 households with a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households with an approved plan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crossed the income threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the income threshold at the plan&apos;s baseline, at or over it at the period&apos;s end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 under the threshold at baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the income threshold at the plan&apos;s baseline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned income: %1 of all income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households whose incomes were summed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members with a plan earning a salary or own-business income at the period&apos;s end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members earning at the period&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 members able to work with a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members able to work with an approved plan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earning at their plan&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members with a plan earning at their plan&apos;s start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs through referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs obtained through referrals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 training places through referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training places obtained through referrals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loans through referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans obtained through referrals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals achieved, of plans approved by the period&apos;s end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goals achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of plans approved by the period&apos;s end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans active at the period&apos;s end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks of active plans (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plans with no review for %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active plans with no review for %1 days (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exits after a plan, in a median of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exits after a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits after a plan&apos;s approval (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals accepted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed, in a median of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals completed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals rejected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members with a first and a latest WHO-5 score (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members assessed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left low wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members no longer in low wellbeing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 low at first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members in low wellbeing at their first score (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work readiness: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members with a first and a latest work-readiness score (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no-shows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments not come to (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments attended or not come to (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 first sessions, a median of %2 days after registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 first sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families whose first session was held in the period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload and exits by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households supported at the end of the period, %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits, %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Households supported at the end of each of the last %n month(s), oldest first: %1</source>
        <translation>
            <numerusform>Households supported at the end of each of the last %n month, oldest first: %1</numerusform>
            <numerusform>Households supported at the end of each of the last %n months, oldest first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exits in each of the last %n month(s), all reasons, oldest first: %1</source>
        <translation>
            <numerusform>Exits in each of the last %n month, all reasons, oldest first: %1</numerusform>
            <numerusform>Exits in each of the last %n months, all reasons, oldest first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plans active at the end of each of the last %n month(s), oldest first: %1</source>
        <translation>
            <numerusform>Plans active at the end of each of the last %n month, oldest first: %1</numerusform>
            <numerusform>Plans active at the end of each of the last %n months, oldest first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals sent in each of the last %n month(s), oldest first: %1</source>
        <translation>
            <numerusform>Referrals sent in each of the last %n month, oldest first: %1</numerusform>
            <numerusform>Referrals sent in each of the last %n months, oldest first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions held in each of the last %n month(s), oldest first: %1</source>
        <translation>
            <numerusform>Sessions held in each of the last %n month, oldest first: %1</numerusform>
            <numerusform>Sessions held in each of the last %n months, oldest first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DateField</name>
    <message>
        <source>Hijri day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the Umm al-Qura date, day first; the Gregorian date follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the Hijri date as day/month/year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such Hijri date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DecideGraduationDialog</name>
    <message>
        <source> (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not approve the graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and record the exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 100 (ready from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 100, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family leaves support today for this reason; follow-ups are due 3, 6 and 12 months later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DeclareEventDialog</name>
    <message>
        <source>Declare a crisis event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the flood of the valley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places struck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DevicesView</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last package received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a device in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 revoked? (e.g. the laptop was lost or stolen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages a revoked device makes after the revocation are refused by every computer that has received it. A device whose clock was too far ahead is flagged: set its date and time right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock too far ahead (seen %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing: ask for its next package</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol a laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number shared with another device: this one keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number shared with another device: its new files are numbered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two administrators gave the same number to different devices. The device enrolled first keeps it; the other numbers its new files with a letter after the number. File numbers already given do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled as device %2. Give it the enrolment file and, separately, the passphrase; export to the other computers so they know its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is revoked and the organisation key has changed. Export to the other computers soon: they take the new key from this computer&apos;s packages, and it can no longer read theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes refused: %1 (last %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 refused in its last such package (%3). Why: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package refused (last %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its last such package was refused as a whole (%2). Why: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it the snapshot %1 too, to import once it is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot could not be saved (%1): the laptop will receive the data in sync packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its centre&apos;s families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its region&apos;s families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DocumentLimitBox</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document travels in the sync packages: a photo of 1 to 2 MB reads well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit was saved; it applies to documents attached from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DocumentOutput</name>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DocumentViewer</name>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DocumentsTab</name>
    <message>
        <source>Attach a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: it comes with a later package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is attached to this family yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s).</source>
        <translation>
            <numerusform>%n document.</numerusform>
            <numerusform>%n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s); </source>
        <translation>
            <numerusform>%n document; </numerusform>
            <numerusform>%n documents; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on this computer yet.</source>
        <translation>
            <numerusform>%n not on this computer yet.</numerusform>
            <numerusform>%n not on this computer yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DrillDownDialog</name>
    <message>
        <source>Families behind the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln families</source>
        <translation>
            <numerusform>%Ln families</numerusform>
            <numerusform>%Ln families</numerusform>
        </translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These registered people resemble the one you are saving. Open one to check, or continue if they are different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue: they are different people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of different households who may be the same person. Open both files to check; merge only when they are one family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the first file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the second file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the second into the first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible duplicates were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members and incomes of file %1 move into file %2, and file %1 is archived. Why are they one family?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 was merged into file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households that share a file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a new number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2 gets a new number from this computer, and its status history keeps the old one. Do this only for the family whose papers were not printed with %1. Why does it need a new number?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that had number %1 now has number %2. Print its papers again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::EnrolDialog</name>
    <message>
        <source>Enrol a laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol and save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new laptop starts from the enrolment file: give it the file and, separately, the passphrase. Its number is reserved now and reaches the other computers with the next export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Laptop of the Al-Kharj branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next free number is suggested. Every laptop has its own, so file numbers never repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment files (*.tamkeen-enrol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this computer&apos;s data beside it, for the laptop to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its centre&apos;s families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its region&apos;s families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every family (a hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of other centres&apos; families never reaches a laptop that receives only its centre&apos;s: if it is lost, they are not on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot file next to the enrolment file: the new laptop imports it once and has what it receives of this computer&apos;s data, instead of receiving the whole history in packages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::EraseDialog</name>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer now, and on every computer that receives it by sync, the names, ID numbers, phone numbers, address and every note of what you choose are erased for good. The counts stay, without a name, for the indicators. Backups made before keep the data until they are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request and its date; not the person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing… On a large database this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ExitFollowUpDialog</name>
    <message>
        <source>Follow-up after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3 after exit (due %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ExitFollowUpsView</name>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families who left support are asked about work and income 3, 6 and 12 months later. The oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a follow-up in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ExitTermsDialog</name>
    <message>
        <source>Voluntary exit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. support continues three months after the first salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. keeps the job for six months and attends the follow-up visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a member able to work: the date agreed for leaving support, what continues for a while after it, and on what conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target exit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::GraduationMonitorView</name>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families whose graduation was approved: their follow-ups, their income per person when they left and at the latest follow-up, and whether their pathway still holds today. Families at risk first. The early warnings list overdue follow-ups and incomes that fell after exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 then, %2 at the latest follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in support since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::GraduationRequestsView</name>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families proposed for graduation, oldest first. Approving records the exit with the pathway&apos;s reason and closes the plan; not approving keeps the family supported, with your reason for the caseworker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families proposed for graduation, waiting for a supervisor&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graduation is approved: the family left support today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graduation is not approved; the family stays supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This graduation proposal has been decided already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::GuardedDialog</name>
    <message>
        <source>What you entered here has not been saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &quot;Keep editing&quot; to go back and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::HomePage</name>
    <message>
        <source>Only the families assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups after exit: none due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups after exit due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My home visits today: none planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My home visits today: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::HouseholdFile</name>
    <message>
        <source>Edit household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomes and eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the head of household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 leaving the household file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member was archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Able to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record income…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomes in force today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The income was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived households are kept but no longer listed or found. Why is this file archived?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member in the list first, then open their clinic page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was erased here; every computer erases it when this reaches it by sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level of care was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker and centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection or complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was received: it is in Objections and complaints, due by the days set for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::HouseholdForm</name>
    <message>
        <source>Region / governorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude, longitude (e.g. 24.1556, 47.3120)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned worker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::HouseholdListModel</name>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::HouseholdsPage</name>
    <message>
        <source>Search by name, file number, ID or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>%Ln household</numerusform>
            <numerusform>%Ln households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as shown, with its filters, as an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list as shown (Excel or CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every household and member, in the import format (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export households for import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households-import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every household and member, in the import format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ImpactSettingsBox</name>
    <message>
        <source>Income fell by at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with the income of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan without a task done for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed appointments in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO-5 score under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a WHO-5 fall of at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income fell within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The early-warning thresholds are saved. They reach the other computers with sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warning and graduation pathways, for the whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide numbers of fewer than five households in exported reports (shown as %1), so that a published table never identifies a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported reports now hide numbers of fewer than five households. The other computers do the same after sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported reports now show every number. The other computers do the same after sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ImportDialog</name>
    <message>
        <source>Import households from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found (nothing is imported while there are any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import %1 households with %2 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems found. Correct the file and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 households with %2 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file, numbered by their line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or Unicode text files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::IncomeDialog</name>
    <message>
        <source>Record an income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new amount replaces the earlier one from its date on; 0 ends the income. Earlier amounts stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::LoginDialog</name>
    <message>
        <source>Log in to Tamkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamkeen — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many failed attempts. Wait %n second and try again.</numerusform>
            <numerusform>Too many failed attempts. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tamkeen is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamkeen is locked. %1, enter your password to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs %1 out: what they had not saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::MainWindow</name>
    <message>
        <source>Tamkeen — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tamkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1 (no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import households…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync (%1 conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here are recorded at the latest time received from other devices plus the allowed days, so a wrong date cannot win every conflict. Correct the date, or import a recent package if this computer has not synced for a long time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It is more than %Ln day(s) ahead of the latest change received from other devices.</source>
        <translation>
            <numerusform>It is more than %Ln day ahead of the latest change received from other devices.</numerusform>
            <numerusform>It is more than %Ln days ahead of the latest change received from other devices.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user (log out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the search index: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was not fully updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The update goes on from where it stopped at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamkeen is updating its search index after an upgrade or a start from a snapshot: %1 of %2 families so far. You can go on working; until it is done, a search may miss some spellings of a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::MemberClinicDialog</name>
    <message>
        <source>Record a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments: the latest score and its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment clinic — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No missed appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed appointments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: visible to counsellors and supervisors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left each month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was recorded and the appointment marked attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empowerment plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::MemberDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::MemberForm</name>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Able to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandfather&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability (type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School (children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date: choose the head of household&apos;s birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document: choose the kind of document, or &quot;No document&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::NewHouseholdDialog</name>
    <message>
        <source>Register a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::NewUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ObjectionDaysBox</name>
    <message>
        <source>Days to answer objections and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days to answer were saved; they apply to what is received from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ObjectionDialog</name>
    <message>
        <source>Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was looked into, and what was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment and decision (supervisors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who looks into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked into by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was decided so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the letter tells the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive an appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late: due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision was appealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was saved. Now answer the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was saved: print the letter for the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal was received: it is in the list of open objections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ObjectionsPage</name>
    <message>
        <source>Only those assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked into by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one with a double click or Enter. A new one is received from the family&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now: %1, of them late: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last %1 days: %2 received, %3 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in %1 days at the median (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided, to answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: offered in new referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One service per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PathwayEditor</name>
    <message>
        <source>Archive the pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen when proposing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For plans on the tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready from a score of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness to exit: each criterion met adds its weight to the household&apos;s score, out of a hundred. A plan is judged on the pathway for its track; the general pathway judges the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pathway (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway is saved. It reaches the other computers with sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway is archived: no plan is judged on it any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PlacesBox</name>
    <message>
        <source>Place list, for crisis events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name; a city goes inside the region chosen above, a district inside the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PlanDialog</name>
    <message>
        <source>Choose the plan&apos;s tracks and add its goals, then save: the plan is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task to the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks of the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete clears a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why / progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the beneficiary started and where they are now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the plan started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing (WHO-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment plan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: visible to counsellors and supervisors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken when the plan is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a number here, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was submitted to a supervisor for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was approved and is now active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was returned for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan before printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary exit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voluntary exit plan was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary exit planned for %1. Incentives: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PlanStepDialog</name>
    <message>
        <source>Return the plan for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress seen and the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the plan ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the beneficiary&apos;s satisfaction survey after saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PlanVisitDialog</name>
    <message>
        <source>Plan a home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the visit is for, if it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who makes the visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PlanWeekDialog</name>
    <message>
        <source>Plan home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the visits ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family is assigned to this worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the families to visit on the day chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PlansPage</name>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new plan is drawn up from the member&apos;s page in the empowerment clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual empowerment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every counsellor&apos;s plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans submitted by counsellors, the oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a plan in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was approved and is now active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was returned to its counsellor for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln plan</numerusform>
            <numerusform>%Ln plans</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ProposeGraduationDialog</name>
    <message>
        <source>Propose graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 100, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves support for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the family has achieved, for the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::QueueView</name>
    <message>
        <source>Appointment at %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived, waiting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being seen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReadinessView</name>
    <message>
        <source>Only the families ready for a voluntary exit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households with an active plan, scored out of 100 on their graduation pathway (the one for their plan&apos;s track, else the general one); ready when every required criterion is met and the score reaches the pathway&apos;s pass mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose graduation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway for the plan&apos;s track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pathway is for the plan&apos;s track: the best of the general ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graduation is proposed; a supervisor approves it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReassignManyDialog</name>
    <message>
        <source>Reassign families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families assigned to no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first %2 by file number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the field worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 families ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the families to reassign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field worker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReceiveObjectionDialog</name>
    <message>
        <source>Receive an objection or a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person objects to or complains of, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose objection or complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::RecoveryKeyDialog</name>
    <message>
        <source>This is your organisation&apos;s recovery key. If every password is lost, it opens any of the organisation&apos;s databases. It is shown only now: print it or write it down, and keep it locked away. Anyone who has it can read the families&apos; data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and will keep it locked away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key could not be saved as a PDF. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this page locked away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the family: name, file number, ID or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no active partners yet. An administrator adds them under Partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family found. Try another spelling, the file number or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the plan goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if it must go without the member&apos;s consent: why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without consent, because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded for sharing with this partner. Record it in the household file (Consent), or write below why the referral must go without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReferralOutcomeDialog</name>
    <message>
        <source>Outcome of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner&apos;s feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReferralStatusDialog</name>
    <message>
        <source>Change the referral&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals to partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups after exit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a referral in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is closed; its status no longer changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln referral</numerusform>
            <numerusform>%Ln referrals</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::RegistryDialog</name>
    <message>
        <source>Yes, it is correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::RemoveDocumentDialog</name>
    <message>
        <source>Remove a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its content leaves every computer when this reaches it by sync: it cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. attached to the wrong family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::RenameUserDialog</name>
    <message>
        <source>Rename user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new user name for %1 (%2, %3). Tell them in person: they log in with the new name and the same password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReportExport</name>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReportsPage</name>
    <message>
        <source>Early warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness to exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::RescheduleDialog</name>
    <message>
        <source>Reschedule the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, now on %2 at %3 with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Choose another time, or book anyway if both can be seen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1. Tell the user in person; they can log in with it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::RetentionBox</name>
    <message>
        <source>Keeping data after a household leaves support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left support on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years after exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention was saved; every computer applies it after its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit is set: data is kept until an administrator erases it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) left support more than %1 years ago and are not erased yet. Open each file and choose «Erase data…» on its Consent tab.</source>
        <translation>
            <numerusform>%n household left support more than %1 years ago and is not erased yet. Open each file and choose «Erase data…» on its Consent tab.</numerusform>
            <numerusform>%n households left support more than %1 years ago and are not erased yet. Open each file and choose «Erase data…» on its Consent tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SatisfactionDialog</name>
    <message>
        <source>Beneficiary satisfaction survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary declined to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the beneficiary&apos;s own words, if they wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied are you with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SatisfactionTab</name>
    <message>
        <source>Record a satisfaction survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of 5 (%n answer(s))</source>
        <translation>
            <numerusform>%1 of 5 (%n answer)</numerusform>
            <numerusform>%1 of 5 (%n answers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SearchResultsModel</name>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SessionDialog</name>
    <message>
        <source>Only counsellors and supervisors record counselling sessions. Ask one of them to record this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A psychological session is confidential: its notes are visible to counsellors and supervisors only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: visible to counsellors and supervisors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the session corrected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling session — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what was recorded wrongly and say why. The original stays in the corrections list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction was saved; the earlier text is kept in the corrections list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the beneficiary&apos;s satisfaction survey after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidential notes of this session are sealed, and the key that opens them has not reached you on this computer yet. It comes when a counsellor or supervisor who holds it logs in after your account arrived, then syncs; log in again after that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic-Indic digits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin digits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gregorian with Hijri (Umm al-Qura) beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates look like this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Tamkeen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamkeen database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamkeen will open this database at its next start. An existing Tamkeen file is opened; a new name creates a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility rule (income threshold) for the whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount for the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each other member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eligibility rule was saved; every household&apos;s eligibility was recalculated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen when idle for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SetupDialog</name>
    <message>
        <source>Set up Tamkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. RUH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin letters and digits; every file number of the centre starts with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / governorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Laptop of the Al-Kharj branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each laptop of the centre its own number, so file numbers never repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the new database with demonstration households (for training; not real people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Tamkeen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join with an enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your centre, a name for this device and the first administrator. You can add the other users afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator enrolled this laptop on the Devices screen of the organisation&apos;s computer and gave you the enrolment file and, separately, its passphrase. The laptop&apos;s number, its centre and the organisation&apos;s accounts come from the file: afterwards, log in with your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment files (*.tamkeen-enrol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the enrolment file the administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::StatusDialog</name>
    <message>
        <source>Change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::StopSupportDialog</name>
    <message>
        <source>Stop support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the support stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SupervisorHome</name>
    <message>
        <source>Caseload per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a row with a double click or Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the approval queue and the caseloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned to a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worker not known on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload per worker: no family supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload per worker: %1 families supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your decision: nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s decision: nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families by level of care: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By level of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign families…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a worker&apos;s families with a double click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-ups: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SupportDialog</name>
    <message>
        <source>Record support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. social security, a charity&apos;s fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount (in kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was approved or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (if known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SupportTab</name>
    <message>
        <source>Record support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income and support, month by month (the last twelve months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (eligible then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not eligible then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support recorded for this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support is given this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support given this month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and some in another currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support&apos;s share of work and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n suspended for a condition missed)</source>
        <translation>
            <numerusform>%1 (%n suspended for a condition missed)</numerusform>
            <numerusform>%1 (%n suspended for a condition missed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SupportTypesBox</name>
    <message>
        <source>Types of support, for the whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new type, e.g. school uniforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of support was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SyncPage</name>
    <message>
        <source>Export and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync between computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a folder or USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the package go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a whole folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no Tamkeen packages (.tamkeen) in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any computer (what any of them may lack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what %1 (%2) lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to send: the package will only tell the others what this computer holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported before: nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will go (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) sent</source>
        <translation>
            <numerusform>%Ln change sent</numerusform>
            <numerusform>%Ln changes sent</numerusform>
        </translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported; %1 wait for records not here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 were not imported; see why in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) imported.</source>
        <translation>
            <numerusform>%Ln file imported.</numerusform>
            <numerusform>%Ln files imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tamkeen packages and snapshots (*.tamkeen *.tamkeen-snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from this snapshot; the search index is being built</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported, with %Ln document(s)</source>
        <translation>
            <numerusform>Imported, with %Ln document</numerusform>
            <numerusform>Imported, with %Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file %1 to import: it may have been moved or renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tamkeen package (.tamkeen); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::TaskInboxPage</name>
    <message>
        <source>Only what is late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a row with a double click or Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due, none of it late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due, %2 of it late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your tasks…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::TimelineView</name>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: visible to counsellors and supervisors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered (file %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::UsersModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two laptops made this name while offline. Select one of the accounts and choose Rename….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shared: cannot log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) share a name with another account, because two laptops made the same name while offline. None of them can log in until an administrator renames all but one: select an account marked below and choose Rename….</source>
        <translation>
            <numerusform>%n account shares a name with another account, because two laptops made the same name while offline. None of them can log in until an administrator renames all but one: select an account marked below and choose Rename….</numerusform>
            <numerusform>%n accounts share a name with another account, because two laptops made the same name while offline. None of them can log in until an administrator renames all but one: select an account marked below and choose Rename….</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now named %2. The change reaches the other laptops with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::VisitDialog</name>
    <message>
        <source>Record a home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours, relatives who are not registered …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude, longitude: 24.7136, 46.6753, or a map link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw and heard: the housing, the family&apos;s needs, changes since the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member found at the visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an income found at the visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::VisitPlanView</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a visit in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still due from an earlier day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::VisitsPage</name>
    <message>
        <source>Home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan visits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose families of the caseload to visit on a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose visits to plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits planned.</source>
        <translation>
            <numerusform>%Ln visits planned.</numerusform>
            <numerusform>%Ln visits planned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::VisitsTab</name>
    <message>
        <source>Plan a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the planned visit selected, or a visit that was not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the planned visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a planned visit in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document to the visit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::WarningsSummary</name>
    <message>
        <source>Early warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln families, %2 not seen yet</source>
        <translation>
            <numerusform>%1: %Ln families, %2 not seen yet</numerusform>
            <numerusform>%1: %Ln families, %2 not seen yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the families on each list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::WarningsView</name>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as seen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed</source>
        <translation>
            <numerusform>%Ln missed</numerusform>
            <numerusform>%Ln missed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (for the next person):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::WeekView</name>
    <message>
        <source>Show this day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::WithdrawConsentDialog</name>
    <message>
        <source>Withdraw a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
