#pragma once
// A counselling session (جلسة استشارية): recorded from an appointment or
// directly, or an existing one shown read-only with its corrections. A session
// is never edited in place: "Amend…" opens the fields again and core keeps the
// old values with the reason.
#include "clinic/ClinicRecords.h"
#include "clinic/ClinicVocabulary.h"
#include "clinic/SessionService.h"
#include "security/Session.h"

#include "widgets/GuardedDialog.h"

#include <QDialog>
#include <QHash>

class QAbstractSpinBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DateField;
class MessageBanner;

class SessionDialog : public GuardedDialog {
    Q_OBJECT
public:
    // A new session with `memberId`; from `fromAppointment` when given (its
    // time and types are the defaults and saving marks it attended).
    SessionDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                  const QByteArray &memberId, const clinic::Appointment *fromAppointment, QWidget *parent = nullptr);
    // Shows an existing session read-only, with its amendments and "Amend…".
    static SessionDialog *openExisting(storage::Database &db, const AppSettings &settings,
                                       const security::Session &session, const QByteArray &sessionId,
                                       QWidget *parent = nullptr);

    QByteArray sessionId() const { return m_sessionId; } // empty until saved
    bool isReadOnly() const { return m_readOnly; }
    MessageBanner *banner() const { return m_banner; }
    QTableWidget *actionsTable() const { return m_actions; }
    QTableWidget *amendmentsTable() const { return m_amendments; }
    QLabel *confidentialNotice() const { return m_notice; }
    QCheckBox *surveyBox() const { return m_survey; } // a new session: ask the satisfaction survey after saving

    // The buttons' actions, callable from tests.
    void save();               // records the new session, or saves an amendment
    void startAmending();      // opens the correctable fields and asks for a reason
    int addActionRow();        // a new agreed action; returns its row

    // Shared by the clinic screens: "23 نوفمبر 2026 ١٠:٣٠" in the user's digits,
    // and the labels of consultation type codes.
    static QString dateTimeText(const AppSettings &settings, const QDateTime &at);
    static QString typeLabels(const QList<clinic::SessionType> &types, const QStringList &codes);
    // Spin boxes and time editors show the user's digits, as DateField does.
    static void useDigitStyle(QAbstractSpinBox *box, const AppSettings &settings);

signals:
    void saved(const QByteArray &sessionId);

private:
    struct Existing {};
    SessionDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                  const QByteArray &sessionId, Existing, QWidget *parent);
    void build();
    QWidget *buildActions();
    QWidget *buildAmendments();
    void showMember();
    void fillDefaults(const clinic::Appointment *from);
    void load();
    void setEditable(bool fields, bool amending);
    clinic::SessionData data() const;
    QList<clinic::NewAction> actions() const;
    void focusField(const QString &field);
    void saveNew();
    void saveAmendment();
    QString fieldLabel(const QString &field) const;
    QString valueText(const QString &field, const QString &value) const;

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_memberId, m_sessionId, m_appointmentId;
    QList<clinic::SessionType> m_types;
    bool m_readOnly = false;
    bool m_amending = false;
    bool m_loaded = false; // the existing session was found
    MessageBanner *m_banner;
    QLabel *m_member = nullptr, *m_notice = nullptr;
    QComboBox *m_counsellor = nullptr, *m_mode = nullptr;
    DateField *m_date = nullptr, *m_nextDate = nullptr;
    QTimeEdit *m_time = nullptr, *m_nextTime = nullptr;
    QSpinBox *m_duration = nullptr;
    QListWidget *m_typeList = nullptr;
    QTextEdit *m_needs = nullptr, *m_observations = nullptr, *m_recommendations = nullptr, *m_psych = nullptr;
    QTableWidget *m_actions = nullptr, *m_amendments = nullptr;
    QPushButton *m_addAction = nullptr, *m_removeAction = nullptr, *m_save = nullptr, *m_amend = nullptr;
    QCheckBox *m_next = nullptr, *m_survey = nullptr;
    QWidget *m_nextBox = nullptr, *m_amendBox = nullptr;
    QLineEdit *m_reason = nullptr;
    QHash<QString, QWidget *> m_fields;
};

} // namespace tamkeen::ui
