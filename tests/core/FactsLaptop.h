#pragma once
// What the kept facts' tests share: a laptop enrolled from a test's copy and
// fed its packages (an import runs with the triggers off and must mark them
// itself), a count, and a reading with a kind's facts set aside (by SQL).
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

inline qint64 countOf(storage::Database &db, const QString &sql)
{
    auto n = db.scalar(sql);
    REQUIRE(n.ok());
    return n.value().toLongLong();
}

// What `read()` gives while the facts of `kind` (a row of impact_facts_state)
// are taken as never made here: the indicators' own SQL.
template<typename Read>
QString withoutFacts(storage::Database &db, const char *kind, Read &&read)
{
    const QString name = QString::fromLatin1(kind);
    REQUIRE(db.write(QStringLiteral("UPDATE impact_facts_state SET built = 0 WHERE name = ?"), {name}).ok());
    const QString text = read();
    REQUIRE(db.write(QStringLiteral("UPDATE impact_facts_state SET built = 1 WHERE name = ?"), {name}).ok());
    return text;
}

} // namespace tamkeen::test
