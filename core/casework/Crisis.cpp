#include "casework/Crisis.h"

#include "export/Sheet.h"
#include "org/DeviceInfo.h"
#include "registry/IncomeService.h"
#include "common/IsoDay.h"
#include "storage/Database.h"
#include "text/InputText.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using tamkeen::registry::Term;
using tamkeen::registry::Vocabulary;
using tamkeen::security::Role;

namespace tamkeen::casework {

namespace {


} // namespace

Crisis::Crisis(storage::Database &db) : m_db(db), m_writer(db) {}

QList<Term> Crisis::placeKinds()
{
    return {{u"region"_s, tr("Region")}, {u"city"_s, tr("City")}, {u"district"_s, tr("District")}};
}

QList<Term> Crisis::eventKinds()
{
    return {{u"flood"_s, tr("Flood")}, {u"fire"_s, tr("Fire")}, {u"displacement"_s, tr("Displacement")},
            {u"earthquake"_s, tr("Earthquake")}, {u"other"_s, tr("Other event")}};
}

QList<Term> Crisis::assistanceKinds()
{
    return {{u"cash"_s, tr("Cash")}, {u"food"_s, tr("Food")}, {u"shelter"_s, tr("Shelter")},
            {u"health"_s, tr("Health care")}, {u"other"_s, tr("Other assistance")}};
}

Result<QList<Place>> Crisis::places()
{
    QHash<QByteArray, Place> byId;
    QList<QByteArray> order;
    Status s = m_db.read(u"SELECT id, kind, name, parent_id FROM places WHERE deleted = 0 ORDER BY name"_s, {},
                         [&](const storage::RawRow &r) {
                             Place p{r.blob(0), r.text(1), r.text(2), r.isNull(3) ? QByteArray() : r.blob(3), {}, {}, {}};
                             byId.insert(p.id, p);
                             order << p.id;
                         });
    if (!s)
        return s.error();
    // Each place's names down from its region; a tree read in order.
    QList<Place> list;
    // `up` by value: the list grows (and moves) while its children are added.
    const std::function<void(const QByteArray &, const Place &)> walk = [&](const QByteArray &parent, const Place &up) {
        for (const QByteArray &id : std::as_const(order)) {
            Place p = byId.value(id);
            if (p.parentId != parent)
                continue;
            p.region = up.region;
            p.city = up.city;
            if (p.kind == u"region")
                p.region = p.name;
            else if (p.kind == u"city")
                p.city = p.name;
            else
                p.district = p.name;
            list << p;
            walk(p.id, p);
        }
    };
    walk({}, Place{});
    return list;
}

Result<QByteArray> Crisis::addPlace(const security::Session &by, const QString &kind, const QString &givenName,
                                    const QByteArray &parentId)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators keep the place list."));
    if (!Vocabulary::contains(placeKinds(), kind))
        return makeError(ErrorCode::Invalid, tr("Choose a region, a city or a district."), u"kind"_s);
    QString name = givenName;
    if (Status s = text::InputText::accept(name, u"name"_s, tr("Name"), text::kLineLength, text::TextKind::Line); !s)
        return s.error();
    // Trimmed, as a household's region, city and district are stored, so that
    // the same typing matches (households type their place freely).
    name = name.trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write the place's name."), u"name"_s);
    auto all = places();
    if (!all)
        return all.error();
    const QString parentKind = kind == u"city" ? u"region"_s : kind == u"district" ? u"city"_s : QString();
    if (parentKind.isEmpty() != parentId.isEmpty())
        return makeError(ErrorCode::Invalid, parentKind.isEmpty() ? tr("A region is not inside another place.")
                                                                  : tr("Choose the place it is in."),
                         u"parent"_s);
    if (!parentId.isEmpty()) {
        const auto up = std::find_if(all.value().begin(), all.value().end(), [&](const Place &p) { return p.id == parentId; });
        if (up == all.value().end() || up->kind != parentKind)
            return makeError(ErrorCode::Invalid, kind == u"city" ? tr("A city is inside a region.")
                                                                 : tr("A district is inside a city."),
                             u"parent"_s);
    }
    for (const Place &p : all.value())
        if (p.parentId == parentId && p.name.simplified().compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::Conflict, tr("This place is on the list already."), u"name"_s);
    m_db.setCurrentUser(by.userId);
    auto row = m_writer.insert(u"places"_s, {{u"kind"_s, kind}, {u"name"_s, name},
                                             {u"parent_id"_s, parentId.isEmpty() ? QVariant() : QVariant(parentId)}});
    if (!row)
        return row.error();
    return row.value();
}

Result<QByteArray> Crisis::declare(const security::Session &by, const QString &givenName, const QString &kind,
                                   const QDate &on, const QList<QByteArray> &placeIds, const QString &givenNote)
{
    if (by.role != Role::Supervisor && !by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators declare an event."));
    QString name = givenName;
    if (Status s = text::InputText::accept(name, u"name"_s, tr("Name"), text::kLineLength, text::TextKind::Line); !s)
        return s.error();
    if (name.simplified().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Name the event, e.g. the flood of the valley."), u"name"_s);
    if (!Vocabulary::contains(eventKinds(), kind))
        return makeError(ErrorCode::Invalid, tr("Choose what happened."), u"kind"_s);
    if (!on.isValid() || on > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("The event's day cannot be in the future."), u"declaredOn"_s);
    if (placeIds.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose the places the event struck."), u"places"_s);
    auto all = places();
    if (!all)
        return all.error();
    QStringList ids;
    for (const QByteArray &id : placeIds) {
        if (std::none_of(all.value().begin(), all.value().end(), [&](const Place &p) { return p.id == id; }))
            return makeError(ErrorCode::Invalid, tr("A place chosen is not on the place list."), u"places"_s);
        ids << QString::fromLatin1(id.toHex());
    }
    QString note = givenNote;
    if (Status s = text::InputText::accept(note, u"note"_s, tr("Note"), text::kParagraphLength, text::TextKind::Paragraph); !s)
        return s.error();
    const QByteArray centre = org::Devices::thisDevice(m_db) ? org::Devices::thisDevice(m_db).value().centreId : QByteArray();
    m_db.setCurrentUser(by.userId);
    auto row = m_writer.insert(u"crisis_events"_s, {{u"name"_s, name.simplified()},
                                                    {u"kind"_s, kind},
                                                    {u"declared_on"_s, isoDay(on)},
                                                    {u"places"_s, ids.join(u',')},
                                                    {u"note"_s, note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed())},
                                                    {u"declared_by"_s, by.userId},
                                                    {u"centre_id"_s, centre.isEmpty() ? QVariant() : QVariant(centre)}});
    if (!row)
        return row.error();
    return row.value();
}

Result<QList<CrisisEvent>> Crisis::events()
{
    QList<CrisisEvent> list;
    Status s = m_db.read(u"SELECT e.id, e.name, e.kind, e.declared_on, e.places, ifnull(e.note, ''), ifnull(u.full_name, '') "
                         "FROM crisis_events e LEFT JOIN users u ON u.id = e.declared_by WHERE e.deleted = 0 "
                         "ORDER BY e.declared_on DESC, e.created_at DESC"_s,
                         {}, [&](const storage::RawRow &r) {
                             CrisisEvent e{r.blob(0), r.text(1), r.text(2), QDate::fromString(r.text(3), Qt::ISODate),
                                           {}, r.text(5), r.text(6)};
                             for (const QString &hex : r.text(4).split(u',', Qt::SkipEmptyParts))
                                 e.places << QByteArray::fromHex(hex.toLatin1());
                             list << e;
                         });
    if (!s)
        return s.error();
    return list;
}

Result<CrisisEvent> Crisis::event(const QByteArray &id)
{
    auto all = events();
    if (!all)
        return all.error();
    for (const CrisisEvent &e : all.value())
        if (e.id == id)
            return e;
    return makeError(ErrorCode::NotFound, tr("This event is no longer recorded."));
}

Result<QList<CrisisHousehold>> Crisis::households(const QByteArray &eventId, const QDate &today)
{
    auto e = event(eventId);
    if (!e)
        return e.error();
    auto all = places();
    if (!all)
        return all.error();
    // A place matches the households whose region (and city, and district) bear its names.
    QStringList terms;
    QVariantList values{isoDay(today.addYears(-kElderlyAge)), isoDay(today.addYears(-kYoungChildAge))};
    for (const Place &p : all.value()) {
        if (!e.value().places.contains(p.id))
            continue;
        QStringList parts{u"h.region = ?"_s};
        values << p.region;
        if (!p.city.isEmpty()) {
            parts << u"h.city = ?"_s;
            values << p.city;
        }
        if (!p.district.isEmpty()) {
            parts << u"h.district = ?"_s;
            values << p.district;
        }
        terms << u"(%1)"_s.arg(parts.join(u" AND "_s));
    }
    if (terms.isEmpty())
        return QList<CrisisHousehold>(); // its places were taken off the list since
    QList<CrisisHousehold> list;
    QHash<QByteArray, int> at;
    Status s = m_db.atOneMoment([&]() -> Status {
        Status r = m_db.read(
            u"SELECT h.id, h.file_number, ifnull(f.head_name, ''), coalesce(nullif(h.district, ''), h.city, ''), "
            "ifnull(h.address, ''), ifnull(h.phone, ''), count(m.household_id), "
            "sum(ifnull(m.disability, '') <> ''), sum(m.birth_date <= ?1), sum(m.birth_date > ?2), ifnull(f.income, 0) "
            "FROM households h LEFT JOIN household_facts f ON f.household_id = h.id "
            "LEFT JOIN members m ON m.household_id = h.id AND m.deleted = 0 "
            "WHERE h.deleted = 0 AND (%1) GROUP BY h.id"_s.arg(terms.join(u" OR "_s)),
            values, [&](const storage::RawRow &row) {
                CrisisHousehold c;
                c.id = row.blob(0);
                c.fileNumber = row.text(1);
                c.headName = row.text(2);
                c.place = row.text(3);
                c.address = row.text(4);
                c.phone = row.text(5);
                c.members = int(row.integer(6));
                c.disabled = int(row.integer(7));
                c.elderly = int(row.integer(8));
                c.youngChildren = int(row.integer(9));
                const double income = row.value(10).toDouble();
                c.incomePerPerson = c.members > 0 ? income / c.members : income;
                at.insert(c.id, int(list.size()));
                list << c;
            });
        if (!r)
            return r;
        return m_db.read(u"SELECT household_id, count(*), ifnull(sum(amount), 0) FROM crisis_assistance "
                         "WHERE event_id = ? AND deleted = 0 GROUP BY household_id"_s,
                         {eventId}, [&](const storage::RawRow &row) {
                             if (const auto it = at.constFind(row.blob(0)); it != at.constEnd()) {
                                 list[*it].assisted = int(row.integer(1));
                                 list[*it].assistedAmount = row.value(2).toDouble();
                             }
                         });
    });
    if (!s)
        return s.error();
    std::sort(list.begin(), list.end(), [](const CrisisHousehold &a, const CrisisHousehold &b) {
        if (a.vulnerability() != b.vulnerability())
            return a.vulnerability() > b.vulnerability();
        if (a.members != b.members)
            return a.members > b.members;
        if (a.incomePerPerson != b.incomePerPerson)
            return a.incomePerPerson < b.incomePerPerson;
        return a.fileNumber < b.fileNumber;
    });
    return list;
}

Result<QByteArray> Crisis::assist(const security::Session &by, const QByteArray &eventId, const QByteArray &householdId,
                                  const AssistanceData &d)
{
    if (!Vocabulary::contains(assistanceKinds(), d.kind))
        return makeError(ErrorCode::Invalid, tr("Choose the assistance given."), u"kind"_s);
    if (d.amount) {
        if (!std::isfinite(*d.amount) || *d.amount <= 0 || *d.amount > 1e9)
            return makeError(ErrorCode::Invalid, tr("The amount is a number above zero."), u"amount"_s);
        // One currency an organisation, so that the list adds the amounts given.
        auto rule = registry::IncomeService(m_db).rule();
        if (!rule)
            return rule.error();
        if (d.currency.trimmed().toUpper() != rule.value().currency.toUpper())
            return makeError(ErrorCode::Invalid, tr("Assistance is recorded in %1, the organisation's currency.")
                                                     .arg(rule.value().currency),
                             u"currency"_s);
    } else if (d.kind == u"cash") {
        return makeError(ErrorCode::Invalid, tr("Cash has an amount."), u"amount"_s);
    }
    auto e = event(eventId);
    if (!e)
        return e.error();
    if (!d.givenOn.isValid() || d.givenOn > QDate::currentDate() || d.givenOn < e.value().declaredOn)
        return makeError(ErrorCode::Invalid, tr("Assistance is given between the event's day and today."), u"givenOn"_s);
    QString note = d.note;
    if (Status s = text::InputText::accept(note, u"note"_s, tr("Note"), text::kParagraphLength, text::TextKind::Paragraph); !s)
        return s.error();
    auto h = m_db.scalar(u"SELECT deleted FROM households WHERE id = ?"_s, {householdId});
    if (!h)
        return h.error();
    if (h.value().isNull() || h.value().toBool())
        return makeError(ErrorCode::NotFound, tr("This household no longer exists."));
    m_db.setCurrentUser(by.userId);
    auto row = m_writer.insert(u"crisis_assistance"_s,
                               {{u"event_id"_s, eventId}, {u"household_id"_s, householdId}, {u"kind"_s, d.kind},
                                {u"amount"_s, d.amount ? QVariant(*d.amount) : QVariant()},
                                {u"currency"_s, d.amount ? QVariant(d.currency.trimmed().toUpper()) : QVariant()},
                                {u"given_on"_s, isoDay(d.givenOn)},
                                {u"note"_s, note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed())},
                                {u"given_by"_s, by.userId}});
    if (!row)
        return row.error();
    return row.value();
}

Result<qint64> Crisis::exportList(const QByteArray &eventId, const QString &path, const QDate &today)
{
    auto list = households(eventId, today);
    if (!list)
        return list.error();
    using exporting::CellKind;
    exporting::SheetLayout layout{tr("Crisis list"),
                                  {{tr("File number"), CellKind::Identifier},
                                   {tr("Head of household"), CellKind::Text, 28},
                                   {tr("Place"), CellKind::Text},
                                   {tr("Address"), CellKind::Text, 28},
                                   {tr("Phone"), CellKind::Identifier},
                                   {tr("Members"), CellKind::Number},
                                   {tr("With a disability"), CellKind::Number},
                                   {tr("Aged %1 or more").arg(kElderlyAge), CellKind::Number},
                                   {tr("Under %1").arg(kYoungChildAge), CellKind::Number},
                                   {tr("Income per person"), CellKind::Number},
                                   {tr("Times assisted"), CellKind::Number},
                                   {tr("Amount given"), CellKind::Number}},
                                  true};
    return exporting::Sheet::write(path, layout, [&](const exporting::RowSink &row) -> Status {
        for (const CrisisHousehold &c : list.value())
            if (!row({c.fileNumber, c.headName, c.place, c.address, c.phone, c.members, c.disabled, c.elderly,
                      c.youngChildren, std::round(c.incomePerPerson * 100) / 100, c.assisted, c.assistedAmount}))
                break;
        return {};
    });
}

} // namespace tamkeen::casework
