// The clinic and referrals tiles' trends: sessions held and referrals sent in
// each of the last months, from one read of the rows of all those months.
#include "impact/ClinicFacts.h"
#include "impact/IndicatorCache.h"
#include "impact/Indicators.h"
#include "impact/ScopeOrder.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

Result<QList<qint64>> Indicators::countsByMonth(MonthlyCount what, const QDate &ageOn, int months,
                                                const ImpactFilter &filter)
{
    QList<qint64> counts(qMax(months, 0), 0);
    if (months <= 0)
        return counts;
    auto scoped = scopeOrder(filter, ageOn);
    if (!scoped)
        return scoped.error();
    const ScopeOrder &scope = *scoped.value();
    const QDate first = QDate(ageOn.year(), ageOn.month(), 1).addMonths(1 - months);
    const QDate last = QDate(ageOn.year(), ageOn.month(), 1).addMonths(1).addDays(-1);
    // Each month's bounds as text, compared as SQLite compares text.
    QList<QByteArray> firsts, lasts;
    for (int k = 0; k < months; ++k) {
        firsts << first.addMonths(k).toString(Qt::ISODate).toLatin1();
        lasts << first.addMonths(k + 1).addDays(-1).toString(Qt::ISODate).toLatin1();
    }
    if (what == MonthlyCount::ReferralsSent) {
        auto history = referralHistory(filter, ageOn);
        if (!history)
            return history.error();
        if (const ReferralHistory *h = history.value().get()) {
            std::vector<std::pair<qint32, qint32>> bounds; // each month's first and last Julian day
            for (int k = 0; k < months; ++k)
                bounds.emplace_back(qint32(first.addMonths(k).toJulianDay()),
                                    qint32(first.addMonths(k + 1).addDays(-1).toJulianDay()));
            for (const ReferralHistory::Referral &x : h->referrals())
                for (int k = 0; k < months; ++k)
                    if (x.sent >= bounds[size_t(k)].first && x.sent <= bounds[size_t(k)].second) {
                        ++counts[k];
                        break;
                    }
            return counts;
        }
    }
    if (what == MonthlyCount::SessionsHeld) {
        auto facts = clinicFacts(scope);
        if (!facts)
            return facts.error();
        if (const ClinicFacts *f = facts.value().get()) {
            const qint32 from = qint32(first.toJulianDay()), to = qint32(last.toJulianDay());
            std::vector<qint32> monthOf(size_t(to - from + 1)); // by day from `from`
            for (int k = 0; k < months; ++k)
                for (qint64 d = first.addMonths(k).toJulianDay(); d < first.addMonths(k + 1).toJulianDay(); ++d)
                    monthOf[size_t(d - from)] = k;
            const std::vector<qint32> &ranks = scope.ranksOf(*f);
            for (qsizetype i = 0; i < f->size(); ++i) {
                if (ranks[size_t(i)] < 0)
                    continue;
                for (const ClinicFacts::Event *e = f->begin(i); e != f->end(i); ++e)
                    if (e->kind == ClinicFacts::Held && e->day >= from && e->day <= to)
                        ++counts[monthOf[size_t(e->day - from)]];
            }
            return counts;
        }
    }
    // A session by its day (the first ten characters of its time), as clinic()
    // counts it; the whole time's bounds let index sessions_held_live read
    // those months only.
    const QString sql = what == MonthlyCount::SessionsHeld
                            ? u"SELECT household_id, substr(held_at, 1, 10) FROM sessions WHERE deleted = 0 "
                              "AND held_at >= ?1 AND held_at < ?3 AND substr(held_at, 1, 10) BETWEEN ?1 AND ?2"_s
                            // With its partner, as referrals() reads it (one not synced yet is not counted).
                            : u"SELECT r.household_id, r.sent_on FROM referrals r JOIN partners p ON p.id = r.partner_id "
                              "WHERE r.deleted = 0 AND r.sent_on BETWEEN ?1 AND ?2"_s;
    QVariantList values{first.toString(Qt::ISODate), last.toString(Qt::ISODate)};
    if (what == MonthlyCount::SessionsHeld)
        values << last.addDays(1).toString(Qt::ISODate);
    const Status s = m_db.read(sql, values,
                               [&](const storage::RawRow &r) {
                                   if (scope.rank(r.rawBytes(0)) < 0)
                                       return;
                                   const QByteArray day = r.rawBytes(1);
                                   for (int k = 0; k < months; ++k)
                                       if (day >= firsts[k] && day <= lasts[k]) {
                                           ++counts[k];
                                           return;
                                       }
                               });
    if (!s)
        return s.error();
    return counts;
}

} // namespace tamkeen::impact
