#include "support/ZipReader.h"

#include <QtEndian>
#include <zlib.h>

namespace tamkeen::test {

namespace {

quint32 u32(const QByteArray &b, qsizetype at)
{
    return at + 4 <= b.size() ? qFromLittleEndian<quint32>(b.constData() + at) : 0;
}

quint16 u16(const QByteArray &b, qsizetype at)
{
    return at + 2 <= b.size() ? qFromLittleEndian<quint16>(b.constData() + at) : 0;
}

QByteArray inflateRaw(const QByteArray &data, quint32 size)
{
    QByteArray out(qsizetype(size), '\0');
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return {};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int r = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    return r == Z_STREAM_END ? out : QByteArray();
}

} // namespace

QByteArray zipEntry(const QByteArray &zip, const QString &name)
{
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0)
        return {};
    const quint16 entries = u16(zip, end + 10);
    qsizetype at = qsizetype(u32(zip, end + 16));
    const QByteArray wanted = name.toUtf8();
    for (int i = 0; i < entries && u32(zip, at) == 0x02014b50; ++i) {
        const quint16 method = u16(zip, at + 10);
        const quint32 compressed = u32(zip, at + 20), size = u32(zip, at + 24);
        const quint16 nameLength = u16(zip, at + 28), extra = u16(zip, at + 30), comment = u16(zip, at + 32);
        const quint32 local = u32(zip, at + 42);
        if (zip.mid(at + 46, nameLength) == wanted) {
            const qsizetype data = qsizetype(local) + 30 + u16(zip, local + 26) + u16(zip, local + 28);
            const QByteArray raw = zip.mid(data, qsizetype(compressed));
            return method == 0 ? raw : method == 8 ? inflateRaw(raw, size) : QByteArray();
        }
        at += 46 + nameLength + extra + comment;
    }
    return {};
}

} // namespace tamkeen::test
