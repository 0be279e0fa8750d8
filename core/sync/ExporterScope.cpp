// What an export to a scoped receiver holds (docs/sync-format.md, "Scoped
// exports"): whose households it may have, and each batch cut for it.
#include "storage/Database.h"
#include "sync/Batches.h"
#include "sync/Exporter.h"
#include "sync/Package.h"
#include "sync/Wire.h"

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

Result<Scope> Exporter::receiverScope(const ExportOptions &options)
{
    if (!options.centreCode.isEmpty())
        return Scope::ofCentre(m_db, options.centreCode);
    if (!options.region.isEmpty())
        return Scope::ofRegion(m_db, options.region);
    if (!options.forDevice.isEmpty()) {
        auto known = m_db.scalar(u"SELECT count(*) FROM devices WHERE id = ?"_s, {options.forDevice});
        if (!known)
            return known.error();
        if (known.value().toLongLong() == 0) {
            // What it may receive is in its row, not here yet (a laptop
            // enrolled since): no more than this copy receives itself, and
            // from a copy that receives everything (a hub) no family at all.
            auto own = Scope::ofDevice(m_db, m_db.deviceId());
            if (own && own.value().everything)
                own.value().everything = false;
            return own;
        }
        return Scope::ofDevice(m_db, options.forDevice);
    }
    return Scope();
}

// The stored batches that hold entries of households a receiver said it
// lacks the history of (record kind 8): sent again, whatever its vector says.
Result<QList<qint64>> Exporter::historyWanted(const ExportOptions &options)
{
    QSet<QByteArray> households;
    if (options.forDevice.isEmpty()) // only its asker's: one peer's list cannot make every export carry it
        return QList<qint64>();
    Status s = m_db.read(u"SELECT wanted_households FROM sync_peers WHERE device = ? AND wanted_households IS NOT NULL"_s,
                         {options.forDevice}, [&](const storage::RawRow &r) {
                             const QByteArray list = r.blob(0);
                             for (qsizetype i = 0; i + 16 <= list.size(); i += 16)
                                 households.insert(list.mid(i, 16));
                         });
    if (!s)
        return s.error();
    HouseholdOf householdOf(m_db);
    auto entries = householdOf.entriesOf(households);
    if (!entries)
        return entries.error();
    QSet<qint64> rowids;
    for (const auto &[device, seq] : entries.value()) {
        s = m_db.read(u"SELECT rowid FROM sync_batches WHERE origin = ? AND first_seq <= ? AND last_seq >= ? "
                      "AND format > 0"_s,
                      {device, seq, seq}, [&](const storage::RawRow &r) { rowids.insert(r.integer(0)); });
        if (!s)
            return s.error();
    }
    QList<qint64> out(rowids.begin(), rowids.end());
    std::sort(out.begin(), out.end());
    return out;
}

// Whether a household's rows go to the receiver: an organisation row, or a
// household in its scope. One whose row has not come here yet is judged by
// the centre its origin tagged it with (`taggedCentre`; none: it goes); a
// row of no known household here (a conflict's, a document's) does not go.
bool Exporter::goes(const QByteArray &household, Status &failed, const QByteArray *taggedCentre)
{
    if (m_scope.everything || household.isEmpty() || m_inScope.contains(household))
        return true;
    auto held = m_heldHere.constFind(household);
    if (held == m_heldHere.constEnd()) {
        auto n = m_db.scalar(u"SELECT count(*) FROM households WHERE id = ?"_s, {household});
        if (!n) {
            failed = n.error();
            return false;
        }
        held = m_heldHere.insert(household, n.value().toLongLong() > 0);
    }
    if (held.value() || !taggedCentre)
        return false;
    return taggedCentre->isEmpty() || m_scope.centres.contains(*taggedCentre);
}

// The move of a family to another centre reaches the centre it left, so that
// its list drops the family (nothing else of the family does).
bool Exporter::isMoveAway(const batches::Item &item)
{
    if (!m_movedAway.contains(item.household))
        return false;
    Entry e;
    if (!batches::entryOf(item, e) || e.table != u"households" || e.op != u"U")
        return false;
    return std::any_of(e.carried.cbegin(), e.carried.cend(), [](const Entry::Field &f) { return f.column == u"centre_id"; });
}

// One stored batch as it leaves: a format-3 batch without the items of
// households beyond the receiver's scope (their hashes stand in for them).
Status Exporter::writeBatch(PackageWriter &writer, const BatchRecord &batch, ExportSummary &summary)
{
    if (m_scope.everything || batch.format != 3)
        return writer.addRaw(wire::encode(batch));
    QList<batches::Item> items;
    if (!batches::parseItems(batch.body, &items, 3))
        return makeError(ErrorCode::Corrupt, tr("A stored batch is damaged in this database. Run tamkeen-cli check."));
    Status failed;
    const auto keep = [&](const batches::Item &i) {
        const bool goes = this->goes(i.household, failed, &i.centre) || isMoveAway(i);
        if (!goes)
            ++summary.leftOut;
        return goes;
    };
    bool changed = false;
    BatchRecord cut = batch;
    cut.body = batches::cut(items, keep, &changed);
    if (!failed)
        return failed;
    return writer.addRaw(wire::encode(changed ? cut : batch));
}

// The receiver's scope for this export: the households in it here, and
// those moved away from its centres (their move goes to it too).
Status Exporter::prepareScope(const ExportOptions &options)
{
    auto scope = receiverScope(options);
    if (!scope)
        return scope.error();
    m_scope = scope.value();
    m_inScope.clear();
    m_heldHere.clear();
    m_movedAway.clear();
    if (m_scope.everything)
        return {};
    auto households = m_scope.households(m_db);
    if (!households)
        return households.error();
    m_inScope = households.value();
    for (const QByteArray &centre : std::as_const(m_scope.centres))
        if (Status s = m_db.read(u"SELECT household_id FROM household_assignments WHERE from_centre = ?"_s, {centre},
                                 [&](const storage::RawRow &r) { m_movedAway.insert(r.blob(0)); });
            !s)
            return s;
    return {};
}

// A document's content goes only where one of its documents' rows goes.
Status Exporter::keepInScope(QList<QByteArray> &hashes)
{
    if (m_scope.everything)
        return {};
    HouseholdOf householdOf(m_db);
    QList<QByteArray> kept;
    for (const QByteArray &hash : std::as_const(hashes)) {
        QList<QByteArray> rows;
        if (Status s = m_db.read(u"SELECT id FROM documents WHERE content_hash = ?"_s, {hash},
                                 [&](const storage::RawRow &r) { rows << r.blob(0); });
            !s)
            return s;
        for (const QByteArray &row : std::as_const(rows)) {
            auto household = householdOf.of(u"documents"_s, row);
            if (!household)
                return household.error();
            Status failed;
            const bool goes = this->goes(household.value(), failed);
            if (!failed)
                return failed;
            if (goes) {
                kept << hash;
                break;
            }
        }
    }
    hashes = kept;
    return {};
}

} // namespace tamkeen::sync
