#pragma once
// Voluntary exit (خطة الخروج الطوعي): a plan's exit terms, leaving support as a
// recorded event that moves the household to "exited", follow-ups at 3, 6 and
// 12 months recording work and income, and coming back as a recorded re-entry.
// These events feed the impact indicators (self-sufficiency, re-entry rate).
#include "common/Result.h"
#include "registry/Vocabulary.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::referrals {

struct ExitTerms {
    QDate target;
    QString incentives; // e.g. support continues three months after the first salary
    QString conditions;
};

struct FollowUpCheck {
    QByteArray id;
    QByteArray householdId;
    int months = 0;
    QDate dueOn;
    QDate doneOn;
    std::optional<bool> employed;
    std::optional<double> income;
    QString note;
    QString fileNumber;
    QString headName;
};

class ExitService {
    Q_DECLARE_TR_FUNCTIONS(ExitService)
public:
    explicit ExitService(storage::Database &db);

    static QList<registry::Term> exitReasons();    // employment, own_project, other_income, moved, other
    static QList<registry::Term> reentryReasons(); // lost_job, project_failed, illness, family_change, other

    // On a plan whose member is able to work (counsellors and supervisors).
    Status setExitTerms(const security::Session &by, const QByteArray &planId, const ExitTerms &terms);
    std::optional<ExitTerms> exitTerms(const QByteArray &planId);

    // The household leaves support: status "exited" with the reason, and
    // follow-ups due 3, 6 and 12 months later.
    Result<QByteArray> exitSupport(const security::Session &by, const QByteArray &householdId, const QDate &on,
                                   const QString &reason, const QString &note = {}, const QByteArray &planId = {});
    Status reenter(const security::Session &by, const QByteArray &householdId, const QDate &on, const QString &reason,
                   const QString &note = {});
    Status recordFollowUp(const security::Session &by, const QByteArray &followUpId, const QDate &on, bool employed,
                          double income, const QString &note = {});
    // Open follow-ups due on or before `today`, oldest first; only of the
    // households assigned to `worker` when given (the worker's home page).
    Result<QList<FollowUpCheck>> dueFollowUps(const QDate &today, const QByteArray &worker = {}, int limit = 200);

private:
    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::referrals
