#pragma once
// Graduation (issue 14 §5): families with plans on known tracks, and three
// pathways an administrator set: employment, own project, and the general
// one (the readiness criteria's defaults). Scores are worked out by hand in
// the tests from the weights below.
#include "ClinicFixture.h"
#include "impact/GraduationPathways.h"
#include "impact/GraduationService.h"
#include "plans/PlanService.h"
#include "referrals/ExitService.h"

namespace tamkeen::test::graduationfixture {

using namespace tamkeen::impact;
using namespace tamkeen::test::clinicfixture;

struct Graduation : Clinic {
    ExitReadiness readiness{db};
    GraduationPathways pathways{db};
    GraduationService graduations{db};
    plans::PlanService plans{db};
    referrals::ExitService exits{db};
    security::Session huda = user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    security::Session salem = user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    security::Session omar = user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    const QDate today = QDate::currentDate();
    QString employment, ownProject;

    static void weigh(Pathway &p, Criterion c, int weight, bool required, int parameter = -1)
    {
        for (CriterionSetting &s : p.criteria.criteria)
            if (s.criterion == c) {
                s.weight = weight;
                s.required = required;
                if (parameter >= 0)
                    s.parameter = parameter;
            }
    }

    // Employment: threshold 40 (required), a member in work 40 (required),
    // goals 20 at 75 %; pass mark 80. Own project: threshold 30 (required),
    // own project 50 (required), goals 20; pass mark 70. Others weigh 0.
    void setPathways()
    {
        Pathway e;
        e.name = QStringLiteral("التوظيف");
        e.exitReason = QStringLiteral("employment");
        e.tracks = {QStringLiteral("employment")};
        for (CriterionSetting &s : e.criteria.criteria) {
            s.weight = 0;
            s.required = false;
        }
        weigh(e, Criterion::AboveThreshold, 40, true);
        weigh(e, Criterion::EmployedMember, 40, true);
        weigh(e, Criterion::GoalsAchieved, 20, false, 75);
        e.criteria.passMark = 80;
        auto k = pathways.save(admin, e);
        INFO((k ? std::string() : k.error().message.toStdString()));
        REQUIRE(k.ok());
        employment = k.value();
        Pathway o = e;
        o.key.clear();
        o.name = QStringLiteral("المشروع الخاص");
        o.exitReason = QStringLiteral("own_project");
        o.tracks = {QStringLiteral("own_project")};
        for (CriterionSetting &s : o.criteria.criteria) {
            s.weight = 0;
            s.required = false;
        }
        weigh(o, Criterion::AboveThreshold, 30, true);
        weigh(o, Criterion::OwnProject, 50, true);
        weigh(o, Criterion::GoalsAchieved, 20, false, 75);
        o.criteria.passMark = 70;
        auto ko = pathways.save(admin, o);
        REQUIRE(ko.ok());
        ownProject = ko.value();
    }

    // A one-person household supported for a year (threshold 1,100 a month),
    // its head with `employment` and a monthly income from `source`.
    QByteArray family(const QString &given, const QString &employmentStatus, const QString &source, double amount,
                      QByteArray &head)
    {
        registry::MemberData m = person(given, QStringLiteral("سعد"), QStringLiteral("القحطاني"));
        m.employment = employmentStatus;
        const QByteArray id = household(m, head, today.addYears(-1));
        REQUIRE(households.changeStatus(admin, id, QStringLiteral("active"), today.addMonths(-11), {}).ok());
        income(id, head, source, amount, today.addMonths(-2));
        return id;
    }

    void income(const QByteArray &household, const QByteArray &member, const QString &source, double amount,
                const QDate &from)
    {
        registry::Income i;
        i.householdId = household;
        i.memberId = member;
        i.source = source;
        i.amount = amount;
        i.currency = QStringLiteral("SAR");
        i.effectiveDate = from;
        REQUIRE(incomes.record(admin, i).ok());
    }

    // An approved plan on `tracks` with `goals` goals, `achieved` of them achieved.
    QByteArray plan(const QByteArray &member, const QStringList &tracks, int goals, int achieved)
    {
        auto p = plans.create(huda, member, tracks);
        REQUIRE(p.ok());
        QList<QByteArray> ids;
        for (int i = 0; i < goals; ++i) {
            auto g = plans.addGoal(huda, p.value(), {tracks.first(), QStringLiteral("هدف %1").arg(i), {}, {}, {}, today.addMonths(6)});
            REQUIRE(g.ok());
            ids << g.value();
        }
        REQUIRE(plans.submit(huda, p.value()).ok());
        REQUIRE(plans.approve(salem, p.value()).ok());
        for (int i = 0; i < achieved; ++i)
            REQUIRE(plans.setGoalStatus(huda, ids[i], QStringLiteral("achieved")).ok());
        return p.value();
    }

    HouseholdReadiness of(const QByteArray &household)
    {
        auto r = readiness.ofHousehold(huda, household, today);
        INFO((r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
        return r.value();
    }

    static bool met(const QList<CriterionResult> &results, Criterion c)
    {
        for (const CriterionResult &x : results)
            if (x.criterion == c)
                return x.met;
        return false;
    }
};

} // namespace tamkeen::test::graduationfixture
