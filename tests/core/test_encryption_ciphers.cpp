// The cipher of an encrypted database (docs/encryption.md, "Ciphers"): new
// files are sealed with AES-256-GCM where the processor has it, the header
// names the cipher, and the files of the first format (XChaCha20-Poly1305,
// no cipher named) still open, read and write.
#include "security/FileKeys.h"
#include "storage/Database.h"
#include "storage/crypt/CryptFormat.h"
#include "storage/crypt/Sealing.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QFile>
#include <QtEndian>

using namespace tamkeen;
using namespace tamkeen::storage;
using crypt::Cipher;
using security::FileKeys;

namespace {

const QString kProbe = QStringLiteral("سلمى عبدالله الحربي");

quint32 headerWord(const QString &path, int at)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(at + 4);
    REQUIRE(head.size() == at + 4);
    return qFromLittleEndian<quint32>(head.constData() + at);
}

void setHeaderWord(const QString &path, int at, quint32 value)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    uchar bytes[4];
    qToLittleEndian<quint32>(value, bytes);
    REQUIRE(f.seek(at));
    REQUIRE(f.write(reinterpret_cast<const char *>(bytes), 4) == 4);
}

constexpr int kVersionAt = 16;
constexpr int kCipherAt = 80;

void write(Database &db, const QString &key, const QString &value)
{
    REQUIRE(db.exec(QStringLiteral("INSERT INTO local_state(key, value) VALUES (?, ?)"), {key, value}));
}

QString read(Database &db, const QString &key)
{
    auto v = db.scalar(QStringLiteral("SELECT value FROM local_state WHERE key = ?"), {key});
    REQUIRE(v);
    return v.value().toString();
}

// Closed, its key forgotten, then opened again as a login does.
std::unique_ptr<Database> reopen(const QString &path)
{
    FileKeys::lock(path);
    auto unlocked = FileKeys::unlock(path, QStringLiteral("admin"), QStringLiteral("correct horse"));
    INFO((unlocked ? std::string() : unlocked.error().message.toStdString()));
    REQUIRE(unlocked);
    auto db = Database::open(path);
    INFO((db ? std::string() : db.error().message.toStdString()));
    REQUIRE(db);
    return std::move(db.value());
}

struct NewFileCipher {
    explicit NewFileCipher(Cipher c) { crypt::setNewFileCipherForTests(c); }
    ~NewFileCipher() { crypt::setNewFileCipherForTests(std::nullopt); }
};

struct NoAes {
    NoAes() { crypt::setAesUnavailableForTests(true); }
    ~NoAes() { crypt::setAesUnavailableForTests(false); }
};

} // namespace

TEST_CASE("a new database is sealed with AES-256-GCM where the processor has it, and its header says so",
          "[encryption]")
{
    const bool aes = sodium_init() >= 0 && crypto_aead_aes256gcm_is_available() == 1;
    CHECK(crypt::preferredCipher() == (aes ? Cipher::Aes256Gcm : Cipher::XChaCha20Poly1305));
    auto t = test::makeSetUpDb();
    if (aes) {
        CHECK(headerWord(t->path(), kVersionAt) == 2);
        CHECK(headerWord(t->path(), kCipherAt) == quint32(Cipher::Aes256Gcm));
    }
    {
        // Without AES: XChaCha20-Poly1305, written as the first format, which
        // the builds before this one read too.
        const NoAes none;
        CHECK(crypt::preferredCipher() == Cipher::XChaCha20Poly1305);
        auto other = test::makeSetUpDb();
        CHECK(headerWord(other->path(), kVersionAt) == 1);
        CHECK(headerWord(other->path(), kCipherAt) == 0);
    }
}

TEST_CASE("a page opens only with the cipher, the key and the number it was sealed with", "[encryption]")
{
    using namespace crypt::detail;
    const QByteArray key(crypt::kKeyBytes, 'k');
    for (const Cipher c : {Cipher::XChaCha20Poly1305, Cipher::Aes256Gcm}) {
        if (!crypt::cipherAvailable(c))
            continue;
        INFO(int(c));
        const auto keys = makeKeys(key, c);
        const auto other = makeKeys(key, c == Cipher::Aes256Gcm ? Cipher::XChaCha20Poly1305 : Cipher::Aes256Gcm);
        const auto otherKey = makeKeys(QByteArray(crypt::kKeyBytes, 'q'), c);
        QByteArray clear(crypt::kPageSize, '\0');
        for (int i = 0; i < crypt::kPageSize - crypt::kReserve; ++i)
            clear[i] = char('a' + i % 26);
        QByteArray sealed = clear;
        sealPage(*keys, reinterpret_cast<unsigned char *>(sealed.data()), crypt::kPageSize, 'D', 7);
        CHECK_FALSE(sealed.contains(clear.left(64)));
        QByteArray again = clear; // a fresh nonce every time: never the same bytes twice
        sealPage(*keys, reinterpret_cast<unsigned char *>(again.data()), crypt::kPageSize, 'D', 7);
        CHECK(again != sealed);
        const auto opens = [&](const crypt::detail::Keys *k, quint64 number, int flip = -1) {
            QByteArray p = sealed;
            if (flip >= 0)
                p[flip] = char(p[flip] ^ 1);
            const bool ok = k && openPage(*k, reinterpret_cast<unsigned char *>(p.data()), crypt::kPageSize, 'D', number);
            return ok && p == clear;
        };
        CHECK(opens(keys.get(), 7));
        CHECK_FALSE(opens(keys.get(), 8));
        CHECK_FALSE(opens(otherKey.get(), 7));
        CHECK_FALSE(opens(other.get(), 7)); // the other cipher, the same key
        CHECK_FALSE(opens(keys.get(), 7, 100));                         // the body
        CHECK_FALSE(opens(keys.get(), 7, crypt::kPageSize - 1));        // the tag
        CHECK_FALSE(opens(keys.get(), 7, crypt::kPageSize - crypt::kReserve + 1)); // the nonce
    }
}

TEST_CASE("a database sealed with XChaCha20-Poly1305, of the first format or the second, opens, reads and writes",
          "[encryption]")
{
    std::unique_ptr<test::TestDb> t;
    {
        const NewFileCipher chacha(Cipher::XChaCha20Poly1305);
        t = test::makeSetUpDb();
    }
    REQUIRE(headerWord(t->path(), kVersionAt) == 1); // as the first version wrote it: no cipher named
    write(*t->db, QStringLiteral("probe"), kProbe);
    t->db.reset();
    {
        auto db = reopen(t->path());
        CHECK(read(*db, QStringLiteral("probe")) == kProbe);
        write(*db, QStringLiteral("second"), kProbe + QStringLiteral(" ٢"));
    }
    // Version 2 naming XChaCha20-Poly1305 (not written, but a valid header) reads the same pages.
    setHeaderWord(t->path(), kVersionAt, 2);
    setHeaderWord(t->path(), kCipherAt, quint32(Cipher::XChaCha20Poly1305));
    {
        auto db = reopen(t->path());
        CHECK(read(*db, QStringLiteral("second")) == kProbe + QStringLiteral(" ٢"));
    }
    setHeaderWord(t->path(), kVersionAt, 1);
    setHeaderWord(t->path(), kCipherAt, 0);
    {
        auto db = reopen(t->path());
        CHECK(read(*db, QStringLiteral("probe")) == kProbe);
        CHECK(read(*db, QStringLiteral("second")) == kProbe + QStringLiteral(" ٢"));
        write(*db, QStringLiteral("third"), kProbe);
    }
    CHECK(headerWord(t->path(), kVersionAt) == 1); // left as it was made
    auto db = reopen(t->path());
    CHECK(read(*db, QStringLiteral("third")) == kProbe);
}

TEST_CASE("a header naming another cipher than the pages' is refused as damage, the file left as it was",
          "[encryption]")
{
    auto t = test::makeSetUpDb();
    write(*t->db, QStringLiteral("probe"), kProbe);
    t->db.reset();
    const Cipher made = Cipher(headerWord(t->path(), kCipherAt));
    const Cipher other = made == Cipher::Aes256Gcm ? Cipher::XChaCha20Poly1305 : Cipher::Aes256Gcm;
    if (!crypt::cipherAvailable(other)) {
        WARN("this processor runs one cipher only: not tried");
        return;
    }
    setHeaderWord(t->path(), kCipherAt, quint32(other));
    FileKeys::lock(t->path());
    REQUIRE(FileKeys::unlock(t->path(), QStringLiteral("admin"), QStringLiteral("correct horse")));
    const QByteArray before = test::fileBytes(t->path());
    auto db = Database::open(t->path());
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::Corrupt);
    CHECK(test::fileBytes(t->path()) == before);

}

TEST_CASE("a header of a version or cipher this build does not know is not read as one", "[encryption]")
{
    crypt::FileHeader h;
    const QByteArray made = crypt::makeHeader(QByteArray(crypt::kFileIdBytes, 'i'), QByteArray(crypt::kKeyBytes, 'k'),
                                              Cipher::Aes256Gcm);
    REQUIRE(crypt::parseHeader(made, h));
    CHECK(h.cipher == Cipher::Aes256Gcm);
    const auto with = [&](int at, quint32 value) {
        QByteArray m = made;
        qToLittleEndian<quint32>(value, reinterpret_cast<uchar *>(m.data()) + at);
        crypt::FileHeader out;
        return crypt::parseHeader(m, out) ? std::optional<Cipher>(out.cipher) : std::nullopt;
    };
    CHECK(with(kCipherAt, 7) == std::nullopt);
    CHECK(with(kCipherAt, 0) == std::nullopt);
    CHECK(with(kVersionAt, 3) == std::nullopt);
    CHECK(with(kVersionAt, 1) == Cipher::XChaCha20Poly1305); // the first format names none
}

TEST_CASE("an AES-256-GCM file on a processor without AES is refused with a message that says so", "[encryption]")
{
    if (!crypt::cipherAvailable(Cipher::Aes256Gcm)) {
        WARN("this processor has no AES instructions: not tried");
        return;
    }
    auto t = test::makeSetUpDb();
    write(*t->db, QStringLiteral("probe"), kProbe);
    t->db.reset();
    FileKeys::lock(t->path());
    const QByteArray before = test::fileBytes(t->path());
    {
        const NoAes none;
        auto refused = FileKeys::unlock(t->path(), QStringLiteral("admin"), QStringLiteral("correct horse"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("AES-256-GCM")));
        CHECK(FileKeys::isLocked(t->path()));
        CHECK_FALSE(Database::open(t->path()));
    }
    CHECK(test::fileBytes(t->path()) == before);
    auto db = reopen(t->path());
    CHECK(read(*db, QStringLiteral("probe")) == kProbe);
}
