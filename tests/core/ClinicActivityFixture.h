#pragma once
// Indicator 10, clinic activity, on a small hand-built fixture over four
// weeks (2025-03-01 … 03-28, 28 days). Households: A registered 2025-02-01,
// B registered 2025-03-01, C (woman head) registered 2024-12-01.
// Sessions: Huda with A on 03-01 (A's first) and 03-28 (the last day), with B
// on 03-11 (B's first), with C on 02-27 (C's first, before) and 03-15; Amna
// with C on 03-10 and with A on 03-29 (the day after).
// Appointments: Huda A 03-05 attended, B 03-06 not come, C 03-28 not come,
// B 03-29 not come (after); Amna C 03-12 cancelled, A 03-20 attended.
#include "ClinicFixture.h"
#include "impact/Indicators.h"

namespace tamkeen::test::clinicfixture {

struct Activity : Clinic {
    static QDate d(int y, int m, int day) { return QDate(y, m, day); }
    impact::Indicators indicators{db};
    security::Session huda = user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    security::Session amna = user(QStringLiteral("amna"), QStringLiteral("آمنة"), Role::Counsellor);
    QList<QByteArray> h, head;

    void family(const QString &given, const QString &sex, const QDate &registered)
    {
        QByteArray m;
        h << household(person(given, QStringLiteral("سعد"), QStringLiteral("الشهري"), QStringLiteral("head"), sex), m,
                       registered);
        head << m;
    }
    void session(const security::Session &counsellor, int who, const QDate &on)
    {
        auto id = sessions.record(counsellor, sessionData(head.at(who), counsellor, at(on, 10)));
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
    }
    void appointment(const security::Session &counsellor, int who, const QDate &on, const char *status)
    {
        const QByteArray id = book(counsellor, head.at(who), counsellor, at(on, 11));
        const Status s = appointments.setStatus(counsellor, id, QString::fromLatin1(status), QStringLiteral("اعتذر"));
        INFO((s ? std::string() : s.error().message.toStdString()));
        REQUIRE(s.ok());
    }

    Activity()
    {
        family(QStringLiteral("فهد"), QStringLiteral("male"), d(2025, 2, 1));
        family(QStringLiteral("خالد"), QStringLiteral("male"), d(2025, 3, 1));
        family(QStringLiteral("نورة"), QStringLiteral("female"), d(2024, 12, 1));
        session(huda, 0, d(2025, 3, 1));
        session(huda, 0, d(2025, 3, 28));
        session(huda, 1, d(2025, 3, 11));
        session(huda, 2, d(2025, 2, 27));
        session(huda, 2, d(2025, 3, 15));
        session(amna, 2, d(2025, 3, 10));
        session(amna, 0, d(2025, 3, 29));
        appointment(huda, 0, d(2025, 3, 5), "attended");
        appointment(huda, 1, d(2025, 3, 6), "no_show");
        appointment(huda, 2, d(2025, 3, 28), "no_show");
        appointment(huda, 1, d(2025, 3, 29), "no_show");
        appointment(amna, 2, d(2025, 3, 12), "cancelled");
        appointment(amna, 0, d(2025, 3, 20), "attended");
    }

    QList<int> nums(const QList<QByteArray> &households) const
    {
        QList<int> list;
        for (const QByteArray &id : households)
            list << int(h.indexOf(id));
        return list;
    }
};

inline impact::Period fourWeeks()
{
    auto p = impact::Period::custom(QDate(2025, 3, 1), QDate(2025, 3, 28));
    REQUIRE(p.ok());
    return p.value();
}

} // namespace tamkeen::test::clinicfixture

