#pragma once
// Home visits (الزيارات المنزلية, issue 17 §1): what a field worker plans, what
// they saw, and the administrator's checklist. Plain records; VisitService
// reads and writes them.
#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace tamkeen::visits {

enum class VisitStatus { Planned, Done, Cancelled };

// How a checklist item is answered.
enum class ItemKind {
    YesNo,  // "yes" / "no"
    Rating, // "good" / "fair" / "poor" (housing condition …)
    Text,   // a line of words (needs observed …)
};

struct ChecklistItem {
    QString key;   // stable: the answer's key in every visit
    QString label; // as the administrator wrote it (or the built-in's translation)
    ItemKind kind = ItemKind::YesNo;
    int position = 0;
    bool archived = false; // asked no more; old visits keep their answers
};

struct Coordinates {
    double latitude = 0;
    double longitude = 0;
};

// What a worker records of a visit made.
struct VisitReport {
    QByteArray plannedId; // the plan it fulfils; empty: the family's open plan due by then, if any
    QByteArray householdId;
    QDate visitedOn;
    QList<QByteArray> presentMembers;
    QString presentOthers;         // neighbours, a relative not registered …
    QMap<QString, QString> answers; // checklist item key → answer; unanswered items are left out
    QString observations;
    QString coordinates;           // as typed or pasted; empty: none (Coordinates::parse)
    QString outcome;               // VisitService::outcomes()
    QDate nextVisitOn;             // invalid: no next visit; else a planned visit is made for it
};

// A plan (status Planned, or Done once a visit fulfilled it, or Cancelled) or
// a visit made (status Done, visitedOn set, planId the plan it fulfilled).
struct Visit {
    QByteArray id;
    QByteArray planId;
    QByteArray householdId;
    QByteArray workerId;
    QString workerName;
    VisitStatus status = VisitStatus::Planned;
    QDate plannedOn;
    QString planNote;
    QDate visitedOn;
    QList<QByteArray> presentMembers;
    QString presentOthers;
    QMap<QString, QString> answers;
    QString observations;
    std::optional<Coordinates> coordinates;
    QString outcome;
    QDate nextVisitOn;
    QString cancelReason;
};

// A planned visit with what a route needs of its household.
struct PlannedVisit {
    QByteArray id;
    QByteArray householdId;
    QString fileNumber;
    QString headName;
    QString region, city, district, address, phone;
    std::optional<Coordinates> coordinates; // the household's
    QByteArray workerId;
    QString workerName;
    QDate plannedOn;
    QString planNote;
};

// A household of a worker's caseload, for planning the week's visits.
struct CaseloadHousehold {
    QByteArray id;
    QString fileNumber;
    QString headName;
    QString district, city, address;
    QDate lastVisit;   // the last visit made; invalid: none
    QDate nextPlanned; // the next visit planned, today or later; invalid: none
};

} // namespace tamkeen::visits
