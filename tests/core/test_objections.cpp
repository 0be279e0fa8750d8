// Objections and complaints (issue 17 §6): received, assigned, investigated,
// decided, answered and appealed, each step by whom may take it; due by the
// days set per kind; the open and overdue lists; the time to close and the
// outcomes; what is refused leaves nothing; two copies agree.
#include "ClinicFixture.h"
#include "SyncFixture.h"
#include "casework/Objections.h"
#include "registry/HouseholdService.h"

using namespace tamkeen;
using namespace tamkeen::casework;
using namespace tamkeen::test::clinicfixture;
using Show = ObjectionFilter::Show;

namespace {

const QDate kToday = QDate::currentDate();

struct Desk : Clinic {
    Objections objections{db};
    security::Session salem = user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    security::Session omar = user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    security::Session huda = user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    QByteArray headId;
    QByteArray family = household(person(QStringLiteral("سلمى"), QStringLiteral("ناصر"), QStringLiteral("الدوسري")), headId);

    static ObjectionData objection(const QDate &on = kToday)
    {
        return {QStringLiteral("objection"), QStringLiteral("eligibility"), {}, on, QStringLiteral("in_person"),
                QStringLiteral("تقول الأسرة إن دخل الابن لم يعد قائمًا منذ شهرين")};
    }
    static ObjectionData complaint(const QDate &on = kToday)
    {
        return {QStringLiteral("complaint"), QStringLiteral("service"), {}, on, QStringLiteral("hotline"),
                QStringLiteral("تأخر الموعد ثلاث ساعات")};
    }
    qint64 rows() { return db.scalar(QStringLiteral("SELECT count(*) FROM objections")).value().toLongLong(); }
    QList<QByteArray> ids(Show show)
    {
        QList<QByteArray> list;
        auto found = objections.list({show, {}, {}}, kToday);
        REQUIRE(found.ok());
        for (const Objection &o : found.value())
            list << o.id;
        return list;
    }
};

} // namespace

TEST_CASE("An objection is received, assigned, looked into, decided, answered and appealed", "[objections]")
{
    Desk t;
    auto id = t.objections.receive(t.omar, t.family, Desk::objection(kToday.addDays(-3)));
    INFO((id ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    Objection o = t.objections.find(id.value()).value();
    CHECK(o.dueOn == kToday.addDays(-3 + Objections::kDefaultObjectionDays));
    CHECK(o.receivedByName == QStringLiteral("عمر"));
    CHECK_FALSE(o.closed());
    CHECK(t.ids(Show::Open) == QList<QByteArray>{id.value()});

    REQUIRE(t.objections.assign(t.salem, id.value(), t.huda.userId).ok());
    REQUIRE(t.objections.addNote(t.huda, id.value(), QStringLiteral("اتصلت بجهة العمل: انتهى العقد")).ok());
    REQUIRE(t.objections.addNote(t.omar, id.value(), QStringLiteral("زرت الأسرة ورأيت خطاب إنهاء الخدمة")).ok());
    o = t.objections.find(id.value()).value();
    CHECK(o.assignedName == QStringLiteral("هدى"));
    CHECK(o.notes.split(u'\n').size() == 2);
    CHECK(o.notes.contains(QStringLiteral("هدى: اتصلت بجهة العمل")));

    REQUIRE(t.objections.decide(t.salem, id.value(), QStringLiteral("upheld"), QStringLiteral("ثبت انقطاع الدخل")).ok());
    // The person it is assigned to drafts; the supervisor answers.
    CHECK(t.objections.answer(t.huda, id.value(), QStringLiteral("قُبل اعتراضكم"), kToday).error().code
          == ErrorCode::PermissionDenied);
    REQUIRE(t.objections.answer(t.salem, id.value(), QStringLiteral("قُبل اعتراضكم وأُعيد حساب الأهلية"), kToday).ok());
    o = t.objections.find(id.value()).value();
    CHECK(o.closed());
    CHECK(o.decision == QStringLiteral("upheld"));
    CHECK(o.repliedOn == kToday);
    CHECK(t.ids(Show::Open).isEmpty());
    CHECK(t.ids(Show::Closed) == QList<QByteArray>{id.value()});

    // Appealed once; a second appeal of the same decision is refused.
    auto appeal = t.objections.appeal(t.omar, id.value(), kToday, QStringLiteral("letter"), QStringLiteral("تطلب الأسرة صرف المستحقات بأثر رجعي"));
    REQUIRE(appeal.ok());
    const Objection a = t.objections.find(appeal.value()).value();
    CHECK(a.subject == QStringLiteral("appeal"));
    CHECK(a.appealOf == id.value());
    CHECK(t.objections.find(id.value()).value().appealed);
    CHECK(t.objections.appeal(t.omar, id.value(), kToday, QStringLiteral("letter"), QStringLiteral("مرة أخرى")).error().code
          == ErrorCode::Conflict);
    // The appeal, decided and answered, is final at the centre.
    REQUIRE(t.objections.decide(t.salem, appeal.value(), QStringLiteral("rejected"), QStringLiteral("صُرفت المستحقات كاملة")).ok());
    REQUIRE(t.objections.answer(t.salem, appeal.value(), QStringLiteral("رُفض التظلّم"), kToday).ok());
    CHECK(t.objections.appeal(t.omar, appeal.value(), kToday, QStringLiteral("letter"), QStringLiteral("ثالثة")).error().code
          == ErrorCode::Conflict);

    auto fig = t.objections.figures(kToday.addDays(-30), kToday, {}, kToday);
    REQUIRE(fig.ok());
    CHECK(fig.value().received == 2);
    CHECK(fig.value().closed == 2);
    CHECK(fig.value().medianDaysToClose == 1.5); // 3 days and 0
    CHECK(fig.value().openNow == 0);
    CHECK(fig.value().outcomes
          == QList<std::pair<QString, int>>{{QStringLiteral("upheld"), 1}, {QStringLiteral("rejected"), 1}});
    // Nothing received in a period: zeros, not an error.
    auto none = t.objections.figures(kToday.addYears(-3), kToday.addYears(-2), {}, kToday);
    REQUIRE(none.ok());
    CHECK(none.value().received == 0);
    CHECK(none.value().closed == 0);
}

TEST_CASE("What cannot be right, or is not the user's to do, is refused and nothing is written", "[objections]")
{
    Desk t;
    const auto field = [&](ObjectionData d) {
        auto r = t.objections.receive(t.omar, t.family, d);
        REQUIRE_FALSE(r.ok());
        return r.error().field;
    };
    CHECK(field(Desk::objection(kToday.addDays(1))) == QStringLiteral("receivedOn"));
    ObjectionData d = Desk::objection();
    d.channel = QStringLiteral("pigeon");
    CHECK(field(d) == QStringLiteral("channel"));
    d = Desk::complaint();
    d.subject = QStringLiteral("eligibility"); // a complaint is about a service
    CHECK(field(d) == QStringLiteral("subject"));
    d = Desk::objection();
    d.subject = QStringLiteral("appeal"); // appeals come through appeal()
    CHECK(field(d) == QStringLiteral("subject"));
    d = Desk::objection();
    d.summary = QStringLiteral("   ");
    CHECK(field(d) == QStringLiteral("summary"));
    QByteArray otherHead;
    t.household(person(QStringLiteral("نورة"), QStringLiteral("علي"), QStringLiteral("الحربي")), otherHead);
    d = Desk::objection();
    d.memberId = otherHead; // another family's member
    CHECK(field(d) == QStringLiteral("member"));
    CHECK(t.rows() == 0);

    auto id = t.objections.receive(t.omar, t.family, Desk::complaint());
    REQUIRE(id.ok());
    CHECK(t.objections.assign(t.omar, id.value(), t.huda.userId).error().code == ErrorCode::PermissionDenied);
    CHECK(t.objections.assign(t.salem, id.value(), t.admin.userId).error().field == QStringLiteral("assignee"));
    CHECK(t.objections.decide(t.huda, id.value(), QStringLiteral("rejected"), QStringLiteral("س")).error().code
          == ErrorCode::PermissionDenied);
    CHECK(t.objections.decide(t.salem, id.value(), QStringLiteral("maybe"), QStringLiteral("س")).error().field
          == QStringLiteral("decision"));
    CHECK(t.objections.decide(t.salem, id.value(), QStringLiteral("rejected"), QString()).error().field
          == QStringLiteral("reason"));
    CHECK(t.objections.answer(t.salem, id.value(), QStringLiteral("رد"), kToday).error().code == ErrorCode::Conflict);
    REQUIRE(t.objections.decide(t.salem, id.value(), QStringLiteral("partly_upheld"), QStringLiteral("تأخر الموعد فعلًا")).ok());
    // Not assigned to Huda: she does not answer it.
    CHECK(t.objections.answer(t.huda, id.value(), QStringLiteral("رد"), kToday).error().code == ErrorCode::PermissionDenied);
    CHECK(t.objections.answer(t.salem, id.value(), QStringLiteral("رد"), kToday.addDays(1)).error().field
          == QStringLiteral("repliedOn"));
    CHECK(t.objections.appeal(t.omar, id.value(), kToday, QStringLiteral("letter"), QStringLiteral("استئناف")).error().code
          == ErrorCode::Conflict); // not answered yet
    CHECK(t.objections.find(QByteArray(16, '\x02')).error().code == ErrorCode::NotFound);
    CHECK(t.rows() == 1);
}

TEST_CASE("A complaint past its due date is overdue, and an administrator sets the days to answer each kind",
          "[objections]")
{
    Desk t;
    auto late = t.objections.receive(t.omar, t.family, Desk::complaint(kToday.addDays(-20)));
    REQUIRE(late.ok());
    auto recent = t.objections.receive(t.omar, t.family, Desk::complaint(kToday.addDays(-2)));
    REQUIRE(recent.ok());
    CHECK(t.ids(Show::Overdue) == QList<QByteArray>{late.value()}); // 15 days to answer a complaint
    CHECK(t.objections.find(late.value()).value().overdue(kToday));
    CHECK(t.ids(Show::Open) == QList<QByteArray>{late.value(), recent.value()}); // oldest due first

    CHECK(t.objections.setDaysFor(t.salem, QStringLiteral("complaint"), 25).error().code == ErrorCode::PermissionDenied);
    CHECK(t.objections.setDaysFor(t.admin, QStringLiteral("complaint"), 0).error().field == QStringLiteral("days"));
    CHECK(t.objections.setDaysFor(t.admin, QStringLiteral("grievance"), 10).error().field == QStringLiteral("kind"));
    REQUIRE(t.objections.setDaysFor(t.admin, QStringLiteral("complaint"), 25).ok());
    CHECK(t.objections.daysFor(QStringLiteral("complaint")).value() == 25);
    CHECK(t.objections.daysFor(QStringLiteral("objection")).value() == Objections::kDefaultObjectionDays);
    auto next = t.objections.receive(t.omar, t.family, Desk::complaint());
    REQUIRE(next.ok());
    CHECK(t.objections.find(next.value()).value().dueOn == kToday.addDays(25));
    // Set when it was received: the earlier complaint keeps its day.
    CHECK(t.objections.find(late.value()).value().dueOn == kToday.addDays(-5));
}

TEST_CASE("An objection received on a laptop and decided at the centre reaches both copies, in either order",
          "[objections][sync]")
{
    for (const bool firstA : {true, false}) {
        tamkeen::test::syncfixture::Org org{2};
        auto &a = org[0], &b = org[1];
        const QByteArray family = a.family();
        org.exchange(a, b);
        auto id = Objections(b.db).receive(b.admin(), family, Desk::objection());
        REQUIRE(id.ok());
        org.exchange(b, a);
        REQUIRE(Objections(a.db).decide(a.admin(), id.value(), QStringLiteral("rejected"), QStringLiteral("الدخل فوق الحد")).ok());
        REQUIRE(Objections(b.db).addNote(b.admin(), id.value(), QStringLiteral("طلبنا كشف الراتب")).ok());
        if (firstA)
            org.exchange(a, b);
        else
            org.exchange(b, a);
        org.exchange(a, b);
        for (auto *d : {&a, &b}) {
            const Objection o = Objections(d->db).find(id.value()).value();
            CHECK(o.decision == QStringLiteral("rejected"));
            CHECK(o.notes.contains(QStringLiteral("طلبنا كشف الراتب")));
        }
        CHECK(a.dump() == b.dump());
    }
}

TEST_CASE("Notes added on two copies offline are both kept", "[objections][sync]")
{
    tamkeen::test::syncfixture::Org org{2};
    auto &a = org[0], &b = org[1];
    const QByteArray family = a.family();
    auto id = Objections(a.db).receive(a.admin(), family, Desk::objection());
    REQUIRE(id.ok());
    org.exchange(a, b);
    REQUIRE(Objections(a.db).addNote(a.admin(), id.value(), QStringLiteral("اتصلت بجهة العمل")).ok());
    REQUIRE(Objections(b.db).addNote(b.admin(), id.value(), QStringLiteral("زرت الأسرة")).ok());
    org.exchange(a, b);
    org.exchange(b, a);
    for (auto *d : {&a, &b}) {
        const QString notes = Objections(d->db).find(id.value()).value().notes;
        CHECK(notes.contains(QStringLiteral("اتصلت بجهة العمل")));
        CHECK(notes.contains(QStringLiteral("زرت الأسرة")));
    }
    CHECK(a.dump() == b.dump());
}
