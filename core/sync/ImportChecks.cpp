// The checks of an import before anything is written (docs/trust.md): the
// file imported before, the organisation, the sender's signature and key, a
// revoked sender, the key epoch, a newer version set aside, and the whole
// stream decrypting to its final tag. ImportRun.cpp has the transaction.
#include "sync/ImportRun.h"

#include "storage/Database.h"
#include "storage/Uuid.h"
#include "sync/Refusals.h"
#include "sync/Rotation.h"
#include "sync/SyncKeys.h"
#include "tamkeen/Version.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString shortId(const QByteArray &device)
{
    return storage::uuidToString(device).left(8);
}

} // namespace

bool ImportRun::checkSender()
{
    auto header = m_reader.readHeader();
    if (!header) {
        refuse(header.error().message);
        return false;
    }
    m_header = header.value();
    const PackageHeader &h = m_header;
    m_summary.sender = h.device;
    if (h.snapshot) {
        refuse(tr("This file is a snapshot of a centre's data for starting a new laptop, not a sync package. "
                  "Import it on a laptop just set up from its enrolment file."));
        return false;
    }

    // The same file again: recognised by its id and signature, nothing to do.
    // (Unless some of its changes were held back waiting for their rows: then it goes again.)
    auto seen = m_db.exec(u"SELECT signature, entries FROM sync_packages WHERE package_id = ? AND waiting = 0"_s,
                          {h.packageId});
    if (!seen) {
        refuse(seen.error().message);
        return false;
    }
    if (seen.value()->next() && seen.value()->value(0).toByteArray() == m_reader.signature()) {
        m_summary.alreadyImported = true;
        m_summary.entries = m_summary.unchanged = seen.value()->value(1).toLongLong();
        seen.value()->finish();
        return false;
    }
    seen.value()->finish();

    auto org = SyncKeys::organisation(m_db);
    if (!org) {
        refuse(org.error().message);
        return false;
    }
    m_org = org.value();
    if (h.orgId != m_org.id) {
        refuse(tr("The package belongs to another organisation, or this installation has not joined yours. "
                  "Ask an administrator for the organisation key file."));
        return false;
    }
    if (Status s = m_reader.verifySignature(); !s) {
        refuse(s.error().message);
        return false;
    }

    // The sender: a device of the organisation (its row, with its key, came
    // from an administrator: an enrolment or a signed change), and the key it
    // signed with is that one. Nothing is trusted on first use.
    auto key = keyOf(h.device);
    if (!key) {
        refuse(key.error().message);
        return false;
    }
    if (key.value().isEmpty()) {
        // A device going on under a new id after a restore or a copy signs
        // with its enrolled key; its new row comes first in its own batch.
        auto same = m_db.scalar(u"SELECT EXISTS (SELECT 1 FROM devices WHERE public_key = ?) AND NOT EXISTS "
                                "(SELECT 1 FROM devices d JOIN device_revocations r ON r.device_id = d.id "
                                "AND r.deleted = 0 WHERE d.public_key = ?)"_s,
                                {h.deviceKey, h.deviceKey});
        if (!same) {
            refuse(same.error().message);
            return false;
        }
        if (same.value().toLongLong() > 0)
            key = h.deviceKey;
    }
    if (key.value().isEmpty()) {
        refuse(tr("The package comes from device %1, which is not a device of this organisation.")
                   .arg(shortId(h.device)));
        return false;
    }
    if (key.value() != h.deviceKey) {
        refuse(tr("The package claims to come from device %1 but is signed with another key: it was not made "
                  "by that device. It was not imported.")
                   .arg(shortId(h.device)));
        return false;
    }
    auto created = m_db.scalar(u"SELECT value FROM local_state WHERE key = 'org_created'"_s);
    if (!created) {
        refuse(created.error().message);
        return false;
    }
    m_orgCreated = created.value().toULongLong();
    auto q = m_db.exec(u"SELECT device_id, min(revoked_hlc) FROM device_revocations WHERE deleted = 0 GROUP BY device_id"_s);
    if (!q) {
        refuse(q.error().message);
        return false;
    }
    while (q.value()->next())
        m_revoked.insert(q.value()->value(0).toByteArray(), q.value()->value(1).toULongLong());
    q.value()->finish();
    if (Status s = revokeContinuations(); !s) {
        refuse(s.error().message);
        return false;
    }
    // A revoked device has only the key of before its revocation: whatever
    // its clock says, a package of an older key epoch is refused.
    if (m_revoked.contains(h.device) && (h.hlc > m_revoked.value(h.device) || h.epoch < m_org.epoch)) {
        refuse(tr("Device %1 was revoked by an administrator; packages it made after that are refused.")
                   .arg(shortId(h.device)));
        return false;
    }
    return checkKeyEpoch() && !setAsideIfNewer();
}

// The key the package is read with: ours, or a newer one it brings, checked
// and adopted here (docs/trust.md, "Key rotation"). A package made with an
// old key is refused whole (its sender sends its changes again once it has
// the new key), and flags its sender on the Devices screen.
bool ImportRun::checkKeyEpoch()
{
    auto name = m_db.scalar(u"SELECT name FROM devices WHERE id = ?"_s, {m_header.device});
    const QString sender = name && !name.value().toString().isEmpty()
                               ? u"%1 (%2)"_s.arg(name.value().toString(), shortId(m_header.device))
                               : shortId(m_header.device);
    auto org = Rotation::forPackage(m_db, m_header.epoch, m_header.rotation, sender);
    if (org) {
        m_org = org.value();
        return true;
    }
    if (org.error().code == ErrorCode::Conflict) {
        auto f = m_db.exec(u"INSERT INTO sync_peers(device, public_key, first_seen, refused_at, refused_reason) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT(device) DO UPDATE SET refused_at = excluded.refused_at, "
                           "refused_reason = excluded.refused_reason, refused_count = NULL"_s, // the whole package
                           {m_header.device, m_header.deviceKey, nowIso(), nowIso(), QString::fromLatin1(refusal::kOldKey)});
        Q_UNUSED(f) // the refusal is what matters; the flag is a help
    }
    refuse(org.error().message);
    return false;
}

// A package of a newer schema or app waits beside the database for an update.
bool ImportRun::setAsideIfNewer()
{
    const PackageHeader &h = m_header;
    const bool newerApp = QVersionNumber::fromString(h.minAppVersion) > QVersionNumber::fromString(QStringLiteral(TAMKEEN_VERSION));
    if (h.schema <= m_db.schemaVersion() && !newerApp)
        return false;
    const QString folder = m_options.asideFolder.isEmpty() ? QFileInfo(m_db.path()).dir().filePath(u"sync-waiting"_s)
                                                           : m_options.asideFolder;
    QDir().mkpath(folder);
    const QString target = QDir(folder).filePath(QFileInfo(m_path).fileName());
    if (QFileInfo(target).canonicalFilePath() == QFileInfo(m_path).canonicalFilePath()) {
        m_summary.setAside = true; // imported from the waiting folder itself: it stays there
    } else {
        QFile::remove(target);
        m_summary.setAside = QFile::copy(m_path, target);
    }
    refuse(tr("The package was made by a newer version of Tamkeen (data version %1; this one has %2). "
              "Update Tamkeen, then import it again; a copy waits in %3.")
               .arg(h.schema)
               .arg(m_db.schemaVersion())
               .arg(QDir::toNativeSeparators(folder)));
    return true;
}

// First pass: the whole stream decrypts to its final tag (records are read in
// the transaction, which undoes everything on damage).
Status ImportRun::decryptAll()
{
    if (Status s = m_reader.startDecrypting(m_org, false); !s)
        return s;
    QByteArray plain;
    for (;;) {
        auto more = m_reader.nextPlain(plain);
        if (!more)
            return more.error();
        if (!more.value())
            return {};
        ++m_chunks;
    }
}

} // namespace tamkeen::sync
