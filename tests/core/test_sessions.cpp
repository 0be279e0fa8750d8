// Counselling sessions: from appointments, corrections, agreed actions and confidentiality.
#include "ClinicFixture.h"

using namespace tamkeen;
using namespace tamkeen::clinic;
using namespace tamkeen::test::clinicfixture;
using security::Role;

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
        // Saved at 06:00 while the clock read 05:41: nineteen minutes ahead is the future too.
        d = Clinic::sessionData(m, huda, QDateTime::currentDateTime().addSecs(19 * 60));
        auto soon = c.sessions.record(huda, d);
        REQUIRE_FALSE(soon.ok());
        CHECK(soon.error().field == QStringLiteral("heldAt"));
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
