#include "clinic/AppointmentService.h"
#include "clinic/AssessmentService.h"
#include "clinic/ClinicViews.h"
#include "clinic/ClinicVocabulary.h"
#include "clinic/Scores.h"
#include "clinic/SessionService.h"
#include "registry/HouseholdService.h"
#include "registry/IncomeService.h"
#include "registry/MemberService.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QJsonArray>

using namespace tamkeen;
using namespace tamkeen::clinic;
using security::Role;

namespace {

registry::MemberData person(const QString &given, const QString &father, const QString &family,
                            const QString &relation = QStringLiteral("head"), const QString &sex = QStringLiteral("male"))
{
    registry::MemberData m;
    m.givenName = given;
    m.fatherName = father;
    m.familyName = family;
    m.sex = sex;
    m.birthDate = sex == QStringLiteral("male") ? QDate(1980, 5, 1) : QDate(1986, 9, 12);
    m.relation = relation;
    return m;
}

QDateTime at(const QDate &d, int hour, int minute = 0)
{
    return QDateTime(d, QTime(hour, minute));
}

QDateTime daysAgo(int n)
{
    const QDateTime now = QDateTime::currentDateTime().addDays(-n);
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()));
}

struct Clinic {
    std::unique_ptr<test::TestDb> t = test::makeSetUpDb();
    storage::Database &db = *t->db;
    security::UserService users{db, security::HashCost::minimal()};
    registry::HouseholdService households{db};
    registry::IncomeService incomes{db};
    AppointmentService appointments{db};
    SessionService sessions{db};
    AssessmentService assessments{db};
    const security::Session &admin = t->admin;

    security::Session user(const QString &username, const QString &fullName, Role role)
    {
        auto id = users.add(admin, {username, fullName, role, QStringLiteral("correct horse battery")});
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        security::Session s;
        s.userId = id.value();
        s.username = username;
        s.fullName = fullName;
        s.role = role;
        return s;
    }

    // A household with `head`; returns the household id and sets `headId`.
    QByteArray household(const registry::MemberData &head, QByteArray &headId, const QDate &registered = {})
    {
        registry::HouseholdData h;
        h.region = QStringLiteral("منطقة الرياض");
        h.city = QStringLiteral("الرياض");
        h.phone = QStringLiteral("0551234567");
        h.housingType = QStringLiteral("apartment");
        h.housingOwnership = QStringLiteral("rented");
        h.monthlyRent = 1500;
        h.registrationDate = registered;
        auto id = households.create(admin, h, head);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        auto members = households.members().members(id.value());
        REQUIRE(members.ok());
        REQUIRE(members.value().size() == 1);
        headId = members.value().first().id;
        return id.value();
    }

    QByteArray member(const QString &given, const QString &father, const QString &family)
    {
        QByteArray m;
        household(person(given, father, family), m);
        return m;
    }

    QByteArray book(const security::Session &by, const QByteArray &memberId, const security::Session &counsellor,
                    const QDateTime &startsAt, int durationMin = 30)
    {
        auto id = appointments.book(by, appointment(memberId, counsellor, startsAt, durationMin));
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }

    static AppointmentData appointment(const QByteArray &memberId, const security::Session &counsellor,
                                       const QDateTime &startsAt, int durationMin = 30)
    {
        AppointmentData a;
        a.memberId = memberId;
        a.counsellorId = counsellor.userId;
        a.startsAt = startsAt;
        a.durationMin = durationMin;
        a.types = {QStringLiteral("economic")};
        a.place = QStringLiteral("centre");
        return a;
    }

    static SessionData sessionData(const QByteArray &memberId, const security::Session &counsellor, const QDateTime &heldAt,
                                   const QStringList &types = {QStringLiteral("economic")})
    {
        SessionData d;
        d.memberId = memberId;
        d.counsellorId = counsellor.userId;
        d.heldAt = heldAt;
        d.durationMin = 45;
        d.types = types;
        d.mode = QStringLiteral("centre");
        d.needs = QStringLiteral("Needs a steady income");
        d.observations = QStringLiteral("Motivated, has tailoring skills");
        d.recommendations = QStringLiteral("Join the sewing course");
        return d;
    }

    QByteArray record(const security::Session &by, const SessionData &d, const QList<NewAction> &actions = {},
                      const QByteArray &appointmentId = {}, const std::optional<QDateTime> &next = {})
    {
        auto id = sessions.record(by, d, actions, appointmentId, next);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }
};

QJsonObject who5Data(const QList<int> &items)
{
    QJsonArray a;
    for (int v : items)
        a.append(v);
    return QJsonObject{{QStringLiteral("items"), a}};
}

bool closeToNow(const QDateTime &t)
{
    return t.isValid() && qAbs(t.secsTo(QDateTime::currentDateTime())) <= 120;
}

} // namespace

// ---------------------------------------------------------------- appointments

TEST_CASE("Booking an appointment that overlaps another of the same counsellor warns and names the first appointment",
          "[clinic]")
{
    Clinic c;
    const auto counsellor = c.user(QStringLiteral("huda"), QStringLiteral("هدى الشمري"), Role::Counsellor);
    const auto other = c.user(QStringLiteral("khalid"), QStringLiteral("خالد العتيبي"), Role::Counsellor);
    const QByteArray m1 = c.member(QStringLiteral("أحمد"), QStringLiteral("محمد"), QStringLiteral("القحطاني"));
    const QByteArray m2 = c.member(QStringLiteral("فاطمة"), QStringLiteral("سعيد"), QStringLiteral("الدوسري"));
    const QDate day(2030, 3, 10);

    const QByteArray first = c.book(counsellor, m1, counsellor, at(day, 10, 0), 30); // 10:00–10:30
    auto booked = c.appointments.appointment(first);
    REQUIRE(booked.ok());
    CHECK(booked.value().status == QStringLiteral("booked"));
    CHECK(booked.value().startsAt == at(day, 10, 0));
    CHECK(booked.value().endsAt() == at(day, 10, 30));
    CHECK(booked.value().counsellorName == QStringLiteral("هدى الشمري"));
    CHECK(booked.value().memberName == QStringLiteral("أحمد محمد القحطاني"));

    SECTION("an overlapping booking is refused with the first appointment as subject, then accepted on request")
    {
        auto clash = c.appointments.book(counsellor, Clinic::appointment(m2, counsellor, at(day, 10, 15), 30));
        REQUIRE_FALSE(clash.ok());
        CHECK(clash.error().code == ErrorCode::PossibleDuplicate);
        CHECK(clash.error().subject == first);
        CHECK(clash.error().field == QStringLiteral("startsAt"));
        CHECK(c.appointments.day(day, counsellor.userId).value().size() == 1);

        // One that starts before and runs into the first is an overlap too.
        auto before = c.appointments.book(counsellor, Clinic::appointment(m2, counsellor, at(day, 9, 45), 30));
        REQUIRE_FALSE(before.ok());
        CHECK(before.error().subject == first);

        auto accepted = c.appointments.book(counsellor, Clinic::appointment(m2, counsellor, at(day, 10, 15), 30), true);
        REQUIRE(accepted.ok());
        CHECK(accepted.value() != first);
        CHECK(c.appointments.day(day, counsellor.userId).value().size() == 2);
    }
    SECTION("a booking that starts when the first ends, or ends when it starts, is not warned")
    {
        CHECK(c.appointments.book(counsellor, Clinic::appointment(m2, counsellor, at(day, 10, 30), 30)).ok());
        CHECK(c.appointments.book(counsellor, Clinic::appointment(m2, counsellor, at(day, 9, 30), 30)).ok());
        CHECK(c.appointments.day(day, counsellor.userId).value().size() == 3);
    }
    SECTION("another counsellor at the same time is not warned")
    {
        CHECK(c.appointments.book(counsellor, Clinic::appointment(m2, other, at(day, 10, 0), 30)).ok());
    }
    SECTION("a cancelled appointment no longer blocks its time")
    {
        REQUIRE(c.appointments.setStatus(counsellor, first, QStringLiteral("cancelled"), QStringLiteral("ill")).ok());
        CHECK(c.appointments.book(counsellor, Clinic::appointment(m2, counsellor, at(day, 10, 0), 30)).ok());
    }
    SECTION("an appointment without a place or with an unknown type is refused")
    {
        AppointmentData a = Clinic::appointment(m2, counsellor, at(day, 14, 0));
        a.place = QStringLiteral("beach");
        CHECK(c.appointments.book(counsellor, a).error().field == QStringLiteral("place"));
        a.place = QStringLiteral("phone");
        a.types = {QStringLiteral("astrology")};
        CHECK(c.appointments.book(counsellor, a).error().field == QStringLiteral("types"));
    }
}

TEST_CASE("An appointment's status changes once from booked, each change kept with who made it and when", "[clinic]")
{
    Clinic c;
    const auto counsellor = c.user(QStringLiteral("huda"), QStringLiteral("هدى الشمري"), Role::Counsellor);
    const auto worker = c.user(QStringLiteral("salem"), QStringLiteral("سالم الحربي"), Role::FieldWorker);
    const QByteArray m = c.member(QStringLiteral("أحمد"), QStringLiteral("محمد"), QStringLiteral("القحطاني"));
    const QByteArray other = c.member(QStringLiteral("فاطمة"), QStringLiteral("سعيد"), QStringLiteral("الدوسري"));
    const QDate day(2030, 3, 10);

    const QByteArray missed = c.book(worker, m, counsellor, at(day, 9));
    const QByteArray came = c.book(worker, m, counsellor, at(day, 10));
    const QByteArray called = c.book(worker, m, counsellor, at(day, 11));

    REQUIRE(c.appointments.setStatus(counsellor, missed, QStringLiteral("no_show")).ok());
    REQUIRE(c.appointments.setStatus(counsellor, came, QStringLiteral("attended")).ok());
    CHECK(c.appointments.appointment(missed).value().status == QStringLiteral("no_show"));
    CHECK(c.appointments.appointment(came).value().status == QStringLiteral("attended"));

    // Cancelling needs a reason.
    auto noReason = c.appointments.setStatus(counsellor, called, QStringLiteral("cancelled"), QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == ErrorCode::Invalid);
    CHECK(noReason.error().field == QStringLiteral("reason"));
    CHECK(c.appointments.appointment(called).value().status == QStringLiteral("booked"));
    REQUIRE(c.appointments.setStatus(counsellor, called, QStringLiteral("cancelled"), QStringLiteral("Family emergency")).ok());
    CHECK(c.appointments.appointment(called).value().status == QStringLiteral("cancelled"));

    // A second change is refused.
    auto again = c.appointments.setStatus(counsellor, missed, QStringLiteral("attended"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(c.appointments.appointment(missed).value().status == QStringLiteral("no_show"));
    CHECK(c.appointments.setStatus(counsellor, called, QStringLiteral("no_show")).error().code == ErrorCode::Conflict);
    // "booked" is not a status one sets.
    const QByteArray open = c.book(worker, m, counsellor, at(day, 13));
    CHECK(c.appointments.setStatus(counsellor, open, QStringLiteral("booked")).error().code == ErrorCode::Invalid);

    auto history = c.appointments.history(called);
    REQUIRE(history.ok());
    REQUIRE(history.value().size() == 2);
    CHECK(history.value()[0].status == QStringLiteral("booked"));
    CHECK(history.value()[0].by == worker.userId);
    CHECK(history.value()[0].byName == QStringLiteral("سالم الحربي"));
    CHECK(closeToNow(history.value()[0].at));
    CHECK(history.value()[1].status == QStringLiteral("cancelled"));
    CHECK(history.value()[1].previousStatus == QStringLiteral("booked"));
    CHECK(history.value()[1].by == counsellor.userId);
    CHECK(history.value()[1].byName == QStringLiteral("هدى الشمري"));
    CHECK(history.value()[1].reason == QStringLiteral("Family emergency"));
    CHECK(closeToNow(history.value()[1].at));
    CHECK(c.appointments.history(missed).value().size() == 2);

    SECTION("a second no-show is counted")
    {
        CHECK(c.appointments.noShows(m).value() == 1);
        const QByteArray later = c.book(worker, m, counsellor, at(day.addDays(7), 9));
        REQUIRE(c.appointments.setStatus(counsellor, later, QStringLiteral("no_show")).ok());
        CHECK(c.appointments.noShows(m).value() == 2);
        CHECK(c.appointments.noShows(other).value() == 0);
    }
    SECTION("rescheduling marks the old appointment and books the new one")
    {
        auto moved = c.appointments.reschedule(counsellor, open, at(day.addDays(1), 12), QStringLiteral("Asked by phone"));
        REQUIRE(moved.ok());
        auto old = c.appointments.appointment(open);
        REQUIRE(old.ok());
        CHECK(old.value().status == QStringLiteral("rescheduled"));
        CHECK(old.value().rescheduledTo == moved.value());
        auto fresh = c.appointments.appointment(moved.value());
        REQUIRE(fresh.ok());
        CHECK(fresh.value().status == QStringLiteral("booked"));
        CHECK(fresh.value().startsAt == at(day.addDays(1), 12));
        CHECK(fresh.value().memberId == m);
        CHECK(fresh.value().counsellorId == counsellor.userId);
        CHECK(fresh.value().types == QStringList{QStringLiteral("economic")});
        auto h = c.appointments.history(open).value();
        REQUIRE(h.size() == 2);
        CHECK(h.last().status == QStringLiteral("rescheduled"));
        CHECK(h.last().reason == QStringLiteral("Asked by phone"));
    }
    SECTION("rescheduling onto a taken time changes nothing")
    {
        const QByteArray busy = c.book(worker, other, counsellor, at(day.addDays(2), 9));
        auto moved = c.appointments.reschedule(counsellor, open, at(day.addDays(2), 9), QStringLiteral("Asked by phone"));
        REQUIRE_FALSE(moved.ok());
        CHECK(moved.error().code == ErrorCode::PossibleDuplicate);
        CHECK(moved.error().subject == busy);
        CHECK(c.appointments.appointment(open).value().status == QStringLiteral("booked"));
        CHECK(c.appointments.appointment(open).value().rescheduledTo.isEmpty());
        CHECK(c.appointments.day(day.addDays(2)).value().size() == 1);
    }
}

TEST_CASE("The day's queue records arrival and call-in, and the day lists appointments in time order", "[clinic]")
{
    Clinic c;
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى الشمري"), Role::Counsellor);
    const auto khalid = c.user(QStringLiteral("khalid"), QStringLiteral("خالد العتيبي"), Role::Counsellor);
    const QByteArray m = c.member(QStringLiteral("أحمد"), QStringLiteral("محمد"), QStringLiteral("القحطاني"));
    const QDate day(2030, 3, 10);

    const QByteArray afternoon = c.book(huda, m, huda, at(day, 14));
    const QByteArray early = c.book(huda, m, khalid, at(day, 9));
    const QByteArray late = c.book(huda, m, huda, at(day, 11));
    c.book(huda, m, huda, at(day.addDays(1), 8));
    c.book(huda, m, huda, at(day.addDays(-1), 23, 30));

    auto hudaDay = c.appointments.day(day, huda.userId);
    REQUIRE(hudaDay.ok());
    REQUIRE(hudaDay.value().size() == 2);
    CHECK(hudaDay.value()[0].id == late);
    CHECK(hudaDay.value()[1].id == afternoon);

    auto centreDay = c.appointments.day(day);
    REQUIRE(centreDay.ok());
    REQUIRE(centreDay.value().size() == 3);
    CHECK(centreDay.value()[0].id == early);
    CHECK(centreDay.value()[1].id == late);
    CHECK(centreDay.value()[2].id == afternoon);

    CHECK_FALSE(c.appointments.appointment(late).value().arrivedAt.isValid());
    REQUIRE(c.appointments.markArrived(huda, late).ok());
    auto arrived = c.appointments.appointment(late).value();
    CHECK(closeToNow(arrived.arrivedAt));
    CHECK_FALSE(arrived.startedAt.isValid());
    REQUIRE(c.appointments.markStarted(huda, late).ok());
    auto started = c.appointments.appointment(late).value();
    CHECK(closeToNow(started.startedAt));
    CHECK(started.arrivedAt == arrived.arrivedAt);

    // Called in without being marked arrived: arrival is the call-in time.
    REQUIRE(c.appointments.markStarted(huda, afternoon).ok());
    CHECK(closeToNow(c.appointments.appointment(afternoon).value().arrivedAt));

    // Only booked appointments join the queue.
    REQUIRE(c.appointments.setStatus(khalid, early, QStringLiteral("no_show")).ok());
    CHECK(c.appointments.markArrived(khalid, early).error().code == ErrorCode::Conflict);
    CHECK(c.appointments.markStarted(khalid, early).error().code == ErrorCode::Conflict);
    CHECK(c.appointments.markArrived(khalid, QByteArray("no such id")).error().code == ErrorCode::NotFound);
}

// ---------------------------------------------------------------- sessions

TEST_CASE("Recording a session marks its appointment attended and can book the next one", "[clinic]")
{
    Clinic c;
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى الشمري"), Role::Counsellor);
    const auto worker = c.user(QStringLiteral("salem"), QStringLiteral("سالم الحربي"), Role::FieldWorker);
    const QByteArray m = c.member(QStringLiteral("أحمد"), QStringLiteral("محمد"), QStringLiteral("القحطاني"));
    const QByteArray other = c.member(QStringLiteral("فاطمة"), QStringLiteral("سعيد"), QStringLiteral("الدوسري"));
    const QDateTime held = daysAgo(1);

    SECTION("from an appointment")
    {
        const QByteArray appt = c.book(worker, m, huda, held);
        const QByteArray sid = c.record(huda, Clinic::sessionData(m, huda, held), {}, appt);
        auto a = c.appointments.appointment(appt);
        REQUIRE(a.ok());
        CHECK(a.value().status == QStringLiteral("attended"));
        CHECK(a.value().sessionId == sid);
        CHECK(c.appointments.history(appt).value().last().by == huda.userId);
        auto s = c.sessions.session(huda, sid);
        REQUIRE(s.ok());
        CHECK(s.value().appointmentId == appt);
        CHECK(s.value().heldAt == held);
        CHECK(s.value().counsellorName == QStringLiteral("هدى الشمري"));
        CHECK(s.value().needs == QStringLiteral("Needs a steady income"));
        CHECK_FALSE(s.value().confidential);
        CHECK_FALSE(s.value().withheld);

        // A second session on the same appointment (another window) is refused,
        // and so is one on a cancelled appointment; nothing is written.
        const qint64 sessions = c.db.scalar(QStringLiteral("SELECT count(*) FROM sessions")).value().toLongLong();
        auto twice = c.sessions.record(huda, Clinic::sessionData(m, huda, held), {}, appt);
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().code == ErrorCode::Conflict);
        const QByteArray cancelled = c.book(worker, m, huda, daysAgo(2));
        REQUIRE(c.appointments.setStatus(worker, cancelled, QStringLiteral("cancelled"), QStringLiteral("ill")).ok());
        auto onCancelled = c.sessions.record(huda, Clinic::sessionData(m, huda, daysAgo(2)), {}, cancelled);
        REQUIRE_FALSE(onCancelled.ok());
        CHECK(onCancelled.error().code == ErrorCode::Conflict);
        CHECK(c.appointments.appointment(cancelled).value().sessionId.isEmpty());
        CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM sessions")).value().toLongLong() == sessions);
    }
    SECTION("with the next appointment")
    {
        const QDateTime next = at(QDate::currentDate().addDays(14), 10);
        const QByteArray sid = c.record(huda, Clinic::sessionData(m, huda, held), {}, {}, next);
        auto booked = c.appointments.ofMember(m);
        REQUIRE(booked.ok());
        REQUIRE(booked.value().size() == 1);
        CHECK(booked.value()[0].startsAt == next);
        CHECK(booked.value()[0].status == QStringLiteral("booked"));
        CHECK(booked.value()[0].counsellorId == huda.userId);
        CHECK(booked.value()[0].durationMin == 45);
        CHECK(c.sessions.ofMember(huda, m).value().first().id == sid);
    }
    SECTION("a next appointment that clashes refuses the whole session")
    {
        const QDateTime next = at(QDate::currentDate().addDays(14), 10);
        const QByteArray busy = c.book(worker, other, huda, next);
        auto refused = c.sessions.record(huda, Clinic::sessionData(m, huda, held), {}, {}, next);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PossibleDuplicate);
        CHECK(refused.error().subject == busy);
        CHECK(c.sessions.ofMember(huda, m).value().isEmpty());
        CHECK(c.appointments.ofMember(m).value().isEmpty());
    }
    SECTION("an appointment of another member refuses the session")
    {
        const QByteArray appt = c.book(worker, other, huda, held);
        auto refused = c.sessions.record(huda, Clinic::sessionData(m, huda, held), {}, appt);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("appointment"));
        CHECK(c.sessions.ofMember(huda, m).value().isEmpty());
        CHECK(c.appointments.appointment(appt).value().status == QStringLiteral("booked"));
    }
    SECTION("field workers and administrators cannot record sessions")
    {
        auto byWorker = c.sessions.record(worker, Clinic::sessionData(m, huda, held));
        REQUIRE_FALSE(byWorker.ok());
        CHECK(byWorker.error().code == ErrorCode::PermissionDenied);
        auto byAdmin = c.sessions.record(c.admin, Clinic::sessionData(m, huda, held));
        REQUIRE_FALSE(byAdmin.ok());
        CHECK(byAdmin.error().code == ErrorCode::PermissionDenied);
        CHECK(c.sessions.ofMember(huda, m).value().isEmpty());
    }
    SECTION("invalid sessions name the field")
    {
        SessionData d = Clinic::sessionData(m, huda, held);
        d.types.clear();
        CHECK(c.sessions.record(huda, d).error().field == QStringLiteral("types"));
        d = Clinic::sessionData(m, huda, held, {QStringLiteral("astrology")});
        CHECK(c.sessions.record(huda, d).error().field == QStringLiteral("types"));
        d = Clinic::sessionData(m, huda, QDateTime::currentDateTime().addDays(2));
        auto future = c.sessions.record(huda, d);
        REQUIRE_FALSE(future.ok());
        CHECK(future.error().code == ErrorCode::Invalid);
        CHECK(future.error().field == QStringLiteral("heldAt"));
        d = Clinic::sessionData(m, huda, held);
        d.mode = QStringLiteral("carrier pigeon");
        CHECK(c.sessions.record(huda, d).error().field == QStringLiteral("mode"));
        d = Clinic::sessionData(m, huda, held);
        CHECK(c.sessions.record(huda, d, {{QStringLiteral("Apply"), QStringLiteral("nobody"), QDate::currentDate()}})
                  .error()
                  .field
              == QStringLiteral("responsible"));
        CHECK(c.sessions.ofMember(huda, m).value().isEmpty());
    }
}

TEST_CASE("Correcting a session keeps the original value, the reason and who corrected it", "[clinic]")
{
    Clinic c;
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى الشمري"), Role::Counsellor);
    const auto worker = c.user(QStringLiteral("salem"), QStringLiteral("سالم الحربي"), Role::FieldWorker);
    const QByteArray m = c.member(QStringLiteral("أحمد"), QStringLiteral("محمد"), QStringLiteral("القحطاني"));
    const QByteArray sid = c.record(huda, Clinic::sessionData(m, huda, daysAgo(3)));
    SessionData corrected = c.sessions.session(huda, sid).value();

    SECTION("an amendment with a reason")
    {
        corrected.needs = QStringLiteral("Needs a steady income and childcare");
        REQUIRE(c.sessions.amend(huda, sid, corrected, QStringLiteral("Forgot the childcare")).ok());
        CHECK(c.sessions.session(huda, sid).value().needs == QStringLiteral("Needs a steady income and childcare"));
        auto list = c.sessions.amendments(huda, sid);
        REQUIRE(list.ok());
        REQUIRE(list.value().size() == 1);
        const Amendment &a = list.value().first();
        CHECK(a.field == QStringLiteral("needs"));
        CHECK(a.oldValue == QStringLiteral("Needs a steady income"));
        CHECK(a.newValue == QStringLiteral("Needs a steady income and childcare"));
        CHECK(a.reason == QStringLiteral("Forgot the childcare"));
        CHECK(a.by == huda.userId);
        CHECK(a.byName == QStringLiteral("هدى الشمري"));
        CHECK(closeToNow(a.at));
        CHECK_FALSE(a.withheld);

        // A second amendment of two fields adds two more.
        corrected.recommendations = QStringLiteral("Join the bakery course");
        corrected.durationMin = 60;
        REQUIRE(c.sessions.amend(huda, sid, corrected, QStringLiteral("Changed course")).ok());
        CHECK(c.sessions.amendments(huda, sid).value().size() == 3);
        CHECK(c.sessions.session(huda, sid).value().durationMin == 60);
    }
    SECTION("an amendment without a reason is refused")
    {
        corrected.needs = QStringLiteral("Something else");
        auto refused = c.sessions.amend(huda, sid, corrected, QStringLiteral("   "));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("reason"));
        CHECK(c.sessions.session(huda, sid).value().needs == QStringLiteral("Needs a steady income"));
        CHECK(c.sessions.amendments(huda, sid).value().isEmpty());
    }
    SECTION("amending nothing records nothing")
    {
        REQUIRE(c.sessions.amend(huda, sid, corrected, QStringLiteral("Just checking")).ok());
        CHECK(c.sessions.amendments(huda, sid).value().isEmpty());
    }
    SECTION("a field worker cannot amend")
    {
        corrected.needs = QStringLiteral("Something else");
        CHECK(c.sessions.amend(worker, sid, corrected, QStringLiteral("Why not")).error().code
              == ErrorCode::PermissionDenied);
        CHECK(c.sessions.session(huda, sid).value().needs == QStringLiteral("Needs a steady income"));
    }
}

TEST_CASE("Agreed actions fall due, overdue first, until they are completed", "[clinic]")
{
    Clinic c;
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى الشمري"), Role::Counsellor);
    const auto khalid = c.user(QStringLiteral("khalid"), QStringLiteral("خالد العتيبي"), Role::Counsellor);
    const QByteArray m = c.member(QStringLiteral("أحمد"), QStringLiteral("محمد"), QStringLiteral("القحطاني"));
    const QDate today = QDate::currentDate();
    const QByteArray sid = c.record(
        huda, Clinic::sessionData(m, huda, daysAgo(10)),
        {{QStringLiteral("Bring the ID copies"), QStringLiteral("beneficiary"), today},
         {QStringLiteral("Call the training centre"), QStringLiteral("counsellor"), today.addDays(-5)},
         {QStringLiteral("Visit the workshop"), QStringLiteral("field_worker"), today.addDays(10)}});

    auto all = c.sessions.actions(huda, sid);
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 3);
    CHECK(all.value()[0].description == QStringLiteral("Call the training centre"));
    CHECK(all.value()[0].memberId == m);

    auto due = c.sessions.dueActions(huda, today);
    REQUIRE(due.ok());
    REQUIRE(due.value().size() == 2);
    CHECK(due.value()[0].description == QStringLiteral("Call the training centre")); // overdue first
    CHECK(due.value()[0].dueDate == today.addDays(-5));
    CHECK(due.value()[1].description == QStringLiteral("Bring the ID copies"));
    CHECK(due.value()[1].responsible == QStringLiteral("beneficiary"));
    CHECK(due.value()[1].memberName == QStringLiteral("أحمد محمد القحطاني"));
    CHECK(c.sessions.dueActions(huda, today, huda.userId).value().size() == 2);
    CHECK(c.sessions.dueActions(huda, today, khalid.userId).value().isEmpty());
    CHECK(c.sessions.dueActions(huda, today.addDays(10)).value().size() == 3);

    const QByteArray overdue = due.value()[0].id;
    const QByteArray dueToday = due.value()[1].id;
    REQUIRE(c.sessions.completeAction(huda, overdue, today).ok());
    due = c.sessions.dueActions(huda, today);
    REQUIRE(due.value().size() == 1);
    CHECK(due.value()[0].id == dueToday);
    for (const AgreedAction &a : c.sessions.actions(huda, sid).value()) {
        if (a.id == overdue) {
            CHECK(a.doneOn == today);
        } else {
            CHECK_FALSE(a.doneOn.isValid());
        }
    }

    auto future = c.sessions.completeAction(huda, dueToday, today.addDays(1));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().field == QStringLiteral("doneOn"));
    // Done once only; an unknown action is reported, not silently accepted.
    auto again = c.sessions.completeAction(huda, overdue, today);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    auto unknown = c.sessions.completeAction(huda, QByteArray(16, 'x'), today);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(c.sessions.dueActions(huda, today).value().size() == 1);

    // Added later, to the same session.
    auto added = c.sessions.addAction(huda, sid, {QStringLiteral("Open a bank account"), QStringLiteral("partner"),
                                                  today.addDays(-1)});
    REQUIRE(added.ok());
    due = c.sessions.dueActions(huda, today);
    REQUIRE(due.value().size() == 2);
    CHECK(due.value()[0].id == added.value());
    CHECK(c.sessions.addAction(huda, sid, {QStringLiteral(" "), QStringLiteral("partner"), today}).error().field
          == QStringLiteral("description"));
}

// ---------------------------------------------------------------- confidentiality

TEST_CASE("Psychological notes and wellbeing answers are hidden from field workers and administrators", "[clinic]")
{
    Clinic c;
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى الشمري"), Role::Counsellor);
    const auto supervisor = c.user(QStringLiteral("mona"), QStringLiteral("منى الزهراني"), Role::Supervisor);
    const auto worker = c.user(QStringLiteral("salem"), QStringLiteral("سالم الحربي"), Role::FieldWorker);
    QByteArray m;
    const QByteArray hh = c.household(person(QStringLiteral("أحمد"), QStringLiteral("محمد"), QStringLiteral("القحطاني")), m);

    const QStringList secrets = {QStringLiteral("SECRET-NEEDS"), QStringLiteral("SECRET-OBS"),
                                 QStringLiteral("SECRET-REC"), QStringLiteral("SECRET-PSY"),
                                 QStringLiteral("SECRET-PSY-2"), QStringLiteral("ECON-PSY")};
    SessionData psych = Clinic::sessionData(m, huda, daysAgo(5), {QStringLiteral("social"), QStringLiteral("psychological")});
    psych.needs = secrets[0];
    psych.observations = secrets[1];
    psych.recommendations = secrets[2];
    psych.psychNotes = secrets[3];
    const QByteArray psychId = c.record(huda, psych);
    psych.psychNotes = secrets[4];
    REQUIRE(c.sessions.amend(huda, psychId, psych, QStringLiteral("Added after supervision")).ok());

    SessionData econ = Clinic::sessionData(m, huda, daysAgo(2), {QStringLiteral("economic")});
    econ.observations = QStringLiteral("ECON-OBS");
    econ.psychNotes = secrets[5];
    const QByteArray econId = c.record(huda, econ);
    SessionData econCorrected = econ;
    econCorrected.psychNotes = QStringLiteral("ECON-PSY-2");
    REQUIRE(c.sessions.amend(huda, econId, econCorrected, QStringLiteral("More detail")).ok());

    const QByteArray plainId = c.record(huda, Clinic::sessionData(m, huda, daysAgo(1)));
    REQUIRE(c.assessments.record(huda, m, QStringLiteral("wellbeing"), QDate::currentDate().addDays(-5),
                                 who5Data({1, 1, 1, 1, 1}), psychId)
                .ok());

    const auto mentionsSecret = [&](const QString &text) {
        for (const QString &s : secrets) {
            if (text.contains(s))
                return true;
        }
        return text.contains(QStringLiteral("ECON-PSY-2"));
    };

    for (const security::Session &reader : {worker, c.admin}) {
        INFO(("reader " + reader.username.toStdString()));
        auto s = c.sessions.session(reader, psychId);
        REQUIRE(s.ok());
        CHECK(s.value().confidential);
        CHECK(s.value().withheld);
        CHECK(s.value().needs.isEmpty());
        CHECK(s.value().observations.isEmpty());
        CHECK(s.value().recommendations.isEmpty());
        CHECK(s.value().psychNotes.isEmpty());
        CHECK(s.value().types.contains(QStringLiteral("psychological"))); // that it happened is not hidden

        auto e = c.sessions.session(reader, econId);
        REQUIRE(e.ok());
        CHECK_FALSE(e.value().confidential);
        CHECK(e.value().withheld);
        CHECK(e.value().psychNotes.isEmpty());
        CHECK(e.value().observations == QStringLiteral("ECON-OBS"));

        auto plain = c.sessions.session(reader, plainId);
        REQUIRE(plain.ok());
        CHECK_FALSE(plain.value().withheld);
        CHECK(plain.value().observations == QStringLiteral("Motivated, has tailoring skills"));

        auto list = c.sessions.ofMember(reader, m);
        REQUIRE(list.ok());
        REQUIRE(list.value().size() == 3);
        for (const CounsellingSession &one : list.value()) {
            CHECK_FALSE(mentionsSecret(one.needs + one.observations + one.recommendations + one.psychNotes));
            if (one.id != plainId) {
                CHECK(one.withheld);
            }
        }

        for (const QByteArray &id : {psychId, econId}) {
            auto amendments = c.sessions.amendments(reader, id);
            REQUIRE(amendments.ok());
            REQUIRE(amendments.value().size() == 1);
            CHECK(amendments.value()[0].field == QStringLiteral("psych_notes"));
            CHECK(amendments.value()[0].withheld);
            CHECK(amendments.value()[0].oldValue.isEmpty());
            CHECK(amendments.value()[0].newValue.isEmpty());
            CHECK(amendments.value()[0].by == huda.userId);
        }

        auto wellbeing = c.assessments.history(reader, m, QStringLiteral("wellbeing"));
        REQUIRE(wellbeing.ok());
        REQUIRE(wellbeing.value().size() == 1);
        CHECK(wellbeing.value()[0].withheld);
        CHECK(wellbeing.value()[0].data.isEmpty());
        CHECK(wellbeing.value()[0].score == 0);
        CHECK(wellbeing.value()[0].assessedOn == QDate::currentDate().addDays(-5));

        auto latest = c.assessments.latest(reader, m);
        REQUIRE(latest.ok());
        REQUIRE(latest.value().size() == 1);
        CHECK(latest.value()[0].kind == QStringLiteral("wellbeing"));
        CHECK(latest.value()[0].withheld);
        CHECK(latest.value()[0].data.isEmpty());
        CHECK(latest.value()[0].score == 0);

        auto timeline = ClinicViews::timeline(c.db, reader, hh);
        REQUIRE(timeline.ok());
        int sessionsSeen = 0;
        for (const TimelineItem &item : timeline.value()) {
            CHECK_FALSE(mentionsSecret(item.title + item.detail));
            if (item.kind == TimelineItem::Kind::Session)
                ++sessionsSeen;
            if (item.kind == TimelineItem::Kind::Assessment) {
                CHECK(item.detail.isEmpty());
                CHECK_FALSE(item.title.contains(QStringLiteral("20")));
            }
        }
        CHECK(sessionsSeen == 3);
    }

    for (const security::Session &reader : {huda, supervisor}) {
        INFO(("reader " + reader.username.toStdString()));
        auto s = c.sessions.session(reader, psychId);
        REQUIRE(s.ok());
        CHECK(s.value().confidential);
        CHECK_FALSE(s.value().withheld);
        CHECK(s.value().needs == secrets[0]);
        CHECK(s.value().observations == secrets[1]);
        CHECK(s.value().recommendations == secrets[2]);
        CHECK(s.value().psychNotes == secrets[4]);
        CHECK(c.sessions.session(reader, econId).value().psychNotes == QStringLiteral("ECON-PSY-2"));
        CHECK_FALSE(c.sessions.session(reader, econId).value().withheld);

        auto amendments = c.sessions.amendments(reader, psychId);
        REQUIRE(amendments.ok());
        REQUIRE(amendments.value().size() == 1);
        CHECK_FALSE(amendments.value()[0].withheld);
        CHECK(amendments.value()[0].oldValue == secrets[3]);
        CHECK(amendments.value()[0].newValue == secrets[4]);

        auto wellbeing = c.assessments.history(reader, m, QStringLiteral("wellbeing"));
        REQUIRE(wellbeing.ok());
        REQUIRE(wellbeing.value().size() == 1);
        CHECK_FALSE(wellbeing.value()[0].withheld);
        CHECK(wellbeing.value()[0].score == 20);
        CHECK(wellbeing.value()[0].data.value(QStringLiteral("items")).toArray().size() == 5);
        CHECK(c.assessments.latest(reader, m).value()[0].score == 20);

        bool scoreShown = false;
        for (const TimelineItem &item : ClinicViews::timeline(c.db, reader, hh).value()) {
            CHECK_FALSE(mentionsSecret(item.title + item.detail)); // notes never reach the timeline
            if (item.kind == TimelineItem::Kind::Assessment)
                scoreShown = item.detail.contains(QStringLiteral("20"));
        }
        CHECK(scoreShown);
    }
}

// ---------------------------------------------------------------- scores

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

TEST_CASE("The agreed actions of a psychological session do not say what they are to other readers", "[clinic]")
{
    Clinic c;
    const security::Session huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    const security::Session omar = c.user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    const QByteArray m = c.member(QStringLiteral("سلمى"), QStringLiteral("ناصر"), QStringLiteral("الدوسري"));
    const QDate today = QDate::currentDate();
    auto sid = c.sessions.record(huda,
                                 Clinic::sessionData(m, huda, QDateTime::currentDateTime().addDays(-2),
                                                     {QStringLiteral("psychological")}),
                                 {{QStringLiteral("Call the support line"), QStringLiteral("beneficiary"), today}});
    REQUIRE(sid.ok());
    for (const security::Session &reader : {omar, c.admin}) {
        auto seen = c.sessions.actions(reader, sid.value());
        REQUIRE(seen.ok());
        REQUIRE(seen.value().size() == 1);
        CHECK(seen.value().first().withheld);
        CHECK(seen.value().first().description.isEmpty());
        CHECK(seen.value().first().dueDate == today); // when and who stay visible
        auto due = c.sessions.dueActions(reader, today);
        REQUIRE(due.ok());
        REQUIRE(due.value().size() == 1);
        CHECK(due.value().first().description.isEmpty());
    }
    auto counsellor = c.sessions.actions(huda, sid.value());
    REQUIRE(counsellor.ok());
    CHECK_FALSE(counsellor.value().first().withheld);
    CHECK(counsellor.value().first().description == QStringLiteral("Call the support line"));
}

TEST_CASE("What was written while a session was confidential stays hidden after its type changes", "[clinic]")
{
    Clinic c;
    const auto huda = c.user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    const auto omar = c.user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    const QByteArray m = c.member(QStringLiteral("سلمى"), QStringLiteral("ناصر"), QStringLiteral("الدوسري"));
    SessionData d = Clinic::sessionData(m, huda, daysAgo(1), {QStringLiteral("psychological")});
    d.needs = QStringLiteral("Grief after a loss");
    const QByteArray sid = c.record(huda, d);
    SessionData corrected = d;
    corrected.needs = QStringLiteral("Grief and sleeplessness");
    REQUIRE(c.sessions.amend(huda, sid, corrected, QStringLiteral("More precise")).ok());
    corrected.types = {QStringLiteral("economic")}; // no longer confidential
    corrected.needs = QStringLiteral("Work");
    REQUIRE(c.sessions.amend(huda, sid, corrected, QStringLiteral("Wrong type")).ok());

    auto seen = c.sessions.amendments(omar, sid);
    REQUIRE(seen.ok());
    for (const Amendment &a : seen.value()) {
        INFO(a.field.toStdString());
        CHECK_FALSE(a.oldValue.contains(QStringLiteral("Grief")));
        CHECK_FALSE(a.newValue.contains(QStringLiteral("Grief")));
    }
    bool anyWithheld = false;
    for (const Amendment &a : seen.value())
        anyWithheld = anyWithheld || a.withheld;
    CHECK(anyWithheld);
    // The session itself is no longer confidential: its current notes show.
    CHECK(c.sessions.session(omar, sid).value().needs == QStringLiteral("Work"));
    // A counsellor still reads the whole history.
    bool full = false;
    for (const Amendment &a : c.sessions.amendments(huda, sid).value())
        full = full || a.oldValue == QStringLiteral("Grief after a loss");
    CHECK(full);
}
