// Levels of care (issue 17 §3): set by an assessment with its date and
// reason, every change kept, the household's level its latest; what is
// refused leaves nothing; the supervisor's count by level; two copies that
// assess one family offline both keep theirs and agree on its level.
#include "ClinicFixture.h"
#include "SyncFixture.h"
#include "casework/Assignments.h"
#include "casework/CareLevels.h"
#include "referrals/ExitService.h"
#include "registry/HouseholdService.h"
#include "storage/SyncedWriter.h"
#include "visits/VisitService.h"
#include "impact/HomeQueues.h"
#include "impact/MaintainedFacts.h"
#include "storage/ChangeLog.h"

using namespace tamkeen;
using namespace tamkeen::casework;
using namespace tamkeen::test::clinicfixture;

namespace {

const QDate kToday = QDate::currentDate();

struct Levels : Clinic {
    CareLevels levels{db};
    security::Session omar = user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    QByteArray headId;
    QByteArray family = household(person(QStringLiteral("سلمى"), QStringLiteral("ناصر"), QStringLiteral("الدوسري")), headId);

    qint64 rows() { return db.scalar(QStringLiteral("SELECT count(*) FROM care_levels")).value().toLongLong(); }
};

// Two copies that both know Omar (a field worker) and one family.
struct TwoCopies {
    tamkeen::test::syncfixture::Org org{2};
    tamkeen::test::syncfixture::Device &a = org[0], &b = org[1];
    security::Session worker;
    QByteArray family;

    TwoCopies()
    {
        security::UserService users(a.db, security::HashCost::minimal());
        auto omar = users.add(a.admin(), {QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker,
                                          QStringLiteral("correct horse battery")});
        REQUIRE(omar.ok());
        worker = {omar.value(), QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker};
        registry::HouseholdData data;
        data.region = QStringLiteral("منطقة الرياض");
        data.city = QStringLiteral("الرياض");
        data.housingType = QStringLiteral("apartment");
        data.housingOwnership = QStringLiteral("rented");
        auto created = registry::HouseholdService(a.db).create(
            a.admin(), data, person(QStringLiteral("سلمى"), QStringLiteral("ناصر"), QStringLiteral("الدوسري")));
        REQUIRE(created.ok());
        family = created.value();
        org.exchange(a, b);
    }
};

} // namespace

TEST_CASE("A family's level of care is set by dated assessments, the latest deciding, every one kept", "[care-levels]")
{
    Levels l;
    CHECK_FALSE(l.levels.current(l.family).value().has_value());
    REQUIRE(l.levels.assess(l.omar, l.family, QStringLiteral("secondary_prevention"), kToday.addDays(-40),
                            QStringLiteral("فقد رب الأسرة عمله"))
                .ok());
    REQUIRE(l.levels.assess(l.omar, l.family, QStringLiteral("case_management"), kToday.addDays(-3),
                            QStringLiteral("تراكم الإيجار وتوتر في الأسرة"))
                .ok());
    // Recorded later but dated earlier: history, not the current level.
    REQUIRE(l.levels.assess(l.omar, l.family, QStringLiteral("primary_prevention"), kToday.addDays(-100),
                            QStringLiteral("تسجيل أولي"))
                .ok());
    const auto now = l.levels.current(l.family).value();
    REQUIRE(now.has_value());
    CHECK(now->level == QStringLiteral("case_management"));
    CHECK(now->assessedOn == kToday.addDays(-3));
    CHECK(now->assessedByName == QStringLiteral("عمر"));
    QStringList order;
    for (const CareLevel &c : l.levels.history(l.family).value())
        order << c.level;
    CHECK(order == QStringList{QStringLiteral("case_management"), QStringLiteral("secondary_prevention"),
                               QStringLiteral("primary_prevention")});
    CHECK(l.db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'care_levels'")).value().toInt() == 3);
}

TEST_CASE("An assessment that cannot be right is refused and nothing is written", "[care-levels]")
{
    Levels l;
    const qint64 changes = storage::changeCount(l.db).value();
    const auto refused = [&](const security::Session &by, const QByteArray &household, const QString &level,
                             const QDate &on, const QString &reason, ErrorCode code, const QString &field) {
        auto id = l.levels.assess(by, household, level, on, reason);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().code == code);
        CHECK_FALSE(id.error().message.isEmpty());
        CHECK(id.error().field == field);
    };
    const QString why = QStringLiteral("سبب");
    refused(l.omar, l.family, QStringLiteral("very_high"), kToday, why, ErrorCode::Invalid, QStringLiteral("level"));
    refused(l.omar, l.family, QStringLiteral("intensive"), kToday.addDays(1), why, ErrorCode::Invalid,
            QStringLiteral("assessedOn"));
    refused(l.omar, l.family, QStringLiteral("intensive"), kToday, QStringLiteral("  "), ErrorCode::Invalid,
            QStringLiteral("reason"));
    refused(l.admin, l.family, QStringLiteral("intensive"), kToday, why, ErrorCode::PermissionDenied, QString());
    REQUIRE(l.households.archive(l.admin, l.family, QStringLiteral("انتقلت")).ok());
    const qint64 afterArchive = storage::changeCount(l.db).value();
    refused(l.omar, l.family, QStringLiteral("intensive"), kToday, why, ErrorCode::Conflict, QString());
    CHECK(l.rows() == 0);
    CHECK(storage::changeCount(l.db).value() == afterArchive);
    CHECK(afterArchive > changes);
}

TEST_CASE("The supervisor sees the centre's families by their level of care", "[care-levels]")
{
    Levels l;
    QByteArray head;
    const QByteArray second = l.household(person(QStringLiteral("نورة"), QStringLiteral("علي"), QStringLiteral("الحربي")), head);
    const QByteArray third = l.household(person(QStringLiteral("مها"), QStringLiteral("سعد"), QStringLiteral("القحطاني")), head);
    l.household(person(QStringLiteral("ريم"), QStringLiteral("فهد"), QStringLiteral("العنزي")), head); // an applicant: not counted
    for (const QByteArray &h : {l.family, second, third})
        {
            const Status st = l.households.changeStatus(l.admin, h, QStringLiteral("active"), kToday, QStringLiteral("مؤهلة"));
            INFO((st ? std::string() : st.error().message.toStdString()));
            REQUIRE(st.ok());
        }
    REQUIRE(l.levels.assess(l.omar, l.family, QStringLiteral("intensive"), kToday, QStringLiteral("عنف أسري")).ok());
    REQUIRE(l.levels.assess(l.omar, second, QStringLiteral("primary_prevention"), kToday.addDays(-9), QStringLiteral("أ")).ok());
    REQUIRE(l.levels.assess(l.omar, second, QStringLiteral("intensive"), kToday, QStringLiteral("ب")).ok());
    auto home = impact::HomeQueues::supervisorHome(l.db, {});
    REQUIRE(home.ok());
    QHash<QString, int> counts;
    for (const auto &[level, n] : home.value().levels)
        counts.insert(level, n);
    CHECK(counts.value(QStringLiteral("intensive")) == 2);
    CHECK(counts.value(QStringLiteral("primary_prevention")) == 0); // its latest is intensive
    CHECK(counts.value(QString()) == 1);                            // never assessed
    // Only the families supported count, as in the caseload beside it: an exited family drops out.
    REQUIRE(l.households.changeStatus(l.admin, second, QStringLiteral("exited"), kToday, QStringLiteral("عمل")).ok());
    counts.clear();
    for (const auto &[level, n] : impact::HomeQueues::supervisorHome(l.db, {}).value().levels)
        counts.insert(level, n);
    CHECK(counts.value(QStringLiteral("intensive")) == 1);
}

TEST_CASE("Two copies that assess one family on the same day agree which assessment decides, in either order",
          "[care-levels][sync]")
{
    for (const bool firstA : {true, false}) {
        TwoCopies t;
        REQUIRE(CareLevels(t.a.db).assess(t.worker, t.family, QStringLiteral("case_management"), kToday, QStringLiteral("أ")).ok());
        REQUIRE(CareLevels(t.b.db).assess(t.worker, t.family, QStringLiteral("intensive"), kToday, QStringLiteral("ب")).ok());
        if (firstA)
            t.org.exchange(t.a, t.b);
        else
            t.org.exchange(t.b, t.a);
        CHECK(CareLevels(t.a.db).current(t.family).value()->level == CareLevels(t.b.db).current(t.family).value()->level);
        CHECK(t.a.dump() == t.b.dump());
    }
}

TEST_CASE("Merging two files of one family keeps its levels of care on the file that stays", "[care-levels]")
{
    Levels l;
    QByteArray head;
    const QByteArray twin = l.household(person(QStringLiteral("هيا"), QStringLiteral("ناصر"), QStringLiteral("الدوسري")), head);
    REQUIRE(l.levels.assess(l.omar, twin, QStringLiteral("specialised"), kToday, QStringLiteral("إعاقة")).ok());
    security::Session salem = l.user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    REQUIRE(l.households.merge(salem, twin, l.family, QStringLiteral("ملفان للأسرة نفسها")).ok());
    REQUIRE(l.levels.current(l.family).value().has_value());
    CHECK(l.levels.current(l.family).value()->level == QStringLiteral("specialised"));
}

TEST_CASE("Two copies that assess one family offline keep both assessments and agree on its level",
          "[care-levels][sync]")
{
    TwoCopies t;
    REQUIRE(CareLevels(t.a.db).assess(t.worker, t.family, QStringLiteral("secondary_prevention"), kToday.addDays(-2),
                                      QStringLiteral("في المركز"))
                .ok());
    REQUIRE(CareLevels(t.b.db).assess(t.worker, t.family, QStringLiteral("specialised"), kToday,
                                      QStringLiteral("في الزيارة"))
                .ok());
    t.org.exchange(t.b, t.a);
    for (auto *d : {&t.a, &t.b}) {
        CHECK(CareLevels(d->db).history(t.family).value().size() == 2);
        CHECK(CareLevels(d->db).current(t.family).value()->level == QStringLiteral("specialised"));
    }
    CHECK(t.a.dump() == t.b.dump());
}

TEST_CASE("The caseload per worker shows each worker's families by level of care and their overdue visits",
          "[care-levels][caseload]")
{
    Levels l;
    security::Session salem = l.user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    QByteArray head;
    const QByteArray second = l.household(person(QStringLiteral("نورة"), QStringLiteral("علي"), QStringLiteral("الحربي")), head);
    for (const QByteArray &h : {l.family, second})
        REQUIRE(l.households.changeStatus(l.admin, h, QStringLiteral("active"), kToday, QStringLiteral("مؤهلة")).ok());
    REQUIRE(Assignments(l.db).reassign(salem, {l.family, second}, l.omar.userId, QStringLiteral("توزيع")).ok());
    REQUIRE(l.levels.assess(l.omar, l.family, QStringLiteral("intensive"), kToday, QStringLiteral("أ")).ok());
    REQUIRE(l.levels.assess(l.omar, second, QStringLiteral("case_management"), kToday, QStringLiteral("ب")).ok());
    // A visit left planned for a day gone by.
    auto plan = visits::VisitService(l.db).plan(l.omar, second, kToday);
    REQUIRE(plan.ok());
    l.db.setCurrentUser(l.omar.userId);
    REQUIRE(storage::SyncedWriter(l.db).update(QStringLiteral("home_visits"), plan.value(),
                                               {{QStringLiteral("planned_on"), kToday.addDays(-4).toString(Qt::ISODate)}}).ok());

    auto caseload = impact::HomeQueues::caseloadByWorker(l.db, {});
    REQUIRE(caseload.ok());
    const auto omar = std::find_if(caseload.value().begin(), caseload.value().end(),
                                   [&](const impact::WorkerCaseload &w) { return w.workerId == l.omar.userId; });
    REQUIRE(omar != caseload.value().end());
    CHECK(omar->households == 2);
    CHECK(omar->overdueVisits == 1);
    const QList<std::pair<QString, int>> expected{{QStringLiteral("case_management"), 1}, {QStringLiteral("intensive"), 1}};
    CHECK(omar->levels == expected);
    CHECK(omar->statuses == QList<std::pair<QString, int>>{{QStringLiteral("active"), 2}});
    CHECK(omar->overdueFollowUps == 0);

    // A new assessment shows at the next read; a family that left support
    // leaves the levels and brings its follow-up after exit, overdue once due.
    REQUIRE(l.levels.assess(l.omar, second, QStringLiteral("primary_prevention"), kToday, QStringLiteral("تحسن")).ok());
    REQUIRE(referrals::ExitService(l.db).exitSupport(l.admin, l.family, kToday, QStringLiteral("employment")).ok());
    CHECK(impact::HomeQueues::caseloadByWorker(l.db, {}).value().first().overdueFollowUps == 0); // due in three months
    // As if the exit were four months ago: the three-month follow-up is a month late.
    REQUIRE(l.db.execScript(QStringLiteral("UPDATE exit_followups SET due_on = date('now', '-1 month') WHERE months = 3")).ok());
    caseload = impact::HomeQueues::caseloadByWorker(l.db, {});
    REQUIRE(caseload.ok());
    const impact::WorkerCaseload &now = caseload.value().first();
    REQUIRE(now.workerId == l.omar.userId);
    CHECK(now.households == 1);
    CHECK(now.levels == QList<std::pair<QString, int>>{{QStringLiteral("primary_prevention"), 1}});
    CHECK(now.statuses == QList<std::pair<QString, int>>{{QStringLiteral("active"), 1}, {QStringLiteral("exited"), 1}});
    CHECK(now.overdueFollowUps == 1);
}

TEST_CASE("The level kept for the caseloads follows an assessment that comes in a package",
          "[care-levels][caseload][sync]")
{
    TwoCopies t;
    REQUIRE(registry::HouseholdService(t.a.db)
                .changeStatus(t.a.admin(), t.family, QStringLiteral("active"), kToday, QStringLiteral("مؤهلة"))
                .ok());
    t.org.exchange(t.a, t.b);
    const auto levelsOn = [](tamkeen::test::syncfixture::Device &d) {
        QList<std::pair<QString, int>> levels;
        REQUIRE(impact::HomeQueues::caseloadByWorker(d.db, {}, &levels).ok());
        return levels;
    };
    const std::pair<QString, int> unassessed{QString(), 1};
    CHECK(levelsOn(t.a).last() == unassessed); // read once: nothing left to set again
    REQUIRE(CareLevels(t.b.db).assess(t.worker, t.family, QStringLiteral("intensive"), kToday, QStringLiteral("ب")).ok());
    t.org.exchange(t.b, t.a); // the import writes with the triggers off: it marks the family itself
    for (auto *d : {&t.a, &t.b}) {
        const QList<std::pair<QString, int>> levels = levelsOn(*d);
        CHECK(levels.contains(std::pair<QString, int>{QStringLiteral("intensive"), 1}));
        CHECK(levels.last() == std::pair<QString, int>{QString(), 0});
    }
}

TEST_CASE("A level of care that moves with a merged file is counted once, under the file that stays",
          "[care-levels][caseload]")
{
    Levels l;
    QByteArray head;
    const QByteArray twin = l.household(person(QStringLiteral("هيا"), QStringLiteral("ناصر"), QStringLiteral("الدوسري")), head);
    for (const QByteArray &h : {l.family, twin})
        REQUIRE(l.households.changeStatus(l.admin, h, QStringLiteral("active"), kToday, QStringLiteral("مؤهلة")).ok());
    REQUIRE(l.levels.assess(l.omar, twin, QStringLiteral("specialised"), kToday, QStringLiteral("إعاقة")).ok());
    REQUIRE(l.levels.households({}).ok()); // its level kept under the twin
    security::Session salem = l.user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    REQUIRE(l.households.merge(salem, twin, l.family, QStringLiteral("ملفان للأسرة نفسها")).ok());
    auto levels = l.levels.households({});
    REQUIRE(levels.ok());
    QHash<QString, int> counts;
    for (const auto &[level, n] : levels.value())
        counts.insert(level, n);
    CHECK(counts.value(QStringLiteral("specialised")) == 1);
    CHECK(counts.value(QString()) == 0);
    // Read right before the kept level is set again (the merge marked both
    // files), and kept under the file that stays once it is.
    CHECK(l.db.scalar(QStringLiteral("SELECT count(*) FROM care_level_now_stale")).value().toInt() == 2);
    REQUIRE(CareLevels::refreshCurrent(l.db).ok());
    CHECK(l.db.scalar(QStringLiteral("SELECT household_id FROM care_level_now")).value().toByteArray() == l.family);
    CHECK(l.levels.households({}).value() == levels.value());
}

TEST_CASE("The kept levels of care are set again whole when a copy's were written without the triggers",
          "[care-levels][caseload]")
{
    Levels l;
    QByteArray head;
    const QByteArray second = l.household(person(QStringLiteral("نورة"), QStringLiteral("علي"), QStringLiteral("الحربي")), head);
    REQUIRE(l.levels.assess(l.omar, l.family, QStringLiteral("intensive"), kToday, QStringLiteral("أ")).ok());
    REQUIRE(l.levels.assess(l.omar, second, QStringLiteral("specialised"), kToday, QStringLiteral("ب")).ok());
    REQUIRE(CareLevels::refreshCurrent(l.db).ok());
    CHECK(CareLevels::rebuildCurrent(l.db).value() == 0); // nothing wrong
    // As a snapshot's start leaves it: the rows written, nothing kept or marked.
    REQUIRE(l.db.execScript(QStringLiteral("DELETE FROM care_level_now; DELETE FROM care_level_now_stale")).ok());
    auto rebuilt = impact::maintained::rebuildAll(l.db);
    REQUIRE(rebuilt.ok());
    CHECK(rebuilt.value().join(u'\n').contains(QStringLiteral("level of care of 2 household")));
    CHECK(l.db.scalar(QStringLiteral("SELECT count(*) FROM care_level_now")).value().toInt() == 2);
    // A wrong level is found and put right; one marked to be set again is not counted as wrong.
    REQUIRE(l.db.execScript(QStringLiteral("UPDATE care_level_now SET level = 'primary_prevention'")).ok());
    REQUIRE(l.db.write(QStringLiteral("INSERT INTO care_level_now_stale VALUES (?)"), {second}).ok());
    CHECK(CareLevels::rebuildCurrent(l.db).value() == 1);
    CHECK(l.db.scalar(QStringLiteral("SELECT level FROM care_level_now WHERE household_id = ?"), {l.family}).value().toString()
          == QStringLiteral("intensive"));
}
