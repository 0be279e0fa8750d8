#pragma once
// The household file's "Support received" tab (issue 17 §4): every support a
// programme decided for the family, and month by month its earned income, its
// other income and the support it received, so that the move from aid to
// earned income shows; for supervisors and administrators, the dialogs that
// record support and stop it.
#include "casework/Support.h"
#include "widgets/FormDialog.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DateField;

class SupportDialog : public FormDialog {
    Q_OBJECT
public:
    SupportDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                  const QByteArray &householdId, QWidget *parent = nullptr);
    QLineEdit *programmeEdit() const { return m_programme; }
    QComboBox *typeBox() const { return m_type; }
    QDoubleSpinBox *amountBox() const { return m_amount; }
    QLineEdit *currencyEdit() const { return m_currency; }
    QComboBox *frequencyBox() const { return m_frequency; }
    DateField *fromField() const { return m_from; }
    DateField *untilField() const { return m_until; }
    QComboBox *decisionBox() const { return m_decision; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

protected:
    Status save() override;

private:
    storage::Database &m_db;
    security::Session m_session;
    QByteArray m_householdId;
    QLineEdit *m_programme;
    QComboBox *m_type;
    QDoubleSpinBox *m_amount;
    QLineEdit *m_currency;
    QComboBox *m_frequency;
    DateField *m_from, *m_until;
    QComboBox *m_decision;
    QPlainTextEdit *m_reason;
};

class StopSupportDialog : public FormDialog {
    Q_OBJECT
public:
    StopSupportDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                      const casework::SupportRecord &support, QWidget *parent = nullptr);
    DateField *dateField() const { return m_on; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

protected:
    Status save() override;

private:
    storage::Database &m_db;
    security::Session m_session;
    QByteArray m_supportId;
    DateField *m_on;
    QPlainTextEdit *m_reason;
};

class SupportTab : public QWidget {
    Q_OBJECT
public:
    SupportTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
               QWidget *parent = nullptr);
    void setHousehold(const QByteArray &householdId);
    void reload();
    QTableWidget *supportTable() const { return m_support; }
    QTableWidget *monthTable() const { return m_months; }
    QLabel *summary() const { return m_summary; }
    QPushButton *stopButton() const { return m_stop; }
    SupportDialog *recordSupport();
    StopSupportDialog *stopSupport(); // the support chosen in the table (null: none that can stop)

signals:
    void changed();

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_householdId;
    QList<casework::SupportRecord> m_list;
    QLabel *m_summary;
    QTableWidget *m_support, *m_months;
    QPushButton *m_stop;
};

} // namespace tamkeen::ui
