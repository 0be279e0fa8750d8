#pragma once
// Temporary databases for tests, set up with a cheap password cost.
#include "org/Setup.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QDate>
#include <QTemporaryDir>
#include <memory>

namespace tamkeen::test {

// While it lives, new databases are made unencrypted, as before issue 15:
// for tests that search a file's bytes for what the layers above encryption
// (the vault, erasure) must keep out of them.
struct PlainFiles {
    PlainFiles();
    ~PlainFiles();
};

struct TestDb {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    security::Session admin;

    QString path() const { return dir.filePath(QStringLiteral("tamkeen.sqlite")); }
};

org::SetupRequest sampleSetup(int deviceNumber = 1);
// A fresh, set-up database; fails the running test on any error.
std::unique_ptr<TestDb> makeSetUpDb(int deviceNumber = 1);
// A new laptop that `admin` enrolled on `by` (number 0: the next free one),
// started from its enrolment file; its `admin` is the same session.
std::unique_ptr<TestDb> makeEnrolledDb(storage::Database &by, const security::Session &admin, int number = 0);
// What a login does to the connection, for a session made elsewhere: its
// signing key (`signingKey`, else the session's) held, and the vault opened.
void logIn(storage::Database &db, const security::Session &user, const QByteArray &signingKey = {});
QByteArray fileBytes(const QString &path);
// The member's signed consent to sharing with `partner`, from `since` (far in
// the past by default), recorded by `by`: what a referral needs.
void consentToShare(storage::Database &db, const security::Session &by, const QByteArray &member,
                    const QByteArray &partner, const QDate &since = QDate(2000, 1, 1));
// Whether any file in `dir` holds `text`, in any form it may take in a file:
// UTF-8, UTF-16 both ways, and its Unicode normal forms.
bool anyFileHolds(const QString &dir, const QString &text);
// Flips one bit of the byte at `at`, as a failing disk or an attacker would.
void flipBit(const QString &path, qint64 at);
// Makes another program's WAL database at `other` and copies its -wal, while
// it is open, beside the database at `path` (as `path`-wal).
void copyForeignWal(const QString &other, const QString &path);

} // namespace tamkeen::test
