#include "sync/Batches.h"

#include "security/Sodium.h"
#include "sync/SyncKeys.h"

#include <QtEndian>
#include <sodium.h>

namespace tamkeen::sync::batches {

namespace {

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

QByteArray bigEndian(qint64 v)
{
    QByteArray out(8, Qt::Uninitialized);
    qToBigEndian(v, out.data());
    return out;
}

} // namespace

QByteArray itemsHash(const QByteArray &body, int format, bool *ok); // BatchItems.cpp
QByteArray itemsHash(const QList<Item> &items, int format);

namespace {
QByteArray label(const QByteArray &orgId, const BatchRecord &b, const QByteArray &hash)
{
    const QByteArray name = b.format == 3   ? QByteArrayLiteral("TAMKBATCH3")
                            : b.format == 2 ? QByteArrayLiteral("TAMKBATCH2")
                                            : QByteArrayLiteral("TAMKBATCH1");
    return name + orgId + b.origin + bigEndian(b.firstSeq) + bigEndian(b.lastSeq) + hash;
}

bool checked(const QByteArray &publicKey, const BatchRecord &b, const QByteArray &message)
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || b.signature.size() != crypto_sign_BYTES || message.isEmpty())
        return false;
    return crypto_sign_verify_detached(bytes(b.signature), bytes(message), quint64(message.size()), bytes(publicKey)) == 0;
}
} // namespace

QByteArray signedBytes(const QByteArray &orgId, const BatchRecord &b)
{
    security::ensureSodium();
    QByteArray hash;
    if (b.format == 2 || b.format == 3) {
        bool ok = false;
        hash = itemsHash(b.body, b.format, &ok);
        if (!ok)
            return {};
    } else {
        hash = QByteArray(crypto_generichash_BYTES, Qt::Uninitialized);
        crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), size_t(hash.size()), bytes(b.body),
                           quint64(b.body.size()), nullptr, 0);
    }
    return label(orgId, b, hash);
}

BatchRecord seal(const QByteArray &orgId, const DeviceKeys &keys, const QByteArray &origin, qint64 firstSeq,
                 qint64 lastSeq, const QByteArray &body, int format)
{
    BatchRecord b{origin, firstSeq, lastSeq, body, QByteArray(crypto_sign_BYTES, Qt::Uninitialized), format};
    const QByteArray message = signedBytes(orgId, b);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(b.signature.data()), nullptr, bytes(message),
                         quint64(message.size()), bytes(keys.secretKey));
    return b;
}

bool verify(const QByteArray &orgId, const QByteArray &publicKey, const BatchRecord &b)
{
    if (b.format < 1 || b.format > 3)
        return false;
    return checked(publicKey, b, signedBytes(orgId, b));
}

ReadBatch read(const BatchRecord &b)
{
    ReadBatch r;
    if ((b.format != 2 && b.format != 3) || !parseItems(b.body, &r.items, b.format))
        return r;
    r.hash = itemsHash(r.items, b.format);
    r.wellFormed = checkItems(r.items, &r.entries);
    return r;
}

bool verifyRead(const QByteArray &orgId, const QByteArray &publicKey, const BatchRecord &b, const ReadBatch &r)
{
    return (b.format == 2 || b.format == 3) && !r.hash.isEmpty() && checked(publicKey, b, label(orgId, b, r.hash));
}

} // namespace tamkeen::sync::batches
