#pragma once
// The households behind one number of the dashboard: file number and head's
// name; a family opens its file (the dialog closes so the file is in view).
#include "impact/Figure.h"
#include "impact/HouseholdRows.h"

#include <QDialog>

class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;

class DrillDownDialog : public QDialog {
    Q_OBJECT
public:
    // `what` says what the number counts, e.g. "Exits to self-sufficiency, March 2026".
    DrillDownDialog(storage::Database &db, const AppSettings &settings, const QString &what,
                    const impact::Figure &figure, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QList<impact::HouseholdRow> &rows() const { return m_rows; }

signals:
    void openHousehold(const QByteArray &householdId);

private:
    void openRow(int row);

    QList<impact::HouseholdRow> m_rows;
    QTableWidget *m_table;
};

} // namespace tamkeen::ui
