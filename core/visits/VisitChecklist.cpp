#include "visits/VisitChecklist.h"

#include "org/OrgSettings.h"
#include "storage/Database.h"
#include "storage/Uuid.h"
#include "text/InputText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::visits {

namespace {

const QString kPrefix = u"visit_item:"_s;

} // namespace

VisitChecklist::VisitChecklist(storage::Database &db) : m_db(db) {}

QList<ChecklistItem> VisitChecklist::builtIn()
{
    return {{u"housing"_s, tr("Condition of the housing"), ItemKind::Rating, 1, false},
            {u"needs"_s, tr("Needs observed"), ItemKind::Text, 2, false},
            {u"school"_s, tr("School-age children are in school"), ItemKind::YesNo, 3, false},
            {u"documents"_s, tr("Identity and income documents seen"), ItemKind::YesNo, 4, false}};
}

QString VisitChecklist::kindKey(ItemKind kind)
{
    switch (kind) {
    case ItemKind::YesNo: return u"yes_no"_s;
    case ItemKind::Rating: return u"rating"_s;
    case ItemKind::Text: return u"text"_s;
    }
    return {};
}

std::optional<ItemKind> VisitChecklist::kindFromKey(const QString &key)
{
    for (ItemKind k : {ItemKind::YesNo, ItemKind::Rating, ItemKind::Text})
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

QString VisitChecklist::kindLabel(ItemKind kind)
{
    switch (kind) {
    case ItemKind::YesNo: return tr("Yes or no");
    case ItemKind::Rating: return tr("Good, fair or poor");
    case ItemKind::Text: return tr("Words");
    }
    return {};
}

QStringList VisitChecklist::answers(ItemKind kind)
{
    switch (kind) {
    case ItemKind::YesNo: return {u"yes"_s, u"no"_s};
    case ItemKind::Rating: return {u"good"_s, u"fair"_s, u"poor"_s};
    case ItemKind::Text: return {};
    }
    return {};
}

QString VisitChecklist::answerLabel(const QString &answer)
{
    if (answer == u"yes")
        return tr("Yes");
    if (answer == u"no")
        return tr("No");
    if (answer == u"good")
        return tr("Good");
    if (answer == u"fair")
        return tr("Fair");
    if (answer == u"poor")
        return tr("Poor");
    return answer;
}

QString VisitChecklist::shown(const ChecklistItem &item, const QString &answer)
{
    return item.kind == ItemKind::Text ? answer : answerLabel(answer);
}

Result<QList<ChecklistItem>> VisitChecklist::items(bool withArchived)
{
    QList<ChecklistItem> list = builtIn();
    Status s = m_db.read(u"SELECT key, value FROM org_settings WHERE key LIKE 'visit_item:%' AND deleted = 0"_s, {},
                         [&](const storage::RawRow &row) {
                             const QJsonObject o = QJsonDocument::fromJson(row.text(1).toUtf8()).object();
                             const auto kind = kindFromKey(o.value(u"kind"_s).toString());
                             if (!kind)
                                 return; // a kind this build does not know: asked again once updated
                             ChecklistItem item{row.text(0).mid(kPrefix.size()), o.value(u"label"_s).toString(),
                                                *kind, o.value(u"position"_s).toInt(), o.value(u"archived"_s).toBool()};
                             const auto same = std::find_if(list.begin(), list.end(),
                                                            [&](const ChecklistItem &i) { return i.key == item.key; });
                             if (same != list.end())
                                 *same = item; // a built-in item the administrator changed
                             else
                                 list << item;
                         });
    if (!s)
        return s.error();
    if (!withArchived)
        list.erase(std::remove_if(list.begin(), list.end(), [](const ChecklistItem &i) { return i.archived; }),
                   list.end());
    std::stable_sort(list.begin(), list.end(),
                     [](const ChecklistItem &a, const ChecklistItem &b) { return a.position < b.position; });
    return list;
}

Result<QString> VisitChecklist::save(const security::Session &by, const ChecklistItem &given)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators can change the home-visit checklist."));
    ChecklistItem item = given;
    if (Status s = text::InputText::accept(item.label, u"label"_s, tr("Question"), text::kLineLength); !s)
        return s.error();
    item.label = item.label.simplified();
    if (item.label.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write the question the worker answers in every visit."), u"label"_s);
    auto existing = items(true);
    if (!existing)
        return existing.error();
    for (const ChecklistItem &other : existing.value())
        if (other.key != item.key && !other.archived && other.label.compare(item.label, Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::Conflict, tr("Another question of the checklist says the same."), u"label"_s);
    for (const ChecklistItem &stored : existing.value())
        if (stored.key == item.key && stored.kind != item.kind)
            return makeError(ErrorCode::Conflict,
                             tr("Visits already answered this question as it is: archive it and add a new one."),
                             u"kind"_s);
    if (item.key.isEmpty()) {
        item.key = storage::uuidToString(storage::newUuidV7());
        int last = 0;
        for (const ChecklistItem &other : existing.value())
            last = std::max(last, other.position);
        item.position = last + 1;
    }
    const QJsonObject o{{u"label"_s, item.label},
                        {u"kind"_s, kindKey(item.kind)},
                        {u"position"_s, item.position},
                        {u"archived"_s, item.archived}};
    const QString value = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (Status s = org::OrgSettings::setValue(m_db, by, kPrefix + item.key, value); !s)
        return s.error();
    return item.key;
}

Status VisitChecklist::archive(const security::Session &by, const QString &key)
{
    auto list = items(true);
    if (!list)
        return list.error();
    for (ChecklistItem item : list.value()) {
        if (item.key != key)
            continue;
        item.archived = true;
        auto saved = save(by, item);
        return saved ? Status() : Status(saved.error());
    }
    return makeError(ErrorCode::NotFound, tr("This question is no longer in the checklist."));
}

} // namespace tamkeen::visits
