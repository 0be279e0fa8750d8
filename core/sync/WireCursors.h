#pragma once
// The two readers behind wire::decode (Wire.cpp), with the same few steps an
// entry needs. Any mismatch sets `ok` to false and every later step does
// nothing.
//  - BytesCursor reads the shortest-form CBOR that QCborStreamWriter writes
//    straight from the bytes: an import decodes 100,000 entries, and Qt's
//    reader spent a fifth of it building strings chunk by chunk.
//  - QtCursor reads any well-formed CBOR through QCborStreamReader. A record
//    BytesCursor does not take (damage, or a form it does not read: chunked
//    strings, tags, half floats, longer lengths) is read again by QtCursor,
//    which decides; a test checks that both agree on what both read.
#include "sync/SyncLog.h"

#include <QByteArrayView>
#include <QCborStreamReader>
#include <QString>
#include <QVariant>
#include <QtEndian>
#include <array>
#include <bit>
#include <cstring>
#include <limits>

namespace tamkeen::sync::wire::detail {

constexpr quint64 kMaxInt64 = quint64(std::numeric_limits<qint64>::max());

class QtCursor {
public:
    QtCursor(const char *data, qsizetype size) : r(data, size) {}
    QCborStreamReader r;
    bool ok = true;

    // An array of a known length (`length`, or any when negative); its
    // length goes to `found`.
    bool enterArray(qsizetype length = -1, qsizetype *found = nullptr)
    {
        ok = ok && r.isArray() && r.isLengthKnown() && (length < 0 || qsizetype(r.length()) == length);
        if (ok && found)
            *found = qsizetype(r.length());
        ok = ok && r.enterContainer();
        return ok;
    }
    bool hasNext() { return ok && r.hasNext(); }
    bool leave()
    {
        ok = ok && !r.hasNext() && r.leaveContainer();
        return ok;
    }
    // The bytes the top-level item took, or -1.
    qsizetype end()
    {
        return ok && r.lastError() == QCborError::NoError && r.currentOffset() > 0 ? qsizetype(r.currentOffset()) : -1;
    }
    // A 64-bit signed integer, as SQLite holds; CBOR's wider range is damage
    // (toInteger() would wrap it silently).
    qint64 integer()
    {
        qint64 v = 0;
        if (ok && r.isUnsignedInteger()) {
            const quint64 u = r.toUnsignedInteger();
            ok = u <= kMaxInt64;
            v = qint64(u);
        } else if (ok && r.isNegativeInteger()) {
            const quint64 magnitude = quint64(r.toNegativeInteger()); // |v|; 0 stands for 2^64
            ok = magnitude != 0 && magnitude <= kMaxInt64 + 1;
            v = magnitude == kMaxInt64 + 1 ? std::numeric_limits<qint64>::min() : -qint64(magnitude);
        } else {
            ok = false;
        }
        ok = ok && r.next();
        return ok ? v : 0;
    }
    bool null()
    {
        if (!ok || !r.isNull())
            return false;
        ok = r.next();
        return true;
    }
    QByteArray bytes()
    {
        ok = ok && r.isByteArray();
        return whole<QByteArray>([this] { return r.readByteArray(); });
    }
    QString text()
    {
        ok = ok && r.isString();
        return whole<QString>([this] { return r.readString(); });
    }
    QVariant value()
    {
        if (!ok)
            return {};
        if (r.isNull()) {
            ok = r.next();
            return {};
        }
        if (r.isInteger())
            return integer();
        if (r.isString())
            return text();
        if (r.isByteArray())
            return bytes();
        double d = 0;
        if (r.isDouble())
            d = r.toDouble();
        else if (r.isFloat())
            d = double(r.toFloat());
        else if (r.isFloat16())
            d = double(float(r.toFloat16()));
        else
            ok = false; // not a value SQLite holds
        ok = ok && r.next();
        return ok ? QVariant(d) : QVariant();
    }

private:
    // A string may come in chunks: read them all, to the end of the string.
    template <typename String, typename ReadChunk>
    String whole(ReadChunk readChunk)
    {
        String out;
        while (ok) {
            auto part = readChunk();
            if (part.status != QCborStreamReader::Ok) {
                ok = part.status == QCborStreamReader::EndOfString;
                break;
            }
            out += part.data;
        }
        return out;
    }
};

class BytesCursor {
public:
    BytesCursor(const char *data, qsizetype size)
        : m_begin(reinterpret_cast<const uchar *>(data)), m_at(m_begin), m_end(m_begin + size)
    {
    }
    bool ok = true;

    bool enterArray(qsizetype length = -1, qsizetype *found = nullptr)
    {
        quint64 n = 0;
        ok = ok && m_depth + 1 < qsizetype(m_left.size()) && item(4, n) && (length < 0 || n == quint64(length))
             && n <= quint64(m_end - m_at); // each item takes a byte at least
        if (!ok)
            return false;
        if (found)
            *found = qsizetype(n);
        m_left[size_t(++m_depth)] = n;
        return true;
    }
    bool hasNext() const { return ok && m_depth > 0 && m_left[size_t(m_depth)] > 0; }
    bool leave()
    {
        ok = ok && m_depth > 0 && m_left[size_t(m_depth)] == 0;
        if (ok)
            --m_depth;
        return ok;
    }
    qsizetype end() const { return ok && m_depth == 0 ? qsizetype(m_at - m_begin) : -1; }
    qint64 integer()
    {
        if (!ok || m_at == m_end)
            return fail(), 0;
        const bool negative = (*m_at >> 5) == 1;
        quint64 n = 0;
        ok = item(negative ? 1 : 0, n) && n <= kMaxInt64;
        if (!ok)
            return 0;
        return negative ? -1 - qint64(n) : qint64(n);
    }
    bool null()
    {
        if (!ok || m_at == m_end || *m_at != 0xf6)
            return false;
        ++m_at;
        ok = counted();
        return true;
    }
    QByteArray bytes()
    {
        quint64 n = 0;
        if (!(ok = ok && item(2, n) && n <= quint64(m_end - m_at)))
            return {};
        const char *from = reinterpret_cast<const char *>(m_at);
        m_at += n;
        return QByteArray(from, qsizetype(n));
    }
    QString text()
    {
        quint64 n = 0;
        if (!(ok = ok && item(3, n) && n <= quint64(m_end - m_at)))
            return {};
        const QByteArrayView utf8(m_at, qsizetype(n));
        m_at += n;
        bool ascii = true;
        for (const char c : utf8)
            ascii = ascii && uchar(c) < 0x80;
        if (ascii)
            return QString::fromLatin1(utf8);
        ok = utf8.isValidUtf8(); // as Qt's reader: never replaced
        return ok ? QString::fromUtf8(utf8) : QString();
    }
    QVariant value()
    {
        if (!ok || m_at == m_end)
            return fail(), QVariant();
        switch (*m_at >> 5) {
        case 0:
        case 1:
            return integer();
        case 2:
            return bytes();
        case 3:
            return text();
        default:
            break;
        }
        if (null())
            return {};
        if (*m_at != 0xfb || m_end - m_at < 9) // a double; half and single floats go to Qt's reader
            return fail(), QVariant();
        const quint64 bits = qFromBigEndian<quint64>(m_at + 1);
        m_at += 9;
        ok = counted();
        return ok ? QVariant(std::bit_cast<double>(bits)) : QVariant();
    }

private:
    void fail() { ok = false; }
    // One more item of the enclosing array read: false when it had no more.
    bool counted()
    {
        if (m_depth == 0)
            return true;
        quint64 &left = m_left[size_t(m_depth)];
        if (left == 0)
            return false;
        --left;
        return true;
    }
    // An item of major type `major` with its argument in shortest form.
    bool item(int major, quint64 &arg)
    {
        if (m_at == m_end || (*m_at >> 5) != major)
            return false;
        const int info = *m_at++ & 0x1f;
        if (info < 24) {
            arg = quint64(info);
            return counted();
        }
        const int width = info == 24 ? 1 : info == 25 ? 2 : info == 26 ? 4 : info == 27 ? 8 : 0;
        if (width == 0 || m_end - m_at < width) // chunked, reserved, or cut short
            return false;
        arg = 0;
        for (int i = 0; i < width; ++i)
            arg = arg << 8 | *m_at++;
        const quint64 shortest = width == 1 ? 24 : quint64(1) << (4 * width);
        return arg >= shortest && counted();
    }

    const uchar *m_begin, *m_at, *m_end;
    std::array<quint64, 8> m_left{};
    qsizetype m_depth = 0;
};

} // namespace tamkeen::sync::wire::detail
