#pragma once
// The supervisor's review of possible duplicates: open either household, or
// merge the second into the first (a recorded, explained action). Above them,
// households that share a file number (made on two laptops offline).
#include "registry/DuplicateReport.h"
#include "security/Session.h"

#include <QDialog>

class QLabel;
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
    QTableWidget *sharedNumbers() const { return m_shared; }
    MessageBanner *banner() const { return m_banner; }
    void reload();
    QDialog *mergeRow(int row);
    // Administrators: a new number for the household on row `row` of sharedNumbers().
    QDialog *renumberRow(int row);

signals:
    void openHousehold(const QByteArray &householdId);
    void merged();

private:
    storage::Database &m_db;
    security::Session m_session;
    QList<registry::DuplicatePair> m_pairs;
    QList<QByteArray> m_sharedHouseholds; // by row of m_shared
    MessageBanner *m_banner;
    QTableWidget *m_table;
    QWidget *m_sharedBox;
    QTableWidget *m_shared;
};

} // namespace tamkeen::ui
