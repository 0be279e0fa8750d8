#pragma once
// Crisis lists (issue 17 §7; seed 001): a supervisor declares an event (a
// flood, a fire, a displacement …) for places taken from the administrator's
// place list (regions, their cities, their districts); Tamkeen lists the
// households there, the most vulnerable first (members with a disability,
// elderly members, young children, income per person), records the
// emergency assistance each is given, and exports the list.
#include "common/Result.h"
#include "registry/Vocabulary.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::casework {

struct Place {
    QByteArray id;
    QString kind; // region, city, district
    QString name;
    QByteArray parentId;
    QString region, city, district; // its names down from the region
};

struct CrisisEvent {
    QByteArray id;
    QString name, kind;
    QDate declaredOn;
    QList<QByteArray> places;
    QString note;
    QString declaredByName;
};

struct CrisisHousehold {
    QByteArray id;
    QString fileNumber, headName, place, address, phone;
    int members = 0, disabled = 0, elderly = 0, youngChildren = 0;
    double incomePerPerson = 0;
    int assisted = 0;          // times assisted for this event
    double assistedAmount = 0; // their amounts, in the organisation's currency
    int vulnerability() const { return 3 * disabled + 2 * elderly + youngChildren; }
};

struct AssistanceData {
    QString kind;                 // Crisis::assistanceKinds()
    std::optional<double> amount; // none for food, shelter … given in kind
    QString currency;
    QDate givenOn;
    QString note;
};

class Crisis {
    Q_DECLARE_TR_FUNCTIONS(Crisis)
public:
    static constexpr int kElderlyAge = 60, kYoungChildAge = 6;

    explicit Crisis(storage::Database &db);

    static QList<registry::Term> placeKinds();      // region, city, district
    static QList<registry::Term> eventKinds();      // flood, fire, displacement, earthquake, other
    static QList<registry::Term> assistanceKinds(); // cash, food, shelter, health, other

    // The place list, regions first, each followed by its cities and their districts.
    Result<QList<Place>> places();
    // A region (no parent), a city of a region, a district of a city; administrators.
    Result<QByteArray> addPlace(const security::Session &by, const QString &kind, const QString &name,
                                const QByteArray &parentId = {});
    // Supervisors and administrators; at least one place of the list.
    Result<QByteArray> declare(const security::Session &by, const QString &name, const QString &kind, const QDate &on,
                               const QList<QByteArray> &places, const QString &note);
    Result<QList<CrisisEvent>> events(); // newest first
    // The live households of the event's places, most vulnerable first (then
    // the most members, the least income per person, the file number).
    Result<QList<CrisisHousehold>> households(const QByteArray &eventId, const QDate &today);
    // Field workers, counsellors, supervisors and administrators.
    Result<QByteArray> assist(const security::Session &by, const QByteArray &eventId, const QByteArray &householdId,
                              const AssistanceData &data);
    // The list as CSV or XLSX (by the file's extension), all or nothing.
    Result<qint64> exportList(const QByteArray &eventId, const QString &path, const QDate &today);

private:
    Result<CrisisEvent> event(const QByteArray &id);

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::casework
