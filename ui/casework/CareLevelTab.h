#pragma once
// The household file's "Level of care" tab (issue 17 §3): the family's level
// on the continuum of care, every assessment that set it (the latest first,
// with its date, reason and who made it), and the dialog that records a new one.
#include "security/Session.h"
#include "widgets/FormDialog.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DateField;

class CareLevelDialog : public FormDialog {
    Q_OBJECT
public:
    CareLevelDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                    const QByteArray &householdId, QWidget *parent = nullptr);
    QComboBox *levelBox() const { return m_level; }
    DateField *dateField() const { return m_on; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

protected:
    Status save() override;

private:
    storage::Database &m_db;
    security::Session m_session;
    QByteArray m_householdId;
    QComboBox *m_level;
    DateField *m_on;
    QPlainTextEdit *m_reason;
};

class CareLevelTab : public QWidget {
    Q_OBJECT
public:
    CareLevelTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
                 QWidget *parent = nullptr);
    void setHousehold(const QByteArray &householdId);
    void reload();
    QLabel *currentLabel() const { return m_current; }
    QTableWidget *table() const { return m_table; }
    CareLevelDialog *assess();

signals:
    void changed();

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_householdId;
    QLabel *m_current;
    QTableWidget *m_table;
};

} // namespace tamkeen::ui
