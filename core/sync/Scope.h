#pragma once
// Scoped exports (docs/sync-format.md, "Scoped exports"): the households a
// copy's work needs, and which household each synced row belongs to.
// A device's scope is the centre of its own `devices` row (an
// administrator's, signed), never anything a sender says.
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync {

struct Scope {
    bool everything = true;    // a national hub, an export to everyone
    QList<QByteArray> centres; // otherwise: the households of these centres

    // What devices.scope may say (its administrator chose it at enrolment).
    static const QStringList &kinds(); // "centre", "region", "all"
    // A device's, by its devices row here: its centre ("centre"), its
    // centre's region ("region"), everything ("all", NULL for a device
    // enrolled before scopes, or no row here).
    static Result<Scope> ofDevice(storage::Database &db, const QByteArray &device);
    // A centre's by its code, a region's centres by the region's name: an
    // error when this copy knows no such centre.
    static Result<Scope> ofCentre(storage::Database &db, const QString &code);
    static Result<Scope> ofRegion(storage::Database &db, const QString &region);

    // The households in it on this copy: those of its centres now (or of
    // none). A family transferred away is its new centre's only.
    Result<QSet<QByteArray>> households(storage::Database &db) const;
    // Those households in temp.scope_households, for rowsCondition.
    Status intoTempTable(storage::Database &db) const;
};

// The household each synced row belongs to, by the links the erasure follows
// (household_id, member_id, plan_id, referral_id, appointment_id,
// session_id); empty for an organisation row (centres, users, devices,
// partners, settings, keys, erasures …), which travels to every copy.
class HouseholdOf {
    Q_DECLARE_TR_FUNCTIONS(HouseholdOf)
public:
    explicit HouseholdOf(storage::Database &db) : m_db(db) {}
    Result<QByteArray> of(const QString &table, const QByteArray &rowId);
    // The household and its centre now (either may be empty), as a batch item is tagged.
    Result<std::pair<QByteArray, QByteArray>> withCentre(const QString &table, const QByteArray &rowId);
    // The SQL expression of a row's household (its table aliased `t`), empty
    // for an organisation table.
    Result<QString> expression(const QString &table);
    // The SQL condition (the table aliased `t`) for its rows that go to a
    // scope in temp.scope_households (Scope::intoTempTable): organisation
    // rows and rows of those households (not those of a household not here:
    // they cannot be judged); "1" for an organisation table.
    Result<QString> rowsCondition(const QString &table);
    // The change-log entries of every row of these households here, as
    // (device, seq): what a copy the households entered lacks.
    Result<QList<std::pair<QByteArray, qint64>>> entriesOf(const QSet<QByteArray> &households);

private:
    storage::Database &m_db;
    QHash<QString, QString> m_expressions;
    QHash<QByteArray, QByteArray> m_centres; // household → its centre, while sealing
};

} // namespace tamkeen::sync
