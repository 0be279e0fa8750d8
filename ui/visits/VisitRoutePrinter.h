#pragma once
// The printed route of a day's home visits for a field worker to carry: an A4
// PDF, right to left, on the centre's letterhead, the visits district by
// district in the order of the route, with the address, phone and place of
// each, and room to write; the visits still due from an earlier day first.
#include "common/Result.h"
#include "format/PdfDocument.h"
#include "org/DeviceInfo.h"
#include "visits/VisitRecords.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tamkeen::ui {

class AppSettings;

struct VisitRoute {
    org::DeviceInfo centre;
    QDate date;
    QString workerName; // empty: every worker's visits
    QString printedBy;
    QDateTime printedAt = QDateTime::currentDateTime();
    QList<visits::PlannedVisit> visits; // in the route's order (VisitService::planned)
};

class VisitRoutePrinter {
    Q_DECLARE_TR_FUNCTIONS(VisitRoutePrinter)
public:
    static QString html(const AppSettings &settings, const VisitRoute &route);
    static PrintedDocument printed(const AppSettings &settings, const VisitRoute &route);
    static Status write(const QString &path, const AppSettings &settings, const VisitRoute &route);
};

} // namespace tamkeen::ui
