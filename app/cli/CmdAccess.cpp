// tamkeen-cli access: everything held about a person, as JSON (issue 15 §6).
#include "CliSupport.h"
#include "export/FileOutput.h"
#include "registry/SubjectAccess.h"
#include "storage/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace tamkeen::cli {

int runAccess(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"The database file."_s, u"PATH"_s);
    const QCommandLineOption member(u"member"_s, u"The family member's id."_s, u"ID"_s);
    const QCommandLineOption file(u"file"_s, u"Every member of the household with this file number."_s, u"NUMBER"_s);
    const QCommandLineOption outFile(u"out"_s, u"Write the JSON here (readable by its owner only), else print it."_s,
                                     u"FILE"_s);
    p.addOptions({db, member, file, outFile, loginOption(u"a supervisor or an administrator"_s)});
    if (int code = parse(p, args, u"Everything held about a person, as JSON (the right of access)"_s); code >= 0)
        return code;
    if (!p.isSet(db) || p.isSet(member) == p.isSet(file))
        return fail(u"access needs --db PATH and one of --member ID or --file NUMBER"_s, Usage);
    auto database = openDatabase(p.value(db), false);
    if (!database)
        return Failed;
    auto session = requireUser(*database, p, {security::Role::Supervisor, security::Role::Administrator});
    if (!session)
        return fail(session.error().message);
    QList<QByteArray> members;
    if (p.isSet(member)) {
        const QByteArray id = storage::uuidFromString(p.value(member));
        if (id.isEmpty())
            return fail(u"--member needs a member id (as search prints it)"_s, Usage);
        members << id;
    } else {
        const Status s = database->read(
            u"SELECT m.id FROM members m JOIN households h ON h.id = m.household_id "
            "WHERE h.file_number = ? AND h.deleted = 0 AND m.deleted = 0 ORDER BY m.created_at"_s,
            {p.value(file)}, [&](const storage::RawRow &r) { members << r.blob(0); });
        if (!s)
            return fail(s.error().message);
        if (members.isEmpty())
            return fail(u"no household has the file number %1"_s.arg(p.value(file)));
    }
    QJsonArray all;
    for (const QByteArray &id : std::as_const(members)) {
        auto held = registry::SubjectAccess::member(*database, session.value(), id);
        if (!held)
            return fail(held.error().message);
        all.append(held.value());
    }
    const QByteArray json = (members.size() == 1 && p.isSet(member) ? QJsonDocument(all.first().toObject())
                                                                     : QJsonDocument(all))
                                .toJson(QJsonDocument::Indented);
    if (!p.isSet(outFile)) {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return Ok;
    }
    if (Status s = exporting::FileOutput::write(p.value(outFile), json); !s)
        return fail(s.error().message);
    out(u"access: %1"_s.arg(p.value(outFile)));
    return Ok;
}

} // namespace tamkeen::cli
