#pragma once
// The administrator's types of support (Settings), beside the built-in ones
// (cash, in kind, fee exemption, loan, housing, other): a programme's own
// kind of help, added for the whole organisation.
#include "security/Session.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class MessageBanner;

class SupportTypesBox : public QGroupBox {
    Q_OBJECT
public:
    SupportTypesBox(storage::Database &db, const security::Session &session, MessageBanner *banner,
                    QWidget *parent = nullptr);
    QLabel *typesLabel() const { return m_types; }
    QLineEdit *nameEdit() const { return m_name; }
    bool add(); // the type typed

private:
    void reload();

    storage::Database &m_db;
    security::Session m_session;
    MessageBanner *m_banner;
    QLabel *m_types;
    QLineEdit *m_name;
};

} // namespace tamkeen::ui
