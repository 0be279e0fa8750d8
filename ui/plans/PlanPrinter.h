#pragma once
// The printable individual empowerment plan (خطة التمكين الفردية): an A4 PDF in
// the reading direction of the interface (Arabic right to left, English left to
// right) with the centre, the beneficiary and the household, the plan's status,
// owner and dates, the baseline, the tracks, the goals with their tasks (overdue
// ones marked), the review dates and lines for the beneficiary's and the
// counsellor's and the supervisor's signatures, with the referrals and the voluntary exit plan.
#include "common/Result.h"
#include "format/PdfDocument.h"
#include "org/DeviceInfo.h"
#include "registry/ConsentService.h"
#include "plans/PlanRecords.h"
#include "referrals/ExitService.h"
#include "referrals/ReferralService.h"
#include "registry/Records.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace tamkeen::storage {
class Database;
}
namespace tamkeen::security {
struct Session;
}

namespace tamkeen::ui {

class AppSettings;

// Everything the printed plan shows, read through the core services.
struct PrintedPlan {
    org::DeviceInfo centre;
    plans::Plan plan;
    registry::Household household;
    QString idNumber; // the beneficiary's, as stored
    QString idType;   // translated, empty when unknown
    int householdMembers = 0;
    QString currency;
    QString counsellorName;
    QString approverName;
    bool wellbeingWithheld = false; // the reader may not see WHO-5 results
    QList<plans::Goal> goals;
    QList<plans::Task> tasks;
    QList<plans::PlanEvent> events;
    QList<referrals::Referral> referrals;
    QList<registry::Consent> consents; // the plan member's, newest first
    std::optional<referrals::ExitTerms> exitTerms; // the voluntary exit plan, when agreed
    QDate today; // decides which tasks are overdue
    plans::Progress progress;
};

class PlanPrinter {
    Q_DECLARE_TR_FUNCTIONS(PlanPrinter)
public:
    static Status write(const QString &path, storage::Database &db, const AppSettings &settings,
                        const security::Session &reader, const QByteArray &planId);

    static Result<PrintedPlan> load(storage::Database &db, const security::Session &reader, const QByteArray &planId,
                                    const QDate &today = QDate::currentDate());
    static QString html(const AppSettings &settings, const PrintedPlan &plan);
    // The laid-out plan, for the printer (or a preview).
    static std::unique_ptr<QTextDocument> document(const AppSettings &settings, const PrintedPlan &plan);
    static PrintedDocument printed(const AppSettings &settings, const PrintedPlan &plan);
    static Result<PrintedDocument> make(storage::Database &db, const AppSettings &settings,
                                        const security::Session &reader, const QByteArray &planId);
};

} // namespace tamkeen::ui
