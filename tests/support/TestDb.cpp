#include "support/TestDb.h"

#include "support/catch.h"
#include "registry/ConsentService.h"
#include "security/Vault.h"
#include "storage/crypt/EncryptedFile.h"
#include "sync/Enrolment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace tamkeen::test {

PlainFiles::PlainFiles() { storage::crypt::EncryptedFile::setEncryptNewFiles(false); }
PlainFiles::~PlainFiles() { storage::crypt::EncryptedFile::setEncryptNewFiles(true); }

org::SetupRequest sampleSetup(int deviceNumber)
{
    org::SetupRequest r;
    r.centreCode = QStringLiteral("ruh");
    r.centreName = QStringLiteral("مركز الرياض للتمكين");
    r.region = QStringLiteral("الرياض");
    r.deviceName = QStringLiteral("حاسوب الفرع");
    r.deviceNumber = deviceNumber;
    r.adminUsername = QStringLiteral("Admin");
    r.adminFullName = QStringLiteral("نورة بنت عبدالله القحطاني");
    r.adminPassword = QStringLiteral("correct horse");
    return r;
}

std::unique_ptr<TestDb> makeSetUpDb(int deviceNumber)
{
    auto t = std::make_unique<TestDb>();
    REQUIRE(t->dir.isValid());
    auto db = storage::Database::open(t->path());
    REQUIRE(db.ok());
    t->db = std::move(db).value();
    auto session = org::Setup::run(*t->db, sampleSetup(deviceNumber), security::HashCost::minimal());
    if (!session)
        FAIL(session.error().message.toStdString());
    t->admin = session.value();
    return t;
}

std::unique_ptr<TestDb> makeEnrolledDb(storage::Database &by, const security::Session &admin, int number)
{
    auto t = std::make_unique<TestDb>();
    REQUIRE(t->dir.isValid());
    const QString file = t->dir.filePath(QStringLiteral("laptop.tamkeen-enrol"));
    const QString passphrase = QStringLiteral("a passphrase long enough");
    auto enrolled = sync::Enrolment::enrol(by, admin, {QStringLiteral("حاسوب الفرع"), QStringLiteral("RUH"), number}, file,
                                           passphrase, sync::KdfCost::Minimal);
    if (!enrolled)
        FAIL(enrolled.error().message.toStdString());
    auto db = storage::Database::open(t->path());
    REQUIRE(db.ok());
    t->db = std::move(db).value();
    if (Status s = sync::Enrolment::join(*t->db, file, passphrase); !s)
        FAIL(s.error().message.toStdString());
    t->admin = admin;
    // Logged in there too (the key from the session, or the one unlocked on `by`).
    logIn(*t->db, admin, admin.signingKey.isEmpty() ? by.signingKey() : admin.signingKey);
    return t;
}

void logIn(storage::Database &db, const security::Session &user, const QByteArray &signingKey)
{
    const QByteArray key = signingKey.isEmpty() ? user.signingKey : signingKey;
    db.setSigningKey(user.userId, key);
    const Status s = security::Vault::unlock(db, user.userId, key);
    if (!s)
        FAIL(s.error().message.toStdString());
    REQUIRE(security::Vault::isUnlocked(db));
}

void consentToShare(storage::Database &db, const security::Session &by, const QByteArray &member,
                    const QByteArray &partner, const QDate &since)
{
    registry::ConsentService consents(db);
    auto id = consents.record(by, {member, QStringLiteral("sharing"), partner, since, QStringLiteral("signed_form"), {}, {}});
    if (!id)
        FAIL(id.error().message.toStdString());
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

namespace {

// Every form a string may take in the file: UTF-8, UTF-16 both ways, and its
// Unicode normal forms.
QList<QByteArray> formsOf(const QString &text)
{
    QList<QByteArray> forms;
    for (const QString &t : {text, text.normalized(QString::NormalizationForm_C), text.normalized(QString::NormalizationForm_D),
                             text.normalized(QString::NormalizationForm_KC)}) {
        forms << t.toUtf8();
        forms << QByteArray(reinterpret_cast<const char *>(t.utf16()), t.size() * 2);
        QByteArray be;
        for (QChar c : t)
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        forms << be;
    }
    return forms;
}

} // namespace

bool anyFileHolds(const QString &dir, const QString &text)
{
    const QList<QByteArray> forms = formsOf(text);
    for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files)) {
        QFile file(f.absoluteFilePath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray all = file.readAll();
        for (const QByteArray &form : forms)
            if (all.contains(form)) {
                UNSCOPED_INFO("found in " << f.fileName().toStdString());
                return true;
            }
    }
    return false;
}

void flipBit(const QString &path, qint64 at)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(at));
    char c = 0;
    REQUIRE(f.getChar(&c));
    REQUIRE(f.seek(at));
    REQUIRE(f.putChar(char(c ^ 0x10)));
}

void copyForeignWal(const QString &other, const QString &path)
{
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(other).constData(), &handle) == SQLITE_OK);
    REQUIRE(sqlite3_exec(handle,
                         "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE songs(title TEXT); "
                         "INSERT INTO songs VALUES ('x');",
                         nullptr, nullptr, nullptr)
            == SQLITE_OK);
    REQUIRE(QFile::copy(other + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    sqlite3_close(handle);
}

} // namespace tamkeen::test
