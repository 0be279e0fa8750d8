#include "impact/ReportTables.h"

#include "casework/CareLevels.h"

#include "org/Identities.h"
#include "plans/PlanService.h"
#include "referrals/ExitService.h"
#include "registry/Vocabulary.h"
#include "storage/Database.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

using TableBuilder = ReportTable (*)(const DashboardData &, const QString &);

// The indicators' report, in the order of the dashboard.
const TableBuilder kDashboardTables[] = {
    ReportTables::tiles,
    ReportTables::exitReasons,
    ReportTables::exitsByMonth,
    ReportTables::cohorts,
    ReportTables::independenceTable,
    ReportTables::workTable,
    ReportTables::plansTable,
    ReportTables::partnersTable,
    ReportTables::wellbeingTable,
    ReportTables::clinicTable,
    ReportTables::firstSessionsTable,
    ReportTables::groupsTable,
};

// One line of the tiles' table: this period beside the previous one.
void line(ReportTable &t, const QString &indicator, const QString &what, const ReportCell &now,
          const ReportCell &before)
{
    t.rows << QList<ReportCell>{ReportCell::text(indicator), ReportCell::text(what), now, before};
}

ReportCell pooled(const SustainedExits &s, int months)
{
    const PooledHorizon p = pooledHorizon(s, months);
    if (p.exits.value == 0)
        return ReportCell::text(ReportTables::tr("Not yet known"));
    return ReportCell::share(p.share(), p.sustained.households.size(), p.exits.households.size());
}

ReportCell meanScore(const SatisfactionCell &c)
{
    ReportCell cell = ReportCell::number(c.mean);
    cell.households = c.households.size(); // a mean of 1-4 families' answers is theirs
    return cell;
}

QStringList madeOnLines(const QString &language, const QDate &madeOn)
{
    return {ReportTables::tr("Made on %1").arg(gregorianAndHijri(madeOn, language))};
}

} // namespace

QString ReportTables::monthName(const QDate &month, const QString &language)
{
    const QLocale locale(language == u"ar" ? QLocale::Arabic : QLocale::English);
    // The name alone from the locale: its digits are the user's choice, applied where shown.
    return u"%1 %2"_s.arg(locale.monthName(month.month(), QLocale::LongFormat)).arg(month.year());
}

QString ReportTables::periodLine(const QDate &first, const QDate &last, const QString &language)
{
    return tr("Period: %1 to %2").arg(gregorianAndHijri(first, language), gregorianAndHijri(last, language));
}

Result<QStringList> ReportTables::describe(storage::Database &db, const ImpactFilter &filter)
{
    QStringList lines;
    if (!filter.centres.isEmpty()) {
        auto centres = org::Identities::centres(db);
        if (!centres)
            return centres.error();
        QStringList names;
        for (const org::CentreRow &c : centres.value())
            if (filter.centres.contains(c.id))
                names << tr("%1 (%2)").arg(c.name, c.code);
        lines << tr("Centre: %1").arg(names.join(tr(", ")));
    }
    if (!filter.region.isEmpty())
        lines << tr("Region: %1").arg(filter.region);
    if (!filter.city.isEmpty())
        lines << tr("City: %1").arg(filter.city);
    if (!filter.district.isEmpty())
        lines << tr("District: %1").arg(filter.district);
    if (!filter.worker.isEmpty()) {
        auto name = db.scalar(u"SELECT full_name FROM users WHERE id = ?"_s, {filter.worker});
        if (!name)
            return name.error();
        lines << tr("Assigned worker: %1").arg(name.value().toString());
    }
    if (!filter.counsellor.isEmpty()) {
        auto name = db.scalar(u"SELECT full_name FROM users WHERE id = ?"_s, {filter.counsellor});
        if (!name)
            return name.error();
        lines << tr("Counsellor: %1").arg(name.value().toString());
    }
    if (!filter.track.isEmpty())
        lines << tr("Empowerment track: %1")
                     .arg(registry::Vocabulary::label(plans::PlanService(db).allTracks(), filter.track));
    if (!filter.category.isEmpty())
        lines << tr("Household category: %1")
                     .arg(registry::Vocabulary::label(registry::Vocabulary::defaultCategories(), filter.category));
    if (!filter.careLevel.isEmpty())
        lines << tr("Level of care now: %1")
                     .arg(registry::Vocabulary::label(casework::CareLevels::levels(), filter.careLevel));
    if (!filter.headSex.isEmpty())
        lines << tr("Head of household: %1")
                     .arg(registry::Vocabulary::label(registry::Vocabulary::sexes(), filter.headSex));
    if (filter.headAge) {
        lines << (filter.headAge->to ? tr("Head's age: %1 to %2 years").arg(filter.headAge->from).arg(*filter.headAge->to)
                                     : tr("Head's age: %1 years or more").arg(filter.headAge->from));
    }
    if (lines.isEmpty())
        lines << tr("Filters: none (all households)");
    return lines;
}

ReportDocument ReportTables::dashboard(const DashboardData &data, const Period &period, const QStringList &filters,
                                       const QString &language, const QDate &madeOn)
{
    ReportDocument doc;
    doc.title = tr("Impact indicators");
    doc.language = language;
    doc.about << periodLine(period.first(), period.last(), language);
    if (auto before = period.previous())
        doc.about << tr("Compared with the period before: %1 to %2")
                         .arg(gregorianAndHijri(before.value().first(), language),
                              gregorianAndHijri(before.value().last(), language));
    doc.about << filters << madeOnLines(language, madeOn);
    for (TableBuilder build : kDashboardTables)
        if (ReportTable t = build(data, language); !t.key.isEmpty()) // no key: left out (wellbeing for some readers)
            doc.tables << std::move(t);
    doc.charts << exitsChart(data, language) << survivalChart(data, language);
    return doc;
}

ReportTable ReportTables::tiles(const DashboardData &d, const QString &)
{
    ReportTable t;
    t.key = u"indicators"_s;
    t.title = tr("Indicators");
    t.headers = {tr("Indicator"), tr("Figure"), tr("This period"), tr("Previous period")};
    const QString caseload = Indicators::name(Indicator::Caseload);
    line(t, caseload, tr("Households supported at the end of the period"), ReportCell::count(d.caseload.supported),
         ReportCell::count(d.caseloadBefore.supported));
    line(t, caseload, tr("New registrations"), ReportCell::count(d.caseload.registered),
         ReportCell::count(d.caseloadBefore.registered));
    const QString exits = Indicators::name(Indicator::Exits);
    line(t, exits, tr("Exits to self-sufficiency"), ReportCell::count(d.exits.positive),
         ReportCell::count(d.exitsBefore.positive));
    line(t, exits, tr("All exits"), ReportCell::count(d.exits.total), ReportCell::count(d.exitsBefore.total));
    line(t, exits, tr("Households supported the day before the period"), ReportCell::count(d.exits.activeAtStart),
         ReportCell::count(d.exitsBefore.activeAtStart));
    line(t, exits, tr("Share of exits to self-sufficiency"), ReportCell::share(d.exits.positiveRate()),
         ReportCell::share(d.exitsBefore.positiveRate()));
    const QString sustained = Indicators::name(Indicator::SustainedExits);
    for (int months : Indicators::kHorizons)
        line(t, sustained, tr("Not re-entered %n month(s) after their exit", nullptr, months), pooled(d.sustained, months),
             pooled(d.sustainedBefore, months));
    const QString reentry = Indicators::name(Indicator::ReentryRate);
    line(t, reentry, tr("Re-entered within 12 months of their exit"), ReportCell::count(d.reentry.reentered),
         ReportCell::count(d.reentryBefore.reentered));
    line(t, reentry, tr("Exits whose 12 months have passed"), ReportCell::count(d.reentry.exits),
         ReportCell::count(d.reentryBefore.exits));
    line(t, reentry, tr("Re-entry rate"), ReportCell::share(d.reentry.rate()), ReportCell::share(d.reentryBefore.rate()));
    line(t, reentry, tr("Exits still within their 12 months"), ReportCell::count(d.reentry.pending),
         ReportCell::count(d.reentryBefore.pending));
    const QString satisfaction = tr("Satisfaction");
    line(t, satisfaction, tr("Mean score (1 to 5)"), meanScore(d.satisfaction.total),
         meanScore(d.satisfactionBefore.total));
    line(t, satisfaction, tr("Families who answered"), ReportCell::count(d.satisfaction.total.households.size()),
         ReportCell::count(d.satisfactionBefore.total.households.size()));
    return t;
}

ReportTable ReportTables::exitReasons(const DashboardData &d, const QString &)
{
    ReportTable t;
    t.key = u"exit_reasons"_s;
    t.title = tr("Exits by reason");
    t.headers = {tr("Reason"), tr("This period"), tr("Previous period")};
    const QList<registry::Term> reasons = referrals::ExitService::exitReasons();
    for (qsizetype i = 0; i < d.exits.byReason.size(); ++i) {
        const Figure &now = d.exits.byReason[i];
        const Figure before = i < d.exitsBefore.byReason.size() ? d.exitsBefore.byReason[i] : Figure{};
        t.rows << QList<ReportCell>{ReportCell::text(registry::Vocabulary::label(reasons, now.key)),
                                    ReportCell::count(now), ReportCell::count(before)};
    }
    return t;
}

ReportTable ReportTables::exitsByMonth(const DashboardData &d, const QString &language)
{
    ReportTable t;
    t.key = u"exits_by_month"_s;
    t.title = tr("Exits by month");
    t.note = tr("Households that left support, the 12 months ending with the period's last month.");
    t.headers = {tr("Month"), tr("Exits")};
    for (const MonthFigure &m : d.exitsByMonth)
        t.rows << QList<ReportCell>{ReportCell::text(monthName(m.month, language)), ReportCell::count(m.exits)};
    return t;
}

ReportTable ReportTables::cohorts(const DashboardData &d, const QString &language)
{
    ReportTable t;
    t.key = u"sustained_exits"_s;
    t.title = tr("Sustained exits");
    t.note = tr("Of each month's exits, the share not re-entered 3, 6 and 12 months later.");
    t.headers = {tr("Month of exit"), tr("Exits")};
    for (int months : Indicators::kHorizons)
        t.headers << tr("After %n month(s)", nullptr, months);
    for (const ExitCohort &c : d.sustained.cohorts) {
        QList<ReportCell> row{ReportCell::text(monthName(c.month, language)), ReportCell::count(c.exits)};
        for (const CohortHorizon &h : c.horizons)
            row << (h.known ? ReportCell::share(c.sustainedShare(h.months), h.sustained.households.size(),
                                                c.exits.households.size())
                            : ReportCell::text(tr("Not yet known")));
        t.rows << row;
    }
    return t;
}

ReportChart ReportTables::exitsChart(const DashboardData &d, const QString &language)
{
    ReportChart c;
    c.title = tr("Households that left support, by month");
    for (const MonthFigure &m : d.exitsByMonth) {
        c.labels << QLocale(language == u"ar" ? QLocale::Arabic : QLocale::English)
                        .monthName(m.month.month(), QLocale::ShortFormat);
        c.values << ReportCell::count(m.exits);
    }
    return c;
}

ReportChart ReportTables::survivalChart(const DashboardData &d, const QString &)
{
    ReportChart c;
    c.title = tr("Share of exits not re-entered, by months since the exit");
    c.line = true;
    for (int months : Indicators::kHorizons) {
        c.labels << tr("%n month(s)", nullptr, months);
        const PooledHorizon p = pooledHorizon(d.sustained, months);
        c.values << ReportCell::share(p.share(), p.sustained.households.size(), p.exits.households.size());
    }
    return c;
}

ReportDocument ReportTables::warnings(WarningRule rule, const QString &ruleInWords, const QList<WarningItem> &items,
                                      const QString &language, const QDate &today)
{
    ReportDocument doc;
    doc.title = tr("Early warnings");
    doc.language = language;
    // No count of the families here: the rows are the count, hidden with them when small.
    doc.about << tr("List: %1").arg(EarlyWarnings::title(rule)) << ruleInWords << madeOnLines(language, today);
    ReportTable t;
    t.key = EarlyWarnings::key(rule);
    t.title = EarlyWarnings::title(rule);
    t.listsHouseholds = true;
    t.headers = {tr("File number"), tr("Head of household"), tr("Since"), tr("Before"), tr("Now"), tr("Seen")};
    for (const WarningItem &i : items) {
        const bool amounts = rule == WarningRule::IncomeDrop || rule == WarningRule::ExitIncomeFell
                             || rule == WarningRule::LowWellbeing;
        t.rows << QList<ReportCell>{ReportCell::id(i.fileNumber),
                                    ReportCell::text(i.headName),
                                    ReportCell::date(i.since),
                                    amounts ? ReportCell::number(i.before) : ReportCell::text(QString()),
                                    ReportCell::number(i.after),
                                    ReportCell::text(i.seen ? tr("%1: %2").arg(gregorianAndHijri(i.seenOn, language),
                                                                               i.seenNote)
                                                            : QString())};
    }
    doc.tables << t;
    return doc;
}

ReportDocument ReportTables::readiness(const QList<HouseholdReadiness> &rows, bool onlyReady, const QString &language,
                                       const QDate &today)
{
    ReportDocument doc;
    doc.title = tr("Readiness to exit");
    doc.language = language;
    doc.about << (onlyReady ? tr("The families ready for a voluntary exit plan")
                            : tr("Households with an active plan, scored out of 100"))
              << madeOnLines(language, today);
    ReportTable t;
    t.key = u"readiness"_s;
    t.title = tr("Readiness to exit");
    t.listsHouseholds = true;
    t.headers = {tr("File number"), tr("Head of household"), tr("Score"), tr("Ready"), tr("Criteria met")};
    for (const HouseholdReadiness &h : rows) {
        QStringList met;
        for (const CriterionResult &c : h.results)
            if (c.met && !c.withheld)
                met << ExitReadiness::title(c.criterion);
        t.rows << QList<ReportCell>{ReportCell::id(h.fileNumber), ReportCell::text(h.headName),
                                    ReportCell::number(h.score), ReportCell::text(h.ready ? tr("Ready") : tr("Not yet")),
                                    ReportCell::text(met.join(tr(", ")))};
    }
    doc.tables << t;
    return doc;
}

} // namespace tamkeen::impact
