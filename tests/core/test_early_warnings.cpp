// Early warning (issue 14 §3): each rule lists the family it should and not
// one just under its threshold; thresholds are the administrators' and sync
// as organisation settings; an item marked seen stays seen until a new fact.
// Lists are asked for on a chosen day, so time passes without waiting.
#include "ClinicFixture.h"
#include "impact/EarlyWarnings.h"
#include "impact/WarningCounts.h"
#include "plans/PlanService.h"
#include "referrals/ExitService.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::clinicfixture;

namespace {

struct Warnings : Clinic {
    EarlyWarnings warnings{db};
    referrals::ExitService exits{db};
    plans::PlanService plans{db};
    security::Session huda = user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    security::Session salem = user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    security::Session omar = user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    const QDate now = QDate::currentDate();

    QByteArray family(const QString &given, QByteArray &head)
    {
        const QByteArray id = household(person(given, QStringLiteral("ناصر"), QStringLiteral("الدوسري")), head,
                                        now.addYears(-2));
        REQUIRE(households.changeStatus(admin, id, QStringLiteral("active"), now.addYears(-2), {}).ok());
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
        auto id = incomes.record(admin, i);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
    }

    QList<WarningItem> list(const security::Session &by, WarningRule rule, const QDate &on)
    {
        auto items = warnings.list(by, rule, on);
        INFO((items ? std::string() : items.error().message.toStdString()));
        REQUIRE(items.ok());
        return items.value();
    }

    static QList<QByteArray> ids(const QList<WarningItem> &items)
    {
        QList<QByteArray> ids;
        for (const WarningItem &i : items)
            ids << i.householdId;
        return ids;
    }
};

} // namespace

TEST_CASE("Early warning: a household whose income fell by 20 percent is listed, one at 19 percent is not", "[impact]")
{
    Warnings w;
    QByteArray headA, headB, headC;
    const QByteArray a = w.family(QStringLiteral("سلمى"), headA);
    const QByteArray b = w.family(QStringLiteral("منى"), headB);
    const QByteArray c = w.family(QStringLiteral("ريم"), headC);
    const QDate today = w.now;
    // A: a salary and social security, 3,000 in all; the salary falls to 1,400: 2,400, 20 % less.
    w.income(a, headA, QStringLiteral("salary"), 2000, today.addDays(-200));
    w.income(a, {}, QStringLiteral("social_security"), 1000, today.addDays(-200));
    w.income(a, headA, QStringLiteral("salary"), 1400, today.addDays(-30));
    // B: 3,000 to 2,430, 19 % less: under the threshold.
    w.income(b, headB, QStringLiteral("salary"), 3000, today.addDays(-200));
    w.income(b, headB, QStringLiteral("salary"), 2430, today.addDays(-29));
    // C: fell long ago (before the 90 days looked back on), nothing since.
    w.income(c, headC, QStringLiteral("salary"), 3000, today.addDays(-400));
    w.income(c, headC, QStringLiteral("salary"), 1000, today.addDays(-200));

    QList<WarningItem> items = w.list(w.omar, WarningRule::IncomeDrop, today);
    REQUIRE(Warnings::ids(items) == QList<QByteArray>{a});
    CHECK(items[0].before == 3000);
    CHECK(items[0].after == 2400);
    CHECK(items[0].since == today.addDays(-30));
    CHECK(items[0].headName == QStringLiteral("سلمى ناصر الدوسري"));
    CHECK_FALSE(items[0].seen);
    // Before the change, nobody is listed.
    CHECK(w.list(w.omar, WarningRule::IncomeDrop, today.addDays(-31)).isEmpty());

    // The threshold is the administrators': at 19 % B is listed too.
    WarningThresholds t = w.warnings.thresholds().value();
    CHECK(t.incomeDropPercent == 20);
    t.incomeDropPercent = 19;
    CHECK(w.warnings.setThresholds(w.salem, t).error().code == ErrorCode::PermissionDenied);
    WarningThresholds bad = t;
    bad.planIdleDays = 0;
    CHECK(w.warnings.setThresholds(w.admin, bad).error().field == QStringLiteral("planIdleDays"));
    REQUIRE(w.warnings.setThresholds(w.admin, t).ok());
    CHECK(w.warnings.thresholds().value().incomeDropPercent == 19);
    CHECK(Warnings::ids(w.list(w.omar, WarningRule::IncomeDrop, today)) == QList<QByteArray>{a, b});

    // Marked seen with a note: still listed, as seen, for the next person.
    REQUIRE(w.warnings.markSeen(w.omar, items[0], QStringLiteral("اتصلت بالأسرة، تبحث عن عمل")).ok());
    items = w.list(w.salem, WarningRule::IncomeDrop, today);
    REQUIRE(items.size() == 2);
    CHECK(items[0].seen);
    CHECK(items[0].seenNote == QStringLiteral("اتصلت بالأسرة، تبحث عن عمل"));
    CHECK_FALSE(items[1].seen);
    // A new fall is a new fact: listed again, unseen (after B, by date).
    w.income(a, {}, QStringLiteral("social_security"), 500, today.addDays(-5));
    items = w.list(w.salem, WarningRule::IncomeDrop, today);
    REQUIRE(Warnings::ids(items) == QList<QByteArray>{b, a});
    CHECK_FALSE(items[1].seen);
    CHECK(items[1].after == 1900);
}

TEST_CASE("Early warning: exits - an overdue follow-up, and an exit less than 6 months ago whose income fell",
          "[impact]")
{
    Warnings w;
    QByteArray headE, headF;
    const QByteArray e = w.family(QStringLiteral("هند"), headE);
    const QByteArray f = w.family(QStringLiteral("نورة"), headF);
    const QDate today = w.now;
    w.income(e, headE, QStringLiteral("salary"), 4000, today.addDays(-300));
    w.income(f, headF, QStringLiteral("salary"), 4000, today.addDays(-400));
    REQUIRE(w.exits.exitSupport(w.omar, e, today.addMonths(-4), QStringLiteral("employment")).ok());
    REQUIRE(w.exits.exitSupport(w.omar, f, today.addMonths(-8), QStringLiteral("employment")).ok());
    w.income(e, headE, QStringLiteral("salary"), 2500, today.addDays(-20));
    w.income(f, headF, QStringLiteral("salary"), 2500, today.addDays(-20));

    // E left 4 months ago and earns less: listed. F left 8 months ago: not any more.
    const QList<WarningItem> fell = w.list(w.omar, WarningRule::ExitIncomeFell, today);
    REQUIRE(Warnings::ids(fell) == QList<QByteArray>{e});
    CHECK(fell[0].before == 4000);
    CHECK(fell[0].after == 2500);
    CHECK(fell[0].since == today.addMonths(-4));
    // An exited household is on the exit list, not on the income-drop list.
    CHECK(w.list(w.omar, WarningRule::IncomeDrop, today).isEmpty());

    // Follow-ups: E's 3-month one is overdue; F's 3- and 6-month ones.
    QList<WarningItem> overdue = w.list(w.omar, WarningRule::FollowUpOverdue, today);
    REQUIRE(overdue.size() == 3);
    CHECK(overdue[0].householdId == f);
    CHECK(overdue[0].since == today.addMonths(-8).addMonths(3));
    // Due today is not overdue yet.
    CHECK(w.list(w.omar, WarningRule::FollowUpOverdue, today.addMonths(-8).addMonths(3)).isEmpty());
    // Recorded: off the list.
    auto due = w.exits.dueFollowUps(today).value();
    REQUIRE(w.exits.recordFollowUp(w.omar, due[0].id, today, true, 2500).ok());
    overdue = w.list(w.omar, WarningRule::FollowUpOverdue, today);
    CHECK(overdue.size() == 2);
    // A worker's list holds their caseload only (no household is assigned to Omar here).
    CHECK(w.warnings.list(w.omar, WarningRule::FollowUpOverdue, today, {{}, w.omar.userId, {}}).value().isEmpty());
}

TEST_CASE("Early warning: two missed appointments in a row, and WHO-5 seen only by counsellors and supervisors",
          "[impact]")
{
    Warnings w;
    QByteArray headG, headH;
    w.family(QStringLiteral("عبير"), headG);
    w.family(QStringLiteral("دانة"), headH);
    const QDate today = w.now;
    // G: came, then missed two. H: missed one, came, missed one: not in a row.
    const QList<std::pair<QByteArray, QStringList>> runs = {
        {headG, {QStringLiteral("attended"), QStringLiteral("no_show"), QStringLiteral("no_show")}},
        {headH, {QStringLiteral("no_show"), QStringLiteral("attended"), QStringLiteral("no_show")}}};
    for (qsizetype r = 0; r < runs.size(); ++r)
        for (qsizetype i = 0; i < runs[r].second.size(); ++i) {
            const QByteArray id =
                w.book(w.huda, runs[r].first, w.huda, at(today.addDays(-30 + 7 * int(i)), 9 + 3 * int(r)));
            REQUIRE(w.appointments.setStatus(w.huda, id, runs[r].second[i]).ok());
        }
    const QList<WarningItem> missed = w.list(w.huda, WarningRule::MissedAppointments, today);
    REQUIRE(missed.size() == 1);
    CHECK(missed[0].memberId == headG);
    CHECK(missed[0].since == today.addDays(-16));

    // WHO-5: G falls from 64 to 52 (12 points), H is at 24 (under 28); a fall of 8 is not listed.
    QByteArray headI;
    w.family(QStringLiteral("لمى"), headI);
    const auto assess = [&](const QByteArray &member, int daysAgo, const QList<int> &items) {
        REQUIRE(w.assessments.record(w.huda, member, QStringLiteral("wellbeing"), today.addDays(-daysAgo), who5Data(items)).ok());
    };
    assess(headG, 60, {3, 3, 3, 4, 3}); // 16 × 4 = 64
    assess(headG, 10, {3, 3, 2, 2, 3}); // 13 × 4 = 52
    assess(headH, 10, {1, 1, 1, 2, 1}); // 6 × 4 = 24
    assess(headI, 60, {3, 3, 3, 3, 3}); // 60
    assess(headI, 10, {3, 3, 2, 2, 3}); // 52: 8 points less
    const QList<WarningItem> low = w.list(w.salem, WarningRule::LowWellbeing, today);
    REQUIRE(low.size() == 2);
    for (const WarningItem &item : low) {
        if (item.memberId == headG) {
            CHECK(item.before == 64);
            CHECK(item.after == 52);
        } else {
            CHECK(item.memberId == headH);
            CHECK(item.after == 24);
        }
    }
    // A field worker does not see wellbeing scores, nor can mark them seen.
    auto hidden = w.warnings.list(w.omar, WarningRule::LowWellbeing, today);
    REQUIRE_FALSE(hidden.ok());
    CHECK(hidden.error().code == ErrorCode::PermissionDenied);
    CHECK(w.warnings.markSeen(w.omar, low[0], QStringLiteral("x")).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("Early warning: a counsellor's lists hold the families they counsel, not a colleague's", "[impact]")
{
    Warnings w;
    const security::Session rana = w.user(QStringLiteral("rana"), QStringLiteral("رنا"), Role::Counsellor);
    QByteArray headG, headK;
    const QByteArray g = w.family(QStringLiteral("عبير"), headG);
    const QByteArray k = w.family(QStringLiteral("كوثر"), headK);
    const QDate today = w.now;
    // Both missed their last two appointments, G with Huda, K with Rana; neither ever had a session.
    for (const auto &[head, counsellor, hour] : {std::tuple{headG, w.huda, 9}, std::tuple{headK, rana, 11}})
        for (int i = 0; i < 2; ++i) {
            const QByteArray id = w.book(counsellor, head, counsellor, at(today.addDays(-20 + 7 * i), hour));
            REQUIRE(w.appointments.setStatus(counsellor, id, QStringLiteral("no_show")).ok());
        }
    const auto listed = [&](const security::Session &by, const QByteArray &counsellor) {
        auto items = w.warnings.list(by, WarningRule::MissedAppointments, today, {{}, {}, counsellor});
        REQUIRE(items.ok());
        return Warnings::ids(items.value());
    };
    CHECK(listed(w.huda, w.huda.userId) == QList<QByteArray>{g});
    CHECK(listed(rana, rana.userId) == QList<QByteArray>{k});
    CHECK(listed(w.salem, {}).size() == 2); // a supervisor's: both
    // The home page's counts use the same scope.
    for (const WarningCount &c : countWarnings(w.db, w.huda, today, {{}, {}, w.huda.userId}))
        if (c.rule == WarningRule::MissedAppointments)
            CHECK(c.families == 1);
}

TEST_CASE("Early warning: an active plan with no task done for 60 days", "[impact]")
{
    Warnings w;
    QByteArray head;
    w.family(QStringLiteral("أمل"), head);
    auto plan = w.plans.create(w.huda, head, {QStringLiteral("training")});
    REQUIRE(plan.ok());
    auto goal = w.plans.addGoal(w.huda, plan.value(),
                                {QStringLiteral("training"), QStringLiteral("تعلم الخياطة"), {}, {}, {}, w.now.addMonths(6)});
    REQUIRE(goal.ok());
    auto task = w.plans.addTask(w.huda, goal.value(), {QStringLiteral("التسجيل في الدورة"), QStringLiteral("beneficiary"), {}});
    REQUIRE(task.ok());
    REQUIRE(w.plans.submit(w.huda, plan.value()).ok());
    REQUIRE(w.plans.approve(w.salem, plan.value()).ok());

    // Approved today: 59 days on it is not idle, 60 days on it is.
    CHECK(w.list(w.huda, WarningRule::PlanIdle, w.now.addDays(59)).isEmpty());
    QList<WarningItem> idle = w.list(w.huda, WarningRule::PlanIdle, w.now.addDays(60));
    REQUIRE(idle.size() == 1);
    CHECK(idle[0].memberId == head);
    CHECK(idle[0].after == 60);
    // A plan still in draft is not on the list.
    QByteArray other;
    w.family(QStringLiteral("جود"), other);
    REQUIRE(w.plans.create(w.huda, other, {QStringLiteral("training")}).ok());
    CHECK(w.list(w.huda, WarningRule::PlanIdle, w.now.addDays(90)).size() == 1);
    // Once its task is done, the plan counts from that day (today here).
    REQUIRE(w.plans.completeTask(w.huda, task.value(), w.now).ok());
    CHECK(w.list(w.huda, WarningRule::PlanIdle, w.now.addDays(59)).isEmpty());
}
