// Indicator 9, wellbeing and work readiness: the change between each
// member's first and latest score. WHO-5 results are confidential, so only
// readers who may see them (clinic::mayReadConfidential) get this indicator.
#include "clinic/ClinicVocabulary.h"
#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

Result<WellbeingFigures> Indicators::wellbeing(const security::Session &reader, const Period &period,
                                               const ImpactFilter &filter)
{
    if (!clinic::mayReadConfidential(reader))
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only counsellors and supervisors may see wellbeing results, which are confidential."));
    WellbeingFigures r;
    for (ScoreChange *c : {&r.who5, &r.workReadiness}) {
        c->kind = c == &r.who5 ? u"wellbeing"_s : u"work_readiness"_s;
        QVariantList values;
        QString query = sql::withScope(filter, period.last(), &values);
        // Each member's scores up to the last day, numbered from the first and from the latest.
        query += u", ranked AS (SELECT a.member_id, a.household_id, a.score, a.assessed_on, scope.file_number, "
                 "row_number() OVER (PARTITION BY a.member_id ORDER BY a.assessed_on, a.created_at, a.id) AS first_rn, "
                 "row_number() OVER (PARTITION BY a.member_id ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC) "
                 "AS last_rn FROM assessments a JOIN scope ON scope.id = a.household_id "
                 "WHERE a.deleted = 0 AND a.kind = ? AND a.score IS NOT NULL AND a.assessed_on <= ?) "
                 "SELECT l.household_id, f.score, l.score FROM ranked l "
                 "JOIN ranked f ON f.member_id = l.member_id AND f.first_rn = 1 "
                 "WHERE l.last_rn = 1 AND l.first_rn > 1 AND l.assessed_on >= ? "
                 "ORDER BY l.file_number, l.household_id, l.member_id"_s;
        values << c->kind << period.lastIso() << period.firstIso();
        QList<QByteArray> members, low, left;
        double sum = 0;
        Status s = m_db.read(query, values, [&](const storage::RawRow &row) {
            const double first = row.value(1).toDouble();
            const double latest = row.value(2).toDouble();
            members << row.blob(0);
            sum += latest - first;
            if (first < WellbeingFigures::kLow) {
                low << row.blob(0);
                if (latest >= WellbeingFigures::kLow)
                    left << row.blob(0);
            }
        });
        if (!s)
            return s.error();
        c->members = sql::countedRows(u"members"_s, members);
        if (!members.isEmpty())
            c->meanChange = sum / double(members.size());
        c->lowAtFirst = sql::countedRows(u"low_at_first"_s, low);
        c->leftLow = sql::countedRows(u"left_low"_s, left);
    }
    return r;
}

} // namespace tamkeen::impact
