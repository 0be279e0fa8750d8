// An entry's author, judged as they stood when it was made, and the entries
// refused for good (docs/trust.md, "Refused changes"). An entry of a
// verified batch that is refused for a reason every copy judges alike (its
// author's role or signature, a revoked device, a time outside the
// organisation's life) counts as received: it is kept in sync_refused, the
// vector moves past it, so it is neither sent again nor reported missing.
// The batch that holds it is still forwarded unchanged, and every copy
// judges it for itself. ImportRun.cpp has the other checks.
#include "sync/Batches.h"
#include "sync/ImportRun.h"

#include "security/Privileges.h"
#include "storage/Database.h"
#include "sync/RoleHistory.h"
#include "sync/Wire.h"

#include <QDateTime>
#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Refusals that more of the author's history can turn: judged again when it comes.
bool dependsOnHistory(const QString &code)
{
    using security::Privileges;
    for (const char *c : {Privileges::kRole, Privileges::kBadSignature, Privileges::kUnknownAuthor,
                          Privileges::kAuthorNoKey, Privileges::kAuthorRemoved}) {
        if (code == QLatin1String(c))
            return true;
    }
    return false;
}

} // namespace

// A privileged change is believed only with its author's signature, from an
// author who held the role when the change was made (docs/trust.md). Returns
// the code of the refusal, empty when admitted. An admitted signed change
// sets exactly the values its author signed.
Result<QString> ImportRun::admission(Entry &e)
{
    if (e.op == u"I" && !e.isSigned())
        leaveLaterPrivilegedFields(e);
    security::SignedChange c;
    c.device = e.v.device;
    c.seq = e.v.seq;
    c.hlc = e.v.hlc;
    c.table = e.table;
    c.rowId = e.rowId;
    c.op = e.op;
    c.author = e.author.toByteArray();
    c.fields = e.fieldNames;
    if (e.isSigned()) {
        c.pairs = e.signedPairs;
    } else {
        for (const Entry::Field &f : e.carried)
            c.pairs.append({f.column, f.value});
    }
    security::Privileges::Author author;
    if (!c.author.isEmpty()) {
        auto at = RoleHistory::authorAt(m_db, c.author, e.v);
        if (!at)
            return at.error();
        author = at.value();
    }
    const QString why = security::Privileges::admit(m_db, c, e.authorSignature, c.author.isEmpty() ? nullptr : &author);
    if (!why.isEmpty() || !e.isSigned())
        return why;
    if (e.op == u"I") {
        // The row as it was signed, at this entry's version: later values
        // come with the later entries that set them.
        e.carried.clear();
        for (const auto &[column, value] : e.signedPairs)
            e.carried.append({column, value, e.v, Version()});
        return QString();
    }
    for (Entry::Field &f : e.carried) {
        const auto signedValue = std::find_if(e.signedPairs.cbegin(), e.signedPairs.cend(),
                                              [&](const auto &p) { return p.first == f.column; });
        if (signedValue == e.signedPairs.cend())
            return QString::fromLatin1(security::Privileges::kUnsignedValues);
        f.value = signedValue->second;
    }
    return QString();
}

// An ordinary insert travels with the row as it is at the sender, each value
// with the version that set it. A privileged value set by a later change is
// not this entry's to decide: it is left out here (the field starts empty, or
// a plan as a draft, as this entry's own) and comes with the later change,
// judged on its own signature. A row is not refused for the notes a
// counsellor added to it, nor a plan for its approval.
void ImportRun::leaveLaterPrivilegedFields(Entry &e)
{
    // A privileged table's insert is its author's to sign whole.
    if (!security::Privileges::hasPrivilegedFields(e.table) || security::Privileges::isPrivilegedTable(e.table))
        return;
    for (Entry::Field &f : e.carried) {
        if (f.version.sameChange(e.v) || f.value.isNull()
            || !security::Privileges::needsSignature(e.table, {f.column}, {{f.column, f.value}}))
            continue;
        f.value = security::Privileges::unsetValue(e.table, f.column);
        f.version = e.v;
        f.prev = Version();
    }
}

void ImportRun::refuseChanges(const QString &reason, qint64 count)
{
    m_summary.refusedChanges += count;
    m_summary.refusedReasons[reason] += count;
    if (m_refusedReason.isEmpty())
        m_refusedReason = reason;
}

// One entry of a verified batch refused: counted, its sender flagged; kept
// as received when `forGood` (every copy judges it alike).
Status ImportRun::refuseEntry(const Entry &e, const QString &reason, bool forGood)
{
    refuseChanges(reason, 1);
    if (!forGood)
        return {};
    // Judged again and still refused: the first sender and time stay.
    if (Status s = m_db.write(u"INSERT INTO sync_refused(device, seq, hlc, tbl, row_id, author, reason, sender, "
                              "refused_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(device, seq) DO UPDATE "
                              "SET reason = excluded.reason"_s,
                              {e.v.device, e.v.seq, qint64(e.v.hlc), e.table, e.rowId, e.author, reason,
                               m_header.device, nowIso()});
        !s)
        return s;
    m_touchedDevices[e.v.device] = std::max(m_touchedDevices.value(e.v.device), e.v.seq);
    return {};
}

// An entry refused for its author is judged again when more of that
// author's history came in this package (a promotion that arrived after the
// change it allows): the entry is read again from its stored batch.
Status ImportRun::judgeAgain()
{
    for (int round = 0; round < 8 && !m_authorsChanged.isEmpty(); ++round) {
        const QSet<QByteArray> authors = std::exchange(m_authorsChanged, {});
        QList<std::pair<QByteArray, qint64>> again;
        for (const QByteArray &author : authors) {
            auto q = m_db.exec(u"SELECT device, seq, reason FROM sync_refused WHERE author = ? ORDER BY hlc"_s, {author});
            if (!q)
                return q.error();
            while (q.value()->next())
                if (dependsOnHistory(q.value()->value(2).toString()))
                    again.append({q.value()->value(0).toByteArray(), q.value()->value(1).toLongLong()});
            q.value()->finish();
        }
        for (const auto &[origin, number] : again) {
            const QByteArray device = origin;
            const qint64 seq = number;
            BatchRecord batch;
            if (Status s = m_db.read(u"SELECT body, format FROM sync_batches WHERE origin = ? AND first_seq <= ? "
                                     "AND last_seq >= ?"_s,
                                     {device, seq, seq},
                                     [&](const storage::RawRow &r) {
                                         batch.body = r.blob(0);
                                         batch.format = int(r.integer(1));
                                     });
                !s)
                return s;
            std::optional<Entry> stored;
            (void)batches::forEachEntry(batch, [&](Entry &e, bool erased) -> Status {
                if (!erased && e.v.device == device && e.v.seq == seq)
                    stored = e;
                return {};
            });
            if (!stored)
                continue;
            // Not counted again when it is still refused.
            const auto counts = m_summary.refusedReasons;
            const qint64 refused = m_summary.refusedChanges;
            const QString flagged = m_refusedReason;
            if (Status s = mergeEntry(*stored); !s)
                return s;
            if (m_summary.refusedChanges > refused) {
                m_summary.refusedReasons = counts;
                m_summary.refusedChanges = refused;
                m_refusedReason = flagged;
            }
            // Applied now: no longer refused (an update whose row is missing stays so).
            if (Status s = m_db.write(u"DELETE FROM sync_refused WHERE device = ? AND seq = ? AND EXISTS "
                                      "(SELECT 1 FROM change_log WHERE device = ? AND seq = ?)"_s,
                                      {device, seq, device, seq});
                !s)
                return s;
        }
    }
    return {};
}

} // namespace tamkeen::sync
