#include "storage/Uuid.h"

#include "security/Sodium.h"

#include <QDateTime>
#include <QUuid>
#include <sodium.h>

namespace tamkeen::storage {

QByteArray newUuidV7(qint64 unixMillis)
{
    security::ensureSodium();
    QByteArray b(16, Qt::Uninitialized);
    randombytes_buf(b.data(), size_t(b.size()));
    const quint64 ms = quint64(unixMillis) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        b[i] = char((ms >> (40 - 8 * i)) & 0xFF);
    b[6] = char((b[6] & 0x0F) | 0x70); // version 7
    b[8] = char((b[8] & 0x3F) | 0x80); // RFC variant
    return b;
}

QByteArray newUuidV7()
{
    return newUuidV7(QDateTime::currentMSecsSinceEpoch());
}

QByteArray stableId(const QString &name)
{
    security::ensureSodium();
    const QByteArray in = "tamkeen:" + name.toUtf8();
    QByteArray b(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(b.data()), 16,
                       reinterpret_cast<const unsigned char *>(in.constData()), quint64(in.size()), nullptr, 0);
    b[6] = char((b[6] & 0x0F) | 0x80); // version 8: custom, name-based
    b[8] = char((b[8] & 0x3F) | 0x80);
    return b;
}

QString uuidToString(const QByteArray &bytes)
{
    if (bytes.size() != 16)
        return {};
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QByteArray uuidFromString(const QString &text)
{
    const QUuid u = QUuid::fromString(text);
    if (u.isNull())
        return {};
    return u.toRfc4122();
}

} // namespace tamkeen::storage
