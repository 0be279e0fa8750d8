#pragma once
// Words for what sync shows: the kind of record a table holds and the field a
// column is, in the user's language.
#include <QCoreApplication>

namespace tamkeen::ui {

class SyncText {
    Q_DECLARE_TR_FUNCTIONS(SyncText)
public:
    static QString table(const QString &table);
    static QString column(const QString &column);
    // A stored value as a person reads it (empty, yes/no for archived, text).
    static QString value(const QString &column, const QVariant &value);
};

} // namespace tamkeen::ui
