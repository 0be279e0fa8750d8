#pragma once
// Devices of one organisation for the sync tests: each a set-up database that
// joined the first one's organisation, with helpers to edit, export, import
// and compare the canonical dumps.
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "storage/SyncedWriter.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "sync/Conflicts.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/SyncDevices.h"
#include "sync/SyncKeys.h"

#include <QBuffer>
#include <QTemporaryDir>

namespace tamkeen::test::syncfixture {

using namespace tamkeen::sync;

inline const QString kPassphrase = QStringLiteral("a long organisation passphrase");

struct Device {
    std::unique_ptr<TestDb> t;
    storage::Database &db;
    explicit Device(int number) : t(makeSetUpDb(number)), db(*t->db) {}
    const security::Session &admin() const { return t->admin; }
    QByteArray id() const { return db.deviceId(); }

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

    explicit Org(int count)
    {
        for (int i = 1; i <= count; ++i)
            devices.push_back(std::make_unique<Device>(i));
        const QString key = dir.filePath(QStringLiteral("org.key"));
        REQUIRE(SyncKeys::exportKeyFile(devices[0]->db, key, kPassphrase, KdfCost::Minimal).ok());
        for (int i = 1; i < count; ++i)
            REQUIRE(SyncKeys::join(devices[size_t(i)]->db, key, kPassphrase).ok());
        introduce();
    }
    // What an enrolment brings (until the fixture enrols): every device's
    // row, with its public key, is known to the others as a row without
    // history, and all share the organisation's creation time.
    void introduce()
    {
        const QVariant created =
            devices[0]->db.scalar(QStringLiteral("SELECT value FROM local_state WHERE key = 'org_created'")).value();
        for (auto &to : devices) {
            storage::Database &db = to->db;
            REQUIRE(db.exec(QStringLiteral("INSERT OR REPLACE INTO local_state(key, value) VALUES ('org_created', ?)"),
                            {created})
                        .ok());
            const bool captured = db.captureEnabled();
            db.setCaptureEnabled(false);
            {
                storage::Database::TriggersOff off(db);
                for (auto &from : devices) {
                    if (from.get() == to.get())
                        continue;
                    const QStringList columns = QStringList{QStringLiteral("id")} + columnsOf(from->db, QStringLiteral("devices")).value();
                    const QString names = QStringLiteral("\"") + columns.join(QStringLiteral("\", \"")) + QStringLiteral("\"");
                    auto row = from->db.exec(QStringLiteral("SELECT %1 FROM devices WHERE id = ?").arg(names), {from->id()});
                    REQUIRE(row.ok());
                    REQUIRE(row.value()->next());
                    QVariantList values;
                    for (int c = 0; c < columns.size(); ++c)
                        values << row.value()->value(c);
                    row.value()->finish();
                    REQUIRE(db.exec(QStringLiteral("INSERT OR IGNORE INTO devices(%1) VALUES (%2)")
                                        .arg(names, QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                                    values)
                                .ok());
                }
            }
            db.setCaptureEnabled(captured);
        }
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
        // The devices joined with the old key file: each made its own first
        // administrator, whom no other copy may believe (helper enrol moves
        // this fixture to enrolment, and then the check is on).
        ImportOptions options;
        options.checkAuthors = false;
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

} // namespace tamkeen::test::syncfixture
