#include "org/Identities.h"

#include "org/DeviceInfo.h"
#include "org/Setup.h"
#include "registry/SearchIndex.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "text/Digits.h"

#include <QDate>

#include <QMap>
#include <QSqlQuery>
#include <functional>

using namespace Qt::StringLiterals;

namespace tamkeen::org {

namespace {

// Groups the live rows of a small table (a few dozen users or centres) by the
// normalised value of one column; `sql` selects id and that column, oldest first.
Result<QList<SharedIdentity>> sharedValues(storage::Database &db, IdentityKind kind, const QString &sql,
                                          const std::function<QString(const QString &)> &normalise)
{
    auto q = db.exec(sql);
    if (!q)
        return q.error();
    QMap<QString, QList<QByteArray>> byValue;
    while (q.value()->next())
        byValue[normalise(q.value()->value(1).toString())] << q.value()->value(0).toByteArray();
    q.value()->finish();
    QList<SharedIdentity> shared;
    for (auto it = byValue.cbegin(); it != byValue.cend(); ++it) {
        if (it.value().size() > 1)
            shared << SharedIdentity{kind, it.key(), it.value()};
    }
    return shared;
}

} // namespace

Result<QList<SharedIdentity>> Identities::userNames(storage::Database &db)
{
    return sharedValues(db, IdentityKind::UserName,
                        u"SELECT id, username FROM users WHERE deleted = 0 ORDER BY created_at, id"_s,
                        &security::UserService::normalizeUsername);
}

Result<QList<SharedIdentity>> Identities::centreCodes(storage::Database &db)
{
    return sharedValues(db, IdentityKind::CentreCode,
                        u"SELECT id, code FROM centres WHERE deleted = 0 ORDER BY created_at, id"_s,
                        &Setup::normalizeCentreCode);
}

Result<QList<SharedIdentity>> Identities::fileNumbers(storage::Database &db)
{
    // Households can be many (100,000): grouped by SQLite on the file number's
    // index. Numbers are made by Tamkeen (upper case, no spaces), so they are
    // compared as stored.
    auto q = db.exec(u"SELECT h.file_number, h.id FROM households h JOIN ("
                     " SELECT file_number FROM households WHERE deleted = 0 GROUP BY file_number HAVING count(*) > 1"
                     ") d ON d.file_number = h.file_number WHERE h.deleted = 0 ORDER BY h.file_number, h.created_at, h.id"_s);
    if (!q)
        return q.error();
    QList<SharedIdentity> shared;
    while (q.value()->next()) {
        const QString number = q.value()->value(0).toString();
        if (shared.isEmpty() || shared.last().value != number)
            shared << SharedIdentity{IdentityKind::FileNumber, number, {}};
        shared.last().rows << q.value()->value(1).toByteArray();
    }
    q.value()->finish();
    return shared;
}

Result<QList<SharedIdentity>> Identities::all(storage::Database &db)
{
    QList<SharedIdentity> shared;
    for (auto find : {&Identities::userNames, &Identities::centreCodes, &Identities::fileNumbers}) {
        auto found = find(db);
        if (!found)
            return found.error();
        shared << found.value();
    }
    return shared;
}

Result<QList<CentreRow>> Identities::centres(storage::Database &db)
{
    QList<CentreRow> list;
    Status s = db.read(u"SELECT id, code, name, ifnull(region, '') FROM centres WHERE deleted = 0 "
                       "ORDER BY code, created_at"_s,
                       {}, [&](const storage::RawRow &r) { list << CentreRow{r.blob(0), r.text(1), r.text(2), r.text(3)}; });
    if (!s)
        return s.error();
    return list;
}

Status Identities::renameCentre(storage::Database &db, const security::Session &by, const QByteArray &centreId,
                                const QString &newCode)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators can change a centre's code."));
    const QString code = Setup::normalizeCentreCode(newCode);
    if (Status s = Setup::validateCentreCode(code); !s)
        return s;
    // A centre's row is privileged: signed with the administrator's key.
    if (!by.signingKey.isEmpty())
        db.setSigningKey(by.userId, by.signingKey);
    db.setCurrentUser(by.userId);
    return db.transaction([&]() -> Status {
        auto current = db.scalar(u"SELECT code FROM centres WHERE id = ? AND deleted = 0"_s, {centreId});
        if (!current)
            return current.error();
        if (current.value().isNull())
            return makeError(ErrorCode::NotFound, tr("This centre no longer exists."));
        auto q = db.exec(u"SELECT code FROM centres WHERE deleted = 0 AND id <> ?"_s, {centreId});
        if (!q)
            return q.error();
        bool taken = false;
        while (!taken && q.value()->next())
            taken = Setup::normalizeCentreCode(q.value()->value(0).toString()) == code;
        q.value()->finish();
        if (taken)
            return makeError(ErrorCode::Conflict, tr("Another centre already has the code %1.").arg(code), u"centreCode"_s);
        return storage::SyncedWriter(db).update(u"centres"_s, centreId, {{u"code"_s, code}});
    });
}

Result<QString> Identities::giveNewFileNumber(storage::Database &db, const security::Session &by,
                                              const QByteArray &householdId, const QString &reason)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators can give a file a new number."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the reason for the new number."), u"reason"_s);
    db.setCurrentUser(by.userId);
    QString number;
    Status s = db.transaction([&]() -> Status {
        auto q = db.exec(u"SELECT file_number, status FROM households WHERE id = ? AND deleted = 0"_s, {householdId});
        if (!q)
            return q.error();
        if (!q.value()->next())
            return makeError(ErrorCode::NotFound, tr("This household no longer exists."));
        const QString old = q.value()->value(0).toString();
        const QString status = q.value()->value(1).toString();
        q.value()->finish();
        auto others = db.scalar(u"SELECT count(*) FROM households WHERE file_number = ? AND deleted = 0 AND id <> ?"_s,
                                {old, householdId});
        if (!others)
            return others.error();
        if (others.value().toInt() == 0)
            return makeError(ErrorCode::Invalid,
                             tr("No other household has the file number %1, so it keeps it.").arg(text::isolate(old)));
        auto next = Devices::nextFileNumber(db, u"household"_s);
        if (!next)
            return next.error();
        number = next.value();
        storage::SyncedWriter writer(db);
        if (Status w = writer.update(u"households"_s, householdId, {{u"file_number"_s, number}}); !w)
            return w;
        // The status stays; the history says which number the printed papers carry.
        auto history = writer.insert(
            u"household_status"_s,
            {{u"household_id"_s, householdId},
             {u"status"_s, status},
             {u"previous_status"_s, status},
             {u"effective_date"_s, QDate::currentDate().toString(Qt::ISODate)},
             {u"reason"_s, tr("New file number %1 instead of %2, which another household also had: %3")
                               .arg(text::isolate(number), text::isolate(old), reason.trimmed())}});
        if (!history)
            return history.error();
        return registry::SearchIndex::reindexHousehold(db, householdId);
    });
    if (!s)
        return s.error();
    return number;
}

} // namespace tamkeen::org
