#pragma once
// A laptop enrolled from a test's copy and fed its packages: the kept facts'
// tests check that an import (which runs with the triggers off) marks them.
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"

#include <QTemporaryDir>

namespace tamkeen::test {

struct FactsLaptop {
    storage::Database &from;
    QTemporaryDir dir;
    std::unique_ptr<TestDb> copy;
    storage::Database &db;

    FactsLaptop(storage::Database &centre, const security::Session &admin)
        : from(centre), copy(makeEnrolledDb(centre, admin, 2)), db(*copy->db)
    {
    }
    // Everything the centre holds that the laptop lacks, as one package.
    void receive(const QString &name)
    {
        const QString path = dir.filePath(name);
        REQUIRE(sync::Exporter(from).write(path, {}).ok());
        auto imported = sync::Importer(db).importFile(path);
        INFO(imported.refused.toStdString());
        REQUIRE(imported.ok());
    }
};

} // namespace tamkeen::test
