#include "sync/RoleHistory.h"

#include "storage/Database.h"
#include "sync/Wire.h"

#include <QSqlQuery>
#include <optional>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

struct Point {
    std::optional<QVariant> role, publicKey, deleted, active;
};

void take(Point &to, const Point &from)
{
    if (from.role)
        to.role = from.role;
    if (from.publicKey)
        to.publicKey = from.publicKey;
    if (from.deleted)
        to.deleted = from.deleted;
    if (from.active)
        to.active = from.active;
}

} // namespace

Result<security::Privileges::Author> RoleHistory::authorAt(storage::Database &db, const QByteArray &userId,
                                                           const Version &at)
{
    security::Privileges::Author author;
    auto row = db.exec(u"SELECT public_key, role, deleted, active FROM users WHERE id = ?"_s, {userId});
    if (!row)
        return row.error();
    Point now;
    if (row.value()->next()) {
        author.known = true;
        now.publicKey = row.value()->value(0);
        now.role = row.value()->value(1);
        now.deleted = row.value()->value(2);
        now.active = row.value()->value(3);
    }
    row.value()->finish();

    // The enrolment's picture of the account, then every signed change of
    // its row before `at`, oldest first: the latest value of each wins.
    Point before, enrolled;
    bool hasEnrolled = false;
    auto e = db.exec(u"SELECT hlc, role, public_key, deleted, active FROM sync_enrolled_roles WHERE user_id = ?"_s,
                     {userId});
    if (!e)
        return e.error();
    if (e.value()->next()) {
        hasEnrolled = true;
        enrolled.role = e.value()->value(1);
        enrolled.publicKey = e.value()->value(2);
        enrolled.deleted = e.value()->value(3);
        enrolled.active = e.value()->value(4);
        if (Version{e.value()->value(0).toULongLong(), QByteArray(), 0} < at)
            take(before, enrolled);
    }
    e.value()->finish();
    auto q = db.exec(u"SELECT hlc, device, signed FROM change_log WHERE tbl = 'users' AND row_id = ? "
                     "AND signed IS NOT NULL AND hlc <= ? ORDER BY hlc, device"_s,
                     {userId, qint64(at.hlc)});
    if (!q)
        return q.error();
    while (q.value()->next()) {
        const Version v{q.value()->value(0).toULongLong(), q.value()->value(1).toByteArray(), 0};
        if (!(v < at))
            break;
        Entry logged;
        if (!wire::decodeSigned(q.value()->value(2).toByteArray(), logged))
            continue; // check reports a damaged signature; it vouches for nothing here
        Point p;
        for (const auto &[column, value] : logged.signedPairs) {
            if (column == u"role")
                p.role = value;
            else if (column == u"public_key")
                p.publicKey = value;
            else if (column == u"deleted")
                p.deleted = value;
            else if (column == u"active")
                p.active = value;
        }
        author.known = true;
        take(before, p);
    }
    q.value()->finish();

    // What the history before `at` does not say: the enrolment's picture, else the row now.
    Point value = now;
    if (hasEnrolled)
        take(value, enrolled);
    take(value, before);
    author.role = value.role.value_or(QVariant()).toString();
    author.publicKey = value.publicKey.value_or(QVariant()).toByteArray();
    author.deleted = value.deleted.value_or(QVariant()).toBool();
    author.active = value.active.value_or(QVariant(1)).toBool();
    return author;
}

Status RoleHistory::keepEnrolled(storage::Database &db, quint64 hlc)
{
    return db.write(u"INSERT OR REPLACE INTO sync_enrolled_roles(user_id, hlc, role, public_key, deleted, active) "
                    "SELECT id, ?, role, public_key, deleted, active FROM users"_s,
                    {qint64(hlc)});
}

} // namespace tamkeen::sync
