#pragma once
// The Conditional support section (issue 17 §5), for supervisors and
// administrators: the programmes' conditions (added, or no longer checked),
// and the compliance rate by condition, area and period over a year.
#include "casework/Conditions.h"
#include "widgets/FormDialog.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class BackgroundRefresh;
class MessageBanner;

class ConditionDialog : public FormDialog {
    Q_OBJECT
public:
    ConditionDialog(storage::Database &db, const security::Session &session, QWidget *parent = nullptr);
    QComboBox *programmeBox() const { return m_programme; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *appliesToBox() const { return m_appliesTo; }
    QComboBox *measureBox() const { return m_measure; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QComboBox *periodBox() const { return m_period; }

protected:
    Status save() override;

private:
    storage::Database &m_db;
    security::Session m_session;
    QComboBox *m_programme;
    QLineEdit *m_name;
    QComboBox *m_appliesTo, *m_measure, *m_period;
    QDoubleSpinBox *m_threshold;
};

class ConditionsPage : public QWidget {
    Q_OBJECT
public:
    ConditionsPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                   QWidget *parent = nullptr);
    void refresh();
    QTableWidget *conditionTable() const { return m_conditions; }
    QTableWidget *rateTable() const { return m_rates; }
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *areaBox() const { return m_area; }
    ConditionDialog *addCondition();
    bool stopChecking(); // the condition chosen in the table
    // The rates are read on a worker thread (a year of monthly records of
    // 100,000 families: about 1.5 s): true until they are shown.
    bool computing() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showRates(); // asks the worker
    void showRates(const QList<casework::ComplianceRate> &rates);

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    BackgroundRefresh *m_background;
    QTableWidget *m_conditions, *m_rates;
    QSpinBox *m_year;
    QComboBox *m_area;
    QPushButton *m_stop;
    QList<casework::Condition> m_list;
};

} // namespace tamkeen::ui
