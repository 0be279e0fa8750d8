// tamkeen-cli backup and restore (docs/backups.md).
#include "CliSupport.h"
#include "security/AuditLog.h"
#include "storage/Backup.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tamkeen::cli {

int runBackup(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"The database file."_s, u"PATH"_s);
    const QCommandLineOption outFile(u"out"_s, u"The backup to write (must not exist yet)."_s, u"FILE"_s);
    p.addOptions({db, outFile, loginOption(u"any active user"_s)});
    if (int code = parse(p, args, u"Write an encrypted backup that opens with the same passwords"_s); code >= 0)
        return code;
    if (!p.isSet(db) || !p.isSet(outFile))
        return fail(u"backup needs --db PATH and --out FILE"_s, Usage);
    auto database = openDatabase(p.value(db), false);
    if (!database)
        return Failed;
    auto session = requireUser(*database, p);
    if (!session)
        return fail(session.error().message);
    if (Status s = storage::Backup::write(*database, p.value(outFile)); !s)
        return fail(s.error().message);
    security::AuditLog::logged(security::AuditLog(*database).record(session.value(), u"backup"_s, {}, p.value(outFile)));
    out(u"backup: %1"_s.arg(p.value(outFile)));
    return Ok;
}

int runRestore(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption from(u"from"_s, u"The backup to restore."_s, u"FILE"_s);
    const QCommandLineOption db(u"db"_s, u"The database to replace (or create)."_s, u"PATH"_s);
    p.addOptions({from, db, loginOption(u"an administrator of the database replaced"_s)});
    if (int code = parse(p, args, u"Put a backup in the place of a database; the one replaced is kept beside it"_s);
        code >= 0)
        return code;
    if (!p.isSet(from) || !p.isSet(db))
        return fail(u"restore needs --from FILE and --db PATH"_s, Usage);
    const QString target = p.value(db);
    if (!QFileInfo::exists(p.value(from)))
        return fail(u"%1 does not exist"_s.arg(p.value(from)));
    if (Status s = unlockIfEncrypted(p.value(from)); !s)
        return fail(s.error().message);
    if (QFileInfo::exists(target)) {
        // Only an administrator of the database replaces everything in it.
        auto current = openDatabase(target, false);
        if (!current)
            return Failed;
        if (auto session = requireUser(*current, p, {security::Role::Administrator}); !session)
            return fail(session.error().message);
    }
    auto restored = storage::Backup::restore(p.value(from), target);
    if (!restored)
        return fail(restored.error().message);
    // Opened once: an older backup is migrated, the key slots follow its users.
    if (!openDatabase(target, false))
        return Failed;
    out(u"restore: %1 from %2"_s.arg(target, p.value(from)));
    if (!restored.value().isEmpty())
        out(u"the database it replaced: %1"_s.arg(restored.value()));
    return Ok;
}

} // namespace tamkeen::cli
