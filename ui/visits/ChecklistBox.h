#pragma once
// The administrator's home-visit checklist (Settings): the questions every
// field worker answers at a visit, in order, with how each is answered; a
// question can be added, renamed or archived (old visits keep its answers).
#include "security/Session.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class MessageBanner;

class ChecklistBox : public QGroupBox {
    Q_OBJECT
public:
    ChecklistBox(storage::Database &db, const security::Session &session, MessageBanner *banner,
                 QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *labelEdit() const { return m_label; }
    QComboBox *kindBox() const { return m_kind; }
    bool add();            // a new question from the fields below the list
    bool renameSelected(); // the selected question takes the text typed
    bool archiveSelected();

private:
    void reload();

    storage::Database &m_db;
    security::Session m_session;
    MessageBanner *m_banner;
    QListWidget *m_list;
    QLineEdit *m_label;
    QComboBox *m_kind;
};

} // namespace tamkeen::ui
