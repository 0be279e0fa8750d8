// Referrals to partners and voluntary exit (issue 5): the partners catalogue,
// referral status transitions, exit and re-entry events and their follow-ups.
#include "clinic/ClinicViews.h"
#include "plans/PlanService.h"
#include "referrals/ExitService.h"
#include "referrals/ReferralService.h"
#include "registry/HouseholdService.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/catch.h"

using namespace tamkeen;
using namespace tamkeen::referrals;
using security::Role;

namespace {

struct Setup {
    std::unique_ptr<test::TestDb> t = test::makeSetUpDb();
    storage::Database &db = *t->db;
    security::UserService users{db, security::HashCost::minimal()};
    registry::HouseholdService households{db};
    ReferralService referrals{db};
    ExitService exits{db};
    const security::Session &admin = t->admin;
    security::Session huda = user(QStringLiteral("huda"), Role::Counsellor);
    security::Session omar = user(QStringLiteral("omar"), Role::FieldWorker);
    QByteArray household, member;

    Setup()
    {
        registry::HouseholdData h;
        h.region = QStringLiteral("منطقة الرياض");
        h.city = QStringLiteral("الرياض");
        h.housingType = QStringLiteral("apartment");
        h.housingOwnership = QStringLiteral("rented");
        h.registrationDate = QDate::currentDate().addYears(-1);
        h.assignedWorker = omar.userId;
        registry::MemberData head;
        head.givenName = QStringLiteral("سلمى");
        head.fatherName = QStringLiteral("ناصر");
        head.familyName = QStringLiteral("الدوسري");
        head.relation = QStringLiteral("head");
        head.sex = QStringLiteral("female");
        head.birthDate = QDate(1988, 3, 1);
        head.ableToWork = true;
        auto id = households.create(admin, h, head);
        REQUIRE(id.ok());
        household = id.value();
        member = households.members().members(household).value().first().id;
    }

    security::Session user(const QString &name, Role role)
    {
        auto id = users.add(admin, {name, name, role, QStringLiteral("correct horse battery")});
        REQUIRE(id.ok());
        return {id.value(), name, name, role};
    }

    QByteArray partner()
    {
        Partner p;
        p.name = QStringLiteral("معهد التدريب المهني");
        p.kind = QStringLiteral("training");
        p.services = {QStringLiteral("دورة خياطة"), QStringLiteral("دورة حاسب")};
        p.phone = QStringLiteral("0112345678");
        p.email = QStringLiteral("info@institute.sa");
        auto id = referrals.addPartner(admin, p);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }
};

} // namespace

TEST_CASE("Only administrators keep the partners catalogue, and a partner needs a name, kind and service",
          "[referrals]")
{
    Setup s;
    Partner p;
    p.name = QStringLiteral("بنك التنمية الاجتماعية");
    p.kind = QStringLiteral("bank");
    p.services = {QStringLiteral("قرض ميسر")};
    CHECK(s.referrals.addPartner(s.huda, p).error().code == ErrorCode::PermissionDenied);
    Partner noService = p;
    noService.services.clear();
    CHECK(s.referrals.addPartner(s.admin, noService).error().field == QStringLiteral("services"));
    Partner badMail = p;
    badMail.email = QStringLiteral("not an address");
    CHECK(s.referrals.addPartner(s.admin, badMail).error().field == QStringLiteral("email"));
    auto id = s.referrals.addPartner(s.admin, p);
    REQUIRE(id.ok());
    auto all = s.referrals.partners();
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 1);
    CHECK(all.value().first().services == QStringList{QStringLiteral("قرض ميسر")});
    Partner off = all.value().first();
    off.active = false;
    REQUIRE(s.referrals.updatePartner(s.admin, off).ok());
    CHECK(s.referrals.partners().value().isEmpty());
    CHECK(s.referrals.partners(false).value().size() == 1);
}

TEST_CASE("A referral moves from sent to completed, each change dated, and overdue follow-ups come first",
          "[referrals]")
{
    Setup s;
    const QByteArray partner = s.partner();
    const QDate today = QDate::currentDate();
    ReferralData d{s.member, partner, QStringLiteral("دورة خياطة"), {}, {}, today.addDays(-20), today.addDays(-3)};
    CHECK(s.referrals.refer(s.omar, {s.member, partner, QStringLiteral("غير موجودة"), {}, {}, today, {}}).error().field
          == QStringLiteral("service"));
    CHECK(s.referrals.refer(s.omar, {s.member, partner, QStringLiteral("دورة خياطة"), {}, {}, today.addDays(1), {}})
              .error()
              .field
          == QStringLiteral("sentOn"));
    auto late = s.referrals.refer(s.omar, d);
    REQUIRE(late.ok());
    auto later = s.referrals.refer(s.omar, {s.member, partner, QStringLiteral("دورة حاسب"), {}, {}, today.addDays(-1),
                                            today.addDays(10)});
    REQUIRE(later.ok());

    // Overdue follow-up first, whatever the date sent.
    auto list = s.referrals.list({}, today).value();
    REQUIRE(list.size() == 2);
    CHECK(list.first().id == late.value());
    CHECK(list.first().partnerName == QStringLiteral("معهد التدريب المهني"));
    ReferralFilter byWorker;
    byWorker.workerId = s.huda.userId;
    CHECK(s.referrals.list(byWorker, today).value().isEmpty());

    // sent → completed directly is not allowed; sent → accepted → in progress → completed is.
    CHECK(s.referrals.setStatus(s.omar, late.value(), QStringLiteral("completed"), today).error().code
          == ErrorCode::Conflict);
    CHECK(s.referrals.setStatus(s.omar, late.value(), QStringLiteral("accepted"), today.addDays(-30)).error().field
          == QStringLiteral("on")); // before it was sent
    REQUIRE(s.referrals.setStatus(s.omar, late.value(), QStringLiteral("accepted"), today.addDays(-10), {},
                                  today.addDays(20))
                .ok());
    CHECK(s.referrals.list({}, today).value().first().id == later.value()); // no longer overdue
    CHECK(s.referrals.recordOutcome(s.omar, late.value(), QStringLiteral("x"), {}).error().code == ErrorCode::Conflict);
    REQUIRE(s.referrals.setStatus(s.omar, late.value(), QStringLiteral("in_progress"), today.addDays(-5)).ok());
    REQUIRE(s.referrals.setStatus(s.omar, late.value(), QStringLiteral("completed"), today).ok());
    const Referral done = s.referrals.referral(late.value()).value();
    CHECK(done.status == QStringLiteral("completed"));
    CHECK_FALSE(done.followUpOn.isValid());
    REQUIRE(s.referrals.recordOutcome(s.omar, late.value(), QStringLiteral("أنهت الدورة بتقدير جيد"),
                                      QStringLiteral("متميزة"))
                .ok());
    CHECK(s.referrals.referral(late.value()).value().feedback == QStringLiteral("متميزة"));
    CHECK(ReferralService::nextStatuses(QStringLiteral("completed")).isEmpty());

    // A rejection needs the partner's reason.
    CHECK(s.referrals.setStatus(s.omar, later.value(), QStringLiteral("rejected"), today).error().field
          == QStringLiteral("note"));
    REQUIRE(s.referrals.setStatus(s.omar, later.value(), QStringLiteral("rejected"), today,
                                  QStringLiteral("الدورة مكتملة العدد"))
                .ok());
    CHECK(s.db.scalar(QStringLiteral("SELECT count(*) FROM referral_status WHERE referral_id = ?"), {late.value()})
              .value()
              .toInt()
          == 4);
}

TEST_CASE("Leaving support is recorded with follow-ups at 3, 6 and 12 months, and coming back as a re-entry",
          "[referrals]")
{
    Setup s;
    const QDate today = QDate::currentDate();
    REQUIRE(s.households.changeStatus(s.admin, s.household, QStringLiteral("active"), today.addMonths(-11), {}).ok());
    const QDate left = today.addMonths(-7);
    CHECK(s.exits.exitSupport(s.omar, s.household, left, QStringLiteral("lottery")).error().field
          == QStringLiteral("reason"));
    auto exit = s.exits.exitSupport(s.omar, s.household, left, QStringLiteral("employment"), QStringLiteral("مصنع"));
    REQUIRE(exit.ok());
    CHECK(s.households.household(s.household).value().status == QStringLiteral("exited"));

    // Seven months on: the 3- and 6-month follow-ups are due, not the 12-month one.
    auto due = s.exits.dueFollowUps(today).value();
    REQUIRE(due.size() == 2);
    CHECK(due[0].months == 3);
    CHECK(due[0].dueOn == left.addMonths(3));
    CHECK(due[1].months == 6);
    CHECK(due[0].headName == QStringLiteral("سلمى ناصر الدوسري"));
    // On the home page of the worker the household is assigned to, not on another's.
    CHECK(s.exits.dueFollowUps(today, s.omar.userId).value().size() == 2);
    CHECK(s.exits.dueFollowUps(today, s.huda.userId).value().isEmpty());
    CHECK(s.exits.recordFollowUp(s.omar, due[0].id, today, true, -5).error().field == QStringLiteral("income"));
    REQUIRE(s.exits.recordFollowUp(s.omar, due[0].id, today, true, 4200).ok());
    CHECK(s.exits.recordFollowUp(s.omar, due[0].id, today, true, 4200).error().code == ErrorCode::Conflict);
    CHECK(s.exits.dueFollowUps(today).value().size() == 1);
    CHECK(s.exits.dueFollowUps(today.addMonths(6)).value().size() == 2); // the 12-month one joins

    // Back to support: recorded with its reason; the exit's follow-ups no longer fall due.
    CHECK(s.exits.reenter(s.omar, s.household, today, QStringLiteral("bored")).error().field == QStringLiteral("reason"));
    REQUIRE(s.exits.reenter(s.omar, s.household, today, QStringLiteral("lost_job")).ok());
    CHECK(s.households.household(s.household).value().status == QStringLiteral("reentered"));
    CHECK(s.exits.dueFollowUps(today.addMonths(6)).value().isEmpty());
    CHECK(s.db.scalar(QStringLiteral("SELECT group_concat(kind || ':' || reason, ' ') FROM household_exits "
                                     "WHERE household_id = ? ORDER BY on_date"),
                      {s.household})
              .value()
              .toString()
          == QStringLiteral("exit:employment reentry:lost_job"));
}

TEST_CASE("An exit plan is agreed only for a member able to work", "[referrals]")
{
    Setup s;
    plans::PlanService plans(s.db);
    auto plan = plans.create(s.huda, s.member, {QStringLiteral("employment")});
    REQUIRE(plan.ok());
    ExitTerms terms{QDate::currentDate().addMonths(9), QStringLiteral("يستمر الدعم ثلاثة أشهر بعد أول راتب"), {}};
    CHECK(s.exits.setExitTerms(s.omar, plan.value(), terms).error().code == ErrorCode::PermissionDenied);
    CHECK(s.exits.setExitTerms(s.huda, plan.value(), {QDate::currentDate().addDays(-1), terms.incentives, {}})
              .error()
              .field
          == QStringLiteral("target"));
    REQUIRE(s.exits.setExitTerms(s.huda, plan.value(), terms).ok());
    auto stored = s.exits.exitTerms(plan.value());
    REQUIRE(stored.has_value());
    CHECK(stored->target == terms.target);
    CHECK(stored->incentives == terms.incentives);

    // Not able to work: refused.
    registry::MemberData head = s.households.members().members(s.household).value().first();
    head.ableToWork = false;
    REQUIRE(s.households.members().update(s.admin, s.member, head).ok());
    CHECK(s.exits.setExitTerms(s.huda, plan.value(), terms).error().field == QStringLiteral("ableToWork"));
}

TEST_CASE("The household timeline shows plan events, tasks done and referrals", "[referrals][plans]")
{
    Setup s;
    plans::PlanService plans(s.db);
    auto plan = plans.create(s.huda, s.member, {QStringLiteral("training")});
    REQUIRE(plan.ok());
    auto goal = plans.addGoal(s.huda, plan.value(),
                              {QStringLiteral("training"), QStringLiteral("دورة خياطة"), {}, {}, {}, QDate::currentDate().addMonths(3)});
    REQUIRE(goal.ok());
    auto task = plans.addTask(s.huda, goal.value(), {QStringLiteral("التسجيل في المعهد"), QStringLiteral("beneficiary"), {}});
    REQUIRE(task.ok());
    REQUIRE(plans.completeTask(s.huda, task.value(), QDate::currentDate()).ok());
    REQUIRE(plans.submit(s.huda, plan.value()).ok());
    auto referral = s.referrals.refer(s.omar, {s.member, s.partner(), QStringLiteral("دورة خياطة"), plan.value(),
                                               goal.value(), QDate::currentDate(), {}});
    REQUIRE(referral.ok());

    clinic::TimelineFilter onlyPlans;
    onlyPlans.kinds = {clinic::TimelineItem::Kind::Plan};
    auto items = clinic::ClinicViews::timeline(s.db, s.omar, s.household, onlyPlans);
    REQUIRE(items.ok());
    REQUIRE(items.value().size() == 3); // drawn up, submitted, a task done
    QStringList details;
    for (const clinic::TimelineItem &i : items.value()) {
        CHECK(i.kind == clinic::TimelineItem::Kind::Plan);
        CHECK(i.id == plan.value());
        details << i.detail;
    }
    CHECK(details.contains(QStringLiteral("التسجيل في المعهد")));

    clinic::TimelineFilter onlyReferrals;
    onlyReferrals.kinds = {clinic::TimelineItem::Kind::Referral};
    auto refs = clinic::ClinicViews::timeline(s.db, s.omar, s.household, onlyReferrals);
    REQUIRE(refs.ok());
    REQUIRE(refs.value().size() == 1);
    CHECK(refs.value().first().id == referral.value());
    CHECK(refs.value().first().title.contains(QStringLiteral("معهد التدريب المهني")));
    CHECK(refs.value().first().memberId == s.member);
}
