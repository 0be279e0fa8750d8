// Indicator 6, work: members able to work who have a plan, in work at the
// plan's start and later, and what referrals obtained in the period.
#include "impact/AbleMembers.h"
#include "impact/IndicatorCache.h"
#include "impact/ImpactSql.h"
#include "impact/IndicatorSql.h"
#include "impact/IncomeHistory.h"
#include "impact/IncomeIndicators.h"
#include "impact/Indicators.h"
#include "impact/PlanFacts.h"
#include "impact/ScopeOrder.h"
#include "storage/Database.h"

#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// The rows of work() below from each household's kept plans: false when an
// able member's first plans in two households began on the same day (which
// came first is decided by created_at and id, not kept): read by SQL then.
// A member not able to work has no row either way, whatever their plans.
bool rowsFromFacts(const PlanFacts &f, const AblePlanMembers &ablePlans, const ScopeOrder &scope, qint32 last,
                   std::vector<WorkRow> &rows)
{
    const AbleMembers &able = *ablePlans.able;
    // Each able member's first plan: the earliest start among the first
    // plan of the member in each household in scope.
    struct First {
        qint32 started = std::numeric_limits<qint32>::max();
        const PlanFacts::Plan *plan = nullptr;
        bool tied = false; // another household's first plan began that day too
    };
    std::vector<First> firsts(size_t(able.size()));
    std::vector<qint32> inHousehold; // the able members met in this household
    const std::vector<qint32> &ranks = scope.ranksOf(f);
    for (qsizetype i = 0; i < f.size(); ++i) {
        if (ranks[size_t(i)] < 0)
            continue;
        inHousehold.clear();
        for (const PlanFacts::Plan *p = f.plansBegin(i); p != f.plansEnd(i); ++p) {
            if (p->approved == 0 || p->approved > last || p->started > last)
                continue;
            const qint32 member = ablePlans.places[size_t(f.place(*p))];
            if (member < 0 || std::find(inHousehold.begin(), inHousehold.end(), member) != inHousehold.end())
                continue;
            inHousehold.push_back(member);
            First &first = firsts[size_t(member)];
            if (p->started < first.started)
                first = {p->started, p, false};
            else if (p->started == first.started)
                first.tied = true;
        }
    }
    for (qint32 member = 0; member < able.size(); ++member) {
        const First &x = firsts[size_t(member)];
        if (!x.plan)
            continue;
        if (x.tied)
            return false;
        const AbleMembers::Member &m = able.at(member);
        const qint32 household = scope.rank(QByteArray::fromRawData(m.household.data(), 16));
        if (household >= 0)
            rows.push_back({household, QByteArray(m.id.data(), 16), ScopeOrder::dayText(x.started),
                            x.plan->workingAtStart, m.working});
    }
    return true;
}

} // namespace

WorkFigures workOf(std::vector<WorkRow> rows, const ScopeOrder &scope, const IncomeHistory &income, const Period &period)
{
    // By file number, then household and member id, as the lists show them.
    std::sort(rows.begin(), rows.end(), [](const WorkRow &a, const WorkRow &b) {
        return a.household != b.household ? a.household < b.household : a.member < b.member;
    });
    const IncomeHistory::Day last = income.day(period.lastIso().toLatin1());
    std::vector<qint32> members, atStart, now, earningStart, earningEnd;
    for (const WorkRow &row : rows) {
        const qint32 place = income.place(scope.id(row.household));
        members.push_back(row.household);
        if (row.workingAtStart)
            atStart.push_back(row.household);
        if (row.workingNow)
            now.push_back(row.household);
        if (income.at(place, income.day(row.startedOn), row.member).earned > 0)
            earningStart.push_back(row.household);
        if (income.at(place, last, row.member).earned > 0)
            earningEnd.push_back(row.household);
    }
    WorkFigures r;
    r.members = scope.rows(u"able_with_plan"_s, members);
    r.workingAtStart = scope.rows(u"working_at_start"_s, atStart);
    r.workingNow = scope.rows(u"working_now"_s, now);
    r.earningAtStart = scope.rows(u"earning_at_start"_s, earningStart);
    r.earningAtEnd = scope.rows(u"earning_at_end"_s, earningEnd);
    return r;
}

Result<WorkFigures> Indicators::work(const Period &period, const ImpactFilter &filter)
{
    auto scoped = scopeOrder(filter, period.last());
    if (!scoped)
        return scoped.error();
    const ScopeOrder &scope = *scoped.value();
    // Each able member's first approved plan whose household is in scope (the
    // baseline agreed with them), the member's household in scope too: the
    // plans of each member in order, the first in scope taken.
    using Row = WorkRow;
    std::vector<Row> rows;
    QByteArray previous;
    bool taken = false;
    const auto take = [&](const QByteArray &member, const QByteArray &planHousehold, const QByteArray &memberHousehold,
                          const storage::RawRow &row, int startedAt, bool workingNow) {
        if (member != previous) {
            previous = QByteArray(member.constData(), member.size());
            taken = false;
        }
        if (taken || scope.rank(planHousehold) < 0)
            return;
        taken = true;
        const qint32 household = scope.rank(memberHousehold);
        if (household >= 0)
            rows.push_back({household, previous, row.isNull(startedAt) ? QByteArray() : row.blob(startedAt),
                            AbleMembers::working(row.text(startedAt + 1)), workingNow});
    };
    // The plans in table order, sorted (NOT INDEXED: walking index
    // plans_member would fetch each row apart), their members from the
    // members read once (fetching each by its key cost three times the rest
    // at 100,000 households); by SQL when an id is of another type.
    // Nothing is read when no plan was approved and started by then (a file
    // without plans: the members would be read for nothing).
    // From the kept plans first (PlanFacts), when they can be used.
    auto kept = planFacts(scope);
    if (!kept)
        return kept.error();
    auto keptAble = kept.value() ? ableMembers(scope) : Result<std::shared_ptr<const AbleMembers>>(nullptr);
    if (!keptAble)
        return keptAble.error();
    bool anyPlan = false, fromFacts = false;
    if (kept.value() && keptAble.value()) {
        std::shared_ptr<const AblePlanMembers> ablePlans = cache().ablePlanMembers;
        if (!ablePlans || ablePlans->facts != kept.value() || ablePlans->able != keptAble.value()) {
            auto made = std::make_shared<AblePlanMembers>(AblePlanMembers{kept.value(), keptAble.value(), {}});
            const PlanFacts &f = *made->facts;
            made->places.resize(size_t(f.planCount()), -1);
            for (qsizetype i = 0; i < f.size(); ++i)
                for (const PlanFacts::Plan *p = f.plansBegin(i); p != f.plansEnd(i); ++p)
                    made->places[size_t(f.place(*p))] = made->able->place(f.member(*p));
            ablePlans = made;
            cache().ablePlanMembers = ablePlans;
        }
        fromFacts = rowsFromFacts(*kept.value(), *ablePlans, scope, ScopeOrder::dayKey(period.lastIso().toLatin1()), rows);
    }
    Status s;
    if (!fromFacts) {
        rows.clear();
        s = m_db.read(u"SELECT 1 FROM plans WHERE deleted = 0 AND approved_on <= ?1 AND started_on <= ?1 LIMIT 1"_s,
                      {period.lastIso()}, [&](const storage::RawRow &) { anyPlan = true; });
        if (!s)
            return s.error();
    }
    if (anyPlan) {
        auto able = ableMembers(scope);
        if (!able)
            return able.error();
        if (const AbleMembers *members = able.value().get())
            s = m_db.read(u"SELECT p.member_id, p.household_id, p.started_on, json_extract(p.baseline, '$.employment') "
                          "FROM plans p NOT INDEXED WHERE p.deleted = 0 AND p.approved_on <= ?1 AND p.started_on <= ?1 "
                          "AND typeof(p.member_id) = 'blob' ORDER BY p.member_id, p.started_on, p.created_at, p.id"_s,
                          {period.lastIso()}, [&](const storage::RawRow &row) {
                              const QByteArray member = row.rawBytes(0);
                              if (const AbleMembers::Member *m = members->find(member))
                                  take(member, row.rawBytes(1), QByteArray::fromRawData(m->household.data(), 16), row,
                                       2, m->working);
                          });
        else
            s = m_db.read(u"SELECT p.member_id, p.household_id, m.household_id, p.started_on, "
                          "json_extract(p.baseline, '$.employment'), m.employment "
                          "FROM plans p JOIN members m ON m.id = p.member_id AND m.deleted = 0 AND m.able_to_work = 1 "
                          "WHERE p.deleted = 0 AND p.approved_on <= ?1 AND p.started_on <= ?1 "
                          "ORDER BY p.member_id, p.started_on, p.created_at, p.id"_s,
                          {period.lastIso()}, [&](const storage::RawRow &row) {
                              take(row.rawBytes(0), row.rawBytes(1), row.rawBytes(2), row, 3, AbleMembers::working(row.text(5)));
                          });
    }
    if (!s)
        return s.error();
    auto incomes = incomeHistory(!rows.empty());
    if (!incomes)
        return incomes.error();
    WorkFigures r = workOf(std::move(rows), scope, *incomes.value(), period);

    // Referrals whose (first) completion falls in the period, by partner kind.
    std::vector<qint32> jobs, training, loans;
    auto history = referralHistory(filter, period.last());
    if (!history)
        return history.error();
    if (const ReferralHistory *h = history.value().get()) {
        const qint32 first = qint32(period.first().toJulianDay()), last = qint32(period.last().toJulianDay());
        for (const ReferralHistory::Referral &x : h->referrals()) {
            if (x.completed < first || x.completed > last) // 0: never completed
                continue;
            const QString &kind = h->partnerKinds().at(x.partner);
            if (kind == u"employer")
                jobs.push_back(x.household);
            else if (kind == u"training")
                training.push_back(x.household);
            else if (kind == u"bank")
                loans.push_back(x.household);
        }
        const ScopeOrder &kept = h->scope(); // the places it holds
        r.throughReferrals = {kept.rows(u"jobs"_s, jobs), kept.rows(u"training_places"_s, training),
                              kept.rows(u"loans"_s, loans)};
        return r;
    }
    s = m_db.read(u"SELECT r.household_id, p.kind FROM referrals r JOIN partners p ON p.id = r.partner_id "
                  "WHERE r.deleted = 0 AND p.kind IN ('employer', 'training', 'bank') AND (SELECT min(s.on_date) "
                  "FROM referral_status s WHERE s.referral_id = r.id AND s.deleted = 0 AND s.status = 'completed') "
                  "BETWEEN ? AND ?"_s,
                  {period.firstIso(), period.lastIso()}, [&](const storage::RawRow &row) {
                      const qint32 household = scope.rank(row.rawBytes(0));
                      if (household < 0)
                          return;
                      const QByteArray kind = row.rawBytes(1);
                      (kind == "employer" ? jobs : kind == "training" ? training : loans).push_back(household);
                  });
    if (!s)
        return s.error();
    r.throughReferrals = {scope.rows(u"jobs"_s, jobs), scope.rows(u"training_places"_s, training),
                          scope.rows(u"loans"_s, loans)};
    return r;
}

} // namespace tamkeen::impact
