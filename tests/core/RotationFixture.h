#pragma once
// Helpers of the key-rotation tests (test_sync_rotation*.cpp): packages made
// by hand with a chosen key, epoch and rotation records.
#include "SyncFixture.h"

#include "sync/Package.h"
#include "sync/Wire.h"

namespace tamkeen::test::syncfixture {

inline Organisation orgOf(Device &d)
{
    auto o = SyncKeys::organisation(d.db);
    REQUIRE(o.ok());
    return o.value();
}

inline bool hasPartner(Device &d, const QString &name)
{
    return d.db.scalar(QStringLiteral("SELECT count(*) FROM partners WHERE name = ?"), {name}).value().toLongLong() > 0;
}

// Every device knows every other (their rows travel through the first).
inline void spread(Org &org)
{
    for (int pass = 0; pass < 2; ++pass)
        for (size_t i = 1; i < org.devices.size(); ++i)
            org.exchange(org[0], org[int(i)]);
}

// A package sent by `from` (signed with its own key) but encrypted as `as`
// says: its key, epoch and rotation records.
inline QString packageAs(Org &org, Device &from, const Organisation &as)
{
    PackageHeader h = handHeader(from.db, from.id(), as.id);
    const QString path = org.dir.filePath(QStringLiteral("hand%1.tamkeen").arg(++org.files));
    PackageWriter w(path, as, SyncKeys::deviceKeys(from.db).value(), h);
    REQUIRE(w.open().ok());
    REQUIRE(w.addRaw(wire::encode(VectorRecord{localVector(from.db).value()})).ok());
    REQUIRE(w.finish().ok());
    return path;
}

} // namespace tamkeen::test::syncfixture
