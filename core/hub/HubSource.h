#pragma once
// What tamkeen-hub report reads in PostgreSQL for one request (internal to
// core/hub): each indicator's figures, computed by the desktop's own
// arithmetic (core/impact) from rows read with the desktop's SQL, and the
// file numbers of the households they name. HubReport turns them into rows.
// Indicators 1-4 and the shared reading in HubSource.cpp, referrals,
// clinic and wellbeing in HubSourceActivity.cpp, plans, independence and
// work in HubSourcePlans.cpp.
#include "common/Result.h"
#include "hub/PgConnection.h"
#include "hub/SqliteValues.h"
#include "impact/ClinicFigures.h"
#include "impact/HouseholdSet.h"
#include "impact/IndicatorCache.h" // ExitEvent
#include "impact/Indicators.h"

#include <QHash>
#include <memory>
#include <vector>

namespace tamkeen::impact {
class IncomeHistory;
class ScopeOrder;
} // namespace tamkeen::impact

namespace tamkeen::hub {

// The desktop's SQLite SQL for PostgreSQL: numbered parameters (from
// `first`) for its `?`, strpos for instr (the same arguments, the same
// result). Its table names resolve in schema tamkeen (the search path of the
// report's transaction).
QString forPostgres(const QString &sqlite, int first = 1);
// Values bound as PostgreSQL reads them as text (bytea in hex).
QList<QByteArray> pgParameters(const QVariantList &values);
// A bytea column's bytes.
QByteArray pgId(const PgRows &rows, int row, int column);

// One request's reading: one filter, one snapshot (HubReport's transaction).
class HubSource {
public:
    explicit HubSource(PgConnection &pg);
    ~HubSource();

    Result<PgRows> query(const QString &sqlite, const QVariantList &values);

    // `sql` (its own parameters $1 …) after "WITH scope(id) AS (…)": the
    // households of the scope read last, so that only their rows are read
    // (a centre's report read the whole country's plans and incomes: 11 s
    // at 1,000,000 households). The rows are still looked up in the scope.
    Result<PgRows> inScope(const QString &sql, QList<QByteArray> own = {});

    // The households in scope by file number, as the desktop's
    // impact::ScopeOrder holds them; their file numbers kept by place.
    Result<std::shared_ptr<const impact::ScopeOrder>> scope(const impact::ImpactFilter &filter, const QDate &ageOn);

    // The file numbers of `f`'s households (in the scope read last), for the report's rows.
    void name(const impact::Figure &f);

    Result<bool> smallNumbersHidden();

    // The file numbers of the households the figures so far name: read with
    // them, not as a map of every household (5,000,000 of them at a ministry).
    const QHash<QByteArray, QString> &fileNumbers() const { return m_numbers; }

    Result<impact::Caseload> caseload(const impact::Period &period, const impact::ImpactFilter &filter);

    Result<impact::Exits> exits(const impact::Period &period, const impact::ImpactFilter &filter);

    // Each household's first exit of each month of the period and the first
    // re-entry after it, by file number then date: impact::Indicators::exitEvents's SQL.
    Result<QList<impact::ExitEvent>> exitEvents(const impact::Period &period, const impact::ImpactFilter &filter);

    // Indicator 8 from the referrals sent in the period and their dated
    // statuses: impact::Indicators::referrals's SQL.
    Result<impact::ReferralFigures> referrals(const impact::Period &period, const impact::ImpactFilter &filter);

    // Indicator 10 from the sessions held and appointments kept in the
    // period, and each household's first session: impact::Indicators::clinic's SQL.
    Result<impact::ClinicFigures> clinic(const impact::Period &period, const impact::ImpactFilter &filter);

    // Each household's first session ever, as a Julian day by its place in
    // `order` (0: none): the earliest live session whose time begins with a
    // valid date (impact::ScopeOrder::julianDay), as the desktop reads it.
    Result<std::vector<qint64>> firstSessionDays(const impact::ScopeOrder &order);

    // Indicator 9 from each member's scores up to the last day:
    // impact::Indicators::wellbeing's SQL (NULLS FIRST: SQLite's order).
    Result<impact::WellbeingFigures> wellbeing(const impact::Period &period, const impact::ImpactFilter &filter);

    // Indicator 7 from the plans of the households in scope, their dated
    // events, goals and tasks, and the households' exits: the SQL and walk
    // of impact::Indicators::plans (statuses judged by impact::planOn).
    Result<impact::PlanFigures> plans(const impact::Period &period, const impact::ImpactFilter &filter);

    // Every live dated income change, in the order impact::IncomeHistory reads
    // them (NULLS FIRST: as SQLite orders them), read once for 5 and 6.
    Result<std::shared_ptr<const impact::IncomeHistory>> incomes();

    // Indicator 5 from each household's first approved plan started by the
    // last day: impact::Indicators::independence's SQL.
    Result<impact::Independence> independence(const impact::Period &period, const impact::ImpactFilter &filter);

    // Indicator 6 from each able member's first approved plan and the
    // referrals completed in the period: impact::Indicators::work's SQL.
    Result<impact::WorkFigures> work(const impact::Period &period, const impact::ImpactFilter &filter);

private:
    QByteArray known(const PgRows &rows, int row, int idColumn, int numberColumn);

    PgConnection &m_pg;
    SqliteValues m_sqlite;
    QHash<QByteArray, QString> m_numbers;
    std::shared_ptr<const impact::IncomeHistory> m_incomes; // read once a request
    std::shared_ptr<const impact::ScopeOrder> m_scope; // the one read last, of the request's filter
    QDate m_scopeDay;
    impact::ImpactFilter m_filter;
    impact::HouseholdIds m_scopeFiles; // its file numbers, by place
};

} // namespace tamkeen::hub
