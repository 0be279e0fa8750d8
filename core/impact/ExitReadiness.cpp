#include "impact/ExitReadiness.h"

#include "impact/ImpactSql.h"
#include "registry/IncomeService.h"
#include "storage/Database.h"
#include "org/OrgSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

const QString kCriteriaKey = u"exit_readiness_criteria"_s;

bool takesParameter(Criterion c)
{
    return c == Criterion::GoalsAchieved || c == Criterion::Wellbeing || c == Criterion::WorkReadiness;
}

bool mayReadWellbeing(const security::Session &by) // as AssessmentService
{
    return by.role == security::Role::Counsellor || by.role == security::Role::Supervisor;
}

} // namespace

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
    auto v = org::OrgSettings::value(m_db, kCriteriaKey);
    if (!v)
        return v.error();
    ReadinessCriteria c = ReadinessCriteria::defaults();
    if (v.value().isNull())
        return c;
    const QJsonObject o = QJsonDocument::fromJson(v.value().toString().toUtf8()).object();
    c.passMark = std::clamp(o.value(u"passMark"_s).toInt(c.passMark), 1, 100);
    const QJsonObject each = o.value(u"criteria"_s).toObject();
    for (CriterionSetting &s : c.criteria) {
        const QJsonObject stored = each.value(key(s.criterion)).toObject();
        if (stored.isEmpty())
            continue; // a criterion added after the setting was saved keeps its default
        s.weight = std::clamp(stored.value(u"weight"_s).toInt(), 0, 100);
        s.required = stored.value(u"required"_s).toBool();
        s.parameter = std::clamp(stored.value(u"parameter"_s).toInt(s.parameter), 0, 100);
    }
    return c;
}

Status ExitReadiness::setCriteria(const security::Session &by, const ReadinessCriteria &c)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators can change the readiness criteria."));
    if (c.passMark < 1 || c.passMark > 100)
        return makeError(ErrorCode::Invalid, tr("The pass mark is between 1 and 100."), u"passMark"_s);
    QJsonObject each;
    int total = 0;
    for (const CriterionSetting &s : c.criteria) {
        if (s.weight < 0 || s.weight > 100 || s.parameter < 0 || s.parameter > 100)
            return makeError(ErrorCode::Invalid, tr("Weights and thresholds are between 0 and 100."), key(s.criterion));
        if (s.required && s.weight == 0)
            return makeError(ErrorCode::Invalid, tr("A required criterion needs a weight above zero."), key(s.criterion));
        if (takesParameter(s.criterion) && s.weight > 0 && s.parameter == 0)
            return makeError(ErrorCode::Invalid, tr("Set the threshold of each criterion that counts."), key(s.criterion));
        total += s.weight;
        each.insert(key(s.criterion),
                    QJsonObject{{u"weight"_s, s.weight}, {u"required"_s, s.required}, {u"parameter"_s, s.parameter}});
    }
    if (total == 0)
        return makeError(ErrorCode::Invalid, tr("At least one criterion must count (a weight above zero)."), u"weight"_s);
    const QString value = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"passMark"_s, c.passMark}, {u"criteria"_s, each}}).toJson(QJsonDocument::Compact));
    return org::OrgSettings::setValue(m_db, by, kCriteriaKey, value);
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
    r.score = total > 0 ? int(std::lround(100.0 * met / total)) : 0;
    r.ready = requiredMet && r.score >= c.passMark;
}

Result<QList<HouseholdReadiness>> ExitReadiness::read(const security::Session &by, const QDate &today,
                                             const ReadinessScope &scope, const QByteArray &householdId)
{
    auto c = criteria();
    if (!c)
        return c.error();
    auto rule = registry::IncomeService(m_db).rule();
    if (!rule)
        return rule.error();
    const auto setting = [&](Criterion k) {
        return *std::find_if(c.value().criteria.cbegin(), c.value().criteria.cend(),
                             [&](const CriterionSetting &s) { return s.criterion == k; });
    };
    const QString latestScore = u"(SELECT score FROM assessments a WHERE a.member_id = p.member_id AND a.kind = '%1' "
                                "AND a.deleted = 0 AND a.score IS NOT NULL AND a.assessed_on <= ?1 "
                                "ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1)"_s;
    // One row per household with an active plan (its latest, if two).
    const QString sql =
        u"SELECT h.id, h.file_number, p.id, p.member_id, %1, "
        "(SELECT count(*) FROM members m WHERE m.household_id = h.id AND m.deleted = 0), "
        "EXISTS (SELECT 1 FROM members m WHERE m.household_id = h.id AND m.deleted = 0 "
        "AND m.employment IN ('employed', 'self_employed')), %2, "
        "(SELECT count(*) FROM plan_goals g WHERE g.plan_id = p.id AND g.deleted = 0 AND g.status <> 'dropped'), "
        "(SELECT count(*) FROM plan_goals g WHERE g.plan_id = p.id AND g.deleted = 0 AND g.status = 'achieved'), "
        "%3, %4, %5 FROM plans p JOIN households h ON h.id = p.household_id "
        "WHERE p.status = 'active' AND p.deleted = 0 AND NOT EXISTS (SELECT 1 FROM plans q WHERE "
        "q.household_id = p.household_id AND q.status = 'active' AND q.deleted = 0 AND q.started_on > p.started_on) "
        "AND (?7 IS NULL OR h.id = ?7)"_s
            .arg(sql::incomeAt(u"?1"_s), sql::incomeAt(u"?1"_s, u"AND i.source = 'own_business'"_s),
                 latestScore.arg(u"wellbeing"_s), latestScore.arg(u"work_readiness"_s), sql::headName())
        + sql::scope();
    const auto orNull = [](const QByteArray &b) { return b.isEmpty() ? QVariant() : QVariant(b); };
    const bool mayReadScores = mayReadWellbeing(by);
    QList<HouseholdReadiness> list;
    Status s = m_db.read(
        sql,
        {today.toString(Qt::ISODate), {}, {}, {}, orNull(scope.centreId), orNull(scope.workerId), orNull(householdId)},
        [&](const storage::RawRow &row) {
            HouseholdReadiness r;
            r.householdId = row.blob(0);
            r.fileNumber = row.text(1);
            r.planId = row.blob(2);
            r.memberId = row.blob(3);
            r.headName = row.text(12);
            const double income = row.value(4).toDouble();
            const int members = int(row.integer(5));
            const double goals = double(row.integer(8));
            const double goalShare = goals > 0 ? 100.0 * double(row.integer(9)) / goals : 0;
            const registry::Eligibility e = registry::IncomeService::evaluate(rule.value(), income, members);
            r.results = {
                {Criterion::AboveThreshold, members > 0 && income >= e.threshold, false, income},
                {Criterion::EmployedMember, row.integer(6) != 0, false, double(row.integer(6))},
                {Criterion::OwnProject, row.value(7).toDouble() > 0, false, row.value(7).toDouble()},
                {Criterion::GoalsAchieved, goals > 0 && goalShare >= setting(Criterion::GoalsAchieved).parameter, false,
                 goalShare},
                {Criterion::Wellbeing, !row.isNull(10) && row.value(10).toDouble() >= setting(Criterion::Wellbeing).parameter,
                 !mayReadScores, mayReadScores ? row.value(10).toDouble() : 0},
                {Criterion::WorkReadiness,
                 !row.isNull(11) && row.value(11).toDouble() >= setting(Criterion::WorkReadiness).parameter, false,
                 row.value(11).toDouble()},
            };
            judge(c.value(), r);
            list << r;
        });
    if (!s)
        return s.error();
    std::stable_sort(list.begin(), list.end(), [](const HouseholdReadiness &a, const HouseholdReadiness &b) { return a.score > b.score; });
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
