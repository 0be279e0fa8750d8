#pragma once
// Indicator 8, referrals and partners, on a small hand-built fixture: three
// partners, three households (A m, B f, C m), seven referrals around the
// first quarter of 2025 (Q1: 01-01 … 03-31):
//   1 A → training academy, sent 01-05, accepted 01-10, completed 03-06 (60 days), outcome recorded
//   2 B → training academy, sent 02-01, accepted 02-03, in progress 02-10, completed 04-15 (after Q1)
//   3 C → employer, sent 03-31 (the last day), rejected 03-31, outcome recorded
//   4 A → employer, sent 01-01 (the first day), accepted 01-02, completed 01-12 (11 days), no outcome
//   5 B → bank, sent 2024-12-31 (the day before Q1), accepted 2025-01-05
//   6 C → bank, sent 04-01 (the day after Q1)
//   7 C → training academy, sent 03-01, no response 03-15
#include "ClinicFixture.h"
#include "impact/Indicators.h"
#include "referrals/ReferralService.h"

namespace tamkeen::test::clinicfixture {

struct Refs : Clinic {
    static QDate d(int y, int m, int day) { return QDate(y, m, day); }
    referrals::ReferralService referrals{db};
    impact::Indicators indicators{db};
    security::Session huda = user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    QList<QByteArray> h, head;
    QByteArray training, employer, bank;

    QByteArray partner(const QString &name, const char *kind, const QString &service)
    {
        referrals::Partner p;
        p.name = name;
        p.kind = QString::fromLatin1(kind);
        p.services = {service};
        auto id = referrals.addPartner(admin, p);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }
    void family(const QString &given, const QString &sex)
    {
        QByteArray m;
        h << household(person(given, QStringLiteral("سعد"), QStringLiteral("الحربي"), QStringLiteral("head"), sex), m,
                       d(2024, 1, 1));
        head << m;
    }
    QByteArray refer(int who, const QByteArray &partner, const QString &service, const QDate &sent)
    {
        referrals::ReferralData r;
        r.memberId = head.at(who);
        r.partnerId = partner;
        r.service = service;
        r.sentOn = sent;
        test::consentToShare(db, huda, r.memberId, r.partnerId);
        auto id = referrals.refer(huda, r);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }
    void move(const QByteArray &id, const char *status, const QDate &on)
    {
        const Status s = referrals.setStatus(huda, id, QString::fromLatin1(status), on, QStringLiteral("لا شواغر حاليًا"));
        INFO((s ? std::string() : s.error().message.toStdString()));
        REQUIRE(s.ok());
    }

    Refs()
    {
        const QString course = QStringLiteral("دورة خياطة"), job = QStringLiteral("وظيفة"), loan = QStringLiteral("قرض");
        training = partner(QStringLiteral("أكاديمية التدريب"), "training", course);
        employer = partner(QStringLiteral("شركة النور"), "employer", job);
        bank = partner(QStringLiteral("بنك التنمية الاجتماعية"), "bank", loan);
        family(QStringLiteral("فهد"), QStringLiteral("male"));
        family(QStringLiteral("نورة"), QStringLiteral("female"));
        family(QStringLiteral("خالد"), QStringLiteral("male"));

        const QByteArray r1 = refer(0, training, course, d(2025, 1, 5));
        move(r1, "accepted", d(2025, 1, 10));
        move(r1, "completed", d(2025, 3, 6));
        REQUIRE(referrals.recordOutcome(huda, r1, QStringLiteral("أتمت الدورة"), {}).ok());
        const QByteArray r2 = refer(1, training, course, d(2025, 2, 1));
        move(r2, "accepted", d(2025, 2, 3));
        move(r2, "in_progress", d(2025, 2, 10));
        move(r2, "completed", d(2025, 4, 15));
        const QByteArray r3 = refer(2, employer, job, d(2025, 3, 31));
        move(r3, "rejected", d(2025, 3, 31));
        REQUIRE(referrals.recordOutcome(huda, r3, QStringLiteral("لا شواغر"), {}).ok());
        const QByteArray r4 = refer(0, employer, job, d(2025, 1, 1));
        move(r4, "accepted", d(2025, 1, 2));
        move(r4, "completed", d(2025, 1, 12));
        const QByteArray r5 = refer(1, bank, loan, d(2024, 12, 31));
        move(r5, "accepted", d(2025, 1, 5));
        refer(2, bank, loan, d(2025, 4, 1));
        const QByteArray r7 = refer(2, training, course, d(2025, 3, 1));
        move(r7, "no_response", d(2025, 3, 15));
    }

    QList<int> nums(const QList<QByteArray> &households) const
    {
        QList<int> list;
        for (const QByteArray &id : households)
            list << int(h.indexOf(id));
        return list;
    }
};

inline impact::Period quarter(int year, int q)
{
    auto p = impact::Period::quarter(year, q);
    REQUIRE(p.ok());
    return p.value();
}

} // namespace tamkeen::test::clinicfixture
