#pragma once
// The household file's "Social worker and centre" tab (issue 17 §2): who the
// family is assigned to and which centre holds it, every reassignment and
// transfer with its reason, and (for supervisors) the dialogs that make them.
#include "security/Session.h"
#include "widgets/FormDialog.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;

// Reassigns the households given, or transfers one to another centre.
class AssignmentDialog : public FormDialog {
    Q_OBJECT
public:
    enum class Kind { Reassign, Transfer };
    AssignmentDialog(storage::Database &db, const security::Session &session, Kind kind,
                     const QList<QByteArray> &households, QWidget *parent = nullptr);
    QComboBox *choice() const { return m_choice; }
    QLineEdit *reasonEdit() const { return m_reason; }

protected:
    Status save() override;

private:
    storage::Database &m_db;
    security::Session m_session;
    Kind m_kind;
    QList<QByteArray> m_households;
    QComboBox *m_choice;
    QLineEdit *m_reason;
};

class AssignmentTab : public QWidget {
    Q_OBJECT
public:
    AssignmentTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
                  QWidget *parent = nullptr);
    void setHousehold(const QByteArray &householdId);
    void reload();
    QLabel *currentLabel() const { return m_current; }
    QTableWidget *table() const { return m_table; }
    AssignmentDialog *reassign();
    AssignmentDialog *transfer();

signals:
    void changed();

private:
    AssignmentDialog *open(AssignmentDialog::Kind kind);

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_householdId;
    QLabel *m_current;
    QTableWidget *m_table;
};

} // namespace tamkeen::ui
