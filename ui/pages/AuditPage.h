#pragma once
// The audit trail for supervisors and administrators (issue 15 §4): filter by
// user, household, action and dates; check every device's chain; export to
// XLSX or CSV. core/security/AuditLog refuses anyone else.
#include "security/AuditLog.h"
#include "security/Session.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DateField;
class MessageBanner;

class AuditPage : public QWidget {
    Q_OBJECT
public:
    AuditPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
              QWidget *parent = nullptr);

    void refresh();
    bool verify(); // shows the result in the banner; true when every chain holds
    Status exportTo(const QString &path);
    QTableWidget *table() const { return m_table; }
    QComboBox *userCombo() const { return m_user; }
    QComboBox *actionCombo() const { return m_action; }
    QLineEdit *fileEdit() const { return m_file; }
    DateField *fromField() const { return m_from; }
    MessageBanner *banner() const { return m_banner; }

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    QComboBox *m_user, *m_action;
    QLineEdit *m_file;
    DateField *m_from, *m_to;
    QTableWidget *m_table;
};

} // namespace tamkeen::ui
