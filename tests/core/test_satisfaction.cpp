// Beneficiary satisfaction surveys (issue 14 §4) and indicator 11: what is
// stored and refused, the summary's means and counts worked out by hand, and
// a survey travelling to another copy.
#include "ClinicFixture.h"
#include "SyncFixture.h"
#include "impact/SatisfactionService.h"
#include "impact/SatisfactionSummary.h"
#include "org/DeviceInfo.h"
#include "storage/ChangeLog.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::clinicfixture;

namespace {

SurveyAnswers answers(const QByteArray &household, Occasion occasion, const QDate &on, const SurveyScores &scores)
{
    SurveyAnswers a;
    a.householdId = household;
    a.occasion = occasion;
    a.askedOn = on;
    a.scores = scores;
    return a;
}

// Means compared to those worked out by hand, to rounding.
bool near(const std::optional<double> &value, double expected)
{
    return value && std::abs(*value - expected) < 1e-9;
}

SurveyScores all(int v)
{
    return {v, v, v, v, v};
}

struct Surveys : Clinic {
    SatisfactionService service{db};
    security::Session huda = user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    security::Session omar = user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    QByteArray headId;
    QByteArray family = household(person(QStringLiteral("سلمى"), QStringLiteral("ناصر"), QStringLiteral("الدوسري"),
                                         QStringLiteral("head"), QStringLiteral("female")),
                                  headId);

    qint64 rows() { return db.scalar(QStringLiteral("SELECT count(*) FROM satisfaction_surveys")).value().toLongLong(); }

    QByteArray recorded(const security::Session &by, const SurveyAnswers &a)
    {
        auto id = service.record(by, a);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }

    // Refused with `code`, a message, and nothing written (no row, no change).
    void refused(const security::Session &by, const SurveyAnswers &a, ErrorCode code, const QString &field = {})
    {
        const qint64 before = rows();
        const qint64 changes = storage::changeCount(db).value();
        auto id = service.record(by, a);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().code == code);
        CHECK_FALSE(id.error().message.isEmpty());
        if (!field.isEmpty())
            CHECK(id.error().field == field);
        CHECK(rows() == before);
        CHECK(storage::changeCount(db).value() == changes);
    }
};

} // namespace

TEST_CASE("A satisfaction survey is stored with who asked, when, the centre and its answers, and read back",
          "[satisfaction]")
{
    Surveys s;
    const QDate on = QDate::currentDate().addDays(-1);
    SurveyAnswers a = answers(s.family, Occasion::Session, on, {5, 4, std::nullopt, 3, 4});
    a.memberId = s.headId;
    a.occasionId = s.record(s.huda, Clinic::sessionData(s.headId, s.huda, daysAgo(1))); // the session it followed
    a.comment = QStringLiteral("  المواعيد بعيدة قليلاً  ");
    const QByteArray id = s.recorded(s.huda, a);

    auto list = s.service.surveys(s.family);
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 1);
    const Survey &got = list.value().first();
    CHECK(got.id == id);
    CHECK(got.memberId == s.headId);
    CHECK(got.occasion == Occasion::Session);
    CHECK(got.occasionId == a.occasionId);
    CHECK(got.askedBy == s.huda.userId);
    CHECK(got.askedByName == QStringLiteral("هدى"));
    CHECK(got.askedOn == on);
    CHECK_FALSE(got.declined);
    CHECK(got.scores == SurveyScores{5, 4, std::nullopt, 3, 4});
    CHECK(got.comment == QStringLiteral("المواعيد بعيدة قليلاً"));
    CHECK(got.centreId == org::Devices::thisDevice(s.db).value().centreId);
    CHECK_FALSE(got.centreId.isEmpty());
    // The insert is in the change log, so it travels.
    CHECK(s.db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'satisfaction_surveys'")).value().toInt()
          == 1);
}

TEST_CASE("A refusal is recorded with the occasion, who asked and when, and no answers", "[satisfaction]")
{
    Surveys s;
    SurveyAnswers a = answers(s.family, Occasion::Exit, QDate::currentDate(), {4, 4, 4, 4, 4});
    a.comment = QStringLiteral("لا شيء");
    REQUIRE(s.service.recordRefusal(s.omar, a).ok()); // the answers are dropped, not refused
    auto list = s.service.surveys(s.family).value();
    REQUIRE(list.size() == 1);
    CHECK(list.first().declined);
    CHECK(list.first().scores == SurveyScores{});
    CHECK(list.first().comment.isEmpty());
    CHECK(list.first().askedBy == s.omar.userId);
    CHECK(list.first().occasion == Occasion::Exit);
}

TEST_CASE("Invalid surveys are refused with a clear message and nothing is written", "[satisfaction]")
{
    Surveys s;
    const QDate today = QDate::currentDate();
    SECTION("a score out of 1 to 5")
    {
        s.refused(s.huda, answers(s.family, Occasion::Session, today, {5, 0, 3, 3, 3}), ErrorCode::Invalid,
                  QStringLiteral("q2"));
        s.refused(s.huda, answers(s.family, Occasion::Session, today, {5, 5, 5, 5, 6}), ErrorCode::Invalid,
                  QStringLiteral("q5"));
    }
    SECTION("no answer at all, not declined")
    {
        SurveyAnswers a = answers(s.family, Occasion::Session, today, {});
        a.comment = QStringLiteral("تعليق فقط");
        s.refused(s.huda, a, ErrorCode::Invalid, QStringLiteral("q1"));
    }
    SECTION("declined, yet with answers")
    {
        SurveyAnswers a = answers(s.family, Occasion::Session, today, {std::nullopt, 2});
        a.declined = true;
        s.refused(s.huda, a, ErrorCode::Invalid, QStringLiteral("declined"));
    }
    SECTION("asked tomorrow")
    {
        s.refused(s.huda, answers(s.family, Occasion::Session, today.addDays(1), all(4)), ErrorCode::Invalid,
                  QStringLiteral("askedOn"));
    }
    SECTION("an archived household")
    {
        REQUIRE(s.households.archive(s.admin, s.family, QStringLiteral("تكرار")).ok());
        s.refused(s.huda, answers(s.family, Occasion::Session, today, all(4)), ErrorCode::Conflict);
    }
    SECTION("a household that does not exist")
    {
        s.refused(s.huda, answers(QByteArray(16, '\x01'), Occasion::Session, today, all(4)), ErrorCode::NotFound);
    }
    SECTION("after another household's session, or a session named as an exit")
    {
        QByteArray otherHead;
        s.household(person(QStringLiteral("خالد"), QStringLiteral("سعد"), QStringLiteral("العتيبي")), otherHead);
        SurveyAnswers a = answers(s.family, Occasion::Session, today, all(4));
        a.occasionId = s.record(s.huda, Clinic::sessionData(otherHead, s.huda, daysAgo(1)));
        s.refused(s.huda, a, ErrorCode::Invalid, QStringLiteral("occasion"));
        a.occasionId = s.record(s.huda, Clinic::sessionData(s.headId, s.huda, daysAgo(2)));
        a.occasion = Occasion::Exit;
        s.refused(s.huda, a, ErrorCode::Invalid, QStringLiteral("occasion"));
    }
    SECTION("someone who is not a member of the household")
    {
        QByteArray otherHead;
        s.household(person(QStringLiteral("خالد"), QStringLiteral("سعد"), QStringLiteral("العتيبي")), otherHead);
        SurveyAnswers a = answers(s.family, Occasion::Session, today, all(4));
        a.memberId = otherHead;
        s.refused(s.huda, a, ErrorCode::Invalid, QStringLiteral("member"));
    }
}

TEST_CASE("Only the roles that hold sessions, plan reviews and exits record surveys", "[satisfaction]")
{
    Surveys s;
    const QDate today = QDate::currentDate();
    // A field worker records exits, not sessions or plan reviews.
    s.refused(s.omar, answers(s.family, Occasion::Session, today, all(4)), ErrorCode::PermissionDenied);
    s.refused(s.omar, answers(s.family, Occasion::PlanReview, today, all(4)), ErrorCode::PermissionDenied);
    // An administrator keeps accounts and meets no beneficiary.
    s.refused(s.admin, answers(s.family, Occasion::Exit, today, all(4)), ErrorCode::PermissionDenied);
    SurveyAnswers refusal = answers(s.family, Occasion::Session, today, {});
    CHECK(s.service.recordRefusal(s.omar, refusal).error().code == ErrorCode::PermissionDenied);
    CHECK(s.rows() == 0);

    s.recorded(s.omar, answers(s.family, Occasion::Exit, today, all(4)));
    const security::Session salem = s.user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    s.recorded(salem, answers(s.family, Occasion::Session, today, all(3)));
    s.recorded(s.huda, answers(s.family, Occasion::PlanReview, today, all(2)));
    CHECK(s.rows() == 3);
}

TEST_CASE("The satisfaction summary gives means and counts by centre and occasion, worked out by hand",
          "[satisfaction][indicators]")
{
    Surveys s;
    QByteArray h;
    const QByteArray h1 = s.family;
    const QByteArray h2 = s.household(person(QStringLiteral("خالد"), QStringLiteral("سعد"), QStringLiteral("العتيبي")), h);
    const QByteArray h3 = s.household(person(QStringLiteral("منى"), QStringLiteral("علي"), QStringLiteral("الحربي"),
                                             QStringLiteral("head"), QStringLiteral("female")),
                                      h);
    const QByteArray h4 = s.household(person(QStringLiteral("فهد"), QStringLiteral("ماجد"), QStringLiteral("القحطاني")), h);
    // H4 belongs to another centre (B); the others to this device's (A).
    const QByteArray centreA = org::Devices::thisDevice(s.db).value().centreId;
    const QByteArray centreB(16, '\x0b');
    s.db.setCurrentUser(s.admin.userId);
    REQUIRE(storage::SyncedWriter(s.db).update(QStringLiteral("households"), h4, {{QStringLiteral("centre_id"), centreB}}).ok());

    const auto at = [](int month, int day) { return QDate(2025, month, day); };
    // In the period 1 January – 31 March 2025 (both ends included):
    s.recorded(s.huda, answers(h1, Occasion::Session, at(1, 1), {5, 4, 5, 4, 5}));                         // 4.6
    s.recorded(s.huda, answers(h1, Occasion::PlanReview, at(2, 10), {3, 3, std::nullopt, std::nullopt, 3})); // 3.0
    s.recorded(s.huda, answers(h2, Occasion::Session, at(3, 31), {2, 3, 4, 1, 2}));                         // 2.4
    REQUIRE(s.service.recordRefusal(s.omar, answers(h3, Occasion::Exit, at(2, 1), {})).ok());
    s.recorded(s.huda, answers(h4, Occasion::Session, at(1, 15), all(4)));                                  // 4.0 (B)
    s.recorded(s.omar, answers(h4, Occasion::Exit, at(3, 1), all(5)));                                      // 5.0 (B)
    // Outside it, a day before and a day after:
    s.recorded(s.huda, answers(h2, Occasion::Session, QDate(2024, 12, 31), all(1)));
    s.recorded(s.huda, answers(h3, Occasion::Session, at(4, 1), all(1)));

    auto summary = satisfactionSummary(s.db, at(1, 1), at(3, 31));
    REQUIRE(summary.ok());
    const SatisfactionSummary &r = summary.value();
    const SatisfactionCell &t = r.total;
    CHECK(t.responses == 5);
    CHECK(t.declined == 1);
    REQUIRE(t.mean);
    CHECK(near(t.mean, (4.6 + 3.0 + 2.4 + 4.0 + 5.0) / 5)); // 3.8
    CHECK(near(t.itemMeans[0], (5 + 3 + 2 + 4 + 5) / 5.0));   // 3.8
    CHECK(t.itemAnswers[2] == 4);                                  // H1's plan review skipped q3
    CHECK(near(t.itemMeans[2], (5 + 4 + 4 + 5) / 4.0));       // 4.5
    CHECK(near(t.itemMeans[3], (4 + 1 + 4 + 5) / 4.0));       // 3.5
    QList<QByteArray> responding{h1, h2, h4};
    std::sort(responding.begin(), responding.end());
    CHECK(t.households == responding);
    CHECK(t.declinedHouseholds == QList<QByteArray>{h3});

    REQUIRE(r.byCentre.size() == 2);
    const SatisfactionCell &a = r.byCentre.value(centreA);
    CHECK(a.responses == 3);
    CHECK(a.declined == 1);
    CHECK(near(a.mean, (4.6 + 3.0 + 2.4) / 3)); // 3.33
    CHECK(a.households.size() == 2);
    const SatisfactionCell &b = r.byCentre.value(centreB);
    CHECK(b.responses == 2);
    CHECK(b.declined == 0);
    CHECK(near(b.mean, 4.5));
    CHECK(b.households == QList<QByteArray>{h4});
    CHECK(r.centreNames.value(centreA) == QStringLiteral("مركز الرياض للتمكين"));

    const SatisfactionCell &sessions = r.byOccasion.value(Occasion::Session);
    CHECK(sessions.responses == 3);
    CHECK(near(sessions.mean, (4.6 + 2.4 + 4.0) / 3)); // 3.67
    CHECK(r.byOccasion.value(Occasion::PlanReview).responses == 1);
    CHECK(near(r.byOccasion.value(Occasion::PlanReview).mean, 3.0));
    const SatisfactionCell &exits = r.byOccasion.value(Occasion::Exit);
    CHECK(exits.responses == 1);
    CHECK(exits.declined == 1);
    CHECK(near(exits.mean, 5.0));
    const SatisfactionCell &aSessions = r.byCentreAndOccasion.value({centreA, Occasion::Session});
    CHECK(aSessions.responses == 2);
    CHECK(near(aSessions.mean, 3.5));

    SECTION("filtered on one centre")
    {
        auto onlyB = satisfactionSummary(s.db, at(1, 1), at(3, 31), {centreB}).value();
        CHECK(onlyB.total.responses == 2);
        CHECK(onlyB.total.declined == 0);
        CHECK(near(onlyB.total.mean, 4.5));
        CHECK_FALSE(onlyB.byCentre.contains(centreA));
    }
    SECTION("a period with no survey has no mean")
    {
        auto empty = satisfactionSummary(s.db, at(6, 1), at(6, 30)).value();
        CHECK(empty.total.responses == 0);
        CHECK_FALSE(empty.total.mean.has_value());
        CHECK(empty.total.households.isEmpty());
    }
    SECTION("a period that ends before it starts is refused")
    {
        CHECK(satisfactionSummary(s.db, at(3, 31), at(1, 1)).error().code == ErrorCode::Invalid);
    }
}

TEST_CASE("A survey made on one laptop reaches another with the next package", "[satisfaction][sync]")
{
    using namespace tamkeen::test::syncfixture;
    Org org(2);
    Device &a = org[0], &b = org[1];
    security::UserService users(a.db, security::HashCost::minimal());
    auto huda = users.add(a.admin(), {QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor,
                                      QStringLiteral("correct horse battery")});
    REQUIRE(huda.ok());
    const security::Session counsellor{huda.value(), QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor};
    registry::MemberData head = person(QStringLiteral("سلمى"), QStringLiteral("ناصر"), QStringLiteral("الدوسري"),
                                       QStringLiteral("head"), QStringLiteral("female"));
    registry::HouseholdData data;
    data.region = QStringLiteral("منطقة الرياض");
    data.city = QStringLiteral("الرياض");
    data.housingType = QStringLiteral("apartment");
    data.housingOwnership = QStringLiteral("rented");
    auto family = registry::HouseholdService(a.db).create(a.admin(), data, head);
    REQUIRE(family.ok());
    SurveyAnswers answered = answers(family.value(), Occasion::Session, QDate::currentDate(), {5, 4, 3, 2, 1});
    answered.comment = QStringLiteral("شكراً");
    auto id = SatisfactionService(a.db).record(counsellor, answered);
    REQUIRE(id.ok());

    org.exchange(a, b);
    auto there = SatisfactionService(b.db).surveys(family.value());
    REQUIRE(there.ok());
    REQUIRE(there.value().size() == 1);
    CHECK(there.value().first().id == id.value());
    CHECK(there.value().first().scores == SurveyScores{5, 4, 3, 2, 1});
    CHECK(there.value().first().comment == QStringLiteral("شكراً"));
    CHECK(there.value().first().askedByName == QStringLiteral("هدى"));
    const QDate today = QDate::currentDate();
    CHECK(near(satisfactionSummary(b.db, today, today).value().total.mean, 3.0));
    CHECK(a.dump() == b.dump());
}
