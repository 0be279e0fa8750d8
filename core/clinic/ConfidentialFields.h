#pragma once
// Which stored values are confidential, field by field, for code that shows
// raw values outside the clinic's own screens (sync conflicts): psychological
// notes, every note of a confidential session (and its amendments and agreed
// actions), and wellbeing answers and scores. Who may read them:
// mayReadConfidential (ClinicVocabulary.h).
#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::clinic {

// Whether `column` of the row `rowId` of `table` holds a confidential value.
// `values` are values the field has or had (e.g. both sides of a conflict):
// a plan's baseline is confidential when one of them holds a wellbeing score.
// A row this copy does not hold (yet) counts as confidential wherever the
// field can be.
Result<bool> isConfidentialField(storage::Database &db, const QString &table, const QByteArray &rowId,
                                 const QString &column, const QVariantList &values = {});

} // namespace tamkeen::clinic
