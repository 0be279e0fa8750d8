// Attacks on key rotation (issue 13 §4): ways a revoked device could get the
// organisation's key back, or a copy could be left on a bad key.
#include "SyncFixture.h"

#include "sync/Rotation.h"

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;

namespace {

Organisation orgOf(Device &d)
{
    auto o = SyncKeys::organisation(d.db);
    REQUIRE(o.ok());
    return o.value();
}

bool hasPartner(Device &d, const QString &name)
{
    return d.db.scalar(QStringLiteral("SELECT count(*) FROM partners WHERE name = ?"), {name}).value().toLongLong() > 0;
}

void spread(Org &org)
{
    for (int pass = 0; pass < 2; ++pass)
        for (size_t i = 1; i < org.devices.size(); ++i)
            org.exchange(org[0], org[int(i)]);
}

} // namespace

// Epoch numbers are not a chain: an administrator offline during A's
// rotation (epoch 1, revoking C) who rotates twice reaches epoch 2 with a
// key sealed to C. A copy on epoch 1 takes epoch 2 as newer; unless it
// rotates again, C reads everything made from then on.
TEST_CASE("A revoked device does not get the key back through a later epoch made by an administrator who had not "
          "heard of its revocation",
          "[sync][rotation][attack]")
{
    Org org(5);
    Device &a = org[0], &b = org[1], &c = org[2], &d = org[3], &e = org[4];
    spread(org);

    REQUIRE(SyncDevices(a.db).revoke(a.admin(), c.id(), QStringLiteral("سُرق الحاسوب")).ok());
    REQUIRE(orgOf(a).epoch == 1);
    // B, offline, revokes two other laptops: epochs 1 and 2, both sealed to C.
    REQUIRE(SyncDevices(b.db).revoke(b.admin(), d.id(), QStringLiteral("lost")).ok());
    REQUIRE(SyncDevices(b.db).revoke(b.admin(), e.id(), QStringLiteral("lost")).ok());
    REQUIRE(orgOf(b).epoch == 2);

    // A reads B's package (epoch 2); then makes one with something new.
    REQUIRE(org.receive(a, org.sendFor(b, a)).ok());
    a.addPartner(QStringLiteral("after both rotations"));
    const QString fromA = org.send(a);

    // C cannot read it, and does not hold A's key.
    const ImportSummary atC = org.receive(c, fromA);
    CHECK_FALSE(atC.ok());
    CHECK_FALSE(hasPartner(c, QStringLiteral("after both rotations")));
    CHECK(orgOf(c).key != orgOf(a).key);

    // B, the other administrator, takes A's key and the two agree.
    REQUIRE(org.receive(b, org.sendFor(a, b)).ok());
    org.exchange(a, b);
    CHECK(orgOf(b).key == orgOf(a).key);
    CHECK(hasPartner(b, QStringLiteral("after both rotations")));
    CHECK(b.dump() == a.dump());
    // Still out after B and A agree.
    CHECK_FALSE(org.receive(c, org.send(b)).ok());
    CHECK_FALSE(hasPartner(c, QStringLiteral("after both rotations")));
}
