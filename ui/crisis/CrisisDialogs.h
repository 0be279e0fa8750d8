#pragma once
// Crisis lists by hand (issue 17 §7): declaring an event for places of the
// list (supervisors), recording emergency assistance given to a family, and
// the administrator's place list in Settings.
#include "casework/Crisis.h"
#include "widgets/FormDialog.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DateField;
class MessageBanner;

class DeclareEventDialog : public FormDialog {
    Q_OBJECT
public:
    DeclareEventDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                       QWidget *parent = nullptr);
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QListWidget *placeList() const { return m_places; }
    QByteArray savedId() const { return m_saved; }

protected:
    Status save() override;

private:
    storage::Database &m_db;
    security::Session m_session;
    QLineEdit *m_name;
    QComboBox *m_kind;
    DateField *m_on;
    QListWidget *m_places;
    QPlainTextEdit *m_note;
    QByteArray m_saved;
};

class AssistanceDialog : public FormDialog {
    Q_OBJECT
public:
    AssistanceDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                     const QByteArray &eventId, const casework::CrisisHousehold &household, QWidget *parent = nullptr);
    QComboBox *kindBox() const { return m_kind; }
    QDoubleSpinBox *amountBox() const { return m_amount; }
    QLineEdit *currencyEdit() const { return m_currency; }

protected:
    Status save() override;

private:
    storage::Database &m_db;
    security::Session m_session;
    QByteArray m_eventId, m_householdId;
    QComboBox *m_kind;
    QDoubleSpinBox *m_amount;
    QLineEdit *m_currency;
    DateField *m_on;
    QLineEdit *m_note;
};

// The administrator's place list (Settings).
class PlacesBox : public QGroupBox {
    Q_OBJECT
public:
    PlacesBox(storage::Database &db, const security::Session &session, MessageBanner *banner, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    bool add(); // the place typed, inside the one chosen in the tree

private:
    void reload();

    storage::Database &m_db;
    security::Session m_session;
    MessageBanner *m_banner;
    QTreeWidget *m_tree;
    QComboBox *m_kind;
    QLineEdit *m_name;
};

} // namespace tamkeen::ui
