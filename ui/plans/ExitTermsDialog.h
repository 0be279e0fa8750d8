#pragma once
// The voluntary exit plan (خطة الخروج الطوعي) of an individual plan: the target
// exit date, the incentives agreed (e.g. support continues N months after the
// first salary) and the conditions. Core refuses it for members not able to
// work; the refusal is shown and what was typed stays.
#include "referrals/ExitService.h"
#include "security/Session.h"
#include "widgets/FormDialog.h"

class QPlainTextEdit;

namespace tamkeen::ui {

class AppSettings;
class DateField;

class ExitTermsDialog : public FormDialog {
    Q_OBJECT
public:
    ExitTermsDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                    const QByteArray &planId, QWidget *parent = nullptr);
    DateField *targetField() const { return m_target; }
    QPlainTextEdit *incentivesEdit() const { return m_incentives; }
    QPlainTextEdit *conditionsEdit() const { return m_conditions; }

protected:
    Status save() override;

private:
    referrals::ExitService m_exits;
    security::Session m_session;
    QByteArray m_planId;
    DateField *m_target;
    QPlainTextEdit *m_incentives, *m_conditions;
};

} // namespace tamkeen::ui
