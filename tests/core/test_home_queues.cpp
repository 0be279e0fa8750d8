// Issue 14 §2: what a supervisor's home page lists: the approval queue (plans
// submitted for approval and graduation proposals waiting for a decision) and
// the caseload per worker, of one centre. Expected values are counted by hand
// from the households each test builds.
#include "GraduationFixture.h"
#include "impact/HomeQueues.h"
#include "org/DeviceInfo.h"
#include "storage/SyncedWriter.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::graduationfixture;
using Kind = ApprovalItem::Kind;

namespace {

struct Home : Graduation {
    QByteArray centre = org::Devices::thisDevice(db).value().centreId;
    const QByteArray elsewhere = QByteArray(16, '\x77');

    // A plan for `member` with one goal, submitted by Huda.
    QByteArray submitted(const QByteArray &member)
    {
        auto p = plans.create(huda, member, {QStringLiteral("employment")});
        REQUIRE(p.ok());
        REQUIRE(plans.addGoal(huda, p.value(), {QStringLiteral("employment"), QStringLiteral("عمل"), {}, {}, {}, today.addMonths(6)})
                    .ok());
        REQUIRE(plans.submit(huda, p.value()).ok());
        return p.value();
    }

    void assign(const QByteArray &household, const QByteArray &worker)
    {
        auto h = households.household(household);
        REQUIRE(h.ok());
        registry::HouseholdData data = h.value();
        data.assignedWorker = worker;
        REQUIRE(households.update(admin, household, data).ok());
    }

    // Handed to another centre (as a sync from another centre would record it).
    void move(const QByteArray &household)
    {
        REQUIRE(storage::SyncedWriter(db).update(QStringLiteral("households"), household,
                                                 {{QStringLiteral("centre_id"), elsewhere}})
                    .ok());
    }

    QByteArray supported(const QString &given, QByteArray &head)
    {
        const QByteArray id = household(person(given, QStringLiteral("سعد"), QStringLiteral("الحربي")), head, today.addYears(-1));
        REQUIRE(households.changeStatus(admin, id, QStringLiteral("active"), today.addMonths(-6), {}).ok());
        return id;
    }
};

QList<QByteArray> idsOf(const QList<ApprovalItem> &items)
{
    QList<QByteArray> ids;
    for (const ApprovalItem &i : items)
        ids << i.id;
    return ids;
}

} // namespace

TEST_CASE("Home queues: nothing waiting and nobody supported gives empty lists, not an error", "[impact][home]")
{
    Home t;
    auto queue = HomeQueues::approvalQueue(t.db, t.centre);
    REQUIRE(queue.ok());
    CHECK(queue.value().isEmpty());
    auto caseload = HomeQueues::caseloadByWorker(t.db, t.centre);
    REQUIRE(caseload.ok());
    CHECK(caseload.value().isEmpty());
    // An applicant is not yet supported: counted by its status, under no
    // worker, with nobody supported and nothing overdue.
    QByteArray head;
    t.household(person(QStringLiteral("خالد"), QStringLiteral("سعد"), QStringLiteral("الحربي")), head);
    auto one = HomeQueues::caseloadByWorker(t.db, t.centre);
    REQUIRE(one.ok());
    REQUIRE(one.value().size() == 1);
    const WorkerCaseload &w = one.value().first();
    CHECK(w.workerId.isEmpty());
    CHECK(w.households == 0);
    CHECK(w.statuses == QList<std::pair<QString, int>>{{QStringLiteral("applicant"), 1}});
    CHECK(w.levels.isEmpty());
    CHECK(w.overdueVisits == 0);
    CHECK(w.overdueFollowUps == 0);
    auto home = HomeQueues::supervisorHome(t.db, t.centre);
    REQUIRE(home.ok());
    CHECK(home.value().queue.isEmpty());
    CHECK(home.value().caseload.size() == 1);
    CHECK(home.value().levels.last() == std::pair<QString, int>{QString(), 0}); // none supported, none unassessed
}

TEST_CASE("Home queues: the approval queue holds the submitted plans and the pending graduations of the centre",
          "[impact][home]")
{
    Home t;
    t.setPathways();
    // A: an approved plan, ready on the employment pathway, proposed by Omar.
    QByteArray a, b, c, d, e, f;
    const QByteArray ha = t.family(QStringLiteral("فهد"), QStringLiteral("employed"), QStringLiteral("salary"), 1500, a);
    t.plan(a, {QStringLiteral("employment")}, 4, 2);
    auto proposal = t.graduations.propose(t.omar, ha, t.employment, QStringLiteral("يعمل منذ أربعة أشهر"));
    REQUIRE(proposal.ok());
    // B: submitted, waiting. C: a draft, never submitted. D: submitted, but its
    // household is now another centre's. E: submitted, then sent back to draft.
    // F: submitted, then approved.
    const QByteArray hb = t.household(person(QStringLiteral("ماجد"), QStringLiteral("سعد"), QStringLiteral("القحطاني")), b);
    const QByteArray planB = t.submitted(b);
    const QByteArray hc = t.household(person(QStringLiteral("نايف"), QStringLiteral("سعد"), QStringLiteral("القحطاني")), c);
    REQUIRE(t.plans.create(t.huda, c, {QStringLiteral("employment")}).ok());
    const QByteArray hd = t.household(person(QStringLiteral("راشد"), QStringLiteral("سعد"), QStringLiteral("القحطاني")), d);
    const QByteArray planD = t.submitted(d);
    t.move(hd);
    t.household(person(QStringLiteral("سامي"), QStringLiteral("سعد"), QStringLiteral("القحطاني")), e);
    const QByteArray planE = t.submitted(e);
    REQUIRE(t.plans.returnToDraft(t.salem, planE, QStringLiteral("أكمل الأهداف")).ok());
    t.household(person(QStringLiteral("وليد"), QStringLiteral("سعد"), QStringLiteral("القحطاني")), f);
    const QByteArray planF = t.submitted(f);
    REQUIRE(t.plans.approve(t.salem, planF).ok());

    auto queue = HomeQueues::approvalQueue(t.db, t.centre);
    REQUIRE(queue.ok());
    // All today: the plan first, then the graduation.
    REQUIRE(queue.value().size() == 2);
    const ApprovalItem &plan = queue.value()[0];
    CHECK(plan.kind == Kind::Plan);
    CHECK(plan.id == planB);
    CHECK(plan.householdId == hb);
    CHECK(plan.name == QStringLiteral("ماجد سعد القحطاني"));
    CHECK(plan.byName == QStringLiteral("هدى"));
    CHECK(plan.since == t.today);
    CHECK_FALSE(plan.fileNumber.isEmpty());
    const ApprovalItem &graduation = queue.value()[1];
    CHECK(graduation.kind == Kind::Graduation);
    CHECK(graduation.id == proposal.value());
    CHECK(graduation.householdId == ha);
    CHECK(graduation.pathway == QStringLiteral("التوظيف"));
    CHECK(graduation.byName == QStringLiteral("عمر"));
    CHECK(graduation.since == t.today);

    // At a hub (every centre) the other centre's plan is there too; the other
    // centre sees only its own.
    CHECK(idsOf(HomeQueues::approvalQueue(t.db, {}).value()).contains(planD));
    CHECK(HomeQueues::approvalQueue(t.db, {}).value().size() == 3);
    CHECK(idsOf(HomeQueues::approvalQueue(t.db, t.elsewhere).value()) == QList<QByteArray>{planD});
    Q_UNUSED(hc);

    // Decided: the graduation leaves the queue; an approved plan too.
    REQUIRE(t.graduations.reject(t.salem, proposal.value(), QStringLiteral("الدخل غير مستقر")).ok());
    REQUIRE(t.plans.approve(t.salem, planB).ok());
    CHECK(HomeQueues::approvalQueue(t.db, t.centre).value().isEmpty());
}

TEST_CASE("Home queues: the caseload per worker counts each centre's supported households once, with one list each",
          "[impact][home]")
{
    Home t;
    const security::Session layla = t.user(QStringLiteral("layla"), QStringLiteral("ليلى"), security::Role::FieldWorker);
    QByteArray m;
    // Omar: 1, 2 and 3 supported, 4 suspended, 5 supported but another centre's.
    // Layla: 6 supported, 7 re-entered after an exit (supported), 8 exited.
    // Nobody: 9 supported.
    QList<QByteArray> h;
    for (int i = 1; i <= 9; ++i)
        h << t.supported(QStringLiteral("أسرة %1").arg(i), m);
    for (int i : {0, 1, 2, 3, 4})
        t.assign(h[i], t.omar.userId);
    for (int i : {5, 6, 7})
        t.assign(h[i], layla.userId);
    REQUIRE(t.households.changeStatus(t.admin, h[3], QStringLiteral("suspended"), t.today, QStringLiteral("سافرت الأسرة")).ok());
    t.move(h[4]);
    REQUIRE(t.exits.exitSupport(t.admin, h[6], t.today.addMonths(-3), QStringLiteral("employment")).ok());
    REQUIRE(t.households.changeStatus(t.admin, h[6], QStringLiteral("reentered"), t.today.addDays(-10),
                                      QStringLiteral("فقد العمل"))
                .ok());
    REQUIRE(t.exits.exitSupport(t.admin, h[7], t.today.addMonths(-1), QStringLiteral("employment")).ok());

    auto rows = HomeQueues::caseloadByWorker(t.db, t.centre);
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 3);
    CHECK(rows.value()[0].workerId == t.omar.userId);
    CHECK(rows.value()[0].workerName == QStringLiteral("عمر"));
    CHECK(rows.value()[0].households == 3);
    CHECK(rows.value()[1].workerId == layla.userId);
    CHECK(rows.value()[1].households == 2);
    CHECK(rows.value()[2].workerId.isEmpty()); // the unassigned, last
    CHECK(rows.value()[2].households == 1);
    // Every household of theirs here by status, in the vocabulary's order.
    using Counts = QList<std::pair<QString, int>>;
    CHECK(rows.value()[0].statuses == Counts{{QStringLiteral("active"), 3}, {QStringLiteral("suspended"), 1}});
    CHECK(rows.value()[1].statuses
          == Counts{{QStringLiteral("active"), 1}, {QStringLiteral("exited"), 1}, {QStringLiteral("reentered"), 1}});
    CHECK(rows.value()[2].statuses == Counts{{QStringLiteral("active"), 1}});

    auto omars = HomeQueues::supportedOf(t.db, t.centre, t.omar.userId);
    REQUIRE(omars.ok());
    CHECK(QSet<QByteArray>(omars.value().begin(), omars.value().end()) == QSet<QByteArray>{h[0], h[1], h[2]});
    CHECK(HomeQueues::supportedOf(t.db, t.centre, layla.userId).value().size() == 2);
    CHECK(HomeQueues::supportedOf(t.db, t.centre, {}).value() == QList<QByteArray>{h[8]});
    // The other centre: Omar's one household there.
    auto there = HomeQueues::caseloadByWorker(t.db, t.elsewhere);
    REQUIRE(there.ok());
    REQUIRE(there.value().size() == 1);
    CHECK(there.value()[0].households == 1);
    CHECK(HomeQueues::supportedOf(t.db, t.elsewhere, t.omar.userId).value() == QList<QByteArray>{h[4]});
    // Every centre (a hub): Omar has 4.
    CHECK(HomeQueues::caseloadByWorker(t.db, {}).value()[0].households == 4);
}
