#pragma once
// The centre's copy and a laptop enrolled from it, with a counsellor (Huda),
// a field worker (Omar) and a supervisor (Salem) known to both and logged in
// on the laptop: for tests of what one copy believes of another's changes.
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"

#include <QTemporaryDir>

namespace tamkeen::test {

inline const QString kTwoCopiesPassword = QStringLiteral("correct horse battery");

struct TwoCopies {
    std::unique_ptr<test::TestDb> centre = test::makeSetUpDb();
    storage::Database &c = *centre->db;
    std::unique_ptr<test::TestDb> laptopDb;
    QTemporaryDir dir;
    security::Session huda, omar, salem;

    TwoCopies()
    {
        security::UserService users(c, security::HashCost::minimal());
        REQUIRE(users.add(centre->admin, {QStringLiteral("huda"), QStringLiteral("Huda"), security::Role::Counsellor, kTwoCopiesPassword}).ok());
        REQUIRE(users.add(centre->admin, {QStringLiteral("omar"), QStringLiteral("Omar"), security::Role::FieldWorker, kTwoCopiesPassword}).ok());
        REQUIRE(users.add(centre->admin, {QStringLiteral("salem"), QStringLiteral("Salem"), security::Role::Supervisor, kTwoCopiesPassword}).ok());
        laptopDb = test::makeEnrolledDb(c, centre->admin, 2);
        REQUIRE(sync::Importer(laptop()).importFile(send(c, QStringLiteral("centre.tamkeen"))).ok());
        security::UserService onLaptop(laptop(), security::HashCost::minimal());
        auto h = onLaptop.login(QStringLiteral("huda"), kTwoCopiesPassword);
        auto o = onLaptop.login(QStringLiteral("omar"), kTwoCopiesPassword);
        auto s = onLaptop.login(QStringLiteral("salem"), kTwoCopiesPassword);
        REQUIRE(h.ok());
        REQUIRE(o.ok());
        REQUIRE(s.ok());
        huda = h.value();
        omar = o.value();
        salem = s.value();
    }
    storage::Database &laptop() { return *laptopDb->db; }
    QString send(storage::Database &from, const QString &name)
    {
        const QString path = dir.filePath(name);
        auto written = sync::Exporter(from).write(path, {});
        INFO((written ? std::string() : written.error().message.toStdString()));
        REQUIRE(written.ok());
        return path;
    }
    void actAs(const security::Session &s)
    {
        laptop().setCurrentUser(s.userId);
        laptop().setSigningKey(s.userId, s.signingKey);
    }
};


} // namespace tamkeen::test
