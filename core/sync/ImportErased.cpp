// What an import looks at in what it brought, beyond the merge: entries whose
// words an erasure cut out (docs/sync-format.md, record 4; registry/Erasure),
// believed only for rows an erasure here covers and applied without the
// privileged fields their lost signature vouched for; and referrals made
// without consent (docs/consent.md).
#include "sync/ImportRun.h"

#include "registry/ConsentService.h"
#include "registry/Erasure.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "security/Privileges.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

// Whether a batch has an entry whose words an erasure cut out for a row no
// erasure here covers (a row is covered when it, or a row it names, is in
// erased_rows; an erased insert covers its row for the entries after it).
Result<bool> ImportRun::erasedWithoutErasure(const QList<batches::Item> &items, const QList<Entry> &entries)
{
    QSet<QByteArray> covered; // rows made by erased inserts earlier in the batch
    for (qsizetype i = 0; i < items.size() && i < entries.size(); ++i) {
        if (!items[i].erased())
            continue;
        const Entry &e = entries[i];
        if (covered.contains(e.rowId))
            continue;
        auto found = registry::Erasure::covers(m_db, e);
        if (!found)
            return found.error();
        if (!found.value())
            return true;
        if (e.op == u"I")
            covered.insert(e.rowId);
    }
    return false;
}

// An entry whose words were cut out: applied as the blanks it holds. Its
// author's signature went with the words, so the privileged fields it set
// are left out: they stay as they are here (docs/sync-format.md, record 4).
Status ImportRun::takeErased(Entry &e)
{
    e.carried.removeIf([&](const Entry::Field &f) {
        return security::Privileges::needsSignature(e.table, {f.column}, {{f.column, f.value}}, e.op);
    });
    if (e.op == u"U")
        e.fieldNames.removeIf([&](const QString &c) {
            return std::none_of(e.carried.begin(), e.carried.end(), [&](const Entry::Field &f) { return f.column == c; });
        });
    return {};
}

// A referral made elsewhere without the member's consent to sharing with
// that partner, nor an override with its reason: the rule is checked where a
// referral is made, so a copy that skipped it (a hostile build) is seen here.
// The referral stays (its letter says «no consent recorded»); the audit trail
// says it arrived so, for a supervisor to follow up. A consent recorded on
// a third laptop that has not come yet reads the same: the entry says "here".
// Listed in the import's transaction, logged after it (capture is off in it).
Status ImportRun::auditReferralsWithoutConsent()
{
    registry::ConsentService consents(m_db);
    for (const QByteArray &id : std::as_const(m_newReferrals)) {
        QByteArray member, household, partner, author;
        QDate sent;
        if (Status s = m_db.read(u"SELECT member_id, household_id, partner_id, sent_on, created_by FROM referrals "
                                 "WHERE id = ? AND deleted = 0"_s,
                                 {id}, [&](const storage::RawRow &r) {
                                     member = r.blob(0);
                                     household = r.blob(1);
                                     partner = r.blob(2);
                                     sent = QDate::fromString(r.text(3), Qt::ISODate);
                                     author = r.blob(4);
                                 });
            !s)
            return s;
        if (member.isEmpty())
            continue;
        auto consent = consents.sharingConsent(member, partner, sent, true);
        if (!consent)
            return consent.error();
        if (consent.value())
            continue;
        m_withoutConsent.append({household, u"referral %1 by %2 from device %3: no consent to sharing here"_s.arg(
                                                QString::fromLatin1(id.toHex()), QString::fromLatin1(author.toHex()),
                                                QString::fromLatin1(m_header.device.toHex()))});
    }
    m_newReferrals.clear();
    return {};
}

// After the commit, with change capture on: the entries sync like any other.
void ImportRun::logReferralsWithoutConsent()
{
    security::Session importer;
    importer.userId = m_db.currentUser(); // nobody logged in: nothing to attribute, nothing logged
    for (const auto &[household, details] : std::as_const(m_withoutConsent))
        security::AuditLog::logged(security::AuditLog(m_db).record(importer, u"consent_missing"_s, household, details));
}

} // namespace tamkeen::sync
