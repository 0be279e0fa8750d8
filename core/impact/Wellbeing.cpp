// Indicator 9, wellbeing and work readiness: the change between each
// member's first and latest score. WHO-5 results are confidential, so only
// readers who may see them (clinic::mayReadConfidential) get this indicator.
#include "clinic/ClinicVocabulary.h"
#include "impact/Indicators.h"
#include "impact/ScopeOrder.h"
#include "impact/ScoreCount.h"
#include "storage/Database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

Result<WellbeingFigures> Indicators::wellbeing(const security::Session &reader, const Period &period,
                                               const ImpactFilter &filter)
{
    if (!clinic::mayReadConfidential(reader))
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only counsellors and supervisors may see wellbeing results, which are confidential."));
    auto scoped = scopeOrder(filter, period.last());
    if (!scoped)
        return scoped.error();
    const ScopeOrder &scope = *scoped.value();
    const QByteArray first = period.firstIso().toLatin1();
    WellbeingFigures r;
    for (ScoreChange *c : {&r.who5, &r.workReadiness}) {
        const QString kind = c == &r.who5 ? u"wellbeing"_s : u"work_readiness"_s;
        ScoreCount count;
        Status s = m_db.read(u"SELECT member_id, household_id, score, assessed_on FROM assessments "
                             "WHERE deleted = 0 AND kind = ? AND score IS NOT NULL AND assessed_on <= ? "
                             "ORDER BY member_id, assessed_on, created_at, id"_s,
                             {kind, period.lastIso()}, [&](const storage::RawRow &row) {
                                 const qint32 household = scope.rank(row.rawBytes(1));
                                 if (household >= 0)
                                     count.add(row.rawBytes(0), household, row.value(2).toDouble(), row.rawBytes(3));
                             });
        if (!s)
            return s.error();
        *c = count.figures(scope, kind, first);
    }
    return r;
}

void ScoreCount::add(const QByteArray &member, qint32 household, double score, const QByteArray &assessedOn)
{
    if (m_scores == 0 || member != m_current.member) {
        if (m_scores > 1)
            m_done.push_back(m_current);
        m_scores = 0;
        m_current = {household, QByteArray(member.constData(), member.size()), score, 0, {}};
    }
    ++m_scores;
    m_current.household = household;
    m_current.latest = score;
    m_current.latestOn = QByteArray(assessedOn.constData(), assessedOn.size());
}

ScoreChange ScoreCount::figures(const ScopeOrder &scope, const QString &kind, const QByteArray &firstDay)
{
    if (m_scores > 1)
        m_done.push_back(m_current);
    m_scores = 0;
    // Each member's first score against the latest, the latest in the period.
    std::vector<Change> changes;
    for (const Change &x : m_done)
        if (x.latestOn >= firstDay)
            changes.push_back(x);
    std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return a.household != b.household ? a.household < b.household : a.member < b.member;
    });
    ScoreChange c;
    c.kind = kind;
    std::vector<qint32> members, low, left;
    double sum = 0;
    for (const Change &x : changes) {
        members.push_back(x.household);
        sum += x.latest - x.first;
        if (x.first < WellbeingFigures::kLow) {
            low.push_back(x.household);
            if (x.latest >= WellbeingFigures::kLow)
                left.push_back(x.household);
        }
    }
    c.members = scope.rows(u"members"_s, members);
    if (!members.empty())
        c.meanChange = sum / double(members.size());
    c.lowAtFirst = scope.rows(u"low_at_first"_s, low);
    c.leftLow = scope.rows(u"left_low"_s, left);
    return c;
}

} // namespace tamkeen::impact
