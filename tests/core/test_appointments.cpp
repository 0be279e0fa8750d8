// Appointments: booking, double booking, status changes, the queue and the day.
#include "ClinicFixture.h"

using namespace tamkeen;
using namespace tamkeen::clinic;
using namespace tamkeen::test::clinicfixture;
using security::Role;

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
