// Home visits (issue 17 §1): planned, recorded with the checklist and what was
// seen, the next one planned at once; what is refused and leaves nothing
// written; the administrator's checklist; places typed or pasted; a visit
// recorded on one laptop reaching another.
#include "ClinicFixture.h"
#include "SyncFixture.h"
#include "storage/ChangeLog.h"
#include "registry/SubjectReport.h"
#include "visits/Coordinates.h"
#include "visits/VisitChecklist.h"
#include "visits/VisitService.h"

using namespace tamkeen;
using namespace tamkeen::visits;
using namespace tamkeen::test::clinicfixture;

namespace {

const QDate kToday = QDate::currentDate();

struct Visits : Clinic {
    VisitService service{db};
    security::Session omar = user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    security::Session lina = user(QStringLiteral("lina"), QStringLiteral("لينا"), Role::FieldWorker);
    security::Session salem = user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    security::Session huda = user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    QByteArray headId;
    QByteArray family = inDistrict(QStringLiteral("النسيم"), QStringLiteral("سلمى"), headId);

    QByteArray inDistrict(const QString &district, const QString &given, QByteArray &head)
    {
        registry::HouseholdData h;
        h.region = QStringLiteral("منطقة الرياض");
        h.city = QStringLiteral("الرياض");
        h.district = district;
        h.address = QStringLiteral("شارع ١٢");
        h.housingType = QStringLiteral("apartment");
        h.housingOwnership = QStringLiteral("rented");
        auto id = households.create(admin, h, person(given, QStringLiteral("ناصر"), QStringLiteral("الدوسري"),
                                                     QStringLiteral("head"), QStringLiteral("female")));
        REQUIRE(id.ok());
        head = households.members().members(id.value()).value().first().id;
        return id.value();
    }

    qint64 rows() { return db.scalar(QStringLiteral("SELECT count(*) FROM home_visits")).value().toLongLong(); }
    qint64 changes() { return storage::changeCount(db).value(); }

    QByteArray planned(const security::Session &by, const QDate &on, const QByteArray &worker = {})
    {
        auto id = service.plan(by, family, on, worker);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }

    VisitReport report(const QByteArray &plannedId = {})
    {
        VisitReport r;
        r.plannedId = plannedId;
        r.householdId = family;
        r.visitedOn = kToday;
        r.outcome = QStringLiteral("met");
        return r;
    }

    // Refused with `code` naming `field`, and nothing written anywhere.
    void refused(const std::function<Status()> &attempt, ErrorCode code, const QString &field = {})
    {
        const qint64 before = rows(), logged = changes();
        const Status s = attempt();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == code);
        CHECK_FALSE(s.error().message.isEmpty());
        if (!field.isEmpty())
            CHECK(s.error().field == field);
        CHECK(rows() == before);
        CHECK(changes() == logged);
    }
    Status recording(const security::Session &by, const VisitReport &r)
    {
        auto id = service.record(by, r);
        return id ? Status() : Status(id.error());
    }
    Status planning(const security::Session &by, const QDate &on, const QByteArray &worker = {})
    {
        auto id = service.plan(by, family, on, worker);
        return id ? Status() : Status(id.error());
    }
};

} // namespace

TEST_CASE("A planned visit is recorded with who was present, the checklist, the place and the next visit",
          "[visits]")
{
    Visits v;
    const QByteArray plan = v.planned(v.omar, kToday);
    auto today = v.service.planned(kToday, kToday, v.omar.userId);
    REQUIRE(today.ok());
    REQUIRE(today.value().size() == 1);
    CHECK(today.value().first().id == plan);
    CHECK(today.value().first().district == QStringLiteral("النسيم"));
    CHECK(today.value().first().headName.contains(QStringLiteral("سلمى")));
    CHECK(today.value().first().workerName == QStringLiteral("عمر"));

    VisitReport r = v.report(plan);
    r.presentMembers = {v.headId};
    r.presentOthers = QStringLiteral("الجارة أم خالد");
    r.answers = {{QStringLiteral("housing"), QStringLiteral("poor")},
                 {QStringLiteral("needs"), QStringLiteral("سقف يتسرب منه الماء")},
                 {QStringLiteral("school"), QStringLiteral("yes")}};
    r.observations = QStringLiteral("الأسرة بحاجة إلى ترميم المسكن.\nالابن الأكبر يبحث عن عمل.");
    r.coordinates = QStringLiteral("٢٤٫٧١٣٦، ٤٦٫٦٧٥٣");
    r.nextVisitOn = kToday.addDays(14);
    auto id = v.service.record(v.omar, r);
    INFO((id ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    // The visit is a row of its own naming the plan, which is closed.
    CHECK(id.value() != plan);
    CHECK(v.service.find(plan).value().status == VisitStatus::Done);
    const Visit made = v.service.find(id.value()).value();
    CHECK(made.planId == plan);
    CHECK(made.workerId == v.omar.userId);
    CHECK(made.status == VisitStatus::Done);
    CHECK(made.visitedOn == kToday);
    CHECK(made.plannedOn == kToday);
    CHECK(made.presentMembers == QList<QByteArray>{v.headId});
    CHECK(made.presentOthers == QStringLiteral("الجارة أم خالد"));
    CHECK(made.answers == r.answers);
    CHECK(made.observations == r.observations);
    REQUIRE(made.coordinates.has_value());
    CHECK(std::abs(made.coordinates->latitude - 24.7136) < 1e-9);
    CHECK(std::abs(made.coordinates->longitude - 46.6753) < 1e-9);
    CHECK(made.outcome == QStringLiteral("met"));
    CHECK(made.nextVisitOn == kToday.addDays(14));
    // The family had no place: the one found at the visit is theirs now, for the next route.
    auto household = v.households.household(v.family).value();
    REQUIRE(household.latitude.has_value());
    CHECK(std::abs(*household.latitude - 24.7136) < 1e-9);

    // The next visit is planned for the same worker; nothing is left planned today.
    CHECK(v.service.planned(kToday, kToday, v.omar.userId).value().isEmpty());
    auto next = v.service.planned(kToday, kToday.addDays(30), v.omar.userId).value();
    REQUIRE(next.size() == 1);
    CHECK(next.first().plannedOn == kToday.addDays(14));
    auto all = v.service.ofHousehold(v.family).value();
    REQUIRE(all.size() == 2); // the plan it fulfilled is not listed again
    CHECK(all.first().status == VisitStatus::Planned); // the latest first
    CHECK(all.last().id == id.value());
    // Logged for sync: the plan, its closing, the visit, the next plan.
    CHECK(v.db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'home_visits'")).value().toInt() == 4);
}

TEST_CASE("A visit that was not planned is recorded on its own", "[visits]")
{
    Visits v;
    VisitReport r = v.report();
    r.visitedOn = kToday.addDays(-3); // recorded days later, back at the branch
    r.outcome = QStringLiteral("not_home");
    auto id = v.service.record(v.lina, r);
    REQUIRE(id.ok());
    const Visit made = v.service.find(id.value()).value();
    CHECK(made.status == VisitStatus::Done);
    CHECK(made.workerId == v.lina.userId);
    CHECK(made.plannedOn == kToday.addDays(-3));
    CHECK_FALSE(made.coordinates.has_value());
    CHECK(made.answers.isEmpty());
}

TEST_CASE("Visits that cannot be right are refused with a message and nothing is written", "[visits]")
{
    Visits v;
    const QByteArray plan = v.planned(v.omar, kToday.addDays(2));
    SECTION("a visit dated in the future")
    {
        VisitReport r = v.report();
        r.visitedOn = kToday.addDays(1);
        v.refused([&] { return v.recording(v.omar, r); }, ErrorCode::Invalid, QStringLiteral("visitedOn"));
    }
    SECTION("a visit planned for a day that has passed")
    {
        v.refused([&] { return v.planning(v.omar, kToday.addDays(-1)); }, ErrorCode::Invalid, QStringLiteral("plannedOn"));
    }
    SECTION("a second visit to the family planned the same day")
    {
        v.refused([&] { return v.planning(v.lina, kToday.addDays(2)); }, ErrorCode::Conflict, QStringLiteral("plannedOn"));
    }
    SECTION("a counsellor does not plan or record home visits")
    {
        v.refused([&] { return v.planning(v.huda, kToday); }, ErrorCode::PermissionDenied);
        v.refused([&] { return v.recording(v.huda, v.report()); }, ErrorCode::PermissionDenied);
    }
    SECTION("a field worker plans only their own visits; a supervisor plans for a field worker but not a counsellor")
    {
        v.refused([&] { return v.planning(v.omar, kToday, v.lina.userId); }, ErrorCode::PermissionDenied,
                  QStringLiteral("worker"));
        v.refused([&] { return v.planning(v.salem, kToday, v.huda.userId); }, ErrorCode::Invalid, QStringLiteral("worker"));
        CHECK(v.service.plan(v.salem, v.family, kToday, v.lina.userId).ok());
    }
    SECTION("no outcome, an answer the question does not take, a question that is not asked")
    {
        VisitReport r = v.report();
        r.outcome.clear();
        v.refused([&] { return v.recording(v.omar, r); }, ErrorCode::Invalid, QStringLiteral("outcome"));
        r = v.report();
        r.answers = {{QStringLiteral("housing"), QStringLiteral("yes")}};
        v.refused([&] { return v.recording(v.omar, r); }, ErrorCode::Invalid, QStringLiteral("check:housing"));
        r.answers = {{QStringLiteral("no-such-question"), QStringLiteral("yes")}};
        v.refused([&] { return v.recording(v.omar, r); }, ErrorCode::Invalid);
    }
    SECTION("a person present who is not of this family")
    {
        QByteArray otherHead;
        v.inDistrict(QStringLiteral("الملز"), QStringLiteral("نورة"), otherHead);
        VisitReport r = v.report();
        r.presentMembers = {otherHead};
        v.refused([&] { return v.recording(v.omar, r); }, ErrorCode::Invalid, QStringLiteral("presentMembers"));
    }
    SECTION("a place that is not two numbers on the globe")
    {
        VisitReport r = v.report();
        r.coordinates = QStringLiteral("قرب المسجد");
        v.refused([&] { return v.recording(v.omar, r); }, ErrorCode::Invalid, QStringLiteral("coordinates"));
        r.coordinates = QStringLiteral("124.5, 46.6");
        v.refused([&] { return v.recording(v.omar, r); }, ErrorCode::Invalid, QStringLiteral("coordinates"));
    }
    SECTION("a next visit on or before this one")
    {
        VisitReport r = v.report();
        r.nextVisitOn = kToday;
        v.refused([&] { return v.recording(v.omar, r); }, ErrorCode::Invalid, QStringLiteral("nextVisitOn"));
    }
    SECTION("a planned visit recorded twice, or cancelled once recorded")
    {
        VisitReport r = v.report(plan);
        REQUIRE(v.service.record(v.omar, r).ok());
        v.refused([&] { return v.recording(v.omar, r); }, ErrorCode::Conflict);
        v.refused([&] { return v.service.cancel(v.omar, plan, QStringLiteral("سفر")); }, ErrorCode::Conflict);
    }
    SECTION("an archived household")
    {
        REQUIRE(v.households.archive(v.admin, v.family, QStringLiteral("انتقلت")).ok());
        v.refused([&] { return v.planning(v.omar, kToday); }, ErrorCode::Conflict);
        v.refused([&] { return v.recording(v.omar, v.report()); }, ErrorCode::Conflict);
    }
    SECTION("a cancellation without a reason, or of another worker's visit")
    {
        v.refused([&] { return v.service.cancel(v.omar, plan, QStringLiteral("  ")); }, ErrorCode::Invalid,
                  QStringLiteral("reason"));
        v.refused([&] { return v.service.cancel(v.lina, plan, QStringLiteral("مرض")); }, ErrorCode::PermissionDenied);
    }
}

TEST_CASE("Two plans of one family for one day, made on two copies offline, are one visit on the route",
          "[visits]")
{
    Visits v;
    const QByteArray first = v.planned(v.omar, kToday.addDays(2));
    // The other copy's plan for the same day, as an import writes it.
    v.db.setCurrentUser(v.omar.userId);
    auto second = storage::SyncedWriter(v.db).insert(
        QStringLiteral("home_visits"), {{QStringLiteral("household_id"), v.family},
                                        {QStringLiteral("worker_id"), v.omar.userId},
                                        {QStringLiteral("status"), QStringLiteral("planned")},
                                        {QStringLiteral("planned_on"), kToday.addDays(2).toString(Qt::ISODate)}});
    REQUIRE(second.ok());
    CHECK(v.service.planned(kToday, kToday.addDays(7), v.omar.userId).value().size() == 1);
    REQUIRE(v.service.cancel(v.omar, first, QStringLiteral("الأسرة مسافرة")).ok());
    CHECK(v.service.find(second.value()).value().status == VisitStatus::Cancelled);
    CHECK(v.service.planned(kToday, kToday.addDays(7), v.omar.userId).value().isEmpty());
}

TEST_CASE("A cancelled visit leaves the plan with its reason", "[visits]")
{
    Visits v;
    const QByteArray plan = v.planned(v.omar, kToday.addDays(1));
    REQUIRE(v.service.cancel(v.salem, plan, QStringLiteral("الأسرة مسافرة")).ok());
    const Visit cancelled = v.service.find(plan).value();
    CHECK(cancelled.status == VisitStatus::Cancelled);
    CHECK(cancelled.cancelReason == QStringLiteral("الأسرة مسافرة"));
    CHECK(v.service.planned(kToday, kToday.addDays(7)).value().isEmpty());
}

TEST_CASE("The week's plan comes by day, then district, with the visits still due from before first", "[visits]")
{
    Visits v;
    QByteArray head;
    const QByteArray malaz = v.inDistrict(QStringLiteral("الملز"), QStringLiteral("نورة"), head);
    const QByteArray olaya = v.inDistrict(QStringLiteral("العليا"), QStringLiteral("مها"), head);
    REQUIRE(v.service.plan(v.omar, malaz, kToday.addDays(1)).ok());
    REQUIRE(v.service.plan(v.omar, olaya, kToday.addDays(1)).ok());
    REQUIRE(v.service.plan(v.omar, v.family, kToday).ok());
    REQUIRE(v.service.plan(v.lina, olaya, kToday).ok());
    // A visit left planned from last week (written as it would have been then).
    const QByteArray late = v.planned(v.omar, kToday.addDays(3));
    REQUIRE(storage::SyncedWriter(v.db).update(QStringLiteral("home_visits"), late,
                                               {{QStringLiteral("planned_on"), kToday.addDays(-5).toString(Qt::ISODate)}}).ok());

    auto week = v.service.planned(kToday, kToday.addDays(6), v.omar.userId).value();
    QStringList order;
    for (const PlannedVisit &p : week)
        order << QStringLiteral("%1 %2").arg(kToday.daysTo(p.plannedOn)).arg(p.district);
    CHECK(order == QStringList{QStringLiteral("0 النسيم"), QStringLiteral("1 العليا"), QStringLiteral("1 الملز")});
    auto withLate = v.service.planned(kToday, kToday.addDays(6), v.omar.userId, true).value();
    REQUIRE(withLate.size() == 4);
    CHECK(withLate.first().id == late);
    CHECK(v.service.planned(kToday, kToday.addDays(6)).value().size() == 4); // everyone's
    CHECK(v.service.planned(kToday.addDays(2), kToday.addDays(6), v.omar.userId).value().isEmpty()); // nothing matches
}

TEST_CASE("The administrator keeps the visit checklist, old answers staying readable", "[visits]")
{
    Visits v;
    VisitChecklist list(v.db);
    const QStringList builtIn = {QStringLiteral("housing"), QStringLiteral("needs"), QStringLiteral("school"),
                                 QStringLiteral("documents")};
    QStringList keys;
    for (const ChecklistItem &i : list.items().value())
        keys << i.key;
    CHECK(keys == builtIn);

    ChecklistItem water{QString(), QStringLiteral("تتوفر مياه صالحة للشرب"), ItemKind::YesNo};
    CHECK(list.save(v.omar, water).error().code == ErrorCode::PermissionDenied);
    auto key = list.save(v.admin, water);
    REQUIRE(key.ok());
    CHECK(list.items().value().last().key == key.value());
    CHECK(list.save(v.admin, {QString(), QStringLiteral("  "), ItemKind::Text}).error().field == QStringLiteral("label"));
    CHECK(list.save(v.admin, {QString(), QStringLiteral("تتوفر مياه صالحة للشرب"), ItemKind::Text}).error().code
          == ErrorCode::Conflict);

    VisitReport r = v.report();
    r.answers = {{key.value(), QStringLiteral("no")}};
    auto made = v.service.record(v.omar, r);
    REQUIRE(made.ok());

    // A question answered keeps its kind; archived, it is asked no more but still read.
    ChecklistItem changed = list.items().value().last();
    changed.kind = ItemKind::Text;
    CHECK(list.save(v.admin, changed).error().field == QStringLiteral("kind"));
    REQUIRE(list.archive(v.admin, key.value()).ok());
    CHECK(list.items().value().size() == 4);
    CHECK(list.items(true).value().size() == 5);
    CHECK(v.service.find(made.value()).value().answers.value(key.value()) == QStringLiteral("no"));
    r.answers = {{key.value(), QStringLiteral("yes")}};
    CHECK(v.service.record(v.omar, r).error().code == ErrorCode::Invalid);

    // A built-in question renamed replaces it in place.
    ChecklistItem housing = list.items().value().first();
    housing.label = QStringLiteral("حالة المسكن والأثاث");
    REQUIRE(list.save(v.admin, housing).ok());
    CHECK(list.items().value().first().label == QStringLiteral("حالة المسكن والأثاث"));
    CHECK(list.items().value().size() == 4);
}

TEST_CASE("A place is read from what a field worker types or pastes", "[visits]")
{
    auto read = [](const QString &text) { return CoordinateText::parse(text); };
    const auto is = [](const Result<Coordinates> &c, double lat, double lon) {
        return c.ok() && std::abs(c.value().latitude - lat) < 1e-9 && std::abs(c.value().longitude - lon) < 1e-9;
    };
    CHECK(is(read(QStringLiteral("24.7136, 46.6753")), 24.7136, 46.6753));
    CHECK(is(read(QStringLiteral("٢٤٫٧١٣٦، ٤٦٫٦٧٥٣")), 24.7136, 46.6753));
    CHECK(is(read(QStringLiteral("https://maps.google.com/?q=30.0444,31.2357&z=15")), 30.0444, 31.2357));
    CHECK(is(read(QStringLiteral("https://www.google.com/maps/search/?api=1&query=24.7136%2C46.6753")), 24.7136, 46.6753));
    CHECK(is(read(QStringLiteral("https://www.google.com/maps/place/x/@33.8938,35.5018,17z")), 33.8938, 35.5018));
    CHECK(is(read(QStringLiteral("https://www.openstreetmap.org/#map=17/24.7136/46.6753")), 24.7136, 46.6753));
    // A link shared after moving the map holds the pin and the view: the pin is the place.
    CHECK(is(read(QStringLiteral("https://www.openstreetmap.org/?mlat=30.0444&mlon=31.2357#map=15/30.1/31.4")),
             30.0444, 31.2357));
    CHECK(is(read(QStringLiteral("https://www.google.com/maps/place/x/@24.70,46.60,15z/data=!3m1!4b1!4m5!3m4!1s0x0:0x0!8m2!3d24.7136!4d46.6753")),
             24.7136, 46.6753));
    CHECK(is(read(QStringLiteral("geo:24.7136,46.6753")), 24.7136, 46.6753));
    CHECK(is(read(QStringLiteral("24,7136 46,6753")), 24.7136, 46.6753)); // decimal commas
    CHECK(is(read(QStringLiteral("٢٤،٧١٣٦ ٤٦،٦٧٥٣")), 24.7136, 46.6753));
    // Never a wrong place without a word: a link without one, three numbers, a number in words.
    CHECK_FALSE(read(QStringLiteral("https://maps.app.goo.gl/Xy12AbC")).ok());
    CHECK_FALSE(read(QStringLiteral("17 24.7136 46.6753")).ok());
    CHECK_FALSE(read(QStringLiteral("قرب المسجد 24.7 46.6")).ok());
    CHECK(is(read(QStringLiteral("-33.9 18.4")), -33.9, 18.4));
    CHECK(is(read(CoordinateText::format({33.8938, 35.5018})), 33.8938, 35.5018));
    CHECK_FALSE(read(QStringLiteral("24.7136")).ok());
    CHECK_FALSE(read(QStringLiteral("1234.5, 46")).ok());
    CHECK_FALSE(read(QStringLiteral("95, 46")).ok());
    CHECK_FALSE(read(QString()).ok());
}

TEST_CASE("A visit planned at the centre and recorded offline on a laptop reaches both copies", "[visits][sync]")
{
    using namespace tamkeen::test::syncfixture;
    Org org(2);
    Device &centre = org[0], &laptop = org[1];
    security::UserService users(centre.db, security::HashCost::minimal());
    auto omar = users.add(centre.admin(), {QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker,
                                           QStringLiteral("correct horse battery")});
    auto salem = users.add(centre.admin(), {QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor,
                                            QStringLiteral("correct horse battery")});
    REQUIRE(omar.ok());
    REQUIRE(salem.ok());
    const security::Session worker{omar.value(), QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker};
    const security::Session supervisor{salem.value(), QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor};
    registry::HouseholdData data;
    data.region = QStringLiteral("منطقة الرياض");
    data.city = QStringLiteral("الرياض");
    data.district = QStringLiteral("النسيم");
    data.housingType = QStringLiteral("apartment");
    data.housingOwnership = QStringLiteral("rented");
    auto family = registry::HouseholdService(centre.db)
                      .create(centre.admin(), data, person(QStringLiteral("سلمى"), QStringLiteral("ناصر"),
                                                           QStringLiteral("الدوسري"), QStringLiteral("head"),
                                                           QStringLiteral("female")));
    REQUIRE(family.ok());
    auto plan = VisitService(centre.db).plan(supervisor, family.value(), kToday, worker.userId);
    REQUIRE(plan.ok());
    org.exchange(centre, laptop);

    // On the laptop, offline: the plan is there; the visit is recorded.
    auto due = VisitService(laptop.db).planned(kToday, kToday, worker.userId);
    REQUIRE(due.ok());
    REQUIRE(due.value().size() == 1);
    VisitReport r;
    r.plannedId = plan.value();
    r.householdId = family.value();
    r.visitedOn = kToday;
    r.outcome = QStringLiteral("met");
    r.observations = QStringLiteral("المسكن بحالة جيدة");
    r.nextVisitOn = kToday.addDays(30);
    auto recorded = VisitService(laptop.db).record(worker, r);
    REQUIRE(recorded.ok());
    // Meanwhile at the centre the supervisor plans another visit to the family.
    REQUIRE(VisitService(centre.db).plan(supervisor, family.value(), kToday.addDays(7), worker.userId).ok());

    org.exchange(laptop, centre);
    const Visit there = VisitService(centre.db).find(recorded.value()).value();
    CHECK(there.status == VisitStatus::Done);
    CHECK(there.planId == plan.value());
    CHECK(there.observations == QStringLiteral("المسكن بحالة جيدة"));
    CHECK(VisitService(centre.db).find(plan.value()).value().status == VisitStatus::Done);
    CHECK(VisitService(centre.db).planned(kToday, kToday.addDays(60), worker.userId).value().size() == 2);
    CHECK(centre.dump() == laptop.dump());
}

TEST_CASE("A worker plans a day's visits to several families of their caseload at once", "[visits]")
{
    Visits v;
    QByteArray head;
    const QByteArray malaz = v.inDistrict(QStringLiteral("الملز"), QStringLiteral("نورة"), head);
    const QByteArray olaya = v.inDistrict(QStringLiteral("العليا"), QStringLiteral("مها"), head);
    for (const QByteArray &id : {v.family, malaz, olaya}) {
        registry::HouseholdData data = v.households.household(id).value();
        data.assignedWorker = v.omar.userId;
        REQUIRE(v.households.update(v.admin, id, data).ok());
    }
    REQUIRE(v.service.record(v.omar, v.report()).ok()); // visited today already

    auto caseload = v.service.assignedTo(v.omar.userId);
    REQUIRE(caseload.ok());
    QStringList areas;
    for (const CaseloadHousehold &h : caseload.value())
        areas << h.district;
    CHECK(areas == QStringList{QStringLiteral("العليا"), QStringLiteral("الملز"), QStringLiteral("النسيم")});
    CHECK(caseload.value().last().lastVisit == kToday);
    CHECK_FALSE(caseload.value().first().lastVisit.isValid());
    CHECK(v.service.assignedTo(v.lina.userId).value().isEmpty());

    // One already planned that day is left as it is; the others are planned.
    REQUIRE(v.service.plan(v.omar, malaz, kToday.addDays(2)).ok());
    auto planned = v.service.planMany(v.omar, {v.family, malaz, olaya}, kToday.addDays(2));
    REQUIRE(planned.ok());
    CHECK(planned.value() == 2);
    CHECK(v.service.planned(kToday.addDays(2), kToday.addDays(2), v.omar.userId).value().size() == 3);
    CHECK(v.service.assignedTo(v.omar.userId).value().first().nextPlanned == kToday.addDays(2));

    // All or nothing: one archived family stops the lot, naming its file.
    const QString olayaFile = v.households.household(olaya).value().fileNumber;
    REQUIRE(v.households.archive(v.admin, olaya, QStringLiteral("انتقلت")).ok());
    const qint64 before = v.rows();
    auto refused = v.service.planMany(v.omar, {v.family, olaya}, kToday.addDays(3));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(olayaFile));
    CHECK(v.rows() == before);
    CHECK(v.service.planMany(v.omar, {}, kToday.addDays(3)).error().code == ErrorCode::Invalid);
}

TEST_CASE("When two files of one family are merged, their home visits follow the family", "[visits]")
{
    Visits v;
    QByteArray head;
    const QByteArray twin = v.inDistrict(QStringLiteral("النسيم"), QStringLiteral("هيا"), head);
    const QByteArray planned = v.planned(v.omar, kToday.addDays(1));
    VisitReport r = v.report();
    r.householdId = twin;
    auto made = v.service.record(v.omar, r);
    REQUIRE(made.ok());
    REQUIRE(v.households.merge(v.salem, twin, v.family, QStringLiteral("ملفان للأسرة نفسها")).ok());
    CHECK(v.service.find(made.value()).value().householdId == v.family);
    CHECK(v.service.ofHousehold(v.family).value().size() == 2);
    CHECK(v.service.planned(kToday, kToday.addDays(1), v.omar.userId).value().first().id == planned);
}

namespace {

// Two laptops and the centre, a family and Omar's plan to visit it today, known to all three.
struct OfflineVisit {
    tamkeen::test::syncfixture::Org org{3};
    security::Session worker, supervisor;
    QByteArray family, plan;

    OfflineVisit()
    {
        using namespace tamkeen::test::syncfixture;
        Device &centre = org[0];
        security::UserService users(centre.db, security::HashCost::minimal());
        auto omar = users.add(centre.admin(), {QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker,
                                               QStringLiteral("correct horse battery")});
        auto salem = users.add(centre.admin(), {QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor,
                                                QStringLiteral("correct horse battery")});
        REQUIRE((omar.ok() && salem.ok()));
        worker = {omar.value(), QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker};
        supervisor = {salem.value(), QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor};
        registry::HouseholdData data;
        data.region = QStringLiteral("منطقة الرياض");
        data.city = QStringLiteral("الرياض");
        data.housingType = QStringLiteral("apartment");
        data.housingOwnership = QStringLiteral("rented");
        family = registry::HouseholdService(centre.db)
                     .create(centre.admin(), data, person(QStringLiteral("سلمى"), QStringLiteral("ناصر"),
                                                          QStringLiteral("الدوسري")))
                     .value();
        plan = VisitService(centre.db).plan(supervisor, family, kToday, worker.userId).value();
        org.exchange(centre, org[1]);
        org.exchange(centre, org[2]);
    }

    QByteArray record(tamkeen::test::syncfixture::Device &d, const QString &seen)
    {
        VisitReport r;
        r.plannedId = plan;
        r.householdId = family;
        r.visitedOn = kToday;
        r.outcome = QStringLiteral("met");
        r.observations = seen;
        auto id = VisitService(d.db).record(worker, r);
        REQUIRE(id.ok());
        return id.value();
    }
};

} // namespace

TEST_CASE("A plan cancelled at the centre while a laptop recorded the visit keeps the visit, in either order",
          "[visits][sync]")
{
    for (const bool laptopFirst : {true, false}) {
        INFO(laptopFirst);
        OfflineVisit o;
        auto &centre = o.org[0], &laptop = o.org[1];
        const QByteArray visit = o.record(laptop, QStringLiteral("الأسرة بخير"));
        REQUIRE(VisitService(centre.db).cancel(o.supervisor, o.plan, QStringLiteral("الأسرة مسافرة")).ok());
        if (laptopFirst)
            o.org.exchange(laptop, centre);
        else
            o.org.exchange(centre, laptop);
        for (auto *d : {&centre, &laptop}) {
            const Visit made = VisitService(d->db).find(visit).value();
            CHECK(made.status == VisitStatus::Done);
            CHECK(made.observations == QStringLiteral("الأسرة بخير"));
            CHECK(VisitService(d->db).planned(kToday, kToday).value().isEmpty());
        }
        CHECK(centre.dump() == laptop.dump());
    }
}

TEST_CASE("Two laptops that record the same plan offline each keep their own visit", "[visits][sync]")
{
    OfflineVisit o;
    auto &centre = o.org[0], &first = o.org[1], &second = o.org[2];
    const QByteArray a = o.record(first, QStringLiteral("زيارة الصباح"));
    const QByteArray b = o.record(second, QStringLiteral("زيارة المساء"));
    o.org.exchange(second, centre);
    o.org.exchange(first, centre);
    o.org.exchange(centre, second);
    const auto visits = VisitService(centre.db).ofHousehold(o.family).value();
    REQUIRE(visits.size() == 2);
    QStringList seen;
    for (const Visit &v : visits)
        seen << v.observations;
    seen.sort();
    CHECK(seen == QStringList{QStringLiteral("زيارة الصباح"), QStringLiteral("زيارة المساء")});
    CHECK(VisitService(centre.db).find(a).value().planId == o.plan);
    CHECK(VisitService(centre.db).find(b).value().planId == o.plan);
    CHECK(centre.dump() == first.dump());
    CHECK(centre.dump() == second.dump());
}

TEST_CASE("A visit recorded without choosing its plan closes the family's plans due by then", "[visits]")
{
    Visits v;
    const QByteArray today = v.planned(v.omar, kToday);
    const QByteArray later = v.planned(v.omar, kToday.addDays(5));
    // One left from last week, overdue: closed too.
    const QByteArray old = v.planned(v.omar, kToday.addDays(3));
    REQUIRE(storage::SyncedWriter(v.db).update(QStringLiteral("home_visits"), old,
                                               {{QStringLiteral("planned_on"), kToday.addDays(-6).toString(Qt::ISODate)}}).ok());
    auto made = v.service.record(v.omar, v.report());
    REQUIRE(made.ok());
    CHECK(v.service.find(made.value()).value().planId == today);
    CHECK(v.service.find(today).value().status == VisitStatus::Done);
    CHECK(v.service.find(later).value().status == VisitStatus::Planned); // a later plan stays
    CHECK(v.service.find(old).value().status == VisitStatus::Done);
    CHECK(v.service.planned(kToday.addDays(-30), kToday).value().isEmpty());
}

TEST_CASE("A supervisor typing in a worker's visit from paper credits the worker, whose route has the next visit",
          "[visits]")
{
    Visits v;
    const QByteArray plan = v.planned(v.salem, kToday, v.omar.userId);
    VisitReport r = v.report(plan);
    r.nextVisitOn = kToday.addDays(10);
    auto made = v.service.record(v.salem, r);
    REQUIRE(made.ok());
    CHECK(v.service.find(made.value()).value().workerId == v.omar.userId);
    CHECK(v.service.planned(kToday, kToday.addDays(10), v.omar.userId).value().size() == 1);
    CHECK(v.service.planned(kToday, kToday.addDays(10), v.salem.userId).value().isEmpty());
    // A field worker covering for a colleague is credited themselves.
    const QByteArray other = v.planned(v.salem, kToday.addDays(1), v.omar.userId);
    VisitReport covered = v.report(other);
    auto byLina = v.service.record(v.lina, covered);
    REQUIRE(byLina.ok());
    CHECK(v.service.find(byLina.value()).value().workerId == v.lina.userId);
}

TEST_CASE("A place a family already has is not replaced by one recorded at a visit", "[visits]")
{
    Visits v;
    registry::HouseholdData data = v.households.household(v.family).value();
    data.latitude = 21.4858;
    data.longitude = 39.1925;
    REQUIRE(v.households.update(v.admin, v.family, data).ok());
    VisitReport r = v.report();
    r.coordinates = QStringLiteral("24.7136, 46.6753");
    REQUIRE(v.service.record(v.omar, r).ok());
    CHECK(std::abs(*v.households.household(v.family).value().latitude - 21.4858) < 1e-9);
}

TEST_CASE("A person's own data shows their home visits in words: who was there, what was checked, the outcome",
          "[visits][subject]")
{
    Visits v;
    const QByteArray plan = v.planned(v.omar, kToday); // fulfilled by the visit: not a second visit
    VisitReport r = v.report(plan);
    r.presentMembers = {v.headId};
    r.answers = {{QStringLiteral("housing"), QStringLiteral("poor")}};
    r.outcome = QStringLiteral("met");
    REQUIRE(v.service.record(v.omar, r).ok());
    auto report = registry::SubjectReportBuilder::member(v.db, v.admin, v.headId);
    REQUIRE(report.ok());
    const auto section = std::find_if(report.value().sections.begin(), report.value().sections.end(),
                                      [](const auto &s) { return s.table == QStringLiteral("home_visits"); });
    REQUIRE(section != report.value().sections.end());
    REQUIRE(section->records.size() == 1);
    QStringList shown;
    for (const registry::SubjectField &f : section->records.first())
        shown << f.value.toString();
    const QString all = shown.join(u'|');
    INFO(all.toStdString());
    CHECK(all.contains(VisitService::statusLabel(VisitStatus::Done)));
    CHECK(all.contains(registry::Vocabulary::label(VisitService::outcomes(), QStringLiteral("met"))));
    CHECK(all.contains(VisitChecklist::builtIn().first().label + QStringLiteral(": ") + VisitChecklist::answerLabel(QStringLiteral("poor"))));
    CHECK(all.contains(QStringLiteral("سلمى")));
    CHECK_FALSE(all.contains(QString::fromLatin1(v.headId.toHex())));
}
