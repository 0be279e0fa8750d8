#pragma once
// The supervisor's review of possible duplicates: open either household, or
// merge the second into the first (a recorded, explained action).
#include "registry/DuplicateReport.h"
#include "security/Session.h"

#include <QDialog>

class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class MessageBanner;

class DuplicatesDialog : public QDialog {
    Q_OBJECT
public:
    DuplicatesDialog(storage::Database &db, const security::Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    MessageBanner *banner() const { return m_banner; }
    void reload();
    QDialog *mergeRow(int row);

signals:
    void openHousehold(const QByteArray &householdId);
    void merged();

private:
    storage::Database &m_db;
    security::Session m_session;
    QList<registry::DuplicatePair> m_pairs;
    MessageBanner *m_banner;
    QTableWidget *m_table;
};

} // namespace tamkeen::ui
