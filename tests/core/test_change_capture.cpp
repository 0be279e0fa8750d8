#include "security/UserService.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace tamkeen;
using namespace tamkeen::storage;

namespace {

struct LogRow {
    qint64 seq;
    quint64 hlc;
    QString table;
    QString op;
};

QList<LogRow> logOf(Database &db, const QByteArray &device)
{
    QList<LogRow> rows;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT seq, hlc, tbl, op FROM change_log WHERE device = ? ORDER BY seq"));
    q.addBindValue(device);
    REQUIRE(q.exec());
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toULongLong(), q.value(2).toString(), q.value(3).toString()});
    return rows;
}

void requireGapFreeAndIncreasing(const QList<LogRow> &rows)
{
    for (int i = 0; i < rows.size(); ++i) {
        INFO("entry " << i);
        CHECK(rows[i].seq == i + 1);
        if (i > 0)
            CHECK(rows[i].hlc > rows[i - 1].hlc);
    }
}

security::NewUser worker(const QString &name)
{
    return {name, QStringLiteral("سارة محمد"), security::Role::FieldWorker, QStringLiteral("password-123")};
}

} // namespace

TEST_CASE("Every insert, update and archive of a synced table is captured in order", "[capture]")
{
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    security::UserService users(db, security::HashCost::minimal());
    SyncedWriter writer(db);
    const QByteArray device = db.deviceId();

    const auto afterSetup = logOf(db, device);
    REQUIRE(afterSetup.size() == 3); // administrator, centre, device
    requireGapFreeAndIncreasing(afterSetup);

    auto id = users.add(t->admin, worker(QStringLiteral("sara")));
    REQUIRE(id.ok());
    REQUIRE(users.setActive(t->admin, id.value(), false).ok());
    REQUIRE(writer.archive(QStringLiteral("users"), id.value()).ok());

    const auto all = logOf(db, device);
    requireGapFreeAndIncreasing(all);
    // Adding and deactivating an account each leave an audit entry too, in
    // the same transaction (security/AuditLog), captured like any row.
    QList<LogRow> rows;
    int audited = 0;
    for (const LogRow &r : all)
        (r.table == QStringLiteral("audit_log") ? (void)++audited : rows.append(r));
    CHECK(audited == 2);
    REQUIRE(rows.size() == 6);
    CHECK(rows[3].op == QStringLiteral("I"));
    CHECK(rows[4].op == QStringLiteral("U"));
    CHECK(rows[5].op == QStringLiteral("U"));

    auto changes = changesOf(db, QStringLiteral("users"), id.value());
    REQUIRE(changes.ok());
    REQUIRE(changes.value().size() == 3);
    CHECK(changes.value()[0].fields.isEmpty()); // an insert sets every field
    CHECK(changes.value()[1].fields.contains(QStringLiteral("active")));
    CHECK_FALSE(changes.value()[1].fields.contains(QStringLiteral("created_at")));
    CHECK_FALSE(changes.value()[1].fields.contains(QStringLiteral("username")));
    CHECK(changes.value()[2].fields.contains(QStringLiteral("deleted")));
    CHECK_FALSE(changes.value()[2].fields.contains(QStringLiteral("active")));
    CHECK(changes.value()[0].author == t->admin.userId);

    auto problems = checkChangeLog(db);
    REQUIRE(problems.ok());
    CHECK(problems.value().isEmpty());
}

TEST_CASE("An update that changes nothing records nothing", "[capture]")
{
    auto t = test::makeSetUpDb();
    SyncedWriter writer(*t->db);
    auto before = changeCount(*t->db);
    REQUIRE(before.ok());
    REQUIRE(writer.update(QStringLiteral("users"), t->admin.userId, {{QStringLiteral("active"), 1}}).ok());
    CHECK(changeCount(*t->db).value() == before.value());
}

TEST_CASE("Synced rows cannot be deleted or re-keyed", "[capture]")
{
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    CHECK_FALSE(db.exec(QStringLiteral("DELETE FROM users")).ok());
    CHECK_FALSE(db.exec(QStringLiteral("UPDATE centres SET id = randomblob(16)")).ok());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM users")).value().toInt() == 1);
}

TEST_CASE("A connection without Tamkeen's functions cannot change synced rows, and check finds its inserts",
          "[capture]")
{
    auto t = test::makeSetUpDb();
    const qint64 before = changeCount(*t->db).value();
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(t->path()).constData(), &raw) == SQLITE_OK);
    char *err = nullptr;
    CHECK(sqlite3_exec(raw, "UPDATE centres SET name = 'x'", nullptr, nullptr, &err) != SQLITE_OK);
    CHECK(QString::fromUtf8(err ? err : "").contains(QStringLiteral("no such function")));
    sqlite3_free(err);
    // Inserts are recorded by SyncedWriter, not by a trigger (CaptureTriggers.h):
    // one made behind Tamkeen's back lands unrecorded, and `check` reports it.
    CHECK(sqlite3_exec(raw,
                       "INSERT INTO centres(id, created_at, updated_at, code, name) "
                       "VALUES (randomblob(16), 'now', 'now', 'JED', 'Jeddah')",
                       nullptr, nullptr, nullptr)
          == SQLITE_OK);
    sqlite3_close(raw);
    CHECK(t->db->scalar(QStringLiteral("SELECT count(*) FROM centres WHERE name = 'x'")).value().toInt() == 0);
    CHECK(changeCount(*t->db).value() == before);
    auto problems = checkChangeLog(*t->db);
    REQUIRE(problems.ok());
    REQUIRE(problems.value().size() == 1);
    CHECK(problems.value().first().contains(QStringLiteral("centres")));
}

TEST_CASE("An insert the table refuses leaves no change-log entry", "[capture]")
{
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    SyncedWriter writer(db);
    const qint64 before = changeCount(db).value();
    // centres.name is NOT NULL: the row fails after its log entry was written.
    CHECK_FALSE(writer.insert(QStringLiteral("centres"), {{QStringLiteral("code"), QStringLiteral("X")}}).ok());
    CHECK(changeCount(db).value() == before);
    // The same inside a larger transaction that goes on after the failure.
    const Status s = db.transaction([&]() -> Status {
        CHECK_FALSE(writer.insert(QStringLiteral("centres"), {{QStringLiteral("code"), QStringLiteral("Y")}}).ok());
        auto z = writer.insert(QStringLiteral("centres"), {{QStringLiteral("code"), QStringLiteral("Z")},
                                                           {QStringLiteral("name"), QStringLiteral("z")}});
        return z ? Status() : Status(z.error());
    });
    REQUIRE(s.ok());
    CHECK(changeCount(db).value() == before + 1);
    requireGapFreeAndIncreasing(logOf(db, db.deviceId()));
    CHECK(checkChangeLog(db).value().isEmpty());
}

TEST_CASE("Each field keeps its own version", "[capture]")
{
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    SyncedWriter writer(db);
    auto centre = writer.insert(QStringLiteral("centres"), {{QStringLiteral("code"), QStringLiteral("JED")},
                                                            {QStringLiteral("name"), QStringLiteral("جدة")}});
    REQUIRE(centre.ok());
    auto v1 = fieldVersions(db, QStringLiteral("centres"), centre.value());
    REQUIRE(v1.ok());
    REQUIRE(writer.update(QStringLiteral("centres"), centre.value(), {{QStringLiteral("name"), QStringLiteral("مركز جدة")}}).ok());
    auto v2 = fieldVersions(db, QStringLiteral("centres"), centre.value());
    REQUIRE(v2.ok());
    const QString name = QStringLiteral("name"), code = QStringLiteral("code");
    CHECK(v2.value()[name].hlc > v1.value()[name].hlc);
    CHECK(v2.value()[code].hlc == v1.value()[code].hlc);
    CHECK(v2.value()[name].device == db.deviceId());
}

TEST_CASE("Change times keep growing when the wall clock jumps back", "[capture][hlc]")
{
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    SyncedWriter writer(db);
    const quint64 before = db.scalar(QStringLiteral("SELECT max(hlc) FROM change_log")).value().toULongLong();
    db.clock().setWallClock([] { return qint64(1'000'000'000'000); }); // 2001
    REQUIRE(writer.insert(QStringLiteral("centres"), {{QStringLiteral("code"), QStringLiteral("ABH")},
                                                      {QStringLiteral("name"), QStringLiteral("أبها")}})
                .ok());
    const quint64 after = db.scalar(QStringLiteral("SELECT max(hlc) FROM change_log")).value().toULongLong();
    CHECK(after > before);
    requireGapFreeAndIncreasing(logOf(db, db.deviceId()));
}

TEST_CASE("A later time seen from another device moves this device's clock forward", "[capture][hlc]")
{
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    const quint64 remote = HybridClock::fromMillis(QDateTime::currentMSecsSinceEpoch() + 3'600'000); // an hour ahead
    REQUIRE(db.raiseHlcFloor(remote).ok());
    SyncedWriter writer(db);
    REQUIRE(writer.update(QStringLiteral("users"), t->admin.userId, {{QStringLiteral("full_name"), QStringLiteral("x")}}).ok());
    CHECK(db.scalar(QStringLiteral("SELECT max(hlc) FROM change_log")).value().toULongLong() > remote);

    // The floor is kept in the file.
    t->db.reset();
    auto reopened = Database::open(t->path());
    REQUIRE(reopened.ok());
    reopened.value()->setCurrentUser(t->admin.userId);
    test::logIn(*reopened.value(), t->admin);
    SyncedWriter again(*reopened.value());
    REQUIRE(again.update(QStringLiteral("users"), t->admin.userId, {{QStringLiteral("full_name"), QStringLiteral("y")}}).ok());
    CHECK(reopened.value()->scalar(QStringLiteral("SELECT max(hlc) FROM change_log"))
              .value()
              .toULongLong()
          > remote);
}

TEST_CASE("Two connections to one file share one gap-free sequence", "[capture]")
{
    auto t = test::makeSetUpDb();
    auto second = Database::open(t->path());
    REQUIRE(second.ok());
    second.value()->setCurrentUser(t->admin.userId);
    test::logIn(*second.value(), t->admin);
    SyncedWriter w1(*t->db), w2(*second.value());
    for (int i = 0; i < 5; ++i) {
        REQUIRE(w1.insert(QStringLiteral("centres"), {{QStringLiteral("code"), QStringLiteral("A%1").arg(i)},
                                                      {QStringLiteral("name"), QStringLiteral("x")}})
                    .ok());
        REQUIRE(w2.insert(QStringLiteral("centres"), {{QStringLiteral("code"), QStringLiteral("B%1").arg(i)},
                                                      {QStringLiteral("name"), QStringLiteral("y")}})
                    .ok());
    }
    requireGapFreeAndIncreasing(logOf(*t->db, t->db->deviceId()));
}

TEST_CASE("Capture can be paused for imports and records nothing meanwhile", "[capture]")
{
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    SyncedWriter writer(db);
    const qint64 before = changeCount(db).value();
    db.setCaptureEnabled(false);
    REQUIRE(writer.update(QStringLiteral("users"), t->admin.userId, {{QStringLiteral("full_name"), QStringLiteral("x")}}).ok());
    REQUIRE(writer.insert(QStringLiteral("centres"), {{QStringLiteral("code"), QStringLiteral("P")},
                                                      {QStringLiteral("name"), QStringLiteral("p")}})
                .ok());
    CHECK(changeCount(db).value() == before);
    db.setCaptureEnabled(true);
    REQUIRE(writer.update(QStringLiteral("users"), t->admin.userId, {{QStringLiteral("full_name"), QStringLiteral("y")}}).ok());
    CHECK(changeCount(db).value() == before + 1);
}

TEST_CASE("Records remember who created and who last changed them", "[capture]")
{
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    security::UserService users(db, security::HashCost::minimal());
    auto second = users.add(t->admin, {QStringLiteral("admin2"), QStringLiteral("خالد"), security::Role::Administrator,
                                       QStringLiteral("password-123")});
    REQUIRE(second.ok());
    auto worker = users.add(t->admin, {QStringLiteral("worker1"), QStringLiteral("علي"), security::Role::FieldWorker,
                                       QStringLiteral("password-123")});
    REQUIRE(worker.ok());
    auto session2 = users.login(QStringLiteral("admin2"), QStringLiteral("password-123"));
    REQUIRE(session2.ok());
    REQUIRE(users.setActive(session2.value(), worker.value(), false).ok());
    CHECK(db.scalar(QStringLiteral("SELECT created_by FROM users WHERE id = ?"), {worker.value()}).value().toByteArray()
          == t->admin.userId);
    CHECK(db.scalar(QStringLiteral("SELECT updated_by FROM users WHERE id = ?"), {worker.value()}).value().toByteArray()
          == second.value());
    CHECK(db.scalar(QStringLiteral("SELECT created_by FROM users WHERE id = ?"), {t->admin.userId}).value().toByteArray()
          == t->admin.userId);
}
