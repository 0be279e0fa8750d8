// The household CSV in Arabic (headers and values), status, eligibility and
// income, and a dry run that finds every problem the import finds.
#include "registry/CsvImport.h"
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QFile>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::registry;
using namespace Qt::StringLiterals;

namespace {

QString text(storage::Database &db, const QString &sql)
{
    return db.scalar(sql).value().toString();
}

QByteArray exported(storage::Database &db, CsvLanguage language)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    REQUIRE(CsvImport::exportTo(db, path, language).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("Arabic headers and values import, with status and income, and export back in Arabic", "[csv][arabic]")
{
    auto a = test::makeSetUpDb();
    const QByteArray csv = u"رقم الملف,المنطقة,المدينة,ملكية السكن,الإيجار الشهري,حالة الأسرة,الاسم,اسم الأب,اسم العائلة,"
                           "صلة القرابة,الجنس,الحالة الاجتماعية,تاريخ الميلاد,الدخل الشهري,مصدر الدخل,الفئات\n"
                           "A,منطقة الرياض,الخرج,مستأجر,1500,نشطة,منيرة,سعد,العتيبي,ربة الأسرة,أنثى,أرملة,1970-01-01,"
                           "2500,معاش تقاعدي,أسرة تعولها امرأة|أيتام\n"
                           "A,منطقة الرياض,الخرج,,,,سارة,فهد,العتيبي,ابنة,انثى,عزباء,2010-05-05,,,\n"_s.toUtf8();
    const ImportReport report = CsvImport::run(*a->db, a->admin, csv);
    INFO((report.issues.isEmpty() ? std::string() : report.issues[0].message.toStdString()));
    REQUIRE(report.imported);
    CHECK(text(*a->db, u"SELECT housing_ownership FROM households"_s) == u"rented"_s);
    CHECK(text(*a->db, u"SELECT status FROM households"_s) == u"active"_s);
    CHECK(text(*a->db, u"SELECT categories FROM households"_s) == u"female_headed,orphans"_s);
    CHECK(text(*a->db, u"SELECT relation || '/' || sex || '/' || marital_status FROM members WHERE given_name = 'منيرة'"_s)
          == u"head/female/widowed"_s);
    CHECK(text(*a->db, u"SELECT sex FROM members WHERE given_name = 'سارة'"_s) == u"female"_s);
    CHECK(text(*a->db, u"SELECT amount || ' ' || source FROM incomes"_s) == u"2500.0 pension"_s);

    const QByteArray arabicBytes = exported(*a->db, CsvLanguage::Arabic);
    CHECK(arabicBytes.startsWith("\xEF\xBB\xBF"));
    const QString arabic = QString::fromUtf8(arabicBytes);
    CHECK(arabic.contains(u"رقم الملف,المنطقة,"_s));
    for (const QString &word : {u"رب الأسرة"_s, u"أنثى"_s, u"أرمل"_s, u"إيجار"_s, u"نشطة"_s,
                                u"معاش تقاعدي"_s, u"الأهلية"_s, u"دخل الأسرة الشهري"_s})
        CHECK(arabic.contains(word));
    const QString english = QString::fromUtf8(exported(*a->db, CsvLanguage::English));
    CHECK(english.contains(u",status,eligible,household_income,"_s));
    CHECK(english.contains(u",head,,,female,"_s));
    CHECK(english.contains(u",2500,pension"_s));

    // The Arabic file imports into another copy as the same data.
    auto b = test::makeSetUpDb(2);
    const ImportReport again = CsvImport::run(*b->db, b->admin, arabic.toUtf8());
    INFO((again.issues.isEmpty() ? std::string() : again.issues[0].message.toStdString()));
    REQUIRE(again.imported);
    CHECK(text(*b->db, u"SELECT status || '/' || housing_ownership FROM households"_s) == u"active/rented"_s);
    CHECK(text(*b->db, u"SELECT marital_status FROM members WHERE given_name = 'منيرة'"_s) == u"widowed"_s);
    CHECK(text(*b->db, u"SELECT amount || ' ' || source FROM incomes"_s) == u"2500.0 pension"_s);
}

TEST_CASE("An unknown Arabic value is named with the column as written", "[csv][arabic]")
{
    auto t = test::makeSetUpDb();
    const QByteArray csv = u"رقم الملف,المنطقة,الاسم,اسم الأب,صلة القرابة,الجنس,حالة الأسرة\n"
                           "A,منطقة الرياض,فهد,سعد,رب الأسرة,ذكر,سعيدة\n"_s.toUtf8();
    const ImportReport report = CsvImport::run(*t->db, t->admin, csv);
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues[0].line == 2);
    CHECK(report.issues[0].message.startsWith(u"حالة الأسرة: \"سعيدة\""_s));
}

TEST_CASE("The dry run finds what the import finds: people alike within the file", "[csv][import][dryrun]")
{
    auto t = test::makeSetUpDb();
    // Two households whose heads resemble each other (same given, father and family names).
    const QByteArray csv = "household_key,region,given_name,father_name,family_name,relation,sex,birth_date\n"
                           "A,منطقة الرياض,فهد,سعد,العتيبي,head,male,1975-05-05\n"
                           "B,منطقة الرياض,فهد,سعد,العتيبي,head,male,1975-09-09\n";
    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport checked = CsvImport::run(*t->db, t->admin, csv, dry);
    const ImportReport real = CsvImport::run(*t->db, t->admin, csv);
    REQUIRE(real.issues.size() == 1);
    CHECK(real.issues[0].line == 3);
    CHECK(real.issues[0].message.contains(u"line 2"_s));
    CHECK_FALSE(real.imported);
    REQUIRE(checked.issues.size() == real.issues.size());
    CHECK(checked.issues[0].line == real.issues[0].line);
    CHECK(checked.issues[0].message == real.issues[0].message);
    CHECK(t->db->scalar(u"SELECT count(*) FROM households"_s).value().toInt() == 0);

    // With the similar people allowed, the dry run and the import both go through.
    ImportOptions allowDry = dry, allow;
    allowDry.allowSimilar = allow.allowSimilar = true;
    const ImportReport allowedCheck = CsvImport::run(*t->db, t->admin, csv, allowDry);
    CHECK(allowedCheck.issues.isEmpty());
    CHECK(t->db->scalar(u"SELECT count(*) FROM households"_s).value().toInt() == 0);
    const ImportReport allowed = CsvImport::run(*t->db, t->admin, csv, allow);
    INFO((allowed.issues.isEmpty() ? std::string() : allowed.issues[0].message.toStdString()));
    REQUIRE(allowed.imported);
    CHECK(t->db->scalar(u"SELECT count(*) FROM households"_s).value().toInt() == 2);
    CHECK(t->db->scalar(u"SELECT count(*) FROM duplicate_decisions"_s).value().toInt() == 1);
}

TEST_CASE("The dry run with an empty session (the CLI's) writes nothing and reports the same", "[csv][import][dryrun]")
{
    auto t = test::makeSetUpDb();
    const QByteArray csv = "household_key,region,given_name,father_name,relation,sex,id_type,id_number\n"
                           "A,منطقة الرياض,فهد,سعد,head,male,sa_national,1000000008\n"
                           "B,منطقة الرياض,خالد,علي,head,male,,\n";
    ImportOptions dry;
    dry.dryRun = true;
    const int changes = t->db->scalar(u"SELECT count(*) FROM change_log"_s).value().toInt();
    const ImportReport checked = CsvImport::run(*t->db, security::Session{}, csv, dry);
    INFO((checked.issues.isEmpty() ? std::string() : checked.issues[0].message.toStdString()));
    CHECK(checked.issues.isEmpty());
    CHECK(checked.households == 2);
    CHECK_FALSE(checked.imported);
    CHECK(t->db->scalar(u"SELECT count(*) FROM households"_s).value().toInt() == 0);
    CHECK(t->db->scalar(u"SELECT count(*) FROM change_log"_s).value().toInt() == changes);
}
