#include "impact/ImpactFilter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

QString ImpactFilter::scopeSql(const QDate &ageOn, QVariantList *values) const
{
    return scopeSql(ageOn, values, u"h.id, h.file_number"_s);
}

QString ImpactFilter::scopeSql(const QDate &ageOn, QVariantList *values, const QString &columns) const
{
    QStringList terms = {u"h.deleted = 0"_s};
    const auto equal = [&](const char *column, const QVariant &value) {
        terms << u"h.%1 = ?"_s.arg(QLatin1StringView(column));
        *values << value;
    };
    if (!centres.isEmpty()) {
        terms << u"h.centre_id IN (%1)"_s.arg(QStringList(centres.size(), u"?"_s).join(u", "_s));
        for (const QByteArray &c : centres)
            *values << c;
    }
    if (!region.isEmpty())
        equal("region", region);
    if (!city.isEmpty())
        equal("city", city);
    if (!district.isEmpty())
        equal("district", district);
    if (!worker.isEmpty())
        equal("assigned_worker", worker);
    if (!counsellor.isEmpty()) {
        terms << u"(EXISTS (SELECT 1 FROM plans p WHERE p.household_id = h.id AND p.deleted = 0 "
                 "AND p.counsellor_id = ?) OR EXISTS (SELECT 1 FROM sessions s WHERE s.household_id = h.id "
                 "AND s.deleted = 0 AND s.counsellor_id = ?))"_s;
        *values << counsellor << counsellor;
    }
    if (!track.isEmpty()) {
        // Whole keys of the comma-joined list: instr, so that no character of
        // a custom track's name (its key) acts as a wildcard.
        terms << u"EXISTS (SELECT 1 FROM plans p WHERE p.household_id = h.id AND p.deleted = 0 "
                 "AND instr(',' || p.tracks || ',', ?) > 0)"_s;
        *values << u","_s + track + u","_s;
    }
    if (!category.isEmpty()) {
        terms << u"(',' || h.categories || ',') LIKE ?"_s;
        *values << u"%,"_s + category + u",%"_s;
    }
    if (!careLevel.isEmpty()) {
        // From the assessments themselves (the latest as casework::CareLevels
        // orders them), not the level kept for the caseloads: that one is set
        // at its own reads, and every path of the dashboard reads a scope.
        terms << u"(SELECT c.level FROM care_levels c WHERE c.household_id = h.id AND c.deleted = 0 "
                 "ORDER BY c.assessed_on DESC, c.created_at DESC, c.id DESC LIMIT 1) = ?"_s;
        *values << careLevel;
    }
    QStringList head;
    if (!headSex.isEmpty()) {
        head << u"m.sex = ?"_s;
        *values << headSex;
    }
    if (headAge) {
        // Age in [from, to] on `ageOn` <=> born in (ageOn - (to + 1) years, ageOn - from years]:
        // ISO dates compare as text, and no age is computed per row.
        head << u"m.birth_date <= ?"_s;
        *values << ageOn.addYears(-headAge->from).toString(Qt::ISODate);
        if (headAge->to) {
            head << u"m.birth_date > ?"_s;
            *values << ageOn.addYears(-(*headAge->to + 1)).toString(Qt::ISODate);
        }
    }
    if (!head.isEmpty())
        terms << u"EXISTS (SELECT 1 FROM members m WHERE m.household_id = h.id AND m.relation = 'head' "
                 "AND m.deleted = 0 AND %1)"_s.arg(head.join(u" AND "_s));
    return u"SELECT %1 FROM households h WHERE %2"_s.arg(columns, terms.join(u" AND "_s));
}

} // namespace tamkeen::impact
