// Reports out (issue 14 §6): the Reports views as tables, worked out by hand
// from a DashboardData made in the test; the small-numbers rule (§1) on
// tables, charts, lists and tamkeen-cli's rows; the XLSX opened and read
// (sheets, direction, identifiers as text, numbers as numbers); the CSV's BOM
// and layout; failed writes that leave nothing.
#include "ImpactFixture.h"
#include "calendar/Hijri.h"
#include "export/ReportFiles.h"
#include "impact/ReportTables.h"
#include "impact/SmallNumbers.h"
#include "support/ZipReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace Qt::StringLiterals;

namespace {

QList<QByteArray> ids(int n, const QByteArray &prefix)
{
    QList<QByteArray> list;
    for (int i = 0; i < n; ++i)
        list << prefix + QByteArray::number(i);
    return list;
}

Figure fig(const QString &key, int n, const QByteArray &prefix)
{
    return Figure::of(key, ids(n, prefix));
}

// December 2025: 12 households supported (9 the month before), 3 registered,
// 2 of 6 exits to self-sufficiency against 20 supported at the start (the
// month before: 5 of 8 against 25); one cohort of 6 exits, 5 not back after 3 months.
DashboardData sample()
{
    DashboardData d;
    d.caseload.supported = fig(u"supported"_s, 12, "s");
    d.caseloadBefore.supported = fig(u"supported"_s, 9, "sb");
    d.caseload.registered = fig(u"registered"_s, 3, "r");
    d.caseloadBefore.registered = fig(u"registered"_s, 7, "rb");
    d.exits.positive = fig(u"positive"_s, 2, "e");
    d.exits.total = fig(u"total"_s, 6, "e");
    d.exits.activeAtStart = fig(u"active"_s, 20, "a");
    d.exits.byReason = {fig(u"employment"_s, 2, "e"), fig(u"moved"_s, 4, "m")};
    d.exitsBefore.positive = fig(u"positive"_s, 5, "eb");
    d.exitsBefore.total = fig(u"total"_s, 8, "eb");
    d.exitsBefore.activeAtStart = fig(u"active"_s, 25, "ab");
    d.exitsBefore.byReason = {fig(u"employment"_s, 5, "eb"), fig(u"moved"_s, 3, "mb")};
    for (int m = 1; m <= 12; ++m)
        d.exitsByMonth << MonthFigure{QDate(2025, m, 1), fig(u"total"_s, m == 12 ? 6 : m == 11 ? 2 : 0, "x")};
    ExitCohort c;
    c.month = QDate(2025, 12, 1);
    c.exits = fig(u"exits"_s, 6, "c");
    for (int months : Indicators::kHorizons) {
        CohortHorizon h;
        h.months = months;
        h.known = months == 3;
        if (h.known) {
            h.sustained = fig(u"sustained"_s, 5, "c");
            h.reentered = Figure::of(u"reentered"_s, {"c5"});
        }
        c.horizons << h;
    }
    d.sustained.cohorts << c;
    return d;
}

// Indicators 5-10 beside it: 8 households with a plan, 6 of them with income
// per person up 20 % (the month before: 2 of 7); 10 goals, 3 achieved; an
// employer with 6 referrals sent, 5 completed, and a bank with 2 sent, none
// completed; one counsellor with 12 sessions of 7 households, 2 no-shows of
// 8 appointments; WHO-5 of 6 members, a mean change of +7.5.
DashboardData sampleWithAll()
{
    DashboardData d = sample();
    d.independence.households = fig(u"households"_s, 8, "p");
    d.independence.rose = fig(u"rose"_s, 6, "p");
    d.independence.medianChange = 180.0;
    d.independenceBefore.households = fig(u"households"_s, 7, "p");
    d.independenceBefore.rose = fig(u"rose"_s, 2, "p");
    d.independence.ratioNow = {3000, 4000, fig(u"households"_s, 8, "p")};
    d.plans.goals = {u"goals"_s, 10, ids(6, "p")};
    d.plans.goalsAchieved = {u"achieved"_s, 3, ids(3, "p")};
    d.plans.byStatus = {{u"active"_s, 7, ids(7, "p")}};
    ReferralLine employer;
    employer.partnerName = u"شركة التوظيف"_s;
    employer.kind = u"employer"_s;
    employer.sent = {u"sent"_s, 6, ids(6, "r")};
    employer.accepted = employer.sent;
    employer.completed = {u"completed"_s, 5, ids(5, "r")};
    employer.medianDaysToCompletion = 12;
    ReferralLine bank;
    bank.partnerName = u"بنك التنمية"_s;
    bank.kind = u"bank"_s;
    bank.sent = {u"sent"_s, 2, ids(2, "b")};
    d.referrals.partners = {bank, employer}; // by name; ranked() puts the employer first
    d.referrals.total.sent = {u"sent"_s, 8, ids(8, "rb")};
    d.referrals.total.completed = employer.completed;
    CounsellorActivity huda;
    huda.name = u"هدى"_s;
    huda.sessions = {u"sessions"_s, 12, ids(7, "c")};
    huda.perWeek = 12.0 * 7 / 31;
    huda.kept = {u"kept"_s, 8, ids(6, "c")};
    huda.noShow = {u"no_show"_s, 2, ids(2, "c")};
    d.clinic.counsellors = {huda};
    d.clinic.total = huda;
    d.clinic.total.name.clear();
    WellbeingFigures w;
    w.who5.members = {u"members"_s, 6, ids(5, "w")};
    w.who5.meanChange = 7.5;
    d.wellbeing = w;
    d.wellbeingBefore = WellbeingFigures{};
    // By worker: Salma 9 supported, 5 exits (4 to self-sufficiency); nobody's 3 and 1.
    d.groupedBy = GroupBy::Worker;
    GroupFigures salma{QByteArray("s1"), {}, u"سلمى"_s, fig(u"supported"_s, 9, "g"), fig(u"exits"_s, 5, "x"),
                       fig(u"positive"_s, 4, "x")};
    GroupFigures none{{}, {}, u"—"_s, fig(u"supported"_s, 3, "n"), fig(u"exits"_s, 1, "y"), fig(u"positive"_s, 0, "y")};
    d.groups = {salma, none};
    return d;
}

const QList<ReportCell> &rowOf(const ReportTable &t, const QString &first)
{
    for (const QList<ReportCell> &row : t.rows)
        if (row.value(0).value.toString() == first)
            return row;
    FAIL("no row " << first.toStdString() << " in " << t.key.toStdString());
    return t.rows.first();
}

ReportDocument sampleReport(const QString &language = u"en"_s)
{
    return ReportTables::dashboard(sample(), Period::month(2025, 12).value(), {u"Centre: Riyadh"_s}, language,
                                   QDate(2026, 1, 15));
}

const ReportTable &table(const ReportDocument &doc, const QString &key)
{
    for (const ReportTable &t : doc.tables)
        if (t.key == key)
            return t;
    FAIL("no table " << key.toStdString());
    return doc.tables.first();
}

// The row of the indicators' table whose figure is `what`.
const QList<ReportCell> &tileRow(const ReportDocument &doc, const QString &what)
{
    for (const QList<ReportCell> &row : table(doc, u"indicators"_s).rows)
        if (row.value(1).value.toString() == what)
            return row;
    FAIL("no row " << what.toStdString());
    return table(doc, u"indicators"_s).rows.first();
}

QList<WarningItem> warningItems(int n)
{
    QList<WarningItem> items;
    for (int i = 0; i < n; ++i) {
        WarningItem w;
        w.rule = WarningRule::PlanIdle;
        w.fileNumber = u"00%1"_s.arg(12345 + i);
        w.headName = u"هند العتيبي"_s;
        w.since = QDate(2025, 10, 1);
        w.after = 75;
        items << w;
    }
    return items;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("The indicators' report: the tiles beside the previous period, exits by month, the cohort table, the period "
          "in Gregorian and Hijri",
          "[report][export]")
{
    const ReportDocument doc = sampleReport();
    QStringList keys;
    for (const ReportTable &t : doc.tables)
        keys << t.key;
    // Indicators 5-10 follow; wellbeing was not computed for this reader, so it has no table.
    CHECK(keys == QStringList{u"indicators"_s, u"exit_reasons"_s, u"exits_by_month"_s, u"sustained_exits"_s,
                              u"independence"_s, u"work"_s, u"plans"_s, u"referrals"_s, u"clinic"_s,
                              u"first_sessions"_s, u"groups"_s});
    // The period's days, each with its Umm al-Qura date (1 December 2025 is 10 Jumada II 1447).
    REQUIRE_FALSE(doc.about.isEmpty());
    CHECK(doc.about[0].contains(u"2025-12-01"_s));
    CHECK(doc.about[0].contains(u"2025-12-31"_s));
    CHECK(doc.about[0].contains(calendar::formatHijri(QDate(2025, 12, 1), u"en"_s)));
    CHECK(calendar::formatHijri(QDate(2025, 12, 1), u"en"_s).contains(u"1447"_s));
    CHECK(doc.about.join(u'\n').contains(u"2025-11-01"_s)); // the previous month, compared with
    CHECK(doc.about.contains(u"Centre: Riyadh"_s));

    const auto &supported = tileRow(doc, ReportTables::tr("Households supported at the end of the period"));
    CHECK(supported[2].value.toLongLong() == 12);
    CHECK(supported[3].value.toLongLong() == 9);
    const auto &share = tileRow(doc, ReportTables::tr("Share of exits to self-sufficiency"));
    CHECK(share[2].value.toDouble() == Approx(0.1)); // 2 of 20
    CHECK(share[3].value.toDouble() == Approx(0.2)); // 5 of 25
    CHECK(share[2].kind == ReportKind::Share);
    // No re-entry data: not applicable, never 0 %.
    CHECK(tileRow(doc, ReportTables::tr("Re-entry rate"))[2].value.isNull());

    const ReportTable &months = table(doc, u"exits_by_month"_s);
    REQUIRE(months.rows.size() == 12);
    CHECK(months.rows[11][0].value.toString() == u"December 2025"_s);
    CHECK(months.rows[11][1].value.toLongLong() == 6);
    const ReportTable &cohorts = table(doc, u"sustained_exits"_s);
    REQUIRE(cohorts.rows.size() == 1);
    CHECK(cohorts.rows[0][1].value.toLongLong() == 6);
    CHECK(cohorts.rows[0][2].value.toDouble() == Approx(5.0 / 6.0));
    CHECK(cohorts.rows[0][3].value.toString() == ReportTables::tr("Not yet known")); // 6 months not passed
    REQUIRE(doc.charts.size() == 2);
    CHECK(doc.charts[0].values.size() == 12);
    CHECK(doc.charts[1].line);
}

TEST_CASE("Small numbers: off, every number is written, and on, counts of 1-4 households and shares resting on them show "
          "as <5, lists of 1-4 families are not written",
          "[report][export][privacy]")
{
    auto t = test::makeSetUpDb();
    auto off = SmallNumbers::prepare(*t->db, sampleReport());
    REQUIRE(off.ok());
    CHECK(tileRow(off.value().document(), ReportTables::tr("New registrations"))[2].value.toLongLong() == 3);
    CHECK_FALSE(off.value().document().smallNumbersHidden);

    // Only an administrator sets it.
    security::Session supervisor = t->admin;
    supervisor.role = security::Role::Supervisor;
    const Status refused = SmallNumbers::setHidden(*t->db, supervisor, true);
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(SmallNumbers::hidden(*t->db).value());
    REQUIRE(SmallNumbers::setHidden(*t->db, t->admin, true).ok());
    CHECK(SmallNumbers::hidden(*t->db).value());

    auto on = SmallNumbers::prepare(*t->db, sampleReport());
    REQUIRE(on.ok());
    const ReportDocument &doc = on.value().document();
    CHECK(doc.smallNumbersHidden);
    CHECK(doc.about.last().contains(u"<5"_s));
    const auto &registered = tileRow(doc, ReportTables::tr("New registrations"));
    CHECK(registered[2].suppressed);             // 3
    CHECK(registered[2].value.toString() == u"<5"_s);
    CHECK_FALSE(registered[3].suppressed);       // 7
    const auto &share = tileRow(doc, ReportTables::tr("Share of exits to self-sufficiency"));
    CHECK(share[2].suppressed);                  // 2 of 20: the numerator is small
    CHECK_FALSE(share[3].suppressed);            // 5 of 25
    CHECK_FALSE(tileRow(doc, ReportTables::tr("All exits"))[2].suppressed); // 6
    const ReportTable &months = table(doc, u"exits_by_month"_s);
    CHECK(months.rows[10][1].suppressed);        // 2
    CHECK_FALSE(months.rows[11][1].suppressed);  // 6
    CHECK(months.rows[0][1].value.toLongLong() == 0); // none is not a family
    CHECK_FALSE(table(doc, u"sustained_exits"_s).rows[0][2].suppressed); // 5 of 6
    CHECK(doc.charts[0].values[10].suppressed);
    CHECK_FALSE(doc.charts[0].values[11].suppressed);

    // A share over 1-4 households is hidden too, whatever its numerator.
    ReportDocument small;
    small.tables << ReportTable{u"t"_s, u"T"_s, {}, {u"a"_s}, {{ReportCell::share(0.0, 0, 3)}}, false};
    SmallNumbers::apply(small);
    CHECK(small.tables[0].rows[0][0].suppressed);

    // A list of 3 families is not written, its file numbers nowhere; a list of 6 is.
    const QString rule = EarlyWarnings::explain(WarningRule::PlanIdle, {});
    auto three = SmallNumbers::prepare(*t->db, ReportTables::warnings(WarningRule::PlanIdle, rule, warningItems(3), u"en"_s,
                                                                      QDate(2026, 1, 15)));
    REQUIRE(three.ok());
    REQUIRE(three.value().document().tables[0].rows.size() == 1);
    const QByteArray csv = exporting::ReportFiles::csv(three.value());
    CHECK_FALSE(csv.contains("0012345"));
    CHECK(csv.contains(SmallNumbers::tr("Fewer than %1 households: not shown.").arg(5).toUtf8()));
    auto six = SmallNumbers::prepare(*t->db, ReportTables::warnings(WarningRule::PlanIdle, rule, warningItems(6), u"en"_s,
                                                                    QDate(2026, 1, 15)));
    REQUIRE(six.ok());
    CHECK(six.value().document().tables[0].rows.size() == 6);
    CHECK(exporting::ReportFiles::csv(six.value()).contains("0012345"));
}

TEST_CASE("The report as XLSX: one sheet per table, right to left in Arabic, identifiers as text, numbers as numbers, "
          "a title block with the period",
          "[report][export][xlsx]")
{
    auto t = test::makeSetUpDb();
    QTemporaryDir dir;
    const QString ar = dir.filePath(u"report-ar.xlsx"_s);
    REQUIRE(exporting::ReportFiles::writeXlsx(ar, SmallNumbers::prepare(*t->db, sampleReport(u"ar"_s)).value()).ok());
    const QByteArray zip = readAll(ar);
    const QByteArray book = test::zipEntry(zip, u"xl/workbook.xml"_s);
    CHECK(book.count("<sheet ") == 11); // one per table (no wellbeing in the sample)
    const QByteArray sheet1 = test::zipEntry(zip, u"xl/worksheets/sheet1.xml"_s);
    CHECK(sheet1.contains("rightToLeft=\"1\""));
    CHECK(sheet1.contains("<v>12</v>")); // households supported: a number
    CHECK_FALSE(sheet1.contains("<f>"));
    const QByteArray strings = test::zipEntry(zip, u"xl/sharedStrings.xml"_s);
    CHECK(strings.contains("2025-12-01"));
    CHECK(strings.contains(calendar::formatHijri(QDate(2025, 12, 1), u"ar"_s).toUtf8()));
    CHECK(strings.contains(ReportTables::tr("Impact indicators").toUtf8()));

    const QString en = dir.filePath(u"report-en.xlsx"_s);
    REQUIRE(exporting::ReportFiles::writeXlsx(en, SmallNumbers::prepare(*t->db, sampleReport(u"en"_s)).value()).ok());
    CHECK_FALSE(test::zipEntry(readAll(en), u"xl/worksheets/sheet1.xml"_s).contains("rightToLeft"));

    // A file number of digits stays text: a shared string in the Text format, never a number.
    const QString list = dir.filePath(u"warnings.xlsx"_s);
    const QString rule = EarlyWarnings::explain(WarningRule::PlanIdle, {});
    REQUIRE(exporting::ReportFiles::writeXlsx(
                list, SmallNumbers::prepare(*t->db, ReportTables::warnings(WarningRule::PlanIdle, rule, warningItems(6),
                                                                           u"ar"_s, QDate(2026, 1, 15)))
                          .value())
                .ok());
    const QByteArray listZip = readAll(list);
    const QByteArray listSheet = test::zipEntry(listZip, u"xl/worksheets/sheet1.xml"_s);
    CHECK(test::zipEntry(listZip, u"xl/sharedStrings.xml"_s).contains(">0012345<"));
    CHECK_FALSE(listSheet.contains("<v>12345</v>"));
    CHECK_FALSE(listSheet.contains("<v>0012345</v>"));
    CHECK(test::zipEntry(listZip, u"xl/styles.xml"_s).contains("numFmtId=\"49\""));

    // Hidden small numbers are written as <5, in both formats.
    REQUIRE(SmallNumbers::setHidden(*t->db, t->admin, true).ok());
    const QString hidden = dir.filePath(u"hidden.xlsx"_s);
    REQUIRE(exporting::ReportFiles::writeXlsx(hidden, SmallNumbers::prepare(*t->db, sampleReport()).value()).ok());
    CHECK(test::zipEntry(readAll(hidden), u"xl/sharedStrings.xml"_s).contains("&lt;5"));
}

TEST_CASE("The report as CSV: a BOM, the title and facts, then each table after a blank line under its title",
          "[report][export][csv]")
{
    auto t = test::makeSetUpDb();
    const QByteArray csv = exporting::ReportFiles::csv(SmallNumbers::prepare(*t->db, sampleReport()).value());
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    CHECK(text.startsWith(ReportTables::tr("Impact indicators") + u"\r\n"_s));
    CHECK(text.contains(u"\r\n\r\n"_s + ReportTables::tr("Exits by month") + u"\r\n"_s));
    CHECK(text.contains(u"December 2025,6\r\n"_s));
    CHECK(text.contains(u",10%,20%\r\n"_s)); // the share of exits to self-sufficiency
    CHECK(text.count(u"\r\n\r\n"_s) == 11); // eleven tables (no wellbeing in the sample)
    CHECK_FALSE(text.contains(u"<5"_s));
    REQUIRE(SmallNumbers::setHidden(*t->db, t->admin, true).ok());
    const QString hidden = QString::fromUtf8(exporting::ReportFiles::csv(SmallNumbers::prepare(*t->db, sampleReport()).value()));
    CHECK(hidden.contains(u"November 2025,<5\r\n"_s));
    CHECK(hidden.contains(u"December 2025,6\r\n"_s));
}

TEST_CASE("A report that cannot be written leaves no file and says why", "[report][export]")
{
    auto t = test::makeSetUpDb();
    const PreparedReport report = SmallNumbers::prepare(*t->db, sampleReport()).value();
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"no such folder/report.xlsx"_s);
    const Status xlsx = exporting::ReportFiles::writeXlsx(missing, report);
    REQUIRE_FALSE(xlsx.ok());
    CHECK(xlsx.error().message.contains(QDir::toNativeSeparators(missing)));
    CHECK(xlsx.error().message.contains(u"was not written"_s));
    CHECK_FALSE(QFile::exists(missing));
    const QString missingCsv = dir.filePath(u"no such folder/report.csv"_s);
    CHECK_FALSE(exporting::ReportFiles::writeCsv(missingCsv, report).ok());
    CHECK_FALSE(QFile::exists(missingCsv));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    if (QFile::exists(u"/dev/full"_s)) {
        const Status full = exporting::ReportFiles::writeXlsx(u"/dev/full"_s, report);
        REQUIRE_FALSE(full.ok());
        CHECK(full.error().message.contains(u"disk is full"_s));
    }
}

TEST_CASE("tamkeen-cli report's rows follow the small-numbers rule: no value and no file numbers for 1-4 households",
          "[report][impact][privacy]")
{
    test::impactfixture::Impact f;
    ReportRequest request{{Indicator::Caseload, Indicator::Exits}, Period::quarter(2025, 1).value(), {}, QDate(2026, 6, 1)};
    auto find = [](const QList<ReportRow> &rows, const QString &indicator, const QString &group, const QString &key) {
        for (const ReportRow &r : rows)
            if (r.indicator == indicator && r.group == group && r.key == key)
                return r;
        FAIL("no row " << key.toStdString());
        return ReportRow{};
    };
    auto shown = IndicatorReport::rows(f.db, request);
    REQUIRE(shown.ok());
    // On 2025-03-31: H07 suspended (1), six active.
    CHECK(find(shown.value(), u"caseload"_s, u"households"_s, u"suspended"_s).value == 1.0);
    CHECK(find(shown.value(), u"caseload"_s, u"households"_s, u"suspended"_s).fileNumbers.size() == 1);

    REQUIRE(SmallNumbers::setHidden(f.db, f.admin, true).ok());
    auto hidden = IndicatorReport::rows(f.db, request);
    REQUIRE(hidden.ok());
    const ReportRow suspended = find(hidden.value(), u"caseload"_s, u"households"_s, u"suspended"_s);
    CHECK(suspended.suppressed);
    CHECK_FALSE(suspended.value.has_value());
    CHECK(suspended.fileNumbers.isEmpty());
    const ReportRow active = find(hidden.value(), u"caseload"_s, u"households"_s, u"active"_s);
    CHECK_FALSE(active.suppressed);
    CHECK(active.value == 6.0);
    CHECK(active.fileNumbers.size() == 6);
    for (const ReportRow &r : hidden.value()) {
        INFO(r.indicator.toStdString() << " " << r.key.toStdString());
        CHECK_FALSE(SmallNumbers::isSmall(r.fileNumbers.size()));
        CHECK_FALSE(SmallNumbers::isSmall(r.base));
    }
    // JSON and CSV say <5.
    const QJsonObject json = IndicatorReport::json(request, hidden.value());
    bool marked = false;
    for (const QJsonValue &v : json.value(u"rows"_s).toArray())
        marked = marked || v.toObject().value(u"value"_s).toString() == u"<5"_s;
    CHECK(marked);
    CHECK(IndicatorReport::csv(hidden.value()).contains("caseload,households,suspended,<5,\r\n"));
}

TEST_CASE("The indicators' report has tables for indicators 5-10, worked out by hand, with small numbers hidden",
          "[report][export][privacy]")
{
    const DashboardData data = sampleWithAll();
    const ReportDocument doc = ReportTables::dashboard(data, Period::month(2025, 12).value(), {}, u"en"_s,
                                                       QDate(2026, 1, 15));
    const ReportTable &independence = table(doc, u"independence"_s);
    CHECK(rowOf(independence, ReportTables::tr("Households with a plan"))[1].value.toLongLong() == 8);
    CHECK(rowOf(independence, ReportTables::tr("Households with a plan"))[2].value.toLongLong() == 7);
    const auto &rose = rowOf(independence, ReportTables::tr("Share with income per person up by 20 % or more"));
    CHECK(rose[1].value.toDouble() == Approx(0.75)); // 6 of 8
    CHECK(rose[2].value.toDouble() == Approx(2.0 / 7.0));
    CHECK(rowOf(independence, ReportTables::tr("Independence ratio at the period's end"))[1].value.toDouble()
          == Approx(0.75)); // 3,000 of 4,000
    CHECK(rowOf(independence, ReportTables::tr("Independence ratio at the plan's baseline"))[1].value.isNull());
    const ReportTable &plans = table(doc, u"plans"_s);
    CHECK(rowOf(plans, ReportTables::tr("Share of goals achieved"))[1].value.toDouble() == Approx(0.3));
    CHECK(rowOf(plans, ReportTables::tr("Share of goals achieved"))[2].value.isNull()); // no goals: not 0 %
    // Partners best first: the employer completed 5 of 6, the bank none of 2; then everyone.
    const ReportTable &partners = table(doc, u"referrals"_s);
    REQUIRE(partners.rows.size() == 3);
    CHECK(partners.rows[0][0].value.toString() == u"شركة التوظيف"_s);
    CHECK(partners.rows[0][2].value.toLongLong() == 6);
    CHECK(partners.rows[0][6].value.toDouble() == Approx(5.0 / 6.0));
    CHECK(partners.rows[0][7].value.toDouble() == Approx(12.0));
    CHECK(partners.rows[1][0].value.toString() == u"بنك التنمية"_s);
    CHECK(partners.rows[2][0].value.toString() == ReportTables::tr("All partners"));
    CHECK(partners.rows[2][2].value.toLongLong() == 8);
    const ReportTable &clinic = table(doc, u"clinic"_s);
    REQUIRE(clinic.rows.size() == 2);
    CHECK(clinic.rows[0][1].value.toLongLong() == 12);
    CHECK(clinic.rows[0][2].value.toDouble() == Approx(84.0 / 31.0));
    CHECK(clinic.rows[0][5].value.toDouble() == Approx(0.25)); // 2 of 8
    // Wellbeing, computed for this reader: 6 members of 5 households, +7.5 points.
    const ReportTable &wellbeing = table(doc, u"wellbeing"_s);
    CHECK(rowOf(wellbeing, ReportTables::tr("%1: mean change in points").arg(ReportTables::tr("WHO-5 wellbeing")))[1]
              .value.toDouble()
          == Approx(7.5));

    // Hidden: the bank's 2 referrals (2 families), the 2 no-shows and the
    // share over them, the rose share the month before (2 of 7); not the
    // employer's 6 of 6 families, nor 12 sessions of 7 families.
    auto t = test::makeSetUpDb();
    REQUIRE(SmallNumbers::setHidden(*t->db, t->admin, true).ok());
    auto on = SmallNumbers::prepare(*t->db, doc);
    REQUIRE(on.ok());
    const ReportDocument &hidden = on.value().document();
    const ReportTable &p = table(hidden, u"referrals"_s);
    CHECK_FALSE(p.rows[0][2].suppressed);
    CHECK(p.rows[1][2].suppressed);
    CHECK(p.rows[1][2].value.toString() == u"<5"_s);
    const ReportTable &c = table(hidden, u"clinic"_s);
    CHECK_FALSE(c.rows[0][1].suppressed);
    CHECK(c.rows[0][4].suppressed);
    CHECK(c.rows[0][5].suppressed);
    const auto &roseHidden =
        rowOf(table(hidden, u"independence"_s), ReportTables::tr("Share with income per person up by 20 % or more"));
    CHECK_FALSE(roseHidden[1].suppressed);
    CHECK(roseHidden[2].suppressed);
    // By worker: Salma's 9 and 5 shown, her 4 to self-sufficiency hidden; the 3 and the 1 hidden, the 0 not.
    const ReportTable &groups = table(hidden, u"groups"_s);
    REQUIRE(groups.rows.size() == 2);
    CHECK(groups.rows[0][1].value.toLongLong() == 9);
    CHECK_FALSE(groups.rows[0][2].suppressed);
    CHECK(groups.rows[0][3].suppressed);
    CHECK(groups.rows[1][1].suppressed);
    CHECK(groups.rows[1][2].suppressed);
    CHECK_FALSE(groups.rows[1][3].suppressed);
    CHECK(groups.headers.first() == ReportTables::tr("Worker"));
    // Goals achieved: 3 goals of 3 families.
    CHECK(rowOf(table(hidden, u"plans"_s), ReportTables::tr("Goals achieved"))[1].suppressed);
}
