// A row made by an ordinary change and given a privileged value later, by
// its own signed change, before the first export: the insert travels with
// the row as it is now (docs/sync-format.md, "carried"), but the privileged
// value is believed only with the later change's signature. The row must
// arrive, with the value, and a row made with a privileged value it never
// signed must still be refused.
#include "TwoCopies.h"
#include "storage/CaptureTriggers.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"

using namespace tamkeen;
using tamkeen::test::TwoCopies;
using namespace Qt::StringLiterals;

namespace {

QVariantMap sessionRow(const QByteArray &counsellor)
{
    return {{u"member_id"_s, storage::newUuidV7()},
            {u"household_id"_s, storage::newUuidV7()},
            {u"counsellor_id"_s, counsellor},
            {u"held_at"_s, u"2026-01-11T10:00"_s},
            {u"duration_min"_s, 45},
            {u"types"_s, u"psychological"_s},
            {u"mode"_s, u"centre"_s},
            {u"confidential"_s, 1}};
}

} // namespace

TEST_CASE("A session recorded first and given its psychological notes later arrives whole on the other copy",
          "[privileges][sync]")
{
    TwoCopies t;
    t.actAs(t.huda);
    storage::SyncedWriter writer(t.laptop());
    // Recorded without notes (an ordinary change), the notes written after
    // by the counsellor (signed), both before the laptop's first package.
    auto session = writer.insert(u"sessions"_s, sessionRow(t.huda.userId));
    REQUIRE(session.ok());
    REQUIRE(writer.update(u"sessions"_s, session.value(), {{u"observations"_s, u"حضرت مع ابنتها"_s}}).ok());
    REQUIRE(writer.update(u"sessions"_s, session.value(), {{u"psych_notes"_s, u"قلق بشأن الدين"_s}}).ok());

    const sync::ImportSummary s = sync::Importer(t.c).importFile(t.send(t.laptop(), u"laptop.tamkeen"_s));
    INFO(s.refused.toStdString());
    REQUIRE(s.ok());
    CHECK(s.refusedChanges == 0);
    CHECK(t.c.scalar(u"SELECT count(*) FROM sessions WHERE id = ?"_s, {session.value()}).value().toInt() == 1);
    CHECK(t.c.scalar(u"SELECT psych_notes FROM sessions WHERE id = ?"_s, {session.value()}).value()
          == u"قلق بشأن الدين"_s);
    CHECK(t.c.scalar(u"SELECT observations FROM sessions WHERE id = ?"_s, {session.value()}).value()
          == u"حضرت مع ابنتها"_s);
}

TEST_CASE("Notes a field worker's laptop adds by hand to a session it made are refused - the session still arrives",
          "[privileges][sync]")
{
    TwoCopies t;
    t.actAs(t.omar);
    storage::SyncedWriter writer(t.laptop());
    auto session = writer.insert(u"sessions"_s, sessionRow(t.huda.userId));
    REQUIRE(session.ok());
    // Later, notes signed by Omar, who is no counsellor.
    REQUIRE(writer.update(u"sessions"_s, session.value(), {{u"psych_notes"_s, u"مختلق"_s}}).ok());

    const sync::ImportSummary s = sync::Importer(t.c).importFile(t.send(t.laptop(), u"laptop.tamkeen"_s));
    REQUIRE(s.ok());
    CHECK(s.refusedChanges == 1); // the notes, not the session
    CHECK(t.c.scalar(u"SELECT count(*) FROM sessions WHERE id = ?"_s, {session.value()}).value().toInt() == 1);
    CHECK(t.c.scalar(u"SELECT psych_notes FROM sessions WHERE id = ?"_s, {session.value()}).value().isNull());
}

TEST_CASE("A session made with notes its author did not sign is refused whole", "[privileges][sync]")
{
    TwoCopies t;
    t.actAs(t.omar);
    // Written and logged by hand, the notes in the insert; nobody signs.
    QVariantMap row = sessionRow(t.huda.userId);
    row.insert(u"psych_notes"_s, u"مختلق"_s);
    t.laptop().setSigningKey(t.omar.userId, {});
    storage::SyncedWriter writer(t.laptop());
    CHECK_FALSE(writer.insert(u"sessions"_s, row).ok()); // the writer will not: no key
    const QByteArray id = storage::newUuidV7();
    QStringList names{u"id"_s}, marks{u"?"_s};
    QVariantList values{id};
    for (auto f = row.cbegin(); f != row.cend(); ++f) {
        names << f.key();
        marks << u"?"_s;
        values << f.value();
    }
    REQUIRE(t.laptop()
                .write(u"INSERT INTO sessions(%1, created_at, created_by, updated_at, updated_by) VALUES (%2, 'now', ?, 'now', ?)"_s
                          .arg(names.join(u", "_s), marks.join(u", "_s)),
                      values + QVariantList{t.omar.userId, t.omar.userId})
                .ok());
    REQUIRE(t.laptop().write(storage::insertCaptureSql(), {u"sessions"_s, id, t.omar.userId}).ok());

    const sync::ImportSummary s = sync::Importer(t.c).importFile(t.send(t.laptop(), u"laptop.tamkeen"_s));
    REQUIRE(s.ok());
    CHECK(s.refusedChanges == 1);
    CHECK(t.c.scalar(u"SELECT count(*) FROM sessions WHERE id = ?"_s, {id}).value().toInt() == 0);
}
