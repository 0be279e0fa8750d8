#pragma once
// Indicator 11, satisfaction (issue 14 §1.11): mean score and response count
// by centre and by occasion (the service asked about), with the households
// behind every count.
//
// Rules (worked example in tests/core/test_satisfaction.cpp):
// - A survey counts when asked_on lies in [from, to] (both days included)
//   and it is not archived; its centre is the one stored when asked.
// - A response is a survey not declined. Its score is the mean of the items
//   it answered (a skipped item neither counts nor lowers it).
// - A cell's mean is the mean of its responses' scores (each response weighs
//   the same); an item's mean is over the responses that answered that item.
// - Declined surveys are counted apart and never enter a mean.
#include "common/Result.h"
#include "impact/SatisfactionRecords.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <array>
#include <optional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

struct SatisfactionCell {
    int responses = 0;
    int declined = 0;
    std::optional<double> mean; // none without responses
    std::array<std::optional<double>, kSurveyItems> itemMeans;
    std::array<int, kSurveyItems> itemAnswers{}; // responses that answered each item
    QList<QByteArray> households;         // with a response, each once, sorted
    QList<QByteArray> declinedHouseholds; // that declined, each once, sorted
};

struct SatisfactionSummary {
    SatisfactionCell total;
    QMap<QByteArray, SatisfactionCell> byCentre; // by centre id (empty: unknown)
    QMap<Occasion, SatisfactionCell> byOccasion;
    QMap<QPair<QByteArray, Occasion>, SatisfactionCell> byCentreAndOccasion;
    QMap<QByteArray, QString> centreNames;
};

// `centres` empty: every centre.
Result<SatisfactionSummary> satisfactionSummary(storage::Database &db, const QDate &from, const QDate &to,
                                                const QList<QByteArray> &centres = {});

} // namespace tamkeen::impact
