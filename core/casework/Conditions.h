#pragma once
// Conditional support (issue 17 §5; Takaful and Karama, seed 001): support
// that depends on what the family does — its children's school attendance,
// health-centre visits for mothers and young children. A supervisor sets a
// programme's conditions (what is measured, for whom, the threshold, each
// month or quarter). Compliance is recorded per member per period; a miss
// raises a warning, the family is counselled before any suspension, and a
// suspension of the programme's support or its reinstatement is a
// supervisor's, dated with its reason. The rates of compliance by condition,
// area and period are the supervisor's indicator.
#include "common/Result.h"
#include "registry/Vocabulary.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>
#include <tuple>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::casework {

struct ConditionData {
    QString programme; // as the family's support names it (household_support.programme)
    QString name;      // e.g. "School attendance of 80 %"
    QString appliesTo; // Conditions::appliesTo(): school_age, under_six, mothers, household
    QString measure;   // Conditions::measures(): percent (attendance), count (visits)
    double threshold = 0; // met at or above
    QString period;    // Conditions::periods(): month, quarter
};

struct Condition : ConditionData {
    QByteArray id;
    bool active = true;
};

// Who a condition applies to in a family for a period: a member, or the family.
struct ComplianceSubject {
    QByteArray memberId; // empty: the family
    QString name;
    double value = -1; // already recorded for the period; -1: not yet
    QString note;      // … and its note
};

struct ComplianceEntry {
    QByteArray memberId; // empty: the family
    double value = 0;
    QString note;
};

struct ComplianceRecord {
    QByteArray id, conditionId, memberId;
    QString conditionName, memberName, period, note, recordedByName;
    double value = 0;
    bool met = false;
    QDate recordedOn;
};

struct ComplianceAction {
    QByteArray id, conditionId;
    QString programme, conditionName, action, period, reason, byName;
    QDate on;
    QString createdAt; // with `on` and `id`: the order of two steps of one day
    qint64 number = 0; // a decision's place among the family's decisions on the programme
    bool after(const ComplianceAction &o) const
    {
        return std::tie(on, createdAt, id) > std::tie(o.on, o.createdAt, o.id);
    }
};

// Where a family stands with one programme's conditions.
struct ComplianceStatus {
    QString programme;
    bool suspended = false;
    QDate since;             // of the last suspension or reinstatement (invalid: none)
    QDate lastWarning;       // since that decision (invalid: none)
    bool counselled = false; // counselled after that warning
    QDate counselledOn;
};

struct ComplianceRate {
    QByteArray conditionId;
    QString conditionName, area, period;
    int records = 0, met = 0;
    double rate() const { return records > 0 ? double(met) / records : 0; }
};

class Conditions {
    Q_DECLARE_TR_FUNCTIONS(Conditions)
public:
    explicit Conditions(storage::Database &db);

    static QList<registry::Term> appliesTo();
    static QList<registry::Term> measures();
    static QList<registry::Term> periods();
    static QList<registry::Term> actions(); // warning, counselling, suspension, reinstatement
    static QList<registry::Term> areaLevels(); // region, city, district
    static bool mayDecide(const security::Session &by); // supervisors and administrators
    static constexpr int kCounselWithinDays = 14; // of a warning: late in the worker's inbox after
    // "2026-11" for a month, "2026-Q4" for a quarter: the period holding `day`.
    static QString periodOf(const QString &kind, const QDate &day);
    static QDate periodEnd(const QString &period); // invalid for a malformed one
    // The last `count` periods of this kind up to the one holding `today`, the latest first.
    static QStringList recentPeriods(const QString &kind, const QDate &today, int count);

    Result<QByteArray> add(const security::Session &by, const ConditionData &data);
    Status setActive(const security::Session &by, const QByteArray &id, bool active);
    Result<QList<Condition>> list(bool activeOnly = true);
    // The active conditions of the programmes whose support the family receives today.
    Result<QList<Condition>> forHousehold(const QByteArray &householdId, const QDate &today);
    // Who it applies to in the family at the period's end, with what is recorded already.
    Result<QList<ComplianceSubject>> subjects(const QByteArray &conditionId, const QByteArray &householdId,
                                              const QString &period);
    // Records (or corrects) the period's compliance; a miss raises the
    // period's warning. Returns how many missed it.
    Result<int> record(const security::Session &by, const QByteArray &householdId, const QByteArray &conditionId,
                       const QString &period, const QList<ComplianceEntry> &entries);
    Status counsel(const security::Session &by, const QByteArray &householdId, const QString &programme,
                   const QDate &on, const QString &note);
    // Only after the family was counselled on or after its last warning.
    Status suspend(const security::Session &by, const QByteArray &householdId, const QString &programme,
                   const QDate &on, const QString &reason);
    Status reinstate(const security::Session &by, const QByteArray &householdId, const QString &programme,
                     const QDate &on, const QString &reason);

    Result<QList<ComplianceRecord>> history(const QByteArray &householdId);
    Result<QList<ComplianceAction>> actionsOf(const QByteArray &householdId);
    Result<QList<ComplianceStatus>> status(const QByteArray &householdId);
    // Records and those met, by condition, area (the region, city or district
    // the family lived in when recorded) and period, for the periods of `year`.
    Result<QList<ComplianceRate>> rates(int year, const QString &areaLevel);

private:
    Status checkReason(QString &text, const QString &field, const QString &whenEmpty);
    // Where the family stands with `programme` for a step dated `on` (not in
    // the future); empty when it has no such programme.
    Result<std::optional<ComplianceStatus>> standing(const QByteArray &householdId, const QString &programme,
                                                     const QDate &on);
    Status act(const security::Session &by, const QByteArray &householdId, const QString &programme,
               const QString &action, const QDate &on, const QString &reason, const QByteArray &conditionId = {},
               const QString &period = {}, const QByteArray &id = {});

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::casework
