// Indicator 9, wellbeing and work readiness: the change between each
// member's first and latest score. WHO-5 results are confidential, so only
// readers who may see them (clinic::mayReadConfidential) get this indicator.
#include "clinic/ClinicVocabulary.h"
#include "impact/Indicators.h"
#include "impact/ScopeOrder.h"
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
        c->kind = c == &r.who5 ? u"wellbeing"_s : u"work_readiness"_s;
        // Each member's scores up to the last day in order, those of
        // households out of scope left out: the first against the latest,
        // for members scored at least twice, the latest in the period.
        struct Change {
            qint32 household; // the latest score's
            QByteArray member;
            double first, latest;
        };
        std::vector<Change> changes;
        QByteArray member, latestOn;
        int scores = 0;
        Change current{};
        const auto close = [&] {
            if (scores > 1 && latestOn >= first)
                changes.push_back(current);
        };
        Status s = m_db.read(u"SELECT member_id, household_id, score, assessed_on FROM assessments "
                             "WHERE deleted = 0 AND kind = ? AND score IS NOT NULL AND assessed_on <= ? "
                             "ORDER BY member_id, assessed_on, created_at, id"_s,
                             {c->kind, period.lastIso()}, [&](const storage::RawRow &row) {
                                 const qint32 household = scope.rank(row.rawBytes(1));
                                 if (household < 0)
                                     return;
                                 if (row.rawBytes(0) != member) {
                                     close();
                                     member = row.blob(0);
                                     scores = 0;
                                     current = {household, member, row.value(2).toDouble(), 0};
                                 }
                                 ++scores;
                                 current.household = household;
                                 current.latest = row.value(2).toDouble();
                                 latestOn = row.blob(3);
                             });
        if (!s)
            return s.error();
        close();
        std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
            return a.household != b.household ? a.household < b.household : a.member < b.member;
        });
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
        c->members = scope.rows(u"members"_s, members);
        if (!members.empty())
            c->meanChange = sum / double(members.size());
        c->lowAtFirst = scope.rows(u"low_at_first"_s, low);
        c->leftLow = scope.rows(u"left_low"_s, left);
    }
    return r;
}

} // namespace tamkeen::impact
