#include "MergeHarness.h"

#include "org/Setup.h"
#include "security/PasswordHasher.h"
#include "security/SignedChange.h"
#include "security/Vault.h"
#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "storage/Inspect.h"
#include "storage/SyncedWriter.h"
#include "sync/Batches.h"
#include "sync/Enrolment.h"
#include "sync/Importer.h"
#include "sync/Package.h"
#include "sync/SyncKeys.h"
#include "sync/Wire.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <cstring>
#include <algorithm>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tamkeen::fuzz {

using namespace tamkeen::sync;

namespace {

// The fuzzer's bytes, read front to back; zeros once they run out.
class Bytes {
public:
    Bytes(const uint8_t *data, size_t size) : m_p(data), m_n(size) {}
    bool empty() const { return m_n == 0; }
    uint8_t byte()
    {
        if (m_n == 0)
            return 0;
        --m_n;
        return *m_p++;
    }
    quint64 u64()
    {
        quint64 v = 0;
        for (int i = 0; i < 8; ++i)
            v = (v << 8) | byte();
        return v;
    }
    QByteArray take(size_t count)
    {
        count = std::min(count, m_n);
        QByteArray out(reinterpret_cast<const char *>(m_p), qsizetype(count));
        m_p += count;
        m_n -= count;
        return out;
    }
    QByteArray rest() { return take(m_n); }
    template <typename T>
    const T &pick(const QList<T> &from)
    {
        return from[byte() % from.size()];
    }

private:
    const uint8_t *m_p;
    size_t m_n;
};

// A column's value and its name, as the template holds them.
struct RowCopy {
    QByteArray id;
    QList<std::pair<QString, QVariant>> values;
};

Version versionOf(Bytes &in, const QList<Version> &known, const Version &own)
{
    switch (in.byte() % 4) {
    case 0:
        return own;
    case 1:
        return known.isEmpty() ? own : in.pick(known);
    case 2:
        return {};
    default:
        return Version{in.u64(), in.take(in.byte() % 20), qint64(in.u64())};
    }
}

QVariant valueOf(Bytes &in, const QList<RowCopy> &rows)
{
    switch (in.byte() % 7) {
    case 0:
        return {};
    case 1:
        return qint64(in.u64());
    case 2:
        return qint64(in.byte() % 4) - 1; // -1, 0, 1, 2: flags and small counts
    case 3: {
        quint64 bits = in.u64();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    case 4:
        return QString::fromUtf8(in.take(in.byte() % 24));
    case 5:
        return in.take(in.byte() % 24);
    default: { // a value some row of the template holds: near-valid content
        if (rows.isEmpty())
            return {};
        const RowCopy &r = in.pick(rows);
        return r.values.isEmpty() ? QVariant() : in.pick(r.values).second;
    }
    }
}

} // namespace

// Scratch files in memory where the system offers it: the import's commits
// then cost no disk flush.
QString scratchTemplate()
{
    const QString shm = u"/dev/shm"_s;
    return QFileInfo(shm).isDir() && QFileInfo(shm).isWritable() ? shm + u"/tamkeen-fuzz-XXXXXX"_s : QString();
}

struct MergeHarness::Private {
    QTemporaryDir dir = scratchTemplate().isEmpty() ? QTemporaryDir() : QTemporaryDir(scratchTemplate());
    QString templatePath, workPath;
    Organisation org;
    DeviceKeys senderKeys;
    security::Session admin;
    quint64 base = 0;   // the hub's clock when it was set up: sane entry times start here
    int schema = 0;
    QStringList tables;                       // synced tables, sorted
    QHash<QString, QStringList> columns;      // synced table → columns
    QHash<QString, QList<RowCopy>> rows;      // synced table → the template's rows
    QList<Version> versions;                  // every change the template holds
    QList<QByteArray> users;                  // user ids
    qint64 packages = 0;

    QString build(const QString &path, Bytes &in, const QByteArray &sender);
};

MergeHarness::MergeHarness() : d(std::make_unique<Private>())
{
    m_error = setUp();
}

QString MergeHarness::setUp()
{
    if (!d->dir.isValid())
        return u"no temporary folder"_s;
    d->templatePath = d->dir.filePath(u"hub.sqlite"_s);
    d->workPath = d->dir.filePath(u"work.sqlite"_s);
    const QString enrolFile = d->dir.filePath(u"laptop.tamkeen-enrol"_s);
    const QString passphrase = u"a passphrase long enough"_s;
    {
        auto opened = storage::Database::open(d->templatePath);
        if (!opened)
            return opened.error().message;
        storage::Database &hub = *opened.value();
        org::SetupRequest r;
        r.centreCode = u"ruh"_s;
        r.centreName = u"مركز الرياض للتمكين"_s;
        r.region = u"الرياض"_s;
        r.deviceName = u"حاسوب الفرع"_s;
        r.deviceNumber = 1;
        r.adminUsername = u"Admin"_s;
        r.adminFullName = u"نورة بنت عبدالله القحطاني"_s;
        r.adminPassword = u"correct horse"_s;
        auto session = org::Setup::run(hub, r, security::HashCost::minimal());
        if (!session)
            return session.error().message;
        d->admin = session.value();
        hub.setCurrentUser(d->admin.userId);
        storage::SyncedWriter w(hub);
        for (int i = 0; i < 3; ++i) {
            auto id = w.insert(u"partners"_s, {{u"name"_s, u"جمعية %1"_s.arg(i)}, {u"kind"_s, u"ngo"_s}});
            if (!id)
                return id.error().message;
            if (i == 0)
                if (Status s = w.update(u"partners"_s, id.value(), {{u"phone"_s, u"0501234567"_s}}); !s)
                    return s.error().message;
        }
        auto enrolled = Enrolment::enrol(hub, d->admin, {u"حاسوب 2"_s, u"RUH"_s, 2}, enrolFile, passphrase,
                                         KdfCost::Minimal);
        if (!enrolled)
            return enrolled.error().message;
        m_senderId = enrolled.value().id;
        auto org = SyncKeys::organisation(hub);
        if (!org)
            return org.error().message;
        d->org = org.value();
        d->base = hub.clock().next();
        d->schema = hub.schemaVersion();
        m_tables = storage::syncedTables(hub);
        m_tables.sort();
        d->tables = m_tables;
        for (const QString &t : m_tables) {
            QSqlQuery q(hub.connection());
            if (!q.exec(u"SELECT * FROM \"%1\""_s.arg(t)))
                return u"cannot read "_s + t;
            while (q.next()) {
                RowCopy row;
                const QSqlRecord rec = q.record();
                for (int c = 0; c < rec.count(); ++c) {
                    if (rec.fieldName(c) == u"id")
                        row.id = q.value(c).toByteArray();
                    else
                        row.values.append({rec.fieldName(c), q.value(c)});
                }
                d->rows[t].append(row);
            }
            QSqlQuery info(hub.connection());
            info.exec(u"SELECT name FROM pragma_table_info('%1')"_s.arg(t));
            while (info.next())
                d->columns[t] << info.value(0).toString();
        }
        QSqlQuery log(hub.connection());
        log.exec(u"SELECT hlc, device, seq FROM change_log"_s);
        while (log.next())
            d->versions << Version{quint64(log.value(0).toLongLong()), log.value(1).toByteArray(), log.value(2).toLongLong()};
        QSqlQuery users(hub.connection());
        users.exec(u"SELECT id FROM users"_s);
        while (users.next())
            d->users << users.value(0).toByteArray();
    } // the hub is closed: its file is the template
    // The laptop: its own device key, from its enrolment.
    auto opened = storage::Database::open(d->dir.filePath(u"laptop.sqlite"_s));
    if (!opened)
        return opened.error().message;
    if (Status s = Enrolment::join(*opened.value(), enrolFile, passphrase); !s)
        return s.error().message;
    if (Status s = security::Vault::unlock(*opened.value(), d->admin.userId, d->admin.signingKey); !s)
        return s.error().message;
    auto keys = SyncKeys::deviceKeys(*opened.value());
    if (!keys)
        return keys.error().message;
    d->senderKeys = keys.value();
    return {};
}

MergeHarness::~MergeHarness() = default;

QStringList MergeHarness::columnsOf(const QString &table) const
{
    return d->columns.value(table);
}

int MergeHarness::rowCount(const QString &table) const
{
    return int(d->rows.value(table).size());
}

QByteArray MergeHarness::rowId(const QString &table, int n) const
{
    return d->rows.value(table).value(n).id;
}

// Writes the package the bytes describe at `path`; an empty string when
// written, else why not.
QString MergeHarness::Private::build(const QString &path, Bytes &in, const QByteArray &sender)
{
    const uint8_t mode = in.byte();
    PackageHeader h;
    h.orgId = org.id;
    h.device = sender;
    h.deviceKey = senderKeys.publicKey;
    h.packageId = QByteArray(8, 'f') + QByteArray::number(++packages).rightJustified(8, '0');
    h.schema = schema;
    h.appVersion = h.minAppVersion = u"0.1.0"_s;
    h.created = QDateTime::fromMSecsSinceEpoch(storage::HybridClock::millis(base)).toUTC();
    h.hlc = (mode & 2) ? in.u64() : base + (quint64(in.byte()) << 20);
    PackageWriter writer(path, org, senderKeys, h);
    if (!writer.open())
        return u"open"_s;
    QList<QByteArray> records;
    QList<QByteArray> trailing; // conflicts: after the batches, as the exporter sends them
    Vector vector;
    vector.insert(sender, 0);
    records << wire::encode(VectorRecord{vector});

    // Entries gather into a body, sealed into a batch by the laptop's key.
    QByteArray body;
    qint64 first = 1 + (in.byte() % 2 ? 0 : in.byte() % 3), next = first;
    const auto seal = [&] {
        if (body.isEmpty())
            return;
        records << wire::encode(batches::seal(org.id, senderKeys, sender, first, next - 1, body));
        body.clear();
        first = next;
    };
    QHash<QString, QList<QByteArray>> inserted; // rows made by this input

    if (mode & 1) {
        // Raw: the rest is records as they travel; entries are renumbered
        // (unless bit 2) so the batch is the laptop's own run.
        QByteArray raw = in.rest();
        qsizetype at = 0;
        while (at < raw.size()) {
            wire::Record r;
            const qsizetype used = wire::decode(raw.constData() + at, raw.size() - at, r);
            if (used <= 0) {
                if (mode & 4)
                    trailing << raw.mid(at); // damage: the whole package must be refused
                break;
            }
            if (r.kind == wire::ChangeKind) {
                if (!(mode & 4)) {
                    r.entry.v.device = sender;
                    r.entry.v.seq = next;
                }
                ++next;
                body += wire::encode(r.entry);
            } else {
                seal();
                records << raw.mid(at, used);
            }
            at += used;
        }
    } else {
        // Structured: each step chooses what comes next.
        const QStringList hostileTables{u"no_such_table"_s, u"sqlite_master"_s, u"change_log"_s, u"local_state"_s,
                                        u"partners\"; DROP TABLE users; --"_s, QString()};
        for (int step = 0; step < 48 && !in.empty(); ++step) {
            const uint8_t what = in.byte();
            if (what % 8 == 6) { // a conflict the laptop claims to hold
                seal();
                ConflictRecord c;
                c.table = in.byte() % 4 ? in.pick(tables) : in.pick(hostileTables);
                const QList<RowCopy> &known = rows.value(c.table);
                c.rowId = !known.isEmpty() && in.byte() % 2 ? in.pick(known).id : in.take(16);
                const QStringList cols = columns.value(c.table);
                c.column = !cols.isEmpty() && in.byte() % 4 ? in.pick(cols) : QString::fromUtf8(in.take(in.byte() % 8));
                c.kind = in.byte() % 4 ? u"field"_s : (in.byte() % 2 ? u"archive"_s : u"?"_s);
                c.keptValue = valueOf(in, known);
                c.lostValue = valueOf(in, known);
                c.keptHlc = qint64(base + in.byte());
                c.lostHlc = in.byte() % 2 ? QVariant(qint64(in.u64())) : QVariant(qint64(base));
                c.keptDevice = in.byte() % 2 ? QVariant(sender) : QVariant(in.take(in.byte() % 17));
                c.lostDevice = QVariant(in.byte() % 2 ? users.value(0) : in.take(16));
                c.keptAuthor = admin.userId;
                c.lostAuthor = valueOf(in, {});
                c.resolvedAt = in.byte() % 3 ? QVariant() : valueOf(in, {});
                trailing << wire::encode(c);
                continue;
            }
            if (what % 8 == 7) { // cut the batch here, sometimes leaving a gap
                seal();
                next += in.byte() % 3;
                first = next;
                continue;
            }
            Entry e;
            e.table = in.byte() % 16 ? in.pick(tables) : in.pick(hostileTables);
            const QList<RowCopy> &known = rows.value(e.table);
            const bool insert = what % 8 < 3;
            e.op = insert ? u"I"_s : u"U"_s;
            if (in.byte() % 32 == 0)
                e.op = QString::fromUtf8(in.take(in.byte() % 3));
            const QList<QByteArray> made = inserted.value(e.table);
            // A row id of 16 bytes (zeros where the input ends), mostly.
            const auto newId = [&in] { return in.take(16).leftJustified(16, '\0'); };
            switch (in.byte() % 8) {
            case 0:
            case 1:
                e.rowId = known.isEmpty() ? newId() : in.pick(known).id;
                break;
            case 3:
            case 4:
                e.rowId = made.isEmpty() ? newId() : in.pick(made);
                break;
            case 7:
                e.rowId = in.take(in.byte() % 40);
                break;
            default:
                e.rowId = newId();
            }
            if (insert)
                inserted[e.table] << e.rowId;
            switch (in.byte() % 4) {
            case 0:
            case 1:
                e.author = admin.userId;
                break;
            case 2:
                e.author = users.isEmpty() ? QVariant() : QVariant(in.pick(users));
                break;
            default:
                e.author = in.byte() % 2 ? QVariant() : QVariant(in.take(in.byte() % 20));
            }
            switch (in.byte() % 8) {
            case 0:
                e.v.hlc = in.u64(); // anything
                break;
            case 1:
                e.v.hlc = base - (quint64(in.byte()) << 24); // before the organisation, or just after
                break;
            case 2:
                e.v.hlc = base + (quint64(in.byte()) << 40); // days ahead
                break;
            default:
                e.v.hlc = base + (quint64(in.byte()) << 16) + in.byte();
            }
            e.v.device = in.byte() % 16 ? sender : (in.byte() % 2 ? versions.value(0).device : in.take(16));
            e.v.seq = next++;
            // Fields: an insert starts from a copy of a template row (its
            // required columns filled), then the bytes change some.
            const QStringList cols = columns.value(e.table);
            if (insert && !known.isEmpty() && in.byte() % 4) {
                for (const auto &[column, value] : in.pick(known).values)
                    e.carried.append({column, value, e.v, {}});
            }
            const int fields = in.byte() % 5;
            for (int i = 0; i < fields; ++i) {
                Entry::Field f;
                const uint8_t c = in.byte();
                f.column = !cols.isEmpty() && c % 8 ? cols[c % cols.size()]
                                                    : (c % 2 ? u"id"_s : QString::fromUtf8(in.take(in.byte() % 8)));
                f.value = valueOf(in, known);
                f.version = in.byte() % 8 ? e.v : versionOf(in, versions, e.v);
                f.prev = in.byte() % 2 ? Version{} : versionOf(in, versions, e.v);
                bool replaced = false;
                for (Entry::Field &old : e.carried)
                    if (old.column == f.column && !replaced) {
                        old = f;
                        replaced = true;
                    }
                if (!replaced)
                    e.carried.append(f);
            }
            if (!insert) {
                for (const Entry::Field &f : e.carried)
                    e.fieldNames << f.column;
                if (in.byte() % 16 == 0)
                    e.fieldNames << QString::fromUtf8(in.take(in.byte() % 8));
            }
            // Signed by the administrator (valid), or with a broken signature.
            const uint8_t sign = in.byte() % 4;
            if (sign != 0) {
                security::ColumnValues pairs;
                for (const Entry::Field &f : e.carried)
                    pairs.append({f.column, f.value});
                std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
                e.signedPairs = pairs;
                const QByteArray message =
                    security::signedChangeBytes(org.id, e.v.device, e.v.seq, e.v.hlc, e.table, e.rowId, e.op,
                                                e.author.toByteArray(), pairs);
                e.authorSignature = QByteArray(crypto_sign_BYTES, Qt::Uninitialized);
                crypto_sign_detached(reinterpret_cast<unsigned char *>(e.authorSignature.data()), nullptr,
                                     reinterpret_cast<const unsigned char *>(message.constData()),
                                     quint64(message.size()),
                                     reinterpret_cast<const unsigned char *>(admin.signingKey.constData()));
                if (sign == 3)
                    e.authorSignature[in.byte() % crypto_sign_BYTES] ^= char(1 + in.byte() % 255);
            }
            body += wire::encode(e);
            // Its own batch, unless the step says to share one (bit 7): a
            // damaged entry then costs only itself, and more reach the merge.
            if (!(what & 0x80) || body.size() > batches::kMaxBodyBytes)
                seal();
        }
    }
    seal();
    for (const QByteArray &r : std::as_const(records))
        if (!writer.addRaw(r))
            return u"add"_s;
    for (const QByteArray &r : std::as_const(trailing))
        if (!writer.addRaw(r))
            return u"add"_s;
    if (!writer.finish())
        return u"finish"_s;
    return {};
}

MergeOutcome MergeHarness::run(const uint8_t *data, size_t size)
{
    MergeOutcome out;
    if (!m_error.isEmpty())
        return out;
    // A fresh copy of the hub for every input: an input's outcome is its own.
    QFile::remove(d->workPath);
    if (!QFile::copy(d->templatePath, d->workPath)) {
        out.problems << u"harness: cannot copy the template"_s;
        return out;
    }
    QFile(d->workPath).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString package = d->dir.filePath(u"input.tamkeen"_s);
    Bytes in(data, size);
    if (!d->build(package, in, m_senderId).isEmpty())
        return out;
    out.packageWritten = true;
    auto opened = storage::Database::open(d->workPath);
    if (!opened) {
        out.problems << u"harness: cannot open the copy: "_s + opened.error().message;
        return out;
    }
    storage::Database &db = *opened.value();
    (void)db.execScript(u"PRAGMA synchronous = OFF"_s); // a scratch copy: no need to wait for the disk
    if (Status u = security::Vault::unlock(db, d->admin.userId, d->admin.signingKey); !u) { // the administrator logs in
        out.problems << u"harness: cannot unlock the copy: "_s + u.error().message;
        return out;
    }
    const ImportSummary s = Importer(db).importFile(package);
    out.imported = s.ok();
    out.refused = s.refused;
    out.entries = s.entries;
    out.newRows = s.newRows;
    out.updated = s.updated;
    out.conflicts = s.conflicts;
    out.refusedChanges = s.refusedChanges;
    out.waiting = s.waiting;
    out.refusedReasons = s.refusedReasons;
    auto problems = storage::checkDatabase(db);
    if (!problems)
        out.problems << u"check failed to run: "_s + problems.error().message;
    else
        for (const QString &p : problems.value())
            // A state administrators' own signed changes can reach (two of them
            // offline deactivating each other; here the administrator's key
            // signs whatever the bytes say): `check` reports it for a person,
            // it is not damage.
            if (p != u"users: no active administrator"_s)
                out.problems << p;
    return out;
}

} // namespace tamkeen::fuzz
