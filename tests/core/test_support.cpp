// Support received (issue 17 §4): a programme's support decided for a family
// with its type, amount, frequency and dates, the reason and the family's
// eligibility on the day; stopped with a reason; month by month beside the
// family's earned income; what is refused leaves nothing written; two copies
// agree; a merged family keeps its support.
#include "ClinicFixture.h"
#include "SyncFixture.h"
#include "casework/Objections.h"
#include "casework/Support.h"
#include "registry/HouseholdService.h"
#include "security/UserService.h"
#include "storage/SyncedWriter.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"

#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::casework;
using namespace tamkeen::test::clinicfixture;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday = QDate::currentDate();

struct Supported : Clinic {
    Support support{db};
    security::Session salem = user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    security::Session omar = user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    QByteArray headId;
    QByteArray family = household(person(QStringLiteral("سلمى"), QStringLiteral("ناصر"), QStringLiteral("الدوسري")), headId,
                                  kToday.addYears(-2));

    static SupportData cash(double amount, const QDate &from, const QDate &to = {})
    {
        SupportData d;
        d.programme = QStringLiteral("الضمان الاجتماعي");
        d.type = QStringLiteral("cash");
        d.amount = amount;
        d.currency = QStringLiteral("SAR");
        d.frequency = QStringLiteral("monthly");
        d.startsOn = from;
        d.stopsOn = to;
        d.decision = QStringLiteral("approved");
        d.reason = QStringLiteral("دخل الأسرة دون الحد المانع");
        return d;
    }
    void income(const QString &source, double amount, const QDate &from)
    {
        registry::Income i;
        i.householdId = family;
        i.memberId = headId;
        i.source = source;
        i.amount = amount;
        i.currency = QStringLiteral("SAR");
        i.effectiveDate = from;
        REQUIRE(incomes.record(admin, i).ok());
    }
    qint64 rows() { return db.scalar(QStringLiteral("SELECT count(*) FROM household_support")).value().toLongLong(); }
};

QDate monthsAgo(int n)
{
    return QDate(kToday.year(), kToday.month(), 1).addMonths(-n);
}

} // namespace

TEST_CASE("Support is recorded with its decision, reason and the family's eligibility that day", "[support]")
{
    Supported t;
    auto id = t.support.record(t.salem, t.family, Supported::cash(1500, monthsAgo(3)));
    INFO((id ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    auto list = t.support.ofHousehold(t.family);
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 1);
    const SupportRecord &r = list.value().first();
    CHECK(r.programme == QStringLiteral("الضمان الاجتماعي"));
    CHECK(r.amount == 1500);
    CHECK(r.currency == QStringLiteral("SAR"));
    CHECK(r.decidedByName == QStringLiteral("سالم"));
    CHECK(r.decidedOn == kToday);
    REQUIRE(r.eligible.has_value());
    CHECK(*r.eligible); // no income: below the threshold
    CHECK(r.incomePerPerson == 0.0);
    CHECK(r.givenIn(kToday));
    CHECK_FALSE(r.givenIn(monthsAgo(4)));
    // Support in kind has no amount; a refusal is kept but never given.
    SupportData food = Supported::cash(0, monthsAgo(1));
    food.type = QStringLiteral("in_kind");
    food.amount.reset();
    food.programme = QStringLiteral("بنك الطعام");
    REQUIRE(t.support.record(t.salem, t.family, food).ok());
    SupportData loan = Supported::cash(20000, kToday);
    loan.type = QStringLiteral("loan");
    loan.frequency = QStringLiteral("once");
    loan.decision = QStringLiteral("refused");
    loan.reason = QStringLiteral("لا يوجد كفيل");
    REQUIRE(t.support.record(t.salem, t.family, loan).ok());
    list = t.support.ofHousehold(t.family);
    REQUIRE(list.value().size() == 3);
    for (const SupportRecord &x : list.value())
        if (x.decision == QStringLiteral("refused"))
            CHECK_FALSE(x.givenIn(kToday));
}

TEST_CASE("Support that cannot be right is refused with a message and nothing is written", "[support]")
{
    Supported t;
    const auto refused = [&](SupportData d, const char *field, const security::Session *by = nullptr) {
        auto r = t.support.record(by ? *by : t.salem, t.family, d);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QString::fromLatin1(field));
        CHECK_FALSE(r.error().message.isEmpty());
    };
    SupportData d = Supported::cash(1500, kToday);
    d.programme = QStringLiteral("  ");
    refused(d, "programme");
    d = Supported::cash(1500, kToday);
    d.type = QStringLiteral("gold");
    refused(d, "type");
    d = Supported::cash(1500, kToday);
    d.amount.reset();
    refused(d, "amount"); // cash has an amount
    refused(Supported::cash(-5, kToday), "amount");
    refused(Supported::cash(std::nan(""), kToday), "amount");
    d = Supported::cash(1500, kToday);
    d.currency = QStringLiteral("riyal");
    refused(d, "currency");
    refused(Supported::cash(1500, kToday, kToday.addDays(-1)), "stopsOn");
    d = Supported::cash(1500, kToday);
    d.frequency = QStringLiteral("daily");
    refused(d, "frequency");
    d = Supported::cash(1500, kToday);
    d.decision = QStringLiteral("maybe");
    refused(d, "decision");
    d = Supported::cash(1500, kToday);
    d.reason.clear();
    refused(d, "reason");
    // A field worker does not decide support, whatever a dialog shows.
    auto byWorker = t.support.record(t.omar, t.family, Supported::cash(1500, kToday));
    REQUIRE_FALSE(byWorker.ok());
    CHECK(byWorker.error().code == ErrorCode::PermissionDenied);
    // An archived file.
    REQUIRE(t.households.archive(t.admin, t.family, QStringLiteral("سُجّلت مرتين")).ok());
    auto archived = t.support.record(t.salem, t.family, Supported::cash(1500, kToday));
    REQUIRE_FALSE(archived.ok());
    CHECK(archived.error().code == ErrorCode::Conflict);
    CHECK(t.rows() == 0);
}

TEST_CASE("Support stops from a day with its reason, and not before it began", "[support]")
{
    Supported t;
    auto id = t.support.record(t.salem, t.family, Supported::cash(1500, monthsAgo(6)));
    REQUIRE(id.ok());
    CHECK(t.support.stop(t.salem, id.value(), monthsAgo(7), QStringLiteral("وجد عملًا")).error().field
          == QStringLiteral("stopsOn"));
    CHECK(t.support.stop(t.salem, id.value(), monthsAgo(1), QString()).error().field == QStringLiteral("reason"));
    CHECK(t.support.stop(t.omar, id.value(), monthsAgo(1), QStringLiteral("وجد عملًا")).error().code
          == ErrorCode::PermissionDenied);
    REQUIRE(t.support.stop(t.salem, id.value(), monthsAgo(1).addDays(-1), QStringLiteral("وجد عملًا")).ok());
    const SupportRecord r = t.support.ofHousehold(t.family).value().first();
    CHECK(r.stopsOn == monthsAgo(1).addDays(-1));
    CHECK(r.stopReason == QStringLiteral("وجد عملًا"));
    CHECK(r.givenIn(monthsAgo(2)));
    CHECK_FALSE(r.givenIn(kToday));
    // A refusal is never given: it cannot stop.
    SupportData no = Supported::cash(900, kToday);
    no.decision = QStringLiteral("refused");
    auto refused = t.support.record(t.salem, t.family, no);
    REQUIRE(refused.ok());
    CHECK(t.support.stop(t.salem, refused.value(), kToday, QStringLiteral("خطأ")).error().code == ErrorCode::Conflict);
    CHECK(t.support.stop(t.salem, QByteArray(16, '\x01'), kToday, QStringLiteral("خطأ")).error().code == ErrorCode::NotFound);
}

TEST_CASE("Month by month, support falls as earned income grows: the move from aid to work shows", "[support]")
{
    Supported t;
    // Social security support 1,500 a month from six months ago, stopped at
    // the end of the month before last; a salary of 4,000 from three months
    // ago; a yearly fee exemption worth 1,200; a one-off grant of 600 this month.
    auto aid = t.support.record(t.salem, t.family, Supported::cash(1500, monthsAgo(6)));
    REQUIRE(aid.ok());
    REQUIRE(t.support.stop(t.salem, aid.value(), monthsAgo(1).addDays(-1), QStringLiteral("وجد عملًا")).ok());
    t.income(QStringLiteral("salary"), 4000, monthsAgo(3));
    t.income(QStringLiteral("pension"), 500, monthsAgo(12));
    SupportData fees = Supported::cash(1200, monthsAgo(12));
    fees.type = QStringLiteral("fee_exemption");
    fees.frequency = QStringLiteral("yearly");
    REQUIRE(t.support.record(t.salem, t.family, fees).ok());
    SupportData grant = Supported::cash(600, kToday);
    grant.frequency = QStringLiteral("once");
    REQUIRE(t.support.record(t.salem, t.family, grant).ok());

    auto months = t.support.byMonth(t.family, kToday, 12);
    REQUIRE(months.ok());
    REQUIRE(months.value().size() == 12);
    const QList<SupportMonth> &m = months.value();
    CHECK(m.first().month == monthsAgo(11));
    CHECK(m.last().month == monthsAgo(0));
    const SupportMonth &sixAgo = m[5], &twoAgo = m[9], &lastMonth = m[10], &now = m[11];
    CHECK(sixAgo.month == monthsAgo(6));
    CHECK(sixAgo.earned == 0);
    CHECK(sixAgo.otherIncome == 500);
    CHECK(sixAgo.support == 1600); // 1,500 and a twelfth of 1,200
    CHECK(twoAgo.earned == 4000);
    CHECK(twoAgo.support == 1600);
    CHECK(lastMonth.support == 100); // the aid stopped
    CHECK(now.support == 700);       // the grant, once
    CHECK(now.earned == 4000);
    CHECK_FALSE(now.otherCurrency);
    // Support in another currency is not added to the riyals.
    SupportData dollars = Supported::cash(100, kToday);
    dollars.currency = QStringLiteral("USD");
    REQUIRE(t.support.record(t.salem, t.family, dollars).ok());
    CHECK(t.support.byMonth(t.family, kToday, 1).value().first().otherCurrency);
    CHECK(t.support.byMonth(t.family, kToday, 1).value().first().support == 700);
}

TEST_CASE("An administrator adds a type of support, others may not, and a type is not added twice", "[support]")
{
    Supported t;
    CHECK(t.support.addType(t.salem, QStringLiteral("كسوة العيد")).error().code == ErrorCode::PermissionDenied);
    REQUIRE(t.support.addType(t.admin, QStringLiteral("كسوة العيد")).ok());
    CHECK(t.support.addType(t.admin, QStringLiteral("كسوة  العيد")).error().code == ErrorCode::Conflict);
    CHECK(t.support.addType(t.admin, QStringLiteral("Cash")).error().code == ErrorCode::Conflict); // a built-in one
    CHECK(t.support.addType(t.admin, QString()).error().field == QStringLiteral("name"));
    auto types = t.support.types();
    REQUIRE(types.ok());
    REQUIRE(types.value().size() == Support::builtInTypes().size() + 1);
    SupportData clothes = Supported::cash(300, kToday);
    clothes.type = types.value().last().key;
    clothes.frequency = QStringLiteral("yearly");
    REQUIRE(t.support.record(t.salem, t.family, clothes).ok());
}

TEST_CASE("Support decided at the centre and stopped on a laptop reaches both copies, in either order",
          "[support][sync]")
{
    for (const bool firstA : {true, false}) {
        tamkeen::test::syncfixture::Org org{2};
        auto &a = org[0], &b = org[1];
        const QByteArray family = a.family();
        auto id = Support(a.db).record(a.admin(), family, Supported::cash(1500, monthsAgo(2)));
        REQUIRE(id.ok());
        org.exchange(a, b);
        REQUIRE(Support(b.db).stop(b.admin(), id.value(), kToday, QStringLiteral("انتقلت الأسرة")).ok());
        SupportData more = Supported::cash(300, kToday);
        more.frequency = QStringLiteral("once");
        REQUIRE(Support(a.db).record(a.admin(), family, more).ok());
        if (firstA)
            org.exchange(a, b);
        else
            org.exchange(b, a);
        for (auto *d : {&a, &b}) {
            auto list = Support(d->db).ofHousehold(family);
            REQUIRE(list.ok());
            CHECK(list.value().size() == 2);
        }
        CHECK(a.dump() == b.dump());
    }
}

TEST_CASE("Merging two files of one family keeps its support on the file that stays", "[support]")
{
    Supported t;
    QByteArray head;
    const QByteArray twin = t.household(person(QStringLiteral("هيا"), QStringLiteral("ناصر"), QStringLiteral("الدوسري")), head);
    REQUIRE(t.support.record(t.salem, twin, Supported::cash(1500, kToday)).ok());
    REQUIRE(t.households.merge(t.salem, twin, t.family, QStringLiteral("ملفان للأسرة نفسها")).ok());
    CHECK(t.support.ofHousehold(t.family).value().size() == 1);
    CHECK(t.support.ofHousehold(twin).value().isEmpty());
}

TEST_CASE("Support cannot be lengthened by a stop, and support given once has nothing to stop", "[support]")
{
    Supported t;
    auto id = t.support.record(t.salem, t.family, Supported::cash(1500, monthsAgo(2), kToday.addDays(20)));
    REQUIRE(id.ok());
    CHECK(t.support.stop(t.salem, id.value(), kToday.addDays(60), QStringLiteral("تمديد")).error().code == ErrorCode::Conflict);
    REQUIRE(t.support.stop(t.salem, id.value(), kToday, QStringLiteral("وجد عملًا")).ok()); // sooner: fine
    SupportData grant = Supported::cash(600, kToday);
    grant.frequency = QStringLiteral("once");
    auto once = t.support.record(t.salem, t.family, grant);
    REQUIRE(once.ok());
    CHECK(t.support.stop(t.salem, once.value(), kToday, QStringLiteral("خطأ")).error().code == ErrorCode::Conflict);
    // An administrator's own type reads as its name, in the list and in the person's file.
    REQUIRE(t.support.addType(t.admin, QStringLiteral("كسوة الشتاء")).ok());
    SupportData clothes = Supported::cash(200, kToday);
    clothes.type = QStringLiteral("كسوة الشتاء");
    clothes.frequency = QStringLiteral("yearly");
    REQUIRE(t.support.record(t.salem, t.family, clothes).ok());
    CHECK(registry::Vocabulary::label(t.support.types().value(), QStringLiteral("كسوة الشتاء")) == QStringLiteral("كسوة الشتاء"));
}

TEST_CASE("A field worker's laptop cannot grant support or decide an objection, even around the services",
          "[support][objections][sync]")
{
    Supported centre;
    auto laptopDb = test::makeEnrolledDb(centre.db, centre.admin, 2);
    storage::Database &l = *laptopDb->db;
    QTemporaryDir packages;
    const auto move = [&](storage::Database &from, storage::Database &to, const QString &name) {
        const QString path = packages.filePath(name);
        REQUIRE(sync::Exporter(from).write(path, {}).ok());
        return sync::Importer(to).importFile(path);
    };
    REQUIRE(move(centre.db, l, u"centre.tamkeen"_s).ok());
    security::UserService laptopUsers(l, security::HashCost::minimal());
    auto omar = laptopUsers.login(u"omar"_s, u"correct horse battery"_s);
    REQUIRE(omar.ok());
    // Refused in core …
    CHECK(Support(l).record(omar.value(), centre.family, Supported::cash(5000, kToday)).error().code
          == ErrorCode::PermissionDenied);
    // … and written around it, signed with his own key: an objection he may
    // receive, and a decision on it he may not take, and support.
    auto objection = Objections(l).receive(omar.value(), centre.family,
                                           {u"objection"_s, u"eligibility"_s, {}, kToday, u"in_person"_s, u"ليست مؤهلة"_s});
    REQUIRE(objection.ok());
    storage::SyncedWriter writer(l);
    l.setCurrentUser(omar.value().userId);
    REQUIRE(writer.update(u"objections"_s, objection.value(), {{u"decision"_s, u"upheld"_s}}).ok());
    // Closed without a decision, by a reply written around the service.
    REQUIRE(writer.update(u"objections"_s, objection.value(),
                          {{u"reply"_s, u"أُغلق"_s}, {u"replied_on"_s, kToday.toString(Qt::ISODate)}})
                .ok());
    REQUIRE(writer.insert(u"household_support"_s,
                          {{u"household_id"_s, centre.family}, {u"programme"_s, u"منحة"_s}, {u"support_type"_s, u"cash"_s},
                           {u"amount"_s, 5000}, {u"currency"_s, u"SAR"_s}, {u"frequency"_s, u"monthly"_s},
                           {u"starts_on"_s, kToday.toString(Qt::ISODate)}, {u"decision"_s, u"approved"_s}})
                .ok());
    const sync::ImportSummary s = move(l, centre.db, u"laptop.tamkeen"_s);
    CHECK(s.refusedChanges == 3);
    CHECK(centre.rows() == 0); // no support arrived
    auto arrived = Objections(centre.db).find(objection.value());
    REQUIRE(arrived.ok()); // the objection itself is his to receive
    CHECK(arrived.value().decision.isEmpty());
    CHECK_FALSE(arrived.value().closed()); // still open, in the lists and the inbox
}
