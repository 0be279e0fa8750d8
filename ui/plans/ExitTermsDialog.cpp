#include "plans/ExitTermsDialog.h"

#include "widgets/DateField.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {
QPlainTextEdit *textBox(const QString &name, const QString &text, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(90);
    return edit;
}
} // namespace

ExitTermsDialog::ExitTermsDialog(storage::Database &db, const AppSettings &settings,
                                 const security::Session &session, const QByteArray &planId, QWidget *parent)
    : FormDialog(tr("Voluntary exit plan"), tr("Save"), parent), m_exits(db), m_session(session), m_planId(planId),
      m_target(new DateField(settings, this))
{
    setObjectName(u"exitTermsDialog"_s);
    const std::optional<referrals::ExitTerms> terms = m_exits.exitTerms(planId);
    m_target->setObjectName(u"target"_s);
    m_target->setDate(terms ? terms->target : QDate::currentDate().addMonths(6));
    m_incentives = textBox(u"incentives"_s, terms ? terms->incentives : QString(), this);
    m_incentives->setPlaceholderText(tr("e.g. support continues three months after the first salary"));
    m_conditions = textBox(u"conditions"_s, terms ? terms->conditions : QString(), this);
    m_conditions->setPlaceholderText(tr("e.g. keeps the job for six months and attends the follow-up visits"));
    auto *about = new QLabel(tr("For a member able to work: the date agreed for leaving support, what continues "
                                "for a while after it, and on what conditions."),
                             this);
    about->setWordWrap(true);
    m_form->addRow(about);
    m_form->addRow(tr("Target exit date"), m_target);
    m_form->addRow(tr("Incentives agreed"), m_incentives);
    m_form->addRow(tr("Conditions"), m_conditions);
    m_fields = {{u"target"_s, m_target->editor()}, {u"incentives"_s, m_incentives}, {u"conditions"_s, m_conditions}};
    finishLayout();
    m_incentives->setFocus();
}

Status ExitTermsDialog::save()
{
    return m_exits.setExitTerms(m_session, m_planId,
                                {m_target->date(), m_incentives->toPlainText(), m_conditions->toPlainText()});
}

} // namespace tamkeen::ui
