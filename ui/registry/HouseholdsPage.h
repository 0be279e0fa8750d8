#pragma once
// The Households section: search as you type (debounced), the filterable list
// that loads page by page, registering a household, importing a CSV file.
#include "common/Result.h"
#include "security/Session.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class HouseholdFile;
class HouseholdListModel;
class SearchResultsModel;

class HouseholdsPage : public QWidget {
    Q_OBJECT
public:
    HouseholdsPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                   QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QTableView *view() const { return m_view; }
    HouseholdListModel *listModel() const { return m_list; }
    SearchResultsModel *resultsModel() const { return m_results; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *eligibilityFilter() const { return m_eligibility; }
    QLabel *countLabel() const { return m_count; }

    void runSearch();               // what the debounce timer calls
    QDialog *newHousehold();
    QDialog *importFile();
    // The list as shown (filters and order, or the search results) as XLSX or
    // CSV, chosen by the path's suffix; exportList() asks where first.
    Status exportTo(const QString &path);
    void exportList();
    // Every household and member in the CSV import format (docs/import-format.md),
    // Arabic columns and values when the interface is Arabic; exportForImport() asks where first.
    Status exportImportFormat(const QString &path);
    void exportForImport();
    QDialog *reviewDuplicates(); // supervisors and administrators
    HouseholdFile *openHousehold(const QByteArray &householdId);
    HouseholdFile *openRow(int row);

private:
    Status writeList(const QString &path); // exportTo without the audit entry
    void applyFilter();
    void refresh();

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QLineEdit *m_search;
    QComboBox *m_status, *m_region, *m_eligibility, *m_worker, *m_category;
    QLabel *m_count;
    QTableView *m_view;
    HouseholdListModel *m_list;
    SearchResultsModel *m_results;
    QTimer *m_debounce;
    QHash<QByteArray, QPointer<HouseholdFile>> m_openFiles; // the open window of each household
};

} // namespace tamkeen::ui
