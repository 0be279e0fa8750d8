#pragma once
// Support received (issue 17 §4; from aid to empowerment): what a programme
// gives a household — cash, in kind, a fee exemption, a loan, housing … (the
// administrator adds types) — its amount, currency and frequency, from and
// to, decided (approved or refused) with the reason and the family's
// eligibility on the day. Month by month beside the family's earned income,
// so that the move from aid to earned income shows. Supervisors and
// administrators decide and stop support; everyone reads it.
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

namespace tamkeen::casework {

struct SupportData {
    QString programme;            // e.g. the social security programme, a charity's fund
    QString type;                 // Support::types()
    std::optional<double> amount; // each time it is given; none for support in kind without a value
    QString currency;             // with an amount
    QString frequency;            // Support::frequencies()
    QDate startsOn;
    QDate stopsOn;                // invalid: open-ended
    QString decision;             // approved, refused
    QString reason;
};

struct SupportRecord : SupportData {
    QByteArray id;
    QByteArray householdId;
    std::optional<bool> eligible;          // the family's eligibility on the day decided
    std::optional<double> incomePerPerson; // … and its income per person then
    QString decidedByName;
    QDate decidedOn;
    QString stopReason;
    // Given in `month` (any day of it): approved, begun by its end, not stopped before it.
    bool givenIn(const QDate &month) const;
    // Its value in `month` counted monthly: a quarterly amount a third, a
    // yearly one a twelfth, a one-off whole in the month it is given.
    double monthlyValue(const QDate &month) const;
};

// One month of a family's incomes and support, in the currency of its incomes.
struct SupportMonth {
    QDate month;               // its first day
    double earned = 0;         // salary and own business at the month's end
    double otherIncome = 0;    // the other incomes then (pension, social security …)
    double support = 0;        // support given that month, counted monthly
    int inKind = 0;            // support given without a value
    bool otherCurrency = false; // some support in another currency, not added
    int suspended = 0;          // support not given: suspended for a condition missed (casework::Conditions)
    QString currency;           // of the amounts above (the organisation's)
    // Support over what the family had from work and support: how far it
    // still lives on aid (other income, which may itself be aid recorded as
    // an income, is left out so that nothing counts twice). -1: neither.
    double supportShare() const { return earned + support > 0 ? support / (earned + support) : -1; }
};

class Support {
    Q_DECLARE_TR_FUNCTIONS(Support)
public:
    explicit Support(storage::Database &db);

    static QList<registry::Term> builtInTypes(); // cash, in_kind, fee_exemption, loan, housing, other
    Result<QList<registry::Term>> types();      // the built-in ones, then the administrator's
    static QList<registry::Term> frequencies(); // once, monthly, quarterly, yearly
    static QList<registry::Term> decisions();   // approved, refused
    static bool mayDecide(const security::Session &by);

    // The programmes named in support decided so far, by name.
    Result<QStringList> programmes();
    // A type of support an administrator adds (synced with the organisation's settings).
    Status addType(const security::Session &by, const QString &name);
    // Refused with a clear message and nothing written when invalid.
    Result<QByteArray> record(const security::Session &by, const QByteArray &householdId, const SupportData &data);
    // Stops approved support from `on` (not before it began), with the reason.
    Status stop(const security::Session &by, const QByteArray &supportId, const QDate &on, const QString &reason);
    // Newest first.
    Result<QList<SupportRecord>> ofHousehold(const QByteArray &householdId);
    // The `months` months up to `today`'s, oldest first.
    Result<QList<SupportMonth>> byMonth(const QByteArray &householdId, const QDate &today, int months = 12);

private:
    Status check(const QByteArray &householdId, const SupportData &data, QString &reason);

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::casework
