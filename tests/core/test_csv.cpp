#include "registry/Csv.h"
#include "registry/CsvImport.h"
#include "registry/HouseholdService.h"
#include "registry/Identity.h"
#include "registry/SearchIndex.h"
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "text/Digits.h"

#include <QFile>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::registry;

namespace {

QString saudiId(const QString &nine)
{
    return nine + QString::number(Identity::luhnCheckDigit(nine));
}

const QByteArray kHeader = "household_key,region,city,given_name,father_name,family_name,relation,sex,birth_date,id_type,"
                           "id_number,monthly_rent\n";

QByteArray row(const QString &key, const QString &given, const QString &relation, const QString &sex,
               const QString &id = {}, const QString &birth = QStringLiteral("1980-01-01"), const QString &rent = {})
{
    return QStringLiteral("%1,منطقة الرياض,الخرج,%2,سعد,العتيبي,%3,%4,%5,%6,%7,%8\n")
        .arg(key, given, relation, sex, birth, id.isEmpty() ? QString() : QStringLiteral("sa_national"), id, rent)
        .toUtf8();
}

int count(storage::Database &db, const char *table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table))).value().toInt();
}

} // namespace

TEST_CASE("CSV parsing: quotes, separators, BOM and line numbers", "[csv]")
{
    const auto parsed = Csv::parse("\xEF\xBB\xBF" "a;b;c\r\n1;\"x;y\";\"he said \"\"hi\"\"\"\n2;\"two\nlines\";z\n\n3;;\n");
    REQUIRE(parsed.ok());
    const QList<CsvRow> &rows = parsed.value();
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].fields == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(rows[1].fields[1] == QStringLiteral("x;y"));
    CHECK(rows[1].fields[2] == QStringLiteral("he said \"hi\""));
    CHECK(rows[2].fields[1] == QStringLiteral("two\nlines"));
    CHECK(rows[3].line == 6);
    CHECK(rows[3].fields == QStringList{QStringLiteral("3"), QString(), QString()});
    CHECK(csvLine({QStringLiteral("a,b"), QStringLiteral("q\"")}) == QByteArray("\"a,b\",\"q\"\"\"\r\n"));
}

TEST_CASE("A good file imports every household and member", "[csv][import]")
{
    auto t = test::makeSetUpDb();
    QByteArray csv = kHeader;
    csv += row(QStringLiteral("A"), QStringLiteral("فهد"), QStringLiteral("head"), QStringLiteral("male"),
               saudiId(QStringLiteral("100000001")), QStringLiteral("1975-05-05"), QStringLiteral("1200"));
    csv += row(QStringLiteral("A"), QStringLiteral("نورة"), QStringLiteral("spouse"), QStringLiteral("female"));
    csv += row(QStringLiteral("B"), QStringLiteral("منيرة"), QStringLiteral("head"), QStringLiteral("female"), {},
               QStringLiteral("٠٣/٠٢/١٩٦٠"));
    const ImportReport report = CsvImport::run(*t->db, t->admin, csv);
    INFO((report.issues.isEmpty() ? std::string() : report.issues[0].message.toStdString()));
    REQUIRE(report.issues.isEmpty());
    CHECK(report.imported);
    CHECK(report.households == 2);
    CHECK(report.members == 3);
    CHECK(count(*t->db, "households") == 2);
    CHECK(count(*t->db, "members") == 3);
    CHECK(t->db->scalar(QStringLiteral("SELECT birth_date FROM members WHERE given_name = 'منيرة'")).value().toString()
          == QStringLiteral("1960-02-03"));
    CHECK(SearchIndex::search(*t->db, QStringLiteral("نوره")).value().size() == 1);
}

TEST_CASE("A file with bad rows imports nothing and names every bad line", "[csv][import]")
{
    auto t = test::makeSetUpDb();
    QByteArray csv = kHeader;
    csv += row(QStringLiteral("A"), QStringLiteral("فهد"), QStringLiteral("head"), QStringLiteral("male"));      // line 2 fine
    csv += row(QStringLiteral("B"), QString(), QStringLiteral("head"), QStringLiteral("male"));                   // 3: no name
    csv += row(QStringLiteral("C"), QStringLiteral("سعد"), QStringLiteral("head"), QStringLiteral("male"),
               QStringLiteral("1234567890"));                                                                    // 4: bad ID
    csv += row(QStringLiteral("D"), QStringLiteral("علي"), QStringLiteral("son"), QStringLiteral("male"));        // 5: no head
    csv += row(QStringLiteral("E"), QStringLiteral("هند"), QStringLiteral("head"), QStringLiteral("female"), {},
               QStringLiteral("31/02/1990"));                                                                    // 6: bad date
    csv += "F,too,few\n";                                                                                        // 7
    const ImportReport report = CsvImport::run(*t->db, t->admin, csv);
    CHECK_FALSE(report.imported);
    QList<int> lines;
    for (const ImportIssue &i : report.issues)
        lines << i.line;
    CHECK(lines == QList<int>{3, 4, 6, 7, 5});
    CHECK(count(*t->db, "households") == 0);
    CHECK(count(*t->db, "members") == 0);
    CHECK(t->db->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'households'")).value().toInt() == 0);
}

TEST_CASE("Semicolons, a BOM and Arabic-Indic digits are accepted", "[csv][import]")
{
    auto t = test::makeSetUpDb();
    const QString id = text::toDigitStyle(saudiId(QStringLiteral("187654321")), text::DigitStyle::ArabicIndic);
    const QByteArray csv = "\xEF\xBB\xBF" "household_key;region;given_name;father_name;relation;sex;id_type;id_number;birth_date\r\n"
                           + QStringLiteral("X;منطقة مكة المكرمة;عائشة;محمد;head;female;sa_national;%1;١٩٨٨-٠٧-١٥\r\n")
                                 .arg(id)
                                 .toUtf8();
    const ImportReport report = CsvImport::run(*t->db, t->admin, csv);
    REQUIRE(report.issues.isEmpty());
    CHECK(t->db->scalar(QStringLiteral("SELECT id_number FROM members")).value().toString()
          == saudiId(QStringLiteral("187654321")));
}

TEST_CASE("Duplicates against the database are reported like bad rows", "[csv][import]")
{
    auto t = test::makeSetUpDb();
    QByteArray first = kHeader + row(QStringLiteral("A"), QStringLiteral("فهد"), QStringLiteral("head"),
                                     QStringLiteral("male"), saudiId(QStringLiteral("100000002")));
    REQUIRE(CsvImport::run(*t->db, t->admin, first).imported);

    QByteArray again = kHeader + row(QStringLiteral("Z"), QStringLiteral("خالد"), QStringLiteral("head"),
                                     QStringLiteral("male"), saudiId(QStringLiteral("100000002")));
    ImportReport same = CsvImport::run(*t->db, t->admin, again);
    REQUIRE(same.issues.size() == 1);
    CHECK(same.issues[0].line == 2);
    CHECK(same.issues[0].message.contains(QStringLiteral("RUH-01-000001")));

    QByteArray lookalike = kHeader + row(QStringLiteral("Y"), QStringLiteral("فهد"), QStringLiteral("head"),
                                         QStringLiteral("male"), {}, QStringLiteral("1980-06-06"));
    ImportReport similar = CsvImport::run(*t->db, t->admin, lookalike);
    REQUIRE(similar.issues.size() == 1);
    CHECK_FALSE(similar.imported);
    ImportOptions allow;
    allow.allowSimilar = true;
    CHECK(CsvImport::run(*t->db, t->admin, lookalike, allow).imported);
    CHECK(count(*t->db, "duplicate_decisions") == 1);
}

TEST_CASE("A dry run reports and writes nothing", "[csv][import]")
{
    auto t = test::makeSetUpDb();
    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport report = CsvImport::run(
        *t->db, t->admin, kHeader + row(QStringLiteral("A"), QStringLiteral("فهد"), QStringLiteral("head"), QStringLiteral("male")),
        dry);
    CHECK(report.issues.isEmpty());
    CHECK(report.households == 1);
    CHECK_FALSE(report.imported);
    CHECK(count(*t->db, "households") == 0);
}

TEST_CASE("Export writes the import format back, and it imports again", "[csv][export]")
{
    auto a = test::makeSetUpDb();
    QByteArray csv = kHeader;
    csv += row(QStringLiteral("A"), QStringLiteral("فهد"), QStringLiteral("head"), QStringLiteral("male"),
               saudiId(QStringLiteral("100000003")), QStringLiteral("1975-05-05"), QStringLiteral("950.5"));
    csv += row(QStringLiteral("A"), QStringLiteral("نورة"), QStringLiteral("wife-typo"), QStringLiteral("female"));
    REQUIRE_FALSE(CsvImport::run(*a->db, a->admin, csv).imported);
    csv.replace("wife-typo", "spouse");
    REQUIRE(CsvImport::run(*a->db, a->admin, csv).imported);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.csv"));
    REQUIRE(CsvImport::exportTo(*a->db, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    CHECK(exported.startsWith("\xEF\xBB\xBF" "household_key,"));
    CHECK(exported.contains("RUH-01-000001"));
    CHECK(exported.contains("950.5"));

    auto b = test::makeSetUpDb(2);
    const ImportReport again = CsvImport::run(*b->db, b->admin, exported);
    INFO((again.issues.isEmpty() ? std::string() : again.issues[0].message.toStdString()));
    REQUIRE(again.imported);
    CHECK(count(*b->db, "members") == 2);
}

TEST_CASE("Import problems name the CSV column, not an internal field", "[csv][import]")
{
    auto t = test::makeSetUpDb();
    const QByteArray csv = "household_key,region,given_name,father_name,relation,sex,household_phone\n"
                           "A,منطقة الرياض,,سعد,head,male,0551234567\n"
                           "B,منطقة الرياض,سعد,علي,head,male,123\n";
    const ImportReport report = CsvImport::run(*t->db, t->admin, csv);
    REQUIRE(report.issues.size() == 2);
    CHECK(report.issues[0].message.startsWith(QStringLiteral("given_name: ")));
    CHECK(report.issues[1].message.startsWith(QStringLiteral("household_phone: ")));
}
