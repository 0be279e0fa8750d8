#pragma once
// The printable household file (ملخص ملف الحالة): an A4 summary of a case on
// the centre's letterhead: the household and its members (IDs isolated), the
// incomes in force and the eligibility against the threshold, the status
// history (exits and returns), each member's current plan with its goals and
// progress, the referrals and the next appointments. Read through the core
// services only. Confidential psychological notes and wellbeing scores are
// never part of it, whoever prints it.
#include "clinic/ClinicRecords.h"
#include "common/Result.h"
#include "format/PdfDocument.h"
#include "org/DeviceInfo.h"
#include "plans/PlanRecords.h"
#include "referrals/ReferralService.h"
#include "registry/IncomeService.h"
#include "registry/Records.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tamkeen::storage {
class Database;
}
namespace tamkeen::security {
struct Session;
}

namespace tamkeen::ui {

class AppSettings;

struct PrintedHousehold {
    struct CurrentPlan {
        plans::Plan plan;
        QList<plans::Goal> goals;
        plans::Progress progress;
    };
    org::DeviceInfo centre;
    registry::Household household;
    QList<registry::Member> members;
    QList<registry::Income> incomes; // in force today
    std::optional<registry::Eligibility> eligibility;
    QList<registry::StatusChange> statusHistory;
    QList<CurrentPlan> plans;        // draft, submitted or active
    QList<registry::Term> tracks;    // built in and the organisation's own, for labels
    QList<referrals::Referral> referrals;
    QList<clinic::Appointment> appointments; // booked, from now on
    QString printedBy;
    QDateTime printedAt;
};

class HouseholdPrinter {
    Q_DECLARE_TR_FUNCTIONS(HouseholdPrinter)
public:
    static Result<PrintedHousehold> load(storage::Database &db, const security::Session &reader,
                                         const QByteArray &householdId,
                                         const QDateTime &now = QDateTime::currentDateTime());
    static QString html(const AppSettings &settings, const PrintedHousehold &file);
    static PrintedDocument printed(const AppSettings &settings, const PrintedHousehold &file);
    static Result<PrintedDocument> make(storage::Database &db, const AppSettings &settings,
                                        const security::Session &reader, const QByteArray &householdId);
    static Status write(const QString &path, storage::Database &db, const AppSettings &settings,
                        const security::Session &reader, const QByteArray &householdId);
};

} // namespace tamkeen::ui
