// Key rotation on revocation (issue 13, §4 and §7 test 7): revoking a device
// gives the organisation a new key, sealed to every other device; the revoked
// device can no longer read new packages, its later packages are refused
// whatever its clock says, and a device that missed the rotation is told what
// to do, then catches up with nothing lost.
#include "RotationFixture.h"

#include "security/UserKeys.h"
#include "security/UserService.h"
#include "storage/Uuid.h"
#include "sync/Package.h"
#include "sync/Refusals.h"
#include "sync/Rotation.h"
#include "sync/Wire.h"

#include <QDateTime>
#include <sodium.h>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;

namespace {

constexpr qint64 kDay = 86'400'000;

} // namespace

TEST_CASE("Revoking a device rotates the key: the others adopt it, the revoked device is out whatever its clock, a "
          "device that missed it is told and catches up",
          "[sync][rotation]")
{
    Org org(4);
    Device &a = org[0], &b = org[1], &c = org[2], &d = org[3];
    spread(org);
    const Organisation before = orgOf(a);
    REQUIRE(before.epoch == 0);
    REQUIRE(orgOf(c).key == before.key);

    REQUIRE(SyncDevices(a.db).revoke(a.admin(), c.id(), QStringLiteral("سُرق الحاسوب")).ok());
    const Organisation after = orgOf(a);
    CHECK(after.epoch == 1);
    CHECK(after.key != before.key);
    REQUIRE(after.rotation.size() == 1);

    // B takes the new key from A's package, and its own packages reach A.
    const ImportSummary atB = org.receive(b, org.sendFor(a, b));
    REQUIRE(atB.ok());
    CHECK(orgOf(b).epoch == 1);
    CHECK(orgOf(b).key == after.key);
    // The new key is kept in the vault, on both: never in clear in the file.
    for (Device *at : {&a, &b}) {
        const QString path = at->t->path();
        CHECK_FALSE((test::fileBytes(path) + test::fileBytes(path + QStringLiteral("-wal"))).contains(after.key));
    }
    b.addPartner(QStringLiteral("جمعية البر"));
    REQUIRE(org.receive(a, org.sendFor(b, a)).ok());
    CHECK(hasPartner(a, QStringLiteral("جمعية البر")));

    // C cannot read what A makes now, and is told why.
    const ImportSummary atC = org.receive(c, org.send(a));
    CHECK_FALSE(atC.ok());
    CHECK(atC.refused.contains(QStringLiteral("enrolment file")));
    CHECK(orgOf(c).key == before.key);
    CHECK_FALSE(hasPartner(c, QStringLiteral("جمعية البر")));

    // C's later packages are refused at A and B, its clock behind or ahead.
    for (const qint64 offset : {-30 * kDay, 400 * kDay}) {
        c.db.clock().setWallClock([offset] { return QDateTime::currentMSecsSinceEpoch() + offset; });
        const QString name = QStringLiteral("C %1").arg(offset);
        c.addPartner(name);
        const QString fromC = org.send(c);
        for (Device *to : {&a, &b}) {
            const ImportSummary s = org.receive(*to, fromC);
            CHECK_FALSE(s.ok());
            CHECK(s.refused.contains(QStringLiteral("revoked")));
            CHECK_FALSE(hasPartner(*to, name));
        }
    }

    // D was offline: its package, made with the old key, is refused with
    // what to do, and D is flagged on A's Devices screen.
    d.addPartner(QStringLiteral("مركز النور"));
    const ImportSummary old = org.receive(a, org.sendFor(d, a));
    CHECK_FALSE(old.ok());
    CHECK(old.refused.contains(QStringLiteral("old key")));
    CHECK(old.refused.contains(QStringLiteral("export again")));
    CHECK_FALSE(hasPartner(a, QStringLiteral("مركز النور")));
    bool flagged = false;
    for (const SyncDevice &s : SyncDevices(a.db).list().value())
        flagged |= s.id == d.id() && s.refusedAt.isValid() && s.refusedReason == QLatin1String(sync::refusal::kOldKey);
    CHECK(flagged);
    // B refuses it too.
    CHECK_FALSE(org.receive(b, org.sendFor(d, b)).ok());

    // D imports a package from A, takes the key, and its edit then arrives.
    REQUIRE(org.receive(d, org.sendFor(a, d)).ok());
    CHECK(orgOf(d).key == after.key);
    REQUIRE(org.receive(a, org.sendFor(d, a)).ok());
    CHECK(hasPartner(a, QStringLiteral("مركز النور")));
    org.exchange(a, b);
    org.exchange(a, d);
    CHECK(b.dump() == a.dump());
    CHECK(d.dump() == a.dump());
}

TEST_CASE("Two administrators rotating offline end with one key that neither revoked device has", "[sync][rotation]")
{
    Org org(5);
    Device &a = org[0], &b = org[1], &c = org[2], &e = org[3], &f = org[4];
    spread(org);
    // Offline from each other: A revokes C, B (an administrator there) revokes E.
    REQUIRE(SyncDevices(a.db).revoke(a.admin(), c.id(), QStringLiteral("lost")).ok());
    REQUIRE(SyncDevices(b.db).revoke(b.admin(), e.id(), QStringLiteral("stolen")).ok());
    REQUIRE(orgOf(a).epoch == 1);
    REQUIRE(orgOf(b).epoch == 1);
    REQUIRE(orgOf(a).key != orgOf(b).key);
    // E sees A's package before A hears of B's rotation: it takes A's key.
    REQUIRE(org.receive(e, org.send(a)).ok());
    REQUIRE(orgOf(e).epoch == 1);

    // A's package reaches B: B takes A's record too, and refuses the package
    // (made without B's rotation); A then takes B's from B's package.
    const ImportSummary first = org.receive(b, org.sendFor(a, b));
    CHECK_FALSE(first.ok());
    CHECK(orgOf(b).rotation.size() == 2);
    REQUIRE(org.receive(a, org.sendFor(b, a)).ok());
    org.exchange(a, b);
    CHECK(orgOf(a).key == orgOf(b).key);
    CHECK(orgOf(a).rotation.size() == 2);
    CHECK(b.dump() == a.dump());

    // F, which missed both, takes the same key from either.
    REQUIRE(org.receive(f, org.send(b)).ok());
    CHECK(orgOf(f).key == orgOf(a).key);

    // Neither revoked device can read on, nor send: E held A's record only.
    for (Device *revoked : {&c, &e}) {
        const ImportSummary s = org.receive(*revoked, org.send(a));
        CHECK_FALSE(s.ok());
        CHECK(orgOf(*revoked).key != orgOf(a).key);
        revoked->addPartner(QStringLiteral("from a revoked laptop"));
        for (Device *to : {&a, &b, &f})
            CHECK_FALSE(org.receive(*to, org.send(*revoked)).ok());
    }
    CHECK_FALSE(hasPartner(a, QStringLiteral("from a revoked laptop")));
}

TEST_CASE("A forged key change is refused: signed by a non-administrator, by nobody, or with its seals altered",
          "[sync][rotation]")
{
    Org org(4);
    Device &a = org[0], &b = org[1], &c = org[2], &d = org[3];
    security::UserService users(a.db, security::HashCost::minimal());
    REQUIRE(users.add(a.admin(), {QStringLiteral("omar"), QStringLiteral("Omar"), security::Role::FieldWorker,
                                  QStringLiteral("a long password 1")})
                .ok());
    auto omar = users.login(QStringLiteral("omar"), QStringLiteral("a long password 1"));
    REQUIRE(omar.ok());
    spread(org);
    REQUIRE(SyncDevices(a.db).revoke(a.admin(), c.id(), QStringLiteral("lost")).ok());
    const Organisation real = orgOf(a);
    const auto record = RotationRecord::decode(real.rotation.first());
    REQUIRE(record.has_value());
    const QByteArray realKey = SyncKeys::epochRecords(a.db).value().first().key;

    // A rotation record for B's package to D, with a key sealed to D and C.
    const auto forge = [&](const std::function<void(RotationRecord &)> &change) {
        RotationRecord r = *record;
        change(r);
        Organisation as = real;
        as.rotation = {r.encode()};
        as.key = Rotation::epochKey({{r.encode(), realKey}});
        return packageAs(org, b, as);
    };
    const auto sealTo = [&](Device &to) {
        unsigned char xpk[crypto_box_PUBLICKEYBYTES];
        REQUIRE(crypto_sign_ed25519_pk_to_curve25519(xpk, reinterpret_cast<const unsigned char *>(
                                                              SyncKeys::deviceKeys(to.db).value().publicKey.constData()))
                == 0);
        QByteArray seal(realKey.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
        crypto_box_seal(reinterpret_cast<unsigned char *>(seal.data()),
                        reinterpret_cast<const unsigned char *>(realKey.constData()), quint64(realKey.size()), xpk);
        return std::make_pair(to.id(), seal);
    };

    const QList<QString> forged{
        // Signed by a field worker.
        forge([&](RotationRecord &r) {
            r.signer = omar.value().userId;
            r.signature = security::UserKeys::sign(omar.value().signingKey, r.signedBytes());
        }),
        // Signed by nobody.
        forge([](RotationRecord &r) { r.signature.fill('\0'); }),
        // The revoked device given a seal, the administrator's signature kept.
        forge([&](RotationRecord &r) { r.seals.append(sealTo(c)); }),
    };
    for (const QString &path : forged) {
        const ImportSummary s = org.receive(d, path);
        CHECK_FALSE(s.ok());
        CHECK(s.refused.contains(QStringLiteral("administrator")));
        CHECK(orgOf(d).epoch == 0);
    }
    // The same record, as A signed it, is believed.
    REQUIRE(org.receive(d, forge([](RotationRecord &) {})).ok());
    CHECK(orgOf(d).key == real.key);
}

TEST_CASE("An enrolment file carries the current key - a laptop enrolled before a rotation its administrator did not "
          "know of is told to enrol again",
          "[sync][rotation][enrolment]")
{
    Org org(3);
    Device &a = org[0], &b = org[1], &c = org[2];
    spread(org);
    REQUIRE(SyncDevices(a.db).revoke(a.admin(), c.id(), QStringLiteral("lost")).ok());
    // Enrolled after the rotation: it starts with the new key.
    Device &g = org.enrol(a);
    CHECK(orgOf(g).epoch == 1);
    CHECK(orgOf(g).key == orgOf(a).key);
    g.addPartner(QStringLiteral("من الحاسوب الجديد"));
    REQUIRE(org.receive(a, org.sendFor(g, a)).ok());
    CHECK(hasPartner(a, QStringLiteral("من الحاسوب الجديد")));

    // A laptop B enrolled while B had not heard of the rotation: A's next
    // rotation has no seal for it.
    Device &h = org.enrol(b);
    REQUIRE(orgOf(h).epoch == 0);
    REQUIRE(org.receive(b, org.sendFor(a, b)).ok());
    REQUIRE(SyncDevices(a.db).revoke(a.admin(), g.id(), QStringLiteral("duplicate")).ok());
    const ImportSummary s = org.receive(h, org.send(a));
    CHECK_FALSE(s.ok());
    CHECK(s.refused.contains(QStringLiteral("new enrolment file")));
    // B, which had a seal, takes it.
    REQUIRE(org.receive(b, org.send(a)).ok());
    CHECK(orgOf(b).key == orgOf(a).key);
}
