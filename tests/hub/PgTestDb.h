#pragma once
// A fresh PostgreSQL database for one test, on the throwaway server
// scripts/test starts (TAMKEEN_TEST_PG: its superuser's connection string),
// dropped at the end. No server, no test: they fail and say how to get one.
#include "hub/PgConnection.h"
#include "support/catch.h"

#include <QUuid>

namespace tamkeen::test {

struct PgTestDb {
    QString server;  // the superuser's connection string
    QString name;
    std::unique_ptr<hub::PgConnection> admin;

    PgTestDb()
    {
        server = qEnvironmentVariable("TAMKEEN_TEST_PG");
        INFO("No PostgreSQL for the hub's tests: run scripts/test, which starts one, or set TAMKEEN_TEST_PG "
             "to a superuser's connection string");
        REQUIRE(!server.isEmpty());
        auto opened = hub::PgConnection::open(server);
        INFO((opened ? std::string() : opened.error().message.toStdString()));
        REQUIRE(opened.ok());
        admin = std::move(opened).value();
        name = QStringLiteral("hub_test_") + QUuid::createUuid().toString(QUuid::Id128);
        REQUIRE(admin->exec(QStringLiteral("CREATE DATABASE %1").arg(name)).ok());
    }
    ~PgTestDb()
    {
        (void)admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        for (const QString &role : roles)
            (void)admin->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }
    // The test database as `user` (the superuser when empty).
    QString url(const QString &user = {}) const
    {
        return server + QStringLiteral(" dbname=") + name + (user.isEmpty() ? QString() : QStringLiteral(" user=") + user);
    }
    std::unique_ptr<hub::PgConnection> connect(const QString &user = {}) const
    {
        auto c = hub::PgConnection::open(url(user));
        INFO((c ? std::string() : c.error().message.toStdString()));
        REQUIRE(c.ok());
        return std::move(c).value();
    }
    // A login role of this test's own (dropped with the database).
    QString role(const QString &prefix)
    {
        const QString r = prefix + QUuid::createUuid().toString(QUuid::Id128).left(8);
        REQUIRE(admin->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(r)).ok());
        roles << r;
        return r;
    }
    QStringList roles;
};

} // namespace tamkeen::test
