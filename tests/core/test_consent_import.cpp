// A referral made on another laptop without the member's consent to sharing
// (a build that skipped the check) is seen when it arrives: the audit trail
// says so, for a supervisor (docs/consent.md). One made with consent is not.
#include "SyncFixture.h"
#include "registry/HouseholdService.h"

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;

namespace {

// A referral written straight to the laptop's database, past ReferralService.
QByteArray referralPastTheService(Device &d, const QByteArray &member, const QByteArray &household,
                                  const QByteArray &partner)
{
    d.db.setCurrentUser(d.admin().userId);
    auto id = storage::SyncedWriter(d.db).insert(QStringLiteral("referrals"),
                                                 {{QStringLiteral("member_id"), member},
                                                  {QStringLiteral("household_id"), household},
                                                  {QStringLiteral("partner_id"), partner},
                                                  {QStringLiteral("service"), QStringLiteral("قرض ميسر")},
                                                  {QStringLiteral("sent_on"), QDate::currentDate().toString(Qt::ISODate)},
                                                  {QStringLiteral("status"), QStringLiteral("sent")},
                                                  {QStringLiteral("worker_id"), d.admin().userId}});
    REQUIRE(id.ok());
    return id.value();
}

qint64 missing(Device &d)
{
    return d.db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'consent_missing'")).value().toLongLong();
}

} // namespace

TEST_CASE("A referral that arrives without the member's consent to sharing is in the audit trail", "[consent][sync]")
{
    Org org(2);
    Device &hub = org[0], &laptop = org[1];
    registry::HouseholdService households(hub.db);
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الخرج");
    h.registrationDate = QDate::currentDate().addYears(-1);
    registry::MemberData m;
    m.givenName = QStringLiteral("نجلاء");
    m.fatherName = QStringLiteral("عبدالله");
    m.familyName = QStringLiteral("السبيعي");
    m.relation = QStringLiteral("head");
    m.sex = QStringLiteral("female");
    m.birthDate = QDate(1985, 3, 1);
    auto household = households.create(hub.admin(), h, m);
    INFO((household ? std::string() : household.error().message.toStdString()));
    REQUIRE(household.ok());
    const QByteArray member = households.members().members(household.value()).value().first().id;
    const QByteArray bank = hub.addPartner(QStringLiteral("بنك التنمية الاجتماعية"));
    const QByteArray college = hub.addPartner(QStringLiteral("الكلية التقنية"));
    test::consentToShare(hub.db, hub.admin(), member, college);
    org.exchange(hub, laptop);

    referralPastTheService(laptop, member, household.value(), bank);    // no consent to the bank
    referralPastTheService(laptop, member, household.value(), college); // consented
    hub.db.setCurrentUser(hub.admin().userId);
    const ImportSummary s = org.receive(hub, org.sendFor(laptop, hub));
    REQUIRE(s.ok());
    CHECK(s.refusedChanges == 0); // it stays: its letter says no consent was recorded
    CHECK(missing(hub) == 1);
    CHECK(hub.db.scalar(QStringLiteral("SELECT household_id FROM audit_log WHERE action = 'consent_missing'")).value()
          == household.value());
    // The entry syncs like any other: the laptop's supervisor sees it too.
    org.exchange(hub, laptop);
    CHECK(missing(laptop) == 1);
}
