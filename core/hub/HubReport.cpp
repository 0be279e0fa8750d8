#include "hub/HubReport.h"

#include "hub/HubSchema.h"
#include "hub/HubSource.h"
#include "impact/SmallNumbers.h"

using namespace Qt::StringLiterals;

namespace tamkeen::hub {

namespace {

Result<QList<impact::ReportRow>> rowsIn(PgConnection &pg, const impact::ReportRequest &request)
{
    if (Status s = HubReport::refuseMisfits(pg, u"report"_s); !s)
        return s.error();
    HubSource source(pg);
    QList<impact::ReportRow> rows;
    // Wellbeing is confidential: computed only when asked for by name (all
    // leaves it out, as the desktop's does for a reader who may not see it).
    QList<impact::Indicator> which = request.indicators;
    if (which.isEmpty()) {
        which = HubReport::computed();
        which.removeAll(impact::Indicator::Wellbeing);
    }
    for (impact::Indicator i : which) {
        switch (i) {
        case impact::Indicator::Caseload: {
            auto c = source.caseload(request.period, request.filter);
            if (!c)
                return c.error();
            impact::IndicatorReport::addCaseload(rows, c.value(), source.fileNumbers());
            break;
        }
        case impact::Indicator::Exits: {
            auto e = source.exits(request.period, request.filter);
            if (!e)
                return e.error();
            impact::IndicatorReport::addExits(rows, e.value(), source.fileNumbers());
            break;
        }
        case impact::Indicator::SustainedExits:
        case impact::Indicator::ReentryRate: {
            auto events = source.exitEvents(request.period, request.filter);
            if (!events)
                return events.error();
            if (i == impact::Indicator::SustainedExits)
                impact::IndicatorReport::addSustained(rows, impact::Indicators::sustainedOf(events.value(), request.asOf),
                                                      source.fileNumbers());
            else
                impact::IndicatorReport::addReentry(rows, impact::Indicators::reentryOf(events.value(), request.asOf),
                                                    source.fileNumbers());
            break;
        }
        case impact::Indicator::Independence: {
            auto x = source.independence(request.period, request.filter);
            if (!x)
                return x.error();
            impact::IndicatorReport::addIndependence(rows, x.value(), source.fileNumbers());
            break;
        }
        case impact::Indicator::Work: {
            auto x = source.work(request.period, request.filter);
            if (!x)
                return x.error();
            impact::IndicatorReport::addWork(rows, x.value(), source.fileNumbers());
            break;
        }
        case impact::Indicator::Plans: {
            auto p = source.plans(request.period, request.filter);
            if (!p)
                return p.error();
            impact::IndicatorReport::addPlans(rows, p.value(), source.fileNumbers());
            break;
        }
        case impact::Indicator::Referrals: {
            auto r = source.referrals(request.period, request.filter);
            if (!r)
                return r.error();
            impact::IndicatorReport::addReferrals(rows, r.value(), source.fileNumbers());
            break;
        }
        case impact::Indicator::Wellbeing: {
            auto x = source.wellbeing(request.period, request.filter);
            if (!x)
                return x.error();
            impact::IndicatorReport::addWellbeing(rows, x.value(), source.fileNumbers());
            break;
        }
        case impact::Indicator::Clinic: {
            auto c = source.clinic(request.period, request.filter);
            if (!c)
                return c.error();
            impact::IndicatorReport::addClinic(rows, c.value(), source.fileNumbers());
            break;
        }
        }
    }
    auto hide = source.smallNumbersHidden();
    if (!hide)
        return hide.error();
    if (hide.value())
        impact::SmallNumbers::apply(rows);
    return rows;
}

} // namespace

// A value the ledger holds in a type its column cannot (a hostile or broken
// device's) is NULL in PostgreSQL, where it sorts and compares unlike the
// desktop's (SQLite orders an integer before text and a blob after): a
// report that read one would differ, so none is made while one is there.
Status HubReport::refuseMisfits(PgConnection &pg, const QString &what)
{
    auto rows = pg.query(u"SELECT tbl || '.' || col FROM misfits WHERE tbl = ANY($1::text[]) GROUP BY tbl, col "
                         "ORDER BY 1 LIMIT 5"_s,
                         {"{centres,households,household_status,household_exits,members,care_levels,plans,plan_events,plan_goals,"
                          "plan_tasks,incomes,referrals,referral_status,partners,sessions,appointments,assessments,users,"
                          "org_settings}"});
    if (!rows)
        return rows.error();
    if (rows.value().rows() == 0)
        return {};
    QStringList columns;
    for (int i = 0; i < rows.value().rows(); ++i)
        columns << rows.value().text(i, 0);
    return makeError(ErrorCode::Invalid,
                     u"%1 hold values of a type Tamkeen does not write (tamkeen-hub check lists them), which "
                     "PostgreSQL cannot order as the desktop does: the %2 is not computed here; tamkeen-cli "
                     "report --db LEDGER computes it from the ledger"_s.arg(columns.join(u", "_s), what));
}

QList<impact::Indicator> HubReport::computed()
{
    return {impact::Indicator::Caseload,    impact::Indicator::Exits,        impact::Indicator::SustainedExits,
            impact::Indicator::ReentryRate, impact::Indicator::Independence, impact::Indicator::Work,
            impact::Indicator::Plans,       impact::Indicator::Referrals,    impact::Indicator::Wellbeing,
            impact::Indicator::Clinic};
}

Status HubReport::beginSnapshot(PgConnection &pg)
{
    Status s = pg.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
    if (s)
        s = pg.exec(u"SET LOCAL search_path TO %1, pg_catalog"_s.arg(quotedIdentifier(QString::fromLatin1(HubSchema::kData))));
    if (!s)
        (void)pg.exec(u"ROLLBACK"_s);
    return s;
}

Result<QList<impact::ReportRow>> HubReport::rows(PgConnection &pg, const impact::ReportRequest &request)
{
    if (Status s = beginSnapshot(pg); !s)
        return s.error();
    auto rows = rowsIn(pg, request);
    (void)pg.exec(u"COMMIT"_s);
    return rows;
}

Result<QList<QByteArray>> HubReport::centresOfCode(PgConnection &pg, const QString &code)
{
    auto rows = pg.query(u"SELECT id FROM %1.centres WHERE deleted = 0 AND upper(code) = upper($1)"_s.arg(
                             quotedIdentifier(QString::fromLatin1(HubSchema::kData))),
                         {code.toUtf8()});
    if (!rows)
        return rows.error();
    QList<QByteArray> ids;
    for (int i = 0; i < rows.value().rows(); ++i)
        ids << pgId(rows.value(), i, 0);
    return ids;
}

} // namespace tamkeen::hub
