#pragma once
// The dialogs of home visits: planning one for a day, and recording one made
// (who was present, the checklist, what was seen, the place, the outcome and
// the next visit). What was found to have changed in the family (a new member,
// an income) is entered from the visit with the household file's own dialogs.
#include "security/Session.h"
#include "visits/VisitService.h"
#include "widgets/FormDialog.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLineEdit;
class QPlainTextEdit;

namespace tamkeen::ui {

class AppSettings;
class DateField;

class PlanVisitDialog : public FormDialog {
    Q_OBJECT
public:
    PlanVisitDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                    const QByteArray &householdId, QWidget *parent = nullptr);
    DateField *dateField() const { return m_on; }
    QComboBox *workerBox() const { return m_worker; }

protected:
    Status save() override;

private:
    visits::VisitService m_service;
    security::Session m_session;
    QByteArray m_householdId;
    DateField *m_on;
    QComboBox *m_worker;
    QLineEdit *m_note;
};

class VisitDialog : public FormDialog {
    Q_OBJECT
public:
    // `plannedId`: the planned visit recorded (empty: a visit not planned).
    VisitDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                const QByteArray &householdId, const QByteArray &plannedId, QWidget *parent = nullptr);

    DateField *dateField() const { return m_on; }
    DateField *nextField() const { return m_next; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QLineEdit *placeEdit() const { return m_place; }
    QPlainTextEdit *observationsEdit() const { return m_observations; }
    QList<QCheckBox *> presentBoxes() const { return m_present; }
    QWidget *answerEditor(const QString &itemKey) const { return m_answers.value(itemKey); }
    QByteArray visitId() const { return m_visitId; }
    // The buttons that add a member or an income found at the visit, shown
    // where something answers addMemberAsked/recordIncomeAsked (the household file).
    void offerHouseholdChanges(bool offer);

signals:
    void addMemberAsked();
    void recordIncomeAsked();

protected:
    Status save() override;

private:
    QWidget *buildChecklist(storage::Database &db);
    QWidget *buildPresent();
    void addNewMembers(); // members added since the dialog opened (at the visit)

    visits::VisitService m_service;
    security::Session m_session;
    QByteArray m_householdId;
    QByteArray m_plannedId;
    QByteArray m_visitId;
    storage::Database &m_db;
    QWidget *m_changes = nullptr;
    QGridLayout *m_presentGrid = nullptr;
    DateField *m_on;
    QList<QCheckBox *> m_present;
    QLineEdit *m_others;
    QHash<QString, QWidget *> m_answers; // item key → its combo box or line edit
    QList<visits::ChecklistItem> m_items;
    QPlainTextEdit *m_observations;
    QLineEdit *m_place;
    QComboBox *m_outcome;
    DateField *m_next;
};

class CancelVisitDialog : public FormDialog {
    Q_OBJECT
public:
    // `what`: the visit as the list shows it (its day and who makes it).
    CancelVisitDialog(storage::Database &db, const security::Session &session, const QByteArray &visitId,
                      const QString &what, QWidget *parent = nullptr);
    QLineEdit *reasonEdit() const { return m_reason; }

protected:
    Status save() override;

private:
    visits::VisitService m_service;
    security::Session m_session;
    QByteArray m_visitId;
    QLineEdit *m_reason;
};

} // namespace tamkeen::ui
