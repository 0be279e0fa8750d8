// libFuzzer target for the sync package reader (issue 6). The first byte
// chooses what the rest is:
//   even: a whole file, read as an import reads it before any write (header,
//         signature over the file);
//   odd:  the decrypted payload of a package that is otherwise valid (signed
//         and encrypted here with fixed keys), so the chunk and record parsing
//         behind the signature is reached too.
// Whatever the input, the reader must refuse or accept it without crashing,
// hanging or reading out of bounds, and both record readers read it alike.
#include "sync/Package.h"
#include "sync/Records.h"
#include "sync/Wire.h"

#include <QCborArray>
#include <QTemporaryDir>
#include <cstdlib>
#include <sodium.h>

using namespace tamkeen::sync;

namespace {

struct Fixed {
    Organisation org;
    DeviceKeys keys;
    QTemporaryDir dir;
    Fixed()
    {
        (void)sodium_init();
        org.id = QByteArray(16, 'o');
        org.key = QByteArray(crypto_secretstream_xchacha20poly1305_KEYBYTES, 'k');
        keys.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, 0);
        keys.secretKey = QByteArray(crypto_sign_SECRETKEYBYTES, 0);
        unsigned char seed[crypto_sign_SEEDBYTES] = {7};
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()),
                                 reinterpret_cast<unsigned char *>(keys.secretKey.data()), seed);
    }
};

void readAll(const QString &path, const Organisation &org)
{
    PackageReader reader(path);
    auto header = reader.readHeader();
    if (!header || !reader.verifySignature() || !reader.startDecrypting(org))
        return;
    QByteArray plain;
    for (int chunks = 0; chunks < 10000; ++chunks) {
        auto more = reader.nextPlain(plain);
        if (!more || !more.value())
            return;
        (void)RecordReader::forEach(plain, [](Record &) { return tamkeen::Status(); });
    }
}

// The two record readers behind wire::decode agree on whatever the one
// straight from the bytes takes.
void checkReadersAgree(const QByteArray &input)
{
    Record fast, qt;
    const qsizetype used = wire::detail::decodeFast(input.constData(), input.size(), fast);
    if (used < 0)
        return;
    if (wire::detail::decodeWithQt(input.constData(), input.size(), qt) != used || fast.kind != qt.kind
        || (fast.kind == wire::ChangeKind && wire::encode(fast.entry) != wire::encode(qt.entry))
        || (fast.kind == wire::BatchKind && wire::encode(fast.batch) != wire::encode(qt.batch)))
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fixed fixed;
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString path = fixed.dir.filePath(QStringLiteral("input.tamkeen"));
    if (data[0] % 2 == 0) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(input);
        f.close();
    } else {
        checkReadersAgree(input);
        PackageHeader h;
        h.orgId = fixed.org.id;
        h.device = QByteArray(16, 'd');
        h.deviceKey = fixed.keys.publicKey;
        h.packageId = QByteArray(16, 'p');
        h.schema = 8;
        PackageWriter writer(path, fixed.org, fixed.keys, h);
        if (!writer.open())
            return 0;
        // The input as one record's raw bytes: written below the CBOR layer.
        if (!writer.addRaw(input) || !writer.finish())
            return 0;
    }
    readAll(path, fixed.org);
    return 0;
}
