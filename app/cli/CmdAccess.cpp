// tamkeen-cli access: everything held about a person, as JSON or an Arabic PDF (issue 15 §6).
#include "CliSupport.h"
#include "export/FileOutput.h"
#include "format/AppSettings.h"
#include "format/Translations.h"
#include "registry/SubjectAccess.h"
#include "registry/SubjectAccessPrinter.h"
#include "storage/Uuid.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace tamkeen::cli {

namespace {

// The member's data as an Arabic PDF. main() gives `access --format pdf` a
// QGuiApplication on the offscreen platform. Made in a private folder, then
// copied to `path` all or nothing.
int writePdf(storage::Database &db, const security::Session &reader, const QByteArray &memberId,
             const QString &digits, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(u"a pdf needs the graphics library, which could not start"_s);
    if (!ui::installTranslations(u"ar"_s))
        return fail(u"the Arabic translation could not be loaded"_s);
    QTemporaryDir scratch;
    ui::AppSettings settings(scratch.filePath(u"settings.ini"_s));
    settings.setLanguage(u"ar"_s);
    if (!digits.isEmpty())
        settings.setDigitStyle(digits == u"latin" ? text::DigitStyle::Latin : text::DigitStyle::ArabicIndic);
    const QString made = scratch.filePath(u"access.pdf"_s);
    const Status written = ui::SubjectAccessPrinter::write(made, db, settings, reader, memberId);
    ui::installTranslations(u"en"_s);
    if (!written)
        return fail(written.error().message);
    QFile file(made);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"the pdf could not be read back: %1"_s.arg(file.errorString()));
    if (Status s = exporting::FileOutput::write(path, file.readAll()); !s)
        return fail(s.error().message);
    out(u"access: %1"_s.arg(path));
    return Ok;
}

} // namespace

int runAccess(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"The database file."_s, u"PATH"_s);
    const QCommandLineOption member(u"member"_s, u"The family member's id."_s, u"ID"_s);
    const QCommandLineOption file(u"file"_s, u"Every member of the household with this file number."_s, u"NUMBER"_s);
    const QCommandLineOption outFile(
        u"out"_s, u"Write it here (readable by its owner only); JSON is printed when this is left out."_s, u"FILE"_s);
    const QCommandLineOption format(u"format"_s, u"json (default) or pdf (one member's, in Arabic; needs --out)."_s,
                                    u"FORM"_s, u"json"_s);
    const QCommandLineOption digits(u"digits"_s, u"arabic-indic (default) or latin: the digits of a pdf."_s,
                                    u"STYLE"_s);
    p.addOptions({db, member, file, outFile, format, digits, loginOption(u"a supervisor or an administrator"_s)});
    if (int code = parse(p, args, u"Everything held about a person, as JSON or PDF (the right of access)"_s); code >= 0)
        return code;
    if (!p.isSet(db) || p.isSet(member) == p.isSet(file))
        return fail(u"access needs --db PATH and one of --member ID or --file NUMBER"_s, Usage);
    const QString form = p.value(format);
    if (form != u"json" && form != u"pdf")
        return fail(u"--format must be json or pdf"_s, Usage);
    if (form == u"pdf" && (!p.isSet(member) || !p.isSet(outFile)))
        return fail(u"a pdf is one member's: give --member ID and --out FILE"_s, Usage);
    if (p.isSet(digits) && p.value(digits) != u"latin" && p.value(digits) != u"arabic-indic")
        return fail(u"--digits must be arabic-indic or latin"_s, Usage);
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
    if (form == u"pdf")
        return writePdf(*database, session.value(), members.first(), p.value(digits), p.value(outFile));
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
