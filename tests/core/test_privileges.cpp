// Privileged changes are signed by a person (issue 13 §3, docs/trust.md): user
// key pairs, signing at write time, and Privileges::admit on a receiving copy.
#include "security/Privileges.h"
#include "security/SignedChange.h"
#include "security/UserKeys.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace tamkeen;
using namespace tamkeen::security;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"correct horse battery"_s;

struct Logged {
    SignedChange change;
    QByteArray signature;
};

// The latest change-log entry of a row, as it would travel.
Logged latest(storage::Database &db, const QString &table, const QByteArray &rowId)
{
    auto q = db.exec(u"SELECT device, seq, hlc, op, author, fields, signed FROM change_log "
                     "WHERE tbl = ? AND row_id = ? ORDER BY seq DESC LIMIT 1"_s,
                     {table, rowId});
    REQUIRE(q.ok());
    REQUIRE(q.value()->next());
    Logged l;
    l.change.device = q.value()->value(0).toByteArray();
    l.change.seq = q.value()->value(1).toLongLong();
    l.change.hlc = q.value()->value(2).toULongLong();
    l.change.table = table;
    l.change.rowId = rowId;
    l.change.op = q.value()->value(3).toString();
    l.change.author = q.value()->value(4).toByteArray();
    for (const QJsonValue &f : QJsonDocument::fromJson(q.value()->value(5).toString().toUtf8()).array())
        l.change.fields << f.toString();
    const QByteArray blob = q.value()->value(6).toByteArray();
    q.value()->finish();
    if (!blob.isEmpty())
        REQUIRE(decodeSigned(blob, &l.change.pairs, &l.signature));
    return l;
}

void setPair(SignedChange &c, const QString &column, const QVariant &value)
{
    for (auto &p : c.pairs) {
        if (p.first == column)
            p.second = value;
    }
}

struct Org {
    std::unique_ptr<test::TestDb> t = test::makeSetUpDb();
    storage::Database &db = *t->db;
    UserService users{db, HashCost::minimal()};
    storage::SyncedWriter writer{db};

    Session add(const QString &name, Role role)
    {
        auto id = users.add(t->admin, {name, name, role, kPassword});
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        auto s = users.login(name, kPassword);
        REQUIRE(s.ok());
        return s.value();
    }

    // Writes as `by`, signed with the key its login unlocked.
    void update(const Session &by, const QString &table, const QByteArray &id, const QVariantMap &changes)
    {
        users.actAs(by);
        const Status s = writer.update(table, id, changes);
        INFO((s.ok() ? std::string() : s.error().message.toStdString()));
        REQUIRE(s.ok());
    }
};

} // namespace

TEST_CASE("Every user has a key pair that only their password unlocks", "[privileges][keys]")
{
    Org o;
    const Session omar = o.add(u"omar"_s, Role::FieldWorker);
    auto row = o.db.exec(u"SELECT public_key, wrapped_key, password_hash FROM users WHERE id = ?"_s, {omar.userId});
    REQUIRE(row.ok());
    REQUIRE(row.value()->next());
    const QByteArray publicKey = row.value()->value(0).toByteArray();
    const QByteArray wrapped = row.value()->value(1).toByteArray();
    row.value()->finish();
    CHECK(publicKey.size() == 32);
    CHECK(omar.signingKey.size() == 64);
    CHECK(UserKeys::publicKeyOf(omar.signingKey) == publicKey);
    // The secret half is not in the row in the clear.
    CHECK_FALSE(wrapped.contains(omar.signingKey.left(32)));
    CHECK(UserKeys::unwrap(wrapped, u"wrong password"_s).error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(o.users.login(u"omar"_s, u"wrong password"_s).ok());

    // The root's public key is the organisation's.
    CHECK(o.db.scalar(u"SELECT value FROM local_state WHERE key = 'org_root'"_s).value().toByteArray()
          == UserKeys::publicKeyOf(o.t->admin.signingKey));
}

TEST_CASE("A password reset re-keys the user, signed by the administrator", "[privileges][keys]")
{
    Org o;
    const Session sara = o.add(u"sara"_s, Role::Counsellor);
    REQUIRE(o.users.resetPassword(o.t->admin, sara.userId, u"brand new password"_s).ok());
    auto fresh = o.users.login(u"sara"_s, u"brand new password"_s);
    REQUIRE(fresh.ok());
    CHECK(fresh.value().signingKey != sara.signingKey);
    CHECK_FALSE(o.users.login(u"sara"_s, kPassword).ok());

    const Logged reset = latest(o.db, u"users"_s, sara.userId);
    CHECK(reset.change.author == o.t->admin.userId);
    CHECK(reset.change.fields.contains(u"public_key"_s));
    CHECK(Privileges::admit(o.db, reset.change, reset.signature).isEmpty());
}

TEST_CASE("A privileged write without an unlocked key is refused and writes nothing", "[privileges]")
{
    Org o;
    auto second = storage::Database::open(o.t->path());
    REQUIRE(second.ok());
    UserService users(*second.value(), HashCost::minimal());
    Session handMade = o.t->admin;
    handMade.signingKey.clear(); // an administrator's id without the key
    const qint64 before = o.db.scalar(u"SELECT count(*) FROM change_log"_s).value().toLongLong();
    auto added = users.add(handMade, {u"mallory"_s, u"Mallory"_s, Role::Administrator, kPassword});
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().message.contains(u"signed"_s));
    CHECK(o.db.scalar(u"SELECT count(*) FROM users WHERE username = 'mallory'"_s).value().toInt() == 0);
    CHECK(o.db.scalar(u"SELECT count(*) FROM change_log"_s).value().toLongLong() == before);
    // Ordinary rows need no key.
    storage::SyncedWriter writer(*second.value());
    second.value()->setCurrentUser(handMade.userId);
    CHECK(writer.insert(u"partners"_s, {{u"name"_s, u"Partner"_s}, {u"kind"_s, u"ngo"_s}}).ok());
}

TEST_CASE("A field worker's key cannot authorise a role change; an administrator's can", "[privileges]")
{
    Org o;
    const Session omar = o.add(u"omar"_s, Role::FieldWorker);
    const Session huda = o.add(u"huda"_s, Role::Counsellor);

    // Omar signs his own promotion (the writer signs what it is given).
    o.update(omar, u"users"_s, omar.userId, {{u"role"_s, u"administrator"_s}});
    const Logged forged = latest(o.db, u"users"_s, omar.userId);
    REQUIRE_FALSE(forged.signature.isEmpty());
    CHECK(forged.change.author == omar.userId);
    // Judged by this copy's view of Omar: a field worker.
    o.update(o.t->admin, u"users"_s, omar.userId, {{u"role"_s, u"field_worker"_s}});
    const QString refused = Privileges::admit(o.db, forged.change, forged.signature);
    CHECK_FALSE(refused.isEmpty());
    CHECK(refused == QLatin1String(Privileges::kRole));

    // The administrator makes Huda a supervisor: accepted.
    o.update(o.t->admin, u"users"_s, huda.userId, {{u"role"_s, u"supervisor"_s}});
    const Logged promoted = latest(o.db, u"users"_s, huda.userId);
    CHECK(Privileges::admit(o.db, promoted.change, promoted.signature).isEmpty());

    // Self: Omar may change his own name, signed by himself, but nobody else's.
    o.update(omar, u"users"_s, omar.userId, {{u"full_name"_s, u"Omar Al-Harbi"_s}});
    const Logged renamed = latest(o.db, u"users"_s, omar.userId);
    CHECK(Privileges::admit(o.db, renamed.change, renamed.signature).isEmpty());
    o.update(omar, u"users"_s, huda.userId, {{u"full_name"_s, u"Someone else"_s}});
    const Logged other = latest(o.db, u"users"_s, huda.userId);
    CHECK_FALSE(Privileges::admit(o.db, other.change, other.signature).isEmpty());
}

TEST_CASE("A tampered value, or a claimed administrator without a valid signature, is refused", "[privileges]")
{
    Org o;
    const Session omar = o.add(u"omar"_s, Role::FieldWorker);
    o.update(o.t->admin, u"users"_s, omar.userId, {{u"role"_s, u"counsellor"_s}});
    const Logged good = latest(o.db, u"users"_s, omar.userId);
    REQUIRE(Privileges::admit(o.db, good.change, good.signature).isEmpty());

    SECTION("a value changed after signing")
    {
        SignedChange c = good.change;
        setPair(c, u"role"_s, u"administrator"_s);
        CHECK(Privileges::admit(o.db, c, good.signature).contains(u"signature"_s));
    }
    SECTION("the sequence or time changed after signing")
    {
        SignedChange c = good.change;
        c.hlc += 1;
        CHECK_FALSE(Privileges::admit(o.db, c, good.signature).isEmpty());
    }
    SECTION("the administrator named as author, no signature")
    {
        SignedChange c = good.change;
        setPair(c, u"role"_s, u"administrator"_s);
        CHECK_FALSE(Privileges::admit(o.db, c, QByteArray()).isEmpty());
    }
    SECTION("the administrator named as author, signed by the field worker")
    {
        SignedChange c = good.change;
        setPair(c, u"role"_s, u"administrator"_s);
        const QByteArray org = o.db.scalar(u"SELECT value FROM local_state WHERE key = 'org_id'"_s).value().toByteArray();
        const QByteArray sig = UserKeys::sign(omar.signingKey, signedChangeBytes(org, c));
        CHECK_FALSE(Privileges::admit(o.db, c, sig).isEmpty());
        // The same bytes signed by the administrator's key pass: the check is the key, not the claim.
        CHECK(Privileges::admit(o.db, c, UserKeys::sign(o.t->admin.signingKey, signedChangeBytes(org, c))).isEmpty());
    }
    SECTION("a field the signature does not cover")
    {
        SignedChange c = good.change;
        c.fields << u"password_hash"_s;
        CHECK_FALSE(Privileges::admit(o.db, c, good.signature).isEmpty());
    }
}

TEST_CASE("A revocation is final: no update to it is accepted, whoever signs", "[privileges]")
{
    Org o;
    const QByteArray device = storage::newUuidV7();
    o.users.actAs(o.t->admin);
    auto id = o.writer.insert(u"device_revocations"_s,
                              {{u"device_id"_s, device}, {u"revoked_hlc"_s, 1}, {u"reason"_s, u"stolen"_s}});
    REQUIRE(id.ok());
    const Logged revoked = latest(o.db, u"device_revocations"_s, id.value());
    CHECK(Privileges::admit(o.db, revoked.change, revoked.signature).isEmpty());

    // Not here …
    const Status undone = o.writer.archive(u"device_revocations"_s, id.value());
    REQUIRE_FALSE(undone.ok());
    CHECK(o.db.scalar(u"SELECT deleted FROM device_revocations WHERE id = ?"_s, {id.value()}).value().toInt() == 0);
    // … nor from elsewhere, even signed by the root administrator.
    SignedChange c = revoked.change;
    c.op = u"U"_s;
    c.seq += 100;
    c.fields = {u"deleted"_s};
    c.pairs = {{u"deleted"_s, qint64(1)}};
    const QByteArray org = o.db.scalar(u"SELECT value FROM local_state WHERE key = 'org_id'"_s).value().toByteArray();
    const QString refused = Privileges::admit(o.db, c, UserKeys::sign(o.t->admin.signingKey, signedChangeBytes(org, c)));
    CHECK(refused.contains(u"final"_s));
}

TEST_CASE("The root's self-signed first account is believed through org_root alone", "[privileges]")
{
    Org o;
    const Logged root = latest(o.db, u"users"_s, o.t->admin.userId);
    REQUIRE(root.change.op == u"I");
    REQUIRE_FALSE(root.signature.isEmpty());

    // A copy of the same organisation that has not seen the root's account yet.
    auto other = test::makeSetUpDb(2);
    for (const QString &key : {u"org_id"_s, u"org_root"_s}) {
        const QVariant v = o.db.scalar(u"SELECT value FROM local_state WHERE key = ?"_s, {key}).value();
        REQUIRE(other->db->exec(u"UPDATE local_state SET value = ? WHERE key = ?"_s, {v, key}).ok());
    }
    CHECK(other->db->scalar(u"SELECT count(*) FROM users WHERE id = ?"_s, {o.t->admin.userId}).value().toInt() == 0);
    CHECK(Privileges::admit(*other->db, root.change, root.signature).isEmpty());

    // Another copy's own administrator is nobody here: its account is refused.
    const Logged stranger = latest(*other->db, u"users"_s, other->admin.userId);
    CHECK_FALSE(Privileges::admit(o.db, stranger.change, stranger.signature).isEmpty());
}

TEST_CASE("The privileged list: identities, settings, tracks and confidential notes", "[privileges]")
{
    CHECK(Privileges::needsSignature(u"users"_s, {u"role"_s}));
    CHECK(Privileges::needsSignature(u"devices"_s, {u"public_key"_s}));
    CHECK(Privileges::needsSignature(u"org_settings"_s, {u"value"_s}));
    CHECK(Privileges::needsSignature(u"plan_tracks"_s, {u"name"_s}));
    CHECK(Privileges::needsSignature(u"sessions"_s, {u"psych_notes"_s, u"updated_at"_s}));
    CHECK_FALSE(Privileges::needsSignature(u"sessions"_s, {u"observations"_s}));
    CHECK_FALSE(Privileges::needsSignature(u"households"_s, {u"phone"_s}));
    CHECK(Privileges::requiredRole(u"org_settings"_s, u"U"_s, storage::stableId(u"eligibility_rule"_s), {u"value"_s})
          == Role::Administrator);
    CHECK(Privileges::requiredRole(u"sessions"_s, u"U"_s, {}, {u"psych_notes"_s}) == Role::Counsellor);
    CHECK_FALSE(Privileges::requiredRole(u"device_revocations"_s, u"U"_s, {}, {u"deleted"_s}).has_value());
}

TEST_CASE("A user changes their own password: re-keyed under their own signature", "[privileges][keys]")
{
    Org o;
    const Session omar = o.add(u"omar"_s, Role::FieldWorker);
    CHECK(o.users.changeOwnPassword(omar, u"not my password"_s, u"a new long password"_s).error().field
          == u"current"_s);
    auto renewed = o.users.changeOwnPassword(omar, kPassword, u"a new long password"_s);
    REQUIRE(renewed.ok());
    CHECK(renewed.value().signingKey != omar.signingKey);
    CHECK_FALSE(o.users.login(u"omar"_s, kPassword).ok());
    auto again = o.users.login(u"omar"_s, u"a new long password"_s);
    REQUIRE(again.ok());
    CHECK(again.value().signingKey == renewed.value().signingKey);

    // Signed with his old key, which is what other copies still know him by.
    const Logged change = latest(o.db, u"users"_s, omar.userId);
    CHECK(change.change.author == omar.userId);
    CHECK(UserKeys::verify(UserKeys::publicKeyOf(omar.signingKey),
                           signedChangeBytes(o.db.scalar(u"SELECT value FROM local_state WHERE key = 'org_id'"_s)
                                                 .value()
                                                 .toByteArray(),
                                             change.change),
                           change.signature));
    // A copy that still holds his old key believes it (the self rule) …
    REQUIRE(o.db.exec(u"UPDATE users SET public_key = ? WHERE id = ?"_s,
                      {UserKeys::publicKeyOf(omar.signingKey), omar.userId})
                .ok());
    CHECK(Privileges::admit(o.db, change.change, change.signature).isEmpty());
    // … but not the same re-keying of someone else's account.
    SignedChange other = change.change;
    other.rowId = o.t->admin.userId;
    const QByteArray org = o.db.scalar(u"SELECT value FROM local_state WHERE key = 'org_id'"_s).value().toByteArray();
    CHECK_FALSE(Privileges::admit(o.db, other, UserKeys::sign(omar.signingKey, signedChangeBytes(org, other))).isEmpty());
}
