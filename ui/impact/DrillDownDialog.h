#pragma once
// The households behind one number of the dashboard: file number and head's
// name; a family opens its file (the dialog closes so the file is in view).
// Rows are loaded a page at a time (impact::kDrillDownPage), more as the list
// is scrolled to its end, so that a figure of 100,000 households opens at once.
#include "impact/Figure.h"
#include "impact/HouseholdRows.h"

#include <QDialog>

class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;

class DrillDownDialog : public QDialog {
    Q_OBJECT
public:
    // `what` says what the number counts, e.g. "Exits to self-sufficiency, March 2026".
    DrillDownDialog(storage::Database &db, const AppSettings &settings, const QString &what,
                    const impact::Figure &figure, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QList<impact::HouseholdRow> &rows() const { return m_rows; } // those loaded so far
    // Loads the next page; false when every household is loaded or on error.
    bool loadMore();

signals:
    void openHousehold(const QByteArray &householdId);

private:
    void openRow(int row);

    storage::Database &m_db;
    impact::Figure m_figure;
    qsizetype m_loaded = 0; // households of the figure asked for so far
    QList<impact::HouseholdRow> m_rows;
    QTableWidget *m_table;
    MessageBanner *m_banner;
};

} // namespace tamkeen::ui
