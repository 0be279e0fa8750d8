#pragma once
// Each household's referrals with the first day each reached a stage,
// packed in one row a household of table referral_facts and kept by the
// database (internal to core/impact; KeptFacts.h says how): ReferralHistory
// is made from them instead of reading 400,000 referrals and their stages
// at 100,000 households.
#include "common/Result.h"
#include "impact/HouseholdSet.h"
#include "impact/KeptFacts.h"

#include <QByteArray>
#include <QList>
#include <memory>
#include <vector>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

class ReferralFacts {
public:
    struct Referral {
        qint32 sent, accepted, rejected, completed; // Julian days; 0: never reached
        quint16 partner;                            // index in partners()
        bool outcome;                               // an outcome is written
    };

    // Null when the caller must read by SQL (KeptFacts.h: facts::load), or
    // when a referral holds a value the application never writes.
    static Result<std::shared_ptr<const ReferralFacts>> load(storage::Database &db);
    static Status refresh(storage::Database &db);
    static Status rebuild(storage::Database &db, qint64 *changed = nullptr, qint64 perPass = 0);

    qsizetype size() const { return m_ids.size(); }
    std::string_view household(qsizetype i) const { return m_ids.view(i); }
    const HouseholdIds &households() const { return m_ids; }
    quint64 serial() const { return m_serial; } // ScopeOrder::ranksOf
    const Referral *begin(qsizetype i) const { return m_referrals.data() + m_ends[size_t(i)]; }
    const Referral *end(qsizetype i) const { return m_referrals.data() + m_ends[size_t(i) + 1]; }
    const QList<QByteArray> &partners() const { return m_partners; } // ids as stored

private:
    HouseholdIds m_ids;
    quint64 m_serial = facts::nextSerial();
    std::vector<quint32> m_ends{0};
    std::vector<Referral> m_referrals;
    QList<QByteArray> m_partners;
};

} // namespace tamkeen::impact
