#include "registry/CsvColumns.h"

#include "text/ArabicNormalizer.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

struct Column {
    QString key;
    QStringList arabic; // the first is written; all are read
};

struct Value {
    QString key;
    QStringList arabic; // the first is written; all are read
};

const QList<Column> &table()
{
    static const QList<Column> columns = {
        {u"household_key"_s, {u"رقم الملف"_s, u"مفتاح الأسرة"_s}},
        {u"region"_s, {u"المنطقة"_s, u"المحافظة"_s}},
        {u"city"_s, {u"المدينة"_s}},
        {u"district"_s, {u"الحي"_s}},
        {u"address"_s, {u"العنوان"_s}},
        {u"housing_type"_s, {u"نوع السكن"_s}},
        {u"housing_ownership"_s, {u"ملكية السكن"_s}},
        {u"monthly_rent"_s, {u"الإيجار الشهري"_s}},
        {u"household_phone"_s, {u"هاتف الأسرة"_s}},
        {u"registration_date"_s, {u"تاريخ التسجيل"_s}},
        {u"categories"_s, {u"الفئات"_s}},
        {u"status"_s, {u"حالة الأسرة"_s, u"الحالة"_s}},
        {u"eligible"_s, {u"الأهلية"_s, u"الاستحقاق"_s}},
        {u"household_income"_s, {u"دخل الأسرة الشهري"_s}},
        {u"given_name"_s, {u"الاسم"_s, u"الاسم الأول"_s}},
        {u"father_name"_s, {u"اسم الأب"_s}},
        {u"grandfather_name"_s, {u"اسم الجد"_s}},
        {u"family_name"_s, {u"اسم العائلة"_s}},
        {u"relation"_s, {u"صلة القرابة"_s, u"القرابة"_s}},
        {u"id_type"_s, {u"نوع الوثيقة"_s}},
        {u"id_number"_s, {u"رقم الهوية"_s, u"رقم الوثيقة"_s}},
        {u"sex"_s, {u"الجنس"_s}},
        {u"birth_date"_s, {u"تاريخ الميلاد"_s}},
        {u"nationality"_s, {u"الجنسية"_s}},
        {u"marital_status"_s, {u"الحالة الاجتماعية"_s}},
        {u"education"_s, {u"التعليم"_s, u"المستوى التعليمي"_s}},
        {u"employment"_s, {u"العمل"_s, u"الحالة المهنية"_s}},
        {u"occupation"_s, {u"المهنة"_s}},
        {u"disability"_s, {u"الإعاقة"_s}},
        {u"chronic_illness"_s, {u"المرض المزمن"_s}},
        {u"able_to_work"_s, {u"قادر على العمل"_s}},
        {u"school_name"_s, {u"المدرسة"_s}},
        {u"school_grade"_s, {u"الصف الدراسي"_s}},
        {u"phone"_s, {u"الهاتف"_s, u"الجوال"_s}},
        {u"monthly_income"_s, {u"الدخل الشهري"_s}},
        {u"income_source"_s, {u"مصدر الدخل"_s}},
    };
    return columns;
}

const QHash<QString, QList<Value>> &values()
{
    static const QHash<QString, QList<Value>> all = {
        {u"sex"_s, {{u"male"_s, {u"ذكر"_s}}, {u"female"_s, {u"أنثى"_s}}}},
        {u"relation"_s,
         {{u"head"_s, {u"رب الأسرة"_s, u"ربة الأسرة"_s}},
          {u"spouse"_s, {u"زوج"_s, u"زوجة"_s, u"زوج / زوجة"_s}},
          {u"son"_s, {u"ابن"_s}},
          {u"daughter"_s, {u"ابنة"_s, u"بنت"_s}},
          {u"father"_s, {u"أب"_s, u"الأب"_s}},
          {u"mother"_s, {u"أم"_s, u"الأم"_s}},
          {u"brother"_s, {u"أخ"_s}},
          {u"sister"_s, {u"أخت"_s}},
          {u"grandchild"_s, {u"حفيد"_s, u"حفيدة"_s}},
          {u"grandparent"_s, {u"جد"_s, u"جدة"_s}},
          {u"other"_s, {u"قريب آخر"_s, u"قريبة أخرى"_s}}}},
        {u"marital_status"_s,
         {{u"single"_s, {u"أعزب"_s, u"عزباء"_s}},
          {u"married"_s, {u"متزوج"_s, u"متزوجة"_s}},
          {u"divorced"_s, {u"مطلق"_s, u"مطلقة"_s}},
          {u"widowed"_s, {u"أرمل"_s, u"أرملة"_s}}}},
        {u"education"_s,
         {{u"none"_s, {u"بلا تعليم"_s, u"أمي"_s}},
          {u"literacy"_s, {u"يقرأ ويكتب"_s, u"تقرأ وتكتب"_s}},
          {u"primary"_s, {u"ابتدائي"_s}},
          {u"intermediate"_s, {u"متوسط"_s, u"إعدادي"_s}},
          {u"secondary"_s, {u"ثانوي"_s}},
          {u"diploma"_s, {u"دبلوم"_s}},
          {u"bachelor"_s, {u"بكالوريوس"_s, u"جامعي"_s}},
          {u"postgraduate"_s, {u"دراسات عليا"_s}}}},
        {u"employment"_s,
         {{u"employed"_s, {u"يعمل بأجر"_s, u"موظف"_s, u"موظفة"_s}},
          {u"self_employed"_s, {u"يعمل لحسابه الخاص"_s, u"عمل حر"_s}},
          {u"unemployed"_s, {u"بلا عمل ويبحث عن عمل"_s, u"عاطل"_s, u"عاطلة"_s}},
          {u"not_looking"_s, {u"لا يبحث عن عمل"_s}},
          {u"student"_s, {u"طالب"_s, u"طالبة"_s}},
          {u"retired"_s, {u"متقاعد"_s, u"متقاعدة"_s}},
          {u"homemaker"_s, {u"ربة منزل"_s}},
          {u"unable"_s, {u"غير قادر على العمل"_s}}}},
        {u"housing_type"_s,
         {{u"house"_s, {u"منزل"_s}},
          {u"apartment"_s, {u"شقة"_s}},
          {u"traditional"_s, {u"بيت شعبي"_s}},
          {u"room"_s, {u"غرفة"_s}},
          {u"informal"_s, {u"مسكن عشوائي أو مؤقت"_s, u"عشوائي"_s}}}},
        {u"housing_ownership"_s,
         {{u"owned"_s, {u"ملك"_s, u"مملوك"_s}},
          {u"rented"_s, {u"إيجار"_s, u"مستأجر"_s}},
          {u"family"_s, {u"ملك للعائلة دون إيجار"_s}},
          {u"charity"_s, {u"مقدم من جهة خيرية أو من الدولة"_s}},
          {u"other"_s, {u"غير ذلك"_s}}}},
        {u"categories"_s,
         {{u"female_headed"_s, {u"أسرة تعولها امرأة"_s}},
          {u"elderly"_s, {u"مسن بلا عائل"_s}},
          {u"disability"_s, {u"شخص ذو إعاقة"_s}},
          {u"orphans"_s, {u"أيتام"_s}},
          {u"chronic_illness"_s, {u"مرض مزمن"_s}},
          {u"productive_family"_s, {u"أسرة منتجة"_s}}}},
        {u"id_type"_s,
         {{u"sa_national"_s, {u"هوية وطنية سعودية"_s}},
          {u"sa_iqama"_s, {u"إقامة"_s}},
          {u"eg_national"_s, {u"رقم قومي مصري"_s}},
          {u"other"_s, {u"وثيقة أخرى"_s}}}},
        {u"able_to_work"_s, {{u"yes"_s, {u"نعم"_s}}, {u"no"_s, {u"لا"_s}}}},
        {u"eligible"_s, {{u"yes"_s, {u"مستحقة"_s, u"مستحق"_s, u"نعم"_s}}, {u"no"_s, {u"غير مستحقة"_s, u"غير مستحق"_s, u"لا"_s}}}},
        {u"status"_s,
         {{u"applicant"_s, {u"متقدمة بطلب"_s, u"متقدم بطلب"_s}},
          {u"active"_s, {u"نشطة"_s, u"نشط"_s}},
          {u"suspended"_s, {u"موقوفة"_s, u"موقوف"_s}},
          {u"exited"_s, {u"خارجة من الدعم"_s, u"خارج من الدعم"_s}},
          {u"reentered"_s, {u"عائدة إلى الدعم"_s, u"عائد إلى الدعم"_s}}}},
        {u"income_source"_s,
         {{u"salary"_s, {u"راتب"_s}},
          {u"pension"_s, {u"معاش تقاعدي"_s}},
          {u"social_security"_s, {u"الضمان الاجتماعي"_s}},
          {u"own_business"_s, {u"مشروع خاص"_s}},
          {u"family_support"_s, {u"مساعدة من الأقارب"_s}},
          {u"other"_s, {u"دخل آخر"_s}}}},
    };
    return all;
}

// Arabic compared folded (hamza, ة/ه, ى/ي, harakat, spaces); English without case.
QString fold(const QString &s)
{
    return text::normalizeArabic(s.trimmed()).toLower().remove(u' ');
}

// Reading aids that are not written: 1/0 and true/false for the yes/no columns.
QString extraValueKey(const QString &column, const QString &folded)
{
    if (column == u"able_to_work" || column == u"eligible") {
        if (folded == u"1" || folded == u"true")
            return u"yes"_s;
        if (folded == u"0" || folded == u"false")
            return u"no"_s;
    }
    return {};
}

} // namespace

const QStringList &CsvColumns::keys()
{
    static const QStringList all = [] {
        QStringList k;
        for (const Column &c : table())
            k << c.key;
        return k;
    }();
    return all;
}

QString CsvColumns::header(const QString &key, CsvLanguage language)
{
    if (language == CsvLanguage::English)
        return key;
    for (const Column &c : table())
        if (c.key == key)
            return c.arabic.first();
    return key;
}

QString CsvColumns::keyOf(const QString &header)
{
    static const QHash<QString, QString> byName = [] {
        QHash<QString, QString> h;
        for (const Column &c : table()) {
            h.insert(fold(c.key), c.key);
            for (const QString &a : c.arabic)
                h.insert(fold(a), c.key);
        }
        return h;
    }();
    return byName.value(fold(header));
}

bool CsvColumns::isCoded(const QString &key)
{
    return values().contains(key);
}

QString CsvColumns::valueKey(const QString &column, const QString &value)
{
    const auto it = values().constFind(column);
    if (it == values().constEnd())
        return value;
    const QString folded = fold(value);
    for (const Value &v : *it) {
        if (fold(v.key) == folded)
            return v.key;
        for (const QString &a : v.arabic)
            if (fold(a) == folded)
                return v.key;
    }
    return extraValueKey(column, folded);
}

QString CsvColumns::valueText(const QString &column, const QString &key, CsvLanguage language)
{
    if (language == CsvLanguage::English || key.isEmpty())
        return key;
    const auto it = values().constFind(column);
    if (it == values().constEnd())
        return key;
    for (const Value &v : *it)
        if (v.key == key)
            return v.arabic.first();
    return key;
}

QStringList CsvColumns::allowed(const QString &column)
{
    QStringList out;
    for (const Value &v : values().value(column))
        out << v.key;
    return out;
}

} // namespace tamkeen::registry
