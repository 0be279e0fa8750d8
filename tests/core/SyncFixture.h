#pragma once
// Devices of one organisation for the sync tests, with helpers to edit,
// export, import and compare the canonical dumps. The first is set up (the
// organisation's root administrator); the others are laptops its
// administrator enrolled, started from their enrolment files.
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"
#include "registry/HouseholdService.h"
#include "security/UserService.h"
#include "support/ConflictingNote.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "sync/Conflicts.h"
#include "sync/Enrolment.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Package.h"
#include "sync/SyncDevices.h"
#include "sync/SyncKeys.h"

#include <QBuffer>
#include <QDateTime>
#include <QTemporaryDir>

namespace tamkeen::test::syncfixture {

using namespace tamkeen::sync;

inline const QString kPassphrase = QStringLiteral("a long organisation passphrase");

// The header of a package made by hand as `from` (signed with its own key)
// for the organisation `orgId`: the tests that craft packages start from it.
inline PackageHeader handHeader(storage::Database &from, const QByteArray &device, const QByteArray &orgId)
{
    PackageHeader h;
    h.orgId = orgId;
    h.device = device;
    h.deviceKey = SyncKeys::deviceKeys(from).value().publicKey;
    h.packageId = storage::newUuidV7();
    h.schema = from.schemaVersion();
    h.appVersion = h.minAppVersion = QStringLiteral("0.1.0");
    h.created = QDateTime::currentDateTimeUtc();
    h.hlc = from.clock().next();
    return h;
}

struct Device {
    std::unique_ptr<TestDb> t;
    storage::Database &db;
    // A new organisation's first device, set up with this number.
    explicit Device(int number) : Device(makeSetUpDb(number)) {}
    explicit Device(std::unique_ptr<TestDb> made) : t(std::move(made)), db(*t->db) {}
    // A laptop `by`'s administrator enrolled (number 0: the next free one),
    // started from the enrolment file written to `file`. Its admin() is `by`'s.
    // Its centre and what it receives (sync/Scope.h) are the administrator's choice.
    static std::unique_ptr<Device> enrolledBy(Device &by, const QString &file, int number = 0,
                                              const QString &centre = QStringLiteral("RUH"),
                                              const QString &scope = QStringLiteral("centre"))
    {
        EnrolRequest request;
        request.name = QStringLiteral("حاسوب %1").arg(number);
        request.centreCode = centre;
        request.number = number;
        request.scope = scope;
        auto enrolled = Enrolment::enrol(by.db, by.admin(), request, file, kPassphrase, KdfCost::Minimal);
        INFO((enrolled ? std::string() : enrolled.error().message.toStdString()));
        REQUIRE(enrolled.ok());
        auto t = std::make_unique<TestDb>();
        REQUIRE(t->dir.isValid());
        auto opened = storage::Database::open(t->path());
        REQUIRE(opened.ok());
        t->db = std::move(opened).value();
        const Status joined = Enrolment::join(*t->db, file, kPassphrase);
        INFO((joined ? std::string() : joined.error().message.toStdString()));
        REQUIRE(joined.ok());
        REQUIRE(t->db->deviceId() == enrolled.value().id);
        t->admin = by.admin();
        // The administrator logs in there too: their key signs privileged changes.
        logIn(*t->db, t->admin, t->admin.signingKey.isEmpty() ? by.db.signingKey() : t->admin.signingKey);
        return std::make_unique<Device>(std::move(t));
    }
    const security::Session &admin() const { return t->admin; }
    QByteArray id() const { return db.deviceId(); }
    bool compact = true; // its imports compact the change log (sync/Compaction.h)

    QByteArray addPartner(const QString &name, const QString &phone = {})
    {
        db.setCurrentUser(admin().userId);
        auto id = storage::SyncedWriter(db).insert(QStringLiteral("partners"),
                                                   {{QStringLiteral("name"), name},
                                                    {QStringLiteral("kind"), QStringLiteral("ngo")},
                                                    {QStringLiteral("phone"), phone.isEmpty() ? QVariant() : QVariant(phone)}});
        REQUIRE(id.ok());
        return id.value();
    }
    void set(const QByteArray &row, const QString &column, const QVariant &value, const QString &table = QStringLiteral("partners"))
    {
        db.setCurrentUser(admin().userId);
        const Status s = storage::SyncedWriter(db).update(table, row, {{column, value}});
        INFO((s ? std::string() : s.error().message.toStdString()));
        REQUIRE(s.ok());
    }
    QVariant get(const QByteArray &row, const QString &column, const QString &table = QStringLiteral("partners"))
    {
        return db.scalar(QStringLiteral("SELECT \"%1\" FROM \"%2\" WHERE id = ?").arg(column, table), {row}).value();
    }
    QByteArray dump()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(writeCanonicalDump(db, buffer).ok());
        return buffer.data();
    }
    qint64 changes() { return storage::changeCount(db).value(); }
    // A family of one (its head, Salma), registered here by the administrator.
    QByteArray family()
    {
        registry::HouseholdData data;
        data.region = QStringLiteral("منطقة الرياض");
        data.city = QStringLiteral("الرياض");
        data.housingType = QStringLiteral("apartment");
        data.housingOwnership = QStringLiteral("rented");
        registry::MemberData head;
        head.givenName = QStringLiteral("سلمى");
        head.fatherName = QStringLiteral("ناصر");
        head.familyName = QStringLiteral("الدوسري");
        head.sex = QStringLiteral("female");
        head.birthDate = QDate(1986, 9, 12);
        head.relation = QStringLiteral("head");
        auto id = registry::HouseholdService(db).create(admin(), data, head);
        REQUIRE(id.ok());
        return id.value();
    }
    qint64 conflicts()
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts")).value().toLongLong();
    }
};

// A temporary folder for packages, and the organisation shared by the devices.
struct Org {
    QTemporaryDir dir;
    std::vector<std::unique_ptr<Device>> devices;
    int files = 0;
    // Privileged changes need their author's signature and role (on: the
    // enrolled copies share the organisation's accounts). Off only where a
    // test has the administrator write what another role must.
    bool checkAuthors = true;

    // Device 0 is set up with number 1; the others are enrolled by its
    // administrator (numbers 2, 3, …) and have joined.
    explicit Org(int count)
    {
        devices.push_back(std::make_unique<Device>(1));
        for (int i = 1; i < count; ++i)
            devices.push_back(Device::enrolledBy(*devices[0], dir.filePath(QStringLiteral("device%1.tamkeen-enrol").arg(i))));
    }
    // One more laptop, enrolled by `by`'s administrator on `by`'s copy.
    Device &enrol(Device &by, int number = 0, const QString &centre = QStringLiteral("RUH"),
                  const QString &scope = QStringLiteral("centre"))
    {
        devices.push_back(Device::enrolledBy(by, dir.filePath(QStringLiteral("device%1.tamkeen-enrol").arg(devices.size())),
                                             number, centre, scope));
        return *devices.back();
    }
    Device &operator[](int i) { return *devices[size_t(i)]; }

    QString send(Device &from, const ExportOptions &options = {})
    {
        const QString path = dir.filePath(QStringLiteral("p%1.tamkeen").arg(++files));
        auto written = Exporter(from.db).write(path, options);
        INFO((written ? std::string() : written.error().message.toStdString()));
        REQUIRE(written.ok());
        return path;
    }
    QString sendFor(Device &from, Device &to) { return send(from, {to.id(), false, 0}); }
    ImportSummary receive(Device &to, const QString &path)
    {
        ImportOptions options;
        options.checkAuthors = checkAuthors;
        options.compact = to.compact;
        ImportSummary s = Importer(to.db, options).importFile(path);
        INFO(s.refused.toStdString());
        return s;
    }
    // Both ways, each package made for its receiver, until neither has anything new for the other.
    void exchange(Device &a, Device &b)
    {
        for (int round = 0; round < 2; ++round) {
            const ImportSummary there = receive(b, sendFor(a, b));
            INFO(there.refused.toStdString());
            REQUIRE(there.ok());
            const ImportSummary back = receive(a, sendFor(b, a));
            INFO(back.refused.toStdString());
            REQUIRE(back.ok());
        }
    }
};

// A package from `from` holding these records after its vector, made by
// hand (signed and encrypted as an export is): what a hostile copy can send.
inline QString packageOf(Org &org, Device &from, const QList<QByteArray> &records)
{
    const Organisation o = SyncKeys::organisation(from.db).value();
    const DeviceKeys keys = SyncKeys::deviceKeys(from.db).value();
    PackageHeader h = handHeader(from.db, from.id(), o.id);
    const QString path = org.dir.filePath(QStringLiteral("hand%1.tamkeen").arg(++org.files));
    PackageWriter w(path, o, keys, h);
    REQUIRE(w.open().ok());
    REQUIRE(w.addRaw(wire::encode(VectorRecord{localVector(from.db).value()})).ok());
    for (const QByteArray &r : records)
        REQUIRE(w.addRaw(r).ok());
    REQUIRE(w.finish().ok());
    return path;
}

// A partner's field versions, as "field hlc device" lines: what decides the next merge.
inline QStringList versionsOf(Device &d, const QByteArray &row)
{
    QStringList out;
    const auto versions = storage::fieldVersions(d.db, QStringLiteral("partners"), row).value();
    for (auto it = versions.begin(); it != versions.end(); ++it)
        out << QStringLiteral("%1 %2 %3").arg(it.key()).arg(it.value().hlc).arg(QString::fromLatin1(it.value().device.toHex()));
    return out;
}

// Every conflict by its row, column, kind and losing version, and whether it
// is open: what two copies that converged hold alike.
inline QStringList conflictsOf(Device &d)
{
    QStringList out;
    auto q = d.db.exec(QStringLiteral("SELECT hex(row_id), col, kind, lost_hlc, hex(lost_device), resolved_at IS NULL "
                                      "FROM sync_conflicts ORDER BY 1, 2, 4, 5"));
    REQUIRE(q.ok());
    while (q.value()->next()) {
        QStringList parts;
        for (int i = 0; i < 6; ++i)
            parts << q.value()->value(i).toString();
        out << parts.join(QLatin1Char(' '));
    }
    q.value()->finish();
    return out;
}

// writeConflictingNote on two devices of `org`, by a supervisor the
// administrator made on `a` and logged in on both copies (notes are believed
// from a counsellor or supervisor only, docs/trust.md). Returns the session's id.
inline QByteArray conflictingNote(Org &org, Device &a, Device &b, const QString &noteA = kNoteOnA,
                                  const QString &noteB = kNoteOnB)
{
    const QString password = QStringLiteral("correct horse battery");
    security::UserService users(a.db, security::HashCost::minimal());
    auto salem = users.add(a.admin(), {QStringLiteral("salem"), QStringLiteral("سالم"), security::Role::Supervisor, password});
    REQUIRE(salem.ok());
    org.exchange(a, b);
    REQUIRE(users.login(QStringLiteral("salem"), password).ok());
    const ConflictingNote how{.author = salem.value(),
                              .logInThere =
                                  [&](storage::Database &db) {
                                      REQUIRE(security::UserService(db, security::HashCost::minimal())
                                                  .login(QStringLiteral("salem"), password)
                                                  .ok());
                                  },
                              .send = [&](storage::Database &, storage::Database &) { org.exchange(a, b); },
                              .noteA = noteA,
                              .noteB = noteB};
    return writeConflictingNote(a.db, b.db, how);
}

} // namespace tamkeen::test::syncfixture
