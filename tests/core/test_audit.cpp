// The audit trail (issue 15 §4): what is logged, who reads it, and the chain
// that shows a removed or altered entry, on the copy that made it and on
// those it syncs to.
#include "TwoCopies.h"
#include "security/AuditLog.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/catch.h"

using namespace tamkeen;
using namespace tamkeen::security;

namespace {

// The chain problems, as text, for the checks below.
QStringList problemsOf(storage::Database &db)
{
    auto problems = AuditLog(db).verify();
    REQUIRE(problems);
    QStringList out;
    for (const AuditProblem &p : problems.value())
        out << p.what;
    return out;
}

} // namespace

TEST_CASE("The audit trail logs who did what, reads once a while, and only supervisors read it", "[audit]")
{
    test::TwoCopies t;
    storage::Database &db = t.c;
    const QByteArray household = QByteArray(16, 'h');
    AuditLog audit(db);
    REQUIRE(audit.record(t.omar, QStringLiteral("open_household"), household));
    REQUIRE(audit.record(t.omar, QStringLiteral("open_household"), household)); // the same read again: not logged twice
    REQUIRE(audit.record(t.huda, QStringLiteral("open_household"), household));
    REQUIRE(audit.record(t.omar, QStringLiteral("print"), household, QStringLiteral("file-1.pdf")));
    REQUIRE(audit.record(t.omar, QStringLiteral("print"), household, QStringLiteral("file-1.pdf"))); // an output: each one
    // An account change is logged by the users service itself, in its transaction.
    UserService users(db, HashCost::minimal());
    REQUIRE(users.add(t.centre->admin, {QStringLiteral("mona"), QStringLiteral("منى"), Role::FieldWorker,
                                        QStringLiteral("olive trees 7")}));

    auto refused = audit.list(t.omar, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    auto all = audit.list(t.salem, {});
    REQUIRE(all);
    // setup's own and the TwoCopies accounts are there too; count what this test did.
    AuditFilter omars;
    omars.userId = t.omar.userId;
    auto mine = audit.list(t.salem, omars);
    REQUIRE(mine);
    CHECK(mine.value().size() == 3); // one open, two prints
    AuditFilter prints;
    prints.action = QStringLiteral("print");
    CHECK(audit.list(t.salem, prints).value().size() == 2);
    AuditFilter accounts;
    accounts.action = QStringLiteral("account");
    auto added = audit.list(t.salem, accounts);
    REQUIRE(added);
    REQUIRE_FALSE(added.value().isEmpty());
    CHECK(added.value().first().details == QStringLiteral("added mona (field_worker)"));
    CHECK(added.value().first().userId == t.centre->admin.userId);
    AuditFilter tomorrow;
    tomorrow.from = QDate::currentDate().addDays(1);
    CHECK(audit.list(t.salem, tomorrow).value().isEmpty());
    CHECK(problemsOf(db).isEmpty());
}

TEST_CASE("The chain shows an altered, a removed and a slipped-in entry", "[audit]")
{
    auto t = test::makeSetUpDb();
    storage::Database &db = *t->db;
    AuditLog audit(db);
    for (int i = 0; i < 4; ++i)
        REQUIRE(audit.record(t->admin, QStringLiteral("export"), {}, QStringLiteral("list %1").arg(i)));
    REQUIRE(problemsOf(db).isEmpty());
    const auto seqOf = [&](const QString &details) {
        return db.scalar(QStringLiteral("SELECT seq FROM audit_log WHERE details = ?"), {details}).value().toLongLong();
    };
    const qint64 second = seqOf(QStringLiteral("list 1"));

    SECTION("altered")
    {
        REQUIRE(db.exec(QStringLiteral("UPDATE audit_log SET details = 'list of nothing' WHERE seq = ?"), {second}));
        CHECK(problemsOf(db) == QStringList{QStringLiteral("entry %1 was altered").arg(second)});
    }
    SECTION("removed, with the triggers off as a thief with the sqlite3 shell would")
    {
        {
            storage::Database::TriggersOff off(db);
            REQUIRE(db.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), {second}));
        }
        CHECK(problemsOf(db) == QStringList{QStringLiteral("entries %1 to %1 are missing").arg(second)});
    }
    SECTION("slipped in with a made-up hash")
    {
        REQUIRE(db.exec(QStringLiteral("UPDATE audit_log SET seq = seq + 1 WHERE seq > ?"), {second}));
        REQUIRE(audit.record(t->admin, QStringLiteral("export"), {}, QStringLiteral("the last")));
        REQUIRE(db.exec(QStringLiteral("UPDATE audit_log SET seq = ? WHERE details = 'the last'"), {second + 1}));
        CHECK_FALSE(problemsOf(db).isEmpty());
    }
}

TEST_CASE("A laptop's audit entries reach the centre by sync, and their chain holds there", "[audit][sync]")
{
    test::TwoCopies t;
    t.actAs(t.omar);
    REQUIRE(AuditLog(t.laptop()).record(t.omar, QStringLiteral("open_household"), QByteArray(16, 'f')));
    REQUIRE(AuditLog(t.laptop()).record(t.omar, QStringLiteral("print"), QByteArray(16, 'f'), QStringLiteral("x.pdf")));
    REQUIRE(sync::Importer(t.c).importFile(t.send(t.laptop(), QStringLiteral("laptop.tamkeen"))).ok());
    AuditFilter omars;
    omars.userId = t.omar.userId;
    auto there = AuditLog(t.c).list(t.centre->admin, omars);
    REQUIRE(there);
    CHECK(there.value().size() == 2);
    CHECK(there.value().first().device == t.laptop().deviceId());
    CHECK(problemsOf(t.c).isEmpty());
    // An entry put in the laptop's chain by another device's sync is found.
    {
        storage::Database::TriggersOff off(t.c); // the change log takes no edits otherwise
        auto edited = t.c.exec(QStringLiteral("UPDATE change_log SET device = ? WHERE tbl = 'audit_log' AND op = 'I' "
                                              "AND row_id = (SELECT id FROM audit_log WHERE details = 'x.pdf')"),
                               {QByteArray(16, 'e')});
        INFO((edited ? std::string() : edited.error().message.toStdString()));
        REQUIRE(edited);
    }
    CHECK(problemsOf(t.c) == QStringList{QStringLiteral("entry 2 was written by another device")});
    // An entry altered at the centre is found there.
    REQUIRE(t.c.exec(QStringLiteral("UPDATE audit_log SET details = 'y.pdf' WHERE details = 'x.pdf'")));
    CHECK_FALSE(problemsOf(t.c).isEmpty());
}
