// Getting data out and back in: text encodings of imported files, formula
// neutralisation in CSV and XLSX, all-or-nothing writes (a full disk, a cancel),
// Arabic headers and values, and the dry run that checks what the import checks.
#include "export/FileOutput.h"
#include "export/Sheet.h"
#include "registry/Csv.h"
#include "registry/CsvImport.h"
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/ZipReader.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::registry;
using namespace tamkeen::exporting;
using namespace Qt::StringLiterals;

namespace {

// Windows-1256 written by hand (not through the converter under test).
QByteArray cp1256(const QString &s)
{
    static const QHash<char16_t, char> table = {
        {u'أ', '\xC3'}, {u'ا', '\xC7'}, {u'ب', '\xC8'}, {u'ة', '\xC9'}, {u'ث', '\xCB'}, {u'د', '\xCF'},
        {u'ذ', '\xD0'}, {u'ر', '\xD1'}, {u'س', '\xD3'}, {u'ض', '\xD6'}, {u'ع', '\xDA'}, {u'ف', '\xDD'},
        {u'ك', '\xDF'}, {u'ل', '\xE1'}, {u'ن', '\xE4'}, {u'ه', '\xE5'}, {u'و', '\xE6'}, {u'ى', '\xEC'}, {u'ي', '\xED'}};
    QByteArray out;
    for (QChar c : s) {
        if (c.unicode() < 0x80)
            out += char(c.unicode());
        else
            out += table.value(c.unicode(), '?');
    }
    return out;
}

const QString kArabicFile = u"household_key,region,given_name,father_name,relation,sex\r\n"
                            "A,الرياض,فهد,سعد,رب الأسرة,ذكر\r\n"
                            "A,الرياض,نورة,سعد,ابنة,أنثى\r\n"_s;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int count(storage::Database &db, const QString &sql)
{
    return db.scalar(sql).value().toInt();
}

RowFeed rowsOf(const QList<QVariantList> &rows)
{
    return [rows](const RowSink &sink) -> Status {
        for (const QVariantList &r : rows)
            if (!sink(r))
                break;
        return {};
    };
}

SheetLayout twoColumns(bool rtl = false)
{
    return {u"قائمة"_s, {{u"الاسم"_s, CellKind::Text}, {u"رقم الهوية"_s, CellKind::Identifier}}, rtl};
}

} // namespace

TEST_CASE("Windows-1256 CSV from Arabic Excel is read as Arabic, not replacement characters", "[csv][encoding]")
{
    const QByteArray bytes = cp1256(kArabicFile);
    REQUIRE_FALSE(bytes.contains('?'));
    auto decoded = Csv::decode(bytes);
    REQUIRE(decoded.ok());
    CHECK(decoded.value().encoding == TextEncoding::Windows1256);
    CHECK(decoded.value().text == kArabicFile);

    auto t = test::makeSetUpDb();
    const ImportReport report = CsvImport::run(*t->db, t->admin, bytes);
    INFO((report.issues.isEmpty() ? std::string() : report.issues[0].message.toStdString()));
    REQUIRE(report.imported);
    CHECK(count(*t->db, u"SELECT count(*) FROM members WHERE given_name = 'فهد' AND relation = 'head'"_s) == 1);
    CHECK(count(*t->db, u"SELECT count(*) FROM members WHERE given_name LIKE '%' || char(65533) || '%'"_s) == 0);
}

TEST_CASE("UTF-16 with a BOM (Excel's Unicode text, tab separated) and UTF-8 without BOM are read", "[csv][encoding]")
{
    QString tabbed = kArabicFile;
    tabbed.replace(u',', u'\t');
    QStringEncoder le(QStringConverter::Utf16LE), be(QStringConverter::Utf16BE);
    const QByteArray utf16le = QByteArray("\xFF\xFE") + QByteArray(le.encode(tabbed));
    const QByteArray utf16be = QByteArray("\xFE\xFF") + QByteArray(be.encode(tabbed));
    for (const QByteArray &bytes : {utf16le, utf16be, kArabicFile.toUtf8()}) {
        auto rows = Csv::parse(bytes);
        REQUIRE(rows.ok());
        REQUIRE(rows.value().size() == 3);
        CHECK(rows.value()[1].fields == QStringList{u"A"_s, u"الرياض"_s, u"فهد"_s, u"سعد"_s, u"رب الأسرة"_s, u"ذكر"_s});
    }
    CHECK(Csv::decode(utf16le).value().encoding == TextEncoding::Utf16LE);
    CHECK(Csv::decode(kArabicFile.toUtf8()).value().encoding == TextEncoding::Utf8);
    auto t = test::makeSetUpDb();
    CHECK(CsvImport::run(*t->db, t->admin, utf16le).imported);
}

TEST_CASE("A file that is not text, or carries replacement characters, is refused with a clear message", "[csv][encoding]")
{
    QStringEncoder le(QStringConverter::Utf16LE);
    const QByteArray noBom = le.encode(kArabicFile); // UTF-16 without its BOM: NUL bytes
    auto refused = Csv::decode(noBom);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"CSV UTF-8"_s));

    const QByteArray binary("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR", 16);
    CHECK_FALSE(Csv::decode(binary).ok());

    const QByteArray mangled = u"household_key,region,given_name,father_name,relation,sex\nA,\uFFFD\uFFFD,فهد,سعد,head,male\n"_s.toUtf8();
    auto lost = Csv::decode(mangled);
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.error().message.contains(u"replacement characters"_s));

    auto t = test::makeSetUpDb();
    const ImportReport report = CsvImport::run(*t->db, t->admin, mangled);
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues[0].line == 0);
    CHECK_FALSE(report.imported);
    CHECK(count(*t->db, u"SELECT count(*) FROM members"_s) == 0);
}

TEST_CASE("Formula guard: one apostrophe before what a spreadsheet would run, taken back on reading", "[csv][formula]")
{
    const QStringList values = {u"=1+1"_s, u"+966551234567"_s, u"-5"_s, u"@SUM(A1)"_s, u"\t=x"_s, u"'=quoted"_s,
                                u"''+2"_s, u"'plain"_s, u"plain"_s, u"a=b"_s, QString()};
    for (const QString &v : values) {
        const QString guarded = Csv::guard(v);
        CHECK(Csv::unguard(guarded) == v);
        if (!guarded.isEmpty())
            CHECK_FALSE(QStringList({u"="_s, u"+"_s, u"-"_s, u"@"_s, u"\t"_s, u"\r"_s}).contains(guarded.left(1)));
    }
    CHECK(Csv::guard(u"=1+1"_s) == u"'=1+1"_s);
    CHECK(Csv::guard(u"plain"_s) == u"plain"_s);
    CHECK(csvLine({u"=HYPERLINK(\"x\")"_s, u"ok"_s}) == QByteArray("\"'=HYPERLINK(\"\"x\"\")\",ok\r\n"));
    auto rows = Csv::parse(csvLine(values));
    REQUIRE(rows.ok());
    CHECK(rows.value().first().fields == values);
}

TEST_CASE("Household CSV with formulas in text fields exports guarded and imports back unchanged", "[csv][formula]")
{
    auto a = test::makeSetUpDb();
    const QByteArray csv = "household_key,region,address,given_name,father_name,relation,sex,occupation\n"
                           "A,الرياض,=cmd|' /C calc'!A0,فهد,سعد,head,male,@SUM(A1)\n"
                           "A,الرياض,=cmd|' /C calc'!A0,نورة,سعد,daughter,female,-5\n";
    REQUIRE(CsvImport::run(*a->db, a->admin, csv).imported);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    REQUIRE(CsvImport::exportTo(*a->db, path).ok());
    const QByteArray out = readAll(path);
    CHECK(out.contains(",'=cmd|' /C calc'!A0,"));
    CHECK(out.contains(",'@SUM(A1),"));
    CHECK(out.contains(",'-5,"));
    CHECK_FALSE(out.contains(",=cmd"));

    auto b = test::makeSetUpDb(2);
    REQUIRE(CsvImport::run(*b->db, b->admin, out).imported);
    CHECK(b->db->scalar(u"SELECT address FROM households"_s).value().toString() == u"=cmd|' /C calc'!A0"_s);
    CHECK(count(*b->db, u"SELECT count(*) FROM members WHERE occupation IN ('@SUM(A1)', '-5')"_s) == 2);
}

TEST_CASE("XLSX: right to left, frozen header, text cells for IDs and formulas, never a formula", "[export][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.xlsx"_s);
    auto written = Sheet::write(path, twoColumns(true),
                                rowsOf({{u"=1+1"_s, u"29001011234567"_s}, {u"فهد"_s, u"+201001234567"_s}}));
    REQUIRE(written.ok());
    CHECK(written.value() == 2);
    const QByteArray zip = readAll(path);
    REQUIRE(zip.startsWith("PK"));
    const QByteArray sheet = test::zipEntry(zip, u"xl/worksheets/sheet1.xml"_s);
    REQUIRE_FALSE(sheet.isEmpty());
    CHECK(sheet.contains("rightToLeft=\"1\""));
    CHECK(sheet.contains("ySplit=\"1\""));
    CHECK(sheet.contains("state=\"frozen\""));
    CHECK_FALSE(sheet.contains("<f>"));
    // Strings: shared (t="s") or inline (t="inlineStr"); never a number for the ID.
    const QByteArray strings = test::zipEntry(zip, u"xl/sharedStrings.xml"_s) + sheet;
    CHECK(strings.contains(">=1+1<"));
    CHECK(strings.contains(">29001011234567<"));
    CHECK(strings.contains(QStringLiteral(">+201001234567<").toUtf8()));
    CHECK_FALSE(sheet.contains("<v>29001011234567</v>"));
    const QByteArray styles = test::zipEntry(zip, u"xl/styles.xml"_s);
    CHECK(styles.contains("numFmtId=\"49\"")); // Excel's Text format, "@"
}

TEST_CASE("A CSV sheet has a BOM, the header, and guarded cells", "[export][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.csv"_s);
    REQUIRE(Sheet::write(path, twoColumns(), rowsOf({{u"=1+1"_s, u"29001011234567"_s}})).ok());
    const QByteArray out = readAll(path);
    CHECK(out == QByteArray("\xEF\xBB\xBF") + u"الاسم,رقم الهوية\r\n'=1+1,29001011234567\r\n"_s.toUtf8());
}

TEST_CASE("A cancelled or failed export leaves no file and keeps the old one", "[export]")
{
    QTemporaryDir dir;
    QList<QVariantList> many;
    for (int i = 0; i < 2000; ++i)
        many << QVariantList{u"name"_s, QString::number(i)};
    for (const QString &name : {u"old.csv"_s, u"old.xlsx"_s}) {
        const QString path = dir.filePath(name);
        {
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("before");
        }
        auto cancelled = Sheet::write(path, twoColumns(), rowsOf(many), [](qint64 done) { return done < 500; });
        REQUIRE_FALSE(cancelled.ok());
        CHECK(Sheet::isCancel(cancelled.error()));
        CHECK(readAll(path) == "before");
        const Status failing = FileOutput::write(path, [](QIODevice &d) -> Status {
            d.write("half");
            return makeError(ErrorCode::Io, u"stop"_s);
        });
        CHECK_FALSE(failing.ok());
        CHECK(readAll(path) == "before");
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2); // no temporary files left behind
}

TEST_CASE("Writing to a full disk says the disk is full", "[export][disk]")
{
    if (!QFile::exists(u"/dev/full"_s)) {
        WARN("no /dev/full here: the full-disk messages are not checked");
        return;
    }
    const QString full = u"/dev/full"_s;
    const Status bytes = FileOutput::write(full, QByteArray(100000, 'x'));
    REQUIRE_FALSE(bytes.ok());
    CHECK(bytes.error().message.contains(u"disk is full"_s));
    CHECK_FALSE(bytes.error().message.contains(u"Unknown error"_s));

    auto t = test::makeSetUpDb();
    REQUIRE(CsvImport::run(*t->db, t->admin, kArabicFile.toUtf8()).imported);
    const Status csv = CsvImport::exportTo(*t->db, full);
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.error().message.contains(u"disk is full"_s));
    // The XLSX writer goes the same way (its workbook is copied to the target).
    auto sheet = Sheet::write(full, twoColumns(), rowsOf({{u"a"_s, u"1"_s}}));
    REQUIRE_FALSE(sheet.ok());
    CHECK(sheet.error().message.contains(u"disk is full"_s));
}
