#include "sync/Package.h"

#include "security/Sodium.h"

#include <QCborArray>
#include <QCborMap>
#include <QtEndian>
#include <limits>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

const QByteArray kMagic = QByteArrayLiteral("TAMKSYNC");
constexpr qsizetype kChunkPlain = 64 * 1024;
constexpr quint32 kMaxChunk = 4 * 1024 * 1024; // writers fill 64 KiB: a larger length means a damaged file
constexpr qsizetype kSignatureBytes = crypto_sign_BYTES;
constexpr qsizetype kDigestBytes = crypto_generichash_BYTES_MAX; // BLAKE2b-512: SHA-512's collision resistance
constexpr qsizetype kPrefix = 8 + 2 + 4; // magic, format, header length
// A header holds a seal for every device after a key rotation (about 100
// bytes each): room for thousands, and still a bound on hostile input.
constexpr quint32 kMaxHeader = 1024 * 1024;
// Records of one epoch: one per administrator who rotated to it offline. A
// longer list is hostile (each would be compared and checked on import).
constexpr qsizetype kMaxEpochRecords = 64;

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

// What the sender signs: the file's digest under a label of its own, so the
// device key's other signatures (batches, enrolments) never read as one.
QByteArray signedMessage(const QByteArray &digest)
{
    return QByteArrayLiteral("tamkeen sync package 2") + digest;
}

QCborMap headerMap(const PackageHeader &h)
{
    QCborMap m;
    m.insert(u"org"_s, h.orgId);
    m.insert(u"device"_s, h.device);
    m.insert(u"deviceKey"_s, h.deviceKey);
    m.insert(u"package"_s, h.packageId);
    m.insert(u"schema"_s, h.schema);
    m.insert(u"app"_s, h.appVersion);
    m.insert(u"minApp"_s, h.minAppVersion);
    m.insert(u"created"_s, h.created.toUTC().toString(Qt::ISODateWithMs));
    m.insert(u"hlc"_s, qint64(h.hlc));
    m.insert(u"part"_s, h.part);
    if (h.snapshot)
        m.insert(u"kind"_s, u"snapshot"_s);
    if (h.epoch > 0) { // epoch 0 writes neither: the header of a never-rotated organisation is unchanged
        m.insert(u"epoch"_s, h.epoch);
        QCborArray records;
        for (const QByteArray &r : h.rotation)
            records.append(r);
        m.insert(u"rotation"_s, records);
    }
    return m;
}

} // namespace

// ---------------------------------------------------------------- writer

PackageWriter::PackageWriter(const QString &path, const Organisation &org, const DeviceKeys &keys,
                             PackageHeader header)
    : m_file(path), m_org(org), m_keys(keys), m_header(std::move(header))
{
    security::ensureSodium();
    m_header.epoch = org.epoch;
    m_header.rotation = org.rotation;
}

PackageWriter::~PackageWriter()
{
    if (m_file.isOpen())
        m_file.cancelWriting(); // nothing half-written is left under the final name
}

Error PackageWriter::ioError() const
{
    return makeError(ErrorCode::Io, tr("The package cannot be written to %1: %2. Check that the disk or USB stick "
                                       "has free space and is not write-protected.")
                                        .arg(m_file.fileName(), m_file.errorString()));
}

Status PackageWriter::writeRaw(const QByteArray &b)
{
    if (m_file.write(b) != b.size())
        return ioError();
    crypto_generichash_update(&m_digest, bytes(b), quint64(b.size()));
    return {};
}

Status PackageWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return ioError();
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    crypto_generichash_init(&m_digest, nullptr, 0, size_t(kDigestBytes));
    m_header.format = PackageHeader::kFormat;
    const QByteArray header = QCborValue(headerMap(m_header)).toCbor();
    QByteArray prefix = kMagic;
    prefix.resize(kPrefix);
    qToBigEndian(quint16(m_header.format), prefix.data() + 8);
    qToBigEndian(quint32(header.size()), prefix.data() + 10);
    m_headerBytes = prefix + header;
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&m_stream, reinterpret_cast<unsigned char *>(streamHeader.data()),
                                                    bytes(m_org.key));
    if (Status s = writeRaw(m_headerBytes); !s)
        return s;
    return writeRaw(streamHeader);
}

Status PackageWriter::add(const QCborValue &record)
{
    return addRaw(record.toCbor());
}

Status PackageWriter::addRaw(const QByteArray &bytes)
{
    m_plain += bytes;
    if (m_plain.size() >= kChunkPlain)
        return flush(0);
    return {};
}

Status PackageWriter::flush(unsigned char tag)
{
    QByteArray cipher(4 + m_plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    const QByteArray ad = m_firstChunk ? m_headerBytes : QByteArray();
    crypto_secretstream_xchacha20poly1305_push(&m_stream, reinterpret_cast<unsigned char *>(cipher.data()) + 4, nullptr,
                                               bytes(m_plain), quint64(m_plain.size()), ad.isEmpty() ? nullptr : bytes(ad),
                                               quint64(ad.size()), tag);
    qToBigEndian(quint32(cipher.size() - 4), cipher.data());
    m_firstChunk = false;
    m_plain.clear();
    return writeRaw(cipher);
}

Status PackageWriter::finish()
{
    if (Status s = flush(crypto_secretstream_xchacha20poly1305_TAG_FINAL); !s)
        return s;
    QByteArray digest(kDigestBytes, Qt::Uninitialized);
    crypto_generichash_final(&m_digest, reinterpret_cast<unsigned char *>(digest.data()), size_t(kDigestBytes));
    const QByteArray message = signedMessage(digest);
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, bytes(message),
                         quint64(message.size()), bytes(m_keys.secretKey));
    if (m_file.write(signature) != signature.size() || !m_file.commit())
        return ioError();
    return {};
}

qint64 PackageWriter::size() const
{
    return m_file.pos() + m_plain.size();
}

// ---------------------------------------------------------------- reader

PackageReader::PackageReader(QString path) : m_path(std::move(path)), m_file(m_path)
{
    security::ensureSodium();
}

Error PackageReader::damaged() const
{
    return makeError(ErrorCode::Corrupt, tr("The package is incomplete or damaged: its signature does not match its "
                                            "contents. Copy it again from the sender."));
}

Result<PackageHeader> PackageReader::readHeader()
{
    if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("The file cannot be read: %1").arg(m_file.errorString()));
    const qint64 size = m_file.size();
    if (size == 0)
        return makeError(ErrorCode::NotTamkeenFile, tr("The file is empty."));
    m_file.seek(0);
    const QByteArray prefix = m_file.read(kPrefix);
    if (prefix.size() < kPrefix || !prefix.startsWith(kMagic))
        return makeError(ErrorCode::NotTamkeenFile, tr("This is not a Tamkeen sync package."));
    const int format = qFromBigEndian<quint16>(prefix.constData() + 8);
    if (format > PackageHeader::kFormat)
        return makeError(ErrorCode::TooNew, tr("The package was made by a newer Tamkeen (package format %1). Update "
                                               "Tamkeen on this computer to read it.")
                                                .arg(format));
    if (format < PackageHeader::kFormat)
        return makeError(ErrorCode::Invalid, tr("The package was made by an older Tamkeen (package format %1) that "
                                                "this version no longer reads. Ask the sender to update Tamkeen and "
                                                "export again.")
                                                .arg(format));
    const quint32 headerLength = qFromBigEndian<quint32>(prefix.constData() + 10);
    if (headerLength > kMaxHeader || qint64(kPrefix + headerLength) > size)
        return damaged();
    const QByteArray header = m_file.read(headerLength);
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(header, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return damaged();
    const QCborMap m = value.toMap();
    PackageHeader h;
    h.format = format;
    h.orgId = m.value(u"org"_s).toByteArray();
    h.device = m.value(u"device"_s).toByteArray();
    h.deviceKey = m.value(u"deviceKey"_s).toByteArray();
    h.packageId = m.value(u"package"_s).toByteArray();
    h.schema = int(m.value(u"schema"_s).toInteger());
    h.appVersion = m.value(u"app"_s).toString();
    h.minAppVersion = m.value(u"minApp"_s).toString();
    h.created = QDateTime::fromString(m.value(u"created"_s).toString(), Qt::ISODateWithMs);
    h.hlc = quint64(m.value(u"hlc"_s).toInteger());
    h.part = int(m.value(u"part"_s).toInteger(1));
    h.snapshot = m.value(u"kind"_s).toString() == u"snapshot";
    const QCborValue epoch = m.value(u"epoch"_s), rotation = m.value(u"rotation"_s);
    if (!epoch.isUndefined()) {
        if (!epoch.isInteger() || epoch.toInteger() < 1 || epoch.toInteger() > std::numeric_limits<int>::max()
            || !rotation.isArray() || rotation.toArray().isEmpty() || rotation.toArray().size() > kMaxEpochRecords)
            return damaged();
        h.epoch = int(epoch.toInteger());
        for (const QCborValue &r : rotation.toArray()) {
            if (!r.isByteArray())
                return damaged();
            h.rotation << r.toByteArray();
        }
    } else if (!rotation.isUndefined()) {
        return damaged();
    }
    if (h.orgId.size() != 16 || h.device.size() != 16 || h.deviceKey.size() != crypto_sign_PUBLICKEYBYTES
        || h.packageId.size() != 16)
        return damaged();
    m_header = h;
    m_headerBytes = prefix + header;
    m_payloadStart = kPrefix + headerLength;
    m_payloadEnd = size - kSignatureBytes;
    if (m_payloadEnd < m_payloadStart + crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        return damaged();
    m_file.seek(m_payloadEnd);
    m_signature = m_file.read(kSignatureBytes);
    return h;
}

Status PackageReader::verifySignature()
{
    m_verifiedDigest.clear();
    crypto_generichash_state digest;
    crypto_generichash_init(&digest, nullptr, 0, size_t(kDigestBytes));
    m_file.seek(0);
    qint64 left = m_payloadEnd;
    while (left > 0) {
        const QByteArray block = m_file.read(std::min<qint64>(left, 1 << 20));
        if (block.isEmpty())
            return damaged();
        crypto_generichash_update(&digest, bytes(block), quint64(block.size()));
        left -= block.size();
    }
    QByteArray verified(kDigestBytes, Qt::Uninitialized);
    crypto_generichash_final(&digest, reinterpret_cast<unsigned char *>(verified.data()), size_t(kDigestBytes));
    const QByteArray message = signedMessage(verified);
    if (m_signature.size() != kSignatureBytes
        || crypto_sign_verify_detached(bytes(m_signature), bytes(message), quint64(message.size()),
                                       bytes(m_header.deviceKey))
               != 0)
        return damaged();
    m_verifiedDigest = verified;
    return {};
}

Status PackageReader::startDecrypting(const Organisation &org, bool checkAgain)
{
    m_checkAgain = checkAgain;
    // What is decrypted is hashed again as it is read: the file may change
    // between two reads (a USB stick, a network share).
    crypto_generichash_init(&m_reread, nullptr, 0, size_t(kDigestBytes));
    m_file.seek(0);
    const QByteArray head = m_file.read(m_payloadStart);
    crypto_generichash_update(&m_reread, bytes(head), quint64(head.size()));
    const QByteArray streamHeader = m_file.read(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_generichash_update(&m_reread, bytes(streamHeader), quint64(streamHeader.size()));
    if (crypto_secretstream_xchacha20poly1305_init_pull(&m_stream, bytes(streamHeader), bytes(org.key)) != 0)
        return damaged();
    m_firstChunk = true;
    m_finished = false;
    return {};
}

Result<bool> PackageReader::nextPlain(QByteArray &plain)
{
    plain.clear();
    const qint64 at = m_file.pos();
    if (m_finished) {
        if (at != m_payloadEnd) // bytes after the final chunk
            return damaged();
        return false;
    }
    if (at + 4 > m_payloadEnd)
        return makeError(ErrorCode::Corrupt, tr("The package is incomplete: its end is missing. Copy it again from "
                                                "the sender."));
    const QByteArray lengthBytes = m_file.read(4);
    const quint32 length = qFromBigEndian<quint32>(lengthBytes.constData());
    if (length < crypto_secretstream_xchacha20poly1305_ABYTES || length > kMaxChunk || at + 4 + length > m_payloadEnd)
        return damaged();
    const QByteArray cipher = m_file.read(length);
    if (m_checkAgain) {
        crypto_generichash_update(&m_reread, bytes(lengthBytes), quint64(lengthBytes.size()));
        crypto_generichash_update(&m_reread, bytes(cipher), quint64(cipher.size()));
    }
    plain.resize(qsizetype(length) - crypto_secretstream_xchacha20poly1305_ABYTES);
    unsigned char tag = 0;
    const QByteArray ad = m_firstChunk ? m_headerBytes : QByteArray();
    if (crypto_secretstream_xchacha20poly1305_pull(&m_stream, reinterpret_cast<unsigned char *>(plain.data()), nullptr,
                                                   &tag, bytes(cipher), quint64(cipher.size()),
                                                   ad.isEmpty() ? nullptr : bytes(ad), quint64(ad.size()))
        != 0)
        return makeError(ErrorCode::Corrupt, tr("The package cannot be decrypted: it belongs to another organisation "
                                                "or is damaged."));
    m_firstChunk = false;
    m_finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    return true;
}

Status PackageReader::verifyWhatWasRead()
{
    if (!m_checkAgain || !m_finished || m_file.pos() != m_payloadEnd || m_verifiedDigest.size() != kDigestBytes)
        return damaged();
    unsigned char read[kDigestBytes];
    crypto_generichash_final(&m_reread, read, size_t(kDigestBytes));
    if (sodium_memcmp(read, bytes(m_verifiedDigest), size_t(kDigestBytes)) != 0)
        return damaged();
    return {};
}

} // namespace tamkeen::sync
