#include "export/HouseholdSheet.h"

#include "registry/Identity.h"
#include "registry/Vocabulary.h"

using namespace Qt::StringLiterals;

namespace tamkeen::exporting {

SheetLayout HouseholdSheet::layout(bool rightToLeft)
{
    SheetLayout l;
    l.name = tr("Households");
    l.rightToLeft = rightToLeft;
    l.columns = {{tr("File number"), CellKind::Identifier, 16},
                 {tr("Head of household"), CellKind::Text, 34},
                 {tr("Head's document"), CellKind::Text, 18},
                 {tr("Head's ID number"), CellKind::Identifier, 18},
                 {tr("Head's phone"), CellKind::Identifier, 15},
                 {tr("Household phone"), CellKind::Identifier, 15},
                 {tr("Region"), CellKind::Text, 18},
                 {tr("City"), CellKind::Text, 16},
                 {tr("District"), CellKind::Text, 16},
                 {tr("Status"), CellKind::Text, 14},
                 {tr("Registered"), CellKind::Date, 12},
                 {tr("Members"), CellKind::Number, 8},
                 {tr("Monthly income"), CellKind::Number, 14},
                 {tr("Eligibility"), CellKind::Text, 12},
                 {tr("Categories"), CellKind::Text, 30}};
    return l;
}

RowFeed HouseholdSheet::feed(storage::Database &db, const registry::HouseholdFilter &filter,
                             registry::HouseholdSort sort, bool ascending)
{
    return [&db, filter, sort, ascending](const RowSink &sink) -> Status {
        using registry::Vocabulary;
        const QList<registry::Term> statuses = Vocabulary::statuses();
        const QList<registry::Term> categories = Vocabulary::defaultCategories();
        const QString eligible = tr("Eligible"), notEligible = tr("Not eligible");
        return registry::HouseholdList::forEach(db, filter, sort, ascending, [&](const registry::HouseholdExportRow &r) {
            QStringList cats;
            for (const QString &c : r.categories)
                cats << Vocabulary::label(categories, c);
            const auto idType = registry::Identity::fromKey(r.headIdType);
            return sink({r.fileNumber, r.headName, idType ? registry::Identity::displayName(*idType) : QString(),
                         r.headIdNumber, r.headPhone, r.phone, r.region, r.city, r.district,
                         Vocabulary::label(statuses, r.status), r.registered, r.members, r.income,
                         r.eligible ? eligible : notEligible, cats.join(tr(", ", "between the categories of one household"))});
        });
    };
}

} // namespace tamkeen::exporting
