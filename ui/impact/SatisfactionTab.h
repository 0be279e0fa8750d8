#pragma once
// The household file's "Satisfaction" tab: the family's surveys and refusals,
// newest first, and the button that records one.
#include "security/Session.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class SatisfactionDialog;

class SatisfactionTab : public QWidget {
    Q_OBJECT
public:
    SatisfactionTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
                    QWidget *parent = nullptr);

    void setHousehold(const QByteArray &householdId);
    void reload();
    SatisfactionDialog *recordSurvey(); // opens the dialog (non-modal)
    QTableWidget *table() const { return m_table; }
    QPushButton *recordButton() const { return m_record; }

signals:
    void recorded();

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_householdId;
    QPushButton *m_record;
    QTableWidget *m_table;
};

} // namespace tamkeen::ui
