#pragma once
// Incomes with their history, the organisation's eligibility rule (الحد المانع),
// and a household's eligibility against it, explained in words.
#include "common/Result.h"
#include "registry/Records.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <QVariant>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::registry {

// Threshold = head amount + per-member amount × (members − 1), per month.
struct EligibilityRule {
    double headAmount = 0;
    double perMemberAmount = 0;
    QString currency;
};

struct Eligibility {
    double householdIncome = 0;
    int members = 0;
    double incomePerPerson = 0;
    double threshold = 0;
    double margin = 0; // threshold − income: positive means below the threshold
    bool eligible = false;
    QString currency;
    EligibilityRule rule; // the rule it was judged by; ui/ puts the facts into words
};

class IncomeService {
    Q_DECLARE_TR_FUNCTIONS(IncomeService)
public:
    explicit IncomeService(storage::Database &db);

    // Records a monthly income from its effective date on (0 ends it). Member
    // incomes name the member; household-level ones leave it empty.
    Result<QByteArray> record(const security::Session &by, Income income);
    // Every recorded change, oldest first.
    Result<QList<Income>> history(const QByteArray &householdId);
    // The amounts in force on `asOf`: the latest change per member and source.
    Result<QList<Income>> current(const QByteArray &householdId, const QDate &asOf = QDate::currentDate());
    // The same from a history already in memory (oldest first).
    static QList<Income> inForce(const QList<Income> &history, const QDate &asOf);

    Result<EligibilityRule> rule();
    Status setRule(const security::Session &by, const EligibilityRule &rule); // administrators
    static EligibilityRule defaultRule();
    // The organisation setting that holds the rule, and the rule a stored
    // value of it gives (null: the default): tamkeen-hub reads it in PostgreSQL.
    static QString ruleSettingKey();
    static EligibilityRule ruleOf(const QVariant &stored);

    Result<Eligibility> eligibility(const QByteArray &householdId, const QDate &asOf = QDate::currentDate());
    // The arithmetic alone, for any numbers.
    static Eligibility evaluate(const EligibilityRule &rule, double income, int members);
    // Its verdict without the words (the household list keeps only this).
    static bool eligible(const EligibilityRule &rule, double income, int members);

private:
    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::registry
