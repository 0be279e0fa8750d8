#include "registry/Fields.h"
#include "registry/HouseholdService.h"

#include "text/InputText.h"

#include "org/DeviceInfo.h"
#include "registry/Fields.h"
#include "registry/SearchIndex.h"
#include "registry/Fields.h"
#include "registry/Vocabulary.h"
#include "storage/Database.h"
#include "text/Digits.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

QVariant numberOrNull(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

HouseholdService::HouseholdService(storage::Database &db) : m_db(db), m_writer(db), m_members(db) {}

QStringList HouseholdService::nextStatuses(const QString &status)
{
    if (status == u"applicant")
        return {u"active"_s, u"exited"_s};
    if (status == u"active" || status == u"reentered")
        return {u"suspended"_s, u"exited"_s};
    if (status == u"suspended")
        return {u"active"_s, u"exited"_s};
    if (status == u"exited")
        return {u"reentered"_s};
    return {};
}

Status HouseholdService::validate(HouseholdData &d)
{
    const struct {
        QString &value;
        const char *field;
        QString label;
    } texts[] = {{d.region, "region", tr("Region / governorate")},
                 {d.city, "city", tr("City")},
                 {d.district, "district", tr("District")},
                 {d.address, "address", tr("Address")},
                 {d.phone, "phone", tr("Household phone")}};
    for (const auto &t : texts) {
        if (Status s = text::InputText::accept(t.value, QString::fromLatin1(t.field), t.label, text::kLineLength); !s)
            return s;
    }
    if (d.region.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the region or governorate."), u"region"_s);
    if (!d.registrationDate.isValid())
        d.registrationDate = QDate::currentDate();
    if (d.registrationDate > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("The registration date is in the future."), u"registrationDate"_s);
    if (!d.housingType.isEmpty() && !Vocabulary::contains(Vocabulary::housingTypes(), d.housingType))
        return makeError(ErrorCode::Invalid, tr("Choose a value from the list."), u"housingType"_s);
    if (!d.housingOwnership.isEmpty() && !Vocabulary::contains(Vocabulary::housingOwnership(), d.housingOwnership))
        return makeError(ErrorCode::Invalid, tr("Choose a value from the list."), u"housingOwnership"_s);
    if (d.monthlyRent && *d.monthlyRent < 0)
        return makeError(ErrorCode::Invalid, tr("The rent cannot be negative."), u"monthlyRent"_s);
    if ((d.latitude && (*d.latitude < -90 || *d.latitude > 90)) || (d.longitude && (*d.longitude < -180 || *d.longitude > 180))
        || d.latitude.has_value() != d.longitude.has_value())
        return makeError(ErrorCode::Invalid, tr("GPS coordinates need a latitude (-90 to 90) and a longitude (-180 to 180)."),
                         u"latitude"_s);
    if (!normalizePhone(d.phone))
        return makeError(ErrorCode::Invalid, tr("A phone number has 7 to 15 digits."), u"phone"_s);
    for (const QString &c : d.categories) {
        if (!Vocabulary::contains(Vocabulary::defaultCategories(), c))
            return makeError(ErrorCode::Invalid, tr("Unknown household category: %1.").arg(c), u"categories"_s);
    }
    return {};
}

QVariantMap HouseholdService::fields(const HouseholdData &d) const
{
    return {{u"region"_s, textOrNull(d.region)},
            {u"city"_s, textOrNull(d.city)},
            {u"district"_s, textOrNull(d.district)},
            {u"address"_s, textOrNull(d.address)},
            {u"latitude"_s, numberOrNull(d.latitude)},
            {u"longitude"_s, numberOrNull(d.longitude)},
            {u"housing_type"_s, textOrNull(d.housingType)},
            {u"housing_ownership"_s, textOrNull(d.housingOwnership)},
            {u"monthly_rent"_s, numberOrNull(d.monthlyRent)},
            {u"phone"_s, textOrNull(d.phone)},
            {u"registration_date"_s, d.registrationDate.toString(Qt::ISODate)},
            {u"assigned_worker"_s, d.assignedWorker.isEmpty() ? QVariant() : QVariant(d.assignedWorker)},
            {u"categories"_s, textOrNull(d.categories.join(u','))}};
}

Result<QByteArray> HouseholdService::create(const security::Session &by, HouseholdData data, MemberData head,
                                            const QList<QByteArray> &acknowledged, bool youngHeadConfirmed)
{
    if (Status s = validate(data); !s)
        return s.error();
    head.relation = u"head"_s;
    if (Status s = m_members.validate(head); !s)
        return s.error();
    if (head.birthDate.isValid() && !youngHeadConfirmed) {
        const int age = MemberService::ageOn(head.birthDate, QDate::currentDate());
        if (age < kYoungestHead)
            return makeError(ErrorCode::NeedsConfirmation,
                             tr("Birth date: the head of household would be %n year(s) old. Check the date, or confirm "
                                "that a child heads this household.",
                                nullptr, age),
                             u"birthDate"_s);
    }
    if (Status s = m_members.checkDuplicates(head, {}, acknowledged); !s)
        return s.error();
    auto device = org::Devices::thisDevice(m_db);
    if (!device)
        return device.error();
    m_db.setCurrentUser(by.userId);
    QByteArray id;
    Status s = m_db.transaction([&]() -> Status {
        auto number = org::Devices::nextFileNumber(m_db, u"household"_s);
        if (!number)
            return number.error();
        QVariantMap f = fields(data);
        f.insert(u"file_number"_s, number.value());
        f.insert(u"centre_id"_s, device.value().centreId);
        f.insert(u"status"_s, u"applicant"_s);
        f.insert(u"status_date"_s, data.registrationDate.toString(Qt::ISODate));
        auto created = m_writer.insert(u"households"_s, f);
        if (!created)
            return created.error();
        id = created.value();
        auto history = m_writer.insert(u"household_status"_s,
                                       {{u"household_id"_s, id},
                                        {u"status"_s, u"applicant"_s},
                                        {u"effective_date"_s, data.registrationDate.toString(Qt::ISODate)}});
        if (!history)
            return history.error();
        if (auto member = m_members.insert(id, head, acknowledged); !member)
            return member.error();
        return SearchIndex::reindexHousehold(m_db, id);
    });
    if (!s)
        return s.error();
    return id;
}

Status HouseholdService::update(const security::Session &by, const QByteArray &id, HouseholdData data)
{
    auto current = household(id);
    if (!current)
        return current.error();
    if (Status s = validate(data); !s)
        return s;
    m_db.setCurrentUser(by.userId);
    return m_db.transaction([&]() -> Status {
        if (Status w = m_writer.update(u"households"_s, id, fields(data)); !w)
            return w;
        return SearchIndex::reindexHousehold(m_db, id);
    });
}

Status HouseholdService::changeStatus(const security::Session &by, const QByteArray &id, const QString &status,
                                      const QDate &date, const QString &reason)
{
    auto current = household(id);
    if (!current)
        return current.error();
    if (!nextStatuses(current.value().status).contains(status))
        return makeError(ErrorCode::Invalid, tr("A household that is %1 cannot become %2.")
                                                 .arg(Vocabulary::label(Vocabulary::statuses(), current.value().status),
                                                      Vocabulary::label(Vocabulary::statuses(), status)),
                         u"status"_s);
    if (!date.isValid() || date > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("Choose the date of the change, today or earlier."), u"date"_s);
    if (current.value().statusDate.isValid() && date < current.value().statusDate)
        return makeError(ErrorCode::Invalid, tr("The date is before the current status began (%1).")
                                                 .arg(current.value().statusDate.toString(Qt::ISODate)),
                         u"date"_s);
    if (status != u"active" && reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the reason for this change."), u"reason"_s);
    m_db.setCurrentUser(by.userId);
    return m_db.transaction([&]() -> Status {
        auto history = m_writer.insert(u"household_status"_s, {{u"household_id"_s, id},
                                                                {u"status"_s, status},
                                                                {u"previous_status"_s, current.value().status},
                                                                {u"effective_date"_s, date.toString(Qt::ISODate)},
                                                                {u"reason"_s, textOrNull(reason)}});
        if (!history)
            return history.error();
        if (Status w = m_writer.update(u"households"_s, id,
                                       {{u"status"_s, status}, {u"status_date"_s, date.toString(Qt::ISODate)}});
            !w)
            return w;
        return SearchIndex::reindexHousehold(m_db, id); // the list shows the status
    });
}

Status HouseholdService::archive(const security::Session &by, const QByteArray &id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the reason for archiving."), u"reason"_s);
    auto current = household(id);
    if (!current)
        return current.error();
    m_db.setCurrentUser(by.userId);
    return m_db.transaction([&]() -> Status {
        if (Status w = m_writer.update(u"households"_s, id, {{u"archive_reason"_s, reason.trimmed()}}); !w)
            return w;
        if (Status w = m_writer.archive(u"households"_s, id); !w)
            return w;
        return SearchIndex::reindexHousehold(m_db, id);
    });
}

Status HouseholdService::merge(const security::Session &by, const QByteArray &source, const QByteArray &target,
                               const QString &reason)
{
    if (by.role != security::Role::Supervisor && by.role != security::Role::Administrator)
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators can merge households."));
    if (source == target)
        return makeError(ErrorCode::Invalid, tr("Choose two different households."));
    auto from = household(source);
    if (!from)
        return from.error();
    auto into = household(target);
    if (!into)
        return into.error();
    m_db.setCurrentUser(by.userId);
    return m_db.transaction([&]() -> Status {
        for (const QString &table : {u"members"_s, u"incomes"_s}) {
            auto q = m_db.exec(u"SELECT id, relation = 'head' FROM \"%1\" WHERE household_id = ? AND deleted = 0"_s.arg(
                                   table == u"members" ? table : u"members"_s),
                               {source});
            if (table == u"incomes")
                q = m_db.exec(u"SELECT id, 0 FROM incomes WHERE household_id = ? AND deleted = 0"_s, {source});
            if (!q)
                return q.error();
            QList<QPair<QByteArray, bool>> rows;
            while (q.value()->next())
                rows.append({q.value()->value(0).toByteArray(), q.value()->value(1).toBool()});
            q.value()->finish();
            for (const auto &[rowId, isHead] : rows) {
                QVariantMap change = {{u"household_id"_s, target}};
                if (isHead) // the target keeps its own head
                    change.insert(u"relation"_s, u"other"_s);
                if (Status w = m_writer.update(table, rowId, change); !w)
                    return w;
            }
        }
        // The family's home visits, made and planned, its levels of care and
        // the support it receives follow it (a planned visit to an archived
        // file would drop out of every route; its level would read "not
        // assessed"; its support would vanish from its file; an objection
        // would be answered to a file no one opens).
        for (const QString &table : {u"home_visits"_s, u"care_levels"_s, u"household_support"_s, u"objections"_s,
                                     u"objection_notes"_s, u"crisis_assistance"_s, u"documents"_s,
                                     u"condition_compliance"_s, u"compliance_actions"_s}) {
            auto rows = m_db.exec(u"SELECT id FROM %1 WHERE household_id = ? AND deleted = 0"_s.arg(table), {source});
            if (!rows)
                return rows.error();
            QList<QByteArray> ids;
            while (rows.value()->next())
                ids << rows.value()->value(0).toByteArray();
            rows.value()->finish();
            for (const QByteArray &id : ids)
                if (Status w = m_writer.update(table, id, {{u"household_id"_s, target}}); !w)
                    return w;
        }
        auto record = m_writer.insert(u"household_merges"_s, {{u"source_household_id"_s, source},
                                                               {u"target_household_id"_s, target},
                                                               {u"reason"_s, textOrNull(reason)}});
        if (!record)
            return record.error();
        if (Status w = m_writer.update(u"households"_s, source,
                                       {{u"archive_reason"_s, tr("Merged into file %1").arg(text::isolate(into.value().fileNumber))}});
            !w)
            return w;
        if (Status w = m_writer.archive(u"households"_s, source); !w)
            return w;
        if (Status w = SearchIndex::reindexHousehold(m_db, source); !w)
            return w;
        return SearchIndex::reindexHousehold(m_db, target);
    });
}

Result<Household> HouseholdService::household(const QByteArray &id)
{
    auto q = m_db.exec(u"SELECT file_number, centre_id, region, city, district, address, latitude, longitude, housing_type, "
                       "housing_ownership, monthly_rent, phone, registration_date, assigned_worker, categories, status, "
                       "status_date, deleted FROM households WHERE id = ?"_s,
                       {id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, tr("This household no longer exists."));
    const QSqlQuery *r = q.value();
    Household h;
    h.id = id;
    h.fileNumber = r->value(0).toString();
    h.centreId = r->value(1).toByteArray();
    h.region = r->value(2).toString();
    h.city = r->value(3).toString();
    h.district = r->value(4).toString();
    h.address = r->value(5).toString();
    if (!r->value(6).isNull())
        h.latitude = r->value(6).toDouble();
    if (!r->value(7).isNull())
        h.longitude = r->value(7).toDouble();
    h.housingType = r->value(8).toString();
    h.housingOwnership = r->value(9).toString();
    if (!r->value(10).isNull())
        h.monthlyRent = r->value(10).toDouble();
    h.phone = r->value(11).toString();
    h.registrationDate = QDate::fromString(r->value(12).toString(), Qt::ISODate);
    h.assignedWorker = r->value(13).toByteArray();
    h.categories = r->value(14).toString().split(u',', Qt::SkipEmptyParts);
    h.status = r->value(15).toString();
    h.statusDate = QDate::fromString(r->value(16).toString(), Qt::ISODate);
    h.archived = r->value(17).toBool();
    q.value()->finish();
    if (h.archived)
        return makeError(ErrorCode::NotFound, tr("This household has been archived."));
    return h;
}

Result<QList<StatusChange>> HouseholdService::statusHistory(const QByteArray &id)
{
    // Same-day changes in the order they were made: created_at has
    // milliseconds, and two changes within one (a script, an import) keep the
    // order they were written in here (rowid; a package applies a device's
    // changes in the order it made them).
    auto q = m_db.exec(u"SELECT status, previous_status, effective_date, reason, created_by FROM household_status "
                       "WHERE household_id = ? AND deleted = 0 ORDER BY effective_date, created_at, rowid"_s,
                       {id});
    if (!q)
        return q.error();
    QList<StatusChange> list;
    while (q.value()->next()) {
        list.append({q.value()->value(0).toString(), q.value()->value(1).toString(),
                     QDate::fromString(q.value()->value(2).toString(), Qt::ISODate), q.value()->value(3).toString(),
                     q.value()->value(4).toByteArray()});
    }
    q.value()->finish();
    return list;
}

} // namespace tamkeen::registry
