<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver did not give access to its connection.</source>
        <translation>لم يسمح برنامج تشغيل SQLite بالوصول إلى الاتصال.</translation>
    </message>
    <message>
        <source>Could not prepare change tracking on the database: %1</source>
        <translation>تعذّر تجهيز تتبّع التغييرات في قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>القرص ممتلئ. لم يُحفظ شيء؛ أفرغ بعض المساحة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Nothing was saved; try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة في نافذة أو برنامج آخر. لم يُحفظ شيء؛ حاول مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only or on a protected drive).</source>
        <translation>لا يمكن الكتابة في ملف قاعدة البيانات (فهو للقراءة فقط أو على قرص محمي).</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup or an export.</source>
        <translation>ملف قاعدة البيانات تالف. استرجعه من نسخة احتياطية أو من ملف تصدير.</translation>
    </message>
    <message>
        <source>The database file could not be read or written: %1</source>
        <translation>تعذّرت قراءة ملف قاعدة البيانات أو الكتابة فيه: %1</translation>
    </message>
    <message>
        <source>A database operation failed: %1</source>
        <translation>فشلت عملية في قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>برنامج تشغيل SQLite الخاص بـ Qt غير مثبّت (الحزمة libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>قاعدة البيانات غير مفتوحة.</translation>
    </message>
    <message>
        <source>%1 is not a Tamkeen database. Choose another file; this one was not changed.</source>
        <translation>الملف %1 ليس قاعدة بيانات تمكين. اختر ملفًا آخر؛ لم يُغيَّر هذا الملف.</translation>
    </message>
    <message>
        <source>%1 is damaged (it may have been copied only partly). Restore it from a backup or an export; the file was not changed.</source>
        <translation>الملف %1 تالف (ربما نُسخ جزء منه فقط). استرجعه من نسخة احتياطية أو من ملف تصدير؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة الملف %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty. It is not a Tamkeen database; if it was copied, copy it again.</source>
        <translation>الملف %1 فارغ، وليس قاعدة بيانات تمكين؛ إن كان منسوخًا فانسخه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tamkeen. Update Tamkeen on this computer to open it; the file was not changed.</source>
        <translation>الملف %1 كُتب بإصدار أحدث من تمكين. حدِّث تمكين على هذا الجهاز لفتحه؛ لم يُغيَّر الملف.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>This database has not been set up yet.</source>
        <translation>لم تُهيَّأ قاعدة البيانات هذه بعد.</translation>
    </message>
    <message>
        <source>This device&apos;s record is missing from the database.</source>
        <translation>سجل هذا الجهاز غير موجود في قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>Not enough memory to protect the password. Close other programs and try again.</source>
        <translation>لا تكفي الذاكرة لحماية كلمة المرور. أغلق البرامج الأخرى ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>يجب ألا تقل كلمة المرور عن %1 أحرف.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Field social worker</source>
        <translation>الأخصائي الاجتماعي الميداني</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The centre code must be 2 to 6 Latin letters or digits, starting with a letter (e.g. RUH).</source>
        <translation>رمز المركز من حرفين إلى ستة أحرف لاتينية أو أرقام، يبدأ بحرف (مثل RUH).</translation>
    </message>
    <message>
        <source>Enter the centre&apos;s name.</source>
        <translation>أدخل اسم المركز.</translation>
    </message>
    <message>
        <source>Enter a name for this device, e.g. &quot;Laptop of the Al-Kharj branch&quot;.</source>
        <translation>أدخل اسمًا لهذا الجهاز، مثل «حاسوب فرع الخرج».</translation>
    </message>
    <message>
        <source>The device number must be between 1 and 999.</source>
        <translation>يجب أن يكون رقم الجهاز بين 1 و999.</translation>
    </message>
    <message>
        <source>This database has already been set up.</source>
        <translation>هذه القاعدة مهيّأة من قبل.</translation>
    </message>
</context>
<context>
    <name>SyncedWriter</name>
    <message>
        <source>Internal error: %1 is not a synced table.</source>
        <translation>خطأ داخلي: الجدول %1 ليس من الجداول المُزامَنة.</translation>
    </message>
    <message>
        <source>Internal error: %1 is not a writable column of %2.</source>
        <translation>خطأ داخلي: %1 ليس عمودًا قابلًا للكتابة في %2.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>There is no user named %1.</source>
        <translation>لا يوجد مستخدم باسم %1.</translation>
    </message>
    <message>
        <source>The user name must have 3 to 32 characters.</source>
        <translation>يجب أن يكون اسم المستخدم من 3 إلى 32 حرفًا.</translation>
    </message>
    <message>
        <source>The user name may contain only letters, digits, dots, dashes and underscores.</source>
        <translation>لا يحتوي اسم المستخدم إلا على حروف وأرقام ونقاط وشرطات وشرطات سفلية.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>أدخل الاسم الكامل للمستخدم.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>اسم المستخدم %1 مستخدَم من قبل.</translation>
    </message>
    <message>
        <source>Only administrators can manage users.</source>
        <translation>إدارة المستخدمين من صلاحية مديري النظام فقط.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>لا يمكنك تعطيل حسابك أنت.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>هذا المستخدم لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>At least one administrator must stay active.</source>
        <translation>يجب أن يبقى مدير نظام واحد على الأقل مفعّلًا.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>محاولات فاشلة كثيرة. حاول مرة أخرى الآن.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر ثانية واحدة ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر ثانيتين ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر %n ثوانٍ ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر %n ثانية ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر %n ثانية ثم حاول مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور خاطئة.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator to reactivate it.</source>
        <translation>تم تعطيل هذا الحساب. اطلب من مدير النظام إعادة تفعيله.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tamkeen</source>
        <translation>تمكين</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AboutDialog</name>
    <message>
        <source>About Tamkeen</source>
        <translation>عن تمكين</translation>
    </message>
    <message>
        <source>Tamkeen %1</source>
        <translation>تمكين %1</translation>
    </message>
    <message>
        <source>A caseworker&apos;s tool for empowerment programmes: households, empowerment clinics and individual empowerment plans, offline first.</source>
        <translation>أداة الأخصائيين لبرامج التمكين: الأسر وعيادات التمكين وخطط التمكين الفردية، تعمل دون اتصال أولًا.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. You may share and change it under its terms; it comes with no warranty.</source>
        <translation>الترخيص: رخصة جنو العمومية العامة، الإصدار 3 أو أحدث. يحق لك نشره وتعديله وفق شروطها، ويُقدَّم دون أي ضمان.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Built with %1, SQLite and libsodium.</source>
        <translation>مبني باستخدام %1 و⁦SQLite⁩ و⁦libsodium⁩.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AppController</name>
    <message>
        <source>Tamkeen cannot open the database</source>
        <translation>تعذّر على تمكين فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Nothing was changed. To use another database, start Tamkeen with --db and the path of the file, or ask your administrator.</source>
        <translation>لم يُغيَّر شيء. لاستخدام قاعدة بيانات أخرى شغّل تمكين مع مسار ملف آخر (الخيار db)، أو اطلب المساعدة من مدير النظام.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ComingSoonPage</name>
    <message>
        <source>This section is coming in a later version of Tamkeen.</source>
        <translation>يتوفر هذا القسم في إصدار قادم من تمكين.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::LoginDialog</name>
    <message>
        <source>Log in to Tamkeen</source>
        <translation>تسجيل الدخول إلى تمكين</translation>
    </message>
    <message>
        <source>Tamkeen</source>
        <translation>تمكين</translation>
    </message>
    <message>
        <source>Tamkeen — %1</source>
        <translation>تمكين — %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>يمكنك المحاولة الآن.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>محاولات فاشلة كثيرة. حاول مرة أخرى الآن.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر ثانية واحدة ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر ثانيتين ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر %n ثوانٍ ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر %n ثانية ثم حاول مرة أخرى.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر %n ثانية ثم حاول مرة أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::MainWindow</name>
    <message>
        <source>Tamkeen — %1</source>
        <translation>تمكين — %1</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Register households and their members, incomes and eligibility, and find any family in a second.</source>
        <translation>تسجيل الأسر وأفرادها ودخولها وأهليتها، والوصول إلى أي أسرة في ثانية.</translation>
    </message>
    <message>
        <source>Empowerment clinic</source>
        <translation>عيادة التمكين</translation>
    </message>
    <message>
        <source>Appointments and economic, social and psychological counselling sessions.</source>
        <translation>المواعيد والجلسات الاستشارية الاقتصادية والاجتماعية والنفسية.</translation>
    </message>
    <message>
        <source>Empowerment plans</source>
        <translation>خطط التمكين</translation>
    </message>
    <message>
        <source>Individual empowerment plans</source>
        <translation>خطط التمكين الفردية</translation>
    </message>
    <message>
        <source>Goals, tasks and empowerment tracks agreed with each beneficiary, up to a voluntary exit from support.</source>
        <translation>الأهداف والمهام ومسارات التمكين المتفق عليها مع كل مستفيد، وصولًا إلى الخروج الطوعي من الدعم.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Referrals to partner organisations for training, jobs and micro-finance.</source>
        <translation>الإحالة إلى الجهات الشريكة للتدريب والتوظيف والتمويل متناهي الصغر.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Export and import of data between laptops and centres by files.</source>
        <translation>تصدير البيانات واستيرادها بين الأجهزة والمراكز عبر الملفات.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Impact indicators: self-sufficiency, re-entry and income growth.</source>
        <translation>مؤشرات قياس الأثر: الاكتفاء الذاتي والعودة إلى الدعم ونمو الدخل.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Tamkeen</source>
        <translation>&amp;عن تمكين</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>المستخدم: %1 (%2)</translation>
    </message>
    <message>
        <source>Centre: %1 %2</source>
        <translation>المركز: %1 %2</translation>
    </message>
    <message>
        <source>Device: %1 (no. %2)</source>
        <translation>الجهاز: %1 (رقم %2)</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>آخر مزامنة: لم تتم بعد</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::NewUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>إضافة المستخدم</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>New password for %1. Tell the user in person; they can log in with it at once.</source>
        <translation>كلمة مرور جديدة للمستخدم %1. أبلغه بها شخصيًا، ويمكنه الدخول بها فورًا.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Arabic-Indic digits (%1)</source>
        <translation>أرقام عربية مشرقية (%1)</translation>
    </message>
    <message>
        <source>Latin digits (%1)</source>
        <translation>أرقام لاتينية (%1)</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Gregorian with Hijri (Umm al-Qura) beside it</source>
        <translation>ميلادي ومعه الهجري (أم القرى)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Dates look like this</source>
        <translation>تظهر التواريخ هكذا</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Tamkeen.</source>
        <translation>تُستخدم اللغة الجديدة عند تشغيل تمكين في المرة القادمة.</translation>
    </message>
    <message>
        <source>Tamkeen database (*.sqlite)</source>
        <translation>قاعدة بيانات تمكين (*.sqlite)</translation>
    </message>
    <message>
        <source>Tamkeen will open this database at its next start. An existing Tamkeen file is opened; a new name creates a new database.</source>
        <translation>سيفتح تمكين قاعدة البيانات هذه عند تشغيله في المرة القادمة. يُفتح ملف تمكين الموجود، ويُنشئ الاسم الجديد قاعدة بيانات جديدة.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SetupDialog</name>
    <message>
        <source>Set up Tamkeen</source>
        <translation>تهيئة تمكين</translation>
    </message>
    <message>
        <source>Welcome to Tamkeen. Enter your centre, a name for this device and the first administrator. You can add the other users afterwards.</source>
        <translation>مرحبًا بك في تمكين. أدخل بيانات مركزك واسمًا لهذا الجهاز وأول مدير للنظام، ويمكنك إضافة بقية المستخدمين لاحقًا.</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>مركز الخدمة</translation>
    </message>
    <message>
        <source>e.g. RUH</source>
        <translation>مثل RUH</translation>
    </message>
    <message>
        <source>Latin letters and digits; every file number of the centre starts with it.</source>
        <translation>حروف لاتينية وأرقام؛ يبدأ به كل رقم ملف في المركز.</translation>
    </message>
    <message>
        <source>Centre code</source>
        <translation>رمز المركز</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>اسم المركز</translation>
    </message>
    <message>
        <source>Region / governorate</source>
        <translation>المنطقة / المحافظة</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>e.g. Laptop of the Al-Kharj branch</source>
        <translation>مثل: حاسوب فرع الخرج</translation>
    </message>
    <message>
        <source>Give each laptop of the centre its own number, so file numbers never repeat.</source>
        <translation>أعطِ كل جهاز في المركز رقمًا خاصًا به حتى لا تتكرر أرقام الملفات.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <source>Device number</source>
        <translation>رقم الجهاز</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>أول مدير للنظام</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>تهيئة</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::UsersModel</name>
    <message>
        <source>Active</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>إضافة مستخدم…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <source>The user %1 was added.</source>
        <translation>تمت إضافة المستخدم %1.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>أُعيد تعيين كلمة مرور المستخدم %1.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>يستطيع %1 الدخول مجددًا.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>لم يعد بإمكان %1 الدخول.</translation>
    </message>
</context>
</TS>
