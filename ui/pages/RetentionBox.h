#pragma once
// How long a household's data is kept after it leaves support (issue 15 §6),
// for administrators: the organisation's retention in years (it syncs) and the
// households due under it, for an administrator to erase from each file
// («محو البيانات…», tab «الموافقة»). Nothing is erased by itself.
#include "security/Session.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;

class RetentionBox : public QGroupBox {
    Q_OBJECT
public:
    RetentionBox(storage::Database &db, const AppSettings &settings, const security::Session &session,
                 MessageBanner *banner, QWidget *parent = nullptr);

    bool save();
    void showDue();
    QSpinBox *yearsBox() const { return m_years; }
    QTableWidget *dueTable() const { return m_due; }
    QLabel *dueLabel() const { return m_count; }

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    QSpinBox *m_years;
    QLabel *m_count;
    QTableWidget *m_due;
};

} // namespace tamkeen::ui
