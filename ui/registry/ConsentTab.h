#pragma once
// The household file's "Consent" tab (issue 15 §5): each member's consents,
// newest first, whether each is in force, and the buttons that record one or
// withdraw it. A referral sent without consent shows here with its reason.
#include "registry/ConsentService.h"
#include "security/Session.h"
#include "widgets/FormDialog.h"

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
class EraseDialog;

class ConsentDialog : public FormDialog {
    Q_OBJECT
public:
    ConsentDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                  const QByteArray &householdId, QWidget *parent = nullptr);
    QComboBox *memberCombo() const { return m_member; }
    QComboBox *purposeCombo() const { return m_purpose; }
    QComboBox *partnerCombo() const { return m_partner; }
    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *witnessEdit() const { return m_witness; }
    DateField *givenField() const { return m_given; }
    Status saveNow() { return save(); }

protected:
    Status save() override;

private:
    registry::ConsentService m_consents;
    security::Session m_session;
    QComboBox *m_member, *m_purpose, *m_partner, *m_method;
    DateField *m_given;
    QLineEdit *m_witness, *m_note;
};

class WithdrawConsentDialog : public FormDialog {
    Q_OBJECT
public:
    WithdrawConsentDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                          const registry::Consent &consent, QWidget *parent = nullptr);
    DateField *dateField() const { return m_on; }

protected:
    Status save() override;

private:
    registry::ConsentService m_consents;
    security::Session m_session;
    QByteArray m_id;
    DateField *m_on;
    QLineEdit *m_note;
};

class ConsentTab : public QWidget {
    Q_OBJECT
public:
    ConsentTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
               QWidget *parent = nullptr);

    void setHousehold(const QByteArray &householdId);
    void reload();
    ConsentDialog *recordConsent();         // non-modal
    WithdrawConsentDialog *withdrawSelected(); // null when no consent in force is selected
    QTableWidget *table() const { return m_table; }
    const QList<registry::Consent> &consents() const { return m_list; }
    // The right of access (issue 15 §6): everything held about the member, as
    // JSON when `path` ends in .json, else as a PDF in the interface's
    // language (supervisors and administrators; core checks again).
    Status exportMemberData(const QByteArray &memberId, const QString &path);
    QPushButton *accessButton() const { return m_access; }
    // Erasure (administrators): the household or one member, with a reason.
    EraseDialog *askToErase(); // non-modal
    QPushButton *eraseButton() const { return m_erase; }

signals:
    void changed();
    void erased();

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_householdId;
    QList<registry::Consent> m_list;
    QTableWidget *m_table;
    QPushButton *m_withdraw;
    QPushButton *m_access;
    QPushButton *m_erase = nullptr;
    void askAndExport();
};

} // namespace tamkeen::ui
