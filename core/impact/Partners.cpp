// Indicator 8, referrals and partners: the referrals sent in the period to
// each partner and kind of partner, how far each had gone by the period's
// last day (from the dated status history), and how long completion took.
#include "impact/IndicatorCache.h"
#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "impact/ReferralCount.h"
#include "impact/ScopeOrder.h"
#include "referrals/ReferralService.h"
#include "storage/Database.h"

#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

ReferralLine ReferralCount::Tally::line(const ScopeOrder &scope, const QByteArray &partnerId, const QString &name,
                                        const QString &kind) const
{
    return {partnerId,
            name,
            kind,
            scope.rows(u"sent"_s, sent),
            scope.rows(u"accepted"_s, accepted),
            scope.rows(u"rejected"_s, rejected),
            scope.rows(u"completed"_s, completed),
            scope.rows(u"with_outcome"_s, withOutcome),
            median(days)};
}

void ReferralCount::add(Partner &partner, qint32 household, bool accepted, bool rejected, bool completed,
                        double daysToCompletion, bool outcome)
{
    for (Tally *t : {&partner.tally, &m_kinds[partner.kind], &m_total}) {
        t->sent.push_back(household);
        if (accepted)
            t->accepted.push_back(household);
        if (rejected)
            t->rejected.push_back(household);
        if (completed) {
            t->completed.push_back(household);
            t->days << daysToCompletion;
        }
        // The outcome has no date: as recorded now, for referrals closed by the last day.
        if (outcome && (rejected || completed))
            t->withOutcome.push_back(household);
    }
}

ReferralFigures ReferralCount::figures(const ScopeOrder &scope) const
{
    ReferralFigures r;
    QMap<QString, QByteArray> byName; // name, then id: partners in name order
    for (auto it = m_partners.cbegin(); it != m_partners.cend(); ++it)
        byName.insert(it->name + QChar(0) + QString::fromLatin1(it.key().toHex()), it.key());
    for (const QByteArray &id : std::as_const(byName)) {
        const Partner &p = *m_partners.constFind(id);
        r.partners << p.tally.line(scope, id, p.name, p.kind);
    }
    QStringList kinds;
    for (const registry::Term &t : referrals::ReferralService::partnerKinds())
        kinds << t.key;
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it) {
        if (!kinds.contains(it.key()))
            kinds << it.key(); // a kind a newer version added
    }
    for (const QString &k : std::as_const(kinds))
        r.kinds << m_kinds.value(k).line(scope, {}, {}, k);
    r.total = m_total.line(scope, {}, {}, {});
    return r;
}

QList<ReferralLine> ReferralFigures::ranked() const
{
    QList<ReferralLine> list = partners;
    const auto rate = [](const Rate &r) { return r.value().value_or(-1.0); };
    std::stable_sort(list.begin(), list.end(), [&](const ReferralLine &a, const ReferralLine &b) {
        if (rate(a.completedRate()) != rate(b.completedRate()))
            return rate(a.completedRate()) > rate(b.completedRate());
        if (rate(a.acceptedRate()) != rate(b.acceptedRate()))
            return rate(a.acceptedRate()) > rate(b.acceptedRate());
        if (a.sent.value != b.sent.value)
            return a.sent.value > b.sent.value;
        return a.partnerName < b.partnerName;
    });
    return list;
}

Result<ReferralFigures> Indicators::referrals(const Period &period, const ImpactFilter &filter)
{
    auto history = referralHistory(filter, period.last());
    if (!history)
        return history.error();
    auto scoped = scopeOrder(filter, period.last());
    if (!scoped)
        return scoped.error();
    // The history's own scope when read from it (the places it holds).
    const ScopeOrder &scope = history.value() ? history.value()->scope() : *scoped.value();
    // Each referral sent in the period, with the first day it reached each
    // stage on or before the last day (a later change was not known then);
    // households out of scope are left out here.
    const QString reached = u"(SELECT min(s.on_date) FROM referral_status s WHERE s.referral_id = r.id "
                            "AND s.deleted = 0 AND s.status IN %1 AND s.on_date <= ?1)"_s;
    const QString query = u"SELECT r.household_id, p.id, p.name, p.kind, r.sent_on, %1, %2, %3, "
                          "ifnull(trim(r.outcome), '') <> '' "
                          "FROM referrals r JOIN partners p ON p.id = r.partner_id "
                          "WHERE r.deleted = 0 AND r.sent_on BETWEEN ?2 AND ?1"_s
                              .arg(reached.arg(u"('accepted', 'in_progress', 'completed')"_s),
                                   reached.arg(u"('rejected')"_s), reached.arg(u"('completed')"_s));
    ReferralCount count;
    Status s;
    if (const ReferralHistory *h = history.value().get()) {
        const qint32 first = qint32(period.first().toJulianDay()), last = qint32(period.last().toJulianDay());
        const auto reached = [last](qint32 day) { return day != 0 && day <= last; };
        for (const ReferralHistory::Referral &x : h->referrals()) {
            if (x.sent < first || x.sent > last)
                continue;
            ReferralCount::Partner &partner = count.partner(h->partnerIds().at(x.partner), [&] {
                return std::pair{h->partnerNames().at(x.partner), h->partnerKinds().at(x.partner)};
            });
            count.add(partner, x.household, reached(x.accepted), reached(x.rejected), reached(x.completed),
                      double(x.completed - x.sent), x.outcome);
        }
    } else {
        s = m_db.read(query, {period.lastIso(), period.firstIso()}, [&](const storage::RawRow &row) {
            const qint32 household = scope.rank(row.rawBytes(0));
            if (household < 0)
                return;
            ReferralCount::Partner &partner =
                count.partner(row.rawBytes(1), [&] { return std::pair{row.text(2), row.text(3)}; });
            const bool completed = !row.isNull(7);
            count.add(partner, household, !row.isNull(5), !row.isNull(6), completed,
                      completed ? double(QDate::fromString(row.text(4), Qt::ISODate)
                                             .daysTo(QDate::fromString(row.text(7), Qt::ISODate)))
                                : 0.0,
                      row.integer(8) != 0);
        });
    }
    if (!s)
        return s.error();
    return count.figures(scope);
}

} // namespace tamkeen::impact
