// Graduation (issue 14 §5): readiness judged per pathway, a proposal and a
// supervisor's approval that records the exit, a rejection, and the roles.
// Scores are worked out by hand from the pathways of GraduationFixture.h.
#include "GraduationFixture.h"

using namespace tamkeen;
using namespace tamkeen::test::graduationfixture;

TEST_CASE("Graduation pathways: each plan is judged on the pathway of its track, else on the general one",
          "[impact][graduation]")
{
    Graduation t;
    t.setPathways();
    QByteArray a, b, c, d;
    // A, employment track: employed, earns 1,500 (over 1,100), 2 goals of 4 (50 % < 75 %).
    // Employment: 40 + 40 = 80, ready at 80. (General: 30 + 25 = 55, not ready.)
    const QByteArray ha = t.family(QStringLiteral("فهد"), QStringLiteral("employed"), QStringLiteral("salary"), 1500, a);
    t.plan(a, {QStringLiteral("employment")}, 4, 2);
    // B, own-project track: self-employed, own business 2,000, 1 goal of 1.
    // Own project: 30 + 50 + 20 = 100.
    const QByteArray hb = t.family(QStringLiteral("ماجد"), QStringLiteral("self_employed"), QStringLiteral("own_business"),
                                   2000, b);
    t.plan(b, {QStringLiteral("own_project")}, 1, 1);
    // C, training track (no pathway is for it): the general one: 30 + 25 + 20 = 75, ready.
    const QByteArray hc = t.family(QStringLiteral("خالد"), QStringLiteral("employed"), QStringLiteral("salary"), 1500, c);
    t.plan(c, {QStringLiteral("training")}, 4, 3);
    // D, both tracks: not working, own business of 800 (under 1,100), no goal achieved.
    // Employment: 0; own project: 50, not ready (threshold required): judged on own project.
    const QByteArray hd = t.family(QStringLiteral("بدر"), QStringLiteral("unemployed"), QStringLiteral("own_business"), 800, d);
    t.plan(d, {QStringLiteral("employment"), QStringLiteral("own_project")}, 1, 0);

    const HouseholdReadiness ra = t.of(ha);
    CHECK(ra.pathwayKey == t.employment);
    CHECK(ra.pathwayByTrack);
    CHECK(ra.score == 80);
    CHECK(ra.passMark == 80);
    CHECK(ra.ready);
    CHECK_FALSE(Graduation::met(ra.results, Criterion::GoalsAchieved));
    const HouseholdReadiness rb = t.of(hb);
    CHECK(rb.pathwayKey == t.ownProject);
    CHECK(rb.score == 100);
    CHECK(rb.ready);
    const HouseholdReadiness rc = t.of(hc);
    CHECK(rc.pathwayKey == GraduationPathways::kDefault);
    CHECK_FALSE(rc.pathwayByTrack);
    CHECK(rc.score == 75);
    CHECK(rc.ready);
    const HouseholdReadiness rd = t.of(hd);
    CHECK(rd.pathwayKey == t.ownProject);
    CHECK(rd.score == 50);
    CHECK_FALSE(rd.ready);

    // Every pathway for D: its own first, then employment (0), then the general one (own project 15).
    auto each = t.readiness.onEachPathway(t.huda, hd, t.today);
    REQUIRE(each.ok());
    REQUIRE(each.value().size() == 3);
    CHECK(each.value()[0].pathwayKey == t.ownProject);
    CHECK(each.value()[1].pathwayKey == t.employment);
    CHECK(each.value()[1].score == 0);
    CHECK(each.value()[2].pathwayKey == GraduationPathways::kDefault);
    CHECK(each.value()[2].score == 15);
    // A: employment first, then the others in the pathways' order: general 55, own project 30.
    auto ea = t.readiness.onEachPathway(t.huda, ha, t.today);
    REQUIRE(ea.ok());
    REQUIRE(ea.value().size() == 3);
    CHECK(ea.value()[1].pathwayKey == GraduationPathways::kDefault);
    CHECK(ea.value()[1].score == 55);
    CHECK(ea.value()[2].pathwayKey == t.ownProject);
    CHECK(ea.value()[2].score == 30);

    // The ready list: A, B, C (not D).
    auto ready = t.readiness.ready(t.salem, t.today);
    REQUIRE(ready.ok());
    CHECK(ready.value().size() == 3);

    // An archived pathway judges nobody: A falls back to the general one (55).
    REQUIRE(t.pathways.archive(t.admin, t.employment).ok());
    CHECK(t.of(ha).pathwayKey == GraduationPathways::kDefault);
    CHECK(t.of(ha).score == 55);
    CHECK_FALSE(t.pathways.archive(t.admin, GraduationPathways::kDefault).ok());
}

TEST_CASE("Graduation pathways: administrators only, a name each, known tracks, and the old criteria are the general one",
          "[impact][graduation]")
{
    Graduation t;
    // Before any pathway: the general one holds the readiness criteria as they were.
    auto all = t.pathways.all();
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 1);
    CHECK(all.value()[0].isDefault());
    CHECK(all.value()[0].criteria.passMark == 70);
    ReadinessCriteria changed = t.readiness.criteria().value();
    changed.passMark = 65;
    REQUIRE(t.readiness.setCriteria(t.admin, changed).ok());
    CHECK(t.pathways.find(GraduationPathways::kDefault).value().criteria.passMark == 65);
    // Renaming the general pathway keeps its criteria, and its criteria keep its name.
    Pathway general = t.pathways.find(GraduationPathways::kDefault).value();
    general.name = QStringLiteral("المسار العام للخروج");
    REQUIRE(t.pathways.save(t.admin, general).ok());
    changed.passMark = 60;
    REQUIRE(t.readiness.setCriteria(t.admin, changed).ok());
    general = t.pathways.find(GraduationPathways::kDefault).value();
    CHECK(general.name == QStringLiteral("المسار العام للخروج"));
    CHECK(general.criteria.passMark == 60);

    Pathway p = GraduationPathways::suggested(QStringLiteral("employment"));
    p.name = QStringLiteral("التوظيف");
    CHECK(t.pathways.save(t.salem, p).error().code == ErrorCode::PermissionDenied);
    Pathway unnamed = p;
    unnamed.name = QStringLiteral("  ");
    CHECK(t.pathways.save(t.admin, unnamed).error().field == QStringLiteral("name"));
    Pathway badTrack = p;
    badTrack.tracks = {QStringLiteral("lottery")};
    CHECK(t.pathways.save(t.admin, badTrack).error().field == QStringLiteral("tracks"));
    Pathway badReason = p;
    badReason.exitReason = QStringLiteral("moved");
    CHECK(t.pathways.save(t.admin, badReason).error().field == QStringLiteral("exitReason"));
    REQUIRE(t.pathways.save(t.admin, p).ok());
    CHECK(t.pathways.save(t.admin, p).error().code == ErrorCode::Conflict); // the same name again
    CHECK(t.pathways.all().value().size() == 2);
}

TEST_CASE("Graduation: proposed with the readiness as it stood, approved by a supervisor, who records the exit",
          "[impact][graduation]")
{
    Graduation t;
    t.setPathways();
    QByteArray a, d;
    const QByteArray ha = t.family(QStringLiteral("فهد"), QStringLiteral("employed"), QStringLiteral("salary"), 1500, a);
    const QByteArray planA = t.plan(a, {QStringLiteral("employment")}, 4, 2);
    const QByteArray hd = t.family(QStringLiteral("بدر"), QStringLiteral("unemployed"), QStringLiteral("own_business"), 800, d);
    t.plan(d, {QStringLiteral("own_project")}, 1, 0);

    // Who may propose, with what.
    CHECK(t.graduations.propose(t.admin, ha, t.employment, QStringLiteral("x")).error().code == ErrorCode::PermissionDenied);
    CHECK(t.graduations.propose(t.omar, ha, t.employment, QStringLiteral(" ")).error().field == QStringLiteral("note"));
    CHECK(t.graduations.propose(t.omar, hd, t.ownProject, QStringLiteral("بدأ مشروعه")).error().field
          == QStringLiteral("pathway")); // 50 of 70, threshold unmet
    // The general pathway has no exit reason of its own: the proposer chooses a positive one.
    CHECK(t.graduations.propose(t.omar, ha, GraduationPathways::kDefault, QStringLiteral("x"), QStringLiteral("moved"))
              .error()
              .field
          == QStringLiteral("exitReason"));

    auto id = t.graduations.propose(t.omar, ha, t.employment, QStringLiteral("يعمل في مصنع منذ أربعة أشهر"));
    INFO((id ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    CHECK(t.graduations.propose(t.huda, ha, t.employment, QStringLiteral("مرة أخرى")).error().code == ErrorCode::Conflict);
    GraduationRequest r = t.graduations.request(id.value()).value();
    CHECK(r.decision == GraduationDecision::Pending);
    CHECK(r.score == 80);
    CHECK(r.passMark == 80);
    CHECK(r.exitReason == QStringLiteral("employment"));
    CHECK(r.planId == planA);
    CHECK(r.incomePerPerson == 1500);
    CHECK(r.proposedByName == QStringLiteral("عمر"));
    REQUIRE(r.criteria.size() == 3); // the criteria that weigh: threshold, work, goals
    CHECK(r.criteria[0].criterion == Criterion::AboveThreshold);
    CHECK(r.criteria[0].met);
    CHECK(r.criteria[0].required);
    CHECK(r.criteria[1].criterion == Criterion::EmployedMember);
    CHECK(r.criteria[1].met);
    CHECK(r.criteria[2].criterion == Criterion::GoalsAchieved);
    CHECK_FALSE(r.criteria[2].met);
    CHECK(r.criteria[2].weight == 20);

    // The supervisor's queue: everywhere, this centre, another centre.
    const QByteArray centre = t.db.scalar(QStringLiteral("SELECT centre_id FROM households WHERE id = ?"), {ha}).value().toByteArray();
    REQUIRE(GraduationService::pending(t.db).value().size() == 1);
    CHECK(GraduationService::pending(t.db, centre).value().size() == 1);
    CHECK(GraduationService::pending(t.db, QByteArray(16, 'x')).value().isEmpty());

    // Only a supervisor decides.
    CHECK(t.graduations.approve(t.huda, id.value(), {}).error().code == ErrorCode::PermissionDenied);
    CHECK(t.graduations.approve(t.omar, id.value(), {}).error().code == ErrorCode::PermissionDenied);
    CHECK(t.graduations.approve(t.admin, id.value(), {}).error().code == ErrorCode::PermissionDenied);
    CHECK(t.graduations.approve(t.salem, id.value(), {}, t.today.addDays(-1)).error().field == QStringLiteral("on"));
    CHECK(t.db.scalar(QStringLiteral("SELECT status FROM households WHERE id = ?"), {ha}).value() == QStringLiteral("active"));

    REQUIRE(t.graduations.approve(t.salem, id.value(), QStringLiteral("موافق، متابعة بعد 3 أشهر")).ok());
    r = t.graduations.request(id.value()).value();
    CHECK(r.decision == GraduationDecision::Approved);
    CHECK(r.decidedByName == QStringLiteral("سالم"));
    CHECK(r.decidedOn == t.today);
    REQUIRE_FALSE(r.exitId.isEmpty());
    // The exit, with the pathway's reason, the plan, and its follow-ups; the plan closed as exited.
    CHECK(t.db.scalar(QStringLiteral("SELECT status FROM households WHERE id = ?"), {ha}).value() == QStringLiteral("exited"));
    CHECK(t.db.scalar(QStringLiteral("SELECT reason || '|' || kind || '|' || on_date FROM household_exits WHERE id = ? AND plan_id = ?"),
                      {r.exitId, planA})
              .value()
          == QStringLiteral("employment|exit|") + t.today.toString(Qt::ISODate));
    CHECK(t.db.scalar(QStringLiteral("SELECT count(*) FROM exit_followups WHERE exit_id = ?"), {r.exitId}).value().toInt() == 3);
    CHECK(t.db.scalar(QStringLiteral("SELECT status FROM plans WHERE id = ?"), {planA}).value() == QStringLiteral("exited"));
    // The decision is signed by the supervisor (docs/trust.md).
    CHECK(t.db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'graduation_decisions' AND op = 'I' "
                                     "AND author = ? AND signed IS NOT NULL"),
                      {t.salem.userId})
              .value()
              .toInt()
          == 1);
    CHECK(GraduationService::pending(t.db).value().isEmpty());
    CHECK(t.graduations.approve(t.salem, id.value(), {}).error().code == ErrorCode::Conflict);
    CHECK(t.graduations.reject(t.salem, id.value(), QStringLiteral("x")).error().code == ErrorCode::Conflict);
    // No longer on the readiness list (its plan is closed).
    CHECK(t.readiness.ofHousehold(t.salem, ha, t.today).error().code == ErrorCode::NotFound);
}

TEST_CASE("Graduation: a supervisor rejects with the reason and the family stays supported", "[impact][graduation]")
{
    Graduation t;
    t.setPathways();
    QByteArray b;
    const QByteArray hb = t.family(QStringLiteral("ماجد"), QStringLiteral("self_employed"), QStringLiteral("own_business"),
                                   2000, b);
    const QByteArray planB = t.plan(b, {QStringLiteral("own_project")}, 1, 1);
    auto id = t.graduations.propose(t.huda, hb, t.ownProject, QStringLiteral("المشروع يدر دخلًا ثابتًا"));
    REQUIRE(id.ok());
    CHECK(t.graduations.reject(t.salem, id.value(), QStringLiteral(" ")).error().field == QStringLiteral("note"));
    CHECK(t.graduations.reject(t.huda, id.value(), QStringLiteral("x")).error().code == ErrorCode::PermissionDenied);
    REQUIRE(t.graduations.reject(t.salem, id.value(), QStringLiteral("المشروع عمره شهران فقط، ننتظر ستة أشهر")).ok());
    const GraduationRequest r = t.graduations.request(id.value()).value();
    CHECK(r.decision == GraduationDecision::Rejected);
    CHECK(r.decisionNote == QStringLiteral("المشروع عمره شهران فقط، ننتظر ستة أشهر"));
    CHECK(r.exitId.isEmpty());
    CHECK(t.db.scalar(QStringLiteral("SELECT status FROM households WHERE id = ?"), {hb}).value() == QStringLiteral("active"));
    CHECK(t.db.scalar(QStringLiteral("SELECT status FROM plans WHERE id = ?"), {planB}).value() == QStringLiteral("active"));
    CHECK(t.db.scalar(QStringLiteral("SELECT count(*) FROM household_exits WHERE household_id = ?"), {hb}).value().toInt() == 0);
    CHECK(GraduationService::pending(t.db).value().isEmpty());
    // Proposed again later: a new request; the rejection stays in the family's history.
    REQUIRE(t.graduations.propose(t.huda, hb, t.ownProject, QStringLiteral("ستة أشهر من الدخل الثابت")).ok());
    CHECK(t.graduations.ofHousehold(hb).value().size() == 2);
}
