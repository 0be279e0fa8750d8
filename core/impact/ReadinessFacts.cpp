#include "impact/ReadinessFacts.h"

#include "impact/ImpactSql.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

Result<QList<ReadinessFacts>> readFacts(storage::Database &db, const QDate &day, PlanChoice plans,
                                        const QByteArray &centre, const QByteArray &worker, const QByteArray &household)
{
    const QString latestScore = u"(SELECT score FROM assessments a WHERE a.member_id = p.member_id AND a.kind = '%1' "
                                "AND a.deleted = 0 AND a.score IS NOT NULL AND a.assessed_on <= ?1 "
                                "ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1)"_s;
    const QString which =
        plans == PlanChoice::Active
            ? u"p.status = 'active' AND p.deleted = 0 AND NOT EXISTS (SELECT 1 FROM plans q WHERE "
              "q.household_id = p.household_id AND q.status = 'active' AND q.deleted = 0 AND q.started_on > p.started_on)"_s
            : u"p.id IN (SELECT r.plan_id FROM graduation_requests r JOIN graduation_decisions d ON d.request_id = r.id "
              "AND d.deleted = 0 AND d.decision = 'approved' WHERE r.deleted = 0)"_s;
    const QString sql =
        u"SELECT h.id, h.file_number, p.id, p.member_id, %1, "
        "(SELECT count(*) FROM members m WHERE m.household_id = h.id AND m.deleted = 0), "
        "EXISTS (SELECT 1 FROM members m WHERE m.household_id = h.id AND m.deleted = 0 "
        "AND m.employment IN ('employed', 'self_employed')), %2, "
        "(SELECT count(*) FROM plan_goals g WHERE g.plan_id = p.id AND g.deleted = 0 AND g.status <> 'dropped'), "
        "(SELECT count(*) FROM plan_goals g WHERE g.plan_id = p.id AND g.deleted = 0 AND g.status = 'achieved'), "
        "%3, %4, %5, p.tracks FROM plans p JOIN households h ON h.id = p.household_id WHERE %6 "
        "AND (?7 IS NULL OR h.id = ?7)"_s
            .arg(sql::incomeAt(u"?1"_s), sql::incomeAt(u"?1"_s, u"AND i.source = 'own_business'"_s),
                 latestScore.arg(u"wellbeing"_s), latestScore.arg(u"work_readiness"_s), sql::headName(), which)
        + sql::scope();
    const auto orNull = [](const QByteArray &b) { return b.isEmpty() ? QVariant() : QVariant(b); };
    QList<ReadinessFacts> list;
    Status s = db.read(sql, {day.toString(Qt::ISODate), {}, {}, {}, orNull(centre), orNull(worker), orNull(household)},
                       [&](const storage::RawRow &row) {
                           ReadinessFacts f;
                           f.householdId = row.blob(0);
                           f.fileNumber = row.text(1);
                           f.planId = row.blob(2);
                           f.memberId = row.blob(3);
                           f.income = row.value(4).toDouble();
                           f.members = int(row.integer(5));
                           f.employed = row.integer(6) != 0;
                           f.ownBusiness = row.value(7).toDouble();
                           f.goals = int(row.integer(8));
                           f.achieved = int(row.integer(9));
                           if (!row.isNull(10))
                               f.wellbeing = row.value(10).toDouble();
                           if (!row.isNull(11))
                               f.workReadiness = row.value(11).toDouble();
                           f.headName = row.text(12);
                           f.tracks = row.text(13).split(u',', Qt::SkipEmptyParts);
                           list << f;
                       });
    if (!s)
        return s.error();
    return list;
}

} // namespace tamkeen::impact
