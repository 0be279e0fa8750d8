#include "documents/Documents.h"

#include "common/IsoDay.h"
#include "documents/DocumentStore.h"
#include "org/OrgSettings.h"
#include "storage/Database.h"
#include "text/InputText.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <sodium.h>

using namespace Qt::StringLiterals;
using tamkeen::registry::Term;
using tamkeen::registry::Vocabulary;
using tamkeen::security::Role;

namespace tamkeen::documents {

namespace {

const QString kMaxKey = u"document_max_mb"_s;

QString memberName(const QString &alias)
{
    return u"trim(%1.given_name || ' ' || ifnull(%1.father_name, '') || ' ' || ifnull(%1.family_name, ''))"_s.arg(alias);
}

// What each kind of subject is called and dated by, for subjects() and list().
struct AboutSql {
    QString table;
    QString label; // an expression over the row `a`
    QString day;
    QString join;  // for the label
};

const QList<AboutSql> &aboutSql()
{
    static const QList<AboutSql> all = {
        {u"households"_s, u"''"_s, u"NULL"_s, QString()},
        {u"members"_s, memberName(u"a"_s), u"NULL"_s, QString()},
        {u"home_visits"_s, u"''"_s, u"ifnull(a.visited_on, a.planned_on)"_s, QString()},
        {u"plans"_s, memberName(u"m"_s), u"a.started_on"_s, u"LEFT JOIN members m ON m.id = a.member_id"_s},
        {u"referrals"_s, u"ifnull(p.name, '')"_s, u"a.sent_on"_s, u"LEFT JOIN partners p ON p.id = a.partner_id"_s},
        {u"objections"_s, u"a.kind"_s, u"a.received_on"_s, QString()},
    };
    return all;
}

const AboutSql *aboutOf(const QString &table)
{
    for (const AboutSql &a : aboutSql())
        if (a.table == table)
            return &a;
    return nullptr;
}

const QString kColumns =
    u"d.id, d.household_id, d.about_table, d.about_id, d.doc_type, d.doc_date, ifnull(d.title, ''), d.mime, d.size, "
    "d.content_hash, ifnull(u.full_name, ''), d.created_at, EXISTS (SELECT 1 FROM document_files f WHERE f.hash = "
    "d.content_hash) FROM documents d LEFT JOIN users u ON u.id = d.added_by"_s;

Document fromRow(const storage::RawRow &r)
{
    Document d;
    d.id = r.blob(0);
    d.householdId = r.blob(1);
    d.about.table = r.text(2);
    d.about.id = r.blob(3);
    d.type = r.text(4);
    d.date = QDate::fromString(r.text(5), Qt::ISODate);
    d.title = r.text(6);
    d.mime = r.text(7);
    d.size = r.integer(8);
    d.contentHash = r.blob(9);
    d.addedByName = r.text(10);
    d.addedAt = QDateTime::fromString(r.text(11), Qt::ISODateWithMs);
    d.here = r.integer(12) != 0;
    return d;
}

} // namespace

Documents::Documents(storage::Database &db) : m_db(db), m_writer(db) {}

QList<Term> Documents::types()
{
    return {{u"id_copy"_s, tr("Copy of an ID card")},
            {u"family_record"_s, tr("Family record book")},
            {u"salary_certificate"_s, tr("Salary certificate")},
            {u"income_proof"_s, tr("Other proof of income")},
            {u"housing_photo"_s, tr("Photo of the housing")},
            {u"medical_report"_s, tr("Medical report")},
            {u"disability_card"_s, tr("Disability card")},
            {u"school_certificate"_s, tr("School enrolment or attendance")},
            {u"contract"_s, tr("Contract or agreement")},
            {u"letter"_s, tr("Letter")},
            {u"other"_s, tr("Other document")}};
}

QStringList Documents::aboutTables()
{
    QStringList tables;
    for (const AboutSql &a : aboutSql())
        tables << a.table;
    return tables;
}

QString Documents::aboutKind(const QString &table)
{
    if (table == u"households")
        return tr("The household");
    if (table == u"members")
        return tr("A family member");
    if (table == u"home_visits")
        return tr("A home visit");
    if (table == u"plans")
        return tr("An empowerment plan");
    if (table == u"referrals")
        return tr("A referral");
    if (table == u"objections")
        return tr("An objection or complaint");
    return table;
}

bool Documents::mayRemove(const security::Session &by)
{
    return by.role == Role::Supervisor || by.role == Role::Administrator;
}

QString Documents::mimeOf(const QByteArray &head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return u"image/png"_s;
    if (head.startsWith("%PDF-"))
        return u"application/pdf"_s;
    return {};
}

QByteArray Documents::idFor(const QVariantMap &fixed)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 16);
    const auto add = [&](const QByteArray &field) {
        const quint32 n = quint32(field.size()); // length-prefixed: no two tuples read alike
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(&n), sizeof n);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(field.constData()),
                                  quint64(field.size()));
    };
    add("tamkeen-document-1");
    add(fixed.value(u"about_table"_s).toString().toUtf8());
    add(fixed.value(u"about_id"_s).toByteArray());
    add(fixed.value(u"mime"_s).toString().toUtf8());
    add(QByteArray::number(fixed.value(u"size"_s).toLongLong()));
    add(fixed.value(u"content_hash"_s).toByteArray());
    add(fixed.value(u"nonce"_s).toByteArray());
    QByteArray id(16, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(id.data()), 16);
    return id;
}

bool Documents::wellFormed(const QByteArray &id, const QVariantMap &v)
{
    const auto isBytes = [&](const QString &c, int n) {
        const QVariant x = v.value(c);
        return x.typeId() == QMetaType::QByteArray && x.toByteArray().size() == n;
    };
    const QVariant size = v.value(u"size"_s);
    const bool integer = size.typeId() == QMetaType::LongLong || size.typeId() == QMetaType::Int;
    return isBytes(u"content_hash"_s, 32) && isBytes(u"nonce"_s, 16) && isBytes(u"about_id"_s, 16) && integer
           && size.toLongLong() >= 1 && size.toLongLong() <= DocumentStore::kMaxBytes
           && QStringList{u"image/jpeg"_s, u"image/png"_s, u"application/pdf"_s}.contains(v.value(u"mime"_s).toString())
           && aboutTables().contains(v.value(u"about_table"_s).toString()) && idFor(v) == id;
}

Result<int> Documents::maxMegabytes()
{
    auto stored = org::OrgSettings::value(m_db, kMaxKey);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int mb = stored.value().toString().toInt(&ok);
    return ok && mb >= kMinMegabytes && mb <= kMaxMegabytes ? mb : kDefaultMaxMegabytes;
}

Status Documents::setMaxMegabytes(const security::Session &by, int megabytes)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators set the largest document."));
    if (megabytes < kMinMegabytes || megabytes > kMaxMegabytes)
        return makeError(ErrorCode::Invalid, tr("The largest document is between %1 and %2 MB.")
                                                 .arg(kMinMegabytes).arg(kMaxMegabytes),
                         u"megabytes"_s);
    return org::OrgSettings::setValue(m_db, by, kMaxKey, QString::number(megabytes));
}

Result<QList<DocumentAbout>> Documents::subjects(const QByteArray &householdId)
{
    QList<DocumentAbout> all;
    for (const AboutSql &a : aboutSql()) {
        const QString where = a.table == u"households" ? u"a.id = ?"_s : u"a.household_id = ?"_s;
        Status s = m_db.read(u"SELECT a.id, %1, %2 FROM %3 a %4 WHERE %5 AND a.deleted = 0 ORDER BY %2, a.id"_s.arg(
                                 a.label, a.day, a.table, a.join, where),
                             {householdId}, [&](const storage::RawRow &r) {
                                 all.append({a.table, r.blob(0), r.text(1), QDate::fromString(r.text(2), Qt::ISODate)});
                             });
        if (!s)
            return s.error();
    }
    return all;
}

Status Documents::checkAbout(const QByteArray &householdId, const DocumentAbout &about, QByteArray *memberId)
{
    const AboutSql *a = aboutOf(about.table);
    if (!a || about.id.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose what the document is about."), u"about"_s);
    if (about.table == u"households") {
        if (about.id != householdId)
            return makeError(ErrorCode::Invalid, tr("Choose what the document is about."), u"about"_s);
        auto h = m_db.scalar(u"SELECT deleted FROM households WHERE id = ?"_s, {householdId});
        if (!h)
            return h.error();
        if (h.value().isNull())
            return makeError(ErrorCode::NotFound, tr("This household no longer exists."));
        return {};
    }
    const bool withMember = about.table != u"home_visits"; // an objection names who raised it, if a member
    QVariant member;
    bool found = false;
    Status s = m_db.read(u"SELECT %1 FROM %2 WHERE id = ? AND household_id = ? AND deleted = 0"_s.arg(
                             about.table == u"members" ? u"id"_s : withMember ? u"member_id"_s : u"NULL"_s, about.table),
                         {about.id, householdId}, [&](const storage::RawRow &r) {
                             found = true;
                             member = r.value(0);
                         });
    if (!s)
        return s;
    if (!found)
        return makeError(ErrorCode::Invalid, tr("This is no longer part of the family's file: choose again."),
                         u"about"_s);
    *memberId = member.toByteArray();
    return {};
}

Error Documents::tooLarge(qint64 size, int megabytes) const
{
    const QLocale locale;
    return makeError(ErrorCode::Invalid,
                     tr("This file is %1 MB; a document may be at most %2 MB (an administrator sets this in Settings). "
                        "Scan it again at a lower resolution, or as a JPEG photo.")
                         .arg(locale.toString(double(size) / (1024 * 1024), 'f', 1))
                         .arg(megabytes),
                     u"file"_s);
}

Result<QByteArray> Documents::attachFile(const security::Session &by, const QByteArray &householdId,
                                         const DocumentData &data, const QString &path, const Check &check)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorCode::NotFound, tr("The file %1 cannot be found.").arg(info.fileName()), u"file"_s);
    auto max = maxMegabytes();
    if (!max)
        return max.error();
    // Before reading it: a 200 MB scan is refused without filling the memory.
    if (info.size() > qint64(max.value()) * 1024 * 1024)
        return tooLarge(info.size(), max.value());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("The file %1 cannot be read: %2").arg(info.fileName(), file.errorString()),
                         u"file"_s);
    const QByteArray bytes = file.read(qint64(max.value()) * 1024 * 1024 + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, tr("The file %1 cannot be read: %2").arg(info.fileName(), file.errorString()),
                         u"file"_s);
    return attach(by, householdId, data, bytes, check);
}

Result<QByteArray> Documents::attach(const security::Session &by, const QByteArray &householdId,
                                     const DocumentData &data, const QByteArray &bytes, const Check &check)
{
    if (!Vocabulary::contains(types(), data.type))
        return makeError(ErrorCode::Invalid, tr("Choose the type of document."), u"type"_s);
    if (data.date.isValid() && data.date > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("The document's date cannot be in the future."), u"date"_s);
    QString title = data.title;
    if (Status s = text::InputText::accept(title, u"title"_s, tr("Description"), text::kLineLength,
                                           text::TextKind::Line);
        !s)
        return s.error();
    title = title.trimmed();
    if (bytes.isEmpty())
        return makeError(ErrorCode::Invalid, tr("This file is empty."), u"file"_s);
    auto max = maxMegabytes();
    if (!max)
        return max.error();
    if (bytes.size() > qint64(max.value()) * 1024 * 1024)
        return tooLarge(bytes.size(), max.value());
    const QString mime = mimeOf(bytes.left(16));
    if (mime.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Tamkeen keeps photos (JPEG or PNG) and PDF documents; this file is neither."), u"file"_s);
    QByteArray memberId;
    if (Status s = checkAbout(householdId, data.about, &memberId); !s)
        return s.error();
    if (check)
        if (Status s = check(mime, bytes); !s)
            return s.error();
    QByteArray id;
    Status done = m_db.transaction([&]() -> Status {
        QByteArray hash;
        if (Status s = DocumentStore::put(m_db, bytes, &hash); !s)
            return s;
        QByteArray nonce(16, Qt::Uninitialized);
        randombytes_buf(nonce.data(), size_t(nonce.size()));
        QVariantMap row = {{u"household_id"_s, householdId},
                           {u"member_id"_s, memberId.isEmpty() ? QVariant() : QVariant(memberId)},
                           {u"about_table"_s, data.about.table},
                           {u"about_id"_s, data.about.id},
                           {u"doc_type"_s, data.type},
                           {u"doc_date"_s, data.date.isValid() ? QVariant(isoDay(data.date)) : QVariant()},
                           {u"title"_s, title.isEmpty() ? QVariant() : QVariant(title)},
                           {u"mime"_s, mime},
                           {u"size"_s, qint64(bytes.size())},
                           {u"content_hash"_s, hash},
                           {u"nonce"_s, nonce},
                           {u"added_by"_s, by.userId}};
        m_db.setCurrentUser(by.userId);
        auto inserted = m_writer.insert(u"documents"_s, row, idFor(row));
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<QList<Document>> Documents::list(const QByteArray &householdId)
{
    QList<Document> all;
    Status s = m_db.read(u"SELECT "_s + kColumns
                             + u" WHERE d.household_id = ? AND d.deleted = 0 ORDER BY ifnull(d.doc_date, substr(d.created_at, 1, 10)) DESC, d.created_at DESC"_s,
                         {householdId}, [&](const storage::RawRow &r) { all << fromRow(r); });
    if (!s)
        return s.error();
    auto subjects = this->subjects(householdId);
    if (!subjects)
        return subjects.error();
    for (Document &d : all)
        for (const DocumentAbout &a : subjects.value())
            if (a == d.about) {
                d.about.label = a.label;
                d.about.day = a.day;
            }
    return all;
}

Result<Document> Documents::find(const QByteArray &id)
{
    std::optional<Document> found;
    Status s = m_db.read(u"SELECT "_s + kColumns + u" WHERE d.id = ?"_s, {id},
                         [&](const storage::RawRow &r) { found = fromRow(r); });
    if (!s)
        return s.error();
    if (!found)
        return makeError(ErrorCode::NotFound, tr("This document no longer exists."));
    return *found;
}

Result<QByteArray> Documents::content(const QByteArray &id)
{
    auto d = find(id);
    if (!d)
        return d.error();
    return DocumentStore::read(m_db, d.value().contentHash);
}

Status Documents::remove(const security::Session &by, const QByteArray &id, const QString &reason)
{
    if (!mayRemove(by))
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only supervisors and administrators remove documents: ask your supervisor."));
    QString why = reason;
    if (Status s = text::InputText::accept(why, u"reason"_s, tr("Reason"), text::kLineLength, text::TextKind::Line); !s)
        return s;
    why = why.trimmed();
    if (why.size() < 5)
        return makeError(ErrorCode::Invalid, tr("Say why the document is removed."), u"reason"_s);
    auto d = find(id);
    if (!d)
        return d.error();
    return m_db.transaction([&]() -> Status {
        m_db.setCurrentUser(by.userId);
        if (Status s = m_writer.update(u"documents"_s, id, {{u"deleted"_s, 1}, {u"removed_reason"_s, why}}); !s)
            return s;
        // Its content goes with it, unless another document holds the same bytes.
        return DocumentStore::dropUnused(m_db, {d.value().contentHash});
    });
}

} // namespace tamkeen::documents
