#pragma once
// The right of access as an A4 PDF in the reader's language (issue 15 §6):
// everything held about a family member (registry::SubjectReportBuilder), one
// section per kind of record, each record as its labelled facts, on the
// centre's letterhead. What the reader may not see is marked withheld there,
// as in the JSON.
#include "common/Result.h"
#include "format/PdfDocument.h"
#include "org/DeviceInfo.h"
#include "registry/SubjectReport.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;

class SubjectAccessPrinter {
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessPrinter)
public:
    static QString html(const AppSettings &settings, const org::DeviceInfo &centre,
                        const registry::SubjectReport &report);
    // Gathers (the request is logged in the audit trail) and writes the PDF.
    static Status write(const QString &path, storage::Database &db, const AppSettings &settings,
                        const security::Session &reader, const QByteArray &memberId);
};

} // namespace tamkeen::ui
