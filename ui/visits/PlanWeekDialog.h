#pragma once
// Planning several visits at once: the families assigned to a worker, by
// district, with their last visit and the next one planned; the worker ticks
// those to visit on a day (a district at a time, if they like) and plans them.
#include "security/Session.h"
#include "visits/VisitService.h"
#include "widgets/FormDialog.h"

class QComboBox;
class QTableWidget;

namespace tamkeen::ui {

class AppSettings;
class DateField;

class PlanWeekDialog : public FormDialog {
    Q_OBJECT
public:
    // `worker`: whose caseload and who goes (a field worker: themselves).
    PlanWeekDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                   const QByteArray &worker, QWidget *parent = nullptr);

    DateField *dateField() const { return m_on; }
    QComboBox *districtBox() const { return m_district; }
    QTableWidget *table() const { return m_table; }
    void tick(int row, bool on = true);
    int planned() const { return m_planned; }

protected:
    Status save() override;

private:
    void showDistrict();

    visits::VisitService m_service;
    security::Session m_session;
    QByteArray m_worker;
    QList<visits::CaseloadHousehold> m_households;
    DateField *m_on;
    QComboBox *m_district;
    QTableWidget *m_table;
    int m_planned = 0;
};

} // namespace tamkeen::ui
