#pragma once
// The dialogs of the Referrals section: a new referral (find the family, the
// member, the partner and one of its services), a change of status, the
// outcome, a partner of the catalogue and a follow-up after exit. Each keeps
// what was typed when core refuses it, shows why and focuses the field named.
#include "referrals/ExitService.h"
#include "referrals/ReferralService.h"
#include "registry/HouseholdService.h"
#include "registry/SearchIndex.h"
#include "security/Session.h"

#include "widgets/FormDialog.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QFormLayout;

namespace tamkeen::ui {

class AppSettings;
class DateField;
class MessageBanner;

class ReferralDialog : public FormDialog {
    Q_OBJECT
public:
    ReferralDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                   QWidget *parent = nullptr);

    void runSearch(); // what the debounce timer calls
    bool chooseHousehold(const QByteArray &householdId, const QByteArray &memberId = {});
    bool choosePartner(const QByteArray &partnerId);
    QLineEdit *searchBox() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QComboBox *memberCombo() const { return m_member; }
    QComboBox *partnerCombo() const { return m_partner; }
    QComboBox *serviceCombo() const { return m_service; }
    QComboBox *goalCombo() const { return m_goal; }
    DateField *sentField() const { return m_sent; }
    DateField *followUpField() const { return m_followUp; }
    QLabel *consentLabel() const { return m_consent; }
    QLineEdit *overrideEdit() const { return m_override; }
    QByteArray referralId() const { return m_id; }

protected:
    Status save() override;

private:
    void fillServices();
    void fillGoals(); // of the chosen member's open plans
    void showConsent(); // the chosen member's consent to sharing with the chosen partner

    storage::Database &m_db;
    security::Session m_session;
    referrals::ReferralService m_referrals;
    registry::HouseholdService m_households;
    QList<referrals::Partner> m_partners;
    QList<registry::SearchHit> m_hits;
    QComboBox *m_goal = nullptr;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_family;
    QComboBox *m_member, *m_partner, *m_service;
    DateField *m_sent, *m_followUp;
    QLabel *m_consent;
    QLineEdit *m_override;
    const AppSettings &m_settings;
    QTimer *m_debounce;
    QByteArray m_id;
};

class ReferralStatusDialog : public FormDialog {
    Q_OBJECT
public:
    ReferralStatusDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                         const referrals::Referral &referral, QWidget *parent = nullptr);

    QComboBox *statusCombo() const { return m_status; }
    bool chooseStatus(const QString &key);
    DateField *dateField() const { return m_on; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QCheckBox *followUpBox() const { return m_hasFollowUp; }
    DateField *followUpField() const { return m_followUp; }

protected:
    Status save() override;

private:
    void statusChanged();

    referrals::ReferralService m_referrals;
    security::Session m_session;
    QByteArray m_id;
    QComboBox *m_status;
    DateField *m_on, *m_followUp;
    QPlainTextEdit *m_note;
    QCheckBox *m_hasFollowUp;
};

class ReferralOutcomeDialog : public FormDialog {
    Q_OBJECT
public:
    ReferralOutcomeDialog(storage::Database &db, const security::Session &session, const referrals::Referral &referral,
                          QWidget *parent = nullptr);
    QPlainTextEdit *outcomeEdit() const { return m_outcome; }
    QPlainTextEdit *feedbackEdit() const { return m_feedback; }

protected:
    Status save() override;

private:
    referrals::ReferralService m_referrals;
    security::Session m_session;
    QByteArray m_id;
    QPlainTextEdit *m_outcome, *m_feedback;
};

class PartnerDialog : public FormDialog {
    Q_OBJECT
public:
    // An empty `partner.id`: a new partner.
    PartnerDialog(storage::Database &db, const security::Session &session, const referrals::Partner &partner,
                  QWidget *parent = nullptr);
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QPlainTextEdit *servicesEdit() const { return m_services; }
    QLineEdit *regionEdit() const { return m_region; }
    QLineEdit *contactEdit() const { return m_contact; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }
    QCheckBox *activeBox() const { return m_active; }

protected:
    Status save() override;

private:
    referrals::ReferralService m_referrals;
    security::Session m_session;
    QByteArray m_id;
    QLineEdit *m_name, *m_region, *m_contact, *m_phone, *m_email;
    QComboBox *m_kind;
    QPlainTextEdit *m_services;
    QCheckBox *m_active;
};

class ExitFollowUpDialog : public FormDialog {
    Q_OBJECT
public:
    ExitFollowUpDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                       const referrals::FollowUpCheck &check, QWidget *parent = nullptr);
    DateField *dateField() const { return m_on; }
    QCheckBox *employedBox() const { return m_employed; }
    QDoubleSpinBox *incomeBox() const { return m_income; }
    QLineEdit *noteEdit() const { return m_note; }

protected:
    Status save() override;

private:
    referrals::ExitService m_exits;
    security::Session m_session;
    QByteArray m_id;
    DateField *m_on;
    QCheckBox *m_employed;
    QDoubleSpinBox *m_income;
    QLineEdit *m_note;
};

} // namespace tamkeen::ui
