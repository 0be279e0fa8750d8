// Indicator 8, referrals and partners: the referrals sent in the period to
// each partner and kind of partner, how far each had gone by the period's
// last day (from the dated status history), and how long completion took.
#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "referrals/ReferralService.h"
#include "storage/Database.h"

#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// Rows of one line: each referral's household, kept per figure.
struct Tally {
    QList<QByteArray> sent, accepted, rejected, completed, withOutcome;
    QList<double> days;

    ReferralLine line(const QByteArray &partnerId, const QString &name, const QString &kind) const
    {
        const auto counted = sql::countedRows;
        return {partnerId,
                name,
                kind,
                counted(u"sent"_s, sent),
                counted(u"accepted"_s, accepted),
                counted(u"rejected"_s, rejected),
                counted(u"completed"_s, completed),
                counted(u"with_outcome"_s, withOutcome),
                median(days)};
    }
};

} // namespace

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
    QVariantList values;
    QString query = sql::withScope(filter, period.last(), &values);
    // Each referral sent in the period, with the first day it reached each
    // stage on or before the last day (a later change was not known then).
    const QString reached = u"(SELECT min(s.on_date) FROM referral_status s WHERE s.referral_id = r.id "
                            "AND s.deleted = 0 AND s.status IN %1 AND s.on_date <= ?)"_s;
    query += u" SELECT r.household_id, p.id, p.name, p.kind, r.sent_on, %1, %2, %3, "
             "ifnull(trim(r.outcome), '') <> '' "
             "FROM referrals r JOIN scope ON scope.id = r.household_id JOIN partners p ON p.id = r.partner_id "
             "WHERE r.deleted = 0 AND r.sent_on BETWEEN ? AND ? "
             "ORDER BY scope.file_number, r.household_id, r.sent_on"_s
                 .arg(reached.arg(u"('accepted', 'in_progress', 'completed')"_s), reached.arg(u"('rejected')"_s),
                      reached.arg(u"('completed')"_s));
    values << period.lastIso() << period.lastIso() << period.lastIso() << period.firstIso() << period.lastIso();

    QMap<QString, Tally> byName; // name, then id: partners in name order
    QHash<QString, std::pair<QByteArray, QString>> partnerOf;
    QHash<QString, Tally> byKind;
    Tally total;
    Status s = m_db.read(query, values, [&](const storage::RawRow &row) {
        const QByteArray household = row.blob(0);
        const QString name = row.text(2);
        const QString key = name + QChar(0) + QString::fromLatin1(row.blob(1).toHex());
        partnerOf.insert(key, {row.blob(1), row.text(3)});
        for (Tally *t : {&byName[key], &byKind[row.text(3)], &total}) {
            t->sent << household;
            if (!row.isNull(5))
                t->accepted << household;
            if (!row.isNull(6))
                t->rejected << household;
            if (!row.isNull(7)) {
                t->completed << household;
                t->days << double(QDate::fromString(row.text(4), Qt::ISODate)
                                      .daysTo(QDate::fromString(row.text(7), Qt::ISODate)));
            }
            // The outcome has no date: as recorded now, for referrals closed by the last day.
            if (row.integer(8) != 0 && (!row.isNull(6) || !row.isNull(7)))
                t->withOutcome << household;
        }
    });
    if (!s)
        return s.error();
    ReferralFigures r;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const auto &[id, kind] = partnerOf.value(it.key());
        r.partners << it.value().line(id, it.key().section(QChar(0), 0, 0), kind);
    }
    QStringList kinds;
    for (const registry::Term &t : referrals::ReferralService::partnerKinds())
        kinds << t.key;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        if (!kinds.contains(it.key()))
            kinds << it.key(); // a kind a newer version added
    }
    for (const QString &k : std::as_const(kinds))
        r.kinds << byKind.value(k).line({}, {}, k);
    r.total = total.line({}, {}, {});
    return r;
}

} // namespace tamkeen::impact
