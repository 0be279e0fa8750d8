#include "casework/CareLevels.h"

#include "org/DeviceInfo.h"
#include "storage/Database.h"
#include "text/InputText.h"

#include <QHash>

using namespace Qt::StringLiterals;
using tamkeen::security::Role;

namespace tamkeen::casework {

CareLevels::CareLevels(storage::Database &db) : m_db(db), m_writer(db) {}

QList<registry::Term> CareLevels::levels()
{
    return {{u"primary_prevention"_s, tr("Primary prevention")},
            {u"secondary_prevention"_s, tr("Secondary prevention")},
            {u"case_management"_s, tr("Individual case management")},
            {u"specialised"_s, tr("Specialised services")},
            {u"intensive"_s, tr("Intensive services")}};
}

bool CareLevels::mayAssess(const security::Session &by)
{
    return by.role == Role::FieldWorker || by.role == Role::Counsellor || by.role == Role::Supervisor;
}

Result<QByteArray> CareLevels::assess(const security::Session &by, const QByteArray &householdId, const QString &level,
                                      const QDate &on, const QString &givenReason)
{
    if (!mayAssess(by) || by.userId.isEmpty())
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only field workers, counsellors and supervisors assess a family's level of care."));
    if (!registry::Vocabulary::contains(levels(), level))
        return makeError(ErrorCode::Invalid, tr("Choose the level of care."), u"level"_s);
    if (!on.isValid() || on > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("Choose the day of the assessment, today or earlier."), u"assessedOn"_s);
    QString reason = givenReason;
    if (Status s = text::InputText::accept(reason, u"reason"_s, tr("Reason"), text::kParagraphLength,
                                           text::TextKind::Paragraph);
        !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the family needs this level of care."), u"reason"_s);
    auto h = m_db.scalar(u"SELECT deleted FROM households WHERE id = ?"_s, {householdId});
    if (!h)
        return h.error();
    if (h.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This household no longer exists."));
    if (h.value().toBool())
        return makeError(ErrorCode::Conflict, tr("This household's file is archived: its level of care is not changed."));
    auto centre = org::Devices::centreFor(m_db, householdId);
    if (!centre)
        return centre.error();
    const QVariant centreId = centre.value();
    QByteArray id;
    const Status s = m_db.transaction([&]() -> Status {
        m_db.setCurrentUser(by.userId);
        auto row = m_writer.insert(u"care_levels"_s, {{u"household_id"_s, householdId},
                                                     {u"level"_s, level},
                                                     {u"assessed_on"_s, on.toString(Qt::ISODate)},
                                                     {u"reason"_s, reason.trimmed()},
                                                     {u"assessed_by"_s, by.userId},
                                                     {u"centre_id"_s, centreId}});
        if (!row)
            return row.error();
        id = row.value();
        return refreshCurrent(m_db); // the family's kept level, with the assessment
    });
    if (!s)
        return s.error();
    return id;
}

Result<QList<CareLevel>> CareLevels::history(const QByteArray &householdId)
{
    QList<CareLevel> list;
    Status s = m_db.read(u"SELECT c.id, c.level, c.assessed_on, c.reason, c.assessed_by, u.full_name "
                         "FROM care_levels c LEFT JOIN users u ON u.id = c.assessed_by "
                         "WHERE c.household_id = ? AND c.deleted = 0 "
                         "ORDER BY c.assessed_on DESC, c.created_at DESC, c.id DESC"_s,
                         {householdId}, [&](const storage::RawRow &row) {
                             list << CareLevel{row.blob(0), row.text(1), QDate::fromString(row.text(2), Qt::ISODate),
                                               row.text(3), row.blob(4), row.text(5)};
                         });
    if (!s)
        return s.error();
    return list;
}

Result<std::optional<CareLevel>> CareLevels::current(const QByteArray &householdId)
{
    auto all = history(householdId);
    if (!all)
        return all.error();
    if (all.value().isEmpty())
        return std::optional<CareLevel>();
    return std::optional<CareLevel>(all.value().first());
}

QString CareLevels::countsSql(const QString &columns, const QString &where, const QString &groupBy)
{
    // The kept level of each family not marked (looked up by key: joined to
    // a compound subquery instead, the caseload took 2.5 times as long), and
    // the latest assessment of each one marked (a merge or an import since
    // the last refresh).
    return uR"sql(SELECT %1, count(*) FROM households h JOIN care_level_now l ON l.household_id = h.id
        WHERE %2 AND NOT EXISTS (SELECT 1 FROM care_level_now_stale s WHERE s.household_id = h.id) GROUP BY %3
        UNION ALL SELECT %1, count(*) FROM (SELECT household_id, level, max(assessed_on || created_at || hex(id))
        FROM care_levels WHERE deleted = 0 AND household_id IN (SELECT household_id FROM care_level_now_stale)
        GROUP BY household_id) l JOIN households h ON h.id = l.household_id WHERE %2 GROUP BY %3)sql"_s
        .arg(columns, where, groupBy);
}

Status CareLevels::refreshCurrent(storage::Database &db)
{
    // Nothing marked: no write transaction (it would wait for an import).
    auto stale = db.scalar(u"SELECT EXISTS (SELECT 1 FROM care_level_now_stale)"_s);
    if (!stale)
        return stale.error();
    if (!stale.value().toBool())
        return {};
    // The latest assessment in history()'s order: the day, the time written,
    // the id, all of fixed width, so their text joined orders the same
    // (SQLite takes `level` from the row max() chose).
    return db.transaction([&]() -> Status {
        if (Status s = db.write(u"DELETE FROM care_level_now WHERE household_id IN "
                                "(SELECT household_id FROM care_level_now_stale)"_s,
                                {});
            !s)
            return s;
        if (Status s = db.write(u"INSERT INTO care_level_now SELECT household_id, level FROM (SELECT household_id, "
                                "level, max(assessed_on || created_at || hex(id)) FROM care_levels WHERE deleted = 0 "
                                "AND household_id IN (SELECT household_id FROM care_level_now_stale) "
                                "GROUP BY household_id)"_s,
                                {});
            !s)
            return s;
        return db.write(u"DELETE FROM care_level_now_stale"_s, {});
    });
}

Result<qint64> CareLevels::rebuildCurrent(storage::Database &db)
{
    qint64 wrong = 0;
    const QString latest = u"SELECT household_id, level FROM (SELECT household_id, level, "
                           "max(assessed_on || created_at || hex(id)) FROM care_levels WHERE deleted = 0 "
                           "GROUP BY household_id)"_s;
    Status s = db.transaction([&]() -> Status {
        // Kept rows that differ from the assessments, either way, and are not marked.
        auto differ = db.scalar(u"SELECT count(DISTINCT household_id) FROM (SELECT * FROM (%1 EXCEPT SELECT "
                                "household_id, level FROM care_level_now) UNION ALL SELECT * FROM (SELECT household_id, "
                                "level FROM care_level_now EXCEPT %1)) "
                                "WHERE household_id NOT IN (SELECT household_id FROM care_level_now_stale)"_s.arg(latest));
        if (!differ)
            return differ.error();
        wrong = differ.value().toLongLong();
        for (const QString &sql : {u"DELETE FROM care_level_now"_s, u"INSERT INTO care_level_now "_s + latest,
                                   u"DELETE FROM care_level_now_stale"_s})
            if (Status w = db.write(sql, {}); !w)
                return w;
        return {};
    });
    if (!s)
        return s.error();
    return wrong;
}

Result<QList<std::pair<QString, int>>> CareLevels::households(const QByteArray &centre)
{
    // The families supported (active or back on support: as the caseload
    // beside it counts them) by their current level, both reads at one moment,
    // from the index of migration 37 ('+status': not the status index).
    const QVariant where = centre.isEmpty() ? QVariant() : QVariant(centre);
    QHash<QString, int> counts;
    int supported = 0;
    Status s = m_db.atOneMoment([&]() -> Status {
        auto all = m_db.scalar(u"SELECT count(*) FROM households WHERE deleted = 0 AND +status IN ('active', 'reentered') "
                               "AND (? IS NULL OR centre_id = ?)"_s,
                               {where, where});
        if (!all)
            return all.error();
        supported = all.value().toInt();
        return m_db.read(countsSql(u"l.level"_s,
                                   u"h.deleted = 0 AND +h.status IN ('active', 'reentered') "
                                   "AND (?1 IS NULL OR h.centre_id = ?1)"_s,
                                   u"1"_s),
                         {where}, [&](const storage::RawRow &row) {
                             counts[row.text(0)] += int(row.integer(1));
                             supported -= int(row.integer(1));
                         });
    });
    if (!s)
        return s.error();
    QList<std::pair<QString, int>> list;
    for (const registry::Term &t : levels())
        list.append({t.key, int(counts.take(t.key))});
    QStringList rest = counts.keys();
    rest.sort();
    for (const QString &code : rest)
        list.append({code, counts.value(code)});
    list.append({QString(), std::max(0, supported)}); // those never assessed
    return list;
}

} // namespace tamkeen::casework
