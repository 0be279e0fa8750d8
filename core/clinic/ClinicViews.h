#pragma once
// Read-only views across the clinic and the registry: a household's timeline
// and the counsellor's home page.
#include "clinic/ClinicRecords.h"
#include "common/Result.h"
#include "security/Session.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::clinic {

struct TimelineItem {
    enum class Kind { Registration, Status, Income, Appointment, Session, Assessment, Plan, Referral };
    Kind kind = Kind::Registration;
    QDateTime at;        // date items at 00:00
    QByteArray id;       // the record to open (household, appointment, session, assessment, income, plan, referral)
    QByteArray memberId; // empty for household-level items
    QString memberName;
    QString title;       // translated, one line
    QString detail;      // translated; never a confidential note
};

struct TimelineFilter {
    QByteArray memberId;     // empty: the whole household
    QList<TimelineItem::Kind> kinds; // empty: all
};

struct FollowUp {
    QByteArray memberId;
    QByteArray householdId;
    QString memberName;
    QString fileNumber;
    QDate lastSession;
};

class ClinicViews {
    Q_DECLARE_TR_FUNCTIONS(ClinicViews)
public:
    // Newest first.
    static Result<QList<TimelineItem>> timeline(storage::Database &db, const security::Session &reader,
                                                const QByteArray &householdId, const TimelineFilter &filter = {});
    static QString kindLabel(TimelineItem::Kind kind);
    static QList<TimelineItem::Kind> allKinds();

    // Members the counsellor has seen whose last session is older than `days`
    // days on `today`, oldest first.
    static Result<QList<FollowUp>> followUps(storage::Database &db, const QByteArray &counsellorId, const QDate &today,
                                             int days, int limit = 100);
    // The number of days from Settings (synced), 30 when not set.
    static Result<int> followUpDays(storage::Database &db);
    static Status setFollowUpDays(storage::Database &db, const security::Session &by, int days);
};

} // namespace tamkeen::clinic
