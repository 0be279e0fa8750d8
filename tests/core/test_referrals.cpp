// Referrals to partners and voluntary exit (issue 5): the partners catalogue,
// referral status transitions, exit and re-entry events and their follow-ups.
#include "clinic/ClinicViews.h"
#include "plans/PlanService.h"
#include "referrals/ExitService.h"
#include "referrals/ReferralService.h"
#include "registry/ConsentService.h"
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
    test::consentToShare(s.db, s.omar, s.member, partner);
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
    const QByteArray partner = s.partner();
    test::consentToShare(s.db, s.omar, s.member, partner);
    auto referral = s.referrals.refer(s.omar, {s.member, partner, QStringLiteral("دورة خياطة"), plan.value(),
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

// ---------------------------------------------------------------- consent (issue 15 §5)

namespace {

registry::ConsentData signedSharing(const QByteArray &member, const QByteArray &partner, const QDate &on)
{
    return {member, QStringLiteral("sharing"), partner, on, QStringLiteral("signed_form"), {}, {}};
}

qint64 count(storage::Database &db, const char *table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).value().toLongLong();
}

} // namespace

TEST_CASE("A consent names its purpose, how it was given and, for sharing, the partner", "[referrals][consent]")
{
    Setup s;
    registry::ConsentService consents(s.db);
    const QByteArray partner = s.partner();
    const QDate today = QDate::currentDate();
    auto field = [&](registry::ConsentData d) {
        auto r = consents.record(s.omar, d);
        return r ? QString() : r.error().field;
    };
    CHECK(field({s.member, QStringLiteral("marketing"), {}, today, QStringLiteral("signed_form"), {}, {}})
          == QStringLiteral("purpose"));
    CHECK(field(signedSharing(s.member, {}, today)) == QStringLiteral("partner"));
    CHECK(field({s.member, QStringLiteral("counselling"), {}, today, QStringLiteral("verbal_witnessed"), {}, {}})
          == QStringLiteral("witness"));
    CHECK(field({s.member, QStringLiteral("counselling"), {}, today, QStringLiteral("override"), {}, {}})
          == QStringLiteral("method")); // an override is written by a referral only
    CHECK(field(signedSharing(s.member, partner, today.addDays(1))) == QStringLiteral("givenOn"));
    CHECK(field(signedSharing(QByteArray(16, 'x'), partner, today)) == QStringLiteral("member"));
    CHECK(count(s.db, "consents") == 0);

    REQUIRE(consents.record(s.omar, {s.member, QStringLiteral("counselling"), {}, today, QStringLiteral("verbal_witnessed"),
                                     QStringLiteral("منيرة الباحثة"), {}}));
    auto listed = consents.ofHousehold(s.household);
    REQUIRE(listed);
    REQUIRE(listed.value().size() == 1);
    CHECK(listed.value().first().witness == QStringLiteral("منيرة الباحثة"));
    CHECK(listed.value().first().memberName.contains(QStringLiteral("سلمى")));
    CHECK(listed.value().first().recordedBy == s.omar.userId);
}

TEST_CASE("A referral needs the member's consent to sharing with that partner, or a reason kept with the sender",
          "[referrals][consent]")
{
    Setup s;
    registry::ConsentService consents(s.db);
    const QByteArray partner = s.partner();
    Partner other;
    other.name = QStringLiteral("بنك التنمية");
    other.kind = QStringLiteral("bank");
    other.services = {QStringLiteral("قرض")};
    const QByteArray bank = s.referrals.addPartner(s.admin, other).value();
    const QDate today = QDate::currentDate();
    ReferralData d{s.member, partner, QStringLiteral("دورة خياطة"), {}, {}, today.addDays(-5), {}};

    SECTION("none: refused, nothing written")
    {
        auto refused = s.referrals.refer(s.omar, d);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().field == QStringLiteral("consent"));
        CHECK(count(s.db, "referrals") == 0);
        // A consent to another partner, or given after the date sent, does not count.
        REQUIRE(consents.record(s.omar, signedSharing(s.member, bank, today.addDays(-30))));
        REQUIRE(consents.record(s.omar, signedSharing(s.member, partner, today.addDays(-1))));
        CHECK_FALSE(s.referrals.refer(s.omar, d));
        CHECK(count(s.db, "referrals") == 0);
    }
    SECTION("given: accepted; withdrawn: refused from that day")
    {
        auto given = consents.record(s.omar, signedSharing(s.member, partner, today.addDays(-10)));
        REQUIRE(given);
        REQUIRE(s.referrals.refer(s.omar, d));
        REQUIRE(consents.withdraw(s.huda, given.value(), today.addDays(-2), QStringLiteral("طلبت السحب")));
        CHECK_FALSE(consents.withdraw(s.huda, given.value(), today, {})); // once
        d.sentOn = today.addDays(-1);
        auto after = s.referrals.refer(s.omar, d);
        REQUIRE_FALSE(after);
        CHECK(after.error().field == QStringLiteral("consent"));
        d.sentOn = today.addDays(-3); // backdated to before the withdrawal: still refused, it was withdrawn since
        CHECK_FALSE(s.referrals.refer(s.omar, d));
    }
    SECTION("an override needs a reason, and every copy sees who sent it and why")
    {
        d.consentOverride = QStringLiteral("عاجل");
        auto tooShort = s.referrals.refer(s.omar, d);
        REQUIRE_FALSE(tooShort);
        CHECK(tooShort.error().field == QStringLiteral("consentOverride"));
        CHECK(count(s.db, "consents") == 0);
        CHECK(count(s.db, "referrals") == 0);
        d.consentOverride = QStringLiteral("الأم في المستشفى والدورة تبدأ غدًا");
        REQUIRE(s.referrals.refer(s.omar, d));
        auto kept = consents.sharingConsent(s.member, partner, d.sentOn, true);
        REQUIRE(kept);
        REQUIRE(kept.value().has_value());
        CHECK(kept.value()->method == QStringLiteral("override"));
        CHECK(kept.value()->note == d.consentOverride);
        CHECK(kept.value()->recordedBy == s.omar.userId);
        // Synced like any change: it is in the change log.
        CHECK(s.db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'consents'")).value().toInt() > 0);
        // It is no consent: the next referral to the same partner needs its own reason.
        d.consentOverride.clear();
        auto again = s.referrals.refer(s.omar, d);
        REQUIRE_FALSE(again);
        CHECK(again.error().field == QStringLiteral("consent"));
        CHECK_FALSE(consents.sharingConsent(s.member, partner, d.sentOn).value().has_value());
        // And another partner still less.
        d.partnerId = bank;
        d.service = QStringLiteral("قرض");
        d.consentOverride.clear();
        CHECK_FALSE(s.referrals.refer(s.omar, d));
    }
}
