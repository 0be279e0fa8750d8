#pragma once
// What a person's signature on a privileged change covers (docs/trust.md):
// the organisation, the entry's device, sequence and time, its table, row,
// operation and author, and every (column, value) it sets. The bytes are
// canonical CBOR, the pairs sorted by column, so signer and checker build the
// same bytes from the same change.
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>
#include <utility>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::security {

using ColumnValues = QList<std::pair<QString, QVariant>>; // null, integer, real, text or bytes

// One change-log entry as it is signed and checked.
struct SignedChange {
    QByteArray device;
    qint64 seq = 0;
    quint64 hlc = 0;
    QString table;
    QByteArray rowId;
    QString op;        // "I" or "U"
    QByteArray author; // user id; empty when none
    ColumnValues pairs; // every column it sets, with the value it sets
    QStringList fields; // an update's changed columns as logged (may name more than `pairs`)
};

QByteArray signedChangeBytes(const QByteArray &orgId, const QByteArray &device, qint64 seq, quint64 hlc,
                             const QString &table, const QByteArray &rowId, const QString &op, const QByteArray &author,
                             ColumnValues pairs);
QByteArray signedChangeBytes(const QByteArray &orgId, const SignedChange &change);

// change_log.signed: CBOR [[[column, value], …] sorted by column, signature].
QByteArray encodeSigned(ColumnValues pairs, const QByteArray &signature);
bool decodeSigned(const QByteArray &blob, ColumnValues *pairs, QByteArray *signature);

class ChangeSigning {
    Q_DECLARE_TR_FUNCTIONS(ChangeSigning)
public:
    // Signs this device's logged entry `seq` with the current user's key (the
    // connection's, Database::signingKey) over the values the row now holds
    // for the entry's columns, and keeps it in change_log.signed. Call in the
    // transaction that wrote the entry, right after it.
    static Status signLogged(storage::Database &db, qint64 seq);
    // The refusal for a privileged write by a connection without a key.
    static Error noKey(const QString &table);
};

} // namespace tamkeen::security
