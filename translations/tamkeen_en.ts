<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>NewUserDialog</name>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>Not enough memory to protect the password. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
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
</context>
<context>
    <name>tamkeen::ui::ComingSoonPage</name>
    <message>
        <source>This section is coming in a later version of Tamkeen.</source>
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
        <source>Register households and their members, incomes and eligibility, and find any family in a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments and economic, social and psychological counselling sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empowerment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual empowerment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals, tasks and empowerment tracks agreed with each beneficiary, up to a voluntary exit from support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals to partner organisations for training, jobs and micro-finance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and import of data between laptops and centres by files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact indicators: self-sufficiency, re-entry and income growth.</source>
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
        <source>Log &amp;out</source>
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
</context>
<context>
    <name>tamkeen::ui::MessageBanner</name>
    <message>
        <source>Close this message</source>
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
</context>
<context>
    <name>tamkeen::ui::SetupDialog</name>
    <message>
        <source>Set up Tamkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Tamkeen. Enter your centre, a name for this device and the first administrator. You can add the other users afterwards.</source>
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
</context>
</TS>
