// Individual empowerment plans (issue 5): the lifecycle rules, reviews, goals,
// tasks, progress and the baseline, as counsellors and supervisors use them.
#include "clinic/AssessmentService.h"
#include "plans/PlanService.h"
#include "registry/HouseholdService.h"
#include "registry/IncomeService.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace tamkeen;
using namespace tamkeen::plans;
using security::Role;

namespace {

struct Plans {
    std::unique_ptr<test::TestDb> t = test::makeSetUpDb();
    storage::Database &db = *t->db;
    security::UserService users{db, security::HashCost::minimal()};
    registry::HouseholdService households{db};
    PlanService plans{db};
    const security::Session &admin = t->admin;
    security::Session huda = user(QStringLiteral("huda"), Role::Counsellor);
    security::Session salem = user(QStringLiteral("salem"), Role::Supervisor);
    security::Session omar = user(QStringLiteral("omar"), Role::FieldWorker);
    QByteArray member;
    QByteArray household;

    Plans()
    {
        registry::HouseholdData h;
        h.region = QStringLiteral("منطقة الرياض");
        h.city = QStringLiteral("الرياض");
        h.housingType = QStringLiteral("apartment");
        h.housingOwnership = QStringLiteral("rented");
        registry::MemberData head;
        head.givenName = QStringLiteral("سلمى");
        head.fatherName = QStringLiteral("ناصر");
        head.familyName = QStringLiteral("الدوسري");
        head.relation = QStringLiteral("head");
        head.sex = QStringLiteral("female");
        head.birthDate = QDate(1988, 3, 1);
        head.employment = QStringLiteral("unemployed");
        auto id = households.create(admin, h, head);
        REQUIRE(id.ok());
        household = id.value();
        member = households.members().members(household).value().first().id;
    }

    security::Session user(const QString &name, Role role)
    {
        auto id = users.add(admin, {name, name, role, QStringLiteral("correct horse battery")});
        REQUIRE(id.ok());
        // Logged in, so the session holds the key that signs privileged changes.
        auto session = users.login(name, QStringLiteral("correct horse battery"));
        REQUIRE(session.ok());
        return session.value();
    }

    QByteArray draft()
    {
        auto id = plans.create(huda, member, {QStringLiteral("training"), QStringLiteral("employment")});
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }

    QByteArray goal(const QByteArray &plan, const QDate &target = QDate::currentDate().addMonths(6))
    {
        GoalData g{QStringLiteral("employment"), QStringLiteral("A job in tailoring"), QStringLiteral("monthly income"),
                   0.0, 3000.0, target};
        auto id = plans.addGoal(huda, plan, g);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }

    QString status(const QByteArray &plan) { return plans.plan(huda, plan).value().status; }
};

} // namespace

TEST_CASE("A plan is approved only by a supervisor and only with a dated goal", "[plans]")
{
    Plans p;
    const QByteArray plan = p.draft();
    CHECK(p.status(plan) == QStringLiteral("draft"));

    // A field worker cannot draw up or change plans.
    auto byWorker = p.plans.create(p.omar, p.member, {QStringLiteral("training")});
    REQUIRE_FALSE(byWorker.ok());
    CHECK(byWorker.error().code == ErrorCode::PermissionDenied);

    // A goal without a target date does not let the plan become active.
    REQUIRE(p.plans.addGoal(p.huda, plan, {QStringLiteral("training"), QStringLiteral("Learn to sew"), {}, {}, {}, {}}).ok());
    REQUIRE(p.plans.submit(p.huda, plan).ok());
    CHECK(p.status(plan) == QStringLiteral("submitted"));
    auto byCounsellor = p.plans.approve(p.huda, plan);
    REQUIRE_FALSE(byCounsellor.ok());
    CHECK(byCounsellor.error().code == ErrorCode::PermissionDenied);
    auto byAdmin = p.plans.approve(p.admin, plan);
    CHECK(byAdmin.error().code == ErrorCode::PermissionDenied);
    auto undated = p.plans.approve(p.salem, plan);
    REQUIRE_FALSE(undated.ok());
    CHECK(undated.error().field == QStringLiteral("goals"));
    CHECK(p.status(plan) == QStringLiteral("submitted"));

    // Returned for changes with a reason, then a dated goal, then approved.
    CHECK_FALSE(p.plans.returnToDraft(p.salem, plan, QStringLiteral("  ")).ok());
    REQUIRE(p.plans.returnToDraft(p.salem, plan, QStringLiteral("Add a target date")).ok());
    CHECK(p.status(plan) == QStringLiteral("draft"));
    p.goal(plan);
    REQUIRE(p.plans.submit(p.huda, plan).ok());
    REQUIRE(p.plans.approve(p.salem, plan).ok());
    const Plan active = p.plans.plan(p.huda, plan).value();
    CHECK(active.status == QStringLiteral("active"));
    CHECK(active.approvedBy == p.salem.userId);
    CHECK(active.approvedOn == QDate::currentDate());
    CHECK(active.nextReview == QDate::currentDate().addMonths(3));
    CHECK(p.plans.approve(p.salem, plan).error().code == ErrorCode::Conflict); // once

    // Every transition is kept with who and why.
    const auto events = p.plans.events(plan).value();
    QStringList kinds;
    for (const PlanEvent &e : events)
        kinds << e.event;
    CHECK(kinds == QStringList{QStringLiteral("created"), QStringLiteral("submitted"), QStringLiteral("returned"),
                               QStringLiteral("submitted"), QStringLiteral("approved")});
    CHECK(events[2].reason == QStringLiteral("Add a target date"));
    CHECK(events[2].by == p.salem.userId);
    CHECK(events[4].byName == QStringLiteral("salem"));
}

TEST_CASE("Reviews record progress and schedule the next review from their own date", "[plans]")
{
    Plans p;
    const QByteArray plan = p.draft();
    p.goal(plan);
    CHECK(p.plans.review(p.huda, plan, QStringLiteral("Started a course"), QDate::currentDate()).error().code
          == ErrorCode::Conflict); // a draft is not reviewed
    REQUIRE(p.plans.submit(p.huda, plan).ok());
    REQUIRE(p.plans.approve(p.salem, plan).ok());

    const QDate early = QDate::currentDate().addDays(-10);
    CHECK(p.plans.review(p.huda, plan, QString(), early).error().field == QStringLiteral("progress"));
    CHECK(p.plans.review(p.huda, plan, QStringLiteral("x"), QDate::currentDate().addDays(1)).error().field
          == QStringLiteral("on"));
    REQUIRE(p.plans.review(p.huda, plan, QStringLiteral("Finished the first module"), early).ok());
    CHECK(p.plans.plan(p.huda, plan).value().nextReview == early.addMonths(3));
    CHECK(p.plans.events(plan).value().last().progress == QStringLiteral("Finished the first module"));
    // A date at the end of a month: three months on is the last day of that month.
    CHECK(PlanService::nextReviewAfter(QDate(2026, 11, 30), 3) == QDate(2027, 2, 28));

    // Closing needs a reason and ends reviews; a closed plan cannot change.
    CHECK(p.plans.close(p.huda, plan, QStringLiteral("exited"), QString()).error().field == QStringLiteral("reason"));
    CHECK(p.plans.close(p.huda, plan, QStringLiteral("finished"), QStringLiteral("x")).error().field
          == QStringLiteral("outcome"));
    REQUIRE(p.plans.close(p.huda, plan, QStringLiteral("exited"), QStringLiteral("Employed as a tailor")).ok());
    const Plan closed = p.plans.plan(p.huda, plan).value();
    CHECK(closed.status == QStringLiteral("exited"));
    CHECK_FALSE(closed.nextReview.isValid());
    CHECK(closed.closedOn == QDate::currentDate());
    auto late = p.plans.addGoal(p.huda, plan, {QStringLiteral("training"), QStringLiteral("More"), {}, {}, {}, {}});
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == ErrorCode::Conflict);
}

TEST_CASE("Plan progress counts achieved goals, done and overdue tasks", "[plans]")
{
    Plans p;
    const QByteArray plan = p.draft();
    const QDate today = QDate::currentDate();
    const QByteArray g1 = p.goal(plan);
    const QByteArray g2 = p.goal(plan);
    const QByteArray g3 = p.goal(plan);
    auto t1 = p.plans.addTask(p.huda, g1, {QStringLiteral("Register at the institute"), QStringLiteral("beneficiary"),
                                           today.addDays(-1)});
    auto t2 = p.plans.addTask(p.huda, g1, {QStringLiteral("Buy a machine"), QStringLiteral("partner"), today});
    auto t3 = p.plans.addTask(p.huda, g2, {QStringLiteral("Visit employers"), QStringLiteral("counsellor"), {}});
    REQUIRE((t1.ok() && t2.ok() && t3.ok()));
    CHECK(p.plans.addTask(p.huda, g1, {QStringLiteral("x"), QStringLiteral("nobody"), today}).error().field
          == QStringLiteral("responsible"));

    Progress before = p.plans.progress(plan, today).value();
    CHECK(before.goals == 3);
    CHECK(before.goalsAchieved == 0);
    CHECK(before.tasks == 3);
    CHECK(before.tasksOverdue == 1); // due yesterday; due today is not overdue yet
    CHECK(p.plans.progress(plan, today.addDays(1)).value().tasksOverdue == 2); // tomorrow, the next one too
    CHECK(before.percent() == 0);

    REQUIRE(p.plans.completeTask(p.huda, t1.value(), today).ok());
    CHECK(p.plans.completeTask(p.huda, t1.value(), today).error().code == ErrorCode::Conflict);
    CHECK(p.plans.completeTask(p.huda, t2.value(), today.addDays(1)).error().field == QStringLiteral("doneOn"));
    REQUIRE(p.plans.setGoalStatus(p.huda, g1, QStringLiteral("achieved"), 3200).ok());
    REQUIRE(p.plans.setGoalStatus(p.huda, g3, QStringLiteral("dropped")).ok());
    CHECK_FALSE(p.plans.setGoalStatus(p.huda, g2, QStringLiteral("done")).ok());
    const Progress after = p.plans.progress(plan, today).value();
    CHECK(after.goals == 2); // a dropped goal does not count
    CHECK(after.goalsAchieved == 1);
    CHECK(after.percent() == 50);
    CHECK(after.tasksDone == 1);
    CHECK(after.tasksOverdue == 0);
    CHECK(p.plans.goals(plan).value().first().currentValue == 3200);

    // Goals must use the plan's tracks and say what they measure.
    CHECK(p.plans.addGoal(p.huda, plan, {QStringLiteral("housing"), QStringLiteral("A flat"), {}, {}, {}, {}}).error().field
          == QStringLiteral("domain"));
    CHECK(p.plans.addGoal(p.huda, plan, {QStringLiteral("training"), QStringLiteral("Pass"), QString(), {}, 80.0, {}})
              .error()
              .field
          == QStringLiteral("indicator"));
}

TEST_CASE("A plan starts from a baseline of income, work and the latest scores", "[plans]")
{
    Plans p;
    registry::IncomeService incomes(p.db);
    registry::Income in;
    in.householdId = p.household;
    in.source = QStringLiteral("social_security");
    in.amount = 1800;
    in.effectiveDate = QDate::currentDate().addDays(-30);
    REQUIRE(incomes.record(p.admin, in).ok());
    clinic::AssessmentService assessments(p.db);
    REQUIRE(assessments.record(p.huda, p.member, QStringLiteral("wellbeing"), QDate::currentDate().addDays(-3),
                               {{QStringLiteral("items"), QJsonArray{2, 2, 2, 2, 2}}})
                .ok());
    REQUIRE(assessments.record(p.huda, p.member, QStringLiteral("wellbeing"), QDate::currentDate(),
                               {{QStringLiteral("items"), QJsonArray{3, 3, 3, 3, 3}}})
                .ok());

    const QByteArray plan = p.draft();
    const Plan seen = p.plans.plan(p.huda, plan).value();
    CHECK(seen.baseline.incomePerPerson == 1800); // one member
    CHECK(seen.baseline.employment == QStringLiteral("unemployed"));
    REQUIRE(seen.baseline.wellbeing.has_value());
    CHECK(*seen.baseline.wellbeing == 60); // the latest
    CHECK_FALSE(seen.baseline.workReadiness.has_value());
    // WHO-5 stays with counsellors and supervisors.
    CHECK_FALSE(p.plans.plan(p.omar, plan).value().baseline.wellbeing.has_value());
    CHECK_FALSE(p.plans.plan(p.admin, plan).value().baseline.wellbeing.has_value());
    CHECK(p.plans.plan(p.salem, plan).value().baseline.wellbeing.has_value());
}

TEST_CASE("My plans filter by counsellor, status, review due and overdue tasks - supervisors see the queue", "[plans]")
{
    Plans p;
    const QDate today = QDate::currentDate();
    const QByteArray a = p.draft();
    const QByteArray b = p.draft();
    const QByteArray goal = p.goal(b);
    REQUIRE(p.plans.addTask(p.huda, goal, {QStringLiteral("Late"), QStringLiteral("beneficiary"), today.addDays(-2)}).ok());
    REQUIRE(p.plans.submit(p.huda, b).ok());

    PlanFilter mine;
    mine.counsellorId = p.huda.userId;
    CHECK(p.plans.list(mine, today).value().size() == 2);
    mine.status = QStringLiteral("submitted");
    auto submitted = p.plans.list(mine, today).value();
    REQUIRE(submitted.size() == 1);
    CHECK(submitted.first().id == b);
    CHECK(submitted.first().memberName == QStringLiteral("سلمى ناصر الدوسري"));
    CHECK(submitted.first().goals == 1);
    CHECK(submitted.first().tasksOverdue == 1);

    PlanFilter overdue;
    overdue.overdueTasks = true;
    auto late = p.plans.list(overdue, today).value();
    REQUIRE(late.size() == 1);
    CHECK(late.first().id == b);
    CHECK(p.plans.list(overdue, today.addDays(-5)).value().isEmpty()); // not yet overdue then

    PlanFilter others;
    others.counsellorId = p.salem.userId;
    CHECK(p.plans.list(others, today).value().isEmpty());

    auto queue = p.plans.approvalQueue().value();
    REQUIRE(queue.size() == 1);
    CHECK(queue.first().id == b);
    REQUIRE(p.plans.approve(p.salem, b).ok());
    CHECK(p.plans.approvalQueue().value().isEmpty());

    PlanFilter due;
    due.reviewDue = true;
    CHECK(p.plans.list(due, today).value().isEmpty());
    CHECK(p.plans.list(due, today.addMonths(3)).value().size() == 1); // the review date has come
    Q_UNUSED(a)
}

TEST_CASE("A draft's tracks change while its goals keep to them - open tasks are corrected", "[plans]")
{
    Plans p;
    const QByteArray plan = p.draft(); // training, employment
    const QByteArray goal = p.goal(plan); // employment
    CHECK(p.plans.setTracks(p.huda, plan, {}).error().field == QStringLiteral("tracks"));
    CHECK(p.plans.setTracks(p.huda, plan, {QStringLiteral("housing")}).error().field == QStringLiteral("tracks"));
    CHECK(p.plans.setTracks(p.omar, plan, {QStringLiteral("employment")}).error().code == ErrorCode::PermissionDenied);
    REQUIRE(p.plans.setTracks(p.huda, plan, {QStringLiteral("employment"), QStringLiteral("housing")}).ok());
    CHECK(p.plans.plan(p.huda, plan).value().tracks == QStringList{QStringLiteral("employment"), QStringLiteral("housing")});

    const QDate today = QDate::currentDate();
    auto task = p.plans.addTask(p.huda, goal, {QStringLiteral("Visit"), QStringLiteral("beneficiary"), today});
    REQUIRE(task.ok());
    CHECK(p.plans.updateTask(p.huda, task.value(), {QStringLiteral(" "), QStringLiteral("partner"), today}).error().field
          == QStringLiteral("description"));
    REQUIRE(p.plans.updateTask(p.huda, task.value(), {QStringLiteral("Visit employers"), QStringLiteral("partner"),
                                                      today.addDays(7)})
                .ok());
    const Task changed = p.plans.tasks(plan).value().first();
    CHECK(changed.description == QStringLiteral("Visit employers"));
    CHECK(changed.responsible == QStringLiteral("partner"));
    CHECK(changed.dueDate == today.addDays(7));
    REQUIRE(p.plans.completeTask(p.huda, task.value(), today).ok());
    CHECK(p.plans.updateTask(p.huda, task.value(), {QStringLiteral("x"), QStringLiteral("partner"), today}).error().code
          == ErrorCode::Conflict);

    // Once submitted, the tracks stay as they are.
    REQUIRE(p.plans.submit(p.huda, plan).ok());
    CHECK(p.plans.setTracks(p.huda, plan, {QStringLiteral("employment")}).error().code == ErrorCode::Conflict);
}

TEST_CASE("Supervisors add empowerment tracks that plans can then use", "[plans]")
{
    Plans p;
    CHECK(p.plans.addTrack(p.huda, QStringLiteral("الزراعة المنزلية")).error().code == ErrorCode::PermissionDenied);
    CHECK(p.plans.addTrack(p.salem, QStringLiteral("  ")).error().field == QStringLiteral("name"));
    CHECK(p.plans.create(p.huda, p.member, {QStringLiteral("الزراعة المنزلية")}).error().field == QStringLiteral("tracks"));
    REQUIRE(p.plans.addTrack(p.salem, QStringLiteral("الزراعة المنزلية")).ok());
    CHECK(p.plans.addTrack(p.admin, QStringLiteral("الزراعة المنزلية")).error().code == ErrorCode::Conflict);
    CHECK(p.plans.addTrack(p.admin, QStringLiteral("Housing")).error().code == ErrorCode::Conflict); // a built-in one
    const auto all = p.plans.allTracks();
    REQUIRE(all.size() == PlanService::tracks().size() + 1);
    CHECK(all.last().label == QStringLiteral("الزراعة المنزلية"));
    auto plan = p.plans.create(p.huda, p.member, {QStringLiteral("الزراعة المنزلية")});
    REQUIRE(plan.ok());
    CHECK(p.plans.addGoal(p.huda, plan.value(),
                          {QStringLiteral("الزراعة المنزلية"), QStringLiteral("حديقة منزلية منتجة"), {}, {}, {}, {}})
              .ok());
}

TEST_CASE("Overdue is judged on the user's own calendar day, in any time zone and around midnight", "[plans]")
{
    // Dates of tasks and reviews are calendar dates without a zone: a task due
    // on day D is overdue from the first moment of D+1 where the user is. The
    // same instant can be D in Cairo and Beirut and already D+1 in Riyadh; and
    // early on D in Riyadh it is still D-1 in UTC.
    Plans p;
    const QByteArray plan = p.draft();
    const QByteArray goal = p.goal(plan);
    // In January: winter time in all three zones (Riyadh UTC+3, Cairo and Beirut UTC+2).
    const QDate due(QDate::currentDate().year() + 1, 1, 15);
    auto task = p.plans.addTask(p.huda, goal, {QStringLiteral("Register at the institute"), QStringLiteral("beneficiary"), due});
    REQUIRE(task.ok());
    REQUIRE(p.plans.submit(p.huda, plan).ok());
    CHECK(p.plans.tasks(plan).value().first().dueDate == due); // read back as typed, whatever the zone

    const QTimeZone riyadh("Asia/Riyadh"), cairo("Africa/Cairo"), beirut("Asia/Beirut");
    REQUIRE((riyadh.isValid() && cairo.isValid() && beirut.isValid()));
    PlanFilter overdue;
    overdue.overdueTasks = true;
    struct Case {
        QDateTime instant;
        QTimeZone zone;
        bool late;
    };
    const QList<Case> cases = {
        // 21:30 UTC on the due date: 00:30 the next day in Riyadh, 23:30 in Cairo and Beirut.
        {QDateTime(due, QTime(21, 30), QTimeZone::utc()), riyadh, true},
        {QDateTime(due, QTime(21, 30), QTimeZone::utc()), cairo, false},
        {QDateTime(due, QTime(21, 30), QTimeZone::utc()), beirut, false},
        // The last second of the due date and the first of the next, where the user is.
        {QDateTime(due, QTime(23, 59, 59), riyadh), riyadh, false},
        {QDateTime(due.addDays(1), QTime(0, 0), riyadh), riyadh, true},
        {QDateTime(due, QTime(23, 59, 59), cairo), cairo, false},
        {QDateTime(due.addDays(1), QTime(0, 0, 1), cairo), cairo, true},
        // Early on the due date in Riyadh, still the day before in UTC: not late either way.
        {QDateTime(due, QTime(1, 0), riyadh), riyadh, false},
        {QDateTime(due, QTime(1, 0), riyadh), QTimeZone::utc(), false},
    };
    for (const Case &c : cases) {
        const QDate today = c.instant.toTimeZone(c.zone).date();
        INFO(c.instant.toUTC().toString(Qt::ISODate).toStdString() << " in " << c.zone.id().toStdString() << ": "
                                                                  << today.toString(Qt::ISODate).toStdString());
        const Task t = p.plans.tasks(plan).value().first();
        CHECK(t.overdue(today) == c.late);
        CHECK((p.plans.progress(plan, today).value().tasksOverdue == 1) == c.late);
        const QList<PlanRow> rows = p.plans.list(overdue, today).value();
        CHECK(rows.size() == (c.late ? 1 : 0));
        PlanFilter all;
        REQUIRE(p.plans.list(all, today).value().size() == 1);
        CHECK((p.plans.list(all, today).value().first().tasksOverdue == 1) == c.late);
    }

    // Done on its due date: never overdue afterwards.
    REQUIRE(p.plans.approve(p.salem, plan).ok());
    REQUIRE(p.plans.completeTask(p.huda, task.value(), QDate::currentDate()).ok());
    CHECK_FALSE(p.plans.tasks(plan).value().first().overdue(due.addYears(1)));
    CHECK(p.plans.list(overdue, due.addYears(1)).value().isEmpty());
}
