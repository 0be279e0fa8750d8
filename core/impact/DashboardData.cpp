#include "impact/DashboardData.h"

#include "clinic/ClinicVocabulary.h"
#include "impact/MaintainedFacts.h"
#include "storage/Database.h"

#include <QLoggingCategory>
#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

std::optional<double> PooledHorizon::share() const
{
    if (exits.value == 0)
        return std::nullopt;
    return double(sustained.value) / double(exits.value);
}

PooledHorizon pooledHorizon(const SustainedExits &s, int months)
{
    QList<QByteArray> sustained, exits;
    for (const ExitCohort &c : s.cohorts)
        for (const CohortHorizon &h : c.horizons)
            if (h.months == months && h.known) {
                sustained += h.sustained.households;
                exits += c.exits.households;
            }
    // Cohort by cohort, each by file number; a household that exited in two
    // months of the period counts in both, as in the cohort table.
    return {Figure::of(u"sustained"_s, sustained), Figure::of(u"exits"_s, exits)};
}

namespace {

// The page cache of a dashboard's connection while it computes (openForDashboard):
// 96 MiB, where pages read for the first period are not opened again for the
// second (encrypted, 25-35 % faster at 20,000 households; 3-24 % at 100,000
// against 48 MiB). In a file of more than 300,000 households most pages are
// read once and fill it all the same: 48 MiB there, so that the GUI's peak
// stays under 400 MB at a million households (390 MiB with 96, 333 with 48).
// About the households of the file: rows ever added (a rowid table).
bool manyHouseholds(storage::Database &db)
{
    qint64 households = 0;
    if (!db.read(u"SELECT max(rowid) FROM households"_s, {}, [&](const storage::RawRow &r) { households = r.integer(0); }))
        households = 0;
    return households > 300000;
}

int dashboardCacheKiB(storage::Database &db)
{
    return (manyHouseholds(db) ? 48 : 96) * 1024;
}

template <typename T>
Status take(T &target, Result<T> r)
{
    if (!r)
        return r.error();
    target = std::move(r).value();
    return {};
}

// The dashboard as groups of figures, each for both periods, grouped by what
// they read so that one Indicators keeps it for the whole group: the kept
// plans, the income and referral histories (independence, plans, work,
// referrals: on two threads the plans apart loaded their facts twice); the clinic;
// the status history (the caseload and its trend); the exit history (exits,
// cohorts, the exits' trend); satisfaction and wellbeing; then the bars. Each group fills
// fields of its own. Heaviest first at 100,000 households with the clinic's
// and plans' data (at a million without them only the status group weighs),
// so that two threads taking the next one as they finish end together.
struct Request {
    Period period, prev;
    ImpactFilter filter;
    QDate asOf;
    const security::Session *reader;
    GroupBy groupBy;
};
using Group = Status (*)(storage::Database &, Indicators &, const Request &, DashboardData &);

Status statusGroup(storage::Database &, Indicators &indicators, const Request &q, DashboardData &d)
{
    Status s = take(d.caseload, indicators.caseload(q.period, q.filter));
    if (s)
        s = take(d.supportedByMonth, indicators.supportedAtMonthEnds(q.period.last(), 12, q.filter));
    if (s)
        s = take(d.caseloadBefore, indicators.caseload(q.prev, q.filter));
    return s;
}

// The exits and their cohorts: one exit history.
Status exitGroup(storage::Database &, Indicators &indicators, const Request &q, DashboardData &d)
{
    Status s = take(d.exits, indicators.exits(q.period, q.filter));
    if (s)
        s = take(d.exitsBefore, indicators.exits(q.prev, q.filter));
    if (s)
        s = take(d.sustained, indicators.sustainedExits(q.period, q.filter, q.asOf));
    if (s)
        s = take(d.reentry, indicators.reentryRate(q.period, q.filter, q.asOf));
    if (s)
        s = take(d.sustainedBefore, indicators.sustainedExits(q.prev, q.filter, q.asOf));
    if (s)
        s = take(d.reentryBefore, indicators.reentryRate(q.prev, q.filter, q.asOf));
    const QDate last(q.period.last().year(), q.period.last().month(), 1);
    QList<Figure> monthly;
    if (s)
        s = take(monthly, indicators.exitTotalsByMonth(last.addMonths(-11), 12, q.filter));
    if (!s)
        return s;
    d.exitsByMonth.clear();
    for (int k = 0; k < monthly.size(); ++k)
        d.exitsByMonth << MonthFigure{last.addMonths(k - 11), monthly[k]};
    return s;
}

// Plans and work read the kept plans too, work the referral history: one
// group, so that each is read once.
Status incomeGroup(storage::Database &, Indicators &indicators, const Request &q, DashboardData &d)
{
    Status s = take(d.independence, indicators.independence(q.period, q.filter));
    if (s)
        s = take(d.independenceBefore, indicators.independence(q.prev, q.filter));
    if (s)
        s = take(d.plans, indicators.plans(q.period, q.filter));
    if (s)
        s = take(d.plansBefore, indicators.plans(q.prev, q.filter));
    if (s)
        s = take(d.activePlansByMonth, indicators.activePlansAtMonthEnds(q.period.last(), 12, q.filter));
    if (s)
        s = take(d.work, indicators.work(q.period, q.filter));
    if (s)
        s = take(d.workBefore, indicators.work(q.prev, q.filter));
    if (s)
        s = take(d.referrals, indicators.referrals(q.period, q.filter));
    if (s)
        s = take(d.referralsBefore, indicators.referrals(q.prev, q.filter));
    if (s)
        s = take(d.referralsByMonth, indicators.countsByMonth(MonthlyCount::ReferralsSent, q.period.last(), 12, q.filter));
    return s;
}

Status clinicGroup(storage::Database &, Indicators &indicators, const Request &q, DashboardData &d)
{
    Status s = take(d.clinic, indicators.clinic(q.period, q.filter));
    if (s)
        s = take(d.clinicBefore, indicators.clinic(q.prev, q.filter));
    if (s)
        s = take(d.sessionsByMonth, indicators.countsByMonth(MonthlyCount::SessionsHeld, q.period.last(), 12, q.filter));
    return s;
}

Status opinionGroup(storage::Database &db, Indicators &indicators, const Request &q, DashboardData &d)
{
    // Satisfaction filters by centre only (the centre stored when the survey was asked).
    Status s = take(d.satisfaction, satisfactionSummary(db, q.period.first(), q.period.last(), q.filter.centres));
    if (s)
        s = take(d.satisfactionBefore, satisfactionSummary(db, q.prev.first(), q.prev.last(), q.filter.centres));
    // Confidential: computed only for a reader core lets see it, never refused on screen.
    d.wellbeing.reset();
    d.wellbeingBefore.reset();
    if (s && q.reader && clinic::mayReadConfidential(*q.reader)) {
        WellbeingFigures now, before;
        s = take(now, indicators.wellbeing(*q.reader, q.period, q.filter));
        if (s)
            s = take(before, indicators.wellbeing(*q.reader, q.prev, q.filter));
        if (s) {
            d.wellbeing = std::move(now);
            d.wellbeingBefore = std::move(before);
        }
    }
    return s;
}

Q_LOGGING_CATEGORY(lcImpact, "tamkeen.impact", QtInfoMsg)

// The kept facts of the households changed since (MaintainedFacts.h), stored
// before the figures are read: they are read from the rows otherwise, which
// is exact too. A copy opened read-only or a write under way elsewhere (an
// import: not waited for) leaves them for the next time.
void storeKeptFacts(storage::Database &db)
{
    if (db.inTransaction())
        return;
    int waited = 5000;
    if (Status s = db.read(u"PRAGMA busy_timeout"_s, {}, [&](const storage::RawRow &r) { waited = int(r.integer(0)); }); !s)
        return;
    if (Status s = db.execScript(u"PRAGMA busy_timeout = 0"_s); !s)
        return;
    if (Status s = maintained::refreshAll(db); !s)
        qCInfo(lcImpact) << "kept facts not stored now:" << s.error().message;
    if (Status s = db.execScript(u"PRAGMA busy_timeout = %1"_s.arg(waited)); !s)
        qCWarning(lcImpact) << "busy timeout not set back:" << s.error().message;
}

constexpr Group kGroups[] = {incomeGroup, clinicGroup, statusGroup, exitGroup, opinionGroup};

// The bars, once the caseload and the exits are known (statusGroup, exitGroup).
Status bars(storage::Database &db, const Request &q, DashboardData &d)
{
    d.groupedBy = q.groupBy;
    return take(d.groups, GroupedFigures::group(db, d.caseload.supported, d.exits, q.groupBy));
}

} // namespace

Result<DashboardData> computeDashboard(storage::Database &db, const Period &period, const ImpactFilter &filter,
                                       const QDate &asOf, const security::Session *reader, GroupBy groupBy)
{
    auto before = period.previous();
    if (!before)
        return before.error();
    // One Indicators for both periods: the status history and the exit
    // cohorts it keeps are read once. The pages read for the first period
    // are read again for the second: with the connection's own cache (the
    // CLI's 2 MiB, the window's 32) they came from the file again, and
    // encrypted were opened again (1.4-1.8x the plain time at 100,000
    // households); the dashboard's cache while it is computed.
    storage::Database::BulkCache cache(db, dashboardCacheKiB(db));
    storeKeptFacts(db);
    Indicators indicators(db);
    const Request q{period, before.value(), filter, asOf, reader, groupBy};
    DashboardData d;
    for (Group group : kGroups)
        if (Status s = group(db, indicators, q, d); !s)
            return s.error();
    if (Status s = bars(db, q, d); !s)
        return s.error();
    return d;
}

namespace {

// A connection for one of the dashboard's threads, with a page cache of 96
// MiB or 48 (dashboardCacheKiB; the window's has 32): each group reads both
// periods, and pages read again are not read (and, encrypted, opened) again.
// Freed when the thread is done.
Result<std::unique_ptr<storage::Database>> openForDashboard(const QString &path)
{
    auto db = storage::Database::openAnother(path);
    if (db)
        if (auto q = db.value()->exec(QStringLiteral("PRAGMA cache_size = -%1").arg(dashboardCacheKiB(*db.value()))))
            q.value()->finish();
    return db;
}

} // namespace

Result<DashboardData> computeDashboard(const QString &path, const Period &period, const ImpactFilter &filter,
                                       const QDate &asOf, const security::Session *reader, GroupBy groupBy)
{
    auto before = period.previous();
    if (!before)
        return before.error();
    // Two threads, each on a connection of its own opened and closed in it (a
    // connection never crosses threads), take the groups in turn as they
    // finish: on two cores this nearly halves the wait. Each reads its own
    // consistent snapshot; a write committed meanwhile could show in some
    // groups only, as after a refresh.
    const Request q{period, before.value(), filter, asOf, reader, groupBy};
    DashboardData d;
    std::atomic<size_t> next{0};
    std::atomic<int> running{2};
    std::atomic<bool> failed{false};
    auto mine = openForDashboard(path);
    if (!mine)
        return mine.error();
    // Above 300,000 households one connection reads faster than two: at a
    // million the two threads' reads, each of other parts of the file, did
    // not fit the page cache together (2.8 s on one, 3.2-4.4 s on two, the
    // operating system's cache holding a quarter of the 8 GB file).
    storeKeptFacts(*mine.value());
    if (manyHouseholds(*mine.value()))
        return computeDashboard(*mine.value(), period, filter, asOf, reader, groupBy);
    const auto work = [&](Result<std::unique_ptr<storage::Database>> db) -> Status {
        Status s = db ? Status() : Status(db.error());
        if (s) {
            Indicators indicators(*db.value());
            for (size_t k = next++; s && k < std::size(kGroups); k = next++)
                s = kGroups[k](*db.value(), indicators, q, d);
        }
        if (!s) {
            failed = true;
            next = std::size(kGroups); // the other stops after its group
        }
        // The last thread to finish draws the bars: both halves they need are in.
        if (--running == 0 && !failed)
            s = bars(*db.value(), q, d);
        return s;
    };
    Status other;
    std::thread worker([&] { other = work(openForDashboard(path)); });
    const Status own = work(std::move(mine));
    worker.join();
    if (!own)
        return own.error();
    if (!other)
        return other.error();
    return d;
}

} // namespace tamkeen::impact
