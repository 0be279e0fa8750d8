#pragma once
// Documents (issue 17 §8): a scanned paper or a photo (an ID copy, a salary
// certificate, a photo of the housing …) attached to a household or to one
// of its members, home visits, plans, referrals or objections; its type, its
// date and a short description. JPEG, PNG or PDF, up to the size an
// administrator sets (Settings; 10 MB at first). Kept in the database
// (DocumentStore), synced in packages, shown and printed by the household
// file. Anyone who works on the family attaches one; only a supervisor or an
// administrator removes one, with a reason (a signed change: every copy then
// drops its content). What a document is about and its content never change.
#include "common/Result.h"
#include "registry/Vocabulary.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <functional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::documents {

// What a document is about: a row of one of aboutTables(), of the same household.
struct DocumentAbout {
    QString table; // households, members, home_visits, plans, referrals, objections
    QByteArray id;
    // Filled by subjects() and list(): a name (the member's, the partner's),
    // and the day of a visit, plan, referral or objection; the UI words them.
    QString label;
    QDate day;
    bool operator==(const DocumentAbout &o) const { return table == o.table && id == o.id; }
};

struct DocumentData {
    DocumentAbout about;
    QString type; // Documents::types() key
    QDate date;   // of the paper (issued) or of the photo
    QString title; // a short description
};

struct Document : DocumentData {
    QByteArray id;
    QByteArray householdId;
    QString mime; // image/jpeg, image/png, application/pdf
    qint64 size = 0;
    QByteArray contentHash;
    QString addedByName;
    QDateTime addedAt;
    bool here = false; // its content is on this computer (else it comes with a later package)
    bool isImage() const { return mime.startsWith(u"image/"); }
};

class Documents {
    Q_DECLARE_TR_FUNCTIONS(Documents)
public:
    explicit Documents(storage::Database &db);

    static QList<registry::Term> types();
    static QStringList aboutTables();
    static QString aboutKind(const QString &table); // "A home visit", …
    static constexpr int kDefaultMaxMegabytes = 10, kMinMegabytes = 1, kMaxMegabytes = 30;
    static bool mayRemove(const security::Session &by); // supervisors and administrators
    // The kind of file from its first bytes: image/jpeg, image/png, application/pdf; empty otherwise.
    static QString mimeOf(const QByteArray &head);
    // A document's id is made from what is fixed in it (what it is about, its
    // kind, size and content hash) and a random nonce: a row another copy
    // makes under the same id with another content cannot match it.
    static QByteArray idFor(const QVariantMap &fixed);
    // Whether an insert's values are a document's, whole and well formed,
    // under the id they make (ImportRun refuses one that is not).
    static bool wellFormed(const QByteArray &id, const QVariantMap &values);

    // The largest document an administrator allows (org setting document_max_mb).
    Result<int> maxMegabytes();
    Status setMaxMegabytes(const security::Session &by, int megabytes);

    // What a document of this household may be about, the household first.
    Result<QList<DocumentAbout>> subjects(const QByteArray &householdId);

    // What the interface checks before anything is kept: that a photo or a
    // PDF opens (core reads only its first bytes).
    using Check = std::function<Status(const QString &mime, const QByteArray &bytes)>;
    // Attaches the file at `path`: its size is checked before it is read.
    Result<QByteArray> attachFile(const security::Session &by, const QByteArray &householdId, const DocumentData &data,
                                  const QString &path, const Check &check = {});
    Result<QByteArray> attach(const security::Session &by, const QByteArray &householdId, const DocumentData &data,
                              const QByteArray &bytes, const Check &check = {});
    // The household's documents, newest first; removed ones are left out.
    Result<QList<Document>> list(const QByteArray &householdId);
    Result<Document> find(const QByteArray &id);
    // The bytes; NotFound while they have not come to this computer.
    Result<QByteArray> content(const QByteArray &id);
    Status remove(const security::Session &by, const QByteArray &id, const QString &reason);

private:
    Status checkAbout(const QByteArray &householdId, const DocumentAbout &about, QByteArray *memberId);
    Error tooLarge(qint64 size, int megabytes) const;

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::documents
