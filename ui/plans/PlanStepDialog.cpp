#include "plans/PlanStepDialog.h"

#include "plans/PlanText.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

PlanStepDialog::PlanStepDialog(Step step, const AppSettings &settings, Action action, QWidget *parent)
    : GuardedDialog(parent), m_action(std::move(action)), m_banner(new MessageBanner(this)), m_text(new QTextEdit(this))
{
    setObjectName(u"planStepDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_text->setObjectName(u"text"_s);
    m_text->setAcceptRichText(false);
    m_text->setTabChangesFocus(true);
    auto *form = new QFormLayout;
    QString ok;
    switch (step) {
    case Step::Return:
        setWindowTitle(tr("Return the plan for changes"));
        form->addRow(tr("What should change?"), m_text);
        ok = tr("Return for changes");
        break;
    case Step::Review:
        setWindowTitle(tr("Record a review of the plan"));
        m_date = new DateField(settings, this);
        m_date->editor()->setObjectName(u"on"_s);
        form->addRow(tr("Reviewed on"), m_date);
        form->addRow(tr("Progress seen and the decision"), m_text);
        m_survey = new QCheckBox(tr("Ask the beneficiary's satisfaction survey after saving"), this);
        m_survey->setObjectName(u"askSurvey"_s);
        form->addRow(m_survey);
        ok = tr("Record the review");
        break;
    case Step::Close:
        setWindowTitle(tr("Close the plan"));
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(u"outcome"_s);
        for (const QString &o : {u"completed"_s, u"exited"_s, u"discontinued"_s})
            m_outcome->addItem(PlanText::outcome(o), o);
        form->addRow(tr("How the plan ends"), m_outcome);
        form->addRow(tr("Why"), m_text);
        ok = tr("Close the plan");
        break;
    }
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *submitButton = buttons->addButton(ok, QDialogButtonBox::AcceptRole);
    submitButton->setObjectName(u"submit"_s);
    setSaveButton(submitButton);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(submitButton, &QPushButton::clicked, this, &PlanStepDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    rememberGeometry(this, QSize(520, 300));
    followLayoutOrder(this);
    m_text->setFocus();
}

void PlanStepDialog::submit()
{
    Answer a{m_text->toPlainText(), m_date ? m_date->date() : QDate(), m_outcome ? m_outcome->currentData().toString() : QString()};
    if (Status s = m_action(a); !s) {
        m_banner->showError(s.error().message);
        if (s.error().field == u"on" && m_date)
            m_date->editor()->setFocus();
        else if (s.error().field == u"outcome" && m_outcome)
            m_outcome->setFocus();
        else
            m_text->setFocus();
        return;
    }
    emit done();
    accept();
}

} // namespace tamkeen::ui
