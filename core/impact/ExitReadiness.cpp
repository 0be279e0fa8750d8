#include "impact/ExitReadiness.h"

#include "impact/GraduationPathways.h"
#include "impact/ReadinessFacts.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

ExitReadiness::ExitReadiness(storage::Database &db) : m_db(db) {}

ReadinessCriteria ReadinessCriteria::defaults()
{
    return {{{Criterion::AboveThreshold, 30, true, 0},
             {Criterion::EmployedMember, 25, false, 0},
             {Criterion::OwnProject, 15, false, 0},
             {Criterion::GoalsAchieved, 20, false, 75},
             {Criterion::Wellbeing, 10, false, 50},
             {Criterion::WorkReadiness, 0, false, 60}},
            70};
}

const QList<Criterion> &ExitReadiness::all()
{
    static const QList<Criterion> list = {Criterion::AboveThreshold, Criterion::EmployedMember, Criterion::OwnProject,
                                          Criterion::GoalsAchieved,  Criterion::Wellbeing,      Criterion::WorkReadiness};
    return list;
}

QString ExitReadiness::key(Criterion c)
{
    switch (c) {
    case Criterion::AboveThreshold:
        return u"above_threshold"_s;
    case Criterion::EmployedMember:
        return u"employed_member"_s;
    case Criterion::OwnProject:
        return u"own_project"_s;
    case Criterion::GoalsAchieved:
        return u"goals_achieved"_s;
    case Criterion::Wellbeing:
        return u"wellbeing"_s;
    case Criterion::WorkReadiness:
        return u"work_readiness"_s;
    }
    return {};
}

QString ExitReadiness::title(Criterion c)
{
    switch (c) {
    case Criterion::AboveThreshold:
        return tr("Income at or above the threshold");
    case Criterion::EmployedMember:
        return tr("A member in work");
    case Criterion::OwnProject:
        return tr("Own project active");
    case Criterion::GoalsAchieved:
        return tr("Plan goals achieved");
    case Criterion::Wellbeing:
        return tr("Wellbeing (WHO-5)");
    case Criterion::WorkReadiness:
        return tr("Work readiness");
    }
    return {};
}

QString ExitReadiness::explain(const CriterionSetting &s)
{
    switch (s.criterion) {
    case Criterion::AboveThreshold:
        return tr("The household's monthly income is at or above the eligibility threshold for its size.");
    case Criterion::EmployedMember:
        return tr("At least one member is employed or self-employed.");
    case Criterion::OwnProject:
        return tr("The household has income from its own business.");
    case Criterion::GoalsAchieved:
        return tr("At least %1 % of the plan's goals are achieved (dropped goals do not count).").arg(s.parameter);
    case Criterion::Wellbeing:
        return tr("The plan member's latest WHO-5 score is %1 or more.").arg(s.parameter);
    case Criterion::WorkReadiness:
        return tr("The plan member's latest work readiness score is %1 or more.").arg(s.parameter);
    }
    return {};
}

Result<ReadinessCriteria> ExitReadiness::criteria()
{
    auto p = GraduationPathways(m_db).find(GraduationPathways::kDefault);
    if (!p)
        return p.error();
    return p.value().criteria;
}

Status ExitReadiness::setCriteria(const security::Session &by, const ReadinessCriteria &c)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators can change the readiness criteria."));
    GraduationPathways pathways(m_db);
    auto p = pathways.find(GraduationPathways::kDefault);
    if (!p)
        return p.error();
    Pathway general = p.value();
    general.criteria = c;
    auto saved = pathways.save(by, general);
    return saved ? Status() : Status(saved.error());
}

void ExitReadiness::judge(const ReadinessCriteria &c, HouseholdReadiness &r)
{
    int total = 0, met = 0;
    bool requiredMet = true;
    for (const CriterionSetting &s : c.criteria) {
        if (s.weight == 0)
            continue;
        total += s.weight;
        const auto it = std::find_if(r.results.cbegin(), r.results.cend(),
                                     [&](const CriterionResult &x) { return x.criterion == s.criterion; });
        const bool ok = it != r.results.cend() && it->met;
        met += ok ? s.weight : 0;
        requiredMet = requiredMet && (ok || !s.required);
    }
    r.passMark = c.passMark;
    r.score = total > 0 ? int(std::lround(100.0 * met / total)) : 0;
    r.ready = requiredMet && r.score >= c.passMark;
}

bool ExitReadiness::mayReadScores(const security::Session &by)
{
    return by.role == security::Role::Counsellor || by.role == security::Role::Supervisor;
}

HouseholdReadiness ExitReadiness::evaluate(const ReadinessFacts &f, const Pathway &p, const registry::EligibilityRule &rule,
                                           bool mayRead)
{
    const auto parameter = [&](Criterion k) {
        for (const CriterionSetting &s : p.criteria.criteria)
            if (s.criterion == k)
                return s.parameter;
        return 0;
    };
    HouseholdReadiness r;
    r.householdId = f.householdId;
    r.fileNumber = f.fileNumber;
    r.planId = f.planId;
    r.memberId = f.memberId;
    r.headName = f.headName;
    r.pathwayKey = p.key;
    r.pathwayName = GraduationPathways::displayName(p);
    r.pathwayByTrack = std::any_of(p.tracks.cbegin(), p.tracks.cend(), [&](const QString &t) { return f.tracks.contains(t); });
    const double goalShare = f.goals > 0 ? 100.0 * f.achieved / f.goals : 0;
    const registry::Eligibility e = registry::IncomeService::evaluate(rule, f.income, f.members);
    r.incomePerPerson = e.incomePerPerson;
    const double wellbeing = f.wellbeing.value_or(0);
    const double work = f.workReadiness.value_or(0);
    r.results = {
        {Criterion::AboveThreshold, f.members > 0 && f.income >= e.threshold, false, f.income},
        {Criterion::EmployedMember, f.employed, false, f.employed ? 1.0 : 0.0},
        {Criterion::OwnProject, f.ownBusiness > 0, false, f.ownBusiness},
        {Criterion::GoalsAchieved, f.goals > 0 && goalShare >= parameter(Criterion::GoalsAchieved), false, goalShare},
        {Criterion::Wellbeing, f.wellbeing && wellbeing >= parameter(Criterion::Wellbeing), !mayRead, mayRead ? wellbeing : 0},
        {Criterion::WorkReadiness, f.workReadiness && work >= parameter(Criterion::WorkReadiness), false, work},
    };
    judge(p.criteria, r);
    return r;
}

Result<QList<HouseholdReadiness>> ExitReadiness::read(const security::Session &by, const QDate &today,
                                                      const ReadinessScope &scope, const QByteArray &householdId,
                                                      bool everyPathway)
{
    auto pathways = GraduationPathways(m_db).all();
    if (!pathways)
        return pathways.error();
    auto rule = registry::IncomeService(m_db).rule();
    if (!rule)
        return rule.error();
    auto facts = readFacts(m_db, today, PlanChoice::Active, scope.centreId, scope.workerId, householdId);
    if (!facts)
        return facts.error();
    const bool mayRead = mayReadScores(by);
    // Its pathway: the best of those it may be judged on, ready ones first,
    // then by score, then in the pathways' order.
    const auto better = [](const HouseholdReadiness &a, const HouseholdReadiness &b) {
        return a.ready != b.ready ? a.ready : a.score > b.score;
    };
    QList<HouseholdReadiness> list;
    for (const ReadinessFacts &f : facts.value()) {
        QList<HouseholdReadiness> judged;
        for (const Pathway &p : GraduationPathways::candidates(pathways.value(), f.tracks))
            judged << evaluate(f, p, rule.value(), mayRead);
        std::stable_sort(judged.begin(), judged.end(), better);
        if (everyPathway) {
            QSet<QString> seen;
            for (const HouseholdReadiness &r : judged)
                seen.insert(r.pathwayKey);
            for (const Pathway &p : pathways.value())
                if (!seen.contains(p.key))
                    judged << evaluate(f, p, rule.value(), mayRead);
            list << judged;
        } else if (!judged.isEmpty()) {
            list << judged.first();
        }
    }
    if (!everyPathway)
        std::stable_sort(list.begin(), list.end(),
                         [](const HouseholdReadiness &a, const HouseholdReadiness &b) { return a.score > b.score; });
    return list;
}

Result<QList<HouseholdReadiness>> ExitReadiness::onEachPathway(const security::Session &by, const QByteArray &householdId,
                                                               const QDate &today)
{
    auto list = read(by, today, {}, householdId, true);
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("This household has no active plan, so it has no readiness score."));
    return list;
}

Result<QList<HouseholdReadiness>> ExitReadiness::scores(const security::Session &by, const QDate &today,
                                               const ReadinessScope &scope)
{
    return read(by, today, scope, {});
}

Result<HouseholdReadiness> ExitReadiness::ofHousehold(const security::Session &by, const QByteArray &householdId,
                                             const QDate &today)
{
    auto list = read(by, today, {}, householdId);
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("This household has no active plan, so it has no readiness score."));
    return list.value().first();
}

Result<QList<HouseholdReadiness>> ExitReadiness::ready(const security::Session &by, const QDate &today,
                                              const ReadinessScope &scope)
{
    auto list = scores(by, today, scope);
    if (!list)
        return list.error();
    QList<HouseholdReadiness> ready;
    for (const HouseholdReadiness &r : list.value())
        if (r.ready)
            ready << r;
    return ready;
}

} // namespace tamkeen::impact
