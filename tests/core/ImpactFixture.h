#pragma once
// The impact-indicator fixture: 24 households with registrations, status
// changes, exits and re-entries on known dates, written through the services
// (HouseholdService, ExitService) so the rows are those the app writes.
// The timeline, in short (R: Riyadh region, M: Makkah region; f: female head):
//   H01 R f reg 2024-06-01, active 06-10, stays active; a spouse (2 members)
//   H02 R   reg 2024-06-01, active 06-10, exit employment 2025-01-01 (Q1's first day)
//   H03 R   reg 2024-07-01, active 07-05, exit own_project 2025-01-31, re-entry lost_job 2025-04-30 (3 months to the day)
//   H04 M   reg 2024-07-01, active 07-05, exit other_income 2025-02-15, re-entry project_failed 2025-08-20 (after 6, within 12)
//   H05 R   reg 2024-08-01, active 08-02, exit moved 2025-03-31 (Q1's last day)
//   H06 R   reg 2024-08-01, active 08-02, exit employment 2024-12-31 (the day before Q1)
//   H07 R f reg 2024-09-01, active 09-02, suspended 2025-02-01
//   H08 R   reg 2025-01-01 (Q1's first day), applicant
//   H09 M   reg 2025-03-31 (Q1's last day), applicant
//   H10 R   reg 2025-04-01 (Q2's first day), applicant
//   H11 M   reg 2024-10-01, active 10-05, exit employment 2025-03-10, re-entry illness 2026-02-15 (after 6, within 12)
//   H12 M   reg 2024-10-01, active 10-05, exit other 2025-03-15
//   H13 R   reg 2024-05-01, active 05-02, exit employment 2024-11-01, re-entry lost_job 2025-02-10
//   H14 R   reg 2024-05-01, active 05-02, exit employment 2025-01-20, re-entry family_change 2025-03-01,
//           exit own_project 2025-03-20
//   H15 R   reg 2024-05-01, active 05-02, exit employment 2025-02-05, then the household is archived
//   H16 R   reg 2024-03-01, applicant, exit moved 2025-02-20 (never active)
//   H17 R   reg 2024-11-01, active 11-05, exit employment 2025-03-30 (the day after Ramadan 1446)
//   H18 R   reg 2024-11-01, active 11-05, exit employment 2025-03-01 (1 Ramadan 1446), re-entry lost_job 2025-05-15
//   H19 R   reg 2024-11-01, active 11-05, exit own_project 2025-03-29 (the last day of Ramadan 1446)
//   H20 R   reg 2024-12-01, active 2025-01-15
//   H21 M f reg 2025-02-10, active 02-11; a son and a daughter (3 members)
//   H22 R   reg 2024-12-01, active 12-05, suspended 12-20, active again 2025-01-05
//   H23 R   reg 2024-04-01, active 04-05, exit employment 2025-04-10, re-entry lost_job 2025-06-01
//   H24 M   reg 2024-04-01, active 04-05, exit moved 2025-05-05
#include "impact/Indicators.h"
#include "referrals/ExitService.h"
#include "registry/HouseholdService.h"
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <algorithm>

namespace tamkeen::test::impactfixture {

using namespace Qt::StringLiterals;

inline QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

inline const QString kRiyadh = QStringLiteral("منطقة الرياض");
inline const QString kMakkah = QStringLiteral("منطقة مكة المكرمة");

struct Impact {
    std::unique_ptr<test::TestDb> t = test::makeSetUpDb();
    storage::Database &db = *t->db;
    registry::HouseholdService households{db};
    referrals::ExitService exits{db};
    impact::Indicators indicators{db};
    const security::Session &admin = t->admin;
    QList<QByteArray> h = {QByteArray()}; // h[1] … h[24]

    QByteArray add(const QDate &registered, bool makkah = false, bool female = false)
    {
        static const QStringList given = {
            u"أحمد"_s, u"خالد"_s, u"سعد"_s,  u"فهد"_s,  u"ماجد"_s, u"ناصر"_s, u"بدر"_s, u"تركي"_s,
            u"راشد"_s, u"سلطان"_s, u"عادل"_s, u"فيصل"_s, u"مشعل"_s, u"نواف"_s, u"هشام"_s, u"وليد"_s,
            u"يوسف"_s, u"زياد"_s, u"طلال"_s, u"جاسر"_s, u"حمد"_s,  u"صالح"_s, u"عمر"_s,  u"كريم"_s};
        static const QStringList womenGiven = {u"نورة"_s, u"هند"_s, u"مريم"_s};
        static const QStringList family = {
            u"الدوسري"_s, u"القحطاني"_s, u"الشهري"_s, u"الغامدي"_s, u"الزهراني"_s, u"العتيبي"_s,
            u"المطيري"_s, u"الحربي"_s,   u"الشمري"_s, u"العنزي"_s,   u"السبيعي"_s,  u"البقمي"_s,
            u"الرشيدي"_s, u"الجهني"_s,   u"البلوي"_s, u"الأحمدي"_s,  u"السهلي"_s,   u"الخالدي"_s,
            u"المالكي"_s, u"الثبيتي"_s,  u"العمري"_s, u"الشهراني"_s, u"اليامي"_s,   u"الفيفي"_s};
        const int n = int(h.size()); // 1-based number of the household being added
        registry::HouseholdData data;
        data.region = makkah ? kMakkah : kRiyadh;
        data.city = makkah ? u"جدة"_s : u"الرياض"_s;
        data.registrationDate = registered;
        registry::MemberData head;
        head.givenName = female ? womenGiven.at(n == 1 ? 0 : n == 7 ? 1 : 2) : given.at(n - 1);
        head.fatherName = given.at((n + 7) % given.size());
        head.familyName = family.at(n - 1);
        head.relation = u"head"_s;
        head.sex = female ? u"female"_s : u"male"_s;
        head.birthDate = female ? d(1986, 9, 12) : d(1980, 5, 1);
        auto id = households.create(admin, data, head);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        h << id.value();
        return id.value();
    }

    void member(int n, const QString &given, const QString &relation, const QString &sex)
    {
        registry::MemberData m;
        m.givenName = given;
        m.fatherName = u"عبدالرحمن"_s;
        m.familyName = u"المنصوري"_s;
        m.relation = relation;
        m.sex = sex;
        m.birthDate = d(2010, 1, 1);
        auto id = households.members().add(admin, h.at(n), m);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
    }

    void status(int n, const char *status, const QDate &on, const QString &reason = {})
    {
        const Status s = households.changeStatus(admin, h.at(n), QString::fromLatin1(status), on, reason);
        INFO((s ? std::string() : s.error().message.toStdString()));
        REQUIRE(s.ok());
    }
    void active(int n, const QDate &on) { status(n, "active", on); }

    void exit(int n, const QDate &on, const char *reason)
    {
        auto id = exits.exitSupport(admin, h.at(n), on, QString::fromLatin1(reason));
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
    }

    void reenter(int n, const QDate &on, const char *reason)
    {
        const Status s = exits.reenter(admin, h.at(n), on, QString::fromLatin1(reason));
        INFO((s ? std::string() : s.error().message.toStdString()));
        REQUIRE(s.ok());
    }

    // The fixture's numbers of `households` (0 for one it did not make), in
    // the order given: file-number order is the order of creation.
    QList<int> nums(const QList<QByteArray> &households) const
    {
        QList<int> list;
        for (const QByteArray &id : households)
            list << int(std::max<qsizetype>(h.indexOf(id), 0));
        return list;
    }

    Impact()
    {
        add(d(2024, 6, 1), false, true);
        active(1, d(2024, 6, 10));
        member(1, u"سليمان"_s, u"spouse"_s, u"male"_s);
        add(d(2024, 6, 1));
        active(2, d(2024, 6, 10));
        exit(2, d(2025, 1, 1), "employment");
        add(d(2024, 7, 1));
        active(3, d(2024, 7, 5));
        exit(3, d(2025, 1, 31), "own_project");
        reenter(3, d(2025, 4, 30), "lost_job");
        add(d(2024, 7, 1), true);
        active(4, d(2024, 7, 5));
        exit(4, d(2025, 2, 15), "other_income");
        reenter(4, d(2025, 8, 20), "project_failed");
        add(d(2024, 8, 1));
        active(5, d(2024, 8, 2));
        exit(5, d(2025, 3, 31), "moved");
        add(d(2024, 8, 1));
        active(6, d(2024, 8, 2));
        exit(6, d(2024, 12, 31), "employment");
        add(d(2024, 9, 1), false, true);
        active(7, d(2024, 9, 2));
        status(7, "suspended", d(2025, 2, 1), u"سفر"_s);
        add(d(2025, 1, 1));
        add(d(2025, 3, 31), true);
        add(d(2025, 4, 1));
        add(d(2024, 10, 1), true);
        active(11, d(2024, 10, 5));
        exit(11, d(2025, 3, 10), "employment");
        reenter(11, d(2026, 2, 15), "illness");
        add(d(2024, 10, 1), true);
        active(12, d(2024, 10, 5));
        exit(12, d(2025, 3, 15), "other");
        add(d(2024, 5, 1));
        active(13, d(2024, 5, 2));
        exit(13, d(2024, 11, 1), "employment");
        reenter(13, d(2025, 2, 10), "lost_job");
        add(d(2024, 5, 1));
        active(14, d(2024, 5, 2));
        exit(14, d(2025, 1, 20), "employment");
        reenter(14, d(2025, 3, 1), "family_change");
        exit(14, d(2025, 3, 20), "own_project");
        add(d(2024, 5, 1));
        active(15, d(2024, 5, 2));
        exit(15, d(2025, 2, 5), "employment");
        REQUIRE(households.archive(admin, h.at(15), u"ملف مكرر"_s).ok());
        add(d(2024, 3, 1));
        exit(16, d(2025, 2, 20), "moved");
        add(d(2024, 11, 1));
        active(17, d(2024, 11, 5));
        exit(17, d(2025, 3, 30), "employment");
        add(d(2024, 11, 1));
        active(18, d(2024, 11, 5));
        exit(18, d(2025, 3, 1), "employment");
        reenter(18, d(2025, 5, 15), "lost_job");
        add(d(2024, 11, 1));
        active(19, d(2024, 11, 5));
        exit(19, d(2025, 3, 29), "own_project");
        add(d(2024, 12, 1));
        active(20, d(2025, 1, 15));
        add(d(2025, 2, 10), true, true);
        active(21, d(2025, 2, 11));
        member(21, u"عبدالله"_s, u"son"_s, u"male"_s);
        member(21, u"لطيفة"_s, u"daughter"_s, u"female"_s);
        add(d(2024, 12, 1));
        active(22, d(2024, 12, 5));
        status(22, "suspended", d(2024, 12, 20), u"سفر"_s);
        active(22, d(2025, 1, 5));
        add(d(2024, 4, 1));
        active(23, d(2024, 4, 5));
        exit(23, d(2025, 4, 10), "employment");
        reenter(23, d(2025, 6, 1), "lost_job");
        add(d(2024, 4, 1), true);
        active(24, d(2024, 4, 5));
        exit(24, d(2025, 5, 5), "moved");
        REQUIRE(h.size() == 25);
    }
};

// The value of the figure with `key` in `figures` (fails the test when missing).
inline const impact::Figure &byKey(const QList<impact::Figure> &figures, const char *key)
{
    const auto it = std::find_if(figures.cbegin(), figures.cend(),
                                 [&](const impact::Figure &f) { return f.key == QLatin1StringView(key); });
    REQUIRE(it != figures.cend());
    return *it;
}

} // namespace tamkeen::test::impactfixture
