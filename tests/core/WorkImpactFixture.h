#pragma once
// The fixture of indicator 6 (work): the plans fixture (PlanImpactFixture.h)
// with, set here: P1's, P2's and P3's heads able to work, P7's not; baseline employment
// P1 unemployed, P2 none recorded, P3 employed; employment now P1 employed,
// P2 self-employed, P3 employed. Their own earned incomes (from the fixture):
// P1 salary since 2025-02-01, P2 own business since 2025-01-15, P3 salary
// since 2024-12-01. Referrals completed: P1 → employer on 2025-02-01, P3 →
// training on 2025-01-01 (Q1's first day), P2 → bank on 04-01 (after Q1),
// P7 → bank on 2024-12-31 (before), P5 → charity on 03-01 (not counted).
#include "PlanImpactFixture.h"
#include "referrals/ReferralService.h"

namespace tamkeen::test::workimpact {

using namespace tamkeen::test::planimpact;

struct WorkImpact : PlanImpact {
    referrals::ReferralService referrals{db};

    void person(int n, bool able, const char *now)
    {
        sql(QStringLiteral("UPDATE members SET able_to_work = ?, employment = ? WHERE id = ?"),
            {able ? 1 : 0, QString::fromLatin1(now), head.at(n)});
    }
    void completed(int n, const char *kind, const QDate &sent, const QDate &done)
    {
        referrals::Partner p;
        p.name = QStringLiteral("جهة %1").arg(n);
        p.kind = QString::fromLatin1(kind);
        p.services = {QStringLiteral("خدمة")};
        auto partner = referrals.addPartner(admin, p);
        REQUIRE(partner.ok());
        referrals::ReferralData r;
        r.memberId = head.at(n);
        r.partnerId = partner.value();
        r.service = QStringLiteral("خدمة");
        r.sentOn = sent;
        test::consentToShare(db, huda, r.memberId, r.partnerId);
        auto id = referrals.refer(huda, r);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        REQUIRE(referrals.setStatus(huda, id.value(), QStringLiteral("accepted"), sent).ok());
        REQUIRE(referrals.setStatus(huda, id.value(), QStringLiteral("completed"), done).ok());
    }

    WorkImpact()
    {
        person(1, true, "employed");
        person(2, true, "self_employed");
        person(3, true, "employed");
        person(7, false, "unemployed");
        sql(QStringLiteral("UPDATE plans SET baseline = ? WHERE id = ?"),
            {QStringLiteral("{\"incomePerPerson\":400,\"employment\":\"unemployed\"}"), plan.at(1)});
        sql(QStringLiteral("UPDATE plans SET baseline = ? WHERE id = ?"),
            {QStringLiteral("{\"incomePerPerson\":1000,\"employment\":\"employed\"}"), plan.at(3)});
        completed(1, "employer", d(2025, 1, 5), d(2025, 2, 1));
        completed(3, "training", d(2024, 12, 1), d(2025, 1, 1));
        completed(2, "bank", d(2025, 3, 1), d(2025, 4, 1));
        completed(7, "bank", d(2024, 11, 1), d(2024, 12, 31));
        completed(5, "ngo", d(2025, 2, 1), d(2025, 3, 1));
    }
};

} // namespace tamkeen::test::workimpact
