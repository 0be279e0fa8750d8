// tamkeen-cli report: the impact indicators of a period as JSON or CSV (one
// row per number), or the Reports section's indicators report as XLSX or PDF,
// so a regional office makes the same report from a hub copy in a script.
// The organisation's small-numbers rule applies to every format.
#include "CliSupport.h"
#include "casework/CareLevels.h"
#include "registry/Vocabulary.h"
#include "export/FileOutput.h"
#include "export/ReportFiles.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "format/Translations.h"
#include "security/AuditLog.h"
#include "impact/IndicatorReport.h"
#include "impact/ReportPdf.h"
#include "impact/ReportTables.h"
#include "org/DeviceInfo.h"
#include "org/Identities.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace tamkeen::cli {

namespace {

// The indicators report of the Reports section (ReportTables::dashboard), in
// `language`, as XLSX or PDF. PDF needs a QGuiApplication: main() makes one on
// the offscreen platform for `report --format pdf` only. Wellbeing is in it
// for a reader who may see it (a supervisor), as on the dashboard.
int writeDocument(storage::Database &db, const security::Session &reader, const impact::Period &period,
                  const impact::ImpactFilter &filter, const QDate &asOf, const QString &form, const QString &language,
                  const QString &digits, const QString &path)
{
    if (!ui::installTranslations(language))
        return fail(u"the %1 translation could not be loaded"_s.arg(language));
    auto data = impact::computeDashboard(db, period, filter, asOf, &reader);
    if (!data)
        return fail(data.error().message);
    auto filters = impact::ReportTables::describe(db, filter);
    if (!filters)
        return fail(filters.error().message);
    auto report = impact::SmallNumbers::prepare(
        db, impact::ReportTables::dashboard(data.value(), period, filters.value(), language, QDate::currentDate()));
    if (!report)
        return fail(report.error().message);
    // Made in a private folder in the report's language, then copied to `path`
    // all or nothing, with the CLI's English messages if that fails.
    QTemporaryDir scratch;
    const QString made = scratch.filePath(u"report."_s + form);
    Status written;
    if (form == u"xlsx") {
        written = exporting::ReportFiles::writeXlsx(made, report.value());
    } else {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return fail(u"a pdf report needs the graphics library, which could not start"_s);
        QTemporaryDir settingsDir;
        ui::AppSettings settings(settingsDir.filePath(u"settings.ini"_s));
        settings.setLanguage(language);
        if (!digits.isEmpty())
            settings.setDigitStyle(digits == u"latin" ? text::DigitStyle::Latin : text::DigitStyle::ArabicIndic);
        auto centre = org::Devices::thisDevice(db);
        written = ui::ReportPdf::write(made, report.value(), centre ? centre.value() : org::DeviceInfo{},
                                       ui::Display(settings));
    }
    ui::installTranslations(u"en"_s);
    if (!written)
        return fail(written.error().message);
    QFile file(made);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (Status copied = exporting::FileOutput::write(path, file.readAll()); !copied)
        return fail(copied.error().message);
    out(u"report: %1 tables written to %2"_s.arg(report.value().document().tables.size()).arg(path));
    return Ok;
}

} // namespace

std::optional<QList<impact::Indicator>> reportIndicators(const QString &value)
{
    if (value == u"all")
        return QList<impact::Indicator>{};
    const auto one = impact::IndicatorReport::fromKey(value);
    if (!one) {
        fail(u"--indicator must be caseload, exits, sustained, reentry, independence, work, plans, referrals, "
             "wellbeing, clinic or all"_s,
             Usage);
        return std::nullopt;
    }
    return QList<impact::Indicator>{*one};
}

int reportPeriod(const QCommandLineParser &p, const ReportOptions &o, std::optional<impact::Period> *period)
{
    if (p.isSet(o.level) && !registry::Vocabulary::contains(casework::CareLevels::levels(), p.value(o.level)))
        return fail(u"--level must be primary_prevention, secondary_prevention, case_management, specialised or "
                    "intensive"_s,
                    Usage);
    if (!p.isSet(o.from) || !p.isSet(o.to) || !p.isSet(o.out))
        return fail(u"give --from DATE, --to DATE and --out FILE"_s, Usage);
    const QDate first = QDate::fromString(p.value(o.from), Qt::ISODate);
    const QDate last = QDate::fromString(p.value(o.to), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return fail(u"dates are written YYYY-MM-DD"_s, Usage);
    auto made = impact::Period::custom(first, last);
    if (!made)
        return fail(made.error().message, Usage);
    *period = made.value();
    return -1;
}

int runReport(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"The database file."_s, u"PATH"_s);
    const QCommandLineOption indicator(
        u"indicator"_s,
        u"caseload, exits, sustained, reentry, independence, work, plans, referrals, wellbeing, clinic or all (default all)."_s,
        u"NAME"_s, u"all"_s);
    const QCommandLineOption from(u"from"_s, u"The period's first day, YYYY-MM-DD."_s, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"The period's last day, YYYY-MM-DD (included)."_s, u"DATE"_s);
    const QCommandLineOption asOf(u"as-of"_s, u"Read re-entries up to this day (default today)."_s, u"DATE"_s);
    const QCommandLineOption centre(u"centre"_s, u"Only the households of this centre code (repeat for several)."_s,
                                    u"CODE"_s);
    const QCommandLineOption format(
        u"format"_s,
        u"json or csv (one row per number), xlsx or pdf (the Reports section's indicators report; default json)."_s,
        u"FORMAT"_s, u"json"_s);
    const QCommandLineOption language(u"language"_s, u"ar or en: the words of an xlsx or pdf report (default ar)."_s,
                                      u"LANG"_s, u"ar"_s);
    const QCommandLineOption digits(u"digits"_s,
                                    u"arabic-indic or latin: the digits of a pdf report (default: the language's)."_s,
                                    u"STYLE"_s);
    const QCommandLineOption outFile(u"out"_s, u"The file to write."_s, u"FILE"_s);
    const QCommandLineOption level(u"level"_s,
                                   u"Only the households whose level of care is now this one: primary_prevention, "
                                   "secondary_prevention, case_management, specialised or intensive."_s,
                                   u"LEVEL"_s);
    p.addOptions({db, indicator, from, to, asOf, centre, level, format, language, digits, outFile,
                  loginOption(u"a supervisor or an administrator"_s)});
    if (int r = parse(p, args, u"Write the impact indicators of a period (docs/indicators.md): one row per number "
                               "with the file numbers of the households behind it. Supervisors and administrators."_s);
        r >= 0)
        return r;
    const auto chosen = reportIndicators(p.value(indicator));
    if (!chosen)
        return Usage;
    const QList<impact::Indicator> &which = *chosen;
    const QString form = p.value(format);
    if (form != u"json" && form != u"csv" && form != u"xlsx" && form != u"pdf")
        return fail(u"--format must be json, csv, xlsx or pdf"_s, Usage);
    const bool document = form == u"xlsx" || form == u"pdf";
    if (document && !which.isEmpty())
        return fail(u"an xlsx or pdf report holds the indicators report of the Reports section: leave out --indicator "
                    "(or give all), or use --format json or csv for one indicator"_s,
                    Usage);
    const QString lang = p.value(language);
    if (lang != u"ar" && lang != u"en")
        return fail(u"--language must be ar or en"_s, Usage);
    if (p.isSet(digits) && p.value(digits) != u"arabic-indic" && p.value(digits) != u"latin")
        return fail(u"--digits must be arabic-indic or latin"_s, Usage);
    std::optional<impact::Period> period;
    if (int r = reportPeriod(p, {from, to, outFile, level}, &period); r >= 0)
        return r;
    const QDate readTo = p.isSet(asOf) ? QDate::fromString(p.value(asOf), Qt::ISODate) : QDate::currentDate();
    if (!readTo.isValid())
        return fail(u"dates are written YYYY-MM-DD"_s, Usage);
    const QDate first = period->first(), last = period->last();

    auto database = openDatabase(p.value(db), false);
    if (!database)
        return Failed;
    auto session = requireUser(*database, p, {security::Role::Supervisor, security::Role::Administrator});
    if (!session)
        return fail(session.error().message);
    impact::ImpactFilter filter;
    filter.careLevel = p.value(level);
    if (p.isSet(centre)) {
        auto centres = org::Identities::centres(*database);
        if (!centres)
            return fail(centres.error().message);
        for (const QString &code : p.values(centre)) {
            bool known = false;
            for (const org::CentreRow &c : centres.value()) {
                if (c.code.compare(code, Qt::CaseInsensitive) == 0) {
                    filter.centres << c.id; // two centres may share a code: both count
                    known = true;
                }
            }
            if (!known)
                return fail(u"no centre has the code '%1' (see centres list)"_s.arg(code));
        }
    }
    // In the audit trail once written, with what was asked (docs/audit.md).
    const QString asked = u"report %1 %2..%3%4%5 %6"_s.arg(
        form, first.toString(Qt::ISODate), last.toString(Qt::ISODate),
        (p.isSet(centre) ? u" centre "_s + p.values(centre).join(u',') : QString())
            + (p.isSet(level) ? u" level "_s + p.value(level) : QString()),
        which.isEmpty() ? QString() : u" "_s + p.value(indicator), p.value(outFile));
    if (document) {
        const int rc = writeDocument(*database, session.value(), period.value(), filter, readTo, form, lang,
                                     p.value(digits), p.value(outFile));
        if (rc == Ok)
            security::AuditLog::logged(security::AuditLog(*database).record(session.value(), u"export"_s, {}, asked));
        return rc;
    }
    // Wellbeing is confidential: a supervisor gets it, an administrator's "all" leaves it out.
    const impact::ReportRequest request{which, period.value(), filter, readTo};
    auto rows = impact::IndicatorReport::rows(*database, request, &session.value());
    if (!rows)
        return fail(rows.error().message);
    const QByteArray bytes = form == u"csv"
                                 ? impact::IndicatorReport::csv(rows.value())
                                 : QJsonDocument(impact::IndicatorReport::json(request, rows.value())).toJson();
    if (Status s = exporting::FileOutput::write(p.value(outFile), bytes); !s)
        return fail(s.error().message);
    security::AuditLog::logged(security::AuditLog(*database).record(session.value(), u"export"_s, {}, asked));
    out(u"report: %1 rows written to %2"_s.arg(rows.value().size()).arg(p.value(outFile)));
    return Ok;
}

} // namespace tamkeen::cli
