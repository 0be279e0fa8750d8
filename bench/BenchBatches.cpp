// What the redactable batch format costs (docs/sync-format.md, record 4):
// 100,000 member inserts with a name, an ID and a phone, sealed and read
// back the way an export and an import do (encode, sign; verify, decode each
// entry), as format 2 (personal values apart under a salted commitment)
// beside format 1 (the whole body signed) in the same run. No database: the
// format alone.
#include "Bench.h"
#include "RawSqlite.h"

#include "security/Sodium.h"
#include "storage/Uuid.h"
#include "sync/Batches.h"
#include "sync/Records.h"
#include "sync/SyncKeys.h"

#include <QElapsedTimer>
#include <sodium.h>

namespace tamkeen::bench {

namespace {

QList<sync::Entry> memberInserts(int count)
{
    const QByteArray device = storage::newUuidV7();
    QList<sync::Entry> entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        sync::Entry e;
        e.v = sync::Version{quint64(1'000'000 + i), device, i + 1};
        e.table = QStringLiteral("members");
        e.rowId = storage::newUuidV7();
        e.op = QStringLiteral("I");
        e.author = storage::newUuidV7();
        const QList<std::pair<QString, QVariant>> values = {
            {QStringLiteral("household_id"), storage::newUuidV7()},
            {QStringLiteral("given_name"), QStringLiteral("فاطمة")},
            {QStringLiteral("father_name"), QStringLiteral("عبدالله")},
            {QStringLiteral("family_name"), QStringLiteral("القحطاني")},
            {QStringLiteral("relation"), QStringLiteral("head")},
            {QStringLiteral("sex"), QStringLiteral("female")},
            {QStringLiteral("id_number"), QStringLiteral("10%1").arg(i, 8, 10, QLatin1Char('0'))},
            {QStringLiteral("phone"), QStringLiteral("055%1").arg(i, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("birth_date"), QStringLiteral("1980-04-02")},
            {QStringLiteral("created_at"), QStringLiteral("2026-12-03T10:00:00.000Z")}};
        for (const auto &[column, value] : values)
            e.carried.append({column, value, e.v, {}});
        entries << e;
    }
    return entries;
}

double roundTripMs(const QList<sync::Entry> &entries, const sync::DeviceKeys &keys, const QByteArray &org, int format)
{
    QElapsedTimer t;
    t.start();
    QList<sync::BatchRecord> sealed;
    QByteArray body;
    qint64 first = 1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        body += format == 2 ? sync::batches::itemOf(entries[i]) : sync::wire::encode(entries[i]);
        if ((i + 1) % sync::batches::kMaxEntries == 0 || i + 1 == entries.size()) {
            sealed << sync::batches::seal(org, keys, entries[i].v.device, first, entries[i].v.seq, body, format);
            first = entries[i].v.seq + 1;
            body.clear();
        }
    }
    qint64 read = 0;
    for (const sync::BatchRecord &b : std::as_const(sealed)) {
        if (format == 2) { // as an import reads it: items, hash, entries, then the signature
            const sync::batches::ReadBatch r = sync::batches::read(b);
            must(r.wellFormed && sync::batches::verifyRead(org, keys.publicKey, b, r), "a batch verifies");
            read += r.entries.size();
            continue;
        }
        must(sync::batches::verify(org, keys.publicKey, b), "a batch verifies");
        const auto count = [&](sync::Entry &, bool) {
            ++read;
            return Status();
        };
        must(sync::batches::forEachEntry(b, count).ok(), "a batch reads");
    }
    must(read == entries.size(), "every entry read back");
    return elapsedMs(t);
}

} // namespace

void benchBatchFormats(QTextStream &out, int count)
{
    security::ensureSodium();
    sync::DeviceKeys keys{QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized),
                          QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized)};
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()),
                        reinterpret_cast<unsigned char *>(keys.secretKey.data()));
    const QByteArray org = storage::newUuidV7();
    const QList<sync::Entry> entries = memberInserts(count);
    const double one = medianMs(3, [&] { roundTripMs(entries, keys, org, 1); });
    const double two = medianMs(3, [&] { roundTripMs(entries, keys, org, 2); });
    report(out, {QStringLiteral("seal and read back %1 member inserts (name, ID, phone), format 2").arg(count), two, one,
                 QStringLiteral("ms"),
                 QStringLiteral("encode, sign, verify, decode every entry; median of 3; baseline: the same as format 1 "
                                "(whole body signed, nothing can be cut out), same run")});
}

} // namespace tamkeen::bench
