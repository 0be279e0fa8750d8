#include "impact/HouseholdRows.h"

#include "impact/ImpactSql.h"
#include "storage/Database.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {
// SQLite allows 32766 host parameters; smaller batches keep each query cheap.
constexpr qsizetype kBatch = 500;
}

Result<QList<HouseholdRow>> householdRows(storage::Database &db, const QList<QByteArray> &ids)
{
    QHash<QByteArray, HouseholdRow> found;
    for (qsizetype from = 0; from < ids.size(); from += kBatch) {
        const QList<QByteArray> batch = ids.mid(from, kBatch);
        QVariantList values;
        QStringList marks;
        for (const QByteArray &id : batch) {
            values << id;
            marks << u"?"_s;
        }
        const QString query = u"SELECT h.id, h.file_number, ifnull("_s + sql::headName()
                              + u", ''), h.status FROM households h WHERE h.deleted = 0 AND h.id IN ("_s
                              + marks.join(u',') + u')';
        Status s = db.read(query, values, [&](const storage::RawRow &r) {
            found.insert(r.blob(0), HouseholdRow{r.blob(0), r.text(1), r.text(2), r.text(3)});
        });
        if (!s)
            return s.error();
    }
    QList<HouseholdRow> rows;
    rows.reserve(found.size());
    for (const QByteArray &id : ids)
        if (auto it = found.constFind(id); it != found.constEnd())
            rows << *it;
    return rows;
}

Result<QList<HouseholdRow>> householdRows(storage::Database &db, const Figure &figure)
{
    return householdRows(db, figure.households);
}

Result<QList<HouseholdRow>> householdRows(storage::Database &db, const Figure &figure, qsizetype offset,
                                          qsizetype count)
{
    if (offset < 0 || count <= 0 || offset >= figure.households.size())
        return QList<HouseholdRow>();
    return householdRows(db, figure.households.mid(offset, count));
}

} // namespace tamkeen::impact
