#pragma once
// The home-visit checklist: what a field worker looks at in every visit
// (housing condition, needs observed, school-age children in school,
// documents seen …). An administrator keeps the list: organisation settings
// 'visit_item:<key>', signed and synced like every setting, so every laptop
// asks the same questions. Until one is saved the built-in items are asked;
// saving a built-in item (to rename or archive it) replaces it.
#include "common/Result.h"
#include "security/Session.h"
#include "visits/VisitRecords.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::visits {

class VisitChecklist {
    Q_DECLARE_TR_FUNCTIONS(VisitChecklist)
public:
    explicit VisitChecklist(storage::Database &db);

    // In their order; archived ones only when asked (to read old visits).
    Result<QList<ChecklistItem>> items(bool withArchived = false);
    // Administrators. An item without a key is new; returns its key.
    Result<QString> save(const security::Session &by, const ChecklistItem &item);
    Status archive(const security::Session &by, const QString &key);

    static QList<ChecklistItem> builtIn();
    // The answers an item takes (empty for Text) and their labels.
    static QStringList answers(ItemKind kind);
    static QString answerLabel(const QString &answer);
    static QString kindLabel(ItemKind kind);
    static QString kindKey(ItemKind kind);
    static std::optional<ItemKind> kindFromKey(const QString &key);
    // An answer as a person reads it: the label of a choice, or the words typed.
    static QString shown(const ChecklistItem &item, const QString &answer);

private:
    storage::Database &m_db;
};

} // namespace tamkeen::visits
