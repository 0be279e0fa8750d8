#include "impact/DashboardGroups.h"

#include "clinic/ClinicVocabulary.h"
#include "impact/MaintainedFacts.h"
#include "storage/Database.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact::dashboard {

// The page cache of a dashboard's connection while it computes:
// 96 MiB, where pages read for the first period are not opened again for the
// second (encrypted, 25-35 % faster at 20,000 households; 3-24 % at 100,000
// against 48 MiB). In a file of more than 300,000 households most pages are
// read once and fill it all the same: 8 MiB there for each of the engine's
// two connections, below a connection's own 32 (DashboardEngine lowers it;
// computeDashboard on one connection does not). As fast at a million
// households, 4 to 32 MiB alike; the GUI's peak 336 MiB against 385 with 32
// (the target is 400 MB).
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
    return (manyHouseholds(db) ? 8 : 96) * 1024;
}

namespace {

template <typename T>
Status take(T &target, Result<T> r)
{
    if (!r)
        return r.error();
    target = std::move(r).value();
    return {};
}

// The caseload and its trend (the status history).
Status caseloadGroup(storage::Database &, Indicators &indicators, const Request &q, DashboardData &d)
{
    Status s = take(d.caseload, indicators.caseload(q.period, q.filter));
    if (s)
        s = take(d.supportedByMonth, indicators.supportedAtMonthEnds(q.period.last(), 12, q.filter));
    if (s)
        s = take(d.caseloadBefore, indicators.caseload(q.prev, q.filter));
    return s;
}

// The exits, their cohorts and trend (the exit history). The exits' caseload
// at the start comes from the status history (by SQL, a scan of every status
// change, otherwise): read once for both threads, the caseload group's, and
// asked for last, so that the other thread has read it meanwhile.
Status exitGroup(storage::Database &, Indicators &indicators, const Request &q, DashboardData &d)
{
    Status s = take(d.sustained, indicators.sustainedExits(q.period, q.filter, q.asOf));
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
    if (s)
        s = indicators.readStatusHistory(q.filter, q.period.last());
    if (s)
        s = take(d.exits, indicators.exits(q.period, q.filter));
    if (s)
        s = indicators.readStatusHistory(q.filter, q.prev.last());
    if (s)
        s = take(d.exitsBefore, indicators.exits(q.prev, q.filter));
    if (!s)
        return s;
    d.exitsByMonth.clear();
    for (int k = 0; k < monthly.size(); ++k)
        d.exitsByMonth << MonthFigure{last.addMonths(k - 11), monthly[k]};
    return s;
}

// Independence and plans (the kept plans, the incomes).
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
    return s;
}

// Work reads the kept plans, the members able to work and the referrals:
// apart from the plans' group, so that the threads' halves come out even
// (what both read is read once: SharedReads).
Status workGroup(storage::Database &, Indicators &indicators, const Request &q, DashboardData &d)
{
    Status s = take(d.work, indicators.work(q.period, q.filter));
    if (s)
        s = take(d.workBefore, indicators.work(q.prev, q.filter));
    return s;
}

// The referrals by partner and their trend: apart from the plans, so that
// the other thread takes them (the plans' group was the longer by a third).
Status referralGroup(storage::Database &, Indicators &indicators, const Request &q, DashboardData &d)
{
    Status s = take(d.referrals, indicators.referrals(q.period, q.filter));
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

} // namespace

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

// The first thread takes them from the front, the second from the back
// (DashboardEngine): the second reads the clinic's facts, which only it
// needs, while the first reads the scope, incomes and plans; the referrals
// after, once the scope they share is read (first, they waited ~55 ms for
// it at 100,000 households). The caseload and the exits are apart: at a
// million households they were three fifths of a dashboard on one thread.
// The first thread left with nothing once both are done draws the bars.
constexpr Group kGroups[] = {incomeGroup, workGroup, referralGroup, caseloadGroup, exitGroup, clinicGroup, opinionGroup};

std::span<const Group> groups()
{
    return kGroups;
}

bool neededByBars(size_t group)
{
    return group < std::size(kGroups) && (kGroups[group] == &caseloadGroup || kGroups[group] == &exitGroup);
}

// The bars, once the caseload and the exits are known (neededByBars), from
// the households in scope as they read them.
Status bars(storage::Database &db, Indicators &indicators, const Request &q, DashboardData &d)
{
    d.groupedBy = q.groupBy;
    auto scope = indicators.scope(q.filter, q.period.last());
    if (!scope)
        return scope.error();
    return take(d.groups, GroupedFigures::group(db, d.caseload.supported, d.exits, q.groupBy, scope.value().get()));
}

} // namespace tamkeen::impact::dashboard
