#pragma once
// What the registry stores about a household and its members.
#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace tamkeen::registry {

// The fields a worker edits on a household (the file number, centre and status
// are managed by the service).
struct HouseholdData {
    QString region;
    QString city;
    QString district;
    QString address;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString housingType;      // Vocabulary::housingTypes()
    QString housingOwnership; // Vocabulary::housingOwnership()
    std::optional<double> monthlyRent;
    QString phone;            // ASCII digits
    QDate registrationDate;
    QByteArray assignedWorker; // users.id
    QStringList categories;   // keys of the category list
};

struct Household : HouseholdData {
    QByteArray id;
    QString fileNumber;
    QByteArray centreId;
    QString status; // Vocabulary::statuses()
    QDate statusDate;
    bool archived = false;
};

struct MemberData {
    QString givenName;
    QString fatherName;
    QString grandfatherName; // optional
    QString familyName;      // optional (Egyptian names often have none)
    QString relation;        // Vocabulary::relations(); exactly one "head" per household
    QString idType;          // Identity::key(); empty when no document
    QString idNumber;
    QString sex;             // "male" / "female"
    QDate birthDate;
    QString nationality;
    QString maritalStatus;
    QString education;
    QString employment;
    QString occupation;
    QString disability;      // type, empty when none
    QString chronicIllness;  // empty when none
    std::optional<bool> ableToWork;
    QString schoolName;      // children
    QString schoolGrade;
    QString phone;

    // The four-part name as written, parts that are empty left out.
    QString fullName() const;
};

struct Member : MemberData {
    QByteArray id;
    QByteArray householdId;
};

struct StatusChange {
    QString status;
    QString previousStatus;
    QDate date;
    QString reason;
    QByteArray by; // users.id
};

struct Income {
    QByteArray id;
    QByteArray householdId;
    QByteArray memberId; // empty for a household-level income
    QString source;      // Vocabulary::incomeSources()
    double amount = 0;   // monthly; 0 ends an income from its date on
    QString currency;
    QDate effectiveDate;
    QString note;
};

} // namespace tamkeen::registry
