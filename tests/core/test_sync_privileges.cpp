// Issue 13 §7 test 4: a field worker's laptop, holding the organisation key,
// makes a package that creates an administrator, changes a role, changes a
// password hash, revokes a device, changes the eligibility rule and writes a
// psychological note, some with its capture triggers dropped and log entries
// written by hand. Every copy refuses exactly those and applies the ordinary
// changes of the same package.
#include "security/UserService.h"
#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/SyncDevices.h"
#include "sync/SyncKeys.h"

#include <QTemporaryDir>

using namespace tamkeen;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"correct horse battery"_s;

// A copy of the organisation enrolled by the centre's administrator, by hand
// as an enrolment does (docs/trust.md): the organisation's id, key and root,
// its own device id and key, and a devices row the administrator signed.
// Another copy of the organisation, enrolled by the centre's administrator.
struct Copy {
    std::unique_ptr<test::TestDb> t;
    storage::Database *db;

    Copy(storage::Database &centre, const security::Session &admin, int number)
        : t(test::makeEnrolledDb(centre, admin, number)), db(t->db.get())
    {
    }
};

QString exportAll(storage::Database &from, QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    auto written = sync::Exporter(from).write(path, {});
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    return path;
}

sync::ImportSummary importInto(storage::Database &to, const QString &path)
{
    const sync::ImportSummary s = sync::Importer(to).importFile(path);
    INFO(s.refused.toStdString());
    REQUIRE(s.ok());
    return s;
}

// A change written the way the hostile review did: capture trigger dropped,
// the row changed and a log entry made by hand, the trigger restored.
void forgeByHand(storage::Database &db, const QString &sql, const QVariantList &values, const QString &table,
                 const QByteArray &rowId, const QString &op, const QByteArray &author, const QString &fields)
{
    REQUIRE(db.execScript(u"DROP TRIGGER IF EXISTS \"capture_update_%1\""_s.arg(table)).ok());
    REQUIRE(db.exec(sql, values).ok());
    const qint64 seq =
        db.scalar(u"SELECT ifnull(max(seq), 0) + 1 FROM change_log WHERE device = ?"_s, {db.deviceId()}).value().toLongLong();
    REQUIRE(db.exec(u"INSERT INTO change_log(device, seq, hlc, tbl, row_id, op, author, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {db.deviceId(), seq, qint64(db.clock().next()), table, rowId, op, author,
                     fields.isEmpty() ? QVariant() : QVariant(fields)})
                .ok());
    REQUIRE(storage::installCaptureTriggers(db).ok());
}

} // namespace

TEST_CASE("A field worker's laptop cannot mint an administrator, change roles, passwords, revocations or the "
          "eligibility rule - its ordinary changes still arrive",
          "[privileges][sync]")
{
    auto centre = test::makeSetUpDb();
    storage::Database &c = *centre->db;
    const security::Session admin = centre->admin;
    security::UserService centreUsers(c, security::HashCost::minimal());
    auto omarId = centreUsers.add(admin, {u"omar"_s, u"Omar"_s, security::Role::FieldWorker, kPassword});
    REQUIRE(omarId.ok());

    // Two other copies: the field worker's laptop and another laptop.
    Copy laptop(c, admin, 2), other(c, admin, 3);
    QTemporaryDir packages;
    const QString fromCentre = exportAll(c, packages, u"centre.tamkeen"_s);
    for (Copy *copy : {&laptop, &other}) {
        const sync::ImportSummary s = importInto(*copy->db, fromCentre);
        CHECK(s.refusedChanges == 0); // the root and the administrator's signed rows are believed
    }
    storage::Database &l = *laptop.db;
    REQUIRE(l.scalar(u"SELECT role FROM users WHERE id = ?"_s, {omarId.value()}).value() == u"field_worker"_s);

    // On the laptop, Omar logs in: his key signs what he writes.
    security::UserService laptopUsers(l, security::HashCost::minimal());
    auto omar = laptopUsers.login(u"omar"_s, kPassword);
    REQUIRE(omar.ok());
    storage::SyncedWriter writer(l);
    const QString adminHash = c.scalar(u"SELECT password_hash FROM users WHERE id = ?"_s, {admin.userId}).value().toString();

    // 1. A new administrator, signed by Omar.
    auto mallory = writer.insert(u"users"_s, {{u"username"_s, u"mallory"_s},
                                             {u"full_name"_s, u"Mallory"_s},
                                             {u"role"_s, u"administrator"_s},
                                             {u"password_hash"_s, adminHash},
                                             {u"active"_s, 1}});
    REQUIRE(mallory.ok());
    // 2. His own role, signed by himself.
    REQUIRE(writer.update(u"users"_s, omar.value().userId, {{u"role"_s, u"administrator"_s}}).ok());
    // 3. The administrator's password hash, by hand, in the administrator's name.
    const QByteArray otherDevice = other.db->deviceId();
    forgeByHand(l, u"UPDATE users SET password_hash = 'forged', updated_at = 'now' WHERE id = ?"_s, {admin.userId},
                u"users"_s, admin.userId, u"U"_s, admin.userId, u"[\"password_hash\",\"updated_at\"]"_s);
    // 4. A revocation of the other laptop, signed by Omar.
    auto revoked = writer.insert(u"device_revocations"_s,
                                 {{u"device_id"_s, otherDevice}, {u"revoked_hlc"_s, 1}, {u"reason"_s, u"forged"_s}});
    REQUIRE(revoked.ok());
    // 5. The eligibility rule, by hand, in the administrator's name.
    const QByteArray rule = storage::stableId(u"eligibility_rule"_s);
    forgeByHand(l,
                u"INSERT INTO org_settings(id, created_at, created_by, updated_at, updated_by, key, value) "
                "VALUES (?, 'now', ?, 'now', ?, 'eligibility_rule', '{\"head\":99999,\"perMember\":0,\"currency\":\"SAR\"}')"_s,
                {rule, admin.userId, admin.userId}, u"org_settings"_s, rule, u"I"_s, admin.userId, QString());
    // 6. A psychological note, signed by Omar, who is no counsellor.
    auto note = writer.insert(u"sessions"_s, {{u"member_id"_s, storage::newUuidV7()},
                                             {u"household_id"_s, storage::newUuidV7()},
                                             {u"counsellor_id"_s, omar.value().userId},
                                             {u"held_at"_s, u"2026-01-11T10:00"_s},
                                             {u"duration_min"_s, 45},
                                             {u"types"_s, u"psychological"_s},
                                             {u"mode"_s, u"centre"_s},
                                             {u"confidential"_s, 1},
                                             {u"psych_notes"_s, u"invented"_s}});
    REQUIRE(note.ok());
    // And ordinary work in the same package.
    auto partner = writer.insert(u"partners"_s, {{u"name"_s, u"جمعية البر"_s}, {u"kind"_s, u"ngo"_s}});
    REQUIRE(partner.ok());
    REQUIRE(writer.update(u"partners"_s, partner.value(), {{u"phone"_s, u"0551112222"_s}}).ok());

    const QString fromLaptop = exportAll(l, packages, u"laptop.tamkeen"_s);
    for (storage::Database *copy : {&c, other.db}) {
        const sync::ImportSummary s = importInto(*copy, fromLaptop);
        CHECK(s.refusedChanges == 6);
        CHECK_FALSE(s.refusedReasons.isEmpty());
        CHECK(copy->scalar(u"SELECT count(*) FROM users WHERE username = 'mallory'"_s).value().toInt() == 0);
        CHECK(copy->scalar(u"SELECT role FROM users WHERE id = ?"_s, {omarId.value()}).value() == u"field_worker"_s);
        CHECK(copy->scalar(u"SELECT password_hash FROM users WHERE id = ?"_s, {admin.userId}).value().toString()
              == adminHash);
        CHECK(copy->scalar(u"SELECT count(*) FROM device_revocations"_s).value().toInt() == 0);
        CHECK(copy->scalar(u"SELECT count(*) FROM org_settings WHERE id = ?"_s, {rule}).value().toInt() == 0);
        CHECK(copy->scalar(u"SELECT count(*) FROM sessions WHERE id = ?"_s, {note.value()}).value().toInt() == 0);
        // The ordinary changes arrived.
        CHECK(copy->scalar(u"SELECT phone FROM partners WHERE id = ?"_s, {partner.value()}).value() == u"0551112222"_s);
        // And the Devices screen flags the laptop that sent them, only that one.
        auto devices = sync::SyncDevices(*copy).list();
        REQUIRE(devices.ok());
        for (const sync::SyncDevice &d : devices.value())
            CHECK(d.refusedAt.isValid() == (d.id == l.deviceId()));
    }
    // The administrator still logs in at the centre.
    CHECK(centreUsers.login(u"admin"_s, test::sampleSetup().adminPassword).ok());
}
