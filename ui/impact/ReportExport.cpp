#include "impact/ReportExport.h"

#include "security/AuditLog.h"
#include "storage/Database.h"
#include "export/ReportFiles.h"
#include "format/Display.h"
#include "impact/ReportPdf.h"
#include "impact/SmallNumbers.h"
#include "org/DeviceInfo.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBanner.h"

#include <QDate>
#include <QDir>
#include <QMenu>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

ReportExport::ReportExport(QPushButton *button, storage::Database &db, const AppSettings &settings,
                           MessageBanner *banner, Source source)
    : QObject(button), m_parent(button), m_db(db), m_settings(settings), m_banner(banner), m_source(std::move(source)),
      m_menu(new QMenu(button))
{
    m_menu->setObjectName(u"reportExportMenu"_s);
    m_menu->addAction(tr("PDF…"), this, [this] { askAndExport(Format::Pdf); })->setObjectName(u"exportPdf"_s);
    m_menu->addAction(tr("Excel workbook (XLSX)…"), this, [this] { askAndExport(Format::Xlsx); })
        ->setObjectName(u"exportXlsx"_s);
    m_menu->addAction(tr("CSV…"), this, [this] { askAndExport(Format::Csv); })->setObjectName(u"exportCsv"_s);
    button->setMenu(m_menu);
}

void ReportExport::askAndExport(Format format)
{
    auto report = m_source();
    if (!report) {
        m_banner->showError(report.error().message);
        return;
    }
    const QString suffix = format == Format::Pdf ? u"pdf"_s : format == Format::Xlsx ? u"xlsx"_s : u"csv"_s;
    const QString filter = format == Format::Pdf    ? tr("PDF files (*.pdf)")
                           : format == Format::Xlsx ? tr("Excel workbooks (*.xlsx)")
                                                    : tr("CSV files (*.csv)");
    const QString name = u"%1 %2.%3"_s.arg(report.value().title, QDate::currentDate().toString(Qt::ISODate), suffix);
    const QString path = files::saveDocument(m_parent, m_settings, tr("Export the report"), name, filter);
    if (!path.isEmpty())
        exportTo(path, format);
}

bool ReportExport::exportTo(const QString &path, Format format)
{
    auto made = m_source();
    auto report = made ? impact::SmallNumbers::prepare(m_db, made.value()) : Result<impact::PreparedReport>(made.error());
    if (!report) {
        m_banner->showError(report.error().message);
        return false;
    }
    Status written;
    switch (format) {
    case Format::Pdf: {
        auto centre = org::Devices::thisDevice(m_db);
        written = ReportPdf::write(path, report.value(), centre ? centre.value() : org::DeviceInfo{}, Display(m_settings));
        break;
    }
    case Format::Xlsx:
        written = exporting::ReportFiles::writeXlsx(path, report.value());
        break;
    case Format::Csv:
        written = exporting::ReportFiles::writeCsv(path, report.value());
        break;
    }
    if (!written) {
        m_banner->showError(written.error().message);
        return false;
    }
    m_banner->showSuccess(tr("Saved in %1.").arg(Display::ltr(QDir::toNativeSeparators(path))));
    // What went out, with its period and filters (issue 15 §4).
    security::Session who;
    who.userId = m_db.currentUser();
    security::AuditLog::logged(security::AuditLog(m_db).record(who, u"export"_s, {},
                                    QStringList(QStringList{made.value().title} + made.value().about + QStringList{path})
                                        .join(u" — "_s))); // as list exports: the Audit screen reads it right to left
    return true;
}

} // namespace tamkeen::ui
