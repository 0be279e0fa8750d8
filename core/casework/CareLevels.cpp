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
        return {};
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

Result<QList<std::pair<QString, int>>> CareLevels::households(const QByteArray &centre)
{
    // The families supported (active or back on support: as the caseload
    // beside it counts them) by their current level, both reads at one moment,
    // from the index of migration 37 ('+status': not the status index).
    if (Status s = refreshCurrent(m_db); !s)
        return s.error();
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
        return m_db.read(u"SELECT l.level, count(*) FROM households h JOIN care_level_now l ON l.household_id = h.id "
                         "WHERE h.deleted = 0 AND +h.status IN ('active', 'reentered') AND (?1 IS NULL OR h.centre_id = ?1) "
                         "GROUP BY 1"_s,
                         {where}, [&](const storage::RawRow &row) {
                             counts.insert(row.text(0), int(row.integer(1)));
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
