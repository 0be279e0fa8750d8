#pragma once
// The household file's "Conditions" tab (issue 17 §5): where the family
// stands with each conditional programme (warned, counselled, suspended),
// its compliance month by month and the steps taken; recording compliance
// and counselling (anyone), suspending and reinstating support (supervisors).
#include "casework/Conditions.h"
#include "widgets/FormDialog.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DateField;
class Display;

// "November 2026", "Quarter 4 of 2026", in the user's digits.
QString compliancePeriodLabel(const Display &display, const QString &period);

class ComplianceDialog : public FormDialog {
    Q_OBJECT
public:
    ComplianceDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                     const QByteArray &householdId, QWidget *parent = nullptr);
    QComboBox *conditionBox() const { return m_condition; }
    QComboBox *periodBox() const { return m_period; }
    QTableWidget *entryTable() const { return m_entries; }
    // The value typed for row `row` (a member, or the family).
    void setValue(int row, double value);

protected:
    Status save() override;

private:
    void fillPeriods();
    void fillSubjects();

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_householdId;
    QList<casework::Condition> m_conditions;
    QList<casework::ComplianceSubject> m_subjects;
    QComboBox *m_condition, *m_period;
    QTableWidget *m_entries;
};

class ComplianceStepDialog : public FormDialog {
    Q_OBJECT
public:
    // `action`: counselling, suspension or reinstatement.
    ComplianceStepDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                         const QByteArray &householdId, const QString &action, const QStringList &programmes,
                         QWidget *parent = nullptr);
    QComboBox *programmeBox() const { return m_programme; }
    DateField *dateField() const { return m_on; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

protected:
    Status save() override;

private:
    storage::Database &m_db;
    security::Session m_session;
    QByteArray m_householdId;
    QString m_action;
    QComboBox *m_programme;
    DateField *m_on;
    QPlainTextEdit *m_reason;
};

class ComplianceTab : public QWidget {
    Q_OBJECT
public:
    ComplianceTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
                  QWidget *parent = nullptr);
    void setHousehold(const QByteArray &householdId);
    void reload();
    QLabel *summary() const { return m_summary; }
    QTableWidget *recordTable() const { return m_records; }
    QTableWidget *stepTable() const { return m_steps; }
    ComplianceDialog *recordCompliance();
    ComplianceStepDialog *step(const QString &action); // null when there is no programme for it

signals:
    void changed();

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_householdId;
    QList<casework::ComplianceStatus> m_status;
    QLabel *m_summary;
    QTableWidget *m_records, *m_steps;
    QPushButton *m_record, *m_counsel, *m_suspend, *m_reinstate;
};

} // namespace tamkeen::ui
