// Each user's task inbox (issue 17 §2): what has fallen due for them, from
// every part of Tamkeen, oldest first; what is theirs follows their role, and
// what is another's, not yet due, done or marked seen is not listed.
#include "GraduationFixture.h"
#include "casework/Assignments.h"
#include "casework/Objections.h"
#include "casework/TaskInbox.h"
#include "org/DeviceInfo.h"
#include "visits/VisitService.h"

using namespace tamkeen;
using namespace tamkeen::casework;
using namespace tamkeen::test::graduationfixture;
using Kind = InboxItem::Kind;

namespace {

struct Inbox : Graduation {
    QByteArray centre = org::Devices::thisDevice(db).value().centreId;
    security::Session mona = user(QStringLiteral("mona"), QStringLiteral("منى"), Role::Counsellor);

    QList<InboxItem> of(const security::Session &who)
    {
        auto items = TaskInbox::of(db, who, centre, today);
        INFO((items ? std::string() : items.error().message.toStdString()));
        REQUIRE(items.ok());
        return items.value();
    }
    static QList<Kind> kinds(const QList<InboxItem> &items)
    {
        QList<Kind> k;
        for (const InboxItem &i : items)
            k << i.kind;
        return k;
    }
    // A task of `plan`'s first goal, due `days` from today (a past day set as
    // if the task had been written then: a new task may not be due in the past).
    void task(const security::Session &by, const QByteArray &plan, const QString &what, int days)
    {
        auto goals = plans.goals(plan);
        REQUIRE(goals.ok());
        REQUIRE_FALSE(goals.value().isEmpty());
        auto t = plans.addTask(by, goals.value().first().id, {what, QStringLiteral("beneficiary"), today.addDays(30)});
        REQUIRE(t.ok());
        REQUIRE(db.write(QStringLiteral("UPDATE plan_tasks SET due_date = ? WHERE description = ?"),
                         {today.addDays(days).toString(Qt::ISODate), what})
                    .ok());
    }
};

} // namespace

TEST_CASE("An inbox with nothing due is empty, not an error, for every role", "[inbox]")
{
    Inbox t;
    for (const security::Session &who : {t.salem, t.huda, t.omar, t.admin})
        CHECK(t.of(who).isEmpty());
}

TEST_CASE("A counsellor's inbox holds their plans due for review and their plans' tasks past due, oldest first",
          "[inbox]")
{
    Inbox t;
    QByteArray a, b;
    t.family(QStringLiteral("فهد"), QStringLiteral("unemployed"), QStringLiteral("salary"), 500, a);
    t.family(QStringLiteral("ماجد"), QStringLiteral("unemployed"), QStringLiteral("salary"), 500, b);
    const QByteArray first = t.plan(a, {QStringLiteral("employment")}, 1, 0);
    const QByteArray second = t.plan(b, {QStringLiteral("training")}, 1, 0);
    t.task(t.huda, first, QStringLiteral("التسجيل في دورة الخياطة"), -10);
    t.task(t.huda, first, QStringLiteral("زيارة معرض التوظيف"), -2);
    t.task(t.huda, first, QStringLiteral("فتح حساب بنكي"), 0);   // due today: not yet late
    t.task(t.huda, second, QStringLiteral("موعد مع الشريك"), 5); // not due
    // The second plan's review date came five days ago.
    REQUIRE(t.db.write(QStringLiteral("UPDATE plans SET next_review = ? WHERE id = ?"),
                       {t.today.addDays(-5).toString(Qt::ISODate), second})
                .ok());

    const QList<InboxItem> items = t.of(t.huda);
    REQUIRE(Inbox::kinds(items) == QList<Kind>{Kind::OverdueTask, Kind::Review, Kind::OverdueTask});
    CHECK(items[0].detail == QStringLiteral("التسجيل في دورة الخياطة"));
    CHECK(items[0].due == t.today.addDays(-10));
    CHECK(items[0].targetId == first);
    CHECK(items[0].name == QStringLiteral("فهد سعد القحطاني"));
    CHECK(items[1].targetId == second);
    CHECK(items[1].due == t.today.addDays(-5));
    CHECK(items[2].detail == QStringLiteral("زيارة معرض التوظيف"));
    for (const InboxItem &i : items)
        CHECK(TaskInbox::overdue(i, t.today));
    // Another counsellor's inbox, the supervisor's and the field worker's hold none of them.
    CHECK(t.of(t.mona).isEmpty());
    CHECK(t.of(t.salem).isEmpty());
    CHECK(t.of(t.omar).isEmpty());
    // A task done leaves the inbox.
    auto tasks = t.plans.tasks(first);
    REQUIRE(tasks.ok());
    for (const plans::Task &task : tasks.value())
        if (task.description == QStringLiteral("التسجيل في دورة الخياطة"))
            REQUIRE(t.plans.completeTask(t.huda, task.id, t.today).ok());
    CHECK(Inbox::kinds(t.of(t.huda)) == QList<Kind>{Kind::Review, Kind::OverdueTask});
}

TEST_CASE("A supervisor's inbox holds the plans and graduations waiting for their decision", "[inbox]")
{
    Inbox t;
    t.setPathways();
    QByteArray a, b;
    const QByteArray ha = t.family(QStringLiteral("فهد"), QStringLiteral("employed"), QStringLiteral("salary"), 1500, a);
    t.plan(a, {QStringLiteral("employment")}, 4, 2);
    REQUIRE(t.graduations.propose(t.omar, ha, t.employment, QStringLiteral("يعمل منذ أربعة أشهر")).ok());
    t.family(QStringLiteral("ماجد"), QStringLiteral("unemployed"), QStringLiteral("salary"), 500, b);
    auto draft = t.plans.create(t.huda, b, {QStringLiteral("employment")});
    REQUIRE(draft.ok());
    REQUIRE(t.plans.addGoal(t.huda, draft.value(), {QStringLiteral("employment"), QStringLiteral("عمل"), {}, {}, {}, t.today.addMonths(6)}).ok());
    REQUIRE(t.plans.submit(t.huda, draft.value()).ok());

    const QList<InboxItem> items = t.of(t.salem);
    REQUIRE(items.size() == 2);
    CHECK(QSet<Kind>{items[0].kind, items[1].kind} == QSet<Kind>{Kind::Approval, Kind::Graduation});
    for (const InboxItem &i : items) {
        CHECK(i.due == t.today);
        CHECK_FALSE(TaskInbox::overdue(i, t.today)); // submitted today
    }
    // Waiting since last week: still waiting, not late.
    REQUIRE(t.db.write(QStringLiteral("UPDATE plan_events SET at = ? WHERE event = 'submitted'"),
                       {t.today.addDays(-7).toString(Qt::ISODate) + QStringLiteral("T09:00:00.000Z")})
                .ok());
    for (const InboxItem &i : t.of(t.salem))
        if (i.kind == Kind::Approval) {
            CHECK(i.due == t.today.addDays(-7));
            CHECK_FALSE(TaskInbox::overdue(i, t.today));
        }
    // Decided: gone. The administrator decides nothing, so sees none of it.
    REQUIRE(t.plans.approve(t.salem, draft.value()).ok());
    CHECK(Inbox::kinds(t.of(t.salem)) == QList<Kind>{Kind::Graduation});
    CHECK(t.of(t.admin).isEmpty());
}

TEST_CASE("A field worker's inbox holds their visits due, their follow-ups due and their families' warnings not yet seen",
          "[inbox]")
{
    Inbox t;
    security::Session layla = t.user(QStringLiteral("layla"), QStringLiteral("ليلى"), Role::FieldWorker);
    QByteArray a, b, c;
    const QByteArray ha = t.family(QStringLiteral("فهد"), QStringLiteral("employed"), QStringLiteral("salary"), 3000, a);
    const QByteArray hb = t.family(QStringLiteral("ماجد"), QStringLiteral("employed"), QStringLiteral("salary"), 3000, b);
    const QByteArray hc = t.family(QStringLiteral("سعود"), QStringLiteral("employed"), QStringLiteral("salary"), 3000, c);
    REQUIRE(Assignments(t.db).reassign(t.salem, {ha, hb}, t.omar.userId, QStringLiteral("توزيع")).ok());
    REQUIRE(Assignments(t.db).reassign(t.salem, {hc}, layla.userId, QStringLiteral("توزيع")).ok());
    visits::VisitService visits(t.db);
    auto late = visits.plan(t.omar, ha, t.today);
    REQUIRE(late.ok());
    REQUIRE(t.db.write(QStringLiteral("UPDATE home_visits SET planned_on = ? WHERE id = ?"),
                       {t.today.addDays(-3).toString(Qt::ISODate), late.value()})
                .ok());
    REQUIRE(visits.plan(t.omar, hb, t.today).ok());
    REQUIRE(visits.plan(t.omar, hb, t.today.addDays(2)).ok()); // not due yet
    REQUIRE(visits.plan(layla, hc, t.today).ok());             // Layla's
    // B left support; its three-month follow-up is a week late.
    REQUIRE(t.exits.exitSupport(t.admin, hb, t.today, QStringLiteral("employment")).ok());
    REQUIRE(t.db.write(QStringLiteral("UPDATE exit_followups SET due_on = ? WHERE months = 3"),
                       {t.today.addDays(-7).toString(Qt::ISODate)})
                .ok());
    // A's income, 3,000 since long ago, fell by half this month: an early warning.
    t.income(ha, a, QStringLiteral("salary"), 3000, t.today.addDays(-200));
    t.income(ha, a, QStringLiteral("salary"), 1500, t.today.addDays(-1));

    QList<InboxItem> items = t.of(t.omar);
    REQUIRE(Inbox::kinds(items) == QList<Kind>{Kind::FollowUp, Kind::Visit, Kind::Warning, Kind::Visit});
    CHECK(items[0].householdId == hb);
    CHECK(items[0].due == t.today.addDays(-7));
    CHECK(items[1].targetId == late.value());
    CHECK(items[2].householdId == ha);
    CHECK(items[2].rule == impact::WarningRule::IncomeDrop);
    CHECK(items[3].householdId == hb);
    CHECK(TaskInbox::overdue(items[0], t.today));
    CHECK(TaskInbox::overdue(items[1], t.today));
    CHECK_FALSE(TaskInbox::overdue(items[2], t.today)); // a warning waits; its date is the fact's
    CHECK_FALSE(TaskInbox::overdue(items[3], t.today)); // today's visit is due, not late
    // Layla sees her one visit; the follow-up's warning is not listed twice for a field worker.
    CHECK(Inbox::kinds(t.of(layla)) == QList<Kind>{Kind::Visit});
    // The warning marked seen leaves the inbox.
    impact::EarlyWarnings warnings(t.db);
    auto listed = warnings.list(t.omar, impact::WarningRule::IncomeDrop, t.today, {{}, t.omar.userId, {}});
    REQUIRE(listed.ok());
    REQUIRE(listed.value().size() == 1);
    REQUIRE(warnings.markSeen(t.omar, listed.value().first(), QStringLiteral("اتصلت بالأسرة")).ok());
    CHECK(Inbox::kinds(t.of(t.omar)) == QList<Kind>{Kind::FollowUp, Kind::Visit, Kind::Visit});
    // The supervisor sees the centre's warnings: the follow-up now overdue among them.
    const QList<Kind> supervisor = Inbox::kinds(t.of(t.salem));
    CHECK(supervisor.contains(Kind::Warning));
    CHECK_FALSE(supervisor.contains(Kind::Visit));
}

TEST_CASE("An objection assigned to a counsellor is in her inbox, and in the supervisor's until it is answered",
          "[inbox][objections]")
{
    Inbox t;
    QByteArray a;
    const QByteArray family = t.family(QStringLiteral("فهد"), QStringLiteral("unemployed"), QStringLiteral("salary"), 500, a);
    casework::Objections objections(t.db);
    auto id = objections.receive(t.omar, family,
                                 {QStringLiteral("complaint"), QStringLiteral("service"), {}, t.today.addDays(-20),
                                  QStringLiteral("phone"), QStringLiteral("لم يُرد على اتصالاتنا")});
    REQUIRE(id.ok());
    QList<InboxItem> supervisor = t.of(t.salem);
    REQUIRE(Inbox::kinds(supervisor).contains(Kind::Objection)); // no one assigned yet
    CHECK(t.of(t.huda).isEmpty());
    REQUIRE(objections.assign(t.salem, id.value(), t.huda.userId).ok());
    CHECK(Inbox::kinds(t.of(t.salem)).contains(Kind::Objection)); // the decision is the supervisor's
    const QList<InboxItem> hers = t.of(t.huda);
    REQUIRE(Inbox::kinds(hers) == QList<Kind>{Kind::Objection});
    CHECK(hers.first().targetId == id.value());
    CHECK(TaskInbox::overdue(hers.first(), t.today)); // a complaint is due in 15 days: 5 late
    REQUIRE(objections.decide(t.salem, id.value(), QStringLiteral("upheld"), QStringLiteral("تأخرنا")).ok());
    REQUIRE(objections.answer(t.salem, id.value(), QStringLiteral("نعتذر عن التأخر"), t.today).ok());
    CHECK(t.of(t.huda).isEmpty());
    CHECK_FALSE(Inbox::kinds(t.of(t.salem)).contains(Kind::Objection));
}
