#pragma once
// The printable list of a day's appointments for the front desk: an A4 PDF,
// right to left, on the centre's letterhead with the day, the counsellor when
// one is chosen, who printed it and when, and who is expected when; every page
// numbered. Cancelled and rescheduled appointments are left out.
#include "clinic/ClinicRecords.h"
#include "common/Result.h"
#include "format/PdfDocument.h"
#include "org/DeviceInfo.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace tamkeen::ui {

class AppSettings;

struct DayList {
    org::DeviceInfo centre;
    QDate date;
    QString printedBy;          // the user's name
    QDateTime printedAt = QDateTime::currentDateTime();
    QString counsellorName; // empty: the whole centre
    QList<clinic::Appointment> appointments;
};

class DayListPrinter {
    Q_DECLARE_TR_FUNCTIONS(DayListPrinter)
public:
    static Status write(const QString &path, const AppSettings &settings, const DayList &list);
    static QString html(const AppSettings &settings, const DayList &list);
    // The laid-out list, for the printer (or a preview).
    static std::unique_ptr<QTextDocument> document(const AppSettings &settings, const DayList &list);
    static PrintedDocument printed(const AppSettings &settings, const DayList &list);
    // Noto Naskh Arabic (or Noto Sans Arabic) with a Latin family beside it, when installed.
    static QStringList fontFamilies();
};

} // namespace tamkeen::ui
