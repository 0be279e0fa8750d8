<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AppointmentService</name>
    <message>
        <source>Choose the family member the appointment is for.</source>
        <translation>اختر فرد الأسرة الذي يُحجز له الموعد.</translation>
    </message>
    <message>
        <source>Choose the counsellor.</source>
        <translation>اختر المستشار.</translation>
    </message>
    <message>
        <source>Choose the date and time of the appointment.</source>
        <translation>اختر تاريخ الموعد ووقته.</translation>
    </message>
    <message>
        <source>The duration must be between 5 minutes and 8 hours.</source>
        <translation>يجب أن تكون المدة بين 5 دقائق و8 ساعات.</translation>
    </message>
    <message>
        <source>Choose where the appointment takes place.</source>
        <translation>اختر مكان الموعد.</translation>
    </message>
    <message>
        <source>Unknown consultation type: %1.</source>
        <translation>نوع استشارة غير معروف: %1.</translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation>فرد الأسرة هذا لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>%1 already has an appointment from %2 to %3 with %4.</source>
        <translation>لدى %1 موعد من %2 إلى %3 مع %4.</translation>
    </message>
    <message>
        <source>Choose what happened to the appointment.</source>
        <translation>اختر ما حدث في الموعد.</translation>
    </message>
    <message>
        <source>This appointment is already marked «%1».</source>
        <translation>هذا الموعد مسجَّل بالفعل بحالة «%1».</translation>
    </message>
    <message>
        <source>Write why the appointment is cancelled.</source>
        <translation>اكتب سبب إلغاء الموعد.</translation>
    </message>
    <message>
        <source>Only a booked appointment can be marked as arrived.</source>
        <translation>لا يمكن تسجيل الوصول إلا لموعد محجوز.</translation>
    </message>
    <message>
        <source>Only a booked appointment can be called in.</source>
        <translation>لا يمكن الاستدعاء إلا لموعد محجوز.</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>هذا الموعد لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>AssessmentService</name>
    <message>
        <source>Choose the kind of assessment.</source>
        <translation>اختر نوع التقييم.</translation>
    </message>
    <message>
        <source>Answer all five statements, each from 0 to 5.</source>
        <translation>أجب عن العبارات الخمس جميعها، كلٌّ منها من 0 إلى 5.</translation>
    </message>
    <message>
        <source>Years of work experience must be between 0 and 60.</source>
        <translation>يجب أن تكون سنوات الخبرة العملية بين 0 و60.</translation>
    </message>
    <message>
        <source>Unknown barrier: %1.</source>
        <translation>عائق غير معروف: %1.</translation>
    </message>
    <message>
        <source>Amounts must be zero or more.</source>
        <translation>يجب أن تكون المبالغ صفرًا أو أكثر.</translation>
    </message>
    <message>
        <source>Only counsellors and supervisors record assessments.</source>
        <translation>تسجيل التقييمات من صلاحية المستشارين والمشرفين فقط.</translation>
    </message>
    <message>
        <source>The date of the assessment cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ التقييم في المستقبل.</translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation>فرد الأسرة هذا لم يعد موجودًا.</translation>
    </message>
</context>
<context>
    <name>Assignments</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>لم تعد هذه الأسرة موجودة.</translation>
    </message>
    <message>
        <source>This household&apos;s file is archived: it is not reassigned or transferred.</source>
        <translation>ملف هذه الأسرة مؤرشف: لا يُعاد إسناده ولا يُنقل.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>اذكر السبب.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators reassign families.</source>
        <translation>لا يعيد إسناد الأسر إلا المشرفون ومديرو النظام.</translation>
    </message>
    <message>
        <source>Choose the families to reassign.</source>
        <translation>اختر الأسر التي يُعاد إسنادها.</translation>
    </message>
    <message>
        <source>Choose an active field worker.</source>
        <translation>اختر أخصائيًا ميدانيًا فعّالًا.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators transfer families.</source>
        <translation>لا ينقل الأسر إلا المشرفون ومديرو النظام.</translation>
    </message>
    <message>
        <source>This centre is not known here: choose one of the list.</source>
        <translation>هذا المركز غير معروف هنا: اختر مركزًا من القائمة.</translation>
    </message>
    <message>
        <source>The family is already at this centre.</source>
        <translation>الأسرة في هذا المركز أصلًا.</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>a member whose data is not here</source>
        <translation>فرد ليست بياناته على هذه النسخة</translation>
    </message>
    <message>
        <source>a user not known here</source>
        <translation>مستخدم غير معروف هنا</translation>
    </message>
    <message>
        <source>Added the account %1 (%2)</source>
        <translation>أضاف الحساب %1 (%2)</translation>
    </message>
    <message>
        <source>Reactivated the account of %1</source>
        <translation>أعاد تفعيل حساب %1</translation>
    </message>
    <message>
        <source>Deactivated the account of %1</source>
        <translation>أوقف حساب %1</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>أعاد تعيين كلمة مرور %1</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>غيّر كلمة مروره</translation>
    </message>
    <message>
        <source>The sessions of %1</source>
        <translation>جلسات %1</translation>
    </message>
    <message>
        <source>The whole household</source>
        <translation>الأسرة كاملة</translation>
    </message>
    <message>
        <source>One member of the household</source>
        <translation>فرد واحد من الأسرة</translation>
    </message>
    <message>
        <source>«%1» in %2</source>
        <translation>«%1» في %2</translation>
    </message>
    <message>
        <source>A referral made by %1 arrived by sync without the member&apos;s consent to sharing with that partner</source>
        <translation>وصلت بالمزامنة إحالة أنشأها %1 دون موافقة الفرد على مشاركة بياناته مع تلك الجهة الشريكة</translation>
    </message>
    <message>
        <source>Everything held about %1</source>
        <translation>كل البيانات المحفوظة عن %1</translation>
    </message>
    <message>
        <source>The whole database, as a canonical dump (command line)</source>
        <translation>قاعدة البيانات كاملة، تفريغًا قياسيًا (سطر الأوامر)</translation>
    </message>
    <message>
        <source>Every household and member, in the import format (command line): %1</source>
        <translation>كل الأسر وأفرادها بصيغة الاستيراد (سطر الأوامر): %1</translation>
    </message>
    <message>
        <source>Indicators report (command line): %1</source>
        <translation>تقرير المؤشرات (سطر الأوامر): %1</translation>
    </message>
    <message>
        <source>Early warning lists (command line): %1</source>
        <translation>قوائم الإنذار المبكر (سطر الأوامر): %1</translation>
    </message>
    <message>
        <source>The households list: %1</source>
        <translation>قائمة الأسر: %1</translation>
    </message>
    <message>
        <source>Search results: %1</source>
        <translation>نتائج البحث: %1</translation>
    </message>
    <message>
        <source>Every household and member, in the import format: %1</source>
        <translation>كل الأسر وأفرادها بصيغة الاستيراد: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Opened a household file</source>
        <translation>فتح ملف أسرة</translation>
    </message>
    <message>
        <source>Read confidential notes</source>
        <translation>قرأ ملاحظات سرية</translation>
    </message>
    <message>
        <source>Printed or saved a document</source>
        <translation>طبع مستندًا أو حفظه</translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation>صدّر بيانات</translation>
    </message>
    <message>
        <source>Changed an account</source>
        <translation>غيّر حسابًا</translation>
    </message>
    <message>
        <source>Resolved a sync conflict</source>
        <translation>حسم تعارضًا في المزامنة</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>أعدّ نسخة احتياطية</translation>
    </message>
    <message>
        <source>Only supervisors and administrators read the audit trail.</source>
        <translation>سجل التدقيق للمشرفين ومديري النظام وحدهم.</translation>
    </message>
    <message>
        <source>entry %1 appears twice</source>
        <translation>القيد %1 مكرر</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>القيود من %1 إلى %2 مفقودة</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>القيد %1 لا يتبع القيد الذي قبله</translation>
    </message>
    <message>
        <source>entry %1 was altered</source>
        <translation>القيد %1 عُدّل</translation>
    </message>
    <message>
        <source>entry %1 was written by another device</source>
        <translation>القيد %1 كتبه جهاز آخر</translation>
    </message>
    <message>
        <source>Erased a person&apos;s data</source>
        <translation>محا بيانات شخص</translation>
    </message>
    <message>
        <source>Received a referral made without consent</source>
        <translation>استلم إحالة أُرسلت دون موافقة</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The disk is full: the backup %1 was not made. Free some space or choose another disk or USB stick.</source>
        <translation>القرص ممتلئ: لم تُعمل النسخة الاحتياطية %1. أفرغ بعض المساحة أو اختر قرصًا آخر أو ذاكرة USB أخرى.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program; the backup was not made. Try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة في نافذة أو برنامج آخر؛ لم تُعمل النسخة الاحتياطية. حاول بعد قليل.</translation>
    </message>
    <message>
        <source>The database is damaged: the backup %1 was not made. Keep the earlier backups.</source>
        <translation>قاعدة البيانات تالفة: لم تُعمل النسخة الاحتياطية %1. احتفظ بالنسخ الاحتياطية السابقة.</translation>
    </message>
    <message>
        <source>The backup %1 was not made: %2</source>
        <translation>لم تُعمل النسخة الاحتياطية %1: %2</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>قاعدة البيانات غير مفتوحة.</translation>
    </message>
    <message>
        <source>%1 is already there; a backup never replaces a file. Choose another name.</source>
        <translation>الملف %1 موجود من قبل، والنسخة الاحتياطية لا تحلّ محل ملف أبدًا. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>%1 is in the way and could not be removed.</source>
        <translation>الملف %1 يعترض الطريق وتعذّر حذفه.</translation>
    </message>
    <message>
        <source>The backup %1 could not be created: %2</source>
        <translation>تعذّر إنشاء النسخة الاحتياطية %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 did not read back whole; it was not kept. Check the disk and try again.</source>
        <translation>لم تُقرأ النسخة الاحتياطية %1 كاملة بعد كتابتها، فلم يُحتفظ بها. افحص القرص وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The backup %1 was not kept: no account of the database has a key to open it with.</source>
        <translation>لم يُحتفظ بالنسخة الاحتياطية %1: لا يملك أي حساب في قاعدة البيانات مفتاحًا يفتحها به.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية %1 على القرص.</translation>
    </message>
    <message>
        <source>The backup %1 could not be given its name.</source>
        <translation>تعذّر إعطاء النسخة الاحتياطية %1 اسمها.</translation>
    </message>
    <message>
        <source>The backup %1 is not there.</source>
        <translation>النسخة الاحتياطية %1 غير موجودة.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (it may have been copied only partly). Nothing was changed; use another backup.</source>
        <translation>النسخة الاحتياطية %1 تالفة (ربما نُسخ جزء منها فقط). لم يتغيّر شيء؛ استعمل نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <source>%1 is not a Tamkeen backup. Nothing was changed.</source>
        <translation>الملف %1 ليس نسخة احتياطية لتمكين. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Tamkeen. Update Tamkeen on this computer first; nothing was changed.</source>
        <translation>النسخة الاحتياطية %1 أُعدّت بإصدار أحدث من تمكين. حدّث تمكين على هذا الحاسوب أولًا؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 and the database %2 are not both encrypted. Restore it under a new name, open that, and use it instead.</source>
        <translation>النسخة الاحتياطية %1 وقاعدة البيانات %2 ليستا مشفّرتين كلتاهما. استعد النسخة باسم جديد وافتحها واستعملها بدلًا منها.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program; close Tamkeen and try again. Nothing was changed.</source>
        <translation>قاعدة البيانات %1 مستعملة في برنامج آخر؛ أغلق تمكين وحاول مرة أخرى. لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>Choose a folder for the backups first.</source>
        <translation>اختر مجلدًا للنسخ الاحتياطية أولًا.</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be created. Is the USB stick or disk plugged in?</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية %1. هل ذاكرة USB أو القرص موصول؟</translation>
    </message>
</context>
<context>
    <name>CareLevels</name>
    <message>
        <source>Primary prevention</source>
        <translation>الوقاية الأولية</translation>
    </message>
    <message>
        <source>Secondary prevention</source>
        <translation>الوقاية الثانوية</translation>
    </message>
    <message>
        <source>Individual case management</source>
        <translation>إدارة الحالة الفردية</translation>
    </message>
    <message>
        <source>Specialised services</source>
        <translation>الخدمات المتخصصة</translation>
    </message>
    <message>
        <source>Intensive services</source>
        <translation>الخدمات المكثفة</translation>
    </message>
    <message>
        <source>Only field workers, counsellors and supervisors assess a family&apos;s level of care.</source>
        <translation>لا يقيّم مستوى رعاية الأسرة إلا الأخصائيون الميدانيون والمستشارون والمشرفون.</translation>
    </message>
    <message>
        <source>Choose the level of care.</source>
        <translation>اختر مستوى الرعاية.</translation>
    </message>
    <message>
        <source>Choose the day of the assessment, today or earlier.</source>
        <translation>اختر يوم التقييم، اليوم أو قبله.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Say why the family needs this level of care.</source>
        <translation>اذكر سبب حاجة الأسرة إلى هذا المستوى من الرعاية.</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>لم تعد هذه الأسرة موجودة.</translation>
    </message>
    <message>
        <source>This household&apos;s file is archived: its level of care is not changed.</source>
        <translation>ملف هذه الأسرة مؤرشف: لا يُغيَّر مستوى رعايتها.</translation>
    </message>
</context>
<context>
    <name>ChangeSigning</name>
    <message>
        <source>Changes to %1 must be signed by the person who makes them, and no signing key is unlocked for the current user. Log in again with your password.</source>
        <translation>التغييرات على %1 يجب أن يوقّعها من يُجريها، ولا يوجد مفتاح توقيع مفتوح للمستخدم الحالي. سجّل الدخول مرة أخرى بكلمة مرورك.</translation>
    </message>
    <message>
        <source>Internal error: the change to sign is not in the log.</source>
        <translation>خطأ داخلي: التغيير المطلوب توقيعه غير موجود في السجل.</translation>
    </message>
    <message>
        <source>This installation belongs to no organisation yet: set it up first.</source>
        <translation>هذا التثبيت لا ينتمي إلى أي جهة بعد: أكمل الإعداد أولًا.</translation>
    </message>
</context>
<context>
    <name>ClinicText</name>
    <message>
        <source>Expected</source>
        <translation>بانتظار الوصول</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>تم الوصول</translation>
    </message>
    <message>
        <source>Being seen</source>
        <translation>قيد المقابلة</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>لا دقائق</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed</source>
        <translation>
            <numerusform>لا مواعيد فائتة</numerusform>
            <numerusform>موعد فائت واحد</numerusform>
            <numerusform>موعدان فائتان</numerusform>
            <numerusform>%Ln مواعيد فائتة</numerusform>
            <numerusform>%Ln موعدًا فائتًا</numerusform>
            <numerusform>%Ln موعد فائت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicViews</name>
    <message>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>تغييرات الحالة</translation>
    </message>
    <message>
        <source>Incomes</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation>الجلسات الاستشارية</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Registered (file %1)</source>
        <translation>تم التسجيل (ملف الحالة %1)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Income: %1 %2 a month (%3)</source>
        <translation>الدخل: %1 %2 شهريًا (%3)</translation>
    </message>
    <message>
        <source>Appointment with %1: %2</source>
        <translation>موعد مع %1: %2</translation>
    </message>
    <message>
        <source>Counselling session with %1</source>
        <translation>جلسة استشارية مع %1</translation>
    </message>
    <message>
        <source>Assessment: %1</source>
        <translation>تقييم: %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>الدرجة: %1</translation>
    </message>
    <message>
        <source>Only supervisors and administrators change this setting.</source>
        <translation>تغيير هذا الإعداد من صلاحية المشرفين ومديري النظام فقط.</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and 365.</source>
        <translation>يجب أن يكون عدد الأيام بين 1 و365.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Empowerment plans</source>
        <translation>خطط التمكين</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Empowerment plan drawn up</source>
        <translation>إعداد خطة التمكين</translation>
    </message>
    <message>
        <source>Plan submitted for approval</source>
        <translation>رفع الخطة للاعتماد</translation>
    </message>
    <message>
        <source>Plan approved</source>
        <translation>اعتماد الخطة</translation>
    </message>
    <message>
        <source>Plan returned for changes</source>
        <translation>إعادة الخطة للتعديل</translation>
    </message>
    <message>
        <source>Plan reviewed</source>
        <translation>مراجعة الخطة</translation>
    </message>
    <message>
        <source>Plan completed</source>
        <translation>اكتمال الخطة</translation>
    </message>
    <message>
        <source>Plan ended with exit from support</source>
        <translation>انتهاء الخطة بالخروج من الدعم</translation>
    </message>
    <message>
        <source>Plan discontinued</source>
        <translation>إيقاف الخطة</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>إنجاز مهمة</translation>
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation>إحالة إلى %1: %2</translation>
    </message>
</context>
<context>
    <name>ClinicVocabulary</name>
    <message>
        <source>At the centre</source>
        <translation>في المركز</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>عبر الهاتف</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>مكالمة فيديو</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>حضر</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>أُعيدت جدولته</translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>The counsellor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>The field social worker</source>
        <translation>الأخصائي الاجتماعي الميداني</translation>
    </message>
    <message>
        <source>A partner organisation</source>
        <translation>جهة شريكة</translation>
    </message>
    <message>
        <source>Work readiness</source>
        <translation>الجاهزية للعمل</translation>
    </message>
    <message>
        <source>Economic situation</source>
        <translation>الوضع الاقتصادي</translation>
    </message>
    <message>
        <source>Wellbeing (WHO-5)</source>
        <translation>الرفاه النفسي (⁦WHO-5⁩)</translation>
    </message>
    <message>
        <source>Social situation</source>
        <translation>الوضع الاجتماعي</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>رعاية الأطفال</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>المواصلات</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>الديون</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Family refusal</source>
        <translation>رفض الأسرة</translation>
    </message>
    <message>
        <source>No work experience</source>
        <translation>عدم وجود خبرة عملية</translation>
    </message>
    <message>
        <source>Economic counselling</source>
        <translation>استشارة اقتصادية</translation>
    </message>
    <message>
        <source>Social counselling</source>
        <translation>استشارة اجتماعية</translation>
    </message>
    <message>
        <source>Psychological counselling</source>
        <translation>استشارة نفسية</translation>
    </message>
    <message>
        <source>Vocational guidance</source>
        <translation>التوجيه المهني</translation>
    </message>
    <message>
        <source>Legal counselling</source>
        <translation>استشارة قانونية</translation>
    </message>
    <message>
        <source>Health counselling</source>
        <translation>استشارة صحية</translation>
    </message>
    <message>
        <source>Only supervisors and administrators can add consultation types.</source>
        <translation>إضافة أنواع الاستشارة من صلاحية المشرفين ومديري النظام فقط.</translation>
    </message>
    <message>
        <source>Write the name of the consultation type.</source>
        <translation>اكتب اسم نوع الاستشارة.</translation>
    </message>
    <message>
        <source>This consultation type already exists.</source>
        <translation>نوع الاستشارة هذا موجود بالفعل.</translation>
    </message>
</context>
<context>
    <name>ClinicalKeys</name>
    <message>
        <source>Confidential notes cannot be written on this computer yet: the clinic&apos;s key has not reached it. A counsellor or supervisor who logs in here makes it, or it arrives with the next sync.</source>
        <translation>لا يمكن كتابة الملاحظات السرية على هذا الحاسوب بعد: مفتاح العيادة لم يصل إليه. يُنشئه أول مستشار أو مشرف يسجّل الدخول هنا، أو يصل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Only an administrator uses the recovery key.</source>
        <translation>استخدام مفتاح الاسترداد من صلاحية مدير النظام فقط.</translation>
    </message>
    <message>
        <source>This is not a recovery key.</source>
        <translation>هذا ليس مفتاح استرداد.</translation>
    </message>
    <message>
        <source>Only an active counsellor or supervisor can be given the keys of confidential notes.</source>
        <translation>لا تُمنح مفاتيح الملاحظات السرية إلا لمستشار أو مشرف حسابه مفعّل.</translation>
    </message>
    <message>
        <source>The recovery key opens none of the keys of confidential notes in this database.</source>
        <translation>مفتاح الاسترداد لا يفتح أيًّا من مفاتيح الملاحظات السرية في قاعدة البيانات هذه.</translation>
    </message>
</context>
<context>
    <name>Conditions</name>
    <message>
        <source>Each child of school age (6 to 17)</source>
        <translation>كل طفل في سن الدراسة (٦ إلى ١٧)</translation>
    </message>
    <message>
        <source>Each child under six</source>
        <translation>كل طفل دون السادسة</translation>
    </message>
    <message>
        <source>Each mother of a child under six</source>
        <translation>كل أم لطفل دون السادسة</translation>
    </message>
    <message>
        <source>The family as a whole</source>
        <translation>الأسرة كلها</translation>
    </message>
    <message>
        <source>Attendance in percent</source>
        <translation>نسبة الحضور المئوية</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>عدد الزيارات</translation>
    </message>
    <message>
        <source>Each month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <source>Each quarter</source>
        <translation>كل ربع سنة</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>إنذار</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>إرشاد</translation>
    </message>
    <message>
        <source>Support suspended</source>
        <translation>إيقاف الدعم</translation>
    </message>
    <message>
        <source>Support reinstated</source>
        <translation>إعادة الدعم</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Only supervisors and administrators set a programme&apos;s conditions.</source>
        <translation>يحدّد المشرفون ومديرو النظام وحدهم شروط البرامج.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>Write the programme and the condition.</source>
        <translation>اكتب البرنامج والشرط.</translation>
    </message>
    <message>
        <source>Choose whom the condition is for.</source>
        <translation>اختر من يخصّه الشرط.</translation>
    </message>
    <message>
        <source>Choose what is measured.</source>
        <translation>اختر ما يُقاس.</translation>
    </message>
    <message>
        <source>Choose how often it is checked.</source>
        <translation>اختر كم مرة يُتحقق منه.</translation>
    </message>
    <message>
        <source>The threshold is a percentage above 0 and at most 100.</source>
        <translation>الحد نسبة مئوية أكبر من ٠ ولا تتجاوز ١٠٠.</translation>
    </message>
    <message>
        <source>The threshold is a number of visits from 1 to 99.</source>
        <translation>الحد عدد زيارات من ١ إلى ٩٩.</translation>
    </message>
    <message>
        <source>Choose the month or quarter.</source>
        <translation>اختر الشهر أو الربع.</translation>
    </message>
    <message>
        <source>This condition no longer exists.</source>
        <translation>هذا الشرط لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Compliance is recorded for a period that has begun, not a later one.</source>
        <translation>يُسجَّل الالتزام لفترة بدأت، لا لفترة لاحقة.</translation>
    </message>
    <message>
        <source>Nobody in this family is concerned by this condition for that period.</source>
        <translation>لا يخصّ هذا الشرطُ أحدًا من هذه الأسرة في تلك الفترة.</translation>
    </message>
    <message>
        <source>This condition is not for this person in that period.</source>
        <translation>هذا الشرط لا يخصّ هذا الشخص في تلك الفترة.</translation>
    </message>
    <message>
        <source>Attendance is between 0 and 100 %.</source>
        <translation>الحضور بين ٠ و١٠٠٪.</translation>
    </message>
    <message>
        <source>The visits are between 0 and 99.</source>
        <translation>الزيارات بين ٠ و٩٩.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>%n not met: %1</source>
        <translation>
            <numerusform>لم يُستوفَ: %1</numerusform>
            <numerusform>واحد لم يستوفِ: %1</numerusform>
            <numerusform>اثنان لم يستوفيا: %1</numerusform>
            <numerusform>%n لم يستوفوا: %1</numerusform>
            <numerusform>%n لم يستوفوا: %1</numerusform>
            <numerusform>%n لم يستوفوا: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Write what was discussed with the family.</source>
        <translation>اكتب ما نوقش مع الأسرة.</translation>
    </message>
    <message>
        <source>Choose a programme with conditions that the family receives.</source>
        <translation>اختر برنامجًا مشروطًا تتلقى الأسرة دعمه.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators suspend support.</source>
        <translation>يوقف المشرفون ومديرو النظام وحدهم الدعم.</translation>
    </message>
    <message>
        <source>Say why the support is suspended.</source>
        <translation>اذكر سبب إيقاف الدعم.</translation>
    </message>
    <message>
        <source>The day cannot be in the future.</source>
        <translation>لا يمكن أن يكون اليوم في المستقبل.</translation>
    </message>
    <message>
        <source>This support is suspended already.</source>
        <translation>هذا الدعم موقوف بالفعل.</translation>
    </message>
    <message>
        <source>The family has no warning for this programme: nothing to suspend for.</source>
        <translation>لا إنذار للأسرة في هذا البرنامج: لا سبب للإيقاف.</translation>
    </message>
    <message>
        <source>Counsel the family first: a suspension comes only after counselling that follows the warning.</source>
        <translation>أرشد الأسرة أولًا: لا يأتي الإيقاف إلا بعد إرشاد يلي الإنذار.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators reinstate support.</source>
        <translation>يعيد المشرفون ومديرو النظام وحدهم الدعم.</translation>
    </message>
    <message>
        <source>Say why the support is reinstated.</source>
        <translation>اذكر سبب إعادة الدعم.</translation>
    </message>
    <message>
        <source>This support is not suspended.</source>
        <translation>هذا الدعم غير موقوف.</translation>
    </message>
    <message>
        <source>A reinstatement comes after the suspension.</source>
        <translation>تأتي إعادة الدعم بعد إيقافه.</translation>
    </message>
    <message>
        <source>Choose the region, the city or the district.</source>
        <translation>اختر المنطقة أو المدينة أو الحي.</translation>
    </message>
    <message>
        <source>The family did not receive this programme&apos;s support in that period: nothing to record.</source>
        <translation>لم تتلقَّ الأسرة دعم هذا البرنامج في تلك الفترة: لا شيء يُسجَّل.</translation>
    </message>
    <message>
        <source>A suspension comes after the counselling.</source>
        <translation>يأتي الإيقاف بعد الإرشاد.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>هذا التعارض لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators resolve conflicts.</source>
        <translation>حل التعارضات من صلاحية المشرفين ومديري النظام فقط.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>حُلّ هذا التعارض من قبل.</translation>
    </message>
    <message>
        <source>Choose whether the record stays archived or is restored.</source>
        <translation>اختر هل يبقى السجل مؤرشفًا أم يُستعاد.</translation>
    </message>
    <message>
        <source>The record has not arrived on this computer yet; resolve the conflict once it has.</source>
        <translation>لم يصل السجل إلى هذا الحاسوب بعد؛ احسم التعارض بعد وصوله.</translation>
    </message>
    <message>
        <source>This conflict is about a confidential note: only a supervisor, who may read it, resolves it.</source>
        <translation>هذا التعارض يخص ملاحظة سرية: لا يحله إلا المشرف، فهو من يحق له الاطلاع عليها.</translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>Registration and keeping the family&apos;s file</source>
        <translation>التسجيل وحفظ ملف الأسرة</translation>
    </message>
    <message>
        <source>Counselling at the empowerment clinic</source>
        <translation>الاستشارة في عيادة التمكين</translation>
    </message>
    <message>
        <source>Sharing data with a partner for a referral</source>
        <translation>مشاركة البيانات مع جهة شريكة لإحالة</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>استمارة موقّعة</translation>
    </message>
    <message>
        <source>Verbal, with a witness</source>
        <translation>شفهية بحضور شاهد</translation>
    </message>
    <message>
        <source>Log in to record a consent.</source>
        <translation>سجّل الدخول لتسجيل موافقة.</translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation>فرد الأسرة هذا لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Choose what the consent is for.</source>
        <translation>اختر موضوع الموافقة.</translation>
    </message>
    <message>
        <source>Name the partner the data may be shared with.</source>
        <translation>حدّد الجهة الشريكة التي يجوز مشاركة البيانات معها.</translation>
    </message>
    <message>
        <source>Choose how the consent was given.</source>
        <translation>اختر كيف أُعطيت الموافقة.</translation>
    </message>
    <message>
        <source>A verbal consent needs the name of the witness who heard it.</source>
        <translation>الموافقة الشفهية تحتاج إلى اسم الشاهد الذي سمعها.</translation>
    </message>
    <message>
        <source>The date of the consent cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الموافقة في المستقبل.</translation>
    </message>
    <message>
        <source>Without the member&apos;s consent, write why the referral must go all the same (at least ten characters): it is kept with your name.</source>
        <translation>دون موافقة الفرد، اكتب لماذا يجب إرسال الإحالة رغم ذلك (عشرة أحرف على الأقل): يُحفظ السبب مع اسمك.</translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation>هذه الموافقة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>سُحبت هذه الموافقة من قبل.</translation>
    </message>
    <message>
        <source>The withdrawal date must be between the consent&apos;s date and today.</source>
        <translation>يجب أن يكون تاريخ السحب بين تاريخ الموافقة واليوم.</translation>
    </message>
    <message>
        <source>Sent without the member&apos;s consent, on %1 by %2. Reason: %3</source>
        <translation>أُرسلت دون موافقة الفرد في %1، أرسلها %2. السبب: %3</translation>
    </message>
    <message>
        <source>given verbally on %1, witnessed by %2</source>
        <translation>شفهيًا في %1 بحضور الشاهد %2</translation>
    </message>
    <message>
        <source>given on a signed form on %1</source>
        <translation>باستمارة موقّعة في %1</translation>
    </message>
    <message>
        <source>%1 consented to sharing their data with %2: %3.</source>
        <translation>موافقة %1 على مشاركة بياناته مع %2: %3.</translation>
    </message>
    <message>
        <source>%1 consented to %2: %3.</source>
        <translation>موافقة %1 على %2: %3.</translation>
    </message>
</context>
<context>
    <name>CoordinateText</name>
    <message>
        <source>Type the place as two numbers, latitude then longitude, such as 24.7136, 46.6753.</source>
        <translation>اكتب الموقع رقمين: خط العرض ثم خط الطول، مثل 24.7136، 46.6753.</translation>
    </message>
    <message>
        <source>The latitude is between -90 and 90 and the longitude between -180 and 180.</source>
        <translation>خط العرض بين ‎-90 و90، وخط الطول بين ‎-180 و180.</translation>
    </message>
    <message>
        <source>This map link does not show where the place is: copy the place&apos;s two numbers, latitude then longitude, such as 24.7136, 46.6753.</source>
        <translation>لا يبيّن رابط الخريطة هذا مكان الموقع: انسخ رقمي الموقع، خط العرض ثم خط الطول، مثل 24.7136، 46.6753.</translation>
    </message>
</context>
<context>
    <name>Crisis</name>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>سيل</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>حريق</translation>
    </message>
    <message>
        <source>Displacement</source>
        <translation>نزوح</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>زلزال</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>حدث آخر</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدي</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>غذاء</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>إيواء</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>رعاية صحية</translation>
    </message>
    <message>
        <source>Other assistance</source>
        <translation>مساعدة أخرى</translation>
    </message>
    <message>
        <source>Only administrators keep the place list.</source>
        <translation>يتولّى مديرو النظام وحدهم قائمة الأماكن.</translation>
    </message>
    <message>
        <source>Choose a region, a city or a district.</source>
        <translation>اختر منطقة أو مدينة أو حيًّا.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Write the place&apos;s name.</source>
        <translation>اكتب اسم المكان.</translation>
    </message>
    <message>
        <source>A region is not inside another place.</source>
        <translation>المنطقة لا تقع داخل مكان آخر.</translation>
    </message>
    <message>
        <source>Choose the place it is in.</source>
        <translation>اختر المكان الذي يقع فيه.</translation>
    </message>
    <message>
        <source>A city is inside a region.</source>
        <translation>المدينة تقع داخل منطقة.</translation>
    </message>
    <message>
        <source>A district is inside a city.</source>
        <translation>الحي يقع داخل مدينة.</translation>
    </message>
    <message>
        <source>This place is on the list already.</source>
        <translation>هذا المكان في القائمة من قبل.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators declare an event.</source>
        <translation>يعلن الحدثَ المشرفون ومديرو النظام وحدهم.</translation>
    </message>
    <message>
        <source>Name the event, e.g. the flood of the valley.</source>
        <translation>سمِّ الحدث، مثل: سيل الوادي.</translation>
    </message>
    <message>
        <source>Choose what happened.</source>
        <translation>اختر ما حدث.</translation>
    </message>
    <message>
        <source>The event&apos;s day cannot be in the future.</source>
        <translation>لا يكون يوم الحدث في المستقبل.</translation>
    </message>
    <message>
        <source>Choose the places the event struck.</source>
        <translation>اختر الأماكن التي أصابها الحدث.</translation>
    </message>
    <message>
        <source>A place chosen is not on the place list.</source>
        <translation>مكان مختار ليس في قائمة الأماكن.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>This event is no longer recorded.</source>
        <translation>هذا الحدث لم يعد مسجّلًا.</translation>
    </message>
    <message>
        <source>Choose the assistance given.</source>
        <translation>اختر المساعدة المقدَّمة.</translation>
    </message>
    <message>
        <source>The amount is a number above zero.</source>
        <translation>المبلغ رقم أكبر من الصفر.</translation>
    </message>
    <message>
        <source>Cash has an amount.</source>
        <translation>للمساعدة النقدية مبلغ.</translation>
    </message>
    <message>
        <source>Assistance is given between the event&apos;s day and today.</source>
        <translation>تُقدَّم المساعدة بين يوم الحدث واليوم.</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>هذه الأسرة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Crisis list</source>
        <translation>قائمة الأزمة</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>With a disability</source>
        <translation>ذوو إعاقة</translation>
    </message>
    <message>
        <source>Aged %1 or more</source>
        <translation>في سن %1 فأكثر</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>دون %1 سنوات</translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation>دخل الفرد</translation>
    </message>
    <message>
        <source>Times assisted</source>
        <translation>مرات المساعدة</translation>
    </message>
    <message>
        <source>Amount given</source>
        <translation>المبلغ المقدَّم</translation>
    </message>
    <message>
        <source>Assistance is recorded in %1, the organisation&apos;s currency.</source>
        <translation>تُسجَّل المساعدة بعملة الجهة، %1.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file contains replacement characters (a question mark in a diamond) where letters were lost by an earlier conversion. Save it again from the original spreadsheet as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>يحتوي الملف على محارف بديلة (علامة استفهام داخل معيّن) في مواضع ضاعت فيها الحروف بتحويل سابق. احفظه من جديد من جدول البيانات الأصلي بصيغة «CSV UTF-8» ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>The file is not text in a known encoding (UTF-8, UTF-16 with a byte-order mark, or Arabic Windows 1256). Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>الملف ليس نصًّا بترميز معروف (UTF-8، أو UTF-16 مع علامة ترتيب البايتات، أو ترميز ويندوز العربي 1256). احفظه من جدول البيانات بصيغة «CSV UTF-8» ثم استورد ذلك الملف.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>The file has no rows to import (the first line must name the columns).</source>
        <translation>لا يحتوي الملف على صفوف للاستيراد (يجب أن يحمل السطر الأول أسماء الأعمدة).</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. The columns are described in the import format guide.</source>
        <translation>العمود «%1» غير معروف. الأعمدة موضَّحة في دليل صيغة الاستيراد.</translation>
    </message>
    <message>
        <source>This row has %1 fields; the header has %2.</source>
        <translation>عدد الحقول في هذا السطر %1، وعددها في سطر العناوين %2.</translation>
    </message>
    <message>
        <source>The household_key is empty.</source>
        <translation>قيمة household_key فارغة.</translation>
    </message>
    <message>
        <source>monthly_rent is not a number: %1</source>
        <translation>قيمة monthly_rent ليست رقمًا: %1</translation>
    </message>
    <message>
        <source>registration_date is not a date (use 2026-11-23 or 23/11/2026).</source>
        <translation>قيمة registration_date ليست تاريخًا (استخدم 2026-11-23 أو 23/11/2026).</translation>
    </message>
    <message>
        <source>birth_date is not a date (use 2026-11-23 or 23/11/2026).</source>
        <translation>قيمة birth_date ليست تاريخًا (استخدم 2026-11-23 أو 23/11/2026).</translation>
    </message>
    <message>
        <source>The same identity number is on line %1.</source>
        <translation>رقم الهوية نفسه موجود في السطر %1.</translation>
    </message>
    <message>
        <source>Household &quot;%1&quot; has %2 heads; it needs exactly one (relation &quot;head&quot;).</source>
        <translation>عدد أرباب الأسرة «%1» هو %2، والمطلوب رب أسرة واحد فقط (القيمة head في العمود relation).</translation>
    </message>
    <message>
        <source>The identity number is already registered for %1 in file %2.</source>
        <translation>رقم الهوية مسجَّل من قبل باسم %1 في الملف %2.</translation>
    </message>
    <message>
        <source>%1 resembles %2 in file %3 (%4).</source>
        <translation>يوجد تشابه بين %1 و%2 في الملف %3 (%4).</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Imported from a CSV file</source>
        <translation>مستوردة من ملف CSV</translation>
    </message>
    <message>
        <source>The identity number is also on line %1.</source>
        <translation>رقم الهوية نفسه موجود أيضًا في السطر %1.</translation>
    </message>
    <message>
        <source>%1 resembles %2 on line %3 (%4). Check both, or import with the similar people allowed.</source>
        <translation>يوجد تشابه بين %1 و%2 في السطر %3 (%4). راجع الاثنين، أو استورد مع السماح بالأشخاص المتشابهين.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>العمود «%1» مكرَّر.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; (%2) is missing.</source>
        <translation>العمود «%1» (%2) غير موجود.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1: القيمة «%2» ليست من القيم المقبولة (%3).</translation>
    </message>
    <message>
        <source>monthly_income is not an amount: %1</source>
        <translation>قيمة monthly_income ليست مبلغًا: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>not yet known</source>
        <translation>لم تُعرف بعد</translation>
    </message>
    <message>
        <source>Month of exit</source>
        <translation>شهر الخروج</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>حالات الخروج</translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s)</source>
        <translation>
            <numerusform>بعد %n شهر</numerusform>
            <numerusform>بعد شهر واحد</numerusform>
            <numerusform>بعد شهرين</numerusform>
            <numerusform>بعد %n أشهر</numerusform>
            <numerusform>بعد %n شهرًا</numerusform>
            <numerusform>بعد %n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Not re-entered</source>
        <translation>لم تعد إلى الدعم</translation>
    </message>
    <message>
        <source>Share of exits not re-entered, by months since the exit</source>
        <translation>نسبة الأسر الخارجة التي لم تعد إلى الدعم، بحسب الأشهر منذ الخروج</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Households that left support, by month</source>
        <translation>الأسر التي خرجت من الدعم، بحسب الشهر</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>الأخصائي</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Supported at the end</source>
        <translation>مدعومة في نهاية الفترة</translation>
    </message>
    <message>
        <source>Exits to self-sufficiency</source>
        <translation>الخروج إلى الاكتفاء</translation>
    </message>
    <message>
        <source>Households supported and exits: %1</source>
        <translation>الأسر المدعومة وحالات الخروج: %1</translation>
    </message>
</context>
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
        <translation>الملف %1 كُتب بإصدار أحدث من تمكين. حدِّث تمكين على هذا الحاسوب لفتحه؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>The number of days this computer&apos;s clock may run ahead must be from 1 to 365.</source>
        <translation>يجب أن يكون عدد الأيام التي قد تتقدّم بها ساعة هذا الحاسوب من 1 إلى 365.</translation>
    </message>
    <message>
        <source>%1 is in a folder Tamkeen cannot write to (it is read-only), and Tamkeen needs to write beside its database. The file is fine and was not changed: copy it to a folder you can write to, or ask for write permission.</source>
        <translation>الملف %1 في مجلد لا يستطيع تمكين الكتابة فيه (مجلد للقراءة فقط)، وتمكين يحتاج إلى الكتابة بجوار قاعدة بياناته. الملف سليم ولم يُغيَّر: انسخه إلى مجلد تستطيع الكتابة فيه، أو اطلب صلاحية الكتابة.</translation>
    </message>
    <message>
        <source>%1 is read-only. The file is fine and was not changed: allow writing to it (or copy it to a folder you can write to) and open it again.</source>
        <translation>الملف %1 للقراءة فقط. الملف سليم ولم يُغيَّر: اسمح بالكتابة فيه (أو انسخه إلى مجلد تستطيع الكتابة فيه) ثم افتحه من جديد.</translation>
    </message>
    <message>
        <source>Beside %1 lies %2, a file of pending changes that does not belong to this database (it may have been copied from another computer). The database itself was not changed: move %2 and %3 to another folder, then open it again.</source>
        <translation>بجوار %1 يوجد الملف %2، وهو ملف تغييرات معلّقة لا يخص قاعدة البيانات هذه (ربما نُسخ من جهاز آخر). قاعدة البيانات نفسها لم تُغيَّر: انقل %2 و%3 إلى مجلد آخر، ثم افتحها من جديد.</translation>
    </message>
    <message>
        <source>The database %1 is no longer there.</source>
        <translation>قاعدة البيانات %1 لم تعد موجودة.</translation>
    </message>
    <message>
        <source>The database %1 changed while it was open; open it again.</source>
        <translation>تغيّرت قاعدة البيانات %1 وهي مفتوحة؛ افتحها مرة أخرى.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted: log in to open it.</source>
        <translation>قاعدة البيانات %1 مشفّرة: سجّل الدخول لفتحها.</translation>
    </message>
    <message>
        <source>The database is encrypted: log in to open it.</source>
        <translation>قاعدة البيانات مشفّرة: سجّل الدخول لفتحها.</translation>
    </message>
    <message>
        <source>The check of the database was stopped.</source>
        <translation>توقّف فحص قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Part of %1 is damaged (a fault of the disk, or a copy that was cut short). Close Tamkeen, keep a copy of the file, and restore it from the latest backup or an export.</source>
        <translation>جزء من %1 تالف (عطل في القرص، أو نسخة لم تكتمل). أغلق تمكين، واحتفظ بنسخة من الملف، ثم استرجعه من آخر نسخة احتياطية أو من ملف تصدير.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver carries its own copy of SQLite, not the library Tamkeen uses: Tamkeen cannot run on two SQLite libraries at once. Install Qt&apos;s SQLite driver built against the system SQLite (docs/architecture.md).</source>
        <translation>يحمل مشغّل SQLite في Qt نسخته الخاصة من SQLite لا المكتبة التي يستخدمها تمكين، ولا يعمل تمكين على مكتبتَي SQLite معًا. ثبّت مشغّل SQLite لـ Qt المبني على SQLite النظام (docs/architecture.md).</translation>
    </message>
    <message>
        <source>SQLite could not be set up to open the database (out of memory?).</source>
        <translation>تعذّرت تهيئة SQLite لفتح قاعدة البيانات (هل نفدت الذاكرة؟).</translation>
    </message>
    <message>
        <source>The list of synced tables could not be read.</source>
        <translation>تعذّرت قراءة قائمة الجداول المتزامنة.</translation>
    </message>
</context>
<context>
    <name>DayListPrinter</name>
    <message>
        <source>All counsellors</source>
        <translation>كل المستشارين</translation>
    </message>
    <message>
        <source>Counsellor: %1</source>
        <translation>المستشار: %1</translation>
    </message>
    <message>
        <source>Appointments of %1</source>
        <translation>مواعيد يوم %1</translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation>لا توجد مواعيد في هذا اليوم.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Printed on %1 at %2</source>
        <translation>طُبعت في %1 الساعة %2</translation>
    </message>
    <message>
        <source>The day list could not be written to %1 (%2). Choose another folder.</source>
        <translation>تعذّر حفظ قائمة اليوم في %1 (%2). اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The day list could not be written to %1. Choose another folder.</source>
        <translation>تعذّر حفظ قائمة اليوم في %1. اختر مجلدًا آخر.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln appointments</source>
        <translation>
            <numerusform>لا مواعيد</numerusform>
            <numerusform>موعد واحد</numerusform>
            <numerusform>موعدان</numerusform>
            <numerusform>%Ln مواعيد</numerusform>
            <numerusform>%Ln موعدًا</numerusform>
            <numerusform>%Ln موعد</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>بواسطة %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Only an administrator adds demonstration data.</source>
        <translation>إضافة البيانات التجريبية من صلاحية مدير النظام فقط.</translation>
    </message>
    <message>
        <source>it has exchanged data with other computers</source>
        <translation>تبادلت البيانات مع حواسيب أخرى</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) not made by demo</source>
        <translation>
            <numerusform>لا أسر لم تُنشأ تجريبيًا</numerusform>
            <numerusform>أسرة واحدة لم تُنشأ تجريبيًا</numerusform>
            <numerusform>أسرتان لم تُنشآ تجريبيًا</numerusform>
            <numerusform>%n أسر لم تُنشأ تجريبيًا</numerusform>
            <numerusform>%n أسرة لم تُنشأ تجريبيًا</numerusform>
            <numerusform>%n أسرة لم تُنشأ تجريبيًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) besides the administrators</source>
        <translation>
            <numerusform>لا مستخدمين غير مديري النظام</numerusform>
            <numerusform>مستخدم واحد غير مديري النظام</numerusform>
            <numerusform>مستخدمان غير مديري النظام</numerusform>
            <numerusform>%n مستخدمين غير مديري النظام</numerusform>
            <numerusform>%n مستخدمًا غير مديري النظام</numerusform>
            <numerusform>%n مستخدم غير مديري النظام</numerusform>
        </translation>
    </message>
    <message>
        <source>This database holds real data (%1). Demonstration data goes only into a new database, or one that demo filled and that has not exchanged data with other computers.</source>
        <translation>في قاعدة البيانات هذه بيانات حقيقية (%1). لا تُضاف البيانات التجريبية إلا إلى قاعدة بيانات جديدة، أو إلى قاعدة ملأها العرض التجريبي ولم تتبادل البيانات مع حواسيب أخرى.</translation>
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
    <name>Display</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>SAR</source>
        <translation>ر.س</translation>
    </message>
    <message>
        <source>EGP</source>
        <translation>ج.م</translation>
    </message>
    <message>
        <source>LBP</source>
        <translation>ل.ل</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between facts on one line</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>(data erased)</source>
        <translation>(بيانات ممحوّة)</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <source>This PDF cannot be read: it may be damaged or protected by a password. Ask for the paper again and scan it anew.</source>
        <translation>تعذّرت قراءة ملف PDF هذا: قد يكون تالفًا أو محميًا بكلمة مرور. اطلب الورقة مرة أخرى وامسحها من جديد.</translation>
    </message>
    <message>
        <source>This photo cannot be shown: it may be damaged. Take it again.</source>
        <translation>تعذّر عرض هذه الصورة: قد تكون تالفة. التقطها مرة أخرى.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>تعذّرت كتابة ملف PDF في %1.</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>A document holds between one byte and 32 MB.</source>
        <translation>حجم المستند بين بايت واحد و٣٢ ميغابايت.</translation>
    </message>
    <message>
        <source>The package is damaged: a document&apos;s content does not add up.</source>
        <translation>الحزمة تالفة: محتوى أحد المستندات غير متّسق.</translation>
    </message>
    <message>
        <source>This document&apos;s content has not come to this computer yet: it comes with a later package from the computer where it was added.</source>
        <translation>لم يصل محتوى هذا المستند إلى هذا الحاسوب بعد: يصل مع حزمة لاحقة من الحاسوب الذي أُرفق عليه.</translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <source>The household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>فرد: %1</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <source>Home visit of %1</source>
        <translation>زيارة منزلية بتاريخ %1</translation>
    </message>
    <message>
        <source>Empowerment plan of %1, %2</source>
        <translation>خطة تمكين %1، %2</translation>
    </message>
    <message>
        <source>Referral to %1, %2</source>
        <translation>إحالة إلى %1، %2</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>جهة شريكة</translation>
    </message>
    <message>
        <source>%1 received %2</source>
        <translation>%1 وارد في %2</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Copy of an ID card</source>
        <translation>صورة بطاقة الهوية</translation>
    </message>
    <message>
        <source>Family record book</source>
        <translation>سجل الأسرة</translation>
    </message>
    <message>
        <source>Salary certificate</source>
        <translation>شهادة راتب</translation>
    </message>
    <message>
        <source>Other proof of income</source>
        <translation>إثبات دخل آخر</translation>
    </message>
    <message>
        <source>Photo of the housing</source>
        <translation>صورة المسكن</translation>
    </message>
    <message>
        <source>Medical report</source>
        <translation>تقرير طبي</translation>
    </message>
    <message>
        <source>Disability card</source>
        <translation>بطاقة إعاقة</translation>
    </message>
    <message>
        <source>School enrolment or attendance</source>
        <translation>إثبات قيد أو انتظام دراسي</translation>
    </message>
    <message>
        <source>Contract or agreement</source>
        <translation>عقد أو اتفاقية</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>خطاب</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>مستند آخر</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>A family member</source>
        <translation>أحد أفراد الأسرة</translation>
    </message>
    <message>
        <source>A home visit</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <source>An empowerment plan</source>
        <translation>خطة تمكين</translation>
    </message>
    <message>
        <source>A referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>An objection or complaint</source>
        <translation>اعتراض أو شكوى</translation>
    </message>
    <message>
        <source>Only administrators set the largest document.</source>
        <translation>يحدّد مديرو النظام وحدهم أكبر حجم للمستند.</translation>
    </message>
    <message>
        <source>The largest document is between %1 and %2 MB.</source>
        <translation>أكبر حجم للمستند بين %1 و%2 ميغابايت.</translation>
    </message>
    <message>
        <source>Choose what the document is about.</source>
        <translation>اختر ما يخصّه المستند.</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>هذه الأسرة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This is no longer part of the family&apos;s file: choose again.</source>
        <translation>لم يعد هذا جزءًا من ملف الأسرة: اختر مرة أخرى.</translation>
    </message>
    <message>
        <source>This file is %1 MB; a document may be at most %2 MB (an administrator sets this in Settings). Scan it again at a lower resolution, or as a JPEG photo.</source>
        <translation>حجم هذا الملف %1 ميغابايت، والحد الأقصى للمستند %2 ميغابايت (يحدّده مدير النظام في الإعدادات). امسحه مرة أخرى بدقة أقل، أو كصورة JPEG.</translation>
    </message>
    <message>
        <source>The file %1 cannot be found.</source>
        <translation>تعذّر العثور على الملف %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>تعذّرت قراءة الملف %1: %2</translation>
    </message>
    <message>
        <source>Choose the type of document.</source>
        <translation>اختر نوع المستند.</translation>
    </message>
    <message>
        <source>The document&apos;s date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ المستند في المستقبل.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>هذا الملف فارغ.</translation>
    </message>
    <message>
        <source>Tamkeen keeps photos (JPEG or PNG) and PDF documents; this file is neither.</source>
        <translation>يحفظ تمكين الصور (JPEG أو PNG) ومستندات PDF، وهذا الملف ليس أيًّا منها.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>هذا المستند لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators remove documents: ask your supervisor.</source>
        <translation>يحذف المشرفون ومديرو النظام المستندات وحدهم: اطلب ذلك من مشرفك.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Say why the document is removed.</source>
        <translation>اذكر سبب حذف المستند.</translation>
    </message>
</context>
<context>
    <name>DuplicateReport</name>
    <message>
        <source>same identity number</source>
        <translation>رقم الهوية نفسه</translation>
    </message>
    <message>
        <source>same given and father&apos;s name, and family name, grandfather or birth year</source>
        <translation>الاسم واسم الأب نفساهما، ومعهما اسم العائلة أو اسم الجد أو سنة الميلاد</translation>
    </message>
    <message>
        <source>Two laptops gave these households the same file number while offline. Numbers already printed on letters, referrals and plans are not changed automatically. Open each file and check which family the printed papers belong to. If they are one family, merge them. If not, an administrator gives the other file a new number (Give a new number…) and its papers are printed again.</source>
        <translation>أعطى حاسوبان هذه الأسر رقم الملف نفسه قبل أن يتبادلا البيانات. لا تتغير تلقائيًا الأرقام المطبوعة على الخطابات والإحالات والخطط. افتح كل ملف وتحقق لأي أسرة تعود الأوراق المطبوعة. إن كانتا أسرة واحدة فادمجهما، وإلا فيعطي مدير النظام الملف الآخر رقمًا جديدًا («إعطاء رقم جديد…») وتُطبع أوراقه من جديد.</translation>
    </message>
</context>
<context>
    <name>EarlyWarnings</name>
    <message>
        <source>Income fell</source>
        <translation>انخفض الدخل</translation>
    </message>
    <message>
        <source>Plan without progress</source>
        <translation>خطة بلا تقدم</translation>
    </message>
    <message>
        <source>Missed appointments</source>
        <translation>مواعيد فائتة</translation>
    </message>
    <message>
        <source>Low wellbeing</source>
        <translation>رفاه نفسي منخفض</translation>
    </message>
    <message>
        <source>Follow-up after exit overdue</source>
        <translation>متابعة بعد الخروج متأخرة</translation>
    </message>
    <message>
        <source>Income fell after exit</source>
        <translation>انخفض الدخل بعد الخروج</translation>
    </message>
    <message>
        <source>The household&apos;s monthly income today is %1 % or more below its income %2 days ago.</source>
        <translation>دخل الأسرة الشهري اليوم أقل بنسبة %1٪ أو أكثر من دخلها قبل %2 يومًا.</translation>
    </message>
    <message>
        <source>An active plan has had no task done for %1 days or more.</source>
        <translation>خطة نشطة لم تُنجز فيها أي مهمة منذ %1 يومًا أو أكثر.</translation>
    </message>
    <message>
        <source>The person did not come to their last %1 appointments.</source>
        <translation>لم يحضر الشخص آخر %1 مواعيد له.</translation>
    </message>
    <message>
        <source>The latest WHO-5 score is under %1, or %2 points or more below the one before: consider a psychological referral.</source>
        <translation>آخر درجة على مقياس ⁦WHO-5⁩ أقل من %1، أو أقل من سابقتها بـ %2 نقاط أو أكثر: فكّر في إحالة للإرشاد النفسي.</translation>
    </message>
    <message>
        <source>A follow-up after exit is past its due date and not recorded.</source>
        <translation>متابعة بعد الخروج تجاوزت موعدها ولم تُسجَّل.</translation>
    </message>
    <message>
        <source>The household left support less than %1 months ago and its income has fallen since: it may come back.</source>
        <translation>خرجت الأسرة من الدعم قبل أقل من %1 أشهر وانخفض دخلها منذ ذلك الحين: قد تعود إلى الدعم.</translation>
    </message>
    <message>
        <source>Only administrators can change the early-warning thresholds.</source>
        <translation>تغيير حدود الإنذار المبكر للمسؤولين فقط.</translation>
    </message>
    <message>
        <source>Each threshold must be between %1 and %2.</source>
        <translation>يجب أن يكون كل حد بين %1 و%2.</translation>
    </message>
    <message>
        <source>Only counsellors and supervisors can see wellbeing scores.</source>
        <translation>درجات الرفاه النفسي يطّلع عليها المرشدون والمشرفون فقط.</translation>
    </message>
    <message>
        <source>Choose a family on the list first.</source>
        <translation>اختر أسرة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>This household is not in the registry (it may have been archived).</source>
        <translation>هذه الأسرة ليست في السجل (ربما أُرشفت).</translation>
    </message>
</context>
<context>
    <name>EligibilityText</name>
    <message>
        <source>Household income: %1 a month for %2, %3 per person.</source>
        <translation>الدخل الشهري للأسرة (%2): %1، أي %3 للفرد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>لا أفراد</numerusform>
            <numerusform>فرد واحد</numerusform>
            <numerusform>فردان</numerusform>
            <numerusform>%Ln أفراد</numerusform>
            <numerusform>%Ln فردًا</numerusform>
            <numerusform>%Ln فرد</numerusform>
        </translation>
    </message>
    <message>
        <source>Threshold: %1 for the head + %2 × %3 = %4.</source>
        <translation>الحد المانع: %1 لرب الأسرة + %2 × %3 = %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other member(s)</source>
        <translation>
            <numerusform>لا أفراد آخرين</numerusform>
            <numerusform>فرد آخر واحد</numerusform>
            <numerusform>فردان آخران</numerusform>
            <numerusform>%Ln أفراد آخرين</numerusform>
            <numerusform>%Ln فردًا آخر</numerusform>
            <numerusform>%Ln فرد آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>The income is %1 below the threshold: eligible.</source>
        <translation>الدخل أقل من الحد المانع بمقدار %1: الأسرة مستحقة.</translation>
    </message>
    <message>
        <source>The income reaches the threshold (by %1): not eligible.</source>
        <translation>يبلغ الدخل الحد المانع (بزيادة %1): الأسرة غير مستحقة.</translation>
    </message>
</context>
<context>
    <name>EncryptedFile</name>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>تعذّر إنشاء قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>%1 is in the way and could not be removed.</source>
        <translation>الملف %1 يعترض العملية وتعذّر حذفه.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened to encrypt it: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1 لتشفيرها: %2</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program; close it and try again.</source>
        <translation>قاعدة البيانات %1 مستخدمة في برنامج آخر؛ أغلقه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The disk is full: the database could not be encrypted. Nothing was changed; free some space and start again.</source>
        <translation>القرص ممتلئ: تعذّر تشفير قاعدة البيانات. لم يتغيّر شيء؛ وفّر بعض المساحة وابدأ من جديد.</translation>
    </message>
    <message>
        <source>The database %1 could not be encrypted: %2</source>
        <translation>تعذّر تشفير قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The encrypted copy of %1 did not read back whole; the database was left as it was.</source>
        <translation>لم تُقرأ النسخة المشفّرة من %1 كاملة؛ تُركت قاعدة البيانات كما كانت.</translation>
    </message>
    <message>
        <source>The database %1 could not be replaced by its encrypted copy.</source>
        <translation>تعذّر استبدال قاعدة البيانات %1 بنسختها المشفّرة.</translation>
    </message>
    <message>
        <source>The database %1 could not be put back after an interrupted encryption.</source>
        <translation>تعذّرت إعادة قاعدة البيانات %1 بعد تشفير انقطع.</translation>
    </message>
    <message>
        <source>The unencrypted copy %1 could not be removed; remove it by hand.</source>
        <translation>تعذّر حذف النسخة غير المشفّرة %1؛ احذفها يدويًا.</translation>
    </message>
    <message>
        <source>The database %1 was not encrypted: none of its accounts has a key to open it with. An administrator resets a password, then Tamkeen encrypts it.</source>
        <translation>لم تُشفَّر قاعدة البيانات %1: لا يملك أيّ من حساباتها مفتاحًا يفتحها به. يعيد مدير النظام تعيين كلمة مرور، ثم يشفّرها تمكين.</translation>
    </message>
    <message>
        <source>The database %1 could not be created: its cipher is not available.</source>
        <translation>تعذّر إنشاء قاعدة البيانات %1: خوارزمية تشفيرها غير متاحة على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>Only administrators enrol devices.</source>
        <translation>لا يسجّل الأجهزة إلا مدير النظام.</translation>
    </message>
    <message>
        <source>This device&apos;s record is missing from the database.</source>
        <translation>سجل هذا الجهاز غير موجود في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Every device number up to %1 is taken.</source>
        <translation>كل أرقام الأجهزة حتى %1 مستخدمة.</translation>
    </message>
    <message>
        <source>Enter a name for the laptop, e.g. &quot;Laptop 7&quot;.</source>
        <translation>أدخل اسمًا للحاسوب، مثل «حاسوب ٧».</translation>
    </message>
    <message>
        <source>There is no centre with the code %1.</source>
        <translation>لا يوجد مركز رمزه %1.</translation>
    </message>
    <message>
        <source>The device number must be between 1 and %1.</source>
        <translation>يجب أن يكون رقم الجهاز بين ١ و%1.</translation>
    </message>
    <message>
        <source>Number %1 is already taken by %2. Choose another or leave it to the next free one.</source>
        <translation>الرقم %1 مستخدم للجهاز %2. اختر رقمًا آخر أو اترك أول رقم متاح.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters for the enrolment file.</source>
        <translation>اختر عبارة مرور لملف تسجيل الجهاز لا تقل عن %1 حرفًا.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the enrolment file. Close other programs and try again.</source>
        <translation>لا تكفي الذاكرة لحماية ملف تسجيل الجهاز. أغلق البرامج الأخرى وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The enrolment file cannot be written to %1: %2</source>
        <translation>تعذّر حفظ ملف تسجيل الجهاز في %1: %2</translation>
    </message>
    <message>
        <source>The enrolment file %1 is damaged. Ask the administrator for a new one.</source>
        <translation>ملف تسجيل الجهاز %1 تالف. اطلب من مدير النظام ملفًا جديدًا.</translation>
    </message>
    <message>
        <source>This database is already in use. An enrolment file starts a new, empty database.</source>
        <translation>قاعدة البيانات هذه مستخدمة من قبل. ملف تسجيل الجهاز يبدأ قاعدة بيانات جديدة فارغة.</translation>
    </message>
    <message>
        <source>The enrolment file %1 cannot be read: %2</source>
        <translation>تعذّرت قراءة ملف تسجيل الجهاز %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tamkeen enrolment file.</source>
        <translation>%1 ليس ملف تسجيل جهاز من تمكين.</translation>
    </message>
    <message>
        <source>Not enough memory to open the enrolment file. Close other programs and try again.</source>
        <translation>لا تكفي الذاكرة لفتح ملف تسجيل الجهاز. أغلق البرامج الأخرى وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The passphrase does not open this enrolment file (or the file is damaged). Check the passphrase with the administrator who made it.</source>
        <translation>عبارة المرور لا تفتح ملف تسجيل الجهاز هذا (أو أن الملف تالف). تحقّق من العبارة مع مدير النظام الذي أعدّ الملف.</translation>
    </message>
    <message>
        <source>The enrolment file was made by a newer version of Tamkeen. Install the same version as the administrator&apos;s computer.</source>
        <translation>أُعدّ ملف تسجيل الجهاز بإصدار أحدث من تمكين. ثبّت الإصدار نفسه الموجود على حاسوب مدير النظام.</translation>
    </message>
    <message>
        <source>The enrolment file %1 is not signed by a device of its organisation: it was changed or forged. Ask the administrator for a new one.</source>
        <translation>ملف تسجيل الجهاز %1 غير موقّع من جهاز تابع لجهته: فقد غُيّر أو زُوّر. اطلب من مدير النظام ملفًا جديدًا.</translation>
    </message>
    <message>
        <source>Choose what the device receives: its centre&apos;s families, its region&apos;s, or everything.</source>
        <translation>اختر ما يستقبله الجهاز: أسر مركزه، أو أسر منطقته، أو كل شيء.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Only an administrator erases a person&apos;s data.</source>
        <translation>لا يمحو بيانات الشخص إلا مسؤول النظام.</translation>
    </message>
    <message>
        <source>Give the reason for the erasure (at least ten characters).</source>
        <translation>اكتب سبب المحو (عشرة أحرف على الأقل).</translation>
    </message>
    <message>
        <source>This data has already been erased.</source>
        <translation>مُحيت هذه البيانات من قبل.</translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation>لم يعد فرد الأسرة هذا موجودًا.</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>لم تعد هذه الأسرة موجودة.</translation>
    </message>
    <message>
        <source>Only an administrator sets how long data is kept.</source>
        <translation>لا يحدد مدة الاحتفاظ بالبيانات إلا مسؤول النظام.</translation>
    </message>
    <message>
        <source>Keep data between 1 and 100 years after exit, or 0 for no limit.</source>
        <translation>احتفظ بالبيانات من سنة إلى ١٠٠ سنة بعد الخروج، أو ٠ دون حد.</translation>
    </message>
</context>
<context>
    <name>ExitReadiness</name>
    <message>
        <source>Income at or above the threshold</source>
        <translation>الدخل عند الحد المانع أو فوقه</translation>
    </message>
    <message>
        <source>A member in work</source>
        <translation>فرد من الأسرة يعمل</translation>
    </message>
    <message>
        <source>Own project active</source>
        <translation>مشروع خاص قائم</translation>
    </message>
    <message>
        <source>Plan goals achieved</source>
        <translation>تحققت أهداف الخطة</translation>
    </message>
    <message>
        <source>Wellbeing (WHO-5)</source>
        <translation>الرفاه النفسي (⁦WHO-5⁩)</translation>
    </message>
    <message>
        <source>Work readiness</source>
        <translation>الجاهزية للعمل</translation>
    </message>
    <message>
        <source>The household&apos;s monthly income is at or above the eligibility threshold for its size.</source>
        <translation>دخل الأسرة الشهري عند الحد المانع لحجمها أو فوقه.</translation>
    </message>
    <message>
        <source>At least one member is employed or self-employed.</source>
        <translation>فرد واحد على الأقل موظف أو يعمل لحسابه.</translation>
    </message>
    <message>
        <source>The household has income from its own business.</source>
        <translation>للأسرة دخل من مشروعها الخاص.</translation>
    </message>
    <message>
        <source>At least %1 % of the plan&apos;s goals are achieved (dropped goals do not count).</source>
        <translation>تحقق %1٪ على الأقل من أهداف الخطة (لا تُحسب الأهداف الملغاة).</translation>
    </message>
    <message>
        <source>The plan member&apos;s latest WHO-5 score is %1 or more.</source>
        <translation>آخر درجة لصاحب الخطة على مقياس ⁦WHO-5⁩ هي %1 أو أكثر.</translation>
    </message>
    <message>
        <source>The plan member&apos;s latest work readiness score is %1 or more.</source>
        <translation>آخر درجة جاهزية للعمل لصاحب الخطة هي %1 أو أكثر.</translation>
    </message>
    <message>
        <source>Only administrators can change the readiness criteria.</source>
        <translation>تغيير معايير الجاهزية للخروج للمسؤولين فقط.</translation>
    </message>
    <message>
        <source>The pass mark is between 1 and 100.</source>
        <translation>درجة الجاهزية المطلوبة بين 1 و100.</translation>
    </message>
    <message>
        <source>Weights and thresholds are between 0 and 100.</source>
        <translation>الأوزان والحدود بين 0 و100.</translation>
    </message>
    <message>
        <source>A required criterion needs a weight above zero.</source>
        <translation>المعيار الإلزامي يحتاج إلى وزن أكبر من صفر.</translation>
    </message>
    <message>
        <source>Set the threshold of each criterion that counts.</source>
        <translation>حدّد العتبة لكل معيار محسوب.</translation>
    </message>
    <message>
        <source>At least one criterion must count (a weight above zero).</source>
        <translation>يجب أن يُحسب معيار واحد على الأقل (بوزن أكبر من صفر).</translation>
    </message>
    <message>
        <source>This household has no active plan, so it has no readiness score.</source>
        <translation>ليس لهذه الأسرة خطة نشطة، فلا درجة جاهزية لها.</translation>
    </message>
</context>
<context>
    <name>ExitService</name>
    <message>
        <source>Found work</source>
        <translation>الحصول على عمل</translation>
    </message>
    <message>
        <source>Own project</source>
        <translation>مشروع خاص</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>دخل آخر</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>الانتقال إلى مكان آخر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Lost the job</source>
        <translation>فقدان العمل</translation>
    </message>
    <message>
        <source>The project failed</source>
        <translation>تعثّر المشروع</translation>
    </message>
    <message>
        <source>Illness or disability</source>
        <translation>مرض أو إعاقة</translation>
    </message>
    <message>
        <source>Change in the family</source>
        <translation>تغيّر في ظروف الأسرة</translation>
    </message>
    <message>
        <source>Only counsellors and supervisors agree exit plans.</source>
        <translation>الاتفاق على خطط الخروج من صلاحية المستشارين والمشرفين فقط.</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>لم تعد هذه الخطة موجودة.</translation>
    </message>
    <message>
        <source>Exit terms are agreed on a draft or active plan.</source>
        <translation>يُتفق على شروط الخروج في خطة مسودة أو نشطة فقط.</translation>
    </message>
    <message>
        <source>A voluntary exit plan is for members able to work; record that in the member&apos;s details first.</source>
        <translation>خطة الخروج الطوعي مخصصة للأفراد القادرين على العمل؛ سجّل ذلك في بيانات الفرد أولًا.</translation>
    </message>
    <message>
        <source>Choose a target exit date from today on.</source>
        <translation>اختر تاريخًا مستهدفًا للخروج ابتداءً من اليوم.</translation>
    </message>
    <message>
        <source>Write the incentives agreed for leaving support.</source>
        <translation>اكتب الحوافز المتفق عليها للخروج من الدعم.</translation>
    </message>
    <message>
        <source>Choose why the household leaves support.</source>
        <translation>اختر سبب خروج الأسرة من الدعم.</translation>
    </message>
    <message>
        <source>Choose why the household comes back to support.</source>
        <translation>اختر سبب عودة الأسرة إلى الدعم.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>لم تعد هذه المتابعة موجودة.</translation>
    </message>
    <message>
        <source>This follow-up is already recorded.</source>
        <translation>هذه المتابعة مسجّلة من قبل.</translation>
    </message>
    <message>
        <source>The date of the follow-up cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ المتابعة في المستقبل.</translation>
    </message>
    <message>
        <source>The monthly income must be zero or more.</source>
        <translation>يجب أن يكون الدخل الشهري صفرًا أو أكثر.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Set up this installation before exporting.</source>
        <translation>أكمل إعداد هذا الجهاز قبل التصدير.</translation>
    </message>
    <message>
        <source>A change&apos;s signature is damaged in this database (%1, %2). Run tamkeen-cli check.</source>
        <translation>توقيع أحد التغييرات تالف في قاعدة البيانات هذه (%1، %2). شغّل ‎tamkeen-cli check‎.</translation>
    </message>
    <message>
        <source>A stored batch is damaged in this database. Run tamkeen-cli check.</source>
        <translation>دفعة محفوظة في قاعدة البيانات هذه تالفة. شغّل tamkeen-cli check.</translation>
    </message>
</context>
<context>
    <name>FileKeys</name>
    <message>
        <source>This file is not an encrypted Tamkeen database.</source>
        <translation>هذا الملف ليس قاعدة بيانات تمكين مشفّرة.</translation>
    </message>
    <message>
        <source>The database file&apos;s header is damaged. Restore it from a backup.</source>
        <translation>رأس ملف قاعدة البيانات تالف. استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور خاطئة.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>The database file&apos;s key slots are damaged. Open it with the recovery key, or restore it from a backup.</source>
        <translation>خانات مفاتيح ملف قاعدة البيانات تالفة. افتحه بمفتاح الاسترداد، أو استعِده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Too many user accounts for this database&apos;s key slots.</source>
        <translation>عدد حسابات المستخدمين أكبر مما تتسع له خانات مفاتيح قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>The database file&apos;s key slots could not be written.</source>
        <translation>تعذّرت كتابة خانات مفاتيح ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database file&apos;s key slots could not be read.</source>
        <translation>تعذّرت قراءة خانات مفاتيح ملف قاعدة البيانات.</translation>
    </message>
    <message>
        <source>This database is encrypted with AES-256-GCM, which this computer&apos;s processor does not offer. Open it on the computer it came from, or on another computer whose processor has AES instructions.</source>
        <translation>قاعدة البيانات هذه مشفّرة بخوارزمية AES-256-GCM، ومعالج هذا الحاسوب لا يوفّرها. افتحها على الحاسوب الذي جاءت منه، أو على حاسوب آخر يدعم معالجه تعليمات AES.</translation>
    </message>
</context>
<context>
    <name>FileOutput</name>
    <message>
        <source>%1 was not written: the disk is full. Free some space or choose another disk or USB stick, then export again.</source>
        <translation>لم يُكتب الملف %1: القرص ممتلئ. أفرغ بعض المساحة أو اختر قرصًا آخر أو ذاكرة USB أخرى، ثم أعد التصدير.</translation>
    </message>
    <message>
        <source>%1 was not written: this folder cannot be written to (read-only or no permission). Choose another folder, then export again.</source>
        <translation>لم يُكتب الملف %1: لا يمكن الكتابة في هذا المجلد (للقراءة فقط أو بلا صلاحية). اختر مجلدًا آخر، ثم أعد التصدير.</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>لم يذكر النظام السبب</translation>
    </message>
    <message>
        <source>%1 was not written (%2). Check that the disk or USB stick is still there and has free space, or choose another folder, then export again.</source>
        <translation>لم يُكتب الملف %1 (%2). تحقّق من أن القرص أو ذاكرة USB ما زالا موصولين وفيهما مساحة فارغة، أو اختر مجلدًا آخر، ثم أعد التصدير.</translation>
    </message>
</context>
<context>
    <name>GraduationMonitoring</name>
    <message>
        <source>Done</source>
        <translation>تمت</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مستحقة</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>GraduationPathways</name>
    <message>
        <source>General pathway</source>
        <translation>المسار العام</translation>
    </message>
    <message>
        <source>Unnamed pathway</source>
        <translation>مسار بلا اسم</translation>
    </message>
    <message>
        <source>This graduation pathway no longer exists.</source>
        <translation>مسار التخرج هذا لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Only administrators can change the graduation pathways.</source>
        <translation>تغيير مسارات التخرج للمسؤولين فقط.</translation>
    </message>
    <message>
        <source>Give the pathway a name.</source>
        <translation>اكتب اسمًا للمسار.</translation>
    </message>
    <message>
        <source>A pathway leads to work, an own project or another income.</source>
        <translation>يؤدي المسار إلى عمل أو مشروع خاص أو دخل آخر.</translation>
    </message>
    <message>
        <source>Unknown empowerment track: %1.</source>
        <translation>مسار تمكين غير معروف: %1.</translation>
    </message>
    <message>
        <source>Another pathway has this name.</source>
        <translation>لمسار آخر هذا الاسم.</translation>
    </message>
    <message>
        <source>The general pathway judges every plan no other pathway is for: it stays.</source>
        <translation>المسار العام يُقاس عليه كل خطة لا يخصها مسار آخر، فلا يُؤرشف.</translation>
    </message>
</context>
<context>
    <name>GraduationService</name>
    <message>
        <source>This graduation request no longer exists.</source>
        <translation>اقتراح التخرج هذا لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Field workers, counsellors and supervisors propose a family&apos;s graduation.</source>
        <translation>يقترح تخرج الأسرة الأخصائيون الميدانيون والمستشارون والمشرفون.</translation>
    </message>
    <message>
        <source>Write why the family is ready to leave support.</source>
        <translation>اكتب لماذا الأسرة جاهزة للخروج من الدعم.</translation>
    </message>
    <message>
        <source>This pathway is archived; choose another.</source>
        <translation>هذا المسار مؤرشف، فاختر غيره.</translation>
    </message>
    <message>
        <source>Choose how the family will support itself: work, an own project or another income.</source>
        <translation>اختر كيف ستعيل الأسرة نفسها: عمل أو مشروع خاص أو دخل آخر.</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>هذه الأسرة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Only a family receiving support can graduate.</source>
        <translation>لا تتخرج إلا أسرة تتلقى الدعم.</translation>
    </message>
    <message>
        <source>A graduation is already proposed for this family and waits for a supervisor.</source>
        <translation>اقتُرح تخرج هذه الأسرة من قبل، وهو بانتظار المشرف.</translation>
    </message>
    <message>
        <source>The family does not meet the pathway «%1» yet: every required criterion and the pass mark.</source>
        <translation>لا تستوفي الأسرة مسار «%1» بعد: كل المعايير الإلزامية والدرجة المطلوبة.</translation>
    </message>
    <message>
        <source>Only supervisors approve or reject a graduation.</source>
        <translation>اعتماد التخرج أو رفضه للمشرفين فقط.</translation>
    </message>
    <message>
        <source>This graduation has already been decided.</source>
        <translation>صدر القرار في هذا التخرج من قبل.</translation>
    </message>
    <message>
        <source>The family leaves support between the day it was proposed and today.</source>
        <translation>تخرج الأسرة من الدعم في يوم بين يوم الاقتراح واليوم.</translation>
    </message>
    <message>
        <source>Graduated: %1</source>
        <translation>تخرجت: %1</translation>
    </message>
    <message>
        <source>Write why the family is not ready yet, for the caseworker.</source>
        <translation>اكتب لماذا ليست الأسرة جاهزة بعد، ليعرف الأخصائي.</translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation>بانتظار المشرف</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>غير معتمد</translation>
    </message>
</context>
<context>
    <name>GroupedFigures</name>
    <message>
        <source>By centre</source>
        <translation>حسب المركز</translation>
    </message>
    <message>
        <source>By worker</source>
        <translation>حسب الأخصائي</translation>
    </message>
    <message>
        <source>By track</source>
        <translation>حسب المسار</translation>
    </message>
    <message>
        <source>No centre</source>
        <translation>بلا مركز</translation>
    </message>
    <message>
        <source>No worker assigned</source>
        <translation>لم يُسند إلى أخصائي</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>بلا خطة</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>HouseholdList</name>
    <message>
        <source>This place in the list belongs to another order.</source>
        <translation>هذا الموضع في القائمة يخصّ ترتيبًا آخر.</translation>
    </message>
</context>
<context>
    <name>HouseholdOf</name>
    <message>
        <source>No centre has the code %1 here.</source>
        <translation>لا يوجد هنا مركز رمزه %1.</translation>
    </message>
    <message>
        <source>No centre is in the region %1 here.</source>
        <translation>لا يوجد هنا مركز في المنطقة %1.</translation>
    </message>
</context>
<context>
    <name>HouseholdPrinter</name>
    <message>
        <source>Case file summary</source>
        <translation>ملخص ملف الحالة</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>الإيجار الشهري</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>الوضع الوظيفي</translation>
    </message>
    <message>
        <source>Incomes and eligibility</source>
        <translation>الدخل والأهلية</translation>
    </message>
    <message>
        <source>Household income</source>
        <translation>دخل الأسرة</translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation>دخل الفرد</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>الحد المانع</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>الأهلية</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>مستحقة</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>غير مستحقة</translation>
    </message>
    <message>
        <source>No income is recorded.</source>
        <translation>لا يوجد دخل مسجّل.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>أسرة</translation>
    </message>
    <message>
        <source>Incomes in force</source>
        <translation>الدخل الساري</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>صاحب الدخل</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>المبلغ الشهري</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>سجل الحالات</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تسجيل الأسرة</translation>
    </message>
    <message>
        <source>No change of status is recorded.</source>
        <translation>لا يوجد تغيير مسجّل في الحالة.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>الحالة السابقة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Current empowerment plans</source>
        <translation>خطط التمكين الحالية</translation>
    </message>
    <message>
        <source>No member has a current plan.</source>
        <translation>لا توجد خطة حالية لأي فرد من أفراد الأسرة.</translation>
    </message>
    <message>
        <source>Plan of %1</source>
        <translation>خطة %1</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>المراجعة القادمة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>مستوى التقدم</translation>
    </message>
    <message>
        <source>%1 of %2 goals achieved, %3 of %4 tasks done</source>
        <translation>الأهداف المتحققة: %1 من %2، والمهام المنجزة: %3 من %4</translation>
    </message>
    <message>
        <source>No goals have been set yet.</source>
        <translation>لم تُحدَّد أي أهداف بعد.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>م</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>No referral has been made.</source>
        <translation>لم تُسجَّل أي إحالة.</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الجهة الشريكة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Next appointments</source>
        <translation>المواعيد القادمة</translation>
    </message>
    <message>
        <source>No appointment is booked.</source>
        <translation>لا توجد مواعيد محجوزة.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Printed on %1 at %2</source>
        <translation>طُبعت في %1 الساعة %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>بواسطة %1</translation>
    </message>
    <message>
        <source>The file summary could not be written to %1. Choose another folder.</source>
        <translation>تعذّرت كتابة ملخص الملف في %1. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The file summary could not be written to %1 (%2). Choose another folder.</source>
        <translation>تعذّرت كتابة ملخص الملف في %1 (%2). اختر مجلدًا آخر.</translation>
    </message>
</context>
<context>
    <name>HouseholdService</name>
    <message>
        <source>Enter the region or governorate.</source>
        <translation>أدخل المنطقة أو المحافظة.</translation>
    </message>
    <message>
        <source>The registration date is in the future.</source>
        <translation>تاريخ التسجيل يقع في المستقبل.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>اختر قيمة من القائمة.</translation>
    </message>
    <message>
        <source>The rent cannot be negative.</source>
        <translation>لا يمكن أن يكون الإيجار سالبًا.</translation>
    </message>
    <message>
        <source>GPS coordinates need a latitude (-90 to 90) and a longitude (-180 to 180).</source>
        <translation>تتطلب إحداثيات الموقع (GPS) خط عرض من ⁦-90⁩ إلى 90 وخط طول من ⁦-180⁩ إلى 180.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits.</source>
        <translation>يتكون رقم الهاتف من 7 إلى 15 رقمًا.</translation>
    </message>
    <message>
        <source>Unknown household category: %1.</source>
        <translation>فئة الأسرة غير معروفة: %1.</translation>
    </message>
    <message>
        <source>A household that is %1 cannot become %2.</source>
        <translation>لا يمكن لأسرة %1 أن تصبح %2.</translation>
    </message>
    <message>
        <source>Choose the date of the change, today or earlier.</source>
        <translation>اختر تاريخ التغيير: اليوم أو تاريخًا سابقًا.</translation>
    </message>
    <message>
        <source>The date is before the current status began (%1).</source>
        <translation>التاريخ يسبق بداية الحالة الحالية (%1).</translation>
    </message>
    <message>
        <source>Give the reason for this change.</source>
        <translation>اذكر سبب هذا التغيير.</translation>
    </message>
    <message>
        <source>Give the reason for archiving.</source>
        <translation>اذكر سبب الأرشفة.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators can merge households.</source>
        <translation>دمج الأسر من صلاحية المشرفين ومديري النظام فقط.</translation>
    </message>
    <message>
        <source>Choose two different households.</source>
        <translation>اختر أسرتين مختلفتين.</translation>
    </message>
    <message>
        <source>Merged into file %1</source>
        <translation>دُمجت في الملف %1</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>هذه الأسرة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This household has been archived.</source>
        <translation>هذه الأسرة مؤرشفة.</translation>
    </message>
    <message>
        <source>Region / governorate</source>
        <translation>المنطقة / المحافظة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Household phone</source>
        <translation>هاتف الأسرة</translation>
    </message>
    <message numerus="yes">
        <source>Birth date: the head of household would be %n year(s) old. Check the date, or confirm that a child heads this household.</source>
        <translation>
            <numerusform>تاريخ الميلاد: سيكون عمر رب الأسرة أقل من سنة. تحقّق من التاريخ، أو أكّد أن طفلًا يرأس هذه الأسرة.</numerusform>
            <numerusform>تاريخ الميلاد: سيكون عمر رب الأسرة سنة واحدة. تحقّق من التاريخ، أو أكّد أن طفلًا يرأس هذه الأسرة.</numerusform>
            <numerusform>تاريخ الميلاد: سيكون عمر رب الأسرة سنتين. تحقّق من التاريخ، أو أكّد أن طفلًا يرأس هذه الأسرة.</numerusform>
            <numerusform>تاريخ الميلاد: سيكون عمر رب الأسرة %n سنوات. تحقّق من التاريخ، أو أكّد أن طفلًا يرأس هذه الأسرة.</numerusform>
            <numerusform>تاريخ الميلاد: سيكون عمر رب الأسرة %n سنة. تحقّق من التاريخ، أو أكّد أن طفلًا يرأس هذه الأسرة.</numerusform>
            <numerusform>تاريخ الميلاد: سيكون عمر رب الأسرة %n سنة. تحقّق من التاريخ، أو أكّد أن طفلًا يرأس هذه الأسرة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdSheet</name>
    <message>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Head&apos;s document</source>
        <translation>وثيقة رب الأسرة</translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation>رقم هوية رب الأسرة</translation>
    </message>
    <message>
        <source>Head&apos;s phone</source>
        <translation>هاتف رب الأسرة</translation>
    </message>
    <message>
        <source>Household phone</source>
        <translation>هاتف الأسرة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>عدد الأفراد</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>الدخل الشهري</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>الأهلية</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>مستحقة</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>غير مستحقة</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the categories of one household</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>HubSchema</name>
    <message>
        <source>Tamkeen&apos;s data for analysis: without names, ID and phone numbers, addresses or notes, and without deleted records</source>
        <translation>بيانات تمكين للتحليل: دون الأسماء وأرقام الهوية والهواتف والعناوين والملاحظات، ودون السجلات المحذوفة</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Only administrators can change a centre&apos;s code.</source>
        <translation>تغيير رمز المركز من صلاحية مديري النظام فقط.</translation>
    </message>
    <message>
        <source>This centre no longer exists.</source>
        <translation>هذا المركز لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Another centre already has the code %1.</source>
        <translation>الرمز %1 مستخدَم لمركز آخر.</translation>
    </message>
    <message>
        <source>Only administrators can give a file a new number.</source>
        <translation>إعطاء الملف رقمًا جديدًا من صلاحية مديري النظام فقط.</translation>
    </message>
    <message>
        <source>Give the reason for the new number.</source>
        <translation>اذكر سبب الرقم الجديد.</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>هذه الأسرة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>No other household has the file number %1, so it keeps it.</source>
        <translation>لا توجد أسرة أخرى برقم الملف %1، فيبقى لها.</translation>
    </message>
    <message>
        <source>New file number %1 instead of %2, which another household also had: %3</source>
        <translation>رقم ملف جديد %1 بدلًا من %2 الذي كان لأسرة أخرى أيضًا: %3</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Cairo</source>
        <translation>القاهرة</translation>
    </message>
    <message>
        <source>Alexandria</source>
        <translation>الإسكندرية</translation>
    </message>
    <message>
        <source>Port Said</source>
        <translation>بورسعيد</translation>
    </message>
    <message>
        <source>Suez</source>
        <translation>السويس</translation>
    </message>
    <message>
        <source>Damietta</source>
        <translation>دمياط</translation>
    </message>
    <message>
        <source>Dakahlia</source>
        <translation>الدقهلية</translation>
    </message>
    <message>
        <source>Sharqia</source>
        <translation>الشرقية</translation>
    </message>
    <message>
        <source>Qalyubia</source>
        <translation>القليوبية</translation>
    </message>
    <message>
        <source>Kafr El Sheikh</source>
        <translation>كفر الشيخ</translation>
    </message>
    <message>
        <source>Gharbia</source>
        <translation>الغربية</translation>
    </message>
    <message>
        <source>Monufia</source>
        <translation>المنوفية</translation>
    </message>
    <message>
        <source>Beheira</source>
        <translation>البحيرة</translation>
    </message>
    <message>
        <source>Ismailia</source>
        <translation>الإسماعيلية</translation>
    </message>
    <message>
        <source>Giza</source>
        <translation>الجيزة</translation>
    </message>
    <message>
        <source>Beni Suef</source>
        <translation>بني سويف</translation>
    </message>
    <message>
        <source>Fayoum</source>
        <translation>الفيوم</translation>
    </message>
    <message>
        <source>Minya</source>
        <translation>المنيا</translation>
    </message>
    <message>
        <source>Asyut</source>
        <translation>أسيوط</translation>
    </message>
    <message>
        <source>Sohag</source>
        <translation>سوهاج</translation>
    </message>
    <message>
        <source>Qena</source>
        <translation>قنا</translation>
    </message>
    <message>
        <source>Aswan</source>
        <translation>أسوان</translation>
    </message>
    <message>
        <source>Luxor</source>
        <translation>الأقصر</translation>
    </message>
    <message>
        <source>Red Sea</source>
        <translation>البحر الأحمر</translation>
    </message>
    <message>
        <source>New Valley</source>
        <translation>الوادي الجديد</translation>
    </message>
    <message>
        <source>Matrouh</source>
        <translation>مطروح</translation>
    </message>
    <message>
        <source>North Sinai</source>
        <translation>شمال سيناء</translation>
    </message>
    <message>
        <source>South Sinai</source>
        <translation>جنوب سيناء</translation>
    </message>
    <message>
        <source>Born abroad</source>
        <translation>مولود خارج مصر</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>أدخل رقم الوثيقة.</translation>
    </message>
    <message>
        <source>A Saudi national ID is made of digits only.</source>
        <translation>يتكون رقم الهوية الوطنية السعودية من أرقام فقط.</translation>
    </message>
    <message>
        <source>An iqama number is made of digits only.</source>
        <translation>يتكون رقم الإقامة من أرقام فقط.</translation>
    </message>
    <message>
        <source>A Saudi national ID has 10 digits and starts with 1.</source>
        <translation>يتكون رقم الهوية الوطنية السعودية من 10 أرقام ويبدأ بالرقم 1.</translation>
    </message>
    <message>
        <source>An iqama number has 10 digits and starts with 2.</source>
        <translation>يتكون رقم الإقامة من 10 أرقام ويبدأ بالرقم 2.</translation>
    </message>
    <message>
        <source>This number starts with 2, so it is an iqama; a Saudi national ID starts with 1.</source>
        <translation>هذا الرقم يبدأ بالرقم 2، فهو رقم إقامة؛ أما رقم الهوية الوطنية السعودية فيبدأ بالرقم 1.</translation>
    </message>
    <message>
        <source>This number starts with 1, so it is a Saudi national ID; an iqama number starts with 2.</source>
        <translation>هذا الرقم يبدأ بالرقم 1، فهو رقم هوية وطنية سعودية؛ أما رقم الإقامة فيبدأ بالرقم 2.</translation>
    </message>
    <message>
        <source>A Saudi national ID starts with 1.</source>
        <translation>يبدأ رقم الهوية الوطنية السعودية بالرقم 1.</translation>
    </message>
    <message>
        <source>An iqama number starts with 2.</source>
        <translation>يبدأ رقم الإقامة بالرقم 2.</translation>
    </message>
    <message>
        <source>This Saudi national ID fails its check digit, so a digit is probably mistyped; compare it with the card.</source>
        <translation>رقم الهوية الوطنية السعودية هذا لا يطابق رقم التحقق، فالأرجح أن أحد أرقامه كُتب خطأً؛ قارنه بالبطاقة.</translation>
    </message>
    <message>
        <source>This iqama number fails its check digit, so a digit is probably mistyped; compare it with the card.</source>
        <translation>رقم الإقامة هذا لا يطابق رقم التحقق، فالأرجح أن أحد أرقامه كُتب خطأً؛ قارنه بالبطاقة.</translation>
    </message>
    <message>
        <source>An Egyptian national ID is made of digits only.</source>
        <translation>يتكون رقم الهوية الوطنية المصرية من أرقام فقط.</translation>
    </message>
    <message>
        <source>An Egyptian national ID has 14 digits.</source>
        <translation>يتكون رقم الهوية الوطنية المصرية من 14 رقمًا.</translation>
    </message>
    <message>
        <source>An Egyptian national ID starts with 2 (born in the 1900s) or 3 (born in 2000 or later).</source>
        <translation>يبدأ رقم الهوية الوطنية المصرية بالرقم 2 (للمولودين بين عامي 1900 و1999) أو بالرقم 3 (للمولودين في عام 2000 أو بعده).</translation>
    </message>
    <message>
        <source>Digits 2 to 7 of an Egyptian national ID are the birth date as YYMMDD, but this date does not exist.</source>
        <translation>الأرقام من الثاني إلى السابع في رقم الهوية الوطنية المصرية هي تاريخ الميلاد بصيغة YYMMDD (السنة ثم الشهر ثم اليوم)، لكن هذا التاريخ غير صحيح.</translation>
    </message>
    <message>
        <source>Digits 2 to 7 of an Egyptian national ID are the birth date as YYMMDD, but this date is in the future.</source>
        <translation>الأرقام من الثاني إلى السابع في رقم الهوية الوطنية المصرية هي تاريخ الميلاد بصيغة YYMMDD (السنة ثم الشهر ثم اليوم)، لكن هذا التاريخ يقع في المستقبل.</translation>
    </message>
    <message>
        <source>Digits 8 and 9 of an Egyptian national ID are the governorate of birth, but this code is not a known governorate.</source>
        <translation>الرقمان الثامن والتاسع في رقم الهوية الوطنية المصرية هما رمز محافظة الميلاد، لكن هذا الرمز لا يطابق أي محافظة معروفة.</translation>
    </message>
    <message>
        <source>A document number can have at most 40 characters.</source>
        <translation>يجب ألا يزيد رقم الوثيقة على 40 حرفًا.</translation>
    </message>
    <message>
        <source>Saudi national ID</source>
        <translation>رقم الهوية الوطنية السعودية</translation>
    </message>
    <message>
        <source>Saudi iqama (residence ID)</source>
        <translation>رقم الإقامة السعودية (هوية مقيم)</translation>
    </message>
    <message>
        <source>Egyptian national ID</source>
        <translation>رقم الهوية الوطنية المصرية (الرقم القومي)</translation>
    </message>
    <message>
        <source>Other document (e.g. UNHCR or UNRWA number)</source>
        <translation>وثيقة أخرى (مثل رقم UNHCR أو UNRWA)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The package belongs to another organisation, or this installation has not joined yours. Ask an administrator for the organisation key file.</source>
        <translation>الحزمة تخص جهة أخرى، أو أن هذا الجهاز لم ينضم إلى جهتك. اطلب ملف مفتاح الجهة من مدير النظام.</translation>
    </message>
    <message>
        <source>The package claims to come from device %1 but is signed with another key: it was not made by that device. It was not imported.</source>
        <translation>تدّعي الحزمة أنها من الجهاز %1 لكنها موقّعة بمفتاح آخر، فهي ليست من صنعه. لم تُستورد.</translation>
    </message>
    <message>
        <source>Device %1 was revoked by an administrator; packages it made after that are refused.</source>
        <translation>ألغى مدير النظام الجهاز %1، وتُرفض الحزم التي صنعها بعد الإلغاء.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Tamkeen (data version %1; this one has %2). Update Tamkeen, then import it again; a copy waits in %3.</source>
        <translation>صُنعت الحزمة بإصدار أحدث من تمكين (إصدار البيانات %1، وهنا %2). حدّث تمكين ثم استوردها مرة أخرى؛ نسخة منها تنتظر في %3.</translation>
    </message>
    <message>
        <source>The package comes from device %1, which is not a device of this organisation.</source>
        <translation>الحزمة من الجهاز %1، وهو ليس من أجهزة هذه الجهة.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>أُلغي الاستيراد ولم يتغير شيء.</translation>
    </message>
    <message>
        <source>The package is damaged: it names an unknown table (%1).</source>
        <translation>الحزمة تالفة: تذكر جدولًا غير معروف (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورد شيء: %1</translation>
    </message>
    <message>
        <source>device %1: changes %2–%3 are missing</source>
        <translation>الجهاز %1: التغييرات من %2 إلى %3 ناقصة</translation>
    </message>
    <message>
        <source>%1: %2 rows wait for their %3 (not arrived yet)</source>
        <translation>%1: %2 سجلات تنتظر %3 (لم تصل بعد)</translation>
    </message>
    <message>
        <source>The package is damaged: a change has an impossible number.</source>
        <translation>الحزمة تالفة: أحد التغييرات يحمل رقمًا غير ممكن.</translation>
    </message>
    <message>
        <source>The package is damaged: it names an unknown field (%1.%2).</source>
        <translation>الحزمة تالفة: تذكر حقلًا غير معروف (%1.%2).</translation>
    </message>
    <message>
        <source>The package is damaged: a change does not match its fields.</source>
        <translation>الحزمة تالفة: أحد التغييرات لا يطابق حقوله.</translation>
    </message>
    <message>
        <source>This laptop was restored from a backup or copied from another: its new changes now go under a new identity; nothing was lost.</source>
        <translation>استُعيد هذا الحاسوب من نسخة احتياطية أو نُسخ من حاسوب آخر: صارت تغييراته الجديدة تُسجَّل بهوية جديدة، ولم يُفقد شيء.</translation>
    </message>
    <message>
        <source>This file is a snapshot of a centre&apos;s data for starting a new laptop, not a sync package. Import it on a laptop just set up from its enrolment file.</source>
        <translation>هذا الملف لقطة من بيانات مركز لبدء حاسوب محمول جديد، وليس حزمة مزامنة. استورده على حاسوب أُعدّ للتو من ملف تسجيل الجهاز.</translation>
    </message>
</context>
<context>
    <name>IncomeService</name>
    <message>
        <source>Choose the source of the income.</source>
        <translation>اختر مصدر الدخل.</translation>
    </message>
    <message>
        <source>The monthly amount must be zero or more.</source>
        <translation>يجب أن يكون المبلغ الشهري صفرًا أو أكثر.</translation>
    </message>
    <message>
        <source>Choose the date from which the amount applies.</source>
        <translation>اختر التاريخ الذي يسري منه المبلغ.</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>هذه الأسرة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This person is not a member of the household.</source>
        <translation>هذا الشخص ليس من أفراد الأسرة.</translation>
    </message>
    <message>
        <source>Only administrators can change the eligibility rule.</source>
        <translation>تغيير قاعدة الأهلية من صلاحية مديري النظام فقط.</translation>
    </message>
    <message>
        <source>The amount for the head must be above zero, and per member zero or more.</source>
        <translation>يجب أن يكون مبلغ رب الأسرة أكبر من صفر، ومبلغ كل فرد آخر صفرًا أو أكثر.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as SAR, EGP or LBP.</source>
        <translation>العملة رمز من ثلاثة أحرف، مثل SAR أو EGP أو LBP.</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Caseload</source>
        <translation>عبء الحالات</translation>
    </message>
    <message>
        <source>Exits to self-sufficiency</source>
        <translation>الخروج إلى الاكتفاء</translation>
    </message>
    <message>
        <source>Sustained exits</source>
        <translation>استدامة الخروج</translation>
    </message>
    <message>
        <source>Re-entry rate</source>
        <translation>معدل العودة إلى الدعم</translation>
    </message>
    <message>
        <source>How many households and members are in each status at the end of the period, and how many registered during it?</source>
        <translation>كم أسرة وكم فردًا في كل حالة في نهاية الفترة، وكم أسرة سُجّلت خلالها؟</translation>
    </message>
    <message>
        <source>How many households left support during the period, for which reasons, and what share of the active caseload left for work, an own project or other income?</source>
        <translation>كم أسرة خرجت من الدعم خلال الفترة، ولأي أسباب، وما نسبة من خرج من الحالات النشطة إلى عمل أو مشروع خاص أو دخل آخر؟</translation>
    </message>
    <message>
        <source>Of the households that left support in each month, what share had not come back 3, 6 and 12 months later?</source>
        <translation>من الأسر التي خرجت من الدعم في كل شهر، ما نسبة من لم يعد إليه بعد 3 و6 و12 شهرًا؟</translation>
    </message>
    <message>
        <source>What share of the households that left support came back within 12 months, and why?</source>
        <translation>ما نسبة الأسر التي خرجت من الدعم ثم عادت إليه خلال 12 شهرًا، ولماذا؟</translation>
    </message>
    <message>
        <source>Only counsellors and supervisors may see wellbeing results, which are confidential.</source>
        <translation>لا يطّلع على نتائج الرفاه إلا المستشارون والمشرفون، فهي سرية.</translation>
    </message>
    <message>
        <source>Economic independence</source>
        <translation>الاستقلال الاقتصادي</translation>
    </message>
    <message>
        <source>Empowerment plans</source>
        <translation>خطط التمكين</translation>
    </message>
    <message>
        <source>Referrals and partners</source>
        <translation>الإحالات والجهات الشريكة</translation>
    </message>
    <message>
        <source>Clinic activity</source>
        <translation>نشاط عيادة التمكين</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>الرفاه</translation>
    </message>
    <message>
        <source>Since their plan began, how has the income per person of households with a plan changed, how many rose above the eligibility threshold, and how much of their income is earned?</source>
        <translation>منذ بدء الخطة، كيف تغيّر دخل الفرد في الأسر التي لها خطة، وكم أسرة تجاوزت الحد المانع، وكم من دخلها مكتسب من العمل؟</translation>
    </message>
    <message>
        <source>How many plans are in each status, what share of their goals were achieved, how long from a plan&apos;s approval to leaving support, and which plans are falling behind?</source>
        <translation>كم خطة في كل حالة، وما نسبة أهدافها المتحققة، وكم يومًا بين اعتماد الخطة والخروج من الدعم، وأي الخطط متأخرة؟</translation>
    </message>
    <message>
        <source>How many referrals did each partner receive, accept and complete, with what outcome, and how many days did completion take?</source>
        <translation>كم إحالة استقبلت كل جهة شريكة وقبلتها وأتمّتها، وبأي نتيجة، وكم يومًا استغرق إتمامها؟</translation>
    </message>
    <message>
        <source>How many sessions did each counsellor hold a week, what share of appointments were not come to, and how long did households wait from registration to their first session?</source>
        <translation>كم جلسة عقد كل مستشار في الأسبوع، وما نسبة المواعيد التي لم يحضرها أصحابها، وكم انتظرت الأسر من التسجيل إلى أول جلسة؟</translation>
    </message>
    <message>
        <source>How many members able to work who have a plan were in work when it began and are now, and how many jobs, training places and loans did referrals obtain?</source>
        <translation>كم فردًا قادرًا على العمل له خطة كان يعمل عند بدئها ويعمل الآن، وكم وظيفة ومقعد تدريب وقرضًا حصلت عليها الإحالات؟</translation>
    </message>
    <message>
        <source>How did members&apos; wellbeing (WHO-5) and work readiness change between their first and latest assessment, and what share left low wellbeing?</source>
        <translation>كيف تغيّر رفاه الأفراد (مقياس WHO-5) وجاهزيتهم للعمل بين أول تقييم وآخره، وما نسبة من خرج من «الرفاه المنخفض»؟</translation>
    </message>
    <message>
        <source>The income records hold values Tamkeen does not write, so the income indicators cannot be computed. Run tamkeen-cli check.</source>
        <translation>تحتوي سجلات الدخل على قيم لا يكتبها تمكين، فلا يمكن حساب مؤشرات الدخل. شغّل ‎tamkeen-cli check‎.</translation>
    </message>
</context>
<context>
    <name>InputText</name>
    <message>
        <source>%1: at most %2 characters can be stored, and %3 were entered. Shorten it.</source>
        <translation>%1: يمكن حفظ %2 حرف على الأكثر، وقد أُدخل %3. اختصره.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Exporting the list…</source>
        <translation>جارٍ تصدير القائمة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>تصدير القائمة</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV بترميز UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>a typed search</source>
        <translation>بحث مكتوب</translation>
    </message>
</context>
<context>
    <name>MemberService</name>
    <message>
        <source>This member no longer exists.</source>
        <translation>هذا الفرد لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s given name.</source>
        <translation>أدخل الاسم الأول للفرد.</translation>
    </message>
    <message>
        <source>Enter the father&apos;s name.</source>
        <translation>أدخل اسم الأب.</translation>
    </message>
    <message>
        <source>Choose the member&apos;s relation to the head of household.</source>
        <translation>اختر صلة قرابة الفرد برب الأسرة.</translation>
    </message>
    <message>
        <source>Choose male or female.</source>
        <translation>اختر الجنس: ذكر أو أنثى.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>اختر قيمة من القائمة.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits.</source>
        <translation>يتكون رقم الهاتف من 7 إلى 15 رقمًا.</translation>
    </message>
    <message>
        <source>Choose the kind of identity document.</source>
        <translation>اختر نوع وثيقة الهوية.</translation>
    </message>
    <message>
        <source>The ID number gives the birth date %1, but %2 was entered. Correct one of them.</source>
        <translation>يدل رقم الهوية على أن تاريخ الميلاد %1، لكن التاريخ المُدخل %2. صحّح أحدهما.</translation>
    </message>
    <message>
        <source>The ID number is that of a %1, but %2 was chosen. Correct one of them.</source>
        <translation>يدل رقم الهوية على أن صاحبه %1، لكن الجنس المختار %2. صحّح أحدهما.</translation>
    </message>
    <message>
        <source>same identity number</source>
        <translation>رقم الهوية نفسه</translation>
    </message>
    <message>
        <source>same given name</source>
        <translation>الاسم الأول نفسه</translation>
    </message>
    <message>
        <source>same father&apos;s name</source>
        <translation>اسم الأب نفسه</translation>
    </message>
    <message>
        <source>same grandfather&apos;s name</source>
        <translation>اسم الجد نفسه</translation>
    </message>
    <message>
        <source>same family name</source>
        <translation>اسم العائلة نفسه</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>سنة الميلاد نفسها</translation>
    </message>
    <message>
        <source>This identity number is already registered for %1 in file %2.</source>
        <translation>رقم الهوية هذا مسجَّل من قبل باسم %1 في الملف %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n registered member(s) resemble this person. Check them before continuing.</source>
        <translation>
            <numerusform>لا يوجد فرد مسجَّل يشبه هذا الشخص.</numerusform>
            <numerusform>يوجد فرد مسجَّل واحد يشبه هذا الشخص. راجعه قبل المتابعة.</numerusform>
            <numerusform>يوجد فردان مسجَّلان يشبهان هذا الشخص. راجعهما قبل المتابعة.</numerusform>
            <numerusform>يوجد %n أفراد مسجَّلين يشبهون هذا الشخص. راجعهم قبل المتابعة.</numerusform>
            <numerusform>يوجد %n فردًا مسجَّلًا يشبهون هذا الشخص. راجعهم قبل المتابعة.</numerusform>
            <numerusform>يوجد %n فرد مسجَّل يشبهون هذا الشخص. راجعهم قبل المتابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>هذه الأسرة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This household already has a head. Choose another relation.</source>
        <translation>لهذه الأسرة رب أسرة بالفعل. اختر صلة قرابة أخرى.</translation>
    </message>
    <message>
        <source>To change the head of household, use &quot;Make head&quot; on the new head.</source>
        <translation>لتغيير رب الأسرة، اختر الفرد الذي سيصبح رب الأسرة واستخدم «تعيين ربًّا للأسرة».</translation>
    </message>
    <message>
        <source>Choose the former head&apos;s new relation.</source>
        <translation>اختر صلة القرابة الجديدة لرب الأسرة السابق.</translation>
    </message>
    <message>
        <source>Give the reason for archiving.</source>
        <translation>اذكر سبب الأرشفة.</translation>
    </message>
    <message>
        <source>The head of household cannot be archived; archive the household or choose a new head first.</source>
        <translation>لا يمكن أرشفة رب الأسرة؛ أرشف الأسرة أو اختر رب أسرة جديدًا أولًا.</translation>
    </message>
    <message>
        <source>Birth date: the date is in the future. Enter the date the person was born.</source>
        <translation>تاريخ الميلاد: التاريخ في المستقبل. أدخل التاريخ الذي وُلد فيه الشخص.</translation>
    </message>
    <message>
        <source>Birth date: the person would be over %1 years old. Check the year.</source>
        <translation>تاريخ الميلاد: سيكون عمر الشخص أكثر من %1 سنة. تحقّق من السنة.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>Grandfather&apos;s name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>مرض مزمن</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
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
    <name>ObjectionLetterPrinter</name>
    <message>
        <source>Reply to your complaint</source>
        <translation>الرد على شكواكم</translation>
    </message>
    <message>
        <source>Reply to your objection</source>
        <translation>الرد على اعتراضكم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>About</source>
        <translation>بشأن</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>We received on %1 what you told us:</source>
        <translation>استلمنا منكم بتاريخ %1 ما يلي:</translation>
    </message>
    <message>
        <source>Decision: %1.</source>
        <translation>القرار: %1.</translation>
    </message>
    <message>
        <source>If you do not agree with this decision, you may appeal it at the centre.</source>
        <translation>إن لم توافقوا على هذا القرار فلكم التظلّم منه لدى المركز.</translation>
    </message>
    <message>
        <source>For the centre: %1</source>
        <translation>عن المركز: %1</translation>
    </message>
    <message>
        <source>Signature: ______________________</source>
        <translation>التوقيع: ______________________</translation>
    </message>
    <message>
        <source>The letter could not be written to %1. Choose another folder.</source>
        <translation>تعذّرت كتابة الخطاب في %1. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The letter could not be written to %1 (%2). Choose another folder.</source>
        <translation>تعذّرت كتابة الخطاب في %1 (%2). اختر مجلدًا آخر.</translation>
    </message>
</context>
<context>
    <name>Objections</name>
    <message>
        <source>Objection</source>
        <translation>اعتراض</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>An eligibility decision</source>
        <translation>قرار الأهلية</translation>
    </message>
    <message>
        <source>A suspension of support</source>
        <translation>إيقاف الدعم</translation>
    </message>
    <message>
        <source>A decision on support</source>
        <translation>قرار بشأن الدعم</translation>
    </message>
    <message>
        <source>A service received</source>
        <translation>خدمة مقدَّمة</translation>
    </message>
    <message>
        <source>An appeal of a decision</source>
        <translation>تظلّم من قرار</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>بالهاتف</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>بخطاب</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>The hotline</source>
        <translation>الخط الساخن</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <translation>مقبول جزئيًا</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Only administrators set the days to answer.</source>
        <translation>يحدّد مديرو النظام وحدهم مهلة الرد.</translation>
    </message>
    <message>
        <source>Choose objections or complaints.</source>
        <translation>اختر الاعتراضات أو الشكاوى.</translation>
    </message>
    <message>
        <source>The days to answer are between 1 and 365.</source>
        <translation>مهلة الرد بين ١ و٣٦٥ يومًا.</translation>
    </message>
    <message>
        <source>Choose an objection or a complaint.</source>
        <translation>اختر اعتراضًا أو شكوى.</translation>
    </message>
    <message>
        <source>Choose the decision objected to: eligibility, a suspension or support.</source>
        <translation>اختر القرار المعترض عليه: الأهلية أو الإيقاف أو الدعم.</translation>
    </message>
    <message>
        <source>A complaint is about a service received.</source>
        <translation>الشكوى تكون بشأن خدمة مقدَّمة.</translation>
    </message>
    <message>
        <source>Choose how it was received.</source>
        <translation>اختر طريقة الاستلام.</translation>
    </message>
    <message>
        <source>The day it was received cannot be in the future.</source>
        <translation>لا يكون تاريخ الاستلام في المستقبل.</translation>
    </message>
    <message>
        <source>What the person says</source>
        <translation>ما يقوله صاحب الطلب</translation>
    </message>
    <message>
        <source>Write what the person says.</source>
        <translation>اكتب ما يقوله صاحب الطلب.</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>هذه الأسرة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This person is not a member of the family.</source>
        <translation>هذا الشخص ليس من أفراد الأسرة.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators assign objections and complaints.</source>
        <translation>يُسند الاعتراضاتِ والشكاوى المشرفون ومديرو النظام وحدهم.</translation>
    </message>
    <message>
        <source>This was answered already.</source>
        <translation>تم الرد عليه من قبل.</translation>
    </message>
    <message>
        <source>Choose who looks into it.</source>
        <translation>اختر من يتولّى دراسته.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>اكتب الملاحظة.</translation>
    </message>
    <message>
        <source>This was answered already: its notes are kept as they were.</source>
        <translation>تم الرد عليه من قبل: تبقى ملاحظاته كما هي.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators decide objections and complaints.</source>
        <translation>يقرّر في الاعتراضات والشكاوى المشرفون ومديرو النظام وحدهم.</translation>
    </message>
    <message>
        <source>Choose the decision.</source>
        <translation>اختر القرار.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Say why it was decided so.</source>
        <translation>اذكر سبب القرار.</translation>
    </message>
    <message>
        <source>This was answered already: an appeal reopens it.</source>
        <translation>تم الرد عليه من قبل: يعيد التظلّم فتحه.</translation>
    </message>
    <message>
        <source>Decide it before answering.</source>
        <translation>قرّر فيه قبل الرد.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Write the reply to the person.</source>
        <translation>اكتب الرد إلى صاحب الطلب.</translation>
    </message>
    <message>
        <source>A decision is appealed once the person has been answered.</source>
        <translation>يُتظلَّم من القرار بعد الرد على صاحبه.</translation>
    </message>
    <message>
        <source>This decision was appealed already: look into that appeal.</source>
        <translation>قُدّم تظلّم من هذا القرار من قبل: ادرس ذلك التظلّم.</translation>
    </message>
    <message>
        <source>An appeal comes after the reply.</source>
        <translation>يأتي التظلّم بعد الرد.</translation>
    </message>
    <message>
        <source>This objection or complaint is no longer recorded.</source>
        <translation>هذا الاعتراض أو الشكوى لم يعد مسجّلًا.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators answer the person.</source>
        <translation>يرد على صاحب الطلب المشرفون ومديرو النظام وحدهم.</translation>
    </message>
    <message>
        <source>The reply is dated between the day it was decided and today.</source>
        <translation>يكون تاريخ الرد بين يوم القرار واليوم.</translation>
    </message>
    <message>
        <source>The decision on an appeal is final at the centre.</source>
        <translation>القرار في التظلّم نهائي لدى المركز.</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>The package is incomplete or damaged: its signature does not match its contents. Copy it again from the sender.</source>
        <translation>الحزمة ناقصة أو تالفة: توقيعها لا يطابق محتواها. انسخها مرة أخرى من المرسل.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>This is not a Tamkeen sync package.</source>
        <translation>هذا الملف ليس حزمة مزامنة من تمكين.</translation>
    </message>
    <message>
        <source>The package was made by a newer Tamkeen (package format %1). Update Tamkeen on this computer to read it.</source>
        <translation>صُنعت الحزمة بإصدار أحدث من تمكين (صيغة الحزمة %1). حدّث تمكين على هذا الحاسوب لقراءتها.</translation>
    </message>
    <message>
        <source>The package is incomplete: its end is missing. Copy it again from the sender.</source>
        <translation>الحزمة ناقصة: نهايتها مفقودة. انسخها مرة أخرى من المرسل.</translation>
    </message>
    <message>
        <source>The package cannot be decrypted: it belongs to another organisation or is damaged.</source>
        <translation>تعذّر فك تشفير الحزمة: إما أنها تخص جهة أخرى أو أنها تالفة.</translation>
    </message>
    <message>
        <source>The package was made by an older Tamkeen (package format %1) that this version no longer reads. Ask the sender to update Tamkeen and export again.</source>
        <translation>صُنعت هذه الحزمة بإصدار أقدم من تمكين (صيغة الحزمة %1) لم يعد هذا الإصدار يقرؤه. اطلب من المُرسِل تحديث تمكين والتصدير مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>The package cannot be written to %1: %2. Check that the disk or USB stick has free space and is not write-protected.</source>
        <translation>تعذّر حفظ الحزمة في %1: %2. تأكد من وجود مساحة كافية في القرص أو ذاكرة USB وأنها غير محمية من الكتابة.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>Not enough memory to protect the password. Close other programs and try again.</source>
        <translation>لا تكفي الذاكرة لحماية كلمة المرور. أغلق البرامج الأخرى ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>يجب أن تتكون كلمة المرور من %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The password is too easy to guess: it is one character repeated or a run of letters or digits. Choose another.</source>
        <translation>كلمة المرور سهلة التخمين: حرف واحد مكرر أو تسلسل من الحروف أو الأرقام. اختر غيرها.</translation>
    </message>
    <message>
        <source>The password is one of the most common passwords, which are tried first. Choose another.</source>
        <translation>كلمة المرور من أكثر كلمات المرور شيوعًا، وهي أول ما يُجرَّب. اختر غيرها.</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Centre code %1</source>
        <translation>رمز المركز %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Choose a month from 1 to 12 of a year from 1900 to 2200.</source>
        <translation>اختر شهرًا من 1 إلى 12 من سنة بين 1900 و2200.</translation>
    </message>
    <message>
        <source>Choose a quarter from 1 to 4 of a year from 1900 to 2200.</source>
        <translation>اختر ربعًا من 1 إلى 4 من سنة بين 1900 و2200.</translation>
    </message>
    <message>
        <source>Choose a year from 1900 to 2200.</source>
        <translation>اختر سنة بين 1900 و2200.</translation>
    </message>
    <message>
        <source>This Hijri month is outside the Umm al-Qura calendar: choose a month from 1 to 12 of a year the calendar covers.</source>
        <translation>هذا الشهر الهجري خارج تقويم أم القرى: اختر شهرًا من 1 إلى 12 من سنة يشملها التقويم.</translation>
    </message>
    <message>
        <source>Choose both the first and the last day of the period.</source>
        <translation>اختر اليوم الأول واليوم الأخير من الفترة.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2): choose a last day on or after the first.</source>
        <translation>تنتهي الفترة (%1) قبل أن تبدأ (%2): اختر يومًا أخيرًا مساويًا لليوم الأول أو بعده.</translation>
    </message>
    <message>
        <source>Choose dates from 1900 to 2200.</source>
        <translation>اختر تواريخ بين 1900 و2200.</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <source>Individual empowerment plan</source>
        <translation>خطة التمكين الفردية</translation>
    </message>
    <message>
        <source>The beneficiary and the household</source>
        <translation>المستفيد والأسرة</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Region and city</source>
        <translation>المنطقة والمدينة</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>عدد أفراد الأسرة</translation>
    </message>
    <message>
        <source>Household status</source>
        <translation>حالة الأسرة</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 بواسطة %2</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>لم تُعتمد بعد</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>مستوى التقدم</translation>
    </message>
    <message>
        <source>%1 of %2 goals achieved, %3 of %4 tasks done</source>
        <translation>الأهداف المتحققة: %1 من %2، والمهام المنجزة: %3 من %4</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>المهام المتأخرة</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Baseline (when the plan started)</source>
        <translation>خط الأساس (عند بدء الخطة)</translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation>دخل الفرد</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>الوضع الوظيفي</translation>
    </message>
    <message>
        <source>Work readiness</source>
        <translation>الجاهزية للعمل</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>Empowerment tracks</source>
        <translation>مسارات التمكين</translation>
    </message>
    <message>
        <source>Goals and tasks</source>
        <translation>الأهداف والمهام</translation>
    </message>
    <message>
        <source>No goals have been set yet.</source>
        <translation>لم تُحدَّد أي أهداف بعد.</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>الهدف %1: %2</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>قيمة خط الأساس</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>No tasks under this goal yet.</source>
        <translation>لا توجد مهام تحت هذا الهدف بعد.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>م</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول عن التنفيذ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>Next review: %1 (every %2 months)</source>
        <translation>المراجعة القادمة: %1 (الفاصل بين المراجعات بالأشهر: %2)</translation>
    </message>
    <message>
        <source>Reviews are scheduled every %1 months once a supervisor approves the plan.</source>
        <translation>تُجدول المراجعات بصفة دورية بعد اعتماد المشرف للخطة (الفاصل بين المراجعات بالأشهر: %1).</translation>
    </message>
    <message>
        <source>No further review is scheduled.</source>
        <translation>لا توجد مراجعات أخرى مجدولة.</translation>
    </message>
    <message>
        <source>No review has been held yet.</source>
        <translation>لم تُعقد أي مراجعة بعد.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <source>Progress seen</source>
        <translation>التقدم الملاحظ</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <source>We have agreed on this plan and will work together to carry it out.</source>
        <translation>اتفقنا على هذه الخطة، ونتعهد بالعمل معًا على تنفيذها.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>الاسم: %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>التوقيع: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>The counsellor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>تاريخ الطباعة: %1</translation>
    </message>
    <message>
        <source>Empowerment plan of %1</source>
        <translation>خطة التمكين الفردية — %1</translation>
    </message>
    <message>
        <source>The plan could not be written to %1. Choose another folder.</source>
        <translation>تعذّر حفظ الخطة في %1. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The plan could not be written to %1 (%2). Choose another folder.</source>
        <translation>تعذّر حفظ الخطة في %1 (%2). اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>No referral has been made under this plan yet.</source>
        <translation>لم تُسجَّل أي إحالة ضمن هذه الخطة بعد.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الجهة الشريكة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Voluntary exit plan</source>
        <translation>خطة الخروج الطوعي</translation>
    </message>
    <message>
        <source>Target exit date: %1</source>
        <translation>الموعد المستهدف للخروج: %1</translation>
    </message>
    <message>
        <source>Incentives agreed: %1</source>
        <translation>الحوافز المتفق عليها: %1</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>الشروط: %1</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>لا توجد وثيقة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 شهريًا</translation>
    </message>
    <message>
        <source>Wellbeing (%1)</source>
        <translation>الرفاه النفسي (%1)</translation>
    </message>
    <message>
        <source>The supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Withdrawn on %1.</source>
        <translation>سُحبت في %1.</translation>
    </message>
    <message>
        <source>No consent to counselling is recorded for this member: ask for it at the next session.</source>
        <translation>لا توجد موافقة مسجّلة على الاستشارة لهذا الفرد: اطلبها في الجلسة القادمة.</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>التدريب المهني</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>التوظيف</translation>
    </message>
    <message>
        <source>Own project / productive family</source>
        <translation>مشروع خاص / الأسر المنتجة</translation>
    </message>
    <message>
        <source>Micro-finance</source>
        <translation>التمويل متناهي الصغر</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>الإسكان</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>مرفوعة للاعتماد</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Exited support</source>
        <translation>منتهية بالخروج من الدعم</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>لم يتحقق</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>The counsellor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>A partner organisation</source>
        <translation>جهة شريكة</translation>
    </message>
    <message>
        <source>Only counsellors and supervisors draw up empowerment plans.</source>
        <translation>إعداد خطط التمكين من صلاحية المستشارين والمشرفين فقط.</translation>
    </message>
    <message>
        <source>Choose at least one empowerment track.</source>
        <translation>اختر مسار تمكين واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Unknown empowerment track: %1.</source>
        <translation>مسار تمكين غير معروف: %1.</translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation>لم يعد فرد الأسرة هذا موجودًا.</translation>
    </message>
    <message>
        <source>This plan no longer exists.</source>
        <translation>لم تعد هذه الخطة موجودة.</translation>
    </message>
    <message>
        <source>Only counsellors and supervisors change empowerment plans.</source>
        <translation>تعديل خطط التمكين من صلاحية المستشارين والمشرفين فقط.</translation>
    </message>
    <message>
        <source>A plan that is «%1» cannot be changed.</source>
        <translation>لا يمكن تعديل خطة حالتها «%1».</translation>
    </message>
    <message>
        <source>Choose one of the plan&apos;s tracks for the goal.</source>
        <translation>اختر للهدف أحد مسارات الخطة.</translation>
    </message>
    <message>
        <source>Describe the goal.</source>
        <translation>اكتب وصف الهدف.</translation>
    </message>
    <message>
        <source>Say what is measured to reach the target value.</source>
        <translation>حدّد المؤشر الذي يُقاس به بلوغ القيمة المستهدفة.</translation>
    </message>
    <message>
        <source>The target date cannot be before the plan started.</source>
        <translation>لا يمكن أن يسبق التاريخ المستهدف بدء الخطة.</translation>
    </message>
    <message>
        <source>This goal no longer exists.</source>
        <translation>لم يعد هذا الهدف موجودًا.</translation>
    </message>
    <message>
        <source>Choose the goal&apos;s status.</source>
        <translation>اختر حالة الهدف.</translation>
    </message>
    <message>
        <source>Describe the task.</source>
        <translation>اكتب وصف المهمة.</translation>
    </message>
    <message>
        <source>Choose who is responsible for the task.</source>
        <translation>اختر المسؤول عن المهمة.</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>لم تعد هذه المهمة موجودة.</translation>
    </message>
    <message>
        <source>This task is already marked as done.</source>
        <translation>هذه المهمة مسجّلة منجزةً من قبل.</translation>
    </message>
    <message>
        <source>The date the task was done cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ إنجاز المهمة في المستقبل.</translation>
    </message>
    <message>
        <source>Only a draft plan can be submitted for approval.</source>
        <translation>لا تُرفع للاعتماد إلا الخطة التي في حالة المسودة.</translation>
    </message>
    <message>
        <source>Only supervisors approve empowerment plans.</source>
        <translation>اعتماد خطط التمكين من صلاحية المشرفين فقط.</translation>
    </message>
    <message>
        <source>Only a submitted plan can be approved.</source>
        <translation>لا تُعتمد إلا خطة مرفوعة للاعتماد.</translation>
    </message>
    <message>
        <source>A plan needs at least one goal with a target date before it is approved.</source>
        <translation>تحتاج الخطة إلى هدف واحد على الأقل له تاريخ مستهدف قبل اعتمادها.</translation>
    </message>
    <message>
        <source>Only supervisors return plans for changes.</source>
        <translation>إعادة الخطط للتعديل من صلاحية المشرفين فقط.</translation>
    </message>
    <message>
        <source>Write what should change in the plan.</source>
        <translation>اكتب ما ينبغي تعديله في الخطة.</translation>
    </message>
    <message>
        <source>Only a submitted plan can be returned for changes.</source>
        <translation>لا تُعاد للتعديل إلا خطة مرفوعة للاعتماد.</translation>
    </message>
    <message>
        <source>Only counsellors and supervisors review empowerment plans.</source>
        <translation>مراجعة خطط التمكين من صلاحية المستشارين والمشرفين فقط.</translation>
    </message>
    <message>
        <source>Write the progress seen at this review.</source>
        <translation>اكتب التقدم الملاحظ في هذه المراجعة.</translation>
    </message>
    <message>
        <source>The date of the review cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ المراجعة في المستقبل.</translation>
    </message>
    <message>
        <source>Only an active plan is reviewed.</source>
        <translation>لا تُراجع إلا الخطة النشطة.</translation>
    </message>
    <message>
        <source>Choose how the plan ends.</source>
        <translation>اختر كيف تنتهي الخطة.</translation>
    </message>
    <message>
        <source>Write why the plan ends.</source>
        <translation>اكتب سبب انتهاء الخطة.</translation>
    </message>
    <message>
        <source>Only an active plan can be closed.</source>
        <translation>لا تُغلق إلا الخطة النشطة.</translation>
    </message>
    <message>
        <source>The tracks of a plan change only while it is a draft.</source>
        <translation>لا تُعدَّل مسارات الخطة إلا وهي في حالة المسودة.</translation>
    </message>
    <message>
        <source>A goal is in the track «%1»: keep the track or change the goal first.</source>
        <translation>يوجد هدف ضمن المسار «%1»: أبقِ على المسار أو عدّل الهدف أولًا.</translation>
    </message>
    <message>
        <source>A task that is done is no longer changed.</source>
        <translation>لا يمكن تعديل مهمة بعد إنجازها.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators add empowerment tracks.</source>
        <translation>إضافة مسارات التمكين من صلاحية المشرفين ومديري النظام فقط.</translation>
    </message>
    <message>
        <source>Write the name of the empowerment track.</source>
        <translation>اكتب اسم مسار التمكين.</translation>
    </message>
    <message>
        <source>This empowerment track already exists.</source>
        <translation>مسار التمكين هذا موجود من قبل.</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Drawn up</source>
        <translation>إعداد الخطة</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>رفع الخطة للاعتماد</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>اعتماد الخطة</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>إعادة الخطة للتعديل</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>مراجعة الخطة</translation>
    </message>
    <message>
        <source>Completed: the goals were reached</source>
        <translation>اكتمال الخطة: تحققت الأهداف</translation>
    </message>
    <message>
        <source>Exited support</source>
        <translation>انتهاء الخطة بالخروج من الدعم</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>إيقاف الخطة</translation>
    </message>
    <message>
        <source>Goals achieved: %1</source>
        <translation>الأهداف المتحققة: %1</translation>
    </message>
    <message>
        <source>tasks done: %1</source>
        <translation>المهام المنجزة: %1</translation>
    </message>
    <message>
        <source>overdue tasks: %1</source>
        <translation>المهام المتأخرة: %1</translation>
    </message>
</context>
<context>
    <name>Privileges</name>
    <message>
        <source>user accounts</source>
        <translation>حسابات المستخدمين</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>centres</source>
        <translation>المراكز</translation>
    </message>
    <message>
        <source>device revocations</source>
        <translation>إلغاءات الأجهزة</translation>
    </message>
    <message>
        <source>organisation settings</source>
        <translation>إعدادات الجهة</translation>
    </message>
    <message>
        <source>empowerment tracks</source>
        <translation>مسارات التمكين</translation>
    </message>
    <message>
        <source>consultation types</source>
        <translation>أنواع الاستشارات</translation>
    </message>
    <message>
        <source>psychological notes</source>
        <translation>الملاحظات النفسية</translation>
    </message>
    <message>
        <source>A device revocation is final: it cannot be changed.</source>
        <translation>إلغاء الجهاز نهائي: لا يمكن تغييره.</translation>
    </message>
    <message>
        <source>graduation decisions</source>
        <translation>قرارات التخرج</translation>
    </message>
    <message>
        <source>plan approvals</source>
        <translation>اعتماد الخطط</translation>
    </message>
    <message>
        <source>keys of confidential notes</source>
        <translation>مفاتيح الملاحظات السرية</translation>
    </message>
    <message>
        <source>decisions on support</source>
        <translation>قرارات الدعم</translation>
    </message>
    <message>
        <source>decisions on objections and complaints</source>
        <translation>القرارات في الاعتراضات والشكاوى</translation>
    </message>
    <message>
        <source>the place list</source>
        <translation>قائمة الأماكن</translation>
    </message>
    <message>
        <source>crisis events</source>
        <translation>أحداث الأزمات</translation>
    </message>
    <message>
        <source>removals of documents</source>
        <translation>حذف المستندات</translation>
    </message>
    <message>
        <source>conditions of support</source>
        <translation>شروط الدعم</translation>
    </message>
    <message>
        <source>suspensions and reinstatements of support</source>
        <translation>إيقاف الدعم وإعادته</translation>
    </message>
    <message>
        <source>moves of families between centres</source>
        <translation>نقل الأسر بين المراكز</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>اختصار</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
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
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم ل&amp;لكل</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا للك&amp;ل</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>عدم الحفظ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>The package is damaged: a record cannot be read.</source>
        <translation>الحزمة تالفة: تعذّرت قراءة أحد السجلات.</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <source>To: %1</source>
        <translation>إلى: %1</translation>
    </message>
    <message>
        <source>Attention of: %1</source>
        <translation>لعناية: %1</translation>
    </message>
    <message>
        <source>Subject: referral of a beneficiary</source>
        <translation>الموضوع: إحالة مستفيد</translation>
    </message>
    <message>
        <source>Greetings,</source>
        <translation>تحية طيبة وبعد،</translation>
    </message>
    <message>
        <source>We refer to you the beneficiary named below for the service «%1», and would be grateful for your help. Please let us know whether the referral is accepted and, in time, its outcome.</source>
        <translation>نحيل إليكم المستفيد المذكور أدناه للحصول على خدمة «%1»، ونأمل منكم التكرم بمساعدته. نرجو إفادتنا بقبول الإحالة، ثم بنتيجتها في حينه.</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Service requested</source>
        <translation>الخدمة المطلوبة</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>We will follow up on</source>
        <translation>موعد المتابعة</translation>
    </message>
    <message>
        <source>With thanks and appreciation.</source>
        <translation>وتقبلوا خالص الشكر والتقدير.</translation>
    </message>
    <message>
        <source>Referring worker: %1</source>
        <translation>الموظف المُحيل: %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>التوقيع:</translation>
    </message>
    <message>
        <source>Stamp:</source>
        <translation>الختم:</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>خطاب إحالة</translation>
    </message>
    <message>
        <source>The letter could not be written to %1. Choose another folder.</source>
        <translation>تعذّر حفظ الخطاب في %1. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The letter could not be written to %1 (%2). Choose another folder.</source>
        <translation>تعذّر حفظ الخطاب في %1 (%2). اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>الرقم المرجعي: %1</translation>
    </message>
    <message>
        <source>Date: %1, corresponding to %2</source>
        <translation>التاريخ: %1، الموافق %2</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>لا توجد وثيقة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>الموافقة المستنيرة</translation>
    </message>
    <message>
        <source>I, %1, agree that %2 shares the details in this letter with %3 so that they can provide the service requested, and that %3 informs %2 of its outcome.</source>
        <translation>أوافق أنا %1 على أن يشارك %2 البيانات الواردة في هذا الخطاب مع %3 لتقديم الخدمة المطلوبة، وعلى أن يُبلغ %3 %2 بنتيجتها.</translation>
    </message>
    <message>
        <source>Beneficiary: %1</source>
        <translation>المستفيد: %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>الموافقة على المشاركة</translation>
    </message>
    <message>
        <source>No consent recorded: the beneficiary signs below before this letter is sent.</source>
        <translation>لا توجد موافقة مسجّلة: يوقّع المستفيد أدناه قبل إرسال هذا الخطاب.</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>Training institute</source>
        <translation>معهد تدريب</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>جهة توظيف</translation>
    </message>
    <message>
        <source>Bank or financing body</source>
        <translation>بنك أو جهة تمويل</translation>
    </message>
    <message>
        <source>Health centre</source>
        <translation>مركز صحي</translation>
    </message>
    <message>
        <source>Charity or NGO</source>
        <translation>جمعية خيرية أو منظمة غير ربحية</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>Government benefit</source>
        <translation>إعانة حكومية</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسلة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>لم يصل رد</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Write the partner organisation&apos;s name.</source>
        <translation>اكتب اسم الجهة الشريكة.</translation>
    </message>
    <message>
        <source>Choose the kind of partner.</source>
        <translation>اختر نوع الجهة الشريكة.</translation>
    </message>
    <message>
        <source>List at least one service the partner offers.</source>
        <translation>أدخل خدمة واحدة على الأقل تقدمها الجهة الشريكة.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right.</source>
        <translation>يبدو أن عنوان البريد الإلكتروني غير صحيح.</translation>
    </message>
    <message>
        <source>Only administrators manage the partners catalogue.</source>
        <translation>إدارة دليل الجهات الشريكة من صلاحية مديري النظام فقط.</translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation>لم يعد فرد الأسرة هذا موجودًا.</translation>
    </message>
    <message>
        <source>Choose the partner organisation.</source>
        <translation>اختر الجهة الشريكة.</translation>
    </message>
    <message>
        <source>This partner no longer takes referrals.</source>
        <translation>لم تعد هذه الجهة الشريكة تستقبل الإحالات.</translation>
    </message>
    <message>
        <source>Choose one of the partner&apos;s services.</source>
        <translation>اختر إحدى خدمات الجهة الشريكة.</translation>
    </message>
    <message>
        <source>The date sent cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الإرسال في المستقبل.</translation>
    </message>
    <message>
        <source>The follow-up date cannot be before the date sent.</source>
        <translation>لا يمكن أن يسبق تاريخ المتابعة تاريخ الإرسال.</translation>
    </message>
    <message>
        <source>The plan belongs to another family member.</source>
        <translation>هذه الخطة تخص فردًا آخر من الأسرة.</translation>
    </message>
    <message>
        <source>A referral that is «%1» cannot become «%2».</source>
        <translation>لا يمكن تغيير حالة الإحالة من «%1» إلى «%2».</translation>
    </message>
    <message>
        <source>Choose the date of the change, between the date sent and today.</source>
        <translation>اختر تاريخ التغيير بين تاريخ الإرسال واليوم.</translation>
    </message>
    <message>
        <source>Write the partner&apos;s reason for rejecting the referral.</source>
        <translation>اكتب سبب رفض الجهة الشريكة للإحالة.</translation>
    </message>
    <message>
        <source>The outcome is recorded when the referral is completed or rejected.</source>
        <translation>تُسجَّل النتيجة عند اكتمال الإحالة أو رفضها.</translation>
    </message>
    <message>
        <source>Write what came of the referral.</source>
        <translation>اكتب ما أسفرت عنه الإحالة.</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>لم تعد هذه الإحالة موجودة.</translation>
    </message>
    <message>
        <source>The member has not consented to sharing their data with this partner. Record the consent in the household file first, or give the reason the referral must go without it.</source>
        <translation>لم يوافق الفرد على مشاركة بياناته مع هذه الجهة. سجّل الموافقة في ملف الأسرة أولًا، أو اكتب سبب إرسال الإحالة دونها.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>made by a revoked device after its revocation</source>
        <translation>صنعه جهاز ملغى بعد إلغائه</translation>
    </message>
    <message>
        <source>sealed by a device this copy does not know</source>
        <translation>ختمه جهاز لا تعرفه هذه النسخة</translation>
    </message>
    <message>
        <source>not signed by the device it claims</source>
        <translation>لم يوقّعه الجهاز الذي يُنسب إليه</translation>
    </message>
    <message>
        <source>a damaged batch of changes</source>
        <translation>دفعة تغييرات تالفة</translation>
    </message>
    <message>
        <source>a time before the organisation existed, or far ahead</source>
        <translation>وقته قبل إنشاء الجهة أو متقدم كثيرًا</translation>
    </message>
    <message>
        <source>not sealed by any device</source>
        <translation>لم يختمه أي جهاز</translation>
    </message>
    <message>
        <source>from a restored or copied database</source>
        <translation>من قاعدة بيانات مستعادة أو منسوخة</translation>
    </message>
    <message>
        <source>made with the organisation&apos;s old key: that laptop must import a recent package, then export again</source>
        <translation>صُنعت بمفتاح الجهة القديم: يجب أن يستورد ذلك الحاسوب حزمة حديثة ثم يصدّر مرة أخرى</translation>
    </message>
    <message>
        <source>a change to a revocation, which is final</source>
        <translation>تغيير على إلغاء جهاز، والإلغاء نهائي</translation>
    </message>
    <message>
        <source>a privileged change without its author&apos;s signature</source>
        <translation>تغيير يحتاج صلاحية ولا يحمل توقيع صاحبه</translation>
    </message>
    <message>
        <source>a privileged change that names no author</source>
        <translation>تغيير يحتاج صلاحية ولا يذكر صاحبه</translation>
    </message>
    <message>
        <source>values its author did not sign</source>
        <translation>قيم لم يوقّعها صاحب التغيير</translation>
    </message>
    <message>
        <source>its author is not a user known here</source>
        <translation>صاحبه ليس مستخدمًا معروفًا هنا</translation>
    </message>
    <message>
        <source>its author has no key here</source>
        <translation>ليس لصاحبه مفتاح هنا</translation>
    </message>
    <message>
        <source>the signature does not match its author&apos;s key</source>
        <translation>التوقيع لا يطابق مفتاح صاحبه</translation>
    </message>
    <message>
        <source>its author&apos;s account had been removed</source>
        <translation>كان حساب صاحبه قد أُزيل</translation>
    </message>
    <message>
        <source>its author did not hold the role it needs when it was made</source>
        <translation>لم يكن لصاحبه الدور اللازم حين أجراه</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>its author&apos;s account had been deactivated</source>
        <translation>كان حساب صاحبه قد عُطّل</translation>
    </message>
    <message>
        <source>words cut out by an erasure this copy has not received yet: it comes again with the erasure</source>
        <translation>كلمات حذفها محوٌ لم يصل إلى هذه النسخة بعد: تصل مرة أخرى مع المحو</translation>
    </message>
    <message>
        <source>a change to what is fixed once made: what a document is about, or its content</source>
        <translation>تغيير لما يثبت عند إنشائه: ما يخصّه المستند أو محتواه</translation>
    </message>
    <message>
        <source>a family registered for another centre than its device&apos;s, or again under the id of one held: only a supervisor moves a family</source>
        <translation>أسرة سُجّلت لمركز غير مركز جهازها، أو سُجّلت مرة أخرى برقم أسرة موجودة: لا ينقل الأسرة إلا مشرف</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>n/a</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>لم يُعرف بعد</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>لا شيء في القائمة.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>The PDF could not be made. Try again.</source>
        <translation>تعذّر إنشاء ملف PDF. أعد المحاولة.</translation>
    </message>
    <message>
        <source>The PDF could not be made (%1). Try again.</source>
        <translation>تعذّر إنشاء ملف PDF (%1). أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>ReportSources</name>
    <message>
        <source>The indicators are still being computed. Export once they are shown.</source>
        <translation>ما زال حساب المؤشرات جاريًا. صدِّر التقرير بعد ظهورها.</translation>
    </message>
    <message>
        <source>There is no early-warning list to export.</source>
        <translation>لا توجد قائمة إنذار مبكر لتصديرها.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Not yet known</source>
        <translation>لم يُعرف بعد</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>أُعدّ في %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>الفترة: من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Centre: %1</source>
        <translation>المركز: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>المنطقة: %1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>المدينة: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>الحي: %1</translation>
    </message>
    <message>
        <source>Assigned worker: %1</source>
        <translation>الباحث المسؤول: %1</translation>
    </message>
    <message>
        <source>Household category: %1</source>
        <translation>فئة الأسرة: %1</translation>
    </message>
    <message>
        <source>Head of household: %1</source>
        <translation>رب الأسرة: %1</translation>
    </message>
    <message>
        <source>Head&apos;s age: %1 to %2 years</source>
        <translation>عمر رب الأسرة: من %1 إلى %2 سنة</translation>
    </message>
    <message>
        <source>Head&apos;s age: %1 years or more</source>
        <translation>عمر رب الأسرة: %1 سنة فأكثر</translation>
    </message>
    <message>
        <source>Filters: none (all households)</source>
        <translation>عوامل التصفية: لا شيء (كل الأسر)</translation>
    </message>
    <message>
        <source>Impact indicators</source>
        <translation>مؤشرات الأثر</translation>
    </message>
    <message>
        <source>Compared with the period before: %1 to %2</source>
        <translation>مقارنةً بالفترة السابقة: من %1 إلى %2</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>هذه الفترة</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <source>Households supported at the end of the period</source>
        <translation>الأسر المدعومة في نهاية الفترة</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>التسجيلات الجديدة</translation>
    </message>
    <message>
        <source>Exits to self-sufficiency</source>
        <translation>الخروج إلى الاكتفاء</translation>
    </message>
    <message>
        <source>All exits</source>
        <translation>كل حالات الخروج</translation>
    </message>
    <message>
        <source>Households supported the day before the period</source>
        <translation>الأسر المدعومة في اليوم السابق للفترة</translation>
    </message>
    <message>
        <source>Share of exits to self-sufficiency</source>
        <translation>نسبة الخروج إلى الاكتفاء</translation>
    </message>
    <message numerus="yes">
        <source>Not re-entered %n month(s) after their exit</source>
        <translation>
            <numerusform>لم تعد إلى الدعم بعد %n شهر من خروجها</numerusform>
            <numerusform>لم تعد إلى الدعم بعد شهر من خروجها</numerusform>
            <numerusform>لم تعد إلى الدعم بعد شهرين من خروجها</numerusform>
            <numerusform>لم تعد إلى الدعم بعد %n أشهر من خروجها</numerusform>
            <numerusform>لم تعد إلى الدعم بعد %n شهرًا من خروجها</numerusform>
            <numerusform>لم تعد إلى الدعم بعد %n شهر من خروجها</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-entered within 12 months of their exit</source>
        <translation>عادت إلى الدعم خلال 12 شهرًا من خروجها</translation>
    </message>
    <message>
        <source>Exits whose 12 months have passed</source>
        <translation>حالات خروج مضى عليها 12 شهرًا</translation>
    </message>
    <message>
        <source>Re-entry rate</source>
        <translation>معدل العودة إلى الدعم</translation>
    </message>
    <message>
        <source>Exits still within their 12 months</source>
        <translation>حالات خروج لم تكمل 12 شهرًا بعد</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>رضا المستفيدين</translation>
    </message>
    <message>
        <source>Mean score (1 to 5)</source>
        <translation>متوسط الدرجة (من 1 إلى 5)</translation>
    </message>
    <message>
        <source>Families who answered</source>
        <translation>الأسر التي أجابت</translation>
    </message>
    <message>
        <source>Exits by reason</source>
        <translation>الخروج بحسب السبب</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Exits by month</source>
        <translation>الخروج بحسب الشهر</translation>
    </message>
    <message>
        <source>Households that left support, the 12 months ending with the period&apos;s last month.</source>
        <translation>الأسر التي خرجت من الدعم، في الأشهر الاثني عشر المنتهية بآخر شهر في الفترة.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>حالات الخروج</translation>
    </message>
    <message>
        <source>Sustained exits</source>
        <translation>استدامة الخروج</translation>
    </message>
    <message>
        <source>Of each month&apos;s exits, the share not re-entered 3, 6 and 12 months later.</source>
        <translation>من الأسر الخارجة في كل شهر، نسبة التي لم تعد إلى الدعم بعد 3 و6 و12 شهرًا.</translation>
    </message>
    <message>
        <source>Month of exit</source>
        <translation>شهر الخروج</translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s)</source>
        <translation>
            <numerusform>بعد %n شهر</numerusform>
            <numerusform>بعد شهر واحد</numerusform>
            <numerusform>بعد شهرين</numerusform>
            <numerusform>بعد %n أشهر</numerusform>
            <numerusform>بعد %n شهرًا</numerusform>
            <numerusform>بعد %n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Households that left support, by month</source>
        <translation>الأسر التي خرجت من الدعم، بحسب الشهر</translation>
    </message>
    <message>
        <source>Share of exits not re-entered, by months since the exit</source>
        <translation>نسبة الأسر الخارجة التي لم تعد إلى الدعم، بحسب الأشهر منذ الخروج</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>الإنذار المبكر</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>القائمة: %1</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>اطُّلع عليه</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Readiness to exit</source>
        <translation>الجاهزية للخروج من الدعم</translation>
    </message>
    <message>
        <source>The families ready for a voluntary exit plan</source>
        <translation>الأسر الجاهزة لخطة خروج طوعي</translation>
    </message>
    <message>
        <source>Households with an active plan, scored out of 100</source>
        <translation>الأسر التي لديها خطة نشطة، ودرجتها من 100</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>المعايير المتحققة</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليست بعد</translation>
    </message>
    <message>
        <source>Counsellor: %1</source>
        <translation>المستشار: %1</translation>
    </message>
    <message>
        <source>Empowerment track: %1</source>
        <translation>مسار التمكين: %1</translation>
    </message>
    <message>
        <source>Households with an approved plan: income per person at the plan&apos;s baseline against the period&apos;s end.</source>
        <translation>الأسر التي لها خطة معتمدة: دخل الفرد عند خط الأساس للخطة مقارنةً بنهاية الفترة.</translation>
    </message>
    <message>
        <source>Households with a plan</source>
        <translation>أسر لها خطة</translation>
    </message>
    <message>
        <source>Median change in income per person (a month)</source>
        <translation>وسيط التغير في دخل الفرد (شهريًا)</translation>
    </message>
    <message>
        <source>Income per person up by 20 % or more</source>
        <translation>ارتفع دخل الفرد ٢٠٪ أو أكثر</translation>
    </message>
    <message>
        <source>Share with income per person up by 20 % or more</source>
        <translation>نسبة من ارتفع دخل الفرد فيها ٢٠٪ أو أكثر</translation>
    </message>
    <message>
        <source>Under the income threshold at baseline</source>
        <translation>دون الحد المانع عند خط الأساس</translation>
    </message>
    <message>
        <source>Crossed the income threshold</source>
        <translation>تجاوزت الحد المانع</translation>
    </message>
    <message>
        <source>Share that crossed the income threshold</source>
        <translation>نسبة من تجاوز الحد المانع</translation>
    </message>
    <message>
        <source>Left support after the plan began</source>
        <translation>خرجت من الدعم بعد بدء الخطة</translation>
    </message>
    <message>
        <source>Median change in income per person at exit</source>
        <translation>وسيط التغير في دخل الفرد عند الخروج</translation>
    </message>
    <message>
        <source>Independence ratio at the plan&apos;s baseline</source>
        <translation>نسبة الاستقلال الاقتصادي عند خط الأساس للخطة</translation>
    </message>
    <message>
        <source>Independence ratio at the period&apos;s end</source>
        <translation>نسبة الاستقلال الاقتصادي في نهاية الفترة</translation>
    </message>
    <message>
        <source>Members able to work with an approved plan; jobs, training places and loans count referrals.</source>
        <translation>الأفراد القادرون على العمل ولهم خطة معتمدة؛ الوظائف وفرص التدريب والقروض تُعد بالإحالات.</translation>
    </message>
    <message>
        <source>Members able to work with a plan</source>
        <translation>أفراد قادرون على العمل لهم خطة</translation>
    </message>
    <message>
        <source>Employed or self-employed at the plan&apos;s start</source>
        <translation>موظفون أو يعملون لحسابهم عند بدء الخطة</translation>
    </message>
    <message>
        <source>Employed or self-employed now</source>
        <translation>موظفون أو يعملون لحسابهم الآن</translation>
    </message>
    <message>
        <source>Earning at the plan&apos;s start</source>
        <translation>لهم دخل من عملهم عند بدء الخطة</translation>
    </message>
    <message>
        <source>Earning at the period&apos;s end</source>
        <translation>لهم دخل من عملهم في نهاية الفترة</translation>
    </message>
    <message>
        <source>Share earning at the period&apos;s end</source>
        <translation>نسبة من لهم دخل من عملهم في نهاية الفترة</translation>
    </message>
    <message>
        <source>Jobs through referrals</source>
        <translation>وظائف عبر الإحالات</translation>
    </message>
    <message>
        <source>Training places through referrals</source>
        <translation>فرص تدريب عبر الإحالات</translation>
    </message>
    <message>
        <source>Loans through referrals</source>
        <translation>قروض عبر الإحالات</translation>
    </message>
    <message>
        <source>Plans by status on the period&apos;s last day; goals and tasks count as themselves.</source>
        <translation>الخطط حسب حالتها في آخر يوم من الفترة؛ الأهداف والمهام تُعد بعددها.</translation>
    </message>
    <message>
        <source>Plans: %1</source>
        <translation>الخطط: %1</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation>الأهداف المتحققة</translation>
    </message>
    <message>
        <source>Share of goals achieved</source>
        <translation>نسبة الأهداف المتحققة</translation>
    </message>
    <message>
        <source>Exits after a plan&apos;s approval</source>
        <translation>الخروج من الدعم بعد اعتماد خطة</translation>
    </message>
    <message>
        <source>Median days from approval to exit</source>
        <translation>وسيط الأيام من الاعتماد إلى الخروج</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>المهام المتأخرة</translation>
    </message>
    <message>
        <source>Active plans with no review for %1 days</source>
        <translation>خطط نشطة بلا مراجعة منذ %1 يومًا</translation>
    </message>
    <message>
        <source>Referrals sent in the period, partners best first (completion, then acceptance, then referrals sent).</source>
        <translation>الإحالات المرسلة في الفترة، والجهات الشريكة الأفضل أولًا (الإكمال، ثم القبول، ثم عدد الإحالات).</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الجهة الشريكة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسلة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>نسبة الإكمال</translation>
    </message>
    <message>
        <source>Median days to completion</source>
        <translation>وسيط الأيام حتى الإكمال</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>كل الجهات الشريكة</translation>
    </message>
    <message>
        <source>Members with a first and a latest score: the change between them (0 to 100; low under 50).</source>
        <translation>الأفراد الذين لهم قياس أول وأخير: التغير بينهما (من ٠ إلى ١٠٠؛ منخفض دون ٥٠).</translation>
    </message>
    <message>
        <source>WHO-5 wellbeing</source>
        <translation>الرفاه (WHO-5)</translation>
    </message>
    <message>
        <source>Work readiness</source>
        <translation>الجاهزية للعمل</translation>
    </message>
    <message>
        <source>%1: members assessed twice</source>
        <translation>%1: أفراد قيسوا مرتين</translation>
    </message>
    <message>
        <source>%1: mean change in points</source>
        <translation>%1: متوسط التغير بالنقاط</translation>
    </message>
    <message>
        <source>%1: low at the first score</source>
        <translation>%1: منخفض في القياس الأول</translation>
    </message>
    <message>
        <source>%1: no longer low</source>
        <translation>%1: لم يعد منخفضًا</translation>
    </message>
    <message>
        <source>%1: share no longer low</source>
        <translation>%1: نسبة من لم يعد منخفضًا</translation>
    </message>
    <message>
        <source>Sessions and appointments in the period, by counsellor.</source>
        <translation>الجلسات والمواعيد في الفترة، حسب المستشار.</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>جلسات في الأسبوع</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>مواعيد لم تُحضر</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>نسبة عدم الحضور</translation>
    </message>
    <message>
        <source>All counsellors</source>
        <translation>كل المستشارين</translation>
    </message>
    <message>
        <source>First sessions</source>
        <translation>الجلسات الأولى</translation>
    </message>
    <message>
        <source>Households whose first session ever was held in the period, and the days from their registration.</source>
        <translation>الأسر التي عُقدت أول جلسة لها في الفترة، والأيام منذ تسجيلها.</translation>
    </message>
    <message>
        <source>Households at their first session</source>
        <translation>أسر في جلستها الأولى</translation>
    </message>
    <message>
        <source>Median days from registration to the first session</source>
        <translation>وسيط الأيام من التسجيل إلى الجلسة الأولى</translation>
    </message>
    <message>
        <source>A household counts under every track of its plans: the lines may add up to more than the total.</source>
        <translation>تُعدّ الأسرة تحت كل مسار من مسارات خططها: فقد يزيد مجموع الأسطر على المجموع الكلي.</translation>
    </message>
    <message>
        <source>Each household under its centre or worker now.</source>
        <translation>كل أسرة تحت مركزها أو أخصائيها الحالي.</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>الأخصائي</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Level of care now: %1</source>
        <translation>مستوى الرعاية الحالي: %1</translation>
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
    <name>Rotation</name>
    <message>
        <source>The package from %1 was made with the organisation&apos;s old key: that laptop missed a key change. Import a recent package from this centre on it, then export again; its changes come with that new package, nothing is lost.</source>
        <translation>صُنعت الحزمة الواردة من %1 بمفتاح الجهة القديم: فات ذلك الحاسوبَ تغييرٌ للمفتاح. استورد عليه حزمة حديثة من هذا المركز، ثم صدّر منه مرة أخرى؛ تصل تغييراته مع تلك الحزمة الجديدة ولا يضيع منها شيء.</translation>
    </message>
    <message>
        <source>The package carries a change of the organisation key that no administrator of this organisation signed, or that was altered. It was not imported.</source>
        <translation>تحمل الحزمة تغييرًا لمفتاح الجهة لم يوقّعه أي مدير نظام في هذه الجهة، أو جرى التلاعب به. لم تُستورد الحزمة.</translation>
    </message>
    <message>
        <source>The organisation&apos;s key was changed and this computer was not given the new one: it was revoked, or enrolled from an older enrolment file. It can no longer read the organisation&apos;s packages; ask an administrator for a new enrolment file.</source>
        <translation>تغيّر مفتاح الجهة ولم يُعطَ هذا الحاسوب المفتاح الجديد: إما أنه أُلغي، أو سُجّل من ملف تسجيل جهاز أقدم. لم يعد بإمكانه قراءة حزم الجهة؛ اطلب من مدير النظام ملف تسجيل جهاز جديدًا.</translation>
    </message>
    <message>
        <source>Your account cannot sign a change of the organisation key on this computer: only an administrator whose key this computer knows can. Log in again with your password.</source>
        <translation>لا يستطيع حسابك توقيع تغيير مفتاح الجهة على هذا الحاسوب: لا يوقّعه إلا مدير نظام يعرف هذا الحاسوب مفتاحه. سجّل الدخول مرة أخرى بكلمة المرور.</translation>
    </message>
</context>
<context>
    <name>SatisfactionService</name>
    <message>
        <source>Respect and courtesy of the staff towards you</source>
        <translation>احترام الموظفين ولباقتهم في التعامل معك</translation>
    </message>
    <message>
        <source>Clarity of the information you were given</source>
        <translation>وضوح المعلومات التي قُدِّمت لك</translation>
    </message>
    <message>
        <source>Usefulness of the service or plan for you and your family</source>
        <translation>فائدة الخدمة أو الخطة لك ولأسرتك</translation>
    </message>
    <message>
        <source>Ease of reaching the centre or your social worker</source>
        <translation>سهولة الوصول إلى المركز أو إلى الأخصائي المتابع لحالتك</translation>
    </message>
    <message>
        <source>Your overall satisfaction with the service</source>
        <translation>رضاك العام عن الخدمة</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>غير راضٍ إطلاقًا</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>غير راضٍ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>محايد</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>راضٍ</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>راضٍ جدًا</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>بعد جلسة استشارية</translation>
    </message>
    <message>
        <source>At a plan review</source>
        <translation>عند مراجعة الخطة</translation>
    </message>
    <message>
        <source>At exit</source>
        <translation>عند الخروج من الدعم</translation>
    </message>
    <message>
        <source>Only field workers, counsellors and supervisors record satisfaction surveys.</source>
        <translation>لا يسجّل استبيانات رضا المستفيد إلا الأخصائيون الميدانيون والمستشارون والمشرفون.</translation>
    </message>
    <message>
        <source>Only counsellors and supervisors record satisfaction surveys after sessions and plan reviews.</source>
        <translation>لا يسجّل استبيانات الرضا بعد الجلسات ومراجعات الخطط إلا المستشارون والمشرفون.</translation>
    </message>
    <message>
        <source>Log in to record a satisfaction survey.</source>
        <translation>سجّل الدخول لتسجيل استبيان الرضا.</translation>
    </message>
    <message>
        <source>Choose the date the beneficiary was asked, today or earlier.</source>
        <translation>اختر تاريخ سؤال المستفيد، اليوم أو قبله.</translation>
    </message>
    <message>
        <source>Each answer is a score from 1 to 5.</source>
        <translation>كل إجابة درجة من 1 إلى 5.</translation>
    </message>
    <message>
        <source>The beneficiary declined: clear the answers and the comment, or untick &quot;declined&quot;.</source>
        <translation>المستفيد اعتذر عن الإجابة: امسح الإجابات والتعليق، أو ألغِ اختيار «اعتذر عن الإجابة».</translation>
    </message>
    <message>
        <source>Choose an answer to at least one question, or record that the beneficiary declined.</source>
        <translation>اختر إجابة لسؤال واحد على الأقل، أو سجّل أن المستفيد اعتذر عن الإجابة.</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>لم تعد هذه الأسرة موجودة.</translation>
    </message>
    <message>
        <source>This household&apos;s file is archived: surveys are not recorded on it.</source>
        <translation>ملف هذه الأسرة مؤرشف: لا تُسجَّل عليه استبيانات.</translation>
    </message>
    <message>
        <source>The person who answered is not a member of this household.</source>
        <translation>الشخص الذي أجاب ليس من أفراد هذه الأسرة.</translation>
    </message>
    <message>
        <source>The session, plan or exit this survey follows is not this household&apos;s.</source>
        <translation>الجلسة أو الخطة أو الخروج المرتبط بهذا الاستبيان لا يخص هذه الأسرة.</translation>
    </message>
</context>
<context>
    <name>SatisfactionSummary</name>
    <message>
        <source>The period&apos;s end is before its start.</source>
        <translation>نهاية الفترة قبل بدايتها.</translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <source>I have felt cheerful and in good spirits</source>
        <translation>شعرت بالبهجة والمزاج الجيد</translation>
    </message>
    <message>
        <source>I have felt calm and relaxed</source>
        <translation>شعرت بالهدوء والاسترخاء</translation>
    </message>
    <message>
        <source>I have felt active and vigorous</source>
        <translation>شعرت بالنشاط والحيوية</translation>
    </message>
    <message>
        <source>I woke up feeling fresh and rested</source>
        <translation>استيقظت وأنا أشعر بالانتعاش والراحة</translation>
    </message>
    <message>
        <source>My daily life has been filled with things that interest me</source>
        <translation>امتلأت حياتي اليومية بأشياء تهمني</translation>
    </message>
    <message>
        <source>At no time</source>
        <translation>لم يحدث أبدًا</translation>
    </message>
    <message>
        <source>Some of the time</source>
        <translation>بعض الوقت</translation>
    </message>
    <message>
        <source>Less than half of the time</source>
        <translation>أقل من نصف الوقت</translation>
    </message>
    <message>
        <source>More than half of the time</source>
        <translation>أكثر من نصف الوقت</translation>
    </message>
    <message>
        <source>Most of the time</source>
        <translation>معظم الوقت</translation>
    </message>
    <message>
        <source>All of the time</source>
        <translation>طوال الوقت</translation>
    </message>
    <message>
        <source>Skills %1 + qualifications %2 + experience %3 + desired field %4 + able to work %5 − barriers %6 = %7 of 100.</source>
        <translation>المهارات %1 + المؤهلات %2 + الخبرة %3 + المجال المرغوب %4 + قادر على العمل %5 − العوائق %6 = %7 من 100.</translation>
    </message>
    <message>
        <source>10 points for each skill (at most 30), 10 for each qualification (at most 20), 5 for each year of experience (at most 20), 10 for a desired field of work, 20 when able to work, minus 10 for each barrier; between 0 and 100.</source>
        <translation>10 نقاط لكل مهارة (بحد أقصى 30)، و10 لكل مؤهل (بحد أقصى 20)، و5 لكل سنة خبرة (بحد أقصى 20)، و10 لتحديد مجال العمل المرغوب، و20 إذا كان المستفيد قادرًا على العمل، ويُخصم 10 لكل عائق؛ والنتيجة بين 0 و100.</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>Tamkeen is locked.</source>
        <translation>تمكين مقفل.</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Choose the family member the session is with.</source>
        <translation>اختر فرد الأسرة الذي تُعقد معه الجلسة.</translation>
    </message>
    <message>
        <source>Choose the counsellor.</source>
        <translation>اختر المستشار.</translation>
    </message>
    <message>
        <source>The duration must be between 5 minutes and 8 hours.</source>
        <translation>يجب أن تكون المدة بين 5 دقائق و8 ساعات.</translation>
    </message>
    <message>
        <source>Choose at least one consultation type.</source>
        <translation>اختر نوع استشارة واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Unknown consultation type: %1.</source>
        <translation>نوع استشارة غير معروف: %1.</translation>
    </message>
    <message>
        <source>Choose how the session was held.</source>
        <translation>اختر طريقة عقد الجلسة.</translation>
    </message>
    <message>
        <source>Describe the agreed action.</source>
        <translation>صِف الإجراء المتفق عليه.</translation>
    </message>
    <message>
        <source>Choose who carries out the action.</source>
        <translation>اختر من سينفّذ الإجراء.</translation>
    </message>
    <message>
        <source>Choose the date the action is due.</source>
        <translation>اختر تاريخ استحقاق الإجراء.</translation>
    </message>
    <message>
        <source>Only counsellors and supervisors record counselling sessions.</source>
        <translation>تسجيل الجلسات الاستشارية من صلاحية المستشارين والمشرفين فقط.</translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation>فرد الأسرة هذا لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The appointment is for another family member.</source>
        <translation>هذا الموعد خاص بفرد آخر من الأسرة.</translation>
    </message>
    <message>
        <source>Only counsellors and supervisors correct counselling sessions.</source>
        <translation>تصحيح الجلسات الاستشارية من صلاحية المستشارين والمشرفين فقط.</translation>
    </message>
    <message>
        <source>Write why the session is corrected.</source>
        <translation>اكتب سبب تصحيح الجلسة.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>هذه الجلسة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Only counsellors and supervisors record agreed actions.</source>
        <translation>تسجيل الإجراءات المتفق عليها من صلاحية المستشارين والمشرفين فقط.</translation>
    </message>
    <message>
        <source>The date the action was done cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ تنفيذ الإجراء في المستقبل.</translation>
    </message>
    <message>
        <source>This agreed action no longer exists.</source>
        <translation>هذا الإجراء المتفق عليه لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This action is already marked as done.</source>
        <translation>هذا الإجراء مسجَّل بالفعل على أنه منفَّذ.</translation>
    </message>
    <message>
        <source>This appointment is already «%1»; record the session without it.</source>
        <translation>حالة هذا الموعد «%1» بالفعل؛ سجّل الجلسة دون ربطها به.</translation>
    </message>
    <message>
        <source>Presenting needs</source>
        <translation>الاحتياجات المطروحة</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Psychological notes</source>
        <translation>الملاحظات النفسية</translation>
    </message>
    <message>
        <source>The session&apos;s date and time cannot be in the future. Enter when it was held, now or earlier.</source>
        <translation>لا يمكن أن يكون تاريخ الجلسة ووقتها في المستقبل. أدخل وقت انعقادها: الآن أو قبل ذلك.</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>الإجراء المتفق عليه</translation>
    </message>
    <message>
        <source>This session&apos;s confidential notes cannot be opened on this computer yet, so it cannot be corrected here. The clinic&apos;s key reaches you when a counsellor or supervisor who holds it logs in after your account arrived, then syncs.</source>
        <translation>لا يمكن فتح الملاحظات السرية لهذه الجلسة على هذا الحاسوب بعد، لذا لا يمكن تصحيحها هنا. يصلك مفتاح العيادة حين يسجّل الدخول مستشار أو مشرف يحمله بعد وصول حسابك، ثم تتم المزامنة.</translation>
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
    <name>Sheet</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>The workbook could not be made (%1). Try again, or export CSV instead.</source>
        <translation>تعذّر إنشاء المصنف (%1). أعد المحاولة، أو صدِّر بصيغة CSV بدلًا منه.</translation>
    </message>
    <message>
        <source>The list has more rows than one worksheet can hold (about a million). Narrow the list with the filters, or export CSV.</source>
        <translation>في القائمة صفوف أكثر مما تسعه ورقة عمل واحدة (نحو مليون صف). ضيّق القائمة بعوامل التصفية، أو صدِّر بصيغة CSV.</translation>
    </message>
</context>
<context>
    <name>SmallNumbers</name>
    <message>
        <source>Only administrators can choose whether exported reports hide small numbers.</source>
        <translation>لا يقرّر إخفاء الأعداد الصغيرة في التقارير المصدَّرة إلا المسؤولون عن النظام.</translation>
    </message>
    <message>
        <source>Fewer than %1 households: not shown.</source>
        <translation>أقل من %1 أسر: لا تُعرض.</translation>
    </message>
    <message>
        <source>Numbers of fewer than %1 households are not shown (%2).</source>
        <translation>الأعداد التي تقل عن %1 أسر لا تُعرض (%2).</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>The snapshot %1 is damaged or incomplete; nothing was changed. Copy it again from the computer that made it.</source>
        <translation>لقطة البيانات %1 تالفة أو ناقصة؛ لم يتغير شيء. انسخها مرة أخرى من الحاسوب الذي أنشأها.</translation>
    </message>
    <message>
        <source>The snapshot was made by a newer version of Tamkeen. Install the same version as the computer that made it.</source>
        <translation>أُنشئت لقطة البيانات بإصدار أحدث من تمكين. ثبّت الإصدار نفسه الموجود على الحاسوب الذي أنشأها.</translation>
    </message>
    <message>
        <source>%1 is a sync package, not a snapshot: import it once this laptop has started.</source>
        <translation>%1 حزمة مزامنة وليست لقطة بيانات: استوردها بعد أن يبدأ هذا الحاسوب العمل.</translation>
    </message>
    <message>
        <source>The snapshot belongs to another organisation.</source>
        <translation>لقطة البيانات تخص جهة أخرى.</translation>
    </message>
    <message>
        <source>This laptop was set up by an earlier version of Tamkeen: it receives the organisation&apos;s data by sync packages.</source>
        <translation>أُعدّ هذا الحاسوب بإصدار سابق من تمكين: يتلقى بيانات الجهة عبر حزم المزامنة.</translation>
    </message>
    <message>
        <source>The snapshot was made on another computer than the one that enrolled this laptop. A snapshot is believed only from that computer: ask its administrator for one.</source>
        <translation>أُنشئت لقطة البيانات على حاسوب غير الذي سجّل هذا الجهاز. لا تُقبل اللقطة إلا من ذلك الحاسوب: اطلبها من مسؤوله.</translation>
    </message>
    <message>
        <source>The snapshot is not signed with the key of the computer that enrolled this laptop, or that computer was revoked: it was not used.</source>
        <translation>لقطة البيانات غير موقّعة بمفتاح الحاسوب الذي سجّل هذا الجهاز، أو أن ذلك الحاسوب أُلغي: لم تُستخدم.</translation>
    </message>
    <message>
        <source>Only an administrator writes a snapshot: it holds everything this copy holds.</source>
        <translation>لا يُنشئ لقطة البيانات إلا المسؤول: فهي تحوي كل ما في هذه النسخة.</translation>
    </message>
    <message>
        <source>Set this laptop up from its enrolment file first.</source>
        <translation>أعدّ هذا الحاسوب من ملف تسجيل الجهاز أولًا.</translation>
    </message>
    <message>
        <source>This laptop has already begun: it holds changes or packages. A snapshot only starts a laptop just set up from its enrolment file.</source>
        <translation>بدأ هذا الحاسوب العمل بالفعل: فيه تغييرات أو حزم. لقطة البيانات تبدأ فقط حاسوبًا أُعدّ للتو من ملف تسجيل الجهاز.</translation>
    </message>
    <message>
        <source>Starting from the snapshot was cancelled; nothing was changed.</source>
        <translation>أُلغي البدء من لقطة البيانات؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The snapshot is older than this laptop&apos;s enrolment. Ask the administrator for a new one, made after the enrolment.</source>
        <translation>لقطة البيانات أقدم من تسجيل هذا الجهاز. اطلب من المسؤول لقطة جديدة تُنشأ بعد التسجيل.</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Supervisors and administrators answer a person&apos;s request for their data.</source>
        <translation>المشرفون ومديرو النظام هم من يجيبون طلب الشخص الاطلاع على بياناته.</translation>
    </message>
    <message>
        <source>This family member no longer exists.</source>
        <translation>فرد الأسرة هذا لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>[withheld: confidential, for a counsellor or supervisor to give]</source>
        <translation>[محجوب: سري، يقدّمه مستشار أو مشرف]</translation>
    </message>
</context>
<context>
    <name>SubjectAccessPrinter</name>
    <message>
        <source>Data held about a person</source>
        <translation>البيانات المحفوظة عن الشخص</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>تاريخ الإعداد</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <source>This document lists everything this centre&apos;s copy of Tamkeen holds about the person named above, with who recorded each item and when. Confidential counselling notes that the person preparing it may not read are marked as withheld: a counsellor or a supervisor can give them.</source>
        <translation>تسرد هذه الوثيقة كل ما تحفظه نسخة تمكين في هذا المركز عن الشخص المذكور أعلاه، مع من سجّل كل بند ومتى. الملاحظات الاستشارية السرية التي لا يحق لمُعِدّ الوثيقة الاطلاع عليها مُعلَّمة بأنها محجوبة: يستطيع المستشار أو المشرف تقديمها.</translation>
    </message>
    <message>
        <source>The document could not be written to %1. Choose another folder.</source>
        <translation>تعذّر حفظ الوثيقة في %1. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The document could not be written to %1 (%2). Choose another folder.</source>
        <translation>تعذّر حفظ الوثيقة في %1 (%2). اختر مجلدًا آخر.</translation>
    </message>
</context>
<context>
    <name>SubjectReportBuilder</name>
    <message>
        <source>Personal particulars</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Status history of the household</source>
        <translation>سجل حالة الأسرة</translation>
    </message>
    <message>
        <source>Incomes</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>Checks for duplicate records</source>
        <translation>فحص السجلات المكررة</translation>
    </message>
    <message>
        <source>Household files merged</source>
        <translation>ملفات أسر مدمجة</translation>
    </message>
    <message>
        <source>Exits from support and returns</source>
        <translation>الخروج من الدعم والعودة إليه</translation>
    </message>
    <message>
        <source>Follow-ups after exit</source>
        <translation>المتابعة بعد الخروج</translation>
    </message>
    <message>
        <source>Early warnings reviewed</source>
        <translation>الإنذارات المبكرة التي رُوجعت</translation>
    </message>
    <message>
        <source>Clinic appointments</source>
        <translation>مواعيد عيادة التمكين</translation>
    </message>
    <message>
        <source>History of the appointments</source>
        <translation>سجل المواعيد</translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation>الجلسات الاستشارية</translation>
    </message>
    <message>
        <source>Corrections to the sessions</source>
        <translation>تصحيحات الجلسات</translation>
    </message>
    <message>
        <source>Actions agreed in the sessions</source>
        <translation>الإجراءات المتفق عليها في الجلسات</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Individual empowerment plans</source>
        <translation>خطط التمكين الفردية</translation>
    </message>
    <message>
        <source>Goals of the plans</source>
        <translation>أهداف الخطط</translation>
    </message>
    <message>
        <source>Tasks of the plans</source>
        <translation>مهام الخطط</translation>
    </message>
    <message>
        <source>History of the plans</source>
        <translation>سجل الخطط</translation>
    </message>
    <message>
        <source>Referrals to partners</source>
        <translation>الإحالات إلى الجهات الشريكة</translation>
    </message>
    <message>
        <source>History of the referrals</source>
        <translation>سجل الإحالات</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>استبيانات رضا المستفيد</translation>
    </message>
    <message>
        <source>Proposals to graduate from support</source>
        <translation>مقترحات الخروج من الدعم</translation>
    </message>
    <message>
        <source>Decisions on graduation</source>
        <translation>قرارات الخروج من الدعم</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>آخر تعديل في</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>آخر من عدّله</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>Grandfather&apos;s name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Relation to the head of household</source>
        <translation>الصلة برب الأسرة</translation>
    </message>
    <message>
        <source>Type of ID</source>
        <translation>نوع الهوية</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>الحالة الاجتماعية</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>المرض المزمن</translation>
    </message>
    <message>
        <source>Able to work</source>
        <translation>قادر على العمل</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>School grade</source>
        <translation>الصف الدراسي</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Reason archived</source>
        <translation>سبب الأرشفة</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Housing tenure</source>
        <translation>ملكية السكن</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>الإيجار الشهري</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>الأخصائي الاجتماعي</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>الحالة منذ</translation>
    </message>
    <message>
        <source>Previous status</source>
        <translation>الحالة السابقة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>اعتبارًا من</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>قورن مع</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>File merged</source>
        <translation>الملف المدمج</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>دُمج في</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Months after the exit</source>
        <translation>الأشهر بعد الخروج</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>موعد الاستحقاق</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>الإنذار</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>ما لوحظ</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>تاريخ الملاحظة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation>وقت الموعد</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Kinds of counselling</source>
        <translation>أنواع الاستشارة</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>وقت الحضور</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>تاريخ الانعقاد</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Psychological notes</source>
        <translation>الملاحظات النفسية</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سرية</translation>
    </message>
    <message>
        <source>Field corrected</source>
        <translation>الحقل المصحَّح</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>مسارات التمكين</translation>
    </message>
    <message>
        <source>Situation at the start</source>
        <translation>الوضع عند البدء</translation>
    </message>
    <message>
        <source>Target for leaving support</source>
        <translation>هدف الخروج من الدعم</translation>
    </message>
    <message>
        <source>Conditions for leaving support</source>
        <translation>شروط الخروج من الدعم</translation>
    </message>
    <message>
        <source>Incentives on leaving support</source>
        <translation>حوافز الخروج من الدعم</translation>
    </message>
    <message>
        <source>Reviewed every (months)</source>
        <translation>المراجعة كل (أشهر)</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>المراجعة القادمة</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>اعتمدها</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Value at the start</source>
        <translation>القيمة عند البدء</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الجهة الشريكة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>The partner&apos;s feedback</source>
        <translation>إفادة الجهة الشريكة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>طريقة الموافقة</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>Withdrawal recorded by</source>
        <translation>سجّل السحب</translation>
    </message>
    <message>
        <source>Note on the withdrawal</source>
        <translation>ملاحظة على السحب</translation>
    </message>
    <message>
        <source>Asked after</source>
        <translation>سُئل بعد</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>سأله</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>تاريخ السؤال</translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation>امتنع عن الإجابة</translation>
    </message>
    <message>
        <source>Answer 1</source>
        <translation>الإجابة ١</translation>
    </message>
    <message>
        <source>Answer 2</source>
        <translation>الإجابة ٢</translation>
    </message>
    <message>
        <source>Answer 3</source>
        <translation>الإجابة ٣</translation>
    </message>
    <message>
        <source>Answer 4</source>
        <translation>الإجابة ٤</translation>
    </message>
    <message>
        <source>Answer 5</source>
        <translation>الإجابة ٥</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Reason for leaving support</source>
        <translation>سبب الخروج من الدعم</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>اقترحه</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>تاريخ الاقتراح</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>درجة الاجتياز</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>المعايير المستوفاة</translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation>دخل الفرد</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>قرّره</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Drawn up</source>
        <translation>أُعدّت</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>قُدّمت للاعتماد</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>اعتُمدت</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>أُعيدت للتعديل</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>رُوجعت</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Exited support</source>
        <translation>خرجت من الدعم</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>أُوقفت</translation>
    </message>
    <message>
        <source>Left support</source>
        <translation>الخروج من الدعم</translation>
    </message>
    <message>
        <source>Came back to support</source>
        <translation>العودة إلى الدعم</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>The same person</source>
        <translation>الشخص نفسه</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>شخصان مختلفان</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Saudi</source>
        <translation>سعودي</translation>
    </message>
    <message>
        <source>Egyptian</source>
        <translation>مصري</translation>
    </message>
    <message>
        <source>Lebanese</source>
        <translation>لبناني</translation>
    </message>
    <message>
        <source>Saudi riyals</source>
        <translation>ريال سعودي</translation>
    </message>
    <message>
        <source>Egyptian pounds</source>
        <translation>جنيه مصري</translation>
    </message>
    <message>
        <source>Lebanese pounds</source>
        <translation>ليرة لبنانية</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>دولار أمريكي</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>(not known on this computer)</source>
        <translation>(غير معروف على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>سجلات أخرى</translation>
    </message>
    <message>
        <source>Other information</source>
        <translation>معلومات أخرى</translation>
    </message>
    <message>
        <source>Work readiness</source>
        <translation>الجاهزية للعمل</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>الرفاه النفسي</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>الأصول</translation>
    </message>
    <message>
        <source>Barriers to work</source>
        <translation>عوائق العمل</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>الديون</translation>
    </message>
    <message>
        <source>Desired field of work</source>
        <translation>مجال العمل المرغوب</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>سنوات الخبرة</translation>
    </message>
    <message>
        <source>Family relations</source>
        <translation>العلاقات الأسرية</translation>
    </message>
    <message>
        <source>Monthly expenses</source>
        <translation>المصروفات الشهرية</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>الدخل الشهري</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>المؤهلات</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <source>Support network</source>
        <translation>شبكة الدعم</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Data erased</source>
        <translation>البيانات الممحوّة</translation>
    </message>
    <message>
        <source>What was erased</source>
        <translation>ما مُحي</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>تاريخ المحو</translation>
    </message>
    <message>
        <source>A family member&apos;s data</source>
        <translation>بيانات فرد من الأسرة</translation>
    </message>
    <message>
        <source>The whole household&apos;s data</source>
        <translation>بيانات الأسرة كلها</translation>
    </message>
    <message>
        <source>(data erased)</source>
        <translation>(بيانات ممحوّة)</translation>
    </message>
    <message>
        <source>Progress seen</source>
        <translation>التقدم الملاحظ</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>الزيارات المنزلية</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>مخططة ليوم</translation>
    </message>
    <message>
        <source>Note on the plan</source>
        <translation>ملاحظة على التخطيط</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>أفراد الأسرة الحاضرون</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>حاضرون آخرون</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>الزيارة التالية</translation>
    </message>
    <message>
        <source>Reason cancelled</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <source>Levels of care</source>
        <translation>مستويات الرعاية</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>مستوى الرعاية</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>قيّمه</translation>
    </message>
    <message>
        <source>Social workers and centres of the family</source>
        <translation>الأخصائيون والمراكز التي تتبعها الأسرة</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Social worker before</source>
        <translation>الأخصائي السابق</translation>
    </message>
    <message>
        <source>Centre before</source>
        <translation>المركز السابق</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>تاريخ التغيير</translation>
    </message>
    <message>
        <source>Assigned to another social worker</source>
        <translation>أُسندت إلى أخصائي آخر</translation>
    </message>
    <message>
        <source>Transferred to another centre</source>
        <translation>نُقلت إلى مركز آخر</translation>
    </message>
    <message>
        <source>Support received</source>
        <translation>الدعم المقدَّم</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Type of support</source>
        <translation>نوع الدعم</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Eligible when decided</source>
        <translation>مستحقة عند القرار</translation>
    </message>
    <message>
        <source>Income per person when decided</source>
        <translation>دخل الفرد عند القرار</translation>
    </message>
    <message>
        <source>Reason stopped</source>
        <translation>سبب الإيقاف</translation>
    </message>
    <message>
        <source>Objections and complaints</source>
        <translation>الاعتراضات والشكاوى</translation>
    </message>
    <message>
        <source>Objection or complaint</source>
        <translation>اعتراض أو شكوى</translation>
    </message>
    <message>
        <source>About</source>
        <translation>بشأن</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>طريقة الاستلام</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>استلمه</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>ما قيل</translation>
    </message>
    <message>
        <source>Looked into by</source>
        <translation>تولّى دراسته</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>سبب القرار</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <source>Emergency assistance</source>
        <translation>المساعدة الطارئة</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>قدّمها</translation>
    </message>
    <message>
        <source>Notes of the investigation of objections</source>
        <translation>ملاحظات دراسة الاعتراضات</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>تاريخ الملاحظة</translation>
    </message>
    <message>
        <source>Noted by</source>
        <translation>كتبها</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>نوع المستند</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>تاريخ المستند</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>الحجم بالبايت</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>أرفقه</translation>
    </message>
    <message>
        <source>Reason removed</source>
        <translation>سبب الحذف</translation>
    </message>
    <message>
        <source>Compliance with the conditions of support</source>
        <translation>الالتزام بشروط الدعم</translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation>الشهر أو الربع</translation>
    </message>
    <message>
        <source>Attendance or visits</source>
        <translation>الحضور أو الزيارات</translation>
    </message>
    <message>
        <source>Condition met</source>
        <translation>استُوفي الشرط</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>For the month or quarter</source>
        <translation>عن الشهر أو الربع</translation>
    </message>
    <message>
        <source>Warnings and counselling for conditional support</source>
        <translation>الإنذارات والإرشاد في الدعم المشروط</translation>
    </message>
    <message>
        <source>Conditional support suspended and reinstated</source>
        <translation>إيقاف الدعم المشروط وإعادته</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>رقم القرار</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>Cash</source>
        <translation>نقدي</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>عيني</translation>
    </message>
    <message>
        <source>Fee exemption</source>
        <translation>إعفاء من رسوم</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>قرض</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>سكن</translation>
    </message>
    <message>
        <source>Other support</source>
        <translation>دعم آخر</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>شهري</translation>
    </message>
    <message>
        <source>Every three months</source>
        <translation>كل ثلاثة أشهر</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>سنوي</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Only administrators add types of support.</source>
        <translation>يضيف مديرو النظام وحدهم أنواع الدعم.</translation>
    </message>
    <message>
        <source>Type of support</source>
        <translation>نوع الدعم</translation>
    </message>
    <message>
        <source>Write the name of the type of support.</source>
        <translation>اكتب اسم نوع الدعم.</translation>
    </message>
    <message>
        <source>This type of support exists already.</source>
        <translation>نوع الدعم هذا موجود من قبل.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Write the programme the support comes from.</source>
        <translation>اكتب البرنامج الذي يأتي منه الدعم.</translation>
    </message>
    <message>
        <source>Choose the type of support.</source>
        <translation>اختر نوع الدعم.</translation>
    </message>
    <message>
        <source>Choose how often the support is given.</source>
        <translation>اختر كم مرة يُقدَّم الدعم.</translation>
    </message>
    <message>
        <source>Choose the decision: approved or refused.</source>
        <translation>اختر القرار: موافقة أو رفض.</translation>
    </message>
    <message>
        <source>The amount is a number above zero.</source>
        <translation>المبلغ رقم أكبر من الصفر.</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as SAR, EGP or LBP.</source>
        <translation>العملة رمز من ثلاثة أحرف مثل SAR أو EGP أو LBP.</translation>
    </message>
    <message>
        <source>Cash and loans have an amount.</source>
        <translation>للدعم النقدي والقرض مبلغ.</translation>
    </message>
    <message>
        <source>Give the day the support begins.</source>
        <translation>حدّد يوم بدء الدعم.</translation>
    </message>
    <message>
        <source>The support cannot end before it begins.</source>
        <translation>لا ينتهي الدعم قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Say why the support was decided so.</source>
        <translation>اذكر سبب القرار.</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>هذه الأسرة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This household&apos;s file is archived: no support is recorded on it.</source>
        <translation>ملف هذه الأسرة مؤرشف: لا يُسجَّل عليه دعم.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators decide support.</source>
        <translation>يقرّر الدعمَ المشرفون ومديرو النظام وحدهم.</translation>
    </message>
    <message>
        <source>Say why the support stops.</source>
        <translation>اذكر سبب إيقاف الدعم.</translation>
    </message>
    <message>
        <source>This support is no longer recorded.</source>
        <translation>هذا الدعم لم يعد مسجّلًا.</translation>
    </message>
    <message>
        <source>Support that was refused is not given, so it cannot stop.</source>
        <translation>الدعم المرفوض لا يُقدَّم، فلا يُوقَف.</translation>
    </message>
    <message>
        <source>The support cannot stop before it began.</source>
        <translation>لا يتوقف الدعم قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>Support given once has nothing to stop.</source>
        <translation>الدعم المقدَّم مرة واحدة لا يُوقَف.</translation>
    </message>
    <message>
        <source>This support ends sooner already: stopping it cannot make it last longer.</source>
        <translation>ينتهي هذا الدعم قبل ذلك: الإيقاف لا يمدّده.</translation>
    </message>
</context>
<context>
    <name>SyncDevices</name>
    <message>
        <source>Only administrators revoke devices.</source>
        <translation>إلغاء الأجهزة من صلاحية مديري النظام فقط.</translation>
    </message>
    <message>
        <source>This computer cannot revoke itself.</source>
        <translation>لا يمكن لهذا الحاسوب أن يلغي نفسه.</translation>
    </message>
    <message>
        <source>Give the reason, e.g. the laptop was lost or stolen.</source>
        <translation>اذكر السبب، مثل: فُقد الحاسوب أو سُرق.</translation>
    </message>
    <message>
        <source>This device is not a device of the organisation.</source>
        <translation>هذا الجهاز ليس من أجهزة الجهة.</translation>
    </message>
</context>
<context>
    <name>SyncKeys</name>
    <message>
        <source>Internal error: an organisation key of the wrong size.</source>
        <translation>خطأ داخلي: مفتاح الجهة بحجم غير صحيح.</translation>
    </message>
    <message>
        <source>Log in to make or read sync packages.</source>
        <translation>سجّل الدخول لإنشاء حزم المزامنة أو قراءتها.</translation>
    </message>
    <message>
        <source>Your account cannot open this computer&apos;s sync keys yet. Ask a colleague who has synced on this computer to log in here once, then log in again.</source>
        <translation>لا يستطيع حسابك فتح مفاتيح المزامنة على هذا الحاسوب بعد. اطلب من زميل أجرى المزامنة على هذا الحاسوب أن يسجّل الدخول هنا مرة واحدة، ثم سجّل الدخول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Household</source>
        <translation>أسرة</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>فرد من الأسرة</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>دخل</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>مركز</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <source>User</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Counselling session</source>
        <translation>جلسة استشارية</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>Empowerment plan</source>
        <translation>خطة تمكين</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>هدف في الخطة</translation>
    </message>
    <message>
        <source>Plan task</source>
        <translation>مهمة في الخطة</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>جهة شريكة</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Exit from support</source>
        <translation>خروج من الدعم</translation>
    </message>
    <message>
        <source>Follow-up after exit</source>
        <translation>متابعة بعد الخروج</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>سجل</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>مسؤول التواصل</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>Grandfather&apos;s name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>الصلة برب الأسرة</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Able to work</source>
        <translation>قادر على العمل</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>الإيجار الشهري</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>الملكية</translation>
    </message>
    <message>
        <source>Assigned worker</source>
        <translation>الأخصائي المسؤول</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>موعد المتابعة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
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
        <source>Other field</source>
        <translation>حقل آخر</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Not archived (in use)</source>
        <translation>غير مؤرشف (قيد الاستخدام)</translation>
    </message>
    <message>
        <source>(a reference to another record)</source>
        <translation>(إشارة إلى سجل آخر)</translation>
    </message>
    <message>
        <source>Presenting needs</source>
        <translation>الاحتياجات المطروحة</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Psychological notes</source>
        <translation>الملاحظات النفسية</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>استبيان رضا المستفيد</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>مخططة ليوم</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>حاضرون آخرون</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>الزيارة التالية</translation>
    </message>
    <message>
        <source>Reason cancelled</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>مستوى الرعاية</translation>
    </message>
    <message>
        <source>Reassignment or transfer</source>
        <translation>إعادة إسناد أو نقل</translation>
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
    <name>TaskInbox</name>
    <message numerus="yes">
        <source>%n month(s) after exit</source>
        <translation>
            <numerusform>بعد الخروج بـ%n شهر</numerusform>
            <numerusform>بعد الخروج بشهر</numerusform>
            <numerusform>بعد الخروج بشهرين</numerusform>
            <numerusform>بعد الخروج بـ%n أشهر</numerusform>
            <numerusform>بعد الخروج بـ%n شهرًا</numerusform>
            <numerusform>بعد الخروج بـ%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan to approve</source>
        <translation>خطة بانتظار الاعتماد</translation>
    </message>
    <message>
        <source>Graduation to decide</source>
        <translation>تخرج بانتظار القرار</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>مراجعة خطة</translation>
    </message>
    <message>
        <source>Plan task past due</source>
        <translation>مهمة خطة متأخرة</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <source>Follow-up after exit</source>
        <translation>متابعة بعد الخروج</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>إنذار مبكر</translation>
    </message>
    <message>
        <source>Objection or complaint</source>
        <translation>اعتراض أو شكوى</translation>
    </message>
    <message>
        <source>Counselling after a missed condition</source>
        <translation>إرشاد بعد عدم استيفاء شرط</translation>
    </message>
</context>
<context>
    <name>UserKeys</name>
    <message>
        <source>This account&apos;s key is damaged. Ask an administrator to reset the password.</source>
        <translation>مفتاح هذا الحساب تالف. اطلب من مدير النظام إعادة تعيين كلمة المرور.</translation>
    </message>
    <message>
        <source>The password does not open this account&apos;s key.</source>
        <translation>كلمة المرور لا تفتح مفتاح هذا الحساب.</translation>
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
    <message>
        <source>Two accounts are named %1. An administrator must rename one before either can log in.</source>
        <translation>يوجد حسابان باسم %1. يجب أن يغيّر مدير النظام اسم أحدهما قبل أن يتمكن أي منهما من تسجيل الدخول.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts are named %1. An administrator must rename all but one before any of them can log in.</source>
        <translation>
            <numerusform>لا يوجد حساب باسم %1.</numerusform>
            <numerusform>يوجد حساب واحد باسم %1.</numerusform>
            <numerusform>يوجد حسابان باسم %1. يجب أن يغيّر مدير النظام اسم أحدهما قبل أن يتمكن أي منهما من تسجيل الدخول.</numerusform>
            <numerusform>توجد %n حسابات باسم %1. يجب أن يغيّر مدير النظام أسماءها كلها إلا واحدًا قبل أن يتمكن أي منها من تسجيل الدخول.</numerusform>
            <numerusform>يوجد %n حسابًا باسم %1. يجب أن يغيّر مدير النظام أسماءها كلها إلا واحدًا قبل أن يتمكن أي منها من تسجيل الدخول.</numerusform>
            <numerusform>يوجد %n حساب باسم %1. يجب أن يغيّر مدير النظام أسماءها كلها إلا واحدًا قبل أن يتمكن أي منها من تسجيل الدخول.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This database already has its keys.</source>
        <translation>لهذه القاعدة مفاتيحها بالفعل.</translation>
    </message>
    <message>
        <source>This computer&apos;s keys are locked: log in first.</source>
        <translation>مفاتيح هذا الحاسوب مقفلة: سجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>This computer&apos;s keys are damaged. Restore the database from a backup, or ask an administrator to enrol this computer again.</source>
        <translation>مفاتيح هذا الحاسوب تالفة. استعد قاعدة البيانات من نسخة احتياطية، أو اطلب من مدير النظام تسجيل هذا الحاسوب من جديد.</translation>
    </message>
</context>
<context>
    <name>VisitChecklist</name>
    <message>
        <source>Condition of the housing</source>
        <translation>حالة المسكن</translation>
    </message>
    <message>
        <source>Needs observed</source>
        <translation>الاحتياجات الملاحظة</translation>
    </message>
    <message>
        <source>School-age children are in school</source>
        <translation>الأطفال في سن الدراسة ملتحقون بالمدرسة</translation>
    </message>
    <message>
        <source>Identity and income documents seen</source>
        <translation>تم الاطلاع على وثائق الهوية والدخل</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>نعم أو لا</translation>
    </message>
    <message>
        <source>Good, fair or poor</source>
        <translation>جيدة أو مقبولة أو سيئة</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>سيئة</translation>
    </message>
    <message>
        <source>Only administrators can change the home-visit checklist.</source>
        <translation>لا يغيّر قائمة التحقق للزيارات المنزلية إلا مديرو النظام.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Write the question the worker answers in every visit.</source>
        <translation>اكتب السؤال الذي يجيب عنه الأخصائي في كل زيارة.</translation>
    </message>
    <message>
        <source>Another question of the checklist says the same.</source>
        <translation>في قائمة التحقق سؤال آخر بالنص نفسه.</translation>
    </message>
    <message>
        <source>Visits already answered this question as it is: archive it and add a new one.</source>
        <translation>أُجيب عن هذا السؤال في زيارات سابقة بصيغته الحالية: أرشفه وأضف سؤالًا جديدًا.</translation>
    </message>
    <message>
        <source>This question is no longer in the checklist.</source>
        <translation>لم يعد هذا السؤال في قائمة التحقق.</translation>
    </message>
</context>
<context>
    <name>VisitRoutePrinter</name>
    <message>
        <source>Home visits of %1 %2</source>
        <translation>الزيارات المنزلية ليوم %1 %2</translation>
    </message>
    <message>
        <source>Every field worker</source>
        <translation>كل الأخصائيين الميدانيين</translation>
    </message>
    <message>
        <source>Field worker: %1</source>
        <translation>الأخصائي الميداني: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation>
            <numerusform>لا زيارات</numerusform>
            <numerusform>زيارة واحدة</numerusform>
            <numerusform>زيارتان</numerusform>
            <numerusform>%Ln زيارات</numerusform>
            <numerusform>%Ln زيارة</numerusform>
            <numerusform>%Ln زيارة</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits are planned on this day.</source>
        <translation>لا زيارات مخططة في هذا اليوم.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>م</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Notes at the visit</source>
        <translation>ملاحظات أثناء الزيارة</translation>
    </message>
    <message>
        <source>District not recorded</source>
        <translation>الحي غير مسجل</translation>
    </message>
    <message>
        <source>Still due from an earlier day</source>
        <translation>متأخرة من أيام سابقة</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>طُبع في %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>بواسطة %1</translation>
    </message>
    <message>
        <source>The route could not be written to %1. Choose another folder.</source>
        <translation>تعذّر حفظ خط السير في %1. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The route could not be written to %1 (%2). Choose another folder.</source>
        <translation>تعذّر حفظ خط السير في %1 (%2). اختر مجلدًا آخر.</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>The family was met</source>
        <translation>تمت مقابلة الأسرة</translation>
    </message>
    <message>
        <source>No one was at home</source>
        <translation>لم يكن أحد في المنزل</translation>
    </message>
    <message>
        <source>The family declined the visit</source>
        <translation>رفضت الأسرة الزيارة</translation>
    </message>
    <message>
        <source>The family has moved away</source>
        <translation>انتقلت الأسرة من المسكن</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخططة</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>منفّذة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>This household no longer exists.</source>
        <translation>لم تعد هذه الأسرة موجودة.</translation>
    </message>
    <message>
        <source>This household&apos;s file is archived: visits are not planned or recorded on it.</source>
        <translation>ملف هذه الأسرة مؤرشف: لا تُخطط زيارات عليه ولا تُسجّل.</translation>
    </message>
    <message>
        <source>Field workers plan their own visits; a supervisor plans visits for others.</source>
        <translation>يخطط الأخصائي الميداني زياراته هو؛ أما التخطيط لغيره فللمشرف.</translation>
    </message>
    <message>
        <source>Choose a field worker or a supervisor to make the visit.</source>
        <translation>اختر أخصائيًا ميدانيًا أو مشرفًا يقوم بالزيارة.</translation>
    </message>
    <message>
        <source>Only field workers and supervisors plan and record home visits.</source>
        <translation>لا يخطط الزيارات المنزلية ويسجّلها إلا الأخصائيون الميدانيون والمشرفون.</translation>
    </message>
    <message>
        <source>Log in to plan a visit.</source>
        <translation>سجّل الدخول لتخطط زيارة.</translation>
    </message>
    <message>
        <source>Plan the visit for today or a later day.</source>
        <translation>خطط الزيارة لليوم أو ليوم لاحق.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>A visit to this family is already planned on that day.</source>
        <translation>هناك زيارة مخططة لهذه الأسرة في ذلك اليوم.</translation>
    </message>
    <message>
        <source>Log in to record a visit.</source>
        <translation>سجّل الدخول لتسجّل زيارة.</translation>
    </message>
    <message>
        <source>A visit cannot be dated in the future: choose the day it was made.</source>
        <translation>لا يمكن أن يكون تاريخ الزيارة في المستقبل: اختر اليوم الذي تمت فيه.</translation>
    </message>
    <message>
        <source>The planned visit is not this household&apos;s.</source>
        <translation>الزيارة المخططة ليست لهذه الأسرة.</translation>
    </message>
    <message>
        <source>This visit was already recorded or cancelled.</source>
        <translation>سُجّلت هذه الزيارة أو أُلغيت من قبل.</translation>
    </message>
    <message>
        <source>A person marked present is not a member of this family.</source>
        <translation>أحد من حُددوا حاضرين ليس من أفراد هذه الأسرة.</translation>
    </message>
    <message>
        <source>Choose the outcome of the visit.</source>
        <translation>اختر نتيجة الزيارة.</translation>
    </message>
    <message>
        <source>A question answered is no longer in the checklist: open the visit again.</source>
        <translation>أحد الأسئلة المجاب عنها لم يعد في قائمة التحقق: افتح الزيارة من جديد.</translation>
    </message>
    <message>
        <source>Choose one of the answers to «%1».</source>
        <translation>اختر إحدى إجابات «%1».</translation>
    </message>
    <message>
        <source>Plan the next visit for a day after this one, today or later.</source>
        <translation>خطط الزيارة التالية ليوم بعد هذه الزيارة، اليوم أو بعده.</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>حاضرون آخرون</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Field workers cancel only their own planned visits.</source>
        <translation>لا يلغي الأخصائي الميداني إلا زياراته المخططة.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Say why the visit is cancelled.</source>
        <translation>اذكر سبب إلغاء الزيارة.</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>لم تعد هذه الزيارة موجودة.</translation>
    </message>
    <message>
        <source>Tick the families to visit on that day.</source>
        <translation>حدّد الأسر التي ستزورها في ذلك اليوم.</translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <translation>الملف %1: %2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Applicant</source>
        <translation>متقدّمة بطلب</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>خارجة من الدعم</translation>
    </message>
    <message>
        <source>Re-entered</source>
        <translation>عائدة إلى الدعم</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>زوج / زوجة</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>ابن</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>ابنة</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>أب</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>أم</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>أخ</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>أخت</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>حفيد / حفيدة</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>جد / جدة</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>قريب آخر</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>أعزب / عزباء</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>متزوج / متزوجة</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>مطلق / مطلقة</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>أرمل / أرملة</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>بلا تعليم</translation>
    </message>
    <message>
        <source>Reads and writes</source>
        <translation>يقرأ ويكتب</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>ابتدائي</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>ثانوي</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>دبلوم</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>بكالوريوس</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>دراسات عليا</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>يعمل بأجر</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>يعمل لحسابه الخاص</translation>
    </message>
    <message>
        <source>Unemployed, looking for work</source>
        <translation>بلا عمل ويبحث عن عمل</translation>
    </message>
    <message>
        <source>Not looking for work</source>
        <translation>لا يبحث عن عمل</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>طالب</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>متقاعد</translation>
    </message>
    <message>
        <source>Homemaker</source>
        <translation>ربة منزل</translation>
    </message>
    <message>
        <source>Unable to work</source>
        <translation>غير قادر على العمل</translation>
    </message>
    <message>
        <source>House</source>
        <translation>منزل</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>شقة</translation>
    </message>
    <message>
        <source>Traditional house</source>
        <translation>بيت شعبي</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>غرفة</translation>
    </message>
    <message>
        <source>Informal or temporary shelter</source>
        <translation>مسكن عشوائي أو مؤقت</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>ملك</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>إيجار</translation>
    </message>
    <message>
        <source>Family-owned, no rent</source>
        <translation>ملك للعائلة دون إيجار</translation>
    </message>
    <message>
        <source>Provided by a charity or the state</source>
        <translation>مقدَّم من جهة خيرية أو من الدولة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>راتب</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>معاش تقاعدي</translation>
    </message>
    <message>
        <source>Social security</source>
        <translation>الضمان الاجتماعي</translation>
    </message>
    <message>
        <source>Own business</source>
        <translation>مشروع خاص</translation>
    </message>
    <message>
        <source>Family support</source>
        <translation>مساعدة من الأقارب</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>دخل آخر</translation>
    </message>
    <message>
        <source>Female-headed household</source>
        <translation>أسرة تعولها امرأة</translation>
    </message>
    <message>
        <source>Elderly without support</source>
        <translation>مسنّ بلا عائل</translation>
    </message>
    <message>
        <source>Person with disability</source>
        <translation>شخص ذو إعاقة</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>أيتام</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>مرض مزمن</translation>
    </message>
    <message>
        <source>Productive family</source>
        <translation>أسرة منتجة</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>The workbook could not be made (%1). Try again, or export CSV instead.</source>
        <translation>تعذّر إنشاء المصنف (%1). أعد المحاولة، أو صدِّر بصيغة CSV بدلًا منه.</translation>
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
    <message>
        <source>The database is now encrypted</source>
        <translation>أصبحت قاعدة البيانات مشفّرة</translation>
    </message>
    <message>
        <source>This version of Tamkeen encrypted the database on this computer. Each user opens it with their own password, as before; the unencrypted copy was overwritten and removed.</source>
        <translation>شفّر هذا الإصدار من تمكين قاعدة البيانات على هذا الحاسوب. يفتحها كل مستخدم بكلمة مروره كما في السابق؛ وقد مُحيت النسخة غير المشفّرة وحُذفت.</translation>
    </message>
    <message>
        <source>Your password was changed. Log in with the new one.</source>
        <translation>تغيّرت كلمة المرور. سجّل الدخول بالكلمة الجديدة.</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>الملاحظات السرية</translation>
    </message>
    <message>
        <source>The keys of confidential notes could not be updated: %1</source>
        <translation>تعذّر تحديث مفاتيح الملاحظات السرية: %1</translation>
    </message>
    <message>
        <source>Encrypting the database on this computer. This is done once and can take a minute or more for a large database; do not switch the computer off.</source>
        <translation>جارٍ تشفير قاعدة البيانات على هذا الحاسوب. يتم ذلك مرة واحدة، وقد يستغرق دقيقة أو أكثر لقاعدة بيانات كبيرة؛ لا تطفئ الحاسوب.</translation>
    </message>
    <message>
        <source>Tamkeen</source>
        <translation>تمكين</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AppointmentActions</name>
    <message>
        <source>Arrived</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Call in</source>
        <translation>استدعاء</translation>
    </message>
    <message>
        <source>Record session…</source>
        <translation>تسجيل الجلسة…</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation>إلغاء الموعد…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>إعادة جدولة…</translation>
    </message>
    <message>
        <source>Family file</source>
        <translation>ملف الحالة</translation>
    </message>
    <message>
        <source>The beneficiary has come to the centre and waits</source>
        <translation>حضر المستفيد إلى المركز وهو بانتظار الاستدعاء</translation>
    </message>
    <message>
        <source>The counsellor sees the beneficiary now</source>
        <translation>المستشار يقابل المستفيد الآن</translation>
    </message>
    <message>
        <source>Choose an appointment to act on it.</source>
        <translation>اختر موعدًا لتنفيذ إجراء عليه.</translation>
    </message>
    <message>
        <source>%1 has arrived and waits to be called in.</source>
        <translation>تم تسجيل وصول %1، بانتظار الاستدعاء.</translation>
    </message>
    <message>
        <source>%1 is being seen by %2.</source>
        <translation>%1 قيد المقابلة مع %2.</translation>
    </message>
    <message>
        <source>%1 did not come. The appointment is kept as missed.</source>
        <translation>سُجِّل غياب %1، وحُفظ الموعد بحالة «لم يحضر».</translation>
    </message>
    <message>
        <source>The session is recorded and the appointment marked attended.</source>
        <translation>تم تسجيل الجلسة وتحديث حالة الموعد إلى «حضر».</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>إلغاء الموعد</translation>
    </message>
    <message>
        <source>Why is the appointment of %1 cancelled? The reason is kept with it.</source>
        <translation>ما سبب إلغاء موعد %1؟ سيُحفظ السبب مع الموعد.</translation>
    </message>
    <message>
        <source>Keep the appointment</source>
        <translation>الإبقاء على الموعد</translation>
    </message>
    <message>
        <source>The appointment of %1 is cancelled.</source>
        <translation>تم إلغاء موعد %1.</translation>
    </message>
    <message>
        <source>The appointment is moved; the old one is kept as rescheduled.</source>
        <translation>تم نقل الموعد، وحُفظ الموعد السابق بحالة «أُعيدت جدولته».</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1: بواسطة %2، %3</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AppointmentModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>مواعيد فائتة</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>الاستشارة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AssessmentDialog</name>
    <message>
        <source>Confidential: visible to counsellors and supervisors only</source>
        <translation>سري: يطّلع عليه المستشارون والمشرفون فقط</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>فرد الأسرة</translation>
    </message>
    <message>
        <source>Kind of assessment</source>
        <translation>نوع التقييم</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Save the assessment</source>
        <translation>حفظ التقييم</translation>
    </message>
    <message>
        <source>%1 — file %2</source>
        <translation>%1 — ملف الحالة %2</translation>
    </message>
    <message>
        <source>Assessment — %1</source>
        <translation>تقييم — %1</translation>
    </message>
    <message>
        <source>Only counsellors and supervisors record assessments.</source>
        <translation>تسجيل التقييمات من صلاحية المستشارين والمشرفين فقط.</translation>
    </message>
    <message>
        <source>This assessment no longer exists.</source>
        <translation>هذا التقييم لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>One skill per line, e.g. sewing</source>
        <translation>مهارة واحدة في كل سطر، مثل: الخياطة</translation>
    </message>
    <message>
        <source>One certificate or course per line</source>
        <translation>شهادة أو دورة واحدة في كل سطر</translation>
    </message>
    <message>
        <source>e.g. retail, sewing, driving</source>
        <translation>مثل: البيع بالتجزئة، الخياطة، القيادة</translation>
    </message>
    <message>
        <source>Able to work</source>
        <translation>قادر على العمل</translation>
    </message>
    <message>
        <source>Barriers to work</source>
        <translation>عوائق العمل</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>المؤهلات</translation>
    </message>
    <message>
        <source>Years of work experience</source>
        <translation>سنوات الخبرة العملية</translation>
    </message>
    <message>
        <source>Desired field of work</source>
        <translation>مجال العمل المرغوب</translation>
    </message>
    <message>
        <source>How the money is spent, where savings are possible</source>
        <translation>أوجه إنفاق المال، ومواضع التوفير الممكنة</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>الدخل الشهري</translation>
    </message>
    <message>
        <source>Monthly expenses</source>
        <translation>المصروفات الشهرية</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>الديون</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>الأصول</translation>
    </message>
    <message>
        <source>Budget notes</source>
        <translation>ملاحظات الميزانية</translation>
    </message>
    <message>
        <source>Over the last two weeks…</source>
        <translation>خلال الأسبوعين الماضيين…</translation>
    </message>
    <message>
        <source>How the family members get on, who decides, tensions</source>
        <translation>كيف يتعامل أفراد الأسرة فيما بينهم، ومن يتخذ القرار، ومواطن التوتر</translation>
    </message>
    <message>
        <source>Relatives, neighbours and organisations who help</source>
        <translation>الأقارب والجيران والجهات التي تقدّم المساعدة</translation>
    </message>
    <message>
        <source>One risk per line, e.g. violence at home, a child out of school</source>
        <translation>خطر واحد في كل سطر، مثل: عنف في المنزل، طفل منقطع عن الدراسة</translation>
    </message>
    <message>
        <source>Family relations</source>
        <translation>العلاقات الأسرية</translation>
    </message>
    <message>
        <source>Support network</source>
        <translation>شبكة الدعم</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>Short each month: %1</source>
        <translation>العجز الشهري: %1</translation>
    </message>
    <message>
        <source>Left each month: %1</source>
        <translation>الفائض الشهري: %1</translation>
    </message>
    <message>
        <source>Monthly income minus monthly expenses.</source>
        <translation>الدخل الشهري مطروحًا منه المصروفات الشهرية.</translation>
    </message>
    <message>
        <source>Answer all five statements to see the score.</source>
        <translation>أجب عن العبارات الخمس جميعها لعرض النتيجة.</translation>
    </message>
    <message>
        <source>28 or less: likely depression. Refer the beneficiary to a specialist.</source>
        <translation>28 أو أقل: احتمال وجود اكتئاب. أحِل المستفيد إلى مختص.</translation>
    </message>
    <message>
        <source>50 or less: low wellbeing. Follow up and consider a referral.</source>
        <translation>50 أو أقل: انخفاض في الرفاه النفسي. تابع الحالة وادرس إمكانية الإحالة.</translation>
    </message>
    <message>
        <source>Above 50: no sign of low wellbeing.</source>
        <translation>أعلى من 50: لا مؤشرات على انخفاض الرفاه النفسي.</translation>
    </message>
    <message>
        <source>Risks recorded: %1</source>
        <translation>المخاطر المسجلة: %1</translation>
    </message>
    <message>
        <source>Each risk may need a protection referral.</source>
        <translation>قد يستدعي كل خطر إحالةً إلى جهة حماية.</translation>
    </message>
    <message>
        <source> (recorded)</source>
        <translation> (مسجَّل)</translation>
    </message>
    <message>
        <source>Work readiness: %1</source>
        <translation>الجاهزية للعمل: %1</translation>
    </message>
    <message>
        <source>Wellbeing: %1</source>
        <translation>الرفاه النفسي: %1</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AssignmentDialog</name>
    <message>
        <source>Reassign to a field worker</source>
        <translation>إعادة الإسناد إلى أخصائي ميداني</translation>
    </message>
    <message>
        <source>Transfer to another centre</source>
        <translation>النقل إلى مركز آخر</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>إعادة الإسناد</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Choose the field worker</source>
        <translation>اختر الأخصائي الميداني</translation>
    </message>
    <message>
        <source>Choose the centre</source>
        <translation>اختر المركز</translation>
    </message>
    <message>
        <source>Field worker</source>
        <translation>الأخصائي الميداني</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Choose the field worker.</source>
        <translation>اختر الأخصائي الميداني.</translation>
    </message>
    <message>
        <source>Choose the centre.</source>
        <translation>اختر المركز.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AssignmentTab</name>
    <message>
        <source>Reassign…</source>
        <translation>إعادة الإسناد…</translation>
    </message>
    <message>
        <source>Transfer to another centre…</source>
        <translation>النقل إلى مركز آخر…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Social worker: %1. Centre: %2.</source>
        <translation>الأخصائي: %1. المركز: %2.</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Transferred to another centre</source>
        <translation>نُقلت إلى مركز آخر</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>أُعيد الإسناد</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AssistanceDialog</name>
    <message>
        <source>Record emergency assistance</source>
        <translation>تسجيل مساعدة طارئة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Choose the assistance</source>
        <translation>اختر المساعدة</translation>
    </message>
    <message>
        <source>No amount (in kind)</source>
        <translation>بلا مبلغ (عينية)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AttachDocumentDialog</name>
    <message>
        <source>Attach a document</source>
        <translation>إرفاق مستند</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>إرفاق</translation>
    </message>
    <message>
        <source>Choose the scan or photo</source>
        <translation>اختر المسح الضوئي أو الصورة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Photos (JPEG or PNG) and PDF documents, at most %1 MB.</source>
        <translation>صور (JPEG أو PNG) ومستندات PDF، بحد أقصى %1 ميغابايت.</translation>
    </message>
    <message>
        <source>Choose the type</source>
        <translation>اختر النوع</translation>
    </message>
    <message>
        <source>e.g. both sides of the ID card</source>
        <translation>مثال: وجها بطاقة الهوية</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>About</source>
        <translation>يخصّ</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>نوع المستند</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>تاريخ المستند</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>الصور ومستندات PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Choose the scan or photo to attach.</source>
        <translation>اختر المسح الضوئي أو الصورة المراد إرفاقها.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Every user</source>
        <translation>كل المستخدمين</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Who, what, which family</source>
        <translation>من، وماذا، وأي أسرة</translation>
    </message>
    <message>
        <source>From, to</source>
        <translation>من، إلى</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Check the chains</source>
        <translation>التحقق من السلاسل</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>سجل-التدقيق</translation>
    </message>
    <message>
        <source>No household has the file number %1.</source>
        <translation>لا توجد أسرة برقم الملف %1.</translation>
    </message>
    <message>
        <source>Every device&apos;s chain of entries holds: none was removed or altered.</source>
        <translation>سلسلة القيود سليمة على كل جهاز: لم يُحذف قيد ولم يُعدَّل.</translation>
    </message>
    <message>
        <source>Device %1: %2</source>
        <translation>الجهاز %1: %2</translation>
    </message>
    <message>
        <source>The audit trail does not hold. %1</source>
        <translation>سجل التدقيق غير سليم. %1</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::BackupSettingsBox</name>
    <message>
        <source>Backups of this computer&apos;s database</source>
        <translation>النسخ الاحتياطية لقاعدة بيانات هذا الحاسوب</translation>
    </message>
    <message>
        <source>Make a backup every day</source>
        <translation>نسخة احتياطية كل يوم</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>A backup is encrypted and opens with the same passwords as this database. Keep them on a USB stick or another disk, so that a broken or lost laptop does not take them too.</source>
        <translation>النسخة الاحتياطية مشفّرة وتُفتح بكلمات مرور هذه القاعدة نفسها. احفظها على ذاكرة USB أو قرص آخر، حتى لا تضيع مع الحاسوب إذا تعطّل أو فُقد.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backups kept (the oldest are removed)</source>
        <translation>عدد النسخ المحفوظة (تُحذف الأقدم)</translation>
    </message>
    <message>
        <source>Latest backup</source>
        <translation>آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>Making a backup… You can go on working.</source>
        <translation>جارٍ إعداد نسخة احتياطية… يمكنك متابعة العمل.</translation>
    </message>
    <message>
        <source>The backup was made: %1</source>
        <translation>أُعدّت النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا شيء بعد</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::BookAppointmentDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>حجز موعد</translation>
    </message>
    <message>
        <source>Find the family: name, file number, ID or phone</source>
        <translation>ابحث عن الأسرة: الاسم أو رقم الملف أو رقم الهوية أو الهاتف</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>فرد الأسرة</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>نوع الاستشارة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>حجز</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>الحجز على أي حال</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>الفرد المطابق: %1</translation>
    </message>
    <message>
        <source>No family found. Try another spelling, the file number or a phone number.</source>
        <translation>لم يُعثر على أي أسرة. جرّب تهجئة أخرى أو رقم الملف أو رقم الهاتف.</translation>
    </message>
    <message>
        <source>File %1 — %2</source>
        <translation>ملف الحالة %1 — %2</translation>
    </message>
    <message>
        <source>%1 Choose another time, or book anyway if both can be seen.</source>
        <translation>%1 اختر وقتًا آخر، أو احجز على أي حال إذا أمكن استقبال الاثنين.</translation>
    </message>
    <message>
        <source>Outside working hours (%1 to %2). Book it only if the family and the counsellor agreed to this time.</source>
        <translation>خارج ساعات العمل (من %1 إلى %2). احجزه فقط إذا اتفقت الأسرة والمستشار على هذا الوقت.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::CancelVisitDialog</name>
    <message>
        <source>Cancel a planned visit</source>
        <translation>إلغاء زيارة مخططة</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>إلغاء الزيارة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::CareLevelDialog</name>
    <message>
        <source>Assess the level of care</source>
        <translation>تقييم مستوى الرعاية</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Choose the level</source>
        <translation>اختر المستوى</translation>
    </message>
    <message>
        <source>What in the family&apos;s situation calls for this level</source>
        <translation>ما الذي في وضع الأسرة يستدعي هذا المستوى</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>مستوى الرعاية</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::CareLevelTab</name>
    <message>
        <source>Assess the level of care…</source>
        <translation>تقييم مستوى الرعاية…</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>مستوى الرعاية</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>قيّمه</translation>
    </message>
    <message>
        <source>Level of care: not assessed yet</source>
        <translation>مستوى الرعاية: لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>Level of care: %1 (assessed on %2)</source>
        <translation>مستوى الرعاية: %1 (قُيّم في %2)</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>At least %1 characters. Not a common password, not one character repeated. A sentence of a few words is easy to remember and hard to guess.</source>
        <translation>%1 أحرف على الأقل. ليست من كلمات المرور الشائعة ولا حرفًا مكررًا. جملة من كلمات قليلة يسهل تذكّرها ويصعب تخمينها.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>كلمة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>كلمتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ChartPanel</name>
    <message>
        <source>Show as table</source>
        <translation>اعرضه جدولًا</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>اعرضه رسمًا بيانيًا</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ChecklistBox</name>
    <message>
        <source>Home-visit checklist, for the whole organisation</source>
        <translation>قائمة التحقق في الزيارات المنزلية، للجهة كلها</translation>
    </message>
    <message>
        <source>What every field worker looks at and answers in a home visit, in this order.</source>
        <translation>ما يتحقق منه كل أخصائي ميداني ويجيب عنه في الزيارة المنزلية، بهذا الترتيب.</translation>
    </message>
    <message>
        <source>A question, such as: the children have their vaccination cards</source>
        <translation>سؤال، مثل: لدى الأطفال بطاقات التطعيم</translation>
    </message>
    <message>
        <source>Add the question</source>
        <translation>إضافة السؤال</translation>
    </message>
    <message>
        <source>Rename the selected one</source>
        <translation>تعديل نص المحدد</translation>
    </message>
    <message>
        <source>Archive the selected one</source>
        <translation>أرشفة المحدد</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The question was added to the checklist.</source>
        <translation>أُضيف السؤال إلى قائمة التحقق.</translation>
    </message>
    <message>
        <source>Choose a question in the list first.</source>
        <translation>اختر سؤالًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>The question was renamed.</source>
        <translation>عُدّل نص السؤال.</translation>
    </message>
    <message>
        <source>This question is no longer in the checklist.</source>
        <translation>لم يعد هذا السؤال في قائمة التحقق.</translation>
    </message>
    <message>
        <source>The question is no longer asked; visits that answered it keep their answer.</source>
        <translation>لن يُطرح السؤال بعد الآن؛ وتبقى إجاباته في الزيارات السابقة.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ClinicPage</name>
    <message>
        <source>My day</source>
        <translation>يومي</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>قائمة انتظار اليوم</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Find in this day: name, file number or phone</source>
        <translation>ابحث في هذا اليوم: الاسم أو رقم الملف أو الهاتف</translation>
    </message>
    <message>
        <source>Book an appointment…</source>
        <translation>حجز موعد…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Print day list…</source>
        <translation>طباعة قائمة اليوم…</translation>
    </message>
    <message>
        <source>Today&apos;s booked appointments of the counsellor chosen under Appointments. Mark who has arrived, then call them in.</source>
        <translation>مواعيد اليوم المحجوزة للمستشار المختار في تبويب «المواعيد». أشِر إلى من حضر، ثم استدعِه للدخول.</translation>
    </message>
    <message>
        <source>Whole centre</source>
        <translation>المركز كاملًا</translation>
    </message>
    <message>
        <source>No appointments this week</source>
        <translation>لا توجد مواعيد في هذا الأسبوع</translation>
    </message>
    <message>
        <source>No appointments this day</source>
        <translation>لا توجد مواعيد في هذا اليوم</translation>
    </message>
    <message>
        <source>The appointment is booked.</source>
        <translation>تم حجز الموعد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln appointment(s)</source>
        <translation>
            <numerusform>لا مواعيد</numerusform>
            <numerusform>موعد واحد</numerusform>
            <numerusform>موعدان</numerusform>
            <numerusform>%Ln مواعيد</numerusform>
            <numerusform>%Ln موعدًا</numerusform>
            <numerusform>%Ln موعد</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save the appointments of the day or week shown as an Excel workbook or a CSV file</source>
        <translation>حفظ مواعيد اليوم أو الأسبوع المعروض مصنفَ Excel أو ملف CSV</translation>
    </message>
    <message>
        <source>appointments-week</source>
        <translation>مواعيد-الأسبوع</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>أسبوع %1</translation>
    </message>
    <message>
        <source>the day %1</source>
        <translation>يوم %1</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ClinicSettingsBox</name>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Follow up members without a session for more than</source>
        <translation>متابعة المستفيدين الذين لم تُعقد لهم جلسة منذ أكثر من</translation>
    </message>
    <message>
        <source>Consultation types</source>
        <translation>أنواع الاستشارة</translation>
    </message>
    <message>
        <source>Name of a new consultation type</source>
        <translation>اسم نوع استشارة جديد</translation>
    </message>
    <message>
        <source>Confidential, like psychological counselling</source>
        <translation>سري، مثل الاستشارة النفسية</translation>
    </message>
    <message>
        <source>Add the type</source>
        <translation>إضافة النوع</translation>
    </message>
    <message>
        <source>%1 (confidential)</source>
        <translation>%1 (سري)</translation>
    </message>
    <message>
        <source>Saved: members without a session for more than %1 days are listed for follow-up.</source>
        <translation>تم الحفظ: يظهر للمتابعة من لم تُعقد له جلسة منذ أكثر من %1 يومًا.</translation>
    </message>
    <message>
        <source>The consultation type «%1» was added.</source>
        <translation>أُضيف نوع الاستشارة «%1».</translation>
    </message>
    <message>
        <source>Empowerment clinic and plans, for the whole organisation</source>
        <translation>عيادة التمكين والخطط، لكل مراكز الجهة</translation>
    </message>
    <message>
        <source>Empowerment tracks</source>
        <translation>مسارات التمكين</translation>
    </message>
    <message>
        <source>Name of a new empowerment track</source>
        <translation>اسم مسار تمكين جديد</translation>
    </message>
    <message>
        <source>Add the track</source>
        <translation>إضافة المسار</translation>
    </message>
    <message>
        <source>The empowerment track «%1» was added.</source>
        <translation>أُضيف مسار التمكين «%1».</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ComplianceDialog</name>
    <message>
        <source>Record compliance</source>
        <translation>تسجيل الالتزام</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Attendance or visits</source>
        <translation>الحضور أو الزيارات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation>الشهر أو الربع</translation>
    </message>
    <message>
        <source> %</source>
        <translation> ٪</translation>
    </message>
    <message>
        <source>Nobody in this family is concerned by this condition for that period.</source>
        <translation>لا يخصّ هذا الشرطُ أحدًا من هذه الأسرة في تلك الفترة.</translation>
    </message>
    <message>
        <source>The family receives no programme with conditions.</source>
        <translation>لا تتلقى الأسرة دعم برنامج مشروط.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>لم يُسجَّل</translation>
    </message>
    <message>
        <source>Write the attendance or visits of at least one person.</source>
        <translation>اكتب حضور شخص واحد على الأقل أو زياراته.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ComplianceStepDialog</name>
    <message>
        <source>Record counselling</source>
        <translation>تسجيل الإرشاد</translation>
    </message>
    <message>
        <source>Suspend support</source>
        <translation>إيقاف الدعم</translation>
    </message>
    <message>
        <source>Reinstate support</source>
        <translation>إعادة الدعم</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>What was discussed with the family, and what it agreed to</source>
        <translation>ما نوقش مع الأسرة وما اتفقت عليه</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>The family&apos;s support under this programme stops being paid until it is reinstated.</source>
        <translation>يتوقف صرف دعم الأسرة في هذا البرنامج حتى يُعاد.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ComplianceTab</name>
    <message>
        <source>Quarter %1 of %2</source>
        <translation>الربع %1 من %2</translation>
    </message>
    <message>
        <source>Record compliance…</source>
        <translation>تسجيل الالتزام…</translation>
    </message>
    <message>
        <source>Counselling…</source>
        <translation>إرشاد…</translation>
    </message>
    <message>
        <source>Suspend support…</source>
        <translation>إيقاف الدعم…</translation>
    </message>
    <message>
        <source>Reinstate support…</source>
        <translation>إعادة الدعم…</translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation>الشهر أو الربع</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Attendance or visits</source>
        <translation>الحضور أو الزيارات</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Warnings, counselling, suspensions and reinstatements</source>
        <translation>الإنذارات والإرشاد والإيقاف والإعادة</translation>
    </message>
    <message>
        <source>%1: support suspended since %2</source>
        <translation>%1: الدعم موقوف منذ %2</translation>
    </message>
    <message>
        <source>%1: warned on %2, to be counselled</source>
        <translation>%1: إنذار في %2، ينتظر الإرشاد</translation>
    </message>
    <message>
        <source>%1: warned on %2, counselled</source>
        <translation>%1: إنذار في %2، تم الإرشاد</translation>
    </message>
    <message>
        <source>%1: no condition missed</source>
        <translation>%1: لا شرط غير مستوفى</translation>
    </message>
    <message>
        <source>The family receives no programme with conditions.</source>
        <translation>لا تتلقى الأسرة دعم برنامج مشروط.</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ConditionDialog</name>
    <message>
        <source>Add a condition</source>
        <translation>إضافة شرط</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>e.g. school attendance of 80 %</source>
        <translation>مثال: حضور مدرسي بنسبة ٨٠٪</translation>
    </message>
    <message>
        <source>Choose whom it is for</source>
        <translation>اختر من يخصّه</translation>
    </message>
    <message>
        <source>Choose what is measured</source>
        <translation>اختر ما يُقاس</translation>
    </message>
    <message>
        <source>Choose how often</source>
        <translation>اختر عدد المرات</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>For</source>
        <translation>يخصّ</translation>
    </message>
    <message>
        <source>Measured as</source>
        <translation>يُقاس بـ</translation>
    </message>
    <message>
        <source>Met at or above</source>
        <translation>يُستوفى عند أو فوق</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>يُتحقق منه</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ConditionsPage</name>
    <message>
        <source>Add a condition…</source>
        <translation>إضافة شرط…</translation>
    </message>
    <message>
        <source>Stop checking it</source>
        <translation>إيقاف التحقق منه</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>For</source>
        <translation>يخصّ</translation>
    </message>
    <message>
        <source>Met at or above</source>
        <translation>يُستوفى عند أو فوق</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>يُتحقق منه</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المنطقة الجغرافية</translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation>الشهر أو الربع</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>المسجَّل</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>Compliance rate</source>
        <translation>نسبة الالتزام</translation>
    </message>
    <message>
        <source>Conditional support</source>
        <translation>الدعم المشروط</translation>
    </message>
    <message>
        <source>Compliance in</source>
        <translation>الالتزام في</translation>
    </message>
    <message>
        <source>by</source>
        <translation>حسب</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>لا زيارات</numerusform>
            <numerusform>زيارة واحدة</numerusform>
            <numerusform>زيارتان</numerusform>
            <numerusform>%n زيارات</numerusform>
            <numerusform>%n زيارة</numerusform>
            <numerusform>%n زيارة</numerusform>
        </translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(غير مذكور)</translation>
    </message>
    <message>
        <source>The condition was added: it is checked for the programme&apos;s families from now on.</source>
        <translation>أُضيف الشرط، ويُتحقق منه لأسر البرنامج من الآن.</translation>
    </message>
    <message>
        <source>The condition is no longer checked; what was recorded stays.</source>
        <translation>لم يعد يُتحقق من الشرط، ويبقى ما سُجّل.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ConflictsView</name>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>اكتُشف في</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>إبقاء القيمة الحالية</translation>
    </message>
    <message>
        <source>Keep the other value</source>
        <translation>اعتماد القيمة الأخرى</translation>
    </message>
    <message>
        <source>Keep the value typed</source>
        <translation>اعتماد القيمة المكتوبة</translation>
    </message>
    <message>
        <source>Or type a combined value</source>
        <translation>أو اكتب قيمة تجمع بينهما</translation>
    </message>
    <message>
        <source>Current value (the later change)</source>
        <translation>القيمة الحالية (التغيير الأحدث)</translation>
    </message>
    <message>
        <source>Other value (kept aside)</source>
        <translation>القيمة الأخرى (محفوظة جانبًا)</translation>
    </message>
    <message>
        <source>The same information was changed on two computers before they exchanged data. The later change is in use everywhere; the other one is kept here until a supervisor decides. The decision reaches the other computers with the next sync.</source>
        <translation>تغيّرت المعلومة نفسها على حاسوبين قبل أن يتبادلا البيانات. التغيير الأحدث معتمد في كل مكان، والآخر محفوظ هنا حتى يقرر المشرف. يصل القرار إلى الحواسيب الأخرى مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Archived while edited elsewhere</source>
        <translation>أُرشف بينما عُدّل في مكان آخر</translation>
    </message>
    <message>
        <source>Edited on another computer</source>
        <translation>عُدّل على حاسوب آخر</translation>
    </message>
    <message>
        <source>No conflicts: every computer that exchanged data agrees.</source>
        <translation>لا توجد تعارضات: كل الحواسيب التي تبادلت البيانات متفقة.</translation>
    </message>
    <message>
        <source>Edited on another computer; not archived there</source>
        <translation>عُدّل على حاسوب آخر ولم يُؤرشف هناك</translation>
    </message>
    <message>
        <source>Changed by %1 on %2</source>
        <translation>غُيِّر بواسطة %1 في %2</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>مستخدم غير معروف</translation>
    </message>
    <message>
        <source>Keep it archived</source>
        <translation>إبقاؤه مؤرشفًا</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>استعادته</translation>
    </message>
    <message>
        <source>Archive it</source>
        <translation>أرشفته</translation>
    </message>
    <message>
        <source>Choose a conflict in the list first.</source>
        <translation>اختر تعارضًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Resolved. The other computers receive the decision with the next sync.</source>
        <translation>حُلّ التعارض. تتلقى الحواسيب الأخرى القرار مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Type the combined value first.</source>
        <translation>اكتب القيمة الجامعة أولًا.</translation>
    </message>
    <message>
        <source>Confidential: visible to counsellors and supervisors only; a supervisor decides.</source>
        <translation>سري: يطّلع عليه المستشارون والمشرفون فقط، ويقرر فيه المشرف.</translation>
    </message>
    <message>
        <source>Hidden: confidential</source>
        <translation>مخفي: سري</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation>تسجيل موافقة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>فرد الأسرة</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>الموافقة على</translation>
    </message>
    <message>
        <source>Partner named on the form</source>
        <translation>الجهة المذكورة في الاستمارة</translation>
    </message>
    <message>
        <source>Date given</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>كيف أُعطيت</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ConsentTab</name>
    <message>
        <source>Withdraw the selected consent…</source>
        <translation>سحب الموافقة المحددة…</translation>
    </message>
    <message>
        <source>Record a consent…</source>
        <translation>تسجيل موافقة…</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>فرد الأسرة</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>الموافقة على</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>سجّلها</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>Sharing with %1</source>
        <translation>المشاركة مع %1</translation>
    </message>
    <message>
        <source>Without consent: %1</source>
        <translation>دون موافقة: %1</translation>
    </message>
    <message>
        <source>Verbal, witnessed by %1</source>
        <translation>شفهية بحضور الشاهد %1</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>لا موافقة</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>سُحبت في %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>Data held about a member…</source>
        <translation>البيانات المحفوظة عن فرد…</translation>
    </message>
    <message>
        <source>Data held about a member</source>
        <translation>البيانات المحفوظة عن فرد</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
    <message>
        <source>Everything this computer holds about a member, as a PDF or a JSON file to give them on request</source>
        <translation>كل ما يحفظه هذا الحاسوب عن فرد الأسرة، ملف PDF أو JSON يُسلَّم له عند طلبه</translation>
    </message>
    <message>
        <source>member-data-%1.pdf</source>
        <translation>بيانات-الفرد-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;JSON files (*.json)</source>
        <translation>مستندات PDF (*.pdf);;ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase data…</source>
        <translation>محو البيانات…</translation>
    </message>
    <message>
        <source>Erase a member&apos;s or the household&apos;s personal data on every computer, on request or when the retention period is over</source>
        <translation>محو البيانات الشخصية لفرد أو للأسرة على كل الحواسيب، بناءً على طلب أو عند انتهاء مدة الاحتفاظ</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::CounsellorDesk</name>
    <message>
        <source>My appointments this week</source>
        <translation>مواعيدي هذا الأسبوع</translation>
    </message>
    <message>
        <source>My plans due for review</source>
        <translation>خططي التي حان موعد مراجعتها</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>موعد المراجعة</translation>
    </message>
    <message>
        <source>My appointments this week: none</source>
        <translation>مواعيدي هذا الأسبوع: لا مواعيد</translation>
    </message>
    <message>
        <source>My appointments this week: %1</source>
        <translation>مواعيدي هذا الأسبوع: %1</translation>
    </message>
    <message>
        <source>My plans due for review: none</source>
        <translation>خططي التي حان موعد مراجعتها: لا خطط</translation>
    </message>
    <message>
        <source>My plans due for review: %1</source>
        <translation>خططي التي حان موعد مراجعتها: %1</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::CounsellorHome</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>الاستشارة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>الإجراء المتفق عليه</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول عن التنفيذ</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>آخر جلسة</translation>
    </message>
    <message>
        <source>Book a follow-up…</source>
        <translation>حجز موعد متابعة…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>اليوم، %1</translation>
    </message>
    <message>
        <source>My appointments today (%1)</source>
        <translation>مواعيدي اليوم (%1)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>متأخر منذ %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Agreed actions due (%1, of which %2 overdue)</source>
        <translation>الإجراءات المتفق عليها المستحقة (%1، منها %2 متأخرة)</translation>
    </message>
    <message>
        <source>Agreed actions due (%1)</source>
        <translation>الإجراءات المتفق عليها المستحقة (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>اليوم</numerusform>
            <numerusform>قبل يوم واحد</numerusform>
            <numerusform>قبل يومين</numerusform>
            <numerusform>قبل %Ln أيام</numerusform>
            <numerusform>قبل %Ln يومًا</numerusform>
            <numerusform>قبل %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>No session for more than %1 (%2)</source>
        <translation>لا جلسة منذ أكثر من %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>لا أيام</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::CrisisPage</name>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>With a disability</source>
        <translation>ذوو إعاقة</translation>
    </message>
    <message>
        <source>Aged %1 or more</source>
        <translation>في سن %1 فأكثر</translation>
    </message>
    <message>
        <source>Under %1</source>
        <translation>دون %1 سنوات</translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation>دخل الفرد</translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation>مرات المساعدة</translation>
    </message>
    <message>
        <source>Declare an event…</source>
        <translation>إعلان حدث…</translation>
    </message>
    <message>
        <source>Record assistance…</source>
        <translation>تسجيل مساعدة…</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>تصدير القائمة…</translation>
    </message>
    <message>
        <source>Export the crisis list</source>
        <translation>تصدير قائمة الأزمة</translation>
    </message>
    <message>
        <source>crisis-list.xlsx</source>
        <translation>قائمة-الأزمة.xlsx</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>جدول بيانات (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Crisis lists</source>
        <translation>قوائم الأزمات</translation>
    </message>
    <message>
        <source>No crisis event was declared.</source>
        <translation>لم يُعلن أي حدث.</translation>
    </message>
    <message>
        <source>%1: %2 households, the most vulnerable first</source>
        <translation>%1: %2 أسرة، الأكثر هشاشة أولًا</translation>
    </message>
    <message>
        <source>The event was declared: its list is below.</source>
        <translation>أُعلن الحدث: قائمته أدناه.</translation>
    </message>
    <message>
        <source>Choose the family in the list first.</source>
        <translation>اختر الأسرة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>The assistance was recorded.</source>
        <translation>سُجّلت المساعدة.</translation>
    </message>
    <message>
        <source>%1 households written to %2.</source>
        <translation>كُتبت %1 أسرة في %2.</translation>
    </message>
    <message>
        <source>Crisis list</source>
        <translation>قائمة الأزمة</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DashboardFilters</name>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Hijri month</source>
        <translation>شهر هجري</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>تواريخ مخصّصة</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>Centre:</source>
        <translation>المركز:</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>كل المراكز</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Quarter </source>
        <translation>الربع </translation>
    </message>
    <message>
        <source>Month </source>
        <translation>الشهر </translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>الأخصائي:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>المنطقة:</translation>
    </message>
    <message>
        <source>Counsellor:</source>
        <translation>المستشار:</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>المسار:</translation>
    </message>
    <message>
        <source>Bars:</source>
        <translation>الأعمدة:</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>كل الأخصائيين</translation>
    </message>
    <message>
        <source>All counsellors</source>
        <translation>كل المستشارين</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>كل المسارات</translation>
    </message>
    <message>
        <source>Level of care:</source>
        <translation>مستوى الرعاية:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>كل المستويات</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DashboardTile</name>
    <message>
        <source>Show the families behind this number</source>
        <translation>اعرض الأسر التي وراء هذا الرقم</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DashboardView</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>لم يُعرف بعد</translation>
    </message>
    <message>
        <source>%1 against the previous period</source>
        <translation>%1 مقارنةً بالفترة السابقة</translation>
    </message>
    <message>
        <source>No comparison with the previous period</source>
        <translation>لا مقارنة بالفترة السابقة</translation>
    </message>
    <message>
        <source>%1 points against the previous period</source>
        <translation>%1 نقطة مقارنةً بالفترة السابقة</translation>
    </message>
    <message>
        <source>Households supported at the end of the period (%1)</source>
        <translation>الأسر المدعومة في نهاية الفترة (%1)</translation>
    </message>
    <message>
        <source>%1 new registrations</source>
        <translation>%1 تسجيل جديد</translation>
    </message>
    <message>
        <source>New registrations (%1)</source>
        <translation>التسجيلات الجديدة (%1)</translation>
    </message>
    <message>
        <source>Exits to self-sufficiency (%1)</source>
        <translation>الخروج إلى الاكتفاء (%1)</translation>
    </message>
    <message>
        <source>%1 exits in all</source>
        <translation>%1 حالة خروج في المجموع</translation>
    </message>
    <message>
        <source>All exits (%1)</source>
        <translation>كل حالات الخروج (%1)</translation>
    </message>
    <message>
        <source>of %1 supported at the start</source>
        <translation>من %1 أسرة مدعومة في البداية</translation>
    </message>
    <message>
        <source>Households supported the day before the period (%1)</source>
        <translation>الأسر المدعومة في اليوم السابق للفترة (%1)</translation>
    </message>
    <message>
        <source>Sustained exits (%1)</source>
        <translation>استدامة الخروج (%1)</translation>
    </message>
    <message>
        <source>Known once %1 months have passed since the exits</source>
        <translation>تُعرف بعد مضي %1 أشهر على الخروج</translation>
    </message>
    <message numerus="yes">
        <source>Not re-entered %n month(s) after their exit (%1)</source>
        <translation>
            <numerusform>لم تعد إلى الدعم بعد %n شهر من خروجها (%1)</numerusform>
            <numerusform>لم تعد إلى الدعم بعد شهر من خروجها (%1)</numerusform>
            <numerusform>لم تعد إلى الدعم بعد شهرين من خروجها (%1)</numerusform>
            <numerusform>لم تعد إلى الدعم بعد %n أشهر من خروجها (%1)</numerusform>
            <numerusform>لم تعد إلى الدعم بعد %n شهرًا من خروجها (%1)</numerusform>
            <numerusform>لم تعد إلى الدعم بعد %n شهر من خروجها (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not re-entered</source>
        <translation>%1 لم تعد إلى الدعم</translation>
    </message>
    <message numerus="yes">
        <source>of %1 exits after %n month(s)</source>
        <translation>
            <numerusform>من %1 حالة خروج بعد %n شهر</numerusform>
            <numerusform>من %1 حالة خروج بعد شهر</numerusform>
            <numerusform>من %1 حالة خروج بعد شهرين</numerusform>
            <numerusform>من %1 حالة خروج بعد %n أشهر</numerusform>
            <numerusform>من %1 حالة خروج بعد %n شهرًا</numerusform>
            <numerusform>من %1 حالة خروج بعد %n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exits whose %n month(s) have passed (%1)</source>
        <translation>
            <numerusform>حالات خروج مضى عليها %n شهر (%1)</numerusform>
            <numerusform>حالات خروج مضى عليها شهر (%1)</numerusform>
            <numerusform>حالات خروج مضى عليها شهران (%1)</numerusform>
            <numerusform>حالات خروج مضى عليها %n أشهر (%1)</numerusform>
            <numerusform>حالات خروج مضى عليها %n شهرًا (%1)</numerusform>
            <numerusform>حالات خروج مضى عليها %n شهر (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-entered within %1 months of their exit (%2)</source>
        <translation>عادت إلى الدعم خلال %1 شهرًا من خروجها (%2)</translation>
    </message>
    <message>
        <source>%1 re-entered</source>
        <translation>%1 عادت إلى الدعم</translation>
    </message>
    <message>
        <source>%1 still within %2 months</source>
        <translation>%1 لم تكمل %2 شهرًا بعد</translation>
    </message>
    <message>
        <source>Exits still within their %1 months (%2)</source>
        <translation>حالات خروج لم تكمل %1 شهرًا بعد (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Families who answered the satisfaction survey (%1)</source>
        <translation>الأسر التي أجابت عن استبيان رضا المستفيد (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>لا إجابات</numerusform>
            <numerusform>إجابة واحدة</numerusform>
            <numerusform>إجابتان</numerusform>
            <numerusform>%Ln إجابات</numerusform>
            <numerusform>%Ln إجابة</numerusform>
            <numerusform>%Ln إجابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln declined</source>
        <translation>
            <numerusform>لم يعتذر أحد</numerusform>
            <numerusform>اعتذار واحد</numerusform>
            <numerusform>اعتذاران</numerusform>
            <numerusform>%Ln اعتذارات</numerusform>
            <numerusform>%Ln اعتذارًا</numerusform>
            <numerusform>%Ln اعتذار</numerusform>
        </translation>
    </message>
    <message>
        <source>Families who declined the satisfaction survey (%1)</source>
        <translation>الأسر التي اعتذرت عن استبيان رضا المستفيد (%1)</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>رضا المستفيدين</translation>
    </message>
    <message>
        <source>Sustained exits</source>
        <translation>استدامة الخروج</translation>
    </message>
    <message>
        <source>Exits by month</source>
        <translation>الخروج بحسب الشهر</translation>
    </message>
    <message>
        <source>Computing the indicators…</source>
        <translation>جارٍ حساب المؤشرات…</translation>
    </message>
    <message>
        <source>From %1 to %2, against the period before.</source>
        <translation>من %1 إلى %2، مقارنةً بالفترة السابقة.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Income per person up by %1 or more since the plan&apos;s baseline (%2)</source>
        <translation>ارتفع دخل الفرد %1 أو أكثر منذ خط الأساس للخطة (%2)</translation>
    </message>
    <message>
        <source>%1 with income per person up by %2 or more</source>
        <translation>%1 ارتفع دخل الفرد فيها %2 أو أكثر</translation>
    </message>
    <message>
        <source>of %1 households with a plan</source>
        <translation>من %1 أسرة لها خطة</translation>
    </message>
    <message>
        <source>Households with an approved plan (%1)</source>
        <translation>الأسر التي لها خطة معتمدة (%1)</translation>
    </message>
    <message>
        <source>%1 crossed the income threshold</source>
        <translation>%1 تجاوزت الحد المانع</translation>
    </message>
    <message>
        <source>Under the income threshold at the plan&apos;s baseline, at or over it at the period&apos;s end (%1)</source>
        <translation>دون الحد المانع عند خط الأساس للخطة، وعنده أو فوقه في نهاية الفترة (%1)</translation>
    </message>
    <message>
        <source>of %1 under the threshold at baseline</source>
        <translation>من %1 دون الحد المانع عند خط الأساس</translation>
    </message>
    <message>
        <source>Under the income threshold at the plan&apos;s baseline (%1)</source>
        <translation>دون الحد المانع عند خط الأساس للخطة (%1)</translation>
    </message>
    <message>
        <source>Earned income: %1 of all income</source>
        <translation>دخل العمل: %1 من مجموع الدخل</translation>
    </message>
    <message>
        <source>Households whose incomes were summed (%1)</source>
        <translation>الأسر التي جُمعت دخولها (%1)</translation>
    </message>
    <message>
        <source>Members with a plan earning a salary or own-business income at the period&apos;s end (%1)</source>
        <translation>أفراد لهم خطة ولهم راتب أو دخل من مشروع خاص في نهاية الفترة (%1)</translation>
    </message>
    <message>
        <source>%1 members earning at the period&apos;s end</source>
        <translation>%1 أفراد لهم دخل من عملهم في نهاية الفترة</translation>
    </message>
    <message>
        <source>of %1 members able to work with a plan</source>
        <translation>من %1 فردًا قادرًا على العمل له خطة</translation>
    </message>
    <message>
        <source>Members able to work with an approved plan (%1)</source>
        <translation>الأفراد القادرون على العمل ولهم خطة معتمدة (%1)</translation>
    </message>
    <message>
        <source>%1 earning at their plan&apos;s start</source>
        <translation>%1 لهم دخل من عملهم عند بدء الخطة</translation>
    </message>
    <message>
        <source>Members with a plan earning at their plan&apos;s start (%1)</source>
        <translation>أفراد لهم خطة كان لهم دخل من عملهم عند بدئها (%1)</translation>
    </message>
    <message>
        <source>%1 jobs through referrals</source>
        <translation>%1 وظائف عبر الإحالات</translation>
    </message>
    <message>
        <source>Jobs obtained through referrals (%1)</source>
        <translation>الوظائف التي تحققت عبر الإحالات (%1)</translation>
    </message>
    <message>
        <source>%1 training places through referrals</source>
        <translation>%1 فرص تدريب عبر الإحالات</translation>
    </message>
    <message>
        <source>Training places obtained through referrals (%1)</source>
        <translation>فرص التدريب التي تحققت عبر الإحالات (%1)</translation>
    </message>
    <message>
        <source>%1 loans through referrals</source>
        <translation>%1 قروض عبر الإحالات</translation>
    </message>
    <message>
        <source>Loans obtained through referrals (%1)</source>
        <translation>القروض التي تحققت عبر الإحالات (%1)</translation>
    </message>
    <message>
        <source>Goals achieved, of plans approved by the period&apos;s end (%1)</source>
        <translation>الأهداف المتحققة من خطط اعتُمدت حتى نهاية الفترة (%1)</translation>
    </message>
    <message>
        <source>%1 goals achieved</source>
        <translation>%1 أهداف متحققة</translation>
    </message>
    <message>
        <source>of %1 goals</source>
        <translation>من %1 هدفًا</translation>
    </message>
    <message>
        <source>Goals of plans approved by the period&apos;s end (%1)</source>
        <translation>أهداف الخطط المعتمدة حتى نهاية الفترة (%1)</translation>
    </message>
    <message>
        <source>%1 active plans</source>
        <translation>%1 خطط نشطة</translation>
    </message>
    <message>
        <source>Plans active at the period&apos;s end (%1)</source>
        <translation>الخطط النشطة في نهاية الفترة (%1)</translation>
    </message>
    <message>
        <source>%1 overdue tasks</source>
        <translation>%1 مهام متأخرة</translation>
    </message>
    <message>
        <source>Overdue tasks of active plans (%1)</source>
        <translation>المهام المتأخرة في الخطط النشطة (%1)</translation>
    </message>
    <message>
        <source>%1 plans with no review for %2 days</source>
        <translation>%1 خطط بلا مراجعة منذ %2 يومًا</translation>
    </message>
    <message>
        <source>Active plans with no review for %1 days (%2)</source>
        <translation>خطط نشطة بلا مراجعة منذ %1 يومًا (%2)</translation>
    </message>
    <message>
        <source>%1 exits after a plan, in a median of %2 days</source>
        <translation>%1 خروج من الدعم بعد خطة، بوسيط %2 يومًا</translation>
    </message>
    <message>
        <source>%1 exits after a plan</source>
        <translation>%1 خروج من الدعم بعد خطة</translation>
    </message>
    <message>
        <source>Exits after a plan&apos;s approval (%1)</source>
        <translation>الخروج من الدعم بعد اعتماد خطة (%1)</translation>
    </message>
    <message>
        <source>Referrals sent (%1)</source>
        <translation>الإحالات المرسلة (%1)</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>%1 مقبولة</translation>
    </message>
    <message>
        <source>Referrals accepted (%1)</source>
        <translation>الإحالات المقبولة (%1)</translation>
    </message>
    <message>
        <source>%1 completed, in a median of %2 days</source>
        <translation>%1 مكتملة، بوسيط %2 يومًا</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 مكتملة</translation>
    </message>
    <message>
        <source>Referrals completed (%1)</source>
        <translation>الإحالات المكتملة (%1)</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 مرفوضة</translation>
    </message>
    <message>
        <source>Referrals rejected (%1)</source>
        <translation>الإحالات المرفوضة (%1)</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <source>Members with a first and a latest WHO-5 score (%1)</source>
        <translation>الأفراد الذين لهم قياس أول وأخير لمؤشر WHO-5 (%1)</translation>
    </message>
    <message>
        <source>%1 members assessed twice</source>
        <translation>%1 أفراد قيسوا مرتين</translation>
    </message>
    <message>
        <source>%1 left low wellbeing</source>
        <translation>%1 خرجوا من انخفاض الرفاه</translation>
    </message>
    <message>
        <source>Members no longer in low wellbeing (%1)</source>
        <translation>الأفراد الذين لم يعودوا منخفضي الرفاه (%1)</translation>
    </message>
    <message>
        <source>of %1 low at first</source>
        <translation>من %1 كانوا منخفضي الرفاه أولًا</translation>
    </message>
    <message>
        <source>Members in low wellbeing at their first score (%1)</source>
        <translation>الأفراد منخفضو الرفاه في قياسهم الأول (%1)</translation>
    </message>
    <message>
        <source>Work readiness: %1</source>
        <translation>الجاهزية للعمل: %1</translation>
    </message>
    <message>
        <source>Members with a first and a latest work-readiness score (%1)</source>
        <translation>الأفراد الذين لهم قياس أول وأخير للجاهزية للعمل (%1)</translation>
    </message>
    <message>
        <source>Sessions held (%1)</source>
        <translation>الجلسات المعقودة (%1)</translation>
    </message>
    <message>
        <source>%1 sessions a week</source>
        <translation>%1 جلسة في الأسبوع</translation>
    </message>
    <message>
        <source>%1 no-shows (%2)</source>
        <translation>%1 مواعيد لم يحضرها أصحابها (%2)</translation>
    </message>
    <message>
        <source>%1 no-shows</source>
        <translation>%1 مواعيد لم يحضرها أصحابها</translation>
    </message>
    <message>
        <source>Appointments not come to (%1)</source>
        <translation>المواعيد التي لم يحضرها أصحابها (%1)</translation>
    </message>
    <message>
        <source>of %1 appointments</source>
        <translation>من %1 موعدًا</translation>
    </message>
    <message>
        <source>Appointments attended or not come to (%1)</source>
        <translation>المواعيد التي حُضرت أو لم تُحضر (%1)</translation>
    </message>
    <message>
        <source>%1 first sessions, a median of %2 days after registration</source>
        <translation>%1 جلسات أولى، بوسيط %2 يومًا بعد التسجيل</translation>
    </message>
    <message>
        <source>%1 first sessions</source>
        <translation>%1 جلسات أولى</translation>
    </message>
    <message>
        <source>Families whose first session was held in the period (%1)</source>
        <translation>الأسر التي عُقدت جلستها الأولى في الفترة (%1)</translation>
    </message>
    <message>
        <source>Caseload and exits by group</source>
        <translation>عبء الحالات والخروج حسب المجموعة</translation>
    </message>
    <message>
        <source>Households supported at the end of the period, %1 (%2)</source>
        <translation>الأسر المدعومة في نهاية الفترة، %1 (%2)</translation>
    </message>
    <message>
        <source>Exits, %1 (%2)</source>
        <translation>حالات الخروج، %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>Households supported at the end of each of the last %n month(s), oldest first: %1</source>
        <translation>
            <numerusform>الأسر المدعومة في نهاية كل شهر: %1</numerusform>
            <numerusform>الأسر المدعومة في نهاية الشهر الأخير: %1</numerusform>
            <numerusform>الأسر المدعومة في نهاية كل من الشهرين الأخيرين، الأقدم أولًا: %1</numerusform>
            <numerusform>الأسر المدعومة في نهاية كل من الأشهر الـ%n الأخيرة، الأقدم أولًا: %1</numerusform>
            <numerusform>الأسر المدعومة في نهاية كل من الأشهر الـ%n الأخيرة، الأقدم أولًا: %1</numerusform>
            <numerusform>الأسر المدعومة في نهاية كل من الأشهر الـ%n الأخيرة، الأقدم أولًا: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exits in each of the last %n month(s), all reasons, oldest first: %1</source>
        <translation>
            <numerusform>حالات الخروج في كل شهر، لكل الأسباب: %1</numerusform>
            <numerusform>حالات الخروج في الشهر الأخير، لكل الأسباب: %1</numerusform>
            <numerusform>حالات الخروج في كل من الشهرين الأخيرين، لكل الأسباب، الأقدم أولًا: %1</numerusform>
            <numerusform>حالات الخروج في كل من الأشهر الـ%n الأخيرة، لكل الأسباب، الأقدم أولًا: %1</numerusform>
            <numerusform>حالات الخروج في كل من الأشهر الـ%n الأخيرة، لكل الأسباب، الأقدم أولًا: %1</numerusform>
            <numerusform>حالات الخروج في كل من الأشهر الـ%n الأخيرة، لكل الأسباب، الأقدم أولًا: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plans active at the end of each of the last %n month(s), oldest first: %1</source>
        <translation>
            <numerusform>الخطط النشطة في نهاية كل شهر: %1</numerusform>
            <numerusform>الخطط النشطة في نهاية الشهر الأخير: %1</numerusform>
            <numerusform>الخطط النشطة في نهاية كل من الشهرين الأخيرين، الأقدم أولًا: %1</numerusform>
            <numerusform>الخطط النشطة في نهاية كل من الأشهر الـ%n الأخيرة، الأقدم أولًا: %1</numerusform>
            <numerusform>الخطط النشطة في نهاية كل من الأشهر الـ%n الأخيرة، الأقدم أولًا: %1</numerusform>
            <numerusform>الخطط النشطة في نهاية كل من الأشهر الـ%n الأخيرة، الأقدم أولًا: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals sent in each of the last %n month(s), oldest first: %1</source>
        <translation>
            <numerusform>الإحالات المرسلة في كل شهر: %1</numerusform>
            <numerusform>الإحالات المرسلة في الشهر الأخير: %1</numerusform>
            <numerusform>الإحالات المرسلة في كل من الشهرين الأخيرين، الأقدم أولًا: %1</numerusform>
            <numerusform>الإحالات المرسلة في كل من الأشهر الـ%n الأخيرة، الأقدم أولًا: %1</numerusform>
            <numerusform>الإحالات المرسلة في كل من الأشهر الـ%n الأخيرة، الأقدم أولًا: %1</numerusform>
            <numerusform>الإحالات المرسلة في كل من الأشهر الـ%n الأخيرة، الأقدم أولًا: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions held in each of the last %n month(s), oldest first: %1</source>
        <translation>
            <numerusform>الجلسات المعقودة في كل شهر: %1</numerusform>
            <numerusform>الجلسات المعقودة في الشهر الأخير: %1</numerusform>
            <numerusform>الجلسات المعقودة في كل من الشهرين الأخيرين، الأقدم أولًا: %1</numerusform>
            <numerusform>الجلسات المعقودة في كل من الأشهر الـ%n الأخيرة، الأقدم أولًا: %1</numerusform>
            <numerusform>الجلسات المعقودة في كل من الأشهر الـ%n الأخيرة، الأقدم أولًا: %1</numerusform>
            <numerusform>الجلسات المعقودة في كل من الأشهر الـ%n الأخيرة، الأقدم أولًا: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DateField</name>
    <message>
        <source>Hijri day/month/year</source>
        <translation>هجري: يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>Type the Umm al-Qura date, day first; the Gregorian date follows.</source>
        <translation>اكتب التاريخ بتقويم أم القرى، اليوم أولًا؛ ويتبعه التاريخ الميلادي.</translation>
    </message>
    <message>
        <source>Type the Hijri date as day/month/year.</source>
        <translation>اكتب التاريخ الهجري على صورة يوم/شهر/سنة.</translation>
    </message>
    <message>
        <source>There is no such Hijri date.</source>
        <translation>لا يوجد تاريخ هجري كهذا.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>لم يُحدَّد</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DecideGraduationDialog</name>
    <message>
        <source> (required)</source>
        <translation> (إلزامي)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Approve the graduation</source>
        <translation>اعتماد التخرج</translation>
    </message>
    <message>
        <source>Do not approve the graduation</source>
        <translation>عدم اعتماد التخرج</translation>
    </message>
    <message>
        <source>Approve and record the exit</source>
        <translation>اعتماد وتسجيل الخروج</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>عدم الاعتماد</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>مسار التخرج</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>اقترحه</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>لماذا الآن</translation>
    </message>
    <message>
        <source>Score then</source>
        <translation>الدرجة عند الاقتراح</translation>
    </message>
    <message>
        <source>%1 of 100 (ready from %2)</source>
        <translation>%1 من 100 (جاهزة من %2)</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>المعايير المتحققة</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>غير المتحققة</translation>
    </message>
    <message>
        <source>Score today</source>
        <translation>الدرجة اليوم</translation>
    </message>
    <message>
        <source>%1 of 100, %2</source>
        <translation>%1 من 100، %2</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <source>not ready any more</source>
        <translation>لم تعد جاهزة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Why not yet</source>
        <translation>لماذا ليس بعد</translation>
    </message>
    <message>
        <source>The family leaves support today for this reason; follow-ups are due 3, 6 and 12 months later.</source>
        <translation>تخرج الأسرة من الدعم اليوم لهذا السبب، وتُستحق متابعاتها بعد 3 و6 و12 شهرًا.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DeclareEventDialog</name>
    <message>
        <source>Declare a crisis event</source>
        <translation>إعلان حدث أزمة</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <source>Choose what happened</source>
        <translation>اختر ما حدث</translation>
    </message>
    <message>
        <source>e.g. the flood of the valley</source>
        <translation>مثل: سيل الوادي</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>On</source>
        <translation>في</translation>
    </message>
    <message>
        <source>Places struck</source>
        <translation>الأماكن المتضررة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DevicesView</name>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Last package received</source>
        <translation>آخر حزمة مستلمة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Revoke this device…</source>
        <translation>إلغاء هذا الجهاز…</translation>
    </message>
    <message>
        <source>Choose a device in the list first.</source>
        <translation>اختر جهازًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>إلغاء جهاز</translation>
    </message>
    <message>
        <source>Why is %1 revoked? (e.g. the laptop was lost or stolen)</source>
        <translation>لماذا يُلغى %1؟ (مثل: فُقد الحاسوب أو سُرق)</translation>
    </message>
    <message>
        <source>Packages a revoked device makes after the revocation are refused by every computer that has received it. A device whose clock was too far ahead is flagged: set its date and time right.</source>
        <translation>الحزم التي يصنعها جهاز ملغى بعد إلغائه يرفضها كل حاسوب وصله الإلغاء. ويُعلَّم الجهاز الذي تقدمت ساعته كثيرًا: اضبط تاريخه ووقته.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>ملغى: %1</translation>
    </message>
    <message>
        <source>Clock too far ahead (seen %1)</source>
        <translation>ساعته متقدمة كثيرًا (لوحظ في %1)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>لم تصل بعد</translation>
    </message>
    <message>
        <source>%1 missing: ask for its next package</source>
        <translation>ينقصه %1: اطلب حزمته التالية</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>لا تغييرات</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%Ln تغييرات</numerusform>
            <numerusform>%Ln تغييرًا</numerusform>
            <numerusform>%Ln تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol a laptop…</source>
        <translation>تسجيل حاسوب…</translation>
    </message>
    <message>
        <source>Number shared with another device: this one keeps it</source>
        <translation>رقم مشترك مع جهاز آخر: يحتفظ به هذا الجهاز</translation>
    </message>
    <message>
        <source>Number shared with another device: its new files are numbered %1</source>
        <translation>رقم مشترك مع جهاز آخر: تُرقَّم ملفاته الجديدة %1</translation>
    </message>
    <message>
        <source>Two administrators gave the same number to different devices. The device enrolled first keeps it; the other numbers its new files with a letter after the number. File numbers already given do not change.</source>
        <translation>أعطى مديران الرقم نفسه لجهازين مختلفين. يحتفظ بالرقم الجهاز المسجَّل أولًا، ويرقّم الآخر ملفاته الجديدة بحرف بعد الرقم. لا تتغير أرقام الملفات التي أُعطيت من قبل.</translation>
    </message>
    <message>
        <source>%1 is enrolled as device %2. Give it the enrolment file and, separately, the passphrase; export to the other computers so they know its number.</source>
        <translation>سُجّل %1 جهازًا رقم %2. سلّمه ملف تسجيل الجهاز، وعبارة المرور على حدة، ثم صدّر إلى الحواسيب الأخرى لتعرف رقمه.</translation>
    </message>
    <message>
        <source>%1 is revoked and the organisation key has changed. Export to the other computers soon: they take the new key from this computer&apos;s packages, and it can no longer read theirs.</source>
        <translation>أُلغي %1 وتغيّر مفتاح الجهة. صدّر إلى الحواسيب الأخرى قريبًا: تأخذ المفتاح الجديد من حزم هذا الحاسوب، ولم يعد بإمكان الجهاز الملغى قراءة حزمها.</translation>
    </message>
    <message>
        <source>Changes refused: %1 (last %2)</source>
        <translation>تغييرات مرفوضة: %1 (آخرها %2)</translation>
    </message>
    <message>
        <source>%1: %2 refused in its last such package (%3). Why: %4.</source>
        <translation>%1: رُفض %2 من آخر حزمة رُفض منها شيء (%3). السبب: %4.</translation>
    </message>
    <message>
        <source>Package refused (last %1)</source>
        <translation>حزمة مرفوضة (آخرها %1)</translation>
    </message>
    <message>
        <source>%1: its last such package was refused as a whole (%2). Why: %3.</source>
        <translation>%1: رُفضت آخر حزمة منه بأكملها (%2). السبب: %3.</translation>
    </message>
    <message>
        <source>Give it the snapshot %1 too, to import once it is set up.</source>
        <translation>وأعطه لقطة البيانات %1 أيضًا ليستوردها بعد إعداده.</translation>
    </message>
    <message>
        <source>The snapshot could not be saved (%1): the laptop will receive the data in sync packages.</source>
        <translation>تعذّر حفظ لقطة البيانات (%1): سيتلقى الحاسوب البيانات في حزم المزامنة.</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>يستقبل</translation>
    </message>
    <message>
        <source>Its centre&apos;s families</source>
        <translation>أسر مركزه</translation>
    </message>
    <message>
        <source>Its region&apos;s families</source>
        <translation>أسر منطقته</translation>
    </message>
    <message>
        <source>Every family</source>
        <translation>كل الأسر</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DocumentLimitBox</name>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> ميغابايت</translation>
    </message>
    <message>
        <source>Every document travels in the sync packages: a photo of 1 to 2 MB reads well.</source>
        <translation>ينتقل كل مستند في حزم المزامنة: صورة بحجم ١ إلى ٢ ميغابايت تُقرأ جيدًا.</translation>
    </message>
    <message>
        <source>Save the limit</source>
        <translation>حفظ الحد</translation>
    </message>
    <message>
        <source>Largest document</source>
        <translation>أكبر حجم للمستند</translation>
    </message>
    <message>
        <source>The limit was saved; it applies to documents attached from now on.</source>
        <translation>حُفظ الحد، ويسري على المستندات المرفقة من الآن.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DocumentOutput</name>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DocumentViewer</name>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Photos (*.%1)</source>
        <translation>صور (*.%1)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>تعذّر حفظ النسخة: %1</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DocumentsTab</name>
    <message>
        <source>Attach a document…</source>
        <translation>إرفاق مستند…</translation>
    </message>
    <message>
        <source>View and print…</source>
        <translation>عرض وطباعة…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>About</source>
        <translation>يخصّ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>أرفقه</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Not yet: it comes with a later package</source>
        <translation>ليس بعد: يصل مع حزمة لاحقة</translation>
    </message>
    <message>
        <source>No document is attached to this family yet.</source>
        <translation>لم يُرفق بعد أي مستند لهذه الأسرة.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s).</source>
        <translation>
            <numerusform>لا مستندات.</numerusform>
            <numerusform>مستند واحد.</numerusform>
            <numerusform>مستندان.</numerusform>
            <numerusform>%n مستندات.</numerusform>
            <numerusform>%n مستندًا.</numerusform>
            <numerusform>%n مستند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s); </source>
        <translation>
            <numerusform>لا مستندات؛ </numerusform>
            <numerusform>مستند واحد؛ </numerusform>
            <numerusform>مستندان؛ </numerusform>
            <numerusform>%n مستندات؛ </numerusform>
            <numerusform>%n مستندًا؛ </numerusform>
            <numerusform>%n مستند؛ </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on this computer yet.</source>
        <translation>
            <numerusform>لا شيء منها ناقص على هذا الحاسوب.</numerusform>
            <numerusform>واحد منها لم يصل إلى هذا الحاسوب بعد.</numerusform>
            <numerusform>اثنان منها لم يصلا إلى هذا الحاسوب بعد.</numerusform>
            <numerusform>%n منها لم تصل إلى هذا الحاسوب بعد.</numerusform>
            <numerusform>%n منها لم تصل إلى هذا الحاسوب بعد.</numerusform>
            <numerusform>%n منها لم تصل إلى هذا الحاسوب بعد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document was attached.</source>
        <translation>أُرفق المستند.</translation>
    </message>
    <message>
        <source>The document was removed.</source>
        <translation>حُذف المستند.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DrillDownDialog</name>
    <message>
        <source>Families behind the number</source>
        <translation>الأسر وراء هذا الرقم</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln families</source>
        <translation>
            <numerusform>لا أسر</numerusform>
            <numerusform>أسرة واحدة</numerusform>
            <numerusform>أسرتان</numerusform>
            <numerusform>%Ln أسر</numerusform>
            <numerusform>%Ln أسرة</numerusform>
            <numerusform>%Ln أسرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>فتح الملف</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>احتمال تسجيل مكرر</translation>
    </message>
    <message>
        <source>These registered people resemble the one you are saving. Open one to check, or continue if they are different people.</source>
        <translation>هؤلاء الأشخاص المسجَّلون يشبهون الشخص الذي تحفظ بياناته. افتح أحدهم للتحقق، أو تابع إن كانوا أشخاصًا مختلفين.</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>What matches</source>
        <translation>أوجه التطابق</translation>
    </message>
    <message>
        <source>Open the selected household</source>
        <translation>فتح الأسرة المحددة</translation>
    </message>
    <message>
        <source>Continue: they are different people</source>
        <translation>متابعة: هم أشخاص مختلفون</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>التكرارات المحتملة</translation>
    </message>
    <message>
        <source>Members of different households who may be the same person. Open both files to check; merge only when they are one family.</source>
        <translation>أفراد في أسر مختلفة قد يكونون الشخص نفسه. افتح الملفين للتحقق، ولا تدمجهما إلا إذا كانا أسرة واحدة.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>What matches</source>
        <translation>أوجه التطابق</translation>
    </message>
    <message>
        <source>Open the first file</source>
        <translation>فتح الملف الأول</translation>
    </message>
    <message>
        <source>Open the second file</source>
        <translation>فتح الملف الثاني</translation>
    </message>
    <message>
        <source>Merge the second into the first…</source>
        <translation>دمج الملف الثاني في الأول…</translation>
    </message>
    <message>
        <source>No possible duplicates were found.</source>
        <translation>لم يُعثر على تكرارات محتملة.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>The members and incomes of file %1 move into file %2, and file %1 is archived. Why are they one family?</source>
        <translation>سينتقل أفراد الملف %1 ودخولهم إلى الملف %2، ثم يُؤرشف الملف %1. لماذا هما أسرة واحدة؟</translation>
    </message>
    <message>
        <source>File %1 was merged into file %2.</source>
        <translation>تم دمج الملف %1 في الملف %2.</translation>
    </message>
    <message>
        <source>Households that share a file number</source>
        <translation>أسر تشترك في رقم ملف واحد</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>فتح الملف المحدد</translation>
    </message>
    <message>
        <source>Give a new number…</source>
        <translation>إعطاء رقم جديد…</translation>
    </message>
    <message>
        <source>Give a new number</source>
        <translation>إعطاء رقم جديد</translation>
    </message>
    <message>
        <source>File %1 of %2 gets a new number from this computer, and its status history keeps the old one. Do this only for the family whose papers were not printed with %1. Why does it need a new number?</source>
        <translation>يأخذ الملف %1 الخاص بـ %2 رقمًا جديدًا من هذا الحاسوب، ويحتفظ سجل حالته بالرقم القديم. لا تفعل ذلك إلا للأسرة التي لم تُطبع أوراقها بالرقم %1. لماذا يحتاج إلى رقم جديد؟</translation>
    </message>
    <message>
        <source>The file that had number %1 now has number %2. Print its papers again.</source>
        <translation>الملف الذي كان رقمه %1 أصبح رقمه %2. اطبع أوراقه من جديد.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::EnrolDialog</name>
    <message>
        <source>Enrol a laptop</source>
        <translation>تسجيل حاسوب</translation>
    </message>
    <message>
        <source>Enrol and save the file</source>
        <translation>تسجيل الحاسوب وحفظ الملف</translation>
    </message>
    <message>
        <source>The new laptop starts from the enrolment file: give it the file and, separately, the passphrase. Its number is reserved now and reaches the other computers with the next export.</source>
        <translation>يبدأ الحاسوب الجديد من ملف تسجيل الجهاز: سلّمه الملف، وعبارة المرور على حدة. يُحجز رقمه الآن ويصل إلى الحواسيب الأخرى مع التصدير التالي.</translation>
    </message>
    <message>
        <source>e.g. Laptop of the Al-Kharj branch</source>
        <translation>مثل: حاسوب فرع الخرج</translation>
    </message>
    <message>
        <source>The next free number is suggested. Every laptop has its own, so file numbers never repeat.</source>
        <translation>يُقترح أول رقم متاح. لكل حاسوب رقمه حتى لا تتكرر أرقام الملفات.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>حاسوب</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>حفظ ملف تسجيل الجهاز</translation>
    </message>
    <message>
        <source>Enrolment files (*.tamkeen-enrol)</source>
        <translation>ملفات تسجيل الأجهزة (*.tamkeen-enrol)</translation>
    </message>
    <message>
        <source>Laptop name</source>
        <translation>اسم الحاسوب</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Device number</source>
        <translation>رقم الجهاز</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>ملف تسجيل الجهاز</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>عبارتا المرور مختلفتان. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>Choose where to save the enrolment file.</source>
        <translation>اختر مكان حفظ ملف تسجيل الجهاز.</translation>
    </message>
    <message>
        <source>Save this computer&apos;s data beside it, for the laptop to start from</source>
        <translation>حفظ بيانات هذا الحاسوب بجانبه ليبدأ منها الحاسوب الجديد</translation>
    </message>
    <message>
        <source>Its centre&apos;s families</source>
        <translation>أسر مركزه</translation>
    </message>
    <message>
        <source>Its region&apos;s families</source>
        <translation>أسر منطقته</translation>
    </message>
    <message>
        <source>Every family (a hub)</source>
        <translation>كل الأسر (مركز تجميع)</translation>
    </message>
    <message>
        <source>The data of other centres&apos; families never reaches a laptop that receives only its centre&apos;s: if it is lost, they are not on it.</source>
        <translation>لا تصل بيانات أسر المراكز الأخرى أبدًا إلى حاسوب لا يستقبل إلا أسر مركزه: إن فُقد فليست عليه.</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>يستقبل</translation>
    </message>
    <message>
        <source>A snapshot file next to the enrolment file: the new laptop imports it once and has what it receives of this computer&apos;s data, instead of receiving the whole history in packages.</source>
        <translation>ملف لقطة بجانب ملف التسجيل: يستورده الحاسوب الجديد مرة واحدة فيحصل على ما يستقبله من بيانات هذا الحاسوب، بدلًا من استقبال السجل كله في حزم.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::EraseDialog</name>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>أدرك أن المحو لا يمكن التراجع عنه</translation>
    </message>
    <message>
        <source>Erase data</source>
        <translation>محو البيانات</translation>
    </message>
    <message>
        <source>On this computer now, and on every computer that receives it by sync, the names, ID numbers, phone numbers, address and every note of what you choose are erased for good. The counts stay, without a name, for the indicators. Backups made before keep the data until they are deleted.</source>
        <translation>تُمحى نهائيًا الأسماء وأرقام الهوية والهواتف والعنوان وكل الملاحظات لما تختاره، على هذا الحاسوب الآن وعلى كل حاسوب تصله المزامنة. تبقى الأعداد دون أسماء لمؤشرات قياس الأثر. النسخ الاحتياطية السابقة تحتفظ بالبيانات حتى تُحذف.</translation>
    </message>
    <message>
        <source>The whole household</source>
        <translation>الأسرة كلها</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>%1 فقط</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <source>The request and its date; not the person&apos;s name</source>
        <translation>الطلب وتاريخه، دون اسم الشخص</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Erasing… On a large database this takes a moment.</source>
        <translation>جارٍ المحو… قد يستغرق ذلك بعض الوقت في قاعدة بيانات كبيرة.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ExitFollowUpDialog</name>
    <message>
        <source>Follow-up after exit</source>
        <translation>متابعة بعد الخروج</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>الدخل الشهري</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 after exit (due %4)</source>
        <translation>%1 — %2 — بعد %3 من الخروج (موعدها %4)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>لا أشهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهرين</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهرًا</numerusform>
            <numerusform>%Ln شهر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ExitFollowUpsView</name>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>After</source>
        <translation>المدة بعد الخروج</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>موعد المتابعة</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>تسجيل المتابعة…</translation>
    </message>
    <message>
        <source>Families who left support are asked about work and income 3, 6 and 12 months later. The oldest first.</source>
        <translation>تُسأل الأسر التي خرجت من الدعم عن العمل والدخل بعد ٣ و٦ و١٢ شهرًا. الأقدم أولًا.</translation>
    </message>
    <message>
        <source>Choose a follow-up in the list first.</source>
        <translation>اختر متابعة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>The follow-up was recorded.</source>
        <translation>سُجّلت المتابعة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>لا أشهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهرًا</numerusform>
            <numerusform>%Ln شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Follow-ups after exit</source>
        <translation>المتابعة بعد الخروج</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>المتابعات</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ExitTermsDialog</name>
    <message>
        <source>Voluntary exit plan</source>
        <translation>خطة الخروج الطوعي</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>e.g. support continues three months after the first salary</source>
        <translation>مثال: يستمر الدعم ثلاثة أشهر بعد أول راتب</translation>
    </message>
    <message>
        <source>e.g. keeps the job for six months and attends the follow-up visits</source>
        <translation>مثال: يحافظ على العمل ستة أشهر ويحضر زيارات المتابعة</translation>
    </message>
    <message>
        <source>For a member able to work: the date agreed for leaving support, what continues for a while after it, and on what conditions.</source>
        <translation>للفرد القادر على العمل: الموعد المتفق عليه للخروج من الدعم، وما يستمر لفترة بعده، وبأي شروط.</translation>
    </message>
    <message>
        <source>Target exit date</source>
        <translation>الموعد المستهدف للخروج</translation>
    </message>
    <message>
        <source>Incentives agreed</source>
        <translation>الحوافز المتفق عليها</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::GraduationMonitorView</name>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>مسار التخرج</translation>
    </message>
    <message>
        <source>Left support</source>
        <translation>خرجت من الدعم</translation>
    </message>
    <message>
        <source>After 3 months</source>
        <translation>بعد 3 أشهر</translation>
    </message>
    <message>
        <source>After 6 months</source>
        <translation>بعد 6 أشهر</translation>
    </message>
    <message>
        <source>After 12 months</source>
        <translation>بعد 12 شهرًا</translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation>دخل الفرد</translation>
    </message>
    <message>
        <source>No longer met</source>
        <translation>لم تعد متحققة</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Families whose graduation was approved: their follow-ups, their income per person when they left and at the latest follow-up, and whether their pathway still holds today. Families at risk first. The early warnings list overdue follow-ups and incomes that fell after exit.</source>
        <translation>الأسر التي اعتُمد تخرجها: متابعاتها، ودخل الفرد فيها يوم خروجها وعند آخر متابعة، وهل ما زالت تستوفي مسارها اليوم. الأسر المعرضة للخطر أولًا. وتعرض قوائم الإنذار المبكر المتابعات المتأخرة والدخل الذي انخفض بعد الخروج.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 then, %2 at the latest follow-up</source>
        <translation>%1 عند الخروج، %2 عند آخر متابعة</translation>
    </message>
    <message>
        <source>%1 then</source>
        <translation>%1 عند الخروج</translation>
    </message>
    <message>
        <source>Back in support since %1</source>
        <translation>عادت إلى الدعم منذ %1</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرضة للخطر</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>مستقرة</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::GraduationRequestsView</name>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>مسار التخرج</translation>
    </message>
    <message>
        <source>Score then</source>
        <translation>الدرجة عند الاقتراح</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>اقترحه</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>تاريخ الاقتراح</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>لماذا الآن</translation>
    </message>
    <message>
        <source>Families proposed for graduation, oldest first. Approving records the exit with the pathway&apos;s reason and closes the plan; not approving keeps the family supported, with your reason for the caseworker.</source>
        <translation>الأسر المقترح تخرجها، الأقدم أولًا. الاعتماد يسجل خروجها من الدعم بسبب مسارها ويغلق خطتها، وعدم الاعتماد يُبقيها في الدعم مع سببك ليعرفه الأخصائي.</translation>
    </message>
    <message>
        <source>Families proposed for graduation, waiting for a supervisor&apos;s decision.</source>
        <translation>الأسر المقترح تخرجها، بانتظار قرار المشرف.</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>اعتماد…</translation>
    </message>
    <message>
        <source>Do not approve…</source>
        <translation>عدم الاعتماد…</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 من 100</translation>
    </message>
    <message>
        <source>Choose a family in the list first.</source>
        <translation>اختر أسرة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>The graduation is approved: the family left support today.</source>
        <translation>اعتُمد التخرج: خرجت الأسرة من الدعم اليوم.</translation>
    </message>
    <message>
        <source>The graduation is not approved; the family stays supported.</source>
        <translation>لم يُعتمد التخرج، وتبقى الأسرة في الدعم.</translation>
    </message>
    <message>
        <source>This graduation proposal has been decided already.</source>
        <translation>سبق البتّ في اقتراح التخرج هذا.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::GuardedDialog</name>
    <message>
        <source>What you entered here has not been saved. Discard it?</source>
        <translation>ما أدخلته هنا لم يُحفظ. هل تريد تجاهله؟</translation>
    </message>
    <message>
        <source>Choose &quot;Keep editing&quot; to go back and save it.</source>
        <translation>اختر «متابعة التحرير» للعودة وحفظه.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::HomePage</name>
    <message>
        <source>Only the families assigned to me</source>
        <translation>الأسر المسندة إليّ فقط</translation>
    </message>
    <message>
        <source>Follow-ups after exit: none due</source>
        <translation>المتابعة بعد الخروج: لا شيء مستحق</translation>
    </message>
    <message>
        <source>Follow-ups after exit due: %1</source>
        <translation>المتابعات المستحقة بعد الخروج: %1</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>أهلًا بك، %1</translation>
    </message>
    <message>
        <source>Today is %1</source>
        <translation>اليوم %1</translation>
    </message>
    <message>
        <source>My home visits today: none planned</source>
        <translation>زياراتي المنزلية اليوم: لا شيء مخطط</translation>
    </message>
    <message>
        <source>My home visits today: %1</source>
        <translation>زياراتي المنزلية اليوم: %1</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::HouseholdFile</name>
    <message>
        <source>Edit household…</source>
        <translation>تعديل بيانات الأسرة…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>تغيير الحالة…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>أرشفة…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <source>Incomes and eligibility</source>
        <translation>الدخل والأهلية</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>سجل الحالات</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>السجل الزمني</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>إضافة فرد…</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <translation>تعديل بيانات الفرد…</translation>
    </message>
    <message>
        <source>Make head</source>
        <translation>تعيين ربًّا للأسرة</translation>
    </message>
    <message>
        <source>%1 is now the head of household.</source>
        <translation>تم تعيين %1 ربًّا للأسرة.</translation>
    </message>
    <message>
        <source>Archive member…</source>
        <translation>أرشفة الفرد…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Why is %1 leaving the household file?</source>
        <translation>ما سبب إخراج %1 من ملف الحالة؟</translation>
    </message>
    <message>
        <source>The member was archived.</source>
        <translation>تمت أرشفة الفرد.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>الوضع الوظيفي</translation>
    </message>
    <message>
        <source>Able to work</source>
        <translation>قادر على العمل</translation>
    </message>
    <message>
        <source>Record income…</source>
        <translation>تسجيل دخل…</translation>
    </message>
    <message>
        <source>Incomes in force today</source>
        <translation>مصادر الدخل السارية اليوم</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>صاحب الدخل</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>المبلغ الشهري</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>From</source>
        <translation>اعتبارًا من</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>الحالة السابقة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>ملف الحالة %1</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>مستحقة</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>غير مستحقة</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تسجيل الأسرة</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>إضافة فرد</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>تمت إضافة %1.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل بيانات %1</translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation>تم حفظ التغييرات.</translation>
    </message>
    <message>
        <source>The income was recorded.</source>
        <translation>تم تسجيل الدخل.</translation>
    </message>
    <message>
        <source>The status was changed.</source>
        <translation>تم تغيير الحالة.</translation>
    </message>
    <message>
        <source>Edit household</source>
        <translation>تعديل بيانات الأسرة</translation>
    </message>
    <message>
        <source>Archived households are kept but no longer listed or found. Why is this file archived?</source>
        <translation>تُحفظ الأسر المؤرشفة، لكنها لا تظهر في القائمة ولا في نتائج البحث. ما سبب أرشفة هذا الملف؟</translation>
    </message>
    <message>
        <source>Clinic page…</source>
        <translation>صفحة العيادة…</translation>
    </message>
    <message>
        <source>Select a member in the list first, then open their clinic page.</source>
        <translation>اختر فردًا من القائمة أولًا، ثم افتح صفحة العيادة الخاصة به.</translation>
    </message>
    <message>
        <source>Print the file…</source>
        <translation>طباعة الملف…</translation>
    </message>
    <message>
        <source>file-%1.pdf</source>
        <translation>ملف-%1.pdf</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>رضا المستفيد</translation>
    </message>
    <message>
        <source>The survey was recorded.</source>
        <translation>سُجِّل الاستبيان.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>The consent was saved.</source>
        <translation>حُفظت الموافقة.</translation>
    </message>
    <message>
        <source>The data was erased here; every computer erases it when this reaches it by sync.</source>
        <translation>مُحيت البيانات هنا؛ ويمحوها كل حاسوب تصله هذه المزامنة.</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>الزيارات المنزلية</translation>
    </message>
    <message>
        <source>Level of care</source>
        <translation>مستوى الرعاية</translation>
    </message>
    <message>
        <source>The level of care was recorded.</source>
        <translation>سُجّل مستوى الرعاية.</translation>
    </message>
    <message>
        <source>Social worker and centre</source>
        <translation>الأخصائي والمركز</translation>
    </message>
    <message>
        <source>The change was recorded.</source>
        <translation>سُجّل التغيير.</translation>
    </message>
    <message>
        <source>Support received</source>
        <translation>الدعم المقدَّم</translation>
    </message>
    <message>
        <source>The support was saved.</source>
        <translation>حُفظ الدعم.</translation>
    </message>
    <message>
        <source>Objection or complaint…</source>
        <translation>اعتراض أو شكوى…</translation>
    </message>
    <message>
        <source>It was received: it is in Objections and complaints, due by the days set for it.</source>
        <translation>استُلم: تجده في الاعتراضات والشكاوى، ويُرد عليه خلال المهلة المحددة.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>It was recorded.</source>
        <translation>سُجّل.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::HouseholdForm</name>
    <message>
        <source>Region / governorate</source>
        <translation>المنطقة / المحافظة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>نوع السكن</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>ملكية السكن</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>الإيجار الشهري</translation>
    </message>
    <message>
        <source>Household phone</source>
        <translation>هاتف الأسرة</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>latitude, longitude (e.g. 24.1556, 47.3120)</source>
        <translation>خط العرض، خط الطول (مثل 24.1556, 47.3120)</translation>
    </message>
    <message>
        <source>GPS location</source>
        <translation>الموقع الجغرافي</translation>
    </message>
    <message>
        <source>Assigned worker</source>
        <translation>الأخصائي المسؤول</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::HouseholdListModel</name>
    <message>
        <source>Eligible</source>
        <translation>مستحقة</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>غير مستحقة</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>عدد الأفراد</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>الأهلية</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::HouseholdsPage</name>
    <message>
        <source>Search by name, file number, ID or phone</source>
        <translation>ابحث بالاسم أو رقم الملف أو رقم الهوية أو الهاتف</translation>
    </message>
    <message>
        <source>Register a household…</source>
        <translation>تسجيل أسرة…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Eligible or not</source>
        <translation>مستحقة وغير مستحقة</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>مستحقة</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>غير مستحقة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <source>Possible duplicates…</source>
        <translation>التكرارات المحتملة…</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>كل الأخصائيين</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln household(s)</source>
        <translation>
            <numerusform>لا أسر</numerusform>
            <numerusform>أسرة واحدة</numerusform>
            <numerusform>أسرتان</numerusform>
            <numerusform>%Ln أسر</numerusform>
            <numerusform>%Ln أسرة</numerusform>
            <numerusform>%Ln أسرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>لم يُعثر على شيء</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save the list as shown, with its filters, as an Excel workbook or a CSV file</source>
        <translation>حفظ القائمة كما تظهر، بعوامل التصفية المختارة، مصنفَ Excel أو ملف CSV</translation>
    </message>
    <message>
        <source>The list as shown (Excel or CSV)…</source>
        <translation>القائمة كما تظهر (Excel أو CSV)…</translation>
    </message>
    <message>
        <source>Every household and member, in the import format (CSV)…</source>
        <translation>كل الأسر وأفرادها بصيغة الاستيراد (CSV)…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Export households for import</source>
        <translation>تصدير الأسر بصيغة الاستيراد</translation>
    </message>
    <message>
        <source>households-import</source>
        <translation>الأسر-للاستيراد</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV بترميز UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>الأسر</translation>
    </message>
    <message>
        <source>Every household and member, in the import format</source>
        <translation>كل الأسر وأفرادها، بصيغة الاستيراد</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ImpactSettingsBox</name>
    <message>
        <source>Income fell by at least</source>
        <translation>انخفض الدخل بنسبة لا تقل عن</translation>
    </message>
    <message>
        <source> %</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>compared with the income of</source>
        <translation>مقارنة بالدخل قبل</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>A plan without a task done for</source>
        <translation>خطة لم تُنجز فيها مهمة منذ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Missed appointments in a row</source>
        <translation>مواعيد فائتة متتالية</translation>
    </message>
    <message>
        <source>WHO-5 score under</source>
        <translation>درجة ⁦WHO-5⁩ أقل من</translation>
    </message>
    <message>
        <source>or a WHO-5 fall of at least</source>
        <translation>أو انخفاض ⁦WHO-5⁩ بما لا يقل عن</translation>
    </message>
    <message>
        <source> points</source>
        <translation> نقاط</translation>
    </message>
    <message>
        <source>Income fell within</source>
        <translation>انخفض الدخل خلال</translation>
    </message>
    <message>
        <source> months after exit</source>
        <translation> أشهر بعد الخروج</translation>
    </message>
    <message>
        <source>Save the thresholds</source>
        <translation>حفظ الحدود</translation>
    </message>
    <message>
        <source>The early-warning thresholds are saved. They reach the other computers with sync.</source>
        <translation>حُفظت حدود الإنذار المبكر، وتصل إلى الحواسيب الأخرى بالمزامنة.</translation>
    </message>
    <message>
        <source>Early warning and graduation pathways, for the whole organisation</source>
        <translation>الإنذار المبكر ومسارات التخرج، للجهة كلها</translation>
    </message>
    <message>
        <source>Hide numbers of fewer than five households in exported reports (shown as %1), so that a published table never identifies a family</source>
        <translation>إخفاء الأعداد التي تقل عن خمس أسر في التقارير المصدَّرة (تظهر %1)، حتى لا يكشف جدول منشور عن أسرة بعينها</translation>
    </message>
    <message>
        <source>Exported reports now hide numbers of fewer than five households. The other computers do the same after sync.</source>
        <translation>صارت التقارير المصدَّرة تخفي الأعداد التي تقل عن خمس أسر. وتفعل الحواسيب الأخرى ذلك بعد المزامنة.</translation>
    </message>
    <message>
        <source>Exported reports now show every number. The other computers do the same after sync.</source>
        <translation>صارت التقارير المصدَّرة تعرض كل الأعداد. وتفعل الحواسيب الأخرى ذلك بعد المزامنة.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ImportDialog</name>
    <message>
        <source>Import households from a CSV file</source>
        <translation>استيراد الأسر من ملف CSV</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Problems found (nothing is imported while there are any)</source>
        <translation>المشكلات المكتشفة (لا يُستورد شيء ما دامت هناك مشكلات)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import households</source>
        <translation>استيراد الأسر</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة الملف %1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>Ready to import %1 households with %2 members.</source>
        <translation>الملف جاهز للاستيراد: عدد الأسر %1، وعدد الأفراد %2.</translation>
    </message>
    <message>
        <source>%1 problems found. Correct the file and choose it again.</source>
        <translation>عدد المشكلات المكتشفة: %1. صحّح الملف ثم اختره مرة أخرى.</translation>
    </message>
    <message>
        <source>Imported %1 households with %2 members.</source>
        <translation>تم الاستيراد: عدد الأسر %1، وعدد الأفراد %2.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The first rows of the file, numbered by their line in the file</source>
        <translation>أول صفوف الملف، مرقَّمة بأرقام أسطرها في الملف</translation>
    </message>
    <message>
        <source>CSV or Unicode text files (*.csv *.txt)</source>
        <translation>ملفات CSV أو نص يونيكود (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::IncomeDialog</name>
    <message>
        <source>Record an income</source>
        <translation>تسجيل دخل</translation>
    </message>
    <message>
        <source>The household as a whole</source>
        <translation>الأسرة ككل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Whose income</source>
        <translation>صاحب الدخل</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مصدر الدخل</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>المبلغ الشهري</translation>
    </message>
    <message>
        <source>From</source>
        <translation>اعتبارًا من</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>A new amount replaces the earlier one from its date on; 0 ends the income. Earlier amounts stay in the history.</source>
        <translation>يحلّ المبلغ الجديد محل المبلغ السابق ابتداءً من تاريخه، والمبلغ 0 يُنهي هذا الدخل. تبقى المبالغ السابقة محفوظة في السجل.</translation>
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
    <message>
        <source>Tamkeen is locked</source>
        <translation>تمكين مقفل</translation>
    </message>
    <message>
        <source>Tamkeen is locked. %1, enter your password to go on where you left off.</source>
        <translation>تمكين مقفل. %1، أدخل كلمة المرور لتتابع من حيث توقفت.</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>تبديل المستخدم</translation>
    </message>
    <message>
        <source>Logs %1 out: what they had not saved is lost.</source>
        <translation>يُخرج %1: ما لم يحفظه يضيع.</translation>
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
        <source>Empowerment clinic</source>
        <translation>عيادة التمكين</translation>
    </message>
    <message>
        <source>Empowerment plans</source>
        <translation>خطط التمكين</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
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
    <message>
        <source>&amp;Import households…</source>
        <translation>&amp;استيراد الأسر…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Sync (%1 conflicts)</source>
        <translation>المزامنة (تعارضات: %1)</translation>
    </message>
    <message>
        <source>Changes made here are recorded at the latest time received from other devices plus the allowed days, so a wrong date cannot win every conflict. Correct the date, or import a recent package if this computer has not synced for a long time.</source>
        <translation>تُسجَّل التغييرات هنا بآخر وقت وصل من الأجهزة الأخرى مضافًا إليه الأيام المسموح بها، كي لا يكسب تاريخٌ خاطئ كل تعارض. صحّح التاريخ، أو استورد حزمة حديثة إن لم يُزامَن هذا الحاسوب منذ مدة طويلة.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date</source>
        <translation>تحقّق من تاريخ هذا الحاسوب</translation>
    </message>
    <message numerus="yes">
        <source>It is more than %Ln day(s) ahead of the latest change received from other devices.</source>
        <translation>
            <numerusform>إنه متقدّم على آخر تغيير وصل من الأجهزة الأخرى.</numerusform>
            <numerusform>إنه متقدّم بأكثر من يوم واحد على آخر تغيير وصل من الأجهزة الأخرى.</numerusform>
            <numerusform>إنه متقدّم بأكثر من يومين على آخر تغيير وصل من الأجهزة الأخرى.</numerusform>
            <numerusform>إنه متقدّم بأكثر من %Ln أيام على آخر تغيير وصل من الأجهزة الأخرى.</numerusform>
            <numerusform>إنه متقدّم بأكثر من %Ln يومًا على آخر تغيير وصل من الأجهزة الأخرى.</numerusform>
            <numerusform>إنه متقدّم بأكثر من %Ln يوم على آخر تغيير وصل من الأجهزة الأخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>لم تُعمل نسخة احتياطية</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;قفل الآن</translation>
    </message>
    <message>
        <source>&amp;Switch user (log out)</source>
        <translation>&amp;تبديل المستخدم (تسجيل الخروج)</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>ت&amp;غيير كلمة المرور…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>ملف قاعدة البيانات تالف</translation>
    </message>
    <message>
        <source>Updating the search index: %1%</source>
        <translation>تحديث فهرس البحث: %1٪</translation>
    </message>
    <message>
        <source>The search index was not fully updated</source>
        <translation>لم يكتمل تحديث فهرس البحث</translation>
    </message>
    <message>
        <source>%1 The update goes on from where it stopped at the next login.</source>
        <translation>%1 يستأنف التحديث من حيث توقف عند تسجيل الدخول التالي.</translation>
    </message>
    <message>
        <source>Tamkeen is updating its search index after an upgrade or a start from a snapshot: %1 of %2 families so far. You can go on working; until it is done, a search may miss some spellings of a name.</source>
        <translation>يحدّث تمكين فهرس البحث بعد ترقية أو بدء من لقطة بيانات: %1 من %2 أسرة حتى الآن. يمكنك مواصلة العمل؛ وإلى أن يكتمل قد يفوت البحثَ بعضُ طرق كتابة الاسم.</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>الزيارات المنزلية</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>مهامي</translation>
    </message>
    <message>
        <source>My tasks (%1)</source>
        <translation>مهامي (%1)</translation>
    </message>
    <message>
        <source>Objections and complaints</source>
        <translation>الاعتراضات والشكاوى</translation>
    </message>
    <message>
        <source>Crisis lists</source>
        <translation>قوائم الأزمات</translation>
    </message>
    <message>
        <source>Conditional support</source>
        <translation>الدعم المشروط</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::MemberClinicDialog</name>
    <message>
        <source>Record a session…</source>
        <translation>تسجيل جلسة…</translation>
    </message>
    <message>
        <source>Add an assessment…</source>
        <translation>إضافة تقييم…</translation>
    </message>
    <message>
        <source>Book an appointment…</source>
        <translation>حجز موعد…</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Consultation types</source>
        <translation>أنواع الاستشارة</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation>الجلسات الاستشارية</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Assessments: the latest score and its history</source>
        <translation>التقييمات: آخر نتيجة وسجل النتائج السابقة</translation>
    </message>
    <message>
        <source>Empowerment clinic — %1</source>
        <translation>عيادة التمكين — %1</translation>
    </message>
    <message>
        <source>No missed appointments</source>
        <translation>لا توجد مواعيد فائتة</translation>
    </message>
    <message>
        <source>Missed appointments: %1</source>
        <translation>المواعيد الفائتة: %1</translation>
    </message>
    <message>
        <source>Counselling sessions (%1)</source>
        <translation>الجلسات الاستشارية (%1)</translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation>المواعيد (%1)</translation>
    </message>
    <message>
        <source>Confidential: visible to counsellors and supervisors only</source>
        <translation>سري: يطّلع عليه المستشارون والمشرفون فقط</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>لم يُجرَ تقييم بعد</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>لا توجد تقييمات بعد</translation>
    </message>
    <message>
        <source>Assessed on %1</source>
        <translation>تاريخ التقييم: %1</translation>
    </message>
    <message>
        <source>Left each month: %1</source>
        <translation>الفائض الشهري: %1</translation>
    </message>
    <message>
        <source>Risks: %1</source>
        <translation>المخاطر: %1</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1، بتاريخ %2</translation>
    </message>
    <message>
        <source>The session was recorded.</source>
        <translation>تم تسجيل الجلسة.</translation>
    </message>
    <message>
        <source>The assessment was recorded.</source>
        <translation>تم تسجيل التقييم.</translation>
    </message>
    <message>
        <source>The appointment was booked.</source>
        <translation>تم حجز الموعد.</translation>
    </message>
    <message>
        <source>The correction was saved.</source>
        <translation>تم حفظ التصحيح.</translation>
    </message>
    <message>
        <source>The session was recorded and the appointment marked attended.</source>
        <translation>تم تسجيل الجلسة وتحديث حالة الموعد إلى «حضر».</translation>
    </message>
    <message>
        <source>Start an empowerment plan…</source>
        <translation>بدء خطة تمكين…</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>الملف %1</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::MemberDialog</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::MemberForm</name>
    <message>
        <source>No document</source>
        <translation>بلا وثيقة</translation>
    </message>
    <message>
        <source>Able to work</source>
        <translation>قادر على العمل</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>Grandfather&apos;s name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>صلة القرابة برب الأسرة</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>وثيقة الهوية</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>الوضع الاجتماعي والمهني</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>الحالة الاجتماعية</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>المستوى التعليمي</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>الوضع الوظيفي</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <source>Disability (type)</source>
        <translation>الإعاقة (نوعها)</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>المرض المزمن</translation>
    </message>
    <message>
        <source>School (children)</source>
        <translation>المدرسة (للأطفال)</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الصف الدراسي</translation>
    </message>
    <message>
        <source>Choose the kind of document</source>
        <translation>اختر نوع الوثيقة</translation>
    </message>
    <message>
        <source>Birth date: choose the head of household&apos;s birth date.</source>
        <translation>تاريخ الميلاد: اختر تاريخ ميلاد رب الأسرة.</translation>
    </message>
    <message>
        <source>Identity document: choose the kind of document, or &quot;No document&quot;.</source>
        <translation>وثيقة الهوية: اختر نوع الوثيقة، أو «بلا وثيقة».</translation>
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
    <name>tamkeen::ui::NewHouseholdDialog</name>
    <message>
        <source>Register a household</source>
        <translation>تسجيل أسرة</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>تسجيل</translation>
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
    <name>tamkeen::ui::ObjectionDaysBox</name>
    <message>
        <source>Days to answer objections and complaints</source>
        <translation>مهلة الرد على الاعتراضات والشكاوى</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Save the days</source>
        <translation>حفظ المهلة</translation>
    </message>
    <message>
        <source>An objection</source>
        <translation>الاعتراض</translation>
    </message>
    <message>
        <source>A complaint</source>
        <translation>الشكوى</translation>
    </message>
    <message>
        <source>The days to answer were saved; they apply to what is received from now on.</source>
        <translation>حُفظت مهلة الرد، وتسري على ما يُستلم من الآن.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ObjectionDialog</name>
    <message>
        <source>Investigation</source>
        <translation>الدراسة</translation>
    </message>
    <message>
        <source>What was looked into, and what was found</source>
        <translation>ما دُرس وما وُجد</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>إضافة الملاحظة</translation>
    </message>
    <message>
        <source>Assignment and decision (supervisors)</source>
        <translation>الإسناد والقرار (للمشرفين)</translation>
    </message>
    <message>
        <source>Choose who looks into it</source>
        <translation>اختر من يتولّى دراسته</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <source>Looked into by</source>
        <translation>تولّى دراسته</translation>
    </message>
    <message>
        <source>Choose the decision</source>
        <translation>اختر القرار</translation>
    </message>
    <message>
        <source>Why it was decided so</source>
        <translation>سبب القرار</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>اتخاذ القرار</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Reply to the person</source>
        <translation>الرد على صاحب الطلب</translation>
    </message>
    <message>
        <source>What the letter tells the person</source>
        <translation>ما يقوله الخطاب لصاحب الطلب</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Print the letter…</source>
        <translation>طباعة الخطاب…</translation>
    </message>
    <message>
        <source>Receive an appeal…</source>
        <translation>استلام تظلّم…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>reply-%1.pdf</source>
        <translation>رد-%1.pdf</translation>
    </message>
    <message>
        <source>%1 of file %2</source>
        <translation>%1 للملف %2</translation>
    </message>
    <message>
        <source>answered on %1</source>
        <translation>رُدّ عليه في %1</translation>
    </message>
    <message>
        <source>late: due on %1</source>
        <translation>متأخر: كان موعده %1</translation>
    </message>
    <message>
        <source>open: due on %1</source>
        <translation>مفتوح: موعده %1</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (الملف %2)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>بشأن</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>%1, %2, by %3</source>
        <translation>%1، %2، استلمه %3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>لم يُسند بعد</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>لم يُقرَّر بعد</translation>
    </message>
    <message>
        <source>%1, on %2 by %3: %4</source>
        <translation>%1، في %2 من %3: %4</translation>
    </message>
    <message>
        <source>This decision was appealed.</source>
        <translation>قُدّم تظلّم من هذا القرار.</translation>
    </message>
    <message>
        <source>The note was added.</source>
        <translation>أُضيفت الملاحظة.</translation>
    </message>
    <message>
        <source>It was assigned.</source>
        <translation>أُسند.</translation>
    </message>
    <message>
        <source>The decision was saved. Now answer the person.</source>
        <translation>حُفظ القرار. ردّ الآن على صاحب الطلب.</translation>
    </message>
    <message>
        <source>The reply was saved: print the letter for the person.</source>
        <translation>حُفظ الرد: اطبع الخطاب لصاحب الطلب.</translation>
    </message>
    <message>
        <source>The appeal was received: it is in the list of open objections.</source>
        <translation>استُلم التظلّم: تجده في قائمة الاعتراضات المفتوحة.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ObjectionsPage</name>
    <message>
        <source>Only those assigned to me</source>
        <translation>المسندة إليّ فقط</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>رُدّ عليها</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>About</source>
        <translation>بشأن</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>Looked into by</source>
        <translation>تولّى دراسته</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Objections and complaints</source>
        <translation>الاعتراضات والشكاوى</translation>
    </message>
    <message>
        <source>Open one with a double click or Enter. A new one is received from the family&apos;s file.</source>
        <translation>افتح أيًّا منها بالنقر المزدوج أو بمفتاح الإدخال. يُستلم الجديد من ملف الأسرة.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open now: %1, of them late: %2.</source>
        <translation>المفتوحة الآن: %1، منها متأخرة: %2.</translation>
    </message>
    <message>
        <source>In the last %1 days: %2 received, %3 answered</source>
        <translation>في آخر %1 يومًا: استُلم %2، ورُدّ على %3</translation>
    </message>
    <message>
        <source>, in %1 days at the median (%2)</source>
        <translation>، في %1 يومًا بالوسيط (%2)</translation>
    </message>
    <message>
        <source>Decided, to answer</source>
        <translation>قُرّر، بانتظار الرد</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation>جهة شريكة جديدة</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>تعديل الجهة الشريكة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Active: offered in new referrals</source>
        <translation>نشطة: تظهر في الإحالات الجديدة</translation>
    </message>
    <message>
        <source>One service per line</source>
        <translation>خدمة واحدة في كل سطر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>مسؤول التواصل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PathwayEditor</name>
    <message>
        <source>Archive the pathway</source>
        <translation>أرشفة المسار</translation>
    </message>
    <message>
        <source>New pathway</source>
        <translation>مسار جديد</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>مسار التخرج</translation>
    </message>
    <message>
        <source>Chosen when proposing</source>
        <translation>يُختار عند الاقتراح</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>يؤدي إلى</translation>
    </message>
    <message>
        <source>For plans on the tracks</source>
        <translation>لخطط مسارات التمكين</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>العتبة</translation>
    </message>
    <message>
        <source>Ready from a score of</source>
        <translation>جاهزة ابتداءً من درجة</translation>
    </message>
    <message>
        <source>Save the pathway</source>
        <translation>حفظ المسار</translation>
    </message>
    <message>
        <source>Readiness to exit: each criterion met adds its weight to the household&apos;s score, out of a hundred. A plan is judged on the pathway for its track; the general pathway judges the others.</source>
        <translation>الجاهزية للخروج من الدعم: كل معيار تستوفيه الأسرة يضيف وزنه إلى درجتها من مئة. تُقاس الخطة على مسار التخرج الخاص بمسار تمكينها، ويُقاس غيرها على المسار العام.</translation>
    </message>
    <message>
        <source>New pathway (not saved yet)</source>
        <translation>مسار جديد (لم يُحفظ بعد)</translation>
    </message>
    <message>
        <source>The pathway is saved. It reaches the other computers with sync.</source>
        <translation>حُفظ المسار، ويصل إلى الحواسيب الأخرى بالمزامنة.</translation>
    </message>
    <message>
        <source>The pathway is archived: no plan is judged on it any more.</source>
        <translation>أُرشف المسار، فلا تُقاس عليه خطة بعد الآن.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PlacesBox</name>
    <message>
        <source>Place list, for crisis events</source>
        <translation>قائمة الأماكن، لأحداث الأزمات</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>نوع المكان</translation>
    </message>
    <message>
        <source>Name; a city goes inside the region chosen above, a district inside the city</source>
        <translation>الاسم؛ تقع المدينة داخل المنطقة المختارة أعلاه، والحي داخل المدينة</translation>
    </message>
    <message>
        <source>Add the place</source>
        <translation>إضافة المكان</translation>
    </message>
    <message>
        <source>The place was added.</source>
        <translation>أُضيف المكان.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PlanDialog</name>
    <message>
        <source>Choose the plan&apos;s tracks and add its goals, then save: the plan is kept as a draft.</source>
        <translation>اختر مسارات الخطة وأضف أهدافها ثم احفظها، وستُحفظ الخطة مسودةً.</translation>
    </message>
    <message>
        <source>Empowerment tracks</source>
        <translation>مسارات التمكين</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation>ما يُقاس</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>عند البدء</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>المسؤول عن التنفيذ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Add a task to the selected goal</source>
        <translation>إضافة مهمة إلى الهدف المحدد</translation>
    </message>
    <message>
        <source>Tasks of the selected goal</source>
        <translation>مهام الهدف المحدد</translation>
    </message>
    <message>
        <source>Delete clears a date.</source>
        <translation>اضغط Delete لمسح التاريخ.</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>رفع للاعتماد</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Return for changes…</source>
        <translation>إعادة للتعديل…</translation>
    </message>
    <message>
        <source>Record a review…</source>
        <translation>تسجيل مراجعة…</translation>
    </message>
    <message>
        <source>Close the plan…</source>
        <translation>إغلاق الخطة…</translation>
    </message>
    <message>
        <source>Print the plan…</source>
        <translation>طباعة الخطة…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>الحالة بعد الإجراء</translation>
    </message>
    <message>
        <source>Why / progress</source>
        <translation>السبب / التقدم</translation>
    </message>
    <message>
        <source>History of the plan</source>
        <translation>سجل الخطة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Where the beneficiary started and where they are now</source>
        <translation>وضع المستفيد عند بدء الخطة ووضعه الآن</translation>
    </message>
    <message>
        <source>When the plan started</source>
        <translation>عند بدء الخطة</translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation>دخل الفرد</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>الوضع الوظيفي</translation>
    </message>
    <message>
        <source>Work readiness</source>
        <translation>الجاهزية للعمل</translation>
    </message>
    <message>
        <source>Wellbeing (WHO-5)</source>
        <translation>الرفاه النفسي (⁦WHO-5⁩)</translation>
    </message>
    <message>
        <source>Empowerment plan — %1</source>
        <translation>خطة التمكين — %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>ملف الحالة %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation>جديدة، لم تُحفظ بعد</translation>
    </message>
    <message>
        <source>Counsellor: %1</source>
        <translation>المستشار: %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>بدأت في %1</translation>
    </message>
    <message>
        <source>Next review %1</source>
        <translation>المراجعة القادمة: %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>أُغلقت في %1</translation>
    </message>
    <message>
        <source>Confidential: visible to counsellors and supervisors only</source>
        <translation>سري: يطّلع عليها المستشارون والمشرفون فقط</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Taken when the plan is saved</source>
        <translation>يُسجَّل عند حفظ الخطة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Write a number here, or leave it empty.</source>
        <translation>اكتب رقمًا هنا، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>The plan was saved.</source>
        <translation>حُفظت الخطة.</translation>
    </message>
    <message>
        <source>The plan was submitted to a supervisor for approval.</source>
        <translation>رُفعت الخطة إلى المشرف لاعتمادها.</translation>
    </message>
    <message>
        <source>The plan was approved and is now active.</source>
        <translation>اعتُمدت الخطة وأصبحت نشطة.</translation>
    </message>
    <message>
        <source>The plan was returned for changes.</source>
        <translation>أُعيدت الخطة للتعديل.</translation>
    </message>
    <message>
        <source>The review was recorded.</source>
        <translation>سُجّلت المراجعة.</translation>
    </message>
    <message>
        <source>The plan was closed.</source>
        <translation>أُغلقت الخطة.</translation>
    </message>
    <message>
        <source>Save the plan before printing it.</source>
        <translation>احفظ الخطة قبل طباعتها.</translation>
    </message>
    <message>
        <source>plan-%1.pdf</source>
        <translation>خطة-%1.pdf</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>This plan has changes that are not saved. Save them before closing?</source>
        <translation>في هذه الخطة تغييرات لم تُحفظ. هل تريد حفظها قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>Voluntary exit plan…</source>
        <translation>خطة الخروج الطوعي…</translation>
    </message>
    <message>
        <source>The voluntary exit plan was saved.</source>
        <translation>حُفظت خطة الخروج الطوعي.</translation>
    </message>
    <message>
        <source>Voluntary exit planned for %1. Incentives: %2</source>
        <translation>الخروج الطوعي مخطط له في %1. الحوافز: %2</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>الشروط: %1</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PlanStepDialog</name>
    <message>
        <source>Return the plan for changes</source>
        <translation>إعادة الخطة للتعديل</translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation>ما الذي ينبغي تعديله؟</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>إعادة للتعديل</translation>
    </message>
    <message>
        <source>Record a review of the plan</source>
        <translation>تسجيل مراجعة للخطة</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <source>Progress seen and the decision</source>
        <translation>التقدم الملاحظ والقرار</translation>
    </message>
    <message>
        <source>Record the review</source>
        <translation>تسجيل المراجعة</translation>
    </message>
    <message>
        <source>Close the plan</source>
        <translation>إغلاق الخطة</translation>
    </message>
    <message>
        <source>How the plan ends</source>
        <translation>كيف تنتهي الخطة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Ask the beneficiary&apos;s satisfaction survey after saving</source>
        <translation>اطرح استبيان رضا المستفيد بعد الحفظ</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PlanVisitDialog</name>
    <message>
        <source>Plan a home visit</source>
        <translation>تخطيط زيارة منزلية</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>تخطيط</translation>
    </message>
    <message>
        <source>What the visit is for, if it helps</source>
        <translation>الغرض من الزيارة، إن كان مفيدًا</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>يوم الزيارة</translation>
    </message>
    <message>
        <source>Visit made by</source>
        <translation>القائم بالزيارة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Choose who makes the visit.</source>
        <translation>اختر من يقوم بالزيارة.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PlanWeekDialog</name>
    <message>
        <source>Plan home visits</source>
        <translation>تخطيط الزيارات المنزلية</translation>
    </message>
    <message>
        <source>Plan the visits ticked</source>
        <translation>تخطيط الزيارات المحددة</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <source>Next visit planned</source>
        <translation>الزيارة المخططة التالية</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>لم تُزر</translation>
    </message>
    <message>
        <source>Every district</source>
        <translation>كل الأحياء</translation>
    </message>
    <message>
        <source>District not recorded</source>
        <translation>الحي غير مسجل</translation>
    </message>
    <message>
        <source>No family is assigned to this worker.</source>
        <translation>لا أسر مسندة إلى هذا الأخصائي.</translation>
    </message>
    <message>
        <source>Tick the families to visit on the day chosen.</source>
        <translation>حدّد الأسر التي ستزورها في اليوم المختار.</translation>
    </message>
    <message>
        <source>Day of the visits</source>
        <translation>يوم الزيارات</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::PlansPage</name>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>المراجعة القادمة</translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation>الأهداف المتحققة</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>المهام المتأخرة</translation>
    </message>
    <message>
        <source>My plans</source>
        <translation>خططي</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <source>A new plan is drawn up from the member&apos;s page in the empowerment clinic.</source>
        <translation>تُعَدّ الخطة الجديدة من صفحة فرد الأسرة في عيادة التمكين.</translation>
    </message>
    <message>
        <source>Individual empowerment plans</source>
        <translation>خطط التمكين الفردية</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>حان موعد مراجعتها</translation>
    </message>
    <message>
        <source>With overdue tasks</source>
        <translation>بها مهام متأخرة</translation>
    </message>
    <message>
        <source>Every counsellor&apos;s plans</source>
        <translation>خطط جميع المستشارين</translation>
    </message>
    <message>
        <source>Open the plan</source>
        <translation>فتح الخطة</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Return for changes…</source>
        <translation>إعادة للتعديل…</translation>
    </message>
    <message>
        <source>Plans submitted by counsellors, the oldest first.</source>
        <translation>الخطط التي رفعها المستشارون، الأقدم أولًا.</translation>
    </message>
    <message>
        <source>Waiting for approval (%1)</source>
        <translation>بانتظار الاعتماد (%1)</translation>
    </message>
    <message>
        <source>Select a plan in the list first.</source>
        <translation>اختر خطة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>The plan was approved and is now active.</source>
        <translation>اعتُمدت الخطة وأصبحت نشطة.</translation>
    </message>
    <message>
        <source>The plan was returned to its counsellor for changes.</source>
        <translation>أُعيدت الخطة إلى المستشار المسؤول عنها للتعديل.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>لا خطط</numerusform>
            <numerusform>خطة واحدة</numerusform>
            <numerusform>خطتان</numerusform>
            <numerusform>%Ln خطط</numerusform>
            <numerusform>%Ln خطة</numerusform>
            <numerusform>%Ln خطة</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>الخطط</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>الخطط</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ProposeGraduationDialog</name>
    <message>
        <source>Propose graduation</source>
        <translation>اقتراح التخرج</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <source>%1: %2 of 100, %3</source>
        <translation>%1: %2 من 100، %3</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليست بعد</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>مسار التخرج</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>المعايير المتحققة</translation>
    </message>
    <message>
        <source>Leaves support for</source>
        <translation>تخرج من الدعم إلى</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>لماذا الآن</translation>
    </message>
    <message>
        <source>What the family has achieved, for the supervisor</source>
        <translation>ما حققته الأسرة، ليطلع عليه المشرف</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::QueueView</name>
    <message>
        <source>Appointment at %1 with %2</source>
        <translation>موعد الساعة %1 مع %2</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation>بانتظار الوصول (%1)</translation>
    </message>
    <message>
        <source>Arrived, waiting (%1)</source>
        <translation>تم الوصول، بانتظار الدخول (%1)</translation>
    </message>
    <message>
        <source>Being seen (%1)</source>
        <translation>قيد المقابلة (%1)</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReadinessView</name>
    <message>
        <source>Only the families ready for a voluntary exit plan</source>
        <translation>الأسر الجاهزة لخطة خروج طوعي فقط</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>المعايير المتحققة</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليست بعد</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>مسار التخرج</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>التخرج</translation>
    </message>
    <message>
        <source>Households with an active plan, scored out of 100 on their graduation pathway (the one for their plan&apos;s track, else the general one); ready when every required criterion is met and the score reaches the pathway&apos;s pass mark.</source>
        <translation>الأسر التي لها خطة نشطة، ودرجة كل منها من 100 على مسار تخرجها (مسار تخرج مسار تمكين خطتها، وإلا فالمسار العام)؛ وتكون جاهزة إذا استوفت كل المعايير الإلزامية وبلغت درجتها الدرجة المطلوبة في المسار.</translation>
    </message>
    <message>
        <source>Propose graduation…</source>
        <translation>اقتراح التخرج…</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <source>After graduation</source>
        <translation>بعد التخرج</translation>
    </message>
    <message>
        <source>Awaiting approval (%1)</source>
        <translation>بانتظار الاعتماد (%1)</translation>
    </message>
    <message>
        <source>Proposed on %1</source>
        <translation>اقتُرح في %1</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>اعتُمد في %1</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>لم يُعتمد: %1</translation>
    </message>
    <message>
        <source>The pathway for the plan&apos;s track</source>
        <translation>مسار التخرج الخاص بمسار تمكين الخطة</translation>
    </message>
    <message>
        <source>No pathway is for the plan&apos;s track: the best of the general ones</source>
        <translation>لا مسار تخرج لمسار تمكين الخطة: أفضل المسارات العامة</translation>
    </message>
    <message>
        <source>Choose a family in the list first.</source>
        <translation>اختر أسرة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>The graduation is proposed; a supervisor approves it.</source>
        <translation>اقتُرح التخرج، ويعتمده المشرف.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReassignManyDialog</name>
    <message>
        <source>Reassign families</source>
        <translation>إعادة إسناد الأسر</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>إعادة الإسناد</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <source>Choose the field worker</source>
        <translation>اختر الأخصائي الميداني</translation>
    </message>
    <message>
        <source>Families assigned to no one</source>
        <translation>الأسر غير المسندة إلى أخصائي</translation>
    </message>
    <message>
        <source>Families of %1</source>
        <translation>أسر %1</translation>
    </message>
    <message>
        <source>%1: the first %2 by file number</source>
        <translation>%1: أول %2 حسب رقم الملف</translation>
    </message>
    <message>
        <source>To the field worker</source>
        <translation>إلى الأخصائي الميداني</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>%1 of %2 families ticked</source>
        <translation>حُدّدت %1 من %2 أسرة</translation>
    </message>
    <message>
        <source>Tick the families to reassign.</source>
        <translation>حدّد الأسر المراد إعادة إسنادها.</translation>
    </message>
    <message>
        <source>Choose the field worker.</source>
        <translation>اختر الأخصائي الميداني.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReceiveObjectionDialog</name>
    <message>
        <source>Receive an objection or a complaint</source>
        <translation>استلام اعتراض أو شكوى</translation>
    </message>
    <message>
        <source>Receive an appeal</source>
        <translation>استلام تظلّم</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Choose how it was received</source>
        <translation>اختر طريقة الاستلام</translation>
    </message>
    <message>
        <source>What the person objects to or complains of, in their words</source>
        <translation>ما يعترض عليه صاحب الطلب أو يشكو منه، بكلماته</translation>
    </message>
    <message>
        <source>Choose objection or complaint</source>
        <translation>اختر اعتراضًا أو شكوى</translation>
    </message>
    <message>
        <source>Choose what it is about</source>
        <translation>اختر موضوعه</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>About</source>
        <translation>بشأن</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>مقدّم الطلب</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>What the person says</source>
        <translation>ما يقوله صاحب الطلب</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::RecoveryKeyDialog</name>
    <message>
        <source>This is your organisation&apos;s recovery key. If every password is lost, it opens any of the organisation&apos;s databases. It is shown only now: print it or write it down, and keep it locked away. Anyone who has it can read the families&apos; data.</source>
        <translation>هذا مفتاح الاسترداد الخاص بمؤسستك. إذا فُقدت كل كلمات المرور فإنه يفتح أي قاعدة بيانات من قواعد بيانات المؤسسة. لا يظهر إلا الآن: اطبعه أو اكتبه، واحفظه في مكان مقفل. من يملكه يستطيع قراءة بيانات الأسر.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and will keep it locked away</source>
        <translation>طبعتُ مفتاح الاسترداد أو كتبته، وسأحفظه في مكان مقفل</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>مفتاح-الاسترداد.pdf</translation>
    </message>
    <message>
        <source>The recovery key could not be saved as a PDF. %1</source>
        <translation>تعذّر حفظ مفتاح الاسترداد بصيغة PDF. %1</translation>
    </message>
    <message>
        <source>Keep this page locked away.</source>
        <translation>احفظ هذه الصفحة في مكان مقفل.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>إحالة جديدة</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Find the family: name, file number, ID or phone</source>
        <translation>ابحث عن الأسرة: الاسم أو رقم الملف أو رقم الهوية أو الهاتف</translation>
    </message>
    <message>
        <source>There are no active partners yet. An administrator adds them under Partners.</source>
        <translation>لا توجد جهات شريكة نشطة بعد. يضيفها مدير النظام من قسم «الجهات الشريكة».</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>فرد الأسرة</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الجهة الشريكة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>المتابعة في</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>الفرد المطابق: %1</translation>
    </message>
    <message>
        <source>No family found. Try another spelling, the file number or a phone number.</source>
        <translation>لم يُعثر على أي أسرة. جرّب كتابة الاسم بطريقة أخرى، أو رقم الملف، أو رقم الهاتف.</translation>
    </message>
    <message>
        <source>File %1 — %2</source>
        <translation>ملف الحالة %1 — %2</translation>
    </message>
    <message>
        <source>For the plan goal</source>
        <translation>لهدف في الخطة</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Only if it must go without the member&apos;s consent: why</source>
        <translation>فقط إذا وجب إرسالها دون موافقة الفرد: لماذا</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>الموافقة على المشاركة</translation>
    </message>
    <message>
        <source>Without consent, because</source>
        <translation>دون موافقة، لأن</translation>
    </message>
    <message>
        <source>No consent recorded for sharing with this partner. Record it in the household file (Consent), or write below why the referral must go without it.</source>
        <translation>لا توجد موافقة مسجّلة على مشاركة البيانات مع هذه الجهة. سجّلها في ملف الأسرة (الموافقة)، أو اكتب أدناه لماذا يجب إرسال الإحالة دونها.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReferralOutcomeDialog</name>
    <message>
        <source>Outcome of the referral</source>
        <translation>نتيجة الإحالة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Partner&apos;s feedback</source>
        <translation>إفادة الجهة الشريكة</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReferralStatusDialog</name>
    <message>
        <source>Change the referral&apos;s status</source>
        <translation>تغيير حالة الإحالة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Next follow-up on</source>
        <translation>المتابعة القادمة في</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الحالة الحالية</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>The partner&apos;s reason (required)</source>
        <translation>سبب الجهة الشريكة (مطلوب)</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Follow-ups after exit</source>
        <translation>المتابعة بعد الخروج</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الجهات الشريكة</translation>
    </message>
    <message>
        <source>Referrals to partners</source>
        <translation>الإحالات إلى الجهات الشريكة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>My referrals</source>
        <translation>إحالاتي</translation>
    </message>
    <message>
        <source>Everyone&apos;s referrals</source>
        <translation>إحالات الجميع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الجهة الشريكة</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>إحالة جديدة…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>تغيير الحالة…</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>تسجيل النتيجة…</translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation>طباعة الخطاب…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>مسؤول التواصل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Add partner…</source>
        <translation>إضافة جهة شريكة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>كل الجهات الشريكة</translation>
    </message>
    <message>
        <source>The follow-up date has come.</source>
        <translation>حان موعد المتابعة.</translation>
    </message>
    <message>
        <source>Follow-ups after exit (%1)</source>
        <translation>المتابعة بعد الخروج (%1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Choose a referral in the list first.</source>
        <translation>اختر إحالة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>This referral is closed; its status no longer changes.</source>
        <translation>هذه الإحالة مغلقة، ولم يعد بالإمكان تغيير حالتها.</translation>
    </message>
    <message>
        <source>Choose a partner in the list first.</source>
        <translation>اختر جهة شريكة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>referral-%1.pdf</source>
        <translation>إحالة-%1.pdf</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>لا إحالات</numerusform>
            <numerusform>إحالة واحدة</numerusform>
            <numerusform>إحالتان</numerusform>
            <numerusform>%Ln إحالات</numerusform>
            <numerusform>%Ln إحالة</numerusform>
            <numerusform>%Ln إحالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>الإحالات</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::RegistryDialog</name>
    <message>
        <source>Yes, it is correct</source>
        <translation>نعم، هذا صحيح</translation>
    </message>
    <message>
        <source>Correct it</source>
        <translation>العودة للتصحيح</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::RemoveDocumentDialog</name>
    <message>
        <source>Remove a document</source>
        <translation>حذف مستند</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Its content leaves every computer when this reaches it by sync: it cannot be brought back.</source>
        <translation>يُحذف محتواه من كل حاسوب حين يصله هذا بالمزامنة، ولا يمكن استعادته.</translation>
    </message>
    <message>
        <source>e.g. attached to the wrong family</source>
        <translation>مثال: أُرفق بأسرة أخرى خطأً</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::RenameUserDialog</name>
    <message>
        <source>Rename user</source>
        <translation>تغيير اسم المستخدم</translation>
    </message>
    <message>
        <source>A new user name for %1 (%2, %3). Tell them in person: they log in with the new name and the same password.</source>
        <translation>اسم مستخدم جديد للحساب %1 (%2، %3). أبلغ صاحبه شخصيًا: يدخل بالاسم الجديد وكلمة المرور نفسها.</translation>
    </message>
    <message>
        <source>New user name</source>
        <translation>اسم المستخدم الجديد</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>تغيير الاسم</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReportExport</name>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>مصنف Excel ‏(XLSX)…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::ReportsPage</name>
    <message>
        <source>Early warnings</source>
        <translation>الإنذار المبكر</translation>
    </message>
    <message>
        <source>Readiness to exit</source>
        <translation>الجاهزية للخروج من الدعم</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::RescheduleDialog</name>
    <message>
        <source>Reschedule the appointment</source>
        <translation>إعادة جدولة الموعد</translation>
    </message>
    <message>
        <source>%1, now on %2 at %3 with %4.</source>
        <translation>موعد %1 الحالي: %2 الساعة %3 مع %4.</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>التاريخ الجديد</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>الوقت الجديد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>إعادة جدولة</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>الحجز على أي حال</translation>
    </message>
    <message>
        <source>%1 Choose another time, or book anyway if both can be seen.</source>
        <translation>%1 اختر وقتًا آخر، أو احجز على أي حال إذا أمكن استقبال الاثنين.</translation>
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
    <name>tamkeen::ui::RetentionBox</name>
    <message>
        <source>Keeping data after a household leaves support</source>
        <translation>الاحتفاظ بالبيانات بعد خروج الأسرة من الدعم</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Left support on</source>
        <translation>تاريخ الخروج من الدعم</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>دون حد</translation>
    </message>
    <message>
        <source> years after exit</source>
        <translation> سنة بعد الخروج</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Keep the data</source>
        <translation>الاحتفاظ بالبيانات</translation>
    </message>
    <message>
        <source>The retention was saved; every computer applies it after its next sync.</source>
        <translation>حُفظت مدة الاحتفاظ؛ ويطبّقها كل حاسوب بعد مزامنته التالية.</translation>
    </message>
    <message>
        <source>No limit is set: data is kept until an administrator erases it.</source>
        <translation>لا حد محددًا: تُحفظ البيانات حتى يمحوها مسؤول النظام.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) left support more than %1 years ago and are not erased yet. Open each file and choose «Erase data…» on its Consent tab.</source>
        <translation>
            <numerusform>لا أسرة خرجت من الدعم قبل أكثر من %1 سنة ولم تُمحَ بياناتها بعد.</numerusform>
            <numerusform>أسرة واحدة خرجت من الدعم قبل أكثر من %1 سنة ولم تُمحَ بياناتها بعد. افتح ملفها واختر «محو البيانات…» في تبويب الموافقة.</numerusform>
            <numerusform>أسرتان خرجتا من الدعم قبل أكثر من %1 سنة ولم تُمحَ بياناتهما بعد. افتح كل ملف واختر «محو البيانات…» في تبويب الموافقة.</numerusform>
            <numerusform>%n أسر خرجت من الدعم قبل أكثر من %1 سنة ولم تُمحَ بياناتها بعد. افتح كل ملف واختر «محو البيانات…» في تبويب الموافقة.</numerusform>
            <numerusform>%n أسرة خرجت من الدعم قبل أكثر من %1 سنة ولم تُمحَ بياناتها بعد. افتح كل ملف واختر «محو البيانات…» في تبويب الموافقة.</numerusform>
            <numerusform>%n أسرة خرجت من الدعم قبل أكثر من %1 سنة ولم تُمحَ بياناتها بعد. افتح كل ملف واختر «محو البيانات…» في تبويب الموافقة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SatisfactionDialog</name>
    <message>
        <source>Beneficiary satisfaction survey</source>
        <translation>استبيان رضا المستفيد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>The beneficiary declined to answer</source>
        <translation>اعتذر المستفيد عن الإجابة</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <source>In the beneficiary&apos;s own words, if they wish</source>
        <translation>بكلمات المستفيد نفسه، إن رغب</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>المناسبة</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>أجرى الاستبيان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>How satisfied are you with…</source>
        <translation>ما مدى رضاك عن…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>بلا إجابة</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SatisfactionTab</name>
    <message>
        <source>Record a satisfaction survey…</source>
        <translation>تسجيل استبيان رضا…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>المناسبة</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>أجرى الاستبيان</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>متوسط الدرجة</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>اعتذر عن الإجابة</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 5 (%n answer(s))</source>
        <translation>
            <numerusform>%1 من 5 (بلا إجابات)</numerusform>
            <numerusform>%1 من 5 (إجابة واحدة)</numerusform>
            <numerusform>%1 من 5 (إجابتان)</numerusform>
            <numerusform>%1 من 5 (%n إجابات)</numerusform>
            <numerusform>%1 من 5 (%n إجابة)</numerusform>
            <numerusform>%1 من 5 (%n إجابة)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SearchResultsModel</name>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Member found</source>
        <translation>الفرد المطابق</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SessionDialog</name>
    <message>
        <source>Only counsellors and supervisors record counselling sessions. Ask one of them to record this session.</source>
        <translation>لا يسجّل الجلسات الاستشارية إلا المستشارون والمشرفون. اطلب من أحدهم تسجيل هذه الجلسة.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>A psychological session is confidential: its notes are visible to counsellors and supervisors only.</source>
        <translation>الجلسة النفسية سرية: لا يطّلع على ملاحظاتها إلا المستشارون والمشرفون.</translation>
    </message>
    <message>
        <source>Confidential: visible to counsellors and supervisors only</source>
        <translation>سري: يطّلع عليه المستشارون والمشرفون فقط</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>فرد الأسرة</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>المستشار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>How it was held</source>
        <translation>طريقة عقد الجلسة</translation>
    </message>
    <message>
        <source>Consultation types</source>
        <translation>أنواع الاستشارة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Presenting needs</source>
        <translation>الاحتياجات المطروحة</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Psychological notes</source>
        <translation>ملاحظات نفسية</translation>
    </message>
    <message>
        <source>Book the next appointment</source>
        <translation>حجز الموعد التالي</translation>
    </message>
    <message>
        <source>Why is the session corrected?</source>
        <translation>ما سبب تصحيح الجلسة؟</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>حفظ التصحيح</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>حفظ الجلسة</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>تصحيح…</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>الإجراءات المتفق عليها</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>ما سيُنفَّذ</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>المسؤول عن التنفيذ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم التنفيذ</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>حذف الإجراء المحدد</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>التصحيحات</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل التصحيح</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد التصحيح</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>%1 — file %2</source>
        <translation>%1 — ملف الحالة %2</translation>
    </message>
    <message>
        <source>Counselling session — %1</source>
        <translation>جلسة استشارية — %1</translation>
    </message>
    <message>
        <source>Correct what was recorded wrongly and say why. The original stays in the corrections list.</source>
        <translation>صحّح ما سُجّل خطأً واذكر السبب. يبقى النص الأصلي محفوظًا في قائمة التصحيحات.</translation>
    </message>
    <message>
        <source>The correction was saved; the earlier text is kept in the corrections list.</source>
        <translation>تم حفظ التصحيح، والنص السابق محفوظ في قائمة التصحيحات.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Ask the beneficiary&apos;s satisfaction survey after saving</source>
        <translation>اطرح استبيان رضا المستفيد بعد الحفظ</translation>
    </message>
    <message>
        <source>The confidential notes of this session are sealed, and the key that opens them has not reached you on this computer yet. It comes when a counsellor or supervisor who holds it logs in after your account arrived, then syncs; log in again after that.</source>
        <translation>الملاحظات السرية لهذه الجلسة مختومة، ولم يصلك على هذا الحاسوب بعد المفتاح الذي يفتحها. يصل حين يسجّل الدخول مستشار أو مشرف يحمله بعد وصول حسابك ثم تتم المزامنة؛ سجّل الدخول مجددًا بعد ذلك.</translation>
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
    <message>
        <source>Eligibility rule (income threshold) for the whole organisation</source>
        <translation>قاعدة الأهلية (الحد المانع) للجهة كلها</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>حفظ القاعدة</translation>
    </message>
    <message>
        <source>Monthly amount for the head</source>
        <translation>المبلغ الشهري لرب الأسرة</translation>
    </message>
    <message>
        <source>For each other member</source>
        <translation>لكل فرد آخر</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>The eligibility rule was saved; every household&apos;s eligibility was recalculated.</source>
        <translation>تم حفظ قاعدة الأهلية، وأُعيد حساب أهلية جميع الأسر.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Lock the screen when idle for</source>
        <translation>قفل الشاشة بعد خمول مدته</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SetupDialog</name>
    <message>
        <source>Set up Tamkeen</source>
        <translation>تهيئة تمكين</translation>
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
    <message>
        <source>Fill the new database with demonstration households (for training; not real people)</source>
        <translation>ملء قاعدة البيانات الجديدة بأسر تجريبية (للتدريب؛ وليست لأشخاص حقيقيين)</translation>
    </message>
    <message>
        <source>Welcome to Tamkeen.</source>
        <translation>مرحبًا بك في تمكين.</translation>
    </message>
    <message>
        <source>Start a new organisation</source>
        <translation>إنشاء جهة جديدة</translation>
    </message>
    <message>
        <source>Join with an enrolment file</source>
        <translation>الانضمام بملف تسجيل الجهاز</translation>
    </message>
    <message>
        <source>Enter your centre, a name for this device and the first administrator. You can add the other users afterwards.</source>
        <translation>أدخل بيانات مركزك واسمًا لهذا الجهاز وأول مدير للنظام. يمكنك إضافة المستخدمين الآخرين بعد ذلك.</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>ملف تسجيل الجهاز</translation>
    </message>
    <message>
        <source>An administrator enrolled this laptop on the Devices screen of the organisation&apos;s computer and gave you the enrolment file and, separately, its passphrase. The laptop&apos;s number, its centre and the organisation&apos;s accounts come from the file: afterwards, log in with your own account.</source>
        <translation>سجّل مدير النظام هذا الحاسوب من شاشة الأجهزة على حاسوب الجهة، وسلّمك ملف تسجيل الجهاز وعبارة مروره كلًّا على حدة. يأتي من الملف رقم الحاسوب ومركزه وحسابات الجهة، ثم ادخل بحسابك.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Enrolment files (*.tamkeen-enrol)</source>
        <translation>ملفات تسجيل الأجهزة (*.tamkeen-enrol)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>انضمام</translation>
    </message>
    <message>
        <source>Choose the enrolment file the administrator gave you.</source>
        <translation>اختر ملف تسجيل الجهاز الذي سلّمك إياه مدير النظام.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::StatusDialog</name>
    <message>
        <source>Change the status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الحالة الحالية</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>اعتبارًا من</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب الرئيسي</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::StopSupportDialog</name>
    <message>
        <source>Stop support</source>
        <translation>إيقاف الدعم</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Why the support stops</source>
        <translation>لماذا يتوقف الدعم</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>آخر يوم</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SupervisorHome</name>
    <message>
        <source>Caseload per worker</source>
        <translation>عبء الحالات لكل أخصائي</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>المُرسِل</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>الأخصائي</translation>
    </message>
    <message>
        <source>Open a row with a double click or Enter.</source>
        <translation>افتح الصف بنقرة مزدوجة أو بمفتاح الإدخال.</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>بانتظار قرارك</translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s decision</source>
        <translation>بانتظار قرار المشرف</translation>
    </message>
    <message>
        <source>Reading the approval queue and the caseloads…</source>
        <translation>جارٍ قراءة قائمة الاعتماد وعبء الحالات…</translation>
    </message>
    <message>
        <source>Not assigned to a worker</source>
        <translation>غير مسندة إلى أخصائي</translation>
    </message>
    <message>
        <source>A worker not known on this device</source>
        <translation>أخصائي غير معروف على هذا الجهاز</translation>
    </message>
    <message>
        <source>Plan approval</source>
        <translation>اعتماد خطة</translation>
    </message>
    <message>
        <source>Graduation: %1</source>
        <translation>التخرج: %1</translation>
    </message>
    <message>
        <source>Caseload per worker: no family supported</source>
        <translation>عبء الحالات لكل أخصائي: لا أسر مدعومة</translation>
    </message>
    <message>
        <source>Caseload per worker: %1 families supported</source>
        <translation>عبء الحالات لكل أخصائي: %1 أسرة مدعومة</translation>
    </message>
    <message>
        <source>Waiting for your decision: nothing</source>
        <translation>بانتظار قرارك: لا شيء</translation>
    </message>
    <message>
        <source>Waiting for your decision: %1</source>
        <translation>بانتظار قرارك: %1</translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s decision: nothing</source>
        <translation>بانتظار قرار المشرف: لا شيء</translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s decision: %1</source>
        <translation>بانتظار قرار المشرف: %1</translation>
    </message>
    <message>
        <source>Families supported: %1</source>
        <translation>الأسر المدعومة: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>لم تُقيَّم</translation>
    </message>
    <message>
        <source>Families by level of care: %1</source>
        <translation>الأسر حسب مستوى الرعاية: %1</translation>
    </message>
    <message>
        <source>By level of care</source>
        <translation>حسب مستوى الرعاية</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>المدعومة</translation>
    </message>
    <message>
        <source>Other households</source>
        <translation>الأسر الأخرى</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>المتأخر</translation>
    </message>
    <message>
        <source>Reassign families…</source>
        <translation>إعادة إسناد الأسر…</translation>
    </message>
    <message>
        <source>Open a worker&apos;s families with a double click.</source>
        <translation>افتح أسر الأخصائي بالنقر المزدوج.</translation>
    </message>
    <message>
        <source>visits: %1</source>
        <translation>زيارات: %1</translation>
    </message>
    <message>
        <source>follow-ups: %1</source>
        <translation>متابعات: %1</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SupportDialog</name>
    <message>
        <source>Record support</source>
        <translation>تسجيل دعم</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>e.g. social security, a charity&apos;s fund</source>
        <translation>مثل: الضمان الاجتماعي، صندوق جمعية خيرية</translation>
    </message>
    <message>
        <source>Choose the type</source>
        <translation>اختر النوع</translation>
    </message>
    <message>
        <source>No amount (in kind)</source>
        <translation>بلا مبلغ (عيني)</translation>
    </message>
    <message>
        <source>Choose how often</source>
        <translation>اختر التكرار</translation>
    </message>
    <message>
        <source>Choose the decision</source>
        <translation>اختر القرار</translation>
    </message>
    <message>
        <source>Why it was approved or refused</source>
        <translation>لماذا تمت الموافقة أو الرفض</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Type of support</source>
        <translation>نوع الدعم</translation>
    </message>
    <message>
        <source>Amount each time</source>
        <translation>المبلغ في كل مرة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until (if known)</source>
        <translation>حتى (إن كان معروفًا)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SupportTab</name>
    <message>
        <source>Record support…</source>
        <translation>تسجيل دعم…</translation>
    </message>
    <message>
        <source>Stop support…</source>
        <translation>إيقاف الدعم…</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Income and support, month by month (the last twelve months)</source>
        <translation>الدخل والدعم شهرًا بشهر (آخر اثني عشر شهرًا)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Earned income</source>
        <translation>الدخل من العمل</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>دخل آخر</translation>
    </message>
    <message>
        <source>Support received</source>
        <translation>الدعم المقدَّم</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (eligible then)</source>
        <translation>%1 (مستحقة حينها)</translation>
    </message>
    <message>
        <source>%1 (not eligible then)</source>
        <translation>%1 (غير مستحقة حينها)</translation>
    </message>
    <message>
        <source>in kind</source>
        <translation>عيني</translation>
    </message>
    <message>
        <source>No support recorded for this family.</source>
        <translation>لا دعم مسجّل لهذه الأسرة.</translation>
    </message>
    <message>
        <source>No support is given this month.</source>
        <translation>لا دعم يُقدَّم هذا الشهر.</translation>
    </message>
    <message>
        <source>Support given this month: %1</source>
        <translation>الدعم المقدَّم هذا الشهر: %1</translation>
    </message>
    <message>
        <source>%1 and %2 in kind</source>
        <translation>%1 و%2 عيني</translation>
    </message>
    <message>
        <source>%1, and some in another currency</source>
        <translation>%1، وبعضه بعملة أخرى</translation>
    </message>
    <message>
        <source>Support&apos;s share of work and support</source>
        <translation>نصيب الدعم من العمل والدعم</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n suspended for a condition missed)</source>
        <translation>
            <numerusform>%1 (لا شيء موقوف)</numerusform>
            <numerusform>%1 (دعم واحد موقوف لعدم استيفاء شرط)</numerusform>
            <numerusform>%1 (دعمان موقوفان لعدم استيفاء شرط)</numerusform>
            <numerusform>%1 (%n أنواع دعم موقوفة لعدم استيفاء شرط)</numerusform>
            <numerusform>%1 (%n دعمًا موقوفًا لعدم استيفاء شرط)</numerusform>
            <numerusform>%1 (%n دعم موقوف لعدم استيفاء شرط)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SupportTypesBox</name>
    <message>
        <source>Types of support, for the whole organisation</source>
        <translation>أنواع الدعم، للجهة كلها</translation>
    </message>
    <message>
        <source>A new type, e.g. school uniforms</source>
        <translation>نوع جديد، مثل: الزي المدرسي</translation>
    </message>
    <message>
        <source>Add the type</source>
        <translation>إضافة النوع</translation>
    </message>
    <message>
        <source>The type of support was added.</source>
        <translation>أُضيف نوع الدعم.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::SyncPage</name>
    <message>
        <source>Export and import</source>
        <translation>التصدير والاستيراد</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>التعارضات (%1)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Sync between computers</source>
        <translation>المزامنة بين الحواسيب</translation>
    </message>
    <message>
        <source>Export to a folder or USB stick…</source>
        <translation>تصدير إلى مجلد أو ذاكرة USB…</translation>
    </message>
    <message>
        <source>Where should the package go?</source>
        <translation>أين تُحفظ الحزمة؟</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>لمن:</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>Import a whole folder…</source>
        <translation>استيراد مجلد كامل…</translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation>الحزم المراد استيرادها</translation>
    </message>
    <message>
        <source>Folder of packages</source>
        <translation>مجلد الحزم</translation>
    </message>
    <message>
        <source>There are no Tamkeen packages (.tamkeen) in that folder.</source>
        <translation>لا توجد حزم تمكين (.tamkeen) في ذلك المجلد.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>بلا تغيير</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Other computer</source>
        <translation>الحاسوب الآخر</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Any computer (what any of them may lack)</source>
        <translation>أي حاسوب (ما قد ينقص أيًّا منها)</translation>
    </message>
    <message>
        <source>Only what %1 (%2) lacks</source>
        <translation>ما ينقص %1 (%2) فقط</translation>
    </message>
    <message>
        <source>Everything on this computer</source>
        <translation>كل ما على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Nothing new to send: the package will only tell the others what this computer holds.</source>
        <translation>لا جديد للإرسال: ستخبر الحزمة الآخرين فقط بما يحمله هذا الحاسوب.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Imported before: nothing changed</source>
        <translation>استُورد من قبل: لم يتغير شيء</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>%1 will go (%2).</source>
        <translation>سيُرسل %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>لا تغييرات</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%Ln تغييرات</numerusform>
            <numerusform>%Ln تغييرًا</numerusform>
            <numerusform>%Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) sent</source>
        <translation>
            <numerusform>لم يُرسل أي تغيير</numerusform>
            <numerusform>أُرسل تغيير واحد</numerusform>
            <numerusform>أُرسل تغييران</numerusform>
            <numerusform>أُرسلت %Ln تغييرات</numerusform>
            <numerusform>أُرسل %Ln تغييرًا</numerusform>
            <numerusform>أُرسل %Ln تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>جديد: %1</translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation>محدَّث: %1</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>دون تغيير: %1</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>تعارضات: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>صُدِّر %1 إلى %2.</translation>
    </message>
    <message>
        <source>Imported; %1 wait for records not here yet</source>
        <translation>استُورد؛ وينتظر %1 سجلات لم تصل بعد</translation>
    </message>
    <message>
        <source>%1 of %2 were not imported; see why in the list.</source>
        <translation>لم يُستورد %1 من %2؛ انظر السبب في القائمة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفين</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) imported.</source>
        <translation>
            <numerusform>لم يُستورد أي ملف.</numerusform>
            <numerusform>استُورد ملف واحد.</numerusform>
            <numerusform>استُورد ملفان.</numerusform>
            <numerusform>استُوردت %Ln ملفات.</numerusform>
            <numerusform>استُورد %Ln ملفًا.</numerusform>
            <numerusform>استُورد %Ln ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tamkeen packages and snapshots (*.tamkeen *.tamkeen-snapshot)</source>
        <translation>حزم تمكين ولقطات البيانات (*.tamkeen *.tamkeen-snapshot)</translation>
    </message>
    <message>
        <source>Started from this snapshot; the search index is being built</source>
        <translation>بدأ من لقطة البيانات هذه؛ يجري بناء فهرس البحث</translation>
    </message>
    <message numerus="yes">
        <source>Imported, with %Ln document(s)</source>
        <translation>
            <numerusform>استُورد، دون مستندات</numerusform>
            <numerusform>استُورد، مع مستند واحد</numerusform>
            <numerusform>استُورد، مع مستندين</numerusform>
            <numerusform>استُورد، مع %Ln مستندات</numerusform>
            <numerusform>استُورد، مع %Ln مستندًا</numerusform>
            <numerusform>استُورد، مع %Ln مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file %1 to import: it may have been moved or renamed.</source>
        <translation>لا يوجد ملف %1 لاستيراده: ربما نُقل أو غُيّر اسمه.</translation>
    </message>
    <message>
        <source>%1 is not a Tamkeen package (.tamkeen); nothing was imported.</source>
        <translation>%1 ليس حزمة تمكين (.tamkeen)؛ لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::TaskInboxPage</name>
    <message>
        <source>Only what is late</source>
        <translation>المتأخر فقط</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>What</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>مهامي</translation>
    </message>
    <message>
        <source>Open a row with a double click or Enter.</source>
        <translation>افتح الصف بالنقر المزدوج أو بمفتاح الإدخال.</translation>
    </message>
    <message>
        <source>Nothing is due for you.</source>
        <translation>لا شيء مستحق عليك.</translation>
    </message>
    <message>
        <source>%1 due, none of it late.</source>
        <translation>%1 مستحقة، لا شيء منها متأخر.</translation>
    </message>
    <message>
        <source>%1 due, %2 of it late.</source>
        <translation>%1 مستحقة، منها %2 متأخرة.</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (متأخرة)</translation>
    </message>
    <message>
        <source>Submitted by %1</source>
        <translation>قدّمها %1</translation>
    </message>
    <message>
        <source>Pathway: %1</source>
        <translation>المسار: %1</translation>
    </message>
    <message>
        <source>Reading your tasks…</source>
        <translation>جارٍ قراءة مهامك…</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::TimelineView</name>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>الفرد</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>يخص</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Double-click a line to open it.</source>
        <translation>انقر نقرًا مزدوجًا على أي سطر لفتحه.</translation>
    </message>
    <message>
        <source>The whole household</source>
        <translation>الأسرة كاملة</translation>
    </message>
    <message>
        <source>Confidential: visible to counsellors and supervisors only</source>
        <translation>سري: يطّلع عليه المستشارون والمشرفون فقط</translation>
    </message>
    <message>
        <source>Registered (file %1)</source>
        <translation>تم التسجيل (ملف الحالة %1)</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>لا قيود</numerusform>
            <numerusform>قيد واحد</numerusform>
            <numerusform>قيدان</numerusform>
            <numerusform>%Ln قيود</numerusform>
            <numerusform>%Ln قيدًا</numerusform>
            <numerusform>%Ln قيد</numerusform>
        </translation>
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
    <message>
        <source>Two laptops made this name while offline. Select one of the accounts and choose Rename….</source>
        <translation>أنشأ حاسوبان هذا الاسم قبل أن يتبادلا البيانات. حدّد أحد الحسابين واختر «تغيير الاسم…».</translation>
    </message>
    <message>
        <source>Name shared: cannot log in</source>
        <translation>الاسم مكرر: لا يمكنه الدخول</translation>
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
        <translation>أصبح بإمكان %1 الدخول مجددًا.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>لم يعد بإمكان %1 الدخول.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>تغيير الاسم…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) share a name with another account, because two laptops made the same name while offline. None of them can log in until an administrator renames all but one: select an account marked below and choose Rename….</source>
        <translation>
            <numerusform>لا توجد حسابات تشترك في اسم مع حساب آخر.</numerusform>
            <numerusform>حساب واحد يشترك في اسمه مع حساب آخر، لأن حاسوبين أنشآ الاسم نفسه قبل أن يتبادلا البيانات. لا يمكن لأي منهما الدخول حتى يغيّر مدير النظام الأسماء المكررة: حدّد حسابًا معلَّمًا أدناه واختر «تغيير الاسم…».</numerusform>
            <numerusform>حسابان يشتركان في اسم واحد، لأن حاسوبين أنشآ الاسم نفسه قبل أن يتبادلا البيانات. لا يمكن لأي منهما الدخول حتى يغيّر مدير النظام اسم أحدهما: حدّد حسابًا معلَّمًا أدناه واختر «تغيير الاسم…».</numerusform>
            <numerusform>%n حسابات تشترك في أسمائها مع حسابات أخرى، لأن حواسيب أنشأت الأسماء نفسها قبل أن تتبادل البيانات. لا يمكن لأي منها الدخول حتى يغيّر مدير النظام الأسماء المكررة: حدّد حسابًا معلَّمًا أدناه واختر «تغيير الاسم…».</numerusform>
            <numerusform>%n حسابًا تشترك في أسمائها مع حسابات أخرى، لأن حواسيب أنشأت الأسماء نفسها قبل أن تتبادل البيانات. لا يمكن لأي منها الدخول حتى يغيّر مدير النظام الأسماء المكررة: حدّد حسابًا معلَّمًا أدناه واختر «تغيير الاسم…».</numerusform>
            <numerusform>%n حساب تشترك في أسمائها مع حسابات أخرى، لأن حواسيب أنشأت الأسماء نفسها قبل أن تتبادل البيانات. لا يمكن لأي منها الدخول حتى يغيّر مدير النظام الأسماء المكررة: حدّد حسابًا معلَّمًا أدناه واختر «تغيير الاسم…».</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now named %2. The change reaches the other laptops with the next sync.</source>
        <translation>أصبح اسم %1 الآن %2. يصل التغيير إلى الحواسيب الأخرى مع المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::VisitDialog</name>
    <message>
        <source>Record a home visit</source>
        <translation>تسجيل زيارة منزلية</translation>
    </message>
    <message>
        <source>Save the visit</source>
        <translation>حفظ الزيارة</translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation>اختر النتيجة</translation>
    </message>
    <message>
        <source>Neighbours, relatives who are not registered …</source>
        <translation>جيران، أقارب غير مسجلين …</translation>
    </message>
    <message>
        <source>Latitude, longitude: 24.7136, 46.6753, or a map link</source>
        <translation>خط العرض، خط الطول: 24.7136، 46.6753، أو رابط خريطة</translation>
    </message>
    <message>
        <source>What you saw and heard: the housing, the family&apos;s needs, changes since the last visit</source>
        <translation>ما رأيته وسمعته: المسكن، احتياجات الأسرة، ما تغيّر منذ الزيارة السابقة</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>حاضرون آخرون</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>الزيارة التالية</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Add a member found at the visit…</source>
        <translation>إضافة فرد ظهر في الزيارة…</translation>
    </message>
    <message>
        <source>Record an income found at the visit…</source>
        <translation>تسجيل دخل ظهر في الزيارة…</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>لم يُتحقق منه</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::VisitPlanView</name>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Visit made by</source>
        <translation>القائم بالزيارة</translation>
    </message>
    <message>
        <source>Record the visit…</source>
        <translation>تسجيل الزيارة…</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Choose a visit in the list first.</source>
        <translation>اختر زيارة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>District not recorded</source>
        <translation>الحي غير مسجل</translation>
    </message>
    <message>
        <source>Still due from an earlier day</source>
        <translation>متأخرة من أيام سابقة</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>The visit was recorded.</source>
        <translation>سُجّلت الزيارة.</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::VisitsPage</name>
    <message>
        <source>Home visits</source>
        <translation>الزيارات المنزلية</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>الأسبوع التالي</translation>
    </message>
    <message>
        <source>Visits of</source>
        <translation>زيارات</translation>
    </message>
    <message>
        <source>Print the route…</source>
        <translation>طباعة خط السير…</translation>
    </message>
    <message>
        <source>Route of the day</source>
        <translation>خط سير يوم</translation>
    </message>
    <message>
        <source>visits-%1.pdf</source>
        <translation>زيارات-%1.pdf</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>زياراتي</translation>
    </message>
    <message>
        <source>Every field worker</source>
        <translation>كل الأخصائيين الميدانيين</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>الأسبوع من %1 إلى %2</translation>
    </message>
    <message>
        <source>Plan visits…</source>
        <translation>تخطيط زيارات…</translation>
    </message>
    <message>
        <source>Choose families of the caseload to visit on a day</source>
        <translation>اختر أسرًا من الحالات المسندة لزيارتها في يوم واحد</translation>
    </message>
    <message>
        <source>Choose whose visits to plan first.</source>
        <translation>اختر أولًا الأخصائي الذي تخطط زياراته.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits planned.</source>
        <translation>
            <numerusform>لم تُخطط أي زيارة.</numerusform>
            <numerusform>خُططت زيارة واحدة.</numerusform>
            <numerusform>خُططت زيارتان.</numerusform>
            <numerusform>خُططت %Ln زيارات.</numerusform>
            <numerusform>خُططت %Ln زيارة.</numerusform>
            <numerusform>خُططت %Ln زيارة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::VisitsTab</name>
    <message>
        <source>Plan a visit…</source>
        <translation>تخطيط زيارة…</translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation>تسجيل زيارة…</translation>
    </message>
    <message>
        <source>Records the planned visit selected, or a visit that was not planned</source>
        <translation>يسجّل الزيارة المخططة المحددة، أو زيارة لم تكن مخططة</translation>
    </message>
    <message>
        <source>Cancel the planned visit…</source>
        <translation>إلغاء الزيارة المخططة…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Visit made by</source>
        <translation>القائم بالزيارة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Observations or note</source>
        <translation>الملاحظات أو الملاحظة على التخطيط</translation>
    </message>
    <message>
        <source>Planned, overdue</source>
        <translation>مخططة، متأخرة</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>الحاضرون: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>الموقع: %1</translation>
    </message>
    <message>
        <source>Next visit: %1</source>
        <translation>الزيارة التالية: %1</translation>
    </message>
    <message>
        <source>The visit is planned.</source>
        <translation>خُططت الزيارة.</translation>
    </message>
    <message>
        <source>The visit was recorded.</source>
        <translation>سُجّلت الزيارة.</translation>
    </message>
    <message>
        <source>Choose a planned visit in the list first.</source>
        <translation>اختر زيارة مخططة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>The visit was cancelled.</source>
        <translation>أُلغيت الزيارة.</translation>
    </message>
    <message>
        <source>Attach a document to the visit…</source>
        <translation>إرفاق مستند بالزيارة…</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::WarningsSummary</name>
    <message>
        <source>Early warnings</source>
        <translation>الإنذار المبكر</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: لا أسر</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln families, %2 not seen yet</source>
        <translation>
            <numerusform>%1: لا أسر، %2 لم يُطَّلع عليها بعد</numerusform>
            <numerusform>%1: أسرة واحدة، %2 لم يُطَّلع عليها بعد</numerusform>
            <numerusform>%1: أسرتان، %2 لم يُطَّلع عليها بعد</numerusform>
            <numerusform>%1: %Ln أسر، %2 لم يُطَّلع عليها بعد</numerusform>
            <numerusform>%1: %Ln أسرة، %2 لم يُطَّلع عليها بعد</numerusform>
            <numerusform>%1: %Ln أسرة، %2 لم يُطَّلع عليها بعد</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the families on each list…</source>
        <translation>جارٍ عدّ الأسر في كل قائمة…</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::WarningsView</name>
    <message>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>رب الأسرة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>اطُّلع عليه</translation>
    </message>
    <message>
        <source>Mark as seen…</source>
        <translation>تعليم كمُطَّلع عليه…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Choose a family in the list first.</source>
        <translation>اختر أسرة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>الإنذار:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missed</source>
        <translation>
            <numerusform>%Ln فائت</numerusform>
            <numerusform>موعد فائت</numerusform>
            <numerusform>موعدان فائتان</numerusform>
            <numerusform>%Ln مواعيد فائتة</numerusform>
            <numerusform>%Ln موعدًا فائتًا</numerusform>
            <numerusform>%Ln موعد فائت</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Marked as seen.</source>
        <translation>عُلِّم كمُطَّلع عليه.</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>تعليم كمُطَّلع عليه</translation>
    </message>
    <message>
        <source>What was done (for the next person):</source>
        <translation>ما الذي تم (ليعرفه من يأتي بعدك):</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::WeekView</name>
    <message>
        <source>Show this day</source>
        <translation>عرض هذا اليوم</translation>
    </message>
</context>
<context>
    <name>tamkeen::ui::WithdrawConsentDialog</name>
    <message>
        <source>Withdraw a consent</source>
        <translation>سحب موافقة</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
</TS>
