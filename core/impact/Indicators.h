#pragma once
// The impact indicators of docs/indicators.md, computed in core for a period
// and a filter. Each returns its numbers with the households behind them.
// Indicators 1-10: caseload, exits to self-sufficiency, sustained exits,
// re-entry rate, economic independence, work, plans, referrals, wellbeing,
// clinic activity (11, satisfaction, is SatisfactionSummary).
#include "common/Result.h"
#include "impact/Figure.h"
#include "impact/ImpactFilter.h"
#include "impact/Period.h"
#include "impact/PlanFigures.h"
#include "impact/ReferralFigures.h"
#include "impact/ClinicFigures.h"
#include "impact/WellbeingFigures.h"
#include "impact/WorkFigures.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>

namespace tamkeen::storage {
class Database;
}
namespace tamkeen::security {
struct Session;
}

namespace tamkeen::impact {

struct IndicatorCache;
struct ExitEvent;
class StatusHistory;
class ScopeOrder;
class IncomeHistory;
class AbleMembers;
class ExitHistory;
class ReferralHistory;
struct PlansInScope;
struct FirstSessions;
class ClinicFacts;
class ReferralFacts;
class StatusFacts;
class PlanFacts;
struct PlanEvents;
class SharedReads;

// What countsByMonth counts: rows dated in each month, households in scope.
enum class MonthlyCount { SessionsHeld, ReferralsSent };

enum class Indicator { Caseload, Exits, SustainedExits, ReentryRate, Independence, Plans, Referrals, Clinic, Work, Wellbeing };

// 1. Households and members by status on the period's last day; registrations in it.
struct Caseload {
    QList<Figure> households; // one per status key (registry::Vocabulary::statuses()), zeros included
    QList<Figure> members;    // same keys; value = members, households = their households
    Figure supported;         // households active or re-entered on the last day
    Figure registered;        // registration_date within the period
};

// 2. Households that left support in the period, each once, by the reason of
// its last exit in the period; the active caseload the day before the period.
struct Exits {
    QList<Figure> byReason;   // one per exit reason key (referrals::ExitService::exitReasons())
    Figure positive;          // employment, own project, other income
    Figure other;             // every other reason
    Figure total;
    Figure activeAtStart;     // active or re-entered the day before the first day
    Rate positiveRate() const { return {positive, activeAtStart}; }
    Rate exitRate() const { return {total, activeAtStart}; }
};

// 3. For each month's exits (a cohort), the share not re-entered N months later.
struct CohortHorizon {
    int months = 0;
    bool known = false;   // false until N months after the cohort's last day have passed (on asOf)
    Figure reentered;     // re-entered within N months of their exit (so far, when not known)
    Figure sustained;     // not re-entered within N months; empty when not known
};
struct ExitCohort {
    QDate month;          // the first day of the cohort's Gregorian month
    Figure exits;         // households that exited in that month (within the period)
    QList<CohortHorizon> horizons; // 3, 6 and 12 months
    // Sustained over exits; nothing when not yet known.
    std::optional<double> sustainedShare(int months) const;
};
struct SustainedExits {
    QDate asOf;
    QList<ExitCohort> cohorts; // by month, oldest first; months without exits left out
};

// 4. Exits of the period whose 12 months have passed, and those of them that
// came back within the 12 months, by the reason of coming back.
struct ReentryRate {
    QDate asOf;
    Figure exits;            // denominator: the period's exits whose 12-month window closed by asOf
    Figure reentered;        // numerator
    QList<Figure> byReason;  // one per re-entry reason key (ExitService::reentryReasons())
    Figure pending;          // the period's exits still inside their 12 months: not in the rate yet
    Rate rate() const { return {reentered, exits}; }
};

class Indicators {
    Q_DECLARE_TR_FUNCTIONS(Indicators)
public:
    explicit Indicators(storage::Database &db) : m_db(db) {}

    static QString name(Indicator indicator);
    static QString question(Indicator indicator);
    static constexpr int kHorizons[] = {3, 6, 12};
    static bool isPositiveExit(const QString &reason); // employment, own_project, other_income

    Result<Caseload> caseload(const Period &period, const ImpactFilter &filter = {});
    Result<Exits> exits(const Period &period, const ImpactFilter &filter = {});
    // Re-entries are read up to `asOf` (today when not given): a cohort's
    // horizon is known once asOf reaches it.
    Result<SustainedExits> sustainedExits(const Period &period, const ImpactFilter &filter = {}, QDate asOf = {});
    Result<ReentryRate> reentryRate(const Period &period, const ImpactFilter &filter = {}, QDate asOf = {});
    // 3 and 4 from a period's exit events (by file number, then date; see
    // IndicatorCache.h), wherever they were read: tamkeen-hub reads them in PostgreSQL.
    static SustainedExits sustainedOf(const QList<ExitEvent> &events, const QDate &asOf);
    static ReentryRate reentryOf(const QList<ExitEvent> &events, const QDate &asOf);
    // exits(month).total for `months` Gregorian months from `firstMonth` on,
    // oldest first, read in one query (the dashboard's monthly chart).
    Result<QList<Figure>> exitTotalsByMonth(const QDate &firstMonth, int months, const ImpactFilter &filter = {});
    // The households supported (active or re-entered) on the last day of each
    // of `months` Gregorian months ending with the one `ageOn` falls in,
    // oldest first: caseload(month).supported each, from one read of the
    // status history (the caseload tile's trend). Heads' ages on `ageOn`.
    Result<QList<qint64>> supportedAtMonthEnds(const QDate &ageOn, int months, const ImpactFilter &filter = {});
    // The same months, whole: sessions held (by their day) or referrals sent
    // in each, as clinic() and referrals() count them for that calendar month
    // (the clinic and referrals tiles' trends), in one read. One scope for
    // all, heads' ages on `ageOn`, as supportedAtMonthEnds.
    Result<QList<qint64>> countsByMonth(MonthlyCount what, const QDate &ageOn, int months,
                                        const ImpactFilter &filter = {});
    // The same months: plans active on each month's last day, as plans()
    // counts them for that calendar month (the plans tile's trend), from one
    // walk of the plan events; the scope as above.
    Result<QList<qint64>> activePlansAtMonthEnds(const QDate &ageOn, int months, const ImpactFilter &filter = {});
    Result<Independence> independence(const Period &period, const ImpactFilter &filter = {});
    Result<PlanFigures> plans(const Period &period, const ImpactFilter &filter = {});
    Result<ReferralFigures> referrals(const Period &period, const ImpactFilter &filter = {});
    Result<ClinicFigures> clinic(const Period &period, const ImpactFilter &filter = {});
    Result<WorkFigures> work(const Period &period, const ImpactFilter &filter = {});
    // Confidential: refused (PermissionDenied) to readers who may not see WHO-5 results.
    Result<WellbeingFigures> wellbeing(const security::Session &reader, const Period &period,
                                       const ImpactFilter &filter = {});

    // Drops what was kept of each filter's households (their order, histories,
    // plans), keeping what is read for every filter alike (the kept facts,
    // the incomes): DashboardEngine, when another filter comes.
    void forgetScopes();
    // What is read once for this object and another on another thread
    // (DashboardEngine): asked there before reading, kept there after.
    void share(std::shared_ptr<SharedReads> shared) { m_shared = std::move(shared); }
    // Looks whether a commit came in since this object last read, and
    // forgets what it (and the other thread, when shared) read before it:
    // DashboardEngine asks both threads before a dashboard, so that neither
    // drops what the other is reading for it.
    void noticeCommits() { (void)cache(); }
    // Whether what this object read is still the file as it is (no commit
    // since, and something read at all).
    bool keepsCurrent();
    // Whether it read any households (a scope) at all.
    bool keepsAny() const;
    // Reads the kept plans before any figure asks, so that on a dashboard's
    // second thread they are read while the first reads the households in
    // scope and the incomes, which every figure of the second waited for.
    Status readPlanFactsAhead();
    // The same for the kept status facts and the members able to work (each
    // read whole whatever the filter): in a large file, where they take about
    // 0.8 s at a million households, read while the other thread reads the
    // households in scope.
    Status readStatusFactsAhead();
    // Reads the status history of the households in scope (kept, read once
    // for both threads): the exits' caseload at the start is then taken from
    // it, not counted by SQL.
    Status readStatusHistory(const ImpactFilter &filter, const QDate &ageOn);
    // The households in scope of `filter` (ages on `ageOn`), as the figures
    // of that day counted them: kept, read once.
    Result<std::shared_ptr<const ScopeOrder>> scope(const ImpactFilter &filter, const QDate &ageOn)
    {
        return scopeOrder(filter, ageOn);
    }

private:
    // What this object read before, emptied when the database has changed
    // (IndicatorCache): the dashboard asks for the same rows many times.
    IndicatorCache &cache();
    // (SELECT total_changes(), PRAGMA data_version) of the connection, or
    // (-1, -1) when nothing read now may be kept (inside a transaction).
    std::pair<qint64, qint64> stamp();
    // The status history of the households in `filter` (ages on `ageOn`);
    // null when it must be read by SQL (sql::statusAt) instead.
    Result<std::shared_ptr<const StatusHistory>> statusHistory(const ImpactFilter &filter, const QDate &ageOn);
    Result<QList<ExitEvent>> exitEvents(const Period &period, const ImpactFilter &filter);
    // The exits and re-entries of the households in `filter` (ages on
    // `ageOn`), kept; null when they must be read by SQL instead.
    Result<std::shared_ptr<const ExitHistory>> exitHistory(const ImpactFilter &filter, const QDate &ageOn);
    // The referrals of the households in `filter` (ages on `ageOn`) with the
    // first day of each stage, kept; null when they must be read by SQL.
    Result<std::shared_ptr<const ReferralHistory>> referralHistory(const ImpactFilter &filter, const QDate &ageOn);
    // exits(); `history`: from the exit history (else one query for the period).
    Result<Exits> exits(const Period &period, const ImpactFilter &filter, bool history);
    // What `load` reads of the households in `filter` (ages on `ageOn`),
    // kept by scope in the cache's `kept`; when `load` fails with
    // ErrorCode::Invalid (a value SQL must compare), null is kept and the
    // caller reads by SQL (IndicatorCache.h). What is kept holds the scope it
    // was read with: the cache is emptied when the database changes, so a
    // scope the caller fetched before may be another one.
    template<typename T, typename Load>
    Result<std::shared_ptr<const T>> keptByScope(QHash<QString, std::shared_ptr<const T>> IndicatorCache::*kept,
                                                 const ImpactFilter &filter, const QDate &ageOn, Load &&load);
    // The households in `filter` (ages on `ageOn`) by file number, kept.
    Result<std::shared_ptr<const ScopeOrder>> scopeOrder(const ImpactFilter &filter, const QDate &ageOn);
    // Every income change, kept; read only when `needed` (a household in
    // scope has a plan), else none.
    Result<std::shared_ptr<const IncomeHistory>> incomeHistory(bool needed);
    // The live plans of the households in `filter` (ages on `ageOn`), kept.
    Result<std::shared_ptr<const PlansInScope>> plansInScope(const ImpactFilter &filter, const QDate &ageOn);
    // The events of the plans in scope, compact, kept; null when a plan's
    // event is dated in another form than ISO (walked by SQL then).
    Result<std::shared_ptr<const PlanEvents>> planEvents(const ImpactFilter &filter, const QDate &ageOn);
    // Each household's first session ever in `filter`'s scope, by place (its
    // Julian day, 0: none), kept.
    Result<std::shared_ptr<const FirstSessions>> firstSessionDays(const ImpactFilter &filter, const QDate &ageOn);
    // The kept facts of each kind (KeptFacts.h), read once; null when the
    // indicator must read by SQL; empty when nobody is in `scope`.
    template<typename T>
    Result<std::shared_ptr<const T>> keptFacts(std::shared_ptr<const T> IndicatorCache::*kept, bool IndicatorCache::*read);
    template<typename T>
    Result<std::shared_ptr<const T>> keptFacts(std::shared_ptr<const T> IndicatorCache::*kept, bool IndicatorCache::*read,
                                               const ScopeOrder &scope);
    // The live members able to work.
    Result<std::shared_ptr<const AbleMembers>> ableMembers(const ScopeOrder &scope);
    // Each household's clinic events.
    Result<std::shared_ptr<const ClinicFacts>> clinicFacts(const ScopeOrder &scope);
    // Each household's referrals.
    Result<std::shared_ptr<const ReferralFacts>> referralFacts(const ScopeOrder &scope);
    // Each household's members counted and status changes.
    Result<std::shared_ptr<const StatusFacts>> statusFacts(const ScopeOrder &scope);
    // Each household's plans, members counted and exits.
    Result<std::shared_ptr<const PlanFacts>> planFacts(const ScopeOrder &scope);

    // `load`, or what the other thread read (SharedReads) when shared.
    // `before`: the stamp the caller's reads began at (kept only when unchanged).
    template<typename T, typename Load>
    Result<std::shared_ptr<const T>> readOnce(const QString &key, std::pair<qint64, qint64> before, Load &&load);

    storage::Database &m_db;
    std::shared_ptr<IndicatorCache> m_cache;
    std::shared_ptr<SharedReads> m_shared;
};

} // namespace tamkeen::impact
