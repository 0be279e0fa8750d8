#pragma once
// The sync package file (docs/sync-format.md): a clear header, the records
// encrypted with the organisation key in crypto_secretstream chunks (the last
// one tagged final), and the sender device's Ed25519 signature over a
// BLAKE2b-512 digest of all of it (format 2; format 1 signed with Ed25519ph,
// whose SHA-512 pass cost a tenth of an import).
// The writer builds the file beside its final name and renames it only when
// complete; the reader checks the signature over the whole file before it
// decrypts anything, and refuses a stream that ends without the final tag.
#include "common/Result.h"
#include "sync/SyncKeys.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <sodium.h>

namespace tamkeen::sync {

struct PackageHeader {
    static constexpr int kFormat = 2; // what this version writes, and the only one it reads
    int format = kFormat;
    QByteArray orgId;     // 16 bytes
    QByteArray device;    // sender device, 16 bytes
    QByteArray deviceKey; // sender's Ed25519 public key, 32 bytes
    QByteArray packageId; // 16 random bytes: the same file is recognised when imported again
    int schema = 0;       // the sender's schema version
    QString appVersion;
    QString minAppVersion; // the oldest Tamkeen able to apply it
    QDateTime created;     // UTC
    quint64 hlc = 0;       // the sender's clock when it was made
    int part = 1; // of a split export: parts apply in any order
    // A snapshot for a new laptop (sync/Snapshot.h), not a package: its
    // records are rows, not changes, and only Snapshot::start reads them.
    bool snapshot = false;
    // The key epoch the body is encrypted with, and that epoch's rotation
    // records (docs/trust.md, "Key rotation"). The writer takes both from
    // the Organisation it encrypts with.
    int epoch = 0;
    QList<QByteArray> rotation;
};

class PackageWriter {
    Q_DECLARE_TR_FUNCTIONS(PackageWriter)
public:
    PackageWriter(const QString &path, const Organisation &org, const DeviceKeys &keys, PackageHeader header);
    ~PackageWriter();
    Status open();
    Status add(const QCborValue &record); // one record; chunks fill up to about 64 KiB
    Status addRaw(const QByteArray &bytes); // already encoded records (and the fuzz target's arbitrary bytes)
    Status finish();                      // the final chunk, the signature, then the rename
    qint64 size() const;                  // bytes so far, with the chunk being filled
    const PackageHeader &header() const { return m_header; }

private:
    Status writeRaw(const QByteArray &bytes);
    Status flush(unsigned char tag);
    Error ioError() const;

    QSaveFile m_file;
    Organisation m_org;
    DeviceKeys m_keys;
    PackageHeader m_header;
    QByteArray m_headerBytes; // bound to the first chunk as additional data
    QByteArray m_plain;
    bool m_firstChunk = true;
    crypto_secretstream_xchacha20poly1305_state m_stream{};
    crypto_generichash_state m_digest{}; // of every byte written, for the signature
};

class PackageReader {
    Q_DECLARE_TR_FUNCTIONS(PackageReader)
public:
    explicit PackageReader(QString path);
    // The clear header only: what the file claims (sender, schema, …).
    Result<PackageHeader> readHeader();
    // The sender's signature over the whole file, with the key in the header;
    // it keeps a BLAKE2b digest of the bytes it verified for verifyWhatWasRead().
    Status verifySignature();
    // The signature bytes (the last 64): recognises a file imported before.
    QByteArray signature() const { return m_signature; }
    // Starts decrypting; then nextPlain() until it returns false. With
    // `checkAgain`, the bytes read are hashed for verifyWhatWasRead().
    Status startDecrypting(const Organisation &org, bool checkAgain = true);
    // The next chunk decrypted and authenticated (RecordReader reads its records).
    Result<bool> nextPlain(QByteArray &plain);
    static constexpr qsizetype kMaxRecords = 100'000; // in one chunk: bounds memory on hostile input
    // After the last chunk: the bytes decrypted are the bytes whose signature
    // verifySignature() checked (the file may change between the two reads).
    Status verifyWhatWasRead();

private:
    Error damaged() const;

    QString m_path;
    QFile m_file;
    PackageHeader m_header;
    QByteArray m_headerBytes;
    qint64 m_payloadStart = 0, m_payloadEnd = 0;
    QByteArray m_signature;
    bool m_firstChunk = true, m_finished = false, m_checkAgain = true;
    crypto_secretstream_xchacha20poly1305_state m_stream{};
    // The digest the signature covers (BLAKE2b-512) is kept and compared
    // with that of the bytes decrypted.
    QByteArray m_verifiedDigest; // empty until verifySignature() succeeds
    crypto_generichash_state m_reread{};
};

} // namespace tamkeen::sync
