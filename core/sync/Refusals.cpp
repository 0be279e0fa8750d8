#include "sync/Refusals.h"

#include "security/Privileges.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

QString Refusals::text(const QString &code)
{
    using security::Privileges;
    static const QHash<QString, const char *> texts = {
        {QString::fromLatin1(refusal::kRevoked), QT_TR_NOOP("made by a revoked device after its revocation")},
        {QString::fromLatin1(refusal::kUnknownDevice), QT_TR_NOOP("sealed by a device this copy does not know")},
        {QString::fromLatin1(refusal::kBadSignature), QT_TR_NOOP("not signed by the device it claims")},
        {QString::fromLatin1(refusal::kDamagedBatch), QT_TR_NOOP("a damaged batch of changes")},
        {QString::fromLatin1(refusal::kClock), QT_TR_NOOP("a time before the organisation existed, or far ahead")},
        {QString::fromLatin1(refusal::kNotSealed), QT_TR_NOOP("not sealed by any device")},
        {QString::fromLatin1(refusal::kForked), QT_TR_NOOP("from a restored or copied database")},
        {QString::fromLatin1(refusal::kOldKey),
         QT_TR_NOOP("made with the organisation's old key: that laptop must import a recent package, then export again")},
        {QString::fromLatin1(refusal::kErasedUnknown),
         QT_TR_NOOP("words cut out by an erasure this copy has not received yet: it comes again with the erasure")},
        {QString::fromLatin1(refusal::kForeignCentre),
         QT_TR_NOOP("a family registered for another centre than its device's, or again under the id of one held: only a supervisor moves a family")},
        {QString::fromLatin1(Privileges::kFinal), QT_TR_NOOP("a change to a revocation, which is final")},
        {QString::fromLatin1(Privileges::kUnsigned), QT_TR_NOOP("a privileged change without its author's signature")},
        {QString::fromLatin1(Privileges::kNoAuthor), QT_TR_NOOP("a privileged change that names no author")},
        {QString::fromLatin1(Privileges::kUnsignedValues), QT_TR_NOOP("values its author did not sign")},
        {QString::fromLatin1(Privileges::kUnknownAuthor), QT_TR_NOOP("its author is not a user known here")},
        {QString::fromLatin1(Privileges::kAuthorNoKey), QT_TR_NOOP("its author has no key here")},
        {QString::fromLatin1(Privileges::kBadSignature), QT_TR_NOOP("the signature does not match its author's key")},
        {QString::fromLatin1(Privileges::kAuthorRemoved), QT_TR_NOOP("its author's account had been removed")},
        {QString::fromLatin1(Privileges::kAuthorInactive), QT_TR_NOOP("its author's account had been deactivated")},
        {QString::fromLatin1(Privileges::kRole), QT_TR_NOOP("its author did not hold the role it needs when it was made")},
        {QString::fromLatin1(Privileges::kFixed),
         QT_TR_NOOP("a change to what is fixed once made: what a document is about, or its content")},
    };
    if (const auto it = texts.constFind(code); it != texts.constEnd())
        return tr(it.value());
    return code;
}

QString Refusals::summary(const QMap<QString, qint64> &counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << tr("%1 × %2").arg(it.value()).arg(text(it.key()));
    return parts.join(tr(", "));
}

Result<QList<RefusedChange>> Refusals::list(storage::Database &db, int limit)
{
    auto q = db.exec(u"SELECT device, seq, hlc, tbl, row_id, author, reason, sender, refused_at FROM sync_refused "
                     "ORDER BY refused_at DESC, device, seq LIMIT ?"_s,
                     {limit});
    if (!q)
        return q.error();
    QList<RefusedChange> list;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        RefusedChange c;
        c.device = r->value(0).toByteArray();
        c.seq = r->value(1).toLongLong();
        c.hlc = r->value(2).toULongLong();
        c.table = r->value(3).toString();
        c.rowId = r->value(4).toByteArray();
        c.author = r->value(5).toByteArray();
        c.reason = r->value(6).toString();
        c.sender = r->value(7).toByteArray();
        c.refusedAt = QDateTime::fromString(r->value(8).toString(), Qt::ISODate);
        list << c;
    }
    q.value()->finish();
    return list;
}

} // namespace tamkeen::sync
