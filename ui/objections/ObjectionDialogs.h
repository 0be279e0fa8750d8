#pragma once
// Objections and complaints, by hand (issue 17 §6): receiving one from the
// family's file; the file of one, where it is assigned, looked into (dated
// notes), decided, answered (the reply printed as a letter) and appealed.
#include "casework/Objections.h"
#include "widgets/FormDialog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DateField;
class DocumentOutput;
class MessageBanner;

// Receives an objection or complaint for a family (a new one, or an appeal of `appealOf`).
class ReceiveObjectionDialog : public FormDialog {
    Q_OBJECT
public:
    ReceiveObjectionDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                           const QByteArray &householdId, const QByteArray &appealOf = {}, QWidget *parent = nullptr);
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *subjectBox() const { return m_subject; }
    QComboBox *channelBox() const { return m_channel; }
    DateField *receivedField() const { return m_received; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QByteArray savedId() const { return m_saved; }

protected:
    Status save() override;

private:
    void fillSubjects();

    storage::Database &m_db;
    security::Session m_session;
    QByteArray m_householdId, m_appealOf, m_saved;
    QComboBox *m_kind = nullptr, *m_subject = nullptr, *m_member = nullptr, *m_channel;
    DateField *m_received;
    QPlainTextEdit *m_summary;
};

class ObjectionDialog : public QDialog {
    Q_OBJECT
public:
    ObjectionDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                    const QByteArray &id, QWidget *parent = nullptr);
    MessageBanner *banner() const { return m_banner; }
    QLabel *factsLabel() const { return m_facts; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QComboBox *assigneeBox() const { return m_assignee; }
    QComboBox *decisionBox() const { return m_decision; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPlainTextEdit *replyEdit() const { return m_reply; }
    QPushButton *printButton() const { return m_print; }
    const casework::Objection &objection() const { return m_objection; }
    bool addNote();
    bool assign();
    bool decide();
    bool answer();
    ReceiveObjectionDialog *receiveAppeal();

signals:
    void changed();

private:
    void reload();
    bool done(const Status &status, const QString &success);

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_id;
    casework::Objection m_objection;
    MessageBanner *m_banner;
    QLabel *m_facts;
    QPlainTextEdit *m_notes, *m_note, *m_reason, *m_reply;
    QComboBox *m_assignee, *m_decision;
    DateField *m_repliedOn;
    QPushButton *m_addNote, *m_assign, *m_decide, *m_answer, *m_print, *m_appeal;
    DocumentOutput *m_letter;
};

} // namespace tamkeen::ui
