// A hub's ledger notes every synced row written, in the transaction that
// writes it (storage/RowNotes.h); a laptop's file notes nothing.
#include "core/SyncFixture.h"
#include "storage/Database.h"

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;

namespace {

QStringList notes(storage::Database &db)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("SELECT tbl, hex(row_id) FROM hub_pending ORDER BY 1, 2"));
    REQUIRE(q.ok());
    while (q.value()->next())
        out << q.value()->value(0).toString() + QLatin1Char(' ') + q.value()->value(1).toString();
    q.value()->finish();
    return out;
}

QString note(const QString &table, const QByteArray &id) { return table + QLatin1Char(' ') + QString::fromLatin1(id.toHex().toUpper()); }

} // namespace

TEST_CASE("A ledger notes each synced row written, with the write or not at all", "[hub]")
{
    Org org(2);
    Device &a = org[0], &ledger = org[1];
    auto none = a.db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'hub_pending'"));
    CHECK(none.value().toInt() == 0); // a laptop's file has no notes at all
    REQUIRE(ledger.db.noteWrittenRows().ok());
    REQUIRE(ledger.db.write(QStringLiteral("DELETE FROM hub_pending"), {}).ok());

    const QByteArray partner = ledger.addPartner(QStringLiteral("جمعية"));
    CHECK(notes(ledger.db) == QStringList{note(QStringLiteral("partners"), partner)});

    // A transaction that fails leaves neither its rows nor their notes.
    REQUIRE(ledger.db.write(QStringLiteral("DELETE FROM hub_pending"), {}).ok());
    const Status failed = ledger.db.transaction([&]() -> Status {
        ledger.set(partner, QStringLiteral("phone"), QStringLiteral("0155555555"));
        return makeError(ErrorCode::Invalid, QStringLiteral("stopped"));
    });
    CHECK_FALSE(failed.ok());
    INFO(notes(ledger.db).join(QLatin1Char(',')).toStdString());
    CHECK(notes(ledger.db).isEmpty());
    CHECK(ledger.get(partner, QStringLiteral("phone")).isNull());

    // An import (SQLite's triggers off while it writes) is noted too, and a
    // reopened file goes on noting.
    const QByteArray fromA = a.addPartner(QStringLiteral("بنك"));
    REQUIRE(org.receive(ledger, org.sendFor(a, ledger)).ok());
    CHECK(notes(ledger.db).contains(note(QStringLiteral("partners"), fromA)));
    const QString path = ledger.db.path();
    REQUIRE(ledger.db.write(QStringLiteral("DELETE FROM hub_pending"), {}).ok());
    ledger.t->db.reset();
    auto reopened = storage::Database::open(path);
    REQUIRE(reopened.ok());
    test::logIn(*reopened.value(), ledger.admin(), a.db.signingKey());
    reopened.value()->setCurrentUser(ledger.admin().userId);
    REQUIRE(storage::SyncedWriter(*reopened.value()).update(QStringLiteral("partners"), fromA,
                                                              {{QStringLiteral("phone"), QStringLiteral("0166666666")}})
                .ok());
    CHECK(notes(*reopened.value()) == QStringList{note(QStringLiteral("partners"), fromA)});
}
