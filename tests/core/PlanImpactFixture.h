#pragma once
// The fixture of indicators 5 (economic independence) and 7 (plans): seven
// one-plan households with incomes, exits, goals, tasks and reviews on known
// dates around the first quarter of 2025 (Q1: 2025-01-01 … 03-31). Plans are
// made through PlanService (which dates them today) and then moved back to
// the dates below, as if they had been made then. Default eligibility rule:
// 1,100 for the head + 550 for each other member, per month.
//   P1 m, 2 members. Plan started 2024-10-01, approved 10-05, baseline 400 a person; reviewed 2025-01-01
//      (89 days before 03-31). Social security 800 since 2024-09-01; salary 1,200 since 2025-02-01.
//      Goals: 1 achieved, 1 in progress. Tasks: open due 03-30 (overdue), open due 03-31 (not: due on the
//      last day), done 03-31 due 03-01 (not), done 04-05 due 03-01 (overdue on 03-31).
//   P2 f, 1 member. Plan started 2024-11-01, approved 11-10, no baseline recorded; never reviewed; closed
//      "exited" on 2025-04-02. Family support 500 since 2024-06-01; own business 700 since 2025-01-15.
//      Active 2024-06-01, exit own_project 2025-03-31 (Q1's last day). Goal: 1 in progress.
//   P3 m, 1 member. Plan started 2025-01-15, approved 01-20, baseline 1,000; completed 2025-03-31 (the last day). Salary
//      1,000 since 2024-12-01, 1,150 since 2025-03-01. Active 2024-12-01, exit employment 2025-02-20.
//      Goals: 1 achieved, 1 dropped. Task: open due 02-01 (not counted: plan completed).
//   P4 m, 1 member. Plan started 2025-04-05, approved 04-06 (after Q1). Goal: 1 achieved.
//   P5 f, 1 member. A draft plan created 2025-02-01. Active 2024-06-01, exit moved 2025-03-01 (no plan approved).
//   P6 m, 1 member. Plan started 2025-03-01, submitted 03-01, approved 2025-04-01 (after Q1). Goal: 1.
//   P7 m, 1 member. Plan started 2024-09-01, approved 09-05, baseline 0, no income; reviewed 2024-12-31
//      (exactly 90 days before 03-31). Goal: 1 not started. Tasks: open due 02-01 (overdue), dropped due 01-01.
#include "ClinicFixture.h"
#include "impact/Indicators.h"
#include "plans/PlanService.h"
#include "referrals/ExitService.h"

namespace tamkeen::test::planimpact {

using namespace tamkeen::test::clinicfixture;

inline QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

struct PlanImpact : Clinic {
    plans::PlanService plans{db};
    referrals::ExitService exits{db};
    impact::Indicators indicators{db};
    security::Session huda = user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    security::Session salem = user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    QList<QByteArray> h = {QByteArray()};     // h[1] … h[7]
    QList<QByteArray> head = {QByteArray()};  // their heads
    QList<QByteArray> plan = {QByteArray()};  // their plans

    void family(const QString &given, const QString &sex)
    {
        QByteArray m;
        h << household(person(given, QStringLiteral("سعد"), QStringLiteral("العتيبي"), QStringLiteral("head"), sex), m,
                       d(2024, 1, 1));
        head << m;
    }

    void income(int n, const char *source, double amount, const QDate &from, bool ofHead = true)
    {
        registry::Income i;
        i.householdId = h.at(n);
        if (ofHead)
            i.memberId = head.at(n);
        i.source = QString::fromLatin1(source);
        i.amount = amount;
        i.currency = QStringLiteral("SAR");
        i.effectiveDate = from;
        auto id = incomes.record(admin, i);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
    }

    void sql(const QString &text, const QVariantList &values)
    {
        db.setCurrentUser(admin.userId);
        auto q = db.exec(text, values);
        INFO((q ? std::string() : q.error().message.toStdString()));
        REQUIRE(q.ok());
        q.value()->finish();
    }

    // Moves plan n's dates back: started (and its created/submitted events),
    // approved (and its event) when given.
    void dates(int n, const QDate &started, const QDate &approved = {})
    {
        sql(QStringLiteral("UPDATE plans SET started_on = ?, approved_on = ? WHERE id = ?"),
            {started.toString(Qt::ISODate), approved.isValid() ? QVariant(approved.toString(Qt::ISODate)) : QVariant(),
             plan.at(n)});
        // Submitted an hour after it was created: on the same minute the two
        // events would be ordered by their random ids, and a test by chance.
        event(n, "created", started, QStringLiteral("T10:00"));
        event(n, "submitted", started, QStringLiteral("T11:00"));
        if (approved.isValid())
            event(n, "approved", approved);
    }
    void event(int n, const char *name, const QDate &on, const QString &time = QStringLiteral("T12:00"))
    {
        sql(QStringLiteral("UPDATE plan_events SET at = ? WHERE plan_id = ? AND event = ?"),
            {on.toString(Qt::ISODate) + time, plan.at(n), QString::fromLatin1(name)});
    }
    void baseline(int n, const QVariant &perPerson)
    {
        sql(QStringLiteral("UPDATE plans SET baseline = ? WHERE id = ?"),
            {perPerson.isNull() ? QVariant() : QVariant(QStringLiteral("{\"incomePerPerson\":%1}").arg(perPerson.toDouble())),
             plan.at(n)});
    }

    // A draft with goals of these statuses (set once approved) and no tasks.
    QList<QByteArray> draft(int n, int goals)
    {
        auto p = plans.create(huda, head.at(n), {QStringLiteral("employment")});
        INFO((p ? std::string() : p.error().message.toStdString()));
        REQUIRE(p.ok());
        plan << p.value();
        QList<QByteArray> ids;
        for (int i = 0; i < goals; ++i) {
            plans::GoalData g{QStringLiteral("employment"), QStringLiteral("عمل بدخل ثابت"), QStringLiteral("الدخل الشهري"),
                              {}, 3000, QDate::currentDate().addYears(1)};
            auto id = plans.addGoal(huda, p.value(), g);
            REQUIRE(id.ok());
            ids << id.value();
        }
        return ids;
    }
    QByteArray task(const QByteArray &goal, const QDate &due)
    {
        auto id = plans.addTask(huda, goal, {QStringLiteral("مهمة"), QStringLiteral("beneficiary"), due});
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }
    void approve(int n)
    {
        REQUIRE(plans.submit(huda, plan.at(n)).ok());
        REQUIRE(plans.approve(salem, plan.at(n)).ok());
    }
    void goal(const QByteArray &id, const char *status)
    {
        REQUIRE(plans.setGoalStatus(huda, id, QString::fromLatin1(status)).ok());
    }
    void exitOn(int n, const QDate &active, const QDate &on, const char *reason)
    {
        REQUIRE(households.changeStatus(admin, h.at(n), QStringLiteral("active"), active, {}).ok());
        auto id = exits.exitSupport(admin, h.at(n), on, QString::fromLatin1(reason));
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
    }

    PlanImpact()
    {
        family(QStringLiteral("فهد"), QStringLiteral("male"));
        family(QStringLiteral("نورة"), QStringLiteral("female"));
        family(QStringLiteral("خالد"), QStringLiteral("male"));
        family(QStringLiteral("ماجد"), QStringLiteral("male"));
        family(QStringLiteral("هند"), QStringLiteral("female"));
        family(QStringLiteral("بدر"), QStringLiteral("male"));
        family(QStringLiteral("سعد"), QStringLiteral("male"));
        registry::MemberData spouse = person(QStringLiteral("مريم"), QStringLiteral("علي"), QStringLiteral("الحربي"),
                                             QStringLiteral("spouse"), QStringLiteral("female"));
        REQUIRE(households.members().add(admin, h.at(1), spouse).ok());

        // P1
        income(1, "social_security", 800, d(2024, 9, 1), false);
        income(1, "salary", 1200, d(2025, 2, 1));
        auto g1 = draft(1, 2);
        task(g1[0], d(2025, 3, 30));
        task(g1[0], d(2025, 3, 31));
        const QByteArray t13 = task(g1[1], d(2025, 3, 1));
        const QByteArray t14 = task(g1[1], d(2025, 3, 1));
        approve(1);
        goal(g1[0], "achieved");
        goal(g1[1], "in_progress");
        REQUIRE(plans.completeTask(huda, t13, d(2025, 3, 31)).ok());
        REQUIRE(plans.completeTask(huda, t14, d(2025, 4, 5)).ok());
        REQUIRE(plans.review(huda, plan.at(1), QStringLiteral("تقدم جيد"), d(2025, 1, 1)).ok());
        dates(1, d(2024, 10, 1), d(2024, 10, 5));
        event(1, "reviewed", d(2025, 1, 1));
        baseline(1, 400);

        // P2
        income(2, "family_support", 500, d(2024, 6, 1), false);
        income(2, "own_business", 700, d(2025, 1, 15));
        auto g2 = draft(2, 1);
        approve(2);
        goal(g2[0], "in_progress");
        REQUIRE(plans.close(huda, plan.at(2), QStringLiteral("exited"), QStringLiteral("خرجت الأسرة من الدعم")).ok());
        dates(2, d(2024, 11, 1), d(2024, 11, 10));
        event(2, "exited", d(2025, 4, 2));
        baseline(2, QVariant());
        exitOn(2, d(2024, 6, 1), d(2025, 3, 31), "own_project");

        // P3
        income(3, "salary", 1000, d(2024, 12, 1));
        income(3, "salary", 1150, d(2025, 3, 1));
        auto g3 = draft(3, 2);
        task(g3[0], d(2025, 2, 1));
        approve(3);
        goal(g3[0], "achieved");
        goal(g3[1], "dropped");
        REQUIRE(plans.close(huda, plan.at(3), QStringLiteral("completed"), QStringLiteral("تحققت الأهداف")).ok());
        dates(3, d(2025, 1, 15), d(2025, 1, 20));
        event(3, "completed", d(2025, 3, 31));
        baseline(3, 1000);
        exitOn(3, d(2024, 12, 1), d(2025, 2, 20), "employment");

        // P4
        auto g4 = draft(4, 1);
        approve(4);
        goal(g4[0], "achieved");
        dates(4, d(2025, 4, 5), d(2025, 4, 6));

        // P5
        draft(5, 0);
        dates(5, d(2025, 2, 1));
        exitOn(5, d(2024, 6, 1), d(2025, 3, 1), "moved");

        // P6
        draft(6, 1);
        approve(6);
        dates(6, d(2025, 3, 1), d(2025, 4, 1));

        // P7
        auto g7 = draft(7, 1);
        task(g7[0], d(2025, 2, 1));
        const QByteArray t72 = task(g7[0], d(2025, 1, 1));
        approve(7);
        sql(QStringLiteral("UPDATE plan_tasks SET status = 'dropped' WHERE id = ?"), {t72});
        REQUIRE(plans.review(huda, plan.at(7), QStringLiteral("لا تقدم"), d(2024, 12, 31)).ok());
        dates(7, d(2024, 9, 1), d(2024, 9, 5));
        event(7, "reviewed", d(2024, 12, 31));
        baseline(7, 0);
    }

    QList<int> nums(const QList<QByteArray> &households) const
    {
        QList<int> list;
        for (const QByteArray &id : households)
            list << int(std::max<qsizetype>(h.indexOf(id), 0));
        return list;
    }
};

} // namespace tamkeen::test::planimpact
