#pragma once
// Indicator 8's arithmetic, one referral at a time, wherever the referrals
// were read: the kept history, SQLite, or tamkeen-hub's PostgreSQL (internal
// to core/impact and the hub). Lines by partner in name order, by kind in
// the order of ReferralService::partnerKinds(), and the total.
#include "impact/ReferralFigures.h"

#include <QHash>
#include <vector>

namespace tamkeen::impact {

class ScopeOrder;

class ReferralCount {
public:
    struct Partner;
    // The partner of id `id` (raw bytes may be passed: copied when first
    // met); `describe()` gives its name and kind then, as a pair.
    template <typename Describe>
    Partner &partner(const QByteArray &id, Describe describe)
    {
        auto found = m_partners.find(id);
        if (found == m_partners.end()) {
            auto [name, kind] = describe();
            found = m_partners.insert(QByteArray(id.constData(), id.size()), Partner{name, kind, {}});
        }
        return found.value();
    }
    // A referral sent in the period to `partner`, of the household at
    // `household` in scope; whether it was accepted, rejected or completed
    // by the period's last day, the days from sending to completion, and
    // whether an outcome is recorded now.
    void add(Partner &partner, qint32 household, bool accepted, bool rejected, bool completed, double daysToCompletion,
             bool outcome);
    ReferralFigures figures(const ScopeOrder &scope) const;

    // Each line's referrals as their households' places in scope.
    struct Tally {
        std::vector<qint32> sent, accepted, rejected, completed, withOutcome;
        QList<double> days;
        ReferralLine line(const ScopeOrder &scope, const QByteArray &partnerId, const QString &name,
                          const QString &kind) const;
    };
    struct Partner {
        QString name, kind;
        Tally tally;
    };

private:
    QHash<QByteArray, Partner> m_partners;
    QHash<QString, Tally> m_kinds;
    Tally m_total;
};

} // namespace tamkeen::impact
