#pragma once
// A supervisor hands many families of one worker (or families assigned to no
// one) to a field worker at once (issue 17 §2): the families ticked in a
// list, the worker, the reason; all or nothing (casework::Assignments).
#include "casework/Assignments.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;

class ReassignManyDialog : public FormDialog {
    Q_OBJECT
public:
    static constexpr int kMaxListed = 5000; // a worker's caseload is about 2,000

    // `fromWorker` empty: the families no one is assigned to; `centre` empty: every centre.
    ReassignManyDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                       const QByteArray &fromWorker, const QString &fromName, const QByteArray &centre,
                       QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QComboBox *workerBox() const { return m_worker; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *countLabel() const { return m_count; }
    void setAllChecked(bool checked);
    QList<QByteArray> checkedHouseholds() const;

protected:
    Status save() override;

private:
    void showCount();

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QList<casework::AssignedHousehold> m_households;
    QTableWidget *m_table;
    QLabel *m_count;
    QComboBox *m_worker;
    QLineEdit *m_reason;
};

} // namespace tamkeen::ui
