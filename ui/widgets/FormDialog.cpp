#include "widgets/FormDialog.h"

#include "widgets/MessageBanner.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

FormDialog::FormDialog(const QString &title, const QString &submitText, QWidget *parent)
    : GuardedDialog(parent), m_form(new QFormLayout), m_banner(new MessageBanner(this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *box = new QDialogButtonBox(this);
    m_submit = box->addButton(submitText, QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(u"submit"_s);
    box->addButton(QDialogButtonBox::Cancel);
    connect(m_submit, &QPushButton::clicked, this, [this] { conclude(save()); });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setSaveButton(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_form);
    layout->addWidget(box);
}

void FormDialog::finishLayout()
{
    setMinimumWidth(520);
    rememberGeometry(this);
    followLayoutOrder(this);
}

void FormDialog::conclude(const Status &status)
{
    if (status) {
        emit saved();
        accept();
        return;
    }
    m_banner->showError(status.error().message);
    if (QWidget *w = m_fields.value(status.error().field))
        w->setFocus();
}

} // namespace tamkeen::ui
