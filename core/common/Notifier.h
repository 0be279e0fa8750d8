#pragma once
// One object per database through which core announces what changed; UI models
// listen and refresh, so core never knows about item models. The database
// announces the areas of the tables written once the outermost transaction
// commits (storage::Database::touched), so every service and the importer
// announce their writes without each remembering to.
#include <QObject>
#include <QSet>
#include <QString>

namespace tamkeen {

class Notifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    enum Area {
        Users = 1 << 0,
        Households = 1 << 1, // households, members, incomes, status, merges
        Clinic = 1 << 2,     // appointments, sessions, agreed actions, assessments
        Plans = 1 << 3,
        Referrals = 1 << 4, // referrals and partners
        Exits = 1 << 5,     // exits from support and their follow-ups
        Settings = 1 << 6,  // organisation settings, session types, plan tracks, centres
        Sync = 1 << 7,      // devices, conflicts, sync history
    };
    Q_DECLARE_FLAGS(Areas, Area)
    Q_FLAG(Areas)

    // The area a table belongs to (none for bookkeeping such as the search index).
    static Areas areaOf(const QString &table);
    static Areas areasOf(const QSet<QString> &tables);
    // Emits the signal of each area, in the order of the enum.
    void announce(Areas areas);

signals:
    void usersChanged();
    void householdsChanged();
    void clinicChanged();
    void plansChanged();
    void referralsChanged();
    void exitsChanged();
    void settingsChanged();
    void syncChanged();
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Notifier::Areas)

} // namespace tamkeen
