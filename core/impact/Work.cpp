// Indicator 6, work: members able to work who have a plan, in work at the
// plan's start and later, and what referrals obtained in the period.
#include "impact/ImpactSql.h"
#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

bool working(const QString &employment)
{
    return employment == u"employed" || employment == u"self_employed";
}

} // namespace

Result<WorkFigures> Indicators::work(const Period &period, const ImpactFilter &filter)
{
    QVariantList values;
    QString query = sql::withScope(filter, period.last(), &values);
    // Each member's first approved plan (the baseline agreed with them).
    query += u", first_plan AS (SELECT member_id, started_on, baseline FROM ("
             "SELECT p.member_id, p.started_on, p.baseline, row_number() OVER ("
             "PARTITION BY p.member_id ORDER BY p.started_on, p.created_at, p.id) AS rn "
             "FROM plans p JOIN scope ON scope.id = p.household_id "
             "WHERE p.deleted = 0 AND p.approved_on <= ? AND p.started_on <= ?) WHERE rn = 1) "_s;
    values << period.lastIso() << period.lastIso();
    const QString earned = u"AND i.member_id = m.id AND i.source IN ('salary', 'own_business')"_s;
    const QString last = u"'%1'"_s.arg(period.lastIso()); // a valid ISO date from Period
    query += u"SELECT h.id, json_extract(f.baseline, '$.employment'), m.employment, %1 > 0, %2 > 0 "
             "FROM first_plan f JOIN members m ON m.id = f.member_id AND m.deleted = 0 AND m.able_to_work = 1 "
             "JOIN households h ON h.id = m.household_id JOIN scope ON scope.id = h.id "
             "ORDER BY scope.file_number, h.id, m.id"_s.arg(sql::incomeAt(u"f.started_on"_s, earned),
                                                           sql::incomeAt(last, earned));
    QList<QByteArray> members, atStart, now, earningStart, earningEnd;
    Status s = m_db.read(query, values, [&](const storage::RawRow &row) {
        const QByteArray household = row.blob(0);
        members << household;
        if (working(row.text(1)))
            atStart << household;
        if (working(row.text(2)))
            now << household;
        if (row.integer(3) != 0)
            earningStart << household;
        if (row.integer(4) != 0)
            earningEnd << household;
    });
    if (!s)
        return s.error();
    WorkFigures r;
    r.members = sql::countedRows(u"able_with_plan"_s, members);
    r.workingAtStart = sql::countedRows(u"working_at_start"_s, atStart);
    r.workingNow = sql::countedRows(u"working_now"_s, now);
    r.earningAtStart = sql::countedRows(u"earning_at_start"_s, earningStart);
    r.earningAtEnd = sql::countedRows(u"earning_at_end"_s, earningEnd);

    // Referrals whose (first) completion falls in the period, by partner kind.
    values.clear();
    query = sql::withScope(filter, period.last(), &values);
    query += u" SELECT r.household_id, p.kind FROM referrals r JOIN scope ON scope.id = r.household_id "
             "JOIN partners p ON p.id = r.partner_id WHERE r.deleted = 0 AND p.kind IN ('employer', 'training', 'bank') "
             "AND (SELECT min(s.on_date) FROM referral_status s WHERE s.referral_id = r.id AND s.deleted = 0 "
             "AND s.status = 'completed') BETWEEN ? AND ? ORDER BY scope.file_number, r.household_id, r.sent_on"_s;
    values << period.firstIso() << period.lastIso();
    QList<QByteArray> jobs, training, loans;
    s = m_db.read(query, values, [&](const storage::RawRow &row) {
        const QString kind = row.text(1);
        (kind == u"employer" ? jobs : kind == u"training" ? training : loans) << row.blob(0);
    });
    if (!s)
        return s.error();
    r.throughReferrals = {sql::countedRows(u"jobs"_s, jobs), sql::countedRows(u"training_places"_s, training),
                          sql::countedRows(u"loans"_s, loans)};
    return r;
}

} // namespace tamkeen::impact
