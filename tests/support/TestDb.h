#pragma once
// Temporary databases for tests, set up with a cheap password cost.
#include "org/Setup.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace tamkeen::test {

struct TestDb {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    security::Session admin;

    QString path() const { return dir.filePath(QStringLiteral("tamkeen.sqlite")); }
};

org::SetupRequest sampleSetup(int deviceNumber = 1);
// A fresh, set-up database; fails the running test on any error.
std::unique_ptr<TestDb> makeSetUpDb(int deviceNumber = 1);
QByteArray fileBytes(const QString &path);

} // namespace tamkeen::test
