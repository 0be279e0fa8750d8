#pragma once
// The households list as a sheet: the columns the list shows plus the head's
// document and phone numbers, with the list's filters and order, labels in the
// language of the installed translation.
#include "export/Sheet.h"
#include "registry/HouseholdList.h"

namespace tamkeen::exporting {

class HouseholdSheet {
    Q_DECLARE_TR_FUNCTIONS(HouseholdSheet)
public:
    static SheetLayout layout(bool rightToLeft);
    static RowFeed feed(storage::Database &db, const registry::HouseholdFilter &filter, registry::HouseholdSort sort,
                        bool ascending);
};

} // namespace tamkeen::exporting
