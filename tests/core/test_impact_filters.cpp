// The counsellor and track filters (issue 14 §1) on the plans fixture
// (PlanImpactFixture.h), with, set here: P3's plan made by a second
// counsellor, Amal, who also held a session with P7's head on 2025-02-10;
// tracks P1 employment + training, P3 own project, P6 training, the others
// employment. Every expected value is worked out by hand from those timelines.
#include "PlanImpactFixture.h"
#include "casework/CareLevels.h"
#include "impact/GroupedFigures.h"
#include "impact/ReportTables.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::planimpact;

namespace {

struct Filtered : PlanImpact {
    security::Session amal = user(QStringLiteral("amal"), QStringLiteral("أمل الحربي"), Role::Counsellor);

    Filtered()
    {
        sql(QStringLiteral("UPDATE plans SET counsellor_id = ? WHERE id = ?"), {amal.userId, plan.at(3)});
        record(amal, sessionData(head.at(7), amal, QDateTime(d(2025, 2, 10), QTime(10, 0))));
        tracks(1, "employment,training");
        tracks(3, "own_project");
        tracks(6, "training");
    }
    void tracks(int n, const char *keys)
    {
        sql(QStringLiteral("UPDATE plans SET tracks = ? WHERE id = ?"), {QString::fromLatin1(keys), plan.at(n)});
    }
    QList<int> planned(const ImpactFilter &f)
    {
        auto r = indicators.independence(Period::quarter(2025, 1).value(), f);
        INFO((r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
        return nums(r.value().households.households);
    }
    QList<int> exited(const ImpactFilter &f)
    {
        auto r = indicators.exits(Period::quarter(2025, 1).value(), f);
        REQUIRE(r.ok());
        QList<int> n = nums(r.value().total.households);
        std::sort(n.begin(), n.end());
        return n;
    }
};

ImpactFilter byCounsellor(const QByteArray &id)
{
    ImpactFilter f;
    f.counsellor = id;
    return f;
}

ImpactFilter byTrack(const QString &track)
{
    ImpactFilter f;
    f.track = track;
    return f;
}

} // namespace

TEST_CASE("Filter by counsellor: the households of their plans or sessions", "[impact][filter]")
{
    Filtered t;
    // Plans with an approved start by 03-31 are P1, P2, P3, P7. Huda made all
    // plans but P3's; Amal made P3's and saw P7's head.
    CHECK(t.planned(byCounsellor(t.huda.userId)) == QList<int>{1, 2, 7});
    CHECK(t.planned(byCounsellor(t.amal.userId)) == QList<int>{3, 7});
    // Q1's exits: P2 (03-31), P3 (02-20), P5 (03-01; Huda's draft plan).
    CHECK(t.exited({}) == QList<int>{2, 3, 5});
    CHECK(t.exited(byCounsellor(t.huda.userId)) == QList<int>{2, 5});
    CHECK(t.exited(byCounsellor(t.amal.userId)) == QList<int>{3});
    // Amal's plans' goals: P3's one (the other dropped), achieved, and P7's one, not.
    auto p = t.indicators.plans(Period::quarter(2025, 1).value(), byCounsellor(t.amal.userId));
    REQUIRE(p.ok());
    CHECK(p.value().goals.value == 2);
    CHECK(t.nums(p.value().goalsAchieved.households) == QList<int>{3});
    // A supervisor follows no household as a counsellor; an unknown id matches none.
    CHECK(t.planned(byCounsellor(t.salem.userId)).isEmpty());
    CHECK(t.planned(byCounsellor(QByteArray(16, '\x7f'))).isEmpty());
}

TEST_CASE("Filter by empowerment track: households with a plan on it, whatever its status", "[impact][filter]")
{
    Filtered t;
    CHECK(t.planned(byTrack(QStringLiteral("training"))) == QList<int>{1});       // P6's plan was not approved by 03-31
    CHECK(t.planned(byTrack(QStringLiteral("employment"))) == QList<int>{1, 2, 7}); // P3 moved to own project
    CHECK(t.planned(byTrack(QStringLiteral("own_project"))) == QList<int>{3});
    CHECK(t.exited(byTrack(QStringLiteral("employment"))) == QList<int>{2, 5}); // P5's draft is on it
    // Whole keys only: a part of one, or SQL wildcards, match nothing.
    CHECK(t.planned(byTrack(QStringLiteral("employ"))).isEmpty());
    CHECK(t.planned(byTrack(QStringLiteral("employ%"))).isEmpty());
    CHECK(t.planned(byTrack(QStringLiteral("_mployment"))).isEmpty());
    CHECK(t.planned(byTrack(QStringLiteral("housing"))).isEmpty());

    // Both filters at once: Amal's households on the own-project track (P3), none on training.
    ImpactFilter both = byCounsellor(t.amal.userId);
    both.track = QStringLiteral("own_project");
    CHECK(t.planned(both) == QList<int>{3});
    both.track = QStringLiteral("training");
    CHECK(t.planned(both).isEmpty());

    // The report states them in words.
    auto lines = ReportTables::describe(t.db, both);
    REQUIRE(lines.ok());
    CHECK(lines.value().contains(ReportTables::tr("Counsellor: %1").arg(QStringLiteral("أمل الحربي"))));
    CHECK(lines.value().join(u'\n').contains(plans::PlanService::tracks().at(1).label));
}

TEST_CASE("Filter by level of care: the households whose latest assessment is that level", "[impact][filter]")
{
    Filtered t;
    security::Session omar = t.user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    casework::CareLevels levels(t.db);
    const QDate today = QDate::currentDate();
    REQUIRE(levels.assess(omar, t.h.at(1), QStringLiteral("intensive"), today, QStringLiteral("أ")).ok());
    REQUIRE(levels.assess(omar, t.h.at(2), QStringLiteral("intensive"), today.addDays(-30), QStringLiteral("ب")).ok());
    REQUIRE(levels.assess(omar, t.h.at(2), QStringLiteral("case_management"), today, QStringLiteral("تحسن")).ok());
    REQUIRE(levels.assess(omar, t.h.at(7), QStringLiteral("case_management"), today, QStringLiteral("ج")).ok());
    ImpactFilter f;
    f.careLevel = QStringLiteral("intensive");
    CHECK(t.planned(f) == QList<int>{1}); // P2 is no longer intensive
    f.careLevel = QStringLiteral("case_management");
    CHECK(t.planned(f) == QList<int>{2, 7});
    f.careLevel = QStringLiteral("specialised");
    CHECK(t.planned(f).isEmpty());
    // With another filter, and stated in words in the report.
    f.careLevel = QStringLiteral("case_management");
    f.track = QStringLiteral("employment");
    CHECK(t.planned(f) == QList<int>{2, 7});
    auto lines = ReportTables::describe(t.db, f);
    REQUIRE(lines.ok());
    CHECK(lines.value().contains(ReportTables::tr("Level of care now: %1")
                                     .arg(registry::Vocabulary::label(casework::CareLevels::levels(),
                                                                      QStringLiteral("case_management")))));
}

TEST_CASE("Caseload and exits by track: a household under every track of its plans, the planless apart",
          "[impact][groups]")
{
    Filtered t;
    // Q1's exits: P2 (employment), P3 (own project), P5 (employment, a draft).
    // Nobody is supported on 03-31: P2, P3 and P5, the only ones ever active, left.
    auto q1 = GroupedFigures::compute(t.db, Period::quarter(2025, 1).value(), {}, GroupBy::Track);
    INFO((q1 ? std::string() : q1.error().message.toStdString()));
    REQUIRE(q1.ok());
    QMap<QString, QList<int>> exits;
    for (const GroupFigures &g : q1.value()) {
        CHECK(g.supported.value == 0);
        exits[g.key] = t.nums(g.exits.households);
    }
    CHECK(exits == QMap<QString, QList<int>>{{QStringLiteral("employment"), {2, 5}},
                                             {QStringLiteral("own_project"), {3}}});
    // On 2024-12-31 P2 and P5 (active since 06-01) and P3 (since 12-01) were supported.
    auto q4 = GroupedFigures::compute(t.db, Period::quarter(2024, 4).value(), {}, GroupBy::Track);
    REQUIRE(q4.ok());
    QMap<QString, QList<int>> supported;
    for (const GroupFigures &g : q4.value())
        supported[g.key] = t.nums(g.supported.households);
    CHECK(supported == QMap<QString, QList<int>>{{QStringLiteral("employment"), {2, 5}},
                                                 {QStringLiteral("own_project"), {3}}});
    // The track's name is its label.
    for (const GroupFigures &g : q4.value())
        if (g.key == QStringLiteral("own_project"))
            CHECK(g.name == plans::PlanService::tracks().at(3).label);
}
