#include "clinic/ConfidentialFields.h"

#include "clinic/AssessmentService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace tamkeen::clinic {

namespace {

const QStringList kSessionNotes = {u"needs"_s, u"observations"_s, u"recommendations"_s};

// The row's flag from `sql` (one row, one column, bound to the row id); a row
// that is not here counts as confidential.
Result<bool> flag(storage::Database &db, const QString &sql, const QByteArray &rowId)
{
    auto q = db.exec(sql, {rowId});
    if (!q)
        return q.error();
    const bool found = q.value()->next();
    const bool secret = !found || q.value()->value(0).toBool();
    q.value()->finish();
    return secret;
}

} // namespace

Result<bool> isConfidentialField(storage::Database &db, const QString &table, const QByteArray &rowId,
                                 const QString &column, const QVariantList &values)
{
    if (table == u"sessions") {
        if (column == u"psych_notes")
            return true;
        if (kSessionNotes.contains(column))
            return flag(db, u"SELECT confidential FROM sessions WHERE id = ?"_s, rowId);
        return false;
    }
    if (table == u"session_amendments" && (column == u"old_value" || column == u"new_value"))
        return flag(db, u"SELECT confidential OR field = 'psych_notes' FROM session_amendments WHERE id = ?"_s, rowId);
    if (table == u"agreed_actions" && column == u"description") {
        // An action whose session is not here yet counts as confidential too.
        return flag(db, u"SELECT ifnull((SELECT s.confidential FROM sessions s WHERE s.id = a.session_id), 1) "
                        "FROM agreed_actions a WHERE a.id = ?"_s,
                    rowId);
    }
    if (table == u"assessments" && (column == u"data" || column == u"score")) {
        auto q = db.exec(u"SELECT kind FROM assessments WHERE id = ?"_s, {rowId});
        if (!q)
            return q.error();
        const bool found = q.value()->next();
        const bool secret = !found || AssessmentService::isConfidential(q.value()->value(0).toString());
        q.value()->finish();
        return secret;
    }
    if (table == u"plans" && column == u"baseline") {
        for (const QVariant &v : values) {
            if (v.toString().contains(u"wellbeing"_s))
                return true;
        }
        return false;
    }
    return false;
}

} // namespace tamkeen::clinic
