// Scoped exports on the receiving side (docs/sync-format.md, "Scoped
// exports"): batches that came with items left out, the numbers beyond this
// copy's scope counted as received, and the households whose history it asks
// for when they enter its scope.
#include "storage/Database.h"
#include "sync/ImportRun.h"
#include "sync/Refusals.h"
#include "sync/Scope.h"

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

constexpr qsizetype kMaxHouseholdsWanted = 4096;

} // namespace

// A batch is kept as it came; a copy of it held with items left out takes
// the items this one has (the same run and signature: the same batch).
Status ImportRun::storeBatch(const BatchRecord &b, const QList<batches::Item> &items)
{
    QByteArray held;
    bool found = false;
    if (Status s = m_db.read(u"SELECT body FROM sync_batches WHERE origin = ? AND first_seq = ? AND last_seq = ? "
                             "AND signature = ? AND format = 3"_s,
                             {b.origin, b.firstSeq, b.lastSeq, b.signature},
                             [&](const storage::RawRow &r) {
                                 held = r.blob(0);
                                 found = true;
                             });
        !s)
        return s;
    if (!found || b.format != 3)
        return m_db.write(u"INSERT OR IGNORE INTO sync_batches(origin, first_seq, last_seq, body, signature, format) "
                          "VALUES (?, ?, ?, ?, ?, ?)"_s,
                          {b.origin, b.firstSeq, b.lastSeq, b.body, b.signature, b.format});
    if (held == b.body)
        return {};
    QList<batches::Item> heldItems;
    if (!batches::parseItems(held, &heldItems, 3))
        return {}; // not ours to repair here: `check` reads stored batches
    bool changed = false;
    const QByteArray filled = batches::fill(heldItems, items, &changed);
    if (!changed || filled.isEmpty())
        return {};
    // Stored anew (a new rowid): the erasures held here look at it again
    // (registry::Erasure::carryOut), since the items that came may hold the
    // words of a person erased here.
    if (Status s = m_db.write(u"DELETE FROM sync_batches WHERE origin = ? AND first_seq = ?"_s, {b.origin, b.firstSeq});
        !s)
        return s;
    return m_db.write(u"INSERT INTO sync_batches(origin, first_seq, last_seq, body, signature, format) "
                      "VALUES (?, ?, ?, ?, ?, 3)"_s,
                      {b.origin, b.firstSeq, b.lastSeq, filled, b.signature});
}

// Whether an item left out of a batch is of a household beyond this copy's
// scope, by this copy's own devices row and rows (loadMyScope, read once an
// import) and the centre its origin tagged it with: then its number counts as
// received. Else (an organisation row, a household of ours or of no centre,
// or a copy with no scope) it is missing, as an entry never received is: the
// vector stops below it.
Status ImportRun::loadMyScope()
{
    if (m_myHouseholds)
        return {};
    auto scope = Scope::ofDevice(m_db, m_db.deviceId());
    if (!scope)
        return scope.error();
    m_myScopeAll = scope.value().everything;
    m_myCentres = scope.value().centres;
    auto households = scope.value().households(m_db);
    if (!households)
        return households.error();
    m_myHouseholds = households.value();
    return {};
}

bool ImportRun::beyondScope(const batches::Item &item) const
{
    // The centre is the origin's, under its signature: a household new to us
    // (its row not here yet) is still known to be ours or not.
    // A household of no centre when sealed is judged by what we hold of it.
    return !item.household.isEmpty() && !m_myScopeAll && !m_myCentres.contains(item.centre)
           && !m_myHouseholds->contains(item.household) && !m_transferredIn.contains(item.household);
}

// Runs of numbers left out as beyond our scope: received, for the vector.
Status ImportRun::noteOutOfScope(const QByteArray &origin, const QList<qint64> &seqs)
{
    for (qsizetype i = 0; i < seqs.size();) {
        qsizetype j = i;
        while (j + 1 < seqs.size() && seqs[j + 1] == seqs[j] + 1)
            ++j;
        if (Status s = m_db.write(u"INSERT OR REPLACE INTO sync_out_of_scope(device, first_seq, last_seq) "
                                  "VALUES (?, ?, ?)"_s,
                                  {origin, seqs[i], seqs[j]});
            !s)
            return s;
        i = j + 1;
    }
    if (!seqs.isEmpty()) {
        m_touchedDevices[origin] = std::max(m_touchedDevices.value(origin), seqs.last());
        m_summary.outOfScope += seqs.size();
    }
    return {};
}

// What a whole item of a format-3 batch tells of its household: a transfer
// to our centre (its earlier entries may have been left out for us), its
// own insert (its history came), or that a sender that cut the batch for us
// judged it ours.
void ImportRun::noteHousehold(const Entry &e, const QByteArray &household, bool applied, bool batchWasCut)
{
    if (household.isEmpty())
        return;
    if (e.table == u"households" && e.op == u"I")
        m_historyCame.insert(e.rowId);
    if (batchWasCut)
        m_householdsSeen.insert(household);
    if (!applied || e.table != u"households" || e.op != u"U" || m_myCentres.isEmpty())
        return;
    // Moved to us, and taken: a refused move (unsigned) is not in the log.
    for (const Entry::Field &f : e.carried)
        if (f.column == u"centre_id" && m_myCentres.contains(f.value.toByteArray())) {
            auto taken = m_db.scalar(u"SELECT count(*) FROM change_log WHERE device = ? AND seq = ?"_s,
                                     {e.v.device, e.v.seq});
            if (taken && taken.value().toLongLong() > 0)
                m_transferredIn.insert(household);
        }
}

// The households the sender lacks the history of (record kind 8), kept for
// the next export to it (recordPeers); the list replaces the one it sent before.
Status ImportRun::takeHouseholdsWanted(const QList<QByteArray> &households)
{
    if (m_senderHouseholdsWanted || households.size() > kMaxHouseholdsWanted)
        return RecordReader::damaged();
    m_senderHouseholdsWanted = QByteArray();
    for (const QByteArray &h : households)
        if (h.size() == 16) // anything else names no household: left out
            *m_senderHouseholdsWanted += h;
    return {};
}

// The households whose history this copy asks for: those a change moved to
// our centre, and those a batch cut for us carried whole while their own row
// is not here; no longer those whose insert came in a package after the ask.
Status ImportRun::updateHouseholdsWanted()
{
    if (m_householdsSeen.isEmpty() && m_transferredIn.isEmpty() && m_historyCame.isEmpty())
        return {};
    if (Status s = loadMyScope(); !s)
        return s;
    QSet<QByteArray> ask;
    if (!m_myScopeAll) {
        ask = m_transferredIn;
        for (const QByteArray &h : std::as_const(m_householdsSeen)) {
            auto held = m_db.scalar(u"SELECT count(*) FROM households WHERE id = ?"_s, {h});
            if (!held)
                return held.error();
            if (held.value().toLongLong() == 0)
                ask.insert(h);
        }
    }
    // Its history came: the insert of the household, in a package after the ask.
    for (const QByteArray &h : std::as_const(m_historyCame))
        if (!ask.contains(h))
            if (Status s = m_db.write(u"DELETE FROM sync_households_wanted WHERE household = ?"_s, {h}); !s)
                return s;
    for (const QByteArray &h : std::as_const(ask))
        if (Status s = m_db.write(u"INSERT OR IGNORE INTO sync_households_wanted(household, since) VALUES (?, ?)"_s,
                                  {h, m_now});
            !s)
            return s;
    return {};
}

// A family's centre decides who receives it, and only a supervisor's signed
// change moves it (security::Privileges). An insert registers a family at its
// own device's centre (none given, or one left out as set later by a move
// still to come: that centre); an insert naming a family held here (a second
// one under its id) is refused, every field of it.
Result<QString> ImportRun::registeredCentre(Entry &e, bool held)
{
    if (held)
        return QString::fromLatin1(refusal::kForeignCentre);
    auto centre = m_deviceCentres.constFind(e.v.device);
    if (centre == m_deviceCentres.constEnd()) {
        auto c = m_db.scalar(u"SELECT centre_id FROM devices WHERE id = ?"_s, {e.v.device});
        if (!c)
            return c.error();
        centre = m_deviceCentres.insert(e.v.device, c.value().toByteArray());
    }
    const auto f = std::find_if(e.carried.begin(), e.carried.end(),
                                [&](const Entry::Field &field) { return field.column == u"centre_id"; });
    if (f == e.carried.end() || f->value.isNull()) {
        if (f != e.carried.end() && !centre.value().isEmpty())
            f->value = centre.value();
        return QString();
    }
    if (f->value.typeId() != QMetaType::QByteArray || f->value.toByteArray() != centre.value())
        return QString::fromLatin1(refusal::kForeignCentre);
    return QString();
}

} // namespace tamkeen::sync
