// Assessments and their scores, the household timeline and the follow-up list.
#include "ClinicFixture.h"

using namespace tamkeen;
using namespace tamkeen::clinic;
using namespace tamkeen::test::clinicfixture;
using security::Role;

TEST_CASE("The WHO-5 wellbeing score flags low wellbeing at 50 and likely depression at 28", "[clinic]")
{
    auto full = Scores::who5({5, 5, 5, 5, 5});
    REQUIRE(full);
    CHECK(full->raw == 25);
    CHECK(full->percent == 100);
    CHECK_FALSE(full->low);

    auto r13 = Scores::who5({3, 3, 3, 2, 2});
    REQUIRE(r13);
    CHECK(r13->raw == 13);
    CHECK(r13->percent == 52);
    CHECK_FALSE(r13->low);
    CHECK_FALSE(r13->likelyDepression);

    auto r12 = Scores::who5({3, 3, 2, 2, 2});
    REQUIRE(r12);
    CHECK(r12->percent == 48);
    CHECK(r12->low);
    CHECK_FALSE(r12->likelyDepression);

    auto r8 = Scores::who5({2, 2, 2, 1, 1});
    REQUIRE(r8);
    CHECK(r8->percent == 32);
    CHECK(r8->low);
    CHECK_FALSE(r8->likelyDepression);

    auto r7 = Scores::who5({2, 2, 1, 1, 1});
    REQUIRE(r7);
    CHECK(r7->percent == 28);
    CHECK(r7->low);
    CHECK(r7->likelyDepression);

    auto zero = Scores::who5({0, 0, 0, 0, 0});
    REQUIRE(zero);
    CHECK(zero->percent == 0);
    CHECK(zero->likelyDepression);

    CHECK_FALSE(Scores::who5({5, 5, 5, 5}));
    CHECK_FALSE(Scores::who5({5, 5, 5, 5, 5, 5}));
    CHECK_FALSE(Scores::who5({}));
    CHECK_FALSE(Scores::who5({5, 5, 6, 5, 5}));
    CHECK_FALSE(Scores::who5({5, -1, 5, 5, 5}));
    CHECK(Scores::who5Items().size() == 5);
    CHECK(Scores::who5Answers().size() == 6);
}

TEST_CASE("Work readiness adds capped points, subtracts barriers and stays between 0 and 100", "[clinic]")
{
    CHECK(Scores::readiness(0, 0, 0, false, false, 0).score == 0);
    CHECK(Scores::readiness(1, 0, 0, false, false, 0).score == 10);
    CHECK(Scores::readiness(5, 0, 0, false, false, 0).score == 30);  // skills capped at 30
    CHECK(Scores::readiness(0, 4, 0, false, false, 0).score == 20);  // qualifications capped at 20
    CHECK(Scores::readiness(0, 0, 9, false, false, 0).score == 20);  // experience capped at 20
    CHECK(Scores::readiness(0, 0, 3, false, false, 0).score == 15);
    CHECK(Scores::readiness(0, 0, 0, true, false, 0).score == 10);
    CHECK(Scores::readiness(0, 0, 0, false, true, 0).score == 20);
    CHECK(Scores::readiness(9, 9, 40, true, true, 0).score == 100);
    CHECK(Scores::readiness(9, 9, 40, true, true, 1).score == 90);
    CHECK(Scores::readiness(2, 1, 2, false, true, 3).score == 30); // 20 + 10 + 10 + 20 − 30
    CHECK(Scores::readiness(1, 0, 0, false, false, 4).score == 0);  // clamped at 0
    CHECK(Scores::readiness(-3, 0, 0, false, false, 0).score == 0);

    const Readiness r = Scores::readiness(2, 1, 3, true, true, 2);
    CHECK(r.score == 55); // 20 + 10 + 15 + 10 + 20 − 20
    CHECK(r.rule.contains(QStringLiteral("15")));
    CHECK(r.rule.contains(QStringLiteral("55")));
    CHECK(r.rule.contains(QStringLiteral("20")));
    CHECK_FALSE(Scores::readinessRule().isEmpty());
}

TEST_CASE("Assessments are validated, scored when recorded and kept as a dated history", "[clinic]")
{
    Clinic c;
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى الشمري"), Role::Counsellor);
    const auto worker = c.user(QStringLiteral("salem"), QStringLiteral("سالم الحربي"), Role::FieldWorker);
    const QByteArray m = c.member(QStringLiteral("أحمد"), QStringLiteral("محمد"), QStringLiteral("القحطاني"));
    const QDate today = QDate::currentDate();
    const QString wellbeing = QStringLiteral("wellbeing");

    auto four = c.assessments.record(huda, m, wellbeing, today, who5Data({5, 5, 5, 5}));
    REQUIRE_FALSE(four.ok());
    CHECK(four.error().code == ErrorCode::Invalid);
    CHECK(four.error().field == QStringLiteral("items"));
    CHECK(c.assessments.record(huda, m, wellbeing, today, who5Data({5, 5, 5, 5, 6})).error().field
          == QStringLiteral("items"));
    QJsonObject words{{QStringLiteral("items"), QJsonArray{QStringLiteral("5"), 5, 5, 5, 5}}};
    CHECK(c.assessments.record(huda, m, wellbeing, today, words).error().field == QStringLiteral("items"));
    CHECK(c.assessments.record(huda, m, wellbeing, today.addDays(1), who5Data({5, 5, 5, 5, 5})).error().field
          == QStringLiteral("assessedOn"));
    CHECK(c.assessments.record(huda, m, QStringLiteral("horoscope"), today, {}).error().field == QStringLiteral("kind"));
    CHECK(c.assessments.record(worker, m, wellbeing, today, who5Data({5, 5, 5, 5, 5})).error().code
          == ErrorCode::PermissionDenied);
    CHECK(c.assessments.history(huda, m, wellbeing).value().isEmpty());

    REQUIRE(c.assessments.record(huda, m, wellbeing, today.addDays(-30), who5Data({2, 2, 1, 1, 1})).ok());
    REQUIRE(c.assessments.record(huda, m, wellbeing, today, who5Data({5, 5, 5, 5, 5})).ok());
    auto history = c.assessments.history(huda, m, wellbeing);
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 2);
    CHECK(history.value()[0].score == 28); // oldest first
    CHECK(history.value()[1].score == 100);
    CHECK(history.value()[1].assessedOn == today);

    const QJsonObject readiness{{QStringLiteral("skills"), QJsonArray{QStringLiteral("sewing"), QStringLiteral("cooking")}},
                                {QStringLiteral("qualifications"), QJsonArray{QStringLiteral("diploma")}},
                                {QStringLiteral("experienceYears"), 2},
                                {QStringLiteral("barriers"), QJsonArray{QStringLiteral("childcare")}},
                                {QStringLiteral("desiredField"), QStringLiteral("tailoring")},
                                {QStringLiteral("ableToWork"), true}};
    REQUIRE(c.assessments.record(huda, m, QStringLiteral("work_readiness"), today, readiness).ok());
    QJsonObject badBarrier = readiness;
    badBarrier.insert(QStringLiteral("barriers"), QJsonArray{QStringLiteral("laziness")});
    CHECK(c.assessments.record(huda, m, QStringLiteral("work_readiness"), today, badBarrier).error().field
          == QStringLiteral("barriers"));

    auto latest = c.assessments.latest(huda, m);
    REQUIRE(latest.ok());
    REQUIRE(latest.value().size() == 2);
    for (const Assessment &a : latest.value()) {
        if (a.kind == wellbeing) {
            CHECK(a.score == 100);
        } else {
            CHECK(a.score == 60); // 20 + 10 + 10 + 10 + 20 − 10
        }
    }
}

// ---------------------------------------------------------------- views

TEST_CASE("A household's timeline lists its events newest first and filters by kind and member", "[clinic]")
{
    Clinic c;
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى الشمري"), Role::Counsellor);
    const QDate today = QDate::currentDate();
    QByteArray head;
    const QByteArray hh =
        c.household(person(QStringLiteral("أحمد"), QStringLiteral("محمد"), QStringLiteral("القحطاني")), head, today.addDays(-100));
    auto spouse = c.households.members().add(
        c.admin, hh, person(QStringLiteral("مريم"), QStringLiteral("علي"), QStringLiteral("الغامدي"), QStringLiteral("spouse"),
                            QStringLiteral("female")));
    REQUIRE(spouse.ok());
    QByteArray stranger;
    c.household(person(QStringLiteral("فاطمة"), QStringLiteral("سعيد"), QStringLiteral("الدوسري")), stranger);

    REQUIRE(c.incomes.record(c.admin, {{}, hh, {}, QStringLiteral("family_support"), 200, {}, today.addDays(-80), {}}).ok());
    REQUIRE(c.incomes.record(c.admin, {{}, hh, head, QStringLiteral("salary"), 3000, {}, today.addDays(-70), {}}).ok());
    const QByteArray session = c.record(huda, Clinic::sessionData(head, huda, daysAgo(60)));
    REQUIRE(c.assessments.record(huda, spouse.value(), QStringLiteral("economic"), today.addDays(-40),
                                 {{QStringLiteral("monthlyIncome"), 200},
                                  {QStringLiteral("monthlyExpenses"), 150},
                                  {QStringLiteral("debts"), 0},
                                  {QStringLiteral("assets"), 0}})
                .ok());
    const QByteArray appointment = c.book(huda, head, huda, at(today.addDays(5), 10));
    c.book(huda, stranger, huda, at(today.addDays(6), 10)); // another household

    using K = TimelineItem::Kind;
    auto all = ClinicViews::timeline(c.db, huda, hh);
    REQUIRE(all.ok());
    QList<K> kinds;
    for (const TimelineItem &item : all.value())
        kinds << item.kind;
    CHECK(kinds == QList<K>{K::Appointment, K::Assessment, K::Session, K::Income, K::Income, K::Registration});
    for (qsizetype i = 1; i < all.value().size(); ++i)
        CHECK(all.value()[i - 1].at >= all.value()[i].at);
    REQUIRE(all.value().size() == 6);
    CHECK(all.value()[0].id == appointment);
    CHECK(all.value()[0].memberId == head);
    CHECK(all.value()[2].id == session);
    CHECK(all.value()[2].at.date() == today.addDays(-60));
    CHECK(all.value()[4].memberId.isEmpty()); // the household-level income
    CHECK(all.value()[5].id == hh);
    CHECK(all.value()[5].at.date() == today.addDays(-100));

    TimelineFilter onlySessions;
    onlySessions.kinds = {K::Session};
    auto sessions = ClinicViews::timeline(c.db, huda, hh, onlySessions);
    REQUIRE(sessions.ok());
    REQUIRE(sessions.value().size() == 1);
    CHECK(sessions.value()[0].id == session);

    TimelineFilter money;
    money.kinds = {K::Income, K::Assessment};
    auto moneyItems = ClinicViews::timeline(c.db, huda, hh, money);
    REQUIRE(moneyItems.ok());
    CHECK(moneyItems.value().size() == 3);
    for (const TimelineItem &item : moneyItems.value())
        CHECK((item.kind == K::Income || item.kind == K::Assessment));

    TimelineFilter headOnly;
    headOnly.memberId = head;
    auto ofHead = ClinicViews::timeline(c.db, huda, hh, headOnly);
    REQUIRE(ofHead.ok());
    REQUIRE(ofHead.value().size() == 3); // appointment, session, salary
    for (const TimelineItem &item : ofHead.value()) {
        CHECK(item.memberId == head);
        CHECK(item.kind != K::Registration);
    }

    TimelineFilter spouseOnly;
    spouseOnly.memberId = spouse.value();
    auto ofSpouse = ClinicViews::timeline(c.db, huda, hh, spouseOnly);
    REQUIRE(ofSpouse.ok());
    REQUIRE(ofSpouse.value().size() == 1);
    CHECK(ofSpouse.value()[0].kind == K::Assessment);

    TimelineFilter outsider;
    outsider.memberId = stranger;
    CHECK(ClinicViews::timeline(c.db, huda, hh, outsider).value().isEmpty());
}

TEST_CASE("Members not seen by their counsellor for the follow-up period are listed for follow-up", "[clinic]")
{
    Clinic c;
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى الشمري"), Role::Counsellor);
    const auto khalid = c.user(QStringLiteral("khalid"), QStringLiteral("خالد العتيبي"), Role::Counsellor);
    const auto supervisor = c.user(QStringLiteral("mona"), QStringLiteral("منى الزهراني"), Role::Supervisor);
    const auto worker = c.user(QStringLiteral("salem"), QStringLiteral("سالم الحربي"), Role::FieldWorker);
    const QDate today = QDate::currentDate();

    const QByteArray away = c.member(QStringLiteral("أحمد"), QStringLiteral("محمد"), QStringLiteral("القحطاني"));
    const QByteArray recent = c.member(QStringLiteral("فاطمة"), QStringLiteral("سعيد"), QStringLiteral("الدوسري"));
    const QByteArray returned = c.member(QStringLiteral("يوسف"), QStringLiteral("ناصر"), QStringLiteral("المطيري"));
    const QByteArray othersMember = c.member(QStringLiteral("ريم"), QStringLiteral("فهد"), QStringLiteral("السبيعي"));
    c.record(huda, Clinic::sessionData(away, huda, daysAgo(40)));
    c.record(huda, Clinic::sessionData(recent, huda, daysAgo(10)));
    c.record(huda, Clinic::sessionData(returned, huda, daysAgo(50)));
    c.record(huda, Clinic::sessionData(returned, huda, daysAgo(5)));
    c.record(khalid, Clinic::sessionData(othersMember, khalid, daysAgo(60)));

    auto days = ClinicViews::followUpDays(c.db);
    REQUIRE(days.ok());
    CHECK(days.value() == 30);

    auto due = ClinicViews::followUps(c.db, huda.userId, today, days.value());
    REQUIRE(due.ok());
    REQUIRE(due.value().size() == 1);
    CHECK(due.value()[0].memberId == away);
    CHECK(due.value()[0].lastSession == today.addDays(-40));
    CHECK(due.value()[0].memberName == QStringLiteral("أحمد محمد القحطاني"));
    CHECK_FALSE(due.value()[0].fileNumber.isEmpty());

    auto khalids = ClinicViews::followUps(c.db, khalid.userId, today, 30);
    REQUIRE(khalids.ok());
    REQUIRE(khalids.value().size() == 1);
    CHECK(khalids.value()[0].memberId == othersMember);

    // Oldest first, with a shorter period.
    auto week = ClinicViews::followUps(c.db, huda.userId, today, 7);
    REQUIRE(week.ok());
    REQUIRE(week.value().size() == 2);
    CHECK(week.value()[0].memberId == away);
    CHECK(week.value()[1].memberId == recent);

    auto refused = ClinicViews::setFollowUpDays(c.db, worker, 20);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(ClinicViews::setFollowUpDays(c.db, huda, 20).error().code == ErrorCode::PermissionDenied);
    CHECK(ClinicViews::followUpDays(c.db).value() == 30);
    CHECK(ClinicViews::setFollowUpDays(c.db, supervisor, 0).error().field == QStringLiteral("days"));
    REQUIRE(ClinicViews::setFollowUpDays(c.db, supervisor, 45).ok());
    CHECK(ClinicViews::followUpDays(c.db).value() == 45);
    CHECK(ClinicViews::followUps(c.db, huda.userId, today, ClinicViews::followUpDays(c.db).value()).value().isEmpty());
    REQUIRE(ClinicViews::setFollowUpDays(c.db, c.admin, 14).ok());
    CHECK(ClinicViews::followUpDays(c.db).value() == 14);
}
