#pragma once
// The clinic test fixture: a set-up database with the clinic services, users,
// families, and helpers to book and record. Shared by the clinic test files.
#include "clinic/AppointmentService.h"
#include "clinic/AssessmentService.h"
#include "clinic/ClinicViews.h"
#include "clinic/ClinicVocabulary.h"
#include "clinic/Scores.h"
#include "clinic/SessionService.h"
#include "registry/HouseholdService.h"
#include "registry/IncomeService.h"
#include "registry/MemberService.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QJsonArray>

namespace tamkeen::test::clinicfixture {

using namespace tamkeen::clinic;
using security::Role;

inline registry::MemberData person(const QString &given, const QString &father, const QString &family,
                                   const QString &relation = QStringLiteral("head"), const QString &sex = QStringLiteral("male"))
{
    registry::MemberData m;
    m.givenName = given;
    m.fatherName = father;
    m.familyName = family;
    m.sex = sex;
    m.birthDate = sex == QStringLiteral("male") ? QDate(1980, 5, 1) : QDate(1986, 9, 12);
    m.relation = relation;
    return m;
}

inline QDateTime at(const QDate &d, int hour, int minute = 0)
{
    return QDateTime(d, QTime(hour, minute));
}

inline QDateTime daysAgo(int n)
{
    const QDateTime now = QDateTime::currentDateTime().addDays(-n);
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()));
}

struct Clinic {
    std::unique_ptr<test::TestDb> t = test::makeSetUpDb();
    storage::Database &db = *t->db;
    security::UserService users{db, security::HashCost::minimal()};
    registry::HouseholdService households{db};
    registry::IncomeService incomes{db};
    AppointmentService appointments{db};
    SessionService sessions{db};
    AssessmentService assessments{db};
    const security::Session &admin = t->admin;

    security::Session user(const QString &username, const QString &fullName, Role role)
    {
        auto id = users.add(admin, {username, fullName, role, QStringLiteral("correct horse battery")});
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        // Logged in, so the session holds the key that signs privileged changes.
        auto s = users.login(username, QStringLiteral("correct horse battery"));
        REQUIRE(s.ok());
        return s.value();
    }

    // A household with `head`; returns the household id and sets `headId`.
    QByteArray household(const registry::MemberData &head, QByteArray &headId, const QDate &registered = {})
    {
        registry::HouseholdData h;
        h.region = QStringLiteral("منطقة الرياض");
        h.city = QStringLiteral("الرياض");
        h.phone = QStringLiteral("0551234567");
        h.housingType = QStringLiteral("apartment");
        h.housingOwnership = QStringLiteral("rented");
        h.monthlyRent = 1500;
        h.registrationDate = registered;
        auto id = households.create(admin, h, head);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        auto members = households.members().members(id.value());
        REQUIRE(members.ok());
        REQUIRE(members.value().size() == 1);
        headId = members.value().first().id;
        return id.value();
    }

    QByteArray member(const QString &given, const QString &father, const QString &family)
    {
        QByteArray m;
        household(person(given, father, family), m);
        return m;
    }

    QByteArray book(const security::Session &by, const QByteArray &memberId, const security::Session &counsellor,
                    const QDateTime &startsAt, int durationMin = 30)
    {
        auto id = appointments.book(by, appointment(memberId, counsellor, startsAt, durationMin));
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }

    static AppointmentData appointment(const QByteArray &memberId, const security::Session &counsellor,
                                       const QDateTime &startsAt, int durationMin = 30)
    {
        AppointmentData a;
        a.memberId = memberId;
        a.counsellorId = counsellor.userId;
        a.startsAt = startsAt;
        a.durationMin = durationMin;
        a.types = {QStringLiteral("economic")};
        a.place = QStringLiteral("centre");
        return a;
    }

    static SessionData sessionData(const QByteArray &memberId, const security::Session &counsellor, const QDateTime &heldAt,
                                   const QStringList &types = {QStringLiteral("economic")})
    {
        SessionData d;
        d.memberId = memberId;
        d.counsellorId = counsellor.userId;
        d.heldAt = heldAt;
        d.durationMin = 45;
        d.types = types;
        d.mode = QStringLiteral("centre");
        d.needs = QStringLiteral("Needs a steady income");
        d.observations = QStringLiteral("Motivated, has tailoring skills");
        d.recommendations = QStringLiteral("Join the sewing course");
        return d;
    }

    QByteArray record(const security::Session &by, const SessionData &d, const QList<NewAction> &actions = {},
                      const QByteArray &appointmentId = {}, const std::optional<QDateTime> &next = {})
    {
        auto id = sessions.record(by, d, actions, appointmentId, next);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return id.value();
    }
};

inline QJsonObject who5Data(const QList<int> &items)
{
    QJsonArray a;
    for (int v : items)
        a.append(v);
    return QJsonObject{{QStringLiteral("items"), a}};
}

inline bool closeToNow(const QDateTime &t)
{
    return t.isValid() && qAbs(t.secsTo(QDateTime::currentDateTime())) <= 120;
}


} // namespace tamkeen::test::clinicfixture
