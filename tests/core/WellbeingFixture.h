#pragma once
// The fixture of indicator 9, wellbeing (WHO-5) and work readiness: a small hand-built
// fixture around Q1 2025 (01-01 … 03-31). WHO-5 percent = 4 × the sum of five
// items (0-5 each). Heads:
//   A m: 2024-10-01 24 → 2025-02-01 56 (+32, leaves low wellbeing)
//   B f: 2024-12-01 40 → 2025-03-31 32 (the last day; −8, still low)
//   C m: 2025-01-01 60 (the first day) → 2025-02-15 68 (+8, never low)
//   D m: one assessment, 2025-02-01: no change to measure
//   E m: 2024-11-01 30, then 2025-04-01 (after Q1): on 03-31 only one
//   F m: 2024-06-01 20 → 2024-12-31 (the day before Q1): latest not in Q1
// Work readiness (10 a skill, 10 a qualification, 10 a desired field, 20 able
// to work): A 2024-10-01 30 → 2025-03-01 60.
#include "ClinicFixture.h"
#include "impact/Indicators.h"

namespace tamkeen::test::wellbeing {

using namespace tamkeen::test::clinicfixture;
using tamkeen::impact::Indicators;

inline QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

struct WellbeingFixture : Clinic {
    Indicators indicators{db};
    security::Session huda = user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    security::Session salem = user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    security::Session omar = user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    QList<QByteArray> h, head;

    void family(const QString &given, const QString &sex)
    {
        QByteArray m;
        h << household(person(given, QStringLiteral("سعد"), QStringLiteral("الغامدي"), QStringLiteral("head"), sex), m,
                       d(2024, 1, 1));
        head << m;
    }
    void assess(int who, const char *kind, const QDate &on, const QJsonObject &data)
    {
        auto id = assessments.record(huda, head.at(who), QString::fromLatin1(kind), on, data);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
    }
    void who5(int who, const QDate &on, const QList<int> &items) { assess(who, "wellbeing", on, who5Data(items)); }

    WellbeingFixture()
    {
        for (const char *n : {"فهد", "نورة", "خالد", "ماجد", "بدر", "سعد"})
            family(QString::fromUtf8(n), QString::fromUtf8(n) == QStringLiteral("نورة") ? QStringLiteral("female")
                                                                                        : QStringLiteral("male"));
        who5(0, d(2024, 10, 1), {1, 1, 2, 1, 1});
        who5(0, d(2025, 2, 1), {3, 3, 3, 3, 2});
        who5(1, d(2024, 12, 1), {2, 2, 2, 2, 2});
        who5(1, d(2025, 3, 31), {2, 2, 2, 1, 1});
        who5(2, d(2025, 1, 1), {3, 3, 3, 3, 3});
        who5(2, d(2025, 2, 15), {4, 4, 3, 3, 3});
        who5(3, d(2025, 2, 1), {1, 1, 1, 1, 1});
        who5(4, d(2024, 11, 1), {2, 2, 2, 1, 1});
        who5(4, d(2025, 4, 1), {4, 4, 3, 3, 3});
        who5(5, d(2024, 6, 1), {1, 1, 1, 1, 1});
        who5(5, d(2024, 12, 31), {3, 3, 3, 3, 3});
        assess(0, "work_readiness", d(2024, 10, 1),
               QJsonObject{{QStringLiteral("skills"), QJsonArray{QStringLiteral("خياطة")}},
                           {QStringLiteral("experienceYears"), 0},
                           {QStringLiteral("ableToWork"), true}});
        assess(0, "work_readiness", d(2025, 3, 1),
               QJsonObject{{QStringLiteral("skills"), QJsonArray{QStringLiteral("خياطة"), QStringLiteral("تطريز")}},
                           {QStringLiteral("qualifications"), QJsonArray{QStringLiteral("دبلوم")}},
                           {QStringLiteral("desiredField"), QStringLiteral("الأزياء")},
                           {QStringLiteral("experienceYears"), 0},
                           {QStringLiteral("ableToWork"), true}});
    }

    QList<int> nums(const QList<QByteArray> &households) const
    {
        QList<int> list;
        for (const QByteArray &id : households)
            list << int(h.indexOf(id));
        return list;
    }
};

} // namespace tamkeen::test::wellbeing
