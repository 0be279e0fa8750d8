#include "impact/SatisfactionSummary.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// Sums kept while reading, turned into means at the end.
struct Tally {
    SatisfactionCell cell;
    double scoreSum = 0;
    std::array<double, kSurveyItems> itemSums{};
    QSet<QByteArray> households, declinedHouseholds;

    void add(const QByteArray &household, bool declined, const SurveyScores &scores)
    {
        if (declined) {
            ++cell.declined;
            declinedHouseholds.insert(household);
            return;
        }
        double sum = 0;
        int answered = 0;
        for (int i = 0; i < kSurveyItems; ++i) {
            if (const auto &s = scores[size_t(i)]) {
                sum += *s;
                ++answered;
                itemSums[size_t(i)] += *s;
                ++cell.itemAnswers[size_t(i)];
            }
        }
        if (answered == 0)
            return; // not a response (the service refuses these)
        ++cell.responses;
        scoreSum += sum / answered;
        households.insert(household);
    }

    SatisfactionCell finish() const
    {
        SatisfactionCell c = cell;
        if (c.responses > 0)
            c.mean = scoreSum / c.responses;
        for (int i = 0; i < kSurveyItems; ++i) {
            if (c.itemAnswers[size_t(i)] > 0)
                c.itemMeans[size_t(i)] = itemSums[size_t(i)] / c.itemAnswers[size_t(i)];
        }
        auto sorted = [](const QSet<QByteArray> &set) {
            QList<QByteArray> list(set.cbegin(), set.cend());
            std::sort(list.begin(), list.end());
            return list;
        };
        c.households = sorted(households);
        c.declinedHouseholds = sorted(declinedHouseholds);
        return c;
    }
};

} // namespace

Result<SatisfactionSummary> satisfactionSummary(storage::Database &db, const QDate &from, const QDate &to,
                                                const QList<QByteArray> &centres)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("SatisfactionSummary",
                                                                         "The period's end is before its start."));
    const QSet<QByteArray> wanted(centres.cbegin(), centres.cend());
    Tally total;
    QMap<QByteArray, Tally> byCentre;
    QMap<Occasion, Tally> byOccasion;
    QMap<QPair<QByteArray, Occasion>, Tally> byBoth;
    // The asked_on index bounds the read to the period; few rows per household.
    Status read = db.read(u"SELECT household_id, ifnull(centre_id, x''), occasion, declined, q1, q2, q3, q4, q5 "
                          "FROM satisfaction_surveys WHERE deleted = 0 AND asked_on BETWEEN ? AND ?"_s,
                          {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, [&](const storage::RawRow &r) {
                              const QByteArray centre = r.blob(1);
                              if (!wanted.isEmpty() && !wanted.contains(centre))
                                  return;
                              const auto occasion = occasionFromKey(r.text(2));
                              if (!occasion)
                                  return; // a kind from a newer version: not counted here
                              SurveyScores scores;
                              for (int i = 0; i < kSurveyItems; ++i) {
                                  if (!r.isNull(4 + i))
                                      scores[size_t(i)] = int(r.integer(4 + i));
                              }
                              const QByteArray household = r.blob(0);
                              const bool declined = r.integer(3) != 0;
                              total.add(household, declined, scores);
                              byCentre[centre].add(household, declined, scores);
                              byOccasion[*occasion].add(household, declined, scores);
                              byBoth[{centre, *occasion}].add(household, declined, scores);
                          });
    if (!read)
        return read.error();
    SatisfactionSummary s;
    s.total = total.finish();
    for (auto it = byCentre.cbegin(); it != byCentre.cend(); ++it)
        s.byCentre.insert(it.key(), it.value().finish());
    for (auto it = byOccasion.cbegin(); it != byOccasion.cend(); ++it)
        s.byOccasion.insert(it.key(), it.value().finish());
    for (auto it = byBoth.cbegin(); it != byBoth.cend(); ++it)
        s.byCentreAndOccasion.insert(it.key(), it.value().finish());
    Status names = db.read(u"SELECT id, name FROM centres"_s, {}, [&](const storage::RawRow &r) {
        if (s.byCentre.contains(r.blob(0)))
            s.centreNames.insert(r.blob(0), r.text(1));
    });
    if (!names)
        return names.error();
    return s;
}

} // namespace tamkeen::impact
